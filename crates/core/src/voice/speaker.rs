//! The default output device, through rodio. Like the microphone, the device stream lives
//! on its own thread (it cannot move between threads on every platform); what it hands
//! back is rodio's mixer, which any thread may play into.

use std::num::NonZero;
use std::sync::mpsc;
use std::thread::JoinHandle;

use rodio::mixer::Mixer;
use rodio::{DeviceSinkBuilder, DeviceSinkError, Player};

use super::{Sound, VoiceError};

/// An open loudspeaker. Dropping it closes the device.
pub struct Speaker {
    mixer: Mixer,
    stop: Option<mpsc::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Speaker {
    /// Opens the default output device.
    pub fn open() -> Result<Self, VoiceError> {
        let (ready_tx, ready_rx) = mpsc::channel();
        let (stop_tx, stop_rx) = mpsc::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("speaker".into())
            .spawn(move || match DeviceSinkBuilder::open_default_sink() {
                Ok(mut sink) => {
                    sink.log_on_drop(false);
                    let _ = ready_tx.send(Ok(sink.mixer().clone()));
                    let _ = stop_rx.recv();
                    drop(sink);
                }
                Err(e) => {
                    let _ = ready_tx.send(Err(classify(e)));
                }
            })
            .map_err(|e| VoiceError::Output(e.to_string()))?;
        match ready_rx.recv() {
            Ok(Ok(mixer)) => Ok(Self {
                mixer,
                stop: Some(stop_tx),
                thread: Some(thread),
            }),
            Ok(Err(e)) => Err(e),
            Err(_) => Err(VoiceError::Output("the audio thread ended".into())),
        }
    }

    /// Starts playing `sound` at `volume` (0..1) and returns at once.
    pub fn play(&self, sound: &Sound, volume: f32) -> Playing {
        let player = Player::connect_new(&self.mixer);
        player.set_volume(volume.clamp(0.0, 1.0));
        if let Some(rate) = NonZero::new(sound.rate) {
            player.append(rodio::buffer::SamplesBuffer::new(
                NonZero::<u16>::MIN,
                rate,
                sound.samples.clone(),
            ));
        }
        Playing { player }
    }
}

impl Drop for Speaker {
    fn drop(&mut self) {
        self.stop.take();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn classify(e: DeviceSinkError) -> VoiceError {
    match e {
        DeviceSinkError::NoDevice => VoiceError::NoOutput,
        other => VoiceError::Output(format!("{other}: {}", source_of(&other))),
    }
}

fn source_of(e: &dyn std::error::Error) -> String {
    e.source().map(ToString::to_string).unwrap_or_default()
}

/// A sound being played: stop it (barge-in), or wait for it.
pub struct Playing {
    player: Player,
}

impl Playing {
    pub fn stop(&self) {
        self.player.stop();
    }

    pub fn is_done(&self) -> bool {
        self.player.empty()
    }

    /// Blocks until the sound has played.
    pub fn wait(&self) {
        self.player.sleep_until_end();
    }
}
