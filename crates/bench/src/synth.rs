//! Synthetic articles: Zipf-distributed nouns from the embedded noun list in
//! news sentence templates (roles, names, places, reported speech, dates).

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::io::Read;

const NOUNS_GZ: &[u8] = include_bytes!("../../../data/de/nouns.txt.gz");

const FIRST: &[&str] = &[
    "Anna", "Jonas", "Helene", "Marek", "Olga", "Dmitri", "Ji-woo", "Min-jun", "Wei", "Ling", "Fatima", "Khalid",
    "Emre", "Ayşe", "Claire", "Luc", "Tomasz", "Agnieszka", "Oksana", "Taras", "Priya", "Arjun", "Rafael", "Beatriz",
    "Haruto", "Yui", "Sven", "Ingrid", "Paolo", "Giulia",
];
const LAST: &[&str] = &[
    "Brandt", "Keller", "Hofmann", "Wolters", "Sokolow", "Petrowa", "Kim", "Park", "Zhang", "Liu", "al-Masri",
    "Haddad", "Yıldız", "Demir", "Moreau", "Lefort", "Nowak", "Zielińska", "Kowalenko", "Bondar", "Sharma", "Iyer",
    "Souza", "Oliveira", "Tanaka", "Sato", "Lindqvist", "Berg", "Rossi", "Conti",
];
const ROLES: &[&str] = &[
    "Außenministerin",
    "Außenminister",
    "Bundeskanzler",
    "Regierungssprecherin",
    "Wirtschaftsminister",
    "Präsidentin",
    "Ministerpräsident",
    "Botschafter",
    "Parteichefin",
    "Konzernchef",
    "Verteidigungsministerin",
    "Bürgermeister",
    "Generalsekretär",
    "Staatssekretärin",
];
const CITIES: &[&str] = &[
    "Berlin", "Wien", "Bern", "Moskau", "Peking", "Pjöngjang", "Seoul", "Tokio", "Warschau", "Kiew", "Paris",
    "Brüssel", "Genf", "Ankara", "Kairo", "Neu-Delhi", "Brasília", "Washington", "Hamburg", "München", "Zürich",
    "Prag", "Budapest", "Rom", "Madrid", "Stockholm", "Oslo", "Riad", "Doha", "Jakarta",
];
const COUNTRIES: &[&str] = &[
    "Deutschland", "Österreich", "der Schweiz", "Russland", "China", "Nordkorea", "Südkorea", "Japan", "Polen",
    "der Ukraine", "Frankreich", "Belgien", "der Türkei", "Ägypten", "Indien", "Brasilien", "den USA", "Italien",
];
const ORGS: &[&str] = &["UN", "NATO", "EU", "ASEAN", "G20", "WHO", "IAEA", "OSZE", "Bundeswehr", "Auswärtigen Amtes"];
const OUTLETS: &[&str] = &[
    "Rheintaler Kurier",
    "Elbufer-Rundschau",
    "Donau-Depesche",
    "Aarebogen-Anzeiger",
    "Küstenlicht Online",
    "Taunusblick Tageskurier",
    "Ostwind-Nachrichten",
    "Spreekanal Aktuell",
    "Weserkante Tagblatt",
    "Mainbogen Post",
    "Hafenkurier Ostsee",
    "Grenzland Depesche",
    "Alpenblick Zeitung",
    "Nordlicht Echo",
    "Moselufer Bote",
    "Saalekreis Anzeiger",
    "Fichtelberg Nachrichten",
    "Bodensee Rundblick",
    "Harzer Tagespost",
    "Lausitzer Depesche",
];
const VERBS_PAST: &[&str] =
    &["traf", "empfing", "besuchte", "sprach mit", "telefonierte mit", "kam zusammen mit", "verhandelte mit"];
const VERBS_3: &[&str] = &[
    "stärkt", "prüft", "erwartet", "fordert", "kritisiert", "begrüßt", "plant", "verschiebt", "beschleunigt",
    "unterstützt", "bremst", "verlangt", "sichert", "meldet",
];
const SAY: &[&str] = &["sagte", "erklärte", "betonte", "warnte", "kündigte an", "räumte ein", "versicherte"];
const ADJ: &[&str] = &[
    "neue", "wichtige", "strategische", "schwierige", "gemeinsame", "offene", "wirtschaftliche", "politische",
    "militärische", "regionale", "langfristige", "engere",
];
const WEEKDAYS: &[&str] = &["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"];
const MONTHS: &[&str] = &[
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
    "Dezember",
];

/// One generated article.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SynthArticle {
    /// Headline.
    pub title: String,
    /// Body paragraphs separated by blank lines.
    pub text: String,
    /// `YYYY-MM-DD` or `YYYY-MM`.
    pub date: String,
    /// Outlet.
    pub source: String,
    /// Always `de`.
    pub language: &'static str,
}

