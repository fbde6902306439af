//! Time expressions: found on tokens, then resolved against the article date.
//!
//! Values follow TimeML's ISO-like forms: a day `2025-07-12`, a month
//! `2025-07`, a year `2025`, a season `2024-FA`, an ISO week `2025-W28`, a
//! quarter `2025-Q1`, a decade `199X`; an unknown year is `XXXX`
//! (`XXXX-07-12`). An expression is resolved only as far as the article
//! date allows: with a month-only date, `am Samstag` is that month; with no
//! date, it stays unresolved (`value: None`).
//!
//! Whether a day or month without a year lies before or after the article
//! date follows the tense of its sentence: future cues (`soll`, `wird`,
//! `kommenden`, …) point forward, anything else points back.

use crate::segment::TokenKind;
use crate::Doc;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use dossier_article::PubDate;
use std::borrow::Cow;

/// A time expression: token range and resolved value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeExpr {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// The resolved value (`None`: vague or not resolvable).
    pub value: Option<String>,
}

/// What the article date says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Anchor {
    None,
    Year(i32),
    Month(i32, u32),
    Day(NaiveDate),
}

impl Anchor {
    fn of(date: Option<&PubDate>) -> Anchor {
        match date {
            None => Anchor::None,
            Some(d) => match (d.month, d.day) {
                (Some(m), Some(day)) => {
                    NaiveDate::from_ymd_opt(d.year, m, day).map_or(Anchor::Month(d.year, m), Anchor::Day)
                }
                (Some(m), None) => Anchor::Month(d.year, m),
                _ => Anchor::Year(d.year),
            },
        }
    }

    fn year(self) -> Option<i32> {
        match self {
            Anchor::None => None,
            Anchor::Year(y) | Anchor::Month(y, _) => Some(y),
            Anchor::Day(d) => Some(d.year()),
        }
    }

    fn month(self) -> Option<(i32, u32)> {
        match self {
            Anchor::Month(y, m) => Some((y, m)),
            Anchor::Day(d) => Some((d.year(), d.month())),
            _ => None,
        }
    }
}

const MONTHS: &[(&str, u32)] = &[
    ("januar", 1),
    ("jänner", 1),
    ("jan.", 1),
    ("februar", 2),
    ("feber", 2),
    ("feb.", 2),
    ("märz", 3),
    ("april", 4),
    ("apr.", 4),
    ("mai", 5),
    ("juni", 6),
    ("jun.", 6),
    ("juli", 7),
    ("jul.", 7),
    ("august", 8),
    ("aug.", 8),
    ("september", 9),
    ("sept.", 9),
    ("sep.", 9),
    ("oktober", 10),
    ("okt.", 10),
    ("november", 11),
    ("nov.", 11),
    ("dezember", 12),
    ("dez.", 12),
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("montag", Weekday::Mon),
    ("dienstag", Weekday::Tue),
    ("mittwoch", Weekday::Wed),
    ("donnerstag", Weekday::Thu),
    ("freitag", Weekday::Fri),
    ("samstag", Weekday::Sat),
    ("sonnabend", Weekday::Sat),
    ("sonntag", Weekday::Sun),
];

const SEASONS: &[(&str, &str)] =
    &[("frühjahr", "SP"), ("frühling", "SP"), ("sommer", "SU"), ("herbst", "FA"), ("winter", "WI")];

/// Prepositions and articles that belong to the expression when they precede it.
const PREPOSITIONS: &[&str] =
    &["am", "im", "vom", "seit", "bis", "ab", "zum", "an", "in", "von", "nach", "für", "um", "zwischen", "bereits"];

/// Words that make a sentence speak of the future.
const FUTURE_CUES: &[&str] = &[
    "soll", "sollen", "will", "wollen", "wird", "werden", "plant", "planen", "geplant", "geplante", "geplanten",
    "kommenden", "kommende", "nächsten", "nächste", "künftig", "bevorstehenden", "bevorstehende", "erwartet",
    "erwarten", "beginnt", "findet", "stattfinden", "angekündigt", "vorgesehen", "anstehenden", "lud", "eingeladen",
    "einladung", "gegenbesuch", "werde", "würden", "solle", "wolle",
    // (A state of what is set for later: `Am 17. Juli ist X geladen`, `ist für den 4. Mai angesetzt`.)
    "geladen", "angesetzt", "anberaumt", "terminiert",
];

/// Future cues that are adjectives of a noun, weaker than a verb in the past.
const FUTURE_ADJECTIVES: &[&str] = &[
    "kommenden", "kommende", "nächsten", "nächste", "geplante", "geplanten", "bevorstehenden", "bevorstehende",
    "anstehenden", "künftig",
];

/// Words before a year that make it part of a name or a quantity.
const NOT_BEFORE_YEAR: &[&str] =
    &["rund", "etwa", "über", "mehr", "fast", "knapp", "circa", "ca.", "nr.", "gut", "bis zu", "agenda", "vision"];

/// Words that a year names an edition or programme of.
const NAMED_BY_YEAR: &[&str] = &["agenda", "vision", "expo", "euro", "horizon", "strategie", "programm", "plan"];

/// Words after a year that make it a quantity.
const UNITS: &[&str] = &[
    "euro", "dollar", "franken", "pfund", "yuan", "rubel", "tonnen", "menschen", "personen", "mitarbeiter",
    "mitarbeitende", "beschäftigte", "soldaten", "kilometer", "meter", "megawatt", "gigawatt", "stück", "einwohner",
    "teilnehmer", "delegierte", "stimmen", "haushalte", "unternehmen", "firmen", "jobs", "stellen", "wohnungen",
    "prozent", "mal", "km", "mw", "gw", "kilogramm", "liter", "hektar", "quadratkilometer", "fahrzeuge",
];

/// Number words for `vor zwei Jahren`.
const NUMBER_WORDS: &[(&str, i64)] = &[
    ("einem", 1),
    ("einer", 1),
    ("zwei", 2),
    ("drei", 3),
    ("vier", 4),
    ("fünf", 5),
    ("sechs", 6),
    ("sieben", 7),
    ("acht", 8),
    ("neun", 9),
    ("zehn", 10),
    ("elf", 11),
    ("zwölf", 12),
    ("fünfzehn", 15),
    ("zwanzig", 20),
    ("dreißig", 30),
    ("dreissig", 30),
    ("vierzig", 40),
    ("fünfzig", 50),
    ("hundert", 100),
];

/// Vague references: found, never resolved.
const VAGUE: &[&str] = &["derzeit", "zurzeit", "bald", "demnächst", "kürzlich", "jüngst"];

fn month_of(w: &str) -> Option<u32> {
    MONTHS.iter().find(|(n, _)| *n == w).map(|(_, m)| *m)
}

/// Whether a lower-case word names a weekday (`donnerstag`, `donnerstagabend`).
pub(crate) fn is_weekday(w: &str) -> bool {
    weekday_of(w).is_some()
}

/// A weekday, also in compounds (`samstagabend`) and with a genitive `s`.
fn weekday_of(w: &str) -> Option<Weekday> {
    // (Every weekday is six letters or more and starts with m, d, f or s: most words stop here.)
    if w.len() < 6 || !matches!(w.as_bytes()[0], b'm' | b'd' | b'f' | b's') {
        return None;
    }
    WEEKDAYS.iter().find(|(n, _)| w == *n || w.strip_prefix(n).is_some_and(is_day_part)).map(|(_, d)| *d)
}

fn is_day_part(rest: &str) -> bool {
    matches!(rest, "s" | "abend" | "morgen" | "vormittag" | "nachmittag" | "mittag" | "nacht" | "früh" | "abends")
}

