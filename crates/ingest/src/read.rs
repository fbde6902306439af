//! Walking paths and streaming raw units out of files, with bounded memory.

use crate::error::{check_text, IngestError, Problem};
use crate::warc_file;
use dossier_article::{Format, Origin};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// Size limits of one run.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest single article (a plain-text or HTML file, a JSON line, a WARC
    /// response) in bytes. Collections (JSON Lines, WARC) may be any size.
    pub max_article_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_article_bytes: 16 * 1024 * 1024 }
    }
}

/// The bytes of one article, not yet parsed.
#[derive(Debug, Clone)]
pub struct RawUnit {
    /// Where it was read from.
    pub origin: Origin,
    /// How to parse it.
    pub kind: UnitKind,
    /// Its bytes (UTF-8 already checked for text and JSON lines).
    pub bytes: Vec<u8>,
}

/// How a [`RawUnit`] is to be parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnitKind {
    /// A plain-text article.
    Text,
    /// One JSON object.
    JsonLine,
    /// An HTML page, with the URL it was fetched from and the charset the
    /// HTTP headers declared, if known.
    Html {
        /// URL of the page.
        url: Option<String>,
        /// Charset from the HTTP `Content-Type` header.
        charset: Option<String>,
    },
}

/// What a walk saw besides the units it emitted.
#[derive(Debug, Default, Clone)]
pub struct FileStats {
    /// Files opened.
    pub files: u64,
    /// Bytes read from disk (compressed size for gzip files).
    pub bytes: u64,
    /// Files inside folders passed over for their extension, with one example.
    pub ignored: u64,
    /// An example of an ignored file.
    pub ignored_example: Option<String>,
    /// WARC records that were not HTML responses.
    pub skipped_records: u64,
}

/// Extensions read when walking a folder (plus files without extension).
const KNOWN_EXTENSIONS: [&str; 9] = ["txt", "text", "jsonl", "ndjson", "html", "htm", "xhtml", "warc", "json"];

/// Walks `path` (a file, or a folder recursively) and streams what it holds.
///
/// Each unit or problem goes to `emit` as soon as it is read. Files named
/// explicitly are read whatever their extension (the format is sniffed);
/// inside folders, hidden entries are skipped and only files with a known
/// extension (`.txt .jsonl .ndjson .json .html .htm .warc`, each optionally
/// `.gz`) or none are read.
pub fn read_path(path: &Path, limits: &Limits, stats: &mut FileStats, emit: &mut dyn FnMut(Result<RawUnit, Problem>)) {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return emit(Err(Problem::file(path.display().to_string(), e.into()))),
    };
    if meta.is_file() {
        return read_file(path, limits, stats, emit);
    }
    let walker = walkdir::WalkDir::new(path)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        match entry {
            Err(e) => {
                let p = e.path().map(|p| p.display().to_string()).unwrap_or_else(|| path.display().to_string());
                let io = e.into_io_error().unwrap_or_else(|| std::io::Error::other("walk error"));
                emit(Err(Problem::file(p, io.into())));
            }
            Ok(e) if e.file_type().is_file() => {
                if has_known_extension(e.path()) {
                    read_file(e.path(), limits, stats, emit);
                } else {
                    stats.ignored += 1;
                    stats.ignored_example.get_or_insert_with(|| e.path().display().to_string());
                }
            }
            Ok(_) => {}
        }
    }
}

fn has_known_extension(p: &Path) -> bool {
    let name = p.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    match name.rsplit_once('.') {
        None => true,
        Some((_, ext)) => KNOWN_EXTENSIONS.contains(&ext),
    }
}

/// The format a file name announces, if any.
fn format_from_name(name: &str) -> Option<Format> {
    let name = name.to_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let ext = name.rsplit_once('.').map(|(_, e)| e)?;
    Some(match ext {
        "txt" | "text" | "md" => Format::Text,
        "jsonl" | "ndjson" | "json" => Format::Jsonl,
        "html" | "htm" | "xhtml" => Format::Html,
        "warc" => Format::Warc,
        _ => return None,
    })
}

