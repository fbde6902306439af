//! Crash safety: a `kill -9` during ingest leaves a store that opens, holds
//! every article committed before, agrees with its index, and a re-run
//! completes the rest.

mod util;
use std::io::Write;
use std::time::{Duration, Instant};
use util::{stderr, Dir};

const ARTICLES: usize = 6_000;

fn write_corpus(d: &Dir) -> std::path::PathBuf {
    let mut synth = dossier_bench::synth::Synth::new(42);
    let path = d.path("corpus.jsonl");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    for _ in 0..ARTICLES {
        serde_json::to_writer(&mut f, &synth.article()).unwrap();
        f.write_all(b"\n").unwrap();
    }
    f.flush().unwrap();
    path
}

fn db_bytes(d: &Dir) -> u64 {
    ["dossier.sqlite", "dossier.sqlite-wal"]
        .iter()
        .map(|f| std::fs::metadata(d.data().join(f)).map(|m| m.len()).unwrap_or(0))
        .sum()
}

/// Starts an ingest and kills it once the store has grown past `bytes`.
/// Returns whether it was still running when killed.
fn ingest_and_kill(d: &Dir, corpus: &std::path::Path, bytes: u64) -> bool {
    let mut child = d.cmd().args(["ingest", "-q", corpus.to_str().unwrap()]).spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    while db_bytes(d) < bytes && Instant::now() < deadline {
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let running = child.try_wait().unwrap().is_none();
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    running
}

fn consistent_count(d: &Dir) -> u64 {
    let stats = d.json(&["stats"]);
    let (stored, indexed) = (stats["articles"].as_u64().unwrap(), stats["indexed"].as_u64().unwrap());
    assert_eq!(stored, indexed, "store and index disagree after restart: {stats}");
    // Every synthetic article is German and dated: a date-filtered search over
    // everything counts the index side independently of `stats`.
    let all = d.json(&["search", "NOT zzzzunbekannt", "--from", "1900", "--limit", "1"]);
    assert_eq!(all["total"].as_u64().unwrap(), stored);
    stored
}

#[test]
fn kill_during_ingest_then_resume() {
    let d = Dir::new();
    let corpus = write_corpus(&d);
    let mut killed_mid_run = 0;
    let mut last = 0;
    for threshold in [2_000_000, 9_000_000] {
        killed_mid_run += ingest_and_kill(&d, &corpus, threshold) as u32;
        let n = consistent_count(&d);
        assert!(n >= last, "articles were lost: {n} < {last}");
        last = n;
    }
    let out = d.run(&["ingest", "--json", corpus.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        report["ingested"].as_u64().unwrap() + report["unchanged"].as_u64().unwrap(),
        ARTICLES as u64,
        "{report}"
    );
    assert_eq!(consistent_count(&d), ARTICLES as u64);
    // The first kill comes when the store holds 2 MB of a 27 MB corpus: the
    // test only means something if at least one ingest really died mid-run.
    assert!(killed_mid_run >= 1, "every ingest finished before it could be killed");
}
