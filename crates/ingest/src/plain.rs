//! Plain-text articles.
//!
//! An optional first line ` date YYYY-MM[-DD] Title` (leading space
//! optional) gives date and headline; otherwise the first non-empty line is
//! the headline when it reads like one, and the headline is derived from the
//! first sentence when the text starts with a paragraph.

use crate::assemble::Parts;
use crate::body::looks_like_headline;
use crate::error::{check_text, IngestError};
use regex::Regex;
use std::sync::OnceLock;

pub(crate) fn parse(bytes: &[u8]) -> Result<Parts, IngestError> {
    let text = check_text(bytes)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    Ok(parse_str(text))
}

fn header_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"^[ \t]*date[ \t]+(\S+)(?:[ \t]+(.*))?$").unwrap())
}

pub(crate) fn parse_str(text: &str) -> Parts {
    let mut parts = Parts::default();
    let mut lines = text.lines();
    let mut first = None;
    for line in lines.by_ref() {
        if !line.trim().is_empty() {
            first = Some(line);
            break;
        }
    }
    let Some(first) = first else {
        return parts;
    };
    let rest: Vec<&str> = lines.collect();
    if let Some(c) = header_re().captures(first) {
        let raw_date = c.get(1).map_or("", |m| m.as_str());
        match raw_date.parse::<dossier_article::PubDate>() {
            Ok(d) => parts.date = Some(d),
            Err(_) => {
                parts.date = crate::parse_date(raw_date);
                if parts.date.is_none() {
                    parts.extra.insert("date_unparsed".into(), raw_date.into());
                }
            }
        }
        parts.title = c.get(2).map(|m| m.as_str().trim().to_string()).filter(|t| !t.is_empty());
        parts.body = rest.join("\n");
    } else if looks_like_headline(first.trim()) && !rest.iter().all(|l| l.trim().is_empty()) {
        parts.title = Some(first.trim().to_string());
        parts.body = rest.join("\n");
    } else {
        parts.body = text.to_string();
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_line_gives_date_and_title() {
        let p = parse_str(" date 2023-10 Minister: Gespräche in Riga\n\nErster Satz.");
        assert_eq!(p.date.unwrap().to_string(), "2023-10");
        assert_eq!(p.title.as_deref(), Some("Minister: Gespräche in Riga"));
        assert_eq!(p.body.trim(), "Erster Satz.");
        let p = parse_str("date 2025-07-12 Titel\nText.");
        assert_eq!(p.date.unwrap().to_string(), "2025-07-12");
    }

    #[test]
    fn first_line_is_title_when_it_reads_like_one() {
        let p = parse_str("Gipfel in Brüssel endet ohne Einigung\n\nDie Staats- und Regierungschefs reisten ab.");
        assert_eq!(p.title.as_deref(), Some("Gipfel in Brüssel endet ohne Einigung"));
        assert!(p.date.is_none());
    }

    #[test]
    fn paragraph_first_has_no_title_line() {
        let body = "Nach langen Gesprächen reiste die Delegation ab. Am Montag folgt die nächste Runde in Wien.\nZweiter Absatz.";
        let p = parse_str(body);
        assert_eq!(p.title, None);
        assert_eq!(p.body, body);
    }

    #[test]
    fn bad_header_date_is_kept_as_metadata() {
        let p = parse_str(" date 2023-13 Titel\nText.");
        assert!(p.date.is_none());
        assert_eq!(p.extra["date_unparsed"], "2023-13");
    }
}
