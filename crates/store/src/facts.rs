//! The knowledge base across articles: entities resolved across articles,
//! their aliases, and the quotes and events of every article pointing at them.
//!
//! Each analysed article contributes [`Facts`] (plain data made by the `kb`
//! layer from its analysis). [`link`] files them in the same transaction as
//! the article: each article entity is resolved to a corpus entity by its
//! identity key (`dossier_resolve::identity`), a person known by one word is
//! attached to the only full-name person with that surname
//! (`dossier_resolve::attach_surname`), and a new full-name person takes over
//! the one-word entity its surname was filed under when it is the only one
//! to fit. Re-linking an article ([`unlink`] then [`link`]) is how
//! `reanalyze` keeps the tables consistent.

use crate::Result;
use dossier_resolve::{identity, is_single_word, name_key, plain_identity, surname_keys, Curation, Kind};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Migration 2 → 3.
pub(crate) const MIGRATION: &str = "
    CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        country TEXT,
        single INTEGER NOT NULL DEFAULT 0,
        articles INTEGER NOT NULL DEFAULT 0,
        mentions INTEGER NOT NULL DEFAULT 0,
        first_lo INTEGER,
        first_date TEXT,
        last_hi INTEGER,
        last_date TEXT
    );
    CREATE INDEX entities_country ON entities(country);
    CREATE TABLE entity_roles (
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        articles INTEGER NOT NULL DEFAULT 0,
        first_lo INTEGER,
        first_date TEXT,
        last_hi INTEGER,
        last_date TEXT,
        PRIMARY KEY (entity_id, role)
    );
    CREATE TABLE identities (
        identity TEXT PRIMARY KEY,
        entity_id INTEGER NOT NULL REFERENCES entities(id)
    );
    CREATE INDEX identities_entity ON identities(entity_id);
    CREATE TABLE aliases (
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        key TEXT NOT NULL,
        articles INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (entity_id, alias)
    );
    CREATE INDEX aliases_key ON aliases(key);
    CREATE TABLE surnames (
        key TEXT NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        PRIMARY KEY (key, entity_id)
    );
    CREATE TABLE entity_articles (
        seq INTEGER NOT NULL REFERENCES articles(seq),
        local TEXT NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        name TEXT NOT NULL,
        roles TEXT NOT NULL DEFAULT '[]',
        mentions INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        date_lo INTEGER,
        PRIMARY KEY (seq, local)
    );
    CREATE INDEX entity_articles_entity ON entity_articles(entity_id, date_lo);
    CREATE TABLE quotes (
        seq INTEGER NOT NULL REFERENCES articles(seq),
        n INTEGER NOT NULL,
        speaker INTEGER REFERENCES entities(id),
        kind TEXT NOT NULL,
        cue TEXT,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        date_lo INTEGER,
        PRIMARY KEY (seq, n)
    );
    CREATE INDEX quotes_speaker ON quotes(speaker, date_lo);
    CREATE TABLE events (
        seq INTEGER NOT NULL REFERENCES articles(seq),
        n INTEGER NOT NULL,
        kind TEXT NOT NULL,
        place INTEGER REFERENCES entities(id),
        date TEXT,
        trigger TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        participants INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (seq, n)
    );
    CREATE INDEX events_place ON events(place);
    CREATE TABLE event_participants (
        seq INTEGER NOT NULL,
        n INTEGER NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        date_lo INTEGER,
        PRIMARY KEY (seq, n, entity_id)
    );
    CREATE INDEX event_participants_entity ON event_participants(entity_id, date_lo);";

/// Migration 4 → 5: the tables of per-article facts become `WITHOUT ROWID`
/// tables clustered by `(seq, …)`: rows are filed once, in key order, instead
/// of in a rowid table plus a separate index of the key (a third less to
/// write per article, and a fifth less on disk).
pub(crate) const CLUSTERED: &str = "
    CREATE TABLE entity_articles_5 (
        seq INTEGER NOT NULL REFERENCES articles(seq),
        local TEXT NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        name TEXT NOT NULL,
        roles TEXT NOT NULL DEFAULT '[]',
        mentions INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        date_lo INTEGER,
        PRIMARY KEY (seq, local)
    ) WITHOUT ROWID;
    INSERT INTO entity_articles_5 SELECT seq, local, entity_id, name, roles, mentions, start, end, date_lo FROM entity_articles;
    DROP TABLE entity_articles;
    ALTER TABLE entity_articles_5 RENAME TO entity_articles;
    CREATE INDEX entity_articles_entity ON entity_articles(entity_id, date_lo);

    CREATE TABLE quotes_5 (
        seq INTEGER NOT NULL REFERENCES articles(seq),
        n INTEGER NOT NULL,
        speaker INTEGER REFERENCES entities(id),
        kind TEXT NOT NULL,
        cue TEXT,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        date_lo INTEGER,
        PRIMARY KEY (seq, n)
    ) WITHOUT ROWID;
    INSERT INTO quotes_5 SELECT seq, n, speaker, kind, cue, start, end, text, date_lo FROM quotes;
    DROP TABLE quotes;
    ALTER TABLE quotes_5 RENAME TO quotes;
    CREATE INDEX quotes_speaker ON quotes(speaker, date_lo);

    CREATE TABLE events_5 (
        seq INTEGER NOT NULL REFERENCES articles(seq),
        n INTEGER NOT NULL,
        kind TEXT NOT NULL,
        place INTEGER REFERENCES entities(id),
        date TEXT,
        trigger TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        participants INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (seq, n)
    ) WITHOUT ROWID;
    INSERT INTO events_5 SELECT seq, n, kind, place, date, trigger, start, end, text, participants FROM events;
    DROP TABLE events;
    ALTER TABLE events_5 RENAME TO events;
    CREATE INDEX events_place ON events(place);

    CREATE TABLE event_participants_5 (
        seq INTEGER NOT NULL,
        n INTEGER NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        date_lo INTEGER,
        PRIMARY KEY (seq, n, entity_id)
    ) WITHOUT ROWID;
    INSERT INTO event_participants_5 SELECT seq, n, entity_id, date_lo FROM event_participants;
    DROP TABLE event_participants;
    ALTER TABLE event_participants_5 RENAME TO event_participants;
    CREATE INDEX event_participants_entity ON event_participants(entity_id, date_lo);";

/// An article's date for the knowledge base: its first and last day number
/// and its text form.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Dated<'a> {
    pub lo: Option<i64>,
    pub hi: Option<i64>,
    pub text: Option<&'a str>,
}

/// What one analysed article says, in plain data, for the knowledge base.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    /// Entities of the article (`local` ids as in its analysis).
    pub entities: Vec<FactEntity>,
    /// Quotes.
    pub quotes: Vec<FactQuote>,
    /// Events.
    pub events: Vec<FactEvent>,
}

/// An entity of one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactEntity {
    /// Its id in the article's analysis (`e1`).
    pub local: String,
    /// Kind.
    pub kind: Kind,
    /// The article's name for it.
    pub name: String,
    /// ISO code when the entity is a country.
    pub country_code: Option<String>,
    /// Country it belongs to (a person's by role, a place's).
    pub country: Option<String>,
    /// Roles the article gives it.
    pub roles: Vec<String>,
    /// How many mentions.
    pub mentions: u32,
    /// Its first mention (chars).
    pub start: usize,
    /// End of its first mention (chars).
    pub end: usize,
}

/// A quote of one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactQuote {
    /// Speaker (local id).
    pub speaker: Option<String>,
    /// `direct`, `indirect` or `mixed`.
    pub kind: String,
    /// The cue word.
    pub cue: Option<String>,
    /// Start (chars).
    pub start: usize,
    /// End (chars).
    pub end: usize,
    /// What was said.
    pub text: String,
}

