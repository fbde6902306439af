//! Roles and coreference inside one article.
//!
//! * Appositions become roles: `Russlands Außenminister Sergei Lawrow`,
//!   `der russische Außenminister Sergei Lawrow` → role `Außenminister
//!   (Russland)`, country Russland; `seine Amtskollegin Choe Son-hui` → role
//!   `Amtskollegin`.
//! * Role nouns with a determiner (`der Minister`, `die nordkoreanische
//!   Außenministerin`, `seine Amtskollegin`) resolve to the most recent person
//!   whose role has the same head (or a compatible one: a `Chefdiplomat` is a
//!   foreign minister), the same country when an adjective names one, and a
//!   compatible gender.
//! * Subject pronouns (`Er`, `Sie` starting a sentence; `er`, `sie` right
//!   after a reporting verb) resolve to the most recent person of that gender.

use crate::entities::Found;
use crate::lexicon::{key, national_name, Gender, Lexicon};
use crate::segment::TokenKind;
use crate::{Doc, EntityType, MentionKind};

const DETERMINERS: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "Der", "Die", "Den", "Dem", "Des", "sein", "seine", "seiner", "seinem",
    "seinen", "seines", "ihr", "ihre", "ihrer", "ihrem", "ihren", "ihres", "Sein", "Seine", "Seinem", "Seinen", "Ihr",
    "Ihre", "Ihrem", "Ihren", "dessen", "deren", "dieser", "diese", "diesem", "diesen", "Dieser", "Diese",
    // (`vom stellvertretenden Aussenminister`, `beim Kanzler`: a preposition with the article in it.)
    "vom", "beim", "Vom", "Beim",
];

/// Head nouns by which an organisation named before is referred to again.
const ORG_HEAD_NOUNS: &[&str] = &[
    "kommission", "ministerium", "behorde", "agentur", "organisation", "partei", "regierung", "gewerkschaft",
    "verband", "konzern", "bank", "universitat", "institut", "stiftung", "gericht", "kammer", "fraktion", "allianz",
    "union", "botschaft", "armee", "werft", "initiative", "koalition",
];

/// Nouns for a kind of organisation that refer back to the organisation
/// named last whatever its name (`das Unternehmen`, `der Konzern`).
const GENERIC_ORG_NOUNS: &[&str] = &[
    "unternehmen", "konzern", "firma", "organisation", "verband", "gewerkschaft", "institut", "stiftung", "gruppe",
    "hersteller", "versorger", "dienstleister", "bundnis", "verein", "startup", "initiative", "hilfswerk",
];

/// Unions whose names do not say so (`Gewerkschaft` is not part of them).
const UNION_NAMES: &[&str] = &[
    "Verdi", "ver.di", "PRO-GE", "GPA", "vida", "younion", "Unia", "Syna", "GEW", "EVG", "NGG", "GdP", "GDL", "DGB",
    "ÖGB", "SGB", "Travail.Suisse",
];

/// Nouns for the management of a company (`die Geschäftsführung`).
const MANAGEMENT: &[&str] = &[
    "geschaftsfuhrung", "geschaftsleitung", "konzernleitung", "unternehmensleitung", "unternehmensfuhrung",
    "konzernspitze", "werksleitung", "vorstand",
];

/// What kind of organisation a noun (or the head of a compound) names, so
/// that `der Konzern` does not refer back to `die Gewerkschaft Unia`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum OrgClass {
    Company,
    Union,
    Party,
}

fn org_class(folded: &str) -> Option<OrgClass> {
    const COMPANY: &[&str] = &[
        "unternehmen", "konzern", "firma", "hersteller", "versorger", "dienstleister", "startup", "werft",
        "zulieferer", "produzent", "betreiber", "technik", "elektronik", "logistik", "chemie", "werke", "werk",
        "rohstoffe", "holding", "systems", "energie", "energy",
    ];
    // (And the words for a trade that end a firm's name: `Harzgrund Gießerei`, `Talgang Textil`.)
    if COMPANY.iter().any(|h| folded.ends_with(h))
        || crate::entities::trade_keys().iter().any(|h| folded.ends_with(h.as_str()))
    {
        Some(OrgClass::Company)
    } else if folded.ends_with("gewerkschaft") {
        Some(OrgClass::Union)
    } else if folded.ends_with("partei") {
        Some(OrgClass::Party)
    } else {
        None
    }
}

/// The kind of each organisation, from its name (`… AG`, `Gewerkschaft …`)
/// or a kind noun right before a mention of it (`der Chemiekonzern Mainfeld`).
fn org_classes(found: &Found, doc: &Doc) -> Vec<Option<OrgClass>> {
    let mut classes: Vec<Option<OrgClass>> = found
        .ents
        .iter()
        .map(|ent| {
            if ent.kind != EntityType::Organization {
                return None;
            }
            let last = ent.name.rsplit(' ').next().unwrap_or("");
            if crate::entities::is_company_form(last) {
                return Some(OrgClass::Company);
            }
            // Unions known by their short names (`IG Metall`, `Verdi`, `PRO-GE`).
            if ent.name.starts_with("IG ") || UNION_NAMES.contains(&ent.name.as_str()) {
                return Some(OrgClass::Union);
            }
            ent.name.split([' ', '-']).find_map(|w| org_class(&key(w)))
        })
        .collect();
    for m in found.mentions.iter().filter(|m| m.kind == MentionKind::Name && m.first > 0) {
        if classes[m.ent].is_none() && found.ents[m.ent].kind == EntityType::Organization {
            let before = doc.tok(m.first - 1);
            if before.starts_with(char::is_uppercase) {
                classes[m.ent] = org_class(&key(before));
            }
        }
    }
    classes
}

/// Role heads of people who hold no office (`Autorin`, `Politologe`).
/// (Written as the lexicon key folds them: `okonom`.)
const EXPERT_HEADS: &[&str] = &[
    "experte", "analyst", "okonom", "politologe", "professor", "autor", "schriftsteller", "historiker",
    "wissenschaftler", "forscher", "journalist", "aktivist", "unternehmer",
];

/// Offices a counterpart (`Amtskollege`) may be referred to by.
const COUNTERPART_OFFICES: &[&str] = &["minister", "diplomat", "prasident", "kanzler", "premier", "regierungschef"];

/// Heads of nouns for a partner (`Amtskollege`, `Gast`, `Gastgeber`): they
/// name someone by whom they met, not by an office (after a comma they
/// describe; as a subject they are no unnamed office holder). Written as the
/// lexicon key folds them: `gesprachspartner`.
pub(crate) const PEERS: &[&str] = &["amtskollege", "kollege", "gastgeber", "partner", "gesprachspartner", "gast"];

/// Heads that may refer to a foreign minister.
const DIPLOMAT_HEADS: &[&str] = &["chefdiplomat", "diplomat", "minister"];

