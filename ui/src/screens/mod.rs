//! One module a screen.

pub mod caregiver;
pub mod check_in;
pub mod resident;
