//! Compiles the embedded German noun list into a finite-state set at build
//! time, so that loading it at run time costs nothing (zero-copy).

#[path = "src/fold.rs"]
#[allow(dead_code)]
mod fold;

use std::io::Read;

fn main() {
    compile("nouns.txt.gz", "nouns.fst", true);
    compile("words.txt.gz", "words.fst", false);
}

/// Builds a finite-state set of the (optionally folded) lines of a gzip'd list.
fn compile(input: &str, output: &str, fold_keys: bool) {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/de").join(input);
    println!("cargo:rerun-if-changed={}", src.display());
    println!("cargo:rerun-if-changed=src/fold.rs");
    let mut text = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(&src).expect("data/de/nouns.txt.gz"))
        .read_to_string(&mut text)
        .expect("valid gzip'd UTF-8");
    let mut keys: Vec<String> = text
        .lines()
        .filter_map(|w| {
            if !fold_keys {
                return Some(w.to_string());
            }
            let mut k = String::new();
            fold::fold_german(&w.to_lowercase(), &mut k);
            (k.len() >= 3).then_some(k)
        })
        .collect();
    keys.sort_unstable();
    keys.dedup();
    let bytes = fst::raw::Fst::from_iter_set(keys.iter()).expect("sorted keys").into_inner();
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join(output);
    std::fs::write(out, bytes).unwrap();
}
