//! File reading (format sniffing, gzip, JSON Lines, WARC) on arbitrary file contents.
#![no_main]

use dossier_ingest::{parse_unit, read_path, FileStats, IngestOptions, Limits};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("input");
    std::fs::write(&path, data).unwrap();
    let mut stats = FileStats::default();
    read_path(&path, &Limits::default(), &mut stats, &mut |unit| {
        if let Ok(u) = unit {
            let _ = parse_unit(&u, &IngestOptions::default());
        }
    });
});
