//! Events: meetings, visits, calls, agreements and invitations, with their
//! participants, place, date and evidence.
//!
//! A trigger word (`traf`, `empfing`, `kam … zusammen`, `Gespräche`,
//! `Gipfel`, `besuchte`, `reiste`, `telefonierte`, `unterzeichneten`, `lud
//! … ein`) opens an event. Its region is the part of the sentence between
//! the triggers before and after it (split at a comma), so `X traf Y, am
//! Abend empfing ihn Z` gives two events. Participants are the persons
//! mentioned in the region (by name, role or pronoun), or the organisations
//! when no person is named; `beide Minister` / `die beiden` are the
//! participants of the event before. The place is a place named after a
//! locative preposition (a city before a country); the date is the time
//! expression of the region, else of the sentence. Mentions of one event in
//! several sentences (headline and body) are merged.

use crate::entities::{is_role_word, Found};
use crate::quotes::QuoteSpan;
use crate::segment::TokenKind;
use crate::times::TimeExpr;
use crate::{Doc, EntityType, EventType, MentionKind, QuoteKind};

/// An event found: byte span of the evidence, entity indices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventSpan {
    /// Type.
    pub kind: EventType,
    /// Participants (entity indices).
    pub participants: Vec<usize>,
    /// Place (entity index).
    pub place: Option<usize>,
    /// Date value.
    pub date: Option<String>,
    /// Trigger token.
    pub trigger: usize,
    /// Evidence start byte (the sentence).
    pub start: usize,
    /// Evidence end byte.
    pub end: usize,
}

/// A mention as the event rules read it: first token, end token, entity, kind.
type MentionAt = (usize, usize, usize, MentionKind);

/// The event type a word triggers, by its lower-case form.
fn trigger(w: &str) -> Option<EventType> {
    use EventType::*;
    let kind = match w {
        "traf" | "trafen" | "trifft" | "treffen" | "getroffen" | "empfing" | "empfingen" | "empfängt" | "empfangen"
        | "zusammen" | "beisammen" | "zusammengekommen" | "zusammenkommen" | "zusammengetroffen"
        | "zusammentreffen" | "zusammentrifft" | "zusammentreffe" | "zusammentraf" | "zusammentrafen"
        | "zusammenkommt" | "zusammenkam" | "zusammenkamen" | "zusammenzukommen" | "zusammenzutreffen" | "berieten"
        | "beriet" | "beraten" | "berät" | "verhandelten" | "tagten" | "tagte" | "getagt" | "gespräch"
        | "gespräche" | "gesprächen" | "gesprächs" | "unterredung" | "begegnung" | "zusammenkunft"
        | "konsultationen" | "gipfel" | "gipfeltreffen" | "arbeitstreffen" | "ministertreffen" | "treffens"
        | "spitzentreffen" | "gesprächsrunde" | "wiedersehen" | "wiedergesehen" | "bankett" | "staatsbankett"
        | "abendessen" | "nachtessen" | "arbeitsessen" | "mittagessen" | "begegnet" | "begegneten" | "begegnete"
        | "arbeitsfrühstück" | "frühstück" | "frühstückten" | "frühstückte" | "speisten" | "dinierten"
        // (`hatte X mit Y zu Abend gegessen`: a meal together.)
        | "gegessen" | "aßen" | "assen"
        | "weiterzuverhandeln" | "weiterverhandeln" | "weiterverhandelt" | "kennengelernt" | "zusammentreten"
        | "zusammentritt" | "zusammentrat" | "zusammentraten" | "zusammengetreten" | "aufeinandergetroffen"
        | "aufeinandertreffen" | "aufeinandertrafen" | "gegenübergesessen"
        | "gegenübersitzen" | "gegenüberzusitzen" | "zusammengesessen"
        // (A committee questioning a witness: `befragten X und ihre Kommission Y`.)
        | "befragte" | "befragten" => Meeting,
        "besuchte" | "besuchten" | "besucht" | "besuch" | "besuchs" | "staatsbesuch" | "staatsbesuchs" | "reiste"
        | "reisten" | "gereist" | "eingetroffen" | "arbeitsbesuch" | "antrittsbesuch" => Visit,
        "telefonierte" | "telefonierten" | "telefoniert" | "telefonat" | "telefonats" | "telefongespräch"
        | "videokonferenz" | "videoschalte" => Call,
        "unterzeichneten" | "unterzeichnete" | "unterzeichnet" | "vereinbarten" | "einigten" | "absichtserklärung"
        | "unterschrieben" | "unterschrieb" => Agreement,
        "lud" | "eingeladen" | "einladung" => Invitation,
        _ => return None,
    };
    Some(kind)
}

