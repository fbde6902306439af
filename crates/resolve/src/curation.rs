//! A user's decisions about entities: the aliases file.
//!
//! The automatic rules of this crate are right most of the time; where they
//! are not, the user says so in a TOML file (`aliases.toml` in the data
//! folder), by hand or through `dossier entity merge` and `dossier entity split`:
//!
//! ```toml
//! # One entity under several names: every name listed is the entity `name`.
//! [[entity]]
//! name = "Auswärtiges Amt"
//! kind = "organization"          # person (the default), organization or place
//! aliases = ["AA", "Außenamt"]
//!
//! # Two entities that the rules made one: `name` is never filed under `from`.
//! [[separate]]
//! name = "Kim"
//! from = "Kim Jong-un"
//! ```
//!
//! Names are compared by their [`name_key`](crate::name_key), so one
//! spelling of a name stands for all its spellings. [`Curation`] is the
//! parsed file; its answers are what the knowledge base asks while it files
//! an article.

use crate::{name_key, Kind};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A problem with an aliases file.
#[derive(Debug, thiserror::Error)]
pub enum CurationError {
    /// Not valid TOML, or not the documented tables.
    #[error("{0}")]
    Syntax(String),
    /// A name is given to two different entities.
    #[error("`{alias}` is listed under two entities, `{first}` and `{second}`")]
    TwoTargets {
        /// The name.
        alias: String,
        /// The first entity it was given to.
        first: String,
        /// The second.
        second: String,
    },
    /// A separation between names that are spelled alike.
    #[error("`{name}` and `{from}` are the same name to Dossier (key `{key}`): it cannot keep them apart by name")]
    SpelledAlike {
        /// The name to keep apart.
        name: String,
        /// The entity it is kept from.
        from: String,
        /// Their common key.
        key: String,
    },
}

/// One entity under several names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Curated {
    /// The entity's name.
    pub name: String,
    /// Its kind (person when left out).
    #[serde(default = "person")]
    pub kind: Kind,
    /// The other names it goes by.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A name that must not be filed under another entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Separate {
    /// The name to keep apart.
    pub name: String,
    /// The entity it is kept apart from.
    pub from: String,
    /// Their kind (person when left out).
    #[serde(default = "person")]
    pub kind: Kind,
}

fn person() -> Kind {
    Kind::Person
}

/// The identity a name has when nothing else is known: its kind and key.
pub fn plain_identity(kind: Kind, name: &str) -> String {
    format!("{}:{}", kind.as_str(), name_key(name))
}

/// The parsed aliases file, with look-ups by plain identity
/// ([`plain_identity`]).
#[derive(Debug, Clone, Default)]
pub struct Curation {
    entities: Vec<Curated>,
    separate: Vec<Separate>,
    /// Plain identity of an alias → plain identity of its entity.
    merged: HashMap<String, String>,
    /// Plain identity of a name → plain identities it is kept apart from.
    apart: HashMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    entity: Vec<Curated>,
    #[serde(default)]
    separate: Vec<Separate>,
}

impl Curation {
    /// Parses an aliases file. Errors say what is wrong and where (line and column).
    pub fn parse(text: &str) -> Result<Curation, CurationError> {
        let file: File =
            toml::from_str(text).map_err(|e| CurationError::Syntax(e.to_string().trim_end().to_string()))?;
        Curation::new(file.entity, file.separate)
    }

    /// The decisions from their parts (checked as [`parse`](Self::parse) checks them).
    pub fn new(entities: Vec<Curated>, separate: Vec<Separate>) -> Result<Curation, CurationError> {
        let mut c = Curation { entities, separate, ..Default::default() };
        for s in &c.separate {
            let (a, b) = (name_key(&s.name), name_key(&s.from));
            if a == b {
                return Err(CurationError::SpelledAlike { name: s.name.clone(), from: s.from.clone(), key: a });
            }
            c.apart.entry(plain_identity(s.kind, &s.name)).or_default().push(plain_identity(s.kind, &s.from));
        }
        let mut owner: HashMap<String, &str> = HashMap::new();
        for e in &c.entities {
            let target = plain_identity(e.kind, &e.name);
            for alias in std::iter::once(&e.name).chain(&e.aliases) {
                let id = plain_identity(e.kind, alias);
                match owner.get(&id) {
                    Some(first) if *first != e.name.as_str() && plain_identity(e.kind, first) != target => {
                        return Err(CurationError::TwoTargets {
                            alias: alias.clone(),
                            first: first.to_string(),
                            second: e.name.clone(),
                        });
                    }
                    _ => _ = owner.insert(id.clone(), &e.name),
                }
                // A separation wins over a merge.
                if id != target && !c.apart.get(&id).is_some_and(|from| from.contains(&target)) {
                    c.merged.insert(id, target.clone());
                }
            }
        }
        Ok(c)
    }

