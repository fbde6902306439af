//! Dictionary-based splitting of German compounds.
//!
//! German writes compounds as one word (`Außenministerium`,
//! `Regierungssprecher`); a search for `Minister` or `Sprecher` should find
//! them. The splitter finds the decomposition of a folded word into dictionary
//! nouns, allowing the linking elements (*Fugenelemente*) `s`, `es`, `n`,
//! `en`, `e` and `er` between parts, and prefers the fewest parts, then the
//! longest final part (the head, which carries the meaning).
//!
//! tantivy's `SplitCompoundWords` was not enough: it replaces the word by its
//! parts (so the whole word is no longer searchable), does not know linking
//! elements, and leaves a word alone when the dictionary contains it whole.

use fst::raw::Fst;

/// The common-noun list (see DATA.md), folded and compiled into a
/// finite-state set by `build.rs`.
static GERMAN_NOUNS_FST: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/nouns.fst"));

/// All lower-case German word forms (see DATA.md), as a finite-state set.
static GERMAN_WORDS_FST: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/words.fst"));

/// Whether a word is a dictionary noun in one of its usual inflected forms
/// (`Gespräche` → `Gespräch`; compounds are not looked at).
pub fn is_noun_form(word: &str) -> bool {
    let nouns = CompoundSplitter::german();
    let mut k = String::new();
    crate::fold_german(&word.to_lowercase(), &mut k);
    if nouns.contains(&k) {
        return true;
    }
    ["e", "en", "n", "s", "es", "er", "ern", "nen", "se", "sen"]
        .iter()
        .any(|ending| k.strip_suffix(ending).is_some_and(|stem| stem.len() >= 3 && nouns.contains(stem)))
}

/// Whether a lower-case form is a German word form (any part of speech),
/// in either spelling of `ß` (`äußern`, `äussern`).
pub fn is_german_word(lower: &str) -> bool {
    static WORDS: std::sync::OnceLock<Fst<&'static [u8]>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| Fst::new(GERMAN_WORDS_FST).expect("build.rs wrote a valid set"));
    // (The list spells `ß` as `ss` throughout.)
    if lower.contains('ß') {
        return words.contains_key(lower.replace('ß', "ss"));
    }
    words.contains_key(lower)
}

const LINKS: [&str; 6] = ["s", "es", "n", "en", "e", "er"];
/// Inflection endings the final part may carry (`Lieferung` + `en`).
const HEAD_ENDINGS: [&str; 9] = ["", "s", "es", "n", "en", "e", "er", "ern", "nen"];
const MIN_PART: usize = 3;
const MIN_HEAD: usize = 3;
const MIN_WORD: usize = 6;
const MAX_WORD: usize = 48;
const MAX_PARTS: u8 = 4;

/// A part of a compound: byte range into the folded word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
}

/// Splits folded German words into dictionary parts.
pub struct CompoundSplitter {
    dict: Fst<std::borrow::Cow<'static, [u8]>>,
}

impl std::fmt::Debug for CompoundSplitter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CompoundSplitter").field("words", &self.dict.len()).finish()
    }
}

impl CompoundSplitter {
    /// Builds a splitter from dictionary words; each is lower-cased and folded
    /// with [`crate::fold_german`] first.
    pub fn from_words<I, S>(words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut keys: Vec<String> = words
            .into_iter()
            .filter_map(|w| {
                let mut k = String::new();
                crate::fold_german(&w.as_ref().to_lowercase(), &mut k);
                (k.len() >= MIN_PART).then_some(k)
            })
            .collect();
        keys.sort_unstable();
        keys.dedup();
        let dict = Fst::from_iter_set(keys.iter()).expect("sorted, deduplicated keys").into_inner();
        CompoundSplitter { dict: Fst::new(std::borrow::Cow::Owned(dict)).expect("just built") }
    }

