//! `hearth model download`: the official ggml file over HTTPS, for users with internet.
//! This is the only network call Hearth makes, and only when a person asks for it.

use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::catalog::{file_name, Catalog, DownloadOrigin};
use super::import::HashingWriter;
use super::{ModelError, WeightType};

/// Downloads `name` into `models_dir`, verifying size and sha256 before it takes its place.
pub fn download(
    catalog: &Catalog,
    name: &str,
    models_dir: &std::path::Path,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<PathBuf, ModelError> {
    let entry = catalog.get(name)?;
    let origin = entry.download.as_ref().ok_or_else(|| {
        ModelError::Input(format!("the catalog has no download address for '{name}'"))
    })?;
    fetch(origin, name, models_dir, progress)
}

/// Fetches one origin into `models_dir` as `name`'s f16 file.
fn fetch(
    origin: &DownloadOrigin,
    name: &str,
    models_dir: &std::path::Path,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<PathBuf, ModelError> {
    let tmp = fetch_checked(
        &origin.url,
        origin.size,
        &origin.sha256,
        name,
        models_dir,
        progress,
    )?;
    let target = models_dir.join(file_name(name, WeightType::F16));
    tmp.persist(&target).map_err(|e| ModelError::Io(e.error))?;
    Ok(target)
}

/// Downloads `url` into a hidden file in `dir` and answers it once its size and sha256 are
/// the expected ones; `name` is what the person asked for (for the offline hint).
pub(crate) fn fetch_checked(
    url: &str,
    size: u64,
    sha256: &str,
    name: &str,
    dir: &Path,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<tempfile::NamedTempFile, ModelError> {
    std::fs::create_dir_all(dir)?;
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_connect(Some(Duration::from_secs(15)))
        .timeout_recv_body(Some(Duration::from_secs(60)))
        .build()
        .into();
    let offline = |e: ureq::Error| {
        ModelError::Download(format!(
            "could not fetch {url} ({e}). Without internet, import the model from its Python packages instead: scripts/get-model.sh {name}"
        ))
    };
    let mut response = agent.get(url).call().map_err(offline)?;
    let mut body = response.body_mut().with_config().limit(size + 1).reader();
    let broke = |e: std::io::Error| ModelError::Download(format!("the connection broke: {e}"));
    let (tmp, got, sum) = copy_hashed(&mut body, dir, size, broke, progress)?;
    if got != size || sum != sha256 {
        return Err(ModelError::Checksum {
            what: format!("the downloaded {name}"),
            expected: sha256.to_string(),
            actual: sum,
        });
    }
    Ok(tmp)
}

/// Copies `from` into a hidden file in `dir`, hashing on the way and reporting bytes done of
/// `total`: answers the file (synced, to be persisted once checked), its size and sha256.
/// A read failure is told by `read_failed`.
pub(crate) fn copy_hashed(
    from: &mut dyn Read,
    dir: &Path,
    total: u64,
    read_failed: impl Fn(std::io::Error) -> ModelError,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<(tempfile::NamedTempFile, u64, String), ModelError> {
    let mut tmp = tempfile::Builder::new()
        .prefix(".hearth-model-")
        .tempfile_in(dir)?;
    let mut out = HashingWriter::new(BufWriter::with_capacity(1 << 20, tmp.as_file_mut()));
    let mut buf = vec![0u8; 1 << 16];
    let mut done = 0u64;
    loop {
        let n = from.read(&mut buf).map_err(&read_failed)?;
        if n == 0 {
            break;
        }
        out.write_all(&buf[..n])?;
        done += n as u64;
        progress(done, total);
    }
    let (size, sum) = out.finish()?;
    tmp.as_file().sync_all()?;
    Ok((tmp, size, sum))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreachable_server_is_a_clear_error_and_leaves_nothing() {
        // Port 9 (discard) on loopback: nothing listens, as when a care home is offline.
        let origin = DownloadOrigin {
            url: "http://127.0.0.1:9/ggml-base.bin".into(),
            size: 10,
            sha256: "0".repeat(64),
        };
        let dir = tempfile::tempdir().unwrap();
        let err = fetch(&origin, "base", dir.path(), &mut |_, _| {})
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("could not fetch") && err.contains("scripts/get-model.sh base"),
            "{err}"
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
