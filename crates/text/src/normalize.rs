//! Unicode and white-space normalisation of article text.

use unicode_normalization::UnicodeNormalization;

/// Normalises article text: Unicode NFC, `\r\n`/`\r`/U+2028/U+2029 to `\n`,
/// every other space character (tab, no-break space, thin space, …) to a plain
/// space, runs of spaces collapsed, spaces trimmed at line ends, invisible
/// characters (zero-width spaces, soft hyphens, BOM, other control characters)
/// removed, and runs of blank lines collapsed to one blank line.
///
/// Quote characters and all other punctuation are kept exactly as they are.
/// The result has no leading or trailing white space.
pub fn normalize(raw: &str) -> String {
    // Most text arrives in NFC already; composing it again is the costly part.
    let composed: Box<dyn Iterator<Item = char>> =
        if unicode_normalization::is_nfc_quick(raw.chars()) == unicode_normalization::IsNormalized::Yes {
            Box::new(raw.chars())
        } else {
            Box::new(raw.nfc())
        };
    let mut out = String::with_capacity(raw.len());
    let mut pending_space = false;
    let mut newlines = 0usize;
    let mut chars = composed.peekable();
    while let Some(c) = chars.next() {
        let c = match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                '\n'
            }
            '\u{2028}' | '\u{2029}' | '\u{85}' => '\n',
            c => c,
        };
        if c == '\n' {
            pending_space = false;
            newlines += 1;
            continue;
        }
        if is_space(c) {
            pending_space = true;
            continue;
        }
        if is_invisible(c) {
            continue;
        }
        if newlines > 0 {
            if !out.is_empty() {
                out.push_str(if newlines >= 2 { "\n\n" } else { "\n" });
            }
            newlines = 0;
        } else if pending_space && !out.is_empty() {
            out.push(' ');
        }
        pending_space = false;
        out.push(c);
    }
    out
}

/// Normalises a one-line value (a title, a credit line): like [`normalize`],
/// with every line break turned into a space.
pub fn normalize_inline(raw: &str) -> String {
    let n = normalize(raw);
    if n.contains('\n') {
        n.split('\n').filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ")
    } else {
        n
    }
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\u{0b}' || c == '\u{0c}' || (c != '\n' && c.is_whitespace())
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00ad}' // soft hyphen
            | '\u{200b}'..='\u{200f}' // zero-width space/joiners, direction marks
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{feff}'
    ) || (c.is_control() && c != '\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unifies_breaks_and_spaces() {
        let raw =
            "  Titel\r\n\r\n\r\nErster\u{a0}Absatz  mit\tTab. \r\nZeile zwei\n\n\n\nZweiter\u{200b} Absatz\u{00ad}. ";
        assert_eq!(normalize(raw), "Titel\n\nErster Absatz mit Tab.\nZeile zwei\n\nZweiter Absatz.");
    }

    #[test]
    fn composes_to_nfc_and_keeps_quotes() {
        // "o" + combining diaeresis becomes one "ö".
        let raw = "Pjo\u{308}ngjang „Zitat“ “zwei” \"drei\" »vier« «fünf» ‚sechs‘";
        let n = normalize(raw);
        assert!(n.starts_with("Pjöngjang"));
        assert_eq!(n.chars().count(), raw.chars().count() - 1);
        assert!(n.contains("„Zitat“ “zwei” \"drei\" »vier« «fünf» ‚sechs‘"));
    }

    #[test]
    fn inline_joins_lines() {
        assert_eq!(normalize_inline("Ein\nTitel\n\nhier"), "Ein Titel hier");
    }

    proptest::proptest! {
        #[test]
        fn idempotent(s in "\\PC*") {
            let once = normalize(&s);
            proptest::prop_assert_eq!(normalize(&once), once.clone());
            proptest::prop_assert!(!once.starts_with(char::is_whitespace));
            proptest::prop_assert!(!once.ends_with(char::is_whitespace));
        }
    }
}