/// The generator.
pub struct Synth {
    rng: ChaCha8Rng,
    nouns: Vec<String>,
    cumulative: Vec<f64>,
}

/// How many nouns the vocabulary uses (Zipf-distributed over their rank).
const VOCABULARY: usize = 30_000;

impl Synth {
    /// A generator; the same seed gives the same articles.
    pub fn new(seed: u64) -> Self {
        let mut text = String::new();
        flate2::read::GzDecoder::new(NOUNS_GZ).read_to_string(&mut text).expect("embedded noun list");
        let mut all: Vec<&str> = text.lines().filter(|w| w.chars().count() >= 4).collect();
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        // A fixed shuffle picks which nouns are frequent.
        for i in (1..all.len()).rev() {
            let j = rng.random_range(0..=i);
            all.swap(i, j);
        }
        let nouns: Vec<String> = all.into_iter().take(VOCABULARY).map(capitalise).collect();
        let mut acc = 0.0;
        let cumulative = (1..=nouns.len())
            .map(|r| {
                acc += 1.0 / (r as f64).powf(1.07);
                acc
            })
            .collect();
        Synth { rng, nouns, cumulative }
    }

    /// The noun of a Zipf rank (0 = most frequent).
    pub fn noun_at(&self, rank: usize) -> &str {
        &self.nouns[rank.min(self.nouns.len() - 1)]
    }

    fn noun(&mut self) -> String {
        let total = *self.cumulative.last().expect("vocabulary");
        let x = self.rng.random::<f64>() * total;
        let i = self.cumulative.partition_point(|&c| c < x);
        self.nouns[i.min(self.nouns.len() - 1)].clone()
    }

    fn pick<'a>(&mut self, list: &'a [&'a str]) -> &'a str {
        list[self.rng.random_range(0..list.len())]
    }

    fn person(&mut self) -> String {
        format!("{} {}", self.pick(FIRST), self.pick(LAST))
    }

    fn sentence(&mut self) -> String {
        match self.rng.random_range(0..10) {
            0 => {
                let (role, p, v, day, city) =
                    (self.pick(ROLES), self.person(), self.pick(VERBS_PAST), self.pick(WEEKDAYS), self.pick(CITIES));
                let (other, n) = (self.person(), self.noun());
                format!("{role} {p} {v} am {day} in {city} {other}, um über die {n} zu sprechen.")
            }
            1 => {
                let (a, n1, n2) = (self.pick(ADJ), self.noun(), self.noun());
                let (say, p) = (self.pick(SAY), self.person());
                format!("„Die {a} {n1} braucht jetzt eine klare {n2}“, {say} {p}.")
            }
            2 => {
                let (n, a, role, last) = (self.noun(), self.pick(ADJ), self.pick(ROLES), self.pick(LAST));
                format!("Die {n} sei eine {a} Aufgabe, erklärte {role} {last}.")
            }
            3 => {
                let (org, a, n) = (self.pick(ORGS), self.pick(ADJ), self.noun());
                format!("Nach Angaben der {org} wollen beide Seiten die {a} {n} ausbauen.")
            }
            4 => {
                let (d, m, y, c1, c2) = (
                    self.rng.random_range(1..=28),
                    self.pick(MONTHS),
                    self.rng.random_range(2015..=2025),
                    self.pick(COUNTRIES),
                    self.pick(COUNTRIES),
                );
                let n = self.noun();
                format!("Am {d}. {m} {y} unterzeichneten {c1} und {c2} ein Abkommen über die {n}.")
            }
            5 => {
                let (n1, v, n2, n3) = (self.noun(), self.pick(VERBS_3), self.noun(), self.noun());
                format!("Die {n1} {v} nach Ansicht von Fachleuten die {n2} der {n3}.")
            }
            6 => {
                let (p, c) = (self.person(), self.pick(CITIES));
                let n = self.noun();
                format!("{p} lud seine Amtskollegin zu einem Besuch nach {c} ein, wo im Herbst über die {n} beraten werden soll.")
            }
            _ => {
                let (n1, a, n2, v, n3) = (self.noun(), self.pick(ADJ), self.noun(), self.pick(VERBS_3), self.noun());
                format!("Die {n1} der {a}n {n2} {v} auch die {n3}.")
            }
        }
    }

    /// The article number `i` (its content depends on the seed and all
    /// articles before it).
    pub fn article(&mut self) -> SynthArticle {
        let target = self.rng.random_range(1_000..8_000);
        let mut text = String::with_capacity(target + 200);
        let mut in_para = 0;
        while text.len() < target {
            if in_para > 0 {
                text.push(' ');
            }
            text.push_str(&self.sentence());
            in_para += 1;
            if in_para >= self.rng.random_range(3..6) {
                text.push_str("\n\n");
                in_para = 0;
            }
        }
        let (role, last, city, n) = (self.pick(ROLES), self.pick(LAST), self.pick(CITIES), self.noun());
        let title = format!("{role} {last} in {city}: Gespräche über die {n}");
        let year = self.rng.random_range(2015..=2025);
        let month = self.rng.random_range(1..=12);
        let date = if self.rng.random_range(0..10) == 0 {
            format!("{year}-{month:02}")
        } else {
            format!("{year}-{month:02}-{:02}", self.rng.random_range(1..=28))
        };
        SynthArticle {
            title,
            text: text.trim().to_string(),
            date,
            source: self.pick(OUTLETS).to_string(),
            language: "de",
        }
    }
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A benchmark query.
#[derive(Debug, Clone)]
pub struct BenchQuery {
    /// Kind: term, phrase, boolean or dated.
    pub kind: &'static str,
    /// Query in Dossier syntax.
    pub query: String,
    /// The same in SQLite FTS5 syntax.
    pub fts5: String,
    /// Year range filter.
    pub years: Option<(i32, i32)>,
}

/// `n` person names of the corpus (any of them may be asked about), seeded.
pub fn person_names(seed: u64, n: usize) -> Vec<String> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x5EED);
    (0..n)
        .map(|_| format!("{} {}", FIRST[rng.random_range(0..FIRST.len())], LAST[rng.random_range(0..LAST.len())]))
        .collect()
}

