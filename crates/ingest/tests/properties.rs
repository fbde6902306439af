//! Property tests: no input makes ingestion panic, and every article keeps
//! the invariants later stages rely on.

use dossier_ingest::{parse_unit, read_path, Article, FileStats, IngestOptions, Limits, Origin, RawUnit, UnitKind};
use proptest::prelude::*;

fn check_invariants(a: &Article) {
    let chars = a.text.chars().count();
    assert!(a.body_start <= chars);
    assert!(!a.text.is_empty());
    assert_eq!(a.text, dossier_text::normalize(&a.text), "text is normalised");
    if a.body_start > 0 {
        assert!(a.text.starts_with(&a.title));
        assert_eq!(dossier_article::slice_chars(&a.text, a.body_start - 2, a.body_start), "\n\n");
    }
    assert_eq!(a.id.len(), 16);
    assert_eq!(a.id, dossier_article::article_id(a.source.as_deref(), &a.text));
}

fn unit(kind: UnitKind, bytes: Vec<u8>) -> RawUnit {
    RawUnit { origin: Origin { path: "p".into(), ..Default::default() }, kind, bytes }
}

/// Text that looks like news: words, quotes, headers, markers, credit lines.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(" date 2023-10 ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just(". ".to_string()),
        Just("Quelle: dpa © X / Y\n".to_string()),
        Just("Mehr zum Thema – ".to_string()),
        Just("„".to_string()),
        Just("“".to_string()),
        Just("\"".to_string()),
        Just("Der ".to_string()),
        Just("Lawrow: ".to_string()),
        "[A-ZÄÖÜ][a-zäöüß]{0,12} ",
        "[a-zäöüß]{1,12}[,.:]? ",
        "\\PC{0,8}",
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let opts = IngestOptions::default();
        for kind in [UnitKind::Text, UnitKind::JsonLine, UnitKind::Html { url: None, charset: None }] {
            if let Ok(a) = parse_unit(&unit(kind, bytes.clone()), &opts) {
                check_invariants(&a);
            }
        }
    }

    #[test]
    fn news_like_text_keeps_invariants(text in newsish()) {
        let opts = IngestOptions::default();
        if let Ok(a) = parse_unit(&unit(UnitKind::Text, text.clone().into_bytes()), &opts) {
            check_invariants(&a);
        }
        let json = serde_json::json!({"title": "T", "text": text}).to_string();
        if let Ok(a) = parse_unit(&unit(UnitKind::JsonLine, json.into_bytes()), &opts) {
            check_invariants(&a);
        }
        let html = format!("<html><body><article><h1>T</h1><p>{text}</p></article></body></html>");
        if let Ok(a) = parse_unit(&unit(UnitKind::Html { url: None, charset: None }, html.into_bytes()), &opts) {
            check_invariants(&a);
        }
    }

    #[test]
    fn arbitrary_files_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400), name in "[a-z]{1,6}\\.(txt|jsonl|html|warc|gz|txt\\.gz|warc\\.gz|bin)") {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).unwrap();
        let mut stats = FileStats::default();
        read_path(&path, &Limits::default(), &mut stats, &mut |u| {
            if let Ok(u) = u {
                let _ = parse_unit(&u, &IngestOptions::default());
            }
        });
    }
}

#[test]
fn warc_prefixes_never_panic() {
    // Every truncation of a real crawl: errors, never panics.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/warc/crawl.warc");
    let bytes = std::fs::read(root).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for cut in (0..bytes.len()).step_by(97) {
        let path = dir.path().join("cut.warc");
        std::fs::write(&path, &bytes[..cut]).unwrap();
        let mut stats = FileStats::default();
        read_path(&path, &Limits::default(), &mut stats, &mut |u| {
            if let Ok(u) = u {
                let _ = parse_unit(&u, &IngestOptions::default());
            }
        });
    }
}
