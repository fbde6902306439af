//! The streaming ingest pipeline.
//!
//! ```text
//! reader (this thread) ──chunks of RawUnits──▶ rayon: parse_unit on every core
//!        ──parsed chunk (bounded channel)──▶ writer thread: SQLite batch, then index
//! ```
//!
//! Memory stays flat: a chunk holds at most [`CHUNK_UNITS`] units or
//! [`CHUNK_BYTES`] bytes, and at most two chunks wait for the writer.

use crate::{Kb, Result};
use dossier_ingest::{parse_unit, read_path, Article, FileStats, IngestOptions, Problem, RawUnit};
use dossier_similar::Signature;
use dossier_store::{Outcome, StoredAnalysis};
use rayon::prelude::*;
use serde::Serialize;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::{Duration, Instant};

/// A chunk is one SQLite transaction. Large chunks matter: every batch
/// rewrites the index pages it touched (entity, speaker and participant
/// indexes take inserts all over), so 4,096 articles per commit write the
/// log about half as often as 1,024 did (100,000 articles: commits 46 s → 20 s).
const CHUNK_UNITS: usize = 4096;
/// At most this much text per chunk (about 4,000 news articles).
const CHUNK_BYTES: usize = 32 * 1024 * 1024;
/// Index commits happen at most this often (and at the end).
const COMMIT_EVERY: Duration = Duration::from_secs(20);

/// Live counters of a run, readable from any thread.
#[derive(Debug, Default)]
pub struct Counts {
    /// Files opened.
    pub files: AtomicU64,
    /// Bytes read from disk.
    pub bytes: AtomicU64,
    /// Articles stored as new.
    pub new: AtomicU64,
    /// Articles already stored.
    pub unchanged: AtomicU64,
    /// Articles recorded as duplicates of stored ones.
    pub duplicates: AtomicU64,
    /// Problems reported.
    pub problems: AtomicU64,
}

/// Receives problems and progress while a run goes on.
pub trait Observer: Sync {
    /// One problem, as soon as it is known.
    fn problem(&self, problem: &Problem);
    /// Called after each chunk is written.
    fn progress(&self, counts: &Counts);
}

/// No one listening: problems and progress are dropped (tests, embedding).
impl Observer for () {
    fn problem(&self, _: &Problem) {}
    fn progress(&self, _: &Counts) {}
}

/// The closing summary of a run.
#[derive(Debug, Clone, Default, Serialize)]
pub struct IngestReport {
    /// Files opened.
    pub files: u64,
    /// Bytes read.
    pub bytes: u64,
    /// New articles.
    pub ingested: u64,
    /// Articles that were stored already.
    pub unchanged: u64,
    /// Copies of stored articles under another source.
    pub duplicates: u64,
    /// Inputs skipped with a problem.
    pub errors: u64,
    /// Files in folders passed over for their extension.
    pub ignored_files: u64,
    /// An example of those.
    pub ignored_example: Option<String>,
    /// WARC records that were not HTML responses.
    pub skipped_records: u64,
    /// Seconds the run took.
    pub seconds: f64,
}

impl IngestReport {
    /// Whether nothing at all could be ingested (the run failed).
    pub fn nothing_ingested(&self) -> bool {
        self.ingested + self.unchanged + self.duplicates == 0
    }
}

/// A parsed article with its analysis (German articles) and its
/// near-duplicate signature (all articles).
type Analysed = (Article, Option<StoredAnalysis>, Signature);
type Parsed = Vec<std::result::Result<Analysed, Problem>>;

/// What the index holds of an article besides its text: the names of its
/// entities and its quotes, as its analysis gives them (the same that
/// `Store::index_extras` reads back when the index is rebuilt).
fn extras(x: Option<&StoredAnalysis>) -> dossier_index::Extras {
    let Some(x) = x else { return dossier_index::Extras::default() };
    dossier_index::Extras {
        names: x.facts.entities.iter().map(|e| e.name.clone()).collect(),
        quotes: x.facts.quotes.iter().map(|q| q.text.clone()).collect(),
    }
}

/// Runs the analysis stage on German articles.
pub(crate) fn analyse(article: &Article) -> Option<StoredAnalysis> {
    if article.language.as_deref() != Some("de") {
        return None;
    }
    Some(stored_analysis(&article.text, article.date.as_ref()))
}

/// The near-duplicate signature of an article: of its body, since outlets
/// rewrite the headlines of agency copy.
pub(crate) fn signature(a: &Article) -> Signature {
    body_signature(&a.text, a.body_start)
}

/// The signature of a text's body, which starts at char `body_start`.
pub(crate) fn body_signature(text: &str, body_start: usize) -> Signature {
    let body = text.char_indices().nth(body_start).map_or(text.len(), |(b, _)| b);
    Signature::of(&text[body..])
}

/// The analysis as stored (compact: see `stored.rs`), with its facts for the knowledge base.
pub(crate) fn stored_analysis(text: &str, date: Option<&dossier_article::PubDate>) -> StoredAnalysis {
    let analysis = dossier_analyze::analyze(text, date);
    StoredAnalysis {
        version: dossier_analyze::VERSION,
        json: dossier_store::pack(&crate::stored::compact(&analysis)),
        facts: crate::facts::facts_of(&analysis),
    }
}

