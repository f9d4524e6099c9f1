//! A check-in in progress: asks, listens to each answer, and decides what to say next.

use super::answers::{choice, is_stop, yes_no};
use super::script::{Expect, Need, Script, Step};
use crate::signals::{extract_answer, read_answer, Lexicon, MeaningReader, Signal};

/// Something to say: a Fluent message id and its arguments (the caller renders it in the
/// resident's language, on screen and aloud).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub id: String,
    pub args: Vec<(String, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Waiting for the next answer.
    Listening,
    /// The script reached its end.
    Finished,
    /// The resident asked to stop; what was said is kept.
    Stopped,
}

/// What to say now, and whether the check-in goes on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub say: Vec<Prompt>,
    pub outcome: Outcome,
}

/// One question and its answer, verbatim, with what was read in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Turn {
    pub step: String,
    pub asked: String,
    pub answer: String,
    pub signals: Vec<Signal>,
}

/// What an answer said to the question, as `CheckIn::read` found it.
enum Reading<'s> {
    Topic(&'s Signal),
    YesNo(bool),
    Choice(String),
}

pub struct CheckIn<'a> {
    script: &'a Script,
    lex: &'a Lexicon,
    /// The second reader, when installed: what it adds is kept with each answer.
    meaning: Option<&'a MeaningReader>,
    name: String,
    at: String,
    asked: String,
    rephrased: bool,
    /// Questions in a row met with silence.
    silences: u32,
    outcome: Outcome,
    turns: Vec<Turn>,
}

impl<'a> CheckIn<'a> {
    /// Starts with the script's first question, addressing the resident by `name`.
    pub fn start(script: &'a Script, lex: &'a Lexicon, name: &str) -> (Self, Reply) {
        let mut c = Self {
            script,
            lex,
            meaning: None,
            name: name.to_string(),
            at: String::new(),
            asked: String::new(),
            rephrased: false,
            silences: 0,
            outcome: Outcome::Listening,
            turns: Vec::new(),
        };
        let mut say = Vec::new();
        c.go(&script.first.clone(), &mut say);
        let reply = Reply {
            say,
            outcome: c.outcome,
        };
        (c, reply)
    }

    pub fn turns(&self) -> &[Turn] {
        &self.turns
    }

    pub fn outcome(&self) -> Outcome {
        self.outcome
    }

    /// Every signal read so far, in the order said.
    pub fn signals(&self) -> Vec<&Signal> {
        self.turns.iter().flat_map(|t| &t.signals).collect()
    }

    fn prompt(&self, id: &str) -> Prompt {
        Prompt {
            id: id.to_string(),
            args: vec![("name".into(), self.name.clone())],
        }
    }

