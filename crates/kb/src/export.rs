//! `dossier export`: the knowledge base as JSON Lines, CSV or GraphML, for
//! pandas, Gephi or another database. Rows stream out; memory stays flat.

use crate::{Kb, KbError, Result};
use dossier_store::{Edge, EntityExport, EventRow, QuoteRow};
use std::io::Write;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// One JSON object per line, each with a `"type"`.
    Jsonl,
    /// One table (see [`ExportTable`]) with a header row.
    Csv,
    /// The entity graph (nodes: entities; edges: meetings and co-mentions).
    Graphml,
}

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportTable {
    /// Entities with their figures and aliases.
    Entities,
    /// Quotes with speaker and citation.
    Quotes,
    /// Events with participants, place, date and citation.
    Events,
    /// Everything (JSON Lines only).
    All,
}

fn io(e: std::io::Error) -> KbError {
    KbError::Invalid(format!("writing the export: {e}"))
}

fn csv_err(e: csv::Error) -> KbError {
    KbError::Invalid(format!("writing the export: {e}"))
}

/// XML text with the five special characters escaped.
fn xml(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
}

impl Kb {
    /// Writes the knowledge base in `format`.
    pub fn export(&self, format: ExportFormat, table: ExportTable, out: &mut dyn Write) -> Result<()> {
        let store = &self.store;
        match format {
            ExportFormat::Jsonl => {
                let mut line = |kind: &str, v: serde_json::Value| -> Result<()> {
                    let mut obj = serde_json::json!({ "type": kind });
                    if let (Some(o), serde_json::Value::Object(m)) = (obj.as_object_mut(), v) {
                        o.extend(m);
                    }
                    serde_json::to_writer(&mut *out, &obj).map_err(|e| KbError::Invalid(e.to_string()))?;
                    out.write_all(b"\n").map_err(io)
                };
                let all = table == ExportTable::All;
                if all || table == ExportTable::Entities {
                    store.each_entity(&mut |e| {
                        line("entity", serde_json::to_value(e).expect("serialises")).map_err(store_err)
                    })?;
                }
                if all || table == ExportTable::Quotes {
                    store.each_quote(&mut |q| {
                        line("quote", serde_json::to_value(q).expect("serialises")).map_err(store_err)
                    })?;
                }
                if all || table == ExportTable::Events {
                    store.each_event(&mut |v| {
                        line("event", serde_json::to_value(v).expect("serialises")).map_err(store_err)
                    })?;
                }
                Ok(())
            }
            ExportFormat::Csv => {
                let mut w = csv::Writer::from_writer(out);
                match table {
                    ExportTable::Entities | ExportTable::All => {
                        w.write_record([
                            "id", "kind", "name", "country", "articles", "mentions", "first_seen", "last_seen",
                            "aliases",
                        ])
                        .map_err(csv_err)?;
                        store.each_entity(&mut |e: EntityExport| {
                            w.write_record([
                                e.id.to_string(),
                                e.kind,
                                e.name,
                                e.country.unwrap_or_default(),
                                e.articles.to_string(),
                                e.mentions.to_string(),
                                e.first_seen.unwrap_or_default(),
                                e.last_seen.unwrap_or_default(),
                                e.aliases.join("|"),
                            ])
                            .map_err(|e| store_err(csv_err(e)))
                        })?;
                    }
                    ExportTable::Quotes => {
                        w.write_record([
                            "speaker_id", "speaker", "kind", "cue", "text", "article", "date", "source", "start", "end",
                        ])
                        .map_err(csv_err)?;
                        store.each_quote(&mut |q: QuoteRow| {
                            w.write_record([
                                q.speaker.as_ref().map(|s| s.id.to_string()).unwrap_or_default(),
                                q.speaker.map(|s| s.name).unwrap_or_default(),
                                q.kind,
                                q.cue.unwrap_or_default(),
                                q.text,
                                q.cite.article,
                                q.cite.date.unwrap_or_default(),
                                q.cite.source.unwrap_or_default(),
                                q.cite.start.to_string(),
                                q.cite.end.to_string(),
                            ])
                            .map_err(|e| store_err(csv_err(e)))
                        })?;
                    }
                    ExportTable::Events => {
                        w.write_record([
                            "kind", "participant_ids", "participants", "place", "date", "trigger", "article",
                            "article_date", "start", "end", "text",
                        ])
                        .map_err(csv_err)?;
                        store.each_event(&mut |v: EventRow| {
                            let ids: Vec<String> = v.participants.iter().map(|p| p.id.to_string()).collect();
                            let names: Vec<&str> = v.participants.iter().map(|p| p.name.as_str()).collect();
                            w.write_record([
                                v.kind.clone(),
                                ids.join("|"),
                                names.join("|"),
                                v.place.as_ref().map(|p| p.name.clone()).unwrap_or_default(),
                                v.date.clone().unwrap_or_default(),
                                v.trigger.clone(),
                                v.cite.article.clone(),
                                v.cite.date.clone().unwrap_or_default(),
                                v.cite.start.to_string(),
                                v.cite.end.to_string(),
                                v.text.clone(),
                            ])
                            .map_err(|e| store_err(csv_err(e)))
                        })?;
                    }
                }
                w.flush().map_err(io)
            }
            ExportFormat::Graphml => {
                let edges: Vec<Edge> = store.graph_edges(2)?;
                let mut used: Vec<i64> = edges.iter().flat_map(|e| [e.source, e.target]).collect();
                used.sort_unstable();
                used.dedup();
                let mut w = |s: &str| out.write_all(s.as_bytes()).map_err(io);
                w("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n")?;
                w("  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n")?;
                w("  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n")?;
                w("  <key id=\"articles\" for=\"node\" attr.name=\"articles\" attr.type=\"long\"/>\n")?;
                w("  <key id=\"type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n")?;
                w("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"long\"/>\n")?;
                w("  <graph id=\"dossier\" edgedefault=\"undirected\">\n")?;
                let mut nodes = String::new();
                store.each_entity(&mut |e| {
                    if used.binary_search(&e.id).is_ok() {
                        nodes.push_str(&format!(
                            "    <node id=\"n{}\"><data key=\"name\">{}</data><data key=\"kind\">{}</data><data key=\"articles\">{}</data></node>\n",
                            e.id,
                            xml(&e.name),
                            e.kind,
                            e.articles
                        ));
                    }
                    Ok(())
                })?;
                w(&nodes)?;
                for (i, e) in edges.iter().enumerate() {
                    w(&format!(
                        "    <edge id=\"e{i}\" source=\"n{}\" target=\"n{}\"><data key=\"type\">{}</data><data key=\"weight\">{}</data></edge>\n",
                        e.source, e.target, e.kind, e.weight
                    ))?;
                }
                w("  </graph>\n</graphml>\n")
            }
        }
    }
}

/// A kb error inside a store callback.
fn store_err(e: KbError) -> dossier_store::StoreError {
    dossier_store::StoreError::Callback(e.to_string())
}
