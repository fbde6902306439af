//! `kb`: one Dossier data directory — the SQLite store and the search index
//! kept in step — with the streaming ingest pipeline and search on top.
//!
//! Layout of a data directory:
//!
//! ```text
//! DIR/dossier.sqlite   articles, duplicates (system of record)
//! DIR/index/           tantivy index (derived; rebuilt from the store when needed)
//! ```
//!
//! **Invariant** — the index never holds an article the store does not, and
//! after [`Kb::open`] it holds every stored article: articles are committed to
//! SQLite first, then added to the index, whose commits record the highest
//! sequence number they contain. Opening the directory re-indexes whatever a
//! crash left behind (`seq` above that mark), and rebuilds the index from the
//! store when it is missing, corrupt or of another layout version.
#![warn(missing_docs)]

mod curation;
mod export;
mod facts;
mod ingest;
mod query;
mod search;
mod stored;

pub use curation::{Decision, ALIASES_FILE};
pub use dossier_store::CurationReport;
pub use dossier_store::{
    Citation, DuplicateRecord, EntityRef, EntityRow, EventRow, Facets, Profile, QuoteRow, RoleSpan, Window,
};
pub use export::{ExportFormat, ExportTable};
pub use ingest::{Counts, IngestReport, Observer};
pub use query::{EntityAnswer, RelatedAnswer, TimelineItem, MEETING_KINDS};
pub use search::{Hit, SearchRequest, SearchResponse, FACET_SAMPLE};

use dossier_index::{ArticleIndex, IndexError};
use dossier_store::{Store, StoreError};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// Errors of the knowledge-base layer.
#[derive(Debug, thiserror::Error)]
pub enum KbError {
    /// Store trouble.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Index trouble.
    #[error(transparent)]
    Index(#[from] IndexError),
    /// File-system trouble with the data directory.
    #[error("data directory {path}: {source}")]
    Dir {
        /// The directory.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
    /// Another process is writing to the data directory.
    #[error("another Dossier process is writing to {0}; wait for it to finish")]
    Busy(PathBuf),
    /// No data directory there (for commands that only read).
    #[error("no Dossier data in {0}; run `dossier ingest` first (or pass --data)")]
    Missing(PathBuf),
    /// The aliases file cannot be used.
    #[error("aliases file {path}: {message}")]
    Aliases {
        /// The file.
        path: PathBuf,
        /// What is wrong, and where.
        message: String,
    },
    /// A bad argument (date, limit, …).
    #[error("{0}")]
    Invalid(String),
}

/// Result alias.
pub type Result<T> = std::result::Result<T, KbError>;

/// An article filed by [`Resolution::file`]: its `seq`, the corpus entity of
/// each of its entities (`(local id, corpus id)`), and its story.
pub type Filed = (u64, Vec<(String, i64)>, Option<i64>);

/// Entity resolution across articles without a data directory (an
/// in-memory store): what `dossier eval` scores with B-cubed.
pub struct Resolution {
    store: Store,
}

impl Resolution {
    /// An empty corpus.
    pub fn new() -> Result<Self> {
        Ok(Resolution { store: Store::open_in_memory()? })
    }

    /// Files an article and its analysis; returns the corpus entity of each
    /// of its entities (`(local id, corpus id)`), empty for a duplicate.
    pub fn link(
        &mut self,
        article: &dossier_article::Article,
        analysis: &dossier_analyze::Analysis,
    ) -> Result<Vec<(String, i64)>> {
        Ok(self.file(article, Some(analysis))?.map(|(_, links, _)| links).unwrap_or_default())
    }

    /// Files an article (with its analysis, if any) and its near-duplicate
    /// signature; returns its `seq`, entity links and story, or `None` for a
    /// duplicate.
    pub fn file(
        &mut self,
        article: &dossier_article::Article,
        analysis: Option<&dossier_analyze::Analysis>,
    ) -> Result<Option<Filed>> {
        let x = analysis.map(|a| dossier_store::StoredAnalysis {
            version: dossier_analyze::VERSION,
            json: Vec::new(),
            facts: facts::facts_of(a),
        });
        let sig = ingest::signature(article);
        let out = self.store.insert_batch_full(std::slice::from_ref(article), &[x], &[sig])?;
        match out.first() {
            Some(dossier_store::Outcome::New(seq)) => {
                Ok(Some((*seq, self.store.entity_links(*seq)?, self.store.story_id(*seq)?)))
            }
            _ => Ok(None),
        }
    }
}

/// Memory budget of the index writer (split among its threads).
const WRITER_MEMORY: usize = 64 * 1024 * 1024;

/// An open data directory.
pub struct Kb {
    dir: PathBuf,
    store: Store,
    index: ArticleIndex,
}

/// What [`Kb::open`] had to repair.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Recovery {
    /// The index was rebuilt from scratch (why).
    pub rebuilt: Option<String>,
    /// Stored articles that were missing from the index and were added.
    pub reindexed: u64,
    /// What the aliases file changed, when it changed since last applied.
    pub curation: Option<CurationReport>,
    /// Articles whose near-duplicate signature was made again (after an
    /// upgrade changed the signature's hash functions).
    pub refiled: u64,
}

impl Kb {
    fn db_path(dir: &Path) -> PathBuf {
        dir.join("dossier.sqlite")
    }

