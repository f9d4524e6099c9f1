//! One module a screen.

pub mod care;
pub mod check_in;
pub mod resident;
