//! From an article's analysis to the facts the knowledge base files
//! (`dossier_store::Facts`): plain data, no I/O.

use dossier_analyze::{Analysis, EntityType, EventType, MentionKind, QuoteKind};
use dossier_resolve::Kind;
use dossier_store::{FactEntity, FactEvent, FactQuote, Facts};

/// The facts of one analysis.
pub(crate) fn facts_of(analysis: &Analysis) -> Facts {
    let entities = analysis
        .entities
        .iter()
        .filter_map(|e| {
            let kind = match e.kind {
                EntityType::Person => Kind::Person,
                EntityType::Place => Kind::Place,
                EntityType::Organization => Kind::Organization,
                EntityType::Other => return None,
            };
            // The first mention by name, else the first at all (`russische` names Russland too).
            let first = e.mentions.iter().find(|m| m.kind != MentionKind::Demonym).or(e.mentions.first())?;
            // A country is its own country (`Nordkorea` in `Nordkorea`).
            let country_code = (kind == Kind::Place && e.country.as_deref() == Some(e.name.as_str()))
                .then(|| dossier_analyze::country_code(&e.name))
                .flatten();
            Some(FactEntity {
                local: e.id.clone(),
                kind,
                name: e.name.clone(),
                country_code,
                country: e.country.clone(),
                roles: e.roles.clone(),
                mentions: e.mentions.len() as u32,
                start: first.start,
                end: first.end,
            })
        })
        .collect();
    let quotes = analysis
        .quotes
        .iter()
        .map(|q| FactQuote {
            speaker: q.speaker.clone(),
            kind: match q.kind {
                QuoteKind::Direct => "direct",
                QuoteKind::Indirect => "indirect",
                QuoteKind::Mixed => "mixed",
            }
            .to_string(),
            cue: q.cue.clone(),
            start: q.start,
            end: q.end,
            text: q.content(),
        })
        .collect();
    let events = analysis
        .events
        .iter()
        .map(|v| FactEvent {
            kind: event_kind(v.kind).to_string(),
            participants: v.participants.clone(),
            place: v.place.clone(),
            date: v.date.clone(),
            trigger: v.trigger.clone(),
            start: v.start,
            end: v.end,
            text: v.text.clone(),
        })
        .collect();
    Facts { entities, quotes, events }
}

/// The stored name of an event type.
pub(crate) fn event_kind(kind: EventType) -> &'static str {
    match kind {
        EventType::Meeting => "meeting",
        EventType::Visit => "visit",
        EventType::Call => "call",
        EventType::Statement => "statement",
        EventType::Agreement => "agreement",
        EventType::Invitation => "invitation",
    }
}
