//! `scripts/bench-app.sh`: measures the real app as a person meets it — cold start to a
//! usable first screen, end of speech to words on screen (through the virtual microphone),
//! memory with the model loaded, and CPU while idle — and prints them against the targets.
//!
//! Times come from the page's own clock (stamps the UI sets) and from /proc, so WebDriver's
//! overhead is not counted.

#![allow(clippy::unwrap_used)] // a benchmark that unwraps fails loudly

use std::path::Path;
use std::time::Duration;

use anyhow::Context;
use hearth_e2e::{
    app_pids, clock_ticks, first_screen_ms, play_into_mic, repo_root, speak, stat_fields,
    stat_fields_at, virtual_mic, App,
};

const TURNS: usize = 5;
const LAUNCHES: usize = 3;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    virtual_mic()?;
    let work = tempfile::tempdir()?;
    let models = repo_root().join("models");
    let speech = speak(
        work.path(),
        "turn",
        "en",
        "This morning I had porridge for breakfast, and then my daughter phoned me from Lyon.",
    )?;
    let speech_ms = hearth_core::speech::load_wav(&speech)?.len() as f64 / 16.0;

    // Cold start: a new process each time, a fresh journal the first time.
    let data = work.path().join("data");
    let env = [
        ("HEARTH_MODELS_DIR", models.as_path()),
        ("HEARTH_DATA_DIR", data.as_path()),
    ];
    let mut starts = Vec::new();
    for _ in 0..LAUNCHES {
        let app = App::launch(&env).await?;
        starts.push(first_screen_ms(&app, || Ok(app_processes(&data)?[0])).await?);
        app.close().await?;
    }

    // Turns: tap, speak, tap; time from the second tap to the words on screen.
    let app = App::launch(&env).await?;
    app.wait_text("model-status", Duration::from_secs(60), |t| {
        t.starts_with("Ready")
    })
    .await?;
    let pids0 = app_processes(&data)?;
    let t0 = cpu_ticks(&pids0);
    tokio::time::sleep(Duration::from_secs(5)).await;
    let idle_first = (cpu_ticks(&pids0) - t0) as f64 / (clock_ticks() * 5.0) * 100.0;
    println!("idle CPU on the first screen: {idle_first:.2} %");
    app.click("resident-1").await?;
    let mut waits = Vec::new();
    for _ in 0..TURNS {
        app.click("talk").await?;
        app.wait_attr("talk", "data-phase", "listening", Duration::from_secs(10))
            .await?;
        play_into_mic(&speech)?;
        tokio::time::sleep(Duration::from_millis(200)).await;
        app.click("talk").await?;
        app.wait_attr("talk", "data-phase", "done", Duration::from_secs(30))
            .await?;
        let v = app
            .client
            .execute("return window.hearthHeardMs - window.hearthStopMs", vec![])
            .await?;
        waits.push(v.as_f64().context("stamps")?);
    }

    // Memory with the model loaded and a few turns done; then CPU while nobody talks.
    let pids = app_processes(&data)?;
    let main_rss = kib(pids[0], "Rss")? / 1024.0;
    let mut pss = 0.0;
    let mut each = Vec::new();
    for p in &pids {
        let mb = kib(*p, "Pss")? / 1024.0;
        let name = std::fs::read_to_string(format!("/proc/{p}/comm")).unwrap_or_default();
        each.push(format!("{} {mb:.0} MB", name.trim()));
        pss += mb;
    }
    // "Idle" is the app left alone: let the last turn's after-effects (the webview's
    // timers, the allocator) settle first.
    tokio::time::sleep(Duration::from_secs(10)).await;
    let before = cpu_ticks(&pids);
    let threads_before = thread_ticks(&pids);
    tokio::time::sleep(Duration::from_secs(10)).await;
    let ticks = cpu_ticks(&pids) - before;
    // Where idle time goes, thread by thread, so a busy loop has a name.
    let mut busy: Vec<(String, u64)> = thread_ticks(&pids)
        .into_iter()
        .filter_map(|(k, t)| {
            let was = threads_before
                .iter()
                .find(|(k2, _)| *k2 == k)
                .map_or(0, |x| x.1);
            (t > was).then(|| (k, t - was))
        })
        .collect();
    busy.sort_by_key(|b| std::cmp::Reverse(b.1));
    let idle_cpu = ticks as f64 / (clock_ticks() * 10.0) * 100.0;
    // At rest: over a minute after the last turn the recogniser has let its working memory
    // go (src-tauri/src/model_loader.rs), as a tablet between conversations does.
    tokio::time::sleep(Duration::from_secs(65)).await;
    let rest_rss = kib(pids[0], "Rss")? / 1024.0;
    let mut rest_pss = 0.0;
    for p in &pids {
        rest_pss += kib(*p, "Pss")? / 1024.0;
    }
    app.close().await?;

    let med = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (start_med, wait_med) = (med(&mut starts), med(&mut waits));
    let row = |what: &str, got: String, target: &str, ok: bool| {
        println!(
            "{what:<46} {got:>12}   target {target:<10} {}",
            if ok { "met" } else { "MISSED" }
        );
    };
    println!(
        "\nHearth app benchmark ({} processes, {:.1} s turns, median)",
        pids.len(),
        speech_ms / 1000.0
    );
    row(
        "cold start → first screen usable",
        format!("{start_med:.0} ms"),
        "≤ 1500 ms",
        start_med <= 1500.0,
    );
    row(
        "end of speech → transcript on screen",
        format!("{wait_med:.0} ms"),
        "≤ 600 ms",
        wait_med <= 600.0,
    );
    row(
        "main process RSS (base loaded)",
        format!("{main_rss:.0} MB"),
        "≤ 300 MB",
        main_rss <= 300.0,
    );
    row(
        "all app processes PSS (webview included)",
        format!("{pss:.0} MB"),
        "≤ 400 MB",
        pss <= 400.0,
    );
    row(
        "main process RSS at rest (a quiet minute on)",
        format!("{rest_rss:.0} MB"),
        "≤ 300 MB",
        rest_rss <= 300.0,
    );
    row(
        "all app processes PSS at rest",
        format!("{rest_pss:.0} MB"),
        "≤ 400 MB",
        rest_pss <= 400.0,
    );
    row(
        "idle CPU, all processes (10 s)",
        format!("{idle_cpu:.2} %"),
        "< 1 %",
        idle_cpu < 1.0,
    );
    println!("PSS by process: {}", each.join(", "));
    if !busy.is_empty() {
        println!(
            "busiest threads while idle (ticks of 10 ms in 10 s): {:?}",
            &busy[..busy.len().min(5)]
        );
    }
    println!(
        "samples: starts {:?} ms; waits {:?} ms",
        starts.iter().map(|x| x.round()).collect::<Vec<_>>(),
        waits.iter().map(|x| x.round()).collect::<Vec<_>>()
    );
    Ok(())
}