/// Adds roles from appositions, and role and pronoun mentions.
pub fn resolve(doc: &Doc, found: &mut Found) {
    let lex = Lexicon::get();
    let n = doc.tokens.len();
    found.mentions.sort_by_key(|m| m.first);
    let name_mentions: Vec<_> = found.mentions.iter().copied().filter(|m| m.kind == MentionKind::Name).collect();

    // Appositions.
    let mut apposed: Vec<usize> = Vec::new();
    // Offices before a name that are a phrase of their own (`lud die Bundesrätin Kamau`).
    let mut separate: Vec<usize> = Vec::new();
    for m in &name_mentions {
        if found.ents[m.ent].kind != EntityType::Person || m.first == 0 {
            continue;
        }
        let mut r = m.first - 1;
        // `Südkoreas Botschafterin in Berlin, Seo Yeon-hee, …`: a role a few
        // words before a name set off by commas.
        if doc.tok(r) == "," && (m.last >= n || matches!(doc.tok(m.last), "," | "." | ";")) {
            let capital = (m.first.saturating_sub(10)..r)
                .rev()
                .take_while(|&k| !matches!(doc.tok(k), "," | "." | ";" | ":"))
                .find(|&k| doc.tok(k).starts_with(char::is_uppercase) && lex.role_of(doc.tok(k)).is_some());
            if let Some(k) = capital {
                r = k;
                apposed.push(k);
            }
        }
        // `die Staatsministerin im Auswärtigen Amt Wiebke Hollmichel`: a role
        // with a short complement right before the name.
        if lex.role_of(doc.tok(r)).is_none() && doc.tok(r).starts_with(char::is_uppercase) {
            let role = (m.first.saturating_sub(5)..r).rev().find(|&k| {
                doc.tok(k).starts_with(char::is_uppercase)
                    && lex.role_of(doc.tok(k)).is_some()
                    && matches!(doc.tok(k + 1), "im" | "in" | "für" | "beim")
                    && (k + 1..m.first).all(|j| doc.tokens[j].kind == TokenKind::Word)
                    && k > 0
                    && DETERMINERS.contains(&doc.tok(k - 1))
            });
            if let Some(k) = role {
                r = k;
            }
        }
        let role_word = doc.tok(r);
        // (`Tags darauf lud die Bundesrätin Kamau … ein`: a person introduced
        // before with another office, named again by surname after an article and
        // an office, is the object of the one that office names.)
        let reintroduced = r + 1 == m.first
            && r > 0
            && matches!(doc.tok(r - 1), "die" | "der" | "Die" | "Der")
            && !found.ents[m.ent].role_heads.is_empty()
            && lex.role_of(role_word).is_some_and(|(h, _)| !found.ents[m.ent].role_heads.iter().any(|x| x == h))
            && name_mentions.iter().any(|o| o.ent == m.ent && o.first < m.first);
        if reintroduced {
            separate.push(r);
            continue;
        }
        let Some((head, gender)) = lex.role_of(role_word) else {
            // `die Journalistin Şule Karabağ`: a feminine noun before a name is no office but tells the gender.
            let article = r > 0 && matches!(doc.tok(r - 1), "Die" | "die" | "der" | "eine" | "einer" | "Eine");
            let feminine =
                role_word.len() > 6 && role_word.ends_with("in") && role_word.starts_with(char::is_uppercase);
            let ent = &mut found.ents[m.ent];
            if article && feminine && ent.gender == Gender::Unknown {
                ent.gender = Gender::Female;
            }
            continue;
        };
        // Country: an adjective (`russische`) or a genitive (`Russlands`)
        // before the role, or one after it (`der Energieminister der VAE`).
        let country = (r.saturating_sub(2)..r)
            .rev()
            .find_map(|k| {
                lex.country_of_adjective(doc.tok(k)).map(str::to_string).or_else(|| {
                    let w = doc.tok(k);
                    let base = w.strip_suffix('s').unwrap_or(w);
                    lex.country_alias.get(base).filter(|_| w.ends_with('s')).cloned()
                })
            })
            .or_else(|| {
                (r + 2 < m.first && matches!(doc.tok(r + 1), "der" | "des"))
                    .then(|| lex.country_alias.get(doc.tok(r + 2)).cloned())
                    .flatten()
            });
        let noun = nominative(role_word, lex);
        let role = match country.as_ref().and_then(|iso| lex.countries.get(iso)) {
            Some(c) => format!("{noun} ({})", c.name),
            None => noun,
        };
        let ent = &mut found.ents[m.ent];
        give_role(ent, role, head, gender);
        // A counterpart's country is hers only when an adjective gives it
        // (`seine deutsche Amtskollegin`), not a genitive (`Russlands Amtskollege`
        // names whose colleague she is).
        let adjective_country = r > 0 && lex.country_of_adjective(doc.tok(r - 1)).is_some();
        if ent.country.is_none() && ((head != "amtskollege" && head != "kollege") || adjective_country) {
            ent.country = country;
        }
    }

    // `Yaw Boakye-Agyeman, dem Regionalminister der Ashanti-Region, …`: a role
    // set off after a name is that person's (not someone else's named before).
    for m in &name_mentions {
        if found.ents[m.ent].kind != EntityType::Person || m.last + 2 >= n || doc.tok(m.last) != "," {
            continue;
        }
        let mut k = m.last + 1;
        if DETERMINERS.contains(&doc.tok(k)) && !matches!(doc.tok(k), "Der" | "Die" | "Das") {
            k += 1;
        }
        while k + 1 < n
            && doc.tok(k).starts_with(char::is_lowercase)
            && (doc.tok(k).ends_with('e') || doc.tok(k).ends_with("en"))
        {
            k += 1;
        }
        let w = doc.tok(k);
        let Some((head, gender)) = w.starts_with(char::is_uppercase).then(|| lex.role_of(w)).flatten() else {
            continue;
        };
        // (`…, Außenminister Y`: another person; `…, der Minister`, with a
        // verb after it, opens a clause.)
        let named_after = found.mentions.iter().any(|o| o.first == k + 1 && o.kind == MentionKind::Name);
        let closes = k + 1 < n
            && matches!(doc.tok(k + 1), "," | "." | "der" | "des" | "von" | "vom" | "im" | "in" | "für" | "aus");
        let ent = &found.ents[m.ent];
        let gender_ok = gender != Gender::Female || ent.gender != Gender::Male;
        if named_after || !closes || !gender_ok || PEERS.contains(&head) {
            continue;
        }
        give_role(&mut found.ents[m.ent], nominative(w, lex), head, gender);
        apposed.push(k);
    }

    // `Qiao Weidong aus Peking`: a person named with where they come from
    // belongs to that country (`den chinesischen Gast`).
    for m in &name_mentions {
        if found.ents[m.ent].kind != EntityType::Person || found.ents[m.ent].country.is_some() || m.last + 1 >= n {
            continue;
        }
        if doc.tok(m.last) != "aus" {
            continue;
        }
        let origin = found
            .mentions
            .iter()
            .find(|p| p.first == m.last + 1 && found.ents[p.ent].kind == EntityType::Place)
            .and_then(|p| found.ents[p.ent].country.clone());
        if let Some(iso) = origin {
            found.ents[m.ent].country = Some(iso);
        }
    }

    // Which tokens are already part of a mention.
    let mut used = vec![false; n];
    // A role set off before a name is that person's, not a reference back.
    for k in apposed {
        used[k] = true;
    }
    for m in &found.mentions {
        if found.ents[m.ent].kind == EntityType::Person || m.kind == MentionKind::Name {
            used[m.first..m.last].iter_mut().for_each(|u| *u = true);
        }
    }
    // The person the article names most often by name (for an office of a
    // country no one named belongs to).
    // (Counted when first asked for: few role phrases need it.)
    let most_named = std::cell::OnceCell::new();
    // Two passes: role phrases, people nouns and age nouns first, so that the
    // pronouns of the second pass see them (`Der Vizeaußenminister äußerte
    // sich. „…“, sagte er.`).
    let mut new_mentions = Vec::new();
    for pass in 0..2 {
        if pass == 1 {
            for (e, a, b, kind) in new_mentions.drain(..) {
                found.mention(e, a, b, kind);
                used[a..b].iter_mut().for_each(|u| *u = true);
            }
            found.mentions.sort_by_key(|m| m.first);
        }
        for i in 1..n {
            if used[i] || (doc.tokens[i].kind != TokenKind::Word && age_noun(doc.tok(i)).is_none()) {
                continue;
            }
            let w = doc.tok(i);
            let pronoun = matches!(w, "ihn" | "sie" | "Er" | "er" | "Sie" | "Dieser" | "Diese" | "ihm" | "ihr");
            if pronoun != (pass == 1) {
                continue;
            }
            // Role noun phrases: determiner, adjectives, role noun, and no name after it.
            if let Some((head, gender)) = w.starts_with(char::is_uppercase).then(|| lex.role_of(w)).flatten() {
                let followed_by_name = i + 1 < n
                    && found.mentions.iter().any(|m| m.first == i + 1 && m.kind == MentionKind::Name)
                    && !separate.contains(&i);
                if followed_by_name {
                    continue;
                }
                let mut start = i;
                let mut country = None;
                while start > 0 && start + 3 > i {
                    let p = doc.tok(start - 1);
                    if DETERMINERS.contains(&p) {
                        start -= 1;
                        break;
                    }
                    // (Strong endings too: `sein irakischer Amtskollege`.)
                    if p.starts_with(char::is_lowercase)
                        && doc.tokens[start - 1].kind == TokenKind::Word
                        && (p.ends_with('e') || p.ends_with("en") || (p.ends_with("er") && p.len() > 5))
                    {
                        if country.is_none() {
                            country = lex.country_of_adjective(p).map(str::to_string);
                        }
                        start -= 1;
                    } else if let Some(m) = found
                        .mentions
                        .iter()
                        .find(|m| m.first == start - 1 && m.kind == MentionKind::Demonym)
                        .filter(|_| country.is_none() && p.starts_with(char::is_uppercase) && p.ends_with("er"))
                    {
                        // (`der Schweizer Chefdiplomat`: a demonym written with a capital.)
                        country = found.ents[m.ent].country.clone();
                        start -= 1;
                    } else {
                        break;
                    }
                }
                if start == i || !DETERMINERS.contains(&doc.tok(start)) {
                    continue;
                }
                // (`seine Amtskollegin aus Singapur`: the country of a place after `aus`.
                // `der Gast aus Hanoi` only when someone of that country is named:
                // else the guest is the one received, read further on.)
                if country.is_none() && i + 2 < n && doc.tok(i + 1) == "aus" {
                    let origin = found
                        .mentions
                        .iter()
                        .find(|m| m.first == i + 2 && found.ents[m.ent].kind == EntityType::Place)
                        .and_then(|m| found.ents[m.ent].country.clone());
                    let known = |iso: &String| {
                        found.ents.iter().any(|e| e.kind == EntityType::Person && e.country.as_ref() == Some(iso))
                    };
                    if head != "gast" || origin.as_ref().is_some_and(known) {
                        country = origin;
                    }
                }
                // `die Fraktionsvorsitzende`, `die Abgeordnete`: a role declined as
                // an adjective is a woman after `die` (its plural ends in -n).
                let gender = if matches!(doc.tok(start), "die" | "Die") && gender == Gender::Male && w.ends_with('e') {
                    Gender::Female
                } else {
                    gender
                };
                // Plurals name several people: `die beiden Minister`, `die Minister`.
                let plural = (start..i)
                    .any(|k| matches!(doc.tok(k), "beiden" | "beide" | "zwei" | "drei" | "vier" | "alle" | "mehrere"))
                    || (matches!(doc.tok(start), "die" | "Die") && gender == Gender::Male)
                    || w.ends_with("innen");
                if plural {
                    continue;
                }
                // The same office word first (`die Staatsministerin` is the
                // Staatsministerin, not the Vize-Außenministerin named after her).
                let word = nominative(w, lex);
                let same_word = |ent: &crate::entities::Ent| {
                    ent.roles.iter().any(|r| r.split(" (").next() == Some(word.as_str()))
                        && (country.is_none() || ent.country == country)
                };
                let exact = salient_recent(found, doc, i, |_, ent| same_word(ent), |_| true);
                // (`Unter vier Augen sprach die Ministerin anschließend mit X` in a report
                // on our minister's trip, after a foreign `Ministerin für Industrie`:
                // a generic office of no country, not right after a verb of saying, is
                // the article's most-named person of no country who holds it.)
                let generic = word.len() <= 12
                    && country.is_none()
                    && !(start > 0
                        && crate::quotes::REPORTING.contains(&&*doc.lower[start - 1])
                        && !matches!(&*doc.lower[start - 1], "sprach" | "sprachen" | "spricht"));
                let exact = match exact {
                    Some(x) if generic && found.ents[x].country.is_some() => {
                        let own = *most_named.get_or_init(|| most_named_person(found));
                        own.filter(|&o| {
                            o != x
                                && found.ents[o].country.is_none()
                                && found.ents[o].role_heads.iter().any(|h| h == head)
                                && (gender == Gender::Unknown || found.ents[o].gender == gender)
                        })
                        .or(Some(x))
                    }
                    e => e,
                };
                // `… steht ein Gespräch mit dem Energieminister des Emirats auf dem
                // Programm. Nasser Al Marri gilt als …`: an object no one of that
                // office holds is the person the next sentence introduces.
                let introduced = || {
                    // (Not a guest, who came before: `empfing X den indischen Gast`.)
                    if !matches!(doc.tok(start), "dem" | "den" | "vom") || head == "gast" {
                        return None;
                    }
                    let next = doc.sentences.get(doc.tokens[i].sentence + 1)?;
                    found
                        .mentions
                        .iter()
                        // (Within its first words, or anywhere when the office names a
                        // country: `den iranischen Außenminister. Es war die erste
                        // Begegnung mit Mehdi Rahnavard …`.)
                        .filter(|m| {
                            m.first >= next.first && m.first < (next.first + 6).min(next.last)
                                || (country.is_some() && m.first >= next.first && m.first < next.last)
                        })
                        .filter(|m| m.kind == MentionKind::Name)
                        .map(|m| m.ent)
                        .find(|&e| {
                            let ent = &found.ents[e];
                            // (Also one introduced with an office when the phrase names a
                            // country: `vom vietnamesischen Regierungschef empfangen.
                            // Premierminister Nguyen Duc Hai sagte …`.)
                            ent.kind == EntityType::Person
                                && (ent.roles.is_empty()
                                    || (country.is_some() && !ent.role_heads.iter().any(|h| h.contains("sprecher"))))
                                && !found.mentions.iter().any(|m| m.ent == e && m.first < i)
                        })
                };
                // (`der Kommissionschef` after `den Vorsitzenden der AU-Kommission, X`:
                // a `…chef` is the one introduced as head of a body of that name.)
                let lw = &*doc.lower[i];
                // (Not a listed office of its own: `der Regierungschef`.)
                let body = (head == "chef")
                    .then(|| lw.strip_suffix("chefin").or_else(|| lw.strip_suffix("chef")))
                    .flatten()
                    .filter(|b| b.chars().count() >= 4)
                    // (Without a linking `s`: `Kommissionschef` → `kommission`,
                    // `Gewerkschaftschef` → `gewerkschaft`.)
                    .map(|b| {
                        b.strip_suffix('s')
                            .filter(|x| ["ung", "heit", "keit", "schaft", "ion", "tät"].iter().any(|e| x.ends_with(e)))
                            .unwrap_or(b)
                            .to_string()
                    });
                let heads_body = |e: usize| {
                    let Some(body) = body.as_deref() else { return false };
                    let Some(first) = found.mentions.iter().find(|m| m.ent == e && m.kind == MentionKind::Name) else {
                        return false;
                    };
                    found.ents[e].role_heads.iter().any(|h| {
                        ["vorsitzend", "präsident", "prasident", "leiter", "direktor", "generalsekretär", "chef"]
                            .iter()
                            .any(|o| h.contains(o))
                    }) && (first.first.saturating_sub(5)..first.first).any(|k| doc.lower[k].contains(body))
                };
                // (`der Gast aus Seoul`: of those of that country named before, the one
                // named most, whose visit the report is about.)
                let visitor = (head == "gast").then_some(country.as_ref()).flatten().and_then(|iso| {
                    most_named_of(found, start, |e| e.country.as_ref() == Some(iso))
                        .filter(|&(_, times)| times > 0)
                        .map(|(e, _)| e)
                });
                let by_role = exact.or(visitor).or_else(introduced).or_else(|| {
                    salient_recent(
                        found,
                        doc,
                        i,
                        |e, ent| {
                        // A counterpart (`Amtskollege`) holds the office named later (`der Minister`).
                        let head_ok = ent.role_heads.iter().any(|h| {
                            h == head
                        || (h == "amtskollege" && COUNTERPART_OFFICES.iter().any(|o| head.ends_with(o)))
                        // (`die Bürgermeisterin … ihren Amtskollegen Y. … den Bürgermeister`:
                        // a counterpart holds the office of the one whose counterpart he is.)
                        || (h == "amtskollege" && found.ents.iter().any(|o| o.kind == EntityType::Person && o.role_heads.iter().any(|r| r == head)))
                        // (`sein irakischer Amtskollege` after `der irakische Ölminister X`.)
                        || (head == "amtskollege" && country.is_some() && COUNTERPART_OFFICES.iter().any(|o| h.ends_with(o)))
                        || (DIPLOMAT_HEADS.contains(&head) && h == "minister")
                        // `der Diplomat` after `Botschafter X`.
                        || (head == "diplomat" && matches!(h.as_str(), "botschafter" | "gesandter"))
                        // (Not a prime minister: `die Ministerin` after `Vizepremierministerin X`
                        // is the foreign minister of the report.)
                        || (head == "minister" && h.ends_with("minister") && h != "premierminister")
                        }) || (head == "gast" && country.is_some())
                            || heads_body(e);
                        // (`den chinesischen Gast`: the visitor from that country, whatever the office.)
                        // (A counterpart of unknown country and gender — `seiner Amtskollegen
                        // Choe Son-hui` — may be `die nordkoreanische Außenministerin`.)
                        // (Not for a guest, who is of the country named: `der Gast aus Hanoi`.)
                        let counterpart = head != "gast"
                            && ent.country.is_none()
                            && ent.role_heads.iter().any(|h| h == "amtskollege");
                        // (The article's most-named person, of no country named, is of a
                        // German-speaking country when no one else is: `der Schweizer
                        // Chefdiplomat` in a Swiss report on its foreign minister. A
                        // German-language report names foreigners' countries.)
                        let unclaimed = || {
                            ent.country.is_none()
                                && matches!(country.as_deref(), Some("DE" | "AT" | "CH"))
                                && !found.ents.iter().any(|o| o.kind == EntityType::Person && o.country == country)
                                && *most_named.get_or_init(|| most_named_person(found)) == Some(e)
                        };
                        let country_ok = country.is_none() || ent.country == country || counterpart || unclaimed();
                        let gender_ok = gender == Gender::Unknown
                            || ent.gender == gender
                            || (ent.gender == Gender::Unknown && (gender == Gender::Male || counterpart));
                        head_ok && country_ok && gender_ok
                        },
                        // (A rival of the one named last holds that very office.)
                        |ent| ent.role_heads.iter().any(|h| h == head),
                    )
                });
                // `Die neue Landeschefin kündigte an`: a feminine role opening the
                // sentence with no one of that role named is the woman spoken of before.
                // `… sagte Bundesrat Ruchti. Der Aussenminister rief …`: so does a
                // masculine one with a singular article, for a man with no other office of that kind.
                let by_subject = || {
                    let opens = doc.sentence_initial(start) && country.is_none();
                    let singular = gender == Gender::Female || doc.tok(start) == "Der";
                    // `Die Autorin` is not the president spoken of before.
                    let expert = EXPERT_HEADS.contains(&head);
                    let ok = |ent: &crate::entities::Ent| {
                        if expert && ent.role_heads.iter().any(|h| !EXPERT_HEADS.contains(&h.as_str())) {
                            return false;
                        }
                        if gender == Gender::Female {
                            // (A name the list does not know, `Bae Soo-jin`, may be hers.)
                            ent.gender == Gender::Female
                                || (ent.gender == Gender::Unknown && ent.kind == EntityType::Person)
                        } else {
                            ent.gender != Gender::Female
                                && !ent.role_heads.iter().any(|h| h.ends_with(head) || head.ends_with(h.as_str()))
                        }
                    };
                    // `…, sagte die Managerin`: a role right after a verb of saying is its subject.
                    let inverted = start > 0
                        && crate::quotes::REPORTING.contains(&&*doc.lower[start - 1])
                        && country.is_none()
                        && match doc.tok(start) {
                            "die" => gender == Gender::Female,
                            "der" => gender != Gender::Female,
                            _ => false,
                        };
                    // (`Gestern besichtigte die Bundesrätin …`: a woman's office
                    // that no one named holds is the woman spoken of last.)
                    let her = || {
                        // (`die Konzernsprecherin` speaks for her company, unnamed.)
                        (gender == Gender::Female
                            && matches!(doc.tok(start), "die" | "Die")
                            && country.is_none()
                            && !head.contains("sprecher"))
                        .then(|| {
                            most_recent(found, doc, start, Some(8), |_, ent| {
                                ok(ent) && ent.gender == Gender::Female && !w.ends_with('e')
                            })
                        })
                        .flatten()
                    };
                    if opens && singular {
                        subject_before(found, doc, start, &ok).or_else(her)
                    } else if inverted {
                        subject_before(found, doc, start, &ok)
                            .or_else(|| most_recent(found, doc, start, Some(2), |_, ent| ok(ent)))
                            .or_else(her)
                    } else {
                        her()
                    }
                };
                // The guest a welcome at token `k` names.
                let guest_of = |k: usize| -> Option<usize> {
                    let y = &doc.sentences[doc.tokens[k].sentence];
                    let person = |m: &&crate::entities::Men| found.ents[m.ent].kind == EntityType::Person;
                    // (`hat X gestern den Präsidenten Y in Wien empfangen`: the
                    // object, named second; `wurde Y von X empfangen`: the subject.)
                    if doc.tok(k) == "empfangen" {
                        // (Told in the eight sentences before.)
                        if doc.tokens[k].sentence + 8 < doc.tokens[start].sentence {
                            return None;
                        }
                        // (A passive's guest is named before `von`: not `wurde er
                        // von X empfangen`.)
                        let by = (y.first..k).find(|&j| matches!(&*doc.lower[j], "von" | "vom")).unwrap_or(k);
                        let passive = (y.first..k).any(|j| matches!(&*doc.lower[j], "wurde" | "wurden" | "wird"))
                            || doc.lower.get(k + 1).is_some_and(|w| w == "worden");
                        let perfect = (y.first..k).any(|j| matches!(&*doc.lower[j], "hat" | "hatte"));
                        let named = |to: usize| -> Vec<usize> {
                            found
                                .mentions
                                .iter()
                                .filter(|m| m.first >= y.first && m.last <= to && m.kind == MentionKind::Name)
                                .filter(person)
                                .map(|m| m.ent)
                                .collect()
                        };
                        return if passive {
                            named(by).first().copied()
                        } else if perfect {
                            named(k).get(1).copied()
                        } else {
                            None
                        };
                    }
                    let before =
                        found.mentions.iter().filter(|m| m.first >= y.first && m.last <= k).any(|m| person(&m));
                    let after: Vec<usize> = found
                        .mentions
                        .iter()
                        .filter(|m| m.first > k && m.last <= y.last.min(start))
                        .filter(person)
                        .map(|m| m.ent)
                        .collect();
                    // (`X empfing Y`, or `Am Samstag empfing X Y`.)
                    if before {
                        after.first().copied()
                    } else {
                        after.get(1).copied()
                    }
                };
                // (`der Gast aus Westafrika` after `X empfing die Gruppe um Y`: the one
                // received last, the object after the verb.)
                let received = || {
                    // (One guest, not `den Gästen`.)
                    (head == "gast"
                        && matches!(gender, Gender::Male | Gender::Unknown)
                        && matches!(&*doc.lower[i], "gast" | "gastes"))
                    .then(|| {
                        // (The last welcome that names its guest: `begrüßte ihren Gast` names
                        // none, `ist X heute in Wien empfangen worden` before it does.)
                        (0..start)
                            .rev()
                            .filter(|&k| {
                                matches!(doc.tok(k), "empfing" | "empfängt" | "begrüßte" | "begrüsste" | "empfangen")
                            })
                            .find_map(&guest_of)
                    })
                    .flatten()
                };
                // (Not the one named right after it: `lud die Bundesrätin Kamau` is
                // someone else, the woman of that office spoken of before.)
                let object = separate
                    .contains(&i)
                    .then(|| found.mentions.iter().find(|m| m.first == i + 1).map(|m| m.ent))
                    .flatten();
                // (`Seine Gastgeberin verwies darauf, …` after `X kam mit Y zusammen`: a
                // partner of the one the possessive points to, the other one met.)
                let partner_of = || {
                    let possessive = match doc.tok(start) {
                        "sein" | "seine" | "seiner" | "seinem" | "seinen" | "Sein" | "Seine" | "Seinem" | "Seinen" => {
                            Some(Gender::Male)
                        }
                        "ihr" | "ihre" | "ihrer" | "ihrem" | "ihren" | "Ihr" | "Ihre" | "Ihrem" | "Ihren" => {
                            Some(Gender::Female)
                        }
                        _ => None,
                    }?;
                    // (Not `ihren Gesprächspartner` at a return visit: the events
                    // pick the one met most.)
                    // (`Aebersold und seine Amtskollegin hatten sich …` after `traf X
                    // die Handelsministerin Y`: the counterpart is the one met too.)
                    // (Not one named right after: `seinem Amtskollegen aus Bern,
                    // Staatssekretär X`.)
                    let named_next = || {
                        found.mentions.iter().any(|m| m.first > i && m.first <= i + 5 && m.kind == MentionKind::Name)
                    };
                    let within = match head {
                        "gastgeber" => 3,
                        "amtskollege" if !named_next() => 5,
                        _ => return None,
                    };
                    let owner = most_recent(found, doc, start, Some(3), |_, ent| ent.gender == possessive)?;
                    most_recent(found, doc, start, Some(within), |x, ent| {
                        x != owner
                            && ent.kind == EntityType::Person
                            && (ent.gender == gender || ent.gender == Gender::Unknown || gender == Gender::Unknown)
                    })
                };
                // (For `der Gast`, the one received comes before the subject before.)
                let e = if head == "gast" {
                    by_role.or_else(received).or_else(by_subject)
                } else {
                    by_role.or_else(partner_of).or_else(by_subject).or_else(received)
                };
                let e = match (e, object) {
                    (Some(e), Some(o)) if e == o => most_recent(found, doc, start, Some(8), |x, ent| {
                        x != o
                            && (gender == Gender::Unknown
                                || ent.gender == gender
                                || (ent.gender == Gender::Unknown && gender == Gender::Male))
                    }),
                    (e, _) => e,
                };
                if let Some(e) = e {
                    new_mentions.push((e, start, i + 1, MentionKind::Role));
                }
                continue;
            }
            // `sagte der Franzose`, `Die Schwedin betonte`: the person of that country spoken of before.
            if let Some(iso) = w.starts_with(char::is_uppercase).then(|| lex.people_country(w)).flatten() {
                let det = doc.tok(i - 1);
                let g = match det {
                    "die" | "Die" if w.ends_with("in") => Some(Gender::Female),
                    "der" | "Der" => Some(Gender::Male),
                    _ => None,
                };
                // (Also after an auxiliary in second place: `Mit X hatte der Japaner telefoniert`.)
                let auxiliary = |w: &str| {
                    matches!(
                        w,
                        "hatte" | "hat" | "habe" | "war" | "ist" | "sei" | "wird" | "werde" | "will" | "wolle" | "soll"
                    )
                };
                let subject = (i >= 2
                    && (crate::quotes::REPORTING.contains(&&*doc.lower[i - 2]) || auxiliary(&doc.lower[i - 2])))
                    || doc.sentence_initial(i - 1);
                if let (Some(g), true) = (g, subject) {
                    let gender_ok = |ent: &crate::entities::Ent| {
                        ent.gender == g || (ent.gender == Gender::Unknown && g == Gender::Male)
                    };
                    let e = most_recent(found, doc, i, Some(3), |_, ent| {
                        ent.country.as_deref() == Some(iso) && gender_ok(ent)
                    })
                    // `Generalsekretär Maarten Tiesinga warb … „…“, sagte der
                    // Niederländer`: with no one known to be from there, the person
                    // just spoken of whose country is not known.
                    // (The subject of the sentence before first: `Gestern kam X mit
                    // Bürgermeister Y zusammen. Der Schwede betonte …` is X.)
                    .or_else(|| subject_before(found, doc, i, &|ent| ent.country.is_none() && gender_ok(ent)))
                    .or_else(|| most_recent(found, doc, i, Some(1), |_, ent| ent.country.is_none() && gender_ok(ent)));
                    if let Some(e) = e {
                        new_mentions.push((e, i - 1, i + 1, MentionKind::Role));
                    }
                    continue;
                }
            }
            // `Die Baslerin kündigte an`, `Der Wiener erklärte`: someone from a city
            // is the person just spoken of.
            // (The cheap tests first: this runs for every word.)
            // (Not an adjective before a noun: `Der Trierer Dialektforscher X`.)
            let townsman = matches!(doc.tok(i - 1), "Der" | "Die")
                && doc.sentence_initial(i - 1)
                && w.starts_with(char::is_uppercase)
                && !(i + 1 < n && doc.tok(i + 1).starts_with(char::is_uppercase))
                && lex.people_country(w).is_none()
                && w.strip_suffix("erin").or_else(|| w.strip_suffix("er")).is_some_and(|b| {
                    // (`Basler` from `Basel`, `Wiener` from `Wien`.)
                    let city = |name: &str| lex.place(name).is_some_and(|p| p.kind == "city");
                    city(b)
                        || b.char_indices()
                            .last()
                            .is_some_and(|(k, c)| matches!(c, 'l' | 'n') && city(&format!("{}e{}", &b[..k], c)))
                });
            // `Die 52-Jährige`, `der 58-Jährige`, `Die Baslerin kündigte an`: the
            // person of that gender spoken of before.
            let age = age_noun(w);
            if age.is_some() || (townsman && doc.sentence_initial(i - 1)) {
                let g = match (age, doc.tok(i - 1)) {
                    (Some(_), "Die" | "die") => Some(Gender::Female),
                    (Some(Gender::Male), "Der" | "der") => Some(Gender::Male),
                    // (`sagte der 58-Jährige`: the weak form after `der` is masculine.)
                    (Some(_), "Der" | "der") if w.ends_with("Jährige") => Some(Gender::Male),
                    (None, "Die") if w.ends_with("in") => Some(Gender::Female),
                    (None, "Der") => Some(Gender::Male),
                    _ => None,
                };
                if let Some(g) = g {
                    let ok = |ent: &crate::entities::Ent| {
                        ent.gender == g || (ent.gender == Gender::Unknown && g == Gender::Male)
                    };
                    if let Some(e) = subject_before(found, doc, i, &ok) {
                        new_mentions.push((e, i - 1, i + 1, MentionKind::Role));
                    }
                }
                if age.is_some() || g.is_some() {
                    continue;
                }
            }
            // `hatte X mit ihr in Genf beraten`, `telefonierte mit ihm`: after a
            // preposition, the person of that gender spoken of last who is not
            // the subject named in the sentence.
            if matches!(w, "ihm" | "ihr") {
                if matches!(&*doc.lower[i - 1], "mit" | "bei" | "zu" | "von" | "gegenüber" | "neben" | "an") {
                    let g = if w == "ihm" { Gender::Male } else { Gender::Female };
                    let first = doc.sentences[doc.tokens[i].sentence].first;
                    // (Not the source: `Laut X hat Y mit ihm telefoniert` is X.)
                    let source = |m: &&crate::entities::Men| {
                        (m.first > 0 && matches!(doc.tok(m.first - 1), "laut" | "Laut"))
                            || (m.last < n && doc.tok(m.last) == "zufolge")
                    };
                    let subject = found
                        .mentions
                        .iter()
                        .filter(|m| !source(m))
                        .find(|m| m.first >= first && m.last <= i && found.ents[m.ent].kind == EntityType::Person)
                        .map(|m| m.ent);
                    if let Some(e) = most_recent(found, doc, i, Some(2), |e, ent| Some(e) != subject && ent.gender == g)
                    {
                        new_mentions.push((e, i, i + 1, MentionKind::Pronoun));
                    }
                }
                continue;
            }
            // Subject pronouns.
            // `empfängt Bundeskanzler Jonas Ruppersberg sie`: an object pronoun
            // right after the subject's name is someone else, named before.
            if matches!(w, "ihn" | "sie") {
                let after_name =
                    found.mentions.iter().find(|m| m.last == i && m.kind == MentionKind::Name).map(|m| m.ent);
                if let Some(subject) = after_name.filter(|&e| found.ents[e].kind == EntityType::Person) {
                    let g = if w == "ihn" { Gender::Male } else { Gender::Female };
                    // (A person of that gender in the sentences just before comes
                    // first: `Tags darauf empfing ihn Y … sie`.)
                    let e =
                        most_recent(found, doc, i, Some(2), |e, ent| e != subject && ent.gender == g).or_else(|| {
                            most_recent(found, doc, i, None, |e, ent| {
                                e != subject && (ent.gender == g || ent.gender == Gender::Unknown)
                            })
                        });
                    if let Some(e) = e {
                        new_mentions.push((e, i, i + 1, MentionKind::Pronoun));
                    }
                    continue;
                }
            }
            let pronoun_gender = match w {
                "Er" | "er" => Some(Gender::Male),
                "Sie" | "sie" => Some(Gender::Female),
                // `Dieser hatte gefordert`: the man named last.
                "Dieser" | "Diese"
                    if doc.sentence_initial(i) && i + 1 < n && doc.tokens[i + 1].kind == TokenKind::Word =>
                {
                    let next = doc.tok(i + 1);
                    let verb_next = next.starts_with(char::is_lowercase);
                    (verb_next && !(w == "Diese" && next.ends_with("en"))).then_some(if w == "Dieser" {
                        Gender::Male
                    } else {
                        Gender::Female
                    })
                }
                _ => None,
            };
            if let Some(g) = pronoun_gender {
                let demonstrative = w.starts_with("Dies");
                if demonstrative {
                    // The person mentioned last, in this sentence or the one before.
                    let e = most_recent(found, doc, i, Some(1), |_, _| true).filter(|&e| {
                        let g = found.ents[e].gender;
                        g == pronoun_gender.unwrap_or(g) || (g == Gender::Unknown && w == "Dieser")
                    });
                    if let Some(e) = e {
                        new_mentions.push((e, i, i + 1, MentionKind::Pronoun));
                    }
                    continue;
                }
                let initial = doc.sentence_initial(i) && w.starts_with(char::is_uppercase);
                let after_verb = crate::quotes::REPORTING.contains(&&*doc.lower[i - 1]);
                // `Dort will sie …`, `Danach traf er …`: an adverb, the verb, the subject.
                let first = doc.sentences[doc.tokens[i].sentence].first;
                let after_adverb = i == first + 2
                    && doc.tok(i - 1).starts_with(char::is_lowercase)
                    && SENTENCE_ADVERBS.contains(&&*doc.lower[first]);
                let next = if i + 1 < n { doc.tok(i + 1) } else { "" };
                // (`rief sie den Delegierten zu`: an article is no plural verb.)
                let plural_verb = next.ends_with("en")
                    && g == Gender::Female
                    && !DETERMINERS.contains(&next)
                    && !matches!(next, "einen" | "keinen" | "allen" | "denen");
                // `Am Freitag reist sie weiter`: right after the verb of a sentence
                // that opens with something else (verb second).
                let prev = &*doc.lower[i - 1];
                let after_finite = i >= first + 2
                    && i <= first + 5
                    && doc.tokens[i - 1].kind == TokenKind::Word
                    && doc.tok(i - 1).starts_with(char::is_lowercase)
                    && !NOT_VERBS_BEFORE.contains(&prev)
                    && !(g == Gender::Female && prev.ends_with("en"));
                // (`Nach Angaben der Thurmatic AG telefonierte er …`: after a past
                // verb that follows a longer opening phrase with no comma.)
                let after_finite = after_finite
                    || (i >= first + 2
                        && i <= first + 10
                        && doc.tokens[i - 1].kind == TokenKind::Word
                        && doc.tok(i - 1).starts_with(char::is_lowercase)
                        && !NOT_VERBS_BEFORE.contains(&prev)
                        && !(g == Gender::Female && prev.ends_with("en"))
                        && crate::times::is_past(prev)
                        && !doc.lower[first..i].iter().any(|w| matches!(&**w, "," | "„" | "«" | "»" | "\"" | "“")));
                // (`Bei einem Arbeitsfrühstück in der Wirtschaftskammer hatte er …`: after
                // an auxiliary or modal, however long the phrase before it.)
                let after_auxiliary = matches!(
                    prev,
                    "hatte"
                        | "hat"
                        | "war"
                        | "ist"
                        | "wird"
                        | "wurde"
                        | "will"
                        | "wollte"
                        | "soll"
                        | "sollte"
                        | "kann"
                        | "konnte"
                        | "muss"
                        | "musste"
                );
                if (initial || after_verb || after_adverb || after_finite || after_auxiliary) && !plural_verb {
                    let ok = |ent: &crate::entities::Ent| {
                        ent.gender == g || (ent.gender == Gender::Unknown && g == Gender::Male)
                    };
                    // (`Zweifel zeigte sich zufrieden. «…», sagte sie`: with no woman
                    // known, the subject before whose given name tells no gender, `Andrea`.)
                    let unknown = |ent: &crate::entities::Ent| {
                        ent.gender == Gender::Unknown && ent.kind == EntityType::Person && ent.country.is_none()
                    };
                    let e = subject_before(found, doc, i, &ok)
                        .or_else(|| most_recent(found, doc, i, None, |_, ent| ok(ent)))
                        .or_else(|| (g == Gender::Female).then(|| subject_before(found, doc, i, &unknown)).flatten());
                    if let Some(e) = e {
                        new_mentions.push((e, i, i + 1, MentionKind::Pronoun));
                    }
                }
            }
        }
    }
    for (e, a, b, kind) in new_mentions {
        found.mention(e, a, b, kind);
    }

    // `Der Bundesrat sagte, …` after `Bundesrat Daniel Stöckli`: the office held
    // by the person named with it, not the council, when a verb follows.
    // (Swiss councils name their members: `Bundesrat`, `Regierungsrat`.)
    for k in 0..found.mentions.len() {
        let m = found.mentions[k];
        let w = &*doc.lower[m.first];
        if m.last != m.first + 1
            || m.first == 0
            || found.ents[m.ent].kind != EntityType::Organization
            || !matches!(w, "bundesrat" | "regierungsrat" | "stadtrat" | "gemeinderat" | "staatsrat")
            || doc.tok(m.first - 1) != "Der"
            // (A verb of its own, not an auxiliary: `Der Bundesrat hatte … bezeichnet`
            // is the council.)
            || !doc.lower.get(m.last).is_some_and(|v| crate::times::is_past_full_verb(v))
        {
            continue;
        }
        let holder = most_recent(found, doc, m.first, None, |_, ent| {
            ent.roles.iter().any(|r| r.split(" (").next().is_some_and(|r| r.eq_ignore_ascii_case(w)))
        });
        if let Some(p) = holder {
            found.mentions[k].ent = p;
            found.mentions[k].kind = MentionKind::Role;
        }
    }

    // `die Kommission` after `die EU-Kommission`: a bare head noun with an
    // article names the organisation mentioned last whose name ends in it.
    let mut taken = vec![false; n];
    for m in &found.mentions {
        taken[m.first..m.last].iter_mut().for_each(|t| *t = true);
    }
    // `das Außenministerium` after `Außenministerin Hollerweger (Österreich)`:
    // the ministry of the country of the last minister mentioned.
    for i in 1..n {
        let w = doc.tok(i);
        // (A federal ministry names itself with or without an article:
        // `Laut Bundesverteidigungsministerium …`.)
        let federal = w.starts_with("Bundes") && key(w).contains("ministerium");
        if taken[i]
            || !w.starts_with(char::is_uppercase)
            || !(federal
                || matches!(
                    doc.tok(i - 1),
                    "das" | "des" | "dem" | "Das" | "im" | "ins" | "vom" | "zum" | "beim" | "Im"
                ))
        {
            continue;
        }
        let head = w.strip_suffix("s").filter(|b| key(b).ends_with("ministerium")).unwrap_or(w);
        // `Bundes-` and `Landes-` ministries are domestic, whoever spoke last.
        // A bare `Ministerium` names no office: which one is not said.
        let k = key(head);
        // (`das Bundeswirtschaftsministerium` is a name of its own.)
        if k.ends_with("ministerium") && head.starts_with("Bundes") && head.len() > "Bundesministerium".len() {
            let e = found.entity(EntityType::Organization, head, None);
            found.mention(e, i, i + 1, MentionKind::Name);
            taken[i] = true;
            continue;
        }
        if !k.ends_with("ministerium") || k == "ministerium" || head.starts_with("Bundes") || head.starts_with("Landes")
        {
            continue;
        }
        let at = doc.tokens[i].start;
        let before = || found.mentions.iter().filter(move |m| doc.tokens[m.first].start < at);
        // Ministers anywhere in the article; the place or minister before the
        // ministry decides, else the first minister after it.
        let mut ministers: Vec<(usize, &str)> = found
            .mentions
            .iter()
            .filter_map(|m| {
                let ent = &found.ents[m.ent];
                let minister = ent.kind == EntityType::Person && ent.role_heads.iter().any(|h| h.ends_with("minister"));
                ent.country.as_deref().filter(|_| minister).map(|c| (m.first, c))
            })
            .collect();
        ministers.sort_unstable();
        // Of the ministers' countries, the one whose place was named last
        // (`… empfing ihren Amtskollegen in Wien … im Außenministerium`);
        // else the last minister's.
        let by_place = before()
            .filter(|m| m.kind == MentionKind::Name && found.ents[m.ent].kind == EntityType::Place)
            .filter_map(|m| found.ents[m.ent].country.as_deref().map(|c| (m.first, c)))
            .filter(|(_, c)| ministers.iter().any(|(_, mc)| mc == c))
            .max_by_key(|(first, _)| *first)
            .map(|(_, c)| c);
        let minister_before = ministers.iter().rev().find(|(first, _)| *first < i).map(|(_, c)| *c);
        // `teilte das Außenministerium in Wien mit`: the place right after it decides first.
        let seat = (i + 2 < n && doc.tok(i + 1) == "in")
            .then(|| {
                found
                    .mentions
                    .iter()
                    .find(|m| m.first == i + 2 && found.ents[m.ent].kind == EntityType::Place)
                    .and_then(|m| found.ents[m.ent].country.as_deref())
            })
            .flatten();
        let country = seat.or(by_place).or(minister_before).or(ministers.first().map(|(_, c)| *c)).map(str::to_string);
        let Some(iso) = country else { continue };
        let Some(adj) = lex.adjective_of.get(&iso) else { continue };
        let e = found.entity(EntityType::Organization, &national_name(adj, "es", head), Some(iso));
        found.mention(e, i, i + 1, MentionKind::Name);
        taken[i] = true;
    }

    let mut org_mentions = Vec::new();
    let classes = org_classes(found, doc);
    // Names folded once, not for every head noun that looks back.
    let folded_names: Vec<String> = found.ents.iter().map(|e| key(&e.name)).collect();
    // Organisations named in several words, by their first word, with where each
    // is named (`Wirtschaftskammer` → `Wirtschaftskammer Oberösterreich`).
    let mut opening: rustc_hash::FxHashMap<String, Vec<(usize, usize)>> = rustc_hash::FxHashMap::default();
    for m in found.mentions.iter().filter(|m| m.kind == MentionKind::Name) {
        let ent = &found.ents[m.ent];
        if let Some((first_word, _)) = ent.name.split_once(' ').filter(|_| ent.kind == EntityType::Organization) {
            opening.entry(first_word.to_string()).or_default().push((doc.tokens[m.first].start, m.ent));
        }
    }
    for i in 1..n {
        let w = doc.tok(i);
        // (`IG Metall und Geschäftsführung`: a management noun needs no article after `und`.)
        let joined = doc.tok(i - 1) == "und" && MANAGEMENT.contains(&key(w).as_str());
        if taken[i]
            || !w.starts_with(char::is_uppercase)
            || !(joined
                || matches!(
                    doc.tok(i - 1),
                    "die" | "der" | "das" | "Die" | "Der" | "Das" | "dem" | "den" | "des" | "Dem" | "Den" | "Des"
                ))
        {
            continue;
        }
        // (`das Bündnis`, `des Bündnisses`, `des Konzerns`: the noun's stem
        // whichever ending it has.)
        let head = {
            let k = key(w);
            let listed = |h: &str| ORG_HEAD_NOUNS.contains(&h) || GENERIC_ORG_NOUNS.contains(&h);
            let stems = [Some(k.as_str()), k.strip_suffix("ses"), k.strip_suffix("es"), k.strip_suffix('s')];
            let found = stems.into_iter().flatten().find(|h| listed(h)).map(str::to_string);
            found.unwrap_or_else(|| key(w.strip_suffix("s").filter(|b| b.len() >= 5).unwrap_or(w)))
        };
        // `die Geschäftsführung`, `der Vorstand`: the company named last.
        if MANAGEMENT.contains(&key(w).as_str()) && i + 1 < n && !doc.tok(i + 1).starts_with(char::is_uppercase) {
            let at = doc.tokens[i].start;
            let company = found
                .mentions
                .iter()
                .filter(|m| doc.tokens[m.first].start < at && m.kind == MentionKind::Name)
                .filter(|m| classes[m.ent] == Some(OrgClass::Company))
                .max_by_key(|m| m.first)
                .map(|m| m.ent);
            if let Some(e) = company {
                org_mentions.push((e, if joined { i } else { i - 1 }, i + 1));
            }
            continue;
        }
        // `die Gewerkschaft IG BCE`: a name after it is the organisation meant.
        let named_after = i + 1 < n
            && doc.tok(i + 1).starts_with(char::is_uppercase)
            && (found.mentions.iter().any(|m| m.first == i + 1)
                || !crate::lexicon::german_word(&doc.lower[i + 1])
                || doc.tok(i + 1).chars().all(|c| c.is_uppercase()));
        let generic = GENERIC_ORG_NOUNS.contains(&head.as_str()) && !named_after;
        // `die Wirtschaftskammer` after `Wirtschaftskammer Oberösterreich`: the
        // organisation whose name it opens.
        if !named_after {
            let at = doc.tokens[i].start;
            let bare = w.strip_suffix('s').unwrap_or(w);
            let opened = [w, bare]
                .into_iter()
                .filter_map(|k| opening.get(k))
                .flatten()
                .filter(|&&(start, _)| start < at)
                .max_by_key(|&&(start, _)| start)
                .map(|&(_, e)| e);
            if let Some(e) = opened {
                org_mentions.push((e, i - 1, i + 1));
                continue;
            }
        }
        if head.len() < 5 || !(ORG_HEAD_NOUNS.contains(&head.as_str()) || generic) {
            continue;
        }
        let at = doc.tokens[i].start;
        let sentence = doc.tokens[i].sentence;
        let orgs: Vec<&crate::entities::Men> = found
            .mentions
            .iter()
            .filter(|m| {
                doc.tokens[m.first].start < at
                    && m.kind == MentionKind::Name
                    && found.ents[m.ent].kind == EntityType::Organization
            })
            .collect();
        let orgs_before = || orgs.iter().copied();
        let antecedent = orgs_before()
            // `das Gericht` after `Oberverwaltungsgericht Rheinland-Pfalz`.
            .filter(|m| folded_names[m.ent].contains(head.as_str()))
            .max_by_key(|m| m.first)
            .map(|m| m.ent)
            // `Die Alpenstrom Holding AG … Wie das Unternehmen mitteilte`: the
            // organisation named last, in this sentence or the two before, unless
            // it is of another kind (`der Konzern` after `die Gewerkschaft Unia`:
            // then the company named last).
            .or_else(|| {
                if !generic {
                    return None;
                }
                let class = org_class(&head);
                let fits =
                    |m: &&crate::entities::Men| class.is_none() || classes[m.ent].is_none_or(|c| Some(c) == class);
                let last = orgs_before().max_by_key(|m| m.first)?;
                if fits(&last) && doc.tokens[last.first].sentence + 2 >= sentence {
                    return Some(last.ent);
                }
                // (Further back, only an organisation known to be of that kind.)
                orgs_before()
                    .filter(|m| class.is_some() && classes[m.ent] == class)
                    .max_by_key(|m| m.first)
                    .map(|m| m.ent)
            });
        if let Some(e) = antecedent {
            org_mentions.push((e, i - 1, i + 1));
        }
    }
    for (e, a, b) in org_mentions {
        found.mention(e, a, b, MentionKind::Role);
        taken[a..b].iter_mut().for_each(|t| *t = true);
    }

    // `ein Sprecher des Auswärtigen Amtes`, `eine Sprecherin der Kommission`:
    // an unnamed spokesperson speaks for the organisation.
    let mut spokes = Vec::new();
    for i in 1..n.saturating_sub(2) {
        let w = doc.tok(i);
        // (`eines Ministeriumssprechers`, `ein Konzernsprecher`: the body is in the word.)
        let compound = ["sprechers", "sprecherin", "sprecher"]
            .iter()
            .find_map(|s| w.strip_suffix(s))
            .filter(|p| p.len() >= 6 && w.starts_with(char::is_uppercase))
            .map(|p| key(p.strip_suffix('s').unwrap_or(p)));
        if taken[i] || !(matches!(w, "Sprecher" | "Sprecherin" | "Sprecherinnen") || compound.is_some()) {
            continue;
        }
        let det = doc.tok(i - 1);
        if !matches!(det, "ein" | "eine" | "Ein" | "Eine" | "einer" | "einem" | "eines") {
            continue;
        }
        if let Some(stem) = &compound {
            let at = doc.tokens[i].start;
            let named = found
                .mentions
                .iter()
                .filter(|m| doc.tokens[m.first].start < at && found.ents[m.ent].kind == EntityType::Organization)
                .filter(|m| key(&found.ents[m.ent].name).contains(stem.as_str()))
                .max_by_key(|m| m.first)
                .map(|m| m.ent);
            // (`ein Unternehmenssprecher`, `ein Konzernsprecher`: a word for any
            // company is the organisation named last, in this sentence or the one before.)
            let generic = || {
                matches!(stem.as_str(), "unternehmen" | "konzern" | "firmen" | "werk").then(|| {
                    let sentence = doc.tokens[i].sentence;
                    found
                        .mentions
                        .iter()
                        .filter(|m| m.first < i && doc.tokens[m.first].sentence + 1 >= sentence)
                        .filter(|m| found.ents[m.ent].kind == EntityType::Organization)
                        .max_by_key(|m| m.first)
                        .map(|m| m.ent)
                })?
            };
            if let Some(e) = named.or_else(generic) {
                spokes.push((e, i - 1, i + 1));
            }
            continue;
        }
        let genitive = matches!(doc.tok(i + 1), "des" | "der" | "von" | "vom");
        let org = found
            .mentions
            .iter()
            .filter(|m| genitive && m.first > i + 1 && m.first <= i + 4)
            .filter(|m| found.ents[m.ent].kind == EntityType::Organization)
            .min_by_key(|m| m.first)
            .map(|m| m.ent);
        // `Die Kommission sagte Hilfe zu. Ein Sprecher erklärte, …`: the
        // organisation the sentence before is about.
        let previous = || {
            let s = doc.tokens[i].sentence.checked_sub(1)?;
            let first = doc.sentences[s].first;
            found
                .mentions
                .iter()
                .filter(|m| m.first >= first && m.first <= first + 3)
                .find(|m| found.ents[m.ent].kind == EntityType::Organization)
                .map(|m| m.ent)
        };
        if let Some(e) = org.or_else(previous) {
            spokes.push((e, i - 1, i + 1));
        }
    }
    for (e, a, b) in spokes {
        found.mention(e, a, b, MentionKind::Role);
        taken[a..b].iter_mut().for_each(|t| *t = true);
    }
}

