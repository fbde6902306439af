//! On-disk format: a data directory written by an earlier build (checked in
//! under `tests/fixtures/`) must open with this build, and a damaged or
//! outdated index is rebuilt from the store.

use dossier_kb::{Kb, SearchRequest};
use std::path::{Path, PathBuf};

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// A fresh copy of the fixture written by store schema 1 / index layout 2.
fn fixture() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/store-v1-index-v2"), &dir);
    (tmp, dir)
}

fn check(kb: &Kb) {
    let s = kb.stats().unwrap();
    assert_eq!((s.store.articles, s.store.duplicates, s.indexed), (2, 1, 2));
    let hits = kb.search(&SearchRequest { query: "Minister".into(), limit: 10, ..Default::default() }).unwrap();
    assert_eq!(hits.total, 1);
    assert_eq!(hits.hits[0].title, "Außenminister in Pjöngjang");
    let view = kb.article(&hits.hits[0].id).unwrap().unwrap();
    assert_eq!(view.article.credits, ["Quelle: dpa © A / B"]);
    assert_eq!(view.article.date.unwrap().to_string(), "2023-10-19");
}

#[test]
fn opens_a_data_directory_of_store_schema_1_and_index_layout_2() {
    let (_tmp, dir) = fixture();
    let (kb, recovery) = Kb::open(&dir).unwrap();
    // Index layout 2 lacks the names and quotes of layout 3: it is rebuilt from the store.
    assert!(recovery.rebuilt.as_deref().is_some_and(|why| why.contains("layout version 2")), "{recovery:?}");
    assert_eq!(recovery.reindexed, 2);
    // Signatures of this build's hash functions are made for the stored articles, once.
    assert_eq!(recovery.refiled, 2);
    check(&kb);
    drop(kb);
    assert_eq!(Kb::open(&dir).unwrap().1.refiled, 0);
}

#[test]
fn index_of_another_layout_is_rebuilt_from_the_store() {
    let (_tmp, dir) = fixture();
    std::fs::write(dir.join("index/DOSSIER_INDEX_VERSION"), "1\n").unwrap();
    let (kb, recovery) = Kb::open(&dir).unwrap();
    assert!(recovery.rebuilt.is_some());
    assert_eq!(recovery.reindexed, 2);
    check(&kb);
}

#[test]
fn corrupt_or_missing_index_is_rebuilt_from_the_store() {
    let (_tmp, dir) = fixture();
    std::fs::write(dir.join("index/meta.json"), "{ not json").unwrap();
    let (kb, recovery) = Kb::open(&dir).unwrap();
    assert!(recovery.rebuilt.is_some(), "{recovery:?}");
    check(&kb);
    drop(kb);
    std::fs::remove_dir_all(dir.join("index")).unwrap();
    let (kb, recovery) = Kb::open(&dir).unwrap();
    assert_eq!(recovery.reindexed, 2);
    check(&kb);
}

#[test]
fn reindex_rebuilds_everything() {
    let (_tmp, dir) = fixture();
    let (mut kb, _) = Kb::open(&dir).unwrap();
    assert_eq!(kb.reindex().unwrap(), 2);
    check(&kb);
}
