//! The default microphone, through cpal. The stream lives on its own thread (cpal streams
//! cannot move between threads on every platform) and hands mono blocks to a bounded
//! queue: if the reader falls behind, blocks are counted as dropped instead of memory
//! growing without end.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, SyncSender, TrySendError};
use std::sync::Arc;
use std::thread::JoinHandle;

use cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
use cpal::{ErrorKind, FromSample, Sample, SampleFormat, SizedSample};

/// Why there is no microphone to listen with, in words for the person in front of it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MicError {
    #[error("no microphone was found")]
    NoDevice,
    #[error("the microphone is in use by another program")]
    Busy,
    #[error("Hearth is not allowed to use the microphone")]
    Denied,
    #[error("the microphone could not be opened: {0}")]
    Failed(String),
}

/// About 10 s of audio at typical block sizes: room for the reader to be briefly busy.
const QUEUE_BLOCKS: usize = 1024;

/// An open microphone. Blocks arrive on the receiver returned by [`Microphone::open`];
/// closing (or dropping) it ends the stream, and the receiver then ends after the last block.
pub struct Microphone {
    rate: u32,
    dropped: Arc<AtomicU64>,
    stop: Option<mpsc::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Microphone {
    /// Opens the default input device with its default configuration.
    pub fn open() -> Result<(Self, Receiver<Vec<f32>>), MicError> {
        let (blocks_tx, blocks_rx) = mpsc::sync_channel(QUEUE_BLOCKS);
        let (ready_tx, ready_rx) = mpsc::channel();
        let (stop_tx, stop_rx) = mpsc::channel::<()>();
        let dropped = Arc::new(AtomicU64::new(0));
        let counter = dropped.clone();
        let thread = std::thread::Builder::new()
            .name("microphone".into())
            .spawn(move || match start_stream(blocks_tx, counter) {
                Ok((stream, rate)) => {
                    let _ = ready_tx.send(Ok(rate));
                    // Hold the stream until told to stop, or until the owner is gone.
                    let _ = stop_rx.recv();
                    drop(stream);
                }
                Err(e) => {
                    let _ = ready_tx.send(Err(e));
                }
            })
            .map_err(|e| MicError::Failed(e.to_string()))?;
        match ready_rx.recv() {
            Ok(Ok(rate)) => Ok((
                Self {
                    rate,
                    dropped,
                    stop: Some(stop_tx),
                    thread: Some(thread),
                },
                blocks_rx,
            )),
            Ok(Err(e)) => {
                let _ = thread.join();
                Err(e)
            }
            Err(_) => Err(MicError::Failed("the microphone thread stopped".into())),
        }
    }

    /// Samples per second of the blocks (the device's own rate; resampling comes later).
    pub fn rate(&self) -> u32 {
        self.rate
    }

    /// Blocks lost because the reader fell behind.
    pub fn dropped_blocks(&self) -> u64 {
        self.dropped.load(Ordering::Relaxed)
    }

    /// Ends the stream and waits for its thread.
    pub fn close(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        drop(self.stop.take());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Microphone {
    fn drop(&mut self) {
        self.shutdown();
    }
}

fn classify(e: cpal::Error) -> MicError {
    match e.kind() {
        ErrorKind::DeviceBusy => MicError::Busy,
        ErrorKind::DeviceNotAvailable | ErrorKind::HostUnavailable => MicError::NoDevice,
        ErrorKind::PermissionDenied => MicError::Denied,
        _ => MicError::Failed(e.to_string()),
    }
}

fn start_stream(
    tx: SyncSender<Vec<f32>>,
    dropped: Arc<AtomicU64>,
) -> Result<(cpal::Stream, u32), MicError> {
    let device = cpal::default_host()
        .default_input_device()
        .ok_or(MicError::NoDevice)?;
    let supported = device.default_input_config().map_err(classify)?;
    let rate = supported.sample_rate();
    let format = supported.sample_format();
    let config: cpal::StreamConfig = supported.into();
    let stream = match format {
        SampleFormat::F32 => build::<f32>(&device, config, tx, dropped),
        SampleFormat::I16 => build::<i16>(&device, config, tx, dropped),
        SampleFormat::I32 => build::<i32>(&device, config, tx, dropped),
        SampleFormat::U16 => build::<u16>(&device, config, tx, dropped),
        SampleFormat::U8 => build::<u8>(&device, config, tx, dropped),
        SampleFormat::I8 => build::<i8>(&device, config, tx, dropped),
        other => Err(MicError::Failed(format!(
            "unsupported sample format {other}"
        ))),
    }?;
    stream.play().map_err(classify)?;
    Ok((stream, rate))
}

fn build<T>(
    device: &cpal::Device,
    config: cpal::StreamConfig,
    tx: SyncSender<Vec<f32>>,
    dropped: Arc<AtomicU64>,
) -> Result<cpal::Stream, MicError>
where
    T: SizedSample,
    f32: FromSample<T>,
{
    let channels = usize::from(config.channels.max(1));
    device
        .build_input_stream(
            config,
            move |data: &[T], _: &cpal::InputCallbackInfo| {
                let block = to_mono(data, channels);
                if let Err(TrySendError::Full(_)) = tx.try_send(block) {
                    dropped.fetch_add(1, Ordering::Relaxed);
                }
            },
            |e| log::warn!("microphone: {e}"),
            None,
        )
        .map_err(classify)
}

/// Averages interleaved channels into one.
fn to_mono<T>(data: &[T], channels: usize) -> Vec<f32>
where
    T: SizedSample,
    f32: FromSample<T>,
{
    data.chunks(channels)
        .map(|frame| frame.iter().map(|s| f32::from_sample(*s)).sum::<f32>() / frame.len() as f32)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stereo_becomes_the_mean_of_its_channels() {
        assert_eq!(to_mono(&[0.5f32, -0.5, 1.0, 0.0], 2), vec![0.0, 0.5]);
        let m = to_mono(&[i16::MAX, i16::MAX], 2);
        assert!((m[0] - 1.0).abs() < 1e-3);
        assert_eq!(to_mono(&[0.25f32, 0.75], 1), vec![0.25, 0.75]);
    }
}
