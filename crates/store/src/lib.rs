//! `store`: the SQLite database of articles — the system of record.
//!
//! Every article gets a monotonically increasing sequence number (`seq`) when
//! stored; the search index records the highest `seq` it has committed, which
//! is how the two are kept in step after a crash (see `dossier-kb`).
//!
//! The schema carries a version (`PRAGMA user_version`) and is migrated
//! forward on open; a database from a newer build is refused, not touched.
//! Writes happen in transactions (WAL journal), so a killed process leaves the
//! last committed state.
#![warn(missing_docs)]

mod export;
mod facts;
mod stories;

pub use export::{Edge, EntityExport};

pub use stories::{RelatedArticle, StoryArticle};

pub use facts::{
    Citation, CurationReport, EntityRef, EntityRow, EventRow, FactEntity, FactEvent, FactQuote, Facts, Profile,
    QuoteRow, RoleSpan, Window,
};

use dossier_article::{Article, Origin, PubDate};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = 5;

/// Migrations: entry `i` moves the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 0 → 1: articles and duplicates.
    "CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        title TEXT NOT NULL,
        date TEXT,
        date_lo INTEGER,
        date_hi INTEGER,
        language TEXT,
        language_confidence REAL NOT NULL DEFAULT 0,
        source TEXT,
        url TEXT,
        origin TEXT NOT NULL,
        body_start INTEGER NOT NULL,
        text TEXT NOT NULL,
        credits TEXT NOT NULL DEFAULT '[]',
        related TEXT NOT NULL DEFAULT '[]',
        extra TEXT NOT NULL DEFAULT '{}',
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
    );
    CREATE INDEX articles_content_hash ON articles(content_hash);
    CREATE INDEX articles_date ON articles(date_lo);
    CREATE INDEX articles_source ON articles(source);
    CREATE TABLE duplicates (
        id TEXT PRIMARY KEY,
        duplicate_of TEXT NOT NULL REFERENCES articles(id),
        source TEXT,
        url TEXT,
        title TEXT NOT NULL,
        date TEXT,
        origin TEXT NOT NULL,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
    );
    CREATE INDEX duplicates_of ON duplicates(duplicate_of);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);",
    // 1 → 2: the analysis of each article (JSON), with the analyzer version that made it.
    "CREATE TABLE analyses (
        seq INTEGER PRIMARY KEY REFERENCES articles(seq),
        version INTEGER NOT NULL,
        json TEXT NOT NULL
    );
    CREATE INDEX analyses_version ON analyses(version);",
    // 2 → 3: the knowledge base across articles (see `facts.rs`).
    facts::MIGRATION,
    // 3 → 4: near-duplicate stories (see `stories.rs`).
    stories::MIGRATION,
    // 4 → 5: the per-article fact tables clustered by their key.
    facts::CLUSTERED,
];

/// Store errors.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// An SQLite error.
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// Stored JSON that does not parse (the database was edited by hand?).
    #[error("database holds malformed JSON in article {id}: {source}")]
    Json {
        /// Article id.
        id: String,
        /// Parse error.
        source: serde_json::Error,
    },
    /// A caller's callback failed while rows were streamed to it.
    #[error("{0}")]
    Callback(String),
    /// The database was written by a newer Dossier.
    #[error("database schema version {found} is newer than this build's {SCHEMA_VERSION}; upgrade Dossier")]
    TooNew {
        /// Version found.
        found: i64,
    },
}

/// Result alias.
pub type Result<T> = std::result::Result<T, StoreError>;

/// What happened to an article handed to [`Store::insert_batch`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Stored as new, with its sequence number.
    New(u64),
    /// Already stored (same source, same text): nothing changed.
    Unchanged,
    /// Same text as a stored article from another source: recorded as its duplicate.
    Duplicate {
        /// Id of the article stored first.
        of: String,
    },
}

/// A copy of an article recorded under another source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DuplicateRecord {
    /// Id the copy would have had.
    pub id: String,
    /// Its source.
    pub source: Option<String>,
    /// Its URL.
    pub url: Option<String>,
    /// Its headline.
    pub title: String,
    /// Its date.
    pub date: Option<String>,
    /// Where it was read from.
    pub origin: Origin,
}

