//! Folding of German words into search keys.

use unicode_normalization::char::decompose_canonical;

/// Folds a lower-cased word into its German search key, appending to `out`.
///
/// * umlauts and ß: `ä→a`, `ö→o`, `ü→u`, `ß→ss`, so `Pjöngjang` meets `Pjongjang`
///   and the Swiss `Aussenminister` meets `Außenminister`;
/// * the transcriptions `ae`, `oe`, `ue` (not after `q`) → `a`, `o`, `u`, so
///   `Muenchen` meets `München` (applied to every word alike, so both sides of
///   a match agree);
/// * other Latin diacritics are removed (`Wŏnsan` → `wonsan`, `é` → `e`), and
///   `æ`, `œ`, `ø`, `ł`, `đ`, `ı` are spelled out in ASCII.
///
/// Letters of other scripts (Cyrillic, Hangul, …) are kept unchanged.
pub fn fold_german(word: &str, out: &mut String) {
    let start = out.len();
    for c in word.chars() {
        match c {
            'a'..='z' | '0'..='9' => out.push(c),
            'ß' | 'ẞ' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ø' => out.push('o'),
            'ł' => out.push('l'),
            'đ' | 'ð' => out.push('d'),
            'þ' => out.push_str("th"),
            'ı' => out.push('i'),
            c if c.is_ascii() => out.push(c),
            c => {
                let mut base = None;
                decompose_canonical(c, |d| {
                    if base.is_none() {
                        base = Some(d);
                    }
                });
                match base {
                    Some(b) if b != c && b.is_ascii() => out.push(b),
                    _ => out.push(c),
                }
            }
        }
    }
    // Second pass: ae/oe/ue → a/o/u, in place.
    let folded = &out[start..];
    if folded.contains("ae") || folded.contains("oe") || folded.contains("ue") {
        let bytes: Vec<u8> = folded.bytes().collect();
        let mut res = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            res.push(b);
            if matches!(b, b'a' | b'o' | b'u')
                && bytes.get(i + 1) == Some(&b'e')
                && !(b == b'u' && i > 0 && bytes[i - 1] == b'q')
            {
                i += 2;
            } else {
                i += 1;
            }
        }
        out.truncate(start);
        // Only ASCII bytes were removed, so the bytes are still valid UTF-8.
        out.push_str(std::str::from_utf8(&res).expect("ASCII-only edit keeps UTF-8"));
    }
}

/// Strips the feminine suffix `-in`/`-innen` from folded person nouns
/// (`ministerin` → `minister`, `prasidentinnen` → `prasident`,
/// `journalistin` → `journalist`), so that a search for the masculine or
/// generic form finds both. Returns the stripped length, or `None`.
pub fn strip_feminine(folded: &str) -> Option<usize> {
    const STEMS: [&str; 6] = ["er", "or", "ent", "ist", "ar", "eg"];
    for suffix in ["innen", "in"] {
        if let Some(stem) = folded.strip_suffix(suffix) {
            if stem.len() >= 5 && STEMS.iter().any(|s| stem.ends_with(s)) {
                return Some(stem.len());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str) -> String {
        let mut out = String::new();
        fold_german(s, &mut out);
        out
    }

    #[test]
    fn folds_spellings_together() {
        assert_eq!(f("außenminister"), f("aussenminister"));
        assert_eq!(f("pjöngjang"), f("pjongjang"));
        assert_eq!(f("münchen"), f("muenchen"));
        assert_eq!(f("wŏnsan"), "wonsan");
        assert_eq!(f("éléphant"), "elephant");
        assert_eq!(f("quelle"), "quelle");
        assert_eq!(f("лавров"), "лавров");
        assert_eq!(f("2023"), "2023");
    }

    #[test]
    fn strips_feminine_person_nouns_only() {
        fn s(w: &str) -> Option<&str> {
            strip_feminine(w).map(|n| &w[..n])
        }
        assert_eq!(s("ministerin"), Some("minister"));
        assert_eq!(s("amtskollegin"), Some("amtskolleg"));
        assert_eq!(s("prasidentin"), Some("prasident"));
        assert_eq!(s("journalistinnen"), Some("journalist"));
        assert_eq!(s("berlin"), None);
        assert_eq!(s("karin"), None);
        assert_eq!(s("termin"), None);
    }
}
