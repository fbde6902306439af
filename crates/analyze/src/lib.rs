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
pub mod gazetteer;
pub mod lexicon;
pub mod segment;

use serde::{Deserialize, Serialize};

/// Version of the analysis rules; stored with each analysis so that
/// `dossier reanalyze` knows what to redo after the pipeline changes.
pub const VERSION: i64 = 2;

/// The analysis of one article (the output contract of `dossier analyze`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Sentences as char ranges (not stored; recomputed on demand).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sentences: Vec<Span>,
    /// Entities with their mentions.
    pub entities: Vec<Entity>,
    /// Quotes (filled by the next stage).
    pub quotes: Vec<serde_json::Value>,
    /// Time expressions (filled by the next stage).
    pub times: Vec<serde_json::Value>,
    /// Events (filled by the next stage).
    pub events: Vec<serde_json::Value>,
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

/// Analyses a normalised text (German).
pub fn analyze(text: &str) -> Analysis {
    let doc = Doc::new(text);
    let mut found = entities::recognise(&doc);
    coref::resolve(&doc, &mut found);
    let mut analysis = Analysis {
        sentences: doc
            .sentences
            .iter()
            .map(|s| Span { start: doc.char_at(s.start), end: doc.char_at(s.end) })
            .collect(),
        ..Default::default()
    };
    analysis.diagnostics = std::mem::take(&mut found.diagnostics);
    analysis.entities = found.into_entities(&doc);
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
        Doc { text, tokens, sentences, char_of_byte }
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

    /// Whether token `i` starts its sentence (after opening quotes).
    pub fn sentence_initial(&self, i: usize) -> bool {
        let s = &self.sentences[self.tokens[i].sentence];
        (s.first..i).all(|j| {
            self.tokens[j].kind != segment::TokenKind::Word && self.tokens[j].kind != segment::TokenKind::Number
        })
    }
}
