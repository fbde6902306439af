//! The query language, parsed into a plain syntax tree.
//!
//! ```text
//! Außenminister Pjöngjang          both words (AND is the default)
//! "russische Außenminister"        a phrase
//! Lawrow OR Lavrov                 either (also ODER)
//! Gipfel AND NOT Peking            (also UND, NICHT, and -Peking)
//! (Moskau OR Peking) Besuch        grouping
//! title:Gipfel  titel:"neue Qualität"   only in the headline
//! name:Lavrov  name:"Sergej Lawrow"     articles naming the entity (any spelling)
//! quote:Sanktionen  zitat:"neue Qualität"   only in what is quoted
//! ```
//!
//! The parser is lenient: stray parentheses and operators are ignored, an
//! unclosed quote runs to the end. It never panics (a property test checks).

use std::fmt;

/// Maximum nesting of parentheses and NOT.
const MAX_DEPTH: usize = 32;
/// Maximum number of terms and phrases in one query.
const MAX_LEAVES: usize = 256;

/// Where a leaf is searched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Headline and text.
    All,
    /// Headline only.
    Title,
    /// The names of the article's entities, compared by match key
    /// (`name:`, `entity:`).
    Name,
    /// What the article's quotes say (`quote:`, `zitat:`).
    Quote,
}

/// The field prefixes of the query language and their scopes.
const PREFIXES: &[(&str, Scope)] = &[
    ("title:", Scope::Title),
    ("titel:", Scope::Title),
    ("name:", Scope::Name),
    ("entity:", Scope::Name),
    ("quote:", Scope::Quote),
    ("zitat:", Scope::Quote),
];

impl Scope {
    /// The prefix that writes this scope (empty for headline and text).
    pub fn prefix(self) -> &'static str {
        match self {
            Scope::All => "",
            Scope::Title => "title:",
            Scope::Name => "name:",
            Scope::Quote => "quote:",
        }
    }
}

/// A parsed query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryAst {
    /// A single word (analyzed like the text; may yield several tokens).
    Term(String, Scope),
    /// Words that must stand together in this order.
    Phrase(String, Scope),
    /// All must match.
    And(Vec<QueryAst>),
    /// At least one must match.
    Or(Vec<QueryAst>),
    /// Must not match.
    Not(Box<QueryAst>),
}

/// Why a query was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    /// Nothing to search for.
    #[error("empty query")]
    Empty,
    /// Too deeply nested.
    #[error("query nested more than {MAX_DEPTH} levels deep")]
    TooDeep,
    /// Too many words.
    #[error("query has more than {MAX_LEAVES} words and phrases")]
    TooLong,
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Word(String, Scope),
    Phrase(String, Scope),
    And,
    Or,
    Not,
    Open,
    Close,
}

