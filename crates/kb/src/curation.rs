//! The user's decisions about entities: the aliases file in the data
//! folder (`aliases.toml`, format in `dossier_resolve::Curation`), and the
//! `entity merge` / `entity split` commands that append to it.
//!
//! The file is the record: it is read whenever the data folder is opened
//! for writing, applied to the stored entities when it changed since it was
//! last applied, and honoured by every ingest and re-analysis after. A new
//! data folder given the same file ends with the same entities.

use crate::{Kb, KbError, Result};
use dossier_resolve::{Curated, Curation, Kind, Separate};
use dossier_store::CurationReport;
use std::path::{Path, PathBuf};

/// The aliases file's name in the data folder.
pub const ALIASES_FILE: &str = "aliases.toml";

/// The meta key under which the hash of the last applied file is kept.
const APPLIED: &str = "aliases_applied";

const HEADER: &str = "# Dossier aliases file: your decisions about entities.
# Read on every ingest and re-analysis; edit it by hand or with
# `dossier entity merge` and `dossier entity split`.
#
# [[entity]]                      one entity under several names
# name = \"Auswärtiges Amt\"
# kind = \"organization\"           person (default), organization or place
# aliases = [\"AA\", \"Außenamt\"]
#
# [[separate]]                    a name never filed under another entity
# name = \"Kim\"
# from = \"Kim Jong-un\"
";

/// What a merge or split did.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Decision {
    /// The rule as appended to the aliases file.
    pub rule: String,
    /// The file.
    pub file: PathBuf,
    /// What applying it changed in the store.
    pub report: CurationReport,
}

impl Kb {
    /// The aliases file of this data folder.
    pub fn aliases_path(&self) -> PathBuf {
        self.dir.join(ALIASES_FILE)
    }

    /// Reads the aliases file (if any) and puts it in force; with `apply`,
    /// applies it to the stored entities when it changed since last applied.
    pub(crate) fn load_curation(&mut self, apply: bool) -> Result<Option<CurationReport>> {
        let path = self.aliases_path();
        let text = read(&path)?.unwrap_or_default();
        let curation = parse(&path, &text)?;
        self.store.set_curation(curation);
        let hash = dossier_article::content_hash(&text);
        if !apply || self.store.meta(APPLIED)?.as_deref() == Some(hash.as_str()) || text.is_empty() {
            return Ok(None);
        }
        let report = self.store.apply_curation()?;
        self.store.set_meta(APPLIED, &hash)?;
        tracing::info!("applied {}: {} merged, {} moved", path.display(), report.merged, report.moved);
        Ok(Some(report))
    }

    /// Merges entity `name` into entity `into` (each the most cited entity
    /// of that name): a rule in the aliases file, applied at once.
    pub fn merge(&mut self, name: &str, into: &str) -> Result<Decision> {
        let (a, _) = self.entity_id(name)?;
        let (b, _) = self.entity_id(into)?;
        if a == b {
            return Err(KbError::Invalid(format!("{name:?} and {into:?} are already one entity")));
        }
        let (pa, pb) = (self.profile_of(a)?, self.profile_of(b)?);
        if pa.entity.kind != pb.entity.kind {
            return Err(KbError::Invalid(format!(
                "{:?} is a {} and {:?} a {}: only entities of one kind merge",
                pa.entity.name, pa.entity.kind, pb.entity.name, pb.entity.kind
            )));
        }
        let rule = Curated {
            name: pb.entity.name.clone(),
            kind: kind_of(&pb.entity.kind)?,
            aliases: pa.aliases.iter().map(|(alias, _)| alias.clone()).collect(),
        };
        let target = dossier_resolve::plain_identity(rule.kind, &rule.name);
        let curation = self.store.curation();
        if let Some(apart) = rule.aliases.iter().find(|a| curation.kept_apart(rule.kind, a).contains(&target)) {
            return Err(KbError::Invalid(format!(
                "{} keeps {apart:?} apart from {:?}; remove that [[separate]] rule first",
                self.aliases_path().display(),
                rule.name
            )));
        }
        self.decide(&Curation::entity_toml(&rule))
    }

    /// Keeps the name `name` apart from entity `from`: the articles that call
    /// it so move to an entity of their own, and stay apart on later ingests.
    pub fn split(&mut self, from: &str, name: &str) -> Result<Decision> {
        let (id, _) = self.entity_id(from)?;
        let p = self.profile_of(id)?;
        let key = dossier_resolve::name_key(name);
        if !p.aliases.iter().any(|(a, _)| dossier_resolve::name_key(a) == key) {
            let names: Vec<&str> = p.aliases.iter().map(|(a, _)| a.as_str()).collect();
            return Err(KbError::Invalid(format!(
                "{:?} is not a name of {:?}; its names are: {}",
                name,
                p.entity.name,
                names.join(", ")
            )));
        }
        let rule = Separate { name: name.to_string(), from: p.entity.name.clone(), kind: kind_of(&p.entity.kind)? };
        self.decide(&Curation::separate_toml(&rule))
    }

    fn profile_of(&self, id: i64) -> Result<dossier_store::Profile> {
        self.store.profile(id, Default::default())?.ok_or_else(|| KbError::Invalid(format!("no entity {id}")))
    }

    /// Appends a rule to the aliases file (checked first: a rule that
    /// conflicts with the file leaves it untouched) and applies the file.
    fn decide(&mut self, rule: &str) -> Result<Decision> {
        let path = self.aliases_path();
        let mut new = read(&path)?.unwrap_or_else(|| HEADER.to_string());
        if !new.ends_with('\n') {
            new.push('\n');
        }
        new.push('\n');
        new.push_str(rule);
        parse(&path, &new)?;
        // Write a sibling and rename it over: a crash leaves the old file or the new.
        let tmp = path.with_extension("toml.tmp");
        std::fs::write(&tmp, &new)
            .and_then(|_| std::fs::rename(&tmp, &path))
            .map_err(|source| KbError::Dir { path: path.clone(), source })?;
        let report = self.load_curation(true)?.unwrap_or_default();
        Ok(Decision { rule: rule.trim_end().to_string(), file: path, report })
    }
}

/// The aliases file's text, `None` when there is none.
fn read(path: &Path) -> Result<Option<String>> {
    match std::fs::read_to_string(path) {
        Ok(t) => Ok(Some(t)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(KbError::Dir { path: path.to_path_buf(), source }),
    }
}

fn parse(path: &Path, text: &str) -> Result<Curation> {
    Curation::parse(text).map_err(|e| KbError::Aliases { path: path.to_path_buf(), message: e.to_string() })
}

fn kind_of(kind: &str) -> Result<Kind> {
    Kind::parse(kind).ok_or_else(|| KbError::Invalid(format!("entities of kind {kind:?} cannot be curated")))
}
