//! The browser UI: a page and its script and style, embedded in the binary
//! (no CDN, works offline). The script talks to the JSON API only.

use crate::AppState;
use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use std::sync::Arc;

const INDEX: &str = include_str!("../assets/index.html");

/// Embedded files: name, content type, bytes.
const ASSETS: &[(&str, &str, &[u8])] = &[
    ("app.js", "text/javascript; charset=utf-8", include_bytes!("../assets/app.js")),
    ("app.css", "text/css; charset=utf-8", include_bytes!("../assets/app.css")),
    ("uPlot.iife.min.js", "text/javascript; charset=utf-8", include_bytes!("../assets/vendor/uPlot.iife.min.js")),
    ("uPlot.min.css", "text/css; charset=utf-8", include_bytes!("../assets/vendor/uPlot.min.css")),
];

pub(crate) fn routes() -> axum::Router<Arc<AppState>> {
    axum::Router::new().route("/", get(|| async { Html(INDEX) })).route("/assets/{name}", get(asset))
}

async fn asset(Path(name): Path<String>) -> Response {
    match ASSETS.iter().find(|(n, _, _)| *n == name) {
        Some((_, mime, bytes)) => {
            ([(header::CONTENT_TYPE, *mime), (header::CACHE_CONTROL, "max-age=3600")], *bytes).into_response()
        }
        None => crate::error_response(StatusCode::NOT_FOUND, format!("no asset {name:?}")),
    }
}
