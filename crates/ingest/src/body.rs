//! Cleaning the body of an article: credit lines, related-article links and
//! teaser headlines that scrapers leave between sentences.
//!
//! What is removed is kept as metadata ([`CleanBody::credits`],
//! [`CleanBody::related`]); nothing is dropped silently.

use regex::Regex;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A body with its non-article lines taken out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CleanBody {
    /// The normalised body text.
    pub text: String,
    /// Image credit lines (`Quelle: …`, `Foto: …`).
    pub credits: Vec<String>,
    /// Related-article headlines (`Mehr zum Thema – …`) and teaser headlines.
    pub related: Vec<String>,
}

/// Words that start a German sentence and are (almost) never written with a
/// capital inside one. A capitalised one right after a word without final
/// punctuation marks a run-on sentence boundary.
fn is_starter(w: &str) -> bool {
    dossier_text::german::is_sentence_starter(w)
}

/// Words a headline does not end with.
const FUNCTION_WORDS: &[&str] = &[
    // Separable particles (`baut … aus`, `lädt … ein`) can end a headline and are not listed.
    "und", "oder", "sowie", "aber", "der", "die", "das", "den", "dem", "des", "eine", "einen", "einem", "einer",
    "zwischen", "von", "für", "in", "im", "am", "bei", "beim", "zum", "zur", "als", "wie", "dass", "ob", "seine",
    "ihre", "seinen", "ihren", // Prepositions that are no separable particle (`ohne Wenn und Aber`).
    "ohne", "gegen", "wegen", "trotz", "während", "seit", "laut",
];

/// Lower-case words that look like finite verbs but are not.
const NOT_VERBS: &[&str] = &[
    "nicht", "jetzt", "seit", "erst", "bereits", "zuletzt", "meist", "sonst", "selbst", "insgesamt", "zunächst",
    "künftig", "den", "einen", "ihren", "seinen", "unseren", "diesen", "jenen", "denen", "allen", "vielen", "neuen",
    "ersten", "letzten", "anderen", "beiden", "deutschen", "zwischen", "oben", "unten", "eben", "gegen", "wegen",
    "ohne", "mit", "mindestens", "höchstens", "recht", "acht", "laut", "heute", "gut",
];

/// Abbreviations that end with a full stop without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "dr", "prof", "nr", "st", "mio", "mrd", "ca", "bzw", "usw", "vgl", "etc", "jh", "abs", "art", "hr", "fr", "min",
    "std", "tel", "inkl", "zzgl", "ggf", "evtl", "sog", "bspw", "gem", "lt", "mr", "mrs", "ms", "jr", "sr", "gen",
    "kap", "bd", "hg", "hrsg", "dipl", "ing", "mag", "str", "abg", "ehem", "geb", "verh", "z", "u", "a", "b", "d", "v",
    "o", "s", "u.a", "z.b", "d.h", "u.s", "v.a", "o.ä",
];

fn credit_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^(?:Quelle|Quellen|Foto|Fotos|Bild|Bilder|Bildquelle|Bildrechte|Credit|Credits|Copyright)\s*:")
            .unwrap()
    })
}

fn related_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?:Mehr zum Thema|Lesen Sie auch|Lesen Sie mehr|Auch interessant|Mehr dazu|Weitere Artikel|Siehe auch|Das könnte Sie auch interessieren|Zum Thema)\b\s*([-–—:|]\s*)?",
        )
        .unwrap()
    })
}

