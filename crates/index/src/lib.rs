//! `index`: the full-text index of Dossier articles (tantivy, BM25).
//!
//! Owns the index schema, German and language-neutral analysis
//! ([`analysis`]), the query language ([`query`]), filters and snippets. It
//! knows nothing of SQLite: the caller feeds it articles with their store
//! sequence number and, for snippets, the article text.
//!
//! Invariant: each commit records the highest store sequence number it
//! contains ([`ArticleIndex::committed_seq`]), so the caller can always tell
//! which stored articles still need indexing after a crash.
#![warn(missing_docs)]

pub mod analysis;
pub mod query;
mod snippet;

pub use snippet::{Highlighter, Snippet};

use dossier_article::Article;
use query::{QueryAst, Scope};
use std::ops::Bound;
use std::path::Path;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, EmptyQuery, Occur, PhraseQuery, Query, RangeQuery, TermQuery,
};
use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STRING,
};
use tantivy::tokenizer::{TextAnalyzer, TokenizerManager};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

/// Version of the index layout; a mismatch means the index is rebuilt from the store.
pub const INDEX_VERSION: u32 = 3;

/// Index errors.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// An error from tantivy.
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    /// The index on disk was written by another layout version.
    #[error("search index has layout version {found}, this build uses {INDEX_VERSION}")]
    Version {
        /// Version found on disk.
        found: u32,
    },
    /// The query could not be parsed.
    #[error("query: {0}")]
    Query(#[from] query::QueryError),
    /// File-system trouble.
    #[error("search index: {0}")]
    Io(#[from] std::io::Error),
    /// Another writer holds the index lock.
    #[error("search index is locked by another writer")]
    Locked,
}

/// Result alias.
pub type Result<T> = std::result::Result<T, IndexError>;

/// The analyzer of the `names` field: its text is already a sequence of
/// name keys (see [`name_words`]), split at spaces.
const NAMES: &str = "whitespace";

/// A name as the words the `names` field holds: the match key of each word
/// (`Lavrov` and `Lawrow` give the same), so a name in any spelling finds it.
pub fn name_words(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .map(dossier_resolve::name_key)
        .filter(|k| !k.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// What the analysis found in an article, indexed beside its text: the
/// names of its entities and the text of its quotes (`name:` and `quote:`
/// in the query language).
#[derive(Debug, Clone, Default)]
pub struct Extras {
    /// Names of the article's entities (as the article and the knowledge base write them).
    pub names: Vec<String>,
    /// What its quotes say.
    pub quotes: Vec<String>,
}

#[derive(Clone, Copy)]
struct Fields {
    id: Field,
    seq: Field,
    title: Field,
    body: Field,
    title_x: Field,
    body_x: Field,
    date_lo: Field,
    date_hi: Field,
    lang: Field,
    source: Field,
    names: Field,
    quotes: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = |tokenizer: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let day = NumericOptions::default().set_indexed().set_fast();
    let fields = Fields {
        id: b.add_text_field("id", STRING),
        seq: b.add_u64_field("seq", INDEXED | FAST),
        title: b.add_text_field("title", text(analysis::GERMAN)),
        body: b.add_text_field("body", text(analysis::GERMAN)),
        title_x: b.add_text_field("title_x", text(analysis::NEUTRAL)),
        body_x: b.add_text_field("body_x", text(analysis::NEUTRAL)),
        date_lo: b.add_i64_field("date_lo", day.clone()),
        date_hi: b.add_i64_field("date_hi", day),
        lang: b.add_text_field("lang", STRING | FAST),
        source: b.add_text_field("source", STRING | FAST),
        names: b.add_text_field("names", text(NAMES)),
        quotes: b.add_text_field("quotes", text(analysis::GERMAN)),
    };
    (b.build(), fields)
}

/// Filters applied to every search.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Articles whose date range reaches this day (days since 1970-01-01) or later.
    pub from_day: Option<i64>,
    /// Articles whose date range starts on this day or earlier.
    pub to_day: Option<i64>,
    /// Only this language code.
    pub language: Option<String>,
    /// Only this source (exact name).
    pub source: Option<String>,
    /// Only these articles (store sequence numbers): those naming an entity.
    pub seqs: Option<Vec<u64>>,
}

/// One hit of a search.
#[derive(Debug, Clone)]
pub struct IndexHit {
    /// Store sequence number.
    pub seq: u64,
    /// BM25 score.
    pub score: f32,
}

/// The hits of one search, and what is needed to make their snippets.
pub struct SearchResults {
    /// Number of matching articles.
    pub total: usize,
    /// The requested page of hits, best first.
    pub hits: Vec<IndexHit>,
    highlighter: Highlighter,
}

impl std::fmt::Debug for SearchResults {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchResults").field("total", &self.total).field("hits", &self.hits).finish()
    }
}

impl SearchResults {
    /// A snippet of `body` (the article text) for this search; `german`
    /// chooses the analysis the article was indexed with.
    pub fn snippet(&self, body: &str, german: bool) -> Snippet {
        self.highlighter.snippet(body, german, 220)
    }
}

/// The article index.
pub struct ArticleIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    query_tokenizers: TokenizerManager,
}