fn lex(input: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let chars: Vec<char> = input.chars().collect();
    let mut i = 0;
    let is_quote = |c: char| matches!(c, '"' | '„' | '“' | '”' | '»' | '«');
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '(' {
            out.push(Tok::Open);
            i += 1;
        } else if c == ')' {
            out.push(Tok::Close);
            i += 1;
        } else if is_quote(c) {
            let start = i + 1;
            let mut j = start;
            while j < chars.len() && !is_quote(chars[j]) {
                j += 1;
            }
            let text: String = chars[start..j].iter().collect();
            push_phrase(&mut out, text, Scope::All);
            i = j + 1;
        } else {
            let start = i;
            while i < chars.len() && !chars[i].is_whitespace() && !matches!(chars[i], '(' | ')') && !is_quote(chars[i])
            {
                i += 1;
            }
            let mut word: String = chars[start..i].iter().collect();
            let mut lower = word.to_lowercase();
            // `-quote:Krieg`: a scoped word left out.
            if let Some(rest) = lower.strip_prefix('-').filter(|r| PREFIXES.iter().any(|(p, _)| r.starts_with(p))) {
                lower = rest.to_string();
                word.remove(0);
                out.push(Tok::Not);
            }
            let scoped = PREFIXES.iter().find_map(|(p, sc)| lower.strip_prefix(p).map(|_| (p.len(), *sc)));
            if let Some((plen, sc)) = scoped {
                let rest = &word[plen..];
                if rest.is_empty() && i < chars.len() && is_quote(chars[i]) {
                    let start = i + 1;
                    let mut j = start;
                    while j < chars.len() && !is_quote(chars[j]) {
                        j += 1;
                    }
                    push_phrase(&mut out, chars[start..j].iter().collect(), sc);
                    i = j + 1;
                } else if !rest.is_empty() {
                    out.push(Tok::Word(rest.to_string(), sc));
                }
                continue;
            }
            match word.as_str() {
                "AND" | "UND" | "&&" => out.push(Tok::And),
                "OR" | "ODER" | "||" => out.push(Tok::Or),
                "NOT" | "NICHT" => out.push(Tok::Not),
                w if w.len() > 1 && w.starts_with('-') => {
                    out.push(Tok::Not);
                    out.push(Tok::Word(w[1..].to_string(), Scope::All));
                }
                w if w.len() > 1 && w.starts_with('+') => out.push(Tok::Word(w[1..].to_string(), Scope::All)),
                "-" | "+" => {}
                w => out.push(Tok::Word(w.to_string(), Scope::All)),
            }
        }
    }
    out
}

fn push_phrase(out: &mut Vec<Tok>, text: String, scope: Scope) {
    if !text.trim().is_empty() {
        out.push(Tok::Phrase(text.trim().to_string(), scope));
    }
}

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
    leaves: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }

    fn starts_operand(t: &Tok) -> bool {
        matches!(t, Tok::Word(..) | Tok::Phrase(..) | Tok::Not | Tok::Open)
    }

    fn or(&mut self, depth: usize) -> Result<Option<QueryAst>, QueryError> {
        let mut items = Vec::new();
        items.extend(self.and(depth)?);
        while let Some(Tok::Or) = self.peek() {
            self.pos += 1;
            items.extend(self.and(depth)?);
        }
        Ok(match items.len() {
            0 => None,
            1 => items.pop(),
            _ => Some(QueryAst::Or(items)),
        })
    }

    fn and(&mut self, depth: usize) -> Result<Option<QueryAst>, QueryError> {
        let mut items = Vec::new();
        loop {
            match self.peek() {
                Some(Tok::And) => self.pos += 1,
                Some(t) if Self::starts_operand(t) => items.extend(self.unary(depth)?),
                _ => break,
            }
        }
        Ok(match items.len() {
            0 => None,
            1 => items.pop(),
            _ => Some(QueryAst::And(items)),
        })
    }

    fn unary(&mut self, depth: usize) -> Result<Option<QueryAst>, QueryError> {
        if depth > MAX_DEPTH {
            return Err(QueryError::TooDeep);
        }
        let Some(tok) = self.toks.get(self.pos).cloned() else { return Ok(None) };
        self.pos += 1;
        match tok {
            Tok::Not => Ok(self.unary(depth + 1)?.map(|q| QueryAst::Not(Box::new(q)))),
            Tok::Open => {
                let inner = self.or(depth + 1)?;
                if let Some(Tok::Close) = self.peek() {
                    self.pos += 1;
                }
                Ok(inner)
            }
            Tok::Word(w, s) => self.leaf(QueryAst::Term(w, s)),
            Tok::Phrase(p, s) => self.leaf(QueryAst::Phrase(p, s)),
            Tok::And | Tok::Or | Tok::Close => Ok(None),
        }
    }

    fn leaf(&mut self, q: QueryAst) -> Result<Option<QueryAst>, QueryError> {
        self.leaves += 1;
        if self.leaves > MAX_LEAVES {
            return Err(QueryError::TooLong);
        }
        Ok(Some(q))
    }
}

