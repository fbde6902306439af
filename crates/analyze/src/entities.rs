//! Entity recognition: persons, places, organisations and demonyms.
//!
//! German capitalises every noun, so a capital letter says little. A word is
//! taken as (part of) a name when it is capitalised and *not* a common noun
//! (noun lexicon, with inflections and compounds), and then typed by
//! evidence: gazetteers (places, countries, organisations), first names,
//! East Asian family names, a preceding role noun (`Außenminister Lawrow`), a
//! title, or a locative preposition (`in Wŏnsan`). Once a person is known by
//! full name, the surname alone and its genitive (`Lawrows`) are that person
//! everywhere in the article.

use crate::lexicon::{key, Gender, Lexicon};
use crate::segment::TokenKind;
use crate::{Doc, Entity, EntityType, Mention, MentionKind};
use rustc_hash::FxHashMap as HashMap;

/// An entity while the analysis runs.
#[derive(Debug, Clone)]
pub struct Ent {
    /// Type.
    pub kind: EntityType,
    /// Canonical name.
    pub name: String,
    /// Country (ISO code).
    pub country: Option<String>,
    /// Gender (persons).
    pub gender: Gender,
    /// Roles as written with their country (`Außenminister (Russland)`).
    pub roles: Vec<String>,
    /// Folded role heads (`minister`, `amtskollege`).
    pub role_heads: Vec<String>,
}

/// A mention while the analysis runs: entity index and token range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Men {
    /// Entity index.
    pub ent: usize,
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// Kind.
    pub kind: MentionKind,
}

/// Entities and mentions found so far.
#[derive(Debug, Default)]
pub struct Found {
    /// Entities.
    pub ents: Vec<Ent>,
    /// Mentions.
    pub mentions: Vec<Men>,
    by_key: HashMap<(EntityType, String), usize>,
}

impl Found {
    /// The entity of a type and canonical name, created when new.
    pub fn entity(&mut self, kind: EntityType, name: &str, country: Option<String>) -> usize {
        let k = (kind, key(name));
        if let Some(&i) = self.by_key.get(&k) {
            if self.ents[i].country.is_none() {
                self.ents[i].country = country;
            }
            return i;
        }
        self.ents.push(Ent {
            kind,
            name: name.to_string(),
            country,
            gender: Gender::Unknown,
            roles: vec![],
            role_heads: vec![],
        });
        self.by_key.insert(k, self.ents.len() - 1);
        self.ents.len() - 1
    }

    /// Adds a mention.
    pub fn mention(&mut self, ent: usize, first: usize, last: usize, kind: MentionKind) {
        self.mentions.push(Men { ent, first, last, kind });
    }

    /// The final entities, numbered by first mention, with char spans.
    pub fn into_entities(mut self, doc: &Doc) -> Vec<Entity> {
        self.mentions.sort_by_key(|m| (m.first, m.last));
        self.mentions.dedup_by_key(|m| (m.first, m.last));
        let mut order: Vec<usize> = Vec::new();
        for m in &self.mentions {
            if !order.contains(&m.ent) {
                order.push(m.ent);
            }
        }
        let lex = Lexicon::get();
        order
            .iter()
            .enumerate()
            .map(|(n, &e)| {
                let ent = &self.ents[e];
                let mentions = self
                    .mentions
                    .iter()
                    .filter(|m| m.ent == e)
                    .map(|m| {
                        let (b0, b1) = (doc.tokens[m.first].start, doc.tokens[m.last - 1].end);
                        Mention {
                            start: doc.char_at(b0),
                            end: doc.char_at(b1),
                            text: doc.text[b0..b1].to_string(),
                            kind: m.kind,
                        }
                    })
                    .collect();
                Entity {
                    id: format!("e{}", n + 1),
                    kind: ent.kind,
                    name: ent.name.clone(),
                    roles: ent.roles.clone(),
                    country: ent.country.as_ref().and_then(|iso| lex.countries.get(iso)).map(|c| c.name.clone()),
                    mentions,
                }
            })
            .collect()
    }
}