fn season_of(w: &str) -> Option<&'static str> {
    SEASONS.iter().find(|(n, _)| *n == w).map(|(_, s)| *s)
}

fn year_of(w: &str) -> Option<i32> {
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

/// An ordinal day `12.` (1–31).
fn day_of(w: &str) -> Option<u32> {
    let d: u32 = w.strip_suffix('.')?.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn number_of(w: &str) -> Option<i64> {
    w.parse().ok().or_else(|| NUMBER_WORDS.iter().find(|(n, _)| *n == w).map(|(_, v)| *v))
}

/// A relative reference: `vergangene`, `letzten`, `vorigen` → −1; `diese(s|m|n)` → 0;
/// `nächste(n|s)`, `kommende(n|s)` → +1.
fn relative_of(w: &str) -> Option<i64> {
    let stem = w.trim_end_matches(['n', 's', 'm', 'r']);
    match stem {
        "vergangene" | "letzte" | "vorige" | "zurückliegende" => Some(-1),
        "diese" | "laufende" => Some(0),
        "nächste" | "kommende" => Some(1),
        _ => None,
    }
}

fn fmt_month(y: i32, m: u32) -> String {
    format!("{y:04}-{m:02}")
}

fn add_months(y: i32, m: u32, delta: i64) -> (i32, u32) {
    let total = i64::from(y) * 12 + i64::from(m) - 1 + delta;
    (total.div_euclid(12) as i32, (total.rem_euclid(12) + 1) as u32)
}

/// Finds and resolves the time expressions of a document.
pub fn find(doc: &Doc, date: Option<&PubDate>) -> Vec<TimeExpr> {
    let anchor = Anchor::of(date);
    let n = doc.tokens.len();
    let lower = &doc.lower;
    let mut out: Vec<TimeExpr> = Vec::new();
    let mut tense = rustc_hash::FxHashMap::default();
    let mut i = 0;
    while i < n {
        // `am Vortag`, `Tags darauf`, `am Vorabend`: a day counted from the
        // day named last that fits the tense of its clause, else from the article date.
        if let Some((last, offset)) = day_beside(lower, i) {
            let first = with_preposition(lower, doc, i);
            let sentence = doc.tokens[i].sentence;
            // A day on the right side of the article date for the clause's
            // tense: `war am Vortag in Zürich` does not count from a day to come.
            let fut = points_forward(doc, lower, i, &mut tense);
            let fits = |d: NaiveDate| match anchor {
                Anchor::Day(a) => {
                    let x = d + Duration::days(offset);
                    if fut {
                        x >= a
                    } else {
                        x <= a
                    }
                }
                _ => true,
            };
            // (`Am Vortag des Glarner Empfangs`: the day of the event that noun
            // names, told with its verb (`empfing … gestern`), not the day of a
            // call told in the pluperfect in between.)
            let of_event = of_event_named(lower, last)
                .and_then(|stems| {
                    out.iter().rev().filter(|x| doc.tokens[x.first].sentence <= sentence).find_map(|x| {
                        let y = &doc.sentences[doc.tokens[x.first].sentence];
                        let told = lower[y.first..y.last].iter().any(|w| stems.iter().any(|st| w.starts_with(st)));
                        day_value(x.value.as_deref().filter(|v| v.len() == 10 && told)?)
                    })
                })
                .filter(|&(d, _)| fits(d));
            // (Nor, in a clause told in the past, from a day announced ahead: `Der
            // Verband will am 14. Juni entscheiden. Tags darauf beriet X …`.)
            let named = of_event.or_else(|| {
                let ahead = |k: usize| {
                    let y = &doc.sentences[doc.tokens[k].sentence];
                    !fut && looks_ahead(lower, y.first, y.last)
                };
                days_named_before(&out, doc, sentence, anchor)
                    .find(|&(k, d, _)| fits(d) && !ahead(k))
                    .map(|(_, d, unknown)| (d, unknown))
            });
            let value = match named {
                // (A day of the unknown year of an undated article counts on in it:
                // `am 12. Mai … Tags darauf` is `XXXX-05-13`.)
                Some((d, true)) => Some((d + Duration::days(offset)).format("XXXX-%m-%d").to_string()),
                Some((d, false)) => Some((d + Duration::days(offset)).format("%Y-%m-%d").to_string()),
                None => relative_day(anchor, offset),
            };
            out.push(TimeExpr { first, last, value });
            i = last;
            continue;
        }
        // `Am Mittwoch darauf`: the first such weekday after the day named last.
        if let (Some(wd), "darauf") = (weekday_of(&lower[i]), lower.get(i + 1).map(|w| &**w).unwrap_or("")) {
            // (Not from a day of an unknown year: its weekdays are unknown.)
            let named = days_named_before(&out, doc, doc.tokens[i].sentence, anchor).next();
            if let Some((_, d, false)) = named {
                // (The first such weekday from the day after: `weekday` looking ahead.)
                let value = weekday(wd, Anchor::Day(d + Duration::days(1)), true);
                let first = with_preposition(lower, doc, i);
                out.push(TimeExpr { first, last: i + 2, value });
                i += 2;
                continue;
            }
        }
        // The tense is worked out only for a token that opens an expression.
        let mut fut = || points_forward(doc, lower, i, &mut tense);
        match core(doc, lower, i, anchor, &mut fut) {
            Some((last, value)) => {
                let first = with_preposition(lower, doc, i);
                out.push(TimeExpr { first, last, value });
                i = last;
            }
            None => i += 1,
        }
    }
    out
}

/// The days named so far, the latest first, within 30 sentences before
/// `sentence`. A day long before the article date told in the pluperfect is
/// background (`Das Volk hatte das Abkommen am 7. März 2021 angenommen. Tags
/// darauf …`), and a `seit` day is no day of an event. With each day, whether
/// its year is unknown (`XXXX-05-12`, read as a day of the leap year 2000),
/// and the first token of its expression.
fn days_named_before<'a>(
    out: &'a [TimeExpr],
    doc: &'a Doc,
    sentence: usize,
    anchor: Anchor,
) -> impl Iterator<Item = (usize, NaiveDate, bool)> + 'a {
    let pluperfect = |s: usize| {
        let s = &doc.sentences[s];
        is_pluperfect(&doc.lower, s.first, s.last)
    };
    let start = match anchor {
        Anchor::Day(d) => Some(d - Duration::days(31)),
        Anchor::Month(y, m) => NaiveDate::from_ymd_opt(y, m, 1),
        _ => None,
    };
    out.iter()
        .rev()
        .filter(move |x| doc.tokens[x.first].sentence + 30 >= sentence && &*doc.lower[x.first] != "seit")
        .filter_map(|x| day_value(x.value.as_deref()?).map(|(d, unknown)| (x, d, unknown)))
        // (In an undated article any day told in the pluperfect is background;
        // so is one told as earlier: `hatte sich bereits am 3. November getroffen`.)
        .filter(move |&(x, d, unknown)| {
            let si = doc.tokens[x.first].sentence;
            let y = &doc.sentences[si];
            !((unknown || start.is_some_and(|s| d < s)) && pluperfect(si))
                && !told_as_earlier(&doc.lower, y.first, y.last)
        })
        .map(|(x, d, unknown)| (x.first, d, unknown))
}

/// A day value as a date, and whether its year is unknown (`XXXX-05-12`,
/// read as a day of the leap year 2000).
fn day_value(v: &str) -> Option<(NaiveDate, bool)> {
    match v.strip_prefix("XXXX-") {
        Some(md) => Some((NaiveDate::parse_from_str(&format!("2000-{md}"), "%Y-%m-%d").ok()?, true)),
        None => Some((NaiveDate::parse_from_str(v, "%Y-%m-%d").ok()?, false)),
    }
}

