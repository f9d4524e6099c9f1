//! The papers a home needs, from the real window: an administrator drafts the DPIA in
//! French; it is saved as Markdown and PDF in the data folder, from this device's settings,
//! and the PDF is rendered to an image to look at; **Open** hands it to the desktop's viewer.

use std::time::Duration;

use hearth_e2e::{App, Home};

#[tokio::test(flavor = "multi_thread")]
async fn an_administrator_drafts_the_dpia_in_french() -> anyhow::Result<()> {
    let home = Home::new()?;
    // The desktop's viewer, as Hearth finds it (xdg-open on the PATH): here one that notes
    // what it was asked to show.
    let bin = home.work.path().join("bin");
    std::fs::create_dir_all(&bin)?;
    let shown = home.work.path().join("shown.txt");
    let viewer = bin.join("xdg-open");
    std::fs::write(
        &viewer,
        format!("#!/bin/sh\necho \"$1\" >> '{}'\n", shown.display()),
    )?;
    std::fs::set_permissions(&viewer, std::os::unix::fs::PermissionsExt::from_mode(0o755))?;
    let path = format!("{}:{}", bin.display(), std::env::var("PATH")?);
    let mut env = home.env();
    env.push(("PATH", std::path::Path::new(&path)));
    let app = App::launch(&env).await?;
    app.open_notes().await?;
    app.click("view-staff").await?;
    let language = app
        .client
        .find(fantoccini::Locator::Id("paper-language"))
        .await?;
    language.select_by_value("fr").await?;
    app.click("paper-dpia").await?;
    let files = app
        .wait_text("paper-files", Duration::from_secs(20), |t| {
            t.contains(".pdf")
        })
        .await?;
    assert!(files.contains("hearth-dpia-fr-"), "{files}");
    app.screenshot("papers-1-saved").await?;
    let dir = home.data.join("papers");
    let find = |ext: &str| {
        std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.extension().is_some_and(|x| x == ext))
            .unwrap()
    };
    let md = std::fs::read_to_string(find("md"))?;
    assert!(md.starts_with("# Analyse d’impact"), "{md}");
    assert!(
        md.contains("90 jours"),
        "the retention set on this device: {md}"
    );
    assert!(
        md.contains("phrase secrète de l’équipe"),
        "a passphrase was chosen: {md}"
    );
    let png = hearth_e2e::artifacts().join("papers-dpia-fr");
    let rendered = std::process::Command::new("pdftoppm")
        .args(["-r", "60", "-f", "1", "-l", "1", "-png", "-singlefile"])
        .arg(find("pdf"))
        .arg(&png)
        .status()?;
    assert!(rendered.success(), "pdftoppm could not read the PDF");

    // "Open" hands the PDF to the desktop's viewer, to read or print.
    app.click("paper-open-1").await?;
    let started = std::time::Instant::now();
    loop {
        let asked = std::fs::read_to_string(&shown).unwrap_or_default();
        if asked.trim_end().ends_with(".pdf") {
            assert!(asked.contains("/papers/hearth-dpia-fr-"), "{asked}");
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "no viewer was asked: {asked:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.close().await
}
