//! Whisper transcription on the CPU (whisper.cpp through whisper-rs). A model is loaded once
//! and reused; each call gets 16 kHz mono samples and returns text with segment timings.
//!
//! Speed levers, measured in `hearth bench`: greedy decoding, all cores, and an encoder window
//! (`audio_ctx`) fitted to the clip instead of Whisper's fixed 30 s.

use std::path::Path;
use std::sync::Mutex;
use std::time::Instant;

use serde::{Deserialize, Serialize};
use whisper_rs::{
    FullParams, SamplingStrategy, WhisperContext, WhisperContextParameters, WhisperState,
};

use super::pauses::Cutting;
use super::{voice_gate, WHISPER_RATE};
use crate::models::ggml::read_header;
use crate::models::import::looks_like_ggml;
use crate::models::ModelError;

#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    #[error("the speech model {path} is missing or unreadable: {why}")]
    ModelUnreadable { path: String, why: String },
    #[error(
        "{path} is not a whisper.cpp model (import CTranslate2 weights with `hearth model import`)"
    )]
    NotGgml { path: String },
    #[error("the speech model {path} could not be loaded; it may be damaged — import or download it again")]
    ModelLoad { path: String },
    #[error("the model '{model}' understands English only; choose a multilingual model for '{language}'")]
    EnglishOnly { model: String, language: String },
    #[error("unknown language '{0}'")]
    UnknownLanguage(String),
    #[error("speech recognition failed: {0}")]
    Recognition(String),
}

/// Which language to listen for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Language {
    Auto,
    /// An ISO 639-1 code Whisper knows ("en", "fr", …).
    Code(String),
}

