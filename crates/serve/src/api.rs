//! The JSON endpoints. Each handler carries its OpenAPI description; the
//! router is built from the annotated handlers (`utoipa_axum::routes!`), so
//! the document lists exactly the routes served.

use crate::{ApiError, AppState, ErrorBody};
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::HeaderMap;
use axum::Json;
use dossier_article::PubDate;
use dossier_kb::{SearchRequest, Window};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use utoipa::{IntoParams, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The OpenAPI document's frame; the paths come from the handlers.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Dossier API",
        description = "Search and explore a Dossier knowledge base: articles, entities, quotes, meetings and stories, every fact cited by article and character span."
    ),
    components(schemas(ErrorBody))
)]
pub struct ApiDoc;

type S = Arc<AppState>;

pub(crate) fn routes() -> OpenApiRouter<S> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(search))
        .routes(routes!(article))
        .routes(routes!(related))
        .routes(routes!(entities))
        .routes(routes!(entity))
        .routes(routes!(quotes))
        .routes(routes!(meetings))
        .routes(routes!(timeline))
        .routes(routes!(stats))
        .routes(routes!(ingest))
}

/// Query parameters, with errors as JSON (400).
pub(crate) struct Q<T>(T);

impl<St: Send + Sync, T: DeserializeOwned> FromRequestParts<St> for Q<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &St) -> Result<Self, ApiError> {
        serde_urlencoded::from_str(parts.uri.query().unwrap_or(""))
            .map(Q)
            .map_err(|e| ApiError::BadRequest(format!("query parameters: {e}")))
    }
}

/// All values of a repeated query parameter (`with=A&with=B`).
fn repeated(parts: &[(String, String)], key: &str) -> Vec<String> {
    parts.iter().filter(|(k, _)| k == key).map(|(_, v)| v.clone()).filter(|v| !v.trim().is_empty()).collect()
}

/// `from`, `to` and `limit` of a list of query pairs.
fn window_and_limit(p: &[(String, String)], default: usize, max: usize) -> Result<(Window, usize), ApiError> {
    let one = |k: &str| repeated(p, k).into_iter().next();
    let n = one("limit")
        .map(|l| l.parse().map_err(|_| ApiError::BadRequest(format!("limit: {l:?} is not a number"))))
        .transpose()?;
    Ok((window(one("from").as_deref(), one("to").as_deref())?, limit(n, default, max)))
}

fn date(name: &str, v: Option<&str>) -> Result<Option<PubDate>, ApiError> {
    v.filter(|s| !s.is_empty())
        .map(|s| s.parse::<PubDate>().map_err(|e| ApiError::BadRequest(format!("{name}: {e}"))))
        .transpose()
}

fn window(from: Option<&str>, to: Option<&str>) -> Result<Window, ApiError> {
    Ok(Window {
        from: date("from", from)?.map(|d| d.first_day_number()),
        to: date("to", to)?.map(|d| d.last_day_number()),
    })
}

fn limit(v: Option<usize>, default: usize, max: usize) -> usize {
    v.unwrap_or(default).clamp(1, max)
}

/// Search parameters.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct SearchParams {
    /// The query (words, "phrases", OR/ODER, NOT/NICHT/-word, (groups), title:, name:, quote:).
    q: String,
    /// Only articles dated on or after (YYYY, YYYY-MM or YYYY-MM-DD).
    from: Option<String>,
    /// Only articles dated on or before.
    to: Option<String>,
    /// Only this language (de, en, …).
    lang: Option<String>,
    /// Only this source (exact name).
    source: Option<String>,
    /// Only articles naming this entity (any spelling).
    entity: Option<String>,
    /// Hits per page (1–100, default 10).
    limit: Option<usize>,
    /// Hits to skip (at most 10,000).
    offset: Option<usize>,
    /// Also count sources, languages, years and entities of the best 300 matches (default true).
    facets: Option<bool>,
}

/// A page of search results.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct SearchPage {
    /// Matching articles in all.
    total: usize,
    /// The page: id, title, date, source, score, snippet (matches in `<b>`), language, url.
    #[schema(value_type = Vec<Object>)]
    hits: Vec<dossier_kb::Hit>,
    /// Counts by source, language, year and entity: each `[value, articles]`.
    #[schema(value_type = Object)]
    facets: Option<dossier_kb::Facets>,
}

/// Full-text search with filters and facets.
#[utoipa::path(get, path = "/api/search", tag = "search", params(SearchParams),
    responses((status = 200, body = SearchPage), (status = 400, body = ErrorBody)))]