/// Removes credit lines, related-article links and teaser headlines from a
/// (normalised) body, and normalises the rest.
pub fn clean_body(body: &str) -> CleanBody {
    let mut out = CleanBody::default();
    // Built only when a teaser candidate needs it.
    let names = std::cell::OnceCell::new();
    let names = LazyNames { body, cell: names };
    let mut kept: Vec<String> = Vec::new();
    let mut in_related_list = false;
    for line in body.split('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            in_related_list = false;
            kept.push(String::new());
            continue;
        }
        if in_related_list && looks_like_headline(trimmed) {
            out.related.push(trimmed.to_string());
            continue;
        }
        in_related_list = false;
        if trimmed.chars().count() <= 300 && credit_re().is_match(trimmed) {
            out.credits.push(trimmed.to_string());
            continue;
        }
        let mut text = trimmed.to_string();
        if let Some((cut, rest)) = find_related_marker(&text) {
            if rest.is_empty() && cut == 0 {
                in_related_list = true;
            } else if !rest.is_empty() {
                out.related.push(rest);
            }
            text.truncate(cut);
            let t = text.trim_end().len();
            text.truncate(t);
            if text.is_empty() {
                continue;
            }
        }
        let text = strip_teasers(&text, &names, &mut out.related);
        kept.push(text);
    }
    out.text = dossier_text::normalize(&kept.join("\n"));
    out
}

/// Finds a related-article marker that starts the line, or follows the end of
/// a sentence with a separator (`– `, `: `). Returns the byte offset where
/// the marker starts and the related headline after it.
fn find_related_marker(line: &str) -> Option<(usize, String)> {
    for m in related_re().captures_iter(line) {
        let whole = m.get(0)?;
        let start = whole.start();
        let has_sep = m.get(1).is_some();
        let rest = line[whole.end()..].trim().to_string();
        if start == 0 {
            // At the start of a line the marker alone, or with a separator.
            if has_sep || rest.is_empty() {
                return Some((0, rest));
            }
            continue;
        }
        let before = line[..start].trim_end();
        if has_sep && !rest.is_empty() && before.ends_with(['.', '!', '?', '"', '“', '”', '»', '«', '’', '…', ')'])
        {
            return Some((start, rest));
        }
    }
    None
}

/// Whether a line reads like a headline: short, and not ending a sentence.
pub(crate) fn looks_like_headline(line: &str) -> bool {
    let n = line.chars().count();
    let words = line.split_whitespace().count();
    n <= 200 && words <= 25 && !line.trim_end().ends_with(['.', ',', ';'])
}

/// [`NameEvidence`] of a body, computed on first use.
struct LazyNames<'a> {
    body: &'a str,
    cell: std::cell::OnceCell<NameEvidence>,
}

impl std::ops::Deref for LazyNames<'_> {
    type Target = NameEvidence;

    fn deref(&self) -> &NameEvidence {
        self.cell.get_or_init(|| NameEvidence::new(self.body))
    }
}

/// How often each capitalised word and each word pair occurs in the body,
/// to tell names (seen elsewhere) and multi-word names apart.
struct NameEvidence {
    words: HashMap<String, u32>,
    pairs: HashMap<(String, String), u32>,
    /// Capitalised pairs seen inside a sentence (`… Straße Am Sande …`).
    mid_pairs: HashMap<(String, String), u32>,
}

impl NameEvidence {
    fn new(body: &str) -> Self {
        let mut words = HashMap::new();
        let mut pairs = HashMap::new();
        let mut mid_pairs = HashMap::new();
        let raw: Vec<&str> = body.split_whitespace().collect();
        let toks: Vec<String> = raw.iter().map(|t| bare(t).to_string()).collect();
        for i in 1..toks.len().saturating_sub(1) {
            if toks[i].starts_with(char::is_uppercase) && !ends_sentence(raw[i - 1]) {
                *mid_pairs.entry((toks[i].clone(), toks[i + 1].clone())).or_insert(0) += 1;
            }
        }
        for (i, t) in toks.iter().enumerate() {
            if t.starts_with(char::is_uppercase) {
                *words.entry(t.clone()).or_insert(0) += 1;
                if i > 0 {
                    *pairs.entry((toks[i - 1].clone(), t.clone())).or_insert(0) += 1;
                }
            }
        }
        NameEvidence { words, pairs, mid_pairs }
    }

    /// A capitalised word that occurs more than once and is no common noun.
    fn is_name(&self, w: &str) -> bool {
        if self.words.get(w).copied().unwrap_or(0) < 2 {
            return false;
        }
        // (An inflected noun is no name either: `Verhandlungen`, `Beobachtern`.)
        !dossier_text::is_noun_form(w)
    }

