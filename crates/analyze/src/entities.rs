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

use crate::lexicon::{common_noun, key, national_name, Gender, Lexicon};
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
    /// Mentions by the first part of a hyphenated compound: entity, token, byte length.
    pub prefix_mentions: Vec<(usize, usize, usize)>,
    /// What could not be settled.
    pub diagnostics: Vec<crate::Diagnostic>,
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

    /// The final entities, numbered by first mention, with char spans, and
    /// the id (`e1`) of each entity index that has a mention.
    pub fn into_entities(mut self, doc: &Doc) -> (Vec<Entity>, HashMap<usize, String>) {
        self.mentions.sort_by_key(|m| (m.first, m.last));
        self.mentions.dedup_by_key(|m| (m.first, m.last));
        self.prefix_mentions.sort();
        self.prefix_mentions.dedup();
        // Spans in bytes: whole-token mentions and compound prefixes.
        let mut spans: Vec<(usize, usize, usize, MentionKind)> = self
            .mentions
            .iter()
            .map(|m| (m.ent, doc.tokens[m.first].start, doc.tokens[m.last - 1].end, m.kind))
            .collect();
        for &(e, t, len) in &self.prefix_mentions {
            let start = doc.tokens[t].start;
            spans.push((e, start, start + len, MentionKind::Name));
        }
        spans.sort_by_key(|s| (s.1, s.2));
        let mut order: Vec<usize> = Vec::new();
        for s in &spans {
            if !order.contains(&s.0) {
                order.push(s.0);
            }
        }
        let lex = Lexicon::get();
        let ids = order.iter().enumerate().map(|(n, &e)| (e, format!("e{}", n + 1))).collect();
        let entities = order
            .iter()
            .enumerate()
            .map(|(n, &e)| {
                let ent = &self.ents[e];
                let mentions = spans
                    .iter()
                    .filter(|s| s.0 == e)
                    .map(|&(_, b0, b1, kind)| Mention {
                        start: doc.char_at(b0),
                        end: doc.char_at(b1),
                        text: doc.text[b0..b1].to_string(),
                        kind,
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
            .collect();
        (entities, ids)
    }
}

/// Capitalised words that are never names, besides the sentence starters of
/// `dossier_text::german`.
const NOT_NAMES: &[&str] = &[
    "Sie", "So", "Hier", "Heute", "Gestern", "Morgen", "Noch", "Schon", "Seiner", "Seinem", "Seinen", "Ihrer", "Ihrem",
    "Ihren", "Vor", "Hinter", "Zwischen", "Und", "Oder", "Sowie", "Alle", "Jeder", "Jede", "Kein", "Keine", "Mehr",
    "Weniger", "Nicht", "Nur", "Ebenso", "Ebenfalls", "Insgesamt", "Zunächst", "Anschließend", "Schließlich",
    "Letztlich", "Offenbar", "Wohl", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend",
    "Sonntag", "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
    "November", "Dezember", "Herr", "Frau", "Dr", "Prof", "Quelle", "Thema", "Ja", "Nein", "Bitte", "Danke", "Genosse",
    "Genossin", "Präsident",
];

/// Whether a capitalised word is never a name: a sentence starter or one of [`NOT_NAMES`].
fn not_name(w: &str) -> bool {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| NOT_NAMES.iter().chain(dossier_text::german::SENTENCE_STARTERS).copied().collect()).contains(w)
}

/// Heads of nouns for a town or region before its name (`Partnerstadt`,
/// `Marktgemeinde`, `Provinz`).
const TOWN_NOUNS: &[&str] = &["stadt", "gemeinde", "dorf", "kommune", "region", "provinz"];

/// Endings of German and Swiss town names (`Bitburg`, `Regensdorf`,
/// `Weinfelden`, `Wädenswil`): a compound with one of them is a
/// town's name rather than a noun when the dictionary lacks it.
const TOWN_ENDINGS: &[&str] = &[
    "heim", "dorf", "burg", "berg", "hausen", "feld", "felden", "bach", "ingen", "wil", "ikon", "brück", "brücken",
    "furt", "hofen", "kirchen", "weiler", "rode", "leben", "stedt", "stetten", "hagen", "büttel", "stadt",
];

/// Prepositions after which an unknown capitalised word is a place.
const LOCATIVE: &[&str] = &["in", "nach", "aus", "bei", "im", "In", "Nach", "Aus", "Bei"];

/// Titles before a name.
const TITLES: &[&str] =
    &["Dr.", "Prof.", "Herr", "Herrn", "Frau", "Genosse", "Genossin", "Sir", "Lady", "Mr.", "Mrs.", "Ms."];

/// Name particles inside names (`Khalid al-Mansouri` needs none; `Ursula von der …`).
const PARTICLES: &[&str] = &[
    "von", "van", "de", "da", "di", "das", "dos", "do", "ter", "bin", "bint", "ibn", "al", "el", "le", "la", "du",
    "del",
];

/// Vietnamese family names: middle names follow (`Nguyen Van Thanh`).
/// (With and without their diacritics: `Lê Thị Hồng Nhung`, `Le Thi Hong`.)
const VIETNAMESE: &[&str] = &[
    "Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Vo", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Huynh", "Phan",
    "Dinh", "Truong", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
    "Huỳnh", "Đinh", "Trương",
];

/// Legal forms and heads after which a name is an organisation.
const ORG_SUFFIXES: &[&str] =
    &["AG", "GmbH", "SE", "KG", "Inc.", "Ltd.", "Group", "Holding", "Corporation", "Corp.", "Co."];

/// Capitalised abbreviations that are things, not organisations.
const NOT_ORG_ACRONYMS: &[&str] = &[
    "LNG", "BIP", "KI", "IT", "EDV", "PKW", "LKW", "USB", "GPS", "TV", "PR", "CEO", "CFO", "CTO", "DNA", "PCR", "SUV",
    "MW", "GW", "TWH", "KW", "PS", "EUR", "USD", "CHF", "OK", "FAQ", "PDF", "SMS", "HIV", "AIDS", "UV", "ASA", "PLC",
    "LLC", "NV", "SA", "SPA", "AB", "OY", "AS", "BV", "GMBH", "AG", "SE", "KG", "OHG", "EV", "UKW", "WLAN", "KMU",
    "MRT", "ICE", "IC", "EC", "ÖPNV", "ÖBB", "DB", "VR",
];

/// Institutions named by a country adjective and a head noun
/// (`das russische Außenministerium`, `die französische Regierung`), with
/// the ending the adjective takes before the head (neuter, feminine,
/// masculine).
const NATIONAL_HEADS: &[(&str, &str)] = &[
    ("ministerium", "es"),
    ("parlament", "es"),
    ("präsidialamt", "es"),
    ("außenamt", "es"),
    ("kabinett", "es"),
    ("regierung", "e"),
    ("botschaft", "e"),
    ("armee", "e"),
    ("marine", "e"),
    ("luftwaffe", "e"),
    ("polizei", "e"),
    ("zentralbank", "e"),
    ("staatsanwaltschaft", "e"),
    ("zollverwaltung", "e"),
    ("zollbehörde", "e"),
    ("statistikbehörde", "e"),
    ("wettbewerbsbehörde", "e"),
    ("atomaufsicht", "e"),
    ("rat", "er"),
    ("zolldienst", "er"),
    ("nachrichtendienst", "er"),
    ("senat", "er"),
    ("geheimdienst", "er"),
    ("generalstab", "er"),
    ("sender", "er"),
];

/// Heads of single-word organisation names (`Bundesverwaltungsgericht`,
/// `Wirtschaftskammer`, `Linksfraktion`), folded as [`key`] folds.
const ORG_COMPOUND_HEADS: &[&str] = &[
    "gericht", "gerichtshof", "kammer", "fraktion", "verband", "ministerium", "behorde", "agentur", "stiftung",
    "institut", "universitat", "hochschule", "sekretariat", "kommission", "parlament", "konzern", "rat", "landtag",
    "senat", "kanzlei", "kanzleramt", "prasidialamt", "amt",
];

/// Openers after which a group's name may be made of ordinary words (`Bürgerinitiative Gegenwind`).
const COINING_OPENERS: &[&str] = &[
    "Bürgerinitiative", "Initiative", "Aktionsbündnis", "Bündnis", "Plattform", "Netzwerk", "Koalition", "Aktion",
    "Allianz", "Kampagne",
];

/// Words that open an organisation name followed by a proper name (`Universität Bremen`).
const ORG_OPENERS: &[&str] = &[
    "Universität", "Institut", "Stiftung", "Hochschule", "Akademie", "Bank", "Verband", "Aktionsbündnis", "Bündnis",
    "Partei", "Gruppe", "Klinikum", "Museum", "Theater", "Orchester", "Verein", "Radio", "Verlag", "Fernsehsender",
    "Allianz", "Bürgerinitiative", "Initiative", "Plattform", "Netzwerk", "Koalition", "Aktion", "Kampagne",
];

/// Whether a word ends in one of the heads of [`kind_heads`] (`Metallbauer`,
/// `Optikfirma`), people's trades included.
fn has_kind_head(w: &str) -> bool {
    let k = key(w);
    kind_heads().iter().any(|(h, _)| k.ends_with(h.as_str()))
}

/// Whether a word names a kind of organisation (`Energieversorger`, `Betreibergesellschaft`).
fn is_kind_noun(w: &str) -> bool {
    let k = key(w);
    common_noun(w) || kind_heads().iter().any(|(h, _)| k.ends_with(h.as_str()))
}

/// The heads of [`ORG_KIND_HEADS`] and [`MORE_KIND_HEADS`] as `key` folds
/// them (`bauer` → `baur`), folded once; the flag marks the heads that also
/// name people (`Chefverhandler`, `Landwirt und Bauer`).
fn kind_heads() -> &'static [(String, bool)] {
    static HEADS: std::sync::OnceLock<Vec<(String, bool)>> = std::sync::OnceLock::new();
    HEADS.get_or_init(|| {
        ORG_KIND_HEADS.iter().chain(MORE_KIND_HEADS).map(|h| (key(h), matches!(*h, "handler" | "bauer"))).collect()
    })
}

/// Further heads of nouns for a kind of company (`Energieversorger`).
const MORE_KIND_HEADS: &[&str] = &[
    "gesellschaft", "versorger", "bauer", "betreiber", "anbieter", "dienstleister", "zulieferer", "handler",
    "reederei", "startup",
    // Builders that are companies (a bare `Bauer` or a `Biobauer` is a farmer).
    "kraftwerksbauer", "anlagenbauer", "maschinenbauer", "schiffbauer", "fahrzeugbauer", "tunnelbauer", "waggonbauer",
    "flugzeugbauer", "autobauer", "werkzeugbauer", "motorenbauer", "turbinenbauer",
];

/// Whether the word is a noun for a kind of organisation, in any case
/// (`Energiekonzerns`, `Agrarverband`, `Bergbauunternehmens`): what follows is its name.
fn is_org_kind(w: &str) -> bool {
    let k = key(w);
    let bare = k.strip_suffix("es").or_else(|| k.strip_suffix('s')).unwrap_or(&k);
    // (`Chefverhandler`, `Landwirt und Bauer`: people, not companies.)
    w.starts_with(char::is_uppercase)
        && kind_heads()
            .iter()
            .filter(|(_, people)| !people)
            .any(|(h, _)| k.ends_with(h.as_str()) || bare.ends_with(h.as_str()))
}

/// Organisation heads specific enough to stand alone (`Bundesverwaltungsgericht`, `Wirtschaftskammer`).
const SPECIFIC_HEADS: &[&str] = &["gericht", "gerichtshof", "kammer", "fraktion", "kanzlei"];

/// Whether a capitalised word is an adjective of a name (`Hamburgische`,
/// `Kärntner`, `Freien`, `Staatliche`).
fn is_name_adjective(w: &str) -> bool {
    // `Berliner`, `Wiener`: a place with -er.
    if w.strip_suffix("er").is_some_and(|p| Lexicon::get().place(p).is_some()) {
        return true;
    }
    // (`Thüringer`, `Kärntner`: a place with -en, whose -en gives way to -er, -ner.)
    let en = |p: &str| Lexicon::get().place(&format!("{p}en")).is_some();
    if w.strip_suffix("ner").is_some_and(en) || w.strip_suffix("er").is_some_and(en) {
        return true;
    }
    let k = key(w);
    // `-ische(n)` is an adjective even where the dictionary lists the
    // dialect noun (`Hessisch`, `Sächsisch`).
    k.ends_with("ische")
        || k.ends_with("ischen")
        || (k.ends_with("liche") || k.ends_with("lichen") || k.ends_with("ner") || k.ends_with("er")) && !common_noun(w)
        || matches!(
            w,
            "Freie"
                | "Freien"
                | "Neue"
                | "Neuen"
                | "Deutsche"
                | "Deutschen"
                | "Europäische"
                | "Europäischen"
                | "Internationale"
                | "Internationalen"
        )
}

/// Whether a word is in no dictionary and names no office: name material even
/// where the compound splitter could read it as a noun (`Arango`, `Scharnweber`).
/// (It lower-cases the word: ask it last.)
fn unlisted(lex: &Lexicon, w: &str) -> bool {
    !crate::lexicon::german_word(&w.to_lowercase()) && lex.role_of(w).is_none()
}

/// Whether a word names an office, also as the last part of a hyphenated
/// compound (`Landesrat`, `Infrastruktur-Landesrat`, `PRO-GE-Regionalsekretärin`).
pub(crate) fn is_role_word(lex: &Lexicon, w: &str) -> bool {
    lex.role_of(w).is_some()
        || w.rsplit_once('-')
            .is_some_and(|(_, last)| last.starts_with(char::is_uppercase) && lex.role_of(last).is_some())
}

/// Whether a region follows a listed bare institution (`Wirtschaftskammer
/// Oberösterreich`): then the two are one, regional, name.
fn regional_after(toks: &[Tok], lex: &Lexicon, i: usize) -> bool {
    i + 1 < toks.len()
        && toks[i + 1].cap
        && toks[i].cap
        && {
            let k = key(toks[i].text);
            ORG_COMPOUND_HEADS.iter().any(|h| k.ends_with(h))
        }
        && lex.place(toks[i + 1].text).is_some_and(|p| p.kind == "region")
}

/// An adjective in the nominative before an organisation head, capitalised as
/// the first word of a name: `bayerischen` + `ministerium` → `Bayerisches`.
/// The ending is that of a national institution's head when it is one
/// ([`national_head`]: `Wirtschaftsministerium` → `es`), else by the
/// gender of the organisation head `head`.
fn nominative_adjective(adjective: &str, noun: &str, head: &str) -> String {
    let stem = ["en", "es", "er", "em", "e"].iter().find_map(|x| adjective.strip_suffix(x)).unwrap_or(adjective);
    // (Heads no national institution has.)
    const NEUTER: &[&str] = &["institut", "amt", "gericht", "sekretariat", "kanzleramt"];
    const MASCULINE: &[&str] = &["verband", "konzern", "landtag", "gerichtshof"];
    let ending = national_head(noun).unwrap_or(if NEUTER.contains(&head) {
        "es"
    } else if MASCULINE.contains(&head) {
        "er"
    } else {
        "e"
    });
    let mut c = stem.chars();
    let first: String = c.next().map(|f| f.to_uppercase().collect()).unwrap_or_default();
    format!("{first}{}{ending}", c.as_str())
}

/// Whether a free `-ische(n)` adjective stands before token `i`
/// (`Thüringische Staatskanzlei`), which makes a listed bare noun part of a longer name.
/// Whether the word before token `i` is a capitalised adjective that opens a
/// name (`Hamburgische Oberverwaltungsgericht`, `Kärntner Landesverband`),
/// also one already read as a demonym (`Thüringer Wirtschaftsministerium`,
/// `Schweizer Bauernverband`).
fn name_adjective_before(toks: &[Tok], claimed: &[bool], found: &Found, i: usize) -> bool {
    i > 0
        && (!claimed[i - 1] || demonym_at(found, i - 1))
        && toks[i - 1].cap
        && !toks[i - 1].initial
        && is_name_adjective(toks[i - 1].text)
}

/// Whether a demonym mention starts at token `j` (`russische`, `Schweizer`).
fn demonym_at(found: &Found, j: usize) -> bool {
    found.mentions.iter().any(|m| m.first == j && m.kind == MentionKind::Demonym)
}

fn ische_before(toks: &[Tok], claimed: &[bool], i: usize) -> bool {
    i > 0 && !claimed[i - 1] && toks[i - 1].cap && !toks[i - 1].initial && {
        let k = key(toks[i - 1].text);
        k.ends_with("ische") || k.ends_with("ischen")
    }
}

/// The end of a `für` complement after an organisation name at token
/// `last` (`… für Klima und Energiewende`, `… für auswärtige
/// Angelegenheiten`), or `last` when none follows.
fn fur_tail(toks: &[Tok], claimed: &[bool], last: usize) -> usize {
    let n = toks.len();
    if last + 1 >= n || toks[last].text != "für" {
        return last;
    }
    let mut end = last;
    let mut k = last + 1;
    loop {
        // Lower-case adjectives before the noun (`für angewandte Ökologie`).
        let mut m = k;
        while m < n && toks[m].word && !toks[m].cap && m < k + 2 && toks[m].text.ends_with(['e', 'n', 'r', 's']) {
            m += 1;
        }
        if m >= n || !toks[m].cap || claimed[m] {
            return end;
        }
        end = m + 1;
        if end + 1 < n && matches!(toks[end].text, "und" | "," | "für") {
            k = end + 1;
        } else {
            return end;
        }
    }
}

/// An organisation head in the nominative (`Oberverwaltungsgerichts` → `Oberverwaltungsgericht`).
fn nominative_head(word: &str, head: &str) -> String {
    for suffix in ["es", "s"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if key(stem).ends_with(head) {
                return stem.to_string();
            }
        }
    }
    word.to_string()
}