async fn search(State(st): State<S>, Q(p): Q<SearchParams>) -> Result<Json<SearchPage>, ApiError> {
    let req = SearchRequest {
        query: p.q,
        from: date("from", p.from.as_deref())?,
        to: date("to", p.to.as_deref())?,
        language: p.lang.filter(|s| !s.is_empty()),
        source: p.source.filter(|s| !s.is_empty()),
        entity: p.entity.filter(|s| !s.is_empty()),
        limit: limit(p.limit, 10, 100),
        offset: p.offset.unwrap_or(0).min(10_000),
    };
    let want_facets = p.facets.unwrap_or(true);
    st.read(move |kb| {
        let (res, facets) = kb.search_with_facets(&req, want_facets.then_some(12))?;
        Ok(Json(SearchPage { total: res.total, hits: res.hits, facets }))
    })
    .await
}

/// The corpus entity of one of an article's entities.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Link {
    /// The id in the article's analysis (`e1`).
    local: String,
    /// The corpus entity id.
    id: i64,
    /// Its canonical name.
    name: String,
    /// Its kind.
    kind: String,
}

/// An article with its analysis.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ArticlePage {
    /// The article: id, title, text, date, source, url, language, credits, related, …
    #[schema(value_type = Object)]
    article: dossier_article::Article,
    /// Entities (with mentions), quotes, times and events, each with character spans into `article.text`.
    #[schema(value_type = Object)]
    analysis: Option<serde_json::Value>,
    /// The knowledge-base entity of each analysis entity.
    links: Vec<Link>,
    /// Copies recorded under other sources.
    #[schema(value_type = Vec<Object>)]
    duplicates: Vec<dossier_kb::DuplicateRecord>,
}

/// One article: text, metadata, analysis with spans, entity links.
#[utoipa::path(get, path = "/api/articles/{id}", tag = "articles",
    params(("id" = String, Path, description = "Article id (or a unique prefix of at least 6 hex digits)")),
    responses((status = 200, body = ArticlePage), (status = 404, body = ErrorBody)))]
async fn article(State(st): State<S>, Path(id): Path<String>) -> Result<Json<ArticlePage>, ApiError> {
    st.read(move |kb| {
        let view = kb.article(&id)?.ok_or_else(|| ApiError::NotFound(format!("no article {id:?}")))?;
        let mut links = Vec::new();
        for (local, eid) in kb.store().entity_links(view.seq).map_err(dossier_kb::KbError::from)? {
            if let Some(e) = kb.store().entity(eid).map_err(dossier_kb::KbError::from)? {
                links.push(Link { local, id: eid, name: e.name, kind: e.kind });
            }
        }
        Ok(Json(ArticlePage { article: view.article, analysis: view.analysis, links, duplicates: view.duplicates }))
    })
    .await
}

/// An article's story and related articles.
#[utoipa::path(get, path = "/api/articles/{id}/related", tag = "articles",
    params(("id" = String, Path, description = "Article id")),
    responses((status = 200, description = "Its story (near-duplicate copies) and related articles", body = Object),
        (status = 404, body = ErrorBody)))]
async fn related(State(st): State<S>, Path(id): Path<String>) -> Result<Json<dossier_kb::RelatedAnswer>, ApiError> {
    st.read(move |kb| kb.related(&id, 20)?.map(Json).ok_or_else(|| ApiError::NotFound(format!("no article {id:?}"))))
        .await
}

/// Entity look-up parameters.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct NameParams {
    /// A name in any spelling (Lawrow, Lavrov, DVRK, …).
    name: String,
}

/// Entities a name may mean, most cited first.
#[utoipa::path(get, path = "/api/entities", tag = "entities", params(NameParams),
    responses((status = 200, description = "Entities: id, kind, name, country, articles", body = Vec<Object>)))]
async fn entities(State(st): State<S>, Q(p): Q<NameParams>) -> Result<Json<Vec<dossier_kb::EntityRow>>, ApiError> {
    st.read(move |kb| Ok(Json(kb.entities(&p.name)?))).await
}

/// A date window.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct WindowParams {
    /// From (YYYY, YYYY-MM or YYYY-MM-DD).
    from: Option<String>,
    /// To.
    to: Option<String>,
}

/// An entity's page.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct EntityPage {
    /// Names, roles over time, counts, first and last seen, co-mentioned entities.
    #[schema(value_type = Object)]
    profile: dossier_kb::Profile,
    /// Its latest quotes, cited.
    #[schema(value_type = Vec<Object>)]
    quotes: Vec<dossier_kb::QuoteRow>,
    /// Its latest meetings, cited.
    #[schema(value_type = Vec<Object>)]
    meetings: Vec<dossier_kb::EventRow>,
    /// Per month (`YYYY-MM`): articles naming it, its quotes, its events.
    activity: Vec<Activity>,
}

