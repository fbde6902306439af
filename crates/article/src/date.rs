//! Publication dates with their precision (year, month or day).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A calendar date known to year, month or day precision.
///
/// Written and parsed as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PubDate {
    /// Year (1000..=9999).
    pub year: i32,
    /// Month 1..=12, if known.
    pub month: Option<u32>,
    /// Day 1..=31, if known (only with a month).
    pub day: Option<u32>,
}

/// Why a date string was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid date {input:?}: {reason} (expected YYYY, YYYY-MM or YYYY-MM-DD)")]
pub struct DateError {
    input: String,
    reason: &'static str,
}

impl PubDate {
    /// A day-precise date, if it exists in the calendar.
    pub fn ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        let d = PubDate { year, month: Some(month), day: Some(day) };
        d.validate().ok().map(|_| d)
    }

    /// A month-precise date.
    pub fn ym(year: i32, month: u32) -> Option<Self> {
        let d = PubDate { year, month: Some(month), day: None };
        d.validate().ok().map(|_| d)
    }

    fn validate(&self) -> Result<(), &'static str> {
        if !(1000..=9999).contains(&self.year) {
            return Err("year out of range");
        }
        match (self.month, self.day) {
            (None, Some(_)) => Err("day without month"),
            (Some(m), _) if !(1..=12).contains(&m) => Err("month out of range"),
            (Some(m), Some(d)) if d < 1 || d > days_in_month(self.year, m) => Err("day out of range"),
            _ => Ok(()),
        }
    }

    /// The first day this date can mean, as `(year, month, day)`.
    pub fn first_day(&self) -> (i32, u32, u32) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day this date can mean, as `(year, month, day)`.
    pub fn last_day(&self) -> (i32, u32, u32) {
        let m = self.month.unwrap_or(12);
        (self.year, m, self.day.unwrap_or_else(|| days_in_month(self.year, m)))
    }

    /// Days since 1970-01-01 of [`first_day`](Self::first_day).
    pub fn first_day_number(&self) -> i64 {
        let (y, m, d) = self.first_day();
        days_from_civil(y, m, d)
    }

    /// Days since 1970-01-01 of [`last_day`](Self::last_day).
    pub fn last_day_number(&self) -> i64 {
        let (y, m, d) = self.last_day();
        days_from_civil(y, m, d)
    }
}

/// Number of days in a month of the proleptic Gregorian calendar.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 for a civil date (H. Hinnant's algorithm).
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

impl fmt::Display for PubDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl FromStr for PubDate {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = |reason| DateError { input: s.to_string(), reason };
        let parts: Vec<&str> = s.trim().split('-').collect();
        let num = |p: &str, len: usize| -> Result<u32, DateError> {
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err("not a number of the right length"));
            }
            p.parse().map_err(|_| err("not a number"))
        };
        let d = match parts.as_slice() {
            [y] => PubDate { year: num(y, 4)? as i32, month: None, day: None },
            [y, m] => PubDate { year: num(y, 4)? as i32, month: Some(num(m, 2)?), day: None },
            [y, m, d] => PubDate { year: num(y, 4)? as i32, month: Some(num(m, 2)?), day: Some(num(d, 2)?) },
            _ => return Err(err("wrong number of parts")),
        };
        d.validate().map_err(err)?;
        Ok(d)
    }
}

impl Serialize for PubDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PubDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_every_precision() {
        for s in ["2023", "2023-10", "2024-02-29"] {
            assert_eq!(s.parse::<PubDate>().unwrap().to_string(), s);
        }
        for bad in ["2023-13", "2023-02-29", "23-10", "2023-1", "x", "2023-10-01-02", ""] {
            assert!(bad.parse::<PubDate>().is_err(), "{bad}");
        }
    }

    #[test]
    fn month_spans_its_days() {
        let d: PubDate = "2024-02".parse().unwrap();
        assert_eq!(d.first_day(), (2024, 2, 1));
        assert_eq!(d.last_day(), (2024, 2, 29));
        assert_eq!(d.last_day_number() - d.first_day_number(), 28);
        assert_eq!("1970-01-01".parse::<PubDate>().unwrap().first_day_number(), 0);
    }
}
