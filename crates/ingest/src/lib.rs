//! `ingest`: bytes on disk → normalised [`Article`]s.
//!
//! The stage has two halves so that the expensive half can run on every core:
//!
//! 1. [`read_path`] walks files and folders and streams [`RawUnit`]s — one
//!    plain-text file, one JSON line, one HTML page, one WARC response — with
//!    bounded memory whatever the size of the input (JSON Lines and WARC are
//!    read record by record; single articles are capped at
//!    [`Limits::max_article_bytes`]).
//! 2. [`parse_unit`] turns one unit into an [`Article`]: format parsing, main
//!    text extraction, Unicode normalisation, removal of credit lines and
//!    related-article links, language detection and identity. It is a pure
//!    function of the unit.
//!
//! Every problem is a [`Problem`] naming the path (and line or record) and the
//! reason; the caller reports it and goes on with the rest. This crate knows
//! nothing of storage or search.
#![warn(missing_docs)]

mod assemble;
mod body;
mod dates;
mod error;
mod html;
mod jsonl;
mod lang;
mod plain;
mod read;
mod warc_file;

pub use assemble::Parts;
pub use body::{clean_body, CleanBody};
pub use dates::parse_date;
pub use dossier_article::{Article, Format, Origin};
pub use error::{IngestError, Problem};
pub use lang::detect_language;
pub use read::{read_path, FileStats, Limits, RawUnit, UnitKind};

/// Options of one ingestion run.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    /// Source (outlet) name for every article, overriding what the input says.
    pub source: Option<String>,
    /// Size limits.
    pub limits: Limits,
}

/// Parses one unit into an article. Pure: no I/O.
pub fn parse_unit(unit: &RawUnit, opts: &IngestOptions) -> Result<Article, Problem> {
    let problem = |error| Problem::at(&unit.origin, error);
    let parts = match &unit.kind {
        UnitKind::Text => plain::parse(&unit.bytes).map_err(problem)?,
        UnitKind::JsonLine => jsonl::parse(&unit.bytes).map_err(problem)?,
        UnitKind::Html { url, charset } => {
            html::parse(&unit.bytes, url.as_deref(), charset.as_deref()).map_err(problem)?
        }
    };
    assemble::assemble(parts, &unit.origin, opts).map_err(problem)
}
