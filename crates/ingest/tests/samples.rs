//! Golden tests over the sample corpus in `examples/`: every input format
//! against what its MANIFEST/EXPECTED file says a reader must get out.

use dossier_ingest::{parse_unit, read_path, Article, FileStats, IngestOptions, Limits};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// Reads a path and parses everything in it; panics on any problem.
fn articles(path: &Path) -> Vec<Article> {
    let opts = IngestOptions::default();
    let mut out = Vec::new();
    let mut stats = FileStats::default();
    read_path(path, &Limits::default(), &mut stats, &mut |unit| {
        let unit = unit.unwrap_or_else(|p| panic!("{p}"));
        out.push(parse_unit(&unit, &opts).unwrap_or_else(|p| panic!("{p}")));
    });
    out
}

fn body(a: &Article) -> &str {
    &a.text[dossier_article::char_to_byte(&a.text, a.body_start)..]
}

fn field<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let start = line.find(&format!("| {name}"))? + name.len() + 2;
    let rest = line[start..].trim_start().strip_prefix('`')?;
    Some(&rest[..rest.find('`')?])
}

#[test]
fn plain_text_corpus_matches_its_manifest() {
    let root = root();
    let manifest = std::fs::read_to_string(root.join("examples/text/MANIFEST.md")).unwrap();
    let mut checked = 0;
    for line in manifest.lines().filter(|l| l.starts_with("- `examples/text/")) {
        let path = &line[3..line[3..].find('`').unwrap() + 3];
        let arts = articles(&root.join(path));
        assert_eq!(arts.len(), 1, "{path}");
        let a = &arts[0];
        let text = body(a);
        match field(line, "date:") {
            Some(d) => assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some(d), "{path}"),
            None => assert_eq!(a.date, None, "{path}"),
        }
        if let Some(h) = field(line, "headline:") {
            assert_eq!(a.title, h, "{path}");
            assert!(a.extra.get("title_derived").is_none(), "{path}");
        } else {
            assert_eq!(a.extra.get("title_derived"), Some(&serde_json::Value::Bool(true)), "{path}");
            assert_eq!(a.body_start, 0, "{path}");
        }
        let expected_related = ["teaser:", "mehr zum thema (own line):", "mehr zum thema (glued):"]
            .iter()
            .filter(|k| field(line, k).is_some())
            .count();
        assert_eq!(a.related.len(), expected_related, "{path}: {:?}", a.related);
        if let Some(t) = field(line, "teaser:") {
            assert!(a.related.iter().any(|r| r == t), "{path}: teaser {t:?} not in {:?}", a.related);
            assert!(!text.contains(t), "{path}: teaser {t:?} left in the text");
        }
        for key in ["mehr zum thema (own line):", "mehr zum thema (glued):"] {
            if let Some(m) = field(line, key) {
                let headline = m.trim_start_matches("Mehr zum Thema").trim_start_matches([' ', '-', '–', '—']);
                assert!(a.related.iter().any(|r| r == headline), "{path}: {headline:?} not in {:?}", a.related);
                assert!(!text.contains("Mehr zum Thema"), "{path}: marker left in the text");
            }
        }
        if let Some(c) = field(line, "credit:") {
            assert_eq!(a.credits, [c], "{path}");
            assert!(!text.contains("Quelle:"), "{path}");
        } else {
            assert!(a.credits.is_empty(), "{path}");
        }
        assert_eq!(a.language.as_deref(), Some("de"), "{path}");
        assert_eq!(a.source.as_deref(), Some(path.split('/').nth(2).unwrap()), "{path}");
        checked += 1;
    }
    assert!(checked >= 50, "{checked} files checked");
}

#[test]
fn exact_copies_share_content_hash_and_not_id() {
    let root = root();
    let a = &articles(&root.join("examples/text/spreekanal-aktuell/07-energieabkommen-vae.txt"))[0];
    let b = &articles(&root.join("examples/text/ostwind-nachrichten/28-energieabkommen-vae.txt"))[0];
    assert_eq!(a.content_hash, b.content_hash);
    assert_ne!(a.id, b.id);
}

#[test]
fn jsonl_feed() {
    let arts = articles(&root().join("examples/jsonl/wire-feed.jsonl"));
    assert_eq!(arts.len(), 8);
    let by_ext = |id: &str| arts.iter().find(|a| a.extra["external_id"] == id).unwrap();
    let a = by_ext("wf-2024-0287");
    assert_eq!(a.date.unwrap().to_string(), "2024-10-11");
    assert_eq!(a.source.as_deref(), Some("Elbtal-Depesche"));
    assert_eq!(a.origin.line, Some(2));
    assert!(a.extra.contains_key("region") && a.extra.contains_key("meta"));
    assert_eq!(by_ext("wf-2025-0077").language.as_deref(), Some("en"));
    assert_eq!(by_ext("wf-2025-0019").date.unwrap().to_string(), "2025-02");
    assert_eq!(by_ext("wf-2025-0102").date, None);
    assert!(body(by_ext("wf-2025-0051")).len() > 1000, "the `body` field is the text");
    assert!(arts.iter().all(|a| a.text.starts_with(&a.title)));
}