/// Summary figures of the store.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    /// Stored articles.
    pub articles: u64,
    /// Recorded duplicates.
    pub duplicates: u64,
    /// Articles per source, most first.
    pub sources: Vec<(String, u64)>,
    /// Articles per language, most first.
    pub languages: Vec<(String, u64)>,
    /// Earliest and latest publication date.
    pub date_range: Option<(String, String)>,
    /// Articles without a date.
    pub undated: u64,
    /// Total size of the normalised texts in bytes.
    pub text_bytes: u64,
}

/// An article's analysis as stored: the analyzer version, the compact JSON,
/// and the facts it contributes to the knowledge base.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StoredAnalysis {
    /// Analyzer version.
    pub version: i64,
    /// Compact JSON, as [`pack`] makes it (deflated) or plain.
    pub json: Vec<u8>,
    /// Facts for the knowledge base.
    pub facts: Facts,
}

/// The mark of a deflated analysis.
const PACKED: &[u8] = b"DZ1";

/// An analysis's JSON as stored: deflated (a fifth of its size), behind a
/// mark. Done by the caller's threads, so the single writer only copies bytes.
pub fn pack(json: &str) -> Vec<u8> {
    use std::io::Write;
    let mut out = PACKED.to_vec();
    let mut z = flate2::write::DeflateEncoder::new(&mut out, flate2::Compression::fast());
    z.write_all(json.as_bytes()).expect("writing to memory");
    z.finish().expect("writing to memory");
    out
}

/// The JSON of a stored analysis: deflated behind the mark, or plain (as
/// stored before analyses were packed).
fn unpack(stored: rusqlite::types::ValueRef) -> std::result::Result<String, String> {
    use rusqlite::types::ValueRef;
    let bytes = match stored {
        ValueRef::Text(t) | ValueRef::Blob(t) => t,
        _ => return Err("not text".into()),
    };
    match bytes.strip_prefix(PACKED) {
        Some(z) => {
            use std::io::Read;
            let mut s = String::new();
            flate2::read::DeflateDecoder::new(z).read_to_string(&mut s).map_err(|e| e.to_string())?;
            Ok(s)
        }
        None => String::from_utf8(bytes.to_vec()).map_err(|e| e.to_string()),
    }
}

/// Counts over the matches of a search, each `(value, articles)`, most first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Facets {
    /// By source (outlet).
    pub sources: Vec<(String, u64)>,
    /// By language.
    pub languages: Vec<(String, u64)>,
    /// By year of publication (oldest first).
    pub years: Vec<(String, u64)>,
    /// The entities most of them name.
    pub entities: Vec<(EntityRef, u64)>,
}

/// The article database.
pub struct Store {
    conn: Connection,
    /// Files facts; remembers identities and holds running figures until
    /// the batch commits (cleared whenever a write fails or entities are merged).
    linker: facts::Linker,
    /// The user's decisions about entities, honoured while filing.
    curation: dossier_resolve::Curation,
}

