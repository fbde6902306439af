//! The city and country gazetteer as a finite-state map, used in place
//! (zero-copy): surface form → fixed-width record (see `build.rs`).

use crate::lexicon::Place;
use fst::raw::Output;
use std::sync::OnceLock;

static PLACES_FST: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/places.fst"));
static PLACES_BIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/places.bin"));

/// Places from GeoNames and CLDR.
pub struct Gazetteer {
    map: fst::Map<&'static [u8]>,
}

impl Gazetteer {
    /// The embedded gazetteer.
    pub fn get() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| Gazetteer { map: fst::Map::new(PLACES_FST).expect("build.rs wrote a valid map") })
    }

    /// Number of surface forms.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether the gazetteer is empty.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    fn record(i: u64) -> Place {
        let r = &PLACES_BIN[i as usize * 12..i as usize * 12 + 12];
        Place {
            kind: match r[0] {
                0 => "country",
                1 => "region",
                _ => "city",
            },
            ambiguous: r[1] == 1,
            country: if r[2] == 0 { "" } else { std::str::from_utf8(&r[2..4]).unwrap_or("") },
            population: u64::from(u32::from_le_bytes([r[4], r[5], r[6], r[7]])),
        }
    }

    /// The place a surface form names.
    pub fn lookup(&self, surface: &str) -> Option<Place> {
        self.map.get(surface).map(Self::record)
    }

    /// The longest name of two or more words that `words` starts with:
    /// how many words it takes, and the place.
    pub fn longest(&self, words: &[&str]) -> Option<(usize, Place)> {
        let fst = self.map.as_fst();
        let mut node = fst.root();
        let mut out = Output::zero();
        let mut best = None;
        for (k, w) in words.iter().enumerate() {
            let bytes = if k == 0 { None } else { Some(b' ') };
            for b in bytes.into_iter().chain(w.bytes()) {
                let Some(t) = node.find_input(b).map(|i| node.transition(i)) else { return best };
                out = out.cat(t.out);
                node = fst.node(t.addr);
            }
            if k >= 1 && node.is_final() {
                best = Some((k + 1, Self::record(out.cat(node.final_output()).value())));
            }
        }
        best
    }

    /// All countries: (surface, ISO code).
    pub fn countries(&self) -> Vec<(String, String)> {
        use fst::{IntoStreamer, Streamer};
        let mut out = Vec::new();
        let mut stream = self.map.stream().into_stream();
        while let Some((k, v)) = stream.next() {
            let p = Self::record(v);
            if p.kind == "country" && !p.country.is_empty() {
                out.push((String::from_utf8_lossy(k).into_owned(), p.country.to_string()));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exonyms_and_multi_word_names() {
        let g = Gazetteer::get();
        assert!(g.len() > 50_000);
        assert_eq!(g.lookup("Pjöngjang").unwrap().country, "KP");
        assert_eq!(g.lookup("Moskau").unwrap().country, "RU");
        assert_eq!(g.lookup("Nordkorea").unwrap().kind, "country");
        assert_eq!(g.longest(&["Kuala", "Lumpur", "ist"]).map(|(n, p)| (n, p.country)), Some((2, "MY")));
        assert!(g.longest(&["Kuala"]).is_none());
        assert!(g.lookup("Xyzzy").is_none());
    }
}
