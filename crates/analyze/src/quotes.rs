//! Quotes: direct (in quotation marks), indirect (reported speech) and
//! mixed (reported speech with quoted words), each with its speaker and cue.
//!
//! * Direct: quotation marks are paired by their position (an opening mark
//!   follows a space or the start, a closing one follows a word), for every
//!   style (`„…“ “…” "…" »…« «…» ‚…‘`). A pair is a statement when it holds
//!   a sentence or five words; shorter pieces count when a reporting or
//!   naming verb in their sentence has a speaker (`bezeichnete … als „…“`),
//!   unless they sit inside reported speech. Two statements split by a cue
//!   (`„…“, sagte sie, „…“`) are one quote.
//! * Indirect: a reporting verb with a `dass` clause or a Konjunktiv clause
//!   (`warnte, die Schweiz dürfe …`); a clause before an inverted cue
//!   (`…, teilte das EDA mit.`, `…, hieß es.`); `laut X`, `X zufolge`,
//!   `nach Angaben des X`; `…, so X, …`; Konjunktiv sentences that carry a
//!   report on (`Man sei sich einig.`); a headline `Name: statement`.
//! * Speakers: the subject of the cue verb (after it when inverted, else the
//!   first name in the sentence), any mention kind (`sagte sie`, `der
//!   Minister betonte`); a quote without a cue continues the quote before it
//!   or is given to the subject of the sentence before.

use crate::entities::Found;
use crate::lexicon::{Gender, Lexicon};
use crate::segment::TokenKind;
use crate::{Doc, EntityType, MentionKind, QuoteKind};
use rustc_hash::FxHashMap as HashMap;

/// A quote found: byte spans, speaker as entity index, cue as token index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Kind.
    pub kind: QuoteKind,
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Speaker (entity index).
    pub speaker: Option<usize>,
    /// Cue token.
    pub cue: Option<usize>,
    /// Quoted pieces (bytes) of a direct quote.
    pub parts: Vec<(usize, usize)>,
    /// Sentence of the quote's start.
    pub sentence: usize,
}

/// Verbs of saying (finite forms and participles).
pub(crate) const REPORTING: &[&str] = &[
    "sagte", "sagten", "sagt", "sagen", "gesagt", "erklärte", "erklärten", "erklärt", "betonte", "betonten", "betont",
    "fügte", "fügten", "warnte", "warnten", "warnt", "gewarnt", "kritisierte", "kritisierten", "kritisiert", "räumte",
    "versicherte", "versicherten", "versichert", "teilte", "teilten", "teilt", "mitgeteilt", "meinte", "meint",
    "unterstrich", "unterstrichen", "hob", "bekräftigte", "bekräftigten", "bekräftigt", "fragte", "antwortete",
    "kündigte", "kündigten", "angekündigt", "schrieb", "schrieben", "schreibt", "verwies", "verwiesen", "verweist",
    "forderte", "forderten", "fordert", "gefordert", "erinnerte", "mahnte", "mahnt", "appellierte", "bestätigte",
    "bestätigten", "bestätigt", "berichtete", "berichteten", "berichtet", "ergänzte", "argumentierte", "behauptete",
    "beteuerte", "stellte", "verlautete", "zeigte", "sprach", "sprachen", "bezeichnete", "bezeichneten", "nannte",
    "hieß", "hiess", "heißt", "heisst", "twitterte", "begründete", "lobte", "kommentierte", "versprach", "drohte",
    "bekannte", "gab", "wies", "machte", "äußerte", "äusserte", "sicherte", "rief", "hoffte", "hofft", "glaubt",
    "glaubte", "zitiert", "zitierte", "erwiderte", "entgegnete", "präzisierte", "resümierte", "bilanzierte", "räumt",
    "warben", "warb", "plädierte", "signalisierte", "beklagte", "bedauerte", "begrüßte", "begrüsste", "verteidigte",
    "widersprach", "dementierte", "würdigte", "mitteilte", "erklärten", "schilderte", "sagt", "bemängelte", "monierte",
    "meldete", "meldeten", "meldet", "ließ", "ließen", "liess", "liessen", "warf", "warfen", "gezeigt", "zeigten",
    "hielt", "hielten", "fuhr", "fuhren",
];

/// Verbs of saying only with a word later in their clause: `ließ … offen`,
/// `ließ über eine Sprecherin ausrichten`; `warf … vor`.
const WITH_PARTICLE: &[(&[&str], &[&str])] = &[
    (
        &["ließ", "ließen", "liess", "liessen"],
        &["offen", "wissen", "verlauten", "ausrichten", "mitteilen", "erklären", "verbreiten"],
    ),
    (ACCUSING, &["vor"]),
    // `X hielt dagegen, …`.
    (&["hielt", "hielten"], &["dagegen"]),
    // `„Wir teilen“, fuhr der Regierungschef fort, „…“`.
    (&["fuhr", "fuhren"], &["fort"]),
];

/// `warf … vor`: its subject comes before it, and what follows it is whom it is said to.
const ACCUSING: &[&str] = &["warf", "warfen"];

/// Nouns for outlets that people speak to (`dem Sender`, `der Zeitung`).
const MEDIA: &[&str] = &["sender", "zeitung", "agentur", "magazin", "blatt", "portal", "rundfunk", "fernsehen"];

/// Verbs after which a short quoted phrase is someone's words (`bezeichnete … als „…“`).
const NAMING: &[&str] =
    &["bezeichnete", "bezeichneten", "nannte", "nannten", "sprach", "sprachen", "warnte", "lobte", "kritisierte"];

/// Konjunktiv forms that need no dictionary.
const KONJ_I: &[&str] = &[
    "sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "dürfe", "solle", "wolle", "möge", "wisse", "gebe",
    "tue",
];
const KONJ_II: &[&str] = &[
    "wäre", "wären", "hätte", "hätten", "würde", "würden", "könnte", "könnten", "müsste", "müssten", "dürfte",
    "dürften", "gäbe", "käme", "kämen", "stünde", "stünden", "läge", "lägen", "bräuchte", "bräuchten", "ginge",
    "gäben", "säße", "säßen", "sässe", "sässen", "stände", "ständen", "wüsste", "wüssten", "fände", "fänden", "täte",
    "täten", "hinge", "hingen",
];

/// Konjunktiv I endings of verbs whose stem ends in t or d (`arbeite`, `gelte`).
const T_STEMS: &[&str] = &[
    "arbeite", "erwarte", "gelte", "halte", "bedeute", "biete", "leiste", "richte", "warte", "beachte", "berichte",
    "bestreite", "betrachte", "deute", "fürchte", "gestalte", "rate", "trete", "vertrete", "verhalte", "enthalte",
    "erhalte", "unterhalte", "beobachte", "achte", "vermute", "bereite", "beteilige",
];

/// Words ending in -e that are not verbs in Konjunktiv I (`wurde` is past
/// indicative although `wurdet` exists).
const NOT_VERBS: &[&str] = &[
    "wurde", "eine", "meine", "deine", "keine", "seine", "ihre", "unsere", "diese", "jene", "welche", "solche", "alle",
    "beide", "ohne", "gerne", "heute", "bitte", "ende", "weitere", "rechte", "weite", "letzte", "bereite", "halbe",
    "ganze", "gleiche", "einige", "andere", "manche", "viele", "wenige", "erste", "nächste", "mehrere", "sowie",
    "gegebene",
];