    fn index_path(dir: &Path) -> PathBuf {
        dir.join("index")
    }

    /// Opens (creating if needed) the data directory for reading and writing,
    /// and brings the index in step with the store.
    pub fn open(dir: &Path) -> Result<(Self, Recovery)> {
        std::fs::create_dir_all(dir).map_err(|source| KbError::Dir { path: dir.to_path_buf(), source })?;
        let store = Store::open(&Self::db_path(dir))?;
        let mut recovery = Recovery::default();
        let index = match ArticleIndex::open(&Self::index_path(dir)) {
            Ok(i) => i,
            Err(e) => {
                tracing::warn!("rebuilding the search index: {e}");
                recovery.rebuilt = Some(e.to_string());
                ArticleIndex::destroy(&Self::index_path(dir))?;
                ArticleIndex::open(&Self::index_path(dir))?
            }
        };
        let mut kb = Kb { dir: dir.to_path_buf(), store, index };
        recovery.reindexed = kb.catch_up()?;
        recovery.curation = kb.load_curation(true)?;
        recovery.refiled = kb.upgrade_signatures()?;
        Ok((kb, recovery))
    }

    /// Opens an existing data directory for queries. When the index lags
    /// behind the store (a crashed ingest) and no other process is writing,
    /// it is brought in step first.
    pub fn open_existing(dir: &Path) -> Result<Self> {
        if !Self::db_path(dir).exists() {
            return Err(KbError::Missing(dir.to_path_buf()));
        }
        match Self::open(dir) {
            Ok((kb, _)) => Ok(kb),
            Err(KbError::Busy(_)) => {
                let store = Store::open(&Self::db_path(dir))?;
                let index = ArticleIndex::open(&Self::index_path(dir))?;
                let mut kb = Kb { dir: dir.to_path_buf(), store, index };
                kb.load_curation(false)?;
                Ok(kb)
            }
            Err(e) => Err(e),
        }
    }

    /// Signs every stored article again when its signatures were made by
    /// other hash functions than this build's (`dossier_similar::VERSION`).
    fn upgrade_signatures(&mut self) -> Result<u64> {
        const KEY: &str = "signature_version";
        let current = dossier_similar::VERSION.to_string();
        if self.store.meta(KEY)?.as_deref() == Some(current.as_str()) {
            return Ok(0);
        }
        let n = if self.store.max_seq()? > 0 {
            tracing::info!("signing the stored articles again for the near-duplicate search");
            self.store.refile_stories(ingest::body_signature)?
        } else {
            0
        };
        self.store.set_meta(KEY, &current)?;
        Ok(n)
    }

    /// Sees what other processes (or another `Kb` on this folder) committed
    /// to the search index since it was opened.
    pub fn reload(&self) -> Result<()> {
        Ok(self.index.reload()?)
    }

    /// The data directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The article store.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Indexes stored articles the index does not have yet; returns how many.
    fn catch_up(&mut self) -> Result<u64> {
        let mut mark = self.index.committed_seq()?;
        let max = self.store.max_seq()?;
        if mark == max {
            return Ok(0);
        }
        let mut writer = self.writer()?;
        if mark > max {
            // The index is ahead of the store (a store restored from an older
            // copy): it may hold articles the store lost; start it afresh.
            tracing::warn!("search index is ahead of the store ({mark} > {max}); rebuilding it");
            writer.clear()?;
            mark = 0;
        }
        writer.delete_above(mark)?;
        let mut after = mark;
        let mut n = 0;
        loop {
            let batch = self.store.articles_after(after, 1000)?;
            if batch.is_empty() {
                break;
            }
            for (seq, article) in &batch {
                writer.add(article, *seq, &self.extras(*seq)?)?;
                after = *seq;
                n += 1;
            }
        }
        writer.commit(after)?;
        writer.finish()?;
        self.index.reload()?;
        if n > 0 {
            tracing::info!("indexed {n} stored articles that a previous run left unindexed");
        }
        Ok(n)
    }