impl Store {
    /// Opens (creating and migrating when needed) the database at `path`.
    pub fn open(path: &Path) -> Result<Self> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // 256 MiB of page cache at most: the knowledge-base indexes stay in
        // memory while ingesting (SQLite grows the cache only as pages are read).
        conn.pragma_update(None, "cache_size", -262144)?;
        // Checkpoint the write-ahead log at 64 MiB instead of 4 MiB: index
        // pages that every batch touches (entities, bands) are copied into the
        // database once per checkpoint, not once per batch.
        conn.pragma_update(None, "wal_autocheckpoint", 16384)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let mut store = Store { conn, linker: Default::default(), curation: Default::default() };
        store.migrate()?;
        Ok(store)
    }

    /// A fresh database in memory (for evaluation and tests).
    pub fn open_in_memory() -> Result<Self> {
        let conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let mut store = Store { conn, linker: Default::default(), curation: Default::default() };
        store.migrate()?;
        Ok(store)
    }

    /// Opens an existing database read-only.
    pub fn open_read_only(path: &Path) -> Result<Self> {
        let conn =
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > SCHEMA_VERSION {
            return Err(StoreError::TooNew { found });
        }
        Ok(Store { conn, linker: Default::default(), curation: Default::default() })
    }

    fn migrate(&mut self) -> Result<()> {
        let found: i64 = self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > SCHEMA_VERSION {
            return Err(StoreError::TooNew { found });
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
            let tx = self.conn.transaction()?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
            tx.commit()?;
        }
        Ok(())
    }

    /// A value the application keeps beside the data (`None` when unset).
    pub fn meta(&self, key: &str) -> Result<Option<String>> {
        Ok(self.conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }

    /// Sets a value kept beside the data.
    pub fn set_meta(&self, key: &str, value: &str) -> Result<()> {
        self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)", [key, value])?;
        Ok(())
    }

    /// The schema version on disk.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Stores a batch of articles in one transaction, deciding for each
    /// whether it is new, unchanged or a duplicate of a stored one.
    pub fn insert_batch(&mut self, articles: &[Article]) -> Result<Vec<Outcome>> {
        let none = vec![None; articles.len()];
        self.insert_batch_with(articles, &none)
    }

    /// Like [`insert_batch`](Self::insert_batch), storing each new article's
    /// analysis and filing its facts in the knowledge base, in the same transaction.
    pub fn insert_batch_with(
        &mut self,
        articles: &[Article],
        analyses: &[Option<StoredAnalysis>],
    ) -> Result<Vec<Outcome>> {
        self.insert_batch_full(articles, analyses, &[])
    }

    /// Like [`insert_batch_with`](Self::insert_batch_with), also filing each
    /// new article's near-duplicate signature (`signatures[i]` for `articles[i]`).
    pub fn insert_batch_full(
        &mut self,
        articles: &[Article],
        analyses: &[Option<StoredAnalysis>],
        signatures: &[dossier_similar::Signature],
    ) -> Result<Vec<Outcome>> {
        // Foreign keys are not checked while filing: every key written here
        // was read or created in the same transaction, and checking them
        // costs a look-up per row (two for a fact). Tests assert that
        // `foreign_key_violations` stays zero; every other write is checked.
        self.conn.pragma_update(None, "foreign_keys", "OFF")?;
        let out = self.insert_batch_inner(articles, analyses, signatures);
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        if out.is_err() {
            // The transaction was rolled back: so is what the cache learnt in it.
            self.linker.clear();
        }
        out
    }

    fn insert_batch_inner(
        &mut self,
        articles: &[Article],
        analyses: &[Option<StoredAnalysis>],
        signatures: &[dossier_similar::Signature],
    ) -> Result<Vec<Outcome>> {
        let tx = self.conn.transaction()?;
        let mut outcomes = Vec::with_capacity(articles.len());
        {
            let mut exists = tx.prepare_cached("SELECT 1 FROM articles WHERE id = ?1")?;
            let mut dup_exists = tx.prepare_cached("SELECT 1 FROM duplicates WHERE id = ?1")?;
            let mut same_text =
                tx.prepare_cached("SELECT id FROM articles WHERE content_hash = ?1 ORDER BY seq LIMIT 1")?;
            let mut insert = tx.prepare_cached(
                "INSERT INTO articles (id, content_hash, title, date, date_lo, date_hi, language, language_confidence,
                    source, url, origin, body_start, text, credits, related, extra)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
            )?;
            let mut insert_dup = tx.prepare_cached(
                "INSERT OR IGNORE INTO duplicates (id, duplicate_of, source, url, title, date, origin)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            let mut put =
                tx.prepare_cached("INSERT OR REPLACE INTO analyses (seq, version, json) VALUES (?1, ?2, ?3)")?;
            for (n, a) in articles.iter().enumerate() {
                if exists.exists([&a.id])? || dup_exists.exists([&a.id])? {
                    outcomes.push(Outcome::Unchanged);
                    continue;
                }
                let first: Option<String> = same_text.query_row([&a.content_hash], |r| r.get(0)).optional()?;
                let origin = serde_json::to_string(&a.origin).expect("origin serialises");
                let date = a.date.map(|d| d.to_string());
                if let Some(of) = first {
                    insert_dup.execute(params![a.id, of, a.source, a.url, a.title, date, origin])?;
                    outcomes.push(Outcome::Duplicate { of });
                    continue;
                }
                insert.execute(params![
                    a.id,
                    a.content_hash,
                    a.title,
                    date,
                    a.date.map(|d| d.first_day_number()),
                    a.date.map(|d| d.last_day_number()),
                    a.language,
                    a.language_confidence,
                    a.source,
                    a.url,
                    origin,
                    a.body_start as i64,
                    a.text,
                    serde_json::to_string(&a.credits).expect("serialises"),
                    serde_json::to_string(&a.related).expect("serialises"),
                    serde_json::to_string(&a.extra).expect("serialises"),
                ])?;
                let seq = tx.last_insert_rowid();
                if let Some(Some(x)) = analyses.get(n) {
                    put.execute(params![seq, x.version, x.json])?;
                    let when = facts::Dated {
                        lo: a.date.map(|d| d.first_day_number()),
                        hi: a.date.map(|d| d.last_day_number()),
                        text: date.as_deref(),
                    };
                    self.linker.link(&tx, &self.curation, seq, when, &x.facts)?;
                }
                if let Some(sig) = signatures.get(n) {
                    stories::file(&tx, seq, sig)?;
                }
                outcomes.push(Outcome::New(seq as u64));
            }
        }
        self.linker.flush(&tx)?;
        tx.commit()?;
        Ok(outcomes)
    }

    /// One article by id (or by a unique id prefix of at least 6 digits).
    pub fn article(&self, id: &str) -> Result<Option<(u64, Article)>> {
        let mut stmt = self.conn.prepare_cached(&format!("SELECT {COLUMNS} FROM articles WHERE id = ?1"))?;
        if let Some(found) = stmt.query_row([id], row_to_article).optional()? {
            return Ok(Some(decode(found)?));
        }
        if id.len() >= 6 && id.chars().all(|c| c.is_ascii_hexdigit()) {
            let mut stmt = self.conn.prepare_cached(&format!(
                "SELECT {COLUMNS} FROM articles WHERE id >= ?1 AND id < ?1 || 'g' ORDER BY id LIMIT 2"
            ))?;
            let rows: Vec<RawRow> = stmt.query_map([id], row_to_article)?.collect::<rusqlite::Result<_>>()?;
            if rows.len() == 1 {
                return Ok(Some(decode(rows.into_iter().next().expect("one row"))?));
            }
        }
        Ok(None)
    }

    /// The text and metadata needed for a search hit, by sequence number.
    pub fn hit_fields(&self, seq: u64) -> Result<Option<HitFields>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, title, date, source, language, url, substr(text, body_start + 1) FROM articles WHERE seq = ?1",
        )?;
        Ok(stmt
            .query_row([seq as i64], |r| {
                Ok(HitFields {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    date: r.get(2)?,
                    source: r.get(3)?,
                    language: r.get(4)?,
                    url: r.get(5)?,
                    body: r.get(6)?,
                })
            })
            .optional()?)
    }

    /// Counts over a set of articles (the matches of a search): by source,
    /// language, year, and the entities most of them name (at most `top` of each).
    pub fn facets(&self, seqs: &[u64], top: usize) -> Result<Facets> {
        let mut f = Facets::default();
        if seqs.is_empty() {
            return Ok(f);
        }
        let list = seqs.iter().map(u64::to_string).collect::<Vec<_>>().join(",");
        let count = |sql: String| -> Result<Vec<(String, u64)>> {
            let mut stmt = self.conn.prepare(&sql)?;
            let rows = stmt.query_map([top as i64], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64)))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        f.sources = count(format!(
            "SELECT COALESCE(source, '(unknown)'), COUNT(*) n FROM articles WHERE seq IN ({list})
             GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?1"
        ))?;
        f.languages = count(format!(
            "SELECT COALESCE(language, '(unknown)'), COUNT(*) n FROM articles WHERE seq IN ({list})
             GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?1"
        ))?;
        f.years = count(format!(
            "SELECT COALESCE(substr(date, 1, 4), 'undated'), COUNT(*) n FROM articles WHERE seq IN ({list})
             GROUP BY 1 ORDER BY 1 LIMIT ?1"
        ))?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT e.id, e.name, COUNT(DISTINCT x.seq) n FROM entity_articles x JOIN entities e ON e.id = x.entity_id
             WHERE x.seq IN ({list}) GROUP BY e.id ORDER BY n DESC, e.name LIMIT ?1"
        ))?;
        let rows = stmt.query_map([top as i64], |r| {
            Ok((EntityRef { id: r.get(0)?, name: r.get(1)? }, r.get::<_, i64>(2)? as u64))
        })?;
        f.entities = rows.collect::<rusqlite::Result<_>>()?;
        Ok(f)
    }

    /// Articles with a sequence number above `after`, in order, at most `limit`.
    pub fn articles_after(&self, after: u64, limit: usize) -> Result<Vec<(u64, Article)>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM articles WHERE seq > ?1 ORDER BY seq LIMIT ?2"))?;
        let rows: Vec<RawRow> =
            stmt.query_map(params![after as i64, limit as i64], row_to_article)?.collect::<rusqlite::Result<_>>()?;
        rows.into_iter().map(decode).collect()
    }

    /// The stored analysis of an article: `(analyzer version, JSON)`.
    pub fn analysis(&self, seq: u64) -> Result<Option<(i64, String)>> {
        let mut stmt = self.conn.prepare_cached("SELECT version, json FROM analyses WHERE seq = ?1")?;
        Ok(stmt
            .query_row([seq as i64], |r| {
                let json = unpack(r.get_ref(1)?)
                    .map_err(|e| rusqlite::Error::FromSqlConversionFailure(1, rusqlite::types::Type::Blob, e.into()))?;
                Ok((r.get(0)?, json))
            })
            .optional()?)
    }

    /// Sequence numbers of articles (of a language) whose analysis is missing
    /// or was made by another analyzer version, above `after`, at most `limit`.
    pub fn stale_analyses(&self, language: &str, version: i64, after: u64, limit: usize) -> Result<Vec<u64>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.seq FROM articles a LEFT JOIN analyses x ON x.seq = a.seq
             WHERE a.seq > ?1 AND a.language = ?2 AND (x.version IS NULL OR x.version != ?3)
             ORDER BY a.seq LIMIT ?4",
        )?;
        let rows = stmt.query_map(params![after as i64, language, version, limit as i64], |r| r.get::<_, i64>(0))?;
        Ok(rows.map(|r| r.map(|v| v as u64)).collect::<rusqlite::Result<_>>()?)
    }

    /// The text and publication date of an article by sequence number.
    pub fn dated_text(&self, seq: u64) -> Result<Option<(String, Option<PubDate>)>> {
        let mut stmt = self.conn.prepare_cached("SELECT text, date FROM articles WHERE seq = ?1")?;
        let row = stmt
            .query_row([seq as i64], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?)))
            .optional()?;
        Ok(row.map(|(text, date)| (text, date.and_then(|d| d.parse().ok()))))
    }

    /// Stores analyses `(seq, version, JSON)` in one transaction.
    pub fn put_analyses(&mut self, items: &[(u64, StoredAnalysis)]) -> Result<()> {
        let out = self.put_analyses_inner(items);
        if out.is_err() {
            self.linker.clear();
        }
        out
    }

    fn put_analyses_inner(&mut self, items: &[(u64, StoredAnalysis)]) -> Result<()> {
        let tx = self.conn.transaction()?;
        {
            let mut put =
                tx.prepare_cached("INSERT OR REPLACE INTO analyses (seq, version, json) VALUES (?1, ?2, ?3)")?;
            let mut dated = tx.prepare_cached("SELECT date, date_lo, date_hi FROM articles WHERE seq = ?1")?;
            for (seq, x) in items {
                put.execute(params![*seq as i64, x.version, x.json])?;
                facts::unlink(&tx, *seq as i64)?;
                let (text, lo, hi): (Option<String>, Option<i64>, Option<i64>) =
                    dated.query_row([*seq as i64], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
                self.linker.link(
                    &tx,
                    &self.curation,
                    *seq as i64,
                    facts::Dated { lo, hi, text: text.as_deref() },
                    &x.facts,
                )?;
            }
        }
        self.linker.flush(&tx)?;
        tx.commit()?;
        Ok(())
    }

    /// Recomputes the running figures of every entity (articles, mentions,
    /// first and last seen, roles over time) from the articles linked to it:
    /// after articles were analysed again.
    pub fn refresh_entities(&mut self) -> Result<()> {
        let tx = self.conn.transaction()?;
        facts::refresh(&tx, None)?;
        tx.commit()?;
        Ok(())
    }

    /// The highest sequence number stored (0 when empty).
    pub fn max_seq(&self) -> Result<u64> {
        Ok(self.conn.query_row("SELECT COALESCE(MAX(seq), 0) FROM articles", [], |r| r.get::<_, i64>(0))? as u64)
    }

    /// Copies of an article recorded under other sources.
    pub fn duplicates_of(&self, id: &str) -> Result<Vec<DuplicateRecord>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, source, url, title, date, origin FROM duplicates WHERE duplicate_of = ?1 ORDER BY ingested_at, id",
        )?;
        let rows = stmt.query_map([id], |r| {
            let origin: String = r.get(5)?;
            Ok(DuplicateRecord {
                id: r.get(0)?,
                source: r.get(1)?,
                url: r.get(2)?,
                title: r.get(3)?,
                date: r.get(4)?,
                origin: serde_json::from_str(&origin).unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Summary figures.
    pub fn stats(&self) -> Result<Stats> {
        let c = &self.conn;
        let count = |sql: &str| -> Result<u64> { Ok(c.query_row(sql, [], |r| r.get::<_, i64>(0))? as u64) };
        let groups = |sql: &str| -> Result<Vec<(String, u64)>> {
            let mut stmt = c.prepare(sql)?;
            let rows = stmt.query_map([], |r| {
                Ok((r.get::<_, Option<String>>(0)?.unwrap_or_else(|| "(none)".into()), r.get::<_, i64>(1)? as u64))
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        let range: Option<(String, String)> =
            c.query_row("SELECT MIN(date), MAX(date) FROM articles WHERE date IS NOT NULL", [], |r| {
                Ok(match (r.get::<_, Option<String>>(0)?, r.get::<_, Option<String>>(1)?) {
                    (Some(a), Some(b)) => Some((a, b)),
                    _ => None,
                })
            })?;
        Ok(Stats {
            articles: count("SELECT COUNT(*) FROM articles")?,
            duplicates: count("SELECT COUNT(*) FROM duplicates")?,
            sources: groups("SELECT source, COUNT(*) n FROM articles GROUP BY source ORDER BY n DESC, source")?,
            languages: groups("SELECT language, COUNT(*) n FROM articles GROUP BY language ORDER BY n DESC, language")?,
            date_range: range,
            undated: count("SELECT COUNT(*) FROM articles WHERE date IS NULL")?,
            text_bytes: count("SELECT COALESCE(SUM(length(CAST(text AS BLOB))), 0) FROM articles")?,
        })
    }

    /// Rows whose foreign keys point at nothing (`PRAGMA foreign_key_check`);
    /// zero in a consistent store.
    pub fn foreign_key_violations(&self) -> Result<u64> {
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        let mut rows = stmt.query([])?;
        let mut n = 0;
        while rows.next()?.is_some() {
            n += 1;
        }
        Ok(n)
    }

    /// Checks the database file for corruption (`PRAGMA quick_check`).
    pub fn quick_check(&self) -> Result<String> {
        Ok(self.conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?)
    }
}

/// What a search hit shows, read from the store.
#[derive(Debug, Clone)]
pub struct HitFields {
    /// Article id.
    pub id: String,
    /// Headline.
    pub title: String,
    /// Publication date.
    pub date: Option<String>,
    /// Source.
    pub source: Option<String>,
    /// Language.
    pub language: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// The text after the headline.
    pub body: String,
}

const COLUMNS: &str = "seq, id, content_hash, title, date, language, language_confidence, source, url, origin, body_start, text, credits, related, extra";

type RawRow = (u64, Article, String, String, String, String, Option<String>);

fn row_to_article(r: &rusqlite::Row<'_>) -> rusqlite::Result<RawRow> {
    let article = Article {
        id: r.get(1)?,
        content_hash: r.get(2)?,
        title: r.get(3)?,
        date: None,
        language: r.get(5)?,
        language_confidence: r.get(6)?,
        source: r.get(7)?,
        url: r.get(8)?,
        origin: Origin::default(),
        body_start: r.get::<_, i64>(10)? as usize,
        text: r.get(11)?,
        credits: Vec::new(),
        related: Vec::new(),
        extra: Default::default(),
    };
    Ok((r.get::<_, i64>(0)? as u64, article, r.get(9)?, r.get(12)?, r.get(13)?, r.get(14)?, r.get(4)?))
}

fn decode(row: RawRow) -> Result<(u64, Article)> {
    let (seq, mut a, origin, credits, related, extra, date) = row;
    let json = |e| StoreError::Json { id: a.id.clone(), source: e };
    a.origin = serde_json::from_str(&origin).map_err(json)?;
    a.credits = serde_json::from_str(&credits).map_err(json)?;
    a.related = serde_json::from_str(&related).map_err(json)?;
    a.extra = serde_json::from_str(&extra).map_err(json)?;
    a.date = date.and_then(|d| d.parse::<PubDate>().ok());
    Ok((seq, a))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_article::{article_id, content_hash, Format};

    fn article(source: &str, text: &str) -> Article {
        Article {
            id: article_id(Some(source), text),
            content_hash: content_hash(text),
            title: "Titel".into(),
            text: format!("Titel\n\n{text}"),
            body_start: 7,
            date: "2023-10".parse().ok(),
            language: Some("de".into()),
            language_confidence: 0.9,
            source: Some(source.into()),
            url: None,
            origin: Origin { path: "a.txt".into(), format: Format::Text, line: None, record: None },
            credits: vec!["Quelle: dpa".into()],
            related: vec![],
            extra: Default::default(),
        }
    }

    #[test]
    fn new_unchanged_duplicate() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("db.sqlite")).unwrap();
        let a = article("Kurier", "Text eins.");
        let b = article("Bote", "Text eins.");
        let out = s.insert_batch(&[a.clone(), a.clone(), b.clone()]).unwrap();
        assert_eq!(out, vec![Outcome::New(1), Outcome::Unchanged, Outcome::Duplicate { of: a.id.clone() }]);
        assert_eq!(s.insert_batch(std::slice::from_ref(&b)).unwrap(), vec![Outcome::Unchanged]);
        let (seq, back) = s.article(&a.id).unwrap().unwrap();
        assert_eq!(seq, 1);
        assert_eq!(back, a);
        assert_eq!(s.article(&a.id[..8]).unwrap().unwrap().1.id, a.id);
        assert_eq!(s.duplicates_of(&a.id).unwrap()[0].source.as_deref(), Some("Bote"));
        let st = s.stats().unwrap();
        assert_eq!((st.articles, st.duplicates), (1, 1));
        assert_eq!(st.date_range, Some(("2023-10".into(), "2023-10".into())));
    }

    #[test]
    fn refuses_newer_schema() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite");
        drop(Store::open(&path).unwrap());
        Connection::open(&path).unwrap().pragma_update(None, "user_version", 99).unwrap();
        assert!(matches!(Store::open(&path), Err(StoreError::TooNew { found: 99 })));
    }
}