struct Page {
    file: &'static str,
    title: &'static str,
    date: &'static str,
    site: &'static str,
    first: &'static str,
    last: &'static str,
    absent: &'static [&'static str],
}

#[test]
fn html_pages() {
    let pages = [
        Page {
            file: "ostseestaaten-unterseekabel-danzig.html",
            title: "Ostseestaaten wollen Unterseekabel gemeinsam schützen",
            date: "2025-03-14",
            site: "Weserkante Tagblatt",
            first: "Die Ostsee-Anrainerstaaten wollen ihre Unterseekabel und Pipelines künftig gemeinsam schützen.",
            last: "Ein erstes Folgetreffen der Ministerinnen und Minister ist für den Herbst in Tallinn geplant.",
            absent: &[
                "Wir verwenden Cookies und ähnliche Technologien",
                "Bremerhaven meldet Rekord beim Containerumschlag",
                "Die wichtigsten Nachrichten des Tages, jeden Morgen um 6 Uhr in Ihrem Postfach.",
                "Weserkante Tagblatt Verlagsgesellschaft",
                "Abo & Service",
                "37 Kommentare",
            ],
        },
        Page {
            file: "alpenkonferenz-innsbruck-transit.html",
            title: "Brenner-Transit: Tirol, Bayern und Südtirol vereinbaren Slot-System für Lkw",
            date: "2024-10-19",
            site: "Nachrichtenhaus Oberland",
            first: "Der Lkw-Verkehr über den Brenner soll ab 2026 über ein digitales Buchungssystem gesteuert werden.",
            last: "Die nächste Alpenkonferenz ist für den 12. Juli 2025 in Bozen angesetzt, dort wollen die Beteiligten eine erste Bilanz ziehen.",
            absent: &[
                "Nachrichtenhaus Oberland nutzt Cookies und externe Dienste",
                "Zugspitzbahn: Sanierung dauert länger als geplant",
                "Jeden Freitag das Wichtigste aus der Region",
                "Ein Angebot der Oberland Medienhaus Gruppe",
                "Verkehrslage live",
            ],
        },
    ];
    for p in pages {
        let arts = articles(&root().join("examples/html").join(p.file));
        let a = &arts[0];
        assert_eq!(a.title, p.title, "{}", p.file);
        assert_eq!(a.date.unwrap().to_string(), p.date, "{}", p.file);
        assert_eq!(a.source.as_deref(), Some(p.site), "{}", p.file);
        let text = body(a);
        assert!(text.contains(p.first), "{}: first sentence missing in\n{text}", p.file);
        assert!(text.contains(p.last), "{}: last sentence missing", p.file);
        for s in p.absent {
            assert!(!text.contains(s), "{}: {s:?} in the main text", p.file);
        }
    }
}

#[test]
fn warc_crawl_plain_and_gzip() {
    for file in ["crawl.warc", "crawl.warc.gz"] {
        let arts = articles(&root().join("examples/warc").join(file));
        let got: Vec<(String, String, String)> = arts
            .iter()
            .map(|a| (a.title.clone(), a.date.unwrap().to_string(), a.source.clone().unwrap_or_default()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Dänemark und Schleswig-Holstein planen gemeinsame Wasserstoffleitung".into(),
                    "2025-01-22".into(),
                    "Hafenkurier Ostsee".into()
                ),
                (
                    "Indiens Außenminister wirbt in Frankfurt um Fachkräfte-Abkommen".into(),
                    "2024-09-05".into(),
                    "Mainbogen Post".into()
                ),
                (
                    "Dreiländertreffen in Zittau: Grenzpendler sollen schneller über die Neiße".into(),
                    "2025-01-27".into(),
                    "Grenzland Depesche".into()
                ),
            ],
            "{file}"
        );
        assert!(body(&arts[0]).contains(
            "Schleswig-Holstein und Dänemark wollen bis 2030 eine gemeinsame Leitung für grünen Wasserstoff bauen."
        ));
        assert!(!body(&arts[2]).contains("Diese Website verwendet Cookies."));
        assert!(arts.iter().all(|a| a.origin.record.is_some() && a.url.as_deref().unwrap().starts_with("https://")));
    }
}
