//! What time it is, as Hearth stores instants. Its own module, depended on by everything
//! that stamps a time and depending on nothing, so stamping a time never ties a module to the
//! journal. Code that judges times takes `now_ms` as an argument, so tests can pass any.

/// Milliseconds since 1970 (UTC), how the journal stores instants.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}
