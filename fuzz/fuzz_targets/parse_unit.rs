//! Every parser on arbitrary bytes: errors are fine, panics and broken invariants are not.
#![no_main]

use dossier_ingest::{parse_unit, IngestOptions, Origin, RawUnit, UnitKind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else { return };
    let kind = match selector % 3 {
        0 => UnitKind::Text,
        1 => UnitKind::JsonLine,
        _ => UnitKind::Html { url: None, charset: None },
    };
    let unit = RawUnit { origin: Origin { path: "fuzz".into(), ..Default::default() }, kind, bytes: bytes.to_vec() };
    if let Ok(a) = parse_unit(&unit, &IngestOptions::default()) {
        assert!(a.body_start <= a.text.chars().count());
        assert!(!a.text.is_empty());
    }
});