/// Words that open a place name followed by a name (`Kanton Bern`).
const AREA_OPENERS: &[&str] = &[
    "Kanton", "Provinz", "Region", "Bezirk", "Gebiet", "Bundesland", "Departement", "Oblast", "Gouvernement",
    "Flughafen", "Villa", "Schloss", "Palais", "Industriepark", "Bahnhof", "Kloster", "Palast", "Stadion",
];

/// Landmarks named by a place adjective (`Hamburger Hafen`, `Wiener Rathaus`).
const LANDMARKS: &[&str] = &[
    "Hafen", "Rathaus", "Hofburg", "See", "Förde", "Flughafen", "Bahnhof", "Hauptbahnhof", "Dom", "Altstadt",
    "Innenstadt", "Messe", "Schloss", "Oper", "Bucht", "Becken", "Hafencity", "Kanal", "Rathausplatz",
];

/// Heads of compound place names (`Ballhausplatz`, `Kirchbergstrasse`).
const PLACE_HEADS: &[&str] = &[
    "platz", "strasse", "gasse", "allee", "ufer", "hafen", "damm", "markt", "viertel", "brucke", "tor", "see", "meer",
    "bucht", "insel", "tal", "gebirge", "wald", "kai",
];

/// Compass prefixes of region names (`Norddeutschland`, `Westafrika`).
const COMPASS: &[&str] =
    &["Nord", "Süd", "Ost", "West", "Mittel", "Zentral", "Nordost", "Nordwest", "Südost", "Südwest"];

/// Last parts of hyphenated organisation names (`Goethe-Universität`, `Asean-Sekretariat`).
const HYPHEN_ORG_HEADS: &[&str] = &[
    "Universität", "Institut", "Stiftung", "Zeitung", "Sekretariat", "Klinikum", "Gruppe", "Werke", "Bank", "Verlag",
    "Partei", "Kommission", "Behörde", "Agentur", "Zentrum", "Forum", "Allianz", "Depesche", "Rundschau", "Kurier",
    "Bote", "Anzeiger", "Blatt", "Tagblatt", "Nachrichten", "Presse",
];

/// Heads of the bodies of an organisation (`UNO-Menschenrechtsrat`,
/// `WTO-Ministerkonferenz`), folded as [`key`] folds.
const BODY_HEADS: &[&str] = &[
    "rat", "versammlung", "ministerkonferenz", "kommission", "zentrum", "sekretariat", "ausschuss", "gericht",
    "gerichtshof", "parlament",
];

/// German words for a trade that end a company's name after a coined word
/// (`Harzgrund Gießerei`, `Talgang Textil`, `Trisselwand Glas`).
const TRADE_WORDS: &[&str] = &[
    "Gießerei", "Giesserei", "Brauerei", "Weberei", "Spinnerei", "Druckerei", "Molkerei", "Käserei", "Glashütte",
    "Textil", "Glas", "Stahl", "Holzbau", "Maschinenbau", "Kunststoff", "Kunststoffe", "Papier", "Zement",
    "Elektronik", "Technik", "Antriebe", "Präzision", "Optik", "Feinmechanik", "Keramik",
];

/// The words of [`TRADE_WORDS`] as [`key`] folds them, folded once.
pub(crate) fn trade_keys() -> &'static [String] {
    static KEYS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys: Vec<String> = TRADE_WORDS.iter().map(|w| key(w)).collect();
        keys.dedup();
        keys
    })
}

/// Last words of company names (`Sahyadri Infotech`, `Nordsjø Energi`).
const COMPANY_WORDS: &[&str] = &[
    "Energy", "Energi", "Energie", "Industrial", "Industries", "Systems", "Technologies", "Technology", "Tech",
    "Infotech", "Solutions", "Motors", "Airlines", "Airways", "Bank", "Capital", "Holdings", "Partners", "Logistics",
    "Mechatronics", "Engineering", "Precision", "Pharmaceuticals", "Chemical", "Heavy", "Shipbuilding", "Logistik",
    "Shipping", "Pharma", "Biologics", "Biotech", "Chemicals", "Chemie", "Steel", "Electronics", "Software",
    "Networks", "Media", "Telecom", "Petroleum", "Mining", "Railways", "Foods", "Insurance", "Consulting", "Labs",
    "Therapeutics", "Semiconductor", "Semiconductors", "Robotics", "Aerospace", "Defence", "Defense", "Automotive",
    "Marine", "Shipyard", "Werft", "Werke", "Versicherung",
];

/// Heads of compounds that name organisation kinds (`Chemiekonzern`).
const ORG_KIND_HEADS: &[&str] = &[
    "konzern", "unternehmen", "hersteller", "firma", "werft", "bank", "versicherer", "gruppe", "verband", "partei",
    "agentur", "sender", "zeitung", "club", "verein", "gewerkschaft", "zulieferer", "raffinerie", "brauerei",
    "molkerei", "reederei", "kette", "organisation", "hilfswerk", "institut",
];

/// A compound naming a trade (`Antriebstechnik`, `Kunststofftechnik`), the
/// way a company calls itself after its home town.
fn is_trade_compound(w: &str) -> bool {
    let lower = w.to_lowercase();
    ["technik", "elektronik", "logistik", "maschinenbau", "anlagenbau", "kunststoffe", "bank", "versicherung"]
        .iter()
        .any(|h| lower.ends_with(h) && lower.len() > h.len() + 3)
}

/// Whether a noun names a club, school or works that takes its town's name
/// after it (`Gewerbeverein`, `Männerchor`, `Gymnasium`, `Milchwerk`): the
/// heads of [`LOCAL_BODY_HEADS`] in a compound, or one of them alone.
fn is_local_body(w: &str) -> bool {
    const ALONE: &[&str] =
        &["Verein", "Chor", "Gymnasium", "Museum", "Theater", "Orchester", "Feuerwehr", "Kapelle", "Musikgesellschaft"];
    let k = key(w);
    let bare = k.strip_suffix("es").or_else(|| k.strip_suffix('s')).unwrap_or(&k);
    ALONE.contains(&w)
        || LOCAL_BODY_HEADS.iter().any(|h| [k.as_str(), bare].iter().any(|x| x.ends_with(h) && x.len() > h.len() + 2))
}

/// Heads of compounds for a club, school or works (`Jodlerklub`,
/// `Trachtenkapelle`, `Musikgesellschaft`), folded as [`key`] folds.
const LOCAL_BODY_HEADS: &[&str] = &[
    "verein", "klub", "club", "chor", "kapelle", "musikgesellschaft", "feuerwehr", "gymnasium", "schule", "orchester",
    "museum", "theater", "kaserei", "milchwerk", "zunft", "genossenschaft",
];

/// Legal forms that close a company's name (`Aalto Marine Oy`, `Montvélier SA`).
const LEGAL_FORMS: &[&str] = &[
    "AG", "GmbH", "SE", "KG", "KGaA", "OHG", "AB", "Oy", "Oyj", "AS", "ASA", "SA", "SpA", "NV", "BV", "plc", "Ltd",
    "Inc", "LLC",
];

/// Whether the last word of an organisation's name makes it a company: a
/// legal form (`AG`, `Oy`, `Ltd.`) or `Group`, `Holding`.
pub(crate) fn is_company_form(w: &str) -> bool {
    LEGAL_FORMS.contains(&w.trim_end_matches('.')) || matches!(w, "Group" | "Holding")
}

/// Whether token `s` is a legal form after a capitalised word.
fn is_legal_form(toks: &[Tok], s: usize) -> bool {
    LEGAL_FORMS.contains(&toks[s].text)
        && s > 0
        && toks[s - 1].word
        && !toks[s - 1].text.starts_with(char::is_lowercase)
}

/// Whether a word is the adjective of a town (`Stendaler`, `Bremer`,
/// `Schaffhauser`, `Zürcher`).
fn town_adjective(w: &str, lex: &Lexicon) -> bool {
    let Some(stem) = w.strip_suffix("er") else { return false };
    let town = |p: &str| lex.place(p).is_some_and(|p| p.kind != "country");
    town(stem) || town(&format!("{stem}en")) || stem.strip_suffix("ch").is_some_and(|s| town(&format!("{s}ich")))
}

/// Where the name a legal form closes begins (`die Jade Terminal Logistik
/// GmbH`, `der Sektkellerei Bergau & Söhne AG`), and the one-word mentions
/// (by token) it takes over (`Elbe`). Read back over capitalised words,
/// `&` and codes (`H2`), up to an article, a lower-case word or a name
/// already taken; words that only describe the company are left out in
/// front (`der Projektierer Hunsrückwind GmbH`, `die Konzernmutter Norrvik
/// Trä AB`, `der Stendaler Elbe Solartechnik GmbH`), words for the kind of
/// works are kept (`Weberei Sernftal AG`, `Kraftwerke Linth-Sernf AG`).
fn legal_name_start(
    toks: &[Tok],
    claimed: &[bool],
    found: &Found,
    s: usize,
    lex: &Lexicon,
) -> Option<(usize, Vec<usize>)> {
    let mut first = s;
    let mut taken = vec![];
    while first > 0 {
        let k = first - 1;
        let t = &toks[k];
        let material = (t.cap && !not_name(t.text) && !t.text.ends_with('.'))
            || (t.text == "&" && k > 0 && toks[k - 1].cap)
            || (t.word && t.text.chars().any(|c| c.is_ascii_digit()) && t.text.starts_with(char::is_uppercase));
        if !material {
            break;
        }
        if claimed[k] {
            // A place or a short name inside the name is given up to it (`Elbe`, `Sernftal`),
            // a person's name is not.
            match found.mentions.iter().find(|m| m.first <= k && k < m.last) {
                Some(m) if found.ents[m.ent].kind != EntityType::Person && m.first + 1 == m.last => taken.push(k),
                // (So is a surname of someone named in full, opening the name of
                // a firm: `der Meyers Sensortechnik GmbH`, `Stadelmann Holzsystembau AG`.)
                Some(m)
                    if m.first + 1 == m.last
                        && k + 1 < s
                        && found.ents[m.ent].name.contains(' ')
                        && found.ents[m.ent].name.ends_with(toks[k].text) =>
                {
                    taken.push(k)
                }
                _ => break,
            }
        }
        first = k;
    }
    // Leave out in front what describes: a role, a noun for a kind of
    // company, the home town's adjective before a name of two words or more.
    let works = |w: &str| {
        let k = key(w);
        ["ei", "werk", "werke", "bahnen", "betriebe", "kliniken"].iter().any(|e| k.ends_with(e))
    };
    while first + 1 < s {
        let w = toks[first].text;
        let next = toks[first + 1].text;
        let named_next = toks[first + 1].cap
            && !lex.is_common_noun(next)
            && lex.role_of(next).is_none()
            && !next.chars().any(|c| c.is_ascii_digit());
        let describes = lex.role_of(w).is_some()
            || (is_org_kind(w) && !works(w))
            // (`der Gießereispezialist Aachtal Gusstechnik GmbH`, `die Konzernmutter Norrvik`.)
            || ((is_kind_noun(w) || lex.is_common_noun(w)) && !works(w) && named_next)
            // (`der Metallbauer Seemetall AG`: a kind of company before a name of one word.)
            || (first + 2 == s && !works(w) && has_kind_head(w))
            || (first + 3 <= s && town_adjective(w, lex));
        if !describes {
            break;
        }
        first += 1;
    }
    // (A kind of company further in ends the description before it, whatever
    // opens it: `der Heerbrugger Optikfirma Rhylux AG`, `der Oberrieter
    // Maschinenbauer Montfort Präzision AG`.)
    if let Some(k) = (first + 1..s.saturating_sub(1)).rev().find(|&k| {
        let w = toks[k].text;
        !works(w) && (is_org_kind(w) || has_kind_head(w))
    }) {
        first = k + 1;
    }
    taken.retain(|&k| k >= first);
    (first < s && toks[first].cap).then_some((first, taken))
}

