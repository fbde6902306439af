//! JSON Lines: one article object per line.
//!
//! Known fields: `id` (kept as `external_id`), `title`, `text` or `body`,
//! `date`, `url`, `source`, `language`. Every other field is kept as extra
//! metadata.

use crate::assemble::Parts;
use crate::error::IngestError;
use crate::parse_date;
use serde_json::Value;

pub(crate) fn parse(bytes: &[u8]) -> Result<Parts, IngestError> {
    let value: Value = serde_json::from_slice(bytes).map_err(|e| IngestError::Json(e.to_string()))?;
    let Value::Object(mut obj) = value else {
        return Err(IngestError::Json("expected a JSON object".into()));
    };
    let mut parts = Parts::default();
    let mut take_str = |key: &str| -> Result<Option<String>, IngestError> {
        match obj.remove(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(Value::Number(n)) if key == "id" => Ok(Some(n.to_string())),
            Some(other) => Err(IngestError::Json(format!("field {key:?} must be a string, not {}", kind(&other)))),
        }
    };
    let text = take_str("text")?;
    let body = take_str("body")?;
    parts.body = match (text, body) {
        (Some(t), _) if !t.trim().is_empty() => t,
        (_, Some(b)) => b,
        (Some(t), None) => t,
        (None, None) => return Err(IngestError::Json("no \"text\" or \"body\" field".into())),
    };
    parts.title = take_str("title")?;
    if let Some(raw) = take_str("date")? {
        parts.date = parse_date(&raw);
        if parts.date.is_none() && !raw.trim().is_empty() {
            parts.extra.insert("date_unparsed".into(), raw.into());
        }
    }
    parts.url = take_str("url")?;
    parts.source = take_str("source")?;
    parts.declared_language = take_str("language")?;
    if let Some(id) = take_str("id")? {
        parts.extra.insert("external_id".into(), id.into());
    }
    parts.extra.extend(obj);
    Ok(parts)
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_and_unknown_fields() {
        let p = parse(br#"{"id": 7, "title": "T", "body": "B.", "date": "2024-11-03T14:05:00+01:00", "url": "https://x.example/a", "source": "Kurier", "language": "de", "author": "A. B.", "tags": ["x"]}"#).unwrap();
        assert_eq!(p.title.as_deref(), Some("T"));
        assert_eq!(p.body, "B.");
        assert_eq!(p.date.unwrap().to_string(), "2024-11-03");
        assert_eq!(p.source.as_deref(), Some("Kurier"));
        assert_eq!(p.extra["external_id"], "7");
        assert_eq!(p.extra["author"], "A. B.");
        assert_eq!(p.extra["tags"][0], "x");
    }

    #[test]
    fn clear_errors() {
        let err = |b: &[u8]| parse(b).unwrap_err().to_string();
        assert!(err(b"{\"title\": \"x\"").starts_with("malformed JSON line: EOF"));
        assert_eq!(err(b"[1,2]"), "malformed JSON line: expected a JSON object");
        assert_eq!(err(b"{\"title\": \"x\"}"), "malformed JSON line: no \"text\" or \"body\" field");
        assert_eq!(err(b"{\"text\": 5}"), "malformed JSON line: field \"text\" must be a string, not a number");
    }
}