/// From the process's start to the resident cards on screen.
/// User + system CPU ticks from stat fields.
fn ticks(f: &[String]) -> u64 {
    f[11].parse::<u64>().unwrap_or(0) + f[12].parse::<u64>().unwrap_or(0)
}

fn cpu_ticks(pids: &[u32]) -> u64 {
    pids.iter()
        .filter_map(|p| stat_fields(*p).ok())
        .map(|f| ticks(&f))
        .sum()
}

fn kib(pid: u32, field: &str) -> anyhow::Result<f64> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))?;
    text.lines()
        .find(|l| l.starts_with(&format!("{field}:")))
        .and_then(|l| l.split_whitespace().nth(1))
        .context("smaps_rollup")?
        .parse()
        .map_err(Into::into)
}

/// The app (first) and every process it started (the webview's), found by its data folder.
fn app_processes(data: &Path) -> anyhow::Result<Vec<u32>> {
    let app = *app_pids(data)?.first().context("the app is not running")?;
    let mut all = Vec::new();
    for entry in std::fs::read_dir("/proc")?.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        if let Ok(f) = stat_fields(pid) {
            all.push((pid, f[1].parse::<u32>().unwrap_or(0)));
        }
    }
    let mut family = vec![app];
    let mut i = 0;
    while i < family.len() {
        let parent = family[i];
        family.extend(all.iter().filter(|(_, pp)| *pp == parent).map(|(p, _)| *p));
        i += 1;
    }
    Ok(family)
}

/// (pid/tid name, user+system ticks) for every thread of the processes.
fn thread_ticks(pids: &[u32]) -> Vec<(String, u64)> {
    let mut out = Vec::new();
    for pid in pids {
        let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
            continue;
        };
        for t in tasks.flatten() {
            let path = t.path();
            let Ok(f) = stat_fields_at(&path.join("stat")) else {
                continue;
            };
            let name = std::fs::read_to_string(path.join("comm")).unwrap_or_default();
            out.push((
                format!("{pid}/{}/{}", t.file_name().to_string_lossy(), name.trim()),
                ticks(&f),
            ));
        }
    }
    out
}
