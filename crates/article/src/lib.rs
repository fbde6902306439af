//! The plain data types shared by every stage of the Dossier pipeline.
//!
//! An [`Article`] is what `ingest` produces and what `store`, `index` and
//! (later) `analyze` consume. It owns no behaviour beyond identity and date
//! handling: no I/O, no parsing of input formats, no knowledge of storage.
//!
//! Invariant: `Article::text` is the normalised text that every later span
//! (entity mention, quote, date) points into. It never changes once the
//! article has been stored.
#![warn(missing_docs)]

mod date;

pub use date::{DateError, PubDate};

use serde::{Deserialize, Serialize};

/// Length in hex digits of an [`Article::id`].
pub const ID_HEX_LEN: usize = 16;

/// One news article after ingestion and normalisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable identity: 16 hex digits of BLAKE3 over source and normalised text.
    pub id: String,
    /// 32 hex digits of BLAKE3 over the normalised text alone; equal texts from
    /// different sources share it, which is how duplicates are recognised.
    pub content_hash: String,
    /// The headline (empty when the input had none and none could be derived).
    pub title: String,
    /// The normalised text: the headline, a blank line, then the body
    /// paragraphs separated by blank lines. Every span points into this.
    pub text: String,
    /// Offset in chars (Unicode scalar values) of the body inside `text`.
    pub body_start: usize,
    /// Publication date, as precise as the input gave it.
    pub date: Option<PubDate>,
    /// Language code (ISO 639-1 where one exists, else ISO 639-3).
    pub language: Option<String>,
    /// Confidence of the language detection, 0..1 (1 when declared and confirmed).
    pub language_confidence: f64,
    /// Outlet or feed the article came from.
    pub source: Option<String>,
    /// Canonical URL when known.
    pub url: Option<String>,
    /// Where the article was read from.
    pub origin: Origin,
    /// Image credit lines (`Quelle: …`) removed from the body.
    pub credits: Vec<String>,
    /// Related-article links and teaser headlines removed from the body.
    pub related: Vec<String>,
    /// Any further metadata of the input (unknown JSON fields, byline, …).
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The input an article was read from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// File path as given on the command line (or below a given folder).
    pub path: String,
    /// Input format.
    pub format: Format,
    /// 1-based line number inside a JSON Lines file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// WARC record id inside a WARC file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<String>,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.path)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(rec) = &self.record {
            write!(f, " (record {rec})")?;
        }
        Ok(())
    }
}

/// Input formats Dossier reads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain-text article with an optional ` date YYYY-MM[-DD] Title` line.
    #[default]
    Text,
    /// One JSON object per line.
    Jsonl,
    /// An HTML page.
    Html,
    /// A WARC file with HTML responses.
    Warc,
}

impl Format {
    /// The lowercase name used in storage and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Jsonl => "jsonl",
            Format::Html => "html",
            Format::Warc => "warc",
        }
    }
}

/// Computes the stable article id from its source and normalised text.
///
/// The same text from the same source always gets the same id, so a re-run
/// over the same files is a no-op; the same text from another source gets
/// another id but the same [`content_hash`].
pub fn article_id(source: Option<&str>, text: &str) -> String {
    let mut h = blake3::Hasher::new();
    h.update(source.unwrap_or("").as_bytes());
    h.update(&[0]);
    h.update(text.as_bytes());
    h.finalize().to_hex()[..ID_HEX_LEN].to_string()
}

/// Hash of the normalised text alone (32 hex digits).
pub fn content_hash(text: &str) -> String {
    blake3::hash(text.as_bytes()).to_hex()[..32].to_string()
}

/// Converts a char offset into `text` into a byte offset (clamped to the end).
pub fn char_to_byte(text: &str, chars: usize) -> usize {
    text.char_indices().nth(chars).map(|(b, _)| b).unwrap_or(text.len())
}

/// Slices `text` by char offsets `[start, end)`, as every span in Dossier counts.
pub fn slice_chars(text: &str, start: usize, end: usize) -> &str {
    let b0 = char_to_byte(text, start);
    let b1 = char_to_byte(text, end.max(start));
    &text[b0..b1]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_depends_on_source_and_text() {
        let a = article_id(Some("Kurier"), "Text");
        assert_eq!(a.len(), ID_HEX_LEN);
        assert_eq!(a, article_id(Some("Kurier"), "Text"));
        assert_ne!(a, article_id(Some("Bote"), "Text"));
        assert_ne!(a, article_id(Some("Kurier"), "Text."));
        assert_eq!(content_hash("Text"), content_hash("Text"));
    }

    #[test]
    fn slices_by_chars_not_bytes() {
        let t = "Wŏnsan und Pjöngjang";
        assert_eq!(slice_chars(t, 0, 6), "Wŏnsan");
        assert_eq!(slice_chars(t, 11, 20), "Pjöngjang");
        assert_eq!(slice_chars(t, 18, 99), "ng");
    }
}
