//! `analyze`: a normalised article → what it says: sentences, entities with
//! their roles and mentions (quotes, times and events come next).
//!
//! The stage is a pure, deterministic function ([`analyze`]): no I/O, no
//! clock, no randomness, and it cannot fail — problems become
//! [`Diagnostic`]s in the result. Every span is a half-open range of char
//! offsets (Unicode scalar values) into `Article::text`, and its `text`
//! equals that slice.
//!
//! Stages, each in its own module: [`segment`] (tokens, sentences) →
//! [`entities`] (names, places, organisations, demonyms; document-level
//! propagation) → [`coref`] (appositions become roles; role nouns and
//! pronouns resolve to entities).
#![warn(missing_docs)]
// Rules look at neighbouring tokens by index; iterators would hide that.
#![allow(clippy::needless_range_loop)]

pub mod coref;
pub mod entities;
pub mod events;
pub mod gazetteer;
pub mod lexicon;
pub mod quotes;
pub mod segment;
pub mod times;

pub use dossier_article::PubDate;

use serde::{Deserialize, Serialize};

/// Version of the analysis rules; stored with each analysis so that
/// `dossier reanalyze` knows what to redo after the pipeline changes.
pub const VERSION: i64 = 4;

/// The analysis of one article (the output contract of `dossier analyze`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Sentences as char ranges (not stored; recomputed on demand).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sentences: Vec<Span>,
    /// Entities with their mentions.
    pub entities: Vec<Entity>,
    /// Direct and indirect quotes with their speakers.
    pub quotes: Vec<Quote>,
    /// Time expressions, resolved against the article date.
    pub times: Vec<Time>,
    /// Meetings, visits, calls, statements, agreements and invitations.
    pub events: Vec<Event>,
    /// What the analyzer noticed but could not settle.
    pub diagnostics: Vec<Diagnostic>,
}

/// A char range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// Start (chars).
    pub start: usize,
    /// End (chars, exclusive).
    pub end: usize,
}

/// Entity types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    /// A person.
    Person,
    /// A country, region, city or other place.
    Place,
    /// An organisation.
    Organization,
    /// Anything else.
    Other,
}

/// How an entity is mentioned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    /// By name (`Sergei Lawrow`, `Lawrows`, `DVRK`).
    Name,
    /// By a role noun (`der Minister`, `seine Amtskollegin`).
    Role,
    /// By a pronoun (`Sie verwies …`).
    Pronoun,
    /// By an adjective or people noun (`russische`, `Nordkoreaner`).
    Demonym,
}

/// One mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Start (chars).
    pub start: usize,
    /// End (chars, exclusive).
    pub end: usize,
    /// The mentioned text (= the slice).
    pub text: String,
    /// How.
    pub kind: MentionKind,
}

/// An entity of the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// `e1`, `e2`, … in order of first mention.
    pub id: String,
    /// Type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Canonical name.
    pub name: String,
    /// Roles from appositions: `Außenminister (Russland)`.
    pub roles: Vec<String>,
    /// Country the entity belongs to (a place's country; a person's by role).
    pub country: Option<String>,
    /// Mentions in text order.
    pub mentions: Vec<Mention>,
}

/// Kinds of quotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words in quotation marks.
    Direct,
    /// Reported speech (`erklärte, dass …`, Konjunktiv, `laut X`).
    Indirect,
    /// Reported speech with quoted words inside.
    Mixed,
}

/// A quote: what was said, by whom, with the cue that says so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Kind.
    pub kind: QuoteKind,
    /// The quoted or reported text (= the slice `start..end`; for a direct
    /// quote split by a cue, from the first quoted word to the last).
    pub text: String,
    /// Start (chars).
    pub start: usize,
    /// End (chars, exclusive).
    pub end: usize,
    /// The speaking entity (`e1`), when the text says who it is.
    pub speaker: Option<String>,
    /// The reporting word (`sagte`, `laut`, `zufolge`).
    pub cue: Option<String>,
    /// The quoted pieces of a direct quote split by a cue (`„…“, sagte sie,
    /// „…“`); empty when the quote is one piece.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Span>,
}

impl Quote {
    /// The quoted words: the parts joined by one space, or the text.
    pub fn content(&self) -> String {
        if self.parts.is_empty() {
            return self.text.clone();
        }
        let chars: Vec<char> = self.text.chars().collect();
        self.parts
            .iter()
            .map(|p| chars[p.start - self.start..p.end - self.start].iter().collect::<String>())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// A time expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Time {
    /// The expression (= the slice).
    pub text: String,
    /// Start (chars).
    pub start: usize,
    /// End (chars, exclusive).
    pub end: usize,
    /// ISO-like value (`2025-07-12`, `2025-07`, `2024-FA`, `2025-W28`,
    /// `XXXX-07-12`); `None` when vague or not resolvable.
    pub value: Option<String>,
}

/// Kinds of events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventType {
    /// Participants met (`traf`, `Gespräche mit`, `Gipfel`).
    Meeting,
    /// Someone travelled somewhere (`besuchte`, `reiste nach`).
    Visit,
    /// A phone or video call (`telefonierte`).
    Call,
    /// A public statement that is not a quote (`gab eine Erklärung ab`).
    Statement,
    /// An agreement was signed or reached (`unterzeichneten`, `vereinbarten`).
    Agreement,
    /// Someone was invited (`lud … ein`).
    Invitation,
}

/// An event the text states, with its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Type.
    #[serde(rename = "type")]
    pub kind: EventType,
    /// Entities taking part (`e1`), in order of mention.
    pub participants: Vec<String>,
    /// The place entity, if the sentence names one.
    pub place: Option<String>,
    /// The date (`2025-07-12`, `2025-07`), if the text gives one.
    pub date: Option<String>,
    /// The word that names the event (`traf`, `Gespräche`).
    pub trigger: String,
    /// Start of the evidence (chars): the sentence.
    pub start: usize,
    /// End of the evidence (chars, exclusive).
    pub end: usize,
    /// The evidence (= the slice).
    pub text: String,
}

