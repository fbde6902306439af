//! Segmentation: tokens and sentences that survive German news text.
//!
//! Tokens carry byte ranges into the text. A full stop stays on its word when
//! the word is an abbreviation (`z. B.`, `Dr.`, `Nr.`, `Mio.`), an ordinal
//! (`12.`) or an initial (`J.`); elsewhere it is a token of its own and may end
//! a sentence. Sentences also end at line breaks (headlines, paragraphs).

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (with inner hyphens and apostrophes: `Jong-un`, `al-Masri`).
    Word,
    /// Digits (with inner `.`/`,`: `1,5`, `12.000`), or an ordinal `12.`.
    Number,
    /// A quotation mark.
    Quote,
    /// Any other punctuation.
    Punct,
}

/// A token: byte range into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// Kind.
    pub kind: TokenKind,
    /// Index of the sentence the token belongs to.
    pub sentence: usize,
}

/// A sentence: token range and byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// First token index.
    pub first: usize,
    /// One past the last token index.
    pub last: usize,
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
}

const ABBREVIATIONS: &[&str] = &[
    "dr", "prof", "nr", "st", "mio", "mrd", "ca", "bzw", "usw", "vgl", "etc", "jh", "abs", "art", "hr", "fr", "min",
    "std", "tel", "inkl", "zzgl", "ggf", "evtl", "sog", "bspw", "gem", "lt", "mr", "mrs", "ms", "jr", "sr", "gen",
    "kap", "bd", "hg", "hrsg", "dipl", "ing", "mag", "str", "abg", "ehem", "geb", "verh", "z", "u", "a", "b", "d", "v",
    "o", "s", "chr", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez", "mind", "max", "rd",
    "tsd", "allg", "bes", "bzgl", "dt", "engl", "franz", "insb", "jhd", "kath", "ev", "evang", "pol", "rep", "russ",
    "staatl", "urspr", "zit", "zt",
];

/// Quotation marks of every style.
pub fn is_quote(c: char) -> bool {
    matches!(c, '"' | '„' | '“' | '”' | '»' | '«' | '‚' | '‘' | '’' | '›' | '‹')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Splits `text` into tokens and sentences.
pub fn segment(text: &str) -> (Vec<Token>, Vec<Sentence>) {
    let mut tokens: Vec<Token> = Vec::new();
    // Line breaks end sentences: remember which tokens follow one.
    let mut after_break: Vec<bool> = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let byte_at = |i: usize| if i < n { chars[i].0 } else { text.len() };
    let mut i = 0;
    let mut pending_break = false;
    while i < n {
        let c = chars[i].1;
        if c == '\n' {
            pending_break = true;
            i += 1;
            continue;
        }
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        if is_word_char(c) {
            // A word or number: alphanumerics with inner - ' ’ . , (numbers) joined.
            let mut j = i + 1;
            while j < n {
                let cj = chars[j].1;
                if is_word_char(cj) {
                    j += 1;
                } else if (matches!(cj, '-' | '\'' | '’' | '/') && j + 1 < n && is_word_char(chars[j + 1].1))
                    || (matches!(cj, '.' | ',' | '\'')
                        && chars[j - 1].1.is_ascii_digit()
                        && j + 1 < n
                        && chars[j + 1].1.is_ascii_digit())
                {
                    // Inner hyphens and apostrophes of words, inner separators of numbers.
                    j += 2;
                } else {
                    break;
                }
            }
            let word: String = chars[start..j].iter().map(|c| c.1).collect();
            let numeric = word.chars().next().is_some_and(|c| c.is_ascii_digit());
            kind = if numeric { TokenKind::Number } else { TokenKind::Word };
            // A full stop belongs to abbreviations, ordinals and initials.
            if j < n && chars[j].1 == '.' {
                let lower = word.to_lowercase();
                let ordinal = numeric && word.chars().all(|c| c.is_ascii_digit()) && word.len() <= 3;
                let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                if ABBREVIATIONS.contains(&lower.as_str()) || ordinal || initial {
                    j += 1;
                }
            }
            i = j;
        } else {
            kind = if is_quote(c) { TokenKind::Quote } else { TokenKind::Punct };
            i += 1;
        }
        tokens.push(Token { start: byte_at(start), end: byte_at(i), kind, sentence: 0 });
        after_break.push(pending_break);
        pending_break = false;
    }
    // Sentence boundaries.
    let mut sentences = Vec::new();
    let mut first = 0;
    let mut sent = 0;
    for t in 0..tokens.len() {
        if t > first && after_break[t] {
            sentences.push(close(&tokens, first, t));
            first = t;
            sent += 1;
        }
        tokens[t].sentence = sent;
        let tok = &text[tokens[t].start..tokens[t].end];
        let ends = matches!(tok, "." | "!" | "?" | "…");
        if ends {
            // Closing quotes and brackets after the stop belong to this sentence.
            let mut e = t + 1;
            while e < tokens.len()
                && !after_break[e]
                && (tokens[e].kind == TokenKind::Quote || matches!(&text[tokens[e].start..tokens[e].end], ")" | "]"))
                && is_closing(&tokens, e)
            {
                tokens[e].sentence = sent;
                e += 1;
            }
            let next_starts = tokens.get(e).is_none_or(|nt| {
                let s = &text[nt.start..nt.end];
                s.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || is_quote(c) || c == '(')
            });
            if next_starts && e < tokens.len() {
                sentences.push(close(&tokens, first, e));
                first = e;
                sent += 1;
            }
        }
    }
    if first < tokens.len() {
        sentences.push(close(&tokens, first, tokens.len()));
    }
    // Re-number tokens by the final sentences (closing quotes were assigned early).
    for (si, s) in sentences.iter().enumerate() {
        for t in &mut tokens[s.first..s.last] {
            t.sentence = si;
        }
    }
    (tokens, sentences)
}

