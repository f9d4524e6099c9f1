//! Hearth as a care home installs it: the package's binary (not target/'s), a fresh HOME,
//! the speech model from the `hearth-model-base` package. Run by scripts/test-packages.sh
//! once it has installed the packages with apt; ignored otherwise, since it needs them.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use hearth_core::audit;
use hearth_core::journal::notes;
use hearth_e2e::{play_into_mic, ready, speak, virtual_mic, App};

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs Hearth's packages installed: run scripts/test-packages.sh"]
async fn the_installed_app_hears_a_resident_and_keeps_the_note() -> anyhow::Result<()> {
    let home = PathBuf::from(
        std::env::var_os("HEARTH_INSTALLED_HOME")
            .context("HEARTH_INSTALLED_HOME: the fresh HOME scripts/test-packages.sh made")?,
    );
    let binary = std::env::var_os("HEARTH_INSTALLED_APP")
        .map_or_else(|| PathBuf::from("/usr/bin/hearth-app"), PathBuf::from);
    virtual_mic()?;
    let work = tempfile::tempdir()?;
    let speech = speak(
        work.path(),
        "said",
        "en",
        "I slept well last night, but my knee hurts a little this morning.",
    )?;

    let app = App::launch_installed(&binary, &home).await?;
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

    // An upgrade across schema steps: the journal as a Hearth at schema 11 left it, opened
    // by the installed one, which brings it to its own schema with every note and audit
    // line kept.
    let audit_before = audit::recent(&store, 10_000)?;
    store.as_schema_11()?;
    drop(store);
    gone().await?;
    let app = App::launch_installed(&binary, &home).await?;
    app.unlock().await?;
    app.screenshot("installed-3-upgraded").await?;
    app.close().await?;
    gone().await?;
    let store = hearth_e2e::journal(&data)?;
    assert_eq!(store.integrity_check()?, "ok");
    let kept = every_note(&store)?;
    assert_eq!(kept.len(), all.len(), "every note kept through the upgrade");
    let audit_after = audit::recent(&store, 10_000)?;
    assert!(
        audit_after.ends_with(&audit_before),
        "the audit log before the upgrade is kept whole ({} lines, then {})",
        audit_before.len(),
        audit_after.len()
    );

    // An older Hearth over a newer journal (a newer package installed, then this one put
    // back): refused in words, and the journal's files are left exactly as they were.
    store.as_newer_schema()?;
    drop(store);
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

/// Every note in the journal, of anyone, at any time.
fn every_note(store: &hearth_core::store::Store) -> anyhow::Result<Vec<notes::Note>> {
    let all = notes::NoteFilter {
        resident_id: None,
        from_ms: 0,
        to_ms: i64::MAX,
    };
    Ok(notes::list(store, &all)?)
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
