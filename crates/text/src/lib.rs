//! Text primitives shared by ingestion, search and (later) analysis.
//!
//! * [`normalize`]: raw article text → the normalised text every span points into.
//! * [`fold_german`]: a lower-cased German word → its search key
//!   (`Außenminister` and `Aussenminister` meet, `Pjöngjang` and `Pjongjang` too).
//! * [`CompoundSplitter`]: a folded word → its dictionary parts
//!   (`aussenminister` → `aussen` + `minister`).
//!
//! Everything here is a pure function over strings: no I/O beyond decoding the
//! lexicon that is compiled into the binary.
#![warn(missing_docs)]

mod compound;
mod fold;
pub mod german;
mod normalize;

pub use compound::{is_german_word, is_noun_form, CompoundSplitter, Part};
pub use fold::{fold_german, strip_feminine};
pub use normalize::{normalize, normalize_inline};
