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
    driver: Option<Child>,
    native_port: u16,
}

impl App {
    /// Launches the release build with extra environment (e.g. a models folder).
    pub async fn launch(env: &[(&str, &Path)]) -> anyhow::Result<Self> {
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| repo_root().join("target"));
        let app = target.join("release/hearth-app");
        if !app.exists() {
            bail!("{} is missing: run scripts/setup.sh test", app.display());
        }
        // Fresh ports each time: a driver left over from a crashed run must not capture us.
        let (port, native_port) = (free_port()?, free_port()?);
        let mut cmd = Command::new("tauri-driver");
        cmd.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut driver = Some(
            cmd.spawn()
                .context("tauri-driver is installed (scripts/setup.sh test)")?,
        );
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), "wry".into());
        caps.insert(
            "tauri:options".into(),
            serde_json::json!({ "application": app }),
        );
        let url = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        let client = loop {
            let mut builder = ClientBuilder::native();
            builder.capabilities(caps.clone());
            let attempt = builder.connect(&url);
            match tokio::time::timeout(Duration::from_secs(30), attempt).await {
                Ok(Ok(c)) => break c,
                // The driver is still starting.
                Ok(Err(_)) if started.elapsed() < Duration::from_secs(20) => {
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                Ok(Err(e)) => {
                    end_group(&mut driver, native_port);
                    bail!("could not start a session with the app: {e}")
                }
                Err(_) => {
                    end_group(&mut driver, native_port);
                    bail!("the WebDriver session did not start within 30 s")
                }
            }
        };
        Ok(Self {
            client,
            driver,
            native_port,
        })
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

    /// Clicks `#id`, waiting up to 5 s for it to appear (screens fill in as data arrives).
    pub async fn click(&self, id: &str) -> anyhow::Result<()> {
        // Found and clicked again if the screen redraws it in between.
        let started = Instant::now();
        loop {
            let result = match self.client.find(Locator::Id(id)).await {
                Ok(el) => {
                    // Into the middle of the view first: WebKit's driver may click an element
                    // at the window's very edge without reaching it.
                    let arg = serde_json::to_value(&el).unwrap_or_default();
                    let centre = "arguments[0].scrollIntoView({block: 'center'});";
                    let _ = self.client.execute(centre, vec![arg]).await;
                    el.click().await.map(|_| ())
                }
                Err(e) => Err(e),
            };
            match result {
                Ok(()) => return Ok(()),
                Err(e) if started.elapsed() > Duration::from_secs(5) => {
                    return Err(e).with_context(|| format!("clicking #{id}"));
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
    }

    /// Opens the care team's notes of the day (their screen opens on the board), signed in.
    /// On a journal with nobody on the staff list, first sets up its administrator (Ada,
    /// PIN 2580) as a new care home would.
    pub async fn open_notes(&self) -> anyhow::Result<()> {
        self.click("tab-notes").await?;
        let person = Locator::Css("#sign-in .person");
        let started = Instant::now();
        while self.client.find(person).await.is_err() {
            if self.client.find(Locator::Id("staff-create")).await.is_ok() {
                self.type_into("staff-name", "Ada").await?;
                self.type_into("staff-pin", "2580").await?;
                self.type_into("staff-pin-again", "2580").await?;
                self.click("staff-create").await?;
                // The sign-in list replaces the form once Ada is saved.
                self.wait_text("sign-in", Duration::from_secs(10), |t| t.contains("Ada"))
                    .await?;
            }
            if started.elapsed() > Duration::from_secs(10) {
                bail!("the care team's screen shows no sign-in");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        self.client.find(person).await?.click().await?;
        self.type_into("pin", "2580").await?;
        self.click("sign-in-go").await?;
        self.wait_text("signed-in-as", Duration::from_secs(10), |t| !t.is_empty())
            .await?;
        self.click("view-notes").await
    }

    /// Signs in as the staff member `staff_id` with `pin` (the care team's screen is open).
    pub async fn sign_in(&self, staff_id: i64, pin: &str) -> anyhow::Result<String> {
        self.click(&format!("sign-in-{staff_id}")).await?;
        self.type_into("pin", pin).await?;
        self.click("sign-in-go").await?;
        self.wait_text("signed-in-as", Duration::from_secs(10), |t| !t.is_empty())
            .await
    }

    /// Types `text` into the field `id`, replacing what was there.
    pub async fn type_into(&self, id: &str, text: &str) -> anyhow::Result<()> {
        let field = self
            .client
            .find(Locator::Id(id))
            .await
            .with_context(|| format!("#{id} is on screen"))?;
        field.clear().await?;
        field.send_keys(text).await?;
        Ok(())
    }

    /// How the document is shown now: its classes and text size ("high-contrast 250%").
    pub async fn display(&self) -> anyhow::Result<String> {
        let js = "const r = document.documentElement; return r.className + ' ' + r.style.fontSize;";
        let v = self.client.execute(js, vec![]).await?;
        Ok(v.as_str().unwrap_or_default().to_string())
    }

    /// Waits until the element's attribute equals `want`.
    pub async fn wait_attr(
        &self,
        id: &str,
        attr: &str,
        want: &str,
        timeout: Duration,
    ) -> anyhow::Result<()> {
        let started = Instant::now();
        let mut last = None;
        while started.elapsed() < timeout {
            if let Ok(el) = self.client.find(Locator::Id(id)).await {
                last = el.attr(attr).await.ok().flatten();
                if last.as_deref() == Some(want) {
                    return Ok(());
                }
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        bail!("#{id}[{attr}] never became {want:?}; last: {last:?}")
    }

    /// Kills the app process at once (SIGKILL), as a crash or a pulled plug would. The
    /// process is found by the data folder it was given, so no other app is touched.
    pub fn kill_hard(&self, data_dir: &Path) -> anyhow::Result<()> {
        let pids = app_pids(data_dir)?;
        if pids.is_empty() {
            bail!(
                "no hearth-app with data in {} was running",
                data_dir.display()
            );
        }
        for pid in pids {
            Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status()?;
        }
        Ok(())
    }

    /// The real pixels of the screen (Xvfb), taken with ImageMagick: WebKitWebDriver's own
    /// screenshot hangs when WebKit renders without compositing, as the app asks it to.
    pub async fn screenshot(&self, name: &str) -> anyhow::Result<PathBuf> {
        // Let the last change reach the screen.
        tokio::time::sleep(Duration::from_millis(300)).await;
        let path = artifacts().join(format!("{name}.png"));
        let ok = tokio::process::Command::new("import")
            .args(["-window", "root"])
            .arg(&path)
            .status()
            .await
            .context("ImageMagick's import is installed (scripts/setup.sh test)")?
            .success();
        if !ok {
            bail!("could not take a screenshot (is DISPLAY set? run under xvfb-run)");
        }
        Ok(path)
    }

    pub async fn close(mut self) -> anyhow::Result<()> {
        let result = self.client.clone().close().await;
        end_group(&mut self.driver, self.native_port);
        result.map_err(Into::into)
    }
}

impl Drop for App {
    fn drop(&mut self) {
        end_group(&mut self.driver, self.native_port);
    }
}

/// Ends tauri-driver and the WebKitWebDriver it started (which outlives it when killed,
/// so it is found by the port it was given; closing its session already closed the app).
fn end_group(driver: &mut Option<Child>, native_port: u16) {
    if let Some(mut child) = driver.take() {
        let _ = child.kill();
        let _ = child.wait();
    }
    let _ = Command::new("pkill")
        .args(["-f", &format!("WebKitWebDriver --port={native_port} ")])
        .status();
}

/// A port nobody listens on now.
fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

/// Sets up the virtual microphone (PulseAudio null sink → default source); idempotent.
pub fn virtual_mic() -> anyhow::Result<()> {
    let ok = Command::new("bash")
        .arg(repo_root().join("scripts/virtual-mic.sh"))
        .stdout(Stdio::null())
        .status()
        .context("running scripts/virtual-mic.sh")?
        .success();
    if !ok {
        bail!("the virtual microphone could not be set up (scripts/virtual-mic.sh)");
    }
    Ok(())
}

/// Plays a WAV into the virtual microphone and returns when it has been heard.
pub fn play_into_mic(wav: &Path) -> anyhow::Result<()> {
    let ok = Command::new("paplay")
        .args(["--latency-msec=20", "--device=hearth_speaker"])
        .arg(wav)
        .status()
        .context("paplay is installed (scripts/setup.sh test)")?
        .success();
    if !ok {
        bail!("paplay could not play {}", wav.display());
    }
    Ok(())
}

/// Speech made with espeak-ng, the way the integration tests make it.
pub fn speak(dir: &Path, name: &str, voice: &str, text: &str) -> anyhow::Result<PathBuf> {
    let wav = dir.join(format!("{name}.wav"));
    // As the integration tests speak: espeak's French runs words together unless slowed
    // and spaced, which no French speaker does either.
    let pace: &[&str] = if voice == "fr" {
        &["-s", "130", "-g", "4"]
    } else {
        &["-s", "140"]
    };
    let ok = Command::new("espeak-ng")
        .args(["-v", voice])
        .args(pace)
        .arg("-w")
        .arg(&wav)
        .arg(text)
        .status()
        .context("espeak-ng is installed (scripts/setup.sh test)")?
        .success();
    if !ok {
        bail!("espeak-ng failed");
    }
    Ok(wav)
}

/// The hearth-app processes started with `HEARTH_DATA_DIR=data_dir` (each test has its own).
pub fn app_pids(data_dir: &Path) -> anyhow::Result<Vec<u32>> {
    let needle = format!("HEARTH_DATA_DIR={}", data_dir.display());
    let mut pids = Vec::new();
    for entry in std::fs::read_dir("/proc")?.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let dir = entry.path();
        let is_app = std::fs::read_link(dir.join("exe")).is_ok_and(|e| e.ends_with("hearth-app"));
        let env = if is_app {
            std::fs::read(dir.join("environ")).unwrap_or_default()
        } else {
            Vec::new()
        };
        if env.split(|b| *b == 0).any(|kv| kv == needle.as_bytes()) {
            pids.push(pid);
        }
    }
    Ok(pids)
}

/// Waits until the speech model is loaded (the status line says "Ready").
pub async fn ready(app: &App) -> anyhow::Result<()> {
    app.wait_text("model-status", Duration::from_secs(60), |t| {
        t.starts_with("Ready")
    })
    .await
    .map(|_| ())
}

/// A fresh data folder for the journal, beside the repository's models.
pub struct Home {
    pub work: tempfile::TempDir,
    pub data: PathBuf,
    pub models: PathBuf,
}

impl Home {
    pub fn new() -> anyhow::Result<Self> {
        let work = tempfile::tempdir()?;
        let data = work.path().join("data");
        Ok(Self {
            work,
            data,
            models: repo_root().join("models"),
        })
    }

    pub fn env(&self) -> Vec<(&'static str, &Path)> {
        vec![
            ("HEARTH_MODELS_DIR", self.models.as_path()),
            ("HEARTH_DATA_DIR", self.data.as_path()),
        ]
    }
}
