//! The schema, one migration a step. Never edit a released step: add a new one.

use rusqlite_migration::{Migrations, M};

const STEPS: &[&str] = &[
    // 1: residents, what they said, the notes made of it, and append-only revisions.
    r#"
    CREATE TABLE residents (
        id             INTEGER PRIMARY KEY,
        preferred_name TEXT NOT NULL CHECK (length(trim(preferred_name)) > 0),
        language       TEXT NOT NULL DEFAULT 'en',
        is_demo        INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
        created_ms     INTEGER NOT NULL,   -- UTC, milliseconds since 1970
        archived_ms    INTEGER
    ) STRICT;

    CREATE TABLE utterances (
        id          INTEGER PRIMARY KEY,
        resident_id INTEGER NOT NULL REFERENCES residents(id),
        started_ms  INTEGER NOT NULL,
        ended_ms    INTEGER NOT NULL,
        text        TEXT NOT NULL,
        language    TEXT NOT NULL,
        model       TEXT NOT NULL,
        duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0)
    ) STRICT;
    CREATE INDEX utterances_by_resident_time ON utterances(resident_id, started_ms);

    CREATE TABLE notes (
        id           INTEGER PRIMARY KEY,
        resident_id  INTEGER NOT NULL REFERENCES residents(id),
        utterance_id INTEGER REFERENCES utterances(id),
        created_ms   INTEGER NOT NULL,
        source       TEXT NOT NULL CHECK (source IN ('spoken', 'typed', 'check_in')),
        text         TEXT NOT NULL    -- the original; changes go to note_revisions
    ) STRICT;
    CREATE INDEX notes_by_time ON notes(created_ms);
    CREATE INDEX notes_by_resident_time ON notes(resident_id, created_ms);

    CREATE TABLE note_revisions (
        id         INTEGER PRIMARY KEY,
        note_id    INTEGER NOT NULL REFERENCES notes(id),
        created_ms INTEGER NOT NULL,
        author     TEXT NOT NULL,
        text       TEXT NOT NULL
    ) STRICT;
    CREATE INDEX note_revisions_by_note ON note_revisions(note_id, id);

    -- Originals are never overwritten: notes and revisions can be added, not changed.
    CREATE TRIGGER notes_are_append_only BEFORE UPDATE ON notes
    BEGIN SELECT RAISE(ABORT, 'notes are never changed in place; add a revision'); END;
    CREATE TRIGGER revisions_are_append_only BEFORE UPDATE ON note_revisions
    BEGIN SELECT RAISE(ABORT, 'revisions are never changed'); END;
    CREATE TRIGGER utterances_are_append_only BEFORE UPDATE ON utterances
    BEGIN SELECT RAISE(ABORT, 'what a resident said is never changed'); END;
    "#,
    // 2: what the machine read in a note — inferred, with the exact words it came from. A
    // caregiver's confirmation or correction will be added beside it, never over it.
    r#"
    CREATE TABLE signals (
        id         INTEGER PRIMARY KEY,
        note_id    INTEGER NOT NULL REFERENCES notes(id),
        kind       TEXT NOT NULL,
        value      TEXT NOT NULL,
        location   TEXT,
        severity   INTEGER CHECK (severity BETWEEN 0 AND 10),
        mild       INTEGER NOT NULL CHECK (mild IN (0, 1)),
        negated    INTEGER NOT NULL CHECK (negated IN (0, 1)),
        span_start INTEGER NOT NULL,   -- characters, not bytes, into the note's original text
        span_end   INTEGER NOT NULL CHECK (span_end >= span_start),
        evidence   TEXT NOT NULL,
        lexicon    TEXT NOT NULL,      -- which language's lexicon read it
        created_ms INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX signals_by_note ON signals(note_id);
    CREATE INDEX signals_by_kind ON signals(kind, value);
    CREATE TRIGGER signals_are_append_only BEFORE UPDATE ON signals
    BEGIN SELECT RAISE(ABORT, 'an inferred signal is never changed; add a review'); END;
    "#,
];

pub fn all() -> Migrations<'static> {
    Migrations::new(STEPS.iter().map(|s| M::up(s)).collect())
}

pub fn latest() -> i64 {
    STEPS.len() as i64
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        super::all().validate().unwrap();
    }
}
