//! The contract of one backend command: its name, what it takes and what it answers. The
//! window calls `invoke::<C>(&args)` and the backend declares its handler with `ArgsOf<C>`
//! and `ReplyOf<C>`, so neither side can send or expect the wrong shape.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// One Tauri command. A marker type (an empty enum) implements it per command; see
/// [`crate::commands`].
pub trait Command {
    /// The name the backend registers; the handler's function name.
    const NAME: &'static str;
    /// What the window sends, as the one argument `args` (`()`: nothing).
    type Args: Serialize + DeserializeOwned;
    /// What the backend answers when all is well (a failure is a [`crate::Problem`]).
    type Reply: Serialize + DeserializeOwned;
}

/// What command `C` takes.
pub type ArgsOf<C> = <C as Command>::Args;
/// What command `C` answers.
pub type ReplyOf<C> = <C as Command>::Reply;

/// The one argument every command takes travels under this name.
pub const ARGS: &str = "args";

/// Declares each command's marker type and `Command` impl, and [`crate::commands::ALL`].
macro_rules! commands {
    ($( $(#[$doc:meta])* $ty:ident = $name:literal: $args:ty => $reply:ty; )*) => {
        $(
            $(#[$doc])*
            pub enum $ty {}
            impl $crate::Command for $ty {
                const NAME: &'static str = $name;
                type Args = $args;
                type Reply = $reply;
            }
        )*
        /// Every command's name, for the test that the backend registers exactly these.
        pub const ALL: &[&str] = &[$($name),*];
    };
}
pub(crate) use commands;
