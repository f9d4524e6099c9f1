//! What the screens show of each resident, read for a whole list at once: who they are, how
//! Hearth talks with them, whether it may keep their words now and, for staff's profile
//! pages, their topics and consent. Two queries whatever the list's length; the shell's views
//! only map these, they never query.

use super::consent::{self, Answer, Purpose};
use super::residents::{self, Resident};
use super::JournalError;
use crate::settings::Preferences;
use crate::store::Store;

/// A resident as a list shows them.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub resident: Resident,
    pub preferences: Preferences,
    /// Consent to listen and to keep their words holds now (what `consent::keeping_words`
    /// asks).
    pub may_listen: bool,
}

/// A resident as staff's profile page shows them.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileCard {
    pub card: Card,
    pub enjoys: Vec<String>,
    pub avoids: Vec<String>,
    pub archived: bool,
    /// What holds now, a purpose each, in `Purpose::ALL` order.
    pub consent: Vec<Answer>,
    /// Every answer on file, newest first.
    pub consent_history: Vec<Answer>,
}

/// The cards of `residents`, in their order.
pub fn cards(store: &Store, residents: Vec<Resident>) -> Result<Vec<Card>, JournalError> {
    Ok(profile_cards(store, residents)?
        .into_iter()
        .map(|p| p.card)
        .collect())
}

/// The profile cards of `residents`, in their order.
pub fn profile_cards(
    store: &Store,
    residents: Vec<Resident>,
) -> Result<Vec<ProfileCard>, JournalError> {
    let mut profiles = residents::all_profiles(store)?;
    let mut answers = consent::all_answers(store)?;
    Ok(residents
        .into_iter()
        .map(|r| {
            let profile = profiles.remove(&r.id).unwrap_or_default();
            // Newest first, as `consent::history` gives them.
            let history = answers.remove(&r.id).unwrap_or_default();
            let current: Vec<Answer> = Purpose::ALL
                .iter()
                .filter_map(|p| history.iter().find(|a| a.purpose == *p).cloned())
                .collect();
            let holds = |p: Purpose| current.iter().any(|a| a.purpose == p && a.given);
            ProfileCard {
                card: Card {
                    may_listen: holds(Purpose::SpeechRecognition)
                        && holds(Purpose::KeepTranscripts),
                    resident: r,
                    preferences: profile.preferences,
                },
                enjoys: profile.enjoys,
                avoids: profile.avoids,
                archived: profile.archived_ms.is_some(),
                consent: current,
                consent_history: history,
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::testing::{answer, journal_without_consent};
    use crate::journal::JournalError;

    /// The bulk read says what the per-resident reads say, for residents with no answer,
    /// full consent, consent withdrawn, and a profile of their own.
    #[test]
    fn cards_agree_with_reading_each_resident_alone() {
        let (_dir, store, ids) =
            journal_without_consent(&[("Rose", "en"), ("Paul", "en"), ("Jeanne", "fr")]);
        let [none, all, withdrawn] =
            [0, 1, 2].map(|i| residents::get(&store, ids[i]).unwrap().unwrap());
        for p in Purpose::ALL {
            consent::record(&store, all.id, &answer(p, true, 1)).unwrap();
            consent::record(&store, withdrawn.id, &answer(p, true, 1)).unwrap();
        }
        consent::record(
            &store,
            withdrawn.id,
            &answer(Purpose::KeepTranscripts, false, 2),
        )
        .unwrap();
        let mut profile = residents::profile(&store, all.id).unwrap().unwrap();
        profile.enjoys = vec!["gardening".into()];
        profile.preferences.speech_rate_wpm = 110;
        residents::update(&store, all.id, &profile).unwrap();

        let list = vec![withdrawn.clone(), none.clone(), all.clone()];
        let got = profile_cards(&store, list.clone()).unwrap();
        assert_eq!(
            got.iter().map(|p| p.card.resident.id).collect::<Vec<_>>(),
            vec![withdrawn.id, none.id, all.id],
            "in the order asked"
        );
        for (p, r) in got.iter().zip(&list) {
            let alone = residents::profile(&store, r.id).unwrap().unwrap();
            let may_listen = match consent::keeping_words(&store, r.id) {
                Ok(()) => true,
                Err(JournalError::NoConsent(_)) => false,
                Err(e) => panic!("{e}"),
            };
            assert_eq!(p.card.may_listen, may_listen, "{}", r.preferred_name);
            assert_eq!(p.card.preferences, alone.preferences);
            assert_eq!(p.enjoys, alone.enjoys);
            assert_eq!(p.consent, consent::current(&store, r.id).unwrap());
            assert_eq!(p.consent_history, consent::history(&store, r.id).unwrap());
        }
        assert!(got[2].card.may_listen && !got[0].card.may_listen && !got[1].card.may_listen);
        assert_eq!(got[2].card.preferences.speech_rate_wpm, 110);
        assert_eq!(cards(&store, list).unwrap()[2], got[2].card);
    }
}
