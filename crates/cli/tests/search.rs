//! Search, specified as articles in → query → expected hits out.

mod util;
use util::Dir;

/// Eight short articles; each test query names the titles it must return.
const ARTICLES: &[(&str, &str)] = &[
    ("kurier/a.txt", " date 2023-10-19 Außenminister in Pjöngjang\n\nDer russische Außenminister traf am Donnerstag seine Amtskollegin in Pjöngjang. Beide lobten die neue Qualität der Beziehungen auf der Koreanischen Halbinsel."),
    ("kurier/b.txt", " date 2024-03 Regierungssprecher dementiert Bericht\n\nDer Regierungssprecher wies den Bericht über geheime Gespräche zurück. Es habe kein Treffen gegeben, sagte er in Berlin."),
    ("bote/c.txt", " date 2025-07-12 Aussenminister Keller reist nach Wien\n\nDie Schweizer Aussenministerin Keller reist nächste Woche nach Wien. Dort will sie mit dem österreichischen Minister über Transitfragen sprechen."),
    ("bote/d.txt", " date 2022-05 Gipfel in Brüssel ohne Einigung\n\nDer Gipfel der Staats- und Regierungschefs endete ohne Einigung über den Gaspreisdeckel. Die Gespräche sollen im Juni weitergehen."),
    ("bote/e.txt", "Handelskammer wählt neue Präsidentin\n\nDie Handelskammer in München hat eine neue Präsidentin gewählt. Die Unternehmerin setzte sich in der Stichwahl durch."),
    ("post/f.txt", " date 2024-11-02 Muenchner Stadtrat beschliesst Radwege\n\nDer Stadtrat hat neue Radwege für die Innenstadt beschlossen. Die Kosten liegen bei zwölf Millionen Euro."),
    ("post/g.txt", " date 2023-01 Peace talks in Geneva\n\nThe foreign ministers met in Geneva on Monday to discuss a ceasefire. Talks will continue next week, the spokesperson said."),
    ("post/h.txt", " date 2023-10 Koreanische Küche in Berlin\n\nEin neues Restaurant bietet koreanische Küche an. Die Halbinsel Kreuzberg hat damit ein Lokal mehr."),
];

fn setup() -> Dir {
    let d = Dir::new();
    for (path, text) in ARTICLES {
        d.write(&format!("in/{path}"), text);
    }
    d.ok(&["ingest", "-q", d.path("in").to_str().unwrap()]);
    d
}

fn titles(d: &Dir, args: &[&str]) -> Vec<String> {
    let mut a = vec!["search"];
    a.extend_from_slice(args);
    a.extend_from_slice(&["--limit", "50"]);
    let v = d.json(&a);
    let mut t: Vec<String> =
        v["hits"].as_array().unwrap().iter().map(|h| h["title"].as_str().unwrap().to_string()).collect();
    assert_eq!(v["total"].as_u64().unwrap() as usize, t.len(), "{args:?}");
    t.sort();
    t
}