/// A note about something the analyzer could not settle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Char offset.
    pub start: usize,
    /// Char offset.
    pub end: usize,
    /// What.
    pub message: String,
}

/// The ISO code of a country written `name` (its canonical German name or an
/// alias: `Nordkorea`, `DVRK` → `KP`), for filing countries across articles.
pub fn country_code(name: &str) -> Option<String> {
    // Canonical names are aliases too (see `Lexicon`), so one lookup serves.
    lexicon::Lexicon::get().country_alias.get(name).cloned()
}

/// Analyses a normalised text (German) published on `date` (which resolves
/// relative dates such as `am Samstag`; `None` when the article has none).
pub fn analyze(text: &str, date: Option<&PubDate>) -> Analysis {
    let doc = Doc::new(text);
    let mut found = entities::recognise(&doc);
    coref::resolve(&doc, &mut found);
    let mut time_exprs = times::find(&doc, date);
    // `Ministerin Lea Sommer`: a word of a name is no season or month.
    time_exprs.retain(|t| {
        !found.mentions.iter().any(|m| {
            m.kind == MentionKind::Name
                && found.ents[m.ent].kind != EntityType::Place
                && m.first < t.last
                && t.first < m.last
        })
    });
    let quote_spans = quotes::find(&doc, &found);
    let event_spans = events::find(&doc, &found, &time_exprs, &quote_spans, date);
    let mut analysis = Analysis {
        sentences: doc
            .sentences
            .iter()
            .map(|s| Span { start: doc.char_at(s.start), end: doc.char_at(s.end) })
            .collect(),
        ..Default::default()
    };
    analysis.diagnostics = std::mem::take(&mut found.diagnostics);
    let (entities, ids) = found.into_entities(&doc);
    let id = |e: usize| ids.get(&e).cloned();
    let slice = |b0: usize, b1: usize| (doc.char_at(b0), doc.char_at(b1), doc.text[b0..b1].to_string());
    analysis.times = time_exprs
        .iter()
        .map(|t| {
            let (start, end, text) = slice(doc.tokens[t.first].start, doc.tokens[t.last - 1].end);
            Time { text, start, end, value: t.value.clone() }
        })
        .collect();
    analysis.quotes = quote_spans
        .iter()
        .map(|q| {
            let (start, end, text) = slice(q.start, q.end);
            Quote {
                kind: q.kind,
                text,
                start,
                end,
                speaker: q.speaker.and_then(id),
                cue: q.cue.map(|c| doc.tok(c).to_string()),
                parts: if q.parts.len() > 1 {
                    q.parts.iter().map(|&(a, b)| Span { start: doc.char_at(a), end: doc.char_at(b) }).collect()
                } else {
                    vec![]
                },
            }
        })
        .collect();
    analysis.events = event_spans
        .iter()
        .map(|e| {
            let (start, end, text) = slice(e.start, e.end);
            Event {
                kind: e.kind,
                participants: e.participants.iter().filter_map(|&p| id(p)).collect(),
                place: e.place.and_then(id),
                date: e.date.clone(),
                trigger: doc.tok(e.trigger).to_string(),
                start,
                end,
                text,
            }
        })
        .filter(|e| !e.participants.is_empty())
        .collect();
    analysis.entities = entities;
    analysis
}

/// A text with its tokens and a byte → char map.
pub struct Doc<'a> {
    /// The text.
    pub text: &'a str,
    /// Tokens.
    pub tokens: Vec<segment::Token>,
    /// Sentences.
    pub sentences: Vec<segment::Sentence>,
    /// Each token in lower case (computed once for the later stages;
    /// borrowed from the text when the token is lower case already).
    pub lower: Vec<std::borrow::Cow<'a, str>>,
    char_of_byte: Vec<u32>,
}

impl<'a> Doc<'a> {
    /// Segments the text.
    pub fn new(text: &'a str) -> Self {
        let (tokens, sentences) = segment::segment(text);
        let mut char_of_byte = vec![0u32; text.len() + 1];
        let mut c = 0u32;
        for (b, ch) in text.char_indices() {
            for k in 0..ch.len_utf8() {
                char_of_byte[b + k] = c;
            }
            c += 1;
        }
        char_of_byte[text.len()] = c;
        let lower = tokens
            .iter()
            .map(|t| {
                let w = &text[t.start..t.end];
                if w.chars().any(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase())) {
                    std::borrow::Cow::Owned(w.to_lowercase())
                } else {
                    std::borrow::Cow::Borrowed(w)
                }
            })
            .collect();
        Doc { text, tokens, sentences, lower, char_of_byte }
    }

    /// Char offset of a byte offset.
    pub fn char_at(&self, byte: usize) -> usize {
        self.char_of_byte[byte] as usize
    }

    /// The text of token `i`.
    pub fn tok(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// The first token of the body: of the first sentence after a line break
    /// (the headline's line ends before it), where a dateline stands.
    pub fn body_first(&self) -> Option<usize> {
        self.sentences.iter().skip(1).find(|x| self.text[..x.start].contains('\n')).map(|x| x.first)
    }

    /// Whether token `i` starts its sentence (after opening quotes).
    pub fn sentence_initial(&self, i: usize) -> bool {
        let s = &self.sentences[self.tokens[i].sentence];
        (s.first..i).all(|j| {
            self.tokens[j].kind != segment::TokenKind::Word && self.tokens[j].kind != segment::TokenKind::Number
        })
    }
}