/// Adverbs that open a sentence before the verb and its subject (`Dort will sie`).
const SENTENCE_ADVERBS: &[&str] = &[
    "dort", "dann", "danach", "anschließend", "anschliessend", "zuvor", "später", "heute", "morgen", "gestern",
    "zudem", "außerdem", "ausserdem", "dabei", "damals", "inzwischen", "nun", "jetzt", "deshalb", "daher", "hier",
    "dorthin",
];

/// An age noun (`52-Jährige`, `58-Jähriger`): its grammatical gender when
/// the ending tells (`-r` is masculine), else unknown.
fn age_noun(w: &str) -> Option<Gender> {
    let (number, noun) = w.split_once('-')?;
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match noun {
        "Jähriger" => Some(Gender::Male),
        "Jährige" | "Jährigen" => Some(Gender::Unknown),
        _ => None,
    }
}

/// Lower-case words before a pronoun that are no finite verb.
const NOT_VERBS_BEFORE: &[&str] = &[
    "und", "oder", "aber", "dass", "wenn", "als", "weil", "ob", "wie", "mit", "für", "an", "auf", "bei", "von", "zu",
    "gegen", "über", "um", "nach", "ohne", "durch", "da", "wo", "was", "damit", "sowie", "denn", "doch", "sondern",
];

