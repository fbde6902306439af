//! `dossier-bench`: ingest and search figures on a synthetic corpus, with
//! SQLite FTS5 (the embedded peer a user would otherwise pick) run on the same
//! corpus and queries in the same process.
//!
//! ```text
//! cargo run --release -p dossier-bench -- --articles 100000
//! ```

/// mimalloc: the analysis allocates many small strings on every core, and
/// glibc's allocator slows down as a long ingest fragments its heap.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use anyhow::{Context, Result};
use clap::Parser;
use dossier_article::PubDate;
use dossier_bench::synth::{person_names, queries, BenchQuery, Synth};
use dossier_ingest::{IngestOptions, Problem};
use dossier_kb::{Counts, Kb, Observer, SearchRequest};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Mutex;
use std::time::Instant;

#[derive(Parser)]
#[command(about = "Dossier benchmark: ingest throughput, store size, memory and search latency vs SQLite FTS5")]
struct Args {
    /// Number of synthetic articles.
    #[arg(long, default_value_t = 20_000)]
    articles: usize,
    /// Working directory (corpus and stores); removed at the end unless --keep.
    #[arg(long, default_value = "target/bench-data")]
    dir: PathBuf,
    /// Seed of the corpus and queries.
    #[arg(long, default_value_t = 2026)]
    seed: u64,
    /// Rounds over the 200 queries.
    #[arg(long, default_value_t = 5)]
    rounds: usize,
    /// Skip the FTS5 comparison.
    #[arg(long)]
    no_fts5: bool,
    /// Ingest without the analysis stage (store and index only).
    #[arg(long)]
    no_analyze: bool,
    /// Keep the working directory.
    #[arg(long)]
    keep: bool,
    /// Measure the analysis stage alone (no ingest, search or FTS5).
    #[arg(long)]
    analysis_only: bool,
}

