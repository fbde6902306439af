//! `eval`: scores analyses against gold annotations.
//!
//! Gold files follow `gold/GUIDELINES.md`. Entities are scored per article
//! and type at entity level: a predicted entity (one that has at least one
//! name mention) matches a gold entity of the same type when one of its name
//! surfaces equals one of the gold surfaces (or the gold name); matching is
//! one-to-one. Precision, recall and F1 are micro-averaged over articles.
#![warn(missing_docs)]

use dossier_analyze::{Analysis, EntityType, MentionKind};
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
pub const CATEGORIES: &[&str] = &["persons", "places", "organizations", "quotes", "meetings"];

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
        // Quotes and meetings are extracted by the next stage; counted so that
        // the report shows what is still to find.
        let quotes = Score { gold: gold.quotes.len(), predicted: analysis.quotes.len(), matched: 0 };
        self.scores.entry("quotes".into()).or_default().add(quotes);
        let meetings = Score { gold: gold.meetings.len(), predicted: analysis.events.len(), matched: 0 };
        self.scores.entry("meetings".into()).or_default().add(meetings);
    }
}