/// Words after which a name is not the subject of its clause.
const NOT_SUBJECT_BEFORE: &[&str] = &[
    "von", "mit", "und", "oder", "dass", "den", "dem", "des", "für", "an", "bei", "zu", "zum", "zur", "gegen", "über",
    "nach", "vom", "beim", "ohne", "um", "als", "wie",
];

/// The person named last, before token `i`, as the likely subject of a
/// sentence (within its first six words, not after a preposition,
/// conjunction or object article), in this or the two sentences before.
fn subject_before(found: &Found, doc: &Doc, i: usize, ok: &dyn Fn(&crate::entities::Ent) -> bool) -> Option<usize> {
    let sentence = doc.tokens[i].sentence;
    found
        .mentions
        .iter()
        .filter(|m| m.first < i && doc.tokens[m.first].sentence + 2 >= sentence)
        .filter(|m| found.ents[m.ent].kind == EntityType::Person && ok(&found.ents[m.ent]))
        .filter(|m| {
            let s = &doc.sentences[doc.tokens[m.first].sentence];
            // `„…“, sagte sie`: the words of a quote before the cue do not count.
            let from = (s.first..m.first).rev().find(|&k| doc.tokens[k].kind == TokenKind::Quote).unwrap_or(s.first);
            let words_before = (from..m.first).filter(|&k| doc.tokens[k].kind == TokenKind::Word).count();
            // (`Am Rande der Konferenz führte Wirtschafts- und Energieminister X …`:
            // right after the finite verb and the office, further in.)
            let after_verb = || {
                let mut k = m.first;
                while k > from && k + 6 > m.first {
                    let w = doc.tok(k - 1);
                    if w.starts_with(char::is_uppercase) || matches!(w, "-" | "und") {
                        k -= 1;
                    } else {
                        break;
                    }
                }
                k > from
                    && k < m.first
                    && doc.tokens[k - 1].kind == TokenKind::Word
                    && doc.tok(k - 1).starts_with(char::is_lowercase)
                    && !NOT_SUBJECT_BEFORE.contains(&doc.tok(k - 1))
                    && !NOT_VERBS_BEFORE.contains(&doc.tok(k - 1))
                    && !DETERMINERS.contains(&doc.tok(k - 1))
                    && !doc.tok(k - 1).ends_with("en")
                    && !matches!(doc.tok(k - 1), "er" | "sie" | "es" | "ihn" | "ihm" | "ihr" | "wir" | "man")
                    // (A main clause: `…, dass er Kanzler X treffen werde` names an object.)
                    && !(from..k).any(|j| matches!(doc.tok(j), "dass" | "ob" | "weil" | "wenn" | "als" | "nachdem"))
            };
            // (`…, sagte Ebersbach anschließend`: the subject of an inverted cue.)
            let cue_subject = m.first >= 2
                && crate::quotes::REPORTING.contains(&&*doc.lower[m.first - 1])
                && matches!(doc.tok(m.first - 2), "," | "“" | "»" | "«" | "\"");
            // (Over an office before the name: `mit Bürgermeister X` is no subject.)
            let mut b = m.first;
            while b > from + 1 && m.first - b < 3 && Lexicon::get().role_of(doc.tok(b - 1)).is_some() {
                b -= 1;
            }
            (words_before <= 5 || (words_before <= 12 && after_verb()) || cue_subject)
                && (m.first == 0 || !NOT_SUBJECT_BEFORE.contains(&doc.tok(m.first - 1)))
                && (b == m.first
                    || !matches!(
                        doc.tok(b - 1),
                        "mit" | "von" | "vom" | "bei" | "beim" | "zu" | "zum" | "zur" | "gegen" | "für" | "über" | "an"
                    ))
        })
        .max_by_key(|m| m.first)
        .map(|m| m.ent)
}

