//! The lexicons the analyzer reads: gazetteers of places, countries and
//! organisations, first names, role nouns, and the common-noun dictionary.
//! All are compiled into the binary (see DATA.md) and parsed once, on first
//! use, into hash maps.

use dossier_text::{fold_german, CompoundSplitter};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::io::Read;
use std::sync::OnceLock;

const FIRST_NAMES_GZ: &[u8] = include_bytes!("../../../data/de/first_names.tsv.gz");
const COUNTRIES_TSV: &str = include_str!("../../../data/de/countries.tsv");
const ORGANIZATIONS_TSV: &str = include_str!("../../../data/de/organizations.tsv");
const ROLES_TSV: &str = include_str!("../../../data/de/roles.tsv");
const REGIONS_TSV: &str = include_str!("../../../data/de/regions.tsv");

/// Family names of Korean and Chinese persons as German media write them;
/// a capitalised word after one of them is a given name.
pub const EAST_ASIAN_SURNAMES: &[&str] = &[
    "Kim", "Lee", "Ri", "Rhee", "Yi", "Park", "Pak", "Choe", "Choi", "Jang", "Chang", "Jung", "Jong", "Chong", "Kang",
    "Cho", "Jo", "Yoon", "Yun", "Han", "Moon", "Mun", "Ryu", "Yoo", "Hong", "Shin", "Sin", "Kwon", "Song", "Ahn", "An",
    "Oh", "O", "Seo", "So", "Hwang", "Lim", "Im", "Ko", "Nam", "Paek", "Baek", "Wang", "Li", "Zhang", "Liu", "Chen",
    "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang",
    "Xie", "Tang", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu",
    "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Qin", "Xi", "Nguyen", "Tran", "Le", "Pham",
    "Hoang", "Vu", "Vo", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Bae", "Jeon", "Chun", "Noh", "Roh", "Ha", "Kwak",
    "Sung", "Seong", "Cha", "Joo", "Woo", "Min", "Byun", "Byeon", "Koo", "Hyun", "Eom", "Chae", "Heo", "Yeo", "Fang",
    "Bai", "Kong", "Qiu", "Qian", "Hou", "Meng", "Wen", "Shi", "Jin", "Fu", "Xiong", "Mao", "Hao", "Shao", "Jia",
    "Huynh", "Phan", "Truong", "Dinh", "Trinh", "Ly", "Qiao", "Zhu", "Cui", "Zou", "Xia", "Dai", "Duan", "Lei", "Yan",
    "Yin", "Tan", "Lai", "Xue", "Niu", "Pei", "Qi", "Gong", "Geng", "Hua", "Tao", "Zhong", "Jiao", "Xing", "Yue",
    "Lian", "Miao", "Nie", "Shang", "Huo", "Kou", "Wan", "Lyu", "Lü", "Fan", "Bao",
];

/// Grammatical gender of a first name or role noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Male.
    Male,
    /// Female.
    Female,
    /// Unknown or both.
    Unknown,
}

/// A place in the gazetteer.
#[derive(Debug, Clone, Copy)]
pub struct Place {
    /// `country`, `region` or `city`.
    pub kind: &'static str,
    /// ISO code of its country (of itself for countries); empty if unknown.
    pub country: &'static str,
    /// Population (cities).
    pub population: u64,
    /// Whether the name is also a German common word (needs context).
    pub ambiguous: bool,
}

/// A country: canonical German name, adjective stems, people nouns.
#[derive(Debug, Clone)]
pub struct Country {
    /// ISO code.
    pub iso: String,
    /// Canonical German name.
    pub name: String,
}

