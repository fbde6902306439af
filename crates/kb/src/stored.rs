//! The analysis as stored in SQLite: the output contract without what the
//! article text already holds (each mention's text is its slice), so that the
//! store stays small. [`expand`] restores the full contract.

use dossier_analyze::{
    Analysis, Entity, EntityType, Event, EventType, Mention, MentionKind, Quote, QuoteKind, Span, Time,
};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct Stored {
    e: Vec<StoredEntity>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    q: Vec<StoredQuote>,
    /// Times: start, end, value.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    t: Vec<(usize, usize, Option<String>)>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    v: Vec<StoredEvent>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    d: Vec<dossier_analyze::Diagnostic>,
}

#[derive(Serialize, Deserialize)]
struct StoredEntity {
    /// Type: p, l (place), o, x.
    k: char,
    n: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    r: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    c: Option<String>,
    /// Mentions: start, end, kind (n, r, p, d).
    m: Vec<(usize, usize, char)>,
}

#[derive(Serialize, Deserialize)]
struct StoredQuote {
    k: QuoteKind,
    s: usize,
    e: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    w: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    c: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    p: Vec<(usize, usize)>,
}

#[derive(Serialize, Deserialize)]
struct StoredEvent {
    k: EventType,
    p: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    l: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    d: Option<String>,
    g: String,
    s: usize,
    e: usize,
}

/// The compact JSON of an analysis.
pub fn compact(a: &Analysis) -> String {
    let s = Stored {
        e: a.entities
            .iter()
            .map(|e| StoredEntity {
                k: match e.kind {
                    EntityType::Person => 'p',
                    EntityType::Place => 'l',
                    EntityType::Organization => 'o',
                    EntityType::Other => 'x',
                },
                n: e.name.clone(),
                r: e.roles.clone(),
                c: e.country.clone(),
                m: e.mentions
                    .iter()
                    .map(|m| {
                        let k = match m.kind {
                            MentionKind::Name => 'n',
                            MentionKind::Role => 'r',
                            MentionKind::Pronoun => 'p',
                            MentionKind::Demonym => 'd',
                        };
                        (m.start, m.end, k)
                    })
                    .collect(),
            })
            .collect(),
        q: a.quotes
            .iter()
            .map(|q| StoredQuote {
                k: q.kind,
                s: q.start,
                e: q.end,
                w: q.speaker.clone(),
                c: q.cue.clone(),
                p: q.parts.iter().map(|p| (p.start, p.end)).collect(),
            })
            .collect(),
        t: a.times.iter().map(|t| (t.start, t.end, t.value.clone())).collect(),
        v: a.events
            .iter()
            .map(|e| StoredEvent {
                k: e.kind,
                p: e.participants.clone(),
                l: e.place.clone(),
                d: e.date.clone(),
                g: e.trigger.clone(),
                s: e.start,
                e: e.end,
            })
            .collect(),
        d: a.diagnostics.clone(),
    };
    serde_json::to_string(&s).expect("analysis serialises")
}

/// The full analysis from its compact JSON and the article text.
pub fn expand(json: &str, text: &str) -> Option<Analysis> {
    let s: Stored = serde_json::from_str(json).ok()?;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte = |c: usize| chars.get(c).map_or(text.len(), |(b, _)| *b);
    let entities =
        s.e.into_iter()
            .enumerate()
            .map(|(i, e)| Entity {
                id: format!("e{}", i + 1),
                kind: match e.k {
                    'p' => EntityType::Person,
                    'l' => EntityType::Place,
                    'o' => EntityType::Organization,
                    _ => EntityType::Other,
                },
                name: e.n,
                roles: e.r,
                country: e.c,
                mentions: e
                    .m
                    .into_iter()
                    .map(|(start, end, k)| Mention {
                        start,
                        end,
                        text: text.get(byte(start)..byte(end)).unwrap_or_default().to_string(),
                        kind: match k {
                            'r' => MentionKind::Role,
                            'p' => MentionKind::Pronoun,
                            'd' => MentionKind::Demonym,
                            _ => MentionKind::Name,
                        },
                    })
                    .collect(),
            })
            .collect();
    let slice = |a: usize, b: usize| text.get(byte(a)..byte(b)).unwrap_or_default().to_string();
    let quotes =
        s.q.into_iter()
            .map(|q| Quote {
                kind: q.k,
                text: slice(q.s, q.e),
                start: q.s,
                end: q.e,
                speaker: q.w,
                cue: q.c,
                parts: q.p.into_iter().map(|(start, end)| Span { start, end }).collect(),
            })
            .collect();
    let times =
        s.t.into_iter().map(|(start, end, value)| Time { text: slice(start, end), start, end, value }).collect();
    let events =
        s.v.into_iter()
            .map(|e| Event {
                kind: e.k,
                participants: e.p,
                place: e.l,
                date: e.d,
                trigger: e.g,
                start: e.s,
                end: e.e,
                text: slice(e.s, e.e),
            })
            .collect();
    Some(Analysis { sentences: vec![], entities, quotes, times, events, diagnostics: s.d })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let text = "Russlands Außenminister Dmitri Sokolow traf am Samstag in Pjöngjang seine Amtskollegin Ri Son-ok. \
                    „Wir sind bereit“, sagte der Minister, „für alles.“ Man sei sich einig, hieß es.";
        let date = "2025-07-14".parse().ok();
        let mut a = dossier_analyze::analyze(text, date.as_ref());
        assert!(!a.quotes.is_empty() && !a.times.is_empty() && !a.events.is_empty());
        a.sentences.clear();
        let json = compact(&a);
        assert!(json.len() < serde_json::to_string(&a).unwrap().len() / 2);
        assert_eq!(expand(&json, text).unwrap(), a);
    }
}
