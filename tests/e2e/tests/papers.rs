//! The papers a home needs, from the real window: an administrator drafts the DPIA in
//! French; it is saved as Markdown and PDF in the data folder, from this device's settings,
//! and the PDF is rendered to an image to look at.

use std::time::Duration;

use hearth_e2e::{App, Home};

#[tokio::test(flavor = "multi_thread")]
async fn an_administrator_drafts_the_dpia_in_french() -> anyhow::Result<()> {
    let home = Home::new()?;
    let app = App::launch(&home.env()).await?;
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
    app.close().await
}
