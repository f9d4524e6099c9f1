//! The commands the window may call, one file an area. Each is thin: check who may, call the
//! core through `state`, answer with `views`, say failures through `problems`. Nothing else
//! in the shell uses a command.
//!
//! Each takes one argument, `args: ArgsOf<C>`, and answers `ReplyOf<C>`, where `C` is its
//! entry in `hearth_wire::commands`: the window calls it through that same entry.

pub mod access;
pub mod audit;
pub mod backups;
pub mod care_team;
pub mod check_in;
pub mod device;
pub mod dictation;
pub mod export;
pub mod files;
pub mod journal;
pub mod listening;
pub mod model_import;
pub mod papers;
pub mod passphrase;
pub mod privacy;
pub mod read_aloud;
pub mod residents;
pub mod settings;
pub mod status;
pub mod support;

/// Registers every command's handler and lists their names, so a test can hold them to
/// the wire's list.
macro_rules! handlers {
    ($($area:ident :: $f:ident),* $(,)?) => {
        /// The commands registered, by name.
        #[cfg(test)]
        pub const REGISTERED: &[&str] = &[$(stringify!($f)),*];

        /// Tauri's handler for them all.
        pub fn handler<R: tauri::Runtime>(
        ) -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($area::$f),*]
        }
    };
}

handlers! {
    status::app_status,
    residents::residents,
    residents::resident_profiles,
    residents::save_resident,
    residents::archive_resident,
    residents::record_consent,
    privacy::privacy_facts,
    privacy::retention,
    privacy::retention_preview,
    privacy::set_retention,
    privacy::confirm_clock,
    privacy::subject_access,
    privacy::erase_resident,
    papers::make_paper,
    passphrase::unlock_journal,
    passphrase::recover_journal,
    passphrase::protect_journal,
    passphrase::change_passphrase,
    model_import::model_files,
    model_import::import_model,
    journal::notes,
    listening::start_listening,
    listening::stop_listening,
    check_in::start_check_in,
    check_in::check_in_tap,
    check_in::stop_check_in,
    read_aloud::read_aloud,
    care_team::board,
    care_team::review_signal,
    care_team::search,
    care_team::trends,
    care_team::handover,
    care_team::add_note,
    care_team::revise_note,
    care_team::note_history,
    dictation::start_dictation,
    dictation::stop_dictation,
    access::staff,
    access::sign_in,
    access::unblock_staff,
    access::sign_out,
    access::signed_in,
    access::add_staff,
    access::reset_pin,
    access::archive_staff,
    audit::audit_log,
    settings::display,
    settings::set_display,
    settings::device_language,
    settings::set_device_language,
    export::export,
    support::save_support_report,
    files::open_file,
    device::device_mode,
    device::set_device_mode,
    device::close_hearth,
    backups::backups,
    backups::make_backup,
    backups::set_daily_backup,
    backups::restore_backup,
}

#[cfg(test)]
mod tests {
    /// The window can call exactly what the backend answers: every command of the wire is
    /// registered, and nothing is registered that the wire does not name.
    #[test]
    fn the_backend_registers_exactly_the_wires_commands() {
        let mut registered = super::REGISTERED.to_vec();
        let mut wire = hearth_wire::commands::ALL.to_vec();
        registered.sort_unstable();
        wire.sort_unstable();
        assert_eq!(registered, wire);
    }
}