/// Determiners and prepositions before which a word in -e is an adjective.
const BEFORE_ADJECTIVE: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines", "kein", "keine",
    "sein", "seine", "ihr", "ihre", "unser", "unsere", "dieser", "diese", "dieses", "jede", "jeder", "jedes", "zur",
    "zum", "im", "am", "vom", "beim", "ich", "für", "mit", "als", "sehr", "so", "zu", "wie",
];

/// Whether token `i` is a Konjunktiv verb: `Some(true)` for Konjunktiv I
/// (reported speech for sure), `Some(false)` for Konjunktiv II.
fn konjunktiv(doc: &Doc, i: usize) -> Option<bool> {
    let w = &*doc.lower[i];
    if KONJ_I.contains(&w) {
        return Some(true);
    }
    if KONJ_II.contains(&w) {
        return Some(false);
    }
    // Konjunktiv I in -e where the indicative has -t (`erwarte`/`erwartet`, `stehe`/`steht`).
    if w.len() < 4 || !w.ends_with('e') || doc.tokens[i].kind != TokenKind::Word || NOT_VERBS.contains(&w) {
        return None;
    }
    if !doc.tok(i).starts_with(char::is_lowercase) || (i > 0 && BEFORE_ADJECTIVE.contains(&&*doc.lower[i - 1])) {
        return None;
    }
    // `-te` is the past tense (`sagte`, `hatte`), except for t-stems.
    // A t-stem stands alone or after a verb prefix (`beachte`, not `machte`).
    let t_stem = T_STEMS.iter().any(|t| {
        w.strip_suffix(t).is_some_and(|p| {
            p.is_empty()
                || [
                    "be", "ver", "ent", "er", "zer", "ge", "an", "auf", "aus", "ein", "mit", "vor", "zu", "ab", "bei",
                    "nach", "um", "über", "unter", "wieder", "zurück", "fest", "hoch", "bereit",
                ]
                .contains(&p)
        })
    });
    if w.ends_with("te") && !t_stem {
        return None;
    }
    let stem = &w[..w.len() - 1];
    // (`handle`/`handeln`: verbs in -eln drop the e.)
    let eln = w.strip_suffix("le").map(|s| format!("{s}eln"));
    let verbish = (crate::lexicon::german_word(w)
        && (crate::lexicon::german_word(&format!("{stem}t")) || crate::lexicon::german_word(&format!("{w}t"))))
        || eln.is_some_and(|x| crate::lexicon::german_word(&x));
    verbish.then_some(true)
}

/// Whether a speaker may be this entity.
/// Whether a person of gender `g` may be the one a feminine (`female`) or
/// masculine word refers to (`ihr Büro`, `die Fischerin`; unknown fits both).
fn gender_fits(g: Gender, female: bool) -> bool {
    match g {
        Gender::Female => female,
        Gender::Male => !female,
        _ => true,
    }
}

fn can_speak(kind: EntityType) -> bool {
    matches!(kind, EntityType::Person | EntityType::Organization)
}

struct Ctx<'a, 'd> {
    doc: &'a Doc<'d>,
    found: &'a Found,
    /// Speaker mentions by first token: (entity, last token, kind).
    at: HashMap<usize, (usize, usize, MentionKind)>,
    /// Tokens inside quotation marks (their verbs are not cues).
    inside_quote: Vec<bool>,
    /// Tokens that are verbs of saying (looked up once per token).
    reporting: Vec<bool>,
}

impl Ctx<'_, '_> {
    /// The organisation a spokesperson compound at token `j` speaks for
    /// (`eines FINMA-Sprechers`, `ein EDA-Sprecher`): the body the article
    /// names by that short form.
    fn spokesperson_of(&self, j: usize) -> Option<usize> {
        let (prefix, rest) = self.doc.tok(j).rsplit_once('-')?;
        if !rest.to_lowercase().starts_with("sprecher") {
            return None;
        }
        self.found
            .mentions
            .iter()
            .find(|m| {
                self.found.ents[m.ent].kind == EntityType::Organization
                    && m.last == m.first + 1
                    && self.doc.tok(m.first) == prefix
            })
            .map(|m| m.ent)
    }

    /// The body a bare noun after a source word names (`aus dem
    /// Ministerium`, `aus dem Departement`): the last one of that kind the
    /// article named before `p` (`das Auswärtige Amt`, `das Eidgenössische
    /// Departement für auswärtige Angelegenheiten`).
    fn body_after(&self, p: usize, last: usize) -> Option<usize> {
        let source = |k: usize| matches!(self.s(k), "aus" | "vom" | "im");
        let p = if !source(p) && source(p + 1) && self.doc.tokens[p].kind == TokenKind::Word { p + 1 } else { p };
        if !source(p) {
            return None;
        }
        let noun = if self.s(p + 1) == "dem" { p + 2 } else { p + 1 };
        if noun >= last {
            return None;
        }
        let noun = self.s(noun);
        let fits = |name: &str| match noun {
            "ministerium" => name.contains("ministerium") || name.contains("departement") || name == "auswärtiges amt",
            "außenministerium" | "aussenministerium" => {
                name.contains("außenministerium")
                    || name.contains("aussenministerium")
                    || name == "auswärtiges amt"
                    || name.contains("auswärtige angelegenheiten")
            }
            "departement" => name.contains("departement"),
            _ => false,
        };
        if !fits(noun) {
            return None;
        }
        // (By its name or by how the article named it: `EDA` is `des
        // Eidgenössischen Departements für auswärtige Angelegenheiten`.)
        self.found
            .mentions
            .iter()
            .filter(|m| m.first < p && self.found.ents[m.ent].kind == EntityType::Organization)
            .filter(|m| {
                let surface = (m.first..m.last).map(|k| self.s(k)).collect::<Vec<_>>().join(" ");
                fits(&self.found.ents[m.ent].name.to_lowercase()) || fits(&surface)
            })
            .max_by_key(|m| m.first)
            .map(|m| m.ent)
    }

    /// The reporting verb of a cue in the perfect opened by the auxiliary at
    /// `k` (`hatte X bei diesem Treffen gesagt`), within its sentence.
    fn perfect_cue(&self, k: usize) -> Option<usize> {
        if !matches!(self.s(k), "hatte" | "hat" | "hatten" | "haben") {
            return None;
        }
        let last = self.doc.sentences[self.doc.tokens[k].sentence].last;
        (k + 2..(k + 9).min(last)).find(|&j| self.is_reporting(j))
    }

    fn s(&self, i: usize) -> &str {
        self.doc.lower.get(i).map(|w| &**w).unwrap_or("")
    }

    fn is_reporting(&self, i: usize) -> bool {
        self.reporting.get(i).copied().unwrap_or(false) && !self.inside_quote.get(i).copied().unwrap_or(true)
    }

