//! The quality floor: `dossier eval` on the development part of the gold set
//! fails the build when entity recognition drops below these F1 figures.

mod util;
use util::{repo_root, Dir};

#[test]
fn development_set_meets_the_quality_floor() {
    let d = Dir::new();
    let root = repo_root();
    let out = d.run(&[
        "eval",
        "--gold",
        root.join("gold").to_str().unwrap(),
        root.join("examples").to_str().unwrap(),
        "--misses",
        "0",
        "--floor",
        "persons=0.97,places=0.92,organizations=0.84,quotes-direct=0.95,quotes-indirect=0.95,speakers=0.92,meetings=0.90,meeting-dates=0.93,times=0.97,time-values=0.96,entities-across=0.97,near-duplicates=0.95",
    ]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", util::stderr(&out));
    // The report covers both parts and names every category.
    for needle in ["development  persons", "held-out     organizations", "quotes", "meetings"] {
        assert!(stdout.contains(needle), "{stdout}");
    }
    assert!(stdout.contains("articles: 755 development, 20 held-out"), "{stdout}");
}

#[test]
fn the_held_out_misses_are_never_printed() {
    // The held-out part is scored, never inspected: no output lists its
    // misses, the JSON report included.
    let d = Dir::new();
    let root = repo_root();
    let out = d.ok(&[
        "eval",
        "--gold",
        root.join("gold").to_str().unwrap(),
        root.join("examples").to_str().unwrap(),
        "--json",
        "--quiet",
    ]);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["heldout"]["articles"], 20);
    assert_eq!(v["heldout"]["misses"].as_array().map(Vec::len), Some(0));
    assert!(!v["development"]["misses"].as_array().unwrap().is_empty());
}

#[test]
fn analyze_prints_the_output_contract() {
    let d = Dir::new();
    let f = d.write(
        "a.txt",
        " date 2023-10-19 Besuch in Pjöngjang\n\nRusslands Außenminister Dmitri Sokolow traf in Pjöngjang seine Amtskollegin Ri Son-hwa. Der Minister lobte die Gespräche.",
    );
    let out = d.ok(&["analyze", f.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    for key in ["article", "entities", "quotes", "times", "events", "diagnostics"] {
        assert!(v.get(key).is_some(), "{key} missing");
    }
    let text = v["article"]["text"].as_str().unwrap();
    let person = v["entities"].as_array().unwrap().iter().find(|e| e["name"] == "Dmitri Sokolow").unwrap();
    assert_eq!(person["type"], "person");
    assert_eq!(person["roles"][0], "Außenminister (Russland)");
    let kinds: Vec<&str> = person["mentions"].as_array().unwrap().iter().map(|m| m["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["name", "role"]);
    for m in person["mentions"].as_array().unwrap() {
        let (s, e) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
        assert_eq!(dossier_article_slice(text, s, e), m["text"].as_str().unwrap());
    }
}

fn dossier_article_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}
