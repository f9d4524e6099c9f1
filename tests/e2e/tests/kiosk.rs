//! A resident's tablet as a kiosk, on a desktop with a window manager: an administrator
//! makes it one, it fills the screen and starts with the session, a close request (its
//! close button, Alt+F4) is refused, leaving the care team's screens signs out, and staff
//! close it signed in. Started again, it opens full screen; in a resident's room it opens on
//! their page; made shared, it is a window again.

use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use hearth_e2e::{App, Home, WindowManager};

#[tokio::test(flavor = "multi_thread")]
async fn a_kiosk_fills_the_screen_and_only_staff_close_it() -> anyhow::Result<()> {
    let wm = WindowManager::start()?;
    let home = Home::new()?;
    let autostart = home.config.join("autostart/eu.hearth.app.desktop");
    // The autostart entry goes here, not into the tester's own session.
    let mut env = home.env();
    env.push(("XDG_CONFIG_HOME", home.config.as_path()));
    let app = App::launch(&env).await?;
    hearth_e2e::ready(&app).await?;
    let window = wm.window_of(&home.data)?;
    assert!(
        !wm.is_fullscreen(&window)?,
        "a new Hearth is a shared window"
    );

    // An administrator makes this tablet a lounge's kiosk: full screen at once.
    app.open_notes().await?;
    app.click("view-staff").await?;
    app.click("device-kiosk-lounge").await?;
    app.wait_text("device-message", Duration::from_secs(10), |t| {
        t.contains("now a kiosk")
    })
    .await?;
    wm.wait_fullscreen(&window, true)?;
    let entry = std::fs::read_to_string(&autostart).context("the autostart entry")?;
    let exe = hearth_e2e::app_binary()?;
    assert!(
        entry.contains(&format!("Exec=\"{}\"", exe.display())),
        "{entry}"
    );
    app.screenshot("kiosk-1-made").await?;

    // Back on the residents' screen, staff are signed out at once.
    app.click("tab-talk").await?;
    app.click("tab-notes").await?;
    app.wait_text("sign-in", Duration::from_secs(10), |t| t.contains("Ada"))
        .await?;

    // The window manager's close (what a close button or Alt+F4 asks) is refused.
    wm.close(&window)?;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(hearth_e2e::app_pids(&home.data)?.len(), 1, "still running");
    app.click("tab-talk").await?;
    app.wait_text("who-heading", Duration::from_secs(5), |t| !t.is_empty())
        .await
        .context("the kiosk still answers")?;
    assert!(wm.is_fullscreen(&window)?);

    // Staff close it, signed in with their PIN.
    app.click("tab-notes").await?;
    app.sign_in(1, "139742").await?;
    app.screenshot("kiosk-2-staff").await?;
    app.click("close-hearth").await?;
    gone(&home).await?;
    let log = hearth_e2e::logs(&home.data)?;
    assert!(
        log.contains("request to close the kiosk was refused"),
        "{log}"
    );
    assert!(log.contains("closed by staff"), "{log}");
    drop(app);

    // Started again (as the session would): full screen from the first moment, locked.
    let app = App::launch(&env).await?;
    app.unlock().await?;
    let window = wm.window_of(&home.data)?;
    assert!(wm.is_fullscreen(&window)?, "a kiosk starts full screen");
    app.screenshot("kiosk-3-started").await?;

    // A tablet in Arthur's room: it opens on his page, with no way to another's.
    app.open_notes().await?;
    app.click("view-staff").await?;
    app.click("device-kiosk-room").await?;
    app.wait_text("device-message", Duration::from_secs(10), |t| {
        t.contains("now a kiosk")
    })
    .await?;
    app.click("tab-talk").await?;
    app.wait_text("hello", Duration::from_secs(10), |t| t.contains("Arthur"))
        .await?;
    let other = app
        .client
        .find(fantoccini::Locator::Id("change-resident"))
        .await?;
    assert!(!other.is_displayed().await?, "no 'Not Arthur?' in his room");
    app.screenshot("kiosk-4-room").await?;

    // Made a shared window again: a window, and no longer started with the session.
    app.open_notes().await?;
    app.click("view-staff").await?;
    app.click("device-shared").await?;
    app.wait_text("device-message", Duration::from_secs(10), |t| {
        t.contains("shared window")
    })
    .await?;
    wm.wait_fullscreen(&window, false)?;
    assert!(!autostart.exists(), "the autostart entry is gone");
    app.close().await?;
    let lines = hearth_core::audit::recent(&hearth_e2e::journal(&home.data)?, 200)?;
    let actions: Vec<&str> = lines.iter().map(|l| l.action.as_str()).collect();
    let made = actions
        .iter()
        .filter(|a| **a == "change_device_mode")
        .count();
    assert_eq!(made, 3, "lounge, room, then shared: {actions:?}");
    assert!(actions.contains(&"close_hearth"), "{actions:?}");
    Ok(())
}

/// Waits until the app has ended.
async fn gone(home: &Home) -> anyhow::Result<()> {
    let started = Instant::now();
    while !hearth_e2e::app_pids(&home.data)?.is_empty() {
        if started.elapsed() > Duration::from_secs(10) {
            bail!("Hearth was still running 10 s after staff closed it");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(())
}
