//! "Read it to me": any text on screen, spoken with the companion's voice. The loudspeaker
//! is opened on first use and kept; a new request stops the one still playing.

use hearth_core::voice::{Speaker, Synth, VoiceError, VoiceSettings};
use hearth_wire::{commands as wire, ArgsOf, Problem, ReplyOf};

use crate::AppState;

#[tauri::command]
pub async fn read_aloud(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::ReadAloud>,
) -> Result<ReplyOf<wire::ReadAloud>, Problem> {
    let settings = VoiceSettings::default();
    let mut reader = state.reader.lock().map_err(|_| Problem::NoVoice {
        detail: "the voice crashed earlier; restart Hearth".into(),
    })?;
    if let Some(p) = reader.playing.take() {
        p.stop();
    }
    if reader.device.is_none() {
        reader.device = Some(open().map_err(no_voice)?);
    }
    let Some((synth, speaker)) = reader.device.as_ref() else {
        return Ok(());
    };
    let sound = synth
        .speak(&args.text, &args.language, settings.rate_wpm)
        .map_err(no_voice)?;
    reader.playing = Some(speaker.play(&sound, settings.volume));
    Ok(())
}

fn open() -> Result<(Synth, Speaker), VoiceError> {
    Ok((Synth::find()?, Speaker::open()?))
}

fn no_voice(e: VoiceError) -> Problem {
    log::warn!("read aloud: {e}");
    Problem::NoVoice {
        detail: e.to_string(),
    }
}