    /// The subject of the verb at `v` in `first..last`. German puts the
    /// verb second: a name that opens the clause is its subject; otherwise
    /// the subject follows the verb (`Am Montag sagte Lawrow`, `„…“, sagte
    /// die Geschäftsführerin der Werft, Henrike Voss`); otherwise it is the
    /// first person named before the verb.
    fn subject(&self, v: usize, first: usize, last: usize) -> Option<usize> {
        let is_person = |e: usize| self.found.ents[e].kind == EntityType::Person;
        let words_before = |k: usize| (first..k).filter(|&j| self.doc.tokens[j].kind == TokenKind::Word).count();
        // 1. A name opening the clause.
        if let Some(k) = (first..v).find(|k| self.at.contains_key(k)) {
            // (`Die oppositionelle CDU-Fraktion warf …`: an article and adjectives may come first.)
            // (`Polens Verteidigungsminister Władysław Kępiński stellte …`: so may a
            // country's genitive and the office.)
            let lex = Lexicon::get();
            let modifiers = (first..k).all(|j| {
                let w = self.s(j);
                let t = self.doc.tok(j);
                matches!(w, "der" | "die" | "das")
                    || (w.ends_with('e') && t.starts_with(char::is_lowercase))
                    || (t.starts_with(char::is_uppercase) && lex.role_of(t).is_some())
                    || t.strip_suffix('s').is_some_and(|b| lex.place(b).is_some())
            });
            let opener =
                (words_before(k) <= 1 || modifiers) && (k == first || !matches!(self.s(k - 1), "von" | "mit" | "laut"));
            let (e, l, _) = self.at[&k];
            if opener && (is_person(e) || !(l..v).any(|j| self.at.get(&j).is_some_and(|m| is_person(m.0)))) {
                return Some(e);
            }
        }
        // 2. After the verb, through appositions (not after `warf`: `warf der
        // Regierung vor` names whom it is said to).
        let mut k = if ACCUSING.contains(&self.s(v)) { last } else { v + 1 };
        let mut org = None;
        let mut role_first = false;
        let mut commas = 0;
        while k < last.min(v + 16) {
            match self.s(k) {
                "dass" | ":" | "." | ";" | "und" => break,
                "," => {
                    commas += 1;
                    let apposition =
                        (k + 1..(k + 5).min(last)).any(|j| self.at.get(&j).is_some_and(|m| is_person(m.0)));
                    if commas >= 2 || !apposition {
                        break;
                    }
                }
                _ => {}
            }
            if let Some(&(e, l, _)) = self.at.get(&k) {
                // (`teilte Vasvárys Sprecher Ákos Mérey mit`: a genitive, then the
                // office and the name of the one who speaks.)
                let genitive = self.doc.tok(l - 1).ends_with('s')
                    && !self.found.ents[e].name.ends_with(self.doc.tok(l - 1))
                    && self.doc.tokens.get(l).is_some()
                    && Lexicon::get().role_of(self.doc.tok(l)).is_some();
                if let Some(&(p, _, _)) = self.at.get(&(l + 1)).filter(|m| genitive && is_person(m.0)) {
                    return Some(p);
                }
                if is_person(e) {
                    return Some(e);
                }
                org = org.or(Some(e));
                k = l;
                continue;
            }
            if k <= v + 2 && org.is_none() && Lexicon::get().role_of(self.doc.tok(k)).is_some() {
                role_first = true;
            }
            k += 1;
        }
        if let Some(e) = org.filter(|_| !role_first) {
            return Some(e);
        }
        if role_first {
            return None;
        }
        // 3. A person named before the verb, else an organisation (not the
        // outlet spoken to: `Im Interview mit dem Sender Radio Innwelle sagte …`).
        // (Spoken to, in the dative: `mit dem Sender`, `gegenüber der Zeitung`;
        // an agency that reports, `die Nachrichtenagentur X meldete`, speaks.)
        let outlet = |k: usize| {
            (k.saturating_sub(2).max(first + 1)..k).any(|j| {
                MEDIA.iter().any(|m| self.s(j).ends_with(m))
                    && (self.s(j - 1) == "dem"
                        || (j >= first + 2 && matches!(self.s(j - 2), "mit" | "gegenüber") && self.s(j - 1) == "der"))
            })
        };
        let before: Vec<usize> = (first..v)
            .filter(|k| self.at.contains_key(k))
            .filter(|&k| !outlet(k) || is_person(self.at[&k].0))
            .filter(|&k| {
                words_before(k) <= 8
                    && (k == first
                        || !matches!(
                            self.s(k - 1),
                            "von" | "mit" | "und" | "an" | "bei" | "zu" | "für" | "gegen" | "laut"
                        ))
            })
            .map(|k| self.at[&k].0)
            .collect();
        before.iter().copied().find(|&e| is_person(e)).or(before.first().copied())
    }

    /// The organisation a source phrase at `p` names (`aus dem Auswärtigen
    /// Amt`, `beim Bundesamt`, `von der Kommission`), before `last`.
    fn source_after(&self, p: usize, last: usize) -> Option<usize> {
        let source = |k: usize| matches!(self.s(k), "aus" | "von" | "vom" | "bei" | "beim" | "im");
        // (`hieß es anschließend aus dem Ministerium`: over one adverb.)
        let p = if !source(p) && source(p + 1) && self.doc.tokens[p].kind == TokenKind::Word { p + 1 } else { p };
        // (`hieß es in einer Aussendung des Unternehmens`: the body whose statement it is.)
        if self.s(p) == "in"
            && matches!(self.s(p + 1), "einer" | "der")
            && matches!(
                self.s(p + 2),
                "aussendung" | "mitteilung" | "erklärung" | "stellungnahme" | "pressemitteilung" | "presseaussendung"
            )
            && matches!(self.s(p + 3), "des" | "der")
        {
            return (p + 3..(p + 7).min(last))
                .filter_map(|j| self.at.get(&j))
                .map(|m| m.0)
                .find(|&e| self.found.ents[e].kind == EntityType::Organization);
        }
        if !source(p) {
            return None;
        }
        (p + 1..(p + 3).min(last))
            .filter_map(|j| self.at.get(&j))
            .map(|m| m.0)
            .find(|&e| self.found.ents[e].kind == EntityType::Organization)
    }

    /// The subject of a sentence: its first speaker mention within six words.
    fn sentence_subject(&self, sentence: usize) -> Option<usize> {
        let s = &self.doc.sentences[sentence];
        let mut words = 0;
        for k in s.first..s.last {
            if let Some(&(e, _, _)) = self.at.get(&k) {
                if self.found.ents[e].kind == EntityType::Person && (k == s.first || self.s(k - 1) != "mit") {
                    return Some(e);
                }
            }
            if self.doc.tokens[k].kind == TokenKind::Word {
                words += 1;
                if words > 6 {
                    break;
                }
            }
        }
        None
    }
}

/// A pair of quotation marks: token indices.
#[derive(Debug, Clone, Copy)]
struct Pair {
    open: usize,
    close: usize,
    statement: bool,
}

fn family(c: char) -> u8 {
    match c {
        '‚' | '‘' | '’' | '›' | '‹' | '\'' => 1,
        _ => 2,
    }
}

/// Pairs quotation marks by position; returns the outermost pairs.
fn pair_marks(doc: &Doc) -> Vec<(usize, usize)> {
    let text = doc.text;
    let mut stack: Vec<(usize, u8)> = Vec::new();
    let mut pairs = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Quote {
            continue;
        }
        let c = text[t.start..t.end].chars().next().unwrap_or('"');
        let before = text[..t.start].chars().next_back();
        let after = text[t.end..].chars().next();
        // A paragraph break ends every open quote.
        if let Some(&(o, _)) = stack.first() {
            if text[doc.tokens[o].end..t.start].contains('\n') {
                stack.clear();
            }
        }
        let opens = match c {
            '„' | '‚' => true,
            _ => {
                before.is_none_or(|b| b.is_whitespace() || "([{–—-/:".contains(b))
                    && after.is_some_and(|a| !a.is_whitespace())
            }
        };
        let fam = family(c);
        if opens {
            stack.push((i, fam));
            continue;
        }
        // A closing mark: pair with the nearest open mark of its family.
        match stack.iter().rposition(|&(_, f)| f == fam) {
            Some(p) => {
                let (o, _) = stack[p];
                stack.truncate(p);
                if stack.is_empty() {
                    pairs.push((o, i));
                }
            }
            None => {
                // A stray single mark is an apostrophe; a stray double mark is ignored.
            }
        }
    }
    pairs
}

