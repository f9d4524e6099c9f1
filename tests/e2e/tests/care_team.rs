//! The care team in the real window: the day's board puts who needs attention first; a
//! caregiver opens a resident's notes, corrects what Hearth read (the machine's reading
//! stays, shown beside the correction), dismisses another, and the board follows; search
//! finds French words typed without accents, and its filters narrow it.

use std::time::Duration;

use fantoccini::Locator;
use hearth_core::access::{staff, Role};
use hearth_core::clock::now_ms;
use hearth_core::journal::residents::{self, NewResident};
use hearth_core::journal::{notes, reviews};
use hearth_core::models::{Catalog, ModelStore};
use hearth_core::signals::{meaning, read_all, Lexicon, Reader};
use hearth_e2e::{App, Home};

const WAIT: Duration = Duration::from_secs(10);

struct Journal {
    /// A caregiver, PIN 2580.
    sam: i64,
    /// The staff administrator, PIN 139742.
    ada: i64,
    arthur: i64,
    marie: i64,
    /// Marie's loneliness, read by the meaning model (no listed words say it).
    lonely: i64,
    /// Arthur's pain reading: hip, 7/10.
    pain: i64,
    /// Arthur's sleep reading.
    sleep: i64,
}

/// Four residents and this morning's notes, written as the app would write them.
fn journal(home: &Home) -> anyhow::Result<Journal> {
    let mut store = hearth_e2e::journal(&home.data)?;
    let mut add = |name: &str, language: &str| -> anyhow::Result<i64> {
        let id = residents::add(
            &mut store,
            &NewResident {
                preferred_name: name.into(),
                language: language.into(),
                is_demo: false,
            },
        )?
        .id;
        hearth_core::journal::consent::give_all(&store, id, "the resident", 0)?;
        Ok(id)
    };
    let arthur = add("Arthur", "en")?;
    let marie = add("Marie", "fr")?;
    let rose = add("Rose", "en")?;
    add("Harold", "en")?;
    let now = now_ms();
    let en = Lexicon::builtin("en")?;
    let fr = Lexicon::builtin("fr")?;
    // Read as the app reads: the lexicon, and the meaning model beside it.
    let model = meaning::load_installed(&ModelStore::new(&home.models, Catalog::builtin()))?;
    let mut say = |who: i64, ago_ms: i64, lang: &str, lex: &Lexicon, text: &str| {
        notes::record_check_in(
            &mut store,
            who,
            now - ago_ms,
            lang,
            text,
            &read_all(text, lex, Some(&model)),
        )
    };
    // Minutes ago, so the notes are today's wherever the test runs (unless just after midnight).
    let a = say(
        arthur,
        120_000,
        "en",
        &en,
        "My hip hurts, about a seven, and I slept badly.",
    )?;
    let m = say(
        marie,
        90_000,
        "fr",
        &fr,
        "Je suis très fatiguée, j'ai mal dormi. Ma petite-fille ne vient plus me voir.",
    )?;
    let lonely = m
        .signals
        .iter()
        .find(|s| s.read.kind == "loneliness" && s.read.reader == Reader::Model)
        .expect("the meaning model reads Marie's loneliness")
        .id;
    say(rose, 60_000, "en", &en, "I slept really well, thank you.")?;
    let find = |kind: &str| a.signals.iter().find(|s| s.read.kind == kind).unwrap().id;
    let sam = staff::add(&mut store, "Sam", Role::Caregiver, "2580")?.id;
    let ada = staff::add(&mut store, "Ada", Role::Admin, "139742")?.id;
    Ok(Journal {
        sam,
        ada,
        arthur,
        marie,
        lonely,
        pain: find("pain"),
        sleep: find("sleep"),
    })
}

async fn board_order(app: &App) -> anyhow::Result<Vec<String>> {
    let mut names = Vec::new();
    for el in app
        .client
        .find_all(Locator::Css("#board .board-name"))
        .await?
    {
        names.push(el.text().await?);
    }
    Ok(names)
}

