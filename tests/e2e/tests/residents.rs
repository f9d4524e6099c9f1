//! Residents and consent in the real window: a new care home's administrator adds Rose,
//! says what she enjoys and what not to ask about, how Hearth should talk with her (taps,
//! long pauses, one button, her own large high-contrast text) and records her consent; her
//! screen follows at once, and a withdrawal closes the microphone to her at once.

use std::time::Duration;

use fantoccini::Locator;
use hearth_core::journal::consent::{self, Purpose};
use hearth_core::journal::{notes, residents};
use hearth_e2e::{App, Home};

const WAIT: Duration = Duration::from_secs(10);

#[tokio::test(flavor = "multi_thread")]
async fn an_administrator_adds_a_resident_with_consent_and_her_screen_follows() -> anyhow::Result<()>
{
    let home = Home::new()?;
    let app = App::launch(&home.env()).await?;
    // A fresh home: Ada sets herself up as the administrator and signs in.
    app.open_notes().await?;
    app.click("view-residents").await?;
    app.wait_text("resident-list", WAIT, |t| t.contains("Arthur"))
        .await?;

    app.click("resident-new").await?;
    // A refusal from the journal comes back as a reason the window puts in its own words.
    app.type_into("resident-name", &"R".repeat(61)).await?;
    app.click("resident-save").await?;
    app.wait_text("resident-form-message", WAIT, |t| {
        t == "A name is at most 60 characters."
    })
    .await?;
    // Said under the Save button, where the person is looking (the form is long).
    app.screenshot("residents-0-refused").await?;
    app.type_into("resident-name", "Rose").await?;
    app.type_into("resident-enjoys", "gardening, the radio")
        .await?;
    app.click("avoid-loneliness").await?;
    app.click("input-tap").await?;
    app.click("pause-long").await?;
    app.click("resident-one-button").await?;
    app.client
        .find(Locator::Id("resident-text"))
        .await?
        .select_by_value("200")
        .await?;
    app.click("resident-contrast").await?;
    app.click("resident-save").await?;
    app.wait_text("resident-form-message", WAIT, |t| t.contains("Saved"))
        .await?;
    let list = app
        .wait_text("resident-list", WAIT, |t| t.contains("Rose"))
        .await?;
    assert!(
        list.contains("No consent on file"),
        "Rose has no consent yet: {list}"
    );

    // Consent needs to say who answered.
    app.click("consent-give-speech_recognition").await?;
    app.wait_text("consent-message", WAIT, |t| t.contains("who answered"))
        .await?;
    app.type_into("consent-by", "Rose herself").await?;
    app.click("consent-give-speech_recognition").await?;
    app.wait_attr("consent-speech_recognition", "data-state", "given", WAIT)
        .await?;
    app.click("consent-give-keep_transcripts").await?;
    app.wait_attr("consent-keep_transcripts", "data-state", "given", WAIT)
        .await?;
    let line = app
        .wait_text("consent-keep_transcripts", WAIT, |t| {
            t.contains("Given by Rose herself")
        })
        .await?;
    assert!(line.contains("recorded by Ada"), "{line}");
    app.wait_text("resident-list", WAIT, |t| t.contains("Hearth may listen"))
        .await?;
    app.screenshot("residents-1-profile-consent").await?;

    // What the journal holds: her profile as chosen, and the consent with who gave it.
    let rose = {
        let store = hearth_e2e::journal(&home.data)?;
        let rose = residents::list(&store)?
            .into_iter()
            .find(|r| r.preferred_name == "Rose")
            .unwrap();
        let p = residents::profile(&store, rose.id)?.unwrap();
        assert_eq!(p.enjoys, ["gardening", "the radio"]);
        assert_eq!(p.avoids, ["loneliness"]);
        assert!(p.preferences.one_button);
        assert_eq!(p.preferences.display.map(|d| d.text_percent), Some(200));
        assert!(consent::holds(&store, rose.id, Purpose::KeepTranscripts)?);
        rose.id
    };

    // Her screen: one large button, her own text size and contrast.
    app.click("tab-talk").await?;
    app.click(&format!("resident-{rose}")).await?;
    app.wait_text("hello", WAIT, |t| t.contains("Rose")).await?;
    let shown = |id: &'static str| {
        let client = app.client.clone();
        async move { anyhow::Ok(client.find(Locator::Id(id)).await?.is_displayed().await?) }
    };
    assert!(shown("check-in-start").await?, "the one button is shown");
    assert!(!shown("talk").await?, "one-button mode: no second button");
    app.wait_display("high-contrast 250%").await?;
    app.screenshot("residents-2-one-button-200-contrast")
        .await?;

    // Withdrawn on the care team's screen: at once, Rose's screen no longer offers to listen.
    app.click("tab-notes").await?;
    app.click(&format!("edit-resident-{rose}")).await?;
    app.type_into("consent-by", "Rose herself").await?;
    app.click("consent-withdraw-speech_recognition").await?;
    app.wait_attr(
        "consent-speech_recognition",
        "data-state",
        "withdrawn",
        WAIT,
    )
    .await?;
    app.click("tab-talk").await?;
    app.wait_text("no-consent", WAIT, |t| t.contains("permission"))
        .await?;
    assert!(!shown("check-in-start").await?, "no button to talk");
    // The device's own display is back on the care team's screen.
    app.click("tab-notes").await?;
    app.wait_display(" 125%").await?;
    app.screenshot("residents-3-withdrawn").await?;

    // Her rights: a copy of everything held about her, then erasure — her name typed first.
    app.click("subject-access").await?;
    let written = app
        .wait_text("rights-message", WAIT, |t| t.contains("everything"))
        .await?;
    assert!(
        written.contains(".json") && written.contains(".pdf"),
        "{written}"
    );
    app.type_into("erase-confirm", "rose").await?;
    app.click("erase-resident").await?;
    app.wait_text("rights-message", WAIT, |t| t.contains("exactly"))
        .await?;
    app.screenshot("residents-4-rights").await?;
    app.type_into("erase-confirm", "Rose").await?;
    app.click("erase-resident").await?;
    app.wait_text("profile-message", WAIT, |t| t.contains("Erased"))
        .await?;
    let list = app
        .wait_text("resident-list", WAIT, |t| !t.contains("Rose"))
        .await?;
    assert!(list.contains("Arthur"), "{list}");
    // How long data is kept, beside the display settings. Arthur spoke 60 days ago, and a
    // note was written while the clock ran three days ahead: the clock is not believed, so
    // nothing is deleted until Ada says the date is right.
    {
        let mut store = hearth_e2e::journal(&home.data)?;
        let arthur = residents::list(&store)?
            .into_iter()
            .find(|r| r.preferred_name == "Arthur")
            .unwrap()
            .id;
        let (now, day) = (hearth_core::clock::now_ms(), 86_400_000);
        let turn = notes::NewUtterance {
            resident_id: arthur,
            started_ms: now - 60 * day - 4_000,
            ended_ms: now - 60 * day,
            text: "I slept badly".into(),
            language: "en".into(),
            model: "base".into(),
        };
        notes::record_spoken(&mut store, &turn)?;
        notes::record_check_in(&mut store, arthur, now + 3 * day, "en", "Ahead", &[])?;
    }
    app.click("view-staff").await?;
    app.wait_text("clock-banner", WAIT, |t| t.contains("clock looks wrong"))
        .await?;
    app.wait_text("clock-warning", WAIT, |t| t.contains("This device says"))
        .await?;
    app.screenshot("residents-5-clock").await?;
    app.click("confirm-clock").await?;
    app.wait_text("retention-message", WAIT, |t| t.contains("Thank you"))
        .await?;
    app.wait_text("purge-status", WAIT, |t| t.contains("Last clean-up"))
        .await?;
    // Thirty days would delete Arthur's turn of 60 days ago: Hearth says so and waits.
    let thirty = || async {
        app.client
            .find(Locator::Id("retention-transcripts"))
            .await?
            .select_by_value("30")
            .await
    };
    thirty().await?;
    app.wait_text("retention-confirm", WAIT, |t| {
        t.contains("1 transcript and")
    })
    .await?;
    app.screenshot("residents-6-retention-confirm").await?;
    app.click("retention-keep").await?;
    let asked = std::time::Instant::now();
    while app
        .client
        .find(Locator::Id("retention-confirm"))
        .await
        .is_ok()
    {
        assert!(asked.elapsed() < WAIT, "the question is still there");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        hearth_core::retention::policy(&hearth_e2e::journal(&home.data)?)?.transcripts_days,
        90
    );
    // Chosen again (WebKit's driver does not click an option it clicked before: the change
    // is made as the list itself makes it).
    app.client
        .execute(
            "const s = document.getElementById('retention-transcripts');
             s.value = '30'; s.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![],
        )
        .await?;
    app.wait_text("retention-confirm", WAIT, |t| {
        t.contains("1 transcript and")
    })
    .await?;
    app.click("retention-delete").await?;
    app.wait_text("retention-message", WAIT, |t| t.contains("Saved"))
        .await?;
    app.wait_text("purge-status", WAIT, |t| {
        t.contains("Last clean-up") && t.contains("1 transcript and")
    })
    .await?;
    app.screenshot("residents-7-retention").await?;
    app.close().await?;
    let store = hearth_e2e::journal(&home.data)?;
    assert!(residents::name_on_file(&store, rose)?.is_none());
    assert_eq!(hearth_core::retention::policy(&store)?.transcripts_days, 30);
    Ok(())
}