/// Finds the quotes of a document.
pub fn find(doc: &Doc, found: &Found) -> Vec<QuoteSpan> {
    let n = doc.tokens.len();
    let mut at: HashMap<usize, (usize, usize, MentionKind)> = HashMap::default();
    for m in &found.mentions {
        if can_speak(found.ents[m.ent].kind) && m.kind != MentionKind::Demonym {
            let e = at.entry(m.first).or_insert((m.ent, m.last, m.kind));
            if m.last > e.1 {
                *e = (m.ent, m.last, m.kind);
            }
        }
    }
    static VERBS: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> = std::sync::OnceLock::new();
    let verbs = VERBS.get_or_init(|| REPORTING.iter().copied().collect());
    let reporting = (0..n)
        .map(|i| {
            let w = &*doc.lower[i];
            verbs.contains(w)
                && WITH_PARTICLE.iter().find(|(vs, _)| vs.contains(&w)).is_none_or(|(_, particles)| {
                    (i + 1..(i + 10).min(n))
                        .take_while(|&j| !matches!(&*doc.lower[j], "." | ";" | ":" | "„" | "«" | "»"))
                        .any(|j| particles.contains(&&*doc.lower[j]))
                })
        })
        .collect();
    let cx = Ctx { doc, found, at, inside_quote: vec![false; n], reporting };
    let konj: Vec<Option<bool>> = (0..n).map(|j| konjunktiv(doc, j)).collect();
    let text = doc.text;

    // 1. Pairs of quotation marks, statements or fragments.
    let pairs: Vec<Pair> = pair_marks(doc)
        .into_iter()
        .filter(|&(o, c)| c > o + 1)
        .map(|(open, close)| {
            let words = (open + 1..close).filter(|&k| doc.tokens[k].kind != TokenKind::Punct).count();
            let first_upper = doc.tok(open + 1).starts_with(char::is_uppercase);
            // A quote that opens its sentence (or follows a colon) is a
            // statement; inside a sentence only a long one that starts
            // with a capital is.
            let opens_sentence = doc.sentence_initial(open + 1) || (open > 0 && cx.s(open - 1) == ":");
            // Mid-sentence, a long capitalised quote ending its own sentence is one too.
            let terminal = matches!(cx.s(close - 1), "." | "!" | "?");
            let statement = words >= 1 && (opens_sentence || (words >= 5 && first_upper && terminal));
            Pair { open, close, statement }
        })
        .collect();
    // `„A“, sagte sie, „aber B.“`: the piece after an inserted cue continues the statement.
    let mut pairs = pairs;
    for k in 1..pairs.len() {
        let (a, b) = (pairs[k - 1], pairs[k]);
        let between = a.close + 1..b.open;
        if a.statement
            && !b.statement
            && between.len() <= 14
            && cx.s(b.open - 1) == ","
            && between.clone().any(|j| cx.reporting[j] || cx.s(j) == "so")
        {
            pairs[k].statement = true;
        }
    }
    let mut masks = Masks { direct: vec![false; n], fragment: vec![false; n] };
    for p in &pairs {
        let mask = if p.statement { &mut masks.direct } else { &mut masks.fragment };
        mask[p.open..=p.close].iter_mut().for_each(|x| *x = true);
    }
    let inside_direct = masks.direct.clone();
    let mut inside_quote = masks.direct.clone();
    for (q, f) in inside_quote.iter_mut().zip(&masks.fragment) {
        *q |= f;
    }
    let cx = Ctx { inside_quote, ..cx };

    // 2. Direct quotes: statements, merged across an inserted cue.
    let mut quotes: Vec<QuoteSpan> = Vec::new();
    let statements: Vec<&Pair> = pairs.iter().filter(|p| p.statement).collect();
    let mut k = 0;
    while k < statements.len() {
        let first = statements[k];
        let mut group = vec![*first];
        let mut inserted_cue: Option<usize> = None;
        while k + 1 < statements.len() {
            let (a, b) = (group.last().unwrap(), statements[k + 1]);
            // `„A“, sagte sie, „B“` and `„A“, sagte sie. „B“`: one quote,
            // unless B has a cue of its own.
            let between = a.close + 1..b.open;
            let cue = between.clone().find(|&j| cx.is_reporting(j) || cx.s(j) == "so");
            // (Also in the perfect: `„B“, hatte er betont`.)
            let own_cue = matches!(cx.s(b.close + 1), ",")
                && (cx.is_reporting(b.close + 2) || cx.s(b.close + 2) == "so" || cx.perfect_cue(b.close + 2).is_some());
            if between.len() <= 14
                && cue.is_some()
                && !own_cue
                && matches!(cx.s(b.open - 1), "," | "." | ":")
                && !text[doc.tokens[a.close].end..doc.tokens[b.open].start].contains('\n')
            {
                inserted_cue = inserted_cue.or(cue);
                group.push(*b);
                k += 1;
            } else {
                break;
            }
        }
        k += 1;
        let (open, close) = (group[0].open, group.last().unwrap().close);
        let sentence = doc.tokens[open + 1].sentence;
        let (speaker, cue) = direct_speaker(&cx, open, close, inserted_cue, &group, &quotes);
        quotes.push(QuoteSpan {
            kind: QuoteKind::Direct,
            start: doc.tokens[open].end,
            end: doc.tokens[close].start,
            speaker,
            cue,
            parts: group.iter().map(|p| (doc.tokens[p.open].end, doc.tokens[p.close].start)).collect(),
            sentence,
        });
    }

    // 3. Indirect quotes, sentence by sentence.
    let mut indirect: Vec<QuoteSpan> = Vec::new();
    let mut last_report: Option<(usize, Option<usize>)> = None; // (sentence, speaker)
    for (si, s) in doc.sentences.iter().enumerate() {
        let (first, mut last) = (s.first, s.last);
        while last > first && matches!(cx.s(last - 1), "." | "!" | "?" | "…") {
            last -= 1;
        }
        if last <= first {
            continue;
        }
        // Sentences that are direct quotes are not reported speech.
        let direct_share = (first..last).filter(|&j| inside_direct[j]).count();
        if direct_share * 2 > last - first {
            if let Some(q) = quotes.iter().find(|q| q.sentence == si) {
                last_report = Some((si, q.speaker));
            }
            continue;
        }
        let before = indirect.len();
        let clause_end = |from: usize| -> usize {
            // Up to an inverted cue (`…, sagte X`) or the sentence end.
            (from..last).find(|&j| cx.s(j) == "," && cx.is_reporting(j + 1) && !inside_direct[j]).unwrap_or(last)
        };
        macro_rules! push {
            ($from:expr, $to:expr, $speaker:expr, $cue:expr) => {
                if let Some(q) = span(doc, si, &masks, $from, $to, $speaker, $cue) {
                    indirect.push(q);
                }
            };
        }
        let verb = (first..last).find(|&j| cx.is_reporting(j) && !inside_direct[j]);
        // `Gorjunow habe erklärt, Russland sei …`: a report inside a report
        // (its own verb in Konjunktiv I); what follows is the outer reporter's again.
        let mut nested = false;
        // The reporter of a nested report named by an inverted cue (`…, sagte EDA-Sprecherin Bertschi`).
        let mut reporter = None;
        let reported = |to: usize| (first..to).any(|j| konj[j] == Some(true) && !inside_direct[j]);

        // a. `…, dass …` after a verb of saying, or with a Konjunktiv inside.
        for d in first..last {
            if cx.s(d) != "dass" || inside_direct[d] || d + 1 >= last {
                continue;
            }
            let end = clause_end(d + 1);
            let v = (first..d).rev().find(|&j| cx.is_reporting(j));
            let konj_inside = (d + 1..end).any(|j| konj[j].is_some());
            if v.is_none() && !konj_inside {
                continue;
            }
            // (`Sie könne nicht garantieren, dass es keines gebe`: with no verb of
            // saying, a Konjunktiv before `dass` makes the whole sentence reported.)
            if v.is_none() && (first..d).any(|j| konj[j] == Some(true) && !inside_direct[j]) {
                continue;
            }
            let speaker = match v {
                Some(v) => cx.subject(v, first, d),
                None => cx.subject(d, first, d),
            };
            // A report inside a report has its verb of saying in Konjunktiv
            // (`X habe erklärt, dass …`); `X sagte, das Treffen zeige, dass …` has not.
            nested |= reported(v.map_or(d, |v| v + 1));
            // (`sagte, das Treffen zeige, dass …`: what was said starts after the comma.)
            let start = v
                .filter(|&v| cx.s(v + 1) == "," && v + 2 < d && (v + 2..d).any(|j| konj[j].is_some()))
                .map_or(d + 1, |v| v + 2);
            push!(start, end, speaker, v);
        }

        // b. `X warnte, die Schweiz dürfe …`: a verb of saying, a comma and a Konjunktiv clause.
        if let Some(v) = verb {
            if let Some(c) = (v + 1..last).find(|&j| matches!(cx.s(j), "," | ":")) {
                let end = clause_end(c + 1);
                // (`sagte, beide Länder wollten eine Partnerschaft „auf Augenhöhe“`: a
                // quoted fragment in the clause marks reported words too.)
                let outside = |j: usize| !masks.fragment[j] && !inside_direct[j];
                let fragment = outside(c)
                    && (c + 1..end).any(|j| masks.fragment[j])
                    && (c + 1..end).filter(|&j| outside(j) && doc.tokens[j].kind == TokenKind::Word).count() >= 3;
                let konj = (c + 1..end).any(|j| konj[j].is_some()) || fragment;
                if cx.s(c + 1) != "dass" && konj && !(c + 1..end).any(|j| cx.s(j) == "dass") {
                    nested |= reported(v);
                    push!(c + 1, end, cx.subject(v, first, c), Some(v));
                }
            }
        }

        // c. `…, teilte das EDA mit.` / `…, hieß es.`: a clause before an inverted cue.
        // (`Die Botschafterin, Kavita Rao, lobte …`: a name set off by commas is the subject, not a cue's content.)
        let apposed = |c: usize| cx.at.values().any(|&(e, l, _)| l == c && found.ents[e].kind == EntityType::Person);
        // (`Kuwabara, der Gisler kennt, kritisierte die Regierung`: the comma
        // closes a relative clause on the subject, not a reported clause.)
        let relative = |c: usize| {
            (first + 1..c).find(|&j| cx.s(j) == ",").is_some_and(|r| {
                r <= first + 4
                    && (first..r).all(|k| {
                        doc.tok(k).starts_with(char::is_uppercase) || matches!(cx.s(k), "der" | "die" | "das" | "des")
                    })
                    && matches!(cx.s(r + 1), "der" | "die" | "das" | "dem" | "den" | "deren" | "dessen" | "denen")
                    && !(r + 1..c).any(|k| konj[k].is_some())
            })
        };
        if let Some(c) = (first + 2..last).find(|&j| {
            cx.s(j) == ","
                && cx.is_reporting(j + 1)
                && !inside_direct[j]
                && !ACCUSING.contains(&cx.s(j + 1))
                && !apposed(j)
                && !relative(j)
        }) {
            let v = c + 1;
            let anonymous = matches!(cx.s(v), "hieß" | "hiess" | "heißt" | "heisst") && cx.s(v + 1) == "es";
            let recent = last_report.filter(|&(ls, _)| ls + 2 >= si).and_then(|(_, s)| s);
            // `…, hieß es in einer Erklärung`: the organisation that spoke last.
            let statement = anonymous
                && matches!(cx.s(v + 2), "in")
                && matches!(cx.s(v + 4), "erklärung" | "mitteilung" | "stellungnahme" | "pressemitteilung");
            // `…, sagte die Schwedin`: someone not named again, the one who spoke last.
            let unnamed = matches!(cx.s(v + 1), "der" | "die") && doc.tok(v + 2).starts_with(char::is_uppercase);
            // (`…, teilte ihr Büro mit`, `…, sagte sein Sprecher`: the one whose
            // office speaks, the person who spoke last or the subject before.)
            let office = matches!(cx.s(v + 1), "sein" | "ihr" | "seine" | "ihre")
                && matches!(
                    cx.s(v + 2),
                    "büro" | "sprecher" | "sprecherin" | "umfeld" | "team" | "stab" | "anwalt" | "anwältin"
                        | "pressestelle" | "pressesprecher" | "pressesprecherin" | "ministerium"
                )
                // (Not `sagte sein Sprecher Thomas Riegler`: the one named speaks.)
                && !cx.at.contains_key(&(v + 3));
            let speaker = if statement {
                // (`hiess es in einer Mitteilung des russischen Aussenministeriums`: the body named there.)
                cx.source_after(v + 2, last)
                    .or_else(|| recent.filter(|&e| found.ents[e].kind == EntityType::Organization))
                    .or_else(|| {
                        let p = &doc.sentences[si.checked_sub(1)?];
                        (p.first..(p.first + 5).min(p.last))
                            .filter_map(|j| cx.at.get(&j))
                            .map(|m| m.0)
                            .find(|&e| found.ents[e].kind == EntityType::Organization)
                    })
            } else if anonymous {
                // `…, hieß es aus dem Auswärtigen Amt`: the organisation named there.
                // (`…, hiess es aus dem Departement`: the department named before.)
                cx.source_after(v + 2, last)
                    .or_else(|| cx.body_after(v + 2, last))
                    .or_else(|| {
                        // (`Laut dem Departement … ging es um … Die Schweiz wolle …, hiess es.`:
                        // the body that reported just before goes on.)
                        recent.filter(|&e| {
                            found.ents[e].kind == EntityType::Organization && matches!(cx.s(v + 2), "." | "weiter")
                        })
                    })
                    .or_else(|| {
                        // (`…, hieß es aus ihrem Büro`: the woman who spoke last or the
                        // subject before, whose office it is.)
                        if cx.s(v + 2) != "aus" {
                            return None;
                        }
                        let female = match cx.s(v + 3) {
                            "ihrem" => true,
                            "seinem" => false,
                            _ => return None,
                        };
                        if !matches!(cx.s(v + 4), "büro" | "ministerium" | "haus") {
                            return None;
                        }
                        recent
                            .or_else(|| si.checked_sub(1).and_then(|p| cx.sentence_subject(p)))
                            .filter(|&e| found.ents[e].kind == EntityType::Person)
                            .filter(|&e| gender_fits(found.ents[e].gender, female))
                    })
            } else {
                // (`…, sagte die Norwegerin vor den Vertretern im Vienna International
                // Centre`: the unnamed noun right after the verb is the subject, not a
                // name further on.)
                // (`sagte die Abgeordnete Birte Jansen`: a name after the role.)
                let named_next = (v + 1..=v + 3)
                    .any(|k| cx.at.contains_key(&k) && (v + 2..k).all(|j| doc.tok(j).starts_with(char::is_uppercase)));
                let fallback = || {
                    unnamed.then(|| recent.or_else(|| si.checked_sub(1).and_then(|p| cx.sentence_subject(p)))).flatten()
                };
                // (`…, sagte ein EDA-Sprecher`: the body the spokesperson speaks for.)
                // (Not one named: `sagte EDA-Sprecherin Nadia Bertschi` is hers.)
                let spokesperson = (v + 1..(v + 4).min(last))
                    .find_map(|j| cx.spokesperson_of(j).filter(|_| !cx.at.contains_key(&(j + 1))));
                if spokesperson.is_some() {
                    spokesperson
                } else if office {
                    let female = matches!(cx.s(v + 1), "ihr" | "ihre");
                    recent
                        .or_else(|| si.checked_sub(1).and_then(|p| cx.sentence_subject(p)))
                        .filter(|&e| found.ents[e].kind == EntityType::Person)
                        .filter(|&e| gender_fits(found.ents[e].gender, female))
                } else if unnamed && !named_next {
                    fallback()
                } else {
                    cx.subject(v, v, last).or_else(fallback)
                }
            };
            // `X habe deutlich gemacht, dass …, hieß es`: the inner report is the quote.
            // (Only a report told as reported: `Erfahrungen zeigten, dass …, hieß es
            // bei der IG Metall` is the union's words as a whole.)
            let inner = nested && indirect[before..].iter().any(|q| q.start < doc.tokens[c].start);
            if nested && speaker.is_some() {
                reporter = speaker;
            }
            if (anonymous || office || speaker.is_some() || cx.s(v + 1) == "ein") && !(inner && anonymous) {
                push!(first, c, speaker, Some(v));
            }
        }

        // c2. `…, wurde Ferri in einer Mitteilung zitiert.`: a passive cue names the speaker.
        if indirect.len() == before {
            if let Some(c) = (first + 2..last)
                .find(|&j| cx.s(j) == "," && matches!(cx.s(j + 1), "wurde" | "wird") && !inside_direct[j])
            {
                let v = (c + 2..(c + 10).min(last)).find(|&j| matches!(cx.s(j), "zitiert" | "wiedergegeben"));
                if let Some(v) = v {
                    let speaker = (c + 2..v).find_map(|j| cx.at.get(&j).map(|m| m.0));
                    if speaker.is_some() {
                        push!(first, c, speaker, Some(v));
                    }
                }
            }
        }

        // d. `…, so X, …`.
        if indirect.len() == before {
            if let Some(c) = (first + 2..last.saturating_sub(1)).find(|&j| cx.s(j) == "," && cx.s(j + 1) == "so") {
                if let Some(&(e, l, _)) = cx.at.get(&(c + 2)) {
                    // `…, so Albers weiter.` ends the quote; `…, so X, …` goes on after it.
                    let rest = (l..last).find(|&j| cx.s(j) == ",").map(|j| j + 1);
                    match rest {
                        Some(r) if r < last => push!(first, last, Some(e), Some(c + 1)),
                        _ => push!(first, c, Some(e), Some(c + 1)),
                    }
                }
            }
        }

        // e. `laut X`, `X zufolge`, `nach Angaben des X`, `wie X mitteilte`.
        if indirect.len() == before {
            if let Some((cue, np_end, speaker)) = source_phrase(&cx, first, last) {
                // `Wie das Unternehmen mitteilte, sollen …`: the source phrase opens the sentence.
                // (`Dem Verband zufolge haben …`: so does `X zufolge`.)
                // (`Dem Verband Mittelständischer Zulieferer (VMZ) zufolge …`: a longer name too.)
                let named_source =
                    speaker.is_some() && cue <= first + 9 && !(first..cue).any(|j| matches!(cx.s(j), "," | ":"));
                let opening = cue <= first + 1
                    || cx.s(first) == "wie"
                    || (cx.s(cue) == "zufolge" && (cue <= first + 4 || named_source));
                let from = if opening { np_end } else { first };
                // `Laut Xinhua würdigte Liang …`, `Tass zufolge bezeichnete das russische
                // Außenministerium …`: the one who speaks, not the agency.
                let person = (np_end..last)
                    .find(|&j| cx.is_reporting(j))
                    .and_then(|v| cx.subject(v, np_end, last))
                    .filter(|&e| found.ents[e].kind == EntityType::Person || Some(e) != speaker);
                // `nach seinen Worten`: the speaker before.
                let possessive = matches!(cx.s(cue + 1), "seinen" | "ihren" | "seiner" | "ihrer" | "seines" | "ihres");
                let speaker = match (person, speaker) {
                    (Some(p), _) => Some(p),
                    (None, Some(s)) => Some(s),
                    (None, None) if possessive => last_report.and_then(|(_, s)| s),
                    _ => None,
                };
                push!(from, last, speaker, Some(cue));
            }
        }

        // f. Konjunktiv sentences carry a report on.
        if indirect.len() == before {
            let main_end = (first..last).find(|&j| cx.s(j) == ",").unwrap_or(last);
            let kinds: Vec<bool> = (first..last).filter(|&j| !inside_direct[j]).filter_map(|j| konj[j]).collect();
            let continuing = last_report.is_some_and(|(ls, _)| ls + 2 >= si);
            let strong = kinds.iter().any(|&k| k) && (first..main_end).any(|j| konj[j].is_some());
            let demnach = (first..last).any(|j| matches!(cx.s(j), "demnach" | "zufolge"));
            // (`Gern hätte X auch Y getroffen`: a wish the report tells, no one's words.)
            let wish = (first..last).any(|j| matches!(cx.s(j), "gern" | "gerne"))
                && (first..last).any(|j| matches!(cx.s(j), "hätte" | "hätten"));
            if ((continuing && (!kinds.is_empty() || demnach)) || strong) && !wish {
                // `Pichlmayr wollte sich nicht festlegen. Der Preis sei …`: the
                // subject of the sentence before speaks on.
                let speaker = if continuing {
                    last_report.and_then(|(_, s)| s)
                } else {
                    si.checked_sub(1).filter(|&p| !paragraph_break(doc, p + 1)).and_then(|p| cx.sentence_subject(p))
                };
                push!(first, last, speaker, None);
            }
        }

        // g. Headline `Name: statement` (the first line of the text).
        if si == 0 && indirect.len() == before {
            if let Some(&(e, l, MentionKind::Name)) = cx.at.get(&first) {
                if cx.s(l) == ":" && l + 2 < last && !inside_direct[l + 1] {
                    push!(l + 1, last, Some(e), Some(l));
                }
            }
        }

        if indirect.len() > before {
            let speaker = indirect.last().and_then(|q| q.speaker);
            let outer = reporter
                .or_else(|| last_report.filter(|&(ls, s)| nested && ls + 2 >= si && s.is_some()).and_then(|(_, s)| s));
            last_report = Some((si, outer.or(speaker)));
        } else if let Some(q) = quotes.iter().find(|q| q.sentence == si) {
            last_report = Some((si, q.speaker));
        } else if let Some(e) = verb.and_then(|v| cx.subject(v, first, last)) {
            // `Seidl wies die Kritik zurück.`: what follows in Konjunktiv is hers.
            last_report = Some((si, Some(e)));
        } else if let Some(e) = cx.sentence_subject(si).filter(|_| last_report.is_some()) {
            // `Pichler wollte sich nicht festlegen.`: so is what follows.
            last_report = Some((si, Some(e)));
        } else if paragraph_break(doc, si)
            // (`… seien gesunken. Danach besichtigte die Gruppe das Skigebiet.¶`: a
            // sentence with no Konjunktiv that closes its paragraph ends the report.)
            || (si + 1 < doc.sentences.len()
                && paragraph_break(doc, si + 1)
                && !(first..last).any(|j| konj[j].is_some() && !inside_direct[j]))
        {
            last_report = None;
        }
    }

    // 4. Fragments with a speaker: `bezeichnete Frankreich als „strategischen Verbündeten“`.
    for p in pairs.iter().filter(|p| !p.statement) {
        let (a, b) = (doc.tokens[p.open].end, doc.tokens[p.close].start);
        if indirect.iter().any(|q| q.start <= a && b <= q.end) {
            continue;
        }
        let s = &doc.sentences[doc.tokens[p.open].sentence];
        let Some(v) = (s.first..p.open).rev().find(|&j| NAMING.contains(&cx.s(j)) || cx.is_reporting(j)) else {
            continue;
        };
        let words = (p.open + 1..p.close).filter(|&k| doc.tokens[k].kind == TokenKind::Word).count();
        if words < 2 && !NAMING.contains(&cx.s(v)) {
            continue;
        }
        // `sagte der „Süddeutschen Zeitung“`: a title after an article is who was spoken to.
        let title = (p.open + 1..p.close)
            .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
            .all(|k| doc.tok(k).starts_with(char::is_uppercase));
        if title && p.open > 0 && matches!(cx.s(p.open - 1), "der" | "dem" | "den" | "im" | "in") {
            continue;
        }
        if let Some(speaker) = cx.subject(v, s.first, p.open) {
            quotes.push(QuoteSpan {
                kind: QuoteKind::Direct,
                start: a,
                end: b,
                speaker: Some(speaker),
                cue: Some(v),
                parts: vec![(a, b)],
                sentence: doc.tokens[p.open].sentence,
            });
        }
    }

    quotes.extend(indirect);
    quotes.sort_by_key(|q| (q.start, q.end));
    quotes.dedup_by_key(|q| (q.start, q.end));
    // A report inside the words of another indirect quote (`X zeigten, dass …`
    // within what the union said) is part of that quote, not a second one.
    let outer: Vec<(usize, usize)> =
        quotes.iter().filter(|q| q.kind != QuoteKind::Direct).map(|q| (q.start, q.end)).collect();
    // (Unless its verb of saying is itself reported, in Konjunktiv: `X habe
    // versichert, dass …` is X's words inside the reporter's.)
    let reported_cue = |q: &QuoteSpan| {
        q.cue.is_some_and(|v| {
            let first = doc.sentences[doc.tokens[v].sentence].first;
            (first..v).any(|j| konj[j].is_some() && !inside_direct[j])
        })
    };
    quotes.retain(|q| {
        q.kind == QuoteKind::Direct
            || reported_cue(q)
            || !outer.iter().any(|&(a, b)| a <= q.start && q.end <= b && (a, b) != (q.start, q.end))
    });
    // A quote with neither cue nor speaker continues the last quote with a
    // speaker in its paragraph, up to two sentences back.
    for k in 1..quotes.len() {
        if quotes[k].speaker.is_some() || quotes[k].cue.is_some() {
            continue;
        }
        let si = quotes[k].sentence;
        let prev = quotes[..k].iter().rev().take_while(|p| p.sentence + 2 >= si).find(|p| p.speaker.is_some());
        if let Some(p) = prev {
            if !(p.sentence + 1..=si).any(|x| paragraph_break(doc, x)) {
                quotes[k].speaker = p.speaker;
            }
        }
    }
    quotes
}