    /// The splitter over the embedded German common-noun list (≈184,000
    /// nouns); loading it is free, the set is used in place.
    pub fn german() -> &'static CompoundSplitter {
        static GERMAN: std::sync::OnceLock<CompoundSplitter> = std::sync::OnceLock::new();
        GERMAN.get_or_init(|| CompoundSplitter {
            dict: Fst::new(std::borrow::Cow::Borrowed(GERMAN_NOUNS_FST)).expect("build.rs wrote a valid set"),
        })
    }

    /// Number of dictionary entries.
    pub fn len(&self) -> usize {
        self.dict.len()
    }

    /// Whether the dictionary is empty.
    pub fn is_empty(&self) -> bool {
        self.dict.is_empty()
    }

    /// Whether the folded word is a dictionary word.
    pub fn contains(&self, folded: &str) -> bool {
        self.dict.contains_key(folded)
    }

    /// Splits a folded word into two or more parts, or returns `None` when it
    /// is no compound of dictionary words. Linking elements are left out of
    /// the parts.
    pub fn split(&self, folded: &str) -> Option<Vec<Part>> {
        let w = folded.as_bytes();
        let n = w.len();
        if !(MIN_WORD..=MAX_WORD).contains(&n) {
            return None;
        }
        // A word the dictionary knows whole is split only into longer parts,
        // so that `Minister` does not become `mini` + `ster`.
        let known = self.contains(folded);
        let (min_first, min_head) = if known { (5, 4) } else { (MIN_PART, MIN_HEAD) };
        // ends[i]: the ends j of dictionary words w[i..j].
        let ends: Vec<Vec<usize>> = (0..n).map(|i| self.word_ends(w, i)).collect();
        // best[i]: (parts, head length, next) for the best decomposition of w[i..].
        let mut best: Vec<Option<(u8, usize, usize, usize)>> = vec![None; n + 1];
        for i in (0..n).rev() {
            if !folded.is_char_boundary(i) {
                continue;
            }
            let mut cand: Option<(u8, usize, usize, usize)> = None;
            for &j in &ends[i] {
                if i == 0 && j < min_first {
                    continue;
                }
                if i > 0 && j - i >= min_head {
                    for ending in HEAD_ENDINGS {
                        if j + ending.len() == n && w[j..] == *ending.as_bytes() {
                            consider(&mut cand, (1, j - i, n, n));
                        }
                    }
                }
                if j == n {
                    continue;
                }
                for link in std::iter::once("").chain(LINKS) {
                    let k = j + link.len();
                    if k < n && w[j..k] == *link.as_bytes() {
                        if let Some((parts, head, _, _)) = best[k] {
                            if parts < MAX_PARTS {
                                consider(&mut cand, (parts + 1, head, j, k));
                            }
                        }
                    }
                }
            }
            best[i] = cand;
        }
        let (parts, ..) = best[0]?;
        if parts < 2 {
            return None;
        }
        let mut out = Vec::with_capacity(parts as usize);
        let mut i = 0;
        while i < n {
            let (_, _, end, next) = best[i]?;
            out.push(Part { start: i, end });
            i = next;
        }
        Some(out)
    }

    /// Ends of the dictionary words that start at byte `i` of `w`.
    fn word_ends(&self, w: &[u8], i: usize) -> Vec<usize> {
        let mut ends = Vec::new();
        let mut node = self.dict.root();
        for (k, &b) in w[i..].iter().enumerate() {
            match node.find_input(b) {
                Some(t) => node = self.dict.node(node.transition(t).addr),
                None => break,
            }
            if node.is_final() && k + 1 >= MIN_PART {
                ends.push(i + k + 1);
            }
        }
        ends
    }
}

/// Keeps the better of two decompositions: fewer parts, then a longer head,
/// then a longer first part (no linking element where one can be avoided).
fn consider(cand: &mut Option<(u8, usize, usize, usize)>, new: (u8, usize, usize, usize)) {
    let better = match cand {
        None => true,
        Some(old) => {
            (new.0, std::cmp::Reverse(new.1), std::cmp::Reverse(new.2), new.3 - new.2)
                < (old.0, std::cmp::Reverse(old.1), std::cmp::Reverse(old.2), old.3 - old.2)
        }
    };
    if better {
        *cand = Some(new);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(word: &str) -> Vec<String> {
        let mut folded = String::new();
        crate::fold_german(&word.to_lowercase(), &mut folded);
        CompoundSplitter::german()
            .split(&folded)
            .map(|ps| ps.iter().map(|p| folded[p.start..p.end].to_string()).collect())
            .unwrap_or_default()
    }

    #[test]
    fn splits_common_news_compounds() {
        assert_eq!(split("Außenminister"), ["aussen", "minister"]);
        assert_eq!(split("Aussenminister"), ["aussen", "minister"]);
        assert_eq!(split("Regierungssprecher"), ["regierung", "sprecher"]);
        assert_eq!(split("Staatschef"), ["staat", "chef"]);
        assert_eq!(split("Schlüsselrolle"), ["schlussel", "rolle"]);
        assert_eq!(split("Waffenlieferungen"), ["waffe", "lieferungen"]);
    }

    #[test]
    fn knows_words_in_either_spelling_of_sharp_s() {
        for w in ["äußerte", "äusserte", "großen", "grossen", "heißt", "forderte"] {
            assert!(is_german_word(w), "{w}");
        }
        assert!(!is_german_word("wallmeyer"));
    }

    #[test]
    fn leaves_names_and_simple_words_alone() {
        for w in ["Moskau", "Pjöngjang", "Washington", "Lawrow", "Minister", "Beziehungen", "Vereinbarungen"] {
            assert!(split(w).is_empty(), "{w} split into {:?}", split(w));
        }
    }

    #[test]
    fn small_dictionary() {
        let s = CompoundSplitter::from_words(["Haus", "Tür", "Schlüssel"]);
        let w = "haustur";
        let parts = s.split(w).unwrap();
        assert_eq!(parts, vec![Part { start: 0, end: 4 }, Part { start: 4, end: 7 }]);
        assert!(s.split("hausxyz").is_none());
    }

    proptest::proptest! {
        #[test]
        fn parts_are_ordered_and_in_bounds(s in "[a-zäöüß]{0,30}") {
            let mut folded = String::new();
            crate::fold_german(&s, &mut folded);
            if let Some(parts) = CompoundSplitter::german().split(&folded) {
                let mut last = 0;
                for p in parts {
                    proptest::prop_assert!(p.start >= last && p.end > p.start && p.end <= folded.len());
                    last = p.end;
                }
            }
        }
    }
}