/// All lexicons.
pub struct Lexicon {
    /// Hand-listed place surface forms (countries, regions) → place; the
    /// GeoNames/CLDR gazetteer is looked up through [`Lexicon::place`].
    pub places: HashMap<String, Place>,
    /// First word → longest multi-word place/organisation/country names starting with it (in words).
    pub multi: HashMap<String, Vec<Vec<String>>>,
    /// Country aliases (surface) → ISO.
    pub country_alias: HashMap<String, String>,
    /// Folded adjective stem → ISO (`russisch` → RU).
    pub country_adjective: HashMap<String, String>,
    /// People nouns → ISO (`Russen` → RU).
    pub country_people: HashMap<String, String>,
    /// ISO → country.
    pub countries: HashMap<String, Country>,
    /// Capital city surface form → ISO of its country.
    pub capitals: HashMap<String, String>,
    /// Organisation surface forms → canonical name.
    pub organizations: HashMap<String, String>,
    /// First names → gender.
    pub first_names: HashMap<String, Gender>,
    /// Folded role nouns (masculine).
    pub roles: Vec<String>,
    /// East Asian family names.
    pub east_asian: HashSet<&'static str>,
    /// Region aliases → canonical region name.
    pub region_canonical: HashMap<String, String>,
    /// ISO → the country's adjective stem as written (`russisch`).
    pub adjective_of: HashMap<String, String>,
}

fn gunzip(bytes: &[u8]) -> String {
    let mut s = String::new();
    flate2::read::GzDecoder::new(bytes).read_to_string(&mut s).expect("embedded lexicon is valid gzip'd UTF-8");
    s
}

fn lines(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).map(|l| l.split('\t').collect())
}

/// Whether a word is a dictionary noun in one of its usual inflected forms
/// (compounds are not looked at).
pub fn common_noun(word: &str) -> bool {
    dossier_text::is_noun_form(word)
}

/// The name of a national institution from an adjective stem, the ending
/// the head takes and the head: (`russisch`, `es`, `Außenministerium`) →
/// `Russisches Außenministerium`.
pub fn national_name(adjective_stem: &str, ending: &str, head: &str) -> String {
    let mut cs = adjective_stem.chars();
    let first: String = cs.next().map(|c| c.to_uppercase().collect()).unwrap_or_default();
    format!("{first}{}{ending} {head}", cs.as_str())
}

/// Whether a lower-case form is a German word form (any part of speech).
/// Answers are remembered per thread.
pub fn german_word(lower: &str) -> bool {
    thread_local! {
        static CACHE: std::cell::RefCell<HashMap<String, bool>> = std::cell::RefCell::new(HashMap::default());
    }
    remember(&CACHE, lower, || dossier_text::is_german_word(lower))
}

/// Most entries a per-thread answer cache holds before it starts afresh.
const CACHE_LIMIT: usize = 200_000;

/// The cached answer for `word`, or `compute`'s, remembered. News text
/// repeats its words, so the caches of the look-ups below hit most of the time.
fn remember<T: Copy>(
    cache: &'static std::thread::LocalKey<std::cell::RefCell<HashMap<String, T>>>,
    word: &str,
    compute: impl FnOnce() -> T,
) -> T {
    if let Some(hit) = cache.with(|c| c.borrow().get(word).copied()) {
        return hit;
    }
    let v = compute();
    cache.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() > CACHE_LIMIT {
            c.clear();
        }
        c.insert(word.to_string(), v);
    });
    v
}

/// Folds a word for lexicon look-ups (lower case, umlauts, ß).
pub fn key(word: &str) -> String {
    // Plain ASCII without ae/oe/ue folds to its lower case: one allocation instead of two.
    if word.is_ascii() {
        let lower = word.to_ascii_lowercase();
        if !(lower.contains("ae") || lower.contains("oe") || lower.contains("ue")) {
            return lower;
        }
    }
    let mut out = String::with_capacity(word.len());
    fold_german(&word.to_lowercase(), &mut out);
    out
}