    /// How often `a b` stands inside a sentence with `a` capitalised.
    fn mid_pair_count(&self, a: &str, b: &str) -> u32 {
        self.mid_pairs.get(&(a.to_string(), b.to_string())).copied().unwrap_or(0)
    }

    fn pair_count(&self, a: &str, b: &str) -> u32 {
        self.pairs.get(&(a.to_string(), b.to_string())).copied().unwrap_or(0)
    }
}

/// A token without surrounding punctuation and quotes.
fn bare(t: &str) -> &str {
    t.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
}

/// Whether a token ends a sentence (and is no abbreviation or ordinal).
fn ends_sentence(tok: &str) -> bool {
    let t = tok.trim_end_matches(['"', '“', '”', '»', '«', '’', '‘', '\'', ')']);
    if !t.ends_with(['.', '!', '?', '…']) {
        return false;
    }
    if t.ends_with(['!', '?', '…']) {
        return true;
    }
    let word = t.trim_end_matches('.').trim_start_matches(['(', '"', '„', '“', '»', '«']);
    if word.is_empty() || word.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let lower = word.to_lowercase();
    !(ABBREVIATIONS.contains(&lower.as_str()) || (word.contains('.') && word.len() <= 6))
}

fn starts_like_sentence(tok: &str) -> bool {
    tok.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "„“\"»«‚".contains(c))
}

/// Removes teaser headlines glued between two sentences of a paragraph:
/// `… Landsleute. Streit um Hafengebühren eskaliert Der Sprecher sagte …`.
///
/// A teaser starts after a sentence end and runs into the next sentence with
/// no final punctuation of its own. The boundary is either a sentence-starting
/// word written with a capital right after a word without punctuation
/// (`eskaliert Der`), or — for headlines of the form `Name: …` — a name seen
/// elsewhere in the article followed by a lower-case verb, where the two words
/// never stand together elsewhere (`… Nordkorea Lawrow teilte …`).
fn strip_teasers(line: &str, names: &LazyNames<'_>, related: &mut Vec<String>) -> String {
    let toks: Vec<(usize, &str)> = tokens(line);
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut k = 1;
    while k < toks.len() {
        if !(ends_sentence(toks[k - 1].1) && starts_like_sentence(toks[k].1)) {
            k += 1;
            continue;
        }
        // (The colon of a `Name: …` headline comes before the boundary, so
        // `Ressortchefin Almut Hinrichsen hielt dagegen: …` gives no name boundary.)
        let colon_at = toks[k..toks.len().min(k + 6)].iter().position(|(_, t)| t.ends_with(':')).map(|p| k + p);
        let mut starter_at = None;
        let mut name_at = None;
        let mut m = k + 1;
        while m < toks.len() && m <= k + 25 {
            let prev = toks[m - 1].1;
            if ends_sentence(prev) {
                break;
            }
            let prev_plain = prev.ends_with(|c: char| c.is_alphanumeric() || "\"“”»«’".contains(c));
            let w = toks[m].1;
            if prev_plain && m - k >= 3 {
                let fixed_name = || toks.get(m + 1).is_some_and(|(_, n)| names.mid_pair_count(w, bare(n)) >= 2);
                // (`… gehören dem Städtebund Die Hanse an.`: a name with its article,
                // not a new sentence, when too little follows to make one.)
                let short_rest = || {
                    let end = (m..toks.len()).find(|&q| ends_sentence(toks[q].1)).unwrap_or(toks.len() - 1);
                    end - m < 3
                };
                // (Nor inside a quotation still open: `»Manche von ihnen haben später
                // Ihr Land mitregiert«` addresses a guest, it starts nothing.)
                // (Counted from the start of the paragraph: the quotation may
                // have opened a sentence or more before.)
                let in_quote = || {
                    let marks: usize =
                        toks[..m].iter().map(|(_, t)| t.chars().filter(|c| "„“”»«\"".contains(*c)).count()).sum();
                    marks % 2 == 1
                };
                if is_starter(w)
                    && !FUNCTION_WORDS.contains(&bare(prev))
                    && !fixed_name()
                    && !short_rest()
                    && !in_quote()
                {
                    starter_at = Some(m);
                    break;
                }
                let next_lower = toks.get(m + 1).is_some_and(|(_, n)| n.starts_with(char::is_lowercase));
                let prev_ends_phrase = prev.starts_with(char::is_uppercase)
                    || prev.ends_with(['"', '“', '”', '»', '«'])
                    || verb_like(prev);
                // (`aus der argentinischen Weinbaumetropole Mendoza ist …`: a noun
                // after an article or adjective, then a name, is one phrase.)
                let noun_phrase = m >= 2 && {
                    let before = bare(toks[m - 2].1);
                    before.starts_with(char::is_lowercase)
                        && (matches!(before, "der" | "die" | "das" | "dem" | "den" | "des")
                            || ["en", "e", "er", "es", "em"].iter().any(|e| before.ends_with(e)))
                        && prev.starts_with(char::is_uppercase)
                };
                // (Not after a sentence with a verb before its colon: `Die beiden
                // kennen sich bereits: Im Juni hatte der Gast aus Hanoi Stuttgart besucht`.)
                let clause_before_colon = || colon_at.is_some_and(|c| toks[k..=c].iter().any(|t| verb_like(t.1)));
                if colon_at.is_some_and(|c| c < m - 1)
                    && !clause_before_colon()
                    && prev_ends_phrase
                    && !noun_phrase
                    && next_lower
                    && w.starts_with(char::is_uppercase)
                    && bare(w) == w
                    && names.is_name(w)
                    && names.pair_count(bare(prev), w) <= 1
                {
                    name_at = Some(m);
                }
            }
            m += 1;
        }
        if starter_at.is_none() && name_at.is_none() {
            name_at = headline_clause_boundary(&toks, k, m);
        }
        if let Some(end) = starter_at.or(name_at).filter(|&end| headline_shaped(&toks[k..end])) {
            cuts.push((toks[k].0, toks[end].0));
            k = end + 1;
        } else {
            k += 1;
        }
    }
    if cuts.is_empty() {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len());
    let mut last = 0;
    for (a, b) in cuts {
        out.push_str(&line[last..a]);
        related.push(line[a..b].trim().to_string());
        last = b;
    }
    out.push_str(&line[last..]);
    out
}

