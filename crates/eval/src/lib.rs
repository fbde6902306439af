//! `eval`: scores analyses against gold annotations.
//!
//! Gold files follow `gold/GUIDELINES.md`. Entities are scored per article
//! and type at entity level: a predicted entity (one that has at least one
//! name mention) matches a gold entity of the same type when one of its name
//! surfaces equals one of the gold surfaces (or the gold name); matching is
//! one-to-one. Precision, recall and F1 are micro-averaged over articles.
//!
//! Quotes match when their words agree (Dice coefficient of the word sets ≥
//! 0.7; a mixed quote counts as indirect); the speaker of a matched quote is
//! right when the predicted entity is the gold one (by name or by one of its
//! name surfaces). Meetings are the predicted meetings, visits, calls and
//! agreements with two or more participants (the gold counts what was held
//! or scheduled, so an invitation not yet accepted is left out); one matches
//! a gold meeting when their participants (mapped to gold names) share two,
//! or are equal; pairs are assigned one to one, best first (shared
//! participants, then place, then date, then fewer extra participants). Times match when one text contains
//! the other; their values are then compared.
//! `speakers`, `meeting-dates` and `time-values` are accuracies over the
//! matched items (shown as P = R = F1).
#![warn(missing_docs)]

pub mod across;
pub mod copies;

use dossier_analyze::{Analysis, Entity, EntityType, EventType, MentionKind, QuoteKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A gold entity.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldEntity {
    /// Canonical name.
    pub name: String,
    /// Surface forms.
    #[serde(default)]
    pub mentions: Vec<String>,
}

/// A gold quote.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuote {
    /// Quoted or reported text.
    pub text: String,
    /// Speaker's canonical name.
    pub speaker: Option<String>,
    /// `direct` or `indirect`.
    pub kind: String,
}

/// A gold meeting.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldMeeting {
    /// Canonical names.
    pub participants: Vec<String>,
    /// Place.
    pub place: Option<String>,
    /// Date.
    pub date: Option<String>,
}

/// A gold time expression.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldTime {
    /// The expression as written.
    pub text: String,
    /// Its value.
    pub value: Option<String>,
}

/// The gold annotation of one article.
#[derive(Debug, Clone, Deserialize)]
pub struct Gold {
    /// Persons.
    #[serde(default)]
    pub persons: Vec<GoldEntity>,
    /// Places.
    #[serde(default)]
    pub places: Vec<GoldEntity>,
    /// Organisations.
    #[serde(default)]
    pub organizations: Vec<GoldEntity>,
    /// Quotes.
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
    /// Meetings.
    #[serde(default)]
    pub meetings: Vec<GoldMeeting>,
    /// Time expressions.
    #[serde(default)]
    pub times: Vec<GoldTime>,
}

/// Counts of one category.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Score {
    /// Gold items.
    pub gold: usize,
    /// Predicted items.
    pub predicted: usize,
    /// Matched items.
    pub matched: usize,
}

impl Score {
    /// Precision (1 when nothing was predicted and nothing was there).
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            if self.gold == 0 {
                1.0
            } else {
                0.0
            }
        } else {
            self.matched as f64 / self.predicted as f64
        }
    }

    /// Recall.
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.matched as f64 / self.gold as f64
        }
    }

    /// F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn add(&mut self, o: Score) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.matched += o.matched;
    }
}

/// One miss: a gold item not found, or a predicted item not in the gold.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    /// Article.
    pub article: String,
    /// Category.
    pub category: String,
    /// `missed` or `spurious`.
    pub what: &'static str,
    /// The item.
    pub item: String,
}

/// Scores of a set of articles.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Articles scored.
    pub articles: usize,
    /// Scores per category.
    pub scores: BTreeMap<String, Score>,
    /// Misses.
    pub misses: Vec<Miss>,
}

/// The categories in report order.
pub const CATEGORIES: &[&str] = &[
    "persons", "places", "organizations", "quotes-direct", "quotes-indirect", "speakers", "meetings", "meeting-dates",
    "times", "time-values",
];