/// Words that start sentences or follow names and are never names themselves.
const NOT_NAMES: &[&str] = &[
    "Der",
    "Die",
    "Das",
    "Den",
    "Dem",
    "Des",
    "Ein",
    "Eine",
    "Einer",
    "Einen",
    "Einem",
    "Er",
    "Sie",
    "Es",
    "Wir",
    "Ich",
    "Ihr",
    "Man",
    "Dies",
    "Diese",
    "Dieser",
    "Dieses",
    "Diesem",
    "Diesen",
    "Damit",
    "Dabei",
    "Danach",
    "Dann",
    "Daher",
    "Darüber",
    "Doch",
    "Aber",
    "Auch",
    "Zudem",
    "Außerdem",
    "Später",
    "Zuvor",
    "Zuletzt",
    "Zugleich",
    "Bereits",
    "Nach",
    "Am",
    "Im",
    "In",
    "Auf",
    "Mit",
    "Bei",
    "Laut",
    "Seit",
    "Während",
    "Wie",
    "Als",
    "Wenn",
    "Obwohl",
    "Zwar",
    "So",
    "Somit",
    "Deshalb",
    "Dennoch",
    "Trotzdem",
    "Unterdessen",
    "Inzwischen",
    "Demnach",
    "Hier",
    "Dort",
    "Heute",
    "Gestern",
    "Morgen",
    "Jetzt",
    "Nun",
    "Noch",
    "Schon",
    "Sein",
    "Seine",
    "Seiner",
    "Seinem",
    "Seinen",
    "Ihre",
    "Ihrer",
    "Ihrem",
    "Ihren",
    "Unser",
    "Unsere",
    "Zum",
    "Zur",
    "Vom",
    "Beim",
    "Für",
    "Von",
    "Aus",
    "Über",
    "Unter",
    "Durch",
    "Ohne",
    "Gegen",
    "Um",
    "Bis",
    "Vor",
    "Hinter",
    "Neben",
    "Zwischen",
    "Was",
    "Wer",
    "Wo",
    "Warum",
    "Welche",
    "Welcher",
    "Ob",
    "Und",
    "Oder",
    "Sowie",
    "Alle",
    "Viele",
    "Einige",
    "Beide",
    "Jeder",
    "Jede",
    "Kein",
    "Keine",
    "Mehr",
    "Weniger",
    "Nicht",
    "Nur",
    "Allerdings",
    "Immerhin",
    "Vielmehr",
    "Stattdessen",
    "Ebenso",
    "Ebenfalls",
    "Insgesamt",
    "Zunächst",
    "Anschließend",
    "Schließlich",
    "Letztlich",
    "Offenbar",
    "Wohl",
    "Wie",
    "Montag",
    "Dienstag",
    "Mittwoch",
    "Donnerstag",
    "Freitag",
    "Samstag",
    "Sonnabend",
    "Sonntag",
    "Januar",
    "Jänner",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
    "Herr",
    "Frau",
    "Dr",
    "Prof",
    "Quelle",
    "Mehr",
    "Thema",
    "Ja",
    "Nein",
    "Bitte",
    "Danke",
    "Genosse",
    "Genossin",
    "Präsident",
];

/// Prepositions after which an unknown capitalised word is a place.
const LOCATIVE: &[&str] = &["in", "nach", "aus", "bei", "im", "In", "Nach", "Aus", "Bei"];

/// Titles before a name.
const TITLES: &[&str] =
    &["Dr.", "Prof.", "Herr", "Herrn", "Frau", "Genosse", "Genossin", "Sir", "Lady", "Mr.", "Mrs.", "Ms."];