#[test]
fn german_analysis_and_query_language() {
    let d = setup();
    let cases: &[(&[&str], &[&str])] = &[
        // ß and ss, umlauts and their transcriptions, both directions.
        (&["Aussenminister"], &["Aussenminister Keller reist nach Wien", "Außenminister in Pjöngjang"]),
        (&["Außenministerin"], &["Aussenminister Keller reist nach Wien", "Außenminister in Pjöngjang"]),
        (&["Pjongjang"], &["Außenminister in Pjöngjang"]),
        (&["München"], &["Handelskammer wählt neue Präsidentin"]),
        (&["Muenchen"], &["Handelskammer wählt neue Präsidentin"]),
        // Compound parts: Minister finds Außenminister; Sprecher finds Regierungssprecher (and,
        // by Snowball stemming, `sprechen`); Regierung finds Regierungssprecher and Regierungschefs.
        (&["Minister"], &["Aussenminister Keller reist nach Wien", "Außenminister in Pjöngjang"]),
        (&["Sprecher"], &["Aussenminister Keller reist nach Wien", "Regierungssprecher dementiert Bericht"]),
        (&["Regierung"], &["Gipfel in Brüssel ohne Einigung", "Regierungssprecher dementiert Bericht"]),
        // Stemming: Gesprächen/Gespräche, beschlossen/beschliesst not required to meet.
        (&["Gespräch"], &["Gipfel in Brüssel ohne Einigung", "Regierungssprecher dementiert Bericht"]),
        // Phrases keep word order; the words alone would match two articles.
        (&["\"Koreanischen Halbinsel\""], &["Außenminister in Pjöngjang"]),
        (&["koreanische Halbinsel"], &["Außenminister in Pjöngjang", "Koreanische Küche in Berlin"]),
        // Boolean operators, German and English.
        (&["Gipfel OR Radwege"], &["Gipfel in Brüssel ohne Einigung", "Muenchner Stadtrat beschliesst Radwege"]),
        (&["Minister NICHT Wien"], &["Außenminister in Pjöngjang"]),
        (&["Minister -Pjöngjang"], &["Aussenminister Keller reist nach Wien"]),
        (&["(Wien ODER Berlin) UND Gespräche"], &["Regierungssprecher dementiert Bericht"]),
        (&["title:Präsidentin"], &["Handelskammer wählt neue Präsidentin"]),
        // Filters.
        (&["Minister", "--from", "2024"], &["Aussenminister Keller reist nach Wien"]),
        (&["Minister", "--to", "2023-10"], &["Außenminister in Pjöngjang"]),
        (
            &["Koreanische", "--from", "2023-10-19", "--to", "2023-10-19"],
            &["Außenminister in Pjöngjang", "Koreanische Küche in Berlin"],
        ),
        (&["Geneva", "--lang", "en"], &["Peace talks in Geneva"]),
        (&["ceasefire"], &["Peace talks in Geneva"]),
        (&["ministers", "--lang", "en"], &["Peace talks in Geneva"]),
        (&["Geneva", "--lang", "de"], &[]),
        (&["Einigung", "--source", "bote"], &["Gipfel in Brüssel ohne Einigung"]),
        (&["Einigung", "--source", "kurier"], &[]),
    ];
    for (args, want) in cases {
        assert_eq!(titles(&d, args), *want, "query {args:?}");
    }
}

#[test]
fn json_contract_and_snippets() {
    let d = setup();
    let v = d.json(&["search", "Minister"]);
    let hit = &v["hits"][0];
    for key in ["id", "title", "date", "source", "score", "snippet"] {
        assert!(hit.get(key).is_some(), "missing {key} in {hit}");
    }
    assert!(hit["snippet"].as_str().unwrap().contains("<b>"), "{hit}");
    assert_eq!(hit["id"].as_str().unwrap().len(), 16);
    // The title hit ranks first: headline matches weigh more.
    let v = d.json(&["search", "Radwege"]);
    assert_eq!(v["hits"][0]["title"], "Muenchner Stadtrat beschliesst Radwege");
    let text = d.ok(&["search", "Radwege"]);
    assert!(text.contains("**Radwege**"), "{text}");
}

#[test]
fn paging() {
    let d = setup();
    let all = d.json(&["search", "Minister", "--limit", "2"]);
    let second = d.json(&["search", "Minister", "--limit", "1", "--offset", "1"]);
    assert_eq!(all["hits"][1]["id"], second["hits"][0]["id"]);
    assert_eq!(second["total"], 2);
}

#[test]
fn bad_queries_and_dates_fail_with_a_reason() {
    let d = setup();
    for (args, reason) in [
        (vec!["search", ""], "empty query"),
        (vec!["search", "x", "--from", "2023-13"], "--from"),
        (vec!["search", "x", "--from", "2024", "--to", "2023"], "is after"),
    ] {
        let out = d.run(&args);
        assert!(!out.status.success(), "{args:?}");
        let err = util::stderr(&out);
        assert!(err.contains(reason) && err.lines().count() == 1, "{args:?}: {err}");
    }
    let fresh = Dir::new();
    let out = fresh.run(&["search", "x"]);
    assert!(!out.status.success());
    assert!(util::stderr(&out).contains("no Dossier data"), "{}", util::stderr(&out));
}
