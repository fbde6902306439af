//! The analysis as stored in SQLite: the output contract without what the
//! article text already holds (each mention's text is its slice), so that the
//! store stays small. [`expand`] restores the full contract.

use dossier_analyze::{Analysis, Entity, EntityType, Mention, MentionKind};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct Stored {
    e: Vec<StoredEntity>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    q: Vec<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    t: Vec<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    v: Vec<serde_json::Value>,
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
        q: a.quotes.clone(),
        t: a.times.clone(),
        v: a.events.clone(),
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
    Some(Analysis { sentences: vec![], entities, quotes: s.q, times: s.t, events: s.v, diagnostics: s.d })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let text =
            "Russlands Außenminister Dmitri Sokolow traf in Pjöngjang seine Amtskollegin. Der Minister lobte Wŏnsan.";
        let mut a = dossier_analyze::analyze(text);
        a.sentences.clear();
        let json = compact(&a);
        assert!(json.len() < serde_json::to_string(&a).unwrap().len() / 2);
        assert_eq!(expand(&json, text).unwrap(), a);
    }
}