/// The fixed set of 200 queries: 60 terms, 40 phrases, 50 boolean, 50 date-filtered.
pub fn queries(synth: &Synth, seed: u64) -> Vec<BenchQuery> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x5eed);
    let mut out = Vec::with_capacity(200);
    let noun = |rng: &mut ChaCha8Rng| -> String {
        // Frequent, middle and rare ranks alike.
        let band = rng.random_range(0..3);
        let rank = match band {
            0 => rng.random_range(0..50),
            1 => rng.random_range(50..2_000),
            _ => rng.random_range(2_000..20_000),
        };
        synth.noun_at(rank).to_string()
    };
    let q = |s: &str| format!("\"{s}\"");
    for i in 0..60 {
        let t = if i % 5 == 4 { LAST[rng.random_range(0..LAST.len())].to_string() } else { noun(&mut rng) };
        out.push(BenchQuery { kind: "term", fts5: q(&t), query: t, years: None });
    }
    for i in 0..40 {
        let p = match i % 4 {
            0 => format!("{} {}", FIRST[rng.random_range(0..FIRST.len())], LAST[rng.random_range(0..LAST.len())]),
            1 => format!("{} {}", ADJ[rng.random_range(0..ADJ.len())], noun(&mut rng)),
            2 => "Nach Angaben der".to_string() + " " + ORGS[rng.random_range(0..ORGS.len())],
            _ => format!("am {} in {}", WEEKDAYS[rng.random_range(0..7)], CITIES[rng.random_range(0..CITIES.len())]),
        };
        out.push(BenchQuery { kind: "phrase", query: q(&p), fts5: q(&p), years: None });
    }
    for i in 0..50 {
        let (a, b, c) = (noun(&mut rng), noun(&mut rng), noun(&mut rng));
        let (query, fts5) = match i % 4 {
            0 => (format!("{a} OR {b}"), format!("{} OR {}", q(&a), q(&b))),
            1 => (format!("{a} NOT {b}"), format!("{} NOT {}", q(&a), q(&b))),
            2 => (format!("{a} {b}"), format!("{} AND {}", q(&a), q(&b))),
            _ => (format!("({a} OR {b}) {c}"), format!("({} OR {}) AND {}", q(&a), q(&b), q(&c))),
        };
        out.push(BenchQuery { kind: "boolean", query, fts5, years: None });
    }
    for _ in 0..50 {
        let t = noun(&mut rng);
        let from = rng.random_range(2015..=2024);
        let to = (from + rng.random_range(0..3)).min(2025);
        out.push(BenchQuery { kind: "dated", fts5: q(&t), query: t, years: Some((from, to)) });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_sized() {
        let mut a = Synth::new(7);
        let mut b = Synth::new(7);
        for _ in 0..20 {
            let (x, y) = (a.article(), b.article());
            assert_eq!(x.text, y.text);
            assert!((1_000..9_000).contains(&x.text.len()), "{}", x.text.len());
            assert!(x.date.parse::<dossier_article::PubDate>().is_ok());
        }
        assert_eq!(queries(&a, 1).len(), 200);
    }
}