/// Guesses the format from the first bytes.
fn sniff(head: &[u8]) -> Format {
    let s = String::from_utf8_lossy(&head[..head.len().min(4096)]).to_lowercase();
    let t = s.trim_start_matches('\u{feff}').trim_start();
    if t.starts_with("warc/") {
        Format::Warc
    } else if t.starts_with('{') {
        Format::Jsonl
    } else if t.starts_with("<!doctype html") || t.starts_with("<html") || s.contains("<html") || s.contains("<body") {
        Format::Html
    } else {
        Format::Text
    }
}

fn read_file(path: &Path, limits: &Limits, stats: &mut FileStats, emit: &mut dyn FnMut(Result<RawUnit, Problem>)) {
    let shown = path.display().to_string();
    let fail = |e: IngestError| Problem::file(shown.clone(), e);
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => return emit(Err(fail(e.into()))),
    };
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    stats.files += 1;
    stats.bytes += size;
    if size == 0 {
        return emit(Err(fail(IngestError::Empty)));
    }
    let mut raw = BufReader::with_capacity(256 * 1024, file);
    let gz = match raw.fill_buf() {
        Ok(head) => head.starts_with(&[0x1f, 0x8b]),
        Err(e) => return emit(Err(fail(e.into()))),
    };
    let mut reader: Box<dyn BufRead> = if gz {
        Box::new(BufReader::with_capacity(256 * 1024, flate2::bufread::MultiGzDecoder::new(raw)))
    } else {
        Box::new(raw)
    };
    let head = match reader.fill_buf() {
        Ok(h) => h,
        Err(e) => return emit(Err(fail(io_or_gzip(e, gz)))),
    };
    if head.is_empty() {
        return emit(Err(fail(IngestError::Empty)));
    }
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let format = format_from_name(&name).unwrap_or_else(|| sniff(head));
    let origin = Origin { path: shown.clone(), format, line: None, record: None };
    match format {
        Format::Text | Format::Html => {
            let bytes = match read_limited(&mut reader, limits.max_article_bytes, gz) {
                Ok(b) => b,
                Err(e) => return emit(Err(fail(e))),
            };
            if bytes.iter().all(|b| b.is_ascii_whitespace()) {
                return emit(Err(fail(IngestError::Empty)));
            }
            if format == Format::Text {
                if let Err(e) = check_text(&bytes) {
                    return emit(Err(fail(e)));
                }
                emit(Ok(RawUnit { origin, kind: UnitKind::Text, bytes }));
            } else {
                if let Some(offset) = bytes.iter().position(|&b| b == 0) {
                    return emit(Err(fail(IngestError::Binary { offset })));
                }
                emit(Ok(RawUnit { origin, kind: UnitKind::Html { url: None, charset: None }, bytes }));
            }
        }
        Format::Jsonl if is_json_document(&name) => read_json_document(reader, origin, limits, gz, emit),
        Format::Jsonl => read_jsonl(reader, origin, limits, gz, emit),
        Format::Warc => warc_file::read(reader, origin, limits, gz, stats, emit),
    }
}

fn is_json_document(name: &str) -> bool {
    let name = name.to_lowercase();
    name.strip_suffix(".gz").unwrap_or(&name).ends_with(".json")
}

/// A `.json` file: an array of article objects, one article object, or (as
/// many tools write them) JSON Lines after all.
fn read_json_document(
    mut reader: Box<dyn BufRead>,
    origin: Origin,
    limits: &Limits,
    gz: bool,
    emit: &mut dyn FnMut(Result<RawUnit, Problem>),
) {
    let limit = limits.max_article_bytes.saturating_mul(64);
    let bytes = match read_limited(&mut reader, limit, gz) {
        Ok(b) => b,
        Err(e) => return emit(Err(Problem::at(&origin, e))),
    };
    if let Err(e) = check_text(&bytes) {
        return emit(Err(Problem::at(&origin, e)));
    }
    match serde_json::from_slice::<serde_json::Value>(&bytes) {
        Ok(serde_json::Value::Array(items)) => {
            for (i, item) in items.into_iter().enumerate() {
                let at = Origin { line: Some(i as u64 + 1), ..origin.clone() };
                let bytes = serde_json::to_vec(&item).expect("a parsed value serialises");
                emit(Ok(RawUnit { origin: at, kind: UnitKind::JsonLine, bytes }));
            }
        }
        Ok(value @ serde_json::Value::Object(_)) => {
            let bytes = serde_json::to_vec(&value).expect("a parsed value serialises");
            emit(Ok(RawUnit { origin, kind: UnitKind::JsonLine, bytes }));
        }
        Ok(_) => emit(Err(Problem::at(
            &origin,
            IngestError::Json("expected an array of article objects or one object".into()),
        ))),
        Err(_) => read_jsonl(Box::new(std::io::Cursor::new(bytes)), origin, limits, false, emit),
    }
}