/// The person mentioned last before token `i` that satisfies `ok` (given the
/// entity index and the entity), anywhere before it or, with `within`, in its
/// sentence and that many sentences before.
fn most_recent(
    found: &Found,
    doc: &Doc,
    i: usize,
    within: Option<usize>,
    ok: impl Fn(usize, &crate::entities::Ent) -> bool,
) -> Option<usize> {
    let sentence = doc.tokens[i].sentence;
    found
        .mentions
        .iter()
        .filter(|m| m.first < i && within.is_none_or(|w| doc.tokens[m.first].sentence + w >= sentence))
        .filter(|m| found.ents[m.ent].kind == EntityType::Person && ok(m.ent, &found.ents[m.ent]))
        .max_by_key(|m| m.first)
        .map(|m| m.ent)
}

/// Like [`most_recent`], but when the one named last was named together with
/// a rival holding the same office (`X und Y waren sich … begegnet. … reist der
/// Präsident`), the one of the two the article has named more often so far:
/// the story's protagonist.
fn salient_recent(
    found: &Found,
    doc: &Doc,
    i: usize,
    ok: impl Fn(usize, &crate::entities::Ent) -> bool,
    rival_ok: impl Fn(&crate::entities::Ent) -> bool,
) -> Option<usize> {
    let last = most_recent(found, doc, i, None, &ok)?;
    let at = found.mentions.iter().filter(|m| m.first < i && m.ent == last).max_by_key(|m| m.first)?;
    // (Only `A und B`, with at most a title between: `Ibarra und Perus Präsident Cárcamo`.)
    let paired = |m: &&crate::entities::Men| {
        m.last < at.first
            && doc.tok(m.last) == "und"
            && at.first - m.last <= 4
            && (m.last + 1..at.first).all(|k| doc.tok(k).starts_with(char::is_uppercase))
    };
    let named = |e: usize| found.mentions.iter().filter(|m| m.first < i && m.ent == e).count();
    // (Or, for an office of no country named, one of our own named more often
    // in the last five sentences when the one named last is a foreigner: `ein
    // Treffen des Ministers` after the Azerbaijani minister is our minister's.)
    let sentence = doc.tokens[i].sentence;
    let foreign = found.ents[last].country.is_some();
    let own = |m: &&crate::entities::Men| {
        foreign && found.ents[m.ent].country.is_none() && m.first < i && doc.tokens[m.first].sentence + 5 >= sentence
    };
    // (Or, when the one named last is only known as someone's counterpart, the
    // one named more often in the sentences of that mention: `kam X mit seinem
    // Amtskollegen Y zusammen. Tags darauf traf der Minister …` is X.)
    // (Likewise one named last only as whom the subject had talked with, in
    // the background: `hatte X mit Kulturstaatsministerin Y telefoniert. Am
    // Abend war die Ministerin …`.)
    let background = || {
        let y = &doc.sentences[doc.tokens[at.first].sentence];
        (at.first.saturating_sub(3)..at.first).any(|k| doc.tok(k) == "mit")
            && crate::times::is_pluperfect(&doc.lower, y.first, y.last)
    };
    let counterpart = (found.ents[last].role_heads.iter().all(|h| h == "amtskollege")
        && !found.ents[last].role_heads.is_empty())
        || background();
    let near = |m: &&crate::entities::Men| {
        counterpart && m.first < i && doc.tokens[m.first].sentence == doc.tokens[at.first].sentence
    };
    let rival = found.mentions.iter().filter(|m| paired(m) || own(m) || near(m)).map(|m| m.ent).find(|&e| {
        let ent = &found.ents[e];
        e != last
            && ent.kind == EntityType::Person
            && ok(e, ent)
            && (rival_ok(ent) || counterpart)
            && named(e) > named(last)
    });
    Some(rival.unwrap_or(last))
}