/// Finds the events of a document.
pub fn find(
    doc: &Doc,
    found: &Found,
    times: &[TimeExpr],
    quotes: &[QuoteSpan],
    article_date: Option<&crate::PubDate>,
) -> Vec<EventSpan> {
    // A gathering told as current (`haben die Beratungen begonnen`) happens on the article's date.
    let today = crate::times::article_value(article_date).filter(|v| dated(v));
    // Words inside direct quotes are what someone said, not what happened.
    let mut in_quote = vec![false; doc.tokens.len()];
    for &(a, e) in quotes.iter().filter(|q| q.kind == QuoteKind::Direct).flat_map(|q| &q.parts) {
        let first = doc.tokens.partition_point(|t| t.start < a);
        for (k, t) in doc.tokens.iter().enumerate().skip(first) {
            if t.start >= e {
                break;
            }
            in_quote[k] = true;
        }
    }
    let quoted = |i: usize| in_quote[i];
    let lower = &doc.lower;
    let s = |i: usize| lower.get(i).map(|w| &**w).unwrap_or("");
    let mut mentions: Vec<MentionAt> = found.mentions.iter().map(|m| (m.first, m.last, m.ent, m.kind)).collect();
    mentions.sort_unstable_by_key(|m| (m.0, m.1, m.2));
    let mut events: Vec<EventSpan> = Vec::new();
    let negotiators = wage_negotiators(doc, found, &mentions);
    // The dateline: a place opening the body, followed by `.` or `(dpa)`.
    let body = doc.body_first().or(doc.sentences.first().map(|x| x.first)).unwrap_or(0);
    let dateline = mentions
        .iter()
        .find(|m| m.0 == body && m.3 == MentionKind::Name && found.ents[m.2].kind == EntityType::Place)
        .filter(|m| matches!(s(m.1), "." | "(" | "/" | "–" | "-"))
        .map(|m| m.2);
    let members = delegation(doc, found, &mentions);
    // Those who attend the gathering the article is about, as far as known
    // before its events are read (its speakers and office holders).
    let attendees: Vec<usize> =
        gathering(doc, found, times, quotes, &mentions, &[], None).map(|g| g.participants).unwrap_or_default();
    for (si, sent) in doc.sentences.iter().enumerate() {
        // The sentence before, which many rules look back to.
        let prev_sentence = si.checked_sub(1).map(|p| &doc.sentences[p]);
        // Whether sentence `k` tells where someone already was, two sentences
        // back or more or in a paragraph before (`Der Gast war bereits am
        // Vorabend gelandet.`): no day for what this sentence tells.
        let arrived_before = |k: usize| {
            let y = &doc.sentences[k];
            k < si
                && (k + 1 < si || doc.text[y.end..sent.start].contains("\n\n"))
                && crate::times::told_as_arrived(&doc.lower, y.first, y.last)
        };
        let triggers: Vec<(usize, EventType)> = (sent.first..sent.last)
            .filter(|&i| doc.tokens[i].kind == TokenKind::Word && !quoted(i))
            .filter_map(|i| {
                let w = s(i);
                // `kam … zusammen`, `traf … zusammen` only with such a verb before it.
                // (`saßen X, Y und Z neun Stunden beisammen` too.)
                // (`saßen X und Y neun Stunden zusammen`: so is sitting together.)
                // (`setzte sich X mit Y zusammen`, `setzen sich X und Y zusammen`: they
                // sat down together; not `setzt sich aus … zusammen`, what it consists of.)
                let sat_down = |j: usize| {
                    matches!(s(j), "setzte" | "setzten" | "setzt" | "setzen")
                        && (j + 1..i).any(|k| s(k) == "sich")
                        && !(j + 1..i).any(|k| s(k) == "aus")
                };
                if matches!(w, "zusammen" | "beisammen")
                    && !(sent.first..i).any(|j| {
                        matches!(
                            s(j),
                            "kam" | "kamen" | "kommen" | "kommt" | "traf" | "trafen" | "saßen" | "sassen" | "sitzen"
                        ) || sat_down(j)
                    })
                {
                    return None;
                }
                // `lud … ein`.
                if w == "lud" && !(i + 1..sent.last).any(|j| s(j) == "ein") {
                    return None;
                }
                // (`Gestern lud X die Ministerin und Y zu einem Arbeitsessen ein`: a meal
                // given, told by its noun, not an invitation to come.)
                // (Also over an adjective: `zu einem informellen Abendessen`.)
                let meal = |k: usize| MEALS.contains(&s(k)) || matches!(s(k), "arbeitsessen" | "arbeitsfrühstück");
                if w == "lud"
                    && (i + 1..sent.last).any(|j| {
                        matches!(s(j), "einem" | "zum")
                            && (meal(j + 1) || (s(j) == "einem" && s(j + 1).ends_with("en") && meal(j + 2)))
                    })
                {
                    return None;
                }
                // `wurde X von Y begrüßt`: welcoming someone (not a decision) is told in the passive.
                if matches!(w, "begrüßt" | "begrüßte" | "begrüßten" | "begrüsst" | "begrüsste" | "begrüssten")
                {
                    let passive = (sent.first..i).any(|j| matches!(s(j), "wurde" | "wird" | "werden" | "wurden"))
                        && (sent.first..i).any(|j| s(j) == "von");
                    // (`hatte X die Präsidentin mit militärischen Ehren begrüßt`: two
                    // persons in the sentence; `begrüßte die Pläne` is no meeting.)
                    let mut persons = mentions
                        .iter()
                        .filter(|m| m.0 >= sent.first && m.1 <= sent.last && !quoted(m.0))
                        .filter(|m| found.ents[m.2].kind == EntityType::Person)
                        .map(|m| m.2);
                    let first = persons.next();
                    let two = first.is_some() && persons.any(|p| Some(p) != first);
                    // (`X begrüßte seinen Gast vor seinem Amtssitz`: a guest is a person.)
                    // (Also a delegation: `hat X eine Delegation aus Y begrüßt`.)
                    let guest = (sent.first..sent.last).any(|j| {
                        matches!(s(j), "seinen" | "ihren" | "den" | "die")
                            && (s(j + 1).starts_with("gast") || s(j + 1).ends_with("gast"))
                            || matches!(s(j), "delegation" | "abordnung")
                    });
                    return (passive || two || (guest && first.is_some())).then_some((i, EventType::Meeting));
                }
                // `sprach mit Außenminister X`, `will mit der Autorin X sprechen`:
                // a talk with a person named right after `mit`.
                if TALK.contains(&w) {
                    // `haben X und Y miteinander verhandelt`: the two talked; so
                    // did `X und Y hatten am Dienstag verhandelt`.
                    // (And `Am Montag wollen X, Y und Z in Regensburg verhandeln`.)
                    let plural_perfect = ((w == "verhandelt"
                        && (sent.first..i).any(|j| matches!(s(j), "hatten" | "haben")))
                        || (matches!(w, "verhandeln" | "besprechen")
                            && (sent.first..i).any(|j| matches!(s(j), "wollen" | "werden" | "sollen" | "wollten")))
                        // (`X und Y tauschten sich … aus`: the two, with no `mit`.)
                        || (w == "tauschten" && s(i + 1) == "sich")
                        // (`Die beiden hatten bereits Ende Januar in Düsseldorf über … gesprochen`.)
                        || (matches!(w, "gesprochen" | "besprochen")
                            && s(sent.first) == "die"
                            && s(sent.first + 1) == "beiden"
                            && matches!(s(sent.first + 2), "hatten" | "haben")))
                        && (s(sent.first + 1) == "beiden"
                            || mentions
                            .iter()
                            .filter(|m| m.0 >= sent.first && m.1 <= i && found.ents[m.2].kind == EntityType::Person)
                            .count()
                            >= 2
                            // (`Sie hatten im November in Santiago verhandelt`: a plural `Sie`.)
                            || (doc.tok(sent.first) == "Sie" && matches!(s(sent.first + 1), "hatten" | "haben")));
                    // (`sprachen X und Y unter vier Augen`: the two talked.)
                    let private = in_private(&s, sent.first, sent.last)
                        && persons_in(found, &mentions, sent.first, sent.last, false).len() >= 2;
                    if (i.saturating_sub(3)..i).any(|j| s(j) == "miteinander") || plural_perfect || private {
                        return Some((i, EventType::Meeting));
                    }
                    // (Within its clause: `…, um über X zu sprechen` is the purpose of another meeting.)
                    let clause = (sent.first..i)
                        .rev()
                        .find(|&j| {
                            matches!(s(j), ";" | ":")
                                || (s(j) == ","
                                    && matches!(
                                        s(j + 1),
                                        "um" | "wo"
                                            | "wobei"
                                            | "als"
                                            | "nachdem"
                                            | "während"
                                            | "bevor"
                                            | "damit"
                                            | "dass"
                                            | "weil"
                                    ))
                        })
                        .map_or(sent.first, |j| j + 1);
                    // (Unless the clause before is a journey: `will nach Moskau reisen,
                    // um mit X zu sprechen` is a meeting with X there.)
                    let journey = (sent.first..clause).any(|j| JOURNEY.contains(&s(j)));
                    if s(clause) == "um" && !journey {
                        return None;
                    }
                    let lex = crate::lexicon::Lexicon::get();
                    // (`tauscht sich X, zuständig für …, mit Y … aus`: the separable verb
                    // comes first, so `mit` may come later.)
                    // (`sprach am Montag am Rande der Messe in Hamburg mit X`: over
                    // adverbials with no comma, `mit` may come later too.)
                    let reach = if w.starts_with("tausch") {
                        14
                    } else {
                        let comma = (i + 1..(i + 12).min(sent.last)).any(|j| matches!(s(j), "," | ";" | ":"));
                        if comma {
                            6
                        } else {
                            12
                        }
                    };
                    let talk = (clause.max(i.saturating_sub(25))..(i + reach).min(sent.last))
                        .filter(|&j| s(j) == "mit" && !quoted(j))
                        .any(|j| {
                            // (`mit der Sondergesandten der Vereinten Nationen, Ana Pereira`:
                            // a role, then the name set off by a comma.)
                            let role_first = matches!(s(j + 1), "dem" | "der" | "den")
                                && (j + 2..j + 4).any(|k| is_role_word(lex, doc.tok(k)));
                            mentions.iter().any(|m| {
                                let near = m.0 > j
                                    && m.0 <= j + 4
                                    && !(j + 1..m.0).any(|k| matches!(s(k), "," | "." | "von" | "über"));
                                // (Or a second role set off by a comma: `mit dem amtierenden
                                // OSZE-Vorsitzenden, dem finnischen Außenminister X`.)
                                let comma = (j + 3..m.0).find(|&k| s(k) == ",");
                                let apposed = role_first
                                    && m.0 > j + 3
                                    && m.0 <= j + 12
                                    && comma.is_some_and(|c| {
                                        (c + 1 == m.0
                                            // (Or a people noun: `…, dem Dänen Jesper Mørk`.)
                                            || (matches!(s(c + 1), "dem" | "der" | "den")
                                                && (is_role_word(lex, doc.tok(m.0 - 1))
                                                    || lex.people_country(doc.tok(m.0 - 1)).is_some())))
                                            && !(j + 1..c).chain(c + 1..m.0).any(|k| matches!(s(k), "," | "." | "über"))
                                    });
                                (near || apposed) && found.ents[m.2].kind == EntityType::Person
                            })
                        });
                    // (`hatte am Telefon mit X gesprochen`: a call.)
                    let phone = (clause..i).any(|j| matches!(s(j), "telefon" | "telefonisch"));
                    // (`hat X in Wien mit einer iranischen Delegation verhandelt`: with
                    // the delegation the article introduces.)
                    let with_delegation = !members.is_empty()
                        && (clause..(i + 6).min(sent.last))
                            .any(|j| s(j) == "mit" && (j + 1..(j + 5).min(i)).any(|k| s(k) == "delegation"));
                    return (talk || with_delegation)
                        .then_some((i, if phone { EventType::Call } else { EventType::Meeting }));
                }
                // `im Gespräch ist eine Reise`: under discussion, not a meeting.
                // (Nor `miteinander im Gespräch blieben`: staying in touch.)
                let stays = |v: &str| v.starts_with("blieb") || v.starts_with("bleib") || v == "geblieben";
                if w == "gespräch"
                    && i > 0
                    && s(i - 1) == "im"
                    && (matches!(s(i + 1), "ist" | "sind" | "sei" | "seien")
                        || stays(s(i + 1))
                        || (i.saturating_sub(3).max(sent.first)..i).any(|j| stays(s(j)))
                        || (i > 1 && matches!(s(i - 2), "ist" | "sind" | "sei" | "seien")))
                {
                    return None;
                }
                // `Die nächste Runde soll am 27. Februar stattfinden`: another round of the talks before.
                // (`Eine erste Runde zwischen den Delegationen …`: a round of talks.)
                // (Also over a word that describes it: `Die nächste reguläre Verhandlungsrunde`.)
                let counted_at = if i > 1
                    && doc.tok(i - 1).starts_with(char::is_lowercase)
                    && (s(i - 1).ends_with('e') || s(i - 1).ends_with("en"))
                    && matches!(s(i - 2), "nächste" | "nächsten" | "weitere" | "weiteren")
                {
                    i - 2
                } else {
                    i.saturating_sub(1)
                };
                if w.ends_with("runde")
                    && i > 0
                    && (s(i + 1) == "zwischen"
                        || matches!(
                            s(counted_at),
                            "erste"
                                | "ersten"
                                | "nächste"
                                | "nächsten"
                                | "zweite"
                                | "zweiten"
                                | "dritte"
                                | "dritten"
                                | "vierte"
                                | "vierten"
                                | "fünfte"
                                | "fünften"
                                | "weitere"
                                | "weiteren"
                        ))
                {
                    return Some((i, EventType::Meeting));
                }
                // `wollen sich X, Y und Z am 3. Juli erneut an einen Tisch setzen`: they meet.
                // (Not one demanded or reported: `forderte, X müsse sich … an einen
                // Tisch setzen`, `vereinbart, dass sich die Versorger … setzen`.)
                if matches!(w, "setzen" | "setzten" | "gesetzt")
                    && (i.saturating_sub(3)..i).any(|j| s(j) == "tisch")
                    && (i.saturating_sub(5)..i).any(|j| s(j) == "an")
                    && !(sent.first..i).any(|j| {
                        let v = s(j);
                        matches!(v, "dass" | "müsse" | "müssten" | "solle" | "sollten" | "würde" | "könnte" | "könnten")
                            || v.starts_with("forder")
                            || v.starts_with("verlang")
                    })
                {
                    return Some((i, EventType::Meeting));
                }
                // `war in Linz zu Gast bei X`: a visit to X, who received the guest.
                // (Also `war bei Bundeskanzler X im Kanzleramt zu Gast`.)
                if w == "gast"
                    && i > 0
                    && s(i - 1) == "zu"
                    && (matches!(s(i + 1), "bei" | "beim")
                        || (i.saturating_sub(10).max(sent.first)..i - 1).any(|j| matches!(s(j), "bei" | "beim")))
                {
                    return Some((i, EventType::Meeting));
                }
                // `besichtigte er gemeinsam mit Ministerpräsident X das Werk`: they met.
                if matches!(w, "besichtigte" | "besichtigten" | "besuchte" | "besuchten")
                    && (i + 1..(i + 6).min(sent.last)).any(|j| s(j) == "gemeinsam" && s(j + 1) == "mit")
                {
                    return Some((i, EventType::Meeting));
                }
                // `um in Kutaissi gemeinsam mit X eine Informationsstelle zu eröffnen`:
                // a ceremony held together.
                if w == "gemeinsam" && s(i + 1) == "mit" {
                    let end = (i..sent.last).find(|&j| matches!(s(j), "," | ";")).unwrap_or(sent.last);
                    let ceremony = |v: &str| {
                        ["eröffne", "eröffnet", "einweih", "weihte", "eingeweiht", "spatenstich", "grundstein"]
                            .iter()
                            .any(|c| v.starts_with(c))
                    };
                    if (i + 2..end).any(|j| ceremony(s(j))) {
                        return Some((i, EventType::Meeting));
                    }
                }
                // `nahm sich auch Staatspräsidentin X Zeit für den Gast`: they met.
                if w == "zeit"
                    && s(i + 1) == "für"
                    && (sent.first..i).any(|j| matches!(s(j), "nahm" | "nahmen" | "nimmt"))
                    && (sent.first..i).any(|j| s(j) == "sich")
                {
                    return Some((i, EventType::Meeting));
                }
                // `wo ihn X durch die Produktion führte`, `hatte X den Gast durch das
                // Werk geführt`: a guided tour, the guide and the guest met.
                // (Not a clause of when: `…, als der Gast eine Delegation durch Bayern führte`.)
                // (Also with the verb second: `führte die Norwegerin gemeinsam mit Y über
                // die geplante Strecke`, a person right after it.)
                if matches!(w, "führte" | "führten" | "geführt") {
                    let clause = (sent.first..i).rev().find(|&j| s(j) == ",").map_or(sent.first, |j| j + 1);
                    let clause_end = (i + 1..sent.last).find(|&j| s(j) == ",").unwrap_or(sent.last);
                    let guided =
                        mentions.iter().any(|m| m.0 > i && m.0 <= i + 3 && found.ents[m.2].kind == EntityType::Person)
                            && (i + 2..clause_end).any(|j| matches!(s(j), "durch" | "über"));
                    if ((clause..i).any(|j| s(j) == "durch") || guided) && s(clause) != "als" {
                        return Some((i, EventType::Meeting));
                    }
                }
                // `reisen X und Y nach Osaka, um dort mit Z den Verwaltungsrat zu
                // bestellen`: a journey to meet Z there.
                if w == "um"
                    && i > sent.first
                    && s(i - 1) == ","
                    && (sent.first..i).any(|j| JOURNEY.contains(&s(j)))
                    && (i + 1..(i + 3).min(sent.last)).any(|j| {
                        s(j) == "mit"
                            && mentions.iter().any(|m| m.0 == j + 1 && found.ents[m.2].kind == EntityType::Person)
                    })
                    // (`zu bestellen`, or with `zu` inside: `vorzubereiten`.)
                    && (i + 3..sent.last).any(|j| s(j) == "zu" || crate::times::infix_zu(s(j)))
                {
                    return Some((i, EventType::Meeting));
                }
                // `X und Y setzten am Mittwoch ihre Unterschriften unter den Vertrag`: a signing.
                if matches!(w, "unterschriften" | "unterschrift")
                    && (sent.first..i).any(|j| matches!(s(j), "setzten" | "setzte"))
                    && s(i + 1) == "unter"
                {
                    return Some((i, EventType::Agreement));
                }
                // `Am Verhandlungstisch hatten X, Y und Z gesessen`: they met.
                if w == "verhandlungstisch"
                    && (sent.first..sent.last)
                        .any(|j| matches!(s(j), "saßen" | "sassen" | "gesessen" | "sitzen" | "saß" | "sass"))
                {
                    return Some((i, EventType::Meeting));
                }
                // `saßen sich die Delegationen erstmals gegenüber`: they met.
                if matches!(w, "saßen" | "sassen") && (i + 1..sent.last).any(|j| s(j) == "gegenüber") {
                    return Some((i, EventType::Meeting));
                }
                // `griff Heidemann am Montag zum Telefon`: a call.
                if w == "telefon"
                    && i > 0
                    && s(i - 1) == "zum"
                    && (sent.first..i).any(|j| matches!(s(j), "griff" | "griffen" | "greift" | "gegriffen"))
                {
                    return Some((i, EventType::Call));
                }
                // `traf … ein` is an arrival.
                // (Also at the end of its clause: `traf der Minister in Seoul ein, wo er …`.)
                if matches!(w, "traf" | "trafen") {
                    let clause_end = (i + 1..sent.last).find(|&j| matches!(s(j), "," | ";")).unwrap_or(sent.last);
                    if s(sent.last.saturating_sub(2)) == "ein" || s(clause_end.saturating_sub(1)) == "ein" {
                        return Some((i, EventType::Visit));
                    }
                }
                // Compounds: `Außenministertreffen`, `Asean-Gipfel`.
                let kind = trigger(w).or_else(|| {
                    let head = w.rsplit('-').next().unwrap_or(w);
                    [
                        "gipfel", "treffen", "gespräch", "gespräche", "gesprächen", "besuch", "telefonat", "bankett",
                        "abendessen", "nachtessen", "konsultationen",
                    ]
                    .iter()
                    .find(|h| head.ends_with(*h) && head.len() > h.len() + 2)
                    .and_then(|h| trigger(h))
                });
                // `nach dem Gespräch mit X`, `den Besuch vorbereitet`: a
                // reference to an event told before, not a new one.
                let noun = doc.tok(i).starts_with(char::is_uppercase) && !doc.sentence_initial(i);
                // (`In Berlin stiess das Gespräch mit Rahnavard auf ein geteiltes Echo`:
                // the meeting with someone met before, spoken of again.)
                // (Also `wurden Menschenrechtsfragen im Gespräch mit der Ministerin angesprochen`.)
                let spoken_of = noun
                    && i > 0
                    && matches!(s(i - 1), "das" | "die" | "im" | "beim")
                    && s(i + 1) == "mit"
                    && !(sent.first..sent.last).any(|j| matches!(s(j), "soll" | "sollen" | "geplant" | "ist" | "wird"))
                    && mentions.iter().filter(|m| m.0 > i + 1 && m.0 <= i + 5).any(|m| {
                        found.ents[m.2].kind == EntityType::Person
                            && events.iter().any(|e| e.participants.contains(&m.2))
                    });
                if spoken_of {
                    return None;
                }
                // (But `Bei ihrem Treffen am Rande des Gipfels verständigten sich X und
                // Y …` opening a sentence tells the meeting; one told before merges with it.)
                let opens_own = i == sent.first + 2
                    && s(sent.first) == "bei"
                    && matches!(s(i - 1), "ihrem" | "seinem")
                    && kind == Some(EventType::Meeting)
                    && persons_in(found, &mentions, sent.first, sent.last, false).len() >= 2;
                if noun && anchor(&s, i) && !opens_own {
                    return None;
                }
                // (`Es war die erste persönliche Begegnung der beiden seit …`: the meeting
                // just told, described; not a new one.)
                // (Also `Für beide Seiten war es nicht die erste Begegnung`.)
                let it_was = |j: usize| {
                    (matches!(s(j), "es" | "das" | "dies") && matches!(s(j + 1), "war" | "ist") && j == sent.first)
                        || (matches!(s(j), "war" | "ist") && s(j + 1) == "es" && j > sent.first)
                };
                if noun && i >= sent.first + 2 && i <= sent.first + 8 && (sent.first..i - 1).any(it_was) {
                    return None;
                }
                // (`An der Unterredung nahm auch X teil`: one more party of the meeting told.)
                if noun
                    && i >= 2
                    && s(i - 2) == "an"
                    && matches!(s(i - 1), "der" | "dem" | "den")
                    && s(sent.last.saturating_sub(2)) == "teil"
                    && ((i + 1..sent.last).any(|j| s(j) == "auch")
                        || events
                            .iter()
                            .any(|e| e.kind == EventType::Meeting && doc.tokens[e.trigger].sentence + 2 >= si))
                {
                    return None;
                }
                if noun
                    && matches!(kind, Some(EventType::Visit | EventType::Invitation))
                    && i > 0
                    && matches!(
                        s(i - 1),
                        "der" | "die" | "den" | "dem" | "des" | "diesen" | "diesem" | "dieses" | "diese"
                    )
                {
                    return None;
                }
                // (`Man habe keine Verträge unterschrieben`: none signed.)
                if kind == Some(EventType::Agreement) && (i.saturating_sub(4)..i).any(|j| s(j).starts_with("kein")) {
                    return None;
                }
                kind.map(|k| (i, k))
            })
            .collect();
        // `Ein Gipfeltreffen sei noch in diesem Jahr denkbar`: not an event.
        // `hatte ein Treffen verlangt, dazu kam es nicht`: demanded, not held.
        // (`Sollte Wien die Zusage zurückziehen, werde er das Gespräch suchen`: a condition.)
        // (`Es wäre die erste Begegnung der beiden`: what the planned meeting would be.)
        // (`Ob X auch mit Y zusammentrifft, ist noch offen`: not known.)
        let conditional = matches!(s(sent.first), "sollte" | "sollten" | "falls" | "ob")
            || (matches!(s(sent.first), "es" | "das" | "dies")
                && matches!(s(sent.first + 1), "wäre" | "wären" | "würde"));
        // (`telefonierte mit X, der seine Reise kurzfristig abgesagt hatte`: a
        // relative clause tells about X, not about the call.)
        let relative_clause = |j: usize| {
            (sent.first..j).rev().find(|&k| s(k) == ",").is_some_and(|k| {
                matches!(s(k + 1), "der" | "die" | "das" | "dem" | "den" | "denen" | "deren" | "dessen")
                    || (matches!(s(k + 1), "mit" | "bei" | "von" | "für")
                        && matches!(s(k + 2), "dem" | "der" | "denen"))
            })
        };
        // (Verbs and adjectives, not a name or noun: `empfing Wünsche und Schuster`.)
        let hypothetical = conditional
            || (sent.first..sent.last).any(|j| {
                (matches!(
                    s(j),
                    "denkbar"
                        | "vorstellbar"
                        | "möglich"
                        | "ausgeschlossen"
                        | "spekuliert"
                        | "verlangt"
                        | "verlangte"
                        | "gefordert"
                        | "vorgeschlagen"
                        | "abgesagt"
                        // (`Ein geplantes Gespräch musste ausfallen`.)
                        | "ausfallen"
                        | "ausgefallen"
                        | "verschoben"
                        // (`ein Treffen mit X wünsche er sich weiterhin`.)
                        | "wünsche"
                        | "wünscht"
                        | "wünschte"
                        | "wünschen"
                        | "angefragt"
                        // (`Treffen mit Nigeria geplatzt`.)
                        | "geplatzt"
                        // (`Ursprünglich hatte X einen Abstecher geplant, um Y zu treffen`:
                        // a plan given up.)
                        | "ursprünglich"
                        | "gestrichen"
                        // (`hatte X bestritten, dass es weitere Treffen gegeben habe`: denied.)
                        | "bestritten"
                        | "bestritt"
                        | "bestreitet"
                        | "dementiert"
                        | "dementierte"
                ))
                // (The cheap tests first: the word, then a relative clause.)
                && (j == sent.first || !doc.tok(j).starts_with(char::is_uppercase))
                && !relative_clause(j)
                // (Nor a clause of why or after what: `Die Runde hatte X abgebrochen,
                // nachdem Y ein Angebot verlangt hatte`.)
                && !(sent.first..j).rev().find(|&k| s(k) == ",").is_some_and(|k| {
                    matches!(s(k + 1), "nachdem" | "weil" | "obwohl" | "wobei")
                })
            })
            // (`hatte ihn in einem Brief um ein Treffen gebeten`: asked for; not `hatte
            // Y getroffen und um Unterstützung gebeten`.)
            || (sent.first..sent.last).any(|j| {
                matches!(s(j), "gebeten" | "ersucht" | "ersuchte")
                    && (sent.first..j).any(|k| {
                        s(k) == "um"
                            && (k + 1..(k + 5).min(j)).any(|m| {
                                let w = s(m);
                                w.ends_with("treffen") || w.ends_with("gespräch") || w == "termin" || w == "besuch"
                            })
                    })
                    && !relative_clause(j)
            })
            // (`Ein Spitzengespräch mit X lehnt der Konzern ab`: refused.)
            // (`Ein Gespräch mit X sagte Y kurzfristig ab`: called off.)
            || ((sent.first..sent.last).any(|j| matches!(s(j), "lehnt" | "lehnte" | "lehnten" | "sagte" | "sagten"))
                && s(sent.last.saturating_sub(2)) == "ab")
            || (sent.first..sent.last).any(|j| s(j) == "abgelehnt")
            // (`X forderte, Y müsse bei ihrem Besuch auch mit Z sprechen`: a demand.)
            || ((sent.first..sent.last).any(|j| s(j).starts_with("forder") || s(j).starts_with("verlang"))
                && (sent.first..sent.last).any(|j| matches!(s(j), "müsse" | "müssten" | "solle" | "sollten" | "möge")))
            // (`X würde Y gerne im Sommer empfangen`: a wish.)
            // (Also `will … gern mit Y besprechen`, `hätte gerne auch Y getroffen`.)
            || ((sent.first..sent.last).any(|j| matches!(s(j), "gerne" | "gern"))
                && (sent.first..sent.last).any(|j| {
                    matches!(
                        s(j),
                        "würde" | "würden" | "möchte" | "möchten" | "hätte" | "hätten" | "will" | "wollen" | "wolle"
                    )
                }))
            // (`X sagte, die Ministerin dürfe … nicht ausklammern. Sie solle sich auch
            // mit Y treffen`: a demand carried on in Konjunktiv.)
            || ((sent.first..sent.last).any(|j| matches!(s(j), "solle" | "müsse" | "möge"))
                && (sent.first..sent.last).any(|j| matches!(s(j), "treffen" | "sprechen" | "zusammenkommen")))
            // (`… Nach Angaben aus Delegationskreisen ist ein solches Gespräch jedoch
            // nicht vorgesehen`: the next sentence rules it out.)
            || doc.sentences.get(si + 1).is_some_and(|x| {
                (x.first..x.last).any(|j| matches!(s(j), "solches" | "solch" | "solcher"))
                    && (x.first..x.last).any(|j| matches!(s(j), "nicht" | "kein" | "keine"))
            })
            // (`Eine Begegnung von X und Y wäre reizvoll, vorgesehen ist sie aber
            // nicht`, `sinnvoller wäre ein Treffen X mit Y gewesen`: an event noun in
            // a clause with `wäre`; or `vorgesehen … nicht`.)
            || event_noun_with_would(doc, &s, sent.first, sent.last)
            || (sent.first..sent.last).any(|j| {
                matches!(s(j), "vorgesehen" | "geplant") && (j + 1..(j + 5).min(sent.last)).any(|k| s(k) == "nicht")
            })
            // (`X kritisierte, die Ministerin hätte sich auch mit Y treffen müssen`:
            // what should have been, and was not.)
            || (sent.first..sent.last).any(|j| {
                matches!(s(j), "hätte" | "hätten")
                    && (j + 2..sent.last).any(|k| {
                        matches!(s(k), "müssen" | "sollen" | "können" | "dürfen") && matches!(s(k + 1), "." | "," | ";")
                    })
            })
            // (`…; ein Termin liess sich aber nicht finden`, or in the next sentence:
            // `Einen Termin dafür gibt es bislang nicht`.)
            || doc.sentences[si..(si + 2).min(doc.sentences.len())].iter().any(|x| {
                // (Not `Ein genauer Termin steht noch nicht fest`: the meeting is planned.)
                (x.first..x.last).any(|j| s(j) == "termin")
                    && (x.first..x.last).any(|j| matches!(s(j), "nicht" | "kein" | "keinen"))
                    && (x.first..x.last).any(|j| matches!(s(j), "finden" | "gibt" | "kein" | "keinen"))
            })
            // (`Ein Zusammentreffen mit X schloss Perleberg aus`, `Eine geplante Begegnung
            // mit X fiel dagegen aus, weil …`: ruled out, cancelled; the verb with its
            // particle `aus` closing a clause later on. The verb, not the noun: `tauschte
            // sich X im Schloss mit Y aus`.)
            || (sent.first..sent.last).any(|j| {
                matches!(s(j), "schloss" | "schlossen" | "schließt" | "schliesst" | "fiel" | "fällt")
                    && doc.tok(j).starts_with(char::is_lowercase)
                    && (j + 1..sent.last).any(|k| s(k) == "aus" && matches!(s(k + 1), "," | "." | ";"))
            })
            // (`Ein Gespräch mit X kam nicht zustande`, `Ein Treffen ist nicht vorgesehen`,
            // `Nicht auf dem Programm stand ein Treffen mit X`, `Kein Treffen gab es mit X`.)
            || (sent.first..sent.last.saturating_sub(1)).any(|j| {
                (s(j) == "nicht"
                    && (matches!(s(j + 1), "zustande" | "vorgesehen" | "geplant" | "stattfinden")
                        || (j + 1..(j + 4).min(sent.last)).any(|k| s(k) == "programm")))
                    || (matches!(s(j), "kein" | "keine" | "keinen") && trigger(s(j + 1)) == Some(EventType::Meeting))
            });
        // `Für die Sozialpartner saßen X, Y und Z am Tisch`, `Daran nahmen auch X
        // und Y teil`: more parties of the meeting just told.
        if triggers.is_empty() && !hypothetical {
            let words = || (sent.first..sent.last).map(&s);
            // (Also `Als Vermittler soll dann auch X mit am Tisch sitzen`.)
            let at_table = words().any(|w| matches!(w, "saß" | "saßen" | "sass" | "sassen" | "sitzen" | "sitzt"))
                && words().any(|w| w == "tisch");
            let took_part = (words().any(|w| matches!(w, "nahm" | "nahmen")) && s(sent.last.saturating_sub(2)) == "teil")
                // (`Zur Delegation der Gewerkschaft gehörte auch X`.)
                || (words().any(|w| matches!(w, "gehörte" | "gehörten")) && words().any(|w| w == "delegation"))
                // (`Unter den rund 150 Geladenen waren auch X und Y`.)
                || (s(sent.first) == "unter"
                    && words().any(|w| matches!(w, "geladenen" | "gästen" | "teilnehmern" | "teilnehmenden"))
                    && words().any(|w| matches!(w, "war" | "waren")))
                // (`… kamen in der Villa Moynier zusammen. Gastgeberin war X`.)
                || (matches!(s(sent.first), "gastgeber" | "gastgeberin")
                    && matches!(s(sent.first + 1), "war" | "ist" | "waren" | "sind"));
            // (`empfangen. Im Zentrum des Gesprächs stand … An der Unterredung nahm
            // auch X teil`: two sentences on.)
            // (One named party is enough: `beriet X mit den Spitzen der Sozialpartner.
            // An dem Treffen nahmen A, B und C teil`.)
            let recent = |e: &EventSpan| {
                e.kind == EventType::Meeting && doc.tokens[e.trigger].sentence + 2 >= si && !e.participants.is_empty()
            };
            // (A host joins a meeting of two or more named parties.)
            let host = matches!(s(sent.first), "gastgeber" | "gastgeberin");
            let named = || {
                mentions
                    .iter()
                    .filter(|m| m.0 >= sent.first && m.1 <= sent.last && !quoted(m.0))
                    .filter(|m| found.ents[m.2].kind == EntityType::Person)
                    .map(|m| m.2)
            };
            if at_table || took_part {
                if let Some(e) = events.last_mut().filter(|e| recent(e) && (!host || e.participants.len() >= 2)) {
                    join(&mut e.participants, named());
                } else if let Some(prev) = prev_sentence
                    .filter(|p| at_table && persons_in(found, &mentions, p.first, p.last, false).is_empty())
                {
                    // (`Geschäftsleitung und Gewerkschaft verhandelten am Dienstag in
                    // Wil. Am Tisch sassen X, Y sowie Z`: talks of sides no one named,
                    // whose persons the next sentence names.)
                    let talks = (prev.first..prev.last)
                        .find(|&j| !quoted(j) && trigger(s(j)) == Some(EventType::Meeting) && s(j) != "zusammen");
                    let mut persons: Vec<usize> = Vec::new();
                    join(&mut persons, named());
                    if let Some(t) = talks.filter(|_| persons.len() >= 2) {
                        let place = place_named(found, &mentions, &s, prev.first, prev.last).or(dateline);
                        let date = times
                            .iter()
                            .filter(|x| x.first >= prev.first && x.last <= prev.last && s(x.first) != "seit")
                            .find_map(|x| x.value.as_deref().and_then(as_date));
                        events.push(EventSpan {
                            kind: EventType::Meeting,
                            participants: persons,
                            place,
                            date,
                            trigger: t,
                            start: doc.tokens[prev.first].start,
                            end: doc.tokens[sent.last - 1].end,
                        });
                    }
                }
            }
        }
        // `… getroffen. Bei dem rund halbstündigen Gespräch am Donnerstag ging es
        // um …`: the day of the meeting just told, named where it is referred to.
        if !hypothetical {
            let reference =
                (sent.first..sent.last).find(|&j| doc.tok(j).starts_with(char::is_uppercase) && anchor(&s, j));
            let day = reference.and_then(|j| {
                times
                    .iter()
                    .find(|x| x.first > j && x.first <= j + 2)
                    .and_then(|x| x.value.as_deref().and_then(as_date))
            });
            if let Some(d) = day {
                if let Some(e) = events.last_mut().filter(|e| {
                    e.date.is_none() && e.participants.len() >= 2 && doc.tokens[e.trigger].sentence + 1 >= si
                }) {
                    e.date = Some(d);
                }
            }
        }
        if triggers.is_empty() || hypothetical {
            continue;
        }
        // Keep one trigger per clause: the first of each run without a comma between.
        let mut kept: Vec<(usize, EventType)> = Vec::new();
        // (`mit dem Präsidenten der Wirtschaftskammer, Gerold Pichlmayr, und …
        // zusammengetroffen`: the commas around a name set it off; they end no clause.)
        // (Also an office set off after a name: `unterzeichnete X, Chef der Y
        // GmbH, eine Absichtserklärung mit Z`.)
        let lex = crate::lexicon::Lexicon::get();
        let opens_office = |j: usize| {
            s(j) == ","
                && j > 0
                && mentions.iter().any(|m| m.1 == j && found.ents[m.2].kind == EntityType::Person)
                && {
                    let k = if matches!(s(j + 1), "der" | "die" | "dem" | "den" | "des") { j + 2 } else { j + 1 };
                    k < sent.last && crate::entities::is_role_word(lex, doc.tok(k))
                }
                && (j + 2..(j + 10).min(sent.last)).any(|k| s(k) == ",")
        };
        let apposition = |j: usize| {
            mentions.iter().any(|m| (m.0 == j + 1 && s(m.1) == ",") || (m.1 == j && m.0 > 0 && s(m.0 - 1) == ","))
                || opens_office(j)
                || (j.saturating_sub(9).max(sent.first)..j).any(|k| opens_office(k) && !(k + 1..j).any(|x| s(x) == ","))
        };
        // (`will sie X treffen und anschließend mit Y sprechen`: two meetings, one
        // after the other.)
        let then_and = |j: usize| {
            s(j) == "und" && matches!(s(j + 1), "anschließend" | "anschliessend" | "danach" | "dann" | "später")
        };
        for &(t, k) in &triggers {
            // (`Heute traf X am Rande der Konferenz, zu der Jordanien Vertreter aus 40
            // Staaten eingeladen hat, den Außenminister Y`: an invitation in a relative
            // clause set into the sentence tells about the conference; the clause
            // around it goes on.)
            if k == EventType::Invitation
                && !kept.is_empty()
                && relative_clause_of(&s, doc, t).is_some_and(|r| r.end < sent.last && s(r.end) == ",")
            {
                continue;
            }
            if let Some(&(p, pk)) = kept.last() {
                let comma = (p..t).any(|j| (s(j) == "," && !apposition(j)) || s(j) == ";" || then_and(j));
                // `trafen einander A, B und C … zu einem ersten Gespräch`: the
                // noun after `zu` is what the verb's meeting was for.
                let purpose = doc.tok(t).starts_with(char::is_uppercase)
                    && doc.tok(p).starts_with(char::is_lowercase)
                    && (t.saturating_sub(4)..t).any(|j| matches!(s(j), "zu" | "zum" | "zur"))
                    && !(p..t).any(|j| s(j) == ";");
                // `vereinbarten, sich am Dienstag erneut zu treffen`: what they agreed on is the meeting.
                let agreed_to = pk == EventType::Agreement
                    && t > 0
                    && s(t - 1) == "zu"
                    && doc.tok(t).starts_with(char::is_lowercase);
                // `treffen einander X und Y in Bozen, um über Z zu beraten`: what the meeting is for.
                let purpose_clause = t > 0 && s(t - 1) == "zu" && (p..t).any(|j| s(j) == "," && s(j + 1) == "um");
                if !comma || purpose || agreed_to || purpose_clause {
                    // A meeting verb wins over a noun in the same clause; so does an
                    // invitation over the visit it asks for (`zu einem Besuch eingeladen`).
                    // (But `per Videokonferenz … ausgetauscht` stays a call.)
                    if (pk != EventType::Meeting
                        && k == EventType::Meeting
                        && doc.tok(t).starts_with(char::is_lowercase)
                        && !(pk == EventType::Call && TALK.contains(&s(t))))
                        || (pk == EventType::Visit && k == EventType::Invitation)
                    {
                        kept.last_mut().unwrap().1 = k;
                    }
                    continue;
                }
            }
            kept.push((t, k));
        }
        for (ti, &(t, kind)) in kept.iter().enumerate() {
            // The event with its evidence: the sentence.
            let evidence = |kind, participants, place, date| EventSpan {
                kind,
                participants,
                place,
                date,
                trigger: t,
                start: doc.tokens[sent.first].start,
                end: doc.tokens[sent.last - 1].end,
            };
            let from = if ti == 0 {
                sent.first
            } else {
                let p = kept[ti - 1].0;
                (p..t).rev().find(|&j| matches!(s(j), "," | ";")).or_else(|| (p..t).find(|&j| then_and(j))).unwrap_or(t)
            };
            let to = match kept.get(ti + 1) {
                Some(&(next, _)) => (t..next)
                    .rev()
                    .find(|&j| matches!(s(j), "," | ";"))
                    .or_else(|| (t..next).find(|&j| then_and(j)))
                    .unwrap_or(next),
                None => sent.last,
            };
            // `Am Mittwoch folgte ein Telefonat mit X`, `Es folgten Gespräche mit …`.
            let follows = (from..to).any(|j| matches!(s(j), "folgte" | "folgten" | "folgt"));
            // Not the source of a report (`nach Ahrendts Angaben`, `laut Xinhua`).
            // (`nach Brüssel` is a destination.)
            let source = |m: &MentionAt| {
                (m.0 > 0
                    && (s(m.0 - 1) == "laut" || (s(m.0 - 1) == "nach" && found.ents[m.2].kind != EntityType::Place)))
                    || matches!(s(m.1), "angaben" | "zufolge" | "worten")
                    || (m.0 > 1 && s(m.0 - 2) == "nach" && s(m.0 - 1).starts_with("angaben"))
                    // (`Nach Angaben von Regierungssprecherin X`, `laut dem Sprecher X`.)
                    || (m.0.saturating_sub(5).max(1)..m.0).any(|j| {
                        ((s(j).starts_with("angaben") && s(j - 1) == "nach") || s(j) == "laut")
                            && (j + 1..m.0).all(|k| {
                                matches!(s(k), "von" | "des" | "der" | "dem") || doc.tok(k).starts_with(char::is_uppercase)
                            })
                    })
            };
            // `Nach dem Gespräch mit Akbulut kam Hartwig … zusammen`: Akbulut
            // belongs to the event before.
            let anchored = |m: &MentionAt| {
                (m.0.saturating_sub(4).max(from)..m.0).any(|j| s(j) == "mit" && j > 0 && anchor(&s, j - 1))
            };
            // (Names inside a quotation are what someone said: `nannte das Treffen eine „Verschwörung gegen die DVRK“`.)
            // (`Wien (APA) –`: the agency of the dateline reports, it takes no part.)
            let agency = |m: &MentionAt| m.0 <= body + 3 && m.0 > 0 && s(m.0 - 1) == "(" && s(m.1) == ")";
            let in_region =
                |m: &MentionAt| m.0 >= from && m.1 <= to && !source(m) && !anchored(m) && !quoted(m.0) && !agency(m);
            let mut persons: Vec<usize> = Vec::new();
            let mut orgs: Vec<usize> = Vec::new();
            let mut partner_orgs: Vec<usize> = Vec::new();
            let mut org_roles: Vec<usize> = Vec::new();
            let mut countries: Vec<usize> = Vec::new();
            let mut place: Option<(usize, bool)> = None;
            let mut aside_place: Option<usize> = None;
            // (`über den Erweiterungsprozess der Europäischen Union beraten`: a
            // body or country in what they talked about is no party.)
            // (Also down an enumeration: `über die Migration, die Ukraine und die
            // Lage im Nahen Osten`.)
            const TOPIC_ENDS: &[&str] = &[
                "mit", "zwischen", ";", "hatte", "hatten", "hat", "haben", "war", "waren", "ist", "sind", "wurde",
                "wurden", "sei", "seien", "wird", "werden",
            ];
            let clause_opens = |j: usize| {
                s(j) == "," && matches!(s(j + 1), "dass" | "um" | "wo" | "als" | "weil" | "nachdem" | "sagte")
            };
            let topic = |m: &MentionAt| {
                (m.0.saturating_sub(14).max(from)..m.0)
                    .rev()
                    .take_while(|&j| !TOPIC_ENDS.contains(&s(j)) && !clause_opens(j))
                    .any(|j| s(j) == "über")
            };
            for m in mentions.iter().filter(|m| in_region(m)) {
                let ent = &found.ents[m.2];
                if ent.kind != EntityType::Person && topic(m) {
                    continue;
                }
                match ent.kind {
                    EntityType::Person if !persons.contains(&m.2) => persons.push(m.2),
                    EntityType::Organization if m.3 == MentionKind::Name && !orgs.contains(&m.2) => {
                        // `mit (Vertretern) der EU-Kommission`, `trifft Vertreter des Verbands X`: a party.
                        // (`mit Vertretern des Konzerns X und des Unternehmens Y`: Y too.)
                        let joined = partner_orgs.last().is_some_and(|&p| {
                            mentions
                                .iter()
                                .any(|o| o.2 == p && o.1 <= m.0 && o.1 + 5 >= m.0 && (o.1..m.0).any(|j| s(j) == "und"))
                        });
                        // (Not the body of a role whose holder is named right after: `mit der
                        // Handelskommissarin der EU, Lotte Verhaegen`.)
                        let of_named_role = m.0 >= 2
                            && matches!(s(m.0 - 1), "der" | "des")
                            && crate::entities::is_role_word(crate::lexicon::Lexicon::get(), doc.tok(m.0 - 2))
                            && mentions
                                .iter()
                                .any(|p| p.0 > m.1 && p.0 <= m.1 + 2 && found.ents[p.2].kind == EntityType::Person);
                        if !of_named_role
                            && (joined
                                || (m.0.saturating_sub(4).max(from)..m.0)
                                    .any(|j| s(j) == "mit" || s(j).starts_with("vertreter") || s(j) == "delegation"))
                        {
                            partner_orgs.push(m.2);
                        }
                        orgs.push(m.2)
                    }
                    // `Unia und die Geschäftsleitung trafen sich`: an organisation referred to by a noun.
                    EntityType::Organization if m.3 == MentionKind::Role && !org_roles.contains(&m.2) => {
                        // (`mit Vertretern der Wirtschaftskammer`, named before in full: a party.)
                        if (m.0.saturating_sub(3).max(from)..m.0).any(|j| s(j).starts_with("vertreter")) {
                            partner_orgs.push(m.2);
                        }
                        org_roles.push(m.2)
                    }
                    // `zum Abschluss des Treffens in Abu Dhabi`: the place of the event before.
                    EntityType::Place if m.0 >= 2 && s(m.0 - 1) == "in" && anchor(&s, m.0 - 2) => {}
                    // (`…, um über Kabel in der Ostsee zu sprechen`: what they talked about.)
                    EntityType::Place if (t..m.0).any(|j| s(j) == "," && s(j + 1) == "um") => {}
                    // (`traf die Ministerin, deren Stimmkreis in Traunstein liegt, in Accra …`:
                    // a relative clause tells about someone; where they met, only when
                    // nothing else says it: `X, der die Delegation nach Seoul begleitet hatte, kam …`.)
                    EntityType::Place if relative_clause_of(&s, doc, m.0).is_some_and(|r| !r.contains(&t)) => {
                        let locative = m.0 > 0 && matches!(s(m.0 - 1), "in" | "im" | "nach");
                        let city = m.3 == MentionKind::Name && !is_country(ent) && locative;
                        aside_place = aside_place.or(city.then_some(m.2));
                    }
                    EntityType::Place if m.3 == MentionKind::Name => {
                        let locative = m.0 > 0 && matches!(s(m.0 - 1), "in" | "im" | "nach" | "auf" | "am" | "bei")
                            || (m.0 > 1 && matches!(s(m.0 - 2), "in" | "im"));
                        let city = !is_country(ent);
                        // `Vertreter von Rheinland-Pfalz und Luxemburg`: a state is a party too.
                        // (A river or a sea, a region of no one country, is no party: `am Nil`.)
                        let party = !city
                            || (crate::lexicon::Lexicon::get().place(&ent.name).is_some_and(|p| p.kind == "region")
                                && ent.country.is_some());
                        if locative && place.is_none_or(|(_, c)| !c && city) {
                            place = Some((m.2, city));
                        } else if !locative && party && !countries.contains(&m.2) && m.0 != body {
                            // `Die EU und Marokko unterzeichneten …`: a country as a party.
                            // (Not the dateline: `Bremen – Nach gut neun Stunden brachen …`.)
                            countries.push(m.2);
                        }
                    }
                    _ => {}
                }
            }
            if place.is_none() {
                place = aside_place.map(|p| (p, true));
            }
            // (`reiste die Ministerin nach Podgorica weiter, wo sie mit X
            // zusammentraf`: the pronoun is the one who travelled.)
            if from > sent.first && s(from) == "," && s(from + 1) == "wo" && matches!(s(from + 2), "er" | "sie") {
                if let Some(&traveller) = persons_in(found, &mentions, sent.first, from, false).first() {
                    if !persons.contains(&traveller) {
                        persons.insert(0, traveller);
                    }
                }
            }
            // `X und sein Amtskollege hatten am Vorabend die Weichen gestellt. Bei einem
            // Abendessen … ging es um …`: a meal or talk with no one named in its
            // sentence is of the two or more named just before.
            let meal_of_before =
                persons.is_empty() && s(sent.first) == "bei" && doc.tok(t).starts_with(char::is_uppercase);
            if let Some(prev) = prev_sentence.filter(|_| meal_of_before) {
                let before = persons_in(found, &mentions, prev.first, prev.last, false);
                if before.len() >= 2 {
                    persons = before;
                    countries.clear();
                }
            }
            // The subject of an earlier clause takes part in a later one
            // (`X traf Y, am Abend empfing ihn Z`): only pronouns refer back.
            if ti > 0 && persons.len() < 2 {
                if let Some(prev) = events.last().filter(|e| e.start == doc.tokens[sent.first].start) {
                    for &p in prev.participants.iter().take(1) {
                        if !persons.contains(&p) {
                            persons.insert(0, p);
                        }
                    }
                }
            }
            // `Am Montag traf der Vorsteher des EDA seinen Amtskollegen Liang`,
            // `empfing Tang den Schweizer Gast`: one person named, the other
            // is the protagonist of the events before.
            let verb = doc.tok(t).starts_with(char::is_lowercase);
            // `lud Seidl ihren Amtskollegen ein`: the person she met before.
            // (Of several, the one met most often, then latest: `… telefonierte X mit
            // Z. … will X ihren Gesprächspartner in Hanoi treffen` is whom she met twice.)
            let with_her = |e: &&EventSpan| {
                persons.len() == 1 && e.participants.len() >= 2 && e.participants.contains(&persons[0])
            };
            let shared = |p: usize| events.iter().filter(with_her).filter(|e| e.participants.contains(&p)).count();
            let partner = events
                .iter()
                .rev()
                .filter(with_her)
                .filter_map(|e| e.participants.iter().find(|&&p| p != persons[0]).copied())
                .enumerate()
                .max_by_key(|&(k, p)| (shared(p), std::cmp::Reverse(k)))
                .map(|(_, p)| p)
                .filter(|&p| found.ents[p].kind == EntityType::Person);
            // The one person named is the subject (`Dort traf er sich mit Ärzten`),
            // or the subject is someone unnamed (`Der russische Präsident
            // telefonierte mit X`): no one from the events before joins in.
            let lone_subject = |p: usize| {
                let pronoun = mentions.iter().any(|m| in_region(m) && m.2 == p && m.3 == MentionKind::Pronoun);
                let lex = crate::lexicon::Lexicon::get();
                let unnamed_office = (from.max(1)..to.min(sent.first + 4)).any(|j| {
                    let w = doc.tok(j);
                    w.starts_with(char::is_uppercase)
                        && !mentions.iter().any(|m| m.0 <= j && j < m.1)
                        && lex.role_of(w).is_some_and(|(h, _)| !crate::coref::PEERS.contains(&h))
                        && (j.saturating_sub(2)..j).any(|k| matches!(s(k), "der" | "die" | "den" | "dem"))
                });
                pronoun || unnamed_office
            };
            let possessive = |j: usize| matches!(s(j), "seinen" | "ihren" | "seine" | "ihre" | "seinem" | "ihrem");
            // (Also over an adjective: `hatte X seinen japanischen Kollegen in Y besucht`.)
            let counterpart = (from..to).any(|j| {
                let peer =
                    |w: &str| ["amtskolleg", "kolleg", "gast", "gesprächspartner"].iter().any(|p| w.starts_with(p));
                possessive(j) && (peer(s(j + 1)) || (s(j + 1).ends_with("en") && peer(s(j + 2))))
            });
            // (`lud X seinen Gast ein`: of those X met, the one the article names most.)
            let guest = (from..to).any(|j| possessive(j) && matches!(s(j + 1), "gast" | "gästen"));
            let named = |p: usize| mentions.iter().filter(|m| m.2 == p).count();
            let partner = if guest && persons.len() == 1 {
                events
                    .iter()
                    .filter(|e| e.participants.contains(&persons[0]))
                    .flat_map(|e| &e.participants)
                    .copied()
                    .filter(|&p| p != persons[0] && found.ents[p].kind == EntityType::Person)
                    .max_by_key(|&p| named(p))
                    .or(partner)
            } else {
                partner
            };
            // `die beiden Präsidentinnen`: the two persons of the article who hold that office.
            let lex = crate::lexicon::Lexicon::get();
            let office = (from..to)
                .find(|&j| matches!(s(j), "beide" | "beiden") && j + 1 < to)
                .and_then(|j| lex.role_of(doc.tok(j + 1)))
                .map(|(head, _)| (crate::lexicon::key(head), 2, None));
            // (`die Außenminister der drei Länder`, `die Verkehrsminister beider
            // Staaten`: the persons of the article who hold that office, as many
            // as the countries.)
            let office = office.or_else(|| {
                (from..to).find_map(|j| {
                    let n = match s(j + 1) {
                        "der" => countries_counted(&s, j + 2)?,
                        _ => countries_counted(&s, j + 1).filter(|_| s(j + 1) == "beider")?,
                    };
                    lex.role_of(doc.tok(j)).map(|(head, _)| (crate::lexicon::key(head), n, Some(j)))
                })
            });
            if let Some((head, n, office_at)) = office.filter(|_| persons.len() < 2) {
                let foreign =
                    office_at.is_some_and(|j| ["außenminister", "aussenminister"].iter().any(|w| s(j).starts_with(w)));
                // (Named before, or, for the office of the countries, in the
                // sentence after: `… in Görlitz getroffen. Außenministerin X, ihr
                // polnischer Kollege Y und … bereiteten dabei …`.)
                let at = match doc.sentences.get(si + 1).filter(|_| office_at.is_some()) {
                    Some(next) => doc.tokens[next.last.saturating_sub(1)].end,
                    None => doc.tokens[sent.first].start,
                };
                let named_before = |e: usize| {
                    found.ents[e].kind == EntityType::Person
                        && found.mentions.iter().any(|m| m.ent == e && doc.tokens[m.first].start < at)
                };
                let holding = |e: usize, head: &str| found.ents[e].role_heads.iter().any(|h| h.ends_with(head));
                let mut holders: Vec<usize> =
                    (0..found.ents.len()).filter(|&e| named_before(e) && holding(e, head.as_str())).collect();
                // (`die Außenministerin … mit ihrer Amtskollegin X … ein Treffen der beiden
                // Außenministerinnen`: the one holder and her counterpart.)
                // (`Außenministerin X, ihr polnischer Kollege Y und der tschechische
                // Chefdiplomat Z … die Außenminister der drei Länder`: with her
                // colleagues, and the chief diplomats when the office is foreign minister.)
                let peer = |e: usize| {
                    holding(e, "amtskollege")
                        || (n == 3 && holding(e, "kollege"))
                        || (foreign && holding(e, "chefdiplomat"))
                };
                let counterparts: Vec<usize> =
                    (0..found.ents.len()).filter(|&e| named_before(e) && !holders.contains(&e) && peer(e)).collect();
                if !holders.is_empty() && holders.len() + counterparts.len() == n && (n == 3 || counterparts.len() == 1)
                {
                    holders.extend(counterparts);
                }
                if holders.len() == n {
                    join(&mut persons, holders);
                }
            }
            // (`Gestern reiste die Delegation nach Winterthur weiter. Dort kam sie mit
            // X zusammen`: `sie` is the delegation, those of the journey before.)
            let group = |prev: &&crate::segment::Sentence| {
                (prev.first..prev.last.min(prev.first + 6))
                    .any(|j| matches!(s(j), "delegation" | "abordnung" | "gruppe") && j > 0 && s(j - 1) == "die")
            };
            if prev_sentence.filter(group).is_some() {
                let pronoun = mentions
                    .iter()
                    .find(|m| m.0 >= from && m.1 <= to && s(m.0) == "sie" && m.3 == MentionKind::Pronoun)
                    .map(|m| m.2);
                let journey = events.last().filter(|e| {
                    e.kind == EventType::Visit
                        && doc.tokens[e.trigger].sentence + 1 == si
                        && !e.participants.is_empty()
                        && e.participants.iter().all(|&p| found.ents[p].kind == EntityType::Person)
                });
                if let (Some(p), Some(e)) = (pronoun, journey) {
                    if !e.participants.contains(&p) {
                        persons.retain(|&x| x != p);
                        let mut all = e.participants.clone();
                        join(&mut all, persons.iter().copied());
                        persons = all;
                    }
                }
            }
            // `… waren nach Berlin gereist. Am Dienstag berieten sie mit X`: a plural
            // `sie` after its verb is those the sentence before names.
            let they = (from..to)
                .any(|j| s(j) == "sie" && j > sent.first && s(j - 1).ends_with("en") && trigger(s(j - 1)).is_some());
            if let Some(prev) = prev_sentence.filter(|_| they) {
                let named = persons_in(found, &mentions, prev.first, prev.last, true);
                if named.len() >= 2 {
                    join(&mut persons, named);
                } else if let Some(e) = events.last().filter(|e| {
                    // (`Die beiden hatten sich im Oktober getroffen. Damals vereinbarten
                    // sie …`: the parties of the meeting told just before.)
                    e.participants.len() >= 2 && doc.tokens[e.trigger].sentence + 1 == si && named.is_empty()
                }) {
                    join(&mut persons, e.participants.clone());
                }
            }
            // (`Vorbereitet worden war es bei einem Treffen Anfang März in X. Damals
            // hatten A und B vereinbart, …`: a meeting no one in its sentence attends
            // is of those the next sentence names.)
            if persons.is_empty() && doc.tok(t).starts_with(char::is_uppercase) {
                if let Some(next) = doc.sentences.get(si + 1).filter(|n| matches!(s(n.first), "damals" | "dabei")) {
                    let named = persons_in(found, &mentions, next.first, next.last, true);
                    if named.len() >= 2 {
                        join(&mut persons, named);
                    }
                }
            }
            // `beide Minister`, `die beiden`, `beide Firmen`: the parties of the event before.
            // (Also a plural `Sie` opening the sentence after one opened by `Die
            // beiden …`: `Die beiden Verhandler kennen sich. Sie hatten sich im
            // August getroffen`.)
            let both = (from..to).any(|j| matches!(s(j), "beide" | "beiden") && j + 1 < to)
                || (from == sent.first
                    && doc.tok(sent.first) == "Sie"
                    && s(sent.first + 1).ends_with("en")
                    && prev_sentence.is_some_and(|p| {
                        s(p.first) == "beide"
                            || (s(p.first) == "die" && s(p.first + 1) == "beiden")
                            // (`Die Ministerin und Aravena kennen sich gut. Sie hatten …`.)
                            || mentions.iter().any(|a| {
                                a.0 == p.first
                                    && s(a.1) == "und"
                                    && found.ents[a.2].kind == EntityType::Person
                                    && mentions.iter().any(|b| {
                                        b.0 == a.1 + 1 && b.2 != a.2 && found.ents[b.2].kind == EntityType::Person
                                    })
                            })
                    }));
            let before_both = both && persons.len() < 2 && events.iter().any(|e| e.participants.len() >= 2);
            // `die drei Minister`, `die vier Minister`: those of the event before that
            // had as many.
            let counted = (from..to).find_map(|j| {
                let k = match s(j) {
                    "drei" => 3,
                    "vier" => 4,
                    "fünf" => 5,
                    _ => return None,
                };
                (j > 0 && matches!(s(j - 1), "die" | "den" | "der" | "alle") && !country_noun(s(j + 1))).then_some(k)
            });
            if let Some(k) = counted.filter(|&k| persons.len() < k) {
                if let Some(prev) = events.iter().rev().find(|e| e.participants.len() == k) {
                    join(&mut persons, prev.participants.iter().copied());
                }
            }
            // `trafen die Abgeordneten …`, `ein Gespräch der Delegation mit X`:
            // the members of the delegation the article introduced.
            let group = (from..to).any(|j| {
                let w = s(j);
                // (But `hat X eine Delegation aus Y begrüßt`: the delegation received.)
                let received = RECEIVE.contains(&s(t));
                (matches!(w, "delegation" | "kommission" | "abordnung")
                    && (received || !matches!(s(j + 1), "aus" | "von")))
                    || (matches!(s(j.saturating_sub(1)), "die" | "den" | "der")
                        && matches!(w, "abgeordneten" | "parlamentarier" | "gäste" | "besucher"))
            });
            // (`Am Montag war der Investor in Bern zu Gast bei X`: a guest named by a
            // noun no one holds, likewise.)
            let unnamed_guest = s(t) == "gast"
                && t > 0
                && s(t - 1) == "zu"
                && (from..t).any(|j| {
                    matches!(s(j), "der" | "die")
                        && doc.tok(j + 1).starts_with(char::is_uppercase)
                        && !mentions.iter().any(|m| m.0 <= j + 1 && j + 1 < m.1)
                });
            // (`empfing X eine Delegation aus Y. Angeführt wurde sie von Z`: the
            // members the next sentence names, whatever delegation came before.)
            let local_members: Vec<usize> = if group {
                doc.sentences
                    .get(si + 1)
                    .filter(|y| (y.first..y.last).any(|j| leads_group(&s, j)))
                    .map(|y| persons_in(found, &mentions, y.first, y.last, true))
                    .unwrap_or_default()
            } else {
                Vec::new()
            };
            if group && !local_members.is_empty() && !local_members.iter().any(|m| persons.contains(m)) {
                join(&mut persons, local_members);
            } else if group && !members.is_empty() && !members.iter().any(|m| persons.contains(m)) {
                join(&mut persons, members.iter().copied());
            } else if (group && members.is_empty() || unnamed_guest) && persons.len() == 1 {
                // (`Am Mittwoch war die Delegation zu Gast bei X`, with no members
                // named: the one whose trip the article follows, its most-named person
                // who has met others.)
                // (Of those who met others, the one in most events, then named most.)
                let named = |p: usize| mentions.iter().filter(|m| m.2 == p && m.3 == MentionKind::Name).count();
                let met = |p: usize| {
                    events.iter().filter(|e| e.participants.len() >= 2 && e.participants.contains(&p)).count()
                };
                let lead = events
                    .iter()
                    .filter(|e| e.participants.len() >= 2)
                    .flat_map(|e| &e.participants)
                    .copied()
                    .filter(|&p| found.ents[p].kind == EntityType::Person && p != persons[0])
                    .max_by_key(|&p| (met(p), named(p)));
                join(&mut persons, lead);
            }
            // `hatten die Landeshauptleute den Kanzler empfangen`, `trafen die
            // Länderchefs X und Y`: those who attend the gathering.
            let assembly = (from..to).any(|j| {
                matches!(s(j.saturating_sub(1)), "die" | "den")
                    && matches!(
                        s(j),
                        "landeshauptleute"
                            | "länderchefs"
                            | "ministerpräsidenten"
                            | "regierungschefs"
                            | "teilnehmer"
                            | "konferenzteilnehmer"
                            | "gipfelteilnehmer"
                            | "delegierten"
                    )
            });
            if assembly && attendees.len() >= 2 && !group {
                join(&mut persons, attendees.iter().copied());
            }
            // `mit Vertretern der Raffinerie X`: the other side is there, if unnamed.
            // (Also `mit den Spitzen der Sozialpartner`.)
            let representatives = (from..to).any(|j| {
                s(j) == "mit"
                    && (s(j + 1).starts_with("vertreter")
                        || (s(j + 1) == "den" && matches!(s(j + 2), "spitzen" | "vertretern" | "chefs")))
            });
            // `kam X gleich mit zwei Amtskollegen zusammen. Bei einem Arbeitsfrühstück mit
            // A und B …`: the counted peers are those the next sentence names.
            let counted_peers = (from..to).any(|j| {
                s(j) == "mit"
                    && matches!(s(j + 1), "zwei" | "drei" | "vier" | "beiden")
                    && (s(j + 2).starts_with("amtskolleg") || s(j + 2).starts_with("kolleg"))
            });
            if counted_peers {
                if let Some(next) = doc.sentences.get(si + 1) {
                    let named = persons_in(found, &mentions, next.first, next.last, true);
                    if named.len() >= 2 {
                        persons.truncate(1);
                        join(&mut persons, named);
                    }
                }
            }
            // `Der serbische Minister wird zum Gegenbesuch in Wien erwartet`: a
            // return visit is to the one met before.
            let return_visit = s(t) == "gegenbesuch" && persons.len() == 1;
            if let Some(p) = partner.filter(|_| return_visit) {
                persons.push(p);
            } else if let Some(p) = partner.filter(|_| counterpart && verb) {
                persons.push(p);
            } else if persons.len() == 1
                // (`stehen Gespräche mit X auf dem Programm`: a noun with `mit` too.)
                // (`Bei einem Abendessen … würdigte Bundespräsidentin X …`: a host's meal is for the guest.)
                // (Also over a few words: `ein Gespräch unter vier Augen mit X`.)
                && (verb
                    || (t + 1..(t + 5).min(sent.last))
                        .take_while(|&j| !matches!(s(j), "," | ";" | "und"))
                        .any(|j| s(j) == "mit")
                    || MEALS.contains(&s(t)))
                && kind != EventType::Visit
                && partner_orgs.is_empty()
                && !before_both
                && !representatives
                && !lone_subject(persons[0])
            {
                // (The guest of a meal: of those met so far, the one the article
                // names most — the visitor it is about.)
                // (Of those named as often, the one met first: the visitor.)
                let guest = || {
                    let named = |p: usize| mentions.iter().filter(|m| m.2 == p).count();
                    let met: Vec<usize> = events
                        .iter()
                        .filter(|e| e.participants.len() >= 2)
                        .flat_map(|e| &e.participants)
                        .copied()
                        .filter(|&p| p != persons[0] && found.ents[p].kind == EntityType::Person)
                        .collect();
                    met.iter()
                        .enumerate()
                        .max_by_key(|&(k, &p)| {
                            (named(p), std::cmp::Reverse(met.iter().position(|&q| q == p).unwrap_or(k)))
                        })
                        .map(|(_, &p)| p)
                };
                // (`Am Mittwoch folgte ein Telefonat mit X`: a second event of the
                // same kind, led by whoever led the first.)
                // (`Im Oktober will X nach München kommen, ein weiteres Treffen mit Y
                // ist vereinbart`: the one person named in the clause before, in its sentence.)
                let clause_before = || {
                    let before = persons_in(found, &mentions, sent.first, from, true);
                    (!verb
                        && from > sent.first
                        && (s(from) == "," || s(from - 1) == ",")
                        && before.len() == 1
                        && before[0] != persons[0])
                        .then(|| before[0])
                };
                let protagonist = MEALS
                    .contains(&s(t))
                    .then(guest)
                    .flatten()
                    .or_else(clause_before)
                    .or_else(|| follows.then(|| lead_before(&events, found, Some(kind), &persons[..1])).flatten())
                    .or_else(|| {
                        // (`»…«, sagte Betriebsrat X. Am Dienstag ist ein Treffen mit Y
                        // geplant`: a meeting with no subject after someone just quoted is theirs.)
                        let prev = si.checked_sub(1).filter(|_| !verb)?;
                        let mut speakers = quotes.iter().filter(|q| q.sentence == prev).filter_map(|q| q.speaker);
                        speakers.next().filter(|&p| p != persons[0] && found.ents[p].kind == EntityType::Person)
                    })
                    .or_else(|| {
                        // (Of the latest event's persons, the one the article names
                        // most: `Tanabe, die Gisler im Juni getroffen hatte. … ein
                        // Treffen mit X geplant` is Gisler's, whose trip it is.)
                        let named = |p: usize| mentions.iter().filter(|m| m.2 == p).count();
                        let other = |p: &usize| *p != persons[0] && found.ents[*p].kind == EntityType::Person;
                        events.iter().rev().find(|e| e.participants.iter().any(other)).and_then(|e| {
                            let first = e.participants.iter().copied().find(other)?;
                            let top = e.participants.iter().copied().filter(other).max_by_key(|&p| named(p))?;
                            // (`empfing X den Gast aus Osaka`: the one who came, named first.)
                            let visitor = (from..to).any(|j| s(j) == "gast");
                            Some(if named(top) > named(first) && !visitor { top } else { first })
                        })
                    })
                    .or_else(|| {
                        mentions
                            .iter()
                            .rev()
                            .filter(|m| m.1 <= from && found.ents[m.2].kind == EntityType::Person && m.2 != persons[0])
                            .map(|m| m.2)
                            .next()
                    });
                // (`X werde mit Y nach Teheran reisen. Dort sei ein Treffen mit Z
                // vereinbart`: those who travel there.)
                let travellers: Vec<usize> = prev_sentence
                    .filter(|prev| {
                        // (Also `X wird in Berlin erwartet. Am Mittwoch ist ein Treffen
                        // mit Y geplant`: the one expected meets Y.)
                        let expected = (prev.first..prev.last).any(|j| s(j) == "erwartet")
                            && persons_in(found, &mentions, prev.first, prev.last, false).len() == 1;
                        ((sent.first..sent.last).any(|j| s(j) == "dort")
                            && (prev.first..prev.last).any(|j| JOURNEY.contains(&s(j))))
                            || (expected && !verb)
                    })
                    .map(|prev| {
                        let mut v = persons_in(found, &mentions, prev.first, prev.last, false);
                        v.retain(|&p| p != persons[0]);
                        v
                    })
                    .unwrap_or_default();
                // (`X nahm die Einladung zu einem Gegenbesuch an. Dann ist ein Treffen
                // mit Y geplant`: the guest who accepted, named first.)
                let guest = prev_sentence
                    .filter(|prev| {
                        !verb
                            && s(t + 1) == "mit"
                            && (prev.first..prev.last).any(|j| s(j).starts_with("einladung"))
                            && (prev.first..prev.last).any(|j| matches!(s(j), "nahm" | "nahmen"))
                            && s(prev.last.saturating_sub(2)) == "an"
                    })
                    .and_then(|prev| persons_in(found, &mentions, prev.first, prev.last, false).first().copied())
                    .filter(|&g| g != persons[0]);
                let travellers = if travellers.is_empty() { guest.into_iter().collect() } else { travellers };
                if !travellers.is_empty() {
                    for (k, p) in travellers.into_iter().enumerate() {
                        persons.insert(k, p);
                    }
                } else if let Some(p) = protagonist {
                    persons.insert(0, p);
                }
            }
            // (`empfing die beiden Verhandlungsführerinnen` with no event before to
            // borrow from: the two persons spoken of just before.)
            if both && persons.len() < 2 && !before_both {
                let mut recent: Vec<usize> = Vec::new();
                let window = doc.sentences[si.saturating_sub(8)].first;
                for m in mentions.iter().rev().filter(|m| m.1 <= from && m.0 >= window) {
                    if found.ents[m.2].kind == EntityType::Person && !recent.contains(&m.2) && !persons.contains(&m.2) {
                        recent.push(m.2);
                    }
                    if recent.len() == 2 {
                        break;
                    }
                }
                if recent.len() == 2 {
                    persons.extend(recent.into_iter().rev());
                }
            }
            if before_both {
                // (`Ramsaroop betonte, … sagte die Ministerin. Beide hatten sich zuletzt
                // im März getroffen`: of the events before, the latest of the one just quoted.)
                let quoted_last = quotes
                    .iter()
                    .rev()
                    .find(|q| q.sentence < si && q.sentence + 2 >= si && q.speaker.is_some())
                    .and_then(|q| q.speaker);
                // (Unless the event before was told in the sentence just before.)
                let latest = events.iter().rev().find(|e| e.participants.len() >= 2);
                let adjacent = latest.is_some_and(|e| doc.tokens[e.trigger].sentence + 1 >= si);
                // (`… sagte X nach ihrem Gespräch mit Y. Die beiden hatten sich zuletzt …`:
                // first, the latest event whose parties were all named in the two sentences before.)
                let window = doc.sentences[si.saturating_sub(2)].first;
                // (Of those, the one whose parties were named most lately.)
                let last_named = |p: &usize| {
                    mentions.iter().filter(|m| m.2 == *p && m.0 >= window && m.1 <= from).map(|m| m.0).max()
                };
                let just_named = events
                    .iter()
                    .rev()
                    .filter(|e| e.participants.len() >= 2)
                    .filter_map(|e| Some((e, e.participants.iter().map(last_named).collect::<Option<Vec<_>>>()?)))
                    .max_by_key(|(_, at)| at.iter().min().copied())
                    .map(|(e, _)| e);
                // (`Wyrzykowski und Zehetbauer kennen einander. Am Samstag frühstückten die
                // beiden …`: the two who open the sentence before.)
                // (Also a pair further in: `Vorbereitet hatten den Besuch vor allem
                // Kulturdezernentin X und Y selbst. Die beiden hatten …`, when it is
                // the sentence's only pair.)
                let pair_before = prev_sentence.and_then(|prev| {
                    let person = |m: &&MentionAt| found.ents[m.2].kind == EntityType::Person;
                    let mut pairs =
                        mentions.iter().filter(|m| m.0 >= prev.first && m.1 < prev.last).filter(person).filter_map(
                            |a| {
                                let b = mentions
                                    .iter()
                                    .filter(person)
                                    .find(|m| m.0 == a.1 + 1 && s(a.1) == "und" && m.2 != a.2)?;
                                Some((a.0, vec![a.2, b.2]))
                            },
                        );
                    let (at, pair) = pairs.next()?;
                    (at == prev.first || pairs.next().is_none()).then_some(pair)
                });
                // (`Gern hätte X auch Y getroffen. Ein Termin kam nicht zustande.
                // Stattdessen telefonierten die beiden`: two persons named, with no
                // one quoted, in one of the two sentences before, after the event before.)
                let latest_at = latest.map(|e| doc.tokens[e.trigger].sentence);
                let pair_recent = (si.saturating_sub(2)..si).rev().find_map(|k| {
                    let y = &doc.sentences[k];
                    let named = persons_in(found, &mentions, y.first, y.last, true);
                    (named.len() == 2
                        && latest_at.is_some_and(|at| at < k)
                        && just_named.is_none()
                        && !quotes.iter().any(|q| q.sentence == k))
                    .then_some(named)
                });
                let pair_before = pair_before.or(pair_recent);
                let latest = just_named.or(latest);
                let theirs = quoted_last.filter(|_| !adjacent && just_named.is_none()).and_then(|p| {
                    events.iter().rev().find(|e| e.participants.len() >= 2 && e.participants.contains(&p))
                });
                // (`Beide`: the one quoted and the first other party.)
                let two = theirs.zip(quoted_last).map(|(e, p)| {
                    let other = e.participants.iter().copied().find(|&o| o != p);
                    std::iter::once(p).chain(other).collect::<Vec<usize>>()
                });
                if let Some(pair) = pair_before {
                    join(&mut persons, pair);
                } else if let Some(two) = two {
                    join(&mut persons, two);
                } else if let Some(prev) = latest {
                    join(&mut persons, prev.participants.iter().copied());
                }
            }
            // `Die nächste Runde soll am 27. Februar stattfinden`, with no one
            // named: the sides of the talks before, as organisations or
            // countries (no person is named for this round).
            // (Persons only carried over from the clause before count as none:
            // `… hatten sich X und Y getroffen, die zweite Runde fand in Z statt`.)
            let none_named_here = persons_in(found, &mentions, from, to, false).is_empty();
            let sequel = s(t).ends_with("runde")
                && (persons.is_empty() || (none_named_here && s(from) == ","))
                && orgs.len() < 2
                && countries.len() < 2;
            // (Of the talks told before, the latest round or negotiation, not a
            // mediator's meeting told after it: `Die vierte Runde zwischen
            // Geschäftsführung und Arbeitnehmervertretern soll am Dienstag stattfinden`.)
            let is_talks = |e: &EventSpan| {
                let w = s(e.trigger);
                w.ends_with("runde")
                    || w.starts_with("verhandl")
                    || w.starts_with("verhandel")
                    || w.starts_with("gegenüber")
            };
            let talks_before = events
                .iter()
                .rev()
                .filter(|e| e.participants.len() >= 2)
                .find(|e| is_talks(e))
                .or_else(|| events.iter().rev().find(|e| e.participants.len() >= 2));
            // (In a report that names its two negotiators, the round is theirs when
            // the talks before are someone else's: `Am Vorabend der zweiten Runde
            // hatte sich Betriebsratschef X mit Y getroffen. Die dritte Runde soll …`.)
            let held_by_others = |prev: &&EventSpan| {
                negotiators.is_some_and(|(u, m, _)| !prev.participants.contains(&u) && !prev.participants.contains(&m))
            };
            if let (true, Some(_), Some((u, m, _))) = (sequel, talks_before.filter(held_by_others), negotiators) {
                orgs.clear();
                countries.clear();
                persons.clear();
                join(&mut persons, [u, m]);
            } else if let Some(prev) = talks_before.filter(|_| sequel) {
                let is_person = |p: &usize| found.ents[*p].kind == EntityType::Person;
                let sides: Option<Vec<usize>> = if prev.participants.iter().any(is_person) {
                    // Persons stand for their countries, when each has its own;
                    // else they sit at the table again themselves.
                    let countries: Option<Vec<usize>> = prev
                        .participants
                        .iter()
                        .map(|&p| {
                            let iso = found.ents[p].country.as_ref()?;
                            (0..found.ents.len()).find(|&c| {
                                found.ents[c].kind == EntityType::Place
                                    && found.ents[c].country.as_ref() == Some(iso)
                                    && is_country(&found.ents[c])
                            })
                        })
                        .collect();
                    // (Talks, or persons who met (not called) in the three sentences before:
                    // `Zum Auftakt hatten sich X und Y in Hagen getroffen, die zweite
                    // Runde fand in Iserlohn statt`.)
                    let near = doc.tokens[prev.trigger].sentence + 3 >= si && prev.kind == EventType::Meeting;
                    countries.or_else(|| {
                        ((is_talks(prev) || near) && prev.participants.iter().all(|p| found.ents[*p].country.is_none()))
                            .then(|| prev.participants.clone())
                    })
                } else {
                    Some(prev.participants.clone())
                };
                if let Some(mut sides) = sides {
                    sides.dedup();
                    if sides.len() == prev.participants.len() {
                        orgs.clear();
                        countries.clear();
                        persons.clear();
                        join(&mut persons, sides);
                    }
                }
            }
            // (`Die erste Runde hatte am 14. Januar in Bad Bevensen stattgefunden`
            // far from any talks told with names: the negotiators of the report.)
            // (Not in the headline, which tells the round the report tells again;
            // and only a round the sentence dates, not one spoken of in passing.)
            let dated_here = times.iter().any(|x| x.first >= sent.first && x.last <= sent.last && x.value.is_some());
            if sequel && persons.is_empty() && orgs.len() < 2 && sent.first >= body && dated_here {
                if let Some((u, m, _)) = negotiators {
                    orgs.clear();
                    countries.clear();
                    join(&mut persons, [u, m]);
                }
            }
            // (`Ein weiteres Treffen ist für Anfang Dezember am Rande des Ministerrats
            // der OSZE auf Malta geplant`, with no one named: another meeting of the
            // persons who met last, not of the body whose gathering frames it.)
            let another =
                s(t) == "treffen" && t > 0 && matches!(s(t - 1), "weiteres" | "weiteren") && persons.is_empty();
            if another {
                let is_person = |p: &usize| found.ents[*p].kind == EntityType::Person;
                if let Some(prev) =
                    events.iter().rev().find(|e| e.participants.len() >= 2 && e.participants.iter().all(is_person))
                {
                    orgs.clear();
                    countries.clear();
                    join(&mut persons, prev.participants.iter().copied());
                }
            }
            // (`Für den 4. November ist die nächste Verhandlungsrunde angesetzt, dann
            // will auch X mit am Tisch sitzen`: the parties of the talks before, and X.)
            // (Also `Zur zweiten Runde kamen erstmals auch X und Y hinzu`, `ein zweites
            // Treffen, an dem zusätzlich X teilnahm`.)
            let next_round = (s(t).ends_with("runde") || s(t) == "treffen")
                && t > 0
                && matches!(
                    s(t - 1),
                    "nächste"
                        | "nächsten"
                        | "weitere"
                        | "weiteres"
                        | "neue"
                        | "neuen"
                        | "zweite"
                        | "zweiten"
                        | "zweites"
                        | "dritte"
                        | "dritten"
                        | "drittes"
                        | "vierte"
                        | "vierten"
                        | "viertes"
                )
                && !persons.is_empty()
                && (sent.first..sent.last).any(|j| matches!(s(j), "auch" | "zusätzlich" | "zusaetzlich"));
            if next_round {
                if let Some(prev) = events.iter().rev().find(|e| e.participants.len() >= 2 && is_talks(e)) {
                    let joining = std::mem::take(&mut persons);
                    join(&mut persons, prev.participants.iter().copied());
                    join(&mut persons, joining);
                }
            }
            // `Am Ende stand die Zusage, am Dienstag weiterzuverhandeln`, with no
            // one named: the parties of the talks before.
            // (Likewise `die Vereinbarung, einander am 3. Dezember erneut zu treffen`.)
            let again = doc.tok(t).starts_with(char::is_lowercase)
                && (from..to).any(|j| s(j) == "einander")
                && (from..to).any(|j| matches!(s(j), "erneut" | "wieder"));
            // (Of the talks before, the latest round or negotiation: `Weiterverhandelt
            // werden soll am 27. März` after a mayor's talk with one side.)
            if (s(t).starts_with("weiter") || again) && persons.is_empty() && orgs.is_empty() {
                let prev = if s(t).starts_with("weiter") {
                    talks_before
                } else {
                    events.iter().rev().find(|e| e.participants.len() >= 2)
                };
                if let Some(prev) = prev {
                    join(&mut persons, prev.participants.iter().copied());
                }
            }
            // (`Nach einem Vieraugengespräch lobte X …` after `X empfing Y`: the talk
            // of the meeting just told, with the one X met there.)
            let talk_noun = s(t).ends_with("gespräch") && doc.tok(t).starts_with(char::is_uppercase);
            if talk_noun && persons.len() == 1 && orgs.is_empty() && t > 0 && matches!(s(t - 1), "einem" | "dem") {
                let met = events.iter().rev().take(3).find(|e| {
                    e.participants.len() == 2
                        && e.participants.contains(&persons[0])
                        && doc.tokens[e.trigger].sentence + 3 >= si
                        && !told_earlier(doc, e)
                });
                if let Some(e) = met {
                    join(&mut persons, e.participants.iter().copied());
                }
            }
            let participants = if persons.len() == 1 && !partner_orgs.is_empty() {
                // `… wo er mit Vertretern der EU-Kommission zusammenkommt`.
                persons.extend(partner_orgs);
                persons
            } else if persons.is_empty() {
                if !orgs.is_empty() {
                    orgs.extend(org_roles.into_iter().filter(|o| !orgs.contains(o)).collect::<Vec<_>>());
                }
                orgs.extend(countries);
                // `verhandelten die Delegationen beider Länder`: the two countries
                // the article is about; `der Regierungschefs der drei Länder`: three.
                let counted = (from..to).find_map(|j| countries_counted(&s, j));
                if let Some(n) = counted.filter(|_| orgs.is_empty()) {
                    orgs = listed_countries(doc, found, &mentions, from, n)
                        .unwrap_or_else(|| top_countries(found, &mentions, n));
                }
                orgs
            } else {
                persons
            };
            // `die Gespräche fortzusetzen` with one party known: a reference
            // to talks told before, not an event of its own.
            let definite = t > 0 && matches!(s(t - 1), "der" | "die" | "das" | "den" | "dem" | "des");
            if participants.len() == 1 && definite && !verb {
                continue;
            }
            // `Überschattet wurde das Treffen von …`: the meeting of the same parties
            // told before, when the clause gives no day of its own.
            let own_time = times.iter().any(|x| x.first >= from && x.last <= to && x.value.is_some());
            let retold = |e: &EventSpan| participants.iter().all(|p| e.participants.contains(p));
            if definite && !verb && !own_time && participants.len() >= 2 && events.iter().any(retold) {
                continue;
            }
            // `X sprach mit Y über …` after their meeting was told: what they talked about.
            let talk = TALK.contains(&s(t));
            // (Told before: on the same day, or with no day of its own; `wollen am
            // Freitag erneut mit X verhandeln` is a new meeting.)
            let own_day = times
                .iter()
                .find(|x| x.first >= from && x.last <= to)
                .and_then(|x| x.value.as_deref().and_then(as_date));
            let told = |e: &EventSpan| {
                participants.iter().all(|p| e.participants.contains(p))
                    && own_day.as_ref().is_none_or(|d| d.len() == 10 && e.date.as_ref() == Some(d))
            };
            // (Unless they talked `unter vier Augen`, leaving the others out.)
            // (Nor when two of a larger round talk on its margins: `X und Y tauschten
            // sich am Rande der Sitzung aus`.)
            let private = held_apart(&s, from, to, t);
            // (Nor when two of a larger round had talked before it: `Bereits vor
            // Beginn der Konferenz hatte X mit Y … gesprochen`.)
            let before_round = || {
                (crate::times::told_as_earlier(lower, sent.first, sent.last)
                    || (from..to)
                        .any(|j| matches!(s(j), "zuvor" | "vorher") || (s(j) == "vor" && s(j + 1) == "beginn")))
                    && crate::times::is_pluperfect(lower, sent.first, sent.last)
                    && events.iter().any(|e| told(e) && e.participants.len() > participants.len())
            };
            if talk && (participants.len() < 2 || (events.iter().any(told) && !private && !before_round())) {
                continue;
            }
            // An invitation is dated by the visit it asks for: its sentence or the
            // two after it (`… lud X ein. Die Reise soll im Oktober stattfinden.`).
            if kind == EventType::Invitation {
                // (The visit may be told two sentences on: `Lima nahm die Einladung an. Der Besuch soll …`.)
                let next = doc.sentences.iter().skip(si + 1).take(2).find(|x| {
                    (x.first..x.last).any(|j| {
                        let w = s(j);
                        w.starts_with("besuch") || w.starts_with("reise") || matches!(w, "stattfinden" | "geplant")
                    })
                });
                // `hatte X im Mai eingeladen. Der Besuch soll im September
                // stattfinden.`: the sentence about the visit dates it first.
                let dated_in = |a: usize, b: usize| {
                    times
                        .iter()
                        .filter(|x| x.first >= a && x.last <= b)
                        .find_map(|x| x.value.as_deref().and_then(as_date))
                };
                // (Unless the invitation names its day: `lud X für Anfang März ein`.)
                let named = times
                    .iter()
                    .filter(|x| x.first >= sent.first && x.last <= sent.last && s(x.first) == "für")
                    .find_map(|x| x.value.as_deref().and_then(as_date));
                let date = named
                    .or_else(|| next.and_then(|x| dated_in(x.first, x.last)))
                    .or_else(|| dated_in(sent.first, sent.last));
                // The place the guest is asked to: `nach Neu-Delhi`.
                let destination = mentions
                    .iter()
                    .filter(|m| in_region(m) && m.0 > 0 && s(m.0 - 1) == "nach" && m.3 == MentionKind::Name)
                    .find(|m| found.ents[m.2].kind == EntityType::Place)
                    .map(|m| m.2);
                let place = destination.or(place.map(|(p, _)| p));
                // Accepted or planned (`sagte zu`, `nahm die Einladung an`,
                // `soll im Oktober stattfinden`): a visit is scheduled.
                let end = doc.sentences.get(si + 1).map_or(sent.last, |x| x.last);
                let accepted = (sent.first..end).any(|j| {
                    matches!(s(j), "zugesagt" | "angenommen" | "stattfinden" | "geplant")
                        || (matches!(s(j), "sagte" | "sagten") && (j + 1..end).any(|k| s(k) == "zu"))
                        || (matches!(s(j), "nahm" | "nahmen") && (j + 1..j + 5).any(|k| s(k).starts_with("einladung")))
                });
                let kind = if accepted { EventType::Visit } else { kind };
                // `Stammler nahm die Einladung an`: the one who accepts is the guest.
                let mut participants = participants;
                let guest = doc.sentences.get(si + 1).filter(|_| accepted).and_then(|x| {
                    mentions
                        .iter()
                        .find(|m| m.0 == x.first && found.ents[m.2].kind == EntityType::Person)
                        .map(|m| m.2)
                        .filter(|_| (x.first..x.last).any(|j| s(j).starts_with("einladung") || s(j) == "zu"))
                });
                if let Some(g) = guest.filter(|g| !participants.contains(g)) {
                    // The host: the subject of `lud` (`lud Krishnamurthy …`, `Pak lud …`).
                    let host = mentions
                        .iter()
                        .find(|m| m.0 == t + 1 && found.ents[m.2].kind == EntityType::Person)
                        .or_else(|| {
                            mentions
                                .iter()
                                .rev()
                                .find(|m| m.0 >= from && m.1 <= t && found.ents[m.2].kind == EntityType::Person)
                        })
                        .map(|m| m.2);
                    participants = host.into_iter().chain(std::iter::once(g)).collect();
                }
                events.push(evidence(kind, participants, place, date));
                continue;
            }
            // The date: a time in the region, else in the sentence; the nearest to the trigger.
            // (Not one in the clause of a later event: `Dort will er mit X sprechen,
            // am Donnerstag besucht er Y`.)
            let later_clause = |x: &&TimeExpr| kept.get(ti + 1).is_some() && x.first >= to;
            // (`im Anschluss an das Treffen`: the day of the latest event told with
            // that noun in its sentence, before any day named in between.)
            // (Not `vor dem Besuch`: some time before it.)
            let before_it = |j: usize| (j.saturating_sub(4)..j).any(|k| s(k) == "vor");
            let named_event = (from..to).filter(|&j| anchor(&s, j) && !before_it(j)).find_map(|j| {
                let stem: String = s(j).chars().take(5).collect();
                events.iter().rev().filter(|e| e.date.is_some()).find(|e| {
                    let x = &doc.sentences[doc.tokens[e.trigger].sentence];
                    (x.first..x.last).any(|k| s(k).starts_with(&stem))
                })
            });
            // `Am Abend …`, `am Vormittag`: a part of a day, of the day told before.
            let day_part = (from..to).any(|j| s(j) == "am" && DAY_PARTS.contains(&s(j + 1)));
            let date = times
                .iter()
                .filter(|x| x.first >= sent.first && x.last <= sent.last && x.value.is_some())
                // (`…, das seit Februar angewendet wird`: since when, not when it
                // happened; but `seit Anfang April, als ein Treffen …` dates that meeting.)
                .filter(|x| !later_clause(x) && (s(x.first) != "seit" || (s(x.last) == "," && s(x.last + 1) == "als")))
                // (Nor one in what they talk about: `über ein weiteres Gastspiel im
                // kommenden Jahr beraten`.)
                .filter(|x| {
                    !(x.first.saturating_sub(6).max(sent.first)..x.first)
                        .rev()
                        // (Up to a verb: `Die Vereinbarung über ein Gemeinschaftsunternehmen
                        // wurde gestern unterzeichnet` names the day.)
                        .take_while(|&j| !matches!(s(j), "," | "mit") && !AUXILIARIES.contains(&s(j)))
                        .any(|j| s(j) == "über")
                })
                // (Not one of a relative clause after the trigger: `verhandelt, das nun
                // bis zum Sommer unterschriftsreif sein soll`.)
                .min_by_key(|x| {
                    let inside = x.first >= from && x.last <= to;
                    let relative = x.first > t
                        && (t..x.first).any(|j| {
                            s(j) == ","
                                && matches!(s(j + 1), "das" | "die" | "der" | "dem" | "den" | "welches" | "welche")
                        });
                    (!inside, relative, x.first.abs_diff(t))
                })
                .and_then(|x| x.value.as_deref().and_then(as_date))
                // `Am Rande des Treffens`: the day of the largest meeting told
                // (unless the sentence names a time of its own: `Im vergangenen
                // Herbst … am Rande der Weltklimakonferenz`).
                .or_else(|| {
                    let own_time =
                        times.iter().any(|x| x.first >= sent.first && x.last <= sent.last && x.value.is_some());
                    // (From the sentence's start: `Am Rande des Treffens kam X mit Y zu
                    // einem Gespräch zusammen`, whose clause begins after `Treffens`.)
                    // (Not a gathering first named here: `am Rande eines Wirtschaftsforums`.)
                    let margins = !own_time
                        && (sent.first..to).any(|j| {
                            s(j) == "rande"
                                && (j + 2 < to)
                                && !matches!(s(j + 1), "eines" | "einer")
                                && (anchor(&s, j + 2)
                                    || is_gathering(s(j + 2))
                                    // (`am Rande der G7-Runde`.)
                                    || s(j + 2).ends_with("runde")
                                    // (`Am Rande der Zeremonie`: the signing told before.)
                                    || matches!(s(j + 2), "zeremonie" | "unterzeichnung" | "feier" | "festakt"))
                        });
                    margins
                        .then(|| {
                            events
                                .iter()
                                .filter(|e| e.date.is_some())
                                .max_by_key(|e| (e.participants.len(), e.start))
                                .and_then(|e| e.date.clone())
                        })
                        .flatten()
                })
                .or_else(|| named_event.and_then(|e| e.date.clone()))
                // No date in the sentence: the last one of the three sentences
                // before it, a day later after `Tags darauf` (unless the
                // sentence names a time of its own that is no day or month:
                // `sollen im Frühjahr fortgesetzt werden`).
                .or_else(|| {
                    // (Also a day the article date cannot resolve: `Am Samstag` in an
                    // undated article is no day of the sentences before.)
                    let own = times.iter().any(|x| {
                        x.first >= sent.first
                            && x.last <= sent.last
                            && x.first > 0
                            && s(x.first) != "seit"
                            // (`an der derzeit 120 Studierende eingeschrieben sind`: now, no time of the event.)
                            && !matches!(s(x.first), "derzeit" | "zurzeit" | "aktuell" | "gegenwärtig" | "inzwischen")
                            && x.value.as_deref().and_then(as_date).is_none()
                            // (Not one of a main clause after: `…; eine Einigung wird bis
                            // zum Herbst erwartet`.)
                            && !(t..x.first).any(|j| s(j) == ";")
                            // (Nor one of a relative clause: `von X empfangen, die einen Teil
                            // der Ausstellung im Sommer übernehmen will`.)
                            && relative_clause_of(&s, doc, x.first).is_none_or(|r| r.contains(&t))
                    });
                    // (`Zuvor will X nach Moskau reisen`: some time before, on no day told.)
                    let earlier = (from..to).any(|j| matches!(s(j), "zuvor" | "davor" | "vorher"));
                    // (`hatte sich vor dem Besuch in einem Telefonat mit Y abgestimmt`:
                    // before the event, on no day told.)
                    let before_event = (sent.first..sent.last).any(|j| before_event_at(&s, j));
                    if own
                        || before_event
                        || (earlier
                            && doc.tok(t).starts_with(char::is_lowercase)
                            && !crate::times::is_past_clause(lower, from, to))
                    {
                        return None;
                    }
                    let pluperfect = crate::times::is_pluperfect(lower, from, to);
                    // (`Im Kanzleramt kam der Gast am Nachmittag mit X zusammen` after a
                    // call told in the pluperfect: the day of the latest event told in the
                    // past, not of the background. `Parallel berieten …`: at the time of
                    // the event just told.)
                    let told_back = |e: &EventSpan| {
                        let y = &doc.sentences[doc.tokens[e.trigger].sentence];
                        crate::times::is_pluperfect(lower, y.first, y.last)
                    };
                    // (Also `derweil`, `unterdessen`: meanwhile.)
                    if (from..to).any(|j| {
                        matches!(
                            s(j),
                            "parallel" | "gleichzeitig" | "zeitgleich" | "derweil" | "unterdessen" | "währenddessen"
                        )
                    }) {
                        // (The day of the sentence just before, when it names one: `Am
                        // Donnerstagnachmittag besichtigte die Delegation … X tauschte sich
                        // derweil mit Y aus`; else of the event just told.)
                        // (Not a meeting told as earlier: `Sie hatten sich bereits im
                        // September in New York getroffen. … Parallel dazu trafen sich …`.)
                        // (Not a time of what someone said: `Gfeller verwies darauf, dass
                        // der Bundesrat erst im September … gesprochen habe. Parallel dazu
                        // trafen sich X und Y` is on the day of the talks.)
                        let just_before = prev_sentence
                            .filter(|p| !crate::times::told_as_earlier(lower, p.first, p.last))
                            .and_then(|p| {
                                times
                                    .iter()
                                    .filter(|x| x.first >= p.first && x.last <= p.last)
                                    .filter(|x| !(p.first..x.first).any(|j| s(j) == "dass"))
                                    .find_map(|x| x.value.as_deref().and_then(as_date))
                            });
                        if let Some(d) = just_before.or_else(|| {
                            events
                                .iter()
                                .rev()
                                .find(|e| e.participants.len() >= 2 && !told_earlier(doc, e))
                                .and_then(|e| e.date.clone())
                        }) {
                            return Some(d);
                        }
                    }
                    let last_told = events.iter().rev().find(|e| e.participants.len() >= 2);
                    if day_part && !pluperfect && last_told.is_some_and(&told_back) {
                        let told = events
                            .iter()
                            .rev()
                            .filter(|e| e.date.as_ref().is_some_and(|d| d.len() == 10))
                            .find(|e| !told_back(e));
                        if let Some(e) = told {
                            return e.date.clone();
                        }
                    }
                    // (`Dort ist ein Treffen mit X vereinbart`: a state now, of a meeting ahead.)
                    let told_past = crate::times::is_past_clause(lower, from, to)
                        && !(from..to).any(|j| matches!(s(j), "ist" | "sind" | "wird" | "werden"));
                    let next_day = (sent.first..sent.last).any(|j| {
                        (s(j) == "tags" && s(j + 1) == "darauf")
                            || (matches!(s(j), "folgenden" | "nächsten") && s(j + 1) == "tag")
                    });
                    // (The event told in the sentence just before, by the same parties,
                    // goes on: its day, or none when it has none — `… telefonierte X im
                    // Anschluss an das Treffen. Die beiden berieten …`; `Am Samstag kam X
                    // mit Y zusammen. Die beiden vereinbarten …` in an undated article.)
                    if !next_day {
                        let same_parties = |e: &&EventSpan| {
                            participants.len() >= 2 && participants.iter().all(|p| e.participants.contains(p))
                        };
                        // (Not one told as earlier: `Kennengelernt hatten sich die beiden im
                        // September 2025 in New York. Nach einem Vieraugengespräch …`.)
                        if let Some(e) = events
                            .last()
                            .filter(|e| doc.tokens[e.trigger].sentence + 1 == si)
                            .filter(same_parties)
                            .filter(|e| {
                                let y = &doc.sentences[doc.tokens[e.trigger].sentence];
                                pluperfect
                                    || !(told_earlier(doc, e) && (y.first..y.last).any(|j| s(j) == "kennengelernt"))
                            })
                        {
                            return e.date.clone();
                        }
                    }
                    // `Tags darauf` counts from the last day named (of the
                    // article, else of the three sentences before).
                    let window = if next_day { 0 } else { doc.sentences[si.saturating_sub(3)].first };
                    let last = times
                        .iter()
                        .rev()
                        // (`Seit dem 1. Jänner …` says since when, not when; so does a
                        // clause `…, seit die beiden Städte im Mai 2024 … unterzeichnet haben`.)
                        // (Nor `ab September`, `bis 2030`: from or until when, not when.)
                        .filter(|x| {
                            x.last <= sent.first && x.first >= window && !matches!(s(x.first), "seit" | "ab" | "bis")
                        })
                        // (A part of a day is of a day or a week, not of a month: `…
                        // im Februar 2023 … Bereits am Vormittag hatte X …`.)
                        .filter(|x| !day_part || x.value.as_deref().is_none_or(|v| v.len() != 7) || names_day(&s, x))
                        .filter(|x| !in_since_clause(&s, doc, x.first))
                        // (`Vorbereitet hatte er die Runde in einem Telefonat …`: a
                        // pluperfect was before the day the article calls today.)
                        .filter(|x| !(pluperfect && x.value.is_some() && x.value == today))
                        // (Nor one of a relative clause, which tells about something else:
                        // `… die Schau, die am 6. Juni eröffnet werden soll. Anschließend
                        // verhandelten X und Y`.)
                        .filter(|x| relative_clause_of(&s, doc, x.first).is_none())
                        // (Nor, for a clause told in the past, a time of a sentence that
                        // only looks ahead: `Laut X sollen bereits im Oktober die ersten
                        // Studierenden kommen. Im Museum tauschte sich Y anschließend …`.)
                        .filter(|x| {
                            let y = &doc.sentences[doc.tokens[x.first].sentence];
                            !(told_past && crate::times::looks_ahead(lower, y.first, y.last))
                        })
                        // (Nor, outside the pluperfect, a time of a meeting told as
                        // earlier: `hatten sich bereits im Januar in Prag getroffen. Am
                        // Abend kamen die beiden … zusammen`.)
                        .filter(|x| {
                            let y = &doc.sentences[doc.tokens[x.first].sentence];
                            pluperfect
                                || (sent.first..sent.last).any(|j| s(j) == "damals")
                                || !crate::times::told_as_earlier(lower, y.first, y.last)
                        })
                        // (Nor, two sentences back or more or in the paragraph before, where
                        // someone already was: `Der Gast war bereits am Vorabend gelandet.
                        // Kennengelernt … Nach einem Vieraugengespräch …`.)
                        .filter(|x| pluperfect || !arrived_before(doc.tokens[x.first].sentence))
                        // (Nor, outside the pluperfect, a time years before the article's:
                        // `Die Urkunde war im Mai 2015 unterzeichnet worden. Am Abend
                        // empfing X die Besucher` is this year's evening.)
                        .filter(|x| {
                            pluperfect
                                || !years_before(x.value.as_deref(), today.as_deref())
                                || (sent.first..sent.last).any(|j| s(j) == "damals")
                        })
                        // (Nor is a day of what was before a journey the day of what is
                        // told after it: `Vor seiner Abreise hatte X am Freitag mit Y
                        // telefoniert. … führte Z in Hanoi Gespräche`.)
                        .filter(|x| {
                            let y = &doc.sentences[doc.tokens[x.first].sentence];
                            pluperfect || !(y.first..x.first).any(|j| before_event_at(&s, j))
                        })
                        // (`Am Donnerstag traf X in Seoul ein. Am Abend …` in an undated
                        // article: the nearest day is one the article date cannot
                        // resolve, not a day named before it.)
                        .map_while(|x| match x.value.as_deref() {
                            None if unresolved_day(&s, x) => None,
                            v => Some(v.and_then(as_date)),
                        })
                        .flatten()
                        .find(|v| !next_day || v.len() == 10)?;
                    if next_day {
                        day_shifted(&last, 1)
                    } else {
                        Some(last)
                    }
                });
            // The last city named in a span of tokens, by a mention that `ok` accepts.
            let city_in = |a: usize, b: usize, ok: &dyn Fn(&MentionAt) -> bool| {
                mentions
                    .iter()
                    .rev()
                    .filter(|m| m.0 >= a && m.1 <= b && ok(m))
                    .find(|m| found.ents[m.2].kind == EntityType::Place && !is_country(&found.ents[m.2]))
                    .map(|m| (m.2, true))
            };
            let dort = (from..to).find(|&j| s(j) == "dort");
            // (`nach Prag reisen und dort mit X sprechen`: the place just travelled to.)
            if let Some(d) = dort.filter(|_| place.is_none()) {
                place = city_in(sent.first, d, &|m| m.0 > 0 && s(m.0 - 1) == "nach");
            }
            // `Dort will sie … zusammenkommen`: the place named in the sentence before.
            if let Some(prev) = prev_sentence.filter(|_| place.is_none() && dort.is_some()) {
                place = city_in(prev.first, prev.last, &|m| m.3 == MentionKind::Name);
            }
            // `reiste nach Kopenhagen weiter, wo er … zusammentrifft`: the place of the clause before.
            // (Also a trigger inside that clause: `Letzte Station ist am Sonntag
            // Manila, wo ein Treffen mit X geplant ist`.)
            let wo = (from..t).rev().find(|&j| s(j) == "," && s(j + 1) == "wo");
            if let Some(w) = wo.filter(|_| place.is_none()) {
                place = city_in(sent.first, w, &|m| m.3 == MentionKind::Name);
            }
            // (`will X nach München kommen, ein weiteres Treffen mit Y ist vereinbart`:
            // the place travelled to in the clause before.)
            if place.is_none()
                && from > sent.first
                && s(from) == ","
                && (sent.first..from).any(|j| JOURNEY.contains(&s(j)))
            {
                place = city_in(sent.first, from, &|m| m.0 > 0 && s(m.0 - 1) == "nach");
            }
            // `Am Abend empfing …`, `Nach dem Gespräch mit X …`, `Anschließend …`:
            // the day of the event told before.
            // (`Am Nachmittag fuhr X nach Tema. Dort sprach sie mit Y`: the sentence
            // before went on from the day told.)
            let part_of_day_at = |j: usize| {
                matches!(s(j), "am" | "im")
                    && (DAY_PARTS.contains(&s(j + 1)) || matches!(s(j + 1), "rande" | "anschluss"))
            };
            let there_after =
                s(sent.first) == "dort" && prev_sentence.is_some_and(|p| (p.first..p.last).any(&part_of_day_at));
            // (`Die dritte Runde findet am 27. März in Bern statt. Dann sollen X
            // und Y erneut …`: then, at that event.)
            let then = s(sent.first) == "dann" && from == sent.first;
            let sequel = there_after
                || then
                || (from..to).any(|j| {
                    // (`Bei einem Abendessen …`: the evening of the day told.)
                    (MEALS.contains(&s(t)) && j == t)
                        || matches!(
                            s(j),
                            "anschließend"
                                | "anschließenden"
                                | "anschliessenden"
                                | "anschliessend"
                                | "danach"
                                | "später"
                                | "dabei"
                                | "parallel"
                                | "gleichzeitig"
                                | "zeitgleich"
                        )
                        || (s(j) == "zuvor" && crate::times::is_past_clause(lower, from, to))
                        || part_of_day_at(j)
                        // (`Am selben Tag kamen auch X und Y zusammen`.)
                        || (matches!(s(j), "selben" | "gleichen") && s(j + 1) == "tag")
                        || (anchor(&s, j) && !before_it(j))
                });
            // (Not when the sentence names a time that is no day or month:
            // `Im vergangenen Herbst … am Rande der Weltklimakonferenz`.)
            let vague_own = times.iter().any(|x| {
                x.first >= sent.first
                    && x.last <= sent.last
                    && x.value.as_deref().is_some_and(|v| as_date(v).is_none())
                    && s(x.first) != "seit"
            });
            // (`Bereits am Vortag war X am Rande der Konferenz mit Y zusammengekommen`:
            // the day before the largest meeting told, not before the day named last.)
            let eve_of_largest = (from..to).any(|j| s(j) == "vortag")
                && (from..to).any(|j| s(j) == "rande" && matches!(s(j + 1), "der" | "des") && is_gathering(s(j + 2)));
            let largest_day = || {
                events
                    .iter()
                    .filter(|e| e.participants.len() >= 3)
                    .max_by_key(|e| (e.participants.len(), e.start))
                    .and_then(|e| e.date.as_deref())
                    .and_then(|d| day_shifted(d, -1))
            };
            let date = if eve_of_largest { largest_day().or(date) } else { date };
            // `Bei dieser Gelegenheit war sie erstmals mit X zusammengetroffen`: at
            // the event of the sentence before, even one told as earlier.
            let occasion = (from..to).any(|j| {
                s(j) == "bei" && matches!(s(j + 1), "dieser" | "jener") && s(j + 2).starts_with("gelegenheit")
            });
            let occasion =
                occasion.then(|| events.iter().rev().find(|e| doc.tokens[e.trigger].sentence + 1 == si)).flatten();
            let date = match occasion.filter(|_| !own_time) {
                Some(e) => e.date.clone(),
                None => date,
            };
            let date = date.or_else(|| {
                (sequel && !vague_own)
                    .then(|| {
                        // (Not past an event on a day the article date cannot
                        // resolve: `Am Donnerstag traf X in Seoul ein … Am Abend …`
                        // in an undated article.)
                        let unresolved = |e: &&EventSpan| {
                            let y = &doc.sentences[doc.tokens[e.trigger].sentence];
                            times.iter().any(|x| x.first >= y.first && x.last <= y.last && unresolved_day(&s, x))
                        };
                        named_event.and_then(|e| e.date.clone()).or_else(|| {
                            // (Nor one told in a clause of since when: `…, seit die beiden
                            // Städte im Mai 2024 einen Vertrag unterzeichnet haben`.)
                            // (Nor one told as earlier: `Die beiden hatten sich im März
                            // getroffen. … sprach die Ministerin anschließend mit X`.)
                            // (Nor an arrival told two sentences back or more, or in the
                            // paragraph before: `X war bereits am Vorabend eingetroffen. …
                            // Am Nachmittag kam X mit Y zusammen`.)
                            let mut told = events
                                .iter()
                                .rev()
                                .filter(|e| !in_since_clause(&s, doc, e.trigger) && !told_earlier(doc, e))
                                .filter(|e| !arrived_before(doc.tokens[e.trigger].sentence))
                                .filter(|e| e.date.is_some() || unresolved(e));
                            // (A part of a day is of an event told by its day, when
                            // one is: `… am Freitag … im Februar 2023 … Bereits am
                            // Vormittag hatte X …` goes back past the month.)
                            // (A day the article date cannot resolve is a day too.)
                            // (Nor a day still ahead: `reist am Dienstag an die Grenze. …
                            // vergangene Woche … Am Nachmittag …` stays in that week.)
                            let ahead = |d: &str| today.as_deref().is_some_and(|t| d > t);
                            let by_day =
                                |e: &&EventSpan| e.date.as_ref().map_or(unresolved(e), |d| d.len() == 10 && !ahead(d));
                            match day_part.then(|| told.clone().find(by_day)).flatten() {
                                Some(e) => e.date.clone(),
                                None => told.next().and_then(|e| e.date.clone()),
                            }
                        })
                    })
                    .flatten()
            });
            // A meeting without a place: after `Anschließend …` the place of the
            // event before, else the dateline's (`Peking. …`).
            // (A city of the events just before rather than a country: `Staatsbesuch in der Schweiz`.)
            let before = sequel
                .then(|| {
                    // (Not the place of a visit only promised: `nahm die Einladung zu
                    // einem Gegenbesuch in Seoul an. Am Abend …` is still here.)
                    // (Nor of one told as earlier: `hatten sich bereits im Februar in
                    // Brasília getroffen. Am Mittag kam X mit Y zusammen`.)
                    // (But `Für März ist ein Gegenbesuch in Berlin vereinbart. Dabei soll
                    // X auch Y treffen`: at that visit.)
                    let at_that = matches!(s(sent.first), "dabei" | "dort");
                    // (Nor of one planned for later: `… vereinbart, sich im Juli in Riad
                    // zu treffen. Heute traf X am Rande der Konferenz Y`.)
                    let later = |e: &EventSpan| match (e.date.as_deref(), date.as_deref()) {
                        (Some(a), Some(b)) => !a.starts_with('X') && a > &b[..a.len().min(b.len())],
                        _ => false,
                    };
                    // (Nor of one years before the article: `Die Urkunde war im Mai 2015
                    // in Klatovy unterzeichnet worden. Am Abend empfing X die Besucher`.)
                    let held = |e: &&EventSpan| {
                        (at_that || s(e.trigger) != "gegenbesuch")
                            && !told_earlier(doc, e)
                            && !later(e)
                            && !years_before(e.date.as_deref(), today.as_deref())
                    };
                    let recent = events.iter().rev().filter(held).take(3);
                    recent
                        .clone()
                        .find_map(|e| e.place.filter(|&p| !is_country(&found.ents[p])))
                        .or_else(|| events.iter().rev().find(held).and_then(|e| e.place))
                })
                .flatten();
            // A call or a video conference has no one place (`mit dem Botschafter in Berlin telefoniert`).
            let remote = kind == EventType::Call || (from..to).any(|j| s(j).starts_with("video"));
            // `X will nach Moskau reisen, um mit Y … zu sprechen`: X meets Y there.
            let mut participants = participants;
            let mut destination = None;
            if s(from) == "um" || (from > 0 && s(from - 1) == "um") {
                for m in mentions.iter().filter(|m| (sent.first..from).contains(&m.0) && !quoted(m.0)) {
                    let ent = &found.ents[m.2];
                    if ent.kind == EntityType::Person && !participants.contains(&m.2) {
                        participants.insert(0, m.2);
                    } else if ent.kind == EntityType::Place && m.0 > 0 && s(m.0 - 1) == "nach" {
                        destination = Some(m.2);
                    }
                }
            }
            // The places named after `in` in the sentence before (`… wird in Berlin erwartet`).
            let places_in_prev = || {
                mentions.iter().filter(move |m| {
                    prev_sentence.is_some_and(|prev| (prev.first..prev.last).contains(&m.0))
                        && m.0 > 0
                        && s(m.0 - 1) == "in"
                        && found.ents[m.2].kind == EntityType::Place
                })
            };
            // (`X wird in Berlin erwartet. Am Mittwoch ist ein Treffen mit Y
            // geplant`: where the one expected comes to, named last.)
            let expected = prev_sentence.is_some_and(|prev| (prev.first..prev.last).any(|j| s(j) == "erwartet"));
            let expected_at = places_in_prev().rfind(|_| expected).map(|m| m.2);
            // (`… will X an einer Konferenz in Genf teilnehmen. Am Rande ist ein
            // Treffen mit Y geplant`: at the gathering just named.)
            let margin_of_named = (from..to).any(|j| s(j) == "rande" && !matches!(s(j + 1), "der" | "des"));
            let margin_at =
                places_in_prev().find(|m| margin_of_named && m.0 > 1 && is_gathering(s(m.0 - 2))).map(|m| m.2);
            let place = if remote {
                None
            } else {
                place
                    .map(|(p, _)| p)
                    .or(destination)
                    .or(occasion.and_then(|e| e.place))
                    .or(expected_at)
                    .or(margin_at)
                    .or(before)
                    .or(if kind == EventType::Meeting { dateline } else { None })
            };
            // `Es folgten Gespräche mit A und mit B`: a talk with each, led by
            // whoever led the events before.
            let with_each = follows
                && participants.len() >= 2
                && (from..to).filter(|&j| s(j) == "mit").count() >= participants.len()
                && participants.iter().all(|&p| found.ents[p].kind == EntityType::Person);
            let lead = with_each.then(|| lead_before(&events, found, None, &participants)).flatten();
            if let Some(lead) = lead {
                for &p in &participants {
                    events.push(evidence(kind, vec![lead, p], place, date.clone()));
                }
                continue;
            }
            // (`eine Arbeitsgruppe einzurichten, die seither dreimal getagt hat`: the
            // body of the relative clause met, not the parties named before it.)
            if matches!(s(t), "tagte" | "tagten" | "getagt" | "tagt" | "tagen") {
                if let Some(r) = relative_clause_of(&s, doc, t) {
                    if !mentions.iter().any(|m| r.contains(&m.0) && found.ents[m.2].kind != EntityType::Place) {
                        continue;
                    }
                }
            }
            // `Chinas Vizepremier besucht Sachsen`: the place visited is where, not whom.
            if kind == EventType::Visit {
                participants.retain(|&p| found.ents[p].kind != EntityType::Place);
                // (`reiste eine Delegation von X unter der Leitung von Y nach Thun`:
                // Y travels for X; the company is no second party.)
                let sent_by = |p: usize| {
                    mentions.iter().any(|m| {
                        m.2 == p
                            && m.0 >= sent.first + 2
                            && m.1 <= sent.last
                            && matches!(s(m.0 - 1), "von" | "der" | "des")
                            && s(m.0 - 2).starts_with("delegation")
                    })
                };
                if participants.iter().any(|&p| found.ents[p].kind == EntityType::Person) {
                    participants.retain(|&p| !(found.ents[p].kind == EntityType::Organization && sent_by(p)));
                }
            }
            events.push(evidence(kind, participants, place, date));
        }
        let _ = si;
    }
    if let Some(mut g) = gathering(doc, found, times, quotes, &mentions, &events, dateline) {
        let sent = &doc.sentences[doc.tokens[g.trigger].sentence];
        if g.date.is_none() && crate::times::is_current(lower, sent.first, sent.last) {
            g.date = today.clone();
        }
        // (Three or more named in its own sentence are those who met: `Darauf
        // verständigten sich A, B und C gestern bei einem Gipfeltreffen`, not
        // every office holder the article goes on to name.)
        let named_here = events.iter().find(|e| {
            e.start == g.start
                && e.participants.len() >= 3
                && e.participants.iter().all(|&p| found.ents[p].kind == EntityType::Person)
                && e.participants.iter().all(|p| g.participants.contains(p))
        });
        if let Some(e) = named_here {
            g.participants = e.participants.clone();
        }
        // The gathering replaces what its own sentence gave (`bei ihrem Gipfel in Brüssel`).
        // (A meeting on its margins with its own verb stays: `Am Rande des
        // Gipfels kam X mit Y zusammen`.)
        events.retain(|e| {
            let own_verb = doc.tok(e.trigger).starts_with(char::is_lowercase) && e.participants.len() >= 2;
            !(e.start == g.start && e.participants.len() < g.participants.len() && !own_verb)
        });
        // `Am Rande der Konferenz trafen sich X und Y`: on the gathering's day and at its place.
        for e in events.iter_mut() {
            let sent = &doc.sentences[doc.tokens[e.trigger].sentence];
            let beside = (sent.first..sent.last.saturating_sub(2)).any(|j| {
                s(j) == "rande" && matches!(s(j + 1), "der" | "des" | "eines" | "einer") && is_gathering(s(j + 2))
            });
            // (`Am Rande des Treffens`, `am Rande der G7-Runde`, with no day yet:
            // the gathering's too.)
            let beside_talks = e.date.is_none()
                && (sent.first..sent.last.saturating_sub(2)).any(|j| {
                    s(j) == "rande"
                        && matches!(s(j + 1), "der" | "des")
                        && (anchor(&s, j + 2) || s(j + 2).ends_with("runde"))
                });
            if !beside && !beside_talks {
                continue;
            }
            // (A day taken from the sentences before gives way to the gathering's.)
            let own_time = times.iter().any(|x| x.first >= sent.first && x.last <= sent.last && x.value.is_some());
            if let Some(d) =
                g.date.as_ref().filter(|d| !own_time || e.date.as_ref().is_none_or(|x| d.starts_with(x.as_str())))
            {
                e.date = Some(d.clone());
            }
            // (A place taken from the events before gives way to the gathering's:
            // only a place named in the sentence itself stays.)
            let named_here =
                e.place.is_some_and(|p| mentions.iter().any(|m| m.2 == p && m.0 >= sent.first && m.1 <= sent.last));
            if !named_here && g.place.is_some() {
                e.place = g.place;
            }
        }
        // `Am Vorabend (des Parteitags) hatten sich X und Y getroffen`: the day
        // before the gathering, when no other day is named in the sentence.
        let eve_of = g.date.as_deref().filter(|d| d.len() == 10).and_then(|d| day_shifted(d, -1));
        for e in events.iter_mut().filter(|_| eve_of.is_some()) {
            let sent = &doc.sentences[doc.tokens[e.trigger].sentence];
            let eve = (sent.first..sent.last)
                .find(|&j| s(j) == "vorabend")
                .filter(|&j| !matches!(s(j + 1), "des" | "der") || is_gathering(s(j + 2)) || anchor(&s, j + 2));
            let Some(j) = eve else { continue };
            let other_day = times.iter().any(|x| {
                x.first >= sent.first && x.last <= sent.last && !(x.first <= j && j < x.last) && x.value.is_some()
            });
            if !other_day {
                e.date = eve_of.clone();
            }
        }
        // `Han empfing ihre Amtskollegen X und Y am Mittwoch`: a meeting of three or
        // more told with its own verb on the gathering's day is the gathering.
        // (Not a call: `Bereits am Vormittag hatten die drei mit X telefoniert`.)
        let told = events.iter().any(|e| {
            e.kind == EventType::Meeting
                && e.participants.len() >= 3
                && e.participants.iter().all(|p| g.participants.contains(p))
                && ((g.date.is_some() && e.date == g.date) || e.start == g.start)
        });
        if !told {
            events.insert(0, g);
        }
    }
    // `Der Gipfel ist zu Ende gegangen. … das zweitägige Treffen, an dem auch X
    // teilnahm`: a gathering of n days that ended as the article appeared.
    let ended_today = doc.sentences.iter().take(4).any(|x| {
        (x.first..x.last).any(|j| (s(j) == "zu" && s(j + 1) == "ende" && s(j + 2) == "gegangen") || s(j) == "endete")
    });
    let today_day = today.as_deref().and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    for e in events.iter_mut().filter(|e| e.date.is_none() && e.kind == EventType::Meeting) {
        let x = &doc.sentences[doc.tokens[e.trigger].sentence];
        let days = (x.first..x.last).find_map(|j| match s(j) {
            w if w.starts_with("zweitägig") => Some(1),
            w if w.starts_with("dreitägig") => Some(2),
            w if w.starts_with("viertägig") => Some(3),
            _ => None,
        });
        if let (Some(n), Some(d), true) = (days, today_day, ended_today) {
            e.date = Some((d - chrono::Duration::days(n)).format("%Y-%m-%d").to_string());
        }
    }
    // `griff X am Montag zum Telefon. Nach dem Gespräch mit Y …`: the one
    // talked with, named in the reference right after.
    for e in events
        .iter_mut()
        .filter(|e| e.participants.len() == 1 && matches!(e.kind, EventType::Call | EventType::Meeting))
    {
        let Some(next) = doc.sentences.get(doc.tokens[e.trigger].sentence + 1) else { continue };
        let with = (next.first..next.last.saturating_sub(2)).find(|&j| anchor(&s, j) && s(j + 1) == "mit");
        if let Some(j) = with {
            let other = mentions
                .iter()
                .find(|m| m.0 > j + 1 && m.0 <= j + 5 && found.ents[m.2].kind == EntityType::Person)
                .map(|m| m.2);
            if let Some(p) = other.filter(|p| !e.participants.contains(p)) {
                e.participants.push(p);
            }
        }
    }
    // A return visit is ahead: its day is told in its own sentence, or not at all
    // (`sprach X die Einladung zu einem Gegenbesuch aus, den Y im kommenden Jahr
    // antreten will`: no day of the visit told before).
    for e in events.iter_mut().filter(|e| s(e.trigger) == "gegenbesuch" && e.date.is_some()) {
        let y = &doc.sentences[doc.tokens[e.trigger].sentence];
        let own = times.iter().any(|x| {
            x.first >= y.first && x.last <= y.last && x.value.as_deref().is_some_and(|v| as_date(v).is_some())
        });
        if !own {
            e.date = None;
        }
    }
    // `Am Rande des Treffens kam X mit Y zusammen`, with no day of its own: the
    // day of the sentence before that told the gathering (`… bei ihrem Treffen in
    // Travemünde gestern`).
    for e in events.iter_mut().filter(|e| e.date.is_none() && e.kind == EventType::Meeting) {
        let si = doc.tokens[e.trigger].sentence;
        let y = &doc.sentences[si];
        let Some(noun) = (y.first..y.last.saturating_sub(3))
            .find(|&j| s(j) == "am" && s(j + 1) == "rande" && matches!(s(j + 2), "des" | "der"))
            .map(|j| s(j + 3))
        else {
            continue;
        };
        let stem: String = noun.chars().take(6).collect();
        if stem.chars().count() < 5 {
            continue;
        }
        e.date = doc.sentences[..si]
            .iter()
            .filter(|x| (x.first..x.last).any(|j| s(j).contains(stem.as_str())))
            .find_map(|x| {
                times
                    .iter()
                    .filter(|t| t.first >= x.first && t.last <= x.last)
                    .find_map(|t| t.value.as_deref().and_then(as_date))
            });
    }
    // `Er will am Montag zunächst mit X und danach mit Y und Z zusammentreffen`:
    // two meetings, one after the other.
    let mut split: Vec<EventSpan> = Vec::new();
    for e in events.iter_mut().filter(|e| e.kind == EventType::Meeting && e.participants.len() >= 3) {
        let y = &doc.sentences[doc.tokens[e.trigger].sentence];
        let Some(first_with) = (y.first..y.last).find(|&j| s(j) == "zunächst" && s(j + 1) == "mit").map(|j| j + 1)
        else {
            continue;
        };
        let Some(then_with) = (first_with + 2..y.last)
            .find(|&j| matches!(s(j), "danach" | "anschließend" | "dann" | "später") && s(j + 1) == "mit")
            .map(|j| j + 1)
        else {
            continue;
        };
        let one = persons_in(found, &mentions, first_with, then_with, false);
        let two = persons_in(found, &mentions, then_with, y.last, false);
        let subject: Vec<usize> =
            e.participants.iter().copied().filter(|p| !one.contains(p) && !two.contains(p)).collect();
        if subject.is_empty() || one.is_empty() || two.is_empty() {
            continue;
        }
        let mut later = e.clone();
        e.participants = subject.iter().chain(&one).copied().collect();
        later.participants = subject.iter().chain(&two).copied().collect();
        split.push(later);
    }
    // `Am 12. März trifft er in Jerewan mit X zusammen, tags darauf in Baku mit Y`:
    // a second meeting told without its verb, the next day.
    for e in events.iter_mut().filter(|e| e.kind == EventType::Meeting && e.participants.len() >= 3) {
        let y = &doc.sentences[doc.tokens[e.trigger].sentence];
        let Some(c) = (e.trigger..y.last).find(|&j| s(j) == "," && s(j + 1) == "tags" && s(j + 2) == "darauf") else {
            continue;
        };
        let Some(with) = (c + 3..y.last).find(|&j| s(j) == "mit") else { continue };
        let later = persons_in(found, &mentions, with, y.last, false);
        let stay: Vec<usize> = e.participants.iter().copied().filter(|p| !later.contains(p)).collect();
        if later.is_empty() || stay.len() < 2 {
            continue;
        }
        let place =
            mentions.iter().find(|m| m.0 > c && m.0 < with && found.ents[m.2].kind == EntityType::Place).map(|m| m.2);
        // (The first meeting's day is told before the comma: `am Montag`.)
        let own = times
            .iter()
            .rev()
            .filter(|x| x.first >= y.first && x.last <= c)
            .find_map(|x| x.value.as_deref().and_then(as_date))
            .filter(|d| d.len() == 10);
        if own.is_some() {
            e.date = own;
        }
        let next_day = e.date.as_deref().and_then(|d| day_shifted(d, 1));
        let mut second = e.clone();
        // (The one who travels, and whom he meets there.)
        second.participants = stay.iter().copied().take(1).chain(later.iter().copied()).collect();
        second.place = place.or(second.place);
        second.date = next_day.or(second.date.clone());
        e.participants = stay;
        split.push(second);
    }
    // `Die erste Runde hatte am 14. Januar in X stattgefunden, die zweite Anfang
    // Februar in Y`: the round told again without its noun, with its own day and place.
    for e in events.iter().filter(|e| e.kind == EventType::Meeting && e.participants.len() >= 2) {
        if !s(e.trigger).ends_with("runde") || e.trigger == 0 || !s(e.trigger - 1).starts_with("erst") {
            continue;
        }
        let y = &doc.sentences[doc.tokens[e.trigger].sentence];
        let Some(c) = (e.trigger..y.last).find(|&j| {
            s(j) == ","
                && s(j + 1) == "die"
                && crate::times::is_ordinal(s(j + 2))
                && j + 3 < y.last
                && !doc.tok(j + 3).ends_with("runde")
                && !doc.tok(j + 3).starts_with(char::is_uppercase)
        }) else {
            continue;
        };
        let date =
            times.iter().filter(|x| x.first > c && x.last <= y.last).find_map(|x| x.value.as_deref().and_then(as_date));
        let place = mentions
            .iter()
            .filter(|m| m.0 > c && m.1 <= y.last && found.ents[m.2].kind == EntityType::Place)
            .find(|m| matches!(s(m.0 - 1), "in" | "im"))
            .map(|m| m.2);
        if date.is_none() && place.is_none() {
            continue;
        }
        let mut second = e.clone();
        second.date = date;
        second.place = place;
        split.push(second);
    }
    // `hatte sich am Vorabend getrennt mit X und Y getroffen`: one meeting with each.
    for e in events.iter_mut().filter(|e| e.kind == EventType::Meeting && e.participants.len() >= 3) {
        let y = &doc.sentences[doc.tokens[e.trigger].sentence];
        let Some(with) = (y.first..y.last)
            .find(|&j| matches!(s(j), "getrennt" | "einzeln" | "nacheinander") && s(j + 1) == "mit")
            .map(|j| j + 1)
        else {
            continue;
        };
        let each = persons_in(found, &mentions, with, y.last, false);
        let subject: Vec<usize> = e.participants.iter().copied().filter(|p| !each.contains(p)).collect();
        if subject.is_empty() || each.len() < 2 {
            continue;
        }
        e.participants = subject.iter().copied().chain([each[0]]).collect();
        for &p in &each[1..] {
            let mut other = e.clone();
            other.participants = subject.iter().copied().chain([p]).collect();
            split.push(other);
        }
    }
    events.extend(split);
    // `brachen die IG Metall und die Geschäftsführung die Gespräche ab` in a report
    // on wage talks that names one negotiator of the union and one of the
    // management (`Verhandlungsführerin X`, `Geschäftsführer Y`): the two of them.
    let pair = negotiators;
    if let Some((u, m, manager)) = pair {
        // (A company's manager does not sit at the table of an employers'
        // association: `die IGLG und der Arbeitgeberverband … waren zu Gesprächen
        // zusammengekommen` stays theirs.)
        let association = |e: &EventSpan| {
            let y = &doc.sentences[doc.tokens[e.trigger].sentence];
            (y.first..y.last).any(|k| s(k).starts_with("arbeitgeberverband"))
        };
        // (Also a round told with one side only: `ist auch die dritte
        // Verhandlungsrunde bei der X GmbH ohne Ergebnis geblieben`, `Die zweite
        // Runde hatte Y abgebrochen, nachdem X …`.)
        let one_side = |e: &EventSpan| {
            let w = s(e.trigger);
            (w.ends_with("runde") || w.starts_with("verhandl"))
                && e.date.is_some()
                && e.participants.len() == 1
                && (found.ents[e.participants[0]].kind == EntityType::Organization
                    || e.participants[0] == u
                    || e.participants[0] == m)
        };
        for e in events.iter_mut().filter(|e| {
            let w = s(e.trigger);
            let orgs = e.participants.len() >= 2
                && e.participants.iter().all(|&p| found.ents[p].kind == EntityType::Organization);
            !(manager && association(e))
                && e.kind == EventType::Meeting
                && (orgs || one_side(e))
                && (w.ends_with("runde")
                    || w.starts_with("verhandl")
                    || w.starts_with("verhandel")
                    || w.starts_with("gespräch")
                    || w == "treffen"
                    // (`Die Geschäftsleitung und die Gewerkschaft sassen gestern … zusammen`,
                    // not a company's talks with an agency.)
                    || (matches!(w, "zusammen" | "beisammen" | "zusammengekommen" | "zusammengesessen") && {
                        let y = &doc.sentences[doc.tokens[e.trigger].sentence];
                        (y.first..y.last).any(|k| {
                            s(k).starts_with("gewerkschaft")
                                || matches!(s(k), "geschäftsleitung" | "geschäftsführung" | "sozialpartner" | "tarifpartner")
                        })
                    }))
        }) {
            e.participants = vec![u, m];
        }
    }
    // `Die Delegationen der Gewerkschaft und der Geschäftsleitung sassen am Dienstag
    // zusammen. Angeführt wurden sie von X und Y`: the heads named right after.
    for e in events.iter_mut().filter(|e| {
        e.kind == EventType::Meeting
            && e.participants.len() >= 2
            && e.participants.iter().all(|&p| found.ents[p].kind != EntityType::Person)
    }) {
        let at = doc.tokens[e.trigger].sentence;
        let Some(next) = doc.sentences.get(at + 1) else { continue };
        // (Or who sat at the table, in one of the two sentences after: `Am
        // Verhandlungstisch sassen für die Firma X und Y, für die Arbeitnehmenden Z`.)
        let table =
            |y: &&crate::segment::Sentence| (y.first..(y.first + 3).min(y.last)).any(|j| s(j) == "verhandlungstisch");
        let led = (next.first..(next.first + 3).min(next.last))
            .any(|j| matches!(s(j), "angeführt" | "geleitet") && (j + 1..next.last).any(|k| s(k) == "von"));
        let next = if led { Some(next) } else { doc.sentences[at + 1..].iter().take(2).find(table) };
        if let Some(next) = next {
            let heads = persons_in(found, &mentions, next.first, next.last, true);
            if heads.len() >= 2 {
                e.participants = heads;
            }
        }
    }
    // `X hat mit Y verhandelt. Die Gespräche begannen am Montag und endeten am
    // Dienstagabend`: the talks of the sentence before, dated by their first day.
    // (Likewise a call: `X hat mit Y telefoniert. Das rund vierzigminütige Gespräch
    // habe am Dienstagabend stattgefunden`.)
    for e in events.iter_mut().filter(|e| e.date.is_none() && matches!(e.kind, EventType::Meeting | EventType::Call)) {
        let Some(next) = doc.sentences.get(doc.tokens[e.trigger].sentence + 1) else { continue };
        let talk_noun = |w: &str| {
            matches!(w, "gespräche" | "verhandlungen" | "beratungen" | "treffen" | "unterredung" | "konsultationen")
                || (e.kind == EventType::Call && (w.ends_with("gespräch") || w.ends_with("telefonat")))
        };
        // (The noun after its article, or after up to two words that describe
        // it, not `Das nächste Treffen`.)
        let talks = matches!(s(next.first), "die" | "das")
            && (next.first + 1..(next.first + 4).min(next.last)).find(|&j| talk_noun(s(j))).is_some_and(|j| {
                (next.first + 1..j).all(|k| {
                    doc.tok(k).starts_with(char::is_lowercase)
                        && !matches!(
                            s(k),
                            "nächste" | "weitere" | "kommende" | "neue" | "folgende" | "zweite" | "dritte"
                        )
                })
            });
        let held = (next.first..next.last).any(|j| {
            matches!(
                s(j),
                "begannen" | "begann" | "fanden" | "fand" | "dauerten" | "dauerte" | "starteten" | "stattgefunden"
            )
        });
        if talks && held {
            e.date = times
                .iter()
                .filter(|x| x.first >= next.first && x.last <= next.last)
                .find_map(|x| x.value.as_deref().and_then(as_date));
        }
    }
    // `Bereits am Vorabend der Unterzeichnung hatte sich X mit Y getroffen`: the
    // day before the event of that name told with its day (`unterzeichneten am
    // Mittwoch`), when the sentence names no other day.
    // (The events told with their day, worked out when first asked for.)
    let dated: std::cell::OnceCell<Vec<(usize, String)>> = std::cell::OnceCell::new();
    let eves: Vec<(usize, usize)> = events
        .iter()
        .enumerate()
        .filter_map(|(k, e)| {
            let y = &doc.sentences[doc.tokens[e.trigger].sentence];
            (y.first..y.last).find(|&j| s(j) == "vorabend" && matches!(s(j + 1), "der" | "des")).map(|j| (k, j))
        })
        .collect();
    for (k, j) in eves {
        let days = dated.get_or_init(|| {
            events.iter().filter_map(|e| e.date.clone().filter(|d| d.len() == 10).map(|d| (e.trigger, d))).collect()
        });
        let e = &events[k];
        let y = &doc.sentences[doc.tokens[e.trigger].sentence];
        let noun = s(j + 2);
        let stem: String = noun.chars().take(7).collect();
        // (The eve of a gathering is read with the gathering, above.)
        if stem.chars().count() < 6 || is_gathering(noun) {
            continue;
        }
        let other_day = times.iter().any(|x| x.first >= y.first && x.last <= y.last && !(x.first <= j && j < x.last));
        let Some((_, day)) = days.iter().find(|(t, _)| *t != e.trigger && s(*t).starts_with(stem.as_str())) else {
            continue;
        };
        if !other_day {
            events[k].date = day_shifted(day, -1);
        }
    }
    hearings(doc, found, times, quotes, &mentions, dateline, &mut events);
    merge(events, found, doc)
}