fn main() -> Result<()> {
    let args = Args::parse();
    if args.dir.exists() {
        std::fs::remove_dir_all(&args.dir).with_context(|| format!("clearing {}", args.dir.display()))?;
    }
    std::fs::create_dir_all(&args.dir)?;
    println!("# Dossier benchmark: {} synthetic articles, seed {}, {} cores", args.articles, args.seed, num_cpus());

    // 1. Corpus (not timed): JSON Lines files of 10,000 articles.
    let t = Instant::now();
    let corpus_dir = args.dir.join("corpus");
    let (files, corpus_bytes, text_bytes) = write_corpus(&corpus_dir, args.articles, args.seed)?;
    println!(
        "corpus: {} files, {:.1} MB JSONL ({:.1} MB article text, {:.1} KB/article), generated in {:.1} s",
        files.len(),
        mb(corpus_bytes),
        mb(text_bytes),
        text_bytes as f64 / 1024.0 / args.articles as f64,
        t.elapsed().as_secs_f64()
    );

    // The lexicons of the analysis stage load on first use: time that alone.
    let t = Instant::now();
    let _ = dossier_analyze::analyze(
        "Der russische Außenminister Sergej Iwanow traf in Pjöngjang seine Amtskollegin.",
        None,
    );
    let lexicon_ms = t.elapsed().as_secs_f64() * 1000.0;

    if args.analysis_only {
        analysis_bench(&files, args.articles.min(20_000), lexicon_ms)?;
        if !args.keep {
            std::fs::remove_dir_all(&args.dir).ok();
        }
        return Ok(());
    }

    // 2. Dossier ingest.
    let data = args.dir.join("data");
    let rss_before = rss_kb("VmRSS");
    let (mut kb, _) = Kb::open(&data)?;
    let sampler = RssSampler::new(args.articles as u64);
    let t = Instant::now();
    let report = kb.ingest(&files, &IngestOptions::default(), !args.no_analyze, &sampler)?;
    let secs = t.elapsed().as_secs_f64();
    let stats = kb.stats()?;
    println!(
        "\n## Dossier ingest (parse, normalise, detect language, {}store in SQLite, index with tantivy)",
        if args.no_analyze { "" } else { "analyse, " }
    );
    println!(
        "ingest: {} articles in {:.1} s = {:.0} articles/s, {:.1} MB/s (input JSONL), {:.1} MB/s (article text)",
        report.ingested,
        secs,
        report.ingested as f64 / secs,
        mb(corpus_bytes) / secs,
        mb(text_bytes) / secs
    );
    println!(
        "store: database {:.1} MB, index {:.1} MB ({:.2}× the text)",
        mb(stats.database_bytes),
        mb(stats.index_bytes),
        (stats.database_bytes + stats.index_bytes) as f64 / text_bytes as f64
    );
    let show = |v: Vec<(u64, u64)>| {
        v.iter()
            .map(|(anon, file)| format!("{:.0}+{:.0}", *anon as f64 / 1024.0, *file as f64 / 1024.0))
            .collect::<Vec<_>>()
            .join(", ")
    };
    println!(
        "memory: RSS before {:.0} MB; RSS (heap + mapped files) at 25/50/75/100 % of the articles: {} MB; peak RSS {:.0} MB",
        rss_before as f64 / 1024.0,
        show(sampler.samples()),
        rss_kb("VmHWM") as f64 / 1024.0
    );

    // 3. Dossier search.
    let synth = Synth::new(args.seed);
    let qs = queries(&synth, args.seed);
    let ours = time_queries(&qs, args.rounds, |q| {
        let (from, to) = years(q);
        let res = kb.search(&SearchRequest { query: q.query.clone(), from, to, limit: 10, ..Default::default() })?;
        Ok(res.total)
    })?;
    println!("\n## Search: 200 queries × {} rounds, top 10 with snippets", args.rounds);
    print_latency("dossier", &ours);

    // 3b. The knowledge base: questions about 100 persons.
    let names = person_names(args.seed, 100);
    let window = dossier_kb::Window::default();
    let mut kb_lat: Latencies = Vec::new();
    for round in 0..=args.rounds {
        for name in &names {
            let one = vec![name.clone()];
            let mut time = |kind: &'static str, f: &mut dyn FnMut() -> bool| {
                let t = Instant::now();
                let found = f();
                if round > 0 && found {
                    kb_lat.push((kind, t.elapsed().as_secs_f64() * 1000.0));
                }
            };
            time("entity", &mut || kb.entity_answer(name, window).is_ok());
            time("quotes", &mut || kb.quotes(Some(name), None, window, 20).is_ok());
            time("meetings", &mut || kb.meetings(&one, None, window, 20).is_ok());
            time("timeline", &mut || kb.timeline(&one, window, 50).is_ok());
        }
    }
    let kb_stats = kb.store().kb_stats()?;
    println!(
        "\n## Knowledge base: {} entities, {} quotes, {} events, {} stories; 100 persons × {} rounds",
        kb_stats.0, kb_stats.1, kb_stats.2, kb_stats.3, args.rounds
    );
    for kind in ["entity", "quotes", "meetings", "timeline"] {
        if kb_lat.iter().any(|(k, _)| *k == kind) {
            let (p50, p99) = percentiles(&kb_lat, kind);
            println!("{:>8} {kind:>8}: p50 {p50:.2} ms  p99 {p99:.2} ms", "dossier");
        }
    }

    // 4. Analysis alone: lexicon load, then every article on every core.
    analysis_bench(&files, args.articles.min(20_000), lexicon_ms)?;

    // 5. SQLite FTS5 on the same corpus and queries.
    if !args.no_fts5 {
        let fts = fts5::Fts5::build(&args.dir.join("fts5.sqlite"), &files)?;
        println!(
            "\n## SQLite FTS5 peer (unicode61 remove_diacritics 2, bm25, snippet()): ingest {:.1} s = {:.0} articles/s, {:.1} MB/s (input); database {:.1} MB",
            fts.seconds,
            args.articles as f64 / fts.seconds,
            mb(corpus_bytes) / fts.seconds,
            mb(fts.bytes)
        );
        let theirs = time_queries(&qs, args.rounds, |q| fts.search(q))?;
        print_latency("fts5", &theirs);
        println!("\n## Ratio (FTS5 latency / Dossier latency; above 1 means Dossier is faster)");
        for kind in ["all", "term", "phrase", "boolean", "dated"] {
            let (a, b) = (percentiles(&ours, kind), percentiles(&theirs, kind));
            println!("{kind:>8}: p50 {:.2}×  p99 {:.2}×", b.0 / a.0, b.1 / a.1);
        }
    }
    if !args.keep {
        std::fs::remove_dir_all(&args.dir).ok();
    }
    Ok(())
}

