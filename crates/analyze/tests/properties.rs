//! Property tests: the analyzer never panics, and every span it reports
//! slices the text to exactly the text it claims: mentions, quotes (and
//! their parts), times and events, whose entity ids all exist.

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
        Just("am Samstag ".to_string()),
        Just("am 12. Juli 2025 ".to_string()),
        Just("im Herbst ".to_string()),
        Just("vor 75 Jahren ".to_string()),
        Just(", dass man sei ".to_string()),
        Just("«".to_string()),
        Just("», so Iwanow, ".to_string()),
        Just("»".to_string()),
        Just("\"".to_string()),
        Just("laut der Agentur KCNA ".to_string()),
        Just("Es gebe Pläne".to_string()),
        Just("telefonierte mit ".to_string()),
        Just("lud ihn nach Moskau ein".to_string()),
        "[A-ZÄÖÜ][a-zäöüß]{0,10} ",
        "[a-zäöüß]{1,10}[,.:;]? ",
        "\\PC{0,6}",
    ];
    proptest::collection::vec(piece, 0..50).prop_map(|v| v.concat())
}

fn check(text: &str) {
    check_dated(text, None);
    check_dated(text, "2025-07-14".parse().ok());
    check_dated(text, "2023-10".parse().ok());
}

fn check_dated(text: &str, date: Option<dossier_article::PubDate>) {
    let chars = text.chars().count();
    let a = analyze(text, date.as_ref());
    let slice = |start: usize, end: usize| dossier_article::slice_chars(text, start, end);
    let ids: Vec<&str> = a.entities.iter().map(|e| e.id.as_str()).collect();
    for q in &a.quotes {
        assert!(q.start < q.end && q.end <= chars, "{q:?}");
        assert_eq!(slice(q.start, q.end), q.text);
        for p in &q.parts {
            assert!(q.start <= p.start && p.start < p.end && p.end <= q.end, "{q:?}");
        }
        assert!(q.speaker.as_deref().is_none_or(|s| ids.contains(&s)), "{q:?}");
        let _ = q.content();
    }
    for t in &a.times {
        assert!(t.start < t.end && t.end <= chars, "{t:?}");
        assert_eq!(slice(t.start, t.end), t.text);
    }
    for e in &a.events {
        assert!(e.start < e.end && e.end <= chars, "{e:?}");
        assert_eq!(slice(e.start, e.end), e.text);
        assert!(e.participants.iter().all(|p| ids.contains(&p.as_str())), "{e:?}");
        assert!(e.place.as_deref().is_none_or(|p| ids.contains(&p)), "{e:?}");
    }
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
