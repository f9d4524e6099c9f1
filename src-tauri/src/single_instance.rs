//! One Hearth at a time over one data folder. A second start (a double tap on the icon, the
//! autostart and a person at once) asks the running one to come to the front and exits,
//! instead of opening a second window over the same journal.
//!
//! The running Hearth holds a lock on `hearth.lock` in the data folder for its whole life
//! (the system drops it if Hearth crashes, so nothing stale is left to clean) and listens on
//! `hearth.sock` beside it. tauri-plugin-single-instance does the same over D-Bus, which a
//! kiosk session or a bare X server may not have.

use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

const LOCK: &str = "hearth.lock";
const SOCKET: &str = "hearth.sock";
/// What a later start says, and the running one answers.
const KNOCK: &[u8] = b"to the front\n";
const ANSWER: &[u8] = b"ok\n";

pub enum Claim {
    /// This is the only Hearth here: it answers later starts through the door.
    First(Door),
    /// Another Hearth runs over this folder and was asked to come to the front.
    AlreadyRunning,
}

/// The running Hearth's side: its lock (held while it lives) and the socket it listens on.
pub struct Door {
    lock: File,
    listener: UnixListener,
}

/// Set while this Hearth closes to start again (after a restore): it no longer answers, so
/// the new one waits for the lock instead of handing over to a Hearth on its way out.
static CLOSING: AtomicBool = AtomicBool::new(false);

/// This Hearth is closing to start again: later starts wait for it to go.
pub fn closing() {
    CLOSING.store(true, Ordering::SeqCst);
}

/// Takes the data folder for this process, or knocks on the Hearth that has it.
pub fn claim(data_dir: &Path) -> std::io::Result<Claim> {
    std::fs::create_dir_all(data_dir)?;
    let lock = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(data_dir.join(LOCK))?;
    let socket = data_dir.join(SOCKET);
    let started = Instant::now();
    loop {
        match lock.try_lock() {
            Ok(()) => {
                // A socket file left by a Hearth that crashed: nobody listens on it.
                match std::fs::remove_file(&socket) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
                    _ => {}
                }
                let listener = UnixListener::bind(&socket)?;
                return Ok(Claim::First(Door { lock, listener }));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                // The running one may be starting (not listening yet) or closing (not
                // answering): try again for a few seconds.
                match knock(&socket) {
                    Ok(true) => return Ok(Claim::AlreadyRunning),
                    Ok(false) | Err(_) if started.elapsed() < PATIENCE => {
                        std::thread::sleep(Duration::from_millis(100));
                    }
                    Ok(false) => {
                        return Err(std::io::Error::other(
                            "another Hearth holds this data folder and does not answer",
                        ))
                    }
                    Err(e) => return Err(e),
                }
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(e),
        }
    }
}

/// How long a start waits for a Hearth that holds the folder to answer or go.
const PATIENCE: Duration = Duration::from_secs(10);

/// Asks the running Hearth to come to the front: whether it said it would.
fn knock(socket: &Path) -> std::io::Result<bool> {
    let mut stream = UnixStream::connect(socket)?;
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    stream.write_all(KNOCK)?;
    let mut answer = Vec::new();
    BufReader::new(stream).read_until(b'\n', &mut answer)?;
    Ok(answer == ANSWER)
}

impl Door {
    /// Answers each later start on a thread of its own, calling `to_front` for each.
    pub fn serve(self, to_front: impl Fn() + Send + 'static) {
        let spawned = std::thread::Builder::new()
            .name("single-instance".into())
            .spawn(move || {
                // Held while this thread (the process's life) lasts.
                let _held = self.lock;
                for stream in self.listener.incoming() {
                    let Ok(mut stream) = stream else { continue };
                    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
                    let mut line = Vec::new();
                    let said = BufReader::new(&stream).read_until(b'\n', &mut line);
                    if said.is_ok() && line == KNOCK && !CLOSING.load(Ordering::SeqCst) {
                        log::info!("another start of Hearth: this window comes to the front");
                        to_front();
                        let _ = stream.write_all(ANSWER);
                    }
                }
            });
        if let Err(e) = spawned {
            log::warn!("cannot answer later starts of Hearth: {e}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;
    use std::sync::Arc;

    #[test]
    fn a_second_start_knocks_and_the_first_comes_to_the_front() {
        let dir = tempfile::tempdir().unwrap();
        let Claim::First(door) = claim(dir.path()).unwrap() else {
            panic!("the first start must own the folder")
        };
        let knocks = Arc::new(AtomicUsize::new(0));
        let counted = knocks.clone();
        door.serve(move || {
            counted.fetch_add(1, Ordering::SeqCst);
        });
        for _ in 0..2 {
            assert!(matches!(claim(dir.path()).unwrap(), Claim::AlreadyRunning));
        }
        assert_eq!(knocks.load(Ordering::SeqCst), 2);
    }

    #[test]
    fn a_socket_left_by_a_crash_does_not_stop_the_next_start() {
        let dir = tempfile::tempdir().unwrap();
        // A crashed Hearth leaves its socket file and no lock holder.
        drop(UnixListener::bind(dir.path().join(SOCKET)).unwrap());
        assert!(dir.path().join(SOCKET).exists());
        assert!(matches!(claim(dir.path()).unwrap(), Claim::First(_)));
    }
}