/// The two negotiators of wage talks the report names: one of the union
/// (`Verhandlungsführerin`, `Gewerkschaftssekretär`) and one of the management
/// (`Geschäftsführer`, `Personalvorstand`), or, with no manager named, the two
/// negotiators (`GHL-Verhandlungsführerin X`, `Verhandlungsführer Y` of the
/// employers); the flag tells a manager is one of them.
fn wage_negotiators(doc: &Doc, found: &Found, mentions: &[MentionAt]) -> Option<(usize, usize, bool)> {
    let role_of = |p: usize, parts: &[&str]| {
        found.ents[p].kind == EntityType::Person
            && found.ents[p].roles.iter().any(|r| {
                let r = r.to_lowercase();
                parts.iter().any(|x| r.contains(x))
            })
    };
    // (The entities in the order they are first named.)
    let mut named_order: Vec<usize> = Vec::new();
    for m in mentions {
        if !named_order.contains(&m.2) {
            named_order.push(m.2);
        }
    }
    let holders = |parts: &[&str]| named_order.iter().copied().filter(|&p| role_of(p, parts)).collect::<Vec<usize>>();
    let union_side = holders(&["verhandlungsführer", "gewerkschaftssekretär", "bezirksleiter"]);
    let management = holders(&[
        "geschäftsführer", "personalchef", "personalvorst", "personaldirektor", "arbeitsdirektor", "werkleiter",
        "werksleiter", "standortleiter",
    ]);
    match (union_side.as_slice(), management.as_slice()) {
        ([u], [m]) => Some((*u, *m, true)),
        ([u, m], []) => Some((*u, *m, false)),
        _ => sides_told(doc, found, mentions),
    }
}

