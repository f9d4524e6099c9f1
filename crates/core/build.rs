//! Finds every `assets/signals/*.toml` and compiles it in, so a new language's lexicon is a
//! new file.

use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/signals");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("assets/signals exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .filter_map(|p| {
            println!("cargo:rerun-if-changed={}", p.display());
            let code = p.file_stem()?.to_str()?.to_string();
            Some((code, p.canonicalize().ok()?.display().to_string()))
        })
        .collect();
    files.sort();
    let body: String = files
        .iter()
        .map(|(code, path)| format!("    ({code:?}, include_str!({path:?})),\n"))
        .collect();
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("lexicons.rs");
    std::fs::write(
        out,
        format!("/// (language, TOML source) for each lexicon file.\npub const LEXICONS: &[(&str, &str)] = &[\n{body}];\n"),
    )
    .expect("write lexicons.rs");
}
