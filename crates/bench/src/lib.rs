//! A deterministic generator of German news-style articles and of the fixed
//! query set the benchmark runs, so that speed is measured on realistic text
//! without shipping a corpus. Everything is derived from a seed; the
//! vocabulary is the project's own noun list plus the word lists below.
#![warn(missing_docs)]

pub mod synth;
