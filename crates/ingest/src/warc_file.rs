//! WARC files: HTML responses become units, everything else is passed over.

use crate::error::{IngestError, Problem};
use crate::read::{io_or_gzip, FileStats, Limits, RawUnit, UnitKind};
use dossier_article::Origin;
use std::io::{BufRead, Read};
use warc::{WarcHeader, WarcReader};

pub(crate) fn read(
    reader: Box<dyn BufRead>,
    origin: Origin,
    limits: &Limits,
    gz: bool,
    stats: &mut FileStats,
    emit: &mut dyn FnMut(Result<RawUnit, Problem>),
) {
    let mut warc = WarcReader::new(reader);
    let mut records = warc.stream_records();
    let mut index = 0u64;
    while let Some(next) = records.next_item() {
        index += 1;
        let mut record = match next {
            Ok(r) => r,
            Err(e) => {
                let msg = match e {
                    warc::Error::ReadData(io) => return emit(Err(Problem::at(&origin, io_or_gzip(io, gz)))),
                    other => other.to_string(),
                };
                let error = IngestError::Warc(format!("record {index}: {msg}; the rest of the file is skipped"));
                return emit(Err(Problem::at(&origin, error)));
            }
        };
        let record_id = record.warc_id().to_string();
        let at = Origin { record: Some(record_id), ..origin.clone() };
        let kind = record.warc_type().to_string();
        let content_type = record.header(WarcHeader::ContentType).map(|c| c.to_lowercase()).unwrap_or_default();
        let url = record.header(WarcHeader::TargetURI).map(|u| u.trim_matches(['<', '>']).to_string());
        let is_http = kind == "response" && content_type.starts_with("application/http");
        let is_resource_html = kind == "resource" && content_type.starts_with("text/html");
        if !is_http && !is_resource_html {
            stats.skipped_records += 1;
            continue;
        }
        let len = record.content_length();
        if len > limits.max_article_bytes {
            emit(Err(Problem::at(
                &at,
                IngestError::TooLarge { what: "record", size: len, limit: limits.max_article_bytes },
            )));
            continue;
        }
        let mut body = Vec::with_capacity(len as usize);
        if let Err(e) = record.read_to_end(&mut body) {
            return emit(Err(Problem::at(&at, io_or_gzip(e, gz))));
        }
        if is_resource_html {
            emit(Ok(RawUnit { origin: at, kind: UnitKind::Html { url, charset: None }, bytes: body }));
            continue;
        }
        match http_html_payload(&body) {
            Ok(Some((charset, html))) => {
                emit(Ok(RawUnit { origin: at, kind: UnitKind::Html { url, charset }, bytes: html }))
            }
            Ok(None) => stats.skipped_records += 1,
            Err(e) => emit(Err(Problem::at(&at, IngestError::Warc(e)))),
        }
    }
}

/// The charset an HTTP response declares, and its decoded body.
type Payload = (Option<String>, Vec<u8>);

/// Splits an HTTP response into headers and body; returns the body (and
/// declared charset) of a successful HTML response, `None` for anything else.
fn http_html_payload(resp: &[u8]) -> Result<Option<Payload>, String> {
    let (head_end, sep) = match find(resp, b"\r\n\r\n") {
        Some(i) => (i, 4),
        None => find(resp, b"\n\n").map(|i| (i, 2)).ok_or("HTTP response without end of headers")?,
    };
    let head = String::from_utf8_lossy(&resp[..head_end]);
    let mut lines = head.lines();
    let status = lines.next().unwrap_or_default();
    let code: u16 = status
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .ok_or_else(|| format!("bad HTTP status line {status:?}"))?;
    if !(200..300).contains(&code) {
        return Ok(None);
    }
    let mut content_type = String::new();
    let mut chunked = false;
    let mut encoding = String::new();
    for line in lines {
        if let Some((k, v)) = line.split_once(':') {
            let v = v.trim().to_lowercase();
            match k.trim().to_lowercase().as_str() {
                "content-type" => content_type = v,
                "transfer-encoding" => chunked = v.contains("chunked"),
                "content-encoding" => encoding = v,
                _ => {}
            }
        }
    }
    if !(content_type.starts_with("text/html") || content_type.starts_with("application/xhtml")) {
        return Ok(None);
    }
    let charset = content_type
        .split(';')
        .filter_map(|p| p.trim().strip_prefix("charset="))
        .next()
        .map(|c| c.trim_matches('"').to_string());
    let mut body = resp[head_end + sep..].to_vec();
    if chunked {
        body = dechunk(&body).ok_or("broken chunked transfer encoding")?;
    }
    match encoding.as_str() {
        "" | "identity" => {}
        "gzip" | "x-gzip" => {
            let mut out = Vec::new();
            flate2::read::MultiGzDecoder::new(&body[..])
                .read_to_end(&mut out)
                .map_err(|e| format!("gzip body: {e}"))?;
            body = out;
        }
        "deflate" => {
            let mut out = Vec::new();
            flate2::read::ZlibDecoder::new(&body[..])
                .read_to_end(&mut out)
                .map_err(|e| format!("deflate body: {e}"))?;
            body = out;
        }
        other => return Err(format!("unsupported content encoding {other:?}")),
    }
    Ok(Some((charset, body)))
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let eol = find(data, b"\r\n")?;
        let size_str = std::str::from_utf8(&data[..eol]).ok()?;
        let size = usize::from_str_radix(size_str.split(';').next()?.trim(), 16).ok()?;
        data = &data[eol + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size + 2..).unwrap_or_default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_payload_of_ok_response() {
        let resp = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n\r\n<html>x</html>";
        let (charset, body) = http_html_payload(resp).unwrap().unwrap();
        assert_eq!(charset.as_deref(), Some("iso-8859-1"));
        assert_eq!(body, b"<html>x</html>");
        assert!(http_html_payload(b"HTTP/1.1 404 Not Found\r\n\r\n").unwrap().is_none());
        assert!(http_html_payload(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nUser-agent: *")
            .unwrap()
            .is_none());
    }

    #[test]
    fn chunked_bodies() {
        let resp = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<html\r\n1\r\n>\r\n0\r\n\r\n";
        assert_eq!(http_html_payload(resp).unwrap().unwrap().1, b"<html>");
    }
}