/// Maps a read error inside a gzip stream to a gzip error.
pub(crate) fn io_or_gzip(e: std::io::Error, gz: bool) -> IngestError {
    if gz
        && matches!(
            e.kind(),
            std::io::ErrorKind::UnexpectedEof | std::io::ErrorKind::InvalidInput | std::io::ErrorKind::InvalidData
        )
    {
        IngestError::Gzip(e.to_string())
    } else {
        e.into()
    }
}

/// Reads at most `limit` bytes; more is an error naming the size.
fn read_limited(reader: &mut dyn BufRead, limit: u64, gz: bool) -> Result<Vec<u8>, IngestError> {
    let mut bytes = Vec::new();
    let n = reader.take(limit + 1).read_to_end(&mut bytes).map_err(|e| io_or_gzip(e, gz))?;
    if n as u64 > limit {
        // Count the rest without keeping it, so the message tells the size.
        let rest = std::io::copy(reader, &mut std::io::sink()).unwrap_or(0);
        return Err(IngestError::TooLarge { what: "file", size: n as u64 + rest, limit });
    }
    Ok(bytes)
}

/// Streams a JSON Lines file line by line; a line longer than the limit is
/// skipped (and reported) without being held in memory.
fn read_jsonl(
    mut reader: Box<dyn BufRead>,
    origin: Origin,
    limits: &Limits,
    gz: bool,
    emit: &mut dyn FnMut(Result<RawUnit, Problem>),
) {
    let mut line_no: u64 = 0;
    let mut buf: Vec<u8> = Vec::new();
    loop {
        buf.clear();
        line_no += 1;
        let mut overflow: u64 = 0;
        // Read one line, keeping at most max_article_bytes of it.
        loop {
            let chunk = match reader.fill_buf() {
                Ok(c) => c,
                Err(e) => {
                    let at = Origin { line: Some(line_no), ..origin.clone() };
                    return emit(Err(Problem::at(&at, io_or_gzip(e, gz))));
                }
            };
            if chunk.is_empty() {
                break;
            }
            let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            let room = (limits.max_article_bytes as usize).saturating_sub(buf.len());
            if take <= room {
                buf.extend_from_slice(&chunk[..take]);
            } else {
                buf.extend_from_slice(&chunk[..room]);
                overflow += (take - room) as u64;
            }
            reader.consume(take);
            if done {
                break;
            }
        }
        if buf.is_empty() && overflow == 0 {
            return; // end of file
        }
        let at = Origin { line: Some(line_no), ..origin.clone() };
        if overflow > 0 {
            let size = buf.len() as u64 + overflow;
            emit(Err(Problem::at(&at, IngestError::TooLarge { what: "line", size, limit: limits.max_article_bytes })));
            continue;
        }
        while matches!(buf.last(), Some(b'\n' | b'\r')) {
            buf.pop();
        }
        if buf.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        match check_text(&buf) {
            Ok(_) => emit(Ok(RawUnit { origin: at, kind: UnitKind::JsonLine, bytes: buf.clone() })),
            Err(e) => emit(Err(Problem::at(&at, e))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_formats() {
        assert_eq!(sniff(b"WARC/1.0\r\n"), Format::Warc);
        assert_eq!(sniff(b"{\"title\": 1}\n"), Format::Jsonl);
        assert_eq!(sniff(b"  <!DOCTYPE html><html>"), Format::Html);
        assert_eq!(sniff(b" date 2023-10 Titel\n\nText"), Format::Text);
    }

    #[test]
    fn known_extensions() {
        assert!(has_known_extension(Path::new("a/b.txt")));
        assert!(has_known_extension(Path::new("a/b.warc.gz")));
        assert!(has_known_extension(Path::new("a/README")));
        assert!(!has_known_extension(Path::new("a/MANIFEST.md")));
        assert!(!has_known_extension(Path::new("a/photo.png")));
        assert_eq!(format_from_name("x.JSONL.gz"), Some(Format::Jsonl));
    }
}