    fn step(&self) -> &'a Step {
        &self.script.steps[&self.at]
    }

    /// Whether `text` is already a complete answer to the question asked — a yes or no, a
    /// choice, a reading on the topic, or "stop" — so the companion may answer without
    /// waiting for a longer pause. Open questions always wait: people go on.
    pub fn understands(&self, text: &str) -> bool {
        if self.outcome != Outcome::Listening {
            return false;
        }
        let signals = extract_answer(text, self.lex, self.step().topic.as_deref());
        is_stop(text, self.lex) || self.read(text, &signals).is_some()
    }

    /// What an answer says to the question asked, if it is something the script can act on
    /// (open questions take any answer, so there is nothing to read).
    fn read<'s>(&self, text: &str, signals: &'s [Signal]) -> Option<Reading<'s>> {
        let step = self.step();
        let topical = signals
            .iter()
            .find(|s| step.topic.as_deref() == Some(s.kind.as_str()));
        match step.expect {
            Expect::Open => None,
            Expect::Topic => topical.map(Reading::Topic),
            Expect::YesNo => {
                // A pain answer is its own yes or no: "my knee hurts" is yes.
                let from_topic = topical.and_then(|s| match s.value.as_str() {
                    "present" | "good" | "positive" => Some(true),
                    "absent" | "poor" | "low" => Some(false),
                    _ => None,
                });
                from_topic
                    .or_else(|| yes_no(text, self.lex))
                    .map(Reading::YesNo)
            }
            Expect::Choice => {
                let offered: Vec<&str> = step.choices.keys().map(String::as_str).collect();
                choice(text, self.lex, &offered).map(Reading::Choice)
            }
        }
    }

    /// The question was met with silence: ask again more simply (or move on, as for an
    /// unclear answer); a second silence in a row ends the check-in kindly — the resident
    /// may have dozed off or walked away. Nothing is recorded as their answer.
    pub fn no_answer(&mut self) -> Reply {
        if self.outcome != Outcome::Listening {
            return self.done();
        }
        self.silences += 1;
        let mut say = Vec::new();
        if self.silences >= 2 {
            say.push(self.prompt("ci-quiet"));
            self.outcome = Outcome::Stopped;
        } else if let Some(t) = self.unclear(&mut say) {
            self.go(&t, &mut say);
        }
        Reply {
            say,
            outcome: self.outcome,
        }
    }

    /// Ended from outside (a tap on Stop, a failed microphone): what was said is kept.
    pub fn interrupt(&mut self) {
        if self.outcome == Outcome::Listening {
            self.outcome = Outcome::Stopped;
        }
    }

    fn done(&self) -> Reply {
        Reply {
            say: Vec::new(),
            outcome: self.outcome,
        }
    }

    /// Reads answers with the meaning model too (urgent words the lexicon does not list,
    /// moods said another way).
    pub fn use_meaning(&mut self, model: &'a MeaningReader) {
        self.meaning = Some(model);
    }

    /// The resident's answer to the last question.
    pub fn answer(&mut self, text: &str) -> Reply {
        if self.outcome != Outcome::Listening {
            return self.done();
        }
        self.silences = 0;
        let signals = read_answer(text, self.lex, self.step().topic.as_deref(), self.meaning);
        self.turns.push(Turn {
            step: self.at.clone(),
            asked: self.asked.clone(),
            answer: text.to_string(),
            signals: signals.clone(),
        });
        let mut say = Vec::new();
        if is_stop(text, self.lex) {
            say.push(self.prompt("ci-stop"));
            self.outcome = Outcome::Stopped;
            return Reply {
                say,
                outcome: self.outcome,
            };
        }
        if signals.iter().any(|s| s.kind == "urgent") {
            say.push(self.prompt("ci-ack-urgent"));
        }
        let step = self.step();
        let target = match self.read(text, &signals) {
            Some(Reading::Topic(s)) => {
                if let Some(ack) = step.ack.get(&s.value) {
                    say.push(self.prompt(ack));
                }
                step.next.clone().or_else(|| self.unclear(&mut say))
            }
            Some(Reading::YesNo(true)) => step.yes.clone(),
            Some(Reading::YesNo(false)) => step.no.clone(),
            Some(Reading::Choice(c)) => step.choices.get(&c).cloned(),
            None if step.expect == Expect::Open => step.next.clone(),
            None => self.unclear(&mut say),
        };
        if let Some(t) = target {
            self.go(&t, &mut say);
        }
        Reply {
            say,
            outcome: self.outcome,
        }
    }

    /// One gentle rephrase; the second time, move on (`None` = stay on this step).
    fn unclear(&mut self, say: &mut Vec<Prompt>) -> Option<String> {
        let step = self.step();
        match (&step.rephrase, self.rephrased) {
            (Some(r), false) => {
                self.rephrased = true;
                say.push(self.prompt(r));
                self.asked = r.clone();
                None
            }
            _ => step.next.clone(),
        }
    }

    /// Moves to `target`, skipping steps whose need is already met, and asks its question.
    fn go(&mut self, target: &str, say: &mut Vec<Prompt>) {
        let mut target = target.to_string();
        // Bounded: a script cannot make this loop (each skip follows `next`).
        for _ in 0..self.script.steps.len() {
            let step = &self.script.steps[&target];
            let known = match step.need {
                Some(Need::Location) => self.pain_has(|s| s.location.is_some()),
                Some(Need::Severity) => self.pain_has(|s| s.severity.is_some()),
                None => false,
            };
            match (&step.next, known) {
                (Some(next), true) => target = next.clone(),
                _ => break,
            }
        }
        let step = &self.script.steps[&target];
        self.at = target;
        self.rephrased = false;
        self.asked = step.say.clone();
        say.push(self.prompt(&step.say));
        if step.end {
            self.outcome = Outcome::Finished;
        }
    }

    fn pain_has(&self, f: impl Fn(&Signal) -> bool) -> bool {
        self.signals()
            .iter()
            .any(|s| s.kind == "pain" && s.value == "present" && f(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(r: &Reply) -> Vec<&str> {
        r.say.iter().map(|p| p.id.as_str()).collect()
    }

    #[test]
    fn complete_answers_are_recognised_before_the_long_pause() {
        let script = Script::daily();
        let lex = Lexicon::builtin("en").unwrap();
        let (mut c, _) = CheckIn::start(&script, &lex, "Rose");
        // Greeting: yes or no.
        assert!(c.understands("Yes"));
        assert!(!c.understands("Well, I was just"));
        c.answer("yes");
        // Mood: a reading on the topic, or stop.
        assert!(c.understands("Not too bad"));
        assert!(c.understands("Stop please"));
        assert!(!c.understands("My daughter"));
        for a in [
            "A bit down",
            "I slept well",
            "No",
            "I'm not hungry",
            "My son phoned me",
        ] {
            c.answer(a);
        }
        // "Anything else?" is open: the resident may go on, so wait for them.
        assert_eq!(c.asked, "ci-anything-else");
        assert!(!c.understands("No"));
    }

    #[test]
    fn silence_is_asked_again_once_then_the_check_in_ends_kindly() {
        let script = Script::daily();
        let lex = Lexicon::builtin("en").unwrap();
        let (mut c, _) = CheckIn::start(&script, &lex, "Rose");
        c.answer("yes");
        assert_eq!(ids(&c.no_answer()), ["ci-mood-again"]);
        // An answer in between resets the count.
        assert_eq!(ids(&c.answer("good")), ["ci-ack-glad", "ci-sleep"]);
        assert_eq!(ids(&c.no_answer()), ["ci-sleep-again"]);
        let end = c.no_answer();
        assert_eq!(
            (ids(&end), end.outcome),
            (vec!["ci-quiet"], Outcome::Stopped)
        );
        // Silence is not an answer: only what was said is in the turns.
        assert_eq!(c.turns().len(), 2);
    }

    #[test]
    fn a_whole_check_in_follows_the_answers() {
        let script = Script::daily();
        let lex = Lexicon::builtin("en").unwrap();
        let (mut c, r) = CheckIn::start(&script, &lex, "Rose");
        assert_eq!(ids(&r), ["ci-greeting"]);
        assert_eq!(r.say[0].args, [("name".to_string(), "Rose".to_string())]);
        assert_eq!(ids(&c.answer("Yes, go on")), ["ci-mood"]);
        assert_eq!(
            ids(&c.answer("A bit down, to be honest")),
            ["ci-ack-sorry", "ci-sleep"]
        );
        assert_eq!(ids(&c.answer("I slept well")), ["ci-ack-glad", "ci-pain"]);
        assert_eq!(ids(&c.answer("Yes")), ["ci-pain-where"]);
        assert_eq!(ids(&c.answer("My knee")), ["ci-pain-how-bad"]);
        assert_eq!(
            ids(&c.answer("About a six")),
            ["ci-ack-pain", "ci-appetite"]
        );
        assert_eq!(
            ids(&c.answer("I'm not hungry")),
            ["ci-ack-appetite-poor", "ci-company"]
        );
        assert_eq!(
            ids(&c.answer("My son phoned me")),
            ["ci-ack-glad", "ci-anything-else"]
        );
        assert_eq!(ids(&c.answer("No, that's all")), ["ci-remember"]);
        assert_eq!(ids(&c.answer("Music, please")), ["ci-remember-music"]);
        let end = c.answer("I used to sing in the choir");
        assert_eq!(ids(&end), ["ci-goodbye"]);
        assert_eq!(end.outcome, Outcome::Finished);
        assert_eq!(c.turns().len(), 11);
        let pain: Vec<_> = c
            .signals()
            .into_iter()
            .filter(|s| s.kind == "pain")
            .collect();
        assert!(pain.iter().any(|s| s.location.as_deref() == Some("knee")));
    }

    #[test]
    fn what_was_already_said_is_not_asked_again() {
        let script = Script::daily();
        let lex = Lexicon::builtin("en").unwrap();
        let (mut c, _) = CheckIn::start(&script, &lex, "Arthur");
        c.answer("yes");
        c.answer("I'm fine");
        c.answer("Slept like a log");
        // Where and how bad, in one breath: both follow-ups are skipped.
        assert_eq!(
            ids(&c.answer("My hip hurts, about a seven")),
            ["ci-appetite"]
        );
    }

    #[test]
    fn no_pain_skips_the_follow_ups() {
        let script = Script::daily();
        let lex = Lexicon::builtin("fr").unwrap();
        let (mut c, _) = CheckIn::start(&script, &lex, "Marie");
        c.answer("oui");
        c.answer("ça va");
        c.answer("j'ai bien dormi");
        assert_eq!(ids(&c.answer("Non, j'ai pas mal")), ["ci-appetite"]);
    }

    #[test]
    fn an_unclear_answer_gets_one_rephrase_then_the_check_in_moves_on() {
        let script = Script::daily();
        let lex = Lexicon::builtin("en").unwrap();
        let (mut c, _) = CheckIn::start(&script, &lex, "Rose");
        c.answer("yes");
        assert_eq!(ids(&c.answer("the bus was late")), ["ci-mood-again"]);
        assert_eq!(ids(&c.answer("the bus, the bus")), ["ci-sleep"]);
        assert_eq!(
            c.turns()[2].asked,
            "ci-mood-again",
            "the turn records what was asked"
        );
    }

    #[test]
    fn stop_ends_at_once_and_keeps_what_was_said() {
        let script = Script::daily();
        let lex = Lexicon::builtin("fr").unwrap();
        let (mut c, _) = CheckIn::start(&script, &lex, "Marie");
        c.answer("oui");
        c.answer("je suis un peu triste");
        let r = c.answer("Arrête, pas maintenant");
        assert_eq!((ids(&r), r.outcome), (vec!["ci-stop"], Outcome::Stopped));
        assert_eq!(c.answer("allô ?").say, vec![]);
        assert_eq!(c.turns().len(), 3);
        assert!(c
            .signals()
            .iter()
            .any(|s| s.kind == "mood" && s.value == "low"));
    }

    #[test]
    fn an_urgent_phrase_is_acknowledged_whatever_the_question() {
        let script = Script::daily();
        let lex = Lexicon::builtin("en").unwrap();
        let (mut c, _) = CheckIn::start(&script, &lex, "Rose");
        c.answer("yes");
        let r = c.answer("Not good, I fell in the night");
        assert_eq!(ids(&r), ["ci-ack-urgent", "ci-ack-sorry", "ci-sleep"]);
    }

    #[test]
    fn declining_the_chat_ends_kindly() {
        let script = Script::daily();
        let lex = Lexicon::builtin("en").unwrap();
        let (mut c, _) = CheckIn::start(&script, &lex, "Rose");
        let r = c.answer("No thank you");
        assert_eq!((ids(&r), r.outcome), (vec!["ci-later"], Outcome::Finished));
    }
}