/// Name particles inside names (`Khalid al-Mansouri` needs none; `Ursula von der …`).
const PARTICLES: &[&str] =
    &["von", "van", "de", "da", "di", "der", "den", "ter", "bin", "ibn", "al", "el", "le", "la", "dos", "du"];

/// Legal forms and heads after which a name is an organisation.
const ORG_SUFFIXES: &[&str] =
    &["AG", "GmbH", "SE", "KG", "Inc.", "Ltd.", "Group", "Holding", "Corporation", "Corp.", "Co."];

/// Heads of compounds that name organisation kinds (`Chemiekonzern`).
const ORG_KIND_HEADS: &[&str] = &[
    "konzern",
    "unternehmen",
    "hersteller",
    "firma",
    "werft",
    "bank",
    "versicherer",
    "gruppe",
    "verband",
    "partei",
    "agentur",
    "sender",
    "zeitung",
    "club",
    "verein",
];

struct Tok<'a> {
    text: &'a str,
    word: bool,
    cap: bool,
    initial: bool,
}

/// Strips a genitive `s` when the rest is known (`Russlands` → `Russland`).
fn degenitive<'a>(word: &'a str, known: impl Fn(&str) -> bool) -> Option<&'a str> {
    if known(word) {
        return Some(word);
    }
    for suffix in ["s", "es", "'", "’"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if stem.chars().count() >= 3 && known(stem) {
                return Some(stem);
            }
        }
    }
    None
}

