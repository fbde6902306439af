//! HTML pages: main text, headline, publication date, outlet and URL.
//!
//! The main text comes from a Readability implementation (`dom_smoothie`),
//! which drops navigation, asides, footers and cookie banners. Metadata is
//! read from the page itself, in this order of trust:
//!
//! * date: JSON-LD `datePublished` of an article object → `<meta>` publication
//!   tags (`article:published_time`, `datePublished`, `pubdate`, `date`,
//!   Dublin Core, …) → `<time itemprop=datePublished>` / `<time pubdate>` →
//!   the first `<time datetime>` inside `<article>`/`<main>` (not in asides,
//!   footers or navigation) → a date in the URL path. Modification dates are
//!   never taken for publication dates.
//! * headline: `og:title` → JSON-LD `headline` → `<h1>` → `<title>` without
//!   the outlet suffix.
//! * outlet: `og:site_name` → JSON-LD publisher → `application-name` → host.

use crate::assemble::Parts;
use crate::error::IngestError;
use crate::parse_date;
use dom_query::Document;
use dossier_article::PubDate;
use regex::Regex;
use serde_json::Value;
use std::sync::OnceLock;

pub(crate) fn parse(bytes: &[u8], url: Option<&str>, charset: Option<&str>) -> Result<Parts, IngestError> {
    let (html, lossy) = decode(bytes, charset);
    let doc = Document::from(html.as_str());
    let mut parts = Parts::default();
    if lossy {
        parts.extra.insert("decoding".into(), "invalid bytes replaced".into());
    }
    let json_ld = json_ld_objects(&doc);
    let meta = |sel: &str| -> Option<String> {
        doc.select(sel).iter().find_map(|s| s.attr("content").map(|c| c.trim().to_string()).filter(|c| !c.is_empty()))
    };

    parts.url = doc
        .select("link[rel=canonical]")
        .attr("href")
        .map(|h| h.to_string())
        .or_else(|| meta("meta[property='og:url']"))
        .filter(|u| u.starts_with("http"))
        .or_else(|| url.map(str::to_string));
    parts.date = publication_date(&doc, &json_ld, parts.url.as_deref().or(url));
    let site = meta("meta[property='og:site_name']")
        .or_else(|| json_ld.iter().find_map(|o| o.get("publisher")?.get("name")?.as_str().map(str::to_string)))
        .or_else(|| meta("meta[name='application-name']"))
        .or_else(|| parts.url.as_deref().and_then(host));
    parts.source = site.clone();
    parts.declared_language = doc.select("html").attr("lang").map(|l| l.to_string());
    let title = meta("meta[property='og:title']")
        .or_else(|| json_ld.iter().find_map(|o| o.get("headline")?.as_str().map(str::to_string)))
        .or_else(|| Some(doc.select("h1").first().text().trim().to_string()).filter(|t| !t.is_empty()))
        .or_else(|| {
            let t = doc.select("title").first().text().trim().to_string();
            Some(strip_site_suffix(&t, site.as_deref())).filter(|t| !t.is_empty())
        });
    parts.title = title;
    if let Some(desc) = meta("meta[name='description']") {
        parts.extra.insert("description".into(), desc.into());
    }
    if let Some(author) = meta("meta[name='author']") {
        parts.extra.insert("author".into(), author.into());
    }

    let doc_url = parts.url.clone().filter(|u| u.starts_with("http"));
    let cfg = dom_smoothie::Config { text_mode: dom_smoothie::TextMode::Formatted, ..Default::default() };
    let body = dom_smoothie::Readability::with_document(doc, doc_url.as_deref(), Some(cfg))
        .ok()
        .and_then(|mut r| r.parse().ok())
        .map(|a| a.text_content.to_string())
        .filter(|t| !t.trim().is_empty());
    parts.body = match body {
        Some(b) => b,
        None => fallback_text(&html),
    };
    if parts.body.trim().is_empty() {
        return Err(IngestError::NoText);
    }
    // Readability keeps the headline at the top of the text; it is the title.
    if let Some(t) = &parts.title {
        let trimmed = parts.body.trim_start();
        if let Some(rest) = trimmed.strip_prefix(t.as_str()) {
            if rest.starts_with('\n') {
                parts.body = rest.to_string();
            }
        }
    }
    Ok(parts)
}

/// Decodes page bytes: HTTP charset, then BOM, then `<meta charset>`, then
/// UTF-8 when valid, else Windows-1252. Returns whether bytes were replaced.
fn decode(bytes: &[u8], http_charset: Option<&str>) -> (String, bool) {
    static META: OnceLock<Regex> = OnceLock::new();
    let meta_re = META.get_or_init(|| Regex::new(r#"(?i)<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)"#).unwrap());
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]);
    let declared = http_charset
        .and_then(|c| encoding_rs::Encoding::for_label(c.as_bytes()))
        .or_else(|| encoding_rs::Encoding::for_bom(bytes).map(|(e, _)| e))
        .or_else(|| meta_re.captures(&head).and_then(|c| encoding_rs::Encoding::for_label(c[1].as_bytes())));
    let enc = match declared {
        Some(e) => e,
        None if std::str::from_utf8(bytes).is_ok() => encoding_rs::UTF_8,
        None => encoding_rs::WINDOWS_1252,
    };
    let (text, _, lossy) = enc.decode(bytes);
    (text.into_owned(), lossy)
}