/// Whether words can be a headline: it does not start with a personal
/// pronoun and holds no clause (`…, und forderte, zumindest …`).
fn headline_shaped(words: &[(usize, &str)]) -> bool {
    const PRONOUNS: [&str; 8] = ["Er", "Sie", "Es", "Wir", "Ich", "Man", "Ihr", "Du"];
    let first = words.first().map_or("", |t| t.1);
    // (Nor does it end with an article: `Sorokin wies das zurück: Die`.)
    let last = words.last().map_or("", |t| t.1);
    !PRONOUNS.contains(&first)
        && !FUNCTION_WORDS.contains(&bare(last))
        && !matches!(last, "Die" | "Der" | "Das" | "Den" | "Dem" | "Des" | "Ein" | "Eine" | "Einen" | "Einem" | "Einer")
        && !words.windows(2).any(|w| w[0].1.ends_with(',') && w[1].1.starts_with(char::is_lowercase))
}

/// Whether a lower-case token looks like a finite verb (`einigen`, `wertete`, `droht`).
fn verb_like(tok: &str) -> bool {
    let w = bare(tok);
    w.chars().count() >= 4
        && w.starts_with(char::is_lowercase)
        && (w.ends_with('t') || w.ends_with("en") || w.ends_with("te") || w.ends_with("st"))
        && !NOT_VERBS.contains(&w)
        && !w.ends_with("ischen")
        && !w.ends_with("lichen")
}

