//! The knowledge base as rows, streamed in a stable order: for export to
//! pandas, Gephi or another database.

use crate::facts::{citation, entity_ref, EventRow, QuoteRow};
use crate::{Result, Store};
use serde::{Deserialize, Serialize};

/// An entity with its figures and names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityExport {
    /// Corpus id.
    pub id: i64,
    /// Kind.
    pub kind: String,
    /// Canonical name.
    pub name: String,
    /// Country.
    pub country: Option<String>,
    /// Articles naming it.
    pub articles: u64,
    /// Mentions over all articles.
    pub mentions: u64,
    /// First article date.
    pub first_seen: Option<String>,
    /// Last article date.
    pub last_seen: Option<String>,
    /// Every name it is written with.
    pub aliases: Vec<String>,
}

/// An edge of the entity graph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    /// One end (entity id).
    pub source: i64,
    /// The other end.
    pub target: i64,
    /// `meeting` (they met: meetings, visits, calls, agreements) or
    /// `co-mention` (persons named in the same articles).
    pub kind: &'static str,
    /// How many meetings or shared articles.
    pub weight: u64,
}

impl Store {
    /// Every entity named in at least one article, by id.
    pub fn each_entity(&self, f: &mut dyn FnMut(EntityExport) -> Result<()>) -> Result<()> {
        let mut stmt = self.conn.prepare(
            "SELECT e.id, e.kind, e.name, e.country, e.articles, e.mentions, e.first_date, e.last_date,
                    (SELECT json_group_array(alias) FROM (SELECT alias FROM aliases a WHERE a.entity_id = e.id ORDER BY articles DESC, alias))
             FROM entities e WHERE e.articles > 0 ORDER BY e.id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let aliases: String = r.get(8)?;
            f(EntityExport {
                id: r.get(0)?,
                kind: r.get(1)?,
                name: r.get(2)?,
                country: r.get(3)?,
                articles: r.get::<_, i64>(4)? as u64,
                mentions: r.get::<_, i64>(5)? as u64,
                first_seen: r.get(6)?,
                last_seen: r.get(7)?,
                aliases: serde_json::from_str(&aliases).unwrap_or_default(),
            })?;
        }
        Ok(())
    }

    /// Every quote, in article order.
    pub fn each_quote(&self, f: &mut dyn FnMut(QuoteRow) -> Result<()>) -> Result<()> {
        let mut stmt = self.conn.prepare(
            "SELECT q.speaker, e.name, q.kind, q.cue, q.text, a.id, a.date, a.title, a.source, q.start, q.end
             FROM quotes q JOIN articles a ON a.seq = q.seq LEFT JOIN entities e ON e.id = q.speaker
             ORDER BY q.seq, q.n",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let speaker = entity_ref(r, 0)?;
            f(QuoteRow {
                speaker,
                kind: r.get(2)?,
                cue: r.get(3)?,
                text: r.get(4)?,
                cite: citation(r, 5)?,
                copies: 0,
            })?;
        }
        Ok(())
    }

    /// Every event, in article order.
    pub fn each_event(&self, f: &mut dyn FnMut(EventRow) -> Result<()>) -> Result<()> {
        let mut stmt = self.conn.prepare(
            "SELECT v.seq, v.n, v.kind, v.place, p.name, v.date, v.trigger, COALESCE(NULLIF(v.text, ''), substr(a.text, v.start + 1, v.end - v.start)), a.id, a.date, a.title, a.source, v.start, v.end
             FROM events v JOIN articles a ON a.seq = v.seq LEFT JOIN entities p ON p.id = v.place
             ORDER BY v.seq, v.n",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let (seq, n): (i64, i64) = (r.get(0)?, r.get(1)?);
            let place = entity_ref(r, 3)?;
            let participants = self.participants(seq, n)?;
            f(EventRow {
                kind: r.get(2)?,
                participants,
                place,
                date: r.get(5)?,
                trigger: r.get(6)?,
                text: r.get(7)?,
                cite: citation(r, 8)?,
                copies: 0,
            })?;
        }
        Ok(())
    }

    /// The entity graph: who met whom (meetings, visits, calls, agreements),
    /// and which persons are named together in at least `min_shared` articles.
    pub fn graph_edges(&self, min_shared: u64) -> Result<Vec<Edge>> {
        let mut out = Vec::new();
        let mut stmt = self.conn.prepare(
            "SELECT a.entity_id, b.entity_id, COUNT(*) FROM event_participants a
             JOIN event_participants b ON b.seq = a.seq AND b.n = a.n AND b.entity_id > a.entity_id
             JOIN events v ON v.seq = a.seq AND v.n = a.n
             WHERE v.kind IN ('meeting', 'visit', 'call', 'agreement')
             GROUP BY a.entity_id, b.entity_id ORDER BY a.entity_id, b.entity_id",
        )?;
        for row in stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get::<_, i64>(2)? as u64)))? {
            let (source, target, weight) = row?;
            out.push(Edge { source, target, kind: "meeting", weight });
        }
        let mut stmt = self.conn.prepare(
            "SELECT x.entity_id, y.entity_id, COUNT(*) AS n FROM entity_articles x
             JOIN entity_articles y ON y.seq = x.seq AND y.entity_id > x.entity_id
             JOIN entities ex ON ex.id = x.entity_id AND ex.kind = 'person'
             JOIN entities ey ON ey.id = y.entity_id AND ey.kind = 'person'
             GROUP BY x.entity_id, y.entity_id HAVING n >= ?1 ORDER BY x.entity_id, y.entity_id",
        )?;
        for row in stmt.query_map([min_shared as i64], |r| Ok((r.get(0)?, r.get(1)?, r.get::<_, i64>(2)? as u64)))? {
            let (source, target, weight) = row?;
            out.push(Edge { source, target, kind: "co-mention", weight });
        }
        Ok(out)
    }
}
