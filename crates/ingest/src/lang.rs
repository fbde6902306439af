//! Language identification of article text.

/// Identifies the language of `text` (its first 1,200 characters: enough
/// for whole articles, and cheap), returning an ISO 639-1 code where one exists (else ISO 639-3)
/// and a confidence between 0 and 1. `declared` (an HTML `lang` attribute or a
/// JSON field such as `de-AT`) is used when detection is unsure.
pub fn detect_language(text: &str, declared: Option<&str>) -> (Option<String>, f64) {
    let sample_end = text.char_indices().nth(1200).map(|(i, _)| i).unwrap_or(text.len());
    let sample = &text[..sample_end];
    let declared = declared.map(normalise_code).filter(|c| !c.is_empty());
    match whatlang::detect(sample) {
        // Short German texts are often taken for Dutch or another neighbour:
        // when the detector is unsure, German function words and letters decide.
        Some(info) if !info.is_reliable() && info.lang() != whatlang::Lang::Deu && reads_german(sample) => {
            (Some("de".to_string()), 0.6)
        }
        Some(info) => {
            let code = to_639_1(info.lang().code());
            if info.is_reliable() || declared.is_none() {
                let confidence = if declared.as_deref() == Some(code.as_str()) { 1.0 } else { info.confidence() };
                (Some(code), confidence)
            } else {
                let confidence = if declared.as_deref() == Some(code.as_str()) { info.confidence() } else { 0.5 };
                (declared, confidence)
            }
        }
        None => (declared, 0.5),
    }
}

/// German function words.
const GERMAN_WORDS: &[&str] = &[
    "der", "die", "das", "und", "den", "dem", "des", "ist", "nicht", "mit", "sich", "auf", "für", "von", "am", "im",
    "zu", "ein", "eine", "einen", "sie", "er", "es", "wir", "hat", "wurde", "sagte", "dass", "auch", "nach", "bei",
    "über", "sei", "seien", "werden", "wird", "zum", "zur", "vom", "beim", "aus", "einer", "eines",
];

/// Whether a text reads as German: a fifth of its words are German function
/// words, or it has several of them and a letter only German writes (ß, ä, ö, ü).
fn reads_german(sample: &str) -> bool {
    let words: Vec<String> =
        sample.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    if words.is_empty() {
        return false;
    }
    let hits = words.iter().filter(|w| GERMAN_WORDS.contains(&w.as_str())).count();
    let letters = sample.chars().any(|c| matches!(c, 'ß' | 'ä' | 'ö' | 'ü' | 'Ä' | 'Ö' | 'Ü'));
    hits * 5 >= words.len() || (hits >= 3 && letters)
}

fn to_639_1(code3: &str) -> String {
    isolang::Language::from_639_3(code3)
        .and_then(|l| l.to_639_1())
        .map(str::to_string)
        .unwrap_or_else(|| code3.to_string())
}

/// `de-AT`, `DE`, `deu`, `ger` → `de`.
fn normalise_code(code: &str) -> String {
    let primary = code.trim().split(['-', '_']).next().unwrap_or("").to_lowercase();
    match primary.len() {
        2 => primary,
        3 => isolang::Language::from_639_3(if primary == "ger" { "deu" } else { &primary })
            .and_then(|l| l.to_639_1())
            .map(str::to_string)
            .unwrap_or(primary),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_and_english() {
        let de = "Die Außenministerin traf sich am Dienstag mit ihrem Amtskollegen in Warschau, um über die Zusammenarbeit der beiden Länder zu sprechen.";
        assert_eq!(detect_language(de, None).0.as_deref(), Some("de"));
        let en = "The foreign minister met her counterpart in Warsaw on Tuesday to discuss cooperation between the two countries.";
        assert_eq!(detect_language(en, Some("de")).0.as_deref(), Some("en"));
        assert_eq!(normalise_code("de-AT"), "de");
        assert_eq!(normalise_code("ger"), "de");
        assert_eq!(detect_language("", Some("de-CH")).0.as_deref(), Some("de"));
        // Short German, which the detector alone takes for Dutch.
        let short = "Tran in Berlin\n\nAußenministerin Tran Thi Lan traf am Dienstag in Berlin den Minister Jonas Berger. Sie sagte, Vietnam brauche Investitionen.";
        assert_eq!(detect_language(short, None).0.as_deref(), Some("de"));
        let nl = "De minister van Buitenlandse Zaken heeft dinsdag in Berlijn zijn collega ontmoet en over de samenwerking gesproken.";
        assert_eq!(detect_language(nl, None).0.as_deref(), Some("nl"));
    }
}