/// One month of an entity's activity.
#[derive(Debug, Default, Serialize, ToSchema)]
pub(crate) struct Activity {
    /// `YYYY-MM`.
    month: String,
    /// Articles naming it.
    articles: u64,
    /// Its quotes.
    quotes: u64,
    /// Events it takes part in.
    events: u64,
}

/// `YYYY-MM` of a day number (days since 1970-01-01), proleptic Gregorian.
fn month_of(day: i64) -> String {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}")
}

/// An entity: profile, roles over time, activity per month, latest quotes and meetings (up to 50 of each).
#[utoipa::path(get, path = "/api/entities/{id}", tag = "entities",
    params(("id" = i64, Path, description = "Corpus entity id"), WindowParams),
    responses((status = 200, body = EntityPage), (status = 404, body = ErrorBody)))]
async fn entity(State(st): State<S>, Path(id): Path<i64>, Q(w): Q<WindowParams>) -> Result<Json<EntityPage>, ApiError> {
    let window = window(w.from.as_deref(), w.to.as_deref())?;
    st.read(move |kb| {
        let store = kb.store();
        let profile = store
            .profile(id, window)
            .map_err(dossier_kb::KbError::from)?
            .ok_or_else(|| ApiError::NotFound(format!("no entity {id}")))?;
        let quotes = store.quotes(Some(id), None, window, 50).map_err(dossier_kb::KbError::from)?;
        let meetings =
            store.events(&[id], None, dossier_kb::MEETING_KINDS, window, 50).map_err(dossier_kb::KbError::from)?;
        let days = store.entity_days(id).map_err(dossier_kb::KbError::from)?;
        let mut months: std::collections::BTreeMap<String, Activity> = Default::default();
        for (k, list) in days.iter().enumerate() {
            for &d in list {
                let a = months.entry(month_of(d)).or_default();
                match k {
                    0 => a.articles += 1,
                    1 => a.quotes += 1,
                    _ => a.events += 1,
                }
            }
        }
        let activity = months.into_iter().map(|(month, a)| Activity { month, ..a }).collect();
        Ok(Json(EntityPage { profile, quotes, meetings, activity }))
    })
    .await
}

/// Quote parameters.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct QuoteParams {
    /// Only quotes by this speaker (any spelling).
    speaker: Option<String>,
    /// Only quotes containing this text.
    about: Option<String>,
    /// From (YYYY, YYYY-MM or YYYY-MM-DD).
    from: Option<String>,
    /// To.
    to: Option<String>,
    /// At most this many (1–200, default 50).
    limit: Option<usize>,
}

/// Who said what, when: quotes with speaker, kind and citation.
#[utoipa::path(get, path = "/api/quotes", tag = "facts", params(QuoteParams),
    responses((status = 200, body = Vec<Object>), (status = 400, body = ErrorBody)))]
async fn quotes(State(st): State<S>, Q(p): Q<QuoteParams>) -> Result<Json<Vec<dossier_kb::QuoteRow>>, ApiError> {
    let window = window(p.from.as_deref(), p.to.as_deref())?;
    let n = limit(p.limit, 50, 200);
    st.read(move |kb| {
        Ok(Json(kb.quotes(
            p.speaker.as_deref().filter(|s| !s.is_empty()),
            p.about.as_deref().filter(|s| !s.is_empty()),
            window,
            n,
        )?))
    })
    .await
}

/// Who met whom, where, when. Repeat `with` for several entities (all must
/// take part); `place`, `from`, `to`, `limit` (1–200, default 50).
#[utoipa::path(get, path = "/api/meetings", tag = "facts",
    params(("with" = Vec<String>, Query, description = "An entity that takes part (repeatable)"),
        ("place" = Option<String>, Query, description = "Where"),
        ("from" = Option<String>, Query, description = "From date"), ("to" = Option<String>, Query, description = "To date"),
        ("limit" = Option<usize>, Query, description = "At most this many")),
    responses((status = 200, body = Vec<Object>), (status = 400, body = ErrorBody)))]
async fn meetings(
    State(st): State<S>,
    Q(p): Q<Vec<(String, String)>>,
) -> Result<Json<Vec<dossier_kb::EventRow>>, ApiError> {
    let (window, n) = window_and_limit(&p, 50, 200)?;
    let with = repeated(&p, "with");
    let place = repeated(&p, "place").into_iter().next();
    st.read(move |kb| Ok(Json(kb.meetings(&with, place.as_deref(), window, n)?))).await
}

