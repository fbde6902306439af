//! `similar`: near-duplicate articles — the same agency story (dpa, AFP,
//! APA) run by many outlets with small edits (a new headline, a trimmed
//! ending, a local sentence added).
//!
//! * [`Signature::of`] cuts a text into overlapping five-word shingles (words
//!   lower-cased and folded, so `Außenminister` and `Aussenminister` agree)
//!   and keeps, for each of [`HASHES`] hash functions, the smallest hash: a
//!   MinHash signature. The share of equal positions of two signatures
//!   estimates the Jaccard similarity of their shingle sets.
//! * [`Signature::bands`] groups the signature into [`BANDS`] bands of
//!   [`ROWS`] rows; two texts whose similarity is above about 0.4 share a band
//!   with high probability, so candidates are found by band lookups instead
//!   of comparing every pair (locality-sensitive hashing).
//! * [`NEAR_DUPLICATE`] is the estimated similarity above which two articles
//!   are one story.
//!
//! Deterministic: the hash functions are fixed, so signatures can be stored.
#![warn(missing_docs)]

/// Number of hash functions in a signature.
pub const HASHES: usize = 128;
/// Rows per band.
pub const ROWS: usize = 4;
/// Bands (`HASHES / ROWS`).
pub const BANDS: usize = HASHES / ROWS;
/// Words per shingle.
pub const SHINGLE: usize = 5;
/// Estimated Jaccard similarity from which two articles are near-duplicates.
pub const NEAR_DUPLICATE: f64 = 0.5;

/// The version of the hash functions: signatures stored under another
/// version are computed again before new ones are compared with them.
pub const VERSION: u32 = 2;

/// The hash functions: `h_i(s) = (A[i]·s + B[i]) >> 32` over the 64-bit
/// shingle hash `s` (multiply-add-shift, a universal family), with odd `A[i]`
/// and `B[i]` drawn from SplitMix64. Independent of each other, the 128
/// functions cost one multiply-add each, not a chain of mixing rounds.
const PARAMS: ([u64; HASHES], [u64; HASHES]) = {
    let mut a = [0u64; HASHES];
    let mut b = [0u64; HASHES];
    let mut x: u64 = 0x005E_ED0F_D055_1E12;
    let mut i = 0;
    while i < HASHES {
        x = mix(x);
        a[i] = x | 1;
        x = mix(x);
        b[i] = x;
        i += 1;
    }
    (a, b)
};

/// A MinHash signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature(pub Vec<u32>);

/// SplitMix64: a fixed, well-mixed 64-bit hash step.
const fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// FNV-1a of a word.
fn word_hash(w: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in w.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The folded words of a text.
fn words(text: &str) -> Vec<u64> {
    let mut out = Vec::new();
    let mut folded = String::new();
    for w in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        folded.clear();
        dossier_text::fold_german(&w.to_lowercase(), &mut folded);
        out.push(word_hash(&folded));
    }
    out
}

impl Signature {
    /// The signature of a text (an empty text has the all-`u32::MAX` signature).
    pub fn of(text: &str) -> Signature {
        let ws = words(text);
        let mut mins = [u32::MAX; HASHES];
        let (a, b) = (&PARAMS.0, &PARAMS.1);
        let shingles: Box<dyn Iterator<Item = u64>> = if ws.len() < SHINGLE {
            Box::new(std::iter::once(ws.iter().fold(0u64, |h, &w| mix(h ^ w))).filter(|_| !ws.is_empty()))
        } else {
            Box::new(ws.windows(SHINGLE).map(|win| win.iter().fold(0u64, |h, &w| mix(h ^ w))))
        };
        for s in shingles {
            for i in 0..HASHES {
                let v = (a[i].wrapping_mul(s).wrapping_add(b[i]) >> 32) as u32;
                mins[i] = mins[i].min(v);
            }
        }
        Signature(mins.to_vec())
    }

    /// Estimated Jaccard similarity of the two texts' shingle sets.
    pub fn similarity(&self, other: &Signature) -> f64 {
        let n = self.0.len().min(other.0.len());
        if n == 0 {
            return 0.0;
        }
        let same = self.0.iter().zip(&other.0).filter(|(a, b)| a == b && **a != u32::MAX).count();
        same as f64 / n as f64
    }

    /// The band keys: one 63-bit hash per band (fits an SQLite integer).
    pub fn bands(&self) -> Vec<i64> {
        self.0
            .chunks(ROWS)
            .enumerate()
            .map(|(b, rows)| {
                let h = rows.iter().fold(mix(b as u64), |h, &r| mix(h ^ r as u64));
                (h >> 1) as i64
            })
            .collect()
    }

    /// The signature as bytes (little-endian), for storage.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    /// A signature from [`to_bytes`](Self::to_bytes).
    pub fn from_bytes(bytes: &[u8]) -> Signature {
        Signature(bytes.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const STORY: &str = "Der russische Außenminister ist am Mittwoch zu einem zweitägigen Besuch in Pjöngjang eingetroffen. \
        Er wurde am Flughafen von seiner Amtskollegin empfangen. Beide Seiten wollen die Zusammenarbeit in den Bereichen \
        Energie, Verkehr und Bildung ausbauen. Nach Angaben der Nachrichtenagentur soll auch ein Abkommen über den \
        Tourismus unterzeichnet werden. Der Minister betonte, die Beziehungen hätten eine neue Qualität erreicht. \
        Beobachter in Seoul und Tokio verfolgen den Besuch mit Sorge.";

    #[test]
    fn an_edited_copy_is_near_and_another_story_is_not() {
        let a = Signature::of(STORY);
        let copy = STORY.replace("Mittwoch", "Dienstag").replace("Aussenminister", "Außenminister")
            + " Mehr dazu lesen Sie morgen.";
        let b = Signature::of(&format!("Aus der Redaktion: {copy}"));
        assert!(a.similarity(&b) >= NEAR_DUPLICATE, "{}", a.similarity(&b));
        assert!(a.bands().iter().zip(b.bands()).any(|(x, y)| *x == y));
        let other = Signature::of(
            "Der Stadtrat hat am Dienstag neue Radwege für die Innenstadt beschlossen. Die Kosten liegen bei zwölf \
             Millionen Euro. Die Opposition kritisierte die Pläne als zu teuer und forderte eine Bürgerbefragung.",
        );
        assert!(a.similarity(&other) < 0.1);
        assert_eq!(Signature::from_bytes(&a.to_bytes()), a);
    }

    proptest! {
        #[test]
        fn a_text_is_identical_to_itself_and_spacing_does_not_matter(text in "[a-zäöüß ]{0,200}") {
            let a = Signature::of(&text);
            prop_assert_eq!(a.0.len(), HASHES);
            prop_assert_eq!(&a, &Signature::of(&text.replace(' ', "  ")));
            if text.split_whitespace().next().is_some() {
                prop_assert_eq!(a.similarity(&a), 1.0);
            }
        }
    }
}