impl std::str::FromStr for Language {
    type Err = SpeechError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s == "auto" {
            return Ok(Self::Auto);
        }
        whisper_rs::get_lang_id(s)
            .map(|_| Self::Code(s.to_string()))
            .ok_or_else(|| SpeechError::UnknownLanguage(s.to_string()))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct TranscriberConfig {
    pub threads: usize,
    /// Off by default: in whisper.cpp 1.8.3, flash attention with a fitted window lets one
    /// clip's result depend on the clip before it (seen in the tests), and a care note must
    /// not change with what was said earlier.
    pub flash_attn: bool,
    /// Shrink the encoder window to the clip plus this many frames (20 ms each): a large
    /// speed-up for short utterances. `None` keeps Whisper's full 30 s window.
    pub audio_ctx_margin: Option<usize>,
    /// With a fitted window, longer audio is cut at its pauses into pieces of at most this
    /// length, each with a window of its own.
    pub max_piece_ms: u64,
}

impl Default for TranscriberConfig {
    fn default() -> Self {
        Self {
            threads: std::thread::available_parallelism()
                .map_or(2, |n| n.get())
                .min(8),
            flash_attn: false,
            audio_ctx_margin: Some(DEFAULT_CTX_MARGIN),
            max_piece_ms: DEFAULT_MAX_PIECE_MS,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Segment {
    pub start_ms: u64,
    pub end_ms: u64,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Transcript {
    pub text: String,
    /// The language spoken (detected, or the one asked for).
    pub language: String,
    pub segments: Vec<Segment>,
    pub audio_ms: u64,
    /// Time spent recognising, in milliseconds.
    pub elapsed_ms: u64,
}

pub struct Transcriber {
    // Field order matters: the state must be dropped before the context it came from.
    state: Mutex<Working>,
    ctx: WhisperContext,
    config: TranscriberConfig,
    model_name: String,
}

/// The recogniser's working memory (whisper.cpp's state: its caches and compute buffers,
/// about 60 MB for base after a turn), kept between turns of a conversation and let go after
/// a quiet while ([`Transcriber::rest_if_idle`]); made again in about 20 ms when next needed.
struct Working {
    state: Option<WhisperState>,
    used: Instant,
}

/// whisper.cpp ignores clips under one second; shorter answers ("yes") are padded.
const MIN_SAMPLES: usize = WHISPER_RATE as usize * 11 / 10;
/// One encoder frame per 20 ms of audio; Whisper's full window is 1500 frames (30 s).
const FULL_AUDIO_CTX: usize = 1500;
/// The smallest encoder window (frames of 20 ms): below it, short answers ("Yes, my knee
/// hurts", 2 s) came back repeated thirty times (measured: 256 and 320 still looped on some,
/// 384 on none). 384 frames cost less than a 7-second clip does.
const MIN_AUDIO_CTX: usize = 384;
/// Frames added to a fitted window.
pub const DEFAULT_CTX_MARGIN: usize = 128;
/// The longest piece a long clip is cut into (see [`Transcriber::transcribe_each`]).
pub const DEFAULT_MAX_PIECE_MS: u64 = 20_000;
/// The pause a long clip is cut in.
const PAUSE_MS: u64 = 300;

impl Transcriber {
    /// Loads a ggml model. Takes a fraction of a second for base; do it once.
    pub fn load(path: &Path, config: TranscriberConfig) -> Result<Self, SpeechError> {
        whisper_rs::install_logging_hooks();
        let p = path.display().to_string();
        match looks_like_ggml(path) {
            Ok(true) => {}
            Ok(false) => return Err(SpeechError::NotGgml { path: p }),
            Err(e) => {
                return Err(SpeechError::ModelUnreadable {
                    path: p,
                    why: e.to_string(),
                })
            }
        }
        // whisper.cpp sizes its buffers from the header and trusts it: a damaged file is
        // refused here, with what is wrong, not handed over.
        let header = std::fs::File::open(path)
            .map_err(ModelError::from)
            .and_then(|f| read_header(&mut std::io::BufReader::new(f)));
        if let Err(e) = header {
            return Err(SpeechError::ModelUnreadable {
                path: p,
                why: e.to_string(),
            });
        }
        let mut params = WhisperContextParameters::default();
        params.flash_attn(config.flash_attn);
        let ctx = WhisperContext::new_with_params(&p, params)
            .map_err(|_| SpeechError::ModelLoad { path: p.clone() })?;
        let state = ctx
            .create_state()
            .map_err(|_| SpeechError::ModelLoad { path: p.clone() })?;
        let model_name = path
            .file_stem()
            .map(|s| s.to_string_lossy().trim_start_matches("ggml-").to_string())
            .unwrap_or_default();
        Ok(Self {
            state: Mutex::new(Working {
                state: Some(state),
                used: Instant::now(),
            }),
            ctx,
            config,
            model_name,
        })
    }

    /// Lets the recogniser's working memory go when nothing was recognised for `idle` (and
    /// nothing is being recognised now); whether it was let go. The model itself stays.
    pub fn rest_if_idle(&self, idle: std::time::Duration) -> bool {
        let Ok(mut working) = self.state.try_lock() else {
            return false;
        };
        if working.state.is_some() && working.used.elapsed() >= idle {
            working.state = None;
            return true;
        }
        false
    }

    pub fn model_name(&self) -> &str {
        &self.model_name
    }

    pub fn is_multilingual(&self) -> bool {
        self.ctx.is_multilingual()
    }

    /// Transcribes 16 kHz mono samples.
    pub fn transcribe(
        &self,
        samples: &[f32],
        language: &Language,
    ) -> Result<Transcript, SpeechError> {
        self.transcribe_each(samples, language, |_| {})
    }

    /// Transcribes 16 kHz mono samples, telling `heard` what each piece said as soon as it is
    /// recognised (a long file is recognised piece by piece).
    ///
    /// With a fitted window, audio longer than [`TranscriberConfig::max_piece_ms`] is cut at
    /// its pauses into pieces that each get a window of their own: whisper.cpp's own 30 s
    /// windows took 1.45× as long, with more errors (measured in `hearth bench`). Each piece
    /// goes through the voice gate alone, so a long silence in a recording is skipped, not
    /// handed to Whisper to invent words for.
    pub fn transcribe_each(
        &self,
        samples: &[f32],
        language: &Language,
        mut heard: impl FnMut(Heard<'_>),
    ) -> Result<Transcript, SpeechError> {
        let started = Instant::now();
        let ms = |n: usize| n as u64 * 1000 / u64::from(WHISPER_RATE);
        let audio_ms = ms(samples.len());
        let mut lang_code: Option<String> = match language {
            Language::Code(c) if !self.is_multilingual() && c != "en" => {
                return Err(SpeechError::EnglishOnly {
                    model: self.model_name.clone(),
                    language: c.clone(),
                })
            }
            Language::Auto if !self.is_multilingual() => Some("en".into()),
            Language::Code(c) => Some(c.clone()),
            Language::Auto => None,
        };
        let pieces = match self.config.audio_ctx_margin {
            Some(_) => Cutting::from_ms(
                WHISPER_RATE,
                self.config.max_piece_ms,
                // Anywhere in the second half: a sentence's end is worth a shorter piece.
                self.config.max_piece_ms / 2,
                PAUSE_MS,
            )
            .pieces(samples),
            None => std::iter::once(0..samples.len()).collect(),
        };
        let mut working = self
            .state
            .lock()
            .map_err(|_| SpeechError::Recognition("an earlier transcription crashed".into()))?;
        if working.state.is_none() {
            working.state = Some(
                self.ctx
                    .create_state()
                    .map_err(|e| SpeechError::Recognition(format!("no room to recognise: {e}")))?,
            );
        }
        let Some(state) = working.state.as_mut() else {
            return Err(SpeechError::Recognition("no recogniser state".into()));
        };
        let mut segments: Vec<Segment> = Vec::new();
        for piece in pieces {
            let first_new = segments.len();
            // No voice, no recognition; a quiet voice is raised to a level Whisper hears.
            if let Some(voiced) = voice_gate::gate(&samples[piece.clone()]) {
                let (said, lang) = self.recognise(state, &voiced, lang_code.as_deref())?;
                // The language found in the first piece holds for the rest.
                if lang_code.is_none() && !lang.is_empty() {
                    lang_code = Some(lang);
                }
                let offset = ms(piece.start);
                segments.extend(said.into_iter().map(|s| Segment {
                    start_ms: s.start_ms + offset,
                    end_ms: s.end_ms + offset,
                    text: s.text,
                }));
            }
            heard(Heard {
                done_ms: ms(piece.end),
                audio_ms,
                segments: &segments[first_new..],
            });
        }
        // Idle is counted from the end of the last recognition, however long it took.
        working.used = Instant::now();
        let text = segments
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        Ok(Transcript {
            text,
            language: lang_code.unwrap_or_default(),
            segments,
            audio_ms,
            elapsed_ms: started.elapsed().as_millis() as u64,
        })
    }

    /// One piece through Whisper: its segments (times from the piece's start) and language.
    fn recognise(
        &self,
        state: &mut WhisperState,
        samples: &[f32],
        lang_code: Option<&str>,
    ) -> Result<(Vec<Segment>, String), SpeechError> {
        let mut padded;
        let mut audio = samples;
        if samples.len() < MIN_SAMPLES {
            padded = samples.to_vec();
            padded.resize(MIN_SAMPLES, 0.0);
            audio = &padded;
        }

        let mut params = FullParams::new(SamplingStrategy::Greedy { best_of: 1 });
        params.set_n_threads(self.config.threads as i32);
        params.set_language(lang_code);
        params.set_translate(false);
        params.set_no_context(true);
        params.set_suppress_nst(true);
        // No retries at higher temperatures: they sample with a random generator that lives in
        // the reused state, so the same words could come out differently each time, and each
        // retry costs a whole decode. Greedy at temperature 0 is predictable.
        params.set_temperature(0.0);
        params.set_temperature_inc(0.0);
        params.set_print_progress(false);
        params.set_print_realtime(false);
        params.set_print_special(false);
        params.set_print_timestamps(false);
        if let Some(margin) = self.config.audio_ctx_margin {
            params.set_audio_ctx(fitted_audio_ctx(audio.len(), margin) as i32);
        }
        state
            .full(params, audio)
            .map_err(|e| SpeechError::Recognition(e.to_string()))?;
        let mut segments: Vec<Segment> = Vec::new();
        for seg in state.as_iter() {
            let text = seg
                .to_str_lossy()
                .map_err(|e| SpeechError::Recognition(e.to_string()))?
                .trim()
                .to_string();
            // No de-duplication of repeated segments: people do repeat themselves ("I want
            // to go home. I want to go home."), and that is worth keeping (a test says so).
            if text.is_empty() {
                continue;
            }
            segments.push(Segment {
                start_ms: (seg.start_timestamp().max(0) as u64) * 10,
                end_ms: (seg.end_timestamp().max(0) as u64) * 10,
                text,
            });
        }
        let language = match lang_code {
            Some(c) => c.to_string(),
            None => whisper_rs::get_lang_str(state.full_lang_id_from_state())
                .unwrap_or("")
                .to_string(),
        };
        Ok((segments, language))
    }
}

/// What one piece of a long clip said, as soon as it is recognised.
#[derive(Debug, Clone, Copy)]
pub struct Heard<'a> {
    /// How far into the clip recognition has come.
    pub done_ms: u64,
    pub audio_ms: u64,
    /// The piece's segments, with times from the start of the clip.
    pub segments: &'a [Segment],
}

/// The encoder window for a clip: its length in frames plus a margin, whole window for
/// clips near or over 30 s. The margin keeps the last words: a window cut tight to the
/// audio loses them, most of all in short French answers (measured in the tests).
pub fn fitted_audio_ctx(samples: usize, margin: usize) -> usize {
    let frames = samples.div_ceil(WHISPER_RATE as usize / 50);
    let with_margin = (frames + margin).next_multiple_of(64).max(MIN_AUDIO_CTX);
    if with_margin >= FULL_AUDIO_CTX {
        0 // whisper.cpp: 0 means the full window
    } else {
        with_margin
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audio_ctx_fits_the_clip_with_a_margin() {
        assert_eq!(fitted_audio_ctx(16_000, 128), 384); // 1 s → 50 frames + 128, at least 384
        assert_eq!(fitted_audio_ctx(16_000 * 6, 128), 448); // 300 + 128, rounded up
        assert_eq!(fitted_audio_ctx(16_000 * 7, 128), 512);
        assert_eq!(fitted_audio_ctx(16_000 * 29, 128), 0);
        assert_eq!(fitted_audio_ctx(16_000 * 120, 128), 0);
    }

    #[test]
    fn languages() {
        assert_eq!(
            "fr".parse::<Language>().unwrap(),
            Language::Code("fr".into())
        );
        assert_eq!("auto".parse::<Language>().unwrap(), Language::Auto);
        assert!("klingon".parse::<Language>().is_err());
    }
}
