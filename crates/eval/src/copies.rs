//! A generated test set for near-duplicate detection: each article is
//! "syndicated" into edited copies as outlets run agency text — a new first
//! line, a sentence dropped, words changed, the ending trimmed — and the
//! detector must put every copy in its original's story and nothing else
//! there. Scored over pairs of articles.

use crate::Score;

/// A small deterministic generator (SplitMix64), so the set is the same on
/// every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Edited copies of a body text (paragraphs separated by blank lines).
pub fn copies(body: &str, seed: u64, n: usize) -> Vec<String> {
    let mut rng = Rng(seed);
    let leads = ["Von unserem Korrespondenten.", "(dpa) –", "Aktualisiert:", "Eine Meldung der Agentur."];
    let words = ["deshalb", "zudem", "offenbar", "demnach", "bereits", "jedoch"];
    (0..n)
        .map(|k| {
            let mut sentences: Vec<String> =
                body.split_inclusive(['.', '!', '?']).map(str::to_string).filter(|s| !s.trim().is_empty()).collect();
            // Drop one sentence (not from a short text).
            if sentences.len() > 4 {
                let i = rng.below(sentences.len());
                sentences.remove(i);
            }
            // Trim the ending on every second copy.
            if k % 2 == 1 && sentences.len() > 6 {
                let keep = sentences.len() * 4 / 5;
                sentences.truncate(keep);
            }
            let mut text = format!("{} {}", leads[rng.below(leads.len())], sentences.concat());
            // Change three words.
            for _ in 0..3 {
                let spaces: Vec<usize> = text.match_indices(' ').map(|(i, _)| i).collect();
                if spaces.len() < 2 {
                    break;
                }
                let at = spaces[rng.below(spaces.len())];
                text.insert_str(at, &format!(" {}", words[rng.below(words.len())]));
            }
            text
        })
        .collect()
}

/// Pairwise precision and recall: `truth[i]` and `predicted[i]` are the
/// true and predicted group of item `i`; a pair counts when both put it in one group.
pub fn pairs(truth: &[usize], predicted: &[i64]) -> Score {
    let n = truth.len().min(predicted.len());
    let mut s = Score::default();
    for i in 0..n {
        for j in i + 1..n {
            let t = truth[i] == truth[j];
            let p = predicted[i] == predicted[j];
            s.gold += t as usize;
            s.predicted += p as usize;
            s.matched += (t && p) as usize;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_are_edited_and_repeatable() {
        let body = "Erster Satz hier. Zweiter Satz dort. Dritter Satz. Vierter Satz. Fünfter Satz. Sechster Satz. Siebter Satz. Achter Satz.";
        let a = copies(body, 7, 2);
        assert_eq!(a, copies(body, 7, 2));
        assert!(a.iter().all(|c| c != body && c.len() > body.len() / 2));
        let s = pairs(&[0, 0, 1], &[5, 5, 5]);
        assert_eq!((s.gold, s.predicted, s.matched), (1, 3, 1));
    }
}
