//! Drives the real Hearth window: starts tauri-driver (which starts WebKitWebDriver and the
//! app), connects a WebDriver session, and cleans up after itself. Needs an X display —
//! scripts/test.sh runs these tests under Xvfb.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use fantoccini::{Client, ClientBuilder, Locator};

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo root")
}

/// Where screenshots go, for a person to look at.
pub fn artifacts() -> PathBuf {
    let dir = repo_root().join("tests/.artifacts");
    std::fs::create_dir_all(&dir).expect("artifacts folder");
    dir
}

/// A running app with a WebDriver session. Dropping it ends both.
pub struct App {
    pub client: Client,
    driver: Child,
}

impl App {
    /// Launches the release build with extra environment (e.g. a models folder).
    pub async fn launch(port: u16, env: &[(&str, &Path)]) -> anyhow::Result<Self> {
        let app = repo_root().join("target/release/hearth-app");
        if !app.exists() {
            bail!("{} is missing: run scripts/setup.sh test", app.display());
        }
        let mut cmd = Command::new("tauri-driver");
        cmd.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &(port + 1).to_string(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let driver = cmd
            .spawn()
            .context("tauri-driver is installed (scripts/setup.sh test)")?;
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), "wry".into());
        caps.insert(
            "tauri:options".into(),
            serde_json::json!({ "application": app }),
        );
        let url = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        let client = loop {
            match ClientBuilder::native()
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(c) => break c,
                Err(e) if started.elapsed() < Duration::from_secs(20) => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                Err(e) => bail!("could not start a session with the app: {e}"),
            }
        };
        Ok(Self { client, driver })
    }

    /// Waits until the element's text satisfies `ok`, returning that text.
    pub async fn wait_text(
        &self,
        id: &str,
        timeout: Duration,
        ok: impl Fn(&str) -> bool,
    ) -> anyhow::Result<String> {
        let started = Instant::now();
        let mut last = String::new();
        while started.elapsed() < timeout {
            if let Ok(el) = self.client.find(Locator::Id(id)).await {
                last = el.text().await.unwrap_or_default();
                if ok(&last) {
                    return Ok(last);
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        bail!("#{id} never showed what was expected; last text: {last:?}")
    }

    pub async fn screenshot(&self, name: &str) -> anyhow::Result<PathBuf> {
        let png = self.client.screenshot().await?;
        let path = artifacts().join(format!("{name}.png"));
        std::fs::write(&path, png)?;
        Ok(path)
    }

    pub async fn close(mut self) -> anyhow::Result<()> {
        let result = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        result.map_err(Into::into)
    }
}

impl Drop for App {
    fn drop(&mut self) {
        let _ = self.driver.kill();
    }
}