/// Tokens inside statements and inside short quoted fragments.
struct Masks {
    direct: Vec<bool>,
    fragment: Vec<bool>,
}

/// An indirect quote over tokens `from..to`, unless it is all direct speech.
fn span(
    doc: &Doc,
    sentence: usize,
    masks: &Masks,
    from: usize,
    to: usize,
    speaker: Option<usize>,
    cue: Option<usize>,
) -> Option<QuoteSpan> {
    if to <= from || (from..to).all(|j| masks.direct[j]) {
        return None;
    }
    let kind = if (from..to).any(|j| masks.fragment[j]) { QuoteKind::Mixed } else { QuoteKind::Indirect };
    Some(QuoteSpan {
        kind,
        start: doc.tokens[from].start,
        end: doc.tokens[to - 1].end,
        speaker,
        cue,
        parts: vec![],
        sentence,
    })
}

/// Whether sentence `si` starts a new paragraph.
fn paragraph_break(doc: &Doc, si: usize) -> bool {
    si > 0 && doc.text[doc.sentences[si - 1].end..doc.sentences[si].start].contains("\n\n")
}

/// The speaker and cue of a direct quote.
fn direct_speaker(
    cx: &Ctx,
    open: usize,
    close: usize,
    inserted_cue: Option<usize>,
    group: &[Pair],
    before: &[QuoteSpan],
) -> (Option<usize>, Option<usize>) {
    let doc = cx.doc;
    let n = doc.tokens.len();
    // A cue between the parts of a split quote.
    if let Some(v) = inserted_cue {
        let end = group[1].open;
        if cx.s(v) == "so" {
            return (cx.at.get(&(v + 1)).map(|m| m.0), Some(v));
        }
        return (cx.subject(v, v, end), Some(v));
    }
    // A cue after the closing mark: `„…“, sagte Lawrow.` / `„…“, so Bertschi.`
    let mut k = close + 1;
    while k < n && matches!(cx.s(k), "," | "!" | "?") {
        k += 1;
    }
    if k < n && k <= close + 2 && doc.tokens[k].sentence == doc.tokens[close].sentence || k == close + 2 {
        let s = doc.tokens[k.min(n - 1)].sentence;
        let last = doc.sentences[s].last;
        if cx.s(k) == "so" {
            if let Some(&(e, _, _)) = cx.at.get(&(k + 1)) {
                return (Some(e), Some(k));
            }
        }
        if cx.is_reporting(k) {
            let anonymous = matches!(cx.s(k), "hieß" | "hiess" | "heißt" | "heisst");
            let speaker = if anonymous {
                // `hieß es in seinem Beitrag`: the one who spoke before.
                let possessive = cx.s(k + 2) == "in" && matches!(cx.s(k + 3), "seinem" | "ihrem" | "seiner" | "ihrer");
                let s = doc.tokens[close].sentence;
                match (possessive, before.last()) {
                    (true, Some(prev)) if prev.sentence + 2 >= s && prev.speaker.is_some() => prev.speaker,
                    (true, _) if s > 0 => cx.sentence_subject(s - 1),
                    _ => cx.source_after(k + 2, last),
                }
            } else {
                // (`„…“, sagte die Fischerin`: a noun for someone the lexicon does not
                // know, the one who spoke last or the subject before, of that gender.)
                let unnamed = matches!(cx.s(k + 1), "der" | "die")
                    && doc.tok(k + 2).starts_with(char::is_uppercase)
                    && !cx.at.contains_key(&(k + 2))
                    && !cx.at.contains_key(&(k + 3));
                cx.subject(k, k, last).or_else(|| {
                    if !unnamed {
                        return None;
                    }
                    let female = cx.s(k + 1) == "die";
                    let s = doc.tokens[close].sentence;
                    let last_speaker = before.last().filter(|q| q.sentence + 2 >= s).and_then(|q| q.speaker);
                    last_speaker
                        .or_else(|| s.checked_sub(1).and_then(|p| cx.sentence_subject(p)))
                        .filter(|&e| cx.found.ents[e].kind == EntityType::Person)
                        .filter(|&e| gender_fits(cx.found.ents[e].gender, female))
                })
            };
            return (speaker, Some(k));
        }
        // `„…“, wurde Hartwig in einer Mitteilung zitiert`: the passive names the speaker.
        if matches!(cx.s(k), "wurde" | "wird") {
            if let Some(v) = (k + 1..(k + 9).min(last)).find(|&j| matches!(cx.s(j), "zitiert" | "wiedergegeben")) {
                let speaker = (k + 1..v).find_map(|j| cx.at.get(&j).map(|m| m.0));
                if speaker.is_some() {
                    return (speaker, Some(v));
                }
            }
        }
        // `„…“, hatte X bei diesem Treffen gesagt`: the cue in the perfect.
        if let Some(v) = cx.perfect_cue(k) {
            if let Some(e) = (k + 1..v).find_map(|j| cx.at.get(&j).map(|m| m.0)) {
                return (Some(e), Some(v));
            }
        }
        // `„…“, schrieb er` with a subject before the verb (`„…“, wie Lawrow sagte`).
        if cx.s(k) == "wie" {
            if let Some(v) = (k + 1..(k + 6).min(last)).find(|&j| cx.is_reporting(j)) {
                return (cx.subject(v, k, v), Some(v));
            }
        }
    }
    // A cue before: `Lawrow sagte: „…“`, `Lawrow: „…“`.
    let s = doc.tokens[open].sentence;
    let first = doc.sentences[s].first;
    if open > first && cx.s(open - 1) == ":" {
        let v = (first..open).find(|&j| cx.is_reporting(j));
        let speaker = match v {
            Some(v) => cx.subject(v, first, open),
            None => (first..open).find_map(|j| cx.at.get(&j).map(|m| m.0)),
        };
        return (speaker, v);
    }
    // A verb in the same sentence: `Er warnte vor „…“`.
    if open > first {
        if let Some(v) = (first..open).rev().find(|&j| cx.is_reporting(j)) {
            if let Some(e) = cx.subject(v, first, open) {
                return (Some(e), Some(v));
            }
        }
    }
    // `„…“ Mit diesen Worten reagierte die Sprecherin, Hanne Ley, auf …`: the sentence after names the speaker.
    let next = doc.tokens[close].sentence + 1;
    if let Some(ns) = doc.sentences.get(next) {
        let opener: Vec<&str> = (ns.first..(ns.first + 3).min(ns.last)).map(|j| cx.s(j)).collect();
        if matches!(opener.as_slice(), ["mit", "diesen" | "den" | "solchen", "worten"]) {
            let speaker = (ns.first + 3..ns.last)
                .filter_map(|j| cx.at.get(&j))
                .find(|m| cx.found.ents[m.0].kind == EntityType::Person)
                .map(|m| m.0);
            if speaker.is_some() {
                return (speaker, Some(ns.first + 2));
            }
        }
    }
    // No cue: the quote continues the one before it, or the subject of the sentence before speaks.
    if s > 0 {
        if let Some(prev) = before.last() {
            if prev.sentence + 2 >= s && prev.speaker.is_some() {
                return (prev.speaker, None);
            }
        }
        return (cx.sentence_subject(s - 1), None);
    }
    (None, None)
}