/// The negotiators told by side in a sentence on who negotiates: `Verhandelt
/// wird für die Gewerkschaft von X, auf der Arbeitgeberseite führt Y die
/// Gespräche`, `Für die Gewerkschaft … verhandelte X, für das Unternehmen Y`.
fn sides_told(doc: &Doc, found: &Found, mentions: &[MentionAt]) -> Option<(usize, usize, bool)> {
    let s = |i: usize| &*doc.lower[i];
    let (mut union, mut employer) = (None, None);
    for y in &doc.sentences {
        if !(y.first..y.last).any(|k| s(k).starts_with("verhandel") || matches!(s(k), "führt" | "führte")) {
            continue;
        }
        let mut a = y.first;
        for b in y.first..=y.last {
            if b < y.last && !matches!(s(b), "," | ";") {
                continue;
            }
            let union_side = (a..b).any(|k| s(k).starts_with("gewerkschaft") || s(k) == "arbeitnehmerseite");
            let employer_side = (a..b).any(|k| {
                matches!(
                    s(k),
                    "arbeitgeberseite"
                        | "arbeitgeber"
                        | "unternehmen"
                        | "unternehmens"
                        | "geschäftsführung"
                        | "konzern"
                )
            });
            let person = persons_in(found, mentions, a, b, true).first().copied();
            match (person, union_side, employer_side) {
                (Some(p), true, false) if union.is_none() => union = Some(p),
                (Some(p), false, true) if employer.is_none() => employer = Some(p),
                _ => {}
            }
            a = b + 1;
        }
    }
    match (union, employer) {
        (Some(u), Some(m)) if u != m => Some((u, m, true)),
        _ => None,
    }
}

