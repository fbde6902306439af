//! Snippets: the best window of an article's text for a query, with the
//! matched words marked.
//!
//! Matching is done on stems: a word of the text matches when its stem (after
//! folding and feminine reduction) is a stem of the query's positive words,
//! or ends with one (a compound head: `Außenministerin` for `Minister`, but
//! not `Außenministeriums`). This is far cheaper than re-running the index
//! analyzer over every hit and marks what a reader expects.

use crate::analysis;
use crate::query::QueryAst;
use tantivy::tokenizer::TokenStream;

/// A text fragment with the matched words marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// The fragment.
    pub text: String,
    /// Byte ranges of matched words inside `text`.
    pub highlights: Vec<(usize, usize)>,
}

impl Snippet {
    /// The fragment with every match wrapped in `open` … `close`; `escape`
    /// is applied to all text (e.g. HTML escaping, or none).
    pub fn marked(&self, open: &str, close: &str, escape: impl Fn(&str) -> String) -> String {
        let mut out = String::with_capacity(self.text.len() + 16);
        let mut last = 0;
        for &(a, b) in &self.highlights {
            if a < last || b > self.text.len() {
                continue;
            }
            out.push_str(&escape(&self.text[last..a]));
            out.push_str(open);
            out.push_str(&escape(&self.text[a..b]));
            out.push_str(close);
            last = b;
        }
        out.push_str(&escape(&self.text[last..]));
        out
    }
}

/// The query words to mark, as stems of both analyses.
#[derive(Debug, Clone, Default)]
pub struct Highlighter {
    german: Vec<String>,
    neutral: Vec<String>,
}

impl Highlighter {
    /// Collects the stems of every word that is not under a NOT.
    pub fn new(q: &QueryAst) -> Self {
        let mut texts = Vec::new();
        collect(q, &mut texts);
        let mut h = Highlighter::default();
        let (mut de, mut neutral) = (analysis::german(false), analysis::neutral());
        for t in texts {
            let mut s = de.token_stream(&t);
            while s.advance() {
                h.german.push(s.token().text.clone());
            }
            let mut s = neutral.token_stream(&t);
            while s.advance() {
                h.neutral.push(s.token().text.clone());
            }
        }
        for v in [&mut h.german, &mut h.neutral] {
            v.sort();
            v.dedup();
            v.retain(|s| !s.is_empty());
        }
        h
    }

    /// The best window of at most `max_chars` characters of `body`.
    pub fn snippet(&self, body: &str, german: bool, max_chars: usize) -> Snippet {
        let stems = if german { &self.german } else { &self.neutral };
        // Matches: (start byte, end byte, stem index).
        let mut matches: Vec<(usize, usize, usize)> = Vec::new();
        let stemmer = frostem::Stemmer::new(frostem::Algorithm::German);
        let mut folded = String::new();
        for (start, word) in words(body) {
            folded.clear();
            let stem = if german {
                dossier_text::fold_german(&word.to_lowercase(), &mut folded);
                // A stem is a prefix of its word: no query stem inside, no match.
                if !stems.iter().any(|s| folded.contains(s.as_str())) {
                    continue;
                }
                if let Some(n) = dossier_text::strip_feminine(&folded) {
                    folded.truncate(n);
                }
                stemmer.stem(&folded).into_owned()
            } else {
                folded.push_str(&word.to_lowercase());
                folded.clone()
            };
            // The word's stem is a query stem, or ends with one (a compound head).
            let hit = stems.iter().position(|s| {
                stem == *s
                    || (german && s.len() >= 4 && stem.ends_with(s.as_str()))
                    || (!german && stem.starts_with(s.as_str()))
            });
            if let Some(i) = hit {
                matches.push((start, start + word.len(), i));
            }
        }
        let (from, to) = best_window(body, &matches, max_chars);
        let highlights =
            matches.iter().filter(|m| m.0 >= from && m.1 <= to).map(|m| (m.0 - from, m.1 - from)).collect();
        Snippet { text: body[from..to].to_string(), highlights }
    }
}