/// A source phrase: `laut X`, `X zufolge`, `nach Angaben des X`, `wie X
/// mitteilte`; returns the cue token, the end of the phrase and the speaker.
fn source_phrase(cx: &Ctx, first: usize, last: usize) -> Option<(usize, usize, Option<usize>)> {
    let np = |from: usize| -> (usize, Option<usize>) {
        // The source: a mention, or determiner, adjectives and nouns.
        let mut j = from;
        let mut speaker = None;
        // After a noun only an article goes on (`einer Umfrage des Instituts`),
        // not a lower-case word (`… rechnen 40 Prozent`).
        let mut after_noun = false;
        while j < last {
            if let Some(&(e, l, _)) = cx.at.get(&j) {
                speaker = speaker.or(Some(e));
                j = l;
                after_noun = true;
                continue;
            }
            if let Some(e) = cx.spokesperson_of(j).filter(|_| !cx.at.contains_key(&(j + 1))) {
                speaker = speaker.or(Some(e));
            }
            // `der Provinzzeitung «Zhejiang Ribao»`: a name in quotation marks.
            if matches!(cx.s(j), "«" | "„" | "\"" | "»" | "“") {
                if let Some(&(e, l, _)) = cx.at.get(&(j + 1)) {
                    if matches!(cx.s(l), "»" | "“" | "\"" | "«" | "”") {
                        speaker = speaker.or(Some(e));
                        j = l + 1;
                        after_noun = true;
                        continue;
                    }
                }
            }
            // `des Staatssekretariats für Wirtschaft (Seco)`: the short form in brackets.
            if cx.s(j) == "(" && cx.s(j + 2) == ")" && after_noun {
                j += 3;
                continue;
            }
            let t = cx.doc.tok(j);
            let det = matches!(
                cx.s(j),
                "der"
                    | "des"
                    | "dem"
                    | "den"
                    | "die"
                    | "von"
                    | "seiner"
                    | "ihrer"
                    | "seines"
                    | "ihres"
                    | "eines"
                    | "einer"
                    | "einem"
                    | "ein"
            );
            let adjective =
                t.starts_with(char::is_lowercase) && (t.ends_with("en") || t.ends_with("er")) && !det && !after_noun;
            let noun_follows = (j + 1..(j + 4).min(last)).any(|k| cx.doc.tok(k).starts_with(char::is_uppercase));
            if det || t.starts_with(char::is_uppercase) || (adjective && noun_follows) {
                after_noun = t.starts_with(char::is_uppercase) && !det;
                j += 1;
            } else {
                break;
            }
        }
        (j, speaker)
    };
    for j in first..last {
        match cx.s(j) {
            "laut" => {
                let (end, speaker) = np(j + 1);
                return Some((j, end, speaker));
            }
            "nach"
                if j + 1 < last
                    && matches!(
                        cx.s(j + 1),
                        "angaben"
                            | "schätzungen"
                            | "einschätzung"
                            | "informationen"
                            | "darstellung"
                            | "auffassung"
                            | "ansicht"
                            | "worten"
                            | "berechnungen"
                            | "daten"
                            | "zahlen"
                            | "erkenntnissen"
                            | "recherchen"
                    ) =>
            {
                let (end, speaker) = np(j + 2);
                return Some((j, end, speaker));
            }
            "zufolge" if j > first => {
                // `Dem Bericht zufolge`, `Lawrow zufolge`.
                // (`Dem Verband X (VMZ) zufolge`: the short form in brackets ends it.)
                let end = if cx.s(j - 1) == ")" { j - 1 } else { j };
                let speaker =
                    (first..j).rev().find_map(|k| cx.at.get(&k).filter(|m| m.1 == j || m.1 == end).map(|m| m.0));
                return Some((j, j + 1, speaker));
            }
            "wie" if j + 2 < last => {
                if let Some(v) = (j + 1..(j + 6).min(last)).find(|&k| cx.is_reporting(k)) {
                    if cx.s(v + 1) == "," || cx.s(v + 1) == "mitteilte" || v + 1 == last {
                        let speaker = cx.subject(v, j + 1, v);
                        let end = if cx.s(v + 1) == "," { v + 2 } else { v + 1 };
                        return Some((v, end, speaker));
                    }
                }
            }
            _ => {}
        }
    }
    None
}
