//! Timestamps as the apiserver writes them: RFC 3339 in UTC with whole
//! seconds (`2026-01-12T09:04:37Z`). A [`Time`] holds Unix milliseconds so
//! the engine can do arithmetic; it serialises like Go's `metav1.Time`.
//!
//! This module only converts; it never reads a clock.

use crate::json::{DecodeErr, FromJson, ToJson, Value};

/// A point in simulated time, in milliseconds since the Unix epoch.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time(pub u64);

const MS_PER_DAY: u64 = 86_400_000;

/// Days since 1970-01-01 → (year, month 1–12, day 1–31), proleptic
/// Gregorian (Howard Hinnant's `civil_from_days`, unsigned because the
/// simulation never goes before 1970).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + u64::from(m <= 2);
    (y, m, d)
}

/// (year, month, day) → days since 1970-01-01; `None` before 1970.
fn days_from_civil(y: u64, m: u64, d: u64) -> Option<u64> {
    let y = if m <= 2 { y.checked_sub(1)? } else { y };
    let era = y / 400;
    let yoe = y - era * 400;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d.checked_sub(1)?;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe).checked_sub(719_468)
}

/// Broken-down UTC time of a [`Time`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Civil {
    pub year: u64,
    pub month: u64,
    pub day: u64,
    pub hour: u64,
    pub minute: u64,
    pub second: u64,
    pub millis: u64,
    /// 0 = Sunday.
    pub weekday: u64,
}

impl Time {
    /// Unix milliseconds.
    pub fn unix_ms(self) -> u64 {
        self.0
    }

    /// The UTC calendar fields of this instant.
    pub fn civil(self) -> Civil {
        let days = self.0 / MS_PER_DAY;
        let rem = self.0 % MS_PER_DAY;
        let (year, month, day) = civil_from_days(days);
        Civil {
            year,
            month,
            day,
            hour: rem / 3_600_000,
            minute: rem / 60_000 % 60,
            second: rem / 1000 % 60,
            millis: rem % 1000,
            // 1970-01-01 was a Thursday.
            weekday: (days + 4) % 7,
        }
    }

    /// `2026-01-12T09:04:37Z`, as `metav1.Time` marshals.
    pub fn rfc3339(self) -> String {
        let c = self.civil();
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            c.year, c.month, c.day, c.hour, c.minute, c.second
        )
    }

    /// `2026-01-12T09:04:37.123Z`, as JavaScript's `Date.toISOString`
    /// prints (the bootcamp app logs this way).
    pub fn iso_millis(self) -> String {
        let c = self.civil();
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
            c.year, c.month, c.day, c.hour, c.minute, c.second, c.millis
        )
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`.
    pub fn parse_rfc3339(s: &str) -> Option<Time> {
        let b = s.as_bytes();
        let num = |from: usize, len: usize| -> Option<u64> {
            s.get(from..from + len)?.parse::<u64>().ok()
        };
        if b.len() < 20 || b.get(4) != Some(&b'-') || b.get(10).map(|c| c | 0x20) != Some(b't') {
            return None;
        }
        let (y, mo, d) = (num(0, 4)?, num(5, 2)?, num(8, 2)?);
        let (h, mi, se) = (num(11, 2)?, num(14, 2)?, num(17, 2)?);
        if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || se > 60 {
            return None;
        }
        let mut rest = s.get(19..)?;
        let mut millis = 0;
        if let Some(frac) = rest.strip_prefix('.') {
            let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
            let ms_txt: String = frac.chars().take(digits.min(3)).collect();
            millis = format!("{ms_txt:0<3}").parse::<u64>().ok()?;
            rest = frac.get(digits..)?;
        }
        let offset_s: i64 = match rest {
            "Z" | "z" => 0,
            _ => {
                let sign = match rest.get(..1)? {
                    "+" => 1,
                    "-" => -1,
                    _ => return None,
                };
                let oh: i64 = rest.get(1..3)?.parse().ok()?;
                let om: i64 = rest.get(4..6)?.parse().ok()?;
                sign * (oh * 3600 + om * 60)
            }
        };
        let days = days_from_civil(y, mo, d)?;
        let secs = days * 86_400 + h * 3600 + mi * 60 + se;
        let secs = i64::try_from(secs).ok()? - offset_s;
        Some(Time(u64::try_from(secs).ok()? * 1000 + millis))
    }
}

thread_local! {
    /// Set while a checkpoint is written: times keep their milliseconds.
    static EXACT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` with times written to the millisecond (`…:37.123Z`), as a
/// checkpoint of the world needs: the engine compares exact times, and
/// whole seconds would make a restored cluster differ. Parsing reads both.
pub fn exact_times<R>(f: impl FnOnce() -> R) -> R {
    EXACT.with(|e| e.set(true));
    let r = f();
    EXACT.with(|e| e.set(false));
    r
}

impl ToJson for Time {
    fn to_json(&self) -> Value {
        match EXACT.with(std::cell::Cell::get) {
            true => Value::String(self.iso_millis()),
            false => Value::String(self.rfc3339()),
        }
    }
}

impl FromJson for Time {
    fn from_json(v: &Value) -> Result<Self, DecodeErr> {
        let text = String::from_json(v).map_err(|e| DecodeErr::custom(e.to_string()))?;
        Time::parse_rfc3339(&text)
            .ok_or_else(|| DecodeErr::custom(format!("parsing time {text:?} as RFC3339")))
    }
    fn go_type() -> String {
        "v1.Time".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_parses_round_trip() {
        // 2026-01-12T09:04:37Z = 1768208677 s since the epoch.
        let t = Time(1_768_208_677_000);
        assert_eq!(t.rfc3339(), "2026-01-12T09:04:37Z");
        assert_eq!(Time::parse_rfc3339("2026-01-12T09:04:37Z"), Some(t));
        assert_eq!(
            Time::parse_rfc3339("2026-01-12T10:04:37.250+01:00"),
            Some(Time(1_768_208_677_250))
        );
        assert_eq!(t.civil().weekday, 1, "a Monday");
        assert_eq!(Time(0).rfc3339(), "1970-01-01T00:00:00Z");
        assert_eq!(Time::parse_rfc3339("yesterday"), None);
        assert_eq!(
            Time(1_768_208_677_007).iso_millis(),
            "2026-01-12T09:04:37.007Z"
        );
    }
}