/// Whether tokens `first..last` only look ahead: a future cue and no past
/// form (`Der Verband will am 14. Juni entscheiden`).
pub(crate) fn looks_ahead(lower: &[Cow<str>], first: usize, last: usize) -> bool {
    lower[first..last].iter().any(|w| FUTURE_CUES.contains(&&**w)) && !is_past_clause(lower, first, last)
}

/// The stems of the verbs that tell the event named by a genitive at `i`
/// (`des Empfangs` → `empfing`, `empfangen`; `des Treffens` → `traf`,
/// `getroffen`), over one adjective (`des Glarner Empfangs`).
fn of_event_named(lower: &[Cow<str>], i: usize) -> Option<&'static [&'static str]> {
    let at = |k: usize| lower.get(k).map(|w| &**w).unwrap_or("");
    if !matches!(at(i), "des" | "der") {
        return None;
    }
    const STEMS: &[(&str, &[&str])] = &[
        ("empfang", &["empf"]),
        ("treffen", &["treff", "traf", "getroffen"]),
        ("besuch", &["besuch"]),
        ("gespräch", &["gespräch", "sprach", "gesprochen"]),
        ("gipfel", &["gipfel"]),
        ("konferenz", &["konferenz"]),
    ];
    (i + 1..i + 3).find_map(|k| STEMS.iter().find(|(noun, _)| at(k).starts_with(noun)).map(|(_, stems)| *stems))
}

/// A day told beside another (`Vortag`, `Vorabend`, `Folgetag`, `Tags
/// darauf`, `am Tag zuvor`, `am nächsten Tag`): its end and its offset in days.
fn day_beside(lower: &[Cow<str>], i: usize) -> Option<(usize, i64)> {
    let at = |k: usize| lower.get(k).map(|w| &**w).unwrap_or("");
    match at(i) {
        "vortag" | "vorabend" => Some((i + 1, -1)),
        "folgetag" => Some((i + 1, 1)),
        "tags" | "tag" if at(i + 1) == "darauf" => Some((i + 2, 1)),
        "tags" | "tag" if at(i + 1) == "zuvor" => Some((i + 2, -1)),
        "nächsten" | "folgenden" if at(i + 1) == "tag" && i > 0 && at(i - 1) == "am" => Some((i + 2, 1)),
        _ => None,
    }
}

/// Strong past-tense forms that a dictionary test does not find.
const STRONG_PAST: &[&str] = &[
    "beriet", "berieten", "verhandelte", "verhandelten", "traf", "trafen", "kam", "kamen", "sprach", "sprachen",
    "ging", "gingen", "gab", "gaben", "empfing", "empfingen", "hielt", "hielten", "fand", "fanden", "nahm", "nahmen",
    "rief", "riefen", "wies", "lud", "luden", "stand", "standen", "lag", "lagen", "sah", "sahen", "bat", "baten",
    "bot", "boten", "schrieb", "schrieben", "hob", "blieb", "blieben", "fiel", "fielen", "zog", "zogen", "trug",
    "flog", "flogen", "fuhr", "fuhren", "verließ", "verliess", "beschloss", "beschlossen", "unterschrieb",
    "unterschrieben", "einigten", "verwies", "entschied", "betrug", "begann", "begannen", "griff", "griffen", "saß",
    "saßen", "sass", "sassen", "brach", "brachen", "unterbrach", "unterbrachen", "warf", "warfen", "schlug",
    "schlugen", "trat", "traten", "vertrat", "vertraten", "erhielt", "erhielten", "verlor", "stieg", "stiegen", "sank",
    "lief", "liefen", "schloss", "schlossen", "bestand", "entstand", "gewann", "gewannen", "bekam", "bekamen",
    "erschien", "schien", "hing", "hingen", "wandte", "wandten", "sandte", "aß", "aßen", "assen",
];

/// Words that put a clause in the past.
const PAST_AUXILIARIES: &[&str] = &[
    "hat", "haben", "hatte", "hatten", "habe", "hätte", "hätten", "war", "waren", "wurde", "wurden", "worden", "seit",
    "vergangenen", "vergangene", "letzten", "zuvor",
];

/// Separable prefixes before `ge` in participles (`eingetroffen`, `angekommen`).
/// The article date as a time value, as precise as it is (`2025-03-14`,
/// `2025-03`, `2025`), for events the text tells as current.
pub(crate) fn article_value(date: Option<&PubDate>) -> Option<String> {
    relative_day(Anchor::of(date), 0)
}

/// Whether tokens `first..last` tell something as earlier than the story: in
/// the pluperfect, with `bereits`, `schon`, `zuletzt` or `damals` (`Die beiden
/// hatten sich zuletzt im Februar getroffen`); or where they first met
/// (`Kennengelernt hatten sich die beiden im September 2025`).
pub(crate) fn told_as_earlier(lower: &[Cow<str>], first: usize, last: usize) -> bool {
    (is_pluperfect(lower, first, last)
        && (first..last).any(|j| matches!(&*lower[j], "bereits" | "schon" | "zuletzt" | "damals" | "kennengelernt")))
        // (Also with `sein`: `X und Y waren sich erstmals im September in New York begegnet`;
        // not `Bereits vergangene Woche war X in Tokio mit Y zusammengekommen. Am
        // Nachmittag …`, which goes on from that day.)
        || ((first..last).any(|j| matches!(&*lower[j], "war" | "waren"))
            && (first..last).any(|j| matches!(&*lower[j], "begegnet" | "zusammengekommen" | "zusammengetroffen"))
            && (first..last).any(|j| matches!(&*lower[j], "zuletzt" | "damals" | "erstmals")))
        // (Or remembered: `X erinnerte daran, dass er Ghana im Februar 2024 besucht
        // und damals in Accra mit Y gesprochen habe`.)
        || ((first..last).any(|j| matches!(&*lower[j], "erinnerte" | "erinnert" | "erinnerten"))
            && (first..last).any(|j| &*lower[j] == "damals"))
}

/// Whether tokens `first..last` tell with `sein` where someone already was
/// (`Der Gast war bereits am Vorabend gelandet`, `war am Mittwochabend in
/// Schwechat gelandet`): earlier than the story, but
/// what the next sentence tells may go on from there (`Dort kam er am Abend …`).
pub(crate) fn told_as_arrived(lower: &[Cow<str>], first: usize, last: usize) -> bool {
    lower[first..last].iter().any(|w| matches!(&**w, "war" | "waren"))
        && lower[first..last]
            .iter()
            .any(|w| matches!(&**w, "bereits" | "schon" | "gelandet" | "eingetroffen" | "angekommen" | "angereist"))
}

/// Whether tokens `first..last` are told in the pluperfect (`hatte … getroffen`).
pub(crate) fn is_pluperfect(lower: &[Cow<str>], first: usize, last: usize) -> bool {
    lower[first..last].iter().any(|w| matches!(&**w, "hatte" | "hatten"))
}

/// Whether tokens `first..last` hold a past form (`hatte … getroffen`, `traf`).
pub(crate) fn is_past_clause(lower: &[Cow<str>], first: usize, last: usize) -> bool {
    // (`zuvor` alone says before what, not when.)
    lower[first..last].iter().any(|w| w != "zuvor" && is_past(w))
}

