//! Every command the window may call, with what it takes and what it answers. Who may call
//! it is the backend's to check; the doc says it where it is not "anyone signed in".

use crate::command::commands;
use crate::*;

commands! {
    /// Hearth's version, the speech model and the journal.
    AppStatus = "app_status": () => crate::AppStatus;

    // Residents (the list, anyone; profiles and changes, administrators).
    /// The residents who may be talked with (anyone).
    Residents = "residents": () => Vec<ResidentView>;
    /// Every resident with profile and consent, archived ones too (administrators).
    ResidentProfiles = "resident_profiles": () => Vec<ResidentProfileView>;
    /// Adds (`id: None`) or changes a resident.
    SaveResident = "save_resident": crate::SaveResident => ResidentView;
    /// Off the lists, or back.
    ArchiveResident = "archive_resident": crate::ArchiveResident => ();
    /// A consent answer given or withdrawn, in force at once.
    RecordConsent = "record_consent": crate::RecordConsent => ();

    // Privacy.
    /// What the privacy notice says about this device (anyone).
    PrivacyFacts = "privacy_facts": () => crate::PrivacyFacts;
    /// The retention policy, the purge and the clock (administrators).
    Retention = "retention": () => RetentionStatus;
    /// What that policy would delete now (administrators).
    RetentionPreview = "retention_preview": RetentionPolicy => RetentionCounts;
    /// A new policy; refused with `must_confirm` while it would delete something and is not
    /// confirmed (administrators).
    SetRetention = "set_retention": crate::SetRetention => ();
    /// An administrator says the date and time shown (`shown_ms`) are right, and the purge
    /// may run again.
    ConfirmClock = "confirm_clock": i64 => ();
    /// Everything held about a resident, as files: the paths of the JSON and PDF written.
    SubjectAccess = "subject_access": crate::SubjectAccess => Vec<String>;
    /// Writes a paper from this device's settings (a DPIA draft or the AI transparency
    /// sheet) as Markdown and PDF; answers their paths (administrators).
    MakePaper = "make_paper": crate::MakePaper => Vec<String>;
    /// Erases everything about a resident (administrators).
    EraseResident = "erase_resident": crate::EraseResident => ErasedView;

    // The staff passphrase.
    /// Opens a locked journal (anyone holding the passphrase).
    UnlockJournal = "unlock_journal": crate::UnlockJournal => ();
    /// Opens the journal with the recovery code and sets a new passphrase (anyone holding
    /// the code).
    RecoverJournal = "recover_journal": crate::RecoverJournal => RecoveryCodeView;
    /// Puts the journal under a passphrase (first run, or an administrator).
    ProtectJournal = "protect_journal": crate::ProtectJournal => RecoveryCodeView;
    /// A new passphrase (administrators).
    ChangePassphrase = "change_passphrase": crate::ChangePassphrase => RecoveryCodeView;

    // The speech model.
    /// Speech model files found on this device (first run, or an administrator).
    ModelFiles = "model_files": () => Vec<ModelFile>;
    /// Installs one; progress arrives as [`ModelImport`] events.
    ImportModel = "import_model": crate::ImportModel => ();

    // Talking.
    /// One turn of listening to a resident; what follows arrives as [`ListenState`] events.
    StartListening = "start_listening": crate::StartListening => ();
    /// Ends the turn; the outcome arrives as a [`ListenState`] event.
    StopListening = "stop_listening": () => ();
    /// A spoken check-in; what follows arrives as [`CheckInState`] events.
    StartCheckIn = "start_check_in": crate::StartCheckIn => ();
    /// The check-in's one big button: "let me answer" / "I've finished".
    CheckInTap = "check_in_tap": () => ();
    /// Ends the check-in now, keeping what was said.
    StopCheckIn = "stop_check_in": () => ();
    /// Says a text aloud (anyone).
    ReadAloud = "read_aloud": crate::ReadAloud => ();
    /// A caregiver's dictation; what follows arrives as [`DictationState`] events.
    StartDictation = "start_dictation": crate::StartDictation => ();
    /// Ends the dictation; the words follow as an event.
    StopDictation = "stop_dictation": () => ();

    // The care team (caregivers).
    /// Notes of one resident or all, in a period.
    Notes = "notes": NotesQuery => Vec<NoteView>;
    /// The day's board, most pressing first.
    Board = "board": BoardQuery => Vec<BoardRowView>;
    /// A decision on a signal → the note, updated.
    ReviewSignal = "review_signal": crate::ReviewSignal => NoteView;
    /// Words in notes.
    Search = "search": SearchQuery => Vec<NoteView>;
    /// A resident's days, topic by topic.
    Trends = "trends": TrendQuery => Vec<DayReadingView>;
    /// The shift so far, for the next one.
    Handover = "handover": BoardQuery => HandoverView;
    /// One resident's notes as a file.
    Export = "export": ExportRequest => Exported;
    /// A caregiver's own note → the saved note.
    AddNote = "add_note": NewNote => NoteView;
    /// New words for a note (the original stays) → the note, revised.
    ReviseNote = "revise_note": crate::ReviseNote => NoteView;
    /// Everything that happened to a note (`note_id`).
    NoteHistory = "note_history": i64 => NoteHistoryView;

    // Staff.
    /// Who can sign in: names and roles only (anyone).
    Staff = "staff": () => Vec<StaffView>;
    /// Signs someone in (anyone).
    SignIn = "sign_in": crate::SignIn => StaffView;
    /// The staff passphrase unblocks a PIN blocked by wrong tries (for the last
    /// administrator, whom nobody else can help).
    UnblockStaff = "unblock_staff": crate::UnblockStaff => ();
    SignOut = "sign_out": () => ();
    /// Who is signed in now, if anyone.
    SignedIn = "signed_in": () => Option<StaffView>;
    /// Someone new on the staff list; administrators only, except the very first (who must
    /// be an administrator).
    AddStaff = "add_staff": NewStaff => StaffView;
    /// A new PIN for someone who forgot theirs (administrators).
    ResetPin = "reset_pin": crate::ResetPin => ();
    /// Takes someone who left (`staff_id`) off the staff list (administrators).
    ArchiveStaff = "archive_staff": i64 => ();
    /// The audit log, newest first (administrators).
    AuditLog = "audit_log": () => Vec<AuditEntryView>;

    // This device.
    /// How this device shows Hearth (anyone).
    Display = "display": () => DisplaySettings;
    /// A new look for every screen (administrators).
    SetDisplay = "set_display": DisplaySettings => ();
    /// The language this device's screens start in (anyone).
    DeviceLanguage = "device_language": () => Option<String>;
    /// None: the system's (administrators).
    SetDeviceLanguage = "set_device_language": Option<String> => ();
    /// Shared or kiosk, and whose room a kiosk is in (anyone: the window opens by it).
    DeviceMode = "device_mode": () => DeviceModeView;
    /// A kiosk or a shared window from now on, and at the next session start
    /// (administrators).
    SetDeviceMode = "set_device_mode": DeviceModeView => ();
    /// Closes Hearth; in a kiosk, the only way out (anyone signed in).
    CloseHearth = "close_hearth": () => ();
    /// Opens an export, a paper or a support report (by its path, as answered when it was
    /// written) in the system's own viewer (anyone signed in).
    OpenFile = "open_file": String => ();
    /// Writes a support report (versions, settings, counts, the log's end; no names, nothing
    /// said) beside the exports; answers its path (administrators).
    SaveSupportReport = "save_support_report": () => String;
    /// Where backups can be written, and the backups found (administrators).
    Backups = "backups": () => crate::Backups;
    /// Backs the journal up into the place named (one of `Backups`' places); answers the
    /// backup's folder (administrators).
    MakeBackup = "make_backup": String => String;
    /// Daily backups on (into one of `Backups`' places) or off (administrators).
    SetDailyBackup = "set_daily_backup": Option<crate::DailyBackup> => ();
    /// Restores a backup over this device's journal, which is kept aside (administrators).
    RestoreBackup = "restore_backup": crate::RestoreBackup => crate::Restored;
}
