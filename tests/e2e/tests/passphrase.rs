//! The staff passphrase in the real window: a new care home chooses it first and is shown its
//! recovery code once; a restarted Hearth opens on the locked screen, which residents can read
//! and staff open with the passphrase, after which the screens take the language staff chose
//! for the device; the journal on disk no longer opens with this device's key alone.

use std::time::Duration;

use hearth_core::store::{Store, StoreError};
use hearth_e2e::{App, Home, PASSPHRASE};

const WAIT: Duration = Duration::from_secs(20);

#[tokio::test(flavor = "multi_thread")]
async fn a_new_home_locks_the_journal_and_a_restart_asks_for_the_passphrase() -> anyhow::Result<()>
{
    let home = Home::new()?;
    // A "USB stick" for the backup.
    let stick = home.work.path().join("stick");
    std::fs::create_dir_all(&stick)?;
    let mut env = home.env();
    env.push(("HEARTH_IMPORT_DIRS", stick.as_path()));
    let app = App::launch(&env).await?;
    app.click("tab-notes").await?;
    // Too short: said plainly, nothing changed.
    app.type_into("first-passphrase", "kettle").await?;
    app.type_into("first-passphrase-again", "kettle").await?;
    app.click("first-save").await?;
    app.wait_text("passphrase-message", WAIT, |t| {
        t.contains("at least 10 characters")
    })
    .await?;
    app.type_into("first-passphrase", PASSPHRASE).await?;
    app.type_into("first-passphrase-again", PASSPHRASE).await?;
    app.click("first-save").await?;
    let code = app
        .wait_text("recovery-code", WAIT, |t| t.len() == 35)
        .await?;
    assert_eq!(code.split('-').count(), 6, "{code}");
    // Continue waits until someone says the code is kept.
    let done = app
        .client
        .find(fantoccini::Locator::Id("recovery-done"))
        .await?;
    assert!(!done.is_enabled().await?);
    app.screenshot("passphrase-1-recovery-code").await?;
    app.click("recovery-kept").await?;
    app.click("recovery-done").await?;
    // Then the administrator, as before, who sets this device's screens to start in French.
    app.open_notes().await?;
    app.click("view-staff").await?;
    // She backs the journal up to the stick: made, checked, and offered for a restore.
    app.click("backup-to-0").await?;
    let made = app
        .wait_text("backup-message", WAIT, |t| t.starts_with("Backed up to"))
        .await?;
    assert!(made.contains("hearth-backup-"), "{made}");
    app.wait_text("backups-found", WAIT, |t| t.contains("hearth-backup-"))
        .await?;
    let backups: Vec<_> = std::fs::read_dir(&stick)?.collect::<Result<_, _>>()?;
    assert_eq!(backups.len(), 1, "{backups:?}");
    hearth_core::backup::check(&backups[0].path())?;
    // Every day onto the stick too: the first is made at once and said.
    app.click("daily-on").await?;
    app.wait_text("daily-message", WAIT, |t| {
        t.contains("Daily backups are on")
    })
    .await?;
    app.click("backup-look").await?;
    app.wait_text("daily-status", WAIT, |t| t.contains("Newest:"))
        .await?;
    let daily: Vec<_> = std::fs::read_dir(stick.join("hearth-daily"))?.collect::<Result<_, _>>()?;
    assert_eq!(daily.len(), 1, "{daily:?}");
    app.screenshot("passphrase-1b-backup").await?;
    app.click("device-language-fr").await?;
    app.wait_text("tab-talk", WAIT, |t| t == "Parler").await?;
    app.click("lang-en").await?; // for now only: the next start is French
    app.close().await?;

    // What is on disk needs the passphrase: this device's key no longer opens it.
    let path = home.data.join("journal.sqlite");
    assert!(matches!(
        Store::open(&path),
        Err(StoreError::NeedsPassphrase)
    ));
    drop(hearth_e2e::journal(&home.data)?);

    let app = App::launch(&home.env()).await?;
    let locked = app
        .wait_text("locked", WAIT, |t| t.contains("Hearth is locked"))
        .await?;
    assert!(locked.contains("ask a member of staff"), "{locked}");
    let violations = app.axe().await?;
    assert!(violations.is_empty(), "{violations:#?}");
    app.screenshot("passphrase-2-locked").await?;
    app.type_into("unlock-passphrase", "blue kettle on the shelf")
        .await?;
    app.click("unlock-go").await?;
    app.wait_text("unlock-message", WAIT, |t| {
        t.contains("not the staff passphrase")
    })
    .await?;
    app.unlock().await?;
    app.wait_text("screen-talk", WAIT, |t| t.contains("Arthur"))
        .await?;
    // Open, the device's language applies.
    app.wait_text("tab-talk", WAIT, |t| t == "Parler").await?;
    app.open_notes().await?;
    app.close().await
}
