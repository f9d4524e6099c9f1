//! Closed sets of names that travel as strings ("low_mood", "admin"): each is an enum with
//! its wire name written once, so both sides match on variants, never on string literals.

/// Declares an enum whose variants travel as the given names, with `as_str` (the same
/// name, for message keys and CSS classes) and `ALL` (every variant, in order).
macro_rules! named {
    ($(#[$m:meta])* pub enum $name:ident { $($(#[$vm:meta])* $v:ident = $s:literal,)* }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vm])* #[serde(rename = $s)] $v,)*
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$v,)*];

            /// The name it travels as.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$v => $s,)*
                }
            }
        }
    };
}
pub(crate) use named;

#[cfg(test)]
mod tests {
    use crate::{Flag, Purpose};

    /// The name `as_str` gives is the one serde sends, for every variant.
    #[test]
    fn as_str_is_the_wire_name() {
        for f in Flag::ALL {
            assert_eq!(
                serde_json::to_string(f).unwrap(),
                format!("\"{}\"", f.as_str())
            );
        }
        let p: Purpose = serde_json::from_str("\"keep_transcripts\"").unwrap();
        assert_eq!(p, Purpose::KeepTranscripts);
        assert!(serde_json::from_str::<Purpose>("\"keep_everything\"").is_err());
    }
}
