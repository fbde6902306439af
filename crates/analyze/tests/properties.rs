//! Property tests: the analyzer never panics, and every span it reports
//! slices the text to exactly the text it claims.

use dossier_analyze::analyze;
use proptest::prelude::*;

fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Der russische Außenminister Sergej Iwanow ".to_string()),
        Just("traf ".to_string()),
        Just("seine Amtskollegin Choe Son-mi ".to_string()),
        Just("in Pjöngjang".to_string()),
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        Just("„".to_string()),
        Just("“, sagte er. ".to_string()),
        Just("Sie verwies auf ".to_string()),
        Just("die EU-Kommission ".to_string()),
        Just("Wŏnsan ".to_string()),
        Just("Kim Jong-un ".to_string()),
        Just("al-Haddad ".to_string()),
        Just("Der Minister ".to_string()),
        "[A-ZÄÖÜ][a-zäöüß]{0,10} ",
        "[a-zäöüß]{1,10}[,.:;]? ",
        "\\PC{0,6}",
    ];
    proptest::collection::vec(piece, 0..50).prop_map(|v| v.concat())
}

fn check(text: &str) {
    let chars = text.chars().count();
    let a = analyze(text, None);
    for s in &a.sentences {
        assert!(s.start < s.end && s.end <= chars);
    }
    for e in &a.entities {
        assert!(!e.mentions.is_empty());
        for m in &e.mentions {
            assert!(m.start < m.end && m.end <= chars, "{m:?}");
            assert_eq!(dossier_article::slice_chars(text, m.start, m.end), m.text);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn spans_slice_news_like_text(text in newsish()) {
        check(&text);
    }

    #[test]
    fn spans_slice_any_text(text in "\\PC{0,200}") {
        check(&text);
    }
}

#[test]
fn spans_slice_the_sample_corpus() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/text");
    for outlet in std::fs::read_dir(root).unwrap() {
        let outlet = outlet.unwrap().path();
        if !outlet.is_dir() {
            continue;
        }
        for f in std::fs::read_dir(outlet).unwrap() {
            let text = std::fs::read_to_string(f.unwrap().path()).unwrap();
            check(&dossier_text::normalize(&text));
        }
    }
}
