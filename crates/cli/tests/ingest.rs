//! Ingestion through the command line: formats, identity, bad input, crash safety.

mod util;
use std::io::Write;
use util::{repo_root, stderr, Dir};

#[test]
fn sample_corpus_ingests_and_reingest_is_a_noop() {
    let d = Dir::new();
    let examples = repo_root().join("examples");
    let first = d.json(&["ingest", "-q", examples.to_str().unwrap()]);
    // 762 text files (one exact copy), 8 JSON lines, 2 HTML pages, 3 WARC pages
    // (the same crawl once as .warc and once as .warc.gz).
    assert_eq!(first["ingested"], 774, "{first}");
    assert_eq!(first["duplicates"], 1, "{first}");
    assert_eq!(first["unchanged"], 3, "{first}");
    assert_eq!(first["errors"], 0, "{first}");
    let again = d.json(&["ingest", "-q", examples.to_str().unwrap()]);
    assert_eq!(again["ingested"], 0);
    assert_eq!(again["unchanged"], 778, "every article, duplicate and WARC copy is seen again");
    let stats = d.json(&["stats"]);
    assert_eq!(stats["articles"], 774);
    assert_eq!(stats["indexed"], 774);
    assert_eq!(stats["duplicates"], 1);
    assert_eq!(stats["languages"][0], serde_json::json!(["de", 773]));
    assert_eq!(stats["date_range"], serde_json::json!(["2022-10-21", "2027-10-22"]));
}

#[test]
fn show_gives_metadata_text_and_duplicates() {
    let d = Dir::new();
    let examples = repo_root().join("examples/text");
    d.ok(&["ingest", "-q", examples.to_str().unwrap()]);
    let hits = d.json(&["search", "title:\"Deutschland und VAE unterzeichnen\""]);
    assert_eq!(hits["total"], 1, "the exact copy is recorded as a duplicate, not indexed twice");
    let id = hits["hits"][0]["id"].as_str().unwrap().to_string();
    let v = d.json(&["show", &id]);
    // Folders are read in name order, so the copy in ostwind-nachrichten is stored first.
    assert_eq!(v["article"]["source"], "ostwind-nachrichten");
    assert_eq!(v["duplicates"][0]["source"], "spreekanal-aktuell");
    assert!(v["article"]["text"].as_str().unwrap().starts_with("Deutschland und VAE unterzeichnen"));
    assert_eq!(v["article"]["credits"].as_array().unwrap().len(), 1);
    let text = d.ok(&["show", &id[..8]]);
    assert!(text.contains("duplicate: ") && text.contains("spreekanal-aktuell"), "{text}");
    let out = d.run(&["show", "ffffffffffffffff"]);
    assert!(!out.status.success() && stderr(&out).contains("no article with id"));
}

