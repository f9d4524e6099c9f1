//! Drives the real Hearth window: starts tauri-driver (which starts WebKitWebDriver and the
//! app), connects a WebDriver session, and cleans up after itself. Needs an X display —
//! scripts/test.sh runs these tests under Xvfb.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use fantoccini::{Client, ClientBuilder, Locator};

/// Read when the test runs: a build folder shared by clones at other paths may reuse this
/// binary, and the path compiled in would be another clone's.
pub fn repo_root() -> PathBuf {
    Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("run by cargo test"))
        .join("../..")
        .canonicalize()
        .expect("repo root")
}

/// Where screenshots go, for a person to look at.
/// The release build of the app the tests drive.
pub fn app_binary() -> anyhow::Result<PathBuf> {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("target"));
    let app = target.join("release/hearth-app");
    if !app.exists() {
        bail!("{} is missing: run scripts/setup.sh test", app.display());
    }
    Ok(app)
}

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
        Self::start(&app_binary()?, env, &[]).await
    }

    /// Launches an installed Hearth (`binary`, from the package) as a home would: with
    /// `home` as HOME and nothing of the developers' set-up (no `HEARTH_*` folders, no XDG
    /// overrides), so it keeps its journal and finds its models where an install does.
    pub async fn launch_installed(binary: &Path, home: &Path) -> anyhow::Result<Self> {
        let unset = [
            "HEARTH_DATA_DIR",
            "HEARTH_MODELS_DIR",
            "XDG_DATA_HOME",
            "XDG_CONFIG_HOME",
            "XDG_CACHE_HOME",
        ];
        Self::start(binary, &[("HOME", home)], &unset).await
    }

    async fn start(app: &Path, env: &[(&str, &Path)], unset: &[&str]) -> anyhow::Result<Self> {
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
        for k in unset {
            cmd.env_remove(k);
        }
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
    /// PIN 139742) as a new care home would.
    pub async fn open_notes(&self) -> anyhow::Result<()> {
        self.click("tab-notes").await?;
        let person = Locator::Css("#sign-in .person");
        let started = Instant::now();
        while self.client.find(person).await.is_err() {
            if self.client.find(Locator::Id("first-save")).await.is_ok() {
                self.choose_passphrase().await?;
            }
            if self.client.find(Locator::Id("staff-create")).await.is_ok() {
                self.type_into("staff-name", "Ada").await?;
                self.type_into("staff-pin", "139742").await?;
                self.type_into("staff-pin-again", "139742").await?;
                self.click("staff-create").await?;
                // The sign-in list replaces the form once Ada is saved.
                self.wait_text("sign-in", Duration::from_secs(10), |t| t.contains("Ada"))
                    .await?;
            }
            if started.elapsed() > Duration::from_secs(20) {
                bail!("the care team's screen shows no sign-in");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        self.client.find(person).await?.click().await?;
        self.type_into("pin", "139742").await?;
        self.click("sign-in-go").await?;
        self.wait_text("signed-in-as", Duration::from_secs(10), |t| !t.is_empty())
            .await?;
        self.click("view-notes").await
    }

    /// First run: chooses the staff passphrase ([`PASSPHRASE`]) and, once its recovery code
    /// is shown, says it is kept; answers the code.
    pub async fn choose_passphrase(&self) -> anyhow::Result<String> {
        self.type_into("first-passphrase", PASSPHRASE).await?;
        self.type_into("first-passphrase-again", PASSPHRASE).await?;
        self.click("first-save").await?;
        let code = self
            .wait_text("recovery-code", Duration::from_secs(20), |t| t.len() == 35)
            .await?;
        self.click("recovery-kept").await?;
        self.click("recovery-done").await?;
        Ok(code)
    }

    /// Opens a locked Hearth with [`PASSPHRASE`]; waits for the screens.
    pub async fn unlock(&self) -> anyhow::Result<()> {
        self.wait_text("locked", Duration::from_secs(20), |_| true)
            .await?;
        self.type_into("unlock-passphrase", PASSPHRASE).await?;
        self.click("unlock-go").await?;
        let started = Instant::now();
        while self.client.find(Locator::Id("screen-talk")).await.is_err() {
            if started.elapsed() > Duration::from_secs(20) {
                bail!("the screens did not come once the passphrase was typed");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok(())
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

    /// Runs axe-core (tests/.cache/axe.min.js, fetched by scripts/get-fixtures.sh) inside
    /// the window on what is shown now, against WCAG 2.0–2.2 A and AA: each violation as
    /// "rule: the elements".
    pub async fn axe(&self) -> anyhow::Result<Vec<String>> {
        let path = repo_root().join("tests/.cache/axe.min.js");
        let source = std::fs::read_to_string(&path)
            .with_context(|| format!("{} (scripts/get-fixtures.sh)", path.display()))?;
        // Run as the driver's script, not as a page <script>: the window's content security
        // policy rightly refuses inline scripts.
        self.client
            .execute(&format!("{source}\n;return typeof axe;"), vec![])
            .await?;
        let run = r#"
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
              .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' +
                   v.nodes.map(n => n.target.join(' ') + ' — ' + n.failureSummary).join(' | '))))
              .catch(e => done(['axe failed: ' + e]));
        "#;
        let found = self.client.execute_async(run, vec![]).await?;
        Ok(serde_json::from_value(found)?)
    }

    /// How the document is shown now: its classes and text size ("high-contrast 250%").
    pub async fn display(&self) -> anyhow::Result<String> {
        let js = "const r = document.documentElement; return r.className + ' ' + r.style.fontSize;";
        let v = self.client.execute(js, vec![]).await?;
        Ok(v.as_str().unwrap_or_default().to_string())
    }

    /// Waits (up to 5 s: the setting is saved first, then applied) until the document is
    /// shown as `want` (see [`App::display`]).
    pub async fn wait_display(&self, want: &str) -> anyhow::Result<()> {
        let started = Instant::now();
        loop {
            let now = self.display().await?;
            if now == want {
                return Ok(());
            }
            if started.elapsed() > Duration::from_secs(5) {
                bail!("the document is shown as {now:?}, not {want:?}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
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

/// The processes (pid, /proc folder) whose environment has `HEARTH_DATA_DIR=data_dir`: the
/// app a test started, and what it started in turn (each test has its own folder).
fn started_with(data_dir: &Path) -> anyhow::Result<Vec<(u32, PathBuf)>> {
    let needle = format!("HEARTH_DATA_DIR={}", data_dir.display());
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc")?.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let env = std::fs::read(entry.path().join("environ")).unwrap_or_default();
        if env.split(|b| *b == 0).any(|kv| kv == needle.as_bytes()) {
            found.push((pid, entry.path()));
        }
    }
    Ok(found)
}

/// Milliseconds from the start of process `pid()` to the first usable screen (the stamp the
/// UI sets when its first screen can be used): the page's clock and /proc, so WebDriver's own
/// overhead is not counted.
pub async fn first_screen_ms(
    app: &App,
    pid: impl Fn() -> anyhow::Result<u32>,
) -> anyhow::Result<f64> {
    let started = std::time::Instant::now();
    loop {
        let v = app
            .client
            .execute(
                "return window.hearthReadyMs ? Date.now() - window.hearthReadyMs : null",
                vec![],
            )
            .await?;
        if let Some(since_ready) = v.as_f64() {
            return Ok(process_age_ms(pid()?)? - since_ready);
        }
        if started.elapsed() > Duration::from_secs(30) {
            anyhow::bail!("the first screen never became usable");
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

pub fn clock_ticks() -> f64 {
    100.0 // USER_HZ on Linux
}

/// The fields of a /proc …/stat file after the command name (which may contain spaces).
pub fn stat_fields_at(path: &Path) -> anyhow::Result<Vec<String>> {
    let stat = std::fs::read_to_string(path)?;
    let rest = stat.rsplit_once(") ").context("stat")?.1;
    Ok(rest.split_whitespace().map(str::to_string).collect())
}

pub fn stat_fields(pid: u32) -> anyhow::Result<Vec<String>> {
    stat_fields_at(Path::new(&format!("/proc/{pid}/stat")))
}

/// How long process `pid` has been running.
pub fn process_age_ms(pid: u32) -> anyhow::Result<f64> {
    let start_ticks: f64 = stat_fields(pid)?[19].parse()?;
    let uptime: f64 = std::fs::read_to_string("/proc/uptime")?
        .split_whitespace()
        .next()
        .context("uptime")?
        .parse()?;
    Ok((uptime - start_ticks / clock_ticks()) * 1000.0)
}

/// The hearth-app processes started with `HEARTH_DATA_DIR=data_dir`.
pub fn app_pids(data_dir: &Path) -> anyhow::Result<Vec<u32>> {
    Ok(started_with(data_dir)?
        .into_iter()
        .filter(|(_, dir)| {
            std::fs::read_link(dir.join("exe")).is_ok_and(|e| e.ends_with("hearth-app"))
        })
        .map(|(pid, _)| pid)
        .collect())
}

/// Every connection that leaves this machine, held by the app started with `data_dir` or by
/// the WebKit processes it started (they inherit its environment): "pid local → remote".
/// Loopback (the test's WebDriver) and unconnected sockets do not count.
pub fn remote_connections(data_dir: &Path) -> anyhow::Result<Vec<String>> {
    let mut found = Vec::new();
    for (pid, dir) in started_with(data_dir)? {
        let mut inodes = Vec::new();
        for fd in std::fs::read_dir(dir.join("fd"))
            .into_iter()
            .flatten()
            .flatten()
        {
            let link = std::fs::read_link(fd.path()).unwrap_or_default();
            let link = link.to_string_lossy();
            if let Some(inode) = link
                .strip_prefix("socket:[")
                .and_then(|l| l.strip_suffix(']'))
            {
                inodes.push(inode.to_string());
            }
        }
        for table in ["tcp", "tcp6", "udp", "udp6"] {
            let text = std::fs::read_to_string(dir.join("net").join(table)).unwrap_or_default();
            for (local, remote, inode) in text.lines().skip(1).filter_map(socket_line) {
                if inodes.contains(&inode) && leaves_machine(&remote) {
                    found.push(format!("{pid} {table} {local} → {remote}"));
                }
            }
        }
    }
    Ok(found)
}

/// Watches, every 20 ms while a test runs, for any connection off the machine by the app
/// (connections come and go: one look at the end would miss them).
pub struct NetworkWatch {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    seen: std::thread::JoinHandle<(Vec<String>, u32, Duration)>,
}

/// The longest a connection can live unseen: no two looks further apart than this.
const LONGEST_GAP: Duration = Duration::from_millis(500);

impl NetworkWatch {
    pub fn start(data_dir: &Path) -> Self {
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (flag, dir) = (stop.clone(), data_dir.to_path_buf());
        let seen = std::thread::spawn(move || {
            let (mut found, mut looks, mut widest) = (Vec::new(), 0, Duration::ZERO);
            let mut last = Instant::now();
            while !flag.load(std::sync::atomic::Ordering::Relaxed) {
                for c in remote_connections(&dir).unwrap_or_default() {
                    if !found.contains(&c) {
                        found.push(c);
                    }
                }
                looks += 1;
                widest = widest.max(last.elapsed());
                last = Instant::now();
                std::thread::sleep(Duration::from_millis(20));
            }
            (found, looks, widest.max(last.elapsed()))
        });
        Self { stop, seen }
    }

    /// Stops watching: the connections seen. Panics unless it looked throughout: more than
    /// ten times, and never more than [`LONGEST_GAP`] between two looks (a look takes longer
    /// while recognition and WebKit share two busy cores; what matters is that no stretch
    /// went unwatched).
    pub fn finish(self) -> Vec<String> {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        let (found, looks, widest) = self.seen.join().unwrap_or_default();
        assert!(
            looks > 10 && widest <= LONGEST_GAP,
            "looked at the sockets {looks} times, at most {widest:?} apart"
        );
        found
    }
}

/// (local, remote, inode) of a /proc/net/{tcp,udp}[6] line.
fn socket_line(line: &str) -> Option<(String, String, String)> {
    let f: Vec<&str> = line.split_whitespace().collect();
    Some((
        f.get(1)?.to_string(),
        f.get(2)?.to_string(),
        f.get(9)?.to_string(),
    ))
}

/// A remote address in /proc's hex form that is neither nobody (all zeros) nor loopback.
fn leaves_machine(remote: &str) -> bool {
    let addr = remote.split(':').next().unwrap_or_default();
    let nobody = addr.chars().all(|c| c == '0');
    // IPv4 127.x.x.x is stored little-endian ("0100007F"); IPv6 ::1 and ::ffff:127.x.
    let loopback = (addr.len() == 8 && addr.ends_with("7F"))
        || addr == "00000000000000000000000001000000"
        || (addr.len() == 32
            && addr.starts_with("0000000000000000FFFF0000")
            && addr.ends_with("7F"));
    !nobody && !loopback
}

/// Waits until the speech model is loaded (the status line says "Ready").
pub async fn ready(app: &App) -> anyhow::Result<()> {
    app.wait_text("model-status", Duration::from_secs(60), |t| {
        t.starts_with("Ready")
    })
    .await
    .map(|_| ())
}

/// The staff passphrase the tests choose on a first run.
pub const PASSPHRASE: &str = "blue kettle on the sill";

/// The journal the app keeps in `data`, opened as the tests' own reader: with
/// [`PASSPHRASE`] once the app has been set up, with this device's key before.
pub fn journal(data: &Path) -> anyhow::Result<hearth_core::store::Store> {
    use hearth_core::store::{Secret, Store};
    let path = data.join("journal.sqlite");
    Store::unlock(&path, Secret::Passphrase(PASSPHRASE)).with_context(|| path.display().to_string())
}

/// Everything the app logged in `data` (its `logs` folder, every file, oldest last).
pub fn logs(data: &Path) -> anyhow::Result<String> {
    let mut all = String::new();
    for f in std::fs::read_dir(data.join("logs")).context("no logs folder")? {
        all.push_str(&std::fs::read_to_string(f?.path())?);
    }
    Ok(all)
}

/// A fresh data folder for the journal, beside the repository's models.
pub struct Home {
    pub work: tempfile::TempDir,
    pub data: PathBuf,
    pub models: PathBuf,
    /// A configuration folder for tests that set `XDG_CONFIG_HOME` (a kiosk's autostart
    /// entry). Not set for every test: PulseAudio's clients find their cookie through it.
    pub config: PathBuf,
}

impl Home {
    pub fn new() -> anyhow::Result<Self> {
        let work = tempfile::tempdir()?;
        let (data, config) = (work.path().join("data"), work.path().join("config"));
        Ok(Self {
            work,
            data,
            config,
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

/// A window manager (openbox) on the test's display while it lives: what gives a window
/// its frame, full screen and a close request, as on a tablet's desktop. Xvfb alone has
/// none.
pub struct WindowManager(Child);

impl WindowManager {
    pub fn start() -> anyhow::Result<Self> {
        let child = Command::new("openbox")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .context("openbox is installed (scripts/setup.sh test)")?;
        // It takes the screen over in a moment; wmctrl answers once it has.
        let started = Instant::now();
        while !Command::new("wmctrl")
            .arg("-m")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()?
            .success()
        {
            if started.elapsed() > Duration::from_secs(10) {
                bail!("openbox did not start on this display");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Ok(Self(child))
    }

    /// The window of the app started with `data_dir`, as the window manager lists it.
    pub fn window_of(&self, data_dir: &Path) -> anyhow::Result<String> {
        let pids = app_pids(data_dir)?;
        let listed = Command::new("wmctrl").arg("-lp").output()?;
        let listed = String::from_utf8_lossy(&listed.stdout);
        listed
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>())
            .find(|cols| cols.len() > 2 && pids.iter().any(|p| cols[2] == p.to_string()))
            .map(|cols| cols[0].to_string())
            .with_context(|| format!("no window of Hearth among: {listed}"))
    }

    /// Whether the window `id` is full screen now.
    pub fn is_fullscreen(&self, id: &str) -> anyhow::Result<bool> {
        let state = Command::new("xprop")
            .args(["-id", id, "_NET_WM_STATE"])
            .output()
            .context("xprop is installed (scripts/setup.sh test)")?;
        Ok(String::from_utf8_lossy(&state.stdout).contains("_NET_WM_STATE_FULLSCREEN"))
    }

    /// Waits until the window `id` is (or is no longer) full screen.
    pub fn wait_fullscreen(&self, id: &str, want: bool) -> anyhow::Result<()> {
        let started = Instant::now();
        while self.is_fullscreen(id)? != want {
            if started.elapsed() > Duration::from_secs(10) {
                bail!(
                    "the window never became {}full screen",
                    if want { "" } else { "not " }
                );
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Ok(())
    }

    /// Asks the window `id` to close, as its close button or Alt+F4 would.
    pub fn close(&self, id: &str) -> anyhow::Result<()> {
        if !Command::new("wmctrl")
            .args(["-i", "-c", id])
            .status()?
            .success()
        {
            bail!("wmctrl could not ask window {id} to close");
        }
        Ok(())
    }
}

impl Drop for WindowManager {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_connections_off_the_machine_count() {
        let line = "   3: 0100007F:9C41 0100007F:1F90 01 00000000:00000000 00:00000000 00000000     0        0 81234 1 0000000000000000 20 4 30 10 -1";
        let (local, remote, inode) = socket_line(line).unwrap();
        assert_eq!((local.as_str(), inode.as_str()), ("0100007F:9C41", "81234"));
        assert!(!leaves_machine(&remote), "loopback");
        assert!(!leaves_machine("00000000:0000"), "listening, unconnected");
        assert!(leaves_machine("2200A8C0:01BB"), "192.168.0.34:443");
        assert!(
            leaves_machine("B80D01200000000000000000010000C0:01BB"),
            "an IPv6 host"
        );
        assert!(
            !leaves_machine("00000000000000000000000001000000:1F90"),
            "::1"
        );
    }
}
