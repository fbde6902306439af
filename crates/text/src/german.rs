//! Closed word classes of German that several stages need.

/// Words that begin German sentences and are (almost) never written with a
/// capital inside one: articles, pronouns, prepositions, conjunctions and
/// sentence adverbs. Formal `Sie` is left out (it is capitalised everywhere).
pub const SENTENCE_STARTERS: &[&str] = &[
    "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Einen", "Einem", "Er", "Es", "Wir", "Ich",
    "Man", "Dies", "Diese", "Dieser", "Dieses", "Diesem", "Diesen", "Damit", "Dabei", "Danach", "Dann", "Daher",
    "Darüber", "Doch", "Aber", "Auch", "Zudem", "Außerdem", "Später", "Zuvor", "Zuletzt", "Zugleich", "Bereits",
    "Nach", "Am", "Im", "In", "Auf", "Mit", "Bei", "Laut", "Seit", "Während", "Wie", "Als", "Wenn", "Obwohl", "Zwar",
    "Somit", "Deshalb", "Dennoch", "Trotzdem", "Unterdessen", "Inzwischen", "Demnach", "Hierbei", "Dort", "Ihr",
    "Ihre", "Sein", "Seine", "Unser", "Unsere", "Zum", "Zur", "Vom", "Beim", "Gegen", "Um", "Nun", "Jetzt",
    "Allerdings", "Für", "Von", "Aus", "Über", "Unter", "Durch", "Ohne", "Trotz", "Wegen", "Bis", "Neben",
    "Angesichts", "Hinzu", "Immerhin", "Vielmehr", "Stattdessen", "Deren", "Dessen", "Jene", "Jener", "Beide", "Viele",
    "Einige", "Was", "Wer", "Wo", "Warum", "Weshalb", "Welche", "Welcher", "Ob", "Woher", "Wohin",
];

/// Whether a capitalised word is one of [`SENTENCE_STARTERS`].
pub fn is_sentence_starter(word: &str) -> bool {
    SENTENCE_STARTERS.contains(&word)
}