#[tokio::test(flavor = "multi_thread")]
async fn the_board_a_correction_and_a_search() -> anyhow::Result<()> {
    let home = Home::new()?;
    let network = hearth_e2e::NetworkWatch::start(&home.data);
    let j = journal(&home)?;
    let app = App::launch(&home.env()).await?;
    app.wait_text("app-title", WAIT, |t| t == "Hearth").await?;
    app.click("tab-notes").await?;
    // The care team's screen asks who is there; a wrong PIN is said plainly.
    app.click(&format!("sign-in-{}", j.sam)).await?;
    app.type_into("pin", "1111").await?;
    app.click("sign-in-go").await?;
    app.wait_text("sign-in-message", WAIT, |t| t.contains("not right"))
        .await?;
    app.screenshot("care-0-sign-in").await?;
    let me = app.sign_in(j.sam, "2580").await?;
    assert_eq!(me, "Signed in as Sam");

    // The board: Arthur (pain, poor sleep) and Marie (poor sleep, lonely) first, Harold (nobody
    // heard from him) before Rose (fine).
    let row = format!("board-{}", j.arthur);
    let arthur_row = app
        .wait_text(&row, WAIT, |t| t.contains("Pain — hip, 7/10"))
        .await?;
    assert!(arthur_row.contains("Poor sleep"), "{arthur_row}");
    assert!(arthur_row.contains("2 readings to confirm"), "{arthur_row}");
    assert_eq!(
        board_order(&app).await?,
        ["Arthur", "Marie", "Harold", "Rose"]
    );
    app.screenshot("care-1-board").await?;

    // The day changed twice quickly: today, then yesterday (nobody heard from). Today's
    // reply is held back so it arrives last, as a slow answer would: the board must still
    // show yesterday's, and still does a moment later; then back to today.
    let today = app
        .client
        .execute(
            "const fetch = window.fetch; let first = true; \
             window.fetch = async (url, init) => { \
               const late = first && String(url).endsWith('/board'); if (late) first = false; \
               const reply = await fetch(url, init); \
               if (late) await new Promise(r => setTimeout(r, 1000)); return reply; }; \
             const t = document.getElementById('board-day'); const today = t.value; \
             const d = new Date(today + 'T12:00'); d.setDate(d.getDate() - 1); \
             const change = v => { t.value = v; t.dispatchEvent(new Event('change')); }; \
             change(today); change(d.toISOString().slice(0, 10)); return today;",
            vec![],
        )
        .await?;
    app.wait_text("board", WAIT, |t| {
        t.contains("Harold") && !t.contains("Pain")
    })
    .await?;
    tokio::time::sleep(Duration::from_millis(2000)).await;
    let yesterday = app.wait_text("board", WAIT, |_| true).await?;
    assert!(!yesterday.contains("Pain"), "{yesterday}");
    app.client
        .execute(
            "const t = document.getElementById('board-day'); t.value = arguments[0]; \
             t.dispatchEvent(new Event('change'));",
            vec![today],
        )
        .await?;
    app.wait_text(&row, WAIT, |t| t.contains("Pain — hip, 7/10"))
        .await?;

    // Marie's loneliness was read by meaning: her card says so, with the example it is near.
    app.click(&format!("board-open-{}", j.marie)).await?;
    let chip = app
        .wait_text(&format!("signal-{}", j.lonely), WAIT, |t| {
            t.contains("Inferred")
        })
        .await?;
    let why = app
        .wait_text(&format!("sounds-like-{}", j.lonely), WAIT, |t| {
            !t.is_empty()
        })
        .await?;
    assert!(why.contains("sounds like"), "{why} ({chip})");
    app.screenshot("care-1b-read-by-meaning").await?;
    app.click("view-board").await?;

    // Arthur's notes.
    app.click(&format!("board-open-{}", j.arthur)).await?;
    let chip = format!("signal-{}", j.pain);
    app.wait_text(&chip, WAIT, |t| t.contains("Inferred"))
        .await?;

    // Correct hip 7 → knee 4.
    app.click(&format!("correct-{}", j.pain)).await?;
    app.client
        .find(Locator::Id(&format!("correct-place-{}", j.pain)))
        .await?
        .select_by_value("knee")
        .await?;
    app.client
        .find(Locator::Id(&format!("correct-score-{}", j.pain)))
        .await?
        .select_by_value("4")
        .await?;
    app.screenshot("care-2-correcting").await?;
    app.click(&format!("correct-save-{}", j.pain)).await?;
    let corrected = app
        .wait_text(&chip, WAIT, |t| t.contains("Corrected by Sam"))
        .await?;
    assert!(corrected.contains("Pain — knee, 4/10"), "{corrected}");
    assert!(
        corrected.contains("Hearth read: Pain — hip, 7/10"),
        "{corrected}"
    );
    app.click(&format!("dismiss-{}", j.sleep)).await?;
    app.wait_text(&format!("signal-{}", j.sleep), WAIT, |t| {
        t.contains("Dismissed by Sam")
    })
    .await?;
    app.screenshot("care-3-decided").await?;

    // New words for the note: the original stays, and the history shows both.
    let note_id = notes::with_signal(&hearth_e2e::journal(&home.data)?, j.pain)?.id;
    app.click(&format!("edit-{note_id}")).await?;
    let area = app
        .client
        .find(Locator::Id(&format!("edit-text-{note_id}")))
        .await?;
    area.clear().await?;
    area.send_keys("My knee hurts, about a seven, and I slept badly.")
        .await?;
    app.click(&format!("edit-save-{note_id}")).await?;
    let card = format!("note-{note_id}");
    app.wait_text(&card, WAIT, |t| t.contains("Words corrected"))
        .await?;
    app.click(&format!("history-{note_id}")).await?;
    let card_text = app
        .wait_text(&card, WAIT, |t| t.contains("As first saved"))
        .await?;
    for words in [
        "My hip hurts, about a seven",
        "words corrected by Sam",
        "Corrected by Sam: Pain — knee, 4/10",
        "Dismissed by Sam",
    ] {
        assert!(card_text.contains(words), "{words:?} not in {card_text}");
    }
    // A caregiver's own note, with their name.
    app.client
        .find(Locator::Id("add-note-text"))
        .await?
        .send_keys("Walked to the garden with his daughter.")
        .await?;
    app.click("add-note-save").await?;
    let listed = app
        .wait_text("notes", WAIT, |t| t.contains("Walked to the garden"))
        .await?;
    assert!(listed.contains("written by Sam"), "{listed}");
    app.screenshot("care-3b-history").await?;

    // Arthur's trends: the corrected pain, marked as decided by a person, in the table too.
    app.click("trends-table-toggle").await?;
    let table = app
        .wait_text("trends-table", WAIT, |t| t.contains("Pain — knee, 4/10"))
        .await?;
    assert!(table.contains("confirmed by a person"), "{table}");
    let decided = app
        .client
        .find_all(Locator::Css(".trend-chart .trend-mark.decided"))
        .await?;
    assert_eq!(decided.len(), 1, "one day of pain, decided");
    app.click("trends-30").await?;
    app.wait_attr("trends-30", "aria-pressed", "true", WAIT)
        .await?;
    app.screenshot("care-4-trends").await?;

    // Export his notes as a PDF: a real file, rendered to an image to look at.
    app.click("export-pdf").await?;
    let said = app
        .wait_text("export-message", WAIT, |t| t.contains(".pdf"))
        .await?;
    let pdf = std::fs::read_dir(home.data.join("exports"))?
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "pdf"))
        .unwrap();
    assert!(said.contains("2 notes"), "{said}"); // his check-in and the caregiver's note
    assert!(std::fs::read(&pdf)?.starts_with(b"%PDF-"));
    let png = hearth_e2e::artifacts().join("care-export");
    let rendered = std::process::Command::new("pdftoppm")
        .args(["-r", "60", "-f", "1", "-l", "1", "-png", "-singlefile"])
        .arg(&pdf)
        .arg(&png)
        .status()?;
    assert!(rendered.success(), "pdftoppm could not read the PDF");
    for format in ["csv", "fhir"] {
        app.click(&format!("export-{format}")).await?;
        app.wait_text("export-message", WAIT, |t| {
            t.contains(&format!(".{format}"))
        })
        .await?;
    }
    let fhir = std::fs::read_dir(home.data.join("exports"))?
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().ends_with(".fhir.json"))
        .unwrap();
    let fhir = std::fs::read_to_string(fhir)?;
    assert!(
        fhir.contains("\"valueInteger\": 4") && !fhir.contains("Arthur"),
        "{fhir}"
    );

    // The handover: Marie's poor sleep is still to confirm; Arthur's decided readings are not.
    app.click("view-handover").await?;
    app.client
        .execute(
            "const t = document.getElementById('handover-since'); \
             t.value = '00:00'; t.dispatchEvent(new Event('change'));",
            vec![],
        )
        .await?;
    let left = app
        .wait_text("handover-to-confirm", WAIT, |t| t.contains("Marie"))
        .await?;
    assert!(!left.contains("Arthur"), "{left}");
    let everyone = app
        .wait_text("handover-residents", WAIT, |t| t.contains("Harold"))
        .await?;
    assert!(everyone.contains("Pain — knee, 4/10"), "{everyone}");
    app.screenshot("care-5-handover").await?;

    // The board counts what the caregiver decided: the corrected pain, no poor sleep.
    app.click("view-board").await?;
    let arthur_row = app
        .wait_text(&row, WAIT, |t| t.contains("Pain — knee, 4/10"))
        .await?;
    assert!(!arthur_row.contains("Poor sleep"), "{arthur_row}");
    assert!(arthur_row.contains("all readings decided"), "{arthur_row}");

    // Search: French typed without accents; a filter that excludes it.
    app.click("view-search").await?;
    let words = app.client.find(Locator::Id("search-words")).await?;
    words.send_keys("fatiguee").await?;
    app.click("search-go").await?;
    app.wait_text("search-count", WAIT, |t| t == "1 note found.")
        .await?;
    let results = app
        .wait_text("search-results", WAIT, |t| !t.is_empty())
        .await?;
    assert!(results.contains("Marie"), "{results}");
    assert!(results.contains("fatiguée"), "{results}");
    app.screenshot("care-6-search").await?;
    app.client
        .find(Locator::Id("search-signal"))
        .await?
        .select_by_value("pain")
        .await?;
    app.click("search-go").await?;
    app.wait_text("search-count", WAIT, |t| t == "Nothing found.")
        .await?;

    // Sam signs out; Ada, the administrator, reads the audit log: Sam's steps are there.
    app.click("sign-out").await?;
    app.sign_in(j.ada, "139742").await?;
    app.click("view-audit").await?;
    let log = app
        .wait_text("audit-log", WAIT, |t| t.contains("exported notes"))
        .await?;
    for line in [
        "sign-in refused",
        "decided on a reading",
        "corrected a note's words",
        "searched the notes",
        "signed out",
    ] {
        assert!(log.contains(line), "{line:?} not in the audit log:\n{log}");
    }
    app.screenshot("care-8-audit").await?;

    // Ada saves a support report for whoever looks after Hearth: where it went, and that it
    // holds no one, said where she pressed.
    app.click("view-staff").await?;
    app.click("support-save").await?;
    let saved = app
        .wait_text("support-message", WAIT, |t| t.starts_with("Saved as"))
        .await?;
    assert!(saved.contains("hearth-support-"), "{saved}");
    app.screenshot("care-8b-support-report").await?;

    // Ada makes this device's text twice as large, in high contrast: every screen follows.
    app.click("text-200").await?;
    app.wait_attr("text-200", "aria-pressed", "true", WAIT)
        .await?;
    app.click("high-contrast").await?;
    app.wait_display("high-contrast 250%").await?;
    app.screenshot("care-9-display").await?;
    app.click("tab-talk").await?;
    app.screenshot("care-10-residents-200-contrast").await?;
    // Reviewing, exporting, searching: nothing left the device.
    let off_machine = network.finish();
    assert!(
        off_machine.is_empty(),
        "connections off the machine: {off_machine:?}"
    );
    app.close().await?;

    // The journal kept both: the machine's reading, and who decided what.
    let store = hearth_e2e::journal(&home.data)?;
    let history = reviews::history(&store, j.pain)?;
    assert_eq!(history.len(), 1);
    assert_eq!(
        (
            history[0].action.as_str(),
            history[0].author.as_str(),
            history[0].location.as_deref(),
            history[0].severity
        ),
        ("correct", "Sam", Some("knee"), Some(4))
    );
    let note = notes::with_signal(&store, j.pain)?;
    let pain = note.signals.iter().find(|s| s.id == j.pain).unwrap();
    assert_eq!(
        (pain.read.location.as_deref(), pain.read.severity),
        (Some("hip"), Some(7))
    );
    Ok(())
}