impl Kb {
    /// Ingests files and folders, streaming; problems go to `observer` and
    /// the run goes on. Returns the summary.
    ///
    /// German articles are analysed on the way in unless `analyze` is false
    /// (then `reanalyze` does it later).
    pub fn ingest(
        &mut self,
        paths: &[PathBuf],
        opts: &IngestOptions,
        analyze: bool,
        observer: &dyn Observer,
    ) -> Result<IngestReport> {
        let started = Instant::now();
        let counts = Counts::default();
        let mut stats = FileStats::default();
        let mut writer = self.writer()?;
        let (tx, rx) = crossbeam_channel::bounded::<Parsed>(2);
        let store = &mut self.store;
        let write_result = std::thread::scope(|scope| {
            let counts = &counts;
            let writer_thread = scope.spawn(move || -> Result<u64> {
                let mut last_seq = 0u64;
                let mut committed_at = Instant::now();
                let mut dirty = false;
                for chunk in rx {
                    let mut articles = Vec::with_capacity(chunk.len());
                    let mut analyses = Vec::with_capacity(chunk.len());
                    let mut signatures = Vec::with_capacity(chunk.len());
                    for item in chunk {
                        match item {
                            Ok((a, x, sig)) => {
                                articles.push(a);
                                analyses.push(x);
                                signatures.push(sig);
                            }
                            Err(p) => {
                                counts.problems.fetch_add(1, Relaxed);
                                observer.problem(&p);
                            }
                        }
                    }
                    let outcomes = store.insert_batch_full(&articles, &analyses, &signatures)?;
                    for ((a, x), o) in articles.iter().zip(&analyses).zip(outcomes) {
                        match o {
                            Outcome::New(seq) => {
                                writer.add(a, seq, &extras(x.as_ref()))?;
                                last_seq = seq;
                                dirty = true;
                                counts.new.fetch_add(1, Relaxed);
                            }
                            Outcome::Unchanged => _ = counts.unchanged.fetch_add(1, Relaxed),
                            Outcome::Duplicate { .. } => _ = counts.duplicates.fetch_add(1, Relaxed),
                        }
                    }
                    if dirty && committed_at.elapsed() > COMMIT_EVERY {
                        writer.commit(last_seq)?;
                        committed_at = Instant::now();
                        dirty = false;
                    }
                    observer.progress(counts);
                }
                if dirty {
                    writer.commit(last_seq)?;
                }
                writer.finish()?;
                Ok(last_seq)
            });

            let mut chunk: Vec<std::result::Result<RawUnit, Problem>> = Vec::new();
            let mut chunk_bytes = 0usize;
            let flush = |chunk: &mut Vec<std::result::Result<RawUnit, Problem>>| -> bool {
                let parsed: Parsed = std::mem::take(chunk)
                    .into_par_iter()
                    .map(|u| {
                        u.and_then(|u| parse_unit(&u, opts)).map(|a| {
                            let x = if analyze { analyse(&a) } else { None };
                            let sig = signature(&a);
                            (a, x, sig)
                        })
                    })
                    .collect();
                tx.send(parsed).is_ok()
            };
            let mut writer_alive = true;
            for path in paths {
                if !writer_alive {
                    break;
                }
                let before = (stats.files, stats.bytes);
                // Live figures while a folder is read: files seen and bytes of
                // the units read (uncompressed); the exact file figures are set
                // when the path is done.
                let (mut live_files, mut live_bytes, mut last_path) = (0u64, 0u64, String::new());
                read_path(path, &opts.limits, &mut stats, &mut |unit| {
                    if !writer_alive {
                        return;
                    }
                    let (p, len) = match &unit {
                        Ok(u) => (&u.origin.path, u.bytes.len()),
                        Err(p) => (&p.path, 0),
                    };
                    if *p != last_path {
                        last_path.clone_from(p);
                        live_files += 1;
                        counts.files.fetch_add(1, Relaxed);
                    }
                    live_bytes += len as u64;
                    counts.bytes.fetch_add(len as u64, Relaxed);
                    chunk_bytes += len;
                    chunk.push(unit);
                    if chunk.len() >= CHUNK_UNITS || chunk_bytes >= CHUNK_BYTES {
                        writer_alive = flush(&mut chunk);
                        chunk_bytes = 0;
                    }
                });
                counts.files.fetch_add(stats.files - before.0, Relaxed);
                counts.files.fetch_sub(live_files, Relaxed);
                counts.bytes.fetch_add(stats.bytes - before.1, Relaxed);
                counts.bytes.fetch_sub(live_bytes, Relaxed);
            }
            if writer_alive && !chunk.is_empty() {
                flush(&mut chunk);
            }
            drop(tx);
            writer_thread.join().expect("writer thread does not panic")
        });
        write_result?;
        self.index.reload()?;
        Ok(IngestReport {
            files: stats.files,
            bytes: stats.bytes,
            ingested: counts.new.load(Relaxed),
            unchanged: counts.unchanged.load(Relaxed),
            duplicates: counts.duplicates.load(Relaxed),
            errors: counts.problems.load(Relaxed),
            ignored_files: stats.ignored,
            ignored_example: stats.ignored_example,
            skipped_records: stats.skipped_records,
            seconds: started.elapsed().as_secs_f64(),
        })
    }
}