/// Capital cities by ISO code (the cities whose name stands for a government).
const CAPITALS: &[(&str, &str)] = &[
    ("Berlin", "DE"),
    ("Wien", "AT"),
    ("Bern", "CH"),
    ("Moskau", "RU"),
    ("Kiew", "UA"),
    ("Kyjiw", "UA"),
    ("Minsk", "BY"),
    ("Pjöngjang", "KP"),
    ("Seoul", "KR"),
    ("Peking", "CN"),
    ("Tokio", "JP"),
    ("Neu-Delhi", "IN"),
    ("Islamabad", "PK"),
    ("Teheran", "IR"),
    ("Bagdad", "IQ"),
    ("Damaskus", "SY"),
    ("Jerusalem", "IL"),
    ("Amman", "JO"),
    ("Beirut", "LB"),
    ("Kairo", "EG"),
    ("Riad", "SA"),
    ("Abu Dhabi", "AE"),
    ("Doha", "QA"),
    ("Ankara", "TR"),
    ("Athen", "GR"),
    ("Paris", "FR"),
    ("Rom", "IT"),
    ("Madrid", "ES"),
    ("Lissabon", "PT"),
    ("London", "GB"),
    ("Dublin", "IE"),
    ("Den Haag", "NL"),
    ("Amsterdam", "NL"),
    ("Brüssel", "BE"),
    ("Kopenhagen", "DK"),
    ("Oslo", "NO"),
    ("Stockholm", "SE"),
    ("Helsinki", "FI"),
    ("Tallinn", "EE"),
    ("Riga", "LV"),
    ("Vilnius", "LT"),
    ("Warschau", "PL"),
    ("Prag", "CZ"),
    ("Bratislava", "SK"),
    ("Budapest", "HU"),
    ("Bukarest", "RO"),
    ("Sofia", "BG"),
    ("Belgrad", "RS"),
    ("Zagreb", "HR"),
    ("Tiflis", "GE"),
    ("Eriwan", "AM"),
    ("Baku", "AZ"),
    ("Astana", "KZ"),
    ("Kabul", "AF"),
    ("Washington", "US"),
    ("Ottawa", "CA"),
    ("Mexiko-Stadt", "MX"),
    ("Brasília", "BR"),
    ("Buenos Aires", "AR"),
    ("Havanna", "CU"),
    ("Pretoria", "ZA"),
    ("Abuja", "NG"),
    ("Addis Abeba", "ET"),
    ("Nairobi", "KE"),
    ("Rabat", "MA"),
    ("Algier", "DZ"),
    ("Tunis", "TN"),
    ("Tripolis", "LY"),
    ("Jakarta", "ID"),
    ("Kuala Lumpur", "MY"),
    ("Bangkok", "TH"),
    ("Hanoi", "VN"),
    ("Manila", "PH"),
    ("Taipeh", "TW"),
    ("Canberra", "AU"),
];

/// Organisation words that are also common German nouns and need capital-letter context.
const AMBIGUOUS_ORGS: &[&str] = &["Linke", "Grüne", "Grünen", "Mitte", "Kreml"];

