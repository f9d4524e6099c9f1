//! `hearth listen`: records from the default microphone for a few seconds and prints what
//! was heard — the app's own listening path, for checking a microphone without the window.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use hearth_core::listen::{Limits, ListenEvent, Microphone, Recognise, Session};
use hearth_core::speech::Language;

#[derive(clap::Args)]
pub struct Args {
    /// How long to listen.
    #[arg(long, default_value = "5")]
    seconds: f32,
    /// Language spoken: en, fr, … or auto.
    #[arg(long, default_value = "auto")]
    language: String,
    /// Model name from the catalog (default: the catalog's default).
    #[arg(long)]
    model: Option<String>,
}

pub fn run(a: Args) -> anyhow::Result<()> {
    let language: Language = a.language.parse()?;
    let (_, transcriber) = crate::installed::transcriber(a.model.as_deref())?;
    let (mic, blocks) = Microphone::open().context("opening the microphone")?;
    eprintln!("listening for {} s at {} Hz…", a.seconds, mic.rate());
    let rate = mic.rate();
    let recognise: Recognise =
        Arc::new(move |audio: &[f32]| transcriber.transcribe(audio, &language));
    let (tx, rx) = std::sync::mpsc::channel();
    let on = Arc::new(move |e: ListenEvent| {
        if !matches!(e, ListenEvent::Level(_)) {
            let _ = tx.send(e);
        }
    });
    let session = Session::start(blocks, rate, Some(mic), Limits::default(), recognise, on)?;
    std::thread::sleep(Duration::from_secs_f32(a.seconds.max(0.1)));
    session.stop();
    session.join();
    for e in rx.try_iter() {
        match e {
            ListenEvent::Heard(h) => {
                println!("{}", h.text);
                eprintln!(
                    "{} ms of audio, language {}, text {} ms after the end, {} blocks dropped",
                    h.audio_ms, h.language, h.finish_ms, h.dropped_blocks
                );
            }
            ListenEvent::NothingHeard => eprintln!("nothing was heard"),
            ListenEvent::Failed(why) => anyhow::bail!("listening failed: {why}"),
            _ => {}
        }
    }
    Ok(())
}
