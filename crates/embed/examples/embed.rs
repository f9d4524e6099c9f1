//! Prints the embedding of each line of standard input (a check against other engines).
#![allow(clippy::unwrap_used)]
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let t0 = std::time::Instant::now();
    let enc = hearth_embed::Encoder::load(std::path::Path::new(&path)).unwrap();
    eprintln!("loaded in {:?}", t0.elapsed());
    for line in std::io::stdin().lines() {
        let line = line.unwrap();
        let t0 = std::time::Instant::now();
        let v = enc.embed(&line).unwrap();
        eprintln!("{} tokens {:?}", enc.token_count(&line), t0.elapsed());
        let s: Vec<String> = v.iter().map(|x| format!("{x:.6}")).collect();
        println!("{}", s.join(" "));
    }
}
