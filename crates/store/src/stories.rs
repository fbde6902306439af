//! Stories: near-duplicate articles (one agency text run by many outlets)
//! grouped by MinHash signatures and LSH bands (`dossier_similar`).
//!
//! Each new article's signature is stored with its band keys; articles that
//! share a band are candidates, and the most similar candidate at or above
//! `dossier_similar::NEAR_DUPLICATE` gives the new article its story. An
//! article with no such candidate opens a story of its own (its `seq`).

use crate::{Result, Store};
use dossier_similar::{Signature, NEAR_DUPLICATE};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

/// Migration 3 → 4.
pub(crate) const MIGRATION: &str = "
    CREATE TABLE signatures (
        seq INTEGER PRIMARY KEY REFERENCES articles(seq),
        sig BLOB NOT NULL,
        story INTEGER NOT NULL,
        similarity REAL NOT NULL
    );
    CREATE INDEX signatures_story ON signatures(story);
    CREATE TABLE bands (
        key INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (key, seq)
    ) WITHOUT ROWID;";

/// Files an article's signature and finds its story.
pub(crate) fn file(tx: &Transaction, seq: i64, sig: &Signature) -> Result<()> {
    let bands = sig.bands();
    let mut best: Option<(f64, i64)> = None;
    {
        let mut candidates = tx.prepare_cached("SELECT seq FROM bands WHERE key = ?1")?;
        let mut load = tx.prepare_cached("SELECT sig, story FROM signatures WHERE seq = ?1")?;
        let mut seen: Vec<i64> = Vec::new();
        for (b, key) in bands.iter().enumerate() {
            let band_key = key ^ ((b as i64) << 56);
            for other in candidates.query_map([band_key], |r| r.get::<_, i64>(0))? {
                let other = other?;
                if seen.contains(&other) || seen.len() > 200 {
                    continue;
                }
                seen.push(other);
                let (bytes, story): (Vec<u8>, i64) = load.query_row([other], |r| Ok((r.get(0)?, r.get(1)?)))?;
                let s = sig.similarity(&Signature::from_bytes(&bytes));
                if s >= NEAR_DUPLICATE && best.is_none_or(|(bs, _)| s > bs) {
                    best = Some((s, story));
                }
            }
        }
    }
    let (similarity, story) = best.unwrap_or((1.0, seq));
    tx.execute(
        "INSERT OR REPLACE INTO signatures (seq, sig, story, similarity) VALUES (?1, ?2, ?3, ?4)",
        params![seq, sig.to_bytes(), story, similarity],
    )?;
    let mut put = tx.prepare_cached("INSERT OR IGNORE INTO bands (key, seq) VALUES (?1, ?2)")?;
    for (b, key) in bands.iter().enumerate() {
        put.execute(params![key ^ ((b as i64) << 56), seq])?;
    }
    Ok(())
}

/// An article of a story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoryArticle {
    /// Article id.
    pub id: String,
    /// Headline.
    pub title: String,
    /// Source (outlet).
    pub source: Option<String>,
    /// Date.
    pub date: Option<String>,
    /// Estimated similarity to the story's first article (1 for the first).
    pub similarity: f64,
}

/// An article related by the entities it shares.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RelatedArticle {
    /// Article id.
    pub id: String,
    /// Headline.
    pub title: String,
    /// Source.
    pub source: Option<String>,
    /// Date.
    pub date: Option<String>,
    /// Entities shared with the article asked about.
    pub shared: u64,
}

impl Store {
    /// Files every stored article's signature again, in the order of
    /// ingest, with `sign(text, body_start)` (chars): after the signature's
    /// hash functions changed. One transaction: all or nothing. Returns how many.
    pub fn refile_stories(&mut self, sign: impl Fn(&str, usize) -> Signature) -> Result<u64> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM bands", [])?;
        tx.execute("DELETE FROM signatures", [])?;
        let mut n = 0;
        {
            let mut all = tx.prepare("SELECT seq, text, body_start FROM articles ORDER BY seq")?;
            let mut rows = all.query([])?;
            while let Some(r) = rows.next()? {
                let (seq, text, body): (i64, String, i64) = (r.get(0)?, r.get(1)?, r.get(2)?);
                file(&tx, seq, &sign(&text, body as usize))?;
                n += 1;
            }
        }
        tx.commit()?;
        Ok(n)
    }

    /// Counts of the knowledge base: entities, quotes, events, stories.
    pub fn kb_stats(&self) -> Result<(u64, u64, u64, u64)> {
        let count = |sql: &str| -> Result<u64> { Ok(self.conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as u64) };
        Ok((
            count("SELECT COUNT(*) FROM entities")?,
            count("SELECT COUNT(*) FROM quotes")?,
            count("SELECT COUNT(*) FROM events")?,
            count("SELECT COUNT(DISTINCT story) FROM signatures")?,
        ))
    }

    /// The story id of an article (the `seq` of the story's first article).
    pub fn story_id(&self, seq: u64) -> Result<Option<i64>> {
        Ok(self.conn.query_row("SELECT story FROM signatures WHERE seq = ?1", [seq as i64], |r| r.get(0)).optional()?)
    }

    /// The story of an article: every near-duplicate copy, the first first.
    pub fn story_of(&self, seq: u64) -> Result<Vec<StoryArticle>> {
        let story: Option<i64> = self
            .conn
            .query_row("SELECT story FROM signatures WHERE seq = ?1", [seq as i64], |r| r.get(0))
            .optional()?;
        let Some(story) = story else { return Ok(Vec::new()) };
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.title, a.source, a.date, s.similarity FROM signatures s JOIN articles a ON a.seq = s.seq
             WHERE s.story = ?1 ORDER BY s.seq",
        )?;
        let rows = stmt.query_map([story], |r| {
            Ok(StoryArticle {
                id: r.get(0)?,
                title: r.get(1)?,
                source: r.get(2)?,
                date: r.get(3)?,
                similarity: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Other articles on the same matter: those sharing the most entities
    /// with it (places count less than persons and organisations do not),
    /// within `days` of its date; near-duplicates left out.
    pub fn related(&self, seq: u64, days: i64, limit: usize) -> Result<Vec<RelatedArticle>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.title, a.source, a.date, COUNT(DISTINCT y.entity_id) AS shared
             FROM entity_articles x
             JOIN entities e ON e.id = x.entity_id AND e.kind != 'place'
             JOIN entity_articles y ON y.entity_id = x.entity_id AND y.seq != x.seq
                  AND (x.date_lo IS NULL OR y.date_lo BETWEEN x.date_lo - ?2 AND x.date_lo + ?2)
             JOIN articles a ON a.seq = y.seq
             WHERE x.seq = ?1
               AND y.seq NOT IN (SELECT s.seq FROM signatures s WHERE s.story = (SELECT story FROM signatures WHERE seq = ?1))
             GROUP BY y.seq HAVING shared >= 2
             ORDER BY shared DESC, a.date_lo DESC LIMIT ?3",
        )?;
        let rows = stmt.query_map(params![seq as i64, days, limit as i64], |r| {
            Ok(RelatedArticle {
                id: r.get(0)?,
                title: r.get(1)?,
                source: r.get(2)?,
                date: r.get(3)?,
                shared: r.get::<_, i64>(4)? as u64,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