    /// The names and quotes of a stored article, for the search index.
    pub(crate) fn extras(&self, seq: u64) -> Result<dossier_index::Extras> {
        let (names, quotes) = self.store.index_extras(seq)?;
        Ok(dossier_index::Extras { names, quotes })
    }

    fn writer(&self) -> Result<dossier_index::ArticleWriter> {
        match self.index.writer(WRITER_MEMORY) {
            Err(IndexError::Locked) => Err(KbError::Busy(self.dir.clone())),
            other => Ok(other?),
        }
    }

    /// Drops the index and builds it again from the store; returns the count.
    pub fn reindex(&mut self) -> Result<u64> {
        let mut writer = self.writer()?;
        writer.clear()?;
        writer.commit(0)?;
        drop(writer);
        let n = self.catch_up()?;
        Ok(n)
    }

    /// One article, its analysis, and the copies of it recorded under other sources.
    pub fn article(&self, id: &str) -> Result<Option<ArticleView>> {
        let Some((seq, article)) = self.store.article(id)? else { return Ok(None) };
        let duplicates = self.store.duplicates_of(&article.id)?;
        let analysis = self
            .store
            .analysis(seq)?
            .and_then(|(_, json)| stored::expand(&json, &article.text))
            .and_then(|a| serde_json::to_value(a).ok());
        Ok(Some(ArticleView { seq, article, analysis, duplicates }))
    }

    /// Analyses again every German article whose stored analysis is missing
    /// or was made by another analyzer version (all of them with `all`);
    /// returns how many. Uses every core; memory stays bounded by the batch.
    pub fn reanalyze(&mut self, all: bool) -> Result<u64> {
        use rayon::prelude::*;
        let version = if all { -1 } else { dossier_analyze::VERSION };
        let mut after = 0;
        let mut n = 0;
        loop {
            let seqs = self.store.stale_analyses("de", version, after, 512)?;
            let Some(&last) = seqs.last() else { break };
            let texts: Vec<(u64, (String, Option<dossier_article::PubDate>))> = seqs
                .iter()
                .filter_map(|&s| self.store.dated_text(s).transpose().map(|t| t.map(|t| (s, t))))
                .collect::<std::result::Result<_, _>>()?;
            let results: Vec<(u64, dossier_store::StoredAnalysis)> = texts
                .par_iter()
                .map(|(seq, (text, date))| (*seq, ingest::stored_analysis(text, date.as_ref())))
                .collect();
            n += results.len() as u64;
            self.store.put_analyses(&results)?;
            after = last;
        }
        if n > 0 {
            self.store.refresh_entities()?;
            // The index holds the names and quotes of the analysis: index again.
            self.reindex()?;
        }
        Ok(n)
    }

    /// Store and index figures.
    pub fn stats(&self) -> Result<KbStats> {
        let store = self.store.stats()?;
        Ok(KbStats {
            indexed: self.index.num_docs(),
            database_bytes: dir_size(&self.dir, |p| {
                p.extension().is_none_or(|e| e != "lock") && !p.starts_with(Self::index_path(&self.dir))
            }),
            index_bytes: dir_size(&Self::index_path(&self.dir), |_| true),
            store,
        })
    }
}

fn dir_size(dir: &Path, keep: impl Fn(&Path) -> bool + Copy) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    let mut total = 0;
    for e in entries.flatten() {
        let p = e.path();
        if !keep(&p) {
            continue;
        }
        match e.metadata() {
            Ok(m) if m.is_dir() => total += dir_size(&p, keep),
            Ok(m) => total += m.len(),
            Err(_) => {}
        }
    }
    total
}

/// An article as `show` presents it.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleView {
    /// Store sequence number.
    pub seq: u64,
    /// The article.
    pub article: dossier_article::Article,
    /// Its analysis (German articles), as `dossier analyze` prints it.
    pub analysis: Option<serde_json::Value>,
    /// Copies under other sources.
    pub duplicates: Vec<dossier_store::DuplicateRecord>,
}

/// Figures of a data directory.
#[derive(Debug, Clone, Serialize)]
pub struct KbStats {
    /// Store figures.
    #[serde(flatten)]
    pub store: dossier_store::Stats,
    /// Articles in the search index.
    pub indexed: u64,
    /// Bytes of the SQLite files.
    pub database_bytes: u64,
    /// Bytes of the index.
    pub index_bytes: u64,
}
