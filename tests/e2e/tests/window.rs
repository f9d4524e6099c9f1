//! The first screen in the real window: the speech model loads in the background and the
//! screen says so; without a model, the screen says what to do instead of staying blank.

use std::time::Duration;

use anyhow::Context;
use hearth_e2e::{App, Home};

#[tokio::test(flavor = "multi_thread")]
async fn shows_the_loaded_model() -> anyhow::Result<()> {
    let home = Home::new()?;
    let app = App::launch(&home.env()).await?;
    // The page mounts after the wasm loads: wait for it rather than look once.
    app.wait_text("app-title", Duration::from_secs(20), |t| t == "Hearth")
        .await
        .context("the first screen never appeared")?;
    let status = app
        .wait_text("model-status", Duration::from_secs(60), |t| {
            t.starts_with("Ready")
        })
        .await?;
    assert!(status.contains("base"), "{status}");
    // Which Hearth this is, at the foot of the screen (what a support call asks first).
    let about = app
        .wait_text("about", Duration::from_secs(5), |t| !t.is_empty())
        .await?;
    assert!(
        about.starts_with(&format!("Hearth {}", env!("CARGO_PKG_VERSION"))),
        "{about}"
    );
    app.screenshot("first-screen-ready")
        .await
        .context("screenshot")?;

    // One Hearth at a time: a second start over the same journal brings this window to the
    // front and goes, leaving one app running.
    let mut second = std::process::Command::new(hearth_e2e::app_binary()?)
        .envs(home.env())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()?;
    let started = std::time::Instant::now();
    let ended = loop {
        if let Some(status) = second.try_wait()? {
            break status;
        }
        if started.elapsed() > Duration::from_secs(20) {
            second.kill()?;
            anyhow::bail!("a second start of Hearth did not go away");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(ended.success(), "{ended}");
    assert_eq!(hearth_e2e::app_pids(&home.data)?.len(), 1);
    app.wait_text("model-status", Duration::from_secs(5), |t| {
        t.starts_with("Ready")
    })
    .await?;
    let log = hearth_e2e::logs(&home.data)?;
    assert!(log.contains("already open here"), "{log}");
    assert!(log.contains("comes to the front"), "{log}");
    app.close().await.context("closing the session")
}

#[tokio::test(flavor = "multi_thread")]
async fn explains_a_missing_model_and_staff_put_it_on_from_a_stick() -> anyhow::Result<()> {
    let (home, empty) = (Home::new()?, tempfile::tempdir()?);
    // A "USB stick" holding the model file.
    let stick = home.work.path().join("stick");
    std::fs::create_dir_all(&stick)?;
    std::os::unix::fs::symlink(
        home.models.join("ggml-base-q8_0.bin"),
        stick.join("ggml-base-q8_0.bin"),
    )?;
    let app = App::launch(&[
        ("HEARTH_MODELS_DIR", empty.path()),
        ("HEARTH_DATA_DIR", &home.data),
        ("HEARTH_IMPORT_DIRS", &stick),
    ])
    .await?;
    let status = app
        .wait_text("model-status", Duration::from_secs(30), |t| {
            t.contains("cannot listen yet")
        })
        .await?;
    assert!(status.contains("get-model.sh base"), "{status}");
    assert!(status.contains("USB stick"), "{status}");
    app.screenshot("first-screen-no-model").await?;

    // First run: the passphrase, then the model beside the administrator's form.
    app.click("tab-notes").await?;
    app.wait_text("first-save", Duration::from_secs(10), |_| true)
        .await?;
    app.choose_passphrase().await?;
    app.click("model-look").await?;
    let files = app
        .wait_text("model-files", Duration::from_secs(10), |t| {
            t.contains("ggml-base-q8_0.bin")
        })
        .await?;
    assert!(files.contains("82 MB"), "{files}");
    app.click("model-use-0").await?;
    app.wait_text("model-installed", Duration::from_secs(60), |t| {
        t.contains("base")
    })
    .await?;
    let ready = app
        .wait_text("model-status", Duration::from_secs(60), |t| {
            t.starts_with("Ready")
        })
        .await?;
    assert!(ready.contains("base (q8_0)"), "{ready}");
    assert!(empty.path().join("ggml-base-q8_0.bin").exists());
    app.screenshot("first-run-model-installed").await?;
    app.close().await
}

#[tokio::test(flavor = "multi_thread")]
async fn speaks_french_from_the_first_screen() -> anyhow::Result<()> {
    let home = Home::new()?;
    let app = App::launch(&home.env()).await?;
    app.wait_text("model-status", Duration::from_secs(60), |t| {
        t.starts_with("Ready")
    })
    .await?;
    app.client
        .find(fantoccini::Locator::Id("lang-fr"))
        .await?
        .click()
        .await?;
    let status = app
        .wait_text("model-status", Duration::from_secs(5), |t| {
            t.starts_with("Prêt à écouter")
        })
        .await?;
    assert!(status.contains("base"), "{status}");
    let pressed = app
        .client
        .find(fantoccini::Locator::Id("lang-fr"))
        .await?
        .attr("aria-pressed")
        .await?;
    assert_eq!(pressed.as_deref(), Some("true"));
    let doc_lang = app
        .client
        .execute("return document.documentElement.lang", vec![])
        .await?;
    assert_eq!(doc_lang, serde_json::json!("fr"));
    app.screenshot("first-screen-french").await?;
    app.close().await
}