    /// Whether there are no decisions.
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty() && self.separate.is_empty()
    }

    /// The entities with several names.
    pub fn entities(&self) -> &[Curated] {
        &self.entities
    }

    /// The separations.
    pub fn separations(&self) -> &[Separate] {
        &self.separate
    }

    /// The plain identity of the entity a name was given to, if any.
    pub fn merged(&self, kind: Kind, name: &str) -> Option<&str> {
        if self.merged.is_empty() {
            return None;
        }
        self.merged.get(&plain_identity(kind, name)).map(String::as_str)
    }

    /// Whether a name is the name of a curated entity.
    pub fn is_target(&self, kind: Kind, name: &str) -> bool {
        !self.entities.is_empty() && self.entities.iter().any(|e| e.kind == kind && name_key(&e.name) == name_key(name))
    }

    /// The plain identities a name must not be filed under.
    pub fn kept_apart(&self, kind: Kind, name: &str) -> &[String] {
        if self.apart.is_empty() {
            return &[];
        }
        self.apart.get(&plain_identity(kind, name)).map_or(&[], Vec::as_slice)
    }

    /// One decision as TOML text, to append to an aliases file.
    pub fn entity_toml(e: &Curated) -> String {
        #[derive(Serialize)]
        struct One<'a> {
            entity: [&'a Curated; 1],
        }
        toml::to_string(&One { entity: [e] }).expect("plain strings serialise")
    }

    /// One separation as TOML text, to append to an aliases file.
    pub fn separate_toml(s: &Separate) -> String {
        #[derive(Serialize)]
        struct One<'a> {
            separate: [&'a Separate; 1],
        }
        toml::to_string(&One { separate: [s] }).expect("plain strings serialise")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"
# The Foreign Office under its short names.
[[entity]]
name = "Auswärtiges Amt"
kind = "organization"
aliases = ["AA", "Außenamt"]

[[entity]]
name = "Sergej Lawrow"
aliases = ["Lawrow-Sergej"]

[[separate]]
name = "Kim"
from = "Kim Jong-un"
"#;

    #[test]
    fn names_map_to_their_entity_in_every_spelling() {
        let c = Curation::parse(FILE).unwrap();
        let amt = plain_identity(Kind::Organization, "Auswärtiges Amt");
        assert_eq!(c.merged(Kind::Organization, "AA"), Some(amt.as_str()));
        assert_eq!(c.merged(Kind::Organization, "Aussenamt"), Some(amt.as_str()));
        // The entity's own name is not a merge; other kinds are not touched.
        assert_eq!(c.merged(Kind::Organization, "Auswärtiges Amt"), None);
        assert_eq!(c.merged(Kind::Person, "AA"), None);
        assert!(c.is_target(Kind::Organization, "Auswaertiges Amt"));
        assert_eq!(c.kept_apart(Kind::Person, "Kim"), [plain_identity(Kind::Person, "Kim Jong Un")]);
        assert!(c.kept_apart(Kind::Person, "Kim Jong-un").is_empty());
    }

    #[test]
    fn bad_files_say_what_and_where() {
        let e = Curation::parse("[[entity]]\nname = \"X\"\nalias = [\"Y\"]\n").unwrap_err().to_string();
        assert!(e.contains("line 3") && e.contains("alias"), "{e}");
        let e = Curation::parse(
            "[[entity]]\nname = \"A\"\naliases = [\"C\"]\n[[entity]]\nname = \"B\"\naliases = [\"C\"]\n",
        )
        .unwrap_err();
        assert!(matches!(e, CurationError::TwoTargets { .. }), "{e}");
        let e = Curation::parse("[[separate]]\nname = \"Lavrov\"\nfrom = \"Lawrow\"\n").unwrap_err();
        assert!(e.to_string().contains("same name"), "{e}");
        assert!(Curation::parse("").unwrap().is_empty());
    }

    #[test]
    fn a_separation_wins_over_a_merge_and_rules_round_trip() {
        let c = Curation::parse(
            "[[entity]]\nname = \"Kim Jong-un\"\naliases = [\"Kim\"]\n[[separate]]\nname = \"Kim\"\nfrom = \"Kim Jong Un\"\n",
        )
        .unwrap();
        assert_eq!(c.merged(Kind::Person, "Kim"), None);
        let mut text = String::new();
        for e in c.entities() {
            text += &Curation::entity_toml(e);
        }
        for s in c.separations() {
            text += &Curation::separate_toml(s);
        }
        let again = Curation::parse(&text).unwrap();
        assert_eq!(again.entities(), c.entities());
        assert_eq!(again.separations(), c.separations());
    }
}
