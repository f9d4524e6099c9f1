//! Hearth as a care home installs it: the package's binary (not target/'s), a fresh HOME,
//! the speech model from the `hearth-model-base` package. Three steps, each run by
//! scripts/test-packages.sh after it has installed a package with apt (an earlier version,
//! this one over it, the earlier one back); ignored otherwise, since they need them.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use hearth_core::audit;
use hearth_core::journal::notes;
use hearth_e2e::{first_screen_ms, play_into_mic, ready, speak, virtual_mic, App};

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs Hearth's packages installed: run scripts/test-packages.sh"]
/// Step 1, with the earlier package installed: a first run, and one spoken message kept.
async fn the_installed_app_hears_a_resident_and_keeps_the_note() -> anyhow::Result<()> {
    let (home, binary) = installed()?;
    virtual_mic()?;
    let work = tempfile::tempdir()?;
    let speech = speak(
        work.path(),
        "said",
        "en",
        "I slept well last night, but my knee hurts a little this morning.",
    )?;

    let app = App::launch_installed(&binary, &home).await?;
    // A first start: no journal, no web data, nothing in the page cache from an earlier run
    // of this binary.
    let cold = first_screen_ms(&app, newest_hearth).await?;
    println!("the installed app's cold start: {cold:.0} ms to the first usable screen");
    // The packaged model, found in /usr/share/hearth/models with nothing in HOME.
    ready(&app).await?;
    let status = app
        .wait_text("model-status", Duration::from_secs(5), |_| true)
        .await?;
    assert!(status.contains("base"), "{status}");
    app.screenshot("installed-1-ready").await?;
    // First run: the staff passphrase and the home's administrator.
    app.open_notes().await?;
    app.click("tab-talk").await?;
    app.click("resident-1").await?;
    app.click("talk").await?;
    app.wait_attr("talk", "data-phase", "listening", Duration::from_secs(10))
        .await
        .context("the microphone never started")?;
    play_into_mic(&speech)?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    app.click("talk").await?;
    let heard = app
        .wait_text("transcript", Duration::from_secs(30), |t| !t.is_empty())
        .await?;
    assert!(heard.to_lowercase().contains("knee"), "{heard:?}");
    app.screenshot("installed-2-heard").await?;
    app.close().await?;

    // Kept where an installed Hearth keeps its journal, under the passphrase chosen above.
    let data = home.join(".local/share/hearth");
    let store = hearth_e2e::journal(&data)?;
    let all = every_note(&store)?;
    assert!(
        all.iter()
            .any(|n| n.original.to_lowercase().contains("knee")),
        "{} notes, none about the knee",
        all.len()
    );

    Ok(())
}

/// Step 2, after scripts/test-packages.sh installed this version's package over the earlier
/// one: the journal the earlier package left (put back as schema 11 left it, so the upgrade
/// crosses real schema steps) opens in the upgraded app, which brings it to its own schema
/// with every note and audit line kept.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs Hearth's packages installed: run scripts/test-packages.sh"]
async fn the_upgraded_package_opens_the_journal_the_earlier_one_kept() -> anyhow::Result<()> {
    let (home, binary) = installed()?;
    let data = home.join(".local/share/hearth");
    let store = hearth_e2e::journal(&data)?;
    let notes_before = every_note(&store)?;
    assert!(
        notes_before
            .iter()
            .any(|n| n.original.to_lowercase().contains("knee")),
        "the note the earlier package kept is not there"
    );
    let audit_before = audit::recent(&store, 10_000)?;
    store.as_schema_11()?;
    drop(store);
    let app = App::launch_installed(&binary, &home).await?;
    app.unlock().await?;
    app.screenshot("installed-3-upgraded").await?;
    app.close().await?;
    gone().await?;
    let store = hearth_e2e::journal(&data)?;
    assert_eq!(store.integrity_check()?, "ok");
    assert_eq!(
        every_note(&store)?,
        notes_before,
        "every note kept through the upgrade"
    );
    let audit_after = audit::recent(&store, 10_000)?;
    assert!(
        audit_after.ends_with(&audit_before),
        "the audit log before the upgrade is kept whole ({} lines, then {})",
        audit_before.len(),
        audit_after.len()
    );
    Ok(())
}

/// Step 3, after scripts/test-packages.sh put the earlier package back over the upgraded
/// one: a journal a newer Hearth kept is refused in words, and its files are left exactly
/// as they were.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs Hearth's packages installed: run scripts/test-packages.sh"]
async fn the_earlier_package_refuses_a_newer_journal_and_changes_nothing() -> anyhow::Result<()> {
    let (home, binary) = installed()?;
    let data = home.join(".local/share/hearth");
    hearth_e2e::journal(&data)?.as_newer_schema()?;
    let files = |data: &std::path::Path| -> anyhow::Result<Vec<Vec<u8>>> {
        ["journal.sqlite", "journal.keybox"]
            .iter()
            .map(|f| std::fs::read(data.join(f)).with_context(|| f.to_string()))
            .collect()
    };
    let before = files(&data)?;
    let app = App::launch_installed(&binary, &home).await?;
    app.wait_text("locked", Duration::from_secs(20), |_| true)
        .await?;
    app.type_into("unlock-passphrase", hearth_e2e::PASSPHRASE)
        .await?;
    app.click("unlock-go").await?;
    // "One moment…" while the passphrase is checked, then why it cannot open.
    app.wait_text("unlock-message", Duration::from_secs(20), |t| {
        t.contains("newer version of Hearth")
    })
    .await
    .context("no word that the journal is from a newer Hearth")?;
    app.screenshot("installed-4-newer-journal").await?;
    app.close().await?;
    gone().await?;
    assert!(files(&data)? == before, "the newer journal was changed");
    Ok(())
}

/// The fresh HOME scripts/test-packages.sh made, and the installed binary.
fn installed() -> anyhow::Result<(PathBuf, PathBuf)> {
    let home = PathBuf::from(
        std::env::var_os("HEARTH_INSTALLED_HOME")
            .context("HEARTH_INSTALLED_HOME: the fresh HOME scripts/test-packages.sh made")?,
    );
    let binary = std::env::var_os("HEARTH_INSTALLED_APP")
        .map_or_else(|| PathBuf::from("/usr/bin/hearth-app"), PathBuf::from);
    Ok((home, binary))
}

/// Every note in the journal, of anyone, at any time.
fn every_note(store: &hearth_core::store::Store) -> anyhow::Result<Vec<notes::Note>> {
    let all = notes::NoteFilter {
        resident_id: None,
        from_ms: 0,
        to_ms: i64::MAX,
    };
    Ok(notes::list(store, &all)?)
}

/// The newest hearth-app process (the one just launched).
fn newest_hearth() -> anyhow::Result<u32> {
    let out = std::process::Command::new("pgrep")
        .args(["-n", "-x", "hearth-app"])
        .output()?;
    Ok(String::from_utf8(out.stdout)?.trim().parse()?)
}

/// Waits until no installed Hearth runs (a start right after a close would otherwise hand
/// over to the one still closing).
async fn gone() -> anyhow::Result<()> {
    for _ in 0..100 {
        let running = std::process::Command::new("pgrep")
            .args(["-x", "hearth-app"])
            .output()?;
        if !running.status.success() {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    anyhow::bail!("the installed Hearth did not close")
}