/// Witnesses heard by a committee (`Am Nachmittag sagte X aus`, `Die
/// Kommission befragte Y`, `Z wurde von der Kommission befragt`): a meeting of
/// each witness with the committee's chair, when the article names one
/// (`Ausschussvorsitzende X`, `unter dem Vorsitz von X`, `um Präsident X`).
fn hearings(
    doc: &Doc,
    found: &Found,
    times: &[TimeExpr],
    quotes: &[QuoteSpan],
    mentions: &[MentionAt],
    dateline: Option<usize>,
    events: &mut Vec<EventSpan>,
) {
    let s = |i: usize| doc.lower.get(i).map(|w| &**w).unwrap_or("");
    let committee = |r: &str| ["ausschuss", "kommission", "puk"].iter().any(|c| r.contains(c));
    // (A word that puts someone before a committee: `als Zeugin`, `vor dem Ausschuss`.)
    let before_committee = |v: &str| v.starts_with("zeug") || v.ends_with("ausschuss") || v.ends_with("kommission");
    let person = |e: usize| found.ents[e].kind == EntityType::Person;
    let by_role = || {
        found.ents.iter().position(|e| {
            e.kind == EntityType::Person
                && e.roles.iter().any(|r| {
                    let r = r.to_lowercase();
                    committee(&r) && (r.contains("vorsitz") || r.contains("präsident"))
                })
        })
    };
    let by_phrase = || {
        mentions.iter().find(|m| {
            person(m.2)
                && ((m.0 >= 3
                    && ((s(m.0 - 3) == "vorsitz" && matches!(s(m.0 - 2), "von" | "der" | "des"))
                        || (s(m.0 - 2) == "vorsitz" && s(m.0 - 1) == "von")
                        // (`Den Vorsitz führte X`, `Den Vorsitz hatte X`.)
                        || (s(m.0 - 2) == "vorsitz" && matches!(s(m.0 - 1), "führte" | "führt" | "hatte" | "hat"))
                        || (s(m.0 - 2) == "um" && s(m.0 - 1).starts_with("präsident"))))
                    // (`X führte den Vorsitz`.)
                    || (matches!(s(m.1), "führte" | "führt") && s(m.1 + 1) == "den" && s(m.1 + 2) == "vorsitz"))
        })
    };
    // (With no chair named, the committee itself, when the article names it:
    // `Die Geschäftsprüfungskommission befragte X`.)
    let body = || {
        found.ents.iter().position(|e| {
            e.kind == EntityType::Organization && committee(&e.name.to_lowercase()) && !e.name.contains(' ')
        })
    };
    // (The chair first: most articles have none, and then no sentence need be read.)
    let Some(chair) = by_role().or_else(|| by_phrase().map(|m| m.2)).or_else(body) else {
        return;
    };
    for (si, y) in doc.sentences.iter().enumerate() {
        let last_word = (y.first..y.last).rev().find(|&j| doc.tokens[j].kind == TokenKind::Word);
        let heard = (y.first..y.last)
            .any(|j| matches!(s(j), "befragt" | "befragte" | "befragten" | "angehört" | "ausgesagt" | "vernommen"))
            // (`X sagte am Montag vor den Abgeordneten aus, …`: the particle closes a clause.)
            || ((last_word.is_some_and(|j| s(j) == "aus")
                || (y.first..y.last).any(|j| s(j) == "aus" && matches!(s(j + 1), "," | ";" | ":")))
                && (y.first..y.last).any(|j| matches!(s(j), "sagte" | "sagten" | "sagt")))
            // (A hearing ahead: `der Ausschuss werde X am 11. Juni als Zeugin vernehmen`,
            // `… werde am 7. November X befragen`; `musste X vor dem Ausschuss aussagen`;
            // `stellte sich X den Fragen von Y`.)
            || ((y.first..y.last).any(|j| {
                matches!(s(j), "vernehmen" | "anhören" | "befragen" | "gehört" | "aussagen" | "aussagte")
            }) && (y.first..y.last).any(|j| before_committee(s(j))))
            || (y.first..y.last).any(|j| s(j) == "fragen" && s(j.saturating_sub(1)) == "den")
                && (y.first..y.last).any(|j| {
                    (s(j) == "stellte" && s(j + 1) == "sich")
                        // (`musste sich X den Fragen der Abgeordneten stellen`.)
                        || (s(j) == "stellen" && (y.first..j).any(|k| s(k) == "sich"))
                })
            // (`muss X dann Y und ihren Kollegen Rede und Antwort stehen`: to the
            // chair or a committee, not `den Journalisten`.)
            || ((y.first..y.last).any(|j| s(j) == "rede" && s(j + 1) == "und" && s(j + 2) == "antwort")
                && ((y.first..y.last).any(|j| before_committee(s(j)))
                    || mentions.iter().any(|m| m.2 == chair && m.0 >= y.first && m.1 <= y.last)));
        if !heard || quotes.iter().any(|q| q.sentence == si && q.kind == QuoteKind::Direct) {
            continue;
        }
        let witnesses: Vec<usize> =
            persons_in(found, mentions, y.first, y.last, false).into_iter().filter(|&p| p != chair).collect();
        let [witness] = witnesses[..] else { continue };
        // (Its own day, else the last day named in the three sentences before:
        // `Zellhuber sagte am Mittwoch aus. … Am Nachmittag sagte X aus`.)
        let window = doc.sentences[si.saturating_sub(3)].first;
        let date = times
            .iter()
            .filter(|x| x.first >= y.first && x.last <= y.last)
            .find_map(|x| x.value.as_deref().and_then(as_date))
            .or_else(|| {
                // (Not a time of a sentence told in the pluperfect: `Im März 2024 hatte
                // sich X mit Y getroffen. Y, der am Nachmittag als Zeuge aussagte, …`.)
                times
                    .iter()
                    .rev()
                    .filter(|x| x.first >= window && x.last <= y.first && !matches!(s(x.first), "seit" | "ab" | "bis"))
                    .filter(|x| {
                        let z = &doc.sentences[doc.tokens[x.first].sentence];
                        !crate::times::told_as_earlier(&doc.lower, z.first, z.last)
                            && !crate::times::is_pluperfect(&doc.lower, z.first, z.last)
                    })
                    .find_map(|x| x.value.as_deref().and_then(as_date))
            });
        if let Some(e) = events.iter_mut().find(|e| doc.tokens[e.trigger].sentence == si) {
            e.participants = vec![chair, witness];
            if e.date.is_none() {
                e.date = date;
            }
            continue;
        }
        events.push(EventSpan {
            kind: EventType::Meeting,
            participants: vec![chair, witness],
            place: dateline,
            date,
            trigger: y.first,
            start: y.start,
            end: y.end,
        });
    }
}