/// Whether an article is analysed as German.
pub fn is_german(article: &Article) -> bool {
    article.language.as_deref().is_none_or(|l| l == "de")
}

impl ArticleIndex {
    /// Opens the index in `dir`, creating it when absent. Fails with
    /// [`IndexError::Version`] when it was written by another layout.
    pub fn open(dir: &Path) -> Result<Self> {
        std::fs::create_dir_all(dir)?;
        let version_file = dir.join("DOSSIER_INDEX_VERSION");
        let (schema, fields) = schema();
        let index = if dir.join("meta.json").exists() {
            let found: u32 =
                std::fs::read_to_string(&version_file).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0);
            if found != INDEX_VERSION {
                return Err(IndexError::Version { found });
            }
            Index::open_in_dir(dir)?
        } else {
            let index = Index::create_in_dir(dir, schema)?;
            std::fs::write(&version_file, format!("{INDEX_VERSION}\n"))?;
            index
        };
        analysis::register(index.tokenizers(), true);
        let query_tokenizers = TokenizerManager::default();
        analysis::register(&query_tokenizers, false);
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        Ok(ArticleIndex { index, reader, fields, query_tokenizers })
    }

    /// Removes the index in `dir` entirely (before a rebuild).
    pub fn destroy(dir: &Path) -> Result<()> {
        if dir.exists() {
            std::fs::remove_dir_all(dir)?;
        }
        Ok(())
    }

    /// The highest store sequence number the last commit contains (0 when none).
    pub fn committed_seq(&self) -> Result<u64> {
        let metas = self.index.load_metas()?;
        Ok(metas.payload.and_then(|p| p.trim().parse().ok()).unwrap_or(0))
    }

    /// Number of indexed articles (as of the last reload).
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// A writer; only one may exist at a time (tantivy holds a lock file).
    pub fn writer(&self, memory_budget: usize) -> Result<ArticleWriter> {
        let writer = match self.index.writer(memory_budget.max(15_000_000)) {
            Err(tantivy::TantivyError::LockFailure(..)) => return Err(IndexError::Locked),
            other => other?,
        };
        Ok(ArticleWriter { writer, fields: self.fields })
    }

    /// Makes the last commit visible to searches.
    pub fn reload(&self) -> Result<()> {
        Ok(self.reader.reload()?)
    }

    /// Searches; returns the total count and the hits `offset..offset+limit`.
    pub fn search(&self, q: &QueryAst, filters: &Filters, limit: usize, offset: usize) -> Result<SearchResults> {
        let searcher = self.reader.searcher();
        let text_query = self.build(q);
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, text_query.box_clone())];
        let f = &self.fields;
        if let Some(from) = filters.from_day {
            let lower = Bound::Included(Term::from_field_i64(f.date_hi, from));
            clauses.push((Occur::Must, Box::new(RangeQuery::new(lower, Bound::Unbounded))));
        }
        if let Some(to) = filters.to_day {
            let upper = Bound::Included(Term::from_field_i64(f.date_lo, to));
            clauses.push((Occur::Must, Box::new(RangeQuery::new(Bound::Unbounded, upper))));
        }
        if let Some(lang) = &filters.language {
            let t = Term::from_field_text(f.lang, lang);
            clauses.push((Occur::Must, Box::new(TermQuery::new(t, IndexRecordOption::Basic))));
        }
        if let Some(source) = &filters.source {
            let t = Term::from_field_text(f.source, source);
            clauses.push((Occur::Must, Box::new(TermQuery::new(t, IndexRecordOption::Basic))));
        }
        if let Some(seqs) = &filters.seqs {
            let terms = seqs.iter().map(|&q| Term::from_field_u64(f.seq, q));
            clauses.push((Occur::Must, Box::new(tantivy::query::TermSetQuery::new(terms))));
        }
        let full = BooleanQuery::new(clauses);
        let (top, total) =
            searcher.search(&full, &(TopDocs::with_limit(limit.max(1)).and_offset(offset).order_by_score(), Count))?;
        let mut hits = Vec::with_capacity(top.len());
        for (score, addr) in top.into_iter().take(limit) {
            // The sequence number is a fast field: no document store access.
            let seq_column = searcher.segment_reader(addr.segment_ord).fast_fields().u64("seq")?;
            let seq = seq_column.first(addr.doc_id).unwrap_or(0);
            hits.push(IndexHit { seq, score });
        }
        Ok(SearchResults { total, hits, highlighter: Highlighter::new(q) })
    }

    fn analyzer(&self, name: &str) -> TextAnalyzer {
        self.query_tokenizers.get(name).expect("registered analyzer")
    }

    /// Builds the tantivy query of a syntax tree.
    fn build(&self, q: &QueryAst) -> Box<dyn Query> {
        match q {
            QueryAst::Term(text, scope) | QueryAst::Phrase(text, scope) => {
                self.leaf(text, *scope).unwrap_or_else(|| Box::new(EmptyQuery))
            }
            QueryAst::And(items) => {
                let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
                let mut positive = false;
                for item in items {
                    match item {
                        QueryAst::Not(inner) => clauses.push((Occur::MustNot, self.build(inner))),
                        // Stop words and punctuation analyse to nothing: leave them out.
                        QueryAst::Term(t, s) | QueryAst::Phrase(t, s) => {
                            if let Some(leaf) = self.leaf(t, *s) {
                                clauses.push((Occur::Must, leaf));
                                positive = true;
                            }
                        }
                        other => {
                            clauses.push((Occur::Must, self.build(other)));
                            positive = true;
                        }
                    }
                }
                if !positive {
                    clauses.push((Occur::Must, Box::new(AllQuery)));
                }
                Box::new(BooleanQuery::new(clauses))
            }
            QueryAst::Or(items) => {
                Box::new(BooleanQuery::new(items.iter().map(|i| (Occur::Should, self.build(i))).collect()))
            }
            QueryAst::Not(inner) => Box::new(BooleanQuery::new(vec![
                (Occur::Must, Box::new(AllQuery)),
                (Occur::MustNot, self.build(inner)),
            ])),
        }
    }

    /// A word or phrase searched in headline (boosted) and text, in both analyses.
    fn leaf(&self, text: &str, scope: Scope) -> Option<Box<dyn Query>> {
        let f = &self.fields;
        let named;
        let (text, targets) = match scope {
            Scope::All => (
                text,
                vec![
                    (f.title, analysis::GERMAN, 2.0),
                    (f.title_x, analysis::NEUTRAL, 2.0),
                    (f.body, analysis::GERMAN, 1.0),
                    (f.body_x, analysis::NEUTRAL, 1.0),
                ],
            ),
            Scope::Title => (text, vec![(f.title, analysis::GERMAN, 2.0), (f.title_x, analysis::NEUTRAL, 2.0)]),
            Scope::Name => {
                named = name_words(text);
                (named.as_str(), vec![(f.names, NAMES, 1.0)])
            }
            Scope::Quote => (text, vec![(f.quotes, analysis::GERMAN, 1.0)]),
        };
        let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (field, analyzer, boost) in targets {
            let mut a = self.analyzer(analyzer);
            let mut stream = a.token_stream(text);
            let mut terms: Vec<(usize, Term)> = Vec::new();
            while stream.advance() {
                let t = stream.token();
                terms.push((t.position, Term::from_field_text(field, &t.text)));
            }
            let q: Box<dyn Query> = match terms.len() {
                0 => continue,
                1 => Box::new(TermQuery::new(terms.pop().expect("one").1, IndexRecordOption::WithFreqs)),
                _ => {
                    let first = terms[0].0;
                    Box::new(PhraseQuery::new_with_offset(terms.into_iter().map(|(p, t)| (p - first, t)).collect()))
                }
            };
            should.push((Occur::Should, if boost != 1.0 { Box::new(BoostQuery::new(q, boost)) } else { q }));
        }
        (!should.is_empty()).then(|| Box::new(BooleanQuery::new(should)) as Box<dyn Query>)
    }
}