/// Parses a query string.
pub fn parse(input: &str) -> Result<QueryAst, QueryError> {
    let mut p = Parser { toks: lex(input), pos: 0, leaves: 0 };
    let mut items = Vec::new();
    while p.pos < p.toks.len() {
        match p.or(0)? {
            Some(q) => items.push(q),
            None => p.pos += 1, // a stray ')' or operator
        }
    }
    match items.len() {
        0 => Err(QueryError::Empty),
        1 => Ok(items.pop().expect("one item")),
        _ => Ok(QueryAst::And(items)),
    }
}

impl fmt::Display for QueryAst {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scope = |s: &Scope| s.prefix();
        match self {
            QueryAst::Term(t, s) => {
                // `+` keeps a word that looks like an operator a plain word.
                let literal = matches!(t.as_str(), "AND" | "UND" | "&&" | "OR" | "ODER" | "||" | "NOT" | "NICHT")
                    || t.starts_with(['-', '+'])
                    || PREFIXES.iter().any(|(p, _)| t.to_lowercase().starts_with(p));
                write!(f, "{}{}{t}", scope(s), if literal && *s == Scope::All { "+" } else { "" })
            }
            QueryAst::Phrase(p, s) => write!(f, "{}\"{p}\"", scope(s)),
            QueryAst::And(items) | QueryAst::Or(items) => {
                let op = if matches!(self, QueryAst::And(_)) { " AND " } else { " OR " };
                f.write_str("(")?;
                for (i, q) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(op)?;
                    }
                    write!(f, "{q}")?;
                }
                f.write_str(")")
            }
            QueryAst::Not(q) => write!(f, "NOT {q}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> String {
        parse(s).map(|q| q.to_string()).unwrap_or_else(|e| format!("error: {e}"))
    }

    #[test]
    fn syntax() {
        let cases = [
            ("Außenminister", "Außenminister"),
            ("Außenminister Pjöngjang", "(Außenminister AND Pjöngjang)"),
            ("\"russische Außenminister\"", "\"russische Außenminister\""),
            ("„neue Qualität“ Moskau", "(\"neue Qualität\" AND Moskau)"),
            ("Lawrow OR Lavrov", "(Lawrow OR Lavrov)"),
            ("Lawrow ODER Lavrov UND Besuch", "(Lawrow OR (Lavrov AND Besuch))"),
            ("Gipfel NOT Peking", "(Gipfel AND NOT Peking)"),
            ("Gipfel -Peking", "(Gipfel AND NOT Peking)"),
            ("Gipfel NICHT Peking", "(Gipfel AND NOT Peking)"),
            ("(Moskau OR Peking) Besuch", "((Moskau OR Peking) AND Besuch)"),
            ("title:Gipfel titel:\"neue Qualität\"", "(title:Gipfel AND title:\"neue Qualität\")"),
            (
                "entity:Lavrov zitat:\"neue Qualität\" -quote:Krieg",
                "(name:Lavrov AND quote:\"neue Qualität\" AND NOT quote:Krieg)",
            ),
            ("Lawrow: Verhältnis", "(Lawrow: AND Verhältnis)"),
            ("a ) OR ( b", "(a AND b)"),
            ("\"offen", "\"offen\""),
            ("", "error: empty query"),
            ("  ( ) AND OR ", "error: empty query"),
        ];
        for (input, want) in cases {
            assert_eq!(p(input), want, "{input}");
        }
        assert_eq!(p(&"(".repeat(100)), "error: query nested more than 32 levels deep");
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,80}") {
            let _ = parse(&s);
        }

        #[test]
        fn never_panics_on_operator_soup(s in "([()\"„“ -]|AND|OR|NOT|UND|title:|name:|quote:|x){0,40}") {
            let _ = parse(&s);
        }

        #[test]
        fn printing_round_trips(s in "([()\"„“ -]|AND|OR|NOT|ODER|title:|name:|zitat:|Wien|x|y){0,30}") {
            if let Ok(q) = parse(&s) {
                proptest::prop_assert_eq!(parse(&q.to_string()), Ok(q));
            }
        }
    }
}