/// For a headline of the shape `Topic: clause` (colon among the first four
/// words of `toks[k..end]`), the start of the next sentence when the clause
/// runs on without punctuation: a capitalised word after a capitalised word
/// (`… neue Kontrollen Diplomaten in Warschau werteten …`), followed by a
/// lower-case word, where both the headline clause before it and the words
/// after it have a verb of their own.
fn headline_clause_boundary(toks: &[(usize, &str)], k: usize, end: usize) -> Option<usize> {
    let colon = (k..end.min(k + 4)).find(|&i| toks[i].1.ends_with(':'))?;
    // `Der Brasilianer konterte: Auch …`: a verb before the colon makes it a sentence.
    if toks[k..=colon].iter().any(|t| verb_like(t.1)) {
        return None;
    }
    // The sentence the candidate would start must end (with punctuation) within `end`.
    let sentence_end = (k..toks.len()).find(|&i| ends_sentence(toks[i].1))?;
    for m in colon + 5..sentence_end {
        let (prev, w) = (toks[m - 1].1, toks[m].1);
        let next = toks.get(m + 1).map_or("", |t| t.1);
        if w.starts_with(char::is_uppercase)
            && bare(w) == w
            && !is_starter(w)
            && prev.starts_with(char::is_uppercase)
            && bare(prev) == prev
            && next.starts_with(char::is_lowercase)
            && toks[colon + 1..m].iter().any(|t| verb_like(t.1))
            && toks[m + 1..=sentence_end].iter().take(6).any(|t| verb_like(t.1))
        {
            return Some(m);
        }
    }
    None
}

