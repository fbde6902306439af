//! Entities across articles: gold clusters and B-cubed scores.
//!
//! Every gold entity of every article is an item. Two items are one real
//! entity when they have the same type and canonical name, or when
//! `gold/clusters.json` lists their names as the same entity (`NATO` and
//! `Nato`); it may also list names that two articles give to different
//! entities (`"different": [["a: Kim", "b: Kim"]]`). The prediction puts an
//! item in the corpus entity its matched article entity was resolved to (an
//! item the analyzer missed is a cluster of its own). B-cubed precision and
//! recall average, over the items, the share of the item's predicted cluster
//! that is in its gold cluster, and the share of its gold cluster that is in
//! its predicted cluster.

use crate::{Gold, GoldEntity};
use dossier_analyze::{Analysis, EntityType, MentionKind};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The gold clusters file.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Clusters {
    /// Groups of canonical names that are one entity.
    #[serde(default)]
    pub same: Vec<Vec<String>>,
    /// Pairs `article: name` that share a name but are different entities.
    #[serde(default)]
    pub different: Vec<Vec<String>>,
    /// Articles of the sample corpus that are one story (syndicated copies).
    #[serde(default)]
    pub stories: Vec<Vec<String>>,
}

/// One gold entity of one article and where the prediction filed it.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    /// Article key.
    pub article: String,
    /// Type and gold name.
    pub gold: String,
    /// Corpus entity of the matched prediction.
    pub predicted: Option<i64>,
    /// Whether the article is held out.
    pub heldout: bool,
}

/// The items of one article: each gold entity with the corpus entity its
/// matched predicted entity was filed under (`links`: local id → corpus id).
pub fn items(article: &str, heldout: bool, gold: &Gold, analysis: &Analysis, links: &[(String, i64)]) -> Vec<Item> {
    let mut out = Vec::new();
    for (kind, golds) in [
        (EntityType::Person, &gold.persons),
        (EntityType::Place, &gold.places),
        (EntityType::Organization, &gold.organizations),
    ] {
        let predicted: Vec<(&str, &str, Vec<&str>)> = analysis
            .entities
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| {
                let forms =
                    e.mentions.iter().filter(|m| m.kind == MentionKind::Name).map(|m| m.text.as_str()).collect();
                (e.id.as_str(), e.name.as_str(), forms)
            })
            .collect();
        let mut used = vec![false; predicted.len()];
        for g in golds.iter() {
            let hit =
                predicted.iter().enumerate().position(|(i, (_, name, forms))| !used[i] && matches(g, name, forms));
            let corpus = hit.and_then(|i| {
                used[i] = true;
                links.iter().find(|(l, _)| l == predicted[i].0).map(|x| x.1)
            });
            out.push(Item {
                article: article.into(),
                gold: format!("{kind:?}:{}", g.name),
                predicted: corpus,
                heldout,
            });
        }
    }
    out
}

fn matches(g: &GoldEntity, name: &str, forms: &[&str]) -> bool {
    forms.iter().any(|f| *f == g.name || g.mentions.iter().any(|m| m == f)) || name == g.name
}

/// B-cubed precision, recall and F1 over the items selected by `part`,
/// with clusters over all items.
pub fn bcubed(items: &[Item], clusters: &Clusters, part: impl Fn(&Item) -> bool) -> (f64, f64, f64, usize) {
    // Gold identity: the type and name, merged by `same`, split by `different`.
    let mut alias: HashMap<&str, &str> = HashMap::new();
    for group in &clusters.same {
        if let Some(first) = group.first() {
            for n in group {
                alias.insert(n.as_str(), first.as_str());
            }
        }
    }
    let gold_id = |it: &Item| -> String {
        let (kind, name) = it.gold.split_once(':').unwrap_or(("", &it.gold));
        let apart = clusters.different.iter().flatten().any(|x| x == &format!("{}: {name}", it.article));
        let name = alias.get(name).copied().unwrap_or(name);
        if apart {
            format!("{kind}:{name}@{}", it.article)
        } else {
            format!("{kind}:{name}")
        }
    };
    let gold: Vec<String> = items.iter().map(gold_id).collect();
    let pred: Vec<String> = items
        .iter()
        .enumerate()
        .map(|(i, it)| it.predicted.map_or(format!("missed#{i}"), |p| format!("entity#{p}")))
        .collect();
    let (mut p, mut r, mut n) = (0.0, 0.0, 0usize);
    for i in (0..items.len()).filter(|&i| part(&items[i])) {
        let same_pred: Vec<usize> = (0..items.len()).filter(|&j| pred[j] == pred[i]).collect();
        let same_gold = (0..items.len()).filter(|&j| gold[j] == gold[i]).count();
        let both = same_pred.iter().filter(|&&j| gold[j] == gold[i]).count();
        p += both as f64 / same_pred.len() as f64;
        r += both as f64 / same_gold as f64;
        n += 1;
    }
    if n == 0 {
        return (0.0, 0.0, 0.0, 0);
    }
    let (p, r) = (p / n as f64, r / n as f64);
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(article: &str, gold: &str, predicted: Option<i64>) -> Item {
        Item { article: article.into(), gold: gold.into(), predicted, heldout: false }
    }

    #[test]
    fn bcubed_is_one_for_a_perfect_resolution_and_drops_for_merges_and_splits() {
        let c = Clusters { same: vec![vec!["NATO".into(), "Nato".into()]], different: vec![], ..Default::default() };
        let perfect = [
            item("a", "Person:Anna Berg", Some(1)),
            item("b", "Person:Anna Berg", Some(1)),
            item("a", "Organization:NATO", Some(2)),
            item("b", "Organization:Nato", Some(2)),
        ];
        assert_eq!(bcubed(&perfect, &c, |_| true).2, 1.0);
        // Split: recall falls. Merge: precision falls.
        let split = [item("a", "Person:Anna Berg", Some(1)), item("b", "Person:Anna Berg", Some(3))];
        let (p, r, _, _) = bcubed(&split, &c, |_| true);
        assert_eq!((p, r), (1.0, 0.5));
        let merged = [item("a", "Person:Anna Berg", Some(1)), item("b", "Person:Tom Berg", Some(1))];
        let (p, r, _, _) = bcubed(&merged, &c, |_| true);
        assert_eq!((p, r), (0.5, 1.0));
        // Names two articles give to different people.
        let c =
            Clusters { same: vec![], different: vec![vec!["a: Kim".into(), "b: Kim".into()]], ..Default::default() };
        let kims = [item("a", "Person:Kim", Some(1)), item("b", "Person:Kim", Some(2))];
        assert_eq!(bcubed(&kims, &c, |_| true).2, 1.0);
    }
}