/// All JSON-LD objects of the page, flattened (`@graph` and arrays opened).
fn json_ld_objects(doc: &Document) -> Vec<serde_json::Map<String, Value>> {
    fn collect(v: Value, out: &mut Vec<serde_json::Map<String, Value>>) {
        match v {
            Value::Array(items) => items.into_iter().for_each(|i| collect(i, out)),
            Value::Object(mut o) => {
                if let Some(g) = o.remove("@graph") {
                    collect(g, out);
                }
                out.push(o);
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for s in doc.select("script[type='application/ld+json']").iter() {
        if let Ok(v) = serde_json::from_str::<Value>(s.text().trim()) {
            collect(v, &mut out);
        }
    }
    out
}

fn is_article_type(o: &serde_json::Map<String, Value>) -> bool {
    let t = |s: &str| s.ends_with("Article") || matches!(s, "BlogPosting" | "Report" | "LiveBlogPosting" | "WebPage");
    match o.get("@type") {
        Some(Value::String(s)) => t(s),
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).any(t),
        _ => false,
    }
}

fn publication_date(doc: &Document, json_ld: &[serde_json::Map<String, Value>], url: Option<&str>) -> Option<PubDate> {
    let ld = |want_article: bool| {
        json_ld
            .iter()
            .filter(|o| !want_article || is_article_type(o))
            .find_map(|o| o.get("datePublished")?.as_str().and_then(parse_date))
    };
    if let Some(d) = ld(true).or_else(|| ld(false)) {
        return Some(d);
    }
    const META_SELECTORS: &[&str] = &[
        "meta[property='article:published_time']",
        "meta[property='og:article:published_time']",
        "meta[name='article:published_time']",
        "meta[itemprop='datePublished']",
        "meta[name='datePublished']",
        "meta[name='pubdate']",
        "meta[name='publishdate']",
        "meta[name='publish-date']",
        "meta[name='publication_date']",
        "meta[name='parsely-pub-date']",
        "meta[name='sailthru.date']",
        "meta[name='DC.date.issued']",
        "meta[name='dcterms.created']",
        "meta[name='DC.date']",
        "meta[name='dc.date']",
        "meta[name='date']",
    ];
    for sel in META_SELECTORS {
        if let Some(d) = doc.select(sel).iter().find_map(|s| s.attr("content").and_then(|c| parse_date(&c))) {
            return Some(d);
        }
    }
    for sel in ["time[itemprop='datePublished']", "time[pubdate]", "[itemprop='datePublished']"] {
        for s in doc.select(sel).iter() {
            if let Some(d) = s.attr("datetime").or_else(|| s.attr("content")).and_then(|c| parse_date(&c)) {
                return Some(d);
            }
        }
    }
    for sel in ["article time[datetime]", "main time[datetime]", "header time[datetime]", "time[datetime]"] {
        for s in doc.select(sel).iter() {
            let in_chrome = s.ancestors(None).iter().any(|p| {
                let class = p.attr("class").map(|c| c.to_lowercase()).unwrap_or_default();
                p.is("aside, footer, nav")
                    || class.contains("teaser")
                    || class.contains("related")
                    || class.contains("updated")
                    || class.contains("modified")
            });
            let own_class = s.attr("class").map(|c| c.to_lowercase()).unwrap_or_default();
            let text = s.text().to_lowercase();
            let modified = own_class.contains("updated")
                || own_class.contains("modified")
                || text.contains("aktualisiert")
                || text.contains("updated");
            if in_chrome || modified {
                continue;
            }
            if let Some(d) = s.attr("datetime").and_then(|c| parse_date(&c)) {
                return Some(d);
            }
        }
    }
    url.and_then(date_in_url)
}

fn date_in_url(url: &str) -> Option<PubDate> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"/((?:19|20)\d{2})[/-](\d{1,2})(?:[/-](\d{1,2}))?(?:/|-|$)").unwrap());
    let c = re.captures(url)?;
    let y = c[1].parse().ok()?;
    let m = c[2].parse().ok()?;
    match c.get(3) {
        Some(d) => PubDate::ymd(y, m, d.as_str().parse().ok()?),
        None => PubDate::ym(y, m),
    }
}

fn host(url: &str) -> Option<String> {
    let rest = url.split("://").nth(1)?;
    let host = rest.split(['/', '?', '#']).next()?.split(':').next()?;
    Some(host.trim_start_matches("www.").to_string()).filter(|h| !h.is_empty())
}