/// Adds articles to the index; see [`ArticleIndex::writer`].
pub struct ArticleWriter {
    writer: IndexWriter,
    fields: Fields,
}

impl ArticleWriter {
    /// Adds one article with its store sequence number. The caller adds each
    /// sequence number once (the store hands out each only once, and recovery
    /// first removes everything above the committed mark).
    pub fn add(&mut self, article: &Article, seq: u64, extras: &Extras) -> Result<()> {
        let f = &self.fields;
        let mut doc = TantivyDocument::default();
        doc.add_text(f.id, &article.id);
        doc.add_u64(f.seq, seq);
        let body = &article.text[dossier_article::char_to_byte(&article.text, article.body_start)..];
        let (title_field, body_field) = if is_german(article) { (f.title, f.body) } else { (f.title_x, f.body_x) };
        doc.add_text(title_field, &article.title);
        doc.add_text(body_field, body);
        if let Some(d) = &article.date {
            doc.add_i64(f.date_lo, d.first_day_number());
            doc.add_i64(f.date_hi, d.last_day_number());
        }
        if let Some(l) = &article.language {
            doc.add_text(f.lang, l);
        }
        if let Some(s) = &article.source {
            doc.add_text(f.source, s);
        }
        for n in &extras.names {
            doc.add_text(f.names, name_words(n));
        }
        for q in &extras.quotes {
            doc.add_text(f.quotes, q);
        }
        self.writer.add_document(doc)?;
        Ok(())
    }

    /// Removes every document with a sequence number above `seq` (work that a
    /// crash left uncommitted in the store is re-added afterwards).
    pub fn delete_above(&mut self, seq: u64) -> Result<()> {
        let range = RangeQuery::new(Bound::Excluded(Term::from_field_u64(self.fields.seq, seq)), Bound::Unbounded);
        self.writer.delete_query(Box::new(range))?;
        Ok(())
    }

    /// Removes everything.
    pub fn clear(&mut self) -> Result<()> {
        self.writer.delete_all_documents()?;
        Ok(())
    }

    /// Commits, recording `seq` as the highest store sequence number included.
    pub fn commit(&mut self, seq: u64) -> Result<()> {
        let mut prepared = self.writer.prepare_commit()?;
        prepared.set_payload(&seq.to_string());
        prepared.commit()?;
        Ok(())
    }

    /// Waits for background merges to finish (call at the end of a run).
    pub fn finish(self) -> Result<()> {
        self.writer.wait_merging_threads()?;
        Ok(())
    }
}