/// Whether a time value lies two calendar years or more before the article's
/// (`2015-05` in an article of 2025): background, not the story's days.
fn years_before(value: Option<&str>, today: Option<&str>) -> bool {
    let year = |v: &str| v.get(..4).and_then(|y| y.parse::<i32>().ok());
    match (value.and_then(year), today.and_then(year)) {
        (Some(then), Some(now)) => then + 2 <= now,
        _ => false,
    }
}

/// A day `YYYY-MM-DD` moved by `days` (the day after, the eve); `None` for
/// a value that is no full day (`2025-03`, `XXXX-05-12`).
fn day_shifted(day: &str, days: i64) -> Option<String> {
    chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.checked_add_signed(chrono::Duration::days(days)))
        .map(|d| d.format("%Y-%m-%d").to_string())
}

/// The `n` countries named most often in the article (by name or
/// adjective), when `n` stand out from the rest.
fn top_countries(found: &Found, mentions: &[MentionAt], n: usize) -> Vec<usize> {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for m in mentions
        .iter()
        .filter(|m| matches!(m.3, MentionKind::Name | MentionKind::Demonym) && is_country(&found.ents[m.2]))
    {
        match counts.iter_mut().find(|c| c.0 == m.2) {
            Some(c) => c.1 += 1,
            None => counts.push((m.2, 1)),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    if counts.len() < n || (counts.len() > n && counts[n - 1].1 == counts[n].1) {
        return Vec::new();
    }
    counts[..n].iter().map(|c| c.0).collect()
}

/// How many countries `beider Länder`, `der beiden Staaten`, `der drei
/// Regierungen` at token `j` speak of.
fn countries_counted<'a>(s: &impl Fn(usize) -> &'a str, j: usize) -> Option<usize> {
    let n = match s(j) {
        "beider" | "beiden" => 2,
        "drei" => 3,
        _ => return None,
    };
    country_noun(s(j + 1)).then_some(n)
}

/// Whether a word names countries as such (`Länder`, `Staaten`, `Regierungen`).
fn country_noun(w: &str) -> bool {
    ["länder", "staaten", "regierungen"].iter().any(|c| w.starts_with(c))
}

/// The `n` countries named last as one list before token `before`
/// (`Die Außenminister Südkoreas, Chinas und Japans …`, `zwischen Deutschland
/// und der Türkei`): whom `die drei Länder`, `beider Länder` speak of, before
/// the countries an article names most.
fn listed_countries(doc: &Doc, found: &Found, mentions: &[MentionAt], before: usize, n: usize) -> Option<Vec<usize>> {
    let countries: Vec<&MentionAt> = mentions
        .iter()
        .filter(|m| m.1 <= before && matches!(m.3, MentionKind::Name | MentionKind::Demonym))
        .filter(|m| is_country(&found.ents[m.2]))
        .collect();
    // Only list words between two names of one list.
    let joined = |a: &MentionAt, b: &MentionAt| {
        a.1 < b.0
            && (a.1..b.0)
                .all(|j| matches!(&*doc.lower[j], "," | "und" | "sowie" | "der" | "die" | "dem" | "den" | "des"))
    };
    let mut end = countries.len();
    while end > 0 {
        let mut start = end - 1;
        while start > 0 && joined(countries[start - 1], countries[start]) {
            start -= 1;
        }
        let list: Vec<usize> = countries[start..end].iter().map(|m| m.2).collect();
        let distinct = list.iter().enumerate().all(|(k, e)| !list[..k].contains(e));
        if list.len() == n && distinct {
            return Some(list);
        }
        end = start;
    }
    None
}

/// Verbs of a journey (`will nach Moskau reisen, um …`, `… reisen. Dort …`).
const JOURNEY: &[&str] = &[
    "reisen", "reist", "reiste", "fliegen", "fliegt", "flog", "fahren", "fährt", "kommen", "kommt", "weiterflog",
    "weiterreiste", "weiterfliegen", "weiterreisen",
];

/// The persons mentioned in tokens `first..last`, each once, in order of
/// appearance (by name only, when `names` is set).
fn persons_in(found: &Found, mentions: &[MentionAt], first: usize, last: usize, names: bool) -> Vec<usize> {
    let mut out = Vec::new();
    for m in mentions.iter().filter(|m| m.0 >= first && m.1 <= last && (!names || m.3 == MentionKind::Name)) {
        if found.ents[m.2].kind == EntityType::Person && !out.contains(&m.2) {
            out.push(m.2);
        }
    }
    out
}

/// Adds the entities of `more` that `into` does not hold yet, in order.
fn join(into: &mut Vec<usize>, more: impl IntoIterator<Item = usize>) {
    for p in more {
        if !into.contains(&p) {
            into.push(p);
        }
    }
}

/// Whether token `j` says who heads a group (`angeführt`, `geleitet`,
/// `begleitet`, `an der Spitze`).
fn leads_group<'a>(s: &impl Fn(usize) -> &'a str, j: usize) -> bool {
    matches!(s(j), "angeführt" | "geleitet" | "begleitet") || (s(j) == "spitze" && s(j.saturating_sub(2)) == "an")
}