/// Lower-case words of a text.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Dice coefficient of two word lists (as multisets).
fn dice(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let mut rest: Vec<&String> = b.iter().collect();
    let mut common = 0;
    for w in a {
        if let Some(p) = rest.iter().position(|x| *x == w) {
            rest.swap_remove(p);
            common += 1;
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

/// An accuracy as a score: `n` items compared, `right` of them right.
fn accuracy(n: usize, right: usize) -> Score {
    Score { gold: n, predicted: n, matched: right }
}

impl Report {
    /// Scores one article and adds it to the report.
    pub fn add(&mut self, article: &str, gold: &Gold, analysis: &Analysis) {
        self.articles += 1;
        for (category, kind, golds) in [
            ("persons", EntityType::Person, &gold.persons),
            ("places", EntityType::Place, &gold.places),
            ("organizations", EntityType::Organization, &gold.organizations),
        ] {
            let predicted: Vec<(String, Vec<String>)> = analysis
                .entities
                .iter()
                .filter(|e| e.kind == kind)
                .map(|e| {
                    let mut forms: Vec<String> =
                        e.mentions.iter().filter(|m| m.kind == MentionKind::Name).map(|m| m.text.clone()).collect();
                    forms.sort();
                    forms.dedup();
                    (e.name.clone(), forms)
                })
                .filter(|(_, forms)| !forms.is_empty())
                .collect();
            let mut used = vec![false; predicted.len()];
            let mut score = Score { gold: golds.len(), predicted: predicted.len(), matched: 0 };
            for g in golds.iter() {
                let hit = predicted.iter().enumerate().position(|(i, (name, forms))| {
                    !used[i] && (forms.iter().any(|f| f == &g.name || g.mentions.contains(f)) || name == &g.name)
                });
                match hit {
                    Some(i) => {
                        used[i] = true;
                        score.matched += 1;
                    }
                    None => self.misses.push(Miss {
                        article: article.into(),
                        category: category.into(),
                        what: "missed",
                        item: format!("{} {:?}", g.name, g.mentions),
                    }),
                }
            }
            for (i, (name, forms)) in predicted.iter().enumerate() {
                if !used[i] {
                    self.misses.push(Miss {
                        article: article.into(),
                        category: category.into(),
                        what: "spurious",
                        item: format!("{name} {forms:?}"),
                    });
                }
            }
            self.scores.entry(category.into()).or_default().add(score);
        }
        self.add_quotes(article, gold, analysis);
        self.add_meetings(article, gold, analysis);
        self.add_times(article, gold, analysis);
    }
}

/// The gold entity a predicted entity stands for: its name, if any gold
/// entity has that name or one of its name surfaces.
fn gold_name<'g>(gold: &'g Gold, e: &Entity) -> Option<&'g str> {
    let forms: Vec<&str> = e.mentions.iter().filter(|m| m.kind == MentionKind::Name).map(|m| m.text.as_str()).collect();
    gold.persons
        .iter()
        .chain(&gold.organizations)
        .chain(&gold.places)
        .find(|g| g.name == e.name || forms.iter().any(|f| *f == g.name || g.mentions.iter().any(|m| m == f)))
        .map(|g| g.name.as_str())
}

impl Report {
    fn miss(&mut self, article: &str, category: &str, what: &'static str, item: String) {
        self.misses.push(Miss { article: article.into(), category: category.into(), what, item });
    }

    fn entity<'a>(analysis: &'a Analysis, id: &Option<String>) -> Option<&'a Entity> {
        id.as_ref().and_then(|id| analysis.entities.iter().find(|e| &e.id == id))
    }

    fn add_quotes(&mut self, article: &str, gold: &Gold, analysis: &Analysis) {
        let mut compared = 0;
        let mut right = 0;
        for (category, kind) in [("quotes-direct", "direct"), ("quotes-indirect", "indirect")] {
            let golds: Vec<_> = gold.quotes.iter().filter(|q| q.kind == kind).collect();
            let preds: Vec<_> = analysis
                .quotes
                .iter()
                .filter(|q| (q.kind == QuoteKind::Direct) == (kind == "direct"))
                .map(|q| (q, words(&q.content())))
                .collect();
            let mut used = vec![false; preds.len()];
            let mut score = Score { gold: golds.len(), predicted: preds.len(), matched: 0 };
            for g in &golds {
                let gw = words(&g.text);
                let best = preds
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| !used[*i])
                    .map(|(i, (_, w))| (i, dice(&gw, w)))
                    .filter(|(_, d)| *d >= 0.7)
                    .max_by(|a, b| a.1.total_cmp(&b.1));
                let Some((i, _)) = best else {
                    self.miss(article, category, "missed", format!("{:?} ({:?})", g.text, g.speaker));
                    continue;
                };
                used[i] = true;
                score.matched += 1;
                let speaker = Self::entity(analysis, &preds[i].0.speaker);
                let ok = match (&g.speaker, speaker) {
                    (None, None) => true,
                    (Some(name), Some(e)) => gold_name(gold, e) == Some(name.as_str()) || &e.name == name,
                    _ => false,
                };
                compared += 1;
                if ok {
                    right += 1;
                } else {
                    self.miss(
                        article,
                        "speakers",
                        "wrong",
                        format!("{:?}: {:?}, gold {:?}", g.text, speaker.map(|e| &e.name), g.speaker),
                    );
                }
            }
            for (i, (q, _)) in preds.iter().enumerate() {
                if !used[i] {
                    let who = Self::entity(analysis, &q.speaker).map(|e| e.name.clone());
                    self.miss(article, category, "spurious", format!("{:?} ({:?})", q.content(), who));
                }
            }
            self.scores.entry(category.into()).or_default().add(score);
        }
        self.scores.entry("speakers".into()).or_default().add(accuracy(compared, right));
    }

    fn add_meetings(&mut self, article: &str, gold: &Gold, analysis: &Analysis) {
        let name = |id: &String| {
            Self::entity(analysis, &Some(id.clone()))
                .map(|e| gold_name(gold, e).map(str::to_string).unwrap_or_else(|| format!("?{}", e.name)))
                .unwrap_or_default()
        };
        let preds: Vec<(Vec<String>, Option<String>, Option<String>)> = analysis
            .events
            .iter()
            .filter(|e| !matches!(e.kind, EventType::Statement | EventType::Invitation))
            .filter(|e| e.participants.len() >= 2)
            .map(|e| (e.participants.iter().map(name).collect(), e.place.as_ref().map(name), e.date.clone()))
            .collect();
        let mut used = vec![false; preds.len()];
        let mut score = Score { gold: gold.meetings.len(), predicted: preds.len(), matched: 0 };
        let (mut compared, mut right) = (0, 0);
        // Every gold-prediction pair that may match, best first (more shared
        // participants, then the same place, then the same date, then fewer
        // participants the gold does not name), assigned one to one: the
        // order of the gold list does not matter.
        // (The rank: shared participants, same place, same date, fewer extras.)
        type Rank = (usize, usize, usize, usize);
        let mut pairs: Vec<(Rank, usize, usize)> = Vec::new();
        for (gi, g) in gold.meetings.iter().enumerate() {
            for (i, (ps, place, date)) in preds.iter().enumerate() {
                let shared = ps.iter().filter(|p| g.participants.contains(p)).count();
                let equal = shared == ps.len() && shared == g.participants.len();
                if shared >= 2 || equal {
                    let key = (
                        shared,
                        (place.as_ref() == g.place.as_ref()) as usize,
                        (date == &g.date) as usize,
                        usize::MAX - (ps.len() - shared),
                    );
                    pairs.push((key, gi, i));
                }
            }
        }
        pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut matched: Vec<Option<usize>> = vec![None; gold.meetings.len()];
        for (_, gi, i) in pairs {
            if matched[gi].is_none() && !used[i] {
                matched[gi] = Some(i);
                used[i] = true;
            }
        }
        for (g, m) in gold.meetings.iter().zip(&matched) {
            let Some(i) = *m else {
                self.miss(article, "meetings", "missed", format!("{:?} {:?} {:?}", g.participants, g.place, g.date));
                continue;
            };
            score.matched += 1;
            compared += 1;
            if preds[i].2 == g.date {
                right += 1;
            } else {
                self.miss(
                    article,
                    "meeting-dates",
                    "wrong",
                    format!("{:?}: {:?}, gold {:?}", g.participants, preds[i].2, g.date),
                );
            }
        }
        for (i, p) in preds.iter().enumerate() {
            if !used[i] {
                self.miss(article, "meetings", "spurious", format!("{:?} {:?} {:?}", p.0, p.1, p.2));
            }
        }
        self.scores.entry("meetings".into()).or_default().add(score);
        self.scores.entry("meeting-dates".into()).or_default().add(accuracy(compared, right));
    }

    fn add_times(&mut self, article: &str, gold: &Gold, analysis: &Analysis) {
        let mut used = vec![false; analysis.times.len()];
        let mut score = Score { gold: gold.times.len(), predicted: analysis.times.len(), matched: 0 };
        let (mut compared, mut right) = (0, 0);
        for g in &gold.times {
            let gl = g.text.to_lowercase();
            let hit = analysis.times.iter().enumerate().position(|(i, t)| {
                let tl = t.text.to_lowercase();
                !used[i] && (tl.contains(&gl) || gl.contains(&tl))
            });
            let Some(i) = hit else {
                self.miss(article, "times", "missed", format!("{:?} {:?}", g.text, g.value));
                continue;
            };
            used[i] = true;
            score.matched += 1;
            compared += 1;
            if analysis.times[i].value == g.value {
                right += 1;
            } else {
                self.miss(
                    article,
                    "time-values",
                    "wrong",
                    format!("{:?}: {:?}, gold {:?}", g.text, analysis.times[i].value, g.value),
                );
            }
        }
        for (i, t) in analysis.times.iter().enumerate() {
            if !used[i] {
                self.miss(article, "times", "spurious", format!("{:?} {:?}", t.text, t.value));
            }
        }
        self.scores.entry("times".into()).or_default().add(score);
        self.scores.entry("time-values".into()).or_default().add(accuracy(compared, right));
    }
}