/// Whether tokens `first..last` tell something as current: no past form
/// and no future cue (`hat … telefoniert`, `trifft`, `haben begonnen`).
pub(crate) fn is_current(lower: &[Cow<str>], first: usize, last: usize) -> bool {
    !lower[first..last].iter().any(|w| is_past(w) || FUTURE_CUES.contains(&&**w))
}

const PARTICIPLE_PREFIXES: &[&str] =
    &["", "ein", "an", "ab", "auf", "zu", "zurück", "aus", "vor", "nach", "mit", "weg", "fest", "zusammen", "statt"];

/// Whether a word is a past form: a strong past, a weak past in -te(n)
/// (`sagte`, `reisten`), or a participle after `ist`/`sind`.
pub(crate) fn is_past(w: &str) -> bool {
    if STRONG_PAST.contains(&w) || PAST_AUXILIARIES.contains(&w) {
        return true;
    }
    if not_a_verb(w) {
        return false;
    }
    for ending in ["te", "ten", "ete", "eten"] {
        if let Some(stem) = w.strip_suffix(ending) {
            // (`forderte`, `äußerte`, `handelte`: the infinitive of an -er/-el stem ends in -n.)
            let infinitive = |stem: &str| {
                crate::lexicon::german_word(&format!("{stem}en"))
                    || ((stem.ends_with("er") || stem.ends_with("el"))
                        && crate::lexicon::german_word(&format!("{stem}n")))
            };
            // (The word list lacks some past forms, `besichtigte`: then the
            // infinitive and the form in -t vouch for it.)
            if stem.len() >= 3
                && infinitive(stem)
                && (crate::lexicon::german_word(w) || crate::lexicon::german_word(&format!("{stem}t")))
            {
                return true;
            }
        }
    }
    false
}

/// Whether a word is an infinitive with `zu` inside a separable verb
/// (`teilzunehmen`, `abzuschließen`, `vorzubereiten`, `wiederzusehen`).
pub(crate) fn infix_zu(w: &str) -> bool {
    w.ends_with("en")
        && PARTICIPLE_PREFIXES
            .iter()
            .chain(&["teil", "wieder", "kennen"])
            .filter(|p| !p.is_empty())
            .any(|p| w.strip_prefix(p).and_then(|r| r.strip_prefix("zu")).is_some_and(|r| r.len() >= 4))
}

/// Stems of ordinal adjectives that count rounds and the like (`zweite`, `dritten`).
pub(crate) const ORDINALS: &[&str] = &["zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt"];

/// Whether a word is an ordinal adjective (`zweite`, `dritten`; not `achtköpfige`).
pub(crate) fn is_ordinal(w: &str) -> bool {
    ORDINALS.iter().any(|o| w.strip_prefix(o).is_some_and(|r| matches!(r, "e" | "en")))
}

/// Whether a word that looks like a weak past (`-te`, `-ten`) is another
/// word: an adverb, an ordinal or superlative (`heute`, `zweite`, `letzte`,
/// `meiste`), or a frequent noun (`Kosten`, `Leute`). (A dictionary test
/// for nouns would also take nouns made of participles, `Verletzte`.)
fn not_a_verb(w: &str) -> bool {
    const OTHER: &[&str] = &[
        "heute", "letzte", "beste", "besten", "meiste", "meisten", "breite", "rechte", "rechten", "leute", "kosten",
        "posten", "garten", "karten",
    ];
    OTHER.contains(&w) || is_ordinal(w)
}

/// Whether a word is a past form of a verb of its own, not an auxiliary
/// (`sagte`, `verwies`; not `hatte`, `wurde`).
pub(crate) fn is_past_full_verb(w: &str) -> bool {
    is_past(w) && !PAST_AUXILIARIES.contains(&w)
}

/// Verbs (stems) of agreeing, planning and demanding, whose `zu` infinitive points ahead.
const PLANNING: &[&str] = &[
    "vereinbart", "verabredet", "plant", "planen", "geplant", "beschloss", "beschlossen", "kündigt", "angekündigt",
    "versprach", "versprochen", "einigt", "beabsichtig", "zugesagt",
    // (`Am Ende stand die Vereinbarung, einander am 3. Dezember … zu treffen`.)
    "vereinbarung", "verabredung", "zusage",
    // (What is demanded or urged lies ahead too: `forderte, im Frühjahr … zu sperren`.)
    "forder", "aufgefordert", "verlangt", "drängt", "appellier", "empfahl", "empfiehlt", "mahnt",
];

/// Whether a time at token `i` points forward: its clause (else its
/// sentence) has a future cue, or is in the present tense (news tells past
/// events in the past tense). `seit` always points back.
fn points_forward(
    doc: &Doc,
    lower: &[Cow<str>],
    i: usize,
    cache: &mut rustc_hash::FxHashMap<(usize, usize), Option<bool>>,
) -> bool {
    // The word before, over an article (`für den 2. November`).
    let mut p = i;
    while p > 0 && matches!(&*lower[p - 1], "den" | "dem" | "der" | "das") {
        p -= 1;
    }
    let before = |k: usize| k > 0 && matches!(&*lower[k - 1], "seit" | "vergangenen" | "letzten");
    if before(i) || before(p) {
        return false;
    }
    let ahead = |k: usize| k > 0 && matches!(&*lower[k - 1], "für" | "ab" | "bis" | "kommenden" | "nächsten");
    if ahead(i) || ahead(p) {
        return true;
    }
    let s = &doc.sentences[doc.tokens[i].sentence];
    let boundary = |j: usize| matches!(&*lower[j], "," | ";" | ":" | "–");
    let from = (s.first..i).rev().find(|&j| boundary(j)).map_or(s.first, |j| j + 1);
    let to = (i..s.last).find(|&j| boundary(j)).unwrap_or(s.last);
    // (`Am Donnerstag lud X die beiden nach Chur ein`: a day opening the clause
    // is when the invitation was made, told in the past.)
    if i > 0 && i - 1 == from && &*lower[i - 1] == "am" && (from..to).any(|j| matches!(&*lower[j], "lud" | "luden")) {
        return false;
    }
    // (`whole`: the sentence as a whole, when the time's own clause tells
    // nothing; there `ist … eingeschrieben` in a relative clause is a state,
    // not a perfect that dates the clause of the time.)
    let verdict = |a: usize, b: usize, whole: bool| -> Option<bool> {
        let words = || (a..b).map(|j| &*lower[j]);
        // (`hatte X im Mai eingeladen`: the invitation is past, whatever it asks for.)
        // (And `hat am Montag den Abbau angekündigt`: told in the perfect, past too.)
        let pluperfect = words().any(|w| matches!(w, "hatte" | "hatten" | "hat" | "haben"));
        // (Likewise `hatte im Mai ihren Rückzug angekündigt`: the announcement is past.)
        let invitation = |w: &str| matches!(w, "lud" | "eingeladen" | "geladen" | "einladung" | "angekündigt");
        // (A future adjective before some noun — `um das nächste Sanktionspaket
        // hat sie … telefoniert` — gives way to a past verb; a future verb does not.)
        let adjective = |w: &str| FUTURE_ADJECTIVES.contains(&w);
        // (`lud zu einem Arbeitsessen` with no `ein`: hosted, told in the past.)
        let hosted = |w: &str| w == "lud" && !words().any(|v| v == "ein");
        let weak = |w: &str| adjective(w) || hosted(w) || (pluperfect && invitation(w));
        if words().any(|w| FUTURE_CUES.contains(&w) && !weak(w)) {
            return Some(true);
        }
        if words().any(adjective) && !words().any(is_past) {
            return Some(true);
        }
        // (In the whole sentence, a relative clause is left out: `…, an der
        // 600 Studierende eingeschrieben sind` is a state, not a perfect.)
        let relative = |j: usize| {
            whole
                && (a..j).rev().find(|&k| &*lower[k] == ",").is_some_and(|c| {
                    let w = |k: usize| if k < b { &*lower[k] } else { "" };
                    let pronoun =
                        |k: usize| matches!(w(k), "der" | "die" | "das" | "dem" | "den" | "denen" | "deren" | "dessen");
                    pronoun(c + 1) || (PREPOSITIONS.contains(&w(c + 1)) && pronoun(c + 2))
                })
        };
        let participle = || {
            (a..b).filter(|&j| !relative(j)).map(|j| &*lower[j]).any(|w| {
                (w.ends_with('t') || w.ends_with("en"))
                    && PARTICIPLE_PREFIXES.iter().any(|p| w.len() > p.len() + 4 && w.starts_with(&format!("{p}ge")))
            })
        };
        let auxiliary = (a..b).any(|j| matches!(&*lower[j], "ist" | "sind" | "sei" | "seien") && !relative(j));
        if words().any(is_past) || (auxiliary && participle()) {
            return Some(false);
        }
        None
    };
    // `verabredeten, sich Anfang März … zu treffen`: what was agreed or
    // planned to do lies ahead of the agreement.
    let zu_infinitive =
        (from..to).any(|j| (lower[j] == "zu" && j + 1 < to && lower[j + 1].ends_with("en")) || infix_zu(&lower[j]));
    // (`sagte zu, im Mai … zu reisen`, `erklärte sich bereit, …`: promised.)
    let promised = |j: usize| {
        (lower[j] == "zu" && j > s.first && matches!(&*lower[j - 1], "sagte" | "sagten" | "sagt"))
            || lower[j] == "bereit"
    };
    if zu_infinitive && (s.first..from).any(|j| PLANNING.iter().any(|p| lower[j].starts_with(p)) || promised(j)) {
        return true;
    }
    let mut cached = |a: usize, b: usize| {
        *cache.entry((a, b)).or_insert_with(|| verdict(a, b, a == s.first && b == s.last && (a, b) != (from, to)))
    };
    cached(from, to).or_else(|| cached(s.first, s.last)).unwrap_or(true)
}