/// Parts of a day after `am` (`am Nachmittag`): the day told before.
const DAY_PARTS: &[&str] = &["nachmittag", "vormittag", "mittag", "abend", "morgen"];

/// Verbs of receiving a guest (`empfing`, `hat … begrüßt`).
const RECEIVE: &[&str] = &["empfangen", "empfing", "empfängt", "begrüßt", "begrüßte", "begrüsst", "begrüsste"];

/// Finite auxiliaries and modals: where a verb phrase begins.
const AUXILIARIES: &[&str] = &[
    "wurde", "wurden", "wird", "werden", "hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "soll",
    "sollen", "will", "wollen",
];

/// Meals and receptions a host gives for a guest.
const MEALS: &[&str] = &["abendessen", "nachtessen", "bankett", "staatsbankett", "mittagessen", "empfang", "galadiner"];

/// Verbs of talking: a meeting when someone named follows `mit` (`will mit X sprechen`).
/// (Also exchanging views: `tauscht sich X mit Y über … aus`.)
const TALK: &[&str] = &[
    "sprach", "sprachen", "spricht", "sprechen", "gesprochen", "verhandeln", "verhandelt", "verhandelte", "tauscht",
    "tauschte", "tauschten", "austauschen", "ausgetauscht", "besprechen", "besprach", "besprachen", "besprochen",
    // (`habe sich am Dienstag in Innsbruck mit dem Kanzler abgestimmt`.)
    "abgestimmt", "abgesprochen",
];

/// Nouns that name a gathering of many (`Gipfel`, `Konferenz`,
/// `Weltgesundheitsversammlung`, `Dreiländertreffen`, `Bundesforum`).
fn is_gathering(w: &str) -> bool {
    const HEADS: &[&str] = &[
        "gipfel", "konferenz", "versammlung", "tagung", "kongress", "parteitag", "forum", "beratungen",
        "gipfeltreffen", "sitzung", "ministerrat", "ministerrats",
    ];
    const NOT: &[&str] = &[
        "pressekonferenz", "medienkonferenz", "videokonferenz", "telefonkonferenz", "bürgerversammlung",
        "nationalversammlung",
    ];
    let w = w.rsplit('-').next().unwrap_or(w);
    // Genitives: `des Bundesforums`, `des Gipfels`.
    let w = w.strip_suffix("es").filter(|b| b.ends_with("gipfel")).or_else(|| w.strip_suffix('s')).unwrap_or(w);
    if NOT.iter().any(|n| w.ends_with(n)) {
        return false;
    }
    HEADS.iter().any(|h| w.ends_with(h))
        || (w.ends_with("treffen")
            && w.len() > "treffen".len() + 4
            && !w.starts_with("arbeits")
            && !w.starts_with("spitzen")
            // (`Ein Zusammentreffen mit X`: two who meet, not a gathering.)
            && !w.starts_with("zusammen"))
}

/// A gathering of many that the article reports on: a gathering noun in the
/// headline or the first paragraph, with three or more persons who speak or
/// meet in the article. Its participants are those persons; its place the
/// locative of its sentence or the dateline; its date the first dated time
/// of the first paragraph.
fn gathering(
    doc: &Doc,
    found: &Found,
    times: &[TimeExpr],
    quotes: &[QuoteSpan],
    mentions: &[MentionAt],
    events: &[EventSpan],
    dateline: Option<usize>,
) -> Option<EventSpan> {
    let lower = &doc.lower;
    let s = |i: usize| lower.get(i).map(|w| &**w).unwrap_or("");
    // The headline and the first two paragraphs of the body (a teaser may come first).
    let mut breaks = 0;
    let lead_end = (1..doc.sentences.len())
        .find(|&si| {
            let gap = &doc.text[doc.sentences[si - 1].end..doc.sentences[si].start];
            if gap.contains("\n\n") || (si == 1 && gap.contains('\n')) {
                breaks += 1;
            }
            breaks > 2
        })
        .unwrap_or(doc.sentences.len());
    let lead = &doc.sentences[..lead_end.min(doc.sentences.len())];
    // A plain `Treffen` is a gathering when many attend it (`Vertreter der
    // drei Länder`, `die Außenminister beider Seiten`, `Delegationen`).
    let many = |x: &crate::segment::Sentence| {
        (x.first..x.last).any(|j| {
            matches!(
                s(j),
                "vertreter"
                    | "vertreterinnen"
                    | "delegationen"
                    | "delegierte"
                    | "delegierten"
                    | "teilnehmer"
                    | "teilnehmende"
                    | "teilnehmenden"
                    | "ministerinnen"
                    | "regierungschefs"
                    | "staatschefs"
            ) || (s(j) == "beider" && s(j + 1) == "seiten")
        })
    };
    let (si, t) = lead.iter().enumerate().find_map(|(si, x)| {
        (x.first..x.last)
            .find(|&i| {
                doc.tokens[i].kind == TokenKind::Word
                    && doc.tok(i).starts_with(char::is_uppercase)
                    && (is_gathering(s(i)) || (matches!(s(i), "treffen" | "treffens") && many(x)))
                    // `am Rande des Gipfels`: the backdrop of another meeting.
                    && !(i >= 2 && s(i - 2) == "rande")
                    // (`sagte X nach der Sitzung`: the talks just told, named again.)
                    && !(i >= 2 && matches!(s(i - 2), "nach" | "vor") && matches!(s(i - 1), "der" | "dem"))
            })
            .map(|i| (si, i))
    })?;
    let sent = &doc.sentences[si];
    // Persons who speak or meet in the article, in order of appearance.
    let mut persons: Vec<(usize, usize)> = Vec::new();
    let mut add = |e: usize, at: usize| {
        if found.ents[e].kind == EntityType::Person {
            match persons.iter_mut().find(|p| p.1 == e) {
                Some(p) => p.0 = p.0.min(at),
                None => persons.push((at, e)),
            }
        }
    };
    for q in quotes {
        if let Some(e) = q.speaker {
            add(e, q.start);
        }
    }
    for e in events.iter().filter(|e| e.kind == EventType::Meeting) {
        for &p in &e.participants {
            add(p, e.start);
        }
    }
    // Office holders named in the article are delegates too (`die tschechische
    // Vizeministerin Jana Dvořáková-Malá kündigte an, …`).
    const OFFICES: &[&str] = &[
        "minister", "prasident", "kanzler", "kommissar", "botschafter", "delegation", "staatssekretar",
        "regierungschef",
    ];
    for m in mentions.iter().filter(|m| m.3 == MentionKind::Name) {
        let ent = &found.ents[m.2];
        if ent.role_heads.iter().any(|h| OFFICES.iter().any(|o| h.contains(o))) {
            add(m.2, doc.tokens[m.0].start);
        }
    }
    if persons.len() < 3 {
        return None;
    }
    persons.sort_unstable();
    let place = place_named(found, mentions, &s, sent.first, sent.last).or(dateline);
    let lead_tokens = lead.first().map_or(0, |x| x.first)..lead.last().map_or(0, |x| x.last);
    // `der Konferenz, die vom 11. bis 13. Juni dauert`, anywhere in the
    // article: the days of the gathering itself, told by its start.
    let span = times.iter().filter(|x| s(x.first) == "vom" && (x.first..x.last).any(|j| s(j) == "bis")).find(|x| {
        let from = doc.sentences.iter().find(|y| y.first <= x.first && x.first < y.last).map_or(x.first, |y| y.first);
        (from.max(x.first.saturating_sub(6))..x.first)
            .any(|j| doc.tok(j).starts_with(char::is_uppercase) && is_gathering(s(j)))
    });
    let date = span
        .into_iter()
        .chain(times.iter().filter(|x| x.first >= sent.first && x.last <= sent.last))
        .chain(times.iter().filter(|x| lead_tokens.contains(&x.first)))
        .find_map(|x| x.value.as_deref().and_then(as_date));
    // `ist am Dienstag zu Ende gegangen … hatten seit Montag beraten`: a
    // gathering of several days is dated by its first.
    let day = |v: &str| chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").ok();
    let began = times.iter().filter(|x| lead_tokens.contains(&x.first) && s(x.first) == "seit").find_map(|x| {
        let since = day(x.value.as_deref()?)?;
        let until = day(date.as_deref()?)?;
        (since < until && (until - since).num_days() <= 7).then(|| x.value.clone()).flatten()
    });
    let date = if span.is_none() { began.or(date) } else { date };
    Some(EventSpan {
        kind: EventType::Meeting,
        participants: persons.into_iter().map(|p| p.1).collect(),
        place,
        date,
        trigger: t,
        start: doc.tokens[sent.first].start,
        end: doc.tokens[sent.last - 1].end,
    })
}

/// The person who led the latest event of two or more participants (of
/// `kind`, when given) and is not one of `not`: the protagonist of a
/// follow-up (`Am Mittwoch folgte ein Telefonat mit X`).
fn lead_before(events: &[EventSpan], found: &Found, kind: Option<EventType>, not: &[usize]) -> Option<usize> {
    // (Of the latest such event, the person the article names most: the
    // guest of `X begrüßte den Gast … Am Nachmittag folgte ein Gespräch mit Y`,
    // not the host who opened the sentence.)
    let named = |p: usize| found.mentions.iter().filter(|m| m.ent == p).count();
    let latest = events.iter().rev().find(|e| {
        kind.is_none_or(|k| e.kind == k)
            && e.participants.len() >= 2
            && e.participants.first().is_some_and(|p| !not.contains(p) && found.ents[*p].kind == EntityType::Person)
    })?;
    // (The first, who led it, unless another is named by two mentions or more
    // than the best so far.)
    let mut best: Option<(usize, usize)> = None;
    for &p in latest.participants.iter().filter(|p| !not.contains(p) && found.ents[**p].kind == EntityType::Person) {
        let n = named(p);
        if best.is_none_or(|(_, b)| n > b + 1) {
            best = Some((p, n));
        }
    }
    best.map(|(p, _)| p)
}