struct Tok<'a> {
    text: &'a str,
    word: bool,
    cap: bool,
    initial: bool,
}

/// Strips a genitive `s` when the rest is known (`Russlands` → `Russland`).
fn degenitive(word: &str, known: impl Fn(&str) -> bool) -> Option<&str> {
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
    let is_first_name =
        |w: &str| lex.first_name(w).is_some() || (w.contains('-') && w.split('-').all(|p| lex.first_name(p).is_some()));
    let proper: Vec<bool> = toks
        .iter()
        .map(|t| {
            t.cap
                && !t.text.ends_with('.')
                && !not_name(t.text)
                // (`Regionalsekretär`: a role compound the splitter cannot read is no name either.)
                && ((!lex.is_common_noun(t.text) && lex.role_of(t.text).is_none())
                    || is_first_name(t.text)
                    || lex.east_asian.contains(t.text))
        })
        .collect();
    // Lower-case name particles glued to a name (`al-Haddad`, `el-Sisi`).
    let particle_name = |t: &Tok| {
        let Some((particle, rest)) = t.text.split_once('-') else { return false };
        particle.len() <= 3
            && rest.starts_with(char::is_uppercase)
            && matches!(
                particle.to_ascii_lowercase().as_str(),
                "al" | "el" | "ad" | "as" | "ash" | "bin" | "ibn" | "abu"
            )
    };

    // 1. Multi-word gazetteer names, longest first.
    let mut i = 0;
    while i < n {
        let mut matched = None;
        if let Some(cands) = lex.multi.get(toks[i].text) {
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
        }
        // Multi-word names of the gazetteer (`Kuala Lumpur`, `St. Petersburg`), when longer.
        // (Not right after a Vietnamese family name: `Nguyen Van Thanh` is a person.)
        if toks[i].cap && !(i > 0 && VIETNAMESE.contains(&toks[i - 1].text)) {
            let window: Vec<&str> =
                toks[i..n.min(i + 5)].iter().take_while(|t| t.word || t.text.ends_with('.')).map(|t| t.text).collect();
            if let Some((k, _)) =
                (window.len() >= 2).then(|| crate::gazetteer::Gazetteer::get().longest(&window)).flatten()
            {
                if matched.as_ref().is_none_or(|(j, _)| i + k > *j) {
                    matched = Some((i + k, window[..k].join(" ")));
                }
            }
        }
        {
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

    // 1a. `Staatliche Universität`, `Technische Hochschule`: a name adjective
    // and an organisation kind, with no name after them.
    for i in 1..n {
        let w = toks[i].text;
        let next_is_name = || i + 1 < n && (proper[i + 1] || typed_place(lex, toks[i + 1].text));
        if ORG_OPENERS.contains(&w)
            && !next_is_name()
            && !claimed[i - 1]
            && toks[i - 1].cap
            && !toks[i - 1].initial
            && is_name_adjective(toks[i - 1].text)
            && lex.country_of_adjective(toks[i - 1].text).is_none()
        {
            // `Berliner Institut für Klima und Energiewende`.
            let last = fur_tail(&toks, &claimed, i + 1);
            let name: Vec<&str> = toks[i - 1..last].iter().map(|t| t.text).collect();
            let e = found.entity(EntityType::Organization, &name.join(" "), None);
            found.mention(e, i - 1, last, MentionKind::Name);
            claimed[i - 1..last].iter_mut().for_each(|c| *c = true);
        }
    }

    // 1b. Organisation names opened by a kind word (`Universität Bremen`):
    // the place inside belongs to the name. Likewise `Kanton Bern`.
    for i in 0..n.saturating_sub(1) {
        let w = toks[i].text;
        // (`das Klimabündnis Helvetia`, `die Bürgerallianz Ostsee`: a compound of a
        // coining opener coins a name too.)
        let coining_compound = toks[i].cap
            && ["bündnis", "allianz", "initiative", "netzwerk", "plattform", "koalition", "kampagne"]
                .iter()
                .any(|h| w.len() > h.len() + 3 && w.ends_with(h));
        let opener =
            (ORG_OPENERS.contains(&w) || coining_compound) && !lex.organizations.contains_key(toks[i + 1].text);
        let area = AREA_OPENERS.contains(&w);
        let genitive_name = area && i + 2 < n && matches!(toks[i + 1].text, "des" | "der" | "de") && toks[i + 2].cap;
        // `Bürgerinitiative Gegenwind Idarwald`, `Plattform Rohstoffgerechtigkeit`:
        // groups coin their names from ordinary words.
        let coined = (COINING_OPENERS.contains(&w) || coining_compound)
            && toks[i + 1].cap
            && toks[i + 1].word
            && !not_name(toks[i + 1].text);
        // (`die Provinz Ontario`, `die Region Toskana`: a region the gazetteer
        // knows keeps its own name.)
        let known_region = matches!(w, "Provinz" | "Region" | "Bundesland" | "Oblast")
            && lex.place(toks[i + 1].text).is_some_and(|p| p.kind != "city");
        if claimed[i]
            || claimed[i + 1]
            || !(opener || area)
            || known_region
            || !(proper[i + 1] || typed_place(lex, toks[i + 1].text) || genitive_name || coined)
        {
            continue;
        }
        let i = if opener
            && i > 0
            && !claimed[i - 1]
            && toks[i - 1].cap
            && !toks[i - 1].initial
            && is_name_adjective(toks[i - 1].text)
        {
            i - 1
        } else {
            i
        };
        let mut j = if toks[i].text == w { i + 1 } else { i + 2 };
        while j < n
            && !claimed[j]
            && toks[j].cap
            && (proper[j]
                || typed_place(lex, toks[j].text)
                || (coined && toks[j].word && !not_name(toks[j].text))
                // (`Verband Mittelständischer Zulieferer`: the noun after a name adjective.)
                || (j > i + 1 && toks[j].word && is_name_adjective(toks[j - 1].text) && !not_name(toks[j].text)))
            && j < i + 4
        {
            j += 1;
        }
        // `Palais des Nations`, `Schloss von …`: a genitive or particle inside.
        if area
            && j + 1 < n
            && matches!(toks[j].text, "des" | "der" | "de" | "di")
            && toks[j + 1].cap
            && !claimed[j + 1]
        {
            j += 2;
        }
        // `Universität Frankfurt (Oder)`: a bracketed place word completes the name.
        if opener
            && j + 2 < n
            && toks[j].text == "("
            && toks[j + 2].text == ")"
            && toks[j + 1].cap
            && lex.place(toks[j + 1].text).is_some()
            && typed_place(lex, toks[j - 1].text)
        {
            j += 3;
        }
        let name =
            toks[i..j].iter().map(|t| t.text).collect::<Vec<_>>().join(" ").replace("( ", "(").replace(" )", ")");
        let kind = if opener { EntityType::Organization } else { EntityType::Place };
        let e = found.entity(kind, &name, None);
        found.mention(e, i, j, MentionKind::Name);
        claimed[i..j].iter_mut().for_each(|c| *c = true);
    }

    // Companies are later called by their first word (`Alpenstrom`).
    let mut short_names: HashMap<String, usize> = HashMap::default();

    // 1c. `Hamburger Hafen`, `Wiener Rathaus`: landmarks of a place; and
    // hyphenated names of districts and areas (`Wien-Aspern`, `Rhein-Main-Gebiet`).
    for i in 0..n {
        if claimed[i] || !toks[i].cap {
            continue;
        }
        let w = toks[i].text;
        if i + 1 < n
            && !claimed[i + 1]
            && LANDMARKS.contains(&toks[i + 1].text)
            && w.strip_suffix("er").is_some_and(|p| lex.place(p).is_some())
        {
            let e = found.entity(EntityType::Place, &format!("{w} {}", toks[i + 1].text), None);
            found.mention(e, i, i + 2, MentionKind::Name);
            claimed[i] = true;
            claimed[i + 1] = true;
            continue;
        }
        if let Some((first, rest)) = w.split_once('-') {
            // (`Außenministerin Wanjiru Kamau-Otieno`: a given name the list
            // lacks, after a role.)
            let given_after_role =
                |k: usize| k > 1 && proper[k - 1] && toks[k - 1].cap && lex.role_of(toks[k - 2].text).is_some();
            let last = rest.rsplit('-').next().unwrap_or(rest);
            let area_word = matches!(last, "Gebiet" | "Region" | "Raum");
            let first_place = lex.place(first).is_some_and(|p| p.kind == "city" || p.kind == "region");
            // Not a person's double name (`Claire-Hélène Dufresne`, `Anna Kramer-Nowak`).
            // (Asked only for a place's compound: it looks words up.)
            let in_name = || {
                is_first_name(w)
                    || (i + 1 < n && proper[i + 1])
                    || (i > 0 && (is_first_name(toks[i - 1].text) || lex.role_of(toks[i - 1].text).is_some()))
                    || given_after_role(i)
                    // (And that surname again, alone: `Roßbach und Kamau-Otieno`.)
                    || (1..i).any(|k| toks[k].text == w && (is_first_name(toks[k - 1].text) || given_after_role(k)))
            };
            if first_place
                && !in_name()
                && last.starts_with(char::is_uppercase)
                && (area_word || !lex.is_common_noun(last))
            {
                let e = match typed_entity(&mut found, lex, w) {
                    Some(e) => e,
                    None => found.entity(EntityType::Place, w, None),
                };
                found.mention(e, i, i + 1, MentionKind::Name);
                claimed[i] = true;
            }
        }
    }

    // Capitalised words the article also uses as nouns: after an article
    // (`das Gas`) or an adjective after one (`beim russischen Gas`). After an
    // office such a word is its object, not a name (`dass die Bundesrätin Gas
    // aus Katar beschaffen will`).
    let noun_uses: rustc_hash::FxHashSet<&str> = (2..n)
        .filter(|&i| toks[i].cap && toks[i].word && !toks[i - 1].cap)
        .filter(|&i| {
            let det = |w: &str| {
                matches!(
                    w,
                    "das" | "dem" | "des" | "ein" | "einem" | "eines" | "kein" | "beim" | "vom" | "zum" | "im" | "am"
                )
            };
            let adjective = |w: &str| ["e", "en", "em", "er", "es"].iter().any(|e| w.ends_with(e));
            det(toks[i - 1].text) || (adjective(toks[i - 1].text) && det(toks[i - 2].text))
        })
        .map(|i| toks[i].text)
        .collect();

    // 2. Persons: runs of name material with evidence.
    // (The pairs of words named after a noun for a kind of organisation, worked
    // out when first asked for.)
    let named_with_kind: std::cell::OnceCell<rustc_hash::FxHashSet<(&str, &str)>> = std::cell::OnceCell::new();
    let mut i = 0;
    while i < n {
        // (`die beiden Präsidentinnen Gespräche`: a plural role names nobody.)
        let plural_role = i > 0
            && (toks[i - 1].text.ends_with("innen")
                || (i > 1 && matches!(toks[i - 2].text, "beiden" | "beide" | "zwei" | "drei" | "mehrere" | "alle")));
        // (Asked only where it matters: it looks the word up.)
        let prev_is_role = || {
            i > 0
                && toks[i - 1].word
                && !plural_role
                && (is_role_word(lex, toks[i - 1].text) || TITLES.contains(&toks[i - 1].text))
        };
        let starts = proper[i]
            || particle_name(&toks[i])
            // (`…, Trần Thị Bích Ngọc,`: a Vietnamese family name before a capitalised word.)
            // (Not the two-letter ones, also French articles: `Le Monde`.)
            || (toks[i].cap
                && i + 1 < n
                && toks[i + 1].cap
                && toks[i + 1].word
                && toks[i].text.chars().count() >= 3
                && VIETNAMESE.contains(&toks[i].text))
            || (toks[i].cap
                && !not_name(toks[i].text)
                && !toks[i].text.ends_with('.')
                && prev_is_role()
                && lex.role_of(toks[i].text).is_none()
                && !(noun_uses.contains(toks[i].text) && common_noun(toks[i].text)));
        // `IKRK-Präsidentin`, `EDA-Sprecherin`: a role compound, not a name.
        let role_compound = toks[i]
            .text
            .rsplit_once('-')
            .is_some_and(|(_, last)| last.starts_with(char::is_uppercase) && lex.role_of(last).is_some());
        if claimed[i] || !starts || !toks[i].word || role_compound {
            i += 1;
            continue;
        }
        // The run: name words, particles inside. After a first name or an
        // East Asian family name the next capitalised word is part of the
        // name even when it is also a noun (`Matthias Brenner`, `Pak Song-il`).
        // A first name that is also a noun (`Rand`, `Anker`) opens a name only
        // before a word that is no noun.
        let next_proper = i + 1 < n && proper[i + 1] && !claimed[i + 1];
        // (`Merle Scharnweber`: before a word that is no dictionary word, only
        // readable as a compound, a first name that is also a noun opens a name.)
        let next_unlisted = || {
            i + 1 < n
                && toks[i + 1].cap
                && toks[i + 1].word
                && !claimed[i + 1]
                && !common_noun(toks[i + 1].text)
                && unlisted(lex, toks[i + 1].text)
        };
        // (`Nasser bin Hamad Al Marri`: an Arabic particle and a name after it.)
        let next_particle =
            || i + 2 < n && matches!(toks[i + 1].text, "bin" | "ibn" | "bint") && proper[i + 2] && !claimed[i + 2];
        let first_name_here = is_first_name(toks[i].text)
            && (!common_noun(toks[i].text) || next_proper || next_unlisted() || next_particle())
            && (!lex.east_asian.contains(toks[i].text) || next_proper);
        // (`die Bezirksleiterin der Industriegewerkschaft Metall (IGMF), Chidinma
        // Obi, verhandelte`: two capitalised words set off by commas after a role
        // phrase, the first no German word, are the role holder's name.)
        let apposed = i > 0
            && toks[i - 1].text == ","
            && i + 2 < n
            && toks[i + 1].cap
            && toks[i + 1].word
            && !claimed[i + 1]
            // (Or three: `des brasilianischen Segelverbandes, Thiago Albuquerque Ramos,`.)
            && (matches!(toks[i + 2].text, "," | "und")
                || (i + 3 < n
                    && toks[i + 2].cap
                    && toks[i + 2].word
                    && proper[i + 2]
                    && matches!(toks[i + 3].text, "," | "und")))
            && !crate::lexicon::german_word(&toks[i].text.to_lowercase())
            && !is_place_or_org(lex, toks[i].text)
            && (i.saturating_sub(12)..i - 1).any(|k| {
                k > 0
                    && doc.tokens[k].sentence == doc.tokens[i].sentence
                    && toks[k].cap
                    && lex.role_of(toks[k].text).is_some()
                    && matches!(toks[k - 1].text, "der" | "die" | "dem" | "den" | "des" | "Der" | "Die")
                    && !(k + 1..i - 1).any(|m| toks[m].text == "," || toks[m].text == ".")
            });
        let opens_name = first_name_here || prev_is_role() || apposed;
        let vietnamese = VIETNAMESE.contains(&toks[i].text);
        let mut j = i + 1;
        // (A name ends with its sentence: a headline's last name is not the dateline's first word.)
        while j < n && !claimed[j] && doc.tokens[j].sentence == doc.tokens[i].sentence {
            let t = &toks[j];
            let name_word = t.word && t.cap && !t.text.ends_with('.') && !not_name(t.text);
            let name_part = (name_word && proper[j])
                || particle_name(t)
                // (The word a particle took in: `Pieter van Dongen`.)
                || (name_word && j >= i + 2 && PARTICLES.contains(&toks[j - 1].text))
                || (name_word && opens_name && j == i + 1 && lex.role_of(t.text).is_none())
                // (`Margit Ebenführer`: after a given name, a word that ends like an
                // office but no dictionary lists is a surname.)
                || (name_word
                    && first_name_here
                    && j == i + 1
                    && !common_noun(t.text)
                    && !crate::lexicon::german_word(&t.text.to_lowercase()))
                // (`Mauricio Londoño Arango`: a third word no dictionary lists.)
                || (name_word && first_name_here && j == i + 2 && unlisted(lex, t.text))
                || (name_word && lex.east_asian.contains(toks[i].text) && j == i + 1 && t.text.contains('-'))
                // (Up to four words: `Lê Thị Hồng Nhung`; a given name may be a
                // month's: `Tran Thi Mai`.)
                // (Not a German noun after the name: `trifft Vo Quang Hieu Vertreter der Wirtschaft`.)
                || (vietnamese
                    && j <= i + 3
                    && !(t.text.chars().count() >= 5 && common_noun(t.text))
                    && (name_word || (j >= i + 2 && t.word && t.cap && !t.text.ends_with('.'))));
            // (`Joost van der Meulen`: a particle of two words.)
            // (Dutch only: `Öztürkmen von der CHP` is a party member.)
            let double = t.text == "van"
                && j + 2 < n
                && matches!(toks[j + 1].text, "der" | "den")
                && proper[j + 2]
                && !claimed[j + 2];
            // (`Sven Ahlfeldt das Batteriezellwerk`: a noun after `das` is no name.)
            // (`war der Botschafter X von Rochat empfangen worden`: `von` before the
            // surname of someone named before is no name particle.)
            // (`Finanzvorstand Pieter van Dongen`: after a given name, or a name
            // a role opens, a town's name after the particle is the family name.)
            let townish = |k: usize| {
                j == i + 1
                    && (is_first_name(toks[i].text) || opens_name)
                    && matches!(t.text, "van" | "von" | "de" | "da" | "di")
                    && toks[k].cap
                    && toks[k].word
                    // (`von Anfang an` is no name; `van`, `de` are foreign particles.)
                    && (t.text != "von" || !common_noun(toks[k].text))
                    && (!claimed[k]
                        || found.mentions.iter().any(|m| {
                            m.first == k && m.last == k + 1 && found.ents[m.ent].kind == EntityType::Place
                        }))
            };
            let particle = j > i
                && j + 1 < n
                && (proper[j + 1] || double || townish(j + 1))
                && !(t.text == "von" && is_known_surname(&found, toks[j + 1].text))
                && (PARTICLES.contains(&t.text)
                    || (matches!(t.text, "der" | "den") && matches!(toks[j - 1].text, "von" | "van")))
                && !(matches!(t.text, "das" | "der" | "den") && common_noun(toks[j + 1].text))
                // (`Maria das Graças`: the Portuguese `das`, also a German article, follows a given name.)
                && (t.text != "das" || is_first_name(toks[j - 1].text));
            if !(name_part || particle) {
                break;
            }
            // (`hatte Vandenhoute al-Kuwari und al-Shammari empfangen`: after the
            // surname of someone named before, `al-Kuwari` is another person.)
            if j == i + 1 && particle_name(t) && !proper[j] && is_known_surname(&found, toks[i].text) {
                break;
            }
            // (`lud Regierungsrat Marcus Caflisch Ardüser und Cathomen ein` after
            // `Reto Ardüser`: a third word that is the surname of someone named
            // before, with `und` after it, is that person.)
            // (Not the rest of the same name: `Gonzalo Viera Almada, …` after `Viera Almada`.)
            // (Also the family name that opens an East Asian name: `Markus Eisenlohr
            // Seo und …` after `Seo Min-jae`.)
            let family_first = |w: &str| {
                lex.east_asian.contains(w)
                    && found.ents.iter().any(|e| e.kind == EntityType::Person && e.name.split(' ').next() == Some(w))
            };
            if j == i + 2
                && j + 1 < n
                && matches!(toks[j + 1].text, "und" | ",")
                && (is_known_surname(&found, t.text) || family_first(t.text))
                && !found.ents.iter().any(|e| {
                    e.kind == EntityType::Person
                        && e.name.strip_suffix(t.text).is_some_and(|r| r.trim_end().ends_with(toks[j - 1].text))
                })
            {
                break;
            }
            // (`Vizebürgermeister Florian Tatzl Ptuj besucht`: a town the article names
            // as a place elsewhere, `nach Ptuj`, after a given name and a surname, is
            // no part of the name. `Fernanda Rocha Lima` keeps hers.)
            if j == i + 2
                && is_first_name(toks[i].text)
                && lex.place(t.text).is_some_and(|p| p.kind == "city")
                && (1..n).any(|k| {
                    (k < i || k > j)
                        && toks[k].text == t.text
                        && matches!(toks[k - 1].text, "in" | "nach" | "aus" | "von" | "und" | "zwischen")
                })
            {
                break;
            }
            // (`hatte Stadlober-Reindl Saparbekow getroffen`: two surnames of two
            // persons named before.)
            if j == i + 1 && is_known_surname(&found, toks[i].text) && is_known_surname(&found, t.text) {
                break;
            }
            j += 1;
        }
        let words: Vec<&str> = toks[i..j].iter().map(|t| t.text).collect();
        // (The town taken into `Pieter van Dongen` is no place there.)
        if j > i + 2 && PARTICLES.contains(&toks[i + 1].text) {
            found.mentions.retain(|m| !(m.first > i && m.last <= j && found.ents[m.ent].kind == EntityType::Place));
        }
        // (`Deccan Tunnelling Ltd`, `Aalto Marine Oy`: a legal form closes a company's name.)
        if j > i + 1 && is_legal_form(&toks, j - 1) {
            i = j;
            continue;
        }
        let prev_word = if i > 0 { toks[i - 1].text } else { "" };
        let first_is_first_name = first_name_here;
        // Two words no lexicon knows and German does not have (`Ayşe Kocabaş`),
        // not introduced by an article: a foreign name.
        // (`Bambang Wicaksono`: a small town's name may open a foreign name.)
        let minor_town = |w: &str| {
            lex.place(w).is_some_and(|p| p.kind == "city" && p.population < 100_000)
                && !lex.organizations.contains_key(w)
        };
        let unknown_pair = words.len() == 2
            && words.iter().enumerate().all(|(k, w)| {
                !crate::lexicon::german_word(&w.to_lowercase())
                    && (!is_place_or_org(lex, w) || (k == 0 && minor_town(w)))
                    && !lex.country_people.contains_key(*w)
                    && lex.country_of_adjective(w).is_none()
            })
            && !(i > 0
                && matches!(toks[i - 1].text, "der" | "die" | "das" | "den" | "dem" | "des" | "Der" | "Die" | "Das"))
            && !(j < n && ORG_SUFFIXES.contains(&toks[j].text))
            // `des Energiekonzerns Ibérica Renovables`: a company's name.
            && !(i > 0 && is_org_kind(toks[i - 1].text))
            // (`Mineração Serra Alta`: the tail of a longer unknown name is none.)
            && !(i > 0 && proper[i - 1] && !toks[i - 1].initial && lex.role_of(prev_word).is_none())
            // (`dass Zachodnia Energia liefert` after `der Energieversorger Zachodnia
            // Energia`: the company named with its kind elsewhere.)
            && !named_with_kind
                .get_or_init(|| {
                    (1..n.saturating_sub(1))
                        .filter(|&k| toks[k].cap && toks[k + 1].cap && toks[k - 1].cap && is_org_kind(toks[k - 1].text))
                        .map(|k| (toks[k].text, toks[k + 1].text))
                        .collect()
                })
                .contains(&(words[0], words[1]));
        let east_asian = lex.east_asian.contains(words[0]) && words.len() >= 2;
        let prev = if i > 0 { toks[i - 1].text } else { "" };
        let after_role = i > 0 && toks[i - 1].word && is_role_word(lex, prev) && (!proper[i - 1] || prev.contains('-'));
        let after_title = TITLES.contains(&prev);
        let gazetteer_single = words.len() == 1 && is_place_or_org(lex, words[0]);
        // `Sahyadri Infotech`: a name ending in a company word is a company.
        if words.len() >= 2 && COMPANY_WORDS.contains(words.last().expect("a run has words")) && !after_role {
            let mut a = i;
            while a + 2 < j && is_kind_noun(toks[a].text) {
                a += 1;
            }
            let name: Vec<&str> = toks[a..j].iter().map(|t| t.text).collect();
            let e = found.entity(EntityType::Organization, &name.join(" "), None);
            found.mention(e, a, j, MentionKind::Name);
            claimed[a..j].iter_mut().for_each(|c| *c = true);
            short_names.insert(name[0].to_string(), e);
            i = j;
            continue;
        }
        // `Vienna International Centre`, `Madison Square Garden`: a site, whatever its first word.
        const SITE_WORDS: &[&str] = &[
            "Centre", "Center", "Hall", "Palace", "Tower", "Plaza", "Square", "Garden", "Gardens", "Park", "Stadium",
            "Arena", "Airport", "Hotel", "House", "Building", "Campus", "Bridge", "Street", "Avenue", "Palais",
        ];
        // (`Burg Kastellaun`, `Schloss Bellevue`, `Kloster Eberbach`: a site named by
        // its kind first, not a given name.)
        const LEADING_SITE_WORDS: &[&str] = &["Burg", "Schloss", "Kloster", "Stift", "Festung", "Villa", "Palais"];
        if words.len() >= 2
            && (LEADING_SITE_WORDS.contains(&words[0]) || SITE_WORDS.contains(words.last().expect("a run has words")))
        {
            let e = found.entity(EntityType::Place, &words.join(" "), None);
            found.mention(e, i, j, MentionKind::Name);
            claimed[i..j].iter_mut().for_each(|c| *c = true);
            i = j;
            continue;
        }
        // `der Agrarverband Terra Viva`: after a noun for a kind of
        // organisation, the whole run is its name (step 6).
        if i > 0 && is_org_kind(prev_word) {
            i = j;
            continue;
        }
        let is_person = (words.len() >= 2
            && (first_is_first_name
                || east_asian
                || vietnamese
                || after_role
                || after_title
                || unknown_pair
                || apposed))
            || (words.len() == 1 && (after_role || after_title) && !gazetteer_single);
        // (`Delegation aus Škofja Loka`, `die Partnerstadt Škofja Loka`: two unknown
        // words after a preposition of place or a noun for a town name a place.)
        let town = unknown_pair
            && !first_is_first_name
            && !after_role
            && !after_title
            && !apposed
            && i > 0
            && (matches!(prev_word, "aus" | "in" | "nach" | "nahe")
                || TOWN_NOUNS.iter().any(|h| key(prev_word).ends_with(h))
                || found
                    .ents
                    .iter()
                    .any(|e| e.kind == EntityType::Place && e.name.split(' ').eq(words.iter().copied())));
        if town {
            let e = found.entity(EntityType::Place, &words.join(" "), None);
            found.mention(e, i, j, MentionKind::Name);
            claimed[i..j].iter_mut().for_each(|c| *c = true);
            i = j;
            continue;
        }
        if is_person {
            let name = words.join(" ");
            let e = found.entity(EntityType::Person, &name, None);
            if first_is_first_name {
                // (`Bae Soo-jin`: the family name comes first; the given name tells the gender.)
                let given = if words.len() > 1 && lex.east_asian.contains(words[0]) {
                    words[words.len() - 1]
                } else {
                    words[0].split('-').next().unwrap_or(words[0])
                };
                found.ents[e].gender = lex.first_name(given).unwrap_or(Gender::Unknown);
            }
            found.mention(e, i, j, MentionKind::Name);
            claimed[i..j].iter_mut().for_each(|c| *c = true);
            i = j;
            continue;
        }
        i += 1;
    }

    // 4a. A person first seen by surname alone (`Außenminister Akbulut`) is
    // the person whose full name ends with it, when there is exactly one.
    merge_surnames(&mut found, lex);

    // 4. Document-level propagation: surnames, genitives and first names of known persons.
    let mut surnames: HashMap<String, usize> = HashMap::default();
    let mut shared: Vec<String> = Vec::new();
    let mentioned: Vec<bool> = (0..found.ents.len()).map(|e| found.mentions.iter().any(|m| m.ent == e)).collect();
    for (e, ent) in found.ents.iter().enumerate() {
        if ent.kind == EntityType::Person && mentioned[e] {
            let surname = surname_of(&ent.name, lex);
            // Two persons with one surname: news style keeps the bare surname
            // for the one introduced first and names the other in full.
            match surnames.get(surname) {
                Some(&other) if other != e => {
                    // Both introduced in one sentence (`Kim Yong-chol traf Kim
                    // Son-ae`): no reading is safe.
                    let intro = |x: usize| {
                        found.mentions.iter().filter(|m| m.ent == x).map(|m| doc.tokens[m.first].sentence).min()
                    };
                    let first = if other == usize::MAX {
                        usize::MAX
                    } else {
                        match intro(e).cmp(&intro(other)) {
                            std::cmp::Ordering::Less => e,
                            std::cmp::Ordering::Equal => usize::MAX,
                            std::cmp::Ordering::Greater => other,
                        }
                    };
                    surnames.insert(surname.to_string(), first);
                    shared.push(surname.to_string());
                }
                _ => {
                    surnames.insert(surname.to_string(), e);
                }
            }
            surnames.entry(ent.name.clone()).or_insert(e);
            // `José Manuel Ibarra Zubizarreta` is `Ibarra`, `Helena Vasconcelos
            // Duarte` may be `Vasconcelos`: in a name of three words or more,
            // each family name after the given names stands for the person.
            let words: Vec<&str> = ent.name.split(' ').collect();
            // `Zulkifli bin Rahman Shah` is `Zulkifli`.
            if words.len() >= 3 && words[1..].iter().any(|w| matches!(*w, "bin" | "binti" | "ibn" | "bint")) {
                surnames.entry(words[0].to_string()).or_insert(e);
            }
            if words.len() >= 3 && !lex.east_asian.contains(words[0]) && is_first_name(words[0]) {
                for w in &words[1..words.len() - 1] {
                    if w.len() > 2 && w.starts_with(char::is_uppercase) && !is_first_name(w) {
                        surnames.entry(w.to_string()).or_insert(e);
                    }
                }
            }
            // `al-Haddad` opens a sentence as `Al-Haddad`.
            if surname.starts_with(char::is_lowercase) {
                let mut cs = surname.chars();
                let upper: String = cs.next().into_iter().flat_map(char::to_uppercase).chain(cs).collect();
                let target = surnames[surname];
                surnames.entry(upper).or_insert(target);
            }
        }
    }
    for i in 0..n {
        // Lower case only for particle surnames (`al-Tamimi` inside a sentence).
        let particle = !toks[i].cap && toks[i].text.contains('-');
        if claimed[i] || !(toks[i].cap || particle) || not_name(toks[i].text) {
            continue;
        }
        if let Some(base) = degenitive(toks[i].text, |s| surnames.get(s) == Some(&usize::MAX)) {
            // Two persons share this surname and neither came first: say so rather than guess.
            let (b0, b1) = (doc.tokens[i].start, doc.tokens[i].end);
            found.diagnostics.push(crate::Diagnostic {
                start: doc.char_at(b0),
                end: doc.char_at(b1),
                message: format!("surname {base:?} is shared by several persons of the article; not resolved"),
            });
            claimed[i] = true;
        } else if let Some(base) = degenitive(toks[i].text, |s| surnames.contains_key(s)) {
            let e = surnames[base];
            found.mention(e, i, i + 1, MentionKind::Name);
            claimed[i] = true;
            if shared.iter().any(|x| x == base) {
                // Say which reading was taken, so a reader can check it.
                let (b0, b1) = (doc.tokens[i].start, doc.tokens[i].end);
                found.diagnostics.push(crate::Diagnostic {
                    start: doc.char_at(b0),
                    end: doc.char_at(b1),
                    message: format!(
                        "surname {base:?} is shared by several persons of the article; taken as {:?}, named first",
                        found.ents[e].name
                    ),
                });
            }
        }
    }

    // 3. Single words: organisations, countries, places (gazetteers).
    let regional_words: rustc_hash::FxHashSet<&str> =
        (0..n).filter(|&i| regional_after(&toks, lex, i)).map(|i| toks[i].text).collect();
    let person_starts: rustc_hash::FxHashSet<usize> =
        found.mentions.iter().filter(|m| found.ents[m.ent].kind == EntityType::Person).map(|m| m.first).collect();
    for i in 0..n {
        let lower_org = toks[i].word && !toks[i].cap && lex.organizations.contains_key(toks[i].text);
        if claimed[i] || !(toks[i].cap || lower_org) {
            continue;
        }
        let w = toks[i].text;
        // `Bundesrat Matthias Ruchti`, `Nationalrat Roger Zbinden`: before a
        // person's name, an institution is the person's title.
        let title = person_starts.contains(&(i + 1));
        // `die Thüringische Staatskanzlei`: an adjective of a name makes a longer name (step 6).
        let adjective = ische_before(&toks, &claimed, i);
        // (Once `Wirtschaftskammer Oberösterreich` is named, a bare `Wirtschaftskammer` is that one.)
        let regional = regional_after(&toks, lex, i) || regional_words.contains(w);
        // `das brasilianische Präsidialamt`: a country's institution (step 7).
        let national = i > 0
            && !toks[i - 1].cap
            && lex.country_of_adjective(toks[i - 1].text).is_some()
            && [w, w.strip_suffix('s').unwrap_or(w), w.strip_suffix("es").unwrap_or(w)]
                .iter()
                .any(|b| national_head(b).is_some());
        if let Some(base) = degenitive(w, |s| lex.organizations.contains_key(s))
            .filter(|_| !title && !adjective && !regional && !national)
        {
            // Party names that are also adjectives (`Grüne`, `Linke`) count
            // when capitalised inside a sentence; the others need an article.
            let party = matches!(base, "Grüne" | "Grünen" | "Linke") && !toks[i].initial;
            if !lex.ambiguous_org(base)
                || party
                || (!toks[i].initial
                    && i > 0
                    && matches!(toks[i - 1].text, "die" | "der" | "den" | "des" | "Die" | "Der" | "Den" | "Des"))
            {
                let e = found.entity(EntityType::Organization, &lex.organizations[base], None);
                found.mention(e, i, i + 1, MentionKind::Name);
                claimed[i] = true;
                continue;
            }
        }
        // (`über die Oder`: a function word's twin after an article is the name.)
        let after_article = i > 0 && !toks[i].initial && matches!(toks[i - 1].text, "die" | "der");
        // (`Limes` is no genitive of a small town `Lime`: a word German has stays whole.)
        // (`in den Niederlanden`: a country's name in the plural takes the dative `-n`.)
        let dative_plural = || {
            w.strip_suffix('n')
                .filter(|b| b.ends_with('e') && i > 0 && toks[i - 1].text == "den")
                .filter(|b| lex.place(b).is_some_and(|p| p.kind == "country"))
        };
        if let Some(base) = degenitive(w, |s| lex.place(s).is_some())
            .filter(|_| !not_name(w) || after_article)
            .filter(|&b| {
                b == w
                    || lex.place(b).is_some_and(|p| p.kind != "city" || p.population >= 100_000)
                    || !crate::lexicon::german_word(&w.to_lowercase())
            })
            .or_else(dative_plural)
        {
            let place = lex.place(base).expect("just looked up");
            // (`Wien. …`, `Velden (APA) – …`: a dateline opening a line names a place.)
            let before = doc.text[..doc.tokens[i].start].trim_end_matches([' ', '\t']);
            let line_start = before.is_empty() || before.ends_with('\n');
            let dateline = line_start && i + 1 < n && matches!(toks[i + 1].text, "." | "–" | "-" | "(" | "/" | ",");
            // (Not `im Keller`: a town takes no article.)
            let located =
                (i > 0 && LOCATIVE.contains(&toks[i - 1].text) && !(place.ambiguous && toks[i - 1].text == "im"))
                    || dateline;
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
        if !w.starts_with(char::is_uppercase) {
            continue;
        }
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.len() >= 2
            && letters.len() <= 6
            && letters.len() == w.chars().count()
            && letters.iter().all(|c| c.is_uppercase())
            && !not_name(w)
            && !ORG_SUFFIXES.contains(&w)
            && !NOT_ORG_ACRONYMS.contains(&w)
        {
            let e = found.entity(EntityType::Organization, w, None);
            found.mention(e, i, i + 1, MentionKind::Name);
            claimed[i] = true;
        }
    }

    // 5. Unknown names after a locative preposition are places (`in Wŏnsan`),
    // also over an adjective (`im südmährischen Nikolsburg`).
    for i in 1..n {
        let w = toks[i].text;
        // (An adjective of a land or region: `im südmährischen`, `im luxemburgischen`.)
        let adjective = |k: usize| {
            let a = toks[k].text;
            a.starts_with(char::is_lowercase)
                && toks[k].word
                && (a.ends_with("ischen")
                    || matches!(
                        a,
                        "benachbarten"
                            | "nahen"
                            | "nahegelegenen"
                            | "nördlichen"
                            | "südlichen"
                            | "östlichen"
                            | "westlichen"
                    ))
        };
        // (Or a country's adjective after an article: `das tschechische Račice`.)
        let over_adjective = i > 1
            && (matches!(toks[i - 2].text, "im" | "ins") && adjective(i - 1)
                || (matches!(toks[i - 2].text, "das" | "dem")
                    && toks[i - 1].text.starts_with(char::is_lowercase)
                    && lex.country_of_adjective(toks[i - 1].text).is_some()
                    && !lex.is_common_noun(w)
                    && !crate::lexicon::german_word(&w.to_lowercase())));
        let locative = LOCATIVE.contains(&toks[i - 1].text) || over_adjective;
        // (After such an adjective, also a name the dictionary lists or the compound
        // splitter reads as a noun: `im südmährischen Nikolsburg`.)
        let suffix_place = over_adjective
            && toks[i].cap
            && toks[i].word
            && !not_name(w)
            && lex.role_of(w).is_none()
            && !common_noun(w);
        // (A word the dictionary lists but not as a noun, or a compound the
        // splitter reads as a noun, after `in`, `nach`, `aus`, `bei`: a town
        // the gazetteer lacks — `nach Glarus`, `in Bitburg`; not `bei Weitem`.)
        let town_like = i > 0
            && matches!(toks[i - 1].text, "in" | "nach" | "aus" | "bei" | "In" | "Nach" | "Aus" | "Bei")
            && toks[i].cap
            && toks[i].word
            && !not_name(w)
            && !dossier_text::is_noun_form(w)
            // (Not a compound the splitter reads as a noun, `Termingründen`,
            // unless it ends as towns do: `Bitburg`, `Regensdorf`.)
            && (!lex.is_common_noun(w) || TOWN_ENDINGS.iter().any(|e| w.ends_with(e)))
            && lex.role_of(w).is_none()
            // (Nor a compound whose last part is a noun or an office: `EU-Mitteln`,
            // `Landeshauptmann-Stellvertreterin`.)
            && !w.rsplit_once('-').is_some_and(|(_, last)| {
                dossier_text::is_noun_form(last) || lex.is_common_noun(last) || lex.role_of(last).is_some()
            })
            && lex.first_name(w).is_none()
            && lex.country_of_adjective(w).is_none()
            // (Nor the rest of a country's name: `Korea` of `Südkorea`.)
            && !["Süd", "Nord"].iter().any(|c| {
                let mut lower = w.chars();
                let rest: String = lower.next().map(|f| f.to_lowercase().chain(lower).collect()).unwrap_or_default();
                lex.place(&format!("{c}{rest}")).is_some_and(|p| p.kind == "country")
            });
        let name_like = proper[i] || suffix_place || town_like;
        // (`bei Weitem`, `aus Versehen`: an adjective or noun in a set phrase.)
        let set_phrase = w.ends_with("em") && w.len() > 4;
        if claimed[i] || !name_like || toks[i].initial || !locative || set_phrase {
            continue;
        }
        let plausible = suffix_place
            || town_like
            || !crate::lexicon::german_word(&w.to_lowercase())
                && !w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
                && lex.first_name(w).is_none()
                && !lex.east_asian.contains(w)
                && !w.split_once('-').is_some_and(|(a, b)| {
                    lex.organizations.contains_key(a)
                        || lex.place(a).is_some()
                        || common_noun(b.rsplit('-').next().unwrap_or(b))
                });
        if plausible {
            let mut j = i + 1;
            while j < n && !claimed[j] && proper[j] && doc.tokens[j].sentence == doc.tokens[i].sentence {
                j += 1;
            }
            // (`in Zell am See`, `nach Waidhofen an der Ybbs`, `Ried im Innkreis`:
            // a town's name with its river, lake or district.)
            if town_like && j == i + 1 {
                let cap = |k: usize| k < n && toks[k].cap && toks[k].word && !not_name(toks[k].text) && !claimed[k];
                j = district_end(&toks, j, cap);
            }
            let name: Vec<&str> = toks[i..j].iter().map(|t| t.text).collect();
            let e = found.entity(EntityType::Place, &name.join(" "), None);
            found.mention(e, i, j, MentionKind::Name);
            claimed[i..j].iter_mut().for_each(|c| *c = true);
        }
    }

    // 5a. The dateline: an unknown name opening the body, before `.` or
    // `(dpa)` (`Davos. Für die Landesregierung …`), is a place.
    // (Also one the compound splitter reads as a noun: `Weißenburg.`.)
    if let Some(i) = doc.body_first().filter(|&i| {
        i + 2 < n
            && !claimed[i]
            && (proper[i]
                || (toks[i].cap && toks[i].word && !not_name(toks[i].text) && lex.role_of(toks[i].text).is_none()))
    }) {
        let w = toks[i].text;
        // (`Osaka/Basel.`: two known places, not one unknown.)
        // (`Melk.`: a word German has, but no noun, may be a town's name too.)
        let unknown = (!crate::lexicon::german_word(&w.to_lowercase()) || !common_noun(w))
            && !w.contains('/')
            && lex.first_name(w).is_none()
            && !w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
        if unknown && matches!(toks[i + 1].text, "." | "(") && toks[i + 2].cap {
            let e = found.entity(EntityType::Place, w, None);
            found.mention(e, i, i + 1, MentionKind::Name);
            claimed[i] = true;
        }
    }

    // 5c. An unknown word after a noun for a town (`die japanische
    // Marktgemeinde Obuse`, `die Partnerstadt Xichang`) is a place, also
    // where the article names it again (`nach Obuse`), even when the compound
    // splitter can read it as a German noun.
    for i in 1..n {
        let w = toks[i].text;
        // (The cheap tests first: this runs for every word.)
        if claimed[i] || !toks[i].cap || !toks[i - 1].cap || toks[i].initial {
            continue;
        }
        let after_town = TOWN_NOUNS.iter().any(|h| key(toks[i - 1].text).ends_with(h));
        if !after_town
            || !toks[i].word
            || w.contains('-')
            || not_name(w)
            || crate::lexicon::german_word(&w.to_lowercase())
            || lex.first_name(w).is_some()
            || lex.role_of(w).is_some()
            || lex.country_of_adjective(w).is_some()
            || (i + 1 < n && toks[i + 1].cap && toks[i + 1].word && !claimed[i + 1])
        {
            continue;
        }
        let e = found.entity(EntityType::Place, w, None);
        for k in 0..n {
            if toks[k].text == w && !claimed[k] {
                found.mention(e, k, k + 1, MentionKind::Name);
                claimed[k] = true;
            }
        }
    }

    // 5d. Districts, cantons, parks and abbeys named with their kind (`Landkreis
    // Harz`, `des Landkreises Leer`, `Kanton St. Gallen`, `Nationalpark
    // Gesäuse`, `Stift Melk`): one place, even where the gazetteer knows the
    // town or region the name takes.
    // (Also in the genitive: `des Landkreises`, `des Kantons`.)
    const AREA_HEADS: &[&str] =
        &["Landkreis", "Kreis", "Kanton", "Bezirk", "Woiwodschaft", "Nationalpark", "Stift", "Schloss"];
    for i in 0..n.saturating_sub(1) {
        if claimed[i] || !toks[i].cap {
            continue;
        }
        let w = toks[i].text;
        let Some(&head) = AREA_HEADS.iter().find(|h| w.strip_prefix(**h).is_some_and(|r| matches!(r, "" | "s" | "es")))
        else {
            continue;
        };
        let place_at = |found: &Found, k: usize| place_mention(found, k, None);
        let free = |k: usize| k < n && toks[k].cap && toks[k].word && !not_name(toks[k].text);
        let mut j = i + 1;
        if matches!(toks[j].text, "St." | "Sankt" | "Bad") && free(j + 1) {
            j += 2;
        } else if free(j) && toks[j].text.contains("isch") && free(j + 1) {
            // (`Nationalpark Niedersächsisches Wattenmeer`.)
            j += 2;
        } else if free(j)
            && (place_at(&found, j).is_some()
                || (!claimed[j] && (!common_noun(toks[j].text) || lex.place(toks[j].text).is_some())))
        {
            j += 1;
        } else {
            continue;
        }
        // (A place the name takes, `Harz`, `St. Gallen`, becomes part of it.)
        let mut country = None;
        while let Some(p) = (i + 1..j).find_map(|k| place_at(&found, k)) {
            country = country.or_else(|| found.ents[found.mentions[p].ent].country.clone());
            found.mentions.remove(p);
        }
        if (i + 1..j).any(|k| claimed[k] && place_at(&found, k).is_none())
            && found.mentions.iter().any(|m| m.first > i && m.first < j)
        {
            continue;
        }
        let rest: Vec<&str> = toks[i + 1..j].iter().map(|t| t.text).collect();
        let e = found.entity(EntityType::Place, &format!("{head} {}", rest.join(" ")), country);
        found.mention(e, i, j, MentionKind::Name);
        claimed[i..j].iter_mut().for_each(|c| *c = true);
    }

    // 5e. Towns named with `Bad`, `Sankt`, `St.` (`Bad Aussee`, `St. Johann im
    // Pongau`) that the gazetteer (towns of 15,000 and more) lacks, with their
    // river, lake or district.
    for i in 0..n.saturating_sub(1) {
        let lead = toks[i].text;
        if !matches!(lead, "Bad" | "Sankt" | "St.") {
            continue;
        }
        // (The gazetteer may know the town but not its district: `St. Johann`.)
        let known = place_mention(&found, i, Some(i + 2));
        if (claimed[i] || claimed[i + 1]) && known.is_none() {
            continue;
        }
        let w = toks[i + 1].text;
        let saint = lead != "Bad";
        // (Not a town's adjective: `die St. Galler Regierung`, `die St. Gallerin`.)
        let adjective = ["er", "erin", "erinnen", "ern"].iter().any(|e| w.ends_with(e)) && lex.first_name(w).is_none();
        if !toks[i + 1].cap || !toks[i + 1].word || not_name(w) || (!saint && common_noun(w)) || adjective {
            continue;
        }
        // (The district may be a region the gazetteer knows: `im Pongau`.)
        let cap = |k: usize| {
            k < n
                && toks[k].cap
                && toks[k].word
                && !not_name(toks[k].text)
                && (!claimed[k] || place_mention(&found, k, Some(k + 1)).is_some())
        };
        let j = district_end(&toks, i + 2, cap);
        if known.is_some() && j == i + 2 {
            continue;
        }
        if j > i + 2 {
            if let Some(p) = place_mention(&found, j - 1, Some(j)) {
                found.mentions.remove(p);
            }
        }
        if let Some(p) = place_mention(&found, i, Some(i + 2)) {
            found.mentions.remove(p);
        }
        // (The genitive of a town the article names: `Bad Gasteins Bürgermeister`.)
        let mut words: Vec<&str> = toks[i..j].iter().map(|t| t.text).collect();
        let bare = words[1]
            .strip_suffix('s')
            .filter(|b| j == i + 2 && (1..n).any(|k| toks[k - 1].text == lead && toks[k].text == *b));
        if let Some(b) = bare {
            words[1] = b;
        }
        let name = words.join(" ");
        let e = found
            .ents
            .iter()
            .position(|x| x.kind == EntityType::Place && x.name == name)
            .unwrap_or_else(|| found.entity(EntityType::Place, &name, None));
        found.mention(e, i, j, MentionKind::Name);
        claimed[i..j].iter_mut().for_each(|c| *c = true);
    }

    // 5b. Compound place names (`Ballhausplatz`) that the dictionary does not
    // list as common nouns, and compass regions (`Norddeutschland`).
    for i in 0..n {
        if claimed[i] || !toks[i].cap || toks[i].text.contains('-') || not_name(toks[i].text) {
            continue;
        }
        let w = toks[i].text;
        let k = key(w);
        // (Not an office or agent noun that ends like one: `Stadtamtsdirektor`, `Moderator`.)
        let agent = || ["ator", "ktor", "itor", "utor"].iter().any(|e| k.ends_with(e)) || is_role_word(lex, w);
        let compound_place =
            PLACE_HEADS.iter().any(|h| k.ends_with(h) && k.len() > h.len() + 3) && !common_noun(w) && !agent();
        let compass = COMPASS.iter().find_map(|c| w.strip_prefix(c)).filter(|rest| {
            rest.starts_with(char::is_lowercase) && {
                let mut r = rest.chars();
                let cap: String = r.next().map(|f| f.to_uppercase().chain(r).collect()).unwrap_or_default();
                lex.place(&cap).is_some_and(|p| p.kind != "city")
            }
        });
        if compound_place || compass.is_some() {
            let e = found.entity(EntityType::Place, w, None);
            found.mention(e, i, i + 1, MentionKind::Name);
            claimed[i] = true;
        }
    }

    // 6. Organisations by pattern: `Mainfeld Chemie AG`, `der Chemiekonzern Mainfeld`.
    // Clubs, schools and works named by their town (`des Gewerbevereins
    // Burgdorf`, `die Musikgesellschaft Schüpfheim`, `die Feuerwehr Glarus Nord`).
    for k in 0..n.saturating_sub(1) {
        if claimed[k]
            || !toks[k].cap
            || !toks[k].word
            || !toks[k + 1].cap
            || !is_local_body(toks[k].text)
            || lex.role_of(toks[k].text).is_some()
        {
            continue;
        }
        let j = k + 1;
        let place_at = found
            .mentions
            .iter()
            .position(|m| m.first == j && m.last == j + 1 && found.ents[m.ent].kind == EntityType::Place);
        let w = toks[j].text;
        let town_shaped = TOWN_ENDINGS.iter().any(|e| w.ends_with(e)) && !dossier_text::is_noun_form(w);
        let unknown_town = !claimed[j]
            && toks[j].cap
            && toks[j].word
            && (proper[j] || town_shaped)
            && !not_name(w)
            && lex.first_name(w).is_none();
        if place_at.is_none() && !unknown_town {
            continue;
        }
        let mut end = j + 1;
        if end < n && !claimed[end] && matches!(toks[end].text, "Nord" | "Süd" | "Ost" | "West" | "Mitte") {
            end += 1;
        }
        if let Some(p) = place_at {
            found.mentions.remove(p);
        }
        let head = toks[k].text;
        let head = head
            .strip_suffix("es")
            .filter(|b| is_local_body(b) && !is_local_body(&format!("{b}e")))
            .or_else(|| head.strip_suffix('s').filter(|b| is_local_body(b)))
            .unwrap_or(head);
        let rest: Vec<&str> = toks[j..end].iter().map(|t| t.text).collect();
        let e = found.entity(EntityType::Organization, &format!("{head} {}", rest.join(" ")), None);
        found.mention(e, k, end, MentionKind::Name);
        claimed[k..end].iter_mut().for_each(|c| *c = true);
    }
    // First the names a legal form closes, read back from the legal form.
    for s in 1..n {
        if claimed[s] || !is_legal_form(&toks, s) {
            continue;
        }
        let Some((first, taken)) = legal_name_start(&toks, &claimed, &found, s, lex) else { continue };
        // `Deccan Tunnelling Ltd.`: the abbreviation's point belongs to the name.
        let end = if toks[s].text == "Ltd" && s + 1 < n && toks[s + 1].text == "." { s + 2 } else { s + 1 };
        found.mentions.retain(|m| !taken.contains(&m.first));
        let name = (first..end).map(|k| toks[k].text).collect::<Vec<_>>().join(" ").replace(" .", ".");
        let e = found.entity(EntityType::Organization, &name, None);
        found.mention(e, first, end, MentionKind::Name);
        claimed[first..end].iter_mut().for_each(|c| *c = true);
        // (`Nordsjø Energi`, found as a name before, is the same company.)
        let bare = toks[first..s].iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
        if let Some(&old) = found.by_key.get(&(EntityType::Organization, key(&bare))) {
            found.mentions.iter_mut().filter(|m| m.ent == old).for_each(|m| m.ent = e);
        }
        // (`Norrvik Trä AB` is then `Norrvik`.)
        if s > first + 1 {
            short_names.insert(toks[first].text.to_string(), e);
        }
    }
    for i in 0..n {
        if claimed[i] || !toks[i].cap || not_name(toks[i].text) {
            continue;
        }
        let mut j = i + 1;
        while j < n && !claimed[j] && toks[j].cap && j < i + 5 {
            j += 1;
        }
        // `Saaletal Antriebstechnik`: a trade compound after a place name is a company's name.
        // (Also a word for a trade: `Schuttertal Systems`.)
        let trade_word = |w: &str| COMPANY_WORDS.contains(&w) || TRADE_WORDS.contains(&w);
        let trade = i > 0
            && j == i + 1
            && (is_trade_compound(toks[i].text) || trade_word(toks[i].text))
            && found.mentions.iter().any(|m| m.last == i && found.ents[m.ent].kind == EntityType::Place);
        // (`bei der Harzgrund Gießerei`, `Talgang Textil`: a coined word no
        // dictionary lists, then the word for the trade.)
        let coined_trade = j == i + 2
            && trade_word(toks[i + 1].text)
            && !toks[i].initial
            && !dossier_text::is_noun_form(toks[i].text)
            && !crate::lexicon::german_word(&toks[i].text.to_lowercase())
            && lex.place(toks[i].text).is_none()
            && lex.first_name(toks[i].text).is_none()
            && lex.role_of(toks[i].text).is_none();
        // (`das Hilfswerk Sahelbrunnen`: after a kind noun, a compound no dictionary lists is a name too.)
        let coined_after_kind = i > 0 && is_org_kind(toks[i - 1].text) && !common_noun(toks[i].text);
        // (`die Glärnisch Bank`: a name and the word for its trade.)
        let two = j == i + 2;
        let suffix = |t: &Tok| ORG_SUFFIXES.contains(&t.text) || (two && matches!(t.text, "Bank" | "Versicherung"));
        if !proper[i] && !trade && !coined_trade && !coined_after_kind && !toks[i + 1..j].iter().any(suffix) {
            continue;
        }
        let before_kind = i > 0 && is_org_kind(toks[i - 1].text);
        // (`die Umweltorganisation Global 2000`: a number ends the name.)
        if before_kind && j == i + 1 && j < n && doc.tokens[j].kind == TokenKind::Number && !claimed[j] {
            j += 1;
        }
        let has_suffix = trade || coined_trade || toks[i + 1..j].iter().any(suffix);
        // `des Bergbauunternehmens Mineração Serra Alta`: places found inside the name are part of it.
        while before_kind && j < i + 5 && j < n && toks[j].cap && toks[j].word {
            match take_place(&mut found, j) {
                Some(end) => j = end,
                None => break,
            }
        }
        if before_kind || has_suffix {
            // `Energieversorger Alpenstrom Holding AG`: the kind noun is not part of the name.
            let mut i = i;
            // `Primstal Stahl AG`: a place name opening a company name is part of it.
            if has_suffix && i > 0 && toks[i - 1].cap && !toks[i - 1].initial {
                if let Some(p) = found
                    .mentions
                    .iter()
                    .position(|m| m.first + 1 == i && m.last == i && found.ents[m.ent].kind == EntityType::Place)
                {
                    found.mentions.remove(p);
                    i -= 1;
                }
            }
            // (A place adjective belongs to the name: `Mattigtaler Verbundtechnik AG`,
            // `Almtaler Energiespeicher AG`; before a noun for a kind of company
            // it only describes: `Linzer Batteriehersteller …`.)
            while has_suffix
                && i + 2 < j
                && ((is_kind_noun(toks[i].text) && !toks[i].text.ends_with("ische") && !toks[i].text.ends_with("ischen"))
                    || (is_name_adjective(toks[i].text) && is_org_kind(toks[i + 1].text))
                    // (`die Grazer Steirische Ferngas AG`: the town it sits in, before the name's own adjective.)
                    || (toks[i].text.strip_suffix("er").is_some_and(|p| lex.place(p).is_some())
                        && is_name_adjective(toks[i + 1].text)))
            {
                i += 1;
            }
            let name: Vec<&str> = toks[i..j].iter().map(|t| t.text).collect();
            // (A word for a trade alone is no name: `Stahl` whose place was taken.)
            if name.len() == 1 && trade_word(name[0]) {
                continue;
            }
            // (`Mainfeld Chemie`, named in full with its legal form before or
            // after, is that company: `Mainfeld Chemie AG`.)
            let joined = name.join(" ");
            let full = found.ents.iter().position(|x| {
                x.kind == EntityType::Organization
                    && x.name.strip_prefix(joined.as_str()).is_some_and(|rest| {
                        rest.strip_prefix(' ').is_some_and(|form| LEGAL_FORMS.contains(&form.trim_end_matches('.')))
                    })
            });
            let e = full.unwrap_or_else(|| found.entity(EntityType::Organization, &joined, None));
            found.mention(e, i, j, MentionKind::Name);
            claimed[i..j].iter_mut().for_each(|c| *c = true);
            // The company is then called by its first word (`Alpenstrom`);
            // `die Gewerkschaft Unisol` is then `Unisol` alone.
            if j > i + 1 || before_kind {
                short_names.insert(name[0].to_string(), e);
            }
        }
    }
    for i in 0..n {
        if claimed[i] || !toks[i].cap {
            continue;
        }
        if let Some(base) = degenitive(toks[i].text, |s| short_names.contains_key(s)) {
            found.mention(short_names[base], i, i + 1, MentionKind::Name);
            claimed[i] = true;
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
            if i + 1 < n && toks[i + 1].cap && !claimed[i + 1] {
                let next = toks[i + 1].text;
                let bare = next
                    .strip_suffix("es")
                    .filter(|b| national_head(b).is_some())
                    .or_else(|| next.strip_suffix('s').filter(|b| national_head(b).is_some()))
                    .unwrap_or(next);
                if let Some(ending) = national_head(bare) {
                    let stem = toks[i].text.trim_end_matches(['e', 'n', 's', 'r', 'm']);
                    let name = national_name(stem, ending, bare);
                    let org = found.entity(EntityType::Organization, &name, Some(iso.to_string()));
                    found.mention(org, i + 1, i + 2, MentionKind::Name);
                    claimed[i + 1] = true;
                }
            }
        }
    }

    // 7b. `Wettbewerbskommission (Weko)`: a short form in brackets after a
    // name is an organisation, and so is the name; later the short form
    // alone is that organisation.
    let mut acronyms: HashMap<String, usize> = HashMap::default();
    for i in 1..n.saturating_sub(2) {
        let (open, w, close) = (toks[i].text, toks[i + 1].text, toks[i + 2].text);
        if open != "(" || close != ")" || !toks[i + 1].cap {
            continue;
        }
        // (A short form the gazetteer knows — `(WBF)` — still names the long form before it.)
        let known = found
            .mentions
            .iter()
            .find(|m| m.first == i + 1 && m.last == i + 2 && found.ents[m.ent].kind == EntityType::Organization)
            .map(|m| m.ent);
        if claimed[i + 1] && known.is_none() {
            continue;
        }
        let letters = w.chars().count();
        let short_form = (2..=7).contains(&letters)
            && w.chars().all(char::is_alphabetic)
            && !crate::lexicon::german_word(&w.to_lowercase())
            && !lex.country_alias.contains_key(w)
            && lex.place(w).is_none();
        if !short_form {
            continue;
        }
        // The name before the bracket: an organisation already found there, or
        // the capitalised words before it.
        let before = found.mentions.iter().rev().find(|m| m.last == i).map(|m| m.ent);
        let e = match before {
            Some(e) if found.ents[e].kind == EntityType::Organization => e,
            Some(_) => continue,
            None => {
                let mut a = i;
                // (`Departement für Wirtschaft, Bildung und Forschung (WBF)`: a
                // comma of an enumeration closed by `und` is inside the name.)
                let listed =
                    |a: usize| toks[a - 1].text == "," && toks[a].cap && toks[a..i].iter().any(|t| t.text == "und");
                // (`Departement für auswärtige Angelegenheiten (EDA)`: an adjective after `für`.)
                let adjective = |a: usize| {
                    a >= 2
                        && toks[a - 2].text == "für"
                        && toks[a - 1].word
                        && ["e", "en", "er", "es"].iter().any(|e| toks[a - 1].text.ends_with(e))
                };
                let sentence = doc.tokens[i].sentence;
                while a > 0
                    && !claimed[a - 1]
                    && doc.tokens[a - 1].sentence == sentence
                    && !matches!(toks[a - 1].text, "Der" | "Die" | "Das" | "Dem" | "Den" | "Des")
                    && (toks[a - 1].cap
                        || matches!(toks[a - 1].text, "für" | "und" | "der" | "des")
                        || listed(a)
                        || adjective(a))
                    && a + 12 > i
                {
                    a -= 1;
                }
                // `Nach Angaben des Staatssekretariats für Wirtschaft (Seco)`:
                // an article after a word that heads no organisation opens the name.
                if let Some(d) = (a + 1..i).find(|&d| {
                    matches!(toks[d].text, "der" | "des") && !ORG_OPENERS.contains(&toks[d - 1].text) && {
                        let k = key(toks[d - 1].text);
                        !ORG_COMPOUND_HEADS.iter().chain(ORG_KIND_HEADS).any(|h| k.ends_with(h))
                    }
                }) {
                    a = d + 1;
                }
                while a < i && !toks[a].cap {
                    a += 1;
                }
                if a == i {
                    continue;
                }
                let mut name: Vec<String> = toks[a..i].iter().map(|t| t.text.to_string()).collect();
                let comma = |name: &[String]| name.join(" ").replace(" ,", ",");
                if let Some(h) = ORG_COMPOUND_HEADS.iter().find(|h| {
                    let k = key(&name[0]);
                    k.strip_suffix('s').is_some_and(|b| b.ends_with(*h))
                }) {
                    name[0] = nominative_head(&name[0], h);
                }
                // (Before a known short form, one word names it only if it names an
                // organisation itself: `Innenministerkonferenz (IMK)`, not `Velden (APA)`.)
                if known.is_some() && i - a == 1 && !is_org_kind(&name[0]) && !is_gathering_word(&name[0]) {
                    continue;
                }
                let e = known.unwrap_or_else(|| found.entity(EntityType::Organization, &comma(&name), None));
                // A body the gazetteer knows only by its short form is named by its
                // long form, when that form is in the nominative (`Bundesministerium
                // für …`, not `Eidgenössischen Departements für …`).
                let first = &name[0];
                // (`das Eidgenössische Departement`, `der Österreichische Fußball-Bund`:
                // an adjective's weak form after a neuter or masculine article.)
                let weak = first.ends_with('e')
                    && a > 0
                    && matches!(toks[a - 1].text, "das" | "Das" | "der" | "Der" | "dem" | "des");
                let declined = (["en", "es", "em", "s"].iter().any(|x| first.ends_with(x))
                    && toks[a].text == first.as_str())
                    || weak;
                if found.ents[e].name == w && !declined {
                    found.ents[e].name = comma(&name);
                }
                found.mention(e, a, i, MentionKind::Name);
                claimed[a..i].iter_mut().for_each(|c| *c = true);
                e
            }
        };
        found.mention(e, i + 1, i + 2, MentionKind::Name);
        claimed[i + 1] = true;
        acronyms.insert(w.to_string(), e);
    }
    for i in 0..n {
        if !claimed[i] && toks[i].cap {
            if let Some(&e) = acronyms.get(toks[i].text) {
                found.mention(e, i, i + 1, MentionKind::Name);
                claimed[i] = true;
            }
        }
    }

    // 8. Organisation names: `Universität Bremen`, single-word institutions
    // (`Bundesverwaltungsgericht`), and name prefixes of hyphenated compounds
    // (`EU-Beitrittsverhandlungen` mentions the EU).
    for i in 0..n {
        if claimed[i] || !toks[i].word {
            continue;
        }
        let w = toks[i].text;
        if ORG_OPENERS.contains(&w)
            && i + 1 < n
            && !claimed[i + 1]
            && (proper[i + 1] || typed_place(lex, toks[i + 1].text))
        {
            let mut j = i + 1;
            while j < n && !claimed[j] && toks[j].cap && (proper[j] || typed_place(lex, toks[j].text)) {
                j += 1;
            }
            let name: Vec<&str> = toks[i..j].iter().map(|t| t.text).collect();
            let e = found.entity(EntityType::Organization, &name.join(" "), None);
            found.mention(e, i, j, MentionKind::Name);
            claimed[i..j].iter_mut().for_each(|c| *c = true);
            continue;
        }
        // Only a capitalised word heads an organisation (`Oberverwaltungsgericht`).
        let head = if toks[i].cap {
            let k = key(w);
            let k = k
                .strip_suffix("es")
                .filter(|b| ORG_COMPOUND_HEADS.iter().any(|h| b.ends_with(h)))
                .or_else(|| k.strip_suffix('s').filter(|b| ORG_COMPOUND_HEADS.iter().any(|h| b.ends_with(h))))
                .unwrap_or(&k)
                .to_string();
            ORG_COMPOUND_HEADS.iter().find(|h| k.ends_with(*h) && k.len() > h.len() + 2)
        } else {
            None
        };
        // (A listed bare noun takes an adjective too: `Thüringische Staatskanzlei`.)
        let listed = head.is_some()
            && lex.organizations.contains_key(w)
            && !ische_before(&toks, &claimed, i)
            && !regional_after(&toks, lex, i);
        if let (true, Some(head), false, false) = (toks[i].cap, head, w.contains('-'), listed) {
            // A capitalised adjective before it makes it a name (`Hamburgische
            // Oberverwaltungsgericht`, `Kärntner Landesverband`); alone, only
            // courts, chambers and parliamentary groups are specific enough.
            let adjective = name_adjective_before(&toks, &claimed, &found, i);
            // (Also a country's or region's adjective in lower case: `des bayerischen
            // Wirtschaftsministeriums`, `des norwegischen Biathlonverbands`.)
            // (A country's adjective is also its demonym mention: `des norwegischen
            // Biathlonverbands` mentions Norway and names the federation.)
            // (Not a description: `der schwedische Mutterkonzern`, `die ägyptische
            // Nachrichtenagentur`.)
            let descriptive = matches!(*head, "konzern" | "agentur" | "stiftung");
            // (Nor one whose name follows: `der brasilianische Agrarverband Terra Viva`.)
            let name_follows = i + 1 < n && toks[i + 1].cap && toks[i + 1].word && proper[i + 1];
            let lower_adjective = i > 0
                && !(adjective || descriptive || name_follows)
                && (!claimed[i - 1] || demonym_at(&found, i - 1))
                && toks[i - 1].word
                && !toks[i - 1].cap
                && {
                    let a = toks[i - 1].text;
                    ["ischen", "ische", "isches", "ischer", "ischem"].iter().any(|x| a.ends_with(x))
                        || lex.country_of_adjective(a).is_some()
                };
            // (Nor a town's adjective: `der Bremer Energiekonzern`, `der Aschaffenburger
            // Logistikkonzern Kahlberg` describe the company.)
            let town_word = i > 0 && toks[i - 1].text.ends_with("er");
            let adjective = (adjective && !(town_word && (descriptive || name_follows))) || lower_adjective;
            let specific = SPECIFIC_HEADS.contains(head);
            // `Industrie- und Handelskammer`: a truncated first part belongs to the name.
            let truncated = !adjective
                && i >= 3
                && toks[i - 1].text == "und"
                && toks[i - 2].text == "-"
                && toks[i - 3].cap
                && !claimed[i - 3]
                && toks[i - 3].word;
            if adjective || specific {
                let first = if adjective {
                    i - 1
                } else if truncated {
                    i - 3
                } else {
                    i
                };
                let mut last = i + 1;
                // `… für Klima und Energiewende`, `… Rhein-Main`.
                if last + 1 < n && toks[last].text == "für" && toks[last + 1].cap {
                    last += 2;
                    while last + 1 < n && toks[last].text == "und" && toks[last + 1].cap {
                        last += 2;
                    }
                } else if last < n
                    && toks[last].cap
                    && !claimed[last]
                    && (proper[last] || typed_place(lex, toks[last].text))
                {
                    last += 1;
                } else if let Some(end) = take_place(&mut found, last) {
                    // `Oberverwaltungsgericht Rheinland-Pfalz`: the place found there is part of the name.
                    last = end;
                }
                let mut words: Vec<String> = toks[first..last].iter().map(|t| t.text.to_string()).collect();
                let h = words.len() - 1 - (last - i - 1);
                words[h] = nominative_head(&words[h], head);
                // `der Hessischen Staatskanzlei` → `Hessische Staatskanzlei`.
                if adjective && words[0].ends_with("en") && !lower_adjective {
                    words[0].pop();
                }
                // `des bayerischen Wirtschaftsministeriums` → `Bayerisches
                // Wirtschaftsministerium`: capitalised, with the ending of the
                // head's gender.
                if lower_adjective {
                    words[0] = nominative_adjective(&words[0], &words[h], head);
                }
                // `Industrie- und Handelskammer` keeps its hyphen.
                let e = found.entity(EntityType::Organization, &words.join(" ").replace(" - ", "- "), None);
                found.mention(e, first, last, MentionKind::Name);
                claimed[first..last].iter_mut().for_each(|c| *c = true);
                continue;
            }
        }
        // `Staatssekretariat für Wirtschaft`, `Institut für Klima und Energiewende`.
        let opens = head.is_some() || ORG_OPENERS.contains(&w);
        // `Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung`.
        let tail = if toks[i].cap && opens && i + 2 < n && toks[i + 1].text == "für" {
            fur_tail(&toks, &claimed, i + 1)
        } else {
            i + 1
        };
        if tail > i + 2 {
            let adjective = name_adjective_before(&toks, &claimed, &found, i);
            let first = if adjective { i - 1 } else { i };
            let last = tail;
            let mut words: Vec<String> = toks[first..last].iter().map(|t| t.text.to_string()).collect();
            if let Some(h) = head {
                words[i - first] = nominative_head(&words[i - first], h);
            }
            let e = found.entity(EntityType::Organization, &words.join(" "), None);
            found.mention(e, first, last, MentionKind::Name);
            claimed[first..last].iter_mut().for_each(|c| *c = true);
            continue;
        }
        // `Industrieverband Rhein-Main`, `Fachverband Metalltechnische Industrie`.
        // (Not a role: `Infrastruktur-Landesrat Günter Steinkogler`.)
        // (`Bauernverband Thurgau`, `Landgericht Berlin`: a place after the head is part of the name.)
        if toks[i].cap && head.is_some() && i + 1 < n && claimed[i + 1] && toks[i + 1].cap && !is_role_word(lex, w) {
            if let Some(end) = take_place(&mut found, i + 1) {
                claimed[i + 1..end].iter_mut().for_each(|c| *c = false);
            }
        }
        let next_cap = head.is_some() && i + 1 < n && !claimed[i + 1] && toks[i + 1].cap && !is_role_word(lex, w);
        if let (true, Some(head), true) = (toks[i].cap, head, next_cap) {
            let mut last = i + 1;
            while last < n
                && !claimed[last]
                && toks[last].cap
                && (proper[last]
                    || typed_place(lex, toks[last].text)
                    || is_name_adjective(toks[last].text)
                    || (last > i + 1 && is_name_adjective(toks[last - 1].text)))
                && last < i + 4
            {
                last += 1;
            }
            if last > i + 1
                && (proper[i + 1] || typed_place(lex, toks[i + 1].text) || is_name_adjective(toks[i + 1].text))
            {
                // `die Regulierungsbehörde E-Control`: a dictionary noun before
                // one coined name (not a place) only describes it.
                let coined = last == i + 2
                    && proper[i + 1]
                    && !toks[i + 1].text.split('-').any(|part| lex.place(part).is_some())
                    && !is_name_adjective(toks[i + 1].text)
                    && lex.is_common_noun(w);
                let first = if coined { i + 1 } else { i };
                let mut words: Vec<String> = toks[first..last].iter().map(|t| t.text.to_string()).collect();
                if !coined {
                    words[0] = nominative_head(&words[0], head);
                }
                let e = found.entity(EntityType::Organization, &words.join(" "), None);
                found.mention(e, first, last, MentionKind::Name);
                claimed[first..last].iter_mut().for_each(|c| *c = true);
                continue;
            }
        }
        if let Some((first, last_part)) = w.rsplit_once('-') {
            let last_bare = last_part.strip_suffix('s').filter(|b| HYPHEN_ORG_HEADS.contains(b)).unwrap_or(last_part);
            if toks[i].cap && first.starts_with(char::is_uppercase) && HYPHEN_ORG_HEADS.contains(&last_bare) {
                let name = format!("{first}-{last_bare}");
                let e = found.entity(EntityType::Organization, &name, None);
                found.mention(e, i, i + 1, MentionKind::Name);
                claimed[i] = true;
                continue;
            }
        }
        // (`UNO-Menschenrechtsrat`, `EFTA-Rat`, `WTO-Ministerkonferenz`: a body
        // of a known organisation is an organisation of its own.)
        if let Some((prefix, rest)) = w.split_once('-') {
            let body = |r: &str| {
                let k = key(r);
                BODY_HEADS.iter().any(|h| k.ends_with(h))
            };
            let bare =
                rest.strip_suffix("es").filter(|b| body(b)).or_else(|| rest.strip_suffix('s').filter(|b| body(b)));
            // (Not an office before a name: `FPÖ-Stadtrat Karl X`.)
            let named_next = i + 1 < n && (proper[i + 1] || is_first_name(toks[i + 1].text));
            if toks[i].cap && lex.organizations.contains_key(prefix) && (body(rest) || bare.is_some()) && !named_next {
                let name = format!("{prefix}-{}", bare.unwrap_or(rest));
                let e = found.entity(EntityType::Organization, &name, None);
                found.mention(e, i, i + 1, MentionKind::Name);
                claimed[i] = true;
                continue;
            }
        }
        if let Some((prefix, _)) = w.split_once('-') {
            if let Some(e) = typed_entity_prefix(&mut found, lex, prefix) {
                found.prefix_mentions.push((e, i, prefix.len()));
            }
        }
    }
    // `Bundesministerium für … Entwicklung (BMZ)`: a known short form in
    // brackets right after a name is that organisation.
    let mut pairs = Vec::new();
    for m in &found.mentions {
        let (a, i) = (m.ent, m.last);
        if found.ents[a].kind != EntityType::Organization
            || i + 2 >= n
            || toks[i].text != "("
            || toks[i + 2].text != ")"
        {
            continue;
        }
        if let Some(b) = found.mentions.iter().find(|x| x.first == i + 1 && x.last == i + 2).map(|x| x.ent) {
            // (An acronym the gazetteer lists as a place is the organisation's
            // here: `Bundesamt für Verkehr (BAV)`.)
            let acronym = toks[i + 1].text.chars().all(|c| c.is_uppercase()) && toks[i + 1].text.len() >= 2;
            if b != a
                && (found.ents[b].kind == EntityType::Organization
                    || (found.ents[b].kind == EntityType::Place && acronym))
                && abbreviates(toks[i + 1].text, &found.ents[a].name)
            {
                pairs.push((b, a));
            }
        }
    }
    // `in Lohr` after `Lohr am Main`: a town named by its first words is the
    // town its full name (`am`, `an der`, `im`, `ob der` + river, lake or
    // district) named in the article.
    for (a, ent) in found.ents.iter().enumerate() {
        if ent.kind != EntityType::Place {
            continue;
        }
        let full = found.ents.iter().position(|o| {
            o.kind == EntityType::Place
                && o.name.strip_prefix(ent.name.as_str()).is_some_and(|rest| {
                    ["am ", "an der ", "im ", "in der ", "ob der ", "bei "]
                        .iter()
                        .any(|p| rest.strip_prefix(' ').is_some_and(|r| r.starts_with(p)))
                })
        });
        if let Some(b) = full.filter(|&b| found.mentions.iter().any(|m| m.ent == b)) {
            pairs.push((a, b));
        }
    }
    for (b, a) in pairs {
        for m in found.mentions.iter_mut().filter(|m| m.ent == b) {
            m.ent = a;
        }
    }
    found
}

/// Where a town's name ends that may go on, from token `j`, with its river,
/// lake or district (`Zell am See`, `Waidhofen an der Ybbs`, `Ried im
/// Innkreis`); `cap` says whether a token may be part of it.
fn district_end(toks: &[Tok], j: usize, cap: impl Fn(usize) -> bool) -> usize {
    let n = toks.len();
    match toks.get(j).map(|t| t.text) {
        Some("am") if cap(j + 1) && (toks[j + 1].text == "See" || !common_noun(toks[j + 1].text)) => j + 2,
        Some("im") if cap(j + 1) && ["kreis", "tal", "gau"].iter().any(|e| toks[j + 1].text.ends_with(e)) => j + 2,
        Some("an" | "ob" | "in") if j + 1 < n && matches!(toks[j + 1].text, "der" | "dem") && cap(j + 2) => j + 3,
        _ => j,
    }
}

/// The place mention that starts at token `first` (and ends at `last`, when
/// given), by its index in `found.mentions`.
fn place_mention(found: &Found, first: usize, last: Option<usize>) -> Option<usize> {
    found.mentions.iter().position(|m| {
        m.first == first && last.is_none_or(|l| m.last == l) && found.ents[m.ent].kind == EntityType::Place
    })
}

/// Removes the place mention that starts at token `at` (its words become part
/// of an organisation's name); returns where it ended.
fn take_place(found: &mut Found, at: usize) -> Option<usize> {
    let p = found
        .mentions
        .iter()
        .position(|m| m.first == at && m.kind == MentionKind::Name && found.ents[m.ent].kind == EntityType::Place)?;
    Some(found.mentions.remove(p).last)
}

/// Whether a word names a body that meets (`Innenministerkonferenz`, `Bundesrat`).
fn is_gathering_word(w: &str) -> bool {
    let k = key(w);
    ["konferenz", "rat", "kommission", "ausschuss", "versammlung", "parlament"].iter().any(|h| k.ends_with(h))
}

/// Whether `short` may abbreviate `name`: its letters appear in the name in
/// order, the first one opening it (`BMZ`, `Bundesministerium für
/// wirtschaftliche Zusammenarbeit`; not `WFP`, `Vereinte Nationen`).
fn abbreviates(short: &str, name: &str) -> bool {
    let name = name.to_lowercase();
    let mut letters = short.chars().flat_map(char::to_lowercase);
    let Some(first) = letters.next() else { return false };
    if !name.starts_with(first) {
        return false;
    }
    let mut rest = name.chars().skip(1);
    letters.all(|l| rest.any(|c| c == l))
}

fn surname_of<'a>(name: &'a str, lex: &Lexicon) -> &'a str {
    let parts: Vec<&str> = name.split(' ').collect();
    if lex.east_asian.contains(parts[0]) && parts.len() >= 2 {
        parts[0]
    } else {
        parts[parts.len() - 1]
    }
}

fn merge_surnames(found: &mut Found, lex: &Lexicon) {
    let persons: Vec<usize> = (0..found.ents.len()).filter(|&e| found.ents[e].kind == EntityType::Person).collect();
    // Each person's surname, worked out once rather than for every pair.
    let surnames: Vec<String> =
        (0..found.ents.len()).map(|e| surname_of(&found.ents[e].name, lex).to_string()).collect();
    for &short in &persons {
        let name = found.ents[short].name.clone();
        // `Amaral Teixeira` after `Rodrigo Amaral Teixeira`: a double surname
        // is the short form of the full name that ends with it.
        let tail = format!(" {name}");
        // (`Van Harderwijk` opening a sentence after `Joost van Harderwijk`: the
        // particle is capitalised there.)
        let particle_tail = name.split_once(' ').and_then(|(first, rest)| {
            let lower = first.to_lowercase();
            PARTICLES.contains(&lower.as_str()).then(|| format!(" {lower} {rest}"))
        });
        // (`Mauricio Londoño` after `Mauricio Londoño Arango`: given name and first family name.)
        let head = format!("{name} ");
        let two_words = name.split(' ').count() == 2;
        let fuller: Vec<usize> = persons
            .iter()
            .copied()
            .filter(|&o| {
                let other = &found.ents[o].name;
                o != short
                    && other.contains(' ')
                    && if name.contains(' ') {
                        other.ends_with(&tail)
                            || particle_tail.as_ref().is_some_and(|p| other.ends_with(p.as_str()))
                            || (other.starts_with(&head) && two_words)
                    } else {
                        surnames[o] == name
                    }
            })
            .collect();
        // Two full names share the surname (`Rajan Iyer`, `Kavita Iyer`): the
        // one with the same role (`Außenminister Iyer`), else the one named first.
        let target = match fuller[..] {
            [target] => Some(target),
            [_, _, ..] => {
                let heads = &found.ents[short].role_heads;
                let same_role: Vec<usize> = fuller
                    .iter()
                    .copied()
                    .filter(|&o| found.ents[o].role_heads.iter().any(|h| heads.contains(h)))
                    .collect();
                let intro = |e: usize| found.mentions.iter().filter(|m| m.ent == e).map(|m| m.first).min();
                match same_role[..] {
                    [one] => Some(one),
                    _ => fuller.iter().copied().min_by_key(|&o| intro(o)),
                }
            }
            [] => None,
        };
        if let Some(target) = target {
            for m in found.mentions.iter_mut().filter(|m| m.ent == short) {
                m.ent = target;
            }
            let src = found.ents[short].clone();
            let t = &mut found.ents[target];
            for r in src.roles {
                if !t.roles.contains(&r) {
                    t.roles.push(r);
                }
            }
            if t.gender == Gender::Unknown {
                t.gender = src.gender;
            }
        }
    }
}

/// The adjective ending of a national institution head (`Außenministerium` → `es`).
fn national_head(word: &str) -> Option<&'static str> {
    let k = key(word);
    // The heads are written folded except for `ä` and `ß`, which fold here once.
    static FOLDED: std::sync::OnceLock<Vec<(String, &'static str)>> = std::sync::OnceLock::new();
    let heads = FOLDED.get_or_init(|| NATIONAL_HEADS.iter().map(|(h, e)| (key(h), *e)).collect());
    heads.iter().find(|(h, _)| k.ends_with(h.as_str())).map(|(_, e)| *e)
}

/// Whether `w` is the last word of the name of a person found so far (of a
/// given name and a surname: `Rochat` after `Marc Rochat`).
fn is_known_surname(found: &Found, w: &str) -> bool {
    found
        .ents
        .iter()
        .any(|e| e.kind == EntityType::Person && e.name.contains(' ') && e.name.rsplit(' ').next() == Some(w))
}

fn typed_place(lex: &Lexicon, w: &str) -> bool {
    lex.place(w).is_some()
}

/// The organisation, country or place a compound's first part names (`EU`, `Nato`, `China`).
fn typed_entity_prefix(found: &mut Found, lex: &Lexicon, prefix: &str) -> Option<usize> {
    if prefix.chars().count() < 2 || !prefix.starts_with(char::is_uppercase) {
        return None;
    }
    if lex.organizations.contains_key(prefix)
        || lex.country_alias.contains_key(prefix)
        || lex.place(prefix).is_some_and(|p| !p.ambiguous)
    {
        return typed_entity(found, lex, prefix);
    }
    None
}

fn is_place_or_org(lex: &Lexicon, w: &str) -> bool {
    degenitive(w, |s| lex.place(s).is_some() || lex.organizations.contains_key(s)).is_some()
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
    if let Some(p) = lex.place(surface) {
        let name = lex.region_canonical.get(surface).map_or(surface, String::as_str).to_string();
        let country = Some(p.country.to_string()).filter(|c| !c.is_empty());
        return Some(found.entity(EntityType::Place, &name, country));
    }
    None
}
