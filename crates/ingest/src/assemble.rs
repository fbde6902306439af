//! From parsed parts to a normalised [`Article`].

use crate::body::clean_body;
use crate::error::IngestError;
use crate::{detect_language, IngestOptions};
use dossier_article::{article_id, content_hash, Article, Format, Origin, PubDate};

/// What a format parser found, before normalisation.
#[derive(Debug, Clone, Default)]
pub struct Parts {
    /// Headline, if the input has one.
    pub title: Option<String>,
    /// Body text as found (not yet normalised or cleaned).
    pub body: String,
    /// Publication date.
    pub date: Option<PubDate>,
    /// URL.
    pub url: Option<String>,
    /// Outlet.
    pub source: Option<String>,
    /// Language the input declares.
    pub declared_language: Option<String>,
    /// Credit lines already found by the format parser.
    pub credits: Vec<String>,
    /// Related links already found by the format parser.
    pub related: Vec<String>,
    /// Further metadata.
    pub extra: serde_json::Map<String, serde_json::Value>,
}

const DERIVED_TITLE_CHARS: usize = 120;

pub(crate) fn assemble(parts: Parts, origin: &Origin, opts: &IngestOptions) -> Result<Article, IngestError> {
    let clean = clean_body(&dossier_text::normalize(&parts.body));
    if clean.text.is_empty() {
        return Err(IngestError::NoText);
    }
    let mut extra = parts.extra;
    let title = parts.title.map(|t| dossier_text::normalize_inline(&t)).filter(|t| !t.is_empty());
    let (title, text, body_start) = match title {
        Some(t) => {
            let body_start = t.chars().count() + 2;
            let text = format!("{t}\n\n{}", clean.text);
            (t, text, body_start)
        }
        None => {
            extra.insert("title_derived".into(), true.into());
            (derive_title(&clean.text), clean.text.clone(), 0)
        }
    };
    let body = &text[dossier_article::char_to_byte(&text, body_start)..];
    let (language, language_confidence) = detect_language(body, parts.declared_language.as_deref());
    if let Some(declared) = parts.declared_language {
        extra.insert("declared_language".into(), declared.into());
    }
    let source = opts
        .source
        .clone()
        .or(parts.source.map(|s| dossier_text::normalize_inline(&s)).filter(|s| !s.is_empty()))
        .or_else(|| folder_source(origin));
    let mut credits = parts.credits;
    credits.extend(clean.credits);
    let mut related = parts.related;
    related.extend(clean.related);
    Ok(Article {
        id: article_id(source.as_deref(), &text),
        content_hash: content_hash(&text),
        title,
        body_start,
        date: parts.date,
        language,
        language_confidence,
        source,
        url: parts.url,
        origin: origin.clone(),
        credits,
        related,
        extra,
        text,
    })
}

/// Plain-text files carry no outlet: the folder they sit in names it.
fn folder_source(origin: &Origin) -> Option<String> {
    if origin.format != Format::Text {
        return None;
    }
    let parent = std::path::Path::new(&origin.path).parent()?.file_name()?.to_string_lossy().into_owned();
    Some(parent).filter(|p| !p.is_empty() && p != "." && p != "..")
}

/// The first sentence, cut at a word boundary when long.
fn derive_title(body: &str) -> String {
    let first_line = body.lines().next().unwrap_or("");
    let mut end = first_line.len();
    for (i, c) in first_line.char_indices() {
        if matches!(c, '.' | '!' | '?') && first_line[i + 1..].starts_with(' ') && i > 20 {
            end = i + 1;
            break;
        }
    }
    let sentence = &first_line[..end];
    if sentence.chars().count() <= DERIVED_TITLE_CHARS {
        return sentence.to_string();
    }
    let mut cut = String::new();
    for word in sentence.split(' ') {
        if cut.chars().count() + word.chars().count() + 1 > DERIVED_TITLE_CHARS {
            break;
        }
        if !cut.is_empty() {
            cut.push(' ');
        }
        cut.push_str(word);
    }
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_title_is_first_sentence() {
        assert_eq!(
            derive_title("Die Delegation reiste am Morgen ab. Dann kam Regen."),
            "Die Delegation reiste am Morgen ab."
        );
        let long = "Wort ".repeat(60);
        let t = derive_title(long.trim());
        assert!(t.ends_with('…') && t.chars().count() <= DERIVED_TITLE_CHARS + 1);
    }
}