fn tokens(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push((s, &line[s..i]));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((s, &line[s..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(s: &str) -> CleanBody {
        clean_body(&dossier_text::normalize(s))
    }

    #[test]
    fn credit_lines_become_metadata() {
        let c = clean("Erster Absatz.\n\nQuelle: dpa © Max Beispiel / Ministerium\n\nZweiter Absatz.");
        assert_eq!(c.text, "Erster Absatz.\n\nZweiter Absatz.");
        assert_eq!(c.credits, ["Quelle: dpa © Max Beispiel / Ministerium"]);
    }

    #[test]
    fn related_links_on_own_line_or_glued_to_paragraph() {
        let c = clean("Der Gipfel endete ohne Einigung. Mehr zum Thema - Streit um Zölle geht weiter");
        assert_eq!(c.text, "Der Gipfel endete ohne Einigung.");
        assert_eq!(c.related, ["Streit um Zölle geht weiter"]);
        let c = clean("Text hier.\nMehr zum Thema – “In hundert Jahren”: Ein Rückblick");
        assert_eq!(c.text, "Text hier.");
        assert_eq!(c.related, ["“In hundert Jahren”: Ein Rückblick"]);
        let c = clean(
            "Text hier.\n\nLesen Sie auch:\nNeue Runde im Handelsstreit\nWarschau droht mit Klage\n\nWeiter im Text.",
        );
        assert_eq!(c.text, "Text hier.\n\nWeiter im Text.");
        assert_eq!(c.related, ["Neue Runde im Handelsstreit", "Warschau droht mit Klage"]);
    }

    #[test]
    fn mention_of_the_phrase_inside_a_sentence_stays() {
        let c = clean("Mehr zum Thema sagte er nicht. Er nannte keine Zahlen.");
        assert_eq!(c.text, "Mehr zum Thema sagte er nicht. Er nannte keine Zahlen.");
        assert!(c.related.is_empty());
    }

    #[test]
    fn teaser_with_sentence_starter_boundary() {
        let c = clean(
            "Die Ministerin reiste ab. Hafenstreit: Rotterdam erhöht die Gebühren für Frachter Die Ministerin betonte, man bleibe im Gespräch.",
        );
        assert_eq!(c.text, "Die Ministerin reiste ab. Die Ministerin betonte, man bleibe im Gespräch.");
        assert_eq!(c.related, ["Hafenstreit: Rotterdam erhöht die Gebühren für Frachter"]);
    }

    #[test]
    fn teaser_running_into_a_plural_subject() {
        let c = clean("Ein Treffen ist geplant. Getreide: Prag und Wien einigen sich auf neue Kontrollen Diplomaten in Wien werteten das als Erfolg.");
        assert_eq!(c.text, "Ein Treffen ist geplant. Diplomaten in Wien werteten das als Erfolg.");
        assert_eq!(c.related, ["Getreide: Prag und Wien einigen sich auf neue Kontrollen"]);
    }

    #[test]
    fn teaser_without_colon() {
        let c =
            clean("Sie kehrte zurück. Streit um Hafengebühren eskaliert weiter Der Sprecher sagte, das sei falsch.");
        assert_eq!(c.text, "Sie kehrte zurück. Der Sprecher sagte, das sei falsch.");
        assert_eq!(c.related, ["Streit um Hafengebühren eskaliert weiter"]);
    }

    #[test]
    fn teaser_with_name_boundary() {
        let text = "Dubrovski sprach in Riga. Er blieb zwei Tage. Novak: \"Wir lassen uns nicht erpressen\" für die Pläne aus Prag Dubrovski kündigte an, zurückzukehren.";
        let c = clean(text);
        assert_eq!(c.text, "Dubrovski sprach in Riga. Er blieb zwei Tage. Dubrovski kündigte an, zurückzukehren.");
        assert_eq!(c.related, ["Novak: \"Wir lassen uns nicht erpressen\" für die Pläne aus Prag"]);
    }

    #[test]
    fn a_sentence_with_a_verb_before_its_colon_is_no_teaser() {
        let text = "Der Minister verwies auf das Abkommen. Die beiden kennen sich bereits: Im Juni hatte der Gast aus Hanoi Stuttgart besucht. Stuttgart ist eine Partnerstadt.";
        let c = clean(text);
        assert_eq!(c.text, text);
        assert!(c.related.is_empty(), "{:?}", c.related);
    }

    #[test]
    fn a_sentence_with_a_colon_and_a_plural_noun_is_no_teaser() {
        let text = "Die Verhandlungen laufen. Ein Treffen ist vereinbart. Beobachter bleiben skeptisch: Schon mehrfach waren Verhandlungen über den Nil kurz vor dem Ziel gescheitert.";
        let c = clean(text);
        assert_eq!(c.text, text);
        assert!(c.related.is_empty(), "{:?}", c.related);
    }

    #[test]
    fn ordinary_sentences_are_not_teasers() {
        for text in [
            "Er reiste ab. Russlands Außenminister Sergej Iwanow hat am 13. September in Paris gesprochen. Sergej Iwanow kam später.",
            "Am 3. Oktober trafen sich die Minister. Dr. Weber sagte, z. B. sei das wichtig.",
            "Das Ergebnis: Die Regierung hat verloren. Ein Beispiel: Der Preis stieg.",
            "Er sagte: „Wir bitten Sie um Geduld.“ Der Termin steht.",
            "Er zog Bilanz. Sein Fazit: Die Regierung in Berlin habe im Streit um die Renten Fehler gemacht.",
            "Er zog Bilanz. Das Ergebnis: Die Wirtschaft Europas wächst langsamer als erwartet.",
            "Er sagte das. Der Gast konterte: Auch in seinem Land lebten Millionen Familien von der Landwirtschaft, und diese verdienten eine Chance.",
            "Er forderte mehr. Niedersachsens Ressortchefin Almut Hinrichsen hielt dagegen: Sicherheit entstehe durch Personal. Hinrichsen blieb.",
            "Er warf Moskau Propaganda vor. Sorokin wies das zurück: Die Ukraine und ihre Unterstützer hätten die OSZE gespalten, sagte Sorokin.",
            "Er reiste ab. Lemgo und Toruń gehören beide dem Städtebund Die Hanse an. Der Termin steht.",
            "Rüdesheim. Hoher Besuch aus Südamerika: Eine Delegation aus der argentinischen Weinbaumetropole Mendoza ist seit Mittwoch hier. Mendoza liegt am Fuss der Anden.",
            "Das sei ein Versprechen, sagte er. Deutschland werde seine Zusagen ohne Wenn und Aber einhalten. Er blieb.",
            "Er erinnerte an die Studenten. »Manche von ihnen haben später Ihr Land mitregiert«, sagte er zum Gast.",
        ] {
            let c = clean(text);
            assert_eq!(c.text, text);
            assert!(c.related.is_empty(), "{:?}", c.related);
        }
    }
}
