//! `hearth backup`: the journal backed up to a folder (a USB stick), checked, listed, or
//! restored: the same backups as the staff screen's, each one in the audit log.

use std::path::PathBuf;

use anyhow::Context;
use hearth_core::backup;
use hearth_core::clock::now_ms;
use hearth_core::paths;
use hearth_core::store::Secret;

#[derive(clap::Subcommand)]
pub enum BackupCommand {
    /// Back the journal up into a new folder inside FOLDER (asks for the staff passphrase).
    Make {
        folder: PathBuf,
        /// The journal (default: the app's).
        #[arg(long)]
        journal: Option<PathBuf>,
    },
    /// Check a backup's files against its manifest.
    Check { backup: PathBuf },
    /// List the backups in these folders, newest first, each checked.
    List { folders: Vec<PathBuf> },
    /// Restore a backup as the journal (Hearth must be closed). A journal already there is
    /// kept aside in replaced-<time>/, never deleted; `--replace` says that is meant.
    Restore {
        backup: PathBuf,
        #[arg(long)]
        replace: bool,
        /// Where to restore (default: the app's journal).
        #[arg(long)]
        journal: Option<PathBuf>,
    },
}

fn by() -> String {
    let user = std::env::var("USER").unwrap_or_else(|_| "command line".into());
    format!("{user} (hearth backup)")
}

pub fn run(cmd: BackupCommand) -> anyhow::Result<()> {
    match cmd {
        BackupCommand::Make { folder, journal } => {
            let journal = journal.unwrap_or_else(paths::journal_file);
            let store = crate::export_cmd::open_journal(&journal)
                .with_context(|| journal.display().to_string())?;
            let made = backup::make(&store, &folder, &by(), env!("CARGO_PKG_VERSION"), now_ms())?;
            println!("{}", made.display());
        }
        BackupCommand::Check { backup } => {
            let m = backup::check(&backup)?;
            println!(
                "ok  {} (Hearth {}, schema {})",
                backup.display(),
                m.hearth,
                m.schema
            );
        }
        BackupCommand::List { folders } => {
            for (path, checked) in backup::find(&folders) {
                match checked {
                    Ok(m) => println!("ok       {}  Hearth {}", path.display(), m.hearth),
                    Err(e) => println!("damaged  {}  {e}", path.display()),
                }
            }
        }
        BackupCommand::Restore {
            backup,
            replace,
            journal,
        } => {
            let journal = journal.unwrap_or_else(paths::journal_file);
            if journal.exists() && !replace {
                anyhow::bail!(
                    "{} already holds a journal: add --replace to restore over it (it is kept \
                     aside, not deleted)",
                    journal.display()
                );
            }
            let typed = crate::export_cmd::typed_passphrase("The backup's staff passphrase: ")?;
            let secret = Secret::Passphrase(&typed);
            let done = backup::restore(&backup, secret, &journal, &by(), now_ms())?;
            println!("restored {}", journal.display());
            if let Some(aside) = done.replaced {
                println!("the journal it replaced is kept in {}", aside.display());
            }
        }
    }
    Ok(())
}
