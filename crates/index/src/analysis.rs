//! Text analysis for the index: the German analyzer and a language-neutral one.
//!
//! German (index side): words → lower case → stop words removed → folded
//! (`ß→ss`, umlauts, diacritics, `ae/oe/ue`) → feminine person nouns reduced
//! (`Ministerin` → `minister`) → compounds split, the whole word kept and its
//! parts added at the same position (`Außenminister` → `aussenminister`,
//! `aussen`, `minister`) → Snowball German stem.
//!
//! The query side is the same without compound splitting: a query for
//! `Außenminister` asks for the whole word, a query for `Minister` finds it
//! through the part.

use dossier_text::{fold_german, strip_feminine, CompoundSplitter};
use std::collections::HashMap;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, StopWordFilter, TextAnalyzer,
    Token, TokenFilter, TokenStream, Tokenizer,
};

/// Tokenizer name of the German index analyzer.
pub const GERMAN: &str = "dossier_de";
/// Tokenizer name of the language-neutral analyzer.
pub const NEUTRAL: &str = "dossier_neutral";

/// The German analyzer; `split_compounds` on the index side, off for queries.
pub fn german(split_compounds: bool) -> TextAnalyzer {
    let splitter = split_compounds.then(CompoundSplitter::german);
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(48))
        .filter(LowerCaser)
        .filter(StopWordFilter::new(Language::German).expect("tantivy ships German stop words"))
        .filter(GermanWords { splitter })
        .filter(Stemmer::new(Language::German))
        .build()
}

/// The analyzer for articles in other languages: lower case and ASCII folding.
pub fn neutral() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(48))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Registers both analyzers under their names; `index_side` chooses whether
/// the German one splits compounds.
pub fn register(manager: &tantivy::tokenizer::TokenizerManager, index_side: bool) {
    manager.register(GERMAN, german(index_side));
    manager.register(NEUTRAL, neutral());
}

/// Folding, feminine reduction and (optionally) compound splitting.
#[derive(Clone)]
struct GermanWords {
    splitter: Option<&'static CompoundSplitter>,
}

impl TokenFilter for GermanWords {
    type Tokenizer<T: Tokenizer> = GermanWordsFilter<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> GermanWordsFilter<T> {
        GermanWordsFilter { inner, splitter: self.splitter, cache: HashMap::new(), parts: Vec::new() }
    }
}

#[derive(Clone)]
struct GermanWordsFilter<T> {
    inner: T,
    splitter: Option<&'static CompoundSplitter>,
    /// Split results per folded word: corpora repeat their words a lot.
    cache: HashMap<String, Vec<String>>,
    parts: Vec<Token>,
}

const CACHE_LIMIT: usize = 200_000;

impl<T: Tokenizer> Tokenizer for GermanWordsFilter<T> {
    type TokenStream<'a> = GermanWordsStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        self.parts.clear();
        if self.cache.len() > CACHE_LIMIT {
            self.cache.clear();
        }
        GermanWordsStream {
            tail: self.inner.token_stream(text),
            splitter: self.splitter,
            cache: &mut self.cache,
            pending: &mut self.parts,
            current: Token::default(),
            on_part: false,
            buf: String::new(),
        }
    }
}

struct GermanWordsStream<'a, T> {
    tail: T,
    splitter: Option<&'static CompoundSplitter>,
    cache: &'a mut HashMap<String, Vec<String>>,
    /// Parts still to emit, last one first.
    pending: &'a mut Vec<Token>,
    /// The part being emitted when `on_part`.
    current: Token,
    on_part: bool,
    buf: String,
}

fn reduce(word: &mut String) {
    if let Some(n) = strip_feminine(word) {
        word.truncate(n);
    }
}

impl<T: TokenStream> GermanWordsStream<'_, T> {
    /// Folds the current word in place and queues its compound parts.
    fn process(&mut self) {
        self.buf.clear();
        fold_german(&self.tail.token().text, &mut self.buf);
        reduce(&mut self.buf);
        let token = self.tail.token_mut();
        token.text.clear();
        token.text.push_str(&self.buf);
        let Some(splitter) = self.splitter else { return };
        let buf = &self.buf;
        let parts = self.cache.entry(buf.clone()).or_insert_with(|| {
            let Some(ps) = splitter.split(buf) else { return Vec::new() };
            ps.iter()
                .map(|p| {
                    let mut s = buf[p.start..p.end].to_string();
                    reduce(&mut s);
                    s
                })
                .collect()
        });
        for part in parts.iter().rev() {
            self.pending.push(Token { text: part.clone(), ..token.clone() });
        }
    }
}

impl<T: TokenStream> TokenStream for GermanWordsStream<'_, T> {
    fn advance(&mut self) -> bool {
        if let Some(part) = self.pending.pop() {
            self.current = part;
            self.on_part = true;
            return true;
        }
        self.on_part = false;
        if !self.tail.advance() {
            return false;
        }
        self.process();
        true
    }

    fn token(&self) -> &Token {
        if self.on_part {
            &self.current
        } else {
            self.tail.token()
        }
    }

    fn token_mut(&mut self) -> &mut Token {
        if self.on_part {
            &mut self.current
        } else {
            self.tail.token_mut()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(mut a: TextAnalyzer, text: &str) -> Vec<(String, usize)> {
        let mut s = a.token_stream(text);
        let mut out = Vec::new();
        while s.advance() {
            out.push((s.token().text.clone(), s.token().position));
        }
        out
    }

    #[test]
    fn german_index_side() {
        let t = tokens(german(true), "Der Außenminister traf die Regierungssprecherin");
        let texts: Vec<&str> = t.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(texts, ["aussenminist", "auss", "minist", "traf", "regierungssprech", "regier", "sprech"]);
        // Parts share the position of their compound.
        assert_eq!(t[0].1, t[1].1);
        assert_eq!(t[1].1, t[2].1);
        assert_eq!(t[3].1, t[0].1 + 1);
    }

    #[test]
    fn german_query_side_matches_spellings() {
        let q = |s: &str| tokens(german(false), s).into_iter().map(|(t, _)| t).collect::<Vec<_>>();
        assert_eq!(q("Außenminister"), q("Aussenminister"));
        assert_eq!(q("Pjöngjang"), q("Pjongjang"));
        assert_eq!(q("Ministerin"), q("Minister"));
        assert_eq!(q("Minister"), ["minist"]);
    }

    #[test]
    fn neutral_folds_accents() {
        let t: Vec<String> = tokens(neutral(), "Pyongyang’s Café").into_iter().map(|(t, _)| t).collect();
        assert_eq!(t, ["pyongyang", "s", "cafe"]);
    }
}