impl Lexicon {
    /// The lexicon, parsed on first use.
    pub fn get() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(Lexicon::load)
    }

    fn load() -> Lexicon {
        let mut lex = Lexicon {
            places: HashMap::default(),
            multi: HashMap::default(),
            country_alias: HashMap::default(),
            country_adjective: HashMap::default(),
            country_people: HashMap::default(),
            countries: HashMap::default(),
            capitals: HashMap::default(),
            organizations: HashMap::default(),
            first_names: HashMap::default(),
            roles: Vec::new(),
            east_asian: EAST_ASIAN_SURNAMES.iter().copied().collect(),
            region_canonical: HashMap::default(),
            adjective_of: HashMap::default(),
        };
        let add_multi = |lex: &mut Lexicon, surface: &str| {
            let words: Vec<String> = surface.split_whitespace().map(str::to_string).collect();
            if words.len() > 1 {
                lex.multi.entry(words[0].clone()).or_default().push(words);
            }
        };
        for f in lines(REGIONS_TSV) {
            let (name, iso) = (f[0], f.get(1).copied().unwrap_or(""));
            // (An adjective opening the name also takes its weak ending after an
            // article: `Kaspisches Meer` → `das Kaspische Meer`, `Blauer Nil` →
            // `der Blaue Nil`.)
            let weak = name.split_once(' ').and_then(|(adjective, rest)| {
                let stem = adjective.strip_suffix("es").or_else(|| adjective.strip_suffix("er"))?;
                (adjective.starts_with(char::is_uppercase) && stem.ends_with(|c: char| c.is_lowercase()))
                    .then(|| format!("{stem}e {rest}"))
            });
            let aliases = f.get(2).copied().unwrap_or("").split('|').map(str::to_string);
            for a in std::iter::once(name.to_string()).chain(aliases).chain(weak).filter(|a| !a.is_empty()) {
                lex.places
                    .insert(a.to_string(), Place { kind: "region", country: iso, population: 0, ambiguous: false });
                lex.region_canonical.insert(a.to_string(), name.to_string());
                add_multi(&mut lex, &a);
            }
        }
        for f in lines(COUNTRIES_TSV) {
            let (iso, name) = (f[0], f[1]);
            let aliases = f.get(2).copied().unwrap_or("");
            let adjectives = f.get(3).copied().unwrap_or("");
            let people = f.get(4).copied().unwrap_or("");
            lex.countries.insert(iso.to_string(), Country { iso: iso.to_string(), name: name.to_string() });
            for a in std::iter::once(name).chain(aliases.split('|')).filter(|a| !a.is_empty()) {
                lex.country_alias.insert(a.to_string(), iso.to_string());
                lex.places
                    .insert(a.to_string(), Place { kind: "country", country: iso, population: 0, ambiguous: false });
                add_multi(&mut lex, a);
            }
            for adj in adjectives.split('|').filter(|a| !a.is_empty()) {
                lex.country_adjective.insert(key(adj), iso.to_string());
                lex.adjective_of.entry(iso.to_string()).or_insert_with(|| adj.to_string());
            }
            for p in people.split('|').filter(|a| !a.is_empty()) {
                lex.country_people.insert(p.to_string(), iso.to_string());
            }
        }
        // Countries the hand list lacks keep their CLDR name.
        for (surface, iso) in crate::gazetteer::Gazetteer::get().countries() {
            lex.countries.entry(iso.clone()).or_insert(Country { iso: iso.clone(), name: surface.clone() });
            lex.country_alias.entry(surface).or_insert(iso);
        }
        for (city, iso) in CAPITALS {
            lex.capitals.insert(city.to_string(), iso.to_string());
        }
        for f in lines(ORGANIZATIONS_TSV) {
            let canonical = f[0];
            let aliases = f.get(1).copied().unwrap_or("");
            for a in std::iter::once(canonical).chain(aliases.split('|')).filter(|a| !a.is_empty()) {
                lex.organizations.insert(a.to_string(), canonical.to_string());
                add_multi(&mut lex, a);
            }
        }
        for f in lines(&gunzip(FIRST_NAMES_GZ)) {
            let [name, g] = f[..] else { continue };
            let gender = match g {
                "m" => Gender::Male,
                "f" => Gender::Female,
                _ => Gender::Unknown,
            };
            if name.chars().count() < 3 {
                continue;
            }
            lex.first_names.insert(name.to_string(), gender);
        }
        for f in lines(ROLES_TSV) {
            lex.roles.push(key(f[0]));
        }
        // Longest multi-word names first.
        for v in lex.multi.values_mut() {
            v.sort_by_key(|w| std::cmp::Reverse(w.len()));
            v.dedup();
        }
        lex
    }

    /// Whether a capitalised word is a German common noun (in any usual
    /// inflected form, or a compound of nouns). Answers are remembered per
    /// thread: news text repeats its words.
    pub fn is_common_noun(&self, word: &str) -> bool {
        thread_local! {
            static CACHE: std::cell::RefCell<HashMap<String, bool>> = std::cell::RefCell::new(HashMap::default());
        }
        remember(&CACHE, word, || common_noun(word) || CompoundSplitter::german().split(&key(word)).is_some())
    }

    /// The country of a people noun in any number or gender (`Franzose`,
    /// `Französin`, `Schwedin`, `Brasilianer`).
    pub fn people_country(&self, word: &str) -> Option<&str> {
        // The form itself first: it needs no allocation.
        if let Some(iso) = self.country_people.get(word) {
            return Some(iso);
        }
        let stem = word.strip_suffix("in");
        [Some(format!("{word}n")), stem.map(|s| format!("{s}en")), stem.map(str::to_string)]
            .into_iter()
            .flatten()
            .find_map(|w| self.country_people.get(&w))
            .map(String::as_str)
    }

    /// The gender of a first name; accented forms the list lacks are
    /// looked up without their accents (`Élodie` → `Elodie`).
    pub fn first_name(&self, word: &str) -> Option<Gender> {
        if let Some(&g) = self.first_names.get(word) {
            return Some(g);
        }
        if word.is_ascii() {
            return None;
        }
        let plain: String = word
            .chars()
            .map(|c| match c {
                'é' | 'è' | 'ê' | 'ë' => 'e',
                'É' | 'È' | 'Ê' => 'E',
                'á' | 'à' | 'â' | 'ã' | 'å' => 'a',
                'Á' | 'À' | 'Â' => 'A',
                'í' | 'ì' | 'î' | 'ï' => 'i',
                'Í' | 'Î' => 'I',
                'ó' | 'ò' | 'ô' | 'õ' => 'o',
                'Ó' | 'Ô' => 'O',
                'ú' | 'ù' | 'û' => 'u',
                'Ú' => 'U',
                'ç' | 'ć' | 'č' => 'c',
                'Č' | 'Ć' => 'C',
                'ñ' | 'ń' | 'ň' => 'n',
                'ł' => 'l',
                'Ł' => 'L',
                'ś' | 'š' | 'ş' => 's',
                'Ś' | 'Š' | 'Ş' => 'S',
                'ż' | 'ź' | 'ž' => 'z',
                'Ż' | 'Ž' => 'Z',
                'ą' => 'a',
                'ę' | 'ě' => 'e',
                'ř' => 'r',
                'Ř' => 'R',
                'ý' => 'y',
                'ğ' => 'g',
                'ı' => 'i',
                c => c,
            })
            .collect();
        (plain != word).then(|| self.first_names.get(&plain).copied()).flatten()
    }

    /// The role noun a word ends with, if any (`Außenministerin` → `minister`).
    /// Answers are remembered per thread.
    pub fn role_of(&self, word: &str) -> Option<(&str, Gender)> {
        thread_local! {
            static CACHE: std::cell::RefCell<HashMap<String, Option<(usize, Gender)>>> =
                std::cell::RefCell::new(HashMap::default());
        }
        let found = remember(&CACHE, word, || {
            self.role_uncached(word).map(|(r, g)| (self.roles.iter().position(|x| x == r).expect("a listed role"), g))
        });
        found.map(|(i, g)| (self.roles[i].as_str(), g))
    }

    fn role_uncached(&self, word: &str) -> Option<(&str, Gender)> {
        if !word.starts_with(char::is_alphabetic) {
            return None;
        }
        let mut k = key(word);
        let mut gender = Gender::Male;
        // (`Landeshauptfrau` is the woman in the office of `Landeshauptmann`.)
        if let Some(stem) = k.strip_suffix("hauptfrau") {
            k = format!("{stem}hauptmann");
            gender = Gender::Female;
        } else if let Some(n) = dossier_text::strip_feminine(&k) {
            k.truncate(n);
            gender = Gender::Female;
        } else if k.ends_with("in") && k.len() >= 6 {
            // kollegin, chefin
            let stem = &k[..k.len() - 2];
            if self.roles.iter().any(|r| stem.ends_with(r.as_str())) {
                k.truncate(k.len() - 2);
                gender = Gender::Female;
            }
        } else if k.ends_with("innen") {
            k.truncate(k.len() - 5);
            gender = Gender::Female;
        }
        for ending in ["", "s", "n", "en", "e", "es"] {
            if let Some(stem) = k.strip_suffix(ending) {
                // `kolleg` (from `Kollegin`) is `kollege`.
                let with_e = format!("{stem}e");
                let hit = self
                    .roles
                    .iter()
                    .filter(|r| stem.ends_with(r.as_str()) || with_e.ends_with(r.as_str()))
                    .max_by_key(|r| r.len());
                if let Some(r) = hit {
                    // (`Ehrengast` is a guest; `Zirngast` is a surname: a compound on
                    // the short `gast` must be a known noun. So on `emir`: `Aydemir`.)
                    if matches!(r.as_str(), "gast" | "emir") && stem != r && !dossier_text::is_noun_form(word) {
                        return None;
                    }
                    return Some((r.as_str(), gender));
                }
            }
        }
        None
    }

    /// The country an adjective names (`nordkoreanischen` → KP).
    pub fn country_of_adjective(&self, word: &str) -> Option<&str> {
        // Most words are no country adjective: a cheap test first (they
        // start with a letter and are at least four letters long).
        if word.len() < 4 || !word.starts_with(char::is_alphabetic) {
            return None;
        }
        thread_local! {
            static CACHE: std::cell::RefCell<HashMap<String, Option<[u8; 2]>>> =
                std::cell::RefCell::new(HashMap::default());
        }
        // The cache keeps the two-letter code (a hit allocates nothing); the
        // code is then read back as the key of `countries`.
        let code = remember(&CACHE, word, || {
            self.country_adjective_stem(word).and_then(|stem| {
                let iso = self.country_adjective.get(&stem)?.as_bytes();
                <[u8; 2]>::try_from(iso).ok()
            })
        });
        let code = code?;
        let iso = std::str::from_utf8(&code).ok()?;
        self.countries.get_key_value(iso).map(|(k, _)| k.as_str())
    }

    fn country_adjective_stem(&self, word: &str) -> Option<String> {
        let k = key(word);
        for ending in ["e", "en", "er", "es", "em", ""] {
            if let Some(stem) = k.strip_suffix(ending) {
                if self.country_adjective.contains_key(stem) {
                    return Some(stem.to_string());
                }
            }
        }
        None
    }

    /// The place a surface form names: the hand lists first, then the gazetteer.
    /// Answers are remembered per thread (the gazetteer is a large
    /// finite-state map, a hash look-up is cheaper).
    pub fn place(&self, surface: &str) -> Option<Place> {
        thread_local! {
            static CACHE: std::cell::RefCell<HashMap<String, Option<Place>>> =
                std::cell::RefCell::new(HashMap::default());
        }
        remember(&CACHE, surface, || {
            self.places.get(surface).copied().or_else(|| crate::gazetteer::Gazetteer::get().lookup(surface))
        })
    }

    /// Whether a word is an organisation name that is also a common noun.
    pub fn ambiguous_org(&self, surface: &str) -> bool {
        AMBIGUOUS_ORGS.contains(&surface)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_and_answers() {
        let l = Lexicon::get();
        assert_eq!(l.place("Pjöngjang").unwrap().country, "KP");
        assert_eq!(l.place("Moskau").unwrap().country, "RU");
        assert_eq!(l.place("Nordkorea").unwrap().kind, "country");
        assert_eq!(l.country_alias["DVRK"], "KP");
        assert_eq!(l.country_of_adjective("nordkoreanischen"), Some("KP"));
        assert_eq!(l.country_of_adjective("russische"), Some("RU"));
        assert_eq!(l.organizations["EU"], "Europäische Union");
        assert_eq!(l.first_names.get("Sergei"), Some(&Gender::Male));
        assert_eq!(l.role_of("Außenministerin"), Some(("minister", Gender::Female)));
        assert_eq!(national_name("russisch", "es", "Außenministerium"), "Russisches Außenministerium");
        assert_eq!(l.role_of("Amtskollegin").map(|r| r.0), Some("amtskollege"));
        assert_eq!(l.role_of("Chefdiplomat").map(|r| r.0), Some("chefdiplomat"));
        assert_eq!(l.role_of("Staatschef").map(|r| r.0), Some("staatschef"));
        assert_eq!(l.role_of("Konzernchef").map(|r| r.0), Some("chef"));
        assert!(l.role_of("Moskau").is_none());
        assert!(l.is_common_noun("Gespräche"));
        assert!(l.is_common_noun("Gedenkveranstaltungen"));
        assert!(!l.is_common_noun("Lawrow"));
        assert!(!l.is_common_noun("Pjöngjang"));
        assert!(l.multi["Koreanischen"].iter().any(|w| w.join(" ") == "Koreanischen Halbinsel"));
    }
}