/// Gives a person a role set off beside their name: the office as written,
/// its head, and the gender a feminine office tells.
fn give_role(ent: &mut crate::entities::Ent, role: String, head: &str, gender: Gender) {
    if !ent.roles.contains(&role) {
        ent.roles.push(role);
    }
    if !ent.role_heads.iter().any(|h| h == head) {
        ent.role_heads.push(head.to_string());
    }
    if gender == Gender::Female && ent.gender == Gender::Unknown {
        ent.gender = Gender::Female;
    }
}

/// The person the article names most often by name (the first of a tie).
fn most_named_person(found: &Found) -> Option<usize> {
    most_named_of(found, usize::MAX, |_| true).map(|(e, _)| e)
}

/// Of the persons `ok` accepts, the one named most often by name before token
/// `before` (the first of a tie), and how often.
fn most_named_of(found: &Found, before: usize, ok: impl Fn(&crate::entities::Ent) -> bool) -> Option<(usize, usize)> {
    let mut counts: Vec<usize> = vec![0; found.ents.len()];
    for m in found.mentions.iter().filter(|m| m.kind == MentionKind::Name && m.first < before) {
        counts[m.ent] += 1;
    }
    (0..found.ents.len())
        .filter(|&e| found.ents[e].kind == EntityType::Person && ok(&found.ents[e]))
        .max_by_key(|&e| (counts[e], std::cmp::Reverse(e)))
        .map(|e| (e, counts[e]))
}

/// A role noun in its nominative singular (`Außenministers` → `Außenminister`,
/// `Staatspräsidenten` → `Staatspräsident`, `Amtskollegen` → `Amtskollege`).
fn nominative(word: &str, lex: &Lexicon) -> String {
    if word.ends_with("innen") {
        return word.to_string();
    }
    for suffix in ["es", "en", "s", "n"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            let k = key(stem);
            if k.len() >= 4 && lex.roles.iter().any(|r| k.ends_with(r.as_str())) {
                return stem.to_string();
            }
        }
    }
    word.to_string()
}
