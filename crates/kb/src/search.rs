//! Search over the data directory: index hits joined with stored metadata.

use crate::{Kb, KbError, Result};
use dossier_article::PubDate;
use dossier_index::{query, Filters};
use serde::Serialize;

/// A search as the CLI and API ask for it.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// The query (see `dossier_index::query`).
    pub query: String,
    /// Only articles dated on or after the start of this date.
    pub from: Option<PubDate>,
    /// Only articles dated on or before the end of this date.
    pub to: Option<PubDate>,
    /// Only this language.
    pub language: Option<String>,
    /// Only this source.
    pub source: Option<String>,
    /// Only articles naming this entity (any spelling, see `dossier entity`).
    pub entity: Option<String>,
    /// Hits per page.
    pub limit: usize,
    /// Hits to skip.
    pub offset: usize,
}

/// One hit.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// Article id.
    pub id: String,
    /// Headline.
    pub title: String,
    /// Publication date.
    pub date: Option<String>,
    /// Source.
    pub source: Option<String>,
    /// BM25 score.
    pub score: f32,
    /// A fragment of the text with the matches marked `<b>…</b>` (HTML-escaped).
    pub snippet: String,
    /// The fragment with the positions of its matches.
    #[serde(skip)]
    pub fragment: dossier_index::Snippet,
    /// Language.
    pub language: Option<String>,
    /// URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// The answer to a search.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResponse {
    /// Matching articles in all.
    pub total: usize,
    /// The requested page.
    pub hits: Vec<Hit>,
}

fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// How many of the best matches the facets count.
pub const FACET_SAMPLE: usize = 300;

impl Kb {
    fn prepare(&self, req: &SearchRequest) -> Result<(query::QueryAst, Filters)> {
        let ast = query::parse(&req.query).map_err(|e| KbError::Invalid(format!("query {:?}: {e}", req.query)))?;
        if let (Some(from), Some(to)) = (req.from, req.to) {
            if from.first_day_number() > to.last_day_number() {
                return Err(KbError::Invalid(format!("--from {from} is after --to {to}")));
            }
        }
        // `--entity`: the articles naming that entity, however it is spelled.
        let seqs = match &req.entity {
            Some(name) => {
                let (id, _) = self.entity_id(name)?;
                Some(self.store.articles_of(id)?)
            }
            None => None,
        };
        let filters = Filters {
            from_day: req.from.map(|d| d.first_day_number()),
            to_day: req.to.map(|d| d.last_day_number()),
            language: req.language.clone(),
            source: req.source.clone(),
            seqs,
        };
        Ok((ast, filters))
    }

    /// Runs a search.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResponse> {
        Ok(self.search_with_facets(req, None)?.0)
    }

    /// Runs a search and, with `facets` (how many values of each), counts
    /// over its best [`FACET_SAMPLE`] matches, from one pass over the index.
    pub fn search_with_facets(
        &self,
        req: &SearchRequest,
        facets: Option<usize>,
    ) -> Result<(SearchResponse, Option<dossier_store::Facets>)> {
        let (ast, filters) = self.prepare(req)?;
        let (limit, offset) = match facets {
            Some(_) => ((req.offset + req.limit).max(FACET_SAMPLE), 0),
            None => (req.limit, req.offset),
        };
        let mut results = self.index.search(&ast, &filters, limit, offset)?;
        let counted = match facets {
            Some(top) => {
                let seqs: Vec<u64> = results.hits.iter().take(FACET_SAMPLE).map(|h| h.seq).collect();
                let f = self.store.facets(&seqs, top)?;
                results.hits = results.hits.into_iter().skip(req.offset).take(req.limit).collect();
                Some(f)
            }
            None => None,
        };
        let mut hits = Vec::with_capacity(results.hits.len());
        for h in &results.hits {
            let Some(f) = self.store.hit_fields(h.seq)? else { continue };
            let german = f.language.as_deref().is_none_or(|l| l == "de");
            let snip = results.snippet(&f.body, german);
            let html = snip.marked("<b>", "</b>", escape_html);
            hits.push(Hit {
                id: f.id,
                title: f.title,
                date: f.date,
                source: f.source,
                score: h.score,
                snippet: html,
                fragment: snip,
                language: f.language,
                url: f.url,
            });
        }
        Ok((SearchResponse { total: results.total, hits }, counted))
    }
}
