//! One module a screen.

pub mod caregiver;
pub mod resident;