/// Extends an expression starting at token `i` back over its preposition
/// (`am`, `seit dem`, `bis zum`, `in der`).
fn with_preposition(lower: &[Cow<str>], doc: &Doc, i: usize) -> usize {
    // (`…, an der derzeit …`: an adverb takes no preposition; that one opens a relative clause.)
    if VAGUE.contains(&&*lower[i]) {
        return i;
    }
    let same = |j: usize| doc.tokens[j].sentence == doc.tokens[i].sentence;
    if i >= 2
        && same(i - 2)
        && matches!(&*lower[i - 1], "dem" | "der" | "den")
        && PREPOSITIONS.contains(&&*lower[i - 2])
    {
        return i - 2;
    }
    if i >= 1 && same(i - 1) && PREPOSITIONS.contains(&&*lower[i - 1]) {
        return i - 1;
    }
    i
}

/// The expression starting at token `i`: its end and value.
fn core(
    doc: &Doc,
    lower: &[Cow<str>],
    i: usize,
    anchor: Anchor,
    fut: &mut dyn FnMut() -> bool,
) -> Option<(usize, Option<String>)> {
    let n = lower.len();
    let w = &*lower[i];
    let at = |k: usize| lower.get(k).map(|w| &**w).unwrap_or("");
    let word = |k: usize| k < n && doc.tokens[k].kind == TokenKind::Word;

    // Numeric dates: `12.07.2025`, `2025-07-12`.
    if doc.tokens[i].kind == TokenKind::Number {
        if let Some(v) = numeric_date(w) {
            return Some((i + 1, Some(v)));
        }
    }

    // `12. Juli 2025`, `12. und 13. Juli`, `3. bis 5. März`.
    if let Some(d) = day_of(w) {
        let mut k = i + 1;
        if matches!(at(k), "und" | "bis" | "-" | "–") && day_of(at(k + 1)).is_some() {
            k += 2;
        }
        if let Some(m) = month_of(at(k)) {
            let year = year_of(at(k + 1));
            let end = if year.is_some() { k + 2 } else { k + 1 };
            return Some((end, day_month(d, m, year, anchor, fut())));
        }
        return None;
    }

    // `Samstag, 12. Juli`, `am Mittwoch und Donnerstag`, `am vergangenen Montag`.
    let (rel, k0) = match relative_of(w) {
        Some(r) if weekday_of(at(i + 1)).is_some() || season_of(at(i + 1)).is_some() => (Some(r), i + 1),
        _ => (None, i),
    };
    if let Some(wd) = weekday_of(at(k0)) {
        let mut end = k0 + 1;
        // A date after the weekday decides.
        let mut k = end;
        if at(k) == "," {
            k += 1;
        }
        if matches!(at(k), "dem" | "den") {
            k += 1;
        }
        if day_of(at(k)).is_some() {
            if let Some((e, v)) = core(doc, lower, k, anchor, fut) {
                return Some((e, v));
            }
        }
        // `am Donnerstag vergangener Woche`, `am Montag dieser Woche`: that day of that week.
        if let (Some(r), "woche") = (relative_of(at(end)), at(end + 1)) {
            let value = match anchor {
                Anchor::Day(a) => {
                    let monday =
                        a - Duration::days(i64::from(a.weekday().num_days_from_monday())) + Duration::days(7 * r);
                    Some((monday + Duration::days(i64::from(wd.num_days_from_monday()))).format("%Y-%m-%d").to_string())
                }
                other => weekday(wd, other, r > 0),
            };
            return Some((end + 2, value));
        }
        if matches!(at(end), "und" | "bis") && weekday_of(at(end + 1)).is_some() {
            end += 2;
        }
        let fut = match rel {
            Some(r) => r > 0,
            None => fut(),
        };
        return Some((end, weekday(wd, anchor, fut)));
    }

    // Seasons: `im Herbst 2024`, `im vergangenen Herbst` (not `ein Winter, in dem …`).
    let indefinite = k0 > 0 && matches!(at(k0 - 1), "ein" | "einen" | "einem" | "eines" | "jeden" | "jeder");
    if let Some(s) = season_of(at(k0)).filter(|_| !indefinite) {
        if let Some(y) = year_of(at(k0 + 1)) {
            // (`im Winter 2026/27`: the winter is named by the year it starts in.)
            let end = if at(k0 + 2) == "/" && at(k0 + 3).len() == 2 && at(k0 + 3).bytes().all(|b| b.is_ascii_digit()) {
                k0 + 4
            } else {
                k0 + 2
            };
            return Some((end, Some(format!("{y:04}-{s}"))));
        }
        // (`2026/27` as one token.)
        if let Some(y) = at(k0 + 1).split_once('/').and_then(|(a, b)| (b.len() == 2).then(|| year_of(a)).flatten()) {
            return Some((k0 + 2, Some(format!("{y:04}-{s}"))));
        }
        let fut = rel.map_or_else(&mut *fut, |r| r > 0);
        let y = match anchor {
            Anchor::None => None,
            Anchor::Year(y) => Some(y),
            _ => anchor.month().map(|(ay, am)| season_year(s, (ay, am), rel, fut)),
        };
        if y.is_none() && anchor == Anchor::None && rel.is_none() {
            return Some((k0 + 1, Some(format!("XXXX-{s}"))));
        }
        return Some((k0 + 1, y.map(|y| format!("{y:04}-{s}"))));
    }

    // `Anfang Dezember`, `Ende 2024`, `Mitte des Monats`, `Ende des Jahres`.
    if matches!(w, "anfang" | "mitte" | "ende") {
        if let Some(m) = month_of(at(i + 1)) {
            let year = year_of(at(i + 2));
            let end = if year.is_some() { i + 3 } else { i + 2 };
            return Some((end, month_value(m, year, anchor, fut())));
        }
        if let Some(y) = year_of(at(i + 1)) {
            return Some((i + 2, Some(format!("{y:04}"))));
        }
        // (Swiss: `Anfang Monat`, `Ende Jahr`, without the article.)
        match at(i + 1) {
            "monat" => return Some((i + 2, anchor.month().map(|(y, m)| fmt_month(y, m)))),
            "jahr" => return Some((i + 2, anchor.year().map(|y| format!("{y:04}")))),
            _ => {}
        }
        if matches!(at(i + 1), "des" | "dieses") {
            match at(i + 2) {
                "monats" => return Some((i + 3, anchor.month().map(|(y, m)| fmt_month(y, m)))),
                "jahres" => {
                    if let Some(y) = year_of(at(i + 3)) {
                        return Some((i + 4, Some(format!("{y:04}"))));
                    }
                    return Some((i + 3, anchor.year().map(|y| format!("{y:04}"))));
                }
                _ => {}
            }
        }
        if matches!(at(i + 1), "der") && at(i + 2) == "woche" {
            return Some((i + 3, week(anchor, 0)));
        }
        if matches!(at(i + 1), "der") && at(i + 3) == "woche" {
            if let Some(r) = relative_of(at(i + 2)) {
                return Some((i + 4, week(anchor, r)));
            }
        }
        return None;
    }

    // `im November`, `November 2024`.
    if let Some(m) = month_of(w) {
        // `Mai` and `März` are also names and words: require a preposition,
        // a year or a capital letter after a lower-case word.
        let year = year_of(at(i + 1));
        let prep = i > 0
            && matches!(
                at(i - 1),
                "im" | "seit" | "bis" | "ab" | "von" | "vom" | "zum" | "anfang" | "ende" | "für" | "mitte"
            );
        if year.is_some() || prep || !matches!(w, "mai" | "märz") {
            // `Jänner des Vorjahres`, `März des kommenden Jahres`.
            // (Also without the article: `im November vergangenen Jahres`.)
            let shift = match (at(i + 1), at(i + 2), at(i + 3)) {
                ("des", "vorjahres", _) => Some((i + 3, -1)),
                ("des", r, "jahres") => relative_of(r).map(|r| (i + 4, r)),
                (r, "jahres", _) => relative_of(r).map(|r| (i + 3, r)),
                _ => None,
            };
            if let (Some((end, r)), Some(y)) = (shift, anchor.year()) {
                return Some((end, Some(fmt_month(y + r as i32, m))));
            }
            let end = if year.is_some() { i + 2 } else { i + 1 };
            return Some((end, month_value(m, year, anchor, fut())));
        }
        return None;
    }

    // `am Wochenende`, `am vergangenen Wochenende`: the weekend before the
    // article date when reported, after it when announced (`2024-W45-WE`).
    if w == "wochenende" {
        return Some((i + 1, weekend(anchor, fut())));
    }
    // `heute`, `gestern`, `morgen`.
    let offset = match w {
        "heute" => Some(0),
        "gestern" => Some(-1),
        "vorgestern" => Some(-2),
        "übermorgen" => Some(2),
        "morgen" if doc.tok(i) == "morgen" && !(i > 0 && matches!(at(i - 1), "von" | "für")) => Some(1),
        // (`Für morgen ist ein Treffen geplant`, `ist für morgen angesetzt`: the day;
        // `die Welt von morgen`, `Technik für morgen` are the future at large.)
        "morgen"
            if doc.tok(i) == "morgen"
                && i > 0
                && at(i - 1) == "für"
                && (doc.sentence_initial(i - 1)
                    || (i + 1 < doc.tokens.len()
                        && doc.tokens[i + 1].kind == crate::segment::TokenKind::Word
                        && doc.tok(i + 1).starts_with(char::is_lowercase))) =>
        {
            Some(1)
        }
        // (`Morgen reist die Präsidentin weiter`: opening the sentence before its
        // verb, the adverb; `der Morgen` has its article.)
        "morgen"
            if doc.sentence_initial(i)
                && i + 1 < doc.tokens.len()
                && doc.tok(i + 1).starts_with(char::is_lowercase)
                && doc.tokens[i + 1].kind == crate::segment::TokenKind::Word =>
        {
            Some(1)
        }
        _ => None,
    };
    if let Some(o) = offset {
        return Some((i + 1, relative_day(anchor, o)));
    }
    if VAGUE.contains(&w) {
        return Some((i + 1, None));
    }
    // `heuer` (this year), `seit Jahresbeginn`, `vor Jahresende`.
    if matches!(w, "heuer" | "jahresbeginn" | "jahresanfang" | "jahresende" | "jahresmitte") {
        return Some((i + 1, anchor.year().map(|y| format!("{y:04}"))));
    }
    // `seit Jahren`, `seit mehr als vier Jahren`, `seit Jahrzehnten`: vague.
    if w == "seit" {
        let mut k = i + 1;
        while matches!(at(k), "mehr" | "als" | "über" | "fast" | "knapp" | "rund" | "vielen" | "einigen" | "wenigen")
            || number_of(at(k)).is_some()
        {
            k += 1;
        }
        if matches!(at(k), "jahren" | "jahrzehnten" | "monaten" | "wochen" | "jahrhunderten" | "tagen" | "einem")
            && k > i + 1
            || matches!(at(i + 1), "jahren" | "jahrzehnten" | "monaten")
        {
            let end = if at(k) == "einem" { k + 2 } else { k + 1 };
            return Some((end, None));
        }
        return None;
    }
    // `in drei Jahren`, `in zwei Wochen`: ahead of the article date.
    if w == "in" {
        if let Some(num) = number_of(at(i + 1)).filter(|_| at(i + 1) != "einer") {
            let v = match at(i + 2) {
                "jahren" => anchor.year().map(|y| format!("{:04}", i64::from(y) + num)),
                "monaten" => relative_month(anchor, num),
                "wochen" => week(anchor, num),
                "tagen" => relative_day(anchor, num),
                _ => return None,
            };
            return Some((i + 3, v));
        }
        // `in den kommenden fünf Jahren`: vague.
        if at(i + 1) == "den"
            && relative_of(at(i + 2)).is_some()
            && number_of(at(i + 3)).is_some()
            && matches!(at(i + 4), "jahren" | "monaten" | "wochen" | "tagen")
        {
            return Some((i + 5, None));
        }
        return None;
    }

    // `vergangene Woche`, `im kommenden Jahr`, `letzten Monat`, `im Vorjahr`.
    if let Some(r) = relative_of(w) {
        let unit = at(i + 1);
        if unit == "wochenende" {
            return Some((i + 2, weekend(anchor, r >= 0)));
        }
        if unit.starts_with("woche") {
            return Some((i + 2, week(anchor, r)));
        }
        if matches!(unit, "monate" | "monaten" | "wochen" | "jahre" | "jahren" | "tage" | "tagen") {
            // `der vergangenen Monate`, `in den kommenden Jahren`: vague.
            return Some((i + 2, None));
        }
        if unit.starts_with("monat") {
            return Some((i + 2, relative_month(anchor, r)));
        }
        if unit.starts_with("geschäftsjahr") {
            return Some((i + 2, None));
        }
        if unit == "jahr" || unit == "jahres" || unit == "jahrs" {
            return Some((i + 2, anchor.year().map(|y| format!("{:04}", i64::from(y) + r))));
        }
        return None;
    }
    match w {
        "vorjahr" | "vorjahres" => return Some((i + 1, anchor.year().map(|y| format!("{:04}", y - 1)))),
        "vorwoche" => return Some((i + 1, week(anchor, -1))),
        "vormonat" | "vormonats" => return Some((i + 1, relative_month(anchor, -1))),
        _ => {}
    }

    // `vor 75 Jahren`, `vor zwei Wochen`.
    if w == "vor" {
        if let Some(num) = number_of(at(i + 1)) {
            let unit = at(i + 2);
            let v = match unit {
                "jahren" | "jahr" => anchor.year().map(|y| format!("{:04}", i64::from(y) - num)),
                "monaten" | "monat" => relative_month(anchor, -num),
                "wochen" | "woche" => week(anchor, -num),
                "tagen" | "tag" => relative_day(anchor, -num),
                _ => return None,
            };
            return Some((i + 3, v));
        }
        return None;
    }

    // `im ersten Quartal 2025`.
    if let Some(q) = match w {
        "ersten" | "erste" => Some(1),
        "zweiten" | "zweite" => Some(2),
        "dritten" | "dritte" => Some(3),
        "vierten" | "vierte" | "letzten" => Some(4),
        _ => None,
    } {
        if at(i + 1).starts_with("quartal") {
            if let Some(y) = year_of(at(i + 2)) {
                return Some((i + 3, Some(format!("{y:04}-Q{q}"))));
            }
            return Some((i + 2, anchor.year().map(|y| format!("{y:04}-Q{q}"))));
        }
        return None;
    }

    // `in den 1990er Jahren`.
    if let Some(dec) = w.strip_suffix("er").filter(|d| d.len() == 4 && d.ends_with('0')).and_then(year_of) {
        if at(i + 1).starts_with("jahre") {
            return Some((i + 2, Some(format!("{:03}X", dec / 10))));
        }
    }
    if let Some((dec, rest)) = w.split_once("er-") {
        if let Some(dec) = year_of(dec).filter(|d| d % 10 == 0 && rest.starts_with("jahre")) {
            return Some((i + 1, Some(format!("{:03}X", dec / 10))));
        }
    }

    // A year: `2024`, `im Jahr 2024`, `seit 2014`.
    if matches!(w, "jahr" | "jahres") {
        if let Some(y) = year_of(at(i + 1)) {
            return Some((i + 2, Some(format!("{y:04}"))));
        }
    }
    if let Some(y) = year_of(w) {
        let before = if i > 0 { at(i - 1) } else { "" };
        let after = at(i + 1);
        // `Agenda 2030`, `Expo 2025`, `Euro 2024`: a year naming something.
        let named = i > 0
            && word(i - 1)
            && doc.tok(i - 1).starts_with(char::is_uppercase)
            && (NAMED_BY_YEAR.contains(&before) || !dossier_text::is_noun_form(doc.tok(i - 1)))
            && !doc.sentence_initial(i - 1)
            && month_of(before).is_none()
            && season_of(before).is_none();
        if NOT_BEFORE_YEAR.contains(&before) || UNITS.contains(&after) || named || at(i + 1) == "%" {
            return None;
        }
        return Some((i + 1, Some(format!("{y:04}"))));
    }
    None
}

