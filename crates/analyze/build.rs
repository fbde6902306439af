//! Compiles the city gazetteer (data/de/places.tsv.gz) into a finite-state
//! map from surface form to a fixed-width record, so that the analyzer uses
//! it in place: no parsing, no allocation at start-up.
//!
//! Record (12 bytes): kind (0 country, 1 region, 2 city), ambiguous (1 when
//! the name is also a German common noun), country ISO code (2 bytes),
//! population (u32 LE), GeoNames id (u32 LE).

use std::collections::BTreeMap;
use std::io::Read;

fn main() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/de/places.tsv.gz");
    println!("cargo:rerun-if-changed={}", src.display());
    let mut text = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(&src).expect("data/de/places.tsv.gz"))
        .read_to_string(&mut text)
        .expect("valid gzip'd UTF-8");
    // surface → (rank for precedence, record)
    let mut best: BTreeMap<String, ((u8, u64), [u8; 12])> = BTreeMap::new();
    let mut add = |surface: &str, kind: u8, country: &str, population: u64, id: u32| {
        let ambiguous = !surface.contains(' ') && dossier_text::is_noun_form(surface);
        // Towns under 30,000 named like common words are left out altogether
        // (larger ones, `Trier`, stay, marked ambiguous).
        if ambiguous && kind == 2 && population < 30_000 {
            return;
        }
        let mut rec = [0u8; 12];
        rec[0] = kind;
        rec[1] = ambiguous as u8;
        let cc = country.as_bytes();
        if cc.len() == 2 {
            rec[2..4].copy_from_slice(cc);
        }
        rec[4..8].copy_from_slice(&(population.min(u32::MAX as u64) as u32).to_le_bytes());
        rec[8..12].copy_from_slice(&id.to_le_bytes());
        // Countries first, then regions, then the most populous city.
        let rank = (2 - kind.min(2), population);
        match best.get(surface) {
            Some((old, _)) if *old >= rank => {}
            _ => {
                best.insert(surface.to_string(), (rank, rec));
            }
        }
    };
    for line in text.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let [surface, kind, country, pop, id] = f[..] else { continue };
        let kind = match kind {
            "country" => 0,
            "region" => 1,
            _ => 2,
        };
        let population = pop.parse().unwrap_or(0);
        let id = id.rsplit(':').next().and_then(|n| n.parse().ok()).unwrap_or(0);
        add(surface, kind, country, population, id);
        if let Some(rest) = surface.strip_prefix("Sankt ") {
            add(&format!("St. {rest}"), kind, country, population, id);
        }
    }
    let mut records = Vec::with_capacity(best.len() * 12);
    let mut builder = fst::MapBuilder::memory();
    for (i, (surface, (_, rec))) in best.iter().enumerate() {
        builder.insert(surface, i as u64).expect("sorted keys");
        records.extend_from_slice(rec);
    }
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out.join("places.fst"), builder.into_inner().expect("fst")).unwrap();
    std::fs::write(out.join("places.bin"), records).unwrap();
}