/// A caregiver dictates a note: the words heard land in the box, to be read before saving,
/// and the note is theirs (written by them, nothing inferred).
#[tokio::test(flavor = "multi_thread")]
async fn a_caregiver_dictates_a_note() -> anyhow::Result<()> {
    hearth_e2e::virtual_mic()?;
    let home = Home::new()?;
    let j = journal(&home)?;
    let speech = hearth_e2e::speak(
        home.work.path(),
        "dictated",
        "en",
        "Arthur walked to the garden with his daughter this afternoon.",
    )?;
    let app = App::launch(&home.env()).await?;
    hearth_e2e::ready(&app).await?;
    app.click("tab-notes").await?;
    app.sign_in(j.sam, "2580").await?;
    app.click(&format!("board-open-{}", j.arthur)).await?;

    app.click("add-note-dictate").await?;
    app.wait_attr("add-note-dictate", "aria-pressed", "true", WAIT)
        .await?;
    hearth_e2e::play_into_mic(&speech)?;
    app.click("add-note-dictate").await?; // "I've finished dictating"
    let area = app.client.find(Locator::Id("add-note-text")).await?;
    let started = std::time::Instant::now();
    let mut words = String::new();
    while started.elapsed() < Duration::from_secs(20) && !words.contains("garden") {
        words = area.prop("value").await?.unwrap_or_default();
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(words.to_lowercase().contains("garden"), "{words:?}");
    app.screenshot("care-7-dictated").await?;
    app.click("add-note-save").await?;
    let listed = app
        .wait_text("notes", WAIT, |t| t.contains("garden"))
        .await?;
    assert!(listed.contains("written by Sam"), "{listed}");
    app.close().await?;
    let store = hearth_e2e::journal(&home.data)?;
    let mine = notes::list(
        &store,
        &notes::NoteFilter {
            resident_id: Some(j.arthur),
            from_ms: 0,
            to_ms: i64::MAX,
        },
    )?
    .into_iter()
    .find(|n| n.original.contains("garden"))
    .unwrap();
    assert_eq!(
        (mine.author.as_deref(), mine.signals.len()),
        (Some("Sam"), 0)
    );
    Ok(())
}