/// `Headline | Outlet` → `Headline`.
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " – ", " — ", " :: "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            if site.is_none_or(|s| tail.trim().eq_ignore_ascii_case(s.trim())) || tail.split_whitespace().count() <= 4 {
                return head.trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

/// Paragraph text outside page chrome, for pages Readability gives up on.
fn fallback_text(html: &str) -> String {
    let doc = Document::from(html);
    doc.select("script, style, noscript, nav, header, footer, aside, form").remove();
    let mut paras: Vec<String> = Vec::new();
    for p in doc.select("p, h2, h3, li, blockquote").iter() {
        let t = p.text().split_whitespace().collect::<Vec<_>>().join(" ");
        if !t.is_empty() {
            paras.push(t);
        }
    }
    if paras.is_empty() {
        doc.select("body").text().to_string()
    } else {
        paras.join("\n\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(head: &str, body: &str) -> Vec<u8> {
        format!(
            "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">{head}</head><body>{body}</body></html>"
        )
        .into_bytes()
    }

    const ARTICLE: &str = "<nav><a href='/'>Startseite</a> <a href='/politik'>Politik</a></nav>\
        <article><h1>Gipfel in Wien endet</h1><p class='byline'>Von Anna Beispiel, <time datetime='2024-05-02T10:00:00+02:00'>2. Mai</time></p>\
        <p>Die Außenministerinnen und Außenminister der Nachbarstaaten haben sich am Donnerstag in Wien auf einen gemeinsamen Fahrplan geeinigt, der bis zum Herbst umgesetzt werden soll.</p>\
        <p>„Wir haben lange verhandelt“, sagte die Gastgeberin nach dem Treffen, „aber das Ergebnis kann sich sehen lassen.“ Die Gespräche sollen im Juni fortgesetzt werden, hieß es aus Delegationskreisen.</p>\
        <p>Kritik kam von der Opposition, die den Fahrplan als zu vage bezeichnete und mehr Tempo bei der Umsetzung der Vereinbarungen forderte.</p></article>\
        <aside><h3>Meistgelesen</h3><time datetime='2023-01-01'>1. Jänner</time><p>Ein ganz anderer Artikel</p></aside>\
        <footer>© 2026 Beispielverlag · Impressum · Datenschutz</footer>";

    #[test]
    fn json_ld_date_wins_over_time_elements() {
        let head = r#"<title>Gipfel in Wien endet | Donaubote</title><meta property="og:site_name" content="Donaubote">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Gipfel in Wien endet","datePublished":"2024-05-01T22:30:00-01:00","dateModified":"2024-05-03T08:00:00+02:00"}]}</script>"#;
        let p = parse(&page(head, ARTICLE), None, None).unwrap();
        assert_eq!(p.date.unwrap().to_string(), "2024-05-01");
        assert_eq!(p.title.as_deref(), Some("Gipfel in Wien endet"));
        assert_eq!(p.source.as_deref(), Some("Donaubote"));
        assert!(p.body.contains("„Wir haben lange verhandelt“, sagte die Gastgeberin"));
        for chrome in ["Startseite", "Meistgelesen", "Impressum"] {
            assert!(!p.body.contains(chrome), "{chrome} in {}", p.body);
        }
    }

    #[test]
    fn meta_then_time_then_url() {
        let head = r#"<meta property="article:published_time" content="2024-10-19T07:15:00Z"><meta property="article:modified_time" content="2024-10-20T07:15:00Z">"#;
        assert_eq!(parse(&page(head, ARTICLE), None, None).unwrap().date.unwrap().to_string(), "2024-10-19");
        // No meta: the <time> in the article, not the one in the aside.
        assert_eq!(parse(&page("", ARTICLE), None, None).unwrap().date.unwrap().to_string(), "2024-05-02");
        let no_time = ARTICLE.replace("<time datetime='2024-05-02T10:00:00+02:00'>2. Mai</time>", "");
        let p = parse(&page("", &no_time), Some("https://bote.example/politik/2022/11/07/gipfel.html"), None).unwrap();
        assert_eq!(p.date.unwrap().to_string(), "2022-11-07");
        assert_eq!(p.source.as_deref(), Some("bote.example"));
    }

    #[test]
    fn latin1_page_is_decoded() {
        let bytes = b"<html><head><meta charset=\"iso-8859-1\"><title>Gr\xfc\xdfe</title></head><body><p>Die Minister gr\xfc\xdften einander freundlich und sprachen \xfcber die Lage an der Grenze, die seit Wochen angespannt ist.</p></body></html>";
        let p = parse(bytes, None, None).unwrap();
        assert_eq!(p.title.as_deref(), Some("Grüße"));
        assert!(p.body.contains("grüßten"));
    }

    #[test]
    fn site_suffix() {
        assert_eq!(strip_site_suffix("Gipfel endet | Donaubote", Some("Donaubote")), "Gipfel endet");
        assert_eq!(strip_site_suffix("Ost-West - Gespräche", None), "Ost-West");
    }
}
