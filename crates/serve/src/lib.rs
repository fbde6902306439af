//! `serve`: Dossier over HTTP — a JSON API over a data directory, its
//! OpenAPI document, and the browser UI.
//!
//! * [`router`] builds the axum router: the handlers in `api.rs` (each
//!   annotated for the OpenAPI document, which is therefore generated from
//!   the routes actually served), `/api/openapi.json`, and the UI's embedded
//!   files (`ui.rs`).
//! * Reads go to a small pool of [`Kb`] readers on blocking threads; the
//!   knowledge base is synchronous (SQLite, tantivy) and each query takes
//!   milliseconds.
//! * Read-only unless a token is configured: `POST /api/ingest` answers 403
//!   without one, 401 with a wrong one.
//! * Every error is a JSON body `{"error": "…", "status": N}` with its
//!   status code; a request body over the limit is 413, a request over the
//!   time limit 408.
#![warn(missing_docs)]

mod api;
mod ui;

pub use api::ApiDoc;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use dossier_kb::{Kb, KbError};
use serde::Serialize;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Config {
    /// The data directory.
    pub data: PathBuf,
    /// The token that allows `POST /api/ingest` (ingest is off without one).
    pub token: Option<String>,
    /// Largest request body, in bytes.
    pub max_body: usize,
    /// Longest time a request may take.
    pub timeout: Duration,
    /// Readers in the pool (one per core is plenty).
    pub readers: usize,
}

impl Config {
    /// Defaults for a data directory: read-only, 32 MiB bodies, 30 s, one reader per core.
    pub fn new(data: PathBuf) -> Config {
        Config {
            data,
            token: None,
            max_body: 32 << 20,
            timeout: Duration::from_secs(30),
            readers: std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(1, 8),
        }
    }
}

/// The server's state: the configuration and the readers.
pub struct AppState {
    config: Config,
    readers: Vec<Mutex<Kb>>,
    next: AtomicUsize,
    /// One upload at a time.
    ingest: tokio::sync::Mutex<()>,
}

impl AppState {
    /// Opens the readers of the data directory (which must exist).
    pub fn open(config: Config) -> Result<Arc<AppState>, KbError> {
        let readers = (0..config.readers.max(1))
            .map(|_| Kb::open_existing(&config.data).map(Mutex::new))
            .collect::<Result<_, _>>()?;
        Ok(Arc::new(AppState { config, readers, next: AtomicUsize::new(0), ingest: tokio::sync::Mutex::new(()) }))
    }

    /// Runs `f` with a reader on a blocking thread.
    async fn read<T: Send + 'static>(
        self: &Arc<Self>,
        f: impl FnOnce(&Kb) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let state = self.clone();
        tokio::task::spawn_blocking(move || {
            let i = state.next.fetch_add(1, Ordering::Relaxed) % state.readers.len();
            // A reader whose last user panicked is still consistent (reads only).
            let kb = state.readers[i].lock().unwrap_or_else(|p| p.into_inner());
            f(&kb)
        })
        .await
        .map_err(|e| ApiError::Internal(format!("request failed: {e}")))?
    }

    /// Makes every reader see what was just committed.
    fn reload_all(&self) -> Result<(), ApiError> {
        for r in &self.readers {
            r.lock().unwrap_or_else(|p| p.into_inner()).reload()?;
        }
        Ok(())
    }
}

/// An API error: its status code and a message for the JSON body.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// 400: a bad parameter or query.
    #[error("{0}")]
    BadRequest(String),
    /// 404: no such article, entity or route.
    #[error("{0}")]
    NotFound(String),
    /// 409: another process is writing to the data directory.
    #[error("{0}")]
    Busy(String),
    /// 401: a wrong or missing token.
    #[error("missing or wrong token (send `Authorization: Bearer TOKEN`)")]
    Unauthorized,
    /// 403: ingest is off.
    #[error("ingest is off: start the server with a token (--token or DOSSIER_TOKEN)")]
    IngestOff,
    /// 500: anything else.
    #[error("{0}")]
    Internal(String),
}

impl ApiError {
    fn status(&self) -> StatusCode {
        match self {
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Busy(_) => StatusCode::CONFLICT,
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::IngestOff => StatusCode::FORBIDDEN,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<KbError> for ApiError {
    fn from(e: KbError) -> Self {
        match e {
            KbError::Invalid(m) => ApiError::BadRequest(m),
            KbError::Missing(_) => ApiError::NotFound(e.to_string()),
            KbError::Busy(_) => ApiError::Busy(e.to_string()),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

/// The body of every error answer.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// What went wrong.
    pub error: String,
    /// The HTTP status code.
    pub status: u16,
}

/// An error answer with a JSON body.
pub(crate) fn error_response(status: StatusCode, error: String) -> Response {
    (status, Json(ErrorBody { error, status: status.as_u16() })).into_response()
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Internal(m) = &self {
            tracing::error!("{m}");
        }
        error_response(self.status(), self.to_string())
    }
}

/// The whole application: API, OpenAPI document, UI, limits.
pub fn router(state: Arc<AppState>) -> axum::Router {
    let limits = (state.config.max_body, state.config.timeout);
    let (api, doc) = api::routes().split_for_parts();
    let doc = Arc::new(doc);
    api.route(
        "/api/openapi.json",
        axum::routing::get(move || {
            let doc = doc.clone();
            async move { Json(doc.as_ref().clone()) }
        }),
    )
    .merge(ui::routes())
    .fallback(|uri: axum::http::Uri| async move {
        error_response(StatusCode::NOT_FOUND, format!("no such page or endpoint: {}", uri.path()))
    })
    .with_state(state)
    .layer(axum::extract::DefaultBodyLimit::max(limits.0))
    .layer(tower_http::limit::RequestBodyLimitLayer::new(limits.0))
    .layer(tower_http::timeout::TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, limits.1))
}

/// Serves until Ctrl-C (or SIGTERM) on `addr`; returns the bound address
/// through `bound` first (useful with port 0).
pub async fn serve(
    config: Config,
    addr: std::net::SocketAddr,
    bound: impl FnOnce(std::net::SocketAddr),
) -> Result<(), ServeError> {
    let state = AppState::open(config)?;
    let listener = tokio::net::TcpListener::bind(addr).await.map_err(|e| ServeError::Bind(addr, e))?;
    bound(listener.local_addr().map_err(|e| ServeError::Bind(addr, e))?);
    axum::serve(listener, router(state)).with_graceful_shutdown(shutdown()).await.map_err(ServeError::Io)
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}

/// Why the server could not run.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The data directory could not be opened.
    #[error(transparent)]
    Kb(#[from] KbError),
    /// The address could not be bound.
    #[error("cannot listen on {0}: {1}")]
    Bind(std::net::SocketAddr, std::io::Error),
    /// The server failed.
    #[error("server: {0}")]
    Io(std::io::Error),
}