/// Recognises entities and their name and demonym mentions.
pub fn recognise(doc: &Doc) -> Found {
    let lex = Lexicon::get();
    let n = doc.tokens.len();
    let toks: Vec<Tok> = (0..n)
        .map(|i| {
            let text = doc.tok(i);
            let word = doc.tokens[i].kind == TokenKind::Word;
            Tok { text, word, cap: word && text.starts_with(char::is_uppercase), initial: doc.sentence_initial(i) }
        })
        .collect();
    let mut claimed = vec![false; n];
    let mut found = Found::default();
    // Capitalised words that are no common noun: name material.
    let proper: Vec<bool> = toks
        .iter()
        .map(|t| {
            t.cap
                && !NOT_NAMES.contains(&t.text)
                && (!lex.is_common_noun(t.text) || lex.first_names.contains_key(t.text))
        })
        .collect();

    // 1. Multi-word gazetteer names, longest first.
    let mut i = 0;
    while i < n {
        if let Some(cands) = lex.multi.get(toks[i].text) {
            let mut matched = None;
            for words in cands {
                let mut j = i;
                let mut ok = true;
                for w in words {
                    if j < n && toks[j].text == w.as_str() {
                        j += 1;
                    } else {
                        ok = false;
                        break;
                    }
                }
                if ok {
                    matched = Some((j, words.join(" ")));
                    break;
                }
            }
            if let Some((j, surface)) = matched {
                if let Some(e) = typed_entity(&mut found, lex, &surface) {
                    found.mention(e, i, j, MentionKind::Name);
                    claimed[i..j].iter_mut().for_each(|c| *c = true);
                    i = j;
                    continue;
                }
            }
        }
        i += 1;
    }

    // 2. Persons: runs of name material with evidence.
    let mut i = 0;
    while i < n {
        if claimed[i] || !proper[i] || !toks[i].word {
            i += 1;
            continue;
        }
        // The run: name words, particles inside.
        let mut j = i + 1;
        while j < n && !claimed[j] {
            if toks[j].word && proper[j] && toks[j].cap {
                j += 1;
            } else if PARTICLES.contains(&toks[j].text) && j + 1 < n && proper[j + 1] && j > i {
                j += 1;
            } else {
                break;
            }
        }
        let words: Vec<&str> = toks[i..j].iter().map(|t| t.text).collect();
        let first_is_first_name = lex.first_names.contains_key(words[0]);
        let east_asian = lex.east_asian.contains(words[0]) && words.len() >= 2;
        let prev = if i > 0 { toks[i - 1].text } else { "" };
        let after_role = i > 0 && toks[i - 1].word && lex.role_of(prev).is_some() && !proper[i - 1];
        let after_title = TITLES.contains(&prev);
        let gazetteer_single = words.len() == 1 && is_place_or_org(lex, words[0]);
        let is_person = (words.len() >= 2 && (first_is_first_name || east_asian || after_role || after_title))
            || (words.len() == 1 && (after_role || after_title) && !gazetteer_single);
        if is_person {
            let name = words.join(" ");
            let e = found.entity(EntityType::Person, &name, None);
            if first_is_first_name {
                found.ents[e].gender = lex.first_names[words[0]];
            }
            found.mention(e, i, j, MentionKind::Name);
            claimed[i..j].iter_mut().for_each(|c| *c = true);
            i = j;
            continue;
        }
        i += 1;
    }

    // 3. Single words: organisations, countries, places (gazetteers).
    for i in 0..n {
        if claimed[i] || !toks[i].cap {
            continue;
        }
        let w = toks[i].text;
        if let Some(base) = degenitive(w, |s| lex.organizations.contains_key(s)) {
            if !lex.ambiguous_org(base)
                || (!toks[i].initial && i > 0 && matches!(toks[i - 1].text, "die" | "der" | "den" | "des"))
            {
                let e = found.entity(EntityType::Organization, &lex.organizations[base], None);
                found.mention(e, i, i + 1, MentionKind::Name);
                claimed[i] = true;
                continue;
            }
        }
        if let Some(base) = degenitive(w, |s| lex.places.contains_key(s)) {
            let place = &lex.places[base];
            let located = i > 0 && LOCATIVE.contains(&toks[i - 1].text);
            if !place.ambiguous || located {
                if let Some(e) = typed_entity(&mut found, lex, base) {
                    found.mention(e, i, i + 1, MentionKind::Name);
                    claimed[i] = true;
                    continue;
                }
            }
        }
        if let Some(iso) = lex.country_people.get(w) {
            if let Some(c) = lex.countries.get(iso) {
                let e = found.entity(EntityType::Place, &c.name, Some(iso.clone()));
                found.mention(e, i, i + 1, MentionKind::Demonym);
                claimed[i] = true;
                continue;
            }
        }
        // Acronyms not in any list: organisations (AFP, KNA).
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.len() >= 2
            && letters.len() <= 6
            && letters.iter().all(|c| c.is_uppercase())
            && !NOT_NAMES.contains(&w)
        {
            let e = found.entity(EntityType::Organization, w, None);
            found.mention(e, i, i + 1, MentionKind::Name);
            claimed[i] = true;
        }
    }

    // 4. Document-level propagation: surnames, genitives and first names of known persons.
    let mut surnames: HashMap<String, usize> = HashMap::default();
    for (e, ent) in found.ents.iter().enumerate() {
        if ent.kind == EntityType::Person {
            let parts: Vec<&str> = ent.name.split(' ').collect();
            let surname =
                if lex.east_asian.contains(parts[0]) && parts.len() >= 2 { parts[0] } else { parts[parts.len() - 1] };
            // Two persons with one surname: the bare surname is ambiguous.
            match surnames.get(surname) {
                Some(&other) if other != e => {
                    surnames.insert(surname.to_string(), usize::MAX);
                }
                _ => {
                    surnames.insert(surname.to_string(), e);
                }
            }
            surnames.entry(ent.name.clone()).or_insert(e);
        }
    }
    for i in 0..n {
        if claimed[i] || !proper[i] {
            continue;
        }
        if let Some(base) = degenitive(toks[i].text, |s| surnames.get(s).is_some_and(|&e| e != usize::MAX)) {
            let e = surnames[base];
            found.mention(e, i, i + 1, MentionKind::Name);
            claimed[i] = true;
        }
    }

    // 5. Unknown names after a locative preposition are places (`in Wŏnsan`).
    for i in 1..n {
        if !claimed[i] && proper[i] && !toks[i].initial && LOCATIVE.contains(&toks[i - 1].text) {
            let mut j = i + 1;
            while j < n && !claimed[j] && proper[j] {
                j += 1;
            }
            let name: Vec<&str> = toks[i..j].iter().map(|t| t.text).collect();
            let e = found.entity(EntityType::Place, &name.join(" "), None);
            found.mention(e, i, j, MentionKind::Name);
            claimed[i..j].iter_mut().for_each(|c| *c = true);
        }
    }

    // 6. Organisations by pattern: `Mainfeld Chemie AG`, `der Chemiekonzern Mainfeld`.
    for i in 0..n {
        if claimed[i] || !proper[i] {
            continue;
        }
        let mut j = i + 1;
        while j < n && !claimed[j] && toks[j].cap {
            j += 1;
        }
        let before_kind = i > 0 && ORG_KIND_HEADS.iter().any(|h| key(toks[i - 1].text).ends_with(h));
        let has_suffix = toks[i + 1..j].iter().any(|t| ORG_SUFFIXES.contains(&t.text));
        if before_kind || has_suffix {
            let name: Vec<&str> = toks[i..j].iter().map(|t| t.text).collect();
            let e = found.entity(EntityType::Organization, &name.join(" "), None);
            found.mention(e, i, j, MentionKind::Name);
            claimed[i..j].iter_mut().for_each(|c| *c = true);
        }
    }

    // 7. Country adjectives (`russische`) and named ministries of a country.
    for i in 0..n {
        if claimed[i] || !toks[i].word || toks[i].cap && !toks[i].initial {
            continue;
        }
        if let Some(iso) = lex.country_of_adjective(toks[i].text) {
            let Some(c) = lex.countries.get(iso) else { continue };
            let e = found.entity(EntityType::Place, &c.name, Some(iso.to_string()));
            found.mention(e, i, i + 1, MentionKind::Demonym);
            claimed[i] = true;
            // `das russische Außenministerium` names an organisation.
            if i + 1 < n && key(toks[i + 1].text).ends_with("ministerium") {
                let adj = toks[i].text;
                let stem = adj.trim_end_matches(|c| matches!(c, 'e' | 'n' | 's' | 'r' | 'm'));
                let mut name = String::new();
                let mut cs = stem.chars();
                if let Some(f) = cs.next() {
                    name.extend(f.to_uppercase());
                    name.push_str(cs.as_str());
                }
                let head = toks[i + 1].text.trim_end_matches('s');
                let org = found.entity(EntityType::Organization, &format!("{name}es {head}"), Some(iso.to_string()));
                found.mention(org, i + 1, i + 2, MentionKind::Name);
                claimed[i + 1] = true;
            }
        }
    }
    found
}

fn is_place_or_org(lex: &Lexicon, w: &str) -> bool {
    degenitive(w, |s| lex.places.contains_key(s) || lex.organizations.contains_key(s)).is_some()
}

/// The entity a gazetteer surface form names (country, region, city or organisation).
fn typed_entity(found: &mut Found, lex: &Lexicon, surface: &str) -> Option<usize> {
    if let Some(canonical) = lex.organizations.get(surface) {
        return Some(found.entity(EntityType::Organization, canonical, None));
    }
    if let Some(iso) = lex.country_alias.get(surface) {
        let name = lex.countries.get(iso).map_or(surface, |c| c.name.as_str()).to_string();
        return Some(found.entity(EntityType::Place, &name, Some(iso.clone())));
    }
    if let Some(p) = lex.places.get(surface) {
        let name = lex.region_canonical.get(surface).map_or(surface, String::as_str).to_string();
        let country = Some(p.country.clone()).filter(|c| !c.is_empty());
        return Some(found.entity(EntityType::Place, &name, country));
    }
    None
}