fn analysis_bench(files: &[PathBuf], n: usize, lexicon_ms: f64) -> Result<()> {
    use rayon::prelude::*;
    use std::io::BufRead;
    let mut texts = Vec::with_capacity(n);
    'files: for f in files {
        for line in std::io::BufReader::new(std::fs::File::open(f)?).lines() {
            let v: serde_json::Value = serde_json::from_str(&line?)?;
            let date =
                v["date"].as_str().and_then(|d| d.get(..10)).and_then(|d| d.parse::<dossier_article::PubDate>().ok());
            texts
                .push((format!("{}\n\n{}", v["title"].as_str().unwrap_or(""), v["text"].as_str().unwrap_or("")), date));
            if texts.len() >= n {
                break 'files;
            }
        }
    }
    let bytes: usize = texts.iter().map(|(t, _)| t.len()).sum();
    let words: usize = texts.iter().map(|(t, _)| t.split_whitespace().count()).sum();
    let cores = rayon::current_num_threads();
    let t = Instant::now();
    let counts: (usize, usize, usize, usize) = texts
        .par_iter()
        .map(|(t, date)| {
            let a = dossier_analyze::analyze(t, date.as_ref());
            (a.entities.len(), a.quotes.len(), a.times.len(), a.events.len())
        })
        .reduce(|| (0, 0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2, a.3 + b.3));
    let secs = t.elapsed().as_secs_f64();
    println!(
        "\n## Analysis (segmentation, entities, roles, coreference, quotes, times, events), {} articles on {cores} cores",
        texts.len()
    );
    println!(
        "analysis: {:.1} MB in {:.2} s = {:.1} MB/s ({:.1} MB/s per core), {:.0} words/s per core; {} entities, {} quotes, {} times, {} events; lexicon load {:.0} ms",
        mb(bytes as u64),
        secs,
        mb(bytes as u64) / secs,
        mb(bytes as u64) / secs / cores as f64,
        words as f64 / secs / cores as f64,
        counts.0,
        counts.1,
        counts.2,
        counts.3,
        lexicon_ms
    );
    Ok(())
}

fn mb(b: u64) -> f64 {
    b as f64 / 1e6
}

fn num_cpus() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
}

fn years(q: &BenchQuery) -> (Option<PubDate>, Option<PubDate>) {
    match q.years {
        Some((a, b)) => (format!("{a}").parse().ok(), format!("{b}").parse().ok()),
        None => (None, None),
    }
}

fn write_corpus(dir: &Path, n: usize, seed: u64) -> Result<(Vec<PathBuf>, u64, u64)> {
    std::fs::create_dir_all(dir)?;
    let mut synth = Synth::new(seed);
    let mut files = Vec::new();
    let (mut bytes, mut text) = (0u64, 0u64);
    let mut i = 0;
    while i < n {
        let path = dir.join(format!("part-{:03}.jsonl", files.len()));
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path)?);
        for _ in 0..10_000.min(n - i) {
            let a = synth.article();
            text += (a.title.len() + a.text.len()) as u64;
            let line = serde_json::to_string(&a)?;
            bytes += line.len() as u64 + 1;
            writeln!(f, "{line}")?;
            i += 1;
        }
        f.flush()?;
        files.push(path);
    }
    Ok((files, bytes, text))
}

