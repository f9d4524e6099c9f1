//! Finds every `assets/signals/*.toml` and compiles it in, so a new language's lexicon is a
//! new file.

use std::path::Path;

fn main() {
    // Paths are the package's (read when the script runs, relative in what it writes), not
    // the ones this script was built at: a build folder shared by clones at other paths
    // must still see this clone's files.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest).join("../../assets/signals");
    println!("cargo:rerun-if-changed=../../assets/signals");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("assets/signals exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?.to_string();
            println!("cargo:rerun-if-changed=../../assets/signals/{name}");
            let code = p.file_stem()?.to_str()?.to_string();
            Some((code, name))
        })
        .collect();
    files.sort();
    let body: String = files
        .iter()
        .map(|(code, name)| {
            format!(
                "    ({code:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/../../assets/signals/{name}\"))),\n"
            )
        })
        .collect();
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("lexicons.rs");
    std::fs::write(
        out,
        format!("/// (language, TOML source) for each lexicon file.\npub const LEXICONS: &[(&str, &str)] = &[\n{body}];\n"),
    )
    .expect("write lexicons.rs");
}
