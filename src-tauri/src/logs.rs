//! Hearth's log: files in the data folder (`logs/hearth_rCURRENT.log`; at 1 MB it is put
//! aside and a new one started, the last five kept) and, for warnings and errors, the
//! terminal. Info and above by default; `RUST_LOG` may say otherwise. A home can send these
//! files to whoever supports it, so nothing logged names a resident or holds what anyone said,
//! typed or chose as a PIN or passphrase: ids, durations, counts and errors only (the
//! end-to-end talk test reads a whole session's log for them).

use std::path::PathBuf;

use flexi_logger::{Cleanup, Criterion, Duplicate, FileSpec, Logger, LoggerHandle, Naming};

/// Where the log files are.
pub fn folder() -> PathBuf {
    hearth_core::paths::data_dir().join("logs")
}

/// Starts logging, before anything else runs (a journal that cannot open at start is logged
/// too). Keep the handle for the life of the program. Without a writable data folder Hearth
/// still starts, logging to the terminal only, and says so there.
pub fn start() -> Option<LoggerHandle> {
    let to_files = Logger::try_with_env_or_str("info").and_then(|l| {
        l.log_to_file(FileSpec::default().directory(folder()).basename("hearth"))
            .rotate(
                Criterion::Size(1_000_000),
                Naming::Numbers,
                Cleanup::KeepLogFiles(5),
            )
            .append()
            .format_for_files(flexi_logger::detailed_format)
            .duplicate_to_stderr(Duplicate::Warn)
            .start()
    });
    match to_files {
        Ok(handle) => Some(handle),
        Err(e) => {
            eprintln!("Hearth cannot write its log in {}: {e}", folder().display());
            Logger::try_with_env_or_str("warn")
                .and_then(|l| l.start())
                .ok()
        }
    }
}