/// An event of one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactEvent {
    /// `meeting`, `visit`, `call`, `agreement`, `invitation`, `statement`.
    pub kind: String,
    /// Participants (local ids).
    pub participants: Vec<String>,
    /// Place (local id).
    pub place: Option<String>,
    /// Its date, when the text gives one.
    pub date: Option<String>,
    /// The trigger word.
    pub trigger: String,
    /// Evidence start (chars).
    pub start: usize,
    /// Evidence end (chars).
    pub end: usize,
    /// The evidence.
    pub text: String,
}

/// The first or last dated sighting: (day number, date text).
type Sighting = Option<(i64, String)>;

/// Running figures learnt while filing one batch, not yet written.
#[derive(Debug, Default)]
struct Delta {
    articles: i64,
    mentions: i64,
    country: Option<String>,
    first: Sighting,
    last: Sighting,
}

impl Delta {
    fn see(&mut self, date: Dated) {
        if let (Some(lo), Some(text)) = (date.lo, date.text) {
            if self.first.as_ref().is_none_or(|(f, _)| lo < *f) {
                self.first = Some((lo, text.to_string()));
            }
        }
        if let (Some(hi), Some(text)) = (date.hi, date.text) {
            if self.last.as_ref().is_none_or(|(l, _)| hi > *l) {
                self.last = Some((hi, text.to_string()));
            }
        }
    }
}

/// An entity is called by the name most articles use (a full name before a
/// surname on a tie, then alphabetically), whatever the order of ingest:
/// the order of its aliases that puts that name first.
const BY_USE: &str = "ORDER BY articles DESC, LENGTH(alias) DESC, alias LIMIT 1";

/// Files articles' facts. It remembers the identities it has resolved, and
/// it keeps the running figures of entities, roles and aliases in memory
/// until [`flush`](Linker::flush), which the writer calls once per batch,
/// before the commit: an entity named by many articles of a batch is
/// updated once, not once per article.
#[derive(Debug, Default)]
pub(crate) struct Linker {
    /// Identity key → entity id (of committed or pending writes).
    identities: HashMap<String, i64>,
    entities: HashMap<i64, Delta>,
    roles: HashMap<(i64, String), Delta>,
    aliases: HashMap<(i64, String), i64>,
    /// One-word person names → the entity they were filed under; forgotten
    /// whenever a person entity is created or merged (that may change it).
    singles: HashMap<String, Option<i64>>,
}

impl Linker {
    /// Forgets everything: after a failed write (the transaction was rolled
    /// back) or a merge (identities moved).
    pub(crate) fn clear(&mut self) {
        *self = Linker::default();
    }

    /// Writes the pending running figures; the caller commits.
    pub(crate) fn flush(&mut self, tx: &Transaction) -> Result<()> {
        if self.entities.is_empty() && self.roles.is_empty() && self.aliases.is_empty() {
            return Ok(());
        }
        let mut alias = tx.prepare_cached(
            "INSERT INTO aliases (entity_id, alias, key, articles) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (entity_id, alias) DO UPDATE SET articles = articles + excluded.articles",
        )?;
        for ((id, name), n) in self.aliases.drain() {
            alias.execute(params![id, name, name_key(&name), n])?;
        }
        // An entity is called by the name most articles use (and keeps its country, once known).
        let mut stats = tx.prepare_cached(&format!(
            "UPDATE entities SET articles = articles + ?2, mentions = mentions + ?3,
                name = COALESCE((SELECT alias FROM aliases WHERE entity_id = ?1 {BY_USE}), name),
                country = COALESCE(country, ?4),
                first_date = CASE WHEN ?5 IS NOT NULL AND (first_lo IS NULL OR ?5 < first_lo) THEN ?6 ELSE first_date END,
                first_lo = CASE WHEN ?5 IS NOT NULL AND (first_lo IS NULL OR ?5 < first_lo) THEN ?5 ELSE first_lo END,
                last_date = CASE WHEN ?7 IS NOT NULL AND (last_hi IS NULL OR ?7 > last_hi) THEN ?8 ELSE last_date END,
                last_hi = CASE WHEN ?7 IS NOT NULL AND (last_hi IS NULL OR ?7 > last_hi) THEN ?7 ELSE last_hi END
             WHERE id = ?1"
        ))?;
        for (id, d) in self.entities.drain() {
            let (first_lo, first_date) = d.first.unzip();
            let (last_hi, last_date) = d.last.unzip();
            stats.execute(params![id, d.articles, d.mentions, d.country, first_lo, first_date, last_hi, last_date])?;
        }
        let mut role = tx.prepare_cached(
            "INSERT INTO entity_roles (entity_id, role, articles, first_lo, first_date, last_hi, last_date)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (entity_id, role) DO UPDATE SET articles = articles + excluded.articles,
                first_date = CASE WHEN ?4 IS NOT NULL AND (first_lo IS NULL OR ?4 < first_lo) THEN ?5 ELSE first_date END,
                first_lo = CASE WHEN ?4 IS NOT NULL AND (first_lo IS NULL OR ?4 < first_lo) THEN ?4 ELSE first_lo END,
                last_date = CASE WHEN ?6 IS NOT NULL AND (last_hi IS NULL OR ?6 > last_hi) THEN ?7 ELSE last_date END,
                last_hi = CASE WHEN ?6 IS NOT NULL AND (last_hi IS NULL OR ?6 > last_hi) THEN ?6 ELSE last_hi END",
        )?;
        for ((id, r), d) in self.roles.drain() {
            let (first_lo, first_date) = d.first.unzip();
            let (last_hi, last_date) = d.last.unzip();
            role.execute(params![id, r, d.articles, first_lo, first_date, last_hi, last_date])?;
        }
        Ok(())
    }

