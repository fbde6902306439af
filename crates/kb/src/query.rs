//! Questions across articles: who is an entity, who said what, who met whom,
//! and how a relationship developed — each answer row cites its article,
//! date and character span.

use crate::{Kb, KbError, Result};
use dossier_store::{Citation, EntityRow, EventRow, Profile, QuoteRow, RelatedArticle, StoryArticle, Window};
use serde::Serialize;

/// Event kinds that count as meetings (held or scheduled).
pub const MEETING_KINDS: &[&str] = &["meeting", "visit", "call", "agreement"];

/// What `dossier entity NAME` shows.
#[derive(Debug, Clone, Serialize)]
pub struct EntityAnswer {
    /// The profile of the best match.
    pub profile: Profile,
    /// Its latest quotes.
    pub quotes: Vec<QuoteRow>,
    /// Its latest meetings.
    pub meetings: Vec<EventRow>,
    /// Other entities the name could mean.
    pub also: Vec<EntityRow>,
}

/// One dated item of a timeline.
#[derive(Debug, Clone, Serialize)]
pub struct TimelineItem {
    /// The item's date (the event's own, else the article's).
    pub date: Option<String>,
    /// `event`, `quote` or `article`.
    pub what: &'static str,
    /// A one-line summary.
    pub summary: String,
    /// Where.
    pub cite: Citation,
}

/// What `dossier related ID` shows.
#[derive(Debug, Clone, Serialize)]
pub struct RelatedAnswer {
    /// The article asked about.
    pub id: String,
    /// Its headline.
    pub title: String,
    /// Its story: near-duplicate copies (syndicated agency text) in other
    /// outlets, the first first; exact copies are listed by `show`.
    pub story: Vec<StoryArticle>,
    /// Other articles on the same matter (sharing persons and organisations, within 14 days).
    pub related: Vec<RelatedArticle>,
}

impl Kb {
    /// The story of an article and the articles related to it.
    pub fn related(&self, id: &str, limit: usize) -> Result<Option<RelatedAnswer>> {
        let Some((seq, article)) = self.store.article(id)? else { return Ok(None) };
        Ok(Some(RelatedAnswer {
            id: article.id,
            title: article.title,
            story: self.store.story_of(seq)?,
            related: self.store.related(seq, 14, limit)?,
        }))
    }

    /// Entities a name may mean (any spelling sharing its match key, or the
    /// country it names), most cited first.
    pub fn entities(&self, name: &str) -> Result<Vec<EntityRow>> {
        let country = dossier_analyze::country_code(name).map(|iso| format!("country:{iso}"));
        Ok(self.store.entities_named(name, country.as_deref())?)
    }

    /// The entity a name means: the most cited match (an error when none).
    pub fn entity_id(&self, name: &str) -> Result<(i64, Vec<EntityRow>)> {
        let found = self.entities(name)?;
        match found.first() {
            Some(e) => Ok((e.id, found[1..].to_vec())),
            None => Err(KbError::Invalid(format!("no entity named {name:?} in the knowledge base"))),
        }
    }

    /// The profile of an entity, its latest quotes and meetings.
    pub fn entity_answer(&self, name: &str, window: Window) -> Result<EntityAnswer> {
        let (id, also) = self.entity_id(name)?;
        self.entity_answer_of(id, also, window)
    }

    fn entity_answer_of(&self, id: i64, also: Vec<EntityRow>, window: Window) -> Result<EntityAnswer> {
        let profile = self.store.profile(id, window)?.ok_or_else(|| KbError::Invalid(format!("no entity {id}")))?;
        let quotes = self.store.quotes(Some(id), None, window, 5)?;
        let meetings = self.store.events(&[id], None, MEETING_KINDS, window, 5)?;
        Ok(EntityAnswer { profile, quotes, meetings, also })
    }

    /// Quotes by a speaker and/or about a text.
    pub fn quotes(
        &self,
        speaker: Option<&str>,
        about: Option<&str>,
        window: Window,
        limit: usize,
    ) -> Result<Vec<QuoteRow>> {
        let speaker = speaker.map(|s| self.entity_id(s).map(|x| x.0)).transpose()?;
        Ok(self.store.quotes(speaker, about, window, limit)?)
    }

    /// Meetings with every one of `with`, at `place`.
    pub fn meetings(
        &self,
        with: &[String],
        place: Option<&str>,
        window: Window,
        limit: usize,
    ) -> Result<Vec<EventRow>> {
        let ids = with.iter().map(|w| self.entity_id(w).map(|x| x.0)).collect::<Result<Vec<_>>>()?;
        let place = place.map(|p| self.entity_id(p).map(|x| x.0)).transpose()?;
        Ok(self.store.events(&ids, place, MEETING_KINDS, window, limit)?)
    }

    /// Dated events, quotes and articles of one entity, or of two together
    /// (their relationship), oldest first.
    pub fn timeline(&self, names: &[String], window: Window, limit: usize) -> Result<Vec<TimelineItem>> {
        let ids = names.iter().map(|w| self.entity_id(w).map(|x| x.0)).collect::<Result<Vec<_>>>()?;
        let articles = self.store.articles_naming(&ids, window, limit)?;
        let mut items: Vec<TimelineItem> = Vec::new();
        let kinds = ["meeting", "visit", "call", "agreement", "invitation"];
        for e in self.store.events(&ids, None, &kinds, window, limit)? {
            let who: Vec<&str> = e.participants.iter().map(|p| p.name.as_str()).collect();
            let place = e.place.as_ref().map(|p| format!(" in {}", p.name)).unwrap_or_default();
            items.push(TimelineItem {
                date: e.date.clone().or(e.cite.date.clone()),
                what: "event",
                summary: format!("{} ({}){place}: {}", e.kind, who.join(", "), e.trigger),
                cite: e.cite,
            });
        }
        let in_articles = |c: &Citation| ids.len() < 2 || articles.iter().any(|a| a.article == c.article);
        for &id in &ids {
            for q in self.store.quotes(Some(id), None, window, limit)? {
                if in_articles(&q.cite) {
                    let who = q.speaker.as_ref().map_or("?", |s| s.name.as_str());
                    items.push(TimelineItem {
                        date: q.cite.date.clone(),
                        what: "quote",
                        summary: format!("{who} ({}): {}", q.kind, q.text),
                        cite: q.cite,
                    });
                }
            }
        }
        for a in articles {
            items.push(TimelineItem { date: a.date.clone(), what: "article", summary: a.title.clone(), cite: a });
        }
        items.sort_by(|a, b| a.date.cmp(&b.date).then(a.what.cmp(b.what)));
        items.truncate(limit.max(1) * 3);
        Ok(items)
    }
}