/// Reads a field of /proc/self/status in KB (0 where there is none).
fn rss_kb(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

/// Samples RSS (anonymous, file-backed) at each quarter of the run.
struct RssSampler {
    total: u64,
    samples: Mutex<Vec<(u64, u64)>>,
}

impl RssSampler {
    fn new(total: u64) -> Self {
        RssSampler { total, samples: Mutex::new(Vec::new()) }
    }

    fn samples(&self) -> Vec<(u64, u64)> {
        self.samples.lock().unwrap().clone()
    }
}

impl Observer for RssSampler {
    fn problem(&self, p: &Problem) {
        eprintln!("error: {p}");
    }

    fn progress(&self, c: &Counts) {
        let done = c.new.load(Relaxed) + c.unchanged.load(Relaxed) + c.duplicates.load(Relaxed);
        let mut s = self.samples.lock().unwrap();
        let next_quarter = (s.len() as u64 + 1) * self.total / 4;
        if s.len() < 4 && done >= next_quarter {
            s.push((rss_kb("RssAnon"), rss_kb("RssFile")));
        }
    }
}

/// Latencies in milliseconds per query kind.
type Latencies = Vec<(&'static str, f64)>;

fn time_queries(
    qs: &[BenchQuery],
    rounds: usize,
    mut run: impl FnMut(&BenchQuery) -> Result<usize>,
) -> Result<Latencies> {
    // One warm-up round, not counted.
    for q in qs {
        run(q)?;
    }
    let mut out = Vec::with_capacity(qs.len() * rounds);
    for _ in 0..rounds {
        for q in qs {
            let t = Instant::now();
            run(q)?;
            out.push((q.kind, t.elapsed().as_secs_f64() * 1000.0));
        }
    }
    Ok(out)
}

fn percentiles(l: &Latencies, kind: &str) -> (f64, f64) {
    let mut v: Vec<f64> = l.iter().filter(|(k, _)| kind == "all" || *k == kind).map(|(_, ms)| *ms).collect();
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let at = |p: f64| v[((v.len() as f64 - 1.0) * p).round() as usize];
    (at(0.50), at(0.99))
}

fn print_latency(name: &str, l: &Latencies) {
    for kind in ["all", "term", "phrase", "boolean", "dated"] {
        let (p50, p99) = percentiles(l, kind);
        println!("{name:>8} {kind:>8}: p50 {p50:.2} ms  p99 {p99:.2} ms");
    }
}

mod fts5 {
    //! The SQLite FTS5 peer: same corpus, same queries, ranked by bm25 with snippets.

    use super::{years, BenchQuery};
    use anyhow::Result;
    use rusqlite::{params, Connection};
    use std::io::BufRead;
    use std::path::{Path, PathBuf};
    use std::time::Instant;

    pub struct Fts5 {
        conn: Connection,
        pub seconds: f64,
        pub bytes: u64,
    }

    impl Fts5 {
        pub fn build(path: &Path, files: &[PathBuf]) -> Result<Self> {
            let conn = Connection::open(path)?;
            conn.execute_batch(
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
                 CREATE TABLE docs (id INTEGER PRIMARY KEY, title TEXT, date_lo INTEGER, date_hi INTEGER, source TEXT);
                 CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');",
            )?;
            let t = Instant::now();
            let mut id = 0i64;
            for f in files {
                let tx = conn.unchecked_transaction()?;
                {
                    let mut doc = tx.prepare("INSERT INTO docs VALUES (?1, ?2, ?3, ?4, ?5)")?;
                    let mut fts = tx.prepare("INSERT INTO fts (rowid, title, body) VALUES (?1, ?2, ?3)")?;
                    for line in std::io::BufReader::new(std::fs::File::open(f)?).lines() {
                        let v: serde_json::Value = serde_json::from_str(&line?)?;
                        let date: dossier_article::PubDate = v["date"].as_str().unwrap_or("2000").parse()?;
                        id += 1;
                        doc.execute(params![
                            id,
                            v["title"].as_str(),
                            date.first_day_number(),
                            date.last_day_number(),
                            v["source"].as_str()
                        ])?;
                        fts.execute(params![id, v["title"].as_str(), v["text"].as_str()])?;
                    }
                }
                tx.commit()?;
            }
            let seconds = t.elapsed().as_secs_f64();
            let bytes = std::fs::metadata(path)?.len()
                + std::fs::metadata(path.with_extension("sqlite-wal")).map(|m| m.len()).unwrap_or(0);
            Ok(Fts5 { conn, seconds, bytes })
        }

        /// Top 10 by bm25 (title weighted 2×) with a snippet, plus the total count.
        pub fn search(&self, q: &BenchQuery) -> Result<usize> {
            let (from, to) = years(q);
            let lo = from.map(|d| d.first_day_number()).unwrap_or(i64::MIN);
            let hi = to.map(|d| d.last_day_number()).unwrap_or(i64::MAX);
            let mut top = self.conn.prepare_cached(
                "SELECT docs.id, docs.title, docs.source, snippet(fts, 1, '<b>', '</b>', '…', 24)
                 FROM fts JOIN docs ON docs.id = fts.rowid
                 WHERE fts MATCH ?1 AND docs.date_hi >= ?2 AND docs.date_lo <= ?3
                 ORDER BY bm25(fts, 2.0, 1.0) LIMIT 10",
            )?;
            let rows = top.query_map(params![q.fts5, lo, hi], |r| r.get::<_, String>(3))?.count();
            let mut count = self.conn.prepare_cached(
                "SELECT COUNT(*) FROM fts JOIN docs ON docs.id = fts.rowid
                 WHERE fts MATCH ?1 AND docs.date_hi >= ?2 AND docs.date_lo <= ?3",
            )?;
            let total: i64 = count.query_row(params![q.fts5, lo, hi], |r| r.get(0))?;
            Ok(rows.max(total as usize))
        }
    }
}
