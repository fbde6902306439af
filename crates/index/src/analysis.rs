//! Text analysis for the index: the German analyzer and a language-neutral one.
//!
//! German (index side): words → lower case → stop words removed → folded
//! (`ß→ss`, umlauts, diacritics, `ae/oe/ue`) → feminine person nouns reduced
//! (`Ministerin` → `minister`) → compounds split, the whole word kept and its
//! parts added at the same position (`Außenminister` → `aussenminister`,
//! `aussen`, `minister`) → Snowball German stem. The last four steps run in
//! one filter that remembers its result per word: news text repeats its
//! vocabulary, so most words cost one hash lookup.
//!
//! The query side is the same without compound splitting: a query for
//! `Außenminister` asks for the whole word, a query for `Minister` finds it
//! through the part.

use dossier_text::{fold_german, strip_feminine, CompoundSplitter};
use rustc_hash::FxHashMap as HashMap;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, StopWordFilter, TextAnalyzer, Token,
    TokenFilter, TokenStream, Tokenizer,
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
        GermanWordsFilter {
            inner,
            splitter: self.splitter,
            cache: HashMap::default(),
            parts: Vec::new(),
            stemmer: frostem::Stemmer::new(frostem::Algorithm::German),
        }
    }
}

#[derive(Clone)]
struct GermanWordsFilter<T> {
    inner: T,
    splitter: Option<&'static CompoundSplitter>,
    /// Output per lower-cased word: the stem of the whole word, then the
    /// stems of its compound parts.
    cache: HashMap<String, Vec<String>>,
    parts: Vec<Token>,
    stemmer: frostem::Stemmer,
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
            stemmer: self.stemmer,
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
    stemmer: frostem::Stemmer,
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
    /// Turns the current word into its stem and queues the stems of its
    /// compound parts.
    fn process(&mut self) {
        let (splitter, stemmer) = (self.splitter, self.stemmer);
        let token = self.tail.token_mut();
        let outputs = match self.cache.get(token.text.as_str()) {
            Some(o) => o,
            None => {
                let o = analyse_word(&token.text, splitter, stemmer, &mut self.buf);
                self.cache.entry(token.text.clone()).or_insert(o)
            }
        };
        token.text.clear();
        token.text.push_str(&outputs[0]);
        for part in outputs[1..].iter().rev() {
            self.pending.push(Token { text: part.clone(), ..token.clone() });
        }
    }
}

/// Fold, reduce, split and stem one lower-cased word.
fn analyse_word(
    word: &str,
    splitter: Option<&CompoundSplitter>,
    stemmer: frostem::Stemmer,
    buf: &mut String,
) -> Vec<String> {
    buf.clear();
    fold_german(word, buf);
    reduce(buf);
    let mut out = vec![stemmer.stem(buf).into_owned()];
    if let Some(parts) = splitter.and_then(|s| s.split(buf)) {
        for p in parts {
            let mut s = buf[p.start..p.end].to_string();
            reduce(&mut s);
            out.push(stemmer.stem(&s).into_owned());
        }
    }
    out
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
