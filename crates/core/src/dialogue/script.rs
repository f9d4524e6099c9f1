//! A check-in script: steps, what each asks, and where each answer leads.

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Debug, thiserror::Error)]
pub enum ScriptError {
    #[error("the check-in script is not valid TOML: {0}")]
    Toml(String),
    #[error("the check-in script is not coherent: {0}")]
    Invalid(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Expect {
    /// A signal of the step's topic answers it.
    Topic,
    YesNo,
    /// Anything answers it.
    #[default]
    Open,
    Choice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    Location,
    Severity,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub say: String,
    #[serde(default)]
    pub rephrase: Option<String>,
    #[serde(default)]
    pub topic: Option<String>,
    #[serde(default)]
    pub expect: Expect,
    #[serde(default)]
    pub yes: Option<String>,
    #[serde(default)]
    pub no: Option<String>,
    #[serde(default)]
    pub choices: BTreeMap<String, String>,
    #[serde(default)]
    pub need: Option<Need>,
    #[serde(default)]
    pub next: Option<String>,
    #[serde(default)]
    pub end: bool,
    #[serde(default)]
    pub ack: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Script {
    pub id: String,
    pub first: String,
    pub steps: BTreeMap<String, Step>,
}

impl Script {
    /// The daily check-in shipped with Hearth.
    pub fn daily() -> Self {
        #[allow(clippy::expect_used)] // checked by a test; a broken shipped file is a build bug
        Self::parse(include_str!("../../../../assets/checkins/daily.toml"))
            .expect("the shipped check-in script is valid")
    }

    /// Parses and checks a script: every step it names exists, and every step that does
    /// not end leads somewhere.
    pub fn parse(source: &str) -> Result<Self, ScriptError> {
        let s: Script = toml::from_str(source).map_err(|e| ScriptError::Toml(e.to_string()))?;
        let exists = |name: &str| s.steps.contains_key(name);
        if !exists(&s.first) {
            return Err(ScriptError::Invalid(format!(
                "`first` names no step: {}",
                s.first
            )));
        }
        for (name, step) in &s.steps {
            let targets = step
                .yes
                .iter()
                .chain(&step.no)
                .chain(&step.next)
                .chain(step.choices.values());
            for t in targets {
                if !exists(t) {
                    return Err(ScriptError::Invalid(format!(
                        "step {name} leads to no step {t}"
                    )));
                }
            }
            if !step.end && step.next.is_none() {
                return Err(ScriptError::Invalid(format!(
                    "step {name} neither ends nor has a `next` (where an unclear answer goes)"
                )));
            }
            if step.expect == Expect::YesNo && (step.yes.is_none() || step.no.is_none()) {
                return Err(ScriptError::Invalid(format!(
                    "yes/no step {name} needs `yes` and `no`"
                )));
            }
            if step.expect == Expect::Topic && step.topic.is_none() {
                return Err(ScriptError::Invalid(format!(
                    "step {name} expects a topic but names none"
                )));
            }
        }
        Ok(s)
    }

    /// The script without the steps about `topics` (a resident's topics to avoid): whatever
    /// led to such a step leads on to where that step would have gone.
    pub fn without(&self, topics: &[String]) -> Script {
        let avoided = |name: &str| {
            self.steps
                .get(name)
                .and_then(|s| s.topic.as_ref())
                .is_some_and(|t| topics.iter().any(|a| a.eq_ignore_ascii_case(t)))
        };
        // Follows `next` past avoided steps; a script has fewer steps than this many hops.
        let past = |mut name: String| {
            for _ in 0..=self.steps.len() {
                if !avoided(&name) {
                    break;
                }
                match self.steps.get(&name).and_then(|s| s.next.clone()) {
                    Some(next) => name = next,
                    None => break,
                }
            }
            name
        };
        let steps = self
            .steps
            .iter()
            .filter(|(name, _)| !avoided(name))
            .map(|(name, step)| {
                let mut step = step.clone();
                for target in [&mut step.yes, &mut step.no, &mut step.next] {
                    *target = target.take().map(&past);
                }
                for target in step.choices.values_mut() {
                    *target = past(std::mem::take(target));
                }
                (name.clone(), step)
            })
            .collect();
        Script {
            id: self.id.clone(),
            first: past(self.first.clone()),
            steps,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_script_is_coherent() {
        let s = Script::daily();
        assert_eq!(s.first, "greeting");
        assert!(s.steps["goodbye"].end);
    }

    #[test]
    fn every_prompt_has_words_in_every_language() {
        let s = Script::daily();
        let i18n = hearth_i18n::I18n::load();
        let mut ids: Vec<&str> = vec!["ci-stop", "ci-ack-urgent"];
        for step in s.steps.values() {
            ids.push(&step.say);
            ids.extend(step.rephrase.as_deref());
            ids.extend(step.ack.values().map(String::as_str));
        }
        for (lang, _) in i18n.languages() {
            for id in &ids {
                // A missing message falls back to English, then to its id.
                assert_ne!(
                    i18n.text(&lang, id, &[("name", "Rose")]),
                    *id,
                    "{lang}: {id}"
                );
            }
        }
    }

    #[test]
    fn avoided_topics_are_not_asked_about_and_the_rest_still_holds() {
        let s = Script::daily();
        let short = s.without(&["pain".into(), "Loneliness".into()]);
        let topics: Vec<_> = short
            .steps
            .values()
            .filter_map(|s| s.topic.clone())
            .collect();
        assert!(
            !topics.iter().any(|t| t == "pain" || t == "loneliness"),
            "{topics:?}"
        );
        assert!(topics.iter().any(|t| t == "mood"));
        assert_eq!(short.steps["sleep"].next.as_deref(), Some("appetite"));
        // Every step it names is still there.
        for step in short.steps.values() {
            for t in step
                .yes
                .iter()
                .chain(&step.no)
                .chain(&step.next)
                .chain(step.choices.values())
            {
                assert!(short.steps.contains_key(t), "{t}");
            }
        }
        assert_eq!(s.without(&[]).steps.len(), s.steps.len());
    }

    #[test]
    fn a_step_that_leads_nowhere_is_refused() {
        let bad = "id = 'x'\nfirst = 'a'\n[steps.a]\nsay = 'hi'\nnext = 'b'\n";
        let e = Script::parse(bad).unwrap_err();
        assert!(e.to_string().contains("leads to no step b"), "{e}");
        let stuck = "id = 'x'\nfirst = 'a'\n[steps.a]\nsay = 'hi'\n";
        assert!(Script::parse(stuck)
            .unwrap_err()
            .to_string()
            .contains("neither ends"));
    }
}