/// The members of a delegation the article introduces: the persons named in
/// the sentence that mentions it first (within the first five sentences)
/// and in the two after it that say who leads it or belongs to it
/// (`Angeführt wird die Gruppe von X. Zu ihr gehören Y und Z.`).
fn delegation(doc: &Doc, found: &Found, mentions: &[MentionAt]) -> Vec<usize> {
    let s = |i: usize| doc.lower.get(i).map(|w| &**w).unwrap_or("");
    // (One delegation, as in the rule that reads `der Delegation`: `die
    // Delegationen beider Länder` are two sides, not a group of members.)
    // (Also `Eine Inspektionskommission … unter Leitung von X`, `eine Abordnung`.)
    let group = |w: &str| w == "delegation" || w.ends_with("kommission") || w == "abordnung";
    let Some(first) = doc.sentences.iter().take(5).position(|x| (x.first..x.last).any(|j| group(s(j)))) else {
        return Vec::new();
    };
    let mut members = Vec::new();
    // (`X hat mit einer iranischen Delegation verhandelt`: X is the other side.)
    let x = &doc.sentences[first];
    let other_side = (x.first..x.last).any(|j| s(j) == "delegation" && (j.saturating_sub(4)..j).any(|k| s(k) == "mit"));
    for (k, x) in doc.sentences.iter().enumerate().skip(first).take(3) {
        let told = (k == first && !other_side)
            || (x.first..x.last)
                .any(|j| leads_group(&s, j) || matches!(s(j), "gehören" | "gehört" | "leitet" | "führt" | "begleiten"));
        // (A sentence in between that says nothing of the delegation is passed over.)
        if !told {
            continue;
        }
        // (Not the host: `war die Delegation zu Gast bei X`, `ist von Sportdirektor X
        // empfangen worden`.)
        let received = (x.first..x.last).any(|j| matches!(s(j), "empfangen" | "begrüßt" | "begrüsst"));
        // (`hat X eine Delegation aus Y begrüßt`: X received it, in the active.)
        let passive = (x.first..x.last).any(|j| matches!(s(j), "wurde" | "wurden" | "worden" | "wird" | "werden"));
        let hosted = k == first
            && !passive
            && (x.first..x.last).any(|j| RECEIVE.contains(&s(j)))
            && (x.first..x.last).any(|j| group(s(j)) && matches!(s(j.saturating_sub(1)), "eine" | "die"));
        let host = |m: &MentionAt| {
            let mut b = m.0;
            while b > x.first + 1 && b + 2 > m.0 && crate::lexicon::Lexicon::get().role_of(doc.tok(b - 1)).is_some() {
                b -= 1;
            }
            m.0 > 0
                && (matches!(s(m.0 - 1), "bei" | "beim")
                    || (received && b > 1 && matches!(s(b - 1), "von" | "vom") && s(b - 2) != "leitung"))
        };
        for m in mentions.iter().filter(|m| m.0 >= x.first && m.1 <= x.last && !host(m) && !hosted) {
            if found.ents[m.2].kind == EntityType::Person && !members.contains(&m.2) {
                members.push(m.2);
            }
        }
    }
    members
}

/// Whether the noun at `i` names an event told before, as a point in time
/// (`nach dem Gespräch`, `vor dem Treffen`, `im Anschluss an die Gespräche`,
/// `zum Abschluss des Treffens`, `am Rande des Gipfels`).
fn anchor<'a>(s: &impl Fn(usize) -> &'a str, i: usize) -> bool {
    let noun = trigger(s(i)).is_some_and(|k| k != EventType::Invitation);
    const ARTICLES: &[&str] = &[
        "dem", "den", "der", "die", "das", "des", "seinem", "ihrem", "seinen", "ihren", "seines", "ihres", "diesem",
        "dieser",
    ];
    // (Over up to two adjectives: `nach dem rund einstündigen Gespräch`.)
    let modifier = |w: &str| {
        !ARTICLES.contains(&w)
            && w.chars().all(char::is_alphabetic)
            && (w.ends_with("en") || w.ends_with('e') || matches!(w, "rund" | "knapp" | "etwa" | "gut" | "fast"))
    };
    let mut i = i;
    if noun {
        let mut skipped = 0;
        while skipped < 2 && i >= 3 && modifier(s(i - 1)) {
            i -= 1;
            skipped += 1;
        }
    }
    noun && i >= 2
        && ARTICLES.contains(&s(i - 1))
        && (matches!(
            s(i - 2),
            "nach" | "vor" | "während" | "bei" | "abschluss" | "rande" | "beginn" | "ende" | "rahmen"
        ) || (s(i - 2) == "an" && s(i.saturating_sub(3)) == "anschluss"))
}

/// The first city, region or site named in tokens `first..last` after a
/// preposition of place (`in Wil`, `im Kanzleramt`, `bei Linz`).
fn place_named<'a>(
    found: &Found,
    mentions: &[MentionAt],
    s: &impl Fn(usize) -> &'a str,
    first: usize,
    last: usize,
) -> Option<usize> {
    mentions
        .iter()
        .filter(|m| m.0 >= first && m.1 <= last && m.3 == MentionKind::Name)
        .filter(|m| m.0 > 0 && matches!(s(m.0 - 1), "in" | "im" | "auf" | "am" | "bei"))
        .find(|m| found.ents[m.2].kind == EntityType::Place && !is_country(&found.ents[m.2]))
        .map(|m| m.2)
}

/// Whether tokens `first..last` say the talk was held `unter vier Augen`.
fn in_private<'a>(s: &impl Fn(usize) -> &'a str, first: usize, last: usize) -> bool {
    (first..last).any(|j| s(j) == "vier" && s(j + 1) == "augen")
}

/// Whether the talk at trigger `t` (in tokens `first..last`) is held apart
/// from a larger round: `unter vier Augen`, or two of it exchanging views on
/// its margins (`X und Y tauschten sich am Rande der Sitzung aus`).
fn held_apart<'a>(s: &impl Fn(usize) -> &'a str, first: usize, last: usize, t: usize) -> bool {
    in_private(s, first, last) || (s(t) == "tauschten" && (first..last).any(|j| s(j) == "rande"))
}

/// The tokens of the relative clause token `i` stands in, opened by a comma
/// and a relative pronoun, closed by the next comma or the sentence's end
/// (`…, deren Stimmkreis in Traunstein liegt, …`).
fn relative_clause_of<'a>(s: &impl Fn(usize) -> &'a str, doc: &Doc, i: usize) -> Option<std::ops::Range<usize>> {
    let y = &doc.sentences[doc.tokens[i].sentence];
    let c = (y.first..i).rev().find(|&j| s(j) == ",")?;
    let pronoun = matches!(s(c + 1), "deren" | "dessen" | "denen")
        || (matches!(s(c + 1), "der" | "die" | "das" | "dem" | "den")
            && doc.tok(c + 2).starts_with(char::is_lowercase)
            && !matches!(s(c + 2), "beiden" | "neue" | "neuen"))
        // (After a preposition: `…, zu der Jordanien Vertreter eingeladen hat, …`.)
        || (matches!(s(c + 1), "zu" | "an" | "bei" | "auf" | "in" | "für" | "über")
            && matches!(s(c + 2), "der" | "dem" | "denen" | "deren" | "dessen")
            && (c + 3..i).any(|j| doc.tok(j).starts_with(char::is_lowercase)));
    let end = (i..y.last).find(|&j| s(j) == ",").unwrap_or(y.last);
    pronoun.then_some(c + 1..end)
}

/// Whether token `j` opens a phrase of the time before an event or a journey
/// (`vor dem Besuch`, `vor seiner Abreise`).
fn before_event_at<'a>(s: &impl Fn(usize) -> &'a str, j: usize) -> bool {
    s(j) == "vor"
        && matches!(s(j + 1), "dem" | "der" | "seinem" | "ihrem" | "seiner" | "ihrer")
        && (trigger(s(j + 2)).is_some() || matches!(s(j + 2), "reise" | "abreise" | "ankunft"))
}

/// Whether an event is told as one before the story's (`Die beiden hatten
/// sich zuletzt im Februar in Nairobi getroffen`).
fn told_earlier(doc: &Doc, e: &EventSpan) -> bool {
    let y = &doc.sentences[doc.tokens[e.trigger].sentence];
    crate::times::told_as_earlier(&doc.lower, y.first, y.last)
}

/// Whether a clause in tokens `first..last` pairs an event noun with `wäre`
/// (`Eine Begegnung von X und Y wäre reizvoll`), other than one describing the
/// meeting told (`Es wäre die erste Begegnung der beiden`).
fn event_noun_with_would<'a>(doc: &Doc, s: &impl Fn(usize) -> &'a str, first: usize, last: usize) -> bool {
    let mut a = first;
    while a < last {
        let b = (a..last).find(|&j| matches!(s(j), "," | ";" | ":")).unwrap_or(last);
        let would = (a..b).any(|j| matches!(s(j), "wäre" | "wären"));
        let noun =
            (a..b).any(|j| doc.tok(j).starts_with(char::is_uppercase) && trigger(s(j)) == Some(EventType::Meeting));
        let described = matches!(s(a), "es" | "das" | "dies");
        if would && noun && !described {
            return true;
        }
        a = b + 1;
    }
    false
}

/// Whether token `i` stands in a clause of since when, opened by a comma
/// (`…, seit die beiden Städte im Mai 2024 einen Vertrag unterzeichnet haben`).
fn in_since_clause<'a>(s: &impl Fn(usize) -> &'a str, doc: &Doc, i: usize) -> bool {
    let y = &doc.sentences[doc.tokens[i].sentence];
    (y.first..i).rev().find(|&j| s(j) == ",").is_some_and(|c| matches!(s(c + 1), "seit" | "seitdem"))
}

/// Whether a time expression names a day that the article date could not
/// resolve (`am Donnerstag`, `gestern` in an undated article).
fn unresolved_day<'a>(s: &impl Fn(usize) -> &'a str, x: &TimeExpr) -> bool {
    x.value.is_none() && day_word(s, x)
}

/// Whether a time expression names a day (`am 12. Mai`, `am Montag`,
/// `gestern`), even one that a month-only article date resolves to its month.
fn names_day<'a>(s: &impl Fn(usize) -> &'a str, x: &TimeExpr) -> bool {
    x.value.as_deref().is_some_and(|v| v.len() == 10) || day_word(s, x)
}

/// Whether a time expression holds a word for a day (a weekday, `gestern`,
/// `Tags darauf`, `am Vorabend`).
fn day_word<'a>(s: &impl Fn(usize) -> &'a str, x: &TimeExpr) -> bool {
    (x.first..x.last).any(|j| {
        let w = s(j);
        crate::times::is_weekday(w)
            || matches!(
                w,
                "gestern" | "vorgestern" | "heute" | "morgen" | "übermorgen" | "darauf" | "vortag" | "vorabend"
            )
    })
}

/// A time value as an event date: a day or a month of a known year; a week
/// (`vergangene Woche`, `2023-W49`) is the month of its Thursday.
fn as_date(v: &str) -> Option<String> {
    if dated(v) {
        return Some(v.to_string());
    }
    let (year, week) = v.split_once("-W")?;
    // (A weekend, `2024-W45-WE`, is the month of its Saturday.)
    let (week, day) = match week.strip_suffix("-WE") {
        Some(w) => (w, chrono::Weekday::Sat),
        None => (week, chrono::Weekday::Thu),
    };
    let day = chrono::NaiveDate::from_isoywd_opt(year.parse().ok()?, week.parse().ok()?, day)?;
    Some(day.format("%Y-%m").to_string())
}

/// Whether a time value is a day or a month, of a known year or of the
/// unknown year of an undated article (`XXXX-05-12`).
fn dated(v: &str) -> bool {
    let year = v.get(..4).unwrap_or_default();
    (v.len() == 7 || v.len() == 10)
        && (year == "XXXX" || year.bytes().all(|b| b.is_ascii_digit()))
        && v.bytes().skip(4).all(|b| b.is_ascii_digit() || b == b'-')
}

/// Whether a place entity is a country (else a city, region or site).
fn is_country(ent: &crate::entities::Ent) -> bool {
    let lex = crate::lexicon::Lexicon::get();
    ent.country.as_ref().and_then(|iso| lex.countries.get(iso)).is_some_and(|c| c.name == ent.name)
}

/// Whether the gazetteer knows the place (a city, region or country, not a site).
fn known_place(ent: &crate::entities::Ent) -> bool {
    ent.country.is_some() || crate::lexicon::Lexicon::get().place(&ent.name).is_some()
}

/// Merges mentions of one event: same type family and the same participants,
/// with no conflicting date or place.
fn merge(events: Vec<EventSpan>, found: &Found, doc: &Doc) -> Vec<EventSpan> {
    // `Die vierte Runde, zu der A, B, C und D in Graz zusammenkommen, …`: the
    // meeting of a relative clause on an event noun is that event.
    let mut events = events;
    let s = |i: usize| doc.lower.get(i).map(|w| &**w).unwrap_or("");
    let mut k = 1;
    while k < events.len() {
        let (a, b) = (&events[k - 1], &events[k]);
        let c = a.trigger + 1;
        let relative = s(c) == ","
            && (matches!(s(c + 1), "der" | "die" | "das" | "dem" | "den" | "denen")
                || (matches!(s(c + 1), "zu" | "an" | "bei" | "auf" | "in")
                    && matches!(s(c + 2), "der" | "dem" | "denen")));
        let within = doc.tokens[a.trigger].sentence == doc.tokens[b.trigger].sentence
            && b.trigger > c
            && !(c + 1..b.trigger).any(|j| matches!(s(j), ";" | ":" | "–"));
        if relative
            && within
            && a.kind == EventType::Meeting
            && b.kind == EventType::Meeting
            && doc.tok(a.trigger).starts_with(char::is_uppercase)
            && doc.tok(b.trigger).starts_with(char::is_lowercase)
        {
            let b = events.remove(k);
            let a = &mut events[k - 1];
            join(&mut a.participants, b.participants);
            a.place = b.place.or(a.place);
            a.date = b.date.or(a.date.take());
            a.end = a.end.max(b.end);
            continue;
        }
        k += 1;
    }
    // A visit agreed by invitation is still to come: it stays apart.
    // (So is a return visit: `Gegenbesuch`.)
    let invited = |e: &EventSpan| {
        trigger(&doc.lower[e.trigger]) == Some(EventType::Invitation) || &*doc.lower[e.trigger] == "gegenbesuch"
    };
    // The next round of talks is not the round told before (`Die nächste Runde ist
    // für den 3. März angesetzt. Dann wollen X und Y erneut zusammenkommen`).
    // (Worked out once per event: the merge compares every pair.)
    // (A round counted: `die dritte Runde`.)
    let counted =
        |x: &EventSpan| s(x.trigger).ends_with("runde") && x.trigger > 0 && crate::times::is_ordinal(s(x.trigger - 1));
    let ahead_triggers: Vec<usize> = events
        .iter()
        .filter(|e| {
            let w = &*doc.lower[e.trigger];
            let y = &doc.sentences[doc.tokens[e.trigger].sentence];
            (w.ends_with("runde")
                && e.trigger > 0
                && matches!(
                    &*doc.lower[e.trigger - 1],
                    "nächste" | "nächsten" | "vierte" | "vierten" | "fünfte" | "fünften"
                ))
                || ((y.first..y.last).any(|j| matches!(&*doc.lower[j], "erneut" | "wieder"))
                    && crate::times::looks_ahead(&doc.lower, y.first, y.last))
                // (`Die dritte Runde findet am 27. März statt`: a counted round ahead.)
                || (counted(e) && crate::times::looks_ahead(&doc.lower, y.first, y.last))
        })
        .map(|e| e.trigger)
        .collect();
    let ahead = |e: &EventSpan| ahead_triggers.contains(&e.trigger);
    // A day is within its month; a city is within its country.
    let date_ok = |a: &Option<String>, b: &Option<String>| match (a, b) {
        (Some(a), Some(b)) => a.starts_with(b.as_str()) || b.starts_with(a.as_str()),
        _ => true,
    };
    let place_ok = |a: Option<usize>, b: Option<usize>| match (a, b) {
        (Some(a), Some(b)) => {
            let (ea, eb) = (&found.ents[a], &found.ents[b]);
            a == b || (ea.country.is_some() && ea.country == eb.country && (is_country(ea) || is_country(eb)))
        }
        _ => true,
    };
    // The parties of a meeting joined by one more the same day: the later telling
    // names everyone (`A empfing B. … Gespräche, an denen auch C teilnahm`).
    let grows = |a: &[usize], b: &[usize]| a.len() >= 2 && b.len() == a.len() + 1 && a.iter().all(|p| b.contains(p));
    // An earlier meeting told as such (`Die beiden hatten sich zuletzt im
    // Februar in Nairobi getroffen`) is not the meeting told before it.
    let s = |i: usize| doc.lower.get(i).map(|w| &**w).unwrap_or("");
    let earlier = |e: &EventSpan| told_earlier(doc, e);
    // A talk held apart from a larger round.
    let private = |e: &EventSpan| {
        let y = &doc.sentences[doc.tokens[e.trigger].sentence];
        held_apart(&s, y.first, y.last, e.trigger)
    };
    let mut out: Vec<EventSpan> = Vec::new();
    for e in events {
        let back = earlier(&e);
        let meets = |k: EventType| matches!(k, EventType::Meeting | EventType::Visit | EventType::Call);
        let fits = |o: &EventSpan| {
            // (Nor the signing told before it: `unterzeichneten X und Y den Vertrag.
            // … Kennengelernt hatten sich die beiden im Juni in München`.)
            if back
                && e.kind == EventType::Meeting
                && matches!(o.kind, EventType::Meeting | EventType::Agreement)
                && !earlier(o)
                && doc.tokens[o.trigger].sentence < doc.tokens[e.trigger].sentence
            {
                return false;
            }
            let mut a = o.participants.clone();
            let mut b = e.participants.clone();
            a.sort_unstable();
            b.sort_unstable();
            // What two parties agreed on is part of their meeting or call.
            let agreed = (o.kind == EventType::Agreement) != (e.kind == EventType::Agreement)
                && (meets(o.kind) || meets(e.kind));
            // `… telefonierte mit Y. Es war das erste Gespräch der beiden …`: the call told again.
            let talk_of_call = o.kind == EventType::Call
                && e.kind == EventType::Meeting
                && (doc.lower[e.trigger].starts_with("gespräch")
                    // (`… telefonierte X mit Y. Die beiden berieten über …`.)
                    || matches!(&*doc.lower[e.trigger], "berieten" | "beriet" | "sprachen" | "sprach" | "gesprochen"))
                && doc.tokens[e.trigger].sentence <= doc.tokens[o.trigger].sentence + 1;
            // `… wurde im Itamaraty empfangen. Die beiden berieten in Brasília …`: on
            // one day and a sentence or two apart, a site and its city are one place.
            let same_day = o.date.as_ref().is_some_and(|d| d.len() == 10)
                && o.date == e.date
                && doc.tokens[e.trigger].sentence <= doc.tokens[o.trigger].sentence + 2;
            // (A state banquet is its own event, not the talks of that day.)
            let banquet = |x: &EventSpan| matches!(s(x.trigger), "bankett" | "staatsbankett" | "galadiner");
            // (Nor is a round counted in a clause of its own the meeting told in
            // the clause before: `… hatten sich zu den ersten beiden Runden
            // getroffen, auch in der dritten Runde saß X mit am Tisch`.)
            let (lo, hi) = (o.trigger.min(e.trigger), o.trigger.max(e.trigger));
            let round_apart = counted(o) != counted(&e)
                && doc.tokens[lo].sentence == doc.tokens[hi].sentence
                && (lo..hi).any(|j| s(j) == ",");
            !invited(o)
                && !invited(&e)
                && ahead(o) == ahead(&e)
                && banquet(o) == banquet(&e)
                && !round_apart
                && (o.kind == e.kind
                    || agreed
                    || talk_of_call
                    || (meets(o.kind) && meets(e.kind) && o.kind != EventType::Call && e.kind != EventType::Call))
                && (a == b
                    || (same_day && grows(&a, &b))
                    // (`Die vierte Runde soll am 18. November stattfinden. Dann wollen X
                    // und Y erneut zusammenkommen`: the round ahead, told again in part.)
                    || (ahead(o)
                        && o.date.is_some()
                        && o.date == e.date
                        && !b.is_empty()
                        && b.iter().all(|p| a.contains(p)))
                    // (`Am Abend lud X zu einem Abendessen. Zu Gast bei ihr und Y war auch Z`:
                    // the guests told in the sentence right after, with no day of their own.)
                    || (e.date.is_none()
                        && grows(&a, &b)
                        && doc.tokens[e.trigger].sentence == doc.tokens[o.trigger].sentence + 1)
                    // (What some of its parties signed that day is part of the meeting.)
                    || (same_day && agreed && b.len() >= 2 && b.iter().all(|p| a.contains(p)))
                    // (`kam X mit zwei Amtskollegen zusammen. Bei einem Arbeitsfrühstück mit
                    // A und B …`: the same meeting told again, in part, right after.)
                    // (Not a gathering's sideline meeting: the first telling has a verb.)
                    // (But `sprachen A und B unter vier Augen` leaves the others out.)
                    || (same_day
                        && b.len() >= 2
                        && b.iter().all(|p| a.contains(p))
                        && doc.tok(o.trigger).starts_with(char::is_lowercase)
                        && doc.tokens[e.trigger].sentence == doc.tokens[o.trigger].sentence + 1
                        && !(b.len() < a.len() && private(&e))))
                && !a.is_empty()
                && date_ok(&o.date, &e.date)
                && (place_ok(o.place, e.place) || same_day)
        };
        // (What was agreed belongs to the latest meeting of its parties: `hatte Y
        // bereits im September getroffen. Damals vereinbarten die beiden …`.)
        // (`kamen in Berlin auch die Außenminister beider Länder zusammen. … vereinbarten
        // X und ihr chilenischer Amtskollege Y …`: the countries that met, each by its
        // person, named in the sentence right after.)
        let represented = |o: &EventSpan| {
            o.participants.len() >= 2
                && o.participants.len() == e.participants.len()
                && doc.tokens[e.trigger].sentence == doc.tokens[o.trigger].sentence + 1
                && date_ok(&o.date, &e.date)
                && o.participants.iter().all(|&c| is_country(&found.ents[c]))
                && e.participants.iter().all(|&p| found.ents[p].kind == EntityType::Person)
                && {
                    // (Each country by one person of it; one person of no country
                    // named may stand for the one country left.)
                    let unmatched = o
                        .participants
                        .iter()
                        .filter(|&&c| {
                            e.participants.iter().filter(|&&p| found.ents[p].country == found.ents[c].country).count()
                                != 1
                        })
                        .count();
                    let stateless = e.participants.iter().filter(|&&p| found.ents[p].country.is_none()).count();
                    unmatched <= 1 && unmatched == stateless
                }
        };
        if let Some(o) = out.last_mut().filter(|o| represented(o)) {
            o.participants = e.participants.clone();
            if o.date.is_none() {
                o.date = e.date;
            }
            continue;
        }
        let at = if e.kind == EventType::Agreement { out.iter().rposition(fits) } else { out.iter().position(fits) };
        match at.map(|k| &mut out[k]) {
            Some(o) => {
                // (`… empfangen. Im Anschluss führten die beiden Gespräche, an denen auch Z teilnahm`.)
                join(&mut o.participants, e.participants.iter().copied());
                // Keep the more precise date and place.
                if e.date.as_ref().map_or(0, String::len) > o.date.as_ref().map_or(0, String::len) {
                    o.date = e.date;
                }
                match (o.place, e.place) {
                    // (A call told again as a talk has still no one place.)
                    (None, _) if o.kind == EventType::Call => {}
                    (None, p) => o.place = p,
                    (Some(a), Some(b)) if is_country(&found.ents[a]) && !is_country(&found.ents[b]) => {
                        o.place = Some(b)
                    }
                    // (A city the gazetteer knows rather than a site in it.)
                    (Some(a), Some(b)) if !known_place(&found.ents[a]) && known_place(&found.ents[b]) => {
                        o.place = Some(b)
                    }
                    _ => {}
                }
                if (o.kind == EventType::Visit && e.kind == EventType::Meeting) || o.kind == EventType::Agreement {
                    o.kind = e.kind;
                }
            }
            None => out.push(e),
        }
    }
    out
}
