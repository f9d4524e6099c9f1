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
    // 3: a caregiver's decision on an inferred signal — confirmed, corrected (pain 7 → 4,
    // knee → hip) or dismissed — with who and when. Each decision is a new row; the latest
    // counts, and the machine's first reading stays as it was.
    r#"
    CREATE TABLE signal_reviews (
        id         INTEGER PRIMARY KEY,
        signal_id  INTEGER NOT NULL REFERENCES signals(id),
        action     TEXT NOT NULL CHECK (action IN ('confirm', 'correct', 'dismiss')),
        value      TEXT,       -- the corrected reading; NULL keeps the machine's
        location   TEXT,
        severity   INTEGER CHECK (severity BETWEEN 0 AND 10),
        author     TEXT NOT NULL CHECK (length(trim(author)) > 0),
        created_ms INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX signal_reviews_by_signal ON signal_reviews(signal_id, id);
    CREATE TRIGGER signal_reviews_are_append_only BEFORE UPDATE ON signal_reviews
    BEGIN SELECT RAISE(ABORT, 'a review is never changed; add another'); END;
    "#,
    // 4: search over what residents said and the notes made of it: FTS5 kept in step with
    // the notes table by triggers, accent-insensitive ("fatiguée" finds "fatiguee").
    r#"
    CREATE VIRTUAL TABLE notes_fts USING fts5(
        text, content='notes', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    );
    INSERT INTO notes_fts(rowid, text) SELECT id, text FROM notes;
    CREATE TRIGGER notes_fts_on_insert AFTER INSERT ON notes
    BEGIN INSERT INTO notes_fts(rowid, text) VALUES (new.id, new.text); END;
    CREATE TRIGGER notes_fts_on_delete AFTER DELETE ON notes
    BEGIN INSERT INTO notes_fts(notes_fts, rowid, text) VALUES ('delete', old.id, old.text); END;
    "#,
    // 5: facts about this journal itself. The pseudonym salt is drawn once, here, so exports
    // name residents by a code that means nothing outside this journal.
    r#"
    CREATE TABLE journal_info (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT;
    INSERT INTO journal_info (key, value) VALUES ('pseudonym_salt', lower(hex(randomblob(16))));
    "#,
    // 6: notes a caregiver writes carry their name (a resident's own words have none).
    r#"
    ALTER TABLE notes ADD COLUMN author TEXT CHECK (author IS NULL OR length(trim(author)) > 0);
    "#,
    // 7: caregivers and staff administrators, who sign in with a PIN (argon2id hash only),
    // and how many wrong PINs in a row each has given (for the growing pauses).
    r#"
    CREATE TABLE staff (
        id              INTEGER PRIMARY KEY,
        name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
        role            TEXT NOT NULL CHECK (role IN ('caregiver', 'admin')),
        pin_hash        TEXT NOT NULL CHECK (pin_hash LIKE '$argon2id$%'),
        failed          INTEGER NOT NULL DEFAULT 0 CHECK (failed >= 0),
        locked_until_ms INTEGER NOT NULL DEFAULT 0,
        created_ms      INTEGER NOT NULL,
        archived_ms     INTEGER
    ) STRICT;
    CREATE UNIQUE INDEX staff_names ON staff(name COLLATE NOCASE) WHERE archived_ms IS NULL;
    "#,
    // 8: the audit log — who viewed, decided, exported or changed what, and when. Lines are
    // added, never changed or deleted.
    r#"
    CREATE TABLE audit (
        id      INTEGER PRIMARY KEY,
        at_ms   INTEGER NOT NULL,
        actor   TEXT NOT NULL,
        action  TEXT NOT NULL,
        subject TEXT NOT NULL,
        detail  TEXT NOT NULL
    ) STRICT;
    CREATE TRIGGER audit_is_append_only BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is never changed'); END;
    CREATE TRIGGER audit_is_never_deleted BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is never deleted'); END;
    "#,
    // 9: staff settings, one JSON value a key, with who changed it last and when (the audit
    // log keeps every change).
    r#"
    CREATE TABLE settings (
        key        TEXT PRIMARY KEY,
        value      TEXT NOT NULL,
        changed_ms INTEGER NOT NULL,
        changed_by TEXT NOT NULL
    ) STRICT;
    "#,
    // 10: residents' profiles (topics they enjoy and to avoid, how Hearth talks with them,
    // as JSON) and consent per purpose: every answer is a row (a withdrawal too), the latest
    // holds. Sample residents made by earlier versions keep working: their consent is on
    // file as sample data.
    r#"
    ALTER TABLE residents ADD COLUMN enjoys TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE residents ADD COLUMN avoids TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE residents ADD COLUMN preferences TEXT NOT NULL DEFAULT '{}';
    CREATE TABLE consents (
        id          INTEGER PRIMARY KEY,
        resident_id INTEGER NOT NULL REFERENCES residents(id),
        purpose     TEXT NOT NULL
                    CHECK (purpose IN ('speech_recognition', 'keep_transcripts', 'keep_audio')),
        given       INTEGER NOT NULL CHECK (given IN (0, 1)),
        given_by    TEXT NOT NULL CHECK (length(trim(given_by)) > 0),
        recorded_by TEXT NOT NULL CHECK (length(trim(recorded_by)) > 0),
        at_ms       INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX consents_by_resident ON consents(resident_id, purpose, id);
    CREATE TRIGGER consents_are_append_only BEFORE UPDATE ON consents
    BEGIN SELECT RAISE(ABORT, 'a consent answer is never changed; record a new one'); END;
    INSERT INTO consents (resident_id, purpose, given, given_by, recorded_by, at_ms)
        SELECT r.id, p.purpose, 1, 'sample resident', 'Hearth', r.created_ms
        FROM residents r,
             (SELECT 'speech_recognition' AS purpose UNION ALL SELECT 'keep_transcripts') p
        WHERE r.is_demo = 1;
    "#,
    // 11: retention and erasure. An erased resident's row stays, emptied, so that their
    // number is never given to someone else (the audit log names residents by number). A
    // note's words, who, when and how stay unchangeable; only its link to a transcript the
    // retention policy removed may be cleared.
    r#"
    ALTER TABLE residents ADD COLUMN erased_ms INTEGER;
    DROP TRIGGER notes_are_append_only;
    CREATE TRIGGER notes_are_append_only
    BEFORE UPDATE OF resident_id, created_ms, source, text, author ON notes
    BEGIN SELECT RAISE(ABORT, 'notes are never changed in place; add a revision'); END;
    CREATE TRIGGER notes_keep_their_transcript BEFORE UPDATE OF utterance_id ON notes
    WHEN new.utterance_id IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'a note is only ever unlinked from a purged transcript'); END;
    "#,
    // 12: the retention purge walks transcripts by age and, for each, the notes pointing at
    // it; without these every deleted transcript scanned every note (minutes on a big
    // journal, with the journal held). An erased resident stays erased: their emptied row is never changed or brought back,
    // and nothing new is recorded about them (the journal refuses it, whatever asks).
    r#"
    CREATE INDEX utterances_by_end ON utterances(ended_ms);
    CREATE INDEX notes_by_utterance ON notes(utterance_id);
    CREATE TRIGGER erased_residents_stay_erased BEFORE UPDATE ON residents
    WHEN old.erased_ms IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'an erased resident is never changed or brought back'); END;
    CREATE TRIGGER no_consent_for_the_erased BEFORE INSERT ON consents
    WHEN (SELECT erased_ms FROM residents WHERE id = new.resident_id) IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'nothing new is recorded about an erased resident'); END;
    CREATE TRIGGER no_notes_for_the_erased BEFORE INSERT ON notes
    WHEN (SELECT erased_ms FROM residents WHERE id = new.resident_id) IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'nothing new is recorded about an erased resident'); END;
    CREATE TRIGGER no_words_for_the_erased BEFORE INSERT ON utterances
    WHEN (SELECT erased_ms FROM residents WHERE id = new.resident_id) IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'nothing new is recorded about an erased resident'); END;
    "#,
    // 13: which reader made a signal (the lexicon, or the meaning model comparing the clause
    // with annotated examples), and for the model the nearest example, shown as
    // "sounds like". Earlier signals were all the lexicon's.
    r#"
    ALTER TABLE signals ADD COLUMN reader TEXT NOT NULL DEFAULT 'lexicon'
        CHECK (reader IN ('lexicon', 'model'));
    ALTER TABLE signals ADD COLUMN sounds_like TEXT;
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
