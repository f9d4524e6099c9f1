//! Finds every `assets/i18n/*.ftl` and compiles it in, so adding a language is adding a file.

use std::path::Path;

fn main() {
    // Paths are the package's (read when the script runs, relative in what it writes), not
    // the ones this script was built at: a build folder shared by clones at other paths
    // must still see this clone's files.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest).join("../../assets/i18n");
    println!("cargo:rerun-if-changed=../../assets/i18n");
    let mut langs: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("assets/i18n exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?.to_string();
            let code = p.file_stem()?.to_str()?.to_string();
            Some((code, name))
        })
        .collect();
    langs.sort();
    let body: String = langs
        .iter()
        .map(|(code, name)| {
            format!(
                "    ({code:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/../../assets/i18n/{name}\"))),\n"
            )
        })
        .collect();
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("languages.rs");
    std::fs::write(out, format!("/// (code, Fluent source) for each language file.\npub const LANGUAGES: &[(&str, &str)] = &[\n{body}];\n"))
        .expect("write languages.rs");
}
