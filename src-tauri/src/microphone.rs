//! Who has the microphone: nobody, someone opening it, a turn of listening (a resident's
//! message or a dictation), or a spoken check-in. It is claimed before anything is awaited,
//! so two starts at the same moment cannot both open it and fight over it: the second is told
//! it is in use.

use std::sync::{Mutex, MutexGuard};

use hearth_core::companion::{Control, Conversation};
use hearth_core::listen::Session;
use hearth_wire::Problem;

#[derive(Default)]
enum Holder {
    #[default]
    Idle,
    /// Claimed; the device is being opened (its session is not there yet).
    Opening,
    Listening(Session),
    CheckIn(Conversation),
}

impl Holder {
    /// Whether someone is using it now (a turn or a check-in that ended has let go).
    fn busy(&self) -> bool {
        match self {
            Self::Idle => false,
            Self::Opening => true,
            Self::Listening(s) => !s.is_finished(),
            Self::CheckIn(c) => !c.is_finished(),
        }
    }
}

/// The one microphone state, shared by every command that listens.
#[derive(Default)]
pub struct Mic(Mutex<Holder>);

impl Mic {
    fn holder(&self) -> MutexGuard<'_, Holder> {
        // A panic while holding it leaves a state that is still right to read.
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Claims the microphone, or says it is in use. Dropping the claim unused lets go.
    pub fn claim(&self) -> Result<Claim<'_>, Problem> {
        let mut h = self.holder();
        if h.busy() {
            return Err(Problem::AlreadyListening);
        }
        *h = Holder::Opening;
        Ok(Claim {
            mic: self,
            kept: false,
        })
    }

    pub fn in_use(&self) -> bool {
        self.holder().busy()
    }

    /// Ends a turn of listening, if one is under way (what was heard is still recognised).
    pub fn stop_listening(&self) {
        if let Holder::Listening(s) = &*self.holder() {
            s.stop();
        }
    }

    /// Sends `c` to the check-in under way, if any.
    pub fn send(&self, c: Control) {
        if let Holder::CheckIn(conversation) = &*self.holder() {
            conversation.send(c);
        }
    }
}

/// The microphone, claimed for one start.
pub struct Claim<'a> {
    mic: &'a Mic,
    kept: bool,
}

impl Claim<'_> {
    pub fn listening(mut self, s: Session) {
        *self.mic.holder() = Holder::Listening(s);
        self.kept = true;
    }

    pub fn check_in(mut self, c: Conversation) {
        *self.mic.holder() = Holder::CheckIn(c);
        self.kept = true;
    }
}

impl Drop for Claim<'_> {
    fn drop(&mut self) {
        if !self.kept {
            *self.mic.holder() = Holder::Idle;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_claim_at_a_time_and_an_unused_claim_lets_go() {
        let mic = Mic::default();
        let first = mic.claim().unwrap();
        assert!(mic.in_use());
        assert!(matches!(mic.claim(), Err(Problem::AlreadyListening)));
        drop(first); // the device could not be opened, say
        assert!(!mic.in_use());
        assert!(mic.claim().is_ok());
    }

    #[test]
    fn starts_racing_each_other_get_one_claim() {
        let mic = std::sync::Arc::new(Mic::default());
        let (go, tried) = (
            std::sync::Arc::new(std::sync::Barrier::new(8)),
            std::sync::Arc::new(std::sync::Barrier::new(8)),
        );
        let won: usize = (0..8)
            .map(|_| {
                let (mic, go, tried) = (mic.clone(), go.clone(), tried.clone());
                std::thread::spawn(move || {
                    go.wait();
                    let claim = mic.claim();
                    // Held until everyone has tried, as a device still opening would be.
                    tried.wait();
                    usize::from(claim.is_ok())
                })
            })
            .collect::<Vec<_>>()
            .into_iter()
            .map(|t| t.join().unwrap())
            .sum();
        assert_eq!(won, 1);
    }
}
