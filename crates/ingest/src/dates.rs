//! Publication dates as they appear in feeds and pages.
//!
//! The date kept is the calendar date *as written* by the publisher (its local
//! date): `2024-10-19T23:30:00-05:00` is the 19th, not the 20th in UTC.

use dossier_article::PubDate;
use regex::Regex;
use std::sync::OnceLock;

const MONTHS_DE: [&str; 12] = [
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
    "dezember",
];
const MONTHS_EN: [&str; 12] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
];

fn month_number(name: &str) -> Option<u32> {
    let n = name.trim_end_matches('.').to_lowercase();
    let n = match n.as_str() {
        "jänner" | "jän" => "januar".to_string(),
        "maerz" | "mrz" => "märz".to_string(),
        _ => n,
    };
    if n.len() < 3 {
        return None;
    }
    for list in [MONTHS_DE, MONTHS_EN] {
        if let Some(i) = list.iter().position(|m| *m == n || (n.chars().count() >= 3 && m.starts_with(&n))) {
            return Some(i as u32 + 1);
        }
    }
    None
}

/// Parses a publication date in the forms feeds and pages use:
/// ISO 8601 (`2025-03-14`, `2025-03-14T09:30:00+01:00`, `20250314`, `2025-03`,
/// `2025`), German (`14.03.2025`, `14. März 2025`, `März 2025`), English and
/// RFC 2822 (`Fri, 14 Mar 2025 09:30:00 +0100`, `March 14, 2025`).
pub fn parse_date(s: &str) -> Option<PubDate> {
    static RES: OnceLock<[Regex; 6]> = OnceLock::new();
    let [iso, compact, german_num, german_long, english, month_year] = RES.get_or_init(|| {
        [
            Regex::new(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:$|[T\s_]\d)").unwrap(),
            Regex::new(r"^(\d{4})(\d{2})(\d{2})(?:$|T)").unwrap(),
            Regex::new(r"^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b").unwrap(),
            Regex::new(r"^(?:[A-Za-zÄÖÜäöü]+,?\s+)?(\d{1,2})\.?\s+([A-Za-zÄÖÜäöü]+\.?)\s+(\d{4})\b").unwrap(),
            Regex::new(r"^(?:[A-Za-z]+,?\s+)?([A-Za-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b").unwrap(),
            Regex::new(r"^([A-Za-zÄÖÜäöü]+)\s+(\d{4})$").unwrap(),
        ]
    });
    let s = s.trim();
    let num = |m: Option<regex::Match>| m.and_then(|m| m.as_str().parse::<u32>().ok());
    if let Some(c) = iso.captures(s) {
        let y = num(c.get(1))? as i32;
        return match (num(c.get(2)), num(c.get(3))) {
            (Some(m), Some(d)) => PubDate::ymd(y, m, d),
            (Some(m), None) => PubDate::ym(y, m),
            _ => s.parse().ok(),
        };
    }
    if let Some(c) = compact.captures(s) {
        return PubDate::ymd(num(c.get(1))? as i32, num(c.get(2))?, num(c.get(3))?);
    }
    if let Some(c) = german_num.captures(s) {
        return PubDate::ymd(num(c.get(3))? as i32, num(c.get(2))?, num(c.get(1))?);
    }
    if let Some(c) = german_long.captures(s) {
        return PubDate::ymd(num(c.get(3))? as i32, month_number(c.get(2)?.as_str())?, num(c.get(1))?);
    }
    if let Some(c) = english.captures(s) {
        return PubDate::ymd(num(c.get(3))? as i32, month_number(c.get(1)?.as_str())?, num(c.get(2))?);
    }
    if let Some(c) = month_year.captures(s) {
        return PubDate::ym(num(c.get(2))? as i32, month_number(c.get(1)?.as_str())?);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_common_form() {
        let cases = [
            ("2025-03-14", "2025-03-14"),
            ("2025-03-14T09:30:00+01:00", "2025-03-14"),
            ("2024-10-19T23:30:00-05:00", "2024-10-19"),
            ("2025-03-14 09:30", "2025-03-14"),
            ("2023-10", "2023-10"),
            ("2024", "2024"),
            ("20250314", "2025-03-14"),
            ("14.03.2025", "2025-03-14"),
            ("14.3.2025, 09:30 Uhr", "2025-03-14"),
            ("14. März 2025", "2025-03-14"),
            ("Freitag, 14. März 2025", "2025-03-14"),
            ("3. Jänner 2024", "2024-01-03"),
            ("Fri, 14 Mar 2025 09:30:00 +0100", "2025-03-14"),
            ("March 14, 2025", "2025-03-14"),
            ("Juli 2025", "2025-07"),
        ];
        for (input, want) in cases {
            assert_eq!(parse_date(input).map(|d| d.to_string()).as_deref(), Some(want), "{input}");
        }
        for bad in ["", "gestern", "2025-13-01", "31.02.2025", "Montag"] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }
}