fn numeric_date(w: &str) -> Option<String> {
    let (y, m, d) = if let [d, m, y] = w.split('.').collect::<Vec<_>>()[..] {
        (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    } else if let [y, m, d] = w.split('-').collect::<Vec<_>>()[..] {
        (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    } else {
        return None;
    };
    let date = NaiveDate::from_ymd_opt(y, m, d).filter(|_| (1900..=2100).contains(&y))?;
    Some(date.format("%Y-%m-%d").to_string())
}

/// A day of a month, the year from the text or the article date.
fn day_month(d: u32, m: u32, year: Option<i32>, anchor: Anchor, fut: bool) -> Option<String> {
    if let Some(y) = year {
        return NaiveDate::from_ymd_opt(y, m, d).map(|x| x.format("%Y-%m-%d").to_string());
    }
    let y = match anchor {
        Anchor::None => return Some(format!("XXXX-{m:02}-{d:02}")),
        Anchor::Year(y) => y,
        Anchor::Month(ay, am) => nearest_year((ay, am, 0), (m, 0), fut),
        Anchor::Day(a) => nearest_year((a.year(), a.month(), a.day()), (m, d), fut),
    };
    NaiveDate::from_ymd_opt(y, m, d).map(|x| x.format("%Y-%m-%d").to_string())
}

/// A month, the year from the text or the article date.
fn month_value(m: u32, year: Option<i32>, anchor: Anchor, fut: bool) -> Option<String> {
    if let Some(y) = year {
        return Some(fmt_month(y, m));
    }
    let y = match anchor {
        Anchor::None => return Some(format!("XXXX-{m:02}")),
        Anchor::Year(y) => y,
        Anchor::Month(ay, am) => nearest_year((ay, am, 0), (m, 0), fut),
        Anchor::Day(a) => nearest_year((a.year(), a.month(), 0), (m, 0), fut),
    };
    Some(fmt_month(y, m))
}

/// The year that puts (month, day) nearest the anchor (y, m, d): not after it
/// for the past, not before it for the future.
fn nearest_year(anchor: (i32, u32, u32), md: (u32, u32), fut: bool) -> i32 {
    let (ay, am, ad) = anchor;
    let here = (am, ad);
    if fut {
        // (`vom 11. bis 13. Juni` in an article of 13 June: a day a few days
        // back is this year's, not the next.)
        let days_back = md.0 == am && md.1 > 0 && ad >= md.1 && ad - md.1 <= 7;
        if md >= here || days_back {
            ay
        } else {
            ay + 1
        }
    } else if md <= here {
        ay
    } else {
        ay - 1
    }
}

fn weekday(wd: Weekday, anchor: Anchor, fut: bool) -> Option<String> {
    match anchor {
        Anchor::Day(a) => {
            let from = a.weekday().num_days_from_monday() as i64;
            let to = wd.num_days_from_monday() as i64;
            let delta = if fut { (to - from).rem_euclid(7) } else { -(from - to).rem_euclid(7) };
            Some((a + Duration::days(delta)).format("%Y-%m-%d").to_string())
        }
        Anchor::Month(y, m) => Some(fmt_month(y, m)),
        Anchor::Year(y) => Some(format!("{y:04}")),
        Anchor::None => None,
    }
}

/// The weekend before the article date, or after it (`2024-W45-WE`).
fn weekend(anchor: Anchor, fut: bool) -> Option<String> {
    match anchor {
        Anchor::Day(a) => {
            // Days from the last Saturday (0 on a Saturday).
            let since_sat = (i64::from(a.weekday().num_days_from_monday()) - 5).rem_euclid(7);
            let saturday = if fut {
                a + Duration::days((7 - since_sat) % 7)
            } else {
                a - Duration::days(if since_sat == 0 { 7 } else { since_sat })
            };
            Some(saturday.format("%G-W%V-WE").to_string())
        }
        Anchor::Month(y, m) => Some(fmt_month(y, m)),
        Anchor::Year(y) => Some(format!("{y:04}")),
        Anchor::None => None,
    }
}

fn relative_day(anchor: Anchor, offset: i64) -> Option<String> {
    match anchor {
        Anchor::Day(a) => Some((a + Duration::days(offset)).format("%Y-%m-%d").to_string()),
        Anchor::Month(y, m) => Some(fmt_month(y, m)),
        Anchor::Year(y) => Some(format!("{y:04}")),
        Anchor::None => None,
    }
}

fn relative_month(anchor: Anchor, offset: i64) -> Option<String> {
    let (y, m) = anchor.month()?;
    let (y, m) = add_months(y, m, offset);
    Some(fmt_month(y, m))
}

fn week(anchor: Anchor, offset: i64) -> Option<String> {
    match anchor {
        Anchor::Day(a) => {
            let w = (a + Duration::days(7 * offset)).iso_week();
            Some(format!("{:04}-W{:02}", w.year(), w.week()))
        }
        // The week is not known; its month very likely is.
        Anchor::Month(y, m) => Some(fmt_month(y, m)),
        _ => None,
    }
}

/// The year of a season (winter is named by the year it starts in): this
/// one when the anchor is inside it or `rel` is 0; else the last one
/// before the anchor (past) or the next one after it (future).
fn season_year(s: &str, (ay, am): (i32, u32), rel: Option<i64>, fut: bool) -> i32 {
    let (start, end) = match s {
        "SP" => (3, 5),
        "SU" => (6, 8),
        "FA" => (9, 11),
        _ => (12, 14),
    };
    // The winter that started last December covers January and February.
    let (y, m) = if s == "WI" && am <= 2 { (ay - 1, am + 12) } else { (ay, am) };
    let inside = (start..=end).contains(&m);
    match rel {
        Some(0) => y,
        _ if inside && rel.is_none() => y,
        _ if fut => {
            if m <= end && !inside {
                y
            } else {
                y + 1
            }
        }
        _ => {
            if m >= start && !inside {
                y
            } else {
                y - 1
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_only_look_like_a_weak_past() {
        for w in ["heute", "letzte", "zweite", "zweiten", "siebte", "meiste", "kosten", "leute"] {
            assert!(!is_past(w), "{w}");
        }
        for w in ["sagte", "reisten", "besichtigte", "forderte", "traf"] {
            assert!(is_past(w), "{w}");
        }
        // A weekday in a sentence in the present is ahead, `letzte` or not.
        assert_eq!(
            values("Letzte Station der Reise ist am Sonntag Manila.", "2025-03-14"),
            [("am Sonntag".to_string(), Some("2025-03-16".to_string()))]
        );
    }

    fn values(text: &str, date: &str) -> Vec<(String, Option<String>)> {
        let doc = Doc::new(text);
        let date: Option<PubDate> = (!date.is_empty()).then(|| date.parse().unwrap());
        find(&doc, date.as_ref())
            .into_iter()
            .map(|t| (text[doc.tokens[t.first].start..doc.tokens[t.last - 1].end].to_string(), t.value))
            .collect()
    }

    fn v(pairs: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
        pairs.iter().map(|(t, v)| (t.to_string(), v.map(str::to_string))).collect()
    }

    #[test]
    fn weekdays_and_days_resolve_against_a_day() {
        assert_eq!(
            values(
                "Er traf sie am Samstag. Am 12. Juli teilte er mit, man treffe sich am Mittwoch und Donnerstag.",
                "2025-07-14"
            ),
            v(&[
                ("am Samstag", Some("2025-07-12")),
                ("Am 12. Juli", Some("2025-07-12")),
                ("am Mittwoch und Donnerstag", Some("2025-07-09")),
            ])
        );
        assert_eq!(
            values("Das Treffen soll am Freitag stattfinden.", "2025-07-14"),
            v(&[("am Freitag", Some("2025-07-18"))])
        );
    }

    #[test]
    fn month_precision_goes_as_far_as_it_honestly_can() {
        assert_eq!(
            values("Am Mittwoch reiste er ab. Am 13. September war er in Moskau.", "2023-10"),
            v(&[("Am Mittwoch", Some("2023-10")), ("Am 13. September", Some("2023-09-13"))])
        );
        assert_eq!(
            values("Am Samstag traf er sie. Am 12. Juli sprach er.", ""),
            v(&[("Am Samstag", None), ("Am 12. Juli", Some("XXXX-07-12"))])
        );
    }

    #[test]
    fn an_announcement_told_in_the_pluperfect_is_past_what_it_announces_ahead() {
        assert_eq!(
            values(
                "Sie hatte im Mai ihren Rückzug angekündigt. Er hatte angekündigt, im Herbst am Gipfel teilzunehmen.",
                "2025-06"
            ),
            v(&[("im Mai", Some("2025-05")), ("im Herbst", Some("2025-FA"))])
        );
    }

    #[test]
    fn a_weekday_of_a_week_named_relative_to_the_article() {
        assert_eq!(
            values(
                "Am Donnerstag vergangener Woche telefonierten sie. Am Montag nächster Woche reist er.",
                "2026-03-18"
            ),
            v(&[
                ("Am Donnerstag vergangener Woche", Some("2026-03-12")),
                ("Am Montag nächster Woche", Some("2026-03-23"))
            ])
        );
    }

    #[test]
    fn a_weekday_after_the_day_named_last() {
        assert_eq!(
            values(
                "Am Montag vergangener Woche begannen die Gespräche. Am Mittwoch darauf berieten sie.",
                "2027-10-22"
            ),
            v(&[("Am Montag vergangener Woche", Some("2027-10-11")), ("Am Mittwoch darauf", Some("2027-10-13"))])
        );
    }

    #[test]
    fn swiss_parts_of_the_month_and_year_without_article() {
        assert_eq!(
            values("Sie trafen sich Anfang Monat. Der Vertrag gilt bis Ende Jahr.", "2025-09-23"),
            v(&[("Anfang Monat", Some("2025-09")), ("bis Ende Jahr", Some("2025"))])
        );
    }

    #[test]
    fn seasons_years_and_relative_periods() {
        assert_eq!(
            values(
                "Das erste Treffen fand im Herbst 2024 statt, vor 75 Jahren war alles anders. Vergangene Woche und im vergangenen Jahr auch; seit 2014 gilt das Abkommen.",
                "2025-07-14"
            ),
            v(&[
                ("im Herbst 2024", Some("2024-FA")),
                ("vor 75 Jahren", Some("1950")),
                ("Vergangene Woche", Some("2025-W28")),
                ("im vergangenen Jahr", Some("2024")),
                ("seit 2014", Some("2014")),
            ])
        );
        assert_eq!(
            values("Anfang Dezember soll er kommen; im November war er da. Bis Ende des Monats und im ersten Quartal 2026.", "2025-11-20"),
            v(&[
                ("Anfang Dezember", Some("2025-12")),
                ("im November", Some("2025-11")),
                ("Bis Ende des Monats", Some("2025-11")),
                ("im ersten Quartal 2026", Some("2026-Q1")),
            ])
        );
    }

    #[test]
    fn what_was_agreed_to_do_lies_ahead() {
        assert_eq!(
            values("Die Minister verabredeten, sich Anfang März in Brüssel erneut zu treffen. Im Januar trafen sie sich in Rom.", "2025-02-27"),
            v(&[("Anfang März", Some("2025-03")), ("Im Januar", Some("2025-01"))])
        );
    }

    #[test]
    fn quantities_and_names_are_not_years() {
        assert_eq!(values("Rund 2000 Menschen kamen, die Agenda 2030 gilt, 1,5 Mio. Euro.", "2025-01-01"), v(&[]));
        assert_eq!(values("Er wird 2026 nach Wien reisen.", "2025-01-01"), v(&[("2026", Some("2026"))]));
    }
}
