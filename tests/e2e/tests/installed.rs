//! Hearth as a care home installs it: the package's binary (not target/'s), a fresh HOME,
//! the speech model from the `hearth-model-base` package. Run by scripts/test-packages.sh
//! once it has installed the packages with apt; ignored otherwise, since it needs them.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
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
    let all = notes::list(
        &store,
        &notes::NoteFilter {
            resident_id: None,
            from_ms: 0,
            to_ms: i64::MAX,
        },
    )?;
    assert!(
        all.iter()
            .any(|n| n.original.to_lowercase().contains("knee")),
        "{} notes, none about the knee",
        all.len()
    );
    Ok(())
}
