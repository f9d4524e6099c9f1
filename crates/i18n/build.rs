//! Finds every `assets/i18n/*.ftl` and compiles it in, so adding a language is adding a file.

use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/i18n");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut langs: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("assets/i18n exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .filter_map(|p| {
            let code = p.file_stem()?.to_str()?.to_string();
            Some((code, p.canonicalize().ok()?.display().to_string()))
        })
        .collect();
    langs.sort();
    let body: String = langs
        .iter()
        .map(|(code, path)| format!("    ({code:?}, include_str!({path:?})),\n"))
        .collect();
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("languages.rs");
    std::fs::write(out, format!("/// (code, Fluent source) for each language file.\npub const LANGUAGES: &[(&str, &str)] = &[\n{body}];\n"))
        .expect("write languages.rs");
}
