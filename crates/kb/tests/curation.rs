//! The user's decisions about entities (`dossier entity merge/split`, the
//! aliases file) survive re-analysis and a fresh ingest of the same files.

use dossier_kb::{Kb, ALIASES_FILE};
use std::path::Path;

const ARTICLES: &str = r#"{"id":"a1","title":"Gespräche in Hanoi","date":"2024-03-04","source":"Kurier","text":"Die vietnamesische Außenministerin Tran Thi Lan empfing am Montag in Hanoi den Gesandten Jonas Berger. Tran sagte, beide Länder wollten enger zusammenarbeiten."}
{"id":"a2","title":"Tran in Berlin","date":"2024-05-06","source":"Kurier","text":"Außenministerin Tran traf am Dienstag in Berlin Vertreter der Wirtschaft. Sie sagte, Vietnam brauche Investitionen."}
{"id":"a3","title":"Handelsgespräche","date":"2024-06-07","source":"Kurier","text":"Der deutsche Gesandte Berger reiste nach Hanoi. Das Auswärtige Amt (AA) teilte mit, die Gespräche seien gut verlaufen."}
"#;

fn ingest(dir: &Path, corpus: &Path) -> Kb {
    let (mut kb, _) = Kb::open(dir).unwrap();
    kb.ingest(&[corpus.to_path_buf()], &Default::default(), true, &()).unwrap();
    kb
}

fn names_of(kb: &Kb, name: &str) -> Vec<String> {
    let (id, _) = kb.entity_id(name).unwrap();
    let p = kb.store().profile(id, Default::default()).unwrap().unwrap();
    let mut names: Vec<String> = p.aliases.into_iter().map(|(a, _)| a).collect();
    names.sort();
    names
}

#[test]
fn merges_and_splits_survive_reanalysis_and_a_fresh_ingest() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("articles.jsonl");
    std::fs::write(&corpus, ARTICLES).unwrap();
    let data = tmp.path().join("data");
    let mut kb = ingest(&data, &corpus);
    // The rules attach the bare surname to the only full name that has it.
    assert_eq!(names_of(&kb, "Tran Thi Lan"), ["Tran", "Tran Thi Lan"]);
    // Filing does not check foreign keys as it goes: every key it wrote points somewhere.
    assert_eq!(kb.store().foreign_key_violations().unwrap(), 0);

    let d = kb.split("Tran Thi Lan", "Tran").unwrap();
    assert_eq!(d.report.moved, 1);
    assert_eq!(names_of(&kb, "Tran Thi Lan"), ["Tran Thi Lan"]);
    assert_eq!(names_of(&kb, "Tran"), ["Tran"]);
    let d = kb.merge("Berger", "Jonas Berger").unwrap_err().to_string();
    // `Berger` is the only Berger known: attached already, nothing to merge.
    assert!(d.contains("already one entity"), "{d}");

    // Re-analysis keeps the decision.
    kb.reanalyze(true).unwrap();
    assert_eq!(names_of(&kb, "Tran Thi Lan"), ["Tran Thi Lan"]);
    drop(kb);

    // A fresh data folder given the same aliases file ends the same.
    let fresh = tmp.path().join("fresh");
    std::fs::create_dir_all(&fresh).unwrap();
    std::fs::copy(data.join(ALIASES_FILE), fresh.join(ALIASES_FILE)).unwrap();
    let kb = ingest(&fresh, &corpus);
    assert_eq!(names_of(&kb, "Tran Thi Lan"), ["Tran Thi Lan"]);
    assert_eq!(names_of(&kb, "Tran"), ["Tran"]);
    assert_eq!(kb.store().foreign_key_violations().unwrap(), 0);
}

#[test]
fn a_hand_written_aliases_file_is_applied_when_it_changes_and_errors_name_the_line() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("articles.jsonl");
    std::fs::write(&corpus, ARTICLES).unwrap();
    let data = tmp.path().join("data");
    drop(ingest(&data, &corpus));
    std::fs::write(
        data.join(ALIASES_FILE),
        "[[entity]]\nname = \"Auswärtiges Amt\"\nkind = \"organization\"\naliases = [\"AA\"]\n",
    )
    .unwrap();
    let (kb, recovery) = Kb::open(&data).unwrap();
    assert!(recovery.curation.is_some_and(|c| c.merged <= 1));
    assert!(!kb.entities("AA").unwrap().iter().any(|e| e.name == "AA"));
    drop(kb);
    std::fs::write(data.join(ALIASES_FILE), "[[entity]]\nname = \"X\"\nalias = [\"Y\"]\n").unwrap();
    let err = Kb::open(&data).err().expect("a bad file is refused").to_string();
    assert!(err.contains(ALIASES_FILE) && err.contains("line 3"), "{err}");
}