fn collect(q: &QueryAst, out: &mut Vec<String>) {
    match q {
        QueryAst::Term(t, _) | QueryAst::Phrase(t, _) => out.push(t.clone()),
        QueryAst::And(items) | QueryAst::Or(items) => items.iter().for_each(|i| collect(i, out)),
        QueryAst::Not(_) => {}
    }
}

/// Alphanumeric runs with their byte offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = None;
    let mut it = text.char_indices().chain(std::iter::once((text.len(), ' ')));
    std::iter::from_fn(move || {
        for (i, c) in it.by_ref() {
            match (start, c.is_alphanumeric()) {
                (None, true) => start = Some(i),
                (Some(s), false) => {
                    start = None;
                    return Some((s, &text[s..i]));
                }
                _ => {}
            }
        }
        None
    })
}

/// The window with the most distinct matched stems (then the most matches),
/// cut at word boundaries.
fn best_window(text: &str, matches: &[(usize, usize, usize)], max_chars: usize) -> (usize, usize) {
    let max_bytes = text.char_indices().nth(max_chars).map_or(text.len(), |(b, _)| b);
    let mut best = (0usize, 0usize, 0usize); // (score, start, end)
    for (i, m) in matches.iter().enumerate() {
        // Start a little before the first match of the window.
        let start = floor_boundary(text, m.0.saturating_sub(40));
        let end_limit = start + max_bytes;
        let mut seen = Vec::new();
        let mut count = 0;
        for n in &matches[i..] {
            if n.1 > end_limit {
                break;
            }
            count += 1;
            if !seen.contains(&n.2) {
                seen.push(n.2);
            }
        }
        let score = seen.len() * 1000 + count;
        if score > best.0 {
            best = (score, start, end_limit);
        }
    }
    let (start, end) = if best.0 == 0 { (0, max_bytes) } else { (best.1, best.2) };
    // Begin after a space (unless at the start), end before one.
    let start = if start == 0 { 0 } else { text[start..].find(' ').map_or(start, |i| start + i + 1) };
    let end = floor_boundary(text, end.min(text.len()));
    let end = if end >= text.len() { text.len() } else { text[..end].rfind(' ').filter(|&e| e > start).unwrap_or(end) };
    (start.min(end), end)
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::parse;

    fn marked(query: &str, body: &str) -> String {
        let h = Highlighter::new(&parse(query).unwrap());
        let s = h.snippet(body, true, 80);
        let mut out = String::new();
        let mut last = 0;
        for (a, b) in s.highlights {
            out.push_str(&s.text[last..a]);
            out.push('[');
            out.push_str(&s.text[a..b]);
            out.push(']');
            last = b;
        }
        out.push_str(&s.text[last..]);
        out
    }

    #[test]
    fn marks_inflections_compounds_and_spellings() {
        assert_eq!(
            marked("Minister Pjongjang", "Der Außenministerin gefiel Pjöngjang. Die Minister reisten ab."),
            "Der [Außenministerin] gefiel [Pjöngjang]. Die [Minister] reisten ab."
        );
        assert_eq!(
            marked("Gespräche NOT Wien", "Gespräch in Wien, Gesprächen in Rom"),
            "[Gespräch] in Wien, [Gesprächen] in Rom"
        );
    }

    #[test]
    fn picks_the_window_with_most_terms() {
        let body = format!(
            "{} Ein Gipfel fand statt. {} Der Gipfel in Brüssel endete. {}",
            "x ".repeat(60),
            "y ".repeat(60),
            "z ".repeat(60)
        );
        let s = marked("Gipfel Brüssel", &body);
        assert!(s.contains("[Gipfel] in [Brüssel]"), "{s}");
        assert!(s.chars().count() <= 84, "{s}");
    }

    #[test]
    fn no_match_gives_the_start() {
        let h = Highlighter::new(&parse("Xylophon").unwrap());
        let s = h.snippet("Kurzer Text über nichts.", true, 80);
        assert_eq!(s.text, "Kurzer Text über nichts.");
        assert!(s.highlights.is_empty());
    }
}
