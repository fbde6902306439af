//! Typed ingestion errors and the located [`Problem`] the caller reports.

use dossier_article::Origin;
use std::fmt;

/// Why an input (or part of it) could not be ingested.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The file or line could not be read.
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    /// The file is empty.
    #[error("empty file")]
    Empty,
    /// The input holds NUL bytes or other binary data.
    #[error("binary data, not text (NUL byte at byte {offset})")]
    Binary {
        /// Byte offset of the first NUL byte.
        offset: usize,
    },
    /// Bytes that are not UTF-8.
    #[error("invalid UTF-8 at byte {offset} (line {line}); convert the file to UTF-8 first")]
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
        /// 1-based line of that byte.
        line: usize,
    },
    /// An article larger than the configured limit.
    #[error("{what} is {size} bytes, more than the limit of {limit} bytes for one article")]
    TooLarge {
        /// What was too large ("file", "line", "record").
        what: &'static str,
        /// Its size in bytes (at least; reading stopped past the limit).
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// Corrupt or truncated gzip data.
    #[error("corrupt or truncated gzip data: {0}")]
    Gzip(String),
    /// A JSON line that is not a valid article object.
    #[error("malformed JSON line: {0}")]
    Json(String),
    /// A WARC file that could not be parsed further.
    #[error("malformed WARC data: {0}")]
    Warc(String),
    /// The input has no article text once credit lines, links and markup are removed.
    #[error("no article text")]
    NoText,
}

/// A problem with one input, with where it happened.
#[derive(Debug)]
pub struct Problem {
    /// Path of the file.
    pub path: String,
    /// 1-based line (JSON Lines) where it applies.
    pub line: Option<u64>,
    /// WARC record id where it applies.
    pub record: Option<String>,
    /// What went wrong.
    pub error: IngestError,
}

impl Problem {
    /// A problem with a whole file.
    pub fn file(path: impl Into<String>, error: IngestError) -> Self {
        Problem { path: path.into(), line: None, record: None, error }
    }

    /// A problem at an origin (file, line, record).
    pub fn at(origin: &Origin, error: IngestError) -> Self {
        Problem { path: origin.path.clone(), line: origin.line, record: origin.record.clone(), error }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(rec) = &self.record {
            write!(f, " (WARC record {rec})")?;
        }
        write!(f, ": {}", self.error)
    }
}

impl std::error::Error for Problem {}

/// Checks that bytes are UTF-8 text, naming the first offending byte and line.
pub(crate) fn check_text(bytes: &[u8]) -> Result<&str, IngestError> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(IngestError::Binary { offset });
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
        IngestError::InvalidUtf8 { offset, line }
    })
}