/// Dated events, quotes and articles of one entity, or of two together
/// (their relationship over time), oldest first. Repeat `name`.
#[utoipa::path(get, path = "/api/timeline", tag = "facts",
    params(("name" = Vec<String>, Query, description = "One or two entities"),
        ("from" = Option<String>, Query, description = "From date"), ("to" = Option<String>, Query, description = "To date"),
        ("limit" = Option<usize>, Query, description = "At most this many of each kind (default 50)")),
    responses((status = 200, body = Vec<Object>), (status = 400, body = ErrorBody)))]
async fn timeline(
    State(st): State<S>,
    Q(p): Q<Vec<(String, String)>>,
) -> Result<Json<Vec<dossier_kb::TimelineItem>>, ApiError> {
    let (window, n) = window_and_limit(&p, 50, 1000)?;
    let names = repeated(&p, "name");
    if names.is_empty() || names.len() > 2 {
        return Err(ApiError::BadRequest("give one or two `name` parameters".into()));
    }
    st.read(move |kb| Ok(Json(kb.timeline(&names, window, n)?))).await
}

/// Store and index figures: articles, duplicates, sources, languages, dates, sizes.
#[utoipa::path(get, path = "/api/stats", tag = "articles", responses((status = 200, body = Object)))]
async fn stats(State(st): State<S>) -> Result<Json<dossier_kb::KbStats>, ApiError> {
    st.read(|kb| Ok(Json(kb.stats()?))).await
}

/// Upload parameters.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct IngestParams {
    /// The body's format: `jsonl` (default), `json`, `txt`, `html` or `warc`; add `.gz` for gzip.
    format: Option<String>,
    /// Source (outlet) for every article.
    source: Option<String>,
}

/// What an upload did.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct IngestAnswer {
    /// Counts: ingested, unchanged, duplicates, errors, …
    #[schema(value_type = Object)]
    report: dossier_kb::IngestReport,
    /// One line per problem (where and why); the rest was ingested.
    problems: Vec<String>,
}

struct Problems(std::sync::Mutex<Vec<String>>);

impl dossier_kb::Observer for Problems {
    fn problem(&self, p: &dossier_ingest::Problem) {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).push(p.to_string());
    }
    fn progress(&self, _: &dossier_kb::Counts) {}
}

/// Uploads articles (off unless the server has a token; `Authorization: Bearer TOKEN`).
#[utoipa::path(post, path = "/api/ingest", tag = "articles", params(IngestParams),
    request_body(content = String, description = "The file's bytes", content_type = "application/octet-stream"),
    responses((status = 200, body = IngestAnswer), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 413, description = "Body over the size limit")))]
async fn ingest(
    State(st): State<S>,
    headers: HeaderMap,
    Q(p): Q<IngestParams>,
    body: axum::body::Bytes,
) -> Result<Json<IngestAnswer>, ApiError> {
    let Some(token) = st.config.token.clone() else { return Err(ApiError::IngestOff) };
    let given = headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    if !given.is_some_and(|g| constant_time_eq(g.as_bytes(), token.as_bytes())) {
        return Err(ApiError::Unauthorized);
    }
    let format = p.format.unwrap_or_else(|| "jsonl".into());
    let known = ["jsonl", "json", "txt", "html", "warc"];
    if !known.iter().any(|k| format == *k || format == format!("{k}.gz")) {
        return Err(ApiError::BadRequest(format!("format {format:?}: use one of {}", known.join(", "))));
    }
    let _one = st.ingest.lock().await;
    let state = st.clone();
    tokio::task::spawn_blocking(move || {
        let tmp = tempfile::tempdir().map_err(|e| ApiError::Internal(format!("temporary folder: {e}")))?;
        let path = tmp.path().join(format!("upload.{format}"));
        std::fs::write(&path, &body).map_err(|e| ApiError::Internal(format!("temporary file: {e}")))?;
        let (mut kb, _) = dossier_kb::Kb::open(&state.config.data)?;
        let opts = dossier_ingest::IngestOptions { source: p.source.filter(|s| !s.is_empty()), ..Default::default() };
        let problems = Problems(Default::default());
        let report = kb.ingest(&[path], &opts, true, &problems)?;
        drop(kb);
        state.reload_all()?;
        let problems = problems.0.into_inner().unwrap_or_else(|e| e.into_inner());
        Ok(Json(IngestAnswer { report, problems }))
    })
    .await
    .map_err(|e| ApiError::Internal(format!("ingest failed: {e}")))?
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::month_of;

    #[test]
    fn months_of_day_numbers() {
        assert_eq!(month_of(0), "1970-01");
        assert_eq!(month_of(19_000), "2022-01");
        assert_eq!(month_of(-1), "1969-12");
        assert_eq!(month_of(20_281), "2025-07");
    }
}
