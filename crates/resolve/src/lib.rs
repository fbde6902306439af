//! `resolve`: one real entity across articles, however it is spelled.
//!
//! The analyzer names each entity once per article (`Sergei Lawrow`,
//! `Nordkorea`, `Europäische Kommission`). Across articles the same entity is
//! written in other ways: German and English forms and transliterations
//! (`Lawrow` / `Lavrov` / `Лавров`, `Pjöngjang` / `Pyongyang` /
//! `P'yŏngyang`), with or without hyphens (`Choe Son-hui` / `Choe Son Hui`),
//! or by surname alone. This crate turns a name into **match keys** and
//! decides with them:
//!
//! * [`name_key`] folds a name to a spelling-free key: Cyrillic is
//!   transliterated, case, diacritics, apostrophes, hyphens and spaces go, and
//!   the letters that German and English romanisations write differently are
//!   made one (`w`/`v`, `j`/`y`, `sch`/`sh`, `tsch`/`ch`, `kh`/`ch`, `zh`/`sh`,
//!   `ph`/`f`, doubled letters).
//! * [`identity`] is the key under which an entity is filed: a country by its
//!   ISO code (so `DVRK`, `Nordkorea` and `North Korea` are one), everything
//!   else by type and [`name_key`].
//! * [`surname_keys`] are the keys a person named by one word may match:
//!   a full name's last word (`Lawrow`), or its first word for names written
//!   family name first (`Kim`). A one-word person is attached to a full name
//!   only when exactly one known person fits ([`attach_surname`]); two Kims
//!   stay apart.
//!
//! Everything here is pure and deterministic.
#![warn(missing_docs)]

mod curation;

pub use curation::{plain_identity, Curated, Curation, CurationError, Separate};
use serde::{Deserialize, Serialize};

/// The kind of an entity, as far as resolution cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A person.
    Person,
    /// A place (a country, region, city or site).
    Place,
    /// An organisation.
    Organization,
}

impl Kind {
    /// The lower-case name used in keys and storage.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Place => "place",
            Kind::Organization => "organization",
        }
    }

    /// Parses [`Kind::as_str`].
    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "person" => Some(Kind::Person),
            "place" => Some(Kind::Place),
            "organization" => Some(Kind::Organization),
            _ => None,
        }
    }
}

/// Latin letters for a Cyrillic one (a neutral scheme; the phonetic folding
/// of [`name_key`] absorbs the German and English variants).
fn cyrillic(c: char) -> Option<&'static str> {
    let s = match c.to_lowercase().next().unwrap_or(c) {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "s",
        'и' | 'й' | 'і' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'ю' => "yu",
        'я' => "ya",
        'ї' => "yi",
        'є' => "ye",
        'ґ' => "g",
        _ => return None,
    };
    Some(s)
}

/// The key of one word: transliterated, folded, phonetically normalised.
fn word_key(word: &str) -> String {
    let mut latin = String::with_capacity(word.len());
    for c in word.chars() {
        match cyrillic(c) {
            Some(s) => latin.push_str(s),
            None if c.is_alphanumeric() => latin.extend(c.to_lowercase()),
            None => {} // apostrophes, hyphens, dots
        }
    }
    let mut folded = String::with_capacity(latin.len());
    dossier_text::fold_german(&latin, &mut folded);
    // German `s` before a vowel is English `z` (Selenskyj / Zelensky), and
    // German `z` is English `ts`: both become `s`.
    let mut s = folded
        .replace("tsch", "ch")
        .replace("sch", "sh")
        .replace("tsh", "ch")
        .replace("kh", "ch")
        .replace("zh", "sh")
        .replace("ph", "f")
        .replace("ts", "s")
        .replace('z', "s")
        .replace('w', "v")
        .replace('j', "y");
    // `Sergej` / `Sergey` / `Sergei`, `Selenskyj` / `Zelenskyy`: a final y after a vowel or y is i.
    while s.ends_with('y') && s.len() > 2 {
        let before = s.as_bytes()[s.len() - 2];
        if matches!(before, b'a' | b'e' | b'i' | b'o' | b'u' | b'y') {
            s.pop();
            s.push('i');
            if s.ends_with("ii") {
                s.pop();
            }
        } else {
            break;
        }
    }
    // Doubled letters are one.
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// The words of a name, split at spaces (hyphens stay inside a word).
fn words(name: &str) -> impl Iterator<Item = &str> {
    name.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric))
}

/// The spelling-free key of a name: `Sergei Lawrow`, `Sergey Lavrov` and
/// `Сергей Лавров` give one key; so do `Choe Son-hui` and `Ch'oe Sŏn Hŭi`.
pub fn name_key(name: &str) -> String {
    words(name).map(word_key).collect()
}

