//! The query parser on arbitrary strings.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        if let Ok(q) = dossier_index::query::parse(s) {
            // Printing and re-parsing gives the same query (printing adds
            // parentheses, so a query near the nesting limit may go over it).
            match dossier_index::query::parse(&q.to_string()) {
                Ok(again) => assert_eq!(again, q, "{s:?} → {q}"),
                Err(e) => assert_eq!(e, dossier_index::query::QueryError::TooDeep, "{s:?} → {q}"),
            }
        }
    }
});