#[test]
fn bad_input_is_reported_and_the_rest_goes_on() {
    let d = Dir::new();
    d.write("in/good.txt", " date 2024-05-02 Gipfel in Wien\n\nDie Minister trafen sich in Wien.");
    d.write("in/latin1.txt", b"Titel\n\nDie Minister gr\xfc\xdften einander.\n");
    d.write("in/binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    d.write("in/empty.txt", "");
    d.write("in/blank.txt", "  \n\n \n");
    d.write(
        "in/feed.jsonl",
        "{\"title\": \"Eins\", \"text\": \"Erster Artikel über den Gipfel.\", \"source\": \"Feed\"}\n\
         {\"title\": \"Zwei\", \"text\": \"Zweiter\n\
         not json at all\n\
         \n\
         {\"title\": \"Drei\"}\n\
         {\"title\": \"Vier\", \"body\": \"Vierter Artikel über den Gipfel.\", \"source\": \"Feed\"}\n",
    );
    // A gzip file cut in the middle.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(" date 2024-05-03 Abgeschnitten\n\n".repeat(200).as_bytes()).unwrap();
    let gz = gz.finish().unwrap();
    d.write("in/cut.txt.gz", &gz[..gz.len() / 2]);
    let missing = d.path("in/does-not-exist.txt");
    let out = d.run(&["ingest", "--json", d.path("in").to_str().unwrap(), missing.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["ingested"], 3, "{report}");
    let err = stderr(&out);
    for (needle, reason) in [
        ("latin1.txt", "invalid UTF-8 at byte 22 (line 3)"),
        ("binary.txt", "binary data"),
        ("empty.txt", "empty file"),
        ("blank.txt", "empty file"),
        ("feed.jsonl:2", "malformed JSON line"),
        ("feed.jsonl:3", "malformed JSON line"),
        ("feed.jsonl:5", "no \"text\" or \"body\" field"),
        ("cut.txt.gz", "corrupt or truncated gzip data"),
        ("does-not-exist.txt", "cannot read"),
    ] {
        let line = err.lines().find(|l| l.contains(needle)).unwrap_or_else(|| panic!("no line for {needle} in\n{err}"));
        assert!(line.starts_with("error: ") && line.contains(reason), "{line}");
    }
    assert_eq!(report["errors"], 9, "{err}");
    assert!(err.contains("ingested 3, unchanged 0, duplicates 0, errors 9"), "{err}");
}

#[test]
fn nothing_ingested_fails_with_one_line() {
    let d = Dir::new();
    d.write("in/empty.txt", "");
    let out = d.run(&["ingest", "-q", d.path("in/empty.txt").to_str().unwrap()]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert_eq!(err.lines().last().unwrap(), "dossier: nothing could be ingested", "{err}");
}

#[test]
fn oversized_articles_are_refused_without_reading_them_whole() {
    let d = Dir::new();
    let big = format!("Titel\n\n{}", "Ein Satz über nichts. ".repeat(120_000)); // ≈ 2.6 MB
    d.write("in/big.txt", &big);
    let line = format!("{{\"title\": \"T\", \"text\": \"{}\"}}\n", "x".repeat(2_000_000));
    d.write("in/feed.jsonl", format!("{line}{{\"title\": \"Klein\", \"text\": \"Ein kleiner Artikel.\"}}\n"));
    let out = d.run(&["ingest", "--max-article-mib", "1", d.path("in").to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    let want = format!("big.txt: file is {} bytes, more than the limit of 1048576 bytes", big.len());
    assert!(err.contains(&want), "{err}");
    assert!(err.contains(&format!("feed.jsonl:1: line is {} bytes", line.len())), "{err}");
    assert!(err.contains("ingested 1,"), "{err}");
}

#[test]
fn same_text_from_another_source_is_a_duplicate() {
    let d = Dir::new();
    let text = " date 2024-01-05 Gleicher Text\n\nDie Agenturmeldung erschien in zwei Blättern.";
    d.write("in/kurier/a.txt", text);
    d.write("in/bote/a.txt", text);
    let r = d.json(&["ingest", "-q", d.path("in").to_str().unwrap()]);
    assert_eq!((r["ingested"].as_u64(), r["duplicates"].as_u64()), (Some(1), Some(1)), "{r}");
    // --source overrides the folder name: the same text under a third name is one more duplicate.
    let r = d.json(&["ingest", "-q", "--source", "Dritte Zeitung", d.path("in/kurier/a.txt").to_str().unwrap()]);
    assert_eq!(r["duplicates"], 1, "{r}");
    assert_eq!(d.json(&["stats"])["duplicates"], 2);
}

#[test]
fn json_documents_arrays_objects_and_lines() {
    let d = Dir::new();
    d.write(
        "in/array.json",
        r#"[{"title": "Eins", "text": "Erster Text."}, {"title": "Zwei", "text": "Zweiter Text."}, 5]"#,
    );
    d.write("in/object.json", "{\n  \"title\": \"Drei\",\n  \"text\": \"Dritter Text.\"\n}\n");
    d.write(
        "in/lines.json",
        "{\"title\": \"Vier\", \"text\": \"Vierter Text.\"}\n{\"title\": \"Fünf\", \"text\": \"Fünfter Text.\"}\n",
    );
    let out = d.run(&["ingest", "--json", d.path("in").to_str().unwrap()]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["ingested"], 5, "{}", stderr(&out));
    assert!(stderr(&out).contains("array.json:3: malformed JSON line: expected a JSON object"), "{}", stderr(&out));
}