/// The key under which an entity is filed: `country:KP` for a country
/// (pass its ISO code), else `kind:name_key`.
pub fn identity(kind: Kind, name: &str, country_code: Option<&str>) -> String {
    match (kind, country_code) {
        (Kind::Place, Some(iso)) => format!("country:{}", iso.to_ascii_uppercase()),
        _ => format!("{}:{}", kind.as_str(), name_key(name)),
    }
}

/// The keys a one-word mention of this person may match: the last word of a
/// full name and, for names of three or more parts or a hyphenated given name
/// (`Kim Jong-un`, `Choe Son Hui`), the first word too.
pub fn surname_keys(name: &str) -> Vec<String> {
    let ws: Vec<&str> = words(name).collect();
    match ws.as_slice() {
        [] | [_] => Vec::new(),
        [first, .., last] => {
            let mut keys = vec![word_key(last)];
            let family_first = ws.len() >= 3 || last.contains('-') || ws[1].contains('-');
            if family_first {
                keys.push(word_key(first));
            }
            keys.dedup();
            keys
        }
    }
}

/// Whether a name is one word (a person known only by surname).
pub fn is_single_word(name: &str) -> bool {
    words(name).count() == 1
}

/// The person a one-word name stands for among `candidates` (their full
/// names): the only one whose surname keys hold the word's key, or none when
/// no one or several fit (two Kims stay apart).
pub fn attach_surname<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let key = name_key(word);
    let mut found = None;
    for c in candidates {
        if surname_keys(c).contains(&key) {
            if found.is_some() {
                return None;
            }
            found = Some(c);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn transliterations_and_romanisations_share_a_key() {
        let same = |a: &str, b: &str| assert_eq!(name_key(a), name_key(b), "{a} / {b}");
        same("Sergei Lawrow", "Sergey Lavrov");
        same("Sergej Lawrow", "Сергей Лавров");
        same("Lawrows", "Lawrows");
        same("Pjöngjang", "Pyongyang");
        same("Pjöngjang", "P'yŏngyang");
        same("Choe Son-hui", "Choe Son Hui");
        same("Choe Son-hui", "Ch'oe Sŏn-hŭi");
        same("Kim Jong-un", "Kim Jong Un");
        same("Wolodymyr Selenskyj", "Volodymyr Zelenskyy");
        same("Sergei Schoigu", "Sergey Shoigu");
        same("Tschernow", "Chernov");
        same("Düsseldorf", "Duesseldorf");
    }

    #[test]
    fn different_people_keep_different_keys() {
        let differ = |a: &str, b: &str| assert_ne!(name_key(a), name_key(b), "{a} / {b}");
        differ("Kim Jong-un", "Kim Yo-jong");
        differ("Sergei Lawrow", "Sergei Schoigu");
        differ("Choe Son-hui", "Choe Ryong-hae");
    }

    #[test]
    fn countries_are_filed_by_code() {
        assert_eq!(identity(Kind::Place, "Nordkorea", Some("KP")), identity(Kind::Place, "North Korea", Some("kp")));
        assert_eq!(identity(Kind::Place, "Pjöngjang", None), identity(Kind::Place, "Pyongyang", None));
        assert_ne!(identity(Kind::Person, "Georgia", None), identity(Kind::Place, "Georgia", None));
    }

    #[test]
    fn a_surname_attaches_only_when_one_person_fits() {
        assert_eq!(attach_surname("Lavrov", ["Sergei Lawrow", "Choe Son-hui"]), Some("Sergei Lawrow"));
        assert_eq!(attach_surname("Kim", ["Kim Jong-un", "Kim Yo-jong"]), None);
        assert_eq!(attach_surname("Kim", ["Kim Jong-un", "Sergei Lawrow"]), Some("Kim Jong-un"));
        assert_eq!(attach_surname("Choe", ["Choe Son Hui"]), Some("Choe Son Hui"));
        assert_eq!(attach_surname("Müller", ["Anna Schmidt"]), None);
    }

    proptest! {
        #[test]
        fn keys_ignore_case_and_spacing(name in "[A-Za-zÄÖÜäöüß]{1,8}( [A-Za-zÄÖÜäöüß]{1,8}){0,2}") {
            prop_assert_eq!(name_key(&name), name_key(&name.to_uppercase()));
            prop_assert_eq!(name_key(&name), name_key(&format!("  {}  ", name.replace(' ', "  "))));
        }

        #[test]
        fn keys_never_panic_and_are_ascii_for_latin_and_cyrillic(name in "\\PC{0,30}") {
            let k = name_key(&name);
            prop_assert!(!k.contains(' '));
        }
    }
}