/// Whether the quote at token `e` closes (is glued to the previous token).
fn is_closing(tokens: &[Token], e: usize) -> bool {
    e > 0 && tokens[e - 1].end == tokens[e].start
}

fn close(tokens: &[Token], first: usize, last: usize) -> Sentence {
    Sentence { first, last, start: tokens[first].start, end: tokens[last - 1].end }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let (_, s) = segment(text);
        s.iter().map(|s| &text[s.start..s.end]).collect()
    }

    fn tokens(text: &str) -> Vec<&str> {
        let (t, _) = segment(text);
        t.iter().map(|t| &text[t.start..t.end]).collect()
    }

    #[test]
    fn german_news_sentences() {
        assert_eq!(
            sentences("Am 13. September traf er z. B. Dr. Kim Jong-un. Die Gespräche dauerten 1,5 Std. und endeten."),
            ["Am 13. September traf er z. B. Dr. Kim Jong-un.", "Die Gespräche dauerten 1,5 Std. und endeten."]
        );
        assert_eq!(
            sentences("„Wir sind bereit.“ Das sagte sie. Er fragte: „Warum?“ Dann ging er."),
            ["„Wir sind bereit.“", "Das sagte sie.", "Er fragte: „Warum?“", "Dann ging er."]
        );
        assert_eq!(
            sentences("Lawrow: Neue Qualität\n\nSergei Lawrow reiste ab."),
            ["Lawrow: Neue Qualität", "Sergei Lawrow reiste ab."]
        );
        assert_eq!(
            sentences("Die Firma J. P. Morgan und St. Petersburg wachsen."),
            ["Die Firma J. P. Morgan und St. Petersburg wachsen."]
        );
    }

    #[test]
    fn tokens_keep_names_and_numbers_whole() {
        assert_eq!(
            tokens("Choe Son-hui traf al-Masri („12.000 Euro“)."),
            ["Choe", "Son-hui", "traf", "al-Masri", "(", "„", "12.000", "Euro", "“", ")", "."]
        );
        assert_eq!(tokens("Am 12. Juli 2025"), ["Am", "12.", "Juli", "2025"]);
    }
}