    /// Files an article's facts; the caller's transaction makes it atomic
    /// (and calls [`flush`](Linker::flush) before it commits).
    pub(crate) fn link(
        &mut self,
        tx: &Transaction,
        curation: &Curation,
        seq: i64,
        date: Dated,
        facts: &Facts,
    ) -> Result<()> {
        let mut ids: Vec<(&str, i64)> = Vec::with_capacity(facts.entities.len());
        {
            let mut put = tx.prepare_cached(
                "INSERT OR REPLACE INTO entity_articles (seq, local, entity_id, name, roles, mentions, start, end, date_lo)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?;
            for e in &facts.entities {
                let id = self.resolve(tx, curation, e)?;
                let roles = serde_json::to_string(&e.roles).expect("roles serialise");
                put.execute(params![
                    seq, e.local, id, e.name, roles, e.mentions, e.start as i64, e.end as i64, date.lo
                ])?;
                let d = self.entities.entry(id).or_default();
                d.articles += 1;
                d.mentions += i64::from(e.mentions);
                if d.country.is_none() {
                    d.country.clone_from(&e.country);
                }
                d.see(date);
                *self.aliases.entry((id, e.name.clone())).or_default() += 1;
                for r in &e.roles {
                    let d = self.roles.entry((id, r.clone())).or_default();
                    d.articles += 1;
                    d.see(date);
                }
                ids.push((e.local.as_str(), id));
            }
        }
        let global = |local: Option<&str>| local.and_then(|l| ids.iter().find(|(x, _)| *x == l)).map(|x| x.1);
        {
            let mut put = tx.prepare_cached(
                "INSERT OR REPLACE INTO quotes (seq, n, speaker, kind, cue, start, end, text, date_lo)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?;
            for (n, q) in facts.quotes.iter().enumerate() {
                put.execute(params![
                    seq,
                    n as i64,
                    global(q.speaker.as_deref()),
                    q.kind,
                    q.cue,
                    q.start as i64,
                    q.end as i64,
                    q.text,
                    date.lo
                ])?;
            }
        }
        {
            let mut put = tx.prepare_cached(
                "INSERT OR REPLACE INTO events (seq, n, kind, place, date, trigger, start, end, text, participants)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?;
            let mut part = tx.prepare_cached(
                "INSERT OR IGNORE INTO event_participants (seq, n, entity_id, date_lo) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for (n, v) in facts.events.iter().enumerate() {
                let mut people: Vec<i64> = v.participants.iter().filter_map(|p| global(Some(p))).collect();
                people.sort_unstable();
                people.dedup();
                put.execute(params![
                    seq,
                    n as i64,
                    v.kind,
                    global(v.place.as_deref()),
                    v.date,
                    v.trigger,
                    v.start as i64,
                    v.end as i64,
                    // The evidence is read from the article text by its span.
                    "",
                    people.len() as i64
                ])?;
                for id in people {
                    part.execute(params![seq, n as i64, id, date.lo])?;
                }
            }
        }
        Ok(())
    }
}

/// Removes an article's facts (its entities stay: other articles may cite
/// them); the running figures are put right by [`refresh`].
pub(crate) fn unlink(tx: &Transaction, seq: i64) -> Result<()> {
    for table in ["entity_articles", "quotes", "events", "event_participants"] {
        tx.execute(&format!("DELETE FROM {table} WHERE seq = ?1"), [seq])?;
    }
    Ok(())
}

/// Recomputes the running figures of entities (all, or one) from their articles.
pub(crate) fn refresh(tx: &Transaction, only: Option<i64>) -> Result<()> {
    tx.execute(
        "UPDATE entities SET
            articles = (SELECT COUNT(*) FROM entity_articles x WHERE x.entity_id = entities.id),
            mentions = (SELECT COALESCE(SUM(mentions), 0) FROM entity_articles x WHERE x.entity_id = entities.id),
            first_lo = (SELECT MIN(a.date_lo) FROM entity_articles x JOIN articles a ON a.seq = x.seq WHERE x.entity_id = entities.id),
            first_date = (SELECT a.date FROM entity_articles x JOIN articles a ON a.seq = x.seq
                          WHERE x.entity_id = entities.id AND a.date_lo IS NOT NULL ORDER BY a.date_lo LIMIT 1),
            last_hi = (SELECT MAX(a.date_hi) FROM entity_articles x JOIN articles a ON a.seq = x.seq WHERE x.entity_id = entities.id),
            last_date = (SELECT a.date FROM entity_articles x JOIN articles a ON a.seq = x.seq
                         WHERE x.entity_id = entities.id AND a.date_hi IS NOT NULL ORDER BY a.date_hi DESC LIMIT 1)
         WHERE ?1 IS NULL OR id = ?1",
        [only],
    )?;
    tx.execute(
        "UPDATE aliases SET articles =
            (SELECT COUNT(*) FROM entity_articles x WHERE x.entity_id = aliases.entity_id AND x.name = aliases.alias)
         WHERE ?1 IS NULL OR entity_id = ?1",
        [only],
    )?;
    tx.execute(
        &format!(
            "UPDATE entities SET name = COALESCE((SELECT alias FROM aliases WHERE entity_id = entities.id {BY_USE}), name)
             WHERE ?1 IS NULL OR id = ?1"
        ),
        [only],
    )?;
    tx.execute("DELETE FROM entity_roles WHERE ?1 IS NULL OR entity_id = ?1", [only])?;
    tx.execute(
        "INSERT INTO entity_roles (entity_id, role, articles, first_lo, first_date, last_hi, last_date)
         SELECT x.entity_id, r.value, COUNT(*), MIN(a.date_lo), MIN(a.date), MAX(a.date_hi), MAX(a.date)
         FROM entity_articles x JOIN articles a ON a.seq = x.seq, json_each(x.roles) r
         WHERE ?1 IS NULL OR x.entity_id = ?1
         GROUP BY x.entity_id, r.value",
        [only],
    )?;
    Ok(())
}

impl Linker {
    /// The corpus entity an article entity is, creating it when new. The
    /// user's decisions come first: a curated name is filed under its
    /// entity, and a name kept apart from an entity is not attached to it.
    fn resolve(&mut self, tx: &Transaction, curation: &Curation, e: &FactEntity) -> Result<i64> {
        let curated = curation.merged(e.kind, &e.name);
        let ident = match curated {
            Some(target) => target.to_string(),
            None => identity(e.kind, &e.name, e.country_code.as_deref()),
        };
        let single = curated.is_none() && e.kind == Kind::Person && is_single_word(&e.name);
        let found: Option<i64> = if single {
            // A person named by one word: the only full-name person with that
            // surname, else the one-word entity of that name (two Kims known:
            // a bare `Kim` stays apart from both).
            let key = name_key(&e.name);
            let apart = curation.kept_apart(e.kind, &e.name);
            match self.singles.get(&key) {
                Some(&found) if apart.is_empty() => found,
                _ => {
                    let found = match only_full_name(tx, &key)? {
                        Some(id) if apart.is_empty() || !holds_any(tx, id, apart)? => Some(id),
                        _ => single_named(tx, &key)?,
                    };
                    if apart.is_empty() && found.is_some() {
                        self.singles.insert(key, found);
                    }
                    found
                }
            }
        } else if let Some(&id) = self.identities.get(&ident) {
            Some(id)
        } else {
            tx.prepare_cached("SELECT entity_id FROM identities WHERE identity = ?1")?
                .query_row([&ident], |r| r.get(0))
                .optional()?
        };
        let id = match found {
            Some(id) => id,
            None => {
                tx.prepare_cached("INSERT INTO entities (kind, name, country, single) VALUES (?1, ?2, ?3, ?4)")?
                    .execute(params![e.kind.as_str(), e.name, e.country, single as i64])?;
                if e.kind == Kind::Person {
                    self.singles.clear();
                }
                let id = tx.last_insert_rowid();
                tx.prepare_cached("INSERT OR REPLACE INTO identities (identity, entity_id) VALUES (?1, ?2)")?
                    .execute(params![ident, id])?;
                // Its first alias at once: a one-word person is found by it.
                tx.prepare_cached(
                    "INSERT OR IGNORE INTO aliases (entity_id, alias, key, articles) VALUES (?1, ?2, ?3, 0)",
                )?
                .execute(params![id, e.name, name_key(&e.name)])?;
                if e.kind == Kind::Person && !single {
                    for key in surname_keys(&e.name) {
                        tx.prepare_cached("INSERT OR IGNORE INTO surnames (key, entity_id) VALUES (?1, ?2)")?
                            .execute(params![key, id])?;
                        self.take_over_single(tx, curation, &key, id)?;
                    }
                }
                id
            }
        };
        if !single {
            // A curated entity is also filed under its own plain name, so
            // that its aliases find it whatever identity its name has (a
            // country's is its ISO code).
            if curated.is_none() && curation.is_target(e.kind, &e.name) {
                let plain = plain_identity(e.kind, &e.name);
                if plain != ident {
                    tx.prepare_cached("INSERT OR IGNORE INTO identities (identity, entity_id) VALUES (?1, ?2)")?
                        .execute(params![plain, id])?;
                }
            }
            self.identities.insert(ident, id);
        }
        Ok(id)
    }

    /// A new full-name person takes over the one-word person filed under its
    /// surname, when it is the only full name with that surname (and the
    /// user did not keep that word apart from it).
    fn take_over_single(&mut self, tx: &Transaction, curation: &Curation, key: &str, id: i64) -> Result<()> {
        if only_full_name(tx, key)? != Some(id) {
            return Ok(());
        }
        if let Some(old) = single_named(tx, key)? {
            let word: String = tx.query_row("SELECT name FROM entities WHERE id = ?1", [old], |r| r.get(0))?;
            let apart = curation.kept_apart(Kind::Person, &word);
            if !apart.is_empty() && holds_any(tx, id, apart)? {
                return Ok(());
            }
            self.flush(tx)?;
            merge_into(tx, old, id)?;
            self.identities.retain(|_, v| *v != old);
            self.singles.clear();
        }
        Ok(())
    }
}

/// The one-word person entity filed under a key.
fn single_named(tx: &Transaction, key: &str) -> Result<Option<i64>> {
    Ok(tx
        .prepare_cached(
            "SELECT e.id FROM entities e JOIN aliases a ON a.entity_id = e.id
             WHERE e.single = 1 AND e.kind = 'person' AND a.key = ?1 LIMIT 1",
        )?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

/// Whether an entity is filed under one of these identities, or is called by
/// a name whose plain identity is one of them.
fn holds_any(tx: &Transaction, id: i64, identities: &[String]) -> Result<bool> {
    let mut held = tx.prepare_cached("SELECT 1 FROM identities WHERE entity_id = ?1 AND identity = ?2")?;
    let kind_name: (String, String) =
        tx.query_row("SELECT kind, name FROM entities WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let own = Kind::parse(&kind_name.0).map(|k| plain_identity(k, &kind_name.1));
    for i in identities {
        if own.as_deref() == Some(i.as_str()) || held.exists(params![id, i])? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The one full-name person filed under a surname key, if exactly one.
fn only_full_name(tx: &Transaction, key: &str) -> Result<Option<i64>> {
    let mut stmt = tx.prepare_cached("SELECT entity_id FROM surnames WHERE key = ?1 LIMIT 2")?;
    let ids: Vec<i64> = stmt.query_map([key], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(match ids.as_slice() {
        [one] => Some(*one),
        _ => None,
    })
}

/// Moves everything of entity `old` to entity `into` and drops `old`.
pub(crate) fn merge_into(tx: &Transaction, old: i64, into: i64) -> Result<()> {
    tx.execute("UPDATE entity_articles SET entity_id = ?2 WHERE entity_id = ?1", params![old, into])?;
    tx.execute("UPDATE quotes SET speaker = ?2 WHERE speaker = ?1", params![old, into])?;
    tx.execute("UPDATE events SET place = ?2 WHERE place = ?1", params![old, into])?;
    tx.execute("UPDATE OR IGNORE event_participants SET entity_id = ?2 WHERE entity_id = ?1", params![old, into])?;
    tx.execute("DELETE FROM event_participants WHERE entity_id = ?1", [old])?;
    tx.execute(
        "INSERT INTO aliases (entity_id, alias, key, articles) SELECT ?2, alias, key, articles FROM aliases WHERE entity_id = ?1
         ON CONFLICT (entity_id, alias) DO UPDATE SET articles = aliases.articles + excluded.articles",
        params![old, into],
    )?;
    tx.execute("DELETE FROM aliases WHERE entity_id = ?1", [old])?;
    tx.execute("DELETE FROM surnames WHERE entity_id = ?1", [old])?;
    // The old identities now name the merged entity: later articles find it.
    tx.execute("UPDATE identities SET entity_id = ?2 WHERE entity_id = ?1", params![old, into])?;
    tx.execute("DELETE FROM entity_roles WHERE entity_id = ?1", [old])?;
    tx.execute("DELETE FROM entities WHERE id = ?1", [old])?;
    // Figures, alias counts and the name, from the articles now linked.
    refresh(tx, Some(into))
}

/// What applying the aliases file changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurationReport {
    /// Entities merged into a curated entity.
    pub merged: u64,
    /// Article entities moved out of an entity they were kept apart from.
    pub moved: u64,
}

/// The entity a name stands for: the one filed under its plain identity,
/// else the one of that kind called so by most articles.
fn find_named(tx: &Transaction, kind: Kind, name: &str) -> Result<Option<i64>> {
    let by_identity: Option<i64> = tx
        .query_row(
            "SELECT i.entity_id FROM identities i JOIN entities e ON e.id = i.entity_id
             WHERE i.identity = ?1 AND e.kind = ?2",
            params![plain_identity(kind, name), kind.as_str()],
            |r| r.get(0),
        )
        .optional()?;
    if by_identity.is_some() {
        return Ok(by_identity);
    }
    Ok(tx
        .query_row(
            "SELECT a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id
             WHERE a.key = ?1 AND e.kind = ?2 ORDER BY e.articles DESC, e.id LIMIT 1",
            params![name_key(name), kind.as_str()],
            |r| r.get(0),
        )
        .optional()?)
}

/// Applies the user's decisions to what is stored (idempotent): the
/// entities of a curated entity's names are merged into it, and article
/// entities with a name kept apart from an entity move to an entity of their own.
pub(crate) fn apply(tx: &Transaction, curation: &Curation) -> Result<CurationReport> {
    let mut report = CurationReport::default();
    for c in curation.entities() {
        let Some(target) = find_named(tx, c.kind, &c.name)? else { continue };
        tx.execute(
            "INSERT OR REPLACE INTO identities (identity, entity_id) VALUES (?1, ?2)",
            params![plain_identity(c.kind, &c.name), target],
        )?;
        for alias in &c.aliases {
            if curation.merged(c.kind, alias).is_none() {
                continue; // kept apart from it
            }
            let others: Vec<i64> = tx
                .prepare_cached(
                    "SELECT DISTINCT a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id
                     WHERE a.key = ?1 AND e.kind = ?2 AND e.id != ?3",
                )?
                .query_map(params![name_key(alias), c.kind.as_str(), target], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            for other in others {
                merge_into(tx, other, target)?;
                report.merged += 1;
            }
        }
    }
    for s in curation.separations() {
        let Some(from) = find_named(tx, s.kind, &s.from)? else { continue };
        report.moved += split(tx, from, s.kind, &s.name)?;
    }
    Ok(report)
}

/// Moves the article entities of `from` called `name` (in any spelling) to
/// an entity of their own; returns how many moved. Quotes and events of an
/// article go with them when `from` has no other entity in that article.
fn split(tx: &Transaction, from: i64, kind: Kind, name: &str) -> Result<u64> {
    let key = name_key(name);
    let rows: Vec<(i64, String, String)> = tx
        .prepare_cached("SELECT seq, local, name FROM entity_articles WHERE entity_id = ?1")?
        .query_map([from], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .filter(|(_, _, n)| name_key(n) == key)
        .collect();
    let plain = plain_identity(kind, name);
    tx.execute("DELETE FROM identities WHERE identity = ?1 AND entity_id = ?2", params![plain, from])?;
    if rows.is_empty() {
        tx.execute("DELETE FROM aliases WHERE entity_id = ?1 AND key = ?2", params![from, key])?;
        return Ok(0);
    }
    let single = kind == Kind::Person && is_single_word(name);
    let existing: Option<i64> = tx
        .query_row(
            "SELECT a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id
             WHERE a.key = ?1 AND e.kind = ?2 AND e.id != ?3 ORDER BY e.articles DESC LIMIT 1",
            params![key, kind.as_str(), from],
            |r| r.get(0),
        )
        .optional()?;
    let to = match existing {
        Some(id) => id,
        None => {
            tx.execute(
                "INSERT INTO entities (kind, name, single) VALUES (?1, ?2, ?3)",
                params![kind.as_str(), name, single as i64],
            )?;
            tx.last_insert_rowid()
        }
    };
    if !single {
        tx.execute("INSERT OR REPLACE INTO identities (identity, entity_id) VALUES (?1, ?2)", params![plain, to])?;
        if kind == Kind::Person {
            for k in surname_keys(name) {
                tx.execute("INSERT OR IGNORE INTO surnames (key, entity_id) VALUES (?1, ?2)", params![k, to])?;
            }
        }
    }
    for (seq, local, _) in &rows {
        tx.execute("UPDATE entity_articles SET entity_id = ?3 WHERE seq = ?1 AND local = ?2", params![seq, local, to])?;
        let left: i64 = tx.query_row(
            "SELECT COUNT(*) FROM entity_articles WHERE seq = ?1 AND entity_id = ?2",
            params![seq, from],
            |r| r.get(0),
        )?;
        if left == 0 {
            tx.execute("UPDATE quotes SET speaker = ?3 WHERE seq = ?1 AND speaker = ?2", params![seq, from, to])?;
            tx.execute("UPDATE events SET place = ?3 WHERE seq = ?1 AND place = ?2", params![seq, from, to])?;
            tx.execute(
                "UPDATE OR IGNORE event_participants SET entity_id = ?3 WHERE seq = ?1 AND entity_id = ?2",
                params![seq, from, to],
            )?;
            tx.execute("DELETE FROM event_participants WHERE seq = ?1 AND entity_id = ?2", params![seq, from])?;
        }
    }
    tx.execute(
        "INSERT INTO aliases (entity_id, alias, key, articles) SELECT ?2, alias, key, 0 FROM aliases
         WHERE entity_id = ?1 AND key = ?3 ON CONFLICT (entity_id, alias) DO NOTHING",
        params![from, to, key],
    )?;
    tx.execute("DELETE FROM aliases WHERE entity_id = ?1 AND key = ?2", params![from, key])?;
    refresh(tx, Some(from))?;
    refresh(tx, Some(to))?;
    // Countries and roles follow the articles that remain.
    tx.execute(
        "UPDATE entities SET country = (SELECT country FROM entities WHERE id = ?1) WHERE id = ?2 AND country IS NULL",
        params![from, to],
    )?;
    Ok(rows.len() as u64)
}

/// A corpus entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityRow {
    /// Corpus id.
    pub id: i64,
    /// Kind.
    pub kind: String,
    /// Canonical name.
    pub name: String,
    /// Country.
    pub country: Option<String>,
    /// Articles that mention it.
    pub articles: u64,
}

/// A cited place in one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Citation {
    /// Article id.
    pub article: String,
    /// Article date.
    pub date: Option<String>,
    /// Article headline.
    pub title: String,
    /// Article source.
    pub source: Option<String>,
    /// Start (chars into the article text).
    pub start: usize,
    /// End (chars).
    pub end: usize,
}

/// A quote with its speaker and citation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteRow {
    /// Speaker (corpus entity).
    pub speaker: Option<EntityRef>,
    /// `direct`, `indirect`, `mixed`.
    pub kind: String,
    /// Cue word.
    pub cue: Option<String>,
    /// What was said.
    pub text: String,
    /// Where.
    pub cite: Citation,
    /// Near-duplicate copies of the article (syndicated agency text) that
    /// report it too; they are not listed again.
    pub copies: u64,
}

/// An entity named in a row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityRef {
    /// Corpus id.
    pub id: i64,
    /// Canonical name.
    pub name: String,
}

/// An event with its participants and citation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRow {
    /// `meeting`, `visit`, `call`, `agreement`, `invitation`.
    pub kind: String,
    /// Participants.
    pub participants: Vec<EntityRef>,
    /// Place.
    pub place: Option<EntityRef>,
    /// The event's date when the text gives one, else none.
    pub date: Option<String>,
    /// Trigger word.
    pub trigger: String,
    /// The evidence sentence.
    pub text: String,
    /// Where.
    pub cite: Citation,
    /// Near-duplicate copies of the article that report it too; they are not listed again.
    pub copies: u64,
}

/// An entity over the corpus: names, roles over time, counts, company.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// The entity.
    pub entity: EntityRow,
    /// Every name it is written with, most frequent first.
    pub aliases: Vec<(String, u64)>,
    /// Roles with the first and last article date they were given.
    pub roles: Vec<RoleSpan>,
    /// Mentions over all articles.
    pub mentions: u64,
    /// First and last article date.
    pub first_seen: Option<String>,
    /// Last article date.
    pub last_seen: Option<String>,
    /// Entities named in the same articles, most shared first.
    pub co_mentioned: Vec<(EntityRef, u64)>,
}

/// A role held over a span of article dates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoleSpan {
    /// `Außenminister (Russland)`.
    pub role: String,
    /// Earliest article date.
    pub from: Option<String>,
    /// Latest article date.
    pub to: Option<String>,
    /// Articles.
    pub articles: u64,
}

/// A date window in day numbers (see `PubDate::first_day_number`); open ends allowed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Window {
    /// First day (inclusive).
    pub from: Option<i64>,
    /// Last day (inclusive).
    pub to: Option<i64>,
}

impl Window {
    fn bounds(&self) -> (i64, i64) {
        (self.from.unwrap_or(-OPEN), self.to.unwrap_or(OPEN))
    }
}

/// An open end of a window (beyond every day number).
const OPEN: i64 = 1_000_000_000;

/// The SQL condition on an article `a` for a window (`?2` first day, `?3`
/// last day): undated articles count only when the window is open.
const IN_WINDOW: &str = "(a.date_hi IS NULL AND ?2 = -1000000000 AND ?3 = 1000000000
     OR a.date_hi >= ?2 AND a.date_lo <= ?3)";

impl crate::Store {
    /// Entities written `name` (any spelling that shares its match key, or
    /// the surname of a full name), or filed under `identity` (a country's
    /// `country:KP`): those called so first (a full name known only by its
    /// surname after them), most cited first.
    pub fn entities_named(&self, name: &str, identity: Option<&str>) -> Result<Vec<EntityRow>> {
        let key = name_key(name);
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.id, e.kind, e.name, e.country, e.articles AS n,
                 e.id IN (SELECT entity_id FROM aliases WHERE key = ?1)
                 OR e.id IN (SELECT entity_id FROM identities WHERE identity = ?2) AS named
             FROM entities e
             WHERE e.id IN (SELECT entity_id FROM aliases WHERE key = ?1)
                OR e.id IN (SELECT entity_id FROM identities WHERE identity = ?2)
                OR e.id IN (SELECT entity_id FROM surnames WHERE key = ?1)
             ORDER BY named DESC, n DESC, e.id LIMIT 20",
        )?;
        let rows = stmt.query_map(params![key, identity], entity_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One entity by id.
    pub fn entity(&self, id: i64) -> Result<Option<EntityRow>> {
        Ok(self
            .conn
            .query_row(
                "SELECT e.id, e.kind, e.name, e.country, e.articles FROM entities e WHERE e.id = ?1",
                [id],
                entity_row,
            )
            .optional()?)
    }

    /// The profile of an entity within a window of article dates. Without a
    /// window it reads the running figures; with one, the entity's articles
    /// in the window. Company is counted over its latest 300 articles.
    pub fn profile(&self, id: i64, window: Window) -> Result<Option<Profile>> {
        let Some(entity) = self.entity(id)? else { return Ok(None) };
        let (lo, hi) = window.bounds();
        let open = window.from.is_none() && window.to.is_none();
        let (aliases, roles, mentions, first_seen, last_seen) = if open {
            let mut stmt = self.conn.prepare_cached(
                "SELECT alias, articles FROM aliases WHERE entity_id = ?1 ORDER BY articles DESC, alias",
            )?;
            let aliases = stmt
                .query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64)))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let mut stmt = self.conn.prepare_cached(
                "SELECT role, first_date, last_date, articles FROM entity_roles WHERE entity_id = ?1
                 ORDER BY first_lo, role",
            )?;
            let roles = stmt
                .query_map([id], |r| {
                    Ok(RoleSpan {
                        role: r.get(0)?,
                        from: r.get(1)?,
                        to: r.get(2)?,
                        articles: r.get::<_, i64>(3)? as u64,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let (mentions, first, last): (i64, Option<String>, Option<String>) = self.conn.query_row(
                "SELECT mentions, first_date, last_date FROM entities WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?;
            (aliases, roles, mentions as u64, first, last)
        } else {
            let mut stmt = self.conn.prepare_cached(&format!(
                "SELECT x.name, x.roles, x.mentions, a.date FROM entity_articles x JOIN articles a ON a.seq = x.seq
                 WHERE x.entity_id = ?1 AND x.date_lo <= ?3 AND {IN_WINDOW} ORDER BY x.date_lo"
            ))?;
            let rows: Vec<(String, String, i64, Option<String>)> = stmt
                .query_map(params![id, lo, hi], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                .collect::<rusqlite::Result<_>>()?;
            let mut aliases: Vec<(String, u64)> = Vec::new();
            let mut roles: Vec<RoleSpan> = Vec::new();
            let mut mentions = 0;
            for (name, roles_json, n, date) in &rows {
                mentions += *n as u64;
                match aliases.iter_mut().find(|(a, _)| a == name) {
                    Some(a) => a.1 += 1,
                    None => aliases.push((name.clone(), 1)),
                }
                for role in serde_json::from_str::<Vec<String>>(roles_json).unwrap_or_default() {
                    match roles.iter_mut().find(|r| r.role == role) {
                        Some(r) => {
                            r.articles += 1;
                            if date.is_some() {
                                r.from = r.from.clone().or(date.clone());
                                r.to = date.clone();
                            }
                        }
                        None => roles.push(RoleSpan { role, from: date.clone(), to: date.clone(), articles: 1 }),
                    }
                }
            }
            aliases.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let dates: Vec<&String> = rows.iter().filter_map(|r| r.3.as_ref()).collect();
            let (first, last) = (dates.first().map(|d| d.to_string()), dates.last().map(|d| d.to_string()));
            (aliases, roles, mentions, first, last)
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT e.id, e.name, COUNT(DISTINCT y.seq) AS n
             FROM (SELECT x.seq FROM entity_articles x JOIN articles a ON a.seq = x.seq
                   WHERE x.entity_id = ?1 AND {IN_WINDOW} ORDER BY x.date_lo DESC LIMIT 300) latest
             JOIN entity_articles y ON y.seq = latest.seq AND y.entity_id != ?1
             JOIN entities e ON e.id = y.entity_id
             GROUP BY e.id ORDER BY n DESC, e.id LIMIT 10"
        ))?;
        let co_mentioned = stmt
            .query_map(params![id, lo, hi], |r| {
                Ok((EntityRef { id: r.get(0)?, name: r.get(1)? }, r.get::<_, i64>(2)? as u64))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let entity =
            EntityRow { articles: if open { entity.articles } else { aliases.iter().map(|a| a.1).sum() }, ..entity };
        Ok(Some(Profile { entity, aliases, roles, mentions, first_seen, last_seen, co_mentioned }))
    }

    /// Quotes, newest first: by `speaker` when given, containing `about`
    /// (case-insensitive) when given, within the window.
    pub fn quotes(
        &self,
        speaker: Option<i64>,
        about: Option<&str>,
        window: Window,
        limit: usize,
    ) -> Result<Vec<QuoteRow>> {
        let (lo, hi) = window.bounds();
        let about = about.map(|a| format!("%{}%", a.replace('%', "\\%").replace('_', "\\_")));
        // With a speaker, read their quotes newest first through the index (and stop at the limit).
        let who = if speaker.is_some() { "q.speaker = ?1" } else { "?1 IS NULL" };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT q.speaker, e.name, q.kind, q.cue, q.text, a.id, a.date, a.title, a.source, q.start, q.end,
                    COALESCE(s.story, -a.seq)
             FROM quotes q JOIN articles a ON a.seq = q.seq LEFT JOIN entities e ON e.id = q.speaker
             LEFT JOIN signatures s ON s.seq = q.seq
             WHERE {who} AND (?4 IS NULL OR q.text LIKE ?4 ESCAPE '\\') AND {IN_WINDOW}
             ORDER BY q.date_lo DESC LIMIT ?5"
        ))?;
        let rows = stmt.query_map(params![speaker, lo, hi, about, limit as i64 * 4], |r| {
            let speaker = entity_ref(r, 0)?;
            let story: i64 = r.get(11)?;
            let q = QuoteRow {
                speaker,
                kind: r.get(2)?,
                cue: r.get(3)?,
                text: r.get(4)?,
                cite: citation(r, 5)?,
                copies: 0,
            };
            Ok((story, q))
        })?;
        // One row per quote of a story: copies in other outlets are counted, not repeated.
        let mut out: Vec<(i64, QuoteRow)> = Vec::new();
        for row in rows {
            let (story, q) = row?;
            let full = out.len() >= limit;
            match out.iter_mut().find(|(s, o)| *s == story && o.speaker == q.speaker && o.text == q.text) {
                Some((_, o)) => o.copies += 1,
                None if !full => out.push((story, q)),
                None => {}
            }
        }
        Ok(out.into_iter().map(|(_, q)| q).collect())
    }

    /// Events of the given kinds with two or more participants, newest
    /// first: with every entity of `with` taking part (a country takes part
    /// through its people: `Russland` through its foreign minister), at
    /// `place` when given, within the window.
    pub fn events(
        &self,
        with: &[i64],
        place: Option<i64>,
        kinds: &[&str],
        window: Window,
        limit: usize,
    ) -> Result<Vec<EventRow>> {
        let (lo, hi) = window.bounds();
        let mut sets: Vec<Vec<i64>> = Vec::with_capacity(with.len());
        for &id in with {
            let mut set = vec![id];
            let mut people = self.conn.prepare_cached(
                "SELECT p.id FROM entities c JOIN entities p ON p.country = c.name AND p.kind = 'person'
                 WHERE c.id = ?1 AND c.kind = 'place'",
            )?;
            set.extend(people.query_map([id], |r| r.get::<_, i64>(0))?.collect::<rusqlite::Result<Vec<_>>>()?);
            sets.push(set);
        }
        let sets_json = serde_json::to_string(&sets).expect("ids serialise");
        let kinds_json = serde_json::to_string(kinds).expect("kinds serialise");
        // Newest articles first, read through the first participant's index when one is asked for.
        // (Ordered by the article date alone, so that the index gives the
        // order and the scan stops at the limit, however often the entity is named.)
        let (driver, order) = match sets.first().map(Vec::as_slice) {
            None => ("events v", "a.date_lo DESC"),
            Some([_]) => (
                "event_participants w0 JOIN events v ON v.seq = w0.seq AND v.n = w0.n
                 AND w0.entity_id = json_extract(?1, '$[0][0]')",
                "w0.date_lo DESC",
            ),
            Some(_) => (
                "event_participants w0 JOIN events v ON v.seq = w0.seq AND v.n = w0.n
                 AND w0.entity_id IN (SELECT value FROM json_each(?1, '$[0]'))",
                "w0.date_lo DESC",
            ),
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT v.seq, v.n, v.kind, v.place, p.name, v.date, v.trigger, COALESCE(NULLIF(v.text, ''), substr(a.text, v.start + 1, v.end - v.start)), a.id, a.date, a.title, a.source, v.start, v.end,
                    COALESCE(s.story, -a.seq)
             FROM {driver} JOIN articles a ON a.seq = v.seq LEFT JOIN entities p ON p.id = v.place
             LEFT JOIN signatures s ON s.seq = v.seq
             WHERE v.kind IN (SELECT value FROM json_each(?5))
               AND (?4 IS NULL OR v.place = ?4)
               AND NOT EXISTS (SELECT 1 FROM json_each(?1) s WHERE NOT EXISTS (
                    SELECT 1 FROM event_participants w WHERE w.seq = v.seq AND w.n = v.n
                      AND w.entity_id IN (SELECT value FROM json_each(s.value))))
               AND v.participants >= 2
               AND {IN_WINDOW}
             ORDER BY {order} LIMIT ?6"
        ))?;
        let mut rows: Vec<(i64, i64, i64, EventRow)> = stmt
            .query_map(params![sets_json, lo, hi, place, kinds_json, limit as i64 * 4], |r| {
                let place = entity_ref(r, 3)?;
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(14)?,
                    EventRow {
                        kind: r.get(2)?,
                        participants: Vec::new(),
                        place,
                        date: r.get(5)?,
                        trigger: r.get(6)?,
                        text: r.get(7)?,
                        cite: citation(r, 8)?,
                        copies: 0,
                    },
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        for (seq, n, _, row) in &mut rows {
            row.participants = self.participants(*seq, *n)?;
        }
        // One row per event of a story: copies in other outlets are counted, not repeated.
        let mut out: Vec<(i64, EventRow)> = Vec::new();
        let mut seen: Vec<(i64, i64)> = Vec::new();
        for (seq, n, story, e) in rows {
            // One event reached through two of a country's people is one row.
            if seen.contains(&(seq, n)) {
                continue;
            }
            seen.push((seq, n));
            let same = |o: &EventRow| o.kind == e.kind && o.participants == e.participants && o.date == e.date;
            let full = out.len() >= limit;
            match out.iter_mut().find(|(s, o)| *s == story && same(o)) {
                Some((_, o)) => o.copies += 1,
                None if !full => out.push((story, e)),
                None => {}
            }
        }
        Ok(out.into_iter().map(|(_, e)| e).collect())
    }

    /// Articles that name every entity of `ids`, newest first, with where
    /// each first names the first of them.
    pub fn articles_naming(&self, ids: &[i64], window: Window, limit: usize) -> Result<Vec<Citation>> {
        let (lo, hi) = window.bounds();
        let Some((&first, rest)) = ids.split_first() else { return Ok(Vec::new()) };
        // Read newest first through the first entity's index; each other
        // entity is a set of articles (built once), so two entities named in
        // tens of thousands of articles each still answer in milliseconds.
        let also: String = (0..rest.len())
            .map(|k| format!(" AND x.seq IN (SELECT seq FROM entity_articles WHERE entity_id = ?{})", k + 5))
            .collect();
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT a.id, a.date, a.title, a.source, x.start, x.end
             FROM entity_articles x JOIN articles a ON a.seq = x.seq
             WHERE x.entity_id = ?1{also} AND {IN_WINDOW}
             ORDER BY x.date_lo DESC LIMIT ?4"
        ))?;
        let mut values: Vec<rusqlite::types::Value> = vec![first.into(), lo.into(), hi.into(), (limit as i64).into()];
        values.extend(rest.iter().map(|&id| rusqlite::types::Value::from(id)));
        let rows = stmt.query_map(rusqlite::params_from_iter(values), |r| citation(r, 0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The articles (store sequence numbers) naming an entity.
    pub fn articles_of(&self, id: i64) -> Result<Vec<u64>> {
        let mut stmt = self.conn.prepare_cached("SELECT seq FROM entity_articles WHERE entity_id = ?1")?;
        let rows = stmt.query_map([id], |r| Ok(r.get::<_, i64>(0)? as u64))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// What the search index holds of an article besides its text: the names
    /// of its entities (as the article writes them) and the text of its quotes.
    pub fn index_extras(&self, seq: u64) -> Result<(Vec<String>, Vec<String>)> {
        let mut stmt = self.conn.prepare_cached("SELECT name FROM entity_articles WHERE seq = ?1 ORDER BY local")?;
        let names = stmt.query_map([seq as i64], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.conn.prepare_cached("SELECT text FROM quotes WHERE seq = ?1 ORDER BY n")?;
        let quotes = stmt.query_map([seq as i64], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok((names, quotes))
    }

    /// The days (day numbers) of an entity's articles, quotes and events, for
    /// charts over time; each read from its `(entity, date)` index alone.
    pub fn entity_days(&self, id: i64) -> Result<[Vec<i64>; 3]> {
        let days = |sql: &str| -> Result<Vec<i64>> {
            let mut stmt = self.conn.prepare_cached(sql)?;
            let rows = stmt.query_map([id], |r| r.get(0))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        Ok([
            days("SELECT date_lo FROM entity_articles WHERE entity_id = ?1 AND date_lo IS NOT NULL")?,
            days("SELECT date_lo FROM quotes WHERE speaker = ?1 AND date_lo IS NOT NULL")?,
            days("SELECT date_lo FROM event_participants WHERE entity_id = ?1 AND date_lo IS NOT NULL")?,
        ])
    }

    /// The corpus entity of each entity of an article: `(local id, corpus id)`.
    pub fn entity_links(&self, seq: u64) -> Result<Vec<(String, i64)>> {
        let mut stmt = self.conn.prepare_cached("SELECT local, entity_id FROM entity_articles WHERE seq = ?1")?;
        let rows = stmt.query_map([seq as i64], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Sets the user's decisions that filing honours from now on.
    pub fn set_curation(&mut self, curation: Curation) {
        self.linker.clear();
        self.curation = curation;
    }

    /// The user's decisions in force.
    pub fn curation(&self) -> &Curation {
        &self.curation
    }

    /// Applies the user's decisions to what is already stored, in one
    /// transaction (nothing changes when a step fails).
    pub fn apply_curation(&mut self) -> Result<CurationReport> {
        self.linker.clear();
        let tx = self.conn.transaction()?;
        let report = apply(&tx, &self.curation)?;
        tx.commit()?;
        Ok(report)
    }

    /// Merges entity `old` into `into` (a user's decision).
    pub fn merge_entities(&mut self, old: i64, into: i64) -> Result<()> {
        self.linker.clear();
        let tx = self.conn.transaction()?;
        merge_into(&tx, old, into)?;
        tx.commit()?;
        Ok(())
    }
}

fn entity_row(r: &rusqlite::Row) -> rusqlite::Result<EntityRow> {
    Ok(EntityRow {
        id: r.get(0)?,
        kind: r.get(1)?,
        name: r.get(2)?,
        country: r.get(3)?,
        articles: r.get::<_, i64>(4)? as u64,
    })
}

/// An entity named by the id at column `at` and the name after it (none when the id is NULL).
pub(crate) fn entity_ref(r: &rusqlite::Row, at: usize) -> rusqlite::Result<Option<EntityRef>> {
    Ok(match r.get::<_, Option<i64>>(at)? {
        Some(id) => Some(EntityRef { id, name: r.get(at + 1)? }),
        None => None,
    })
}

impl crate::Store {
    /// The participants of event `n` of article `seq`, by id.
    pub(crate) fn participants(&self, seq: i64, n: i64) -> Result<Vec<EntityRef>> {
        let mut parts = self.conn.prepare_cached(
            "SELECT e.id, e.name FROM event_participants w JOIN entities e ON e.id = w.entity_id
             WHERE w.seq = ?1 AND w.n = ?2 ORDER BY e.id",
        )?;
        let rows = parts.query_map(params![seq, n], |r| Ok(EntityRef { id: r.get(0)?, name: r.get(1)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

pub(crate) fn citation(r: &rusqlite::Row, at: usize) -> rusqlite::Result<Citation> {
    Ok(Citation {
        article: r.get(at)?,
        date: r.get(at + 1)?,
        title: r.get(at + 2)?,
        source: r.get(at + 3)?,
        start: r.get::<_, i64>(at + 4)? as usize,
        end: r.get::<_, i64>(at + 5)? as usize,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Store, StoredAnalysis};
    use dossier_article::{article_id, content_hash, Article, Format, Origin};

    fn article(n: usize, date: &str) -> Article {
        let text = format!("Artikel {n}");
        Article {
            id: article_id(Some("Kurier"), &text),
            content_hash: content_hash(&text),
            title: text.clone(),
            text,
            body_start: 0,
            date: date.parse().ok(),
            language: Some("de".into()),
            language_confidence: 1.0,
            source: Some("Kurier".into()),
            url: None,
            origin: Origin { path: "a.txt".into(), format: Format::Text, line: None, record: None },
            credits: vec![],
            related: vec![],
            extra: Default::default(),
        }
    }

    fn person(local: &str, name: &str, role: &str) -> FactEntity {
        FactEntity {
            local: local.into(),
            kind: Kind::Person,
            name: name.into(),
            country_code: None,
            country: None,
            roles: if role.is_empty() { vec![] } else { vec![role.into()] },
            mentions: 1,
            start: 0,
            end: 3,
        }
    }

    fn store_with(items: Vec<(Article, Facts)>) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("db.sqlite")).unwrap();
        for (a, facts) in items {
            let x = StoredAnalysis { version: 1, json: "{}".into(), facts };
            s.insert_batch_with(&[a], &[Some(x)]).unwrap();
        }
        (dir, s)
    }

    fn names(s: &Store, name: &str) -> Vec<(String, u64)> {
        s.entities_named(name, None).unwrap().into_iter().map(|e| (e.name, e.articles)).collect()
    }

    #[test]
    fn spellings_surnames_and_countries_resolve_to_one_entity() {
        let nk = |local: &str, name: &str| FactEntity {
            kind: Kind::Place,
            country_code: Some("KP".into()),
            ..person(local, name, "")
        };
        let (_dir, s) = store_with(vec![
            (
                article(1, "2023-10"),
                Facts {
                    entities: vec![person("e1", "Sergei Lawrow", "Außenminister (Russland)"), nk("e2", "Nordkorea")],
                    ..Default::default()
                },
            ),
            (
                article(2, "2025-07"),
                Facts { entities: vec![person("e1", "Sergey Lavrov", ""), nk("e2", "DVRK")], ..Default::default() },
            ),
            (article(3, "2025-08"), Facts { entities: vec![person("e1", "Lawrow", "")], ..Default::default() }),
        ]);
        assert_eq!(names(&s, "Лавров"), [("Sergei Lawrow".to_string(), 3)]);
        assert_eq!(s.entities_named("Nord-Korea", Some("country:KP")).unwrap()[0].articles, 2);
        let id = s.entities_named("Lavrov", None).unwrap()[0].id;
        let p = s.profile(id, Window::default()).unwrap().unwrap();
        assert_eq!(p.roles[0].role, "Außenminister (Russland)");
        assert_eq!((p.first_seen.as_deref(), p.last_seen.as_deref()), (Some("2023-10"), Some("2025-08")));
        assert_eq!(p.aliases.len(), 3);
        // A window of dates narrows the profile.
        let w =
            Window { from: "2025-01".parse::<dossier_article::PubDate>().ok().map(|d| d.first_day_number()), to: None };
        assert_eq!(s.profile(id, w).unwrap().unwrap().first_seen.as_deref(), Some("2025-07"));
    }

    fn org(local: &str, name: &str) -> FactEntity {
        FactEntity { kind: Kind::Organization, ..person(local, name, "") }
    }

    #[test]
    fn the_aliases_file_merges_names_before_and_after_they_are_filed() {
        let rules = Curation::parse(
            "[[entity]]\nname = \"Auswärtiges Amt\"\nkind = \"organization\"\naliases = [\"AA\", \"Außenamt\"]\n",
        )
        .unwrap();
        // Filed before the rule: two entities, until the rule is applied.
        let (_dir, mut s) = store_with(vec![
            (article(1, "2024-01"), Facts { entities: vec![org("e1", "Auswärtiges Amt")], ..Default::default() }),
            (article(2, "2024-02"), Facts { entities: vec![org("e1", "AA")], ..Default::default() }),
        ]);
        assert_eq!(names(&s, "AA"), [("AA".to_string(), 1)]);
        s.set_curation(rules);
        let report = s.apply_curation().unwrap();
        assert_eq!(report, CurationReport { merged: 1, moved: 0 });
        assert_eq!(names(&s, "AA"), [("Auswärtiges Amt".to_string(), 2)]);
        // Applying again changes nothing; articles filed later follow the rule.
        assert_eq!(s.apply_curation().unwrap(), CurationReport::default());
        let x = StoredAnalysis {
            version: 1,
            json: "{}".into(),
            facts: Facts { entities: vec![org("e1", "Aussenamt")], ..Default::default() },
        };
        s.insert_batch_with(&[article(3, "2024-03")], &[Some(x)]).unwrap();
        assert_eq!(names(&s, "Außenamt"), [("Auswärtiges Amt".to_string(), 3)]);
    }

    #[test]
    fn a_name_kept_apart_leaves_its_entity_with_its_quotes_and_stays_apart() {
        let quote = |speaker: &str| FactQuote {
            speaker: Some(speaker.into()),
            kind: "direct".into(),
            cue: Some("sagte".into()),
            start: 0,
            end: 5,
            text: "Wir kommen.".into(),
        };
        let (_dir, mut s) = store_with(vec![
            (article(1, "2024-01"), Facts { entities: vec![person("e1", "Kim Jong-un", "")], ..Default::default() }),
            (
                article(2, "2024-02"),
                Facts { entities: vec![person("e1", "Kim", "")], quotes: vec![quote("e1")], ..Default::default() },
            ),
        ]);
        // The rules attached the bare `Kim` to the only Kim known.
        assert_eq!(names(&s, "Kim Jong-un"), [("Kim Jong-un".to_string(), 2)]);
        s.set_curation(Curation::parse("[[separate]]\nname = \"Kim\"\nfrom = \"Kim Jong-un\"\n").unwrap());
        assert_eq!(s.apply_curation().unwrap(), CurationReport { merged: 0, moved: 1 });
        let mut found = names(&s, "Kim");
        found.sort();
        assert_eq!(found, [("Kim".to_string(), 1), ("Kim Jong-un".to_string(), 1)]);
        let kim = s.entities_named("Kim", None).unwrap().into_iter().find(|e| e.name == "Kim").unwrap().id;
        let said = s.quotes(Some(kim), None, Window::default(), 10).unwrap();
        assert_eq!(said.len(), 1);
        // A later bare `Kim` is not attached to Kim Jong-un either.
        let x = StoredAnalysis {
            version: 1,
            json: "{}".into(),
            facts: Facts { entities: vec![person("e1", "Kim", "")], ..Default::default() },
        };
        s.insert_batch_with(&[article(3, "2024-03")], &[Some(x)]).unwrap();
        let mut found = names(&s, "Kim");
        found.sort();
        assert_eq!(found, [("Kim".to_string(), 2), ("Kim Jong-un".to_string(), 1)]);
    }

    #[test]
    fn two_people_with_one_surname_stay_apart_and_a_surname_alone_waits() {
        let (_dir, s) = store_with(vec![
            (article(1, "2024-01"), Facts { entities: vec![person("e1", "Kim", "")], ..Default::default() }),
            (article(2, "2024-02"), Facts { entities: vec![person("e1", "Kim Jong-un", "")], ..Default::default() }),
            (article(3, "2024-03"), Facts { entities: vec![person("e1", "Kim Yo-jong", "")], ..Default::default() }),
            (article(4, "2024-04"), Facts { entities: vec![person("e1", "Kim", "")], ..Default::default() }),
        ]);
        // The first bare `Kim` was taken over by the only Kim known then; the
        // last one came when two were known and stays on its own.
        let mut found = names(&s, "Kim");
        found.sort();
        assert_eq!(found, [("Kim".to_string(), 1), ("Kim Jong-un".to_string(), 2), ("Kim Yo-jong".to_string(), 1)]);
    }

    #[test]
    fn quotes_and_meetings_cite_their_article_and_span() {
        let facts = Facts {
            entities: vec![person("e1", "Anna Berg", "Ministerin"), person("e2", "Tomas Lind", "")],
            quotes: vec![FactQuote {
                speaker: Some("e1".into()),
                kind: "direct".into(),
                cue: Some("sagte".into()),
                start: 10,
                end: 20,
                text: "Wir handeln".into(),
            }],
            events: vec![FactEvent {
                kind: "meeting".into(),
                participants: vec!["e1".into(), "e2".into()],
                place: None,
                date: Some("2024-05-02".into()),
                trigger: "traf".into(),
                start: 0,
                end: 30,
                text: "Berg traf Lind.".into(),
            }],
        };
        let (_dir, s) = store_with(vec![(article(1, "2024-05-03"), facts)]);
        let berg = s.entities_named("Berg", None).unwrap()[0].id;
        let lind = s.entities_named("Lind", None).unwrap()[0].id;
        let q = s.quotes(Some(berg), Some("handeln"), Window::default(), 10).unwrap();
        assert_eq!((q[0].text.as_str(), q[0].cite.start, q[0].cite.end), ("Wir handeln", 10, 20));
        assert_eq!(q[0].cite.date.as_deref(), Some("2024-05-03"));
        let m = s.events(&[berg, lind], None, &["meeting"], Window::default(), 10).unwrap();
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].participants.len(), 2);
        assert!(s.events(&[berg], None, &["visit"], Window::default(), 10).unwrap().is_empty());
    }
}
