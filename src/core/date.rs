//! Calendar dates (`YYYY-MM-DD`) and their age in months. The core has no
//! clock: "today" is always passed in (the page reads the browser's clock,
//! the build reads the system's; both through [`Date::from_unix_days`]).

use std::fmt;

/// A day of the proleptic Gregorian calendar, years 1 to 9999.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

const fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// The last date there is: what "today" is without a clock (no source
    /// is in the future of it).
    pub const LAST: Date = Date { year: 9999, month: 12, day: 31 };

    /// The date, if it exists.
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let valid =
            year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
        if valid {
            Some(Date { year, month, day })
        } else {
            None
        }
    }

    /// Reads exactly `YYYY-MM-DD` (ISO 8601, calendar date, no time).
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
            return None;
        }
        let number = |range: std::ops::Range<usize>| {
            let part = text.get(range)?;
            part.bytes().all(|b| b.is_ascii_digit()).then(|| part.parse::<u16>().ok()).flatten()
        };
        let month = u8::try_from(number(5..7)?).ok()?;
        let day = u8::try_from(number(8..10)?).ok()?;
        Date::new(number(0..4)?, month, day)
    }

    /// The date `days` days after 1970-01-01 (negative: before), as the
    /// browser's `Date.now()` and the system clock count (in UTC).
    pub fn from_unix_days(days: i64) -> Option<Date> {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(u16::try_from(year).ok()?, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
    }

    /// Days from 1970-01-01 (Howard Hinnant's days_from_civil): the
    /// inverse of [`Date::from_unix_days`].
    pub fn unix_days(self) -> i64 {
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let yoe = year - era * 400;
        let mp = if month > 2 { month - 3 } else { month + 9 };
        let doy = (153 * mp + 2) / 5 + day - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.unix_days() - self.unix_days()
    }

    /// Whether more than `months` whole months lie between `self` and
    /// `today`: 2025-10-14 is older than 12 months on 2026-10-15, not on
    /// 2026-10-14.
    pub fn older_than(self, months: u32, today: Date) -> bool {
        let count = |d: Date| i64::from(d.year) * 12 + i64::from(d.month);
        let apart = count(today) - count(self);
        apart > i64::from(months) || (apart == i64::from(months) && today.day > self.day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap_or_else(|| panic!("{text} is a date"))
    }

    #[test]
    fn parses_exactly_iso_calendar_dates() {
        assert_eq!(date("2026-11-28").to_string(), "2026-11-28");
        assert_eq!(date("2024-02-29").to_string(), "2024-02-29");
        for bad in [
            "",
            "2026-11-2",
            "2026/11/28",
            "2026-13-01",
            "2026-00-10",
            "2026-11-31",
            "2025-02-29",
            "1900-02-29",
            "0000-01-01",
            "2026-1a-01",
            "+026-11-28",
            "2026-11-28T00:00",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad:?}");
        }
        assert_eq!(Date::parse("2000-02-29").map(|d| d.to_string()).as_deref(), Some("2000-02-29"));
    }

    #[test]
    fn unix_days_give_the_civil_date() {
        assert_eq!(Date::from_unix_days(0), Date::new(1970, 1, 1));
        assert_eq!(Date::from_unix_days(-1), Date::new(1969, 12, 31));
        assert_eq!(Date::from_unix_days(11_016), Date::new(2000, 2, 29));
        assert_eq!(Date::from_unix_days(20_785), Date::new(2026, 11, 28));
        assert_eq!(Date::from_unix_days(i64::MAX / 2), None);
    }

    #[test]
    fn age_counts_whole_months() {
        let checked = date("2025-10-14");
        assert!(!checked.older_than(12, date("2026-10-14")));
        assert!(checked.older_than(12, date("2026-10-15")));
        assert!(checked.older_than(12, date("2026-11-28")));
        assert!(!checked.older_than(12, date("2025-10-14")));
        assert!(!checked.older_than(0, date("2025-10-14")));
        assert!(checked.older_than(0, date("2025-10-15")));
        assert!(!date("2026-11-28").older_than(12, date("2026-11-28")));
        assert!(!date("2027-01-01").older_than(1, date("2026-11-28")), "a future date is not old");
        assert!(date("2026-01-31").older_than(1, date("2026-03-01")));
    }

    #[test]
    fn dates_order_by_time() {
        assert!(date("2025-12-31") < date("2026-01-01"));
        assert!(date("2026-02-01") > date("2026-01-31"));
    }

    #[test]
    fn unix_days_invert_from_unix_days_over_four_centuries() {
        for days in -25_000..146_097 - 25_000 {
            let date = Date::from_unix_days(days).unwrap_or_else(|| panic!("day {days}"));
            assert_eq!(date.unix_days(), days);
        }
        assert_eq!(date("2026-11-28").unix_days(), 20_785);
        assert_eq!(date("2026-11-20").days_until(date("2026-11-28")), 8);
        assert_eq!(date("2026-11-28").days_until(date("2026-11-20")), -8);
    }
}
