//! CronJob schedules: the standard 5-field cron syntax the apiserver
//! accepts (minute hour day-of-month month day-of-week, with `*`, `?`,
//! lists, ranges, steps and JAN/MON names), the `@hourly`-style macros,
//! and the next matching minute after an instant. As in cron, when both
//! day fields are restricted a day matching either one runs.
//!
//! Time zones: a CronJob's `timeZone` is looked up in a small table of
//! fixed-offset zones; zones with daylight saving time are not modelled.

use super::time::Time;

/// Upper bound of the minute-by-minute search, in steps (a day skipped
/// counts as one step): five years of days, plus a day of hours and minutes.
const SEARCH_STEPS_MAX: usize = 5 * 366 + 24 + 60;

/// A parsed schedule: one bit per allowed value of each field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Schedule {
    minute: u64,
    hour: u64,
    dom: u64,
    month: u64,
    dow: u64,
    /// Whether day-of-month / day-of-week were given as `*` or `?`.
    dom_star: bool,
    dow_star: bool,
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const DAYS: [&str; 7] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

fn value(text: &str, names: &[&str], offset: u64) -> Result<u64, String> {
    let lower = text.to_ascii_lowercase();
    if let Some(i) = names.iter().position(|n| *n == lower) {
        return Ok(i as u64 + offset);
    }
    text.parse::<u64>().map_err(|_| {
        format!("failed to parse int from {text}: strconv.Atoi: parsing {text:?}: invalid syntax")
    })
}

/// One field: `*`, `?`, `a`, `a-b`, `*/n`, `a-b/n`, `a/n`, comma lists.
fn field(
    text: &str,
    min: u64,
    max: u64,
    names: &[&str],
    offset: u64,
) -> Result<(u64, bool), String> {
    let mut bits = 0u64;
    let mut star = false;
    for part in text.split(',') {
        let (range, step) = match part.split_once('/') {
            Some((r, s)) => (r, Some(s)),
            None => (part, None),
        };
        let (lo, hi) = if range == "*" || range == "?" {
            star = step.is_none();
            (min, max)
        } else if let Some((a, b)) = range.split_once('-') {
            (value(a, names, offset)?, value(b, names, offset)?)
        } else {
            let v = value(range, names, offset)?;
            (v, if step.is_some() { max } else { v })
        };
        let step = match step {
            Some(s) => s.parse::<u64>().map_err(|_| {
                format!("failed to parse int from {s}: strconv.Atoi: parsing {s:?}: invalid syntax")
            })?,
            None => 1,
        };
        if lo < min {
            return Err(format!(
                "beginning of range ({lo}) below minimum ({min}): {part}"
            ));
        }
        if hi > max {
            return Err(format!("end of range ({hi}) above maximum ({max}): {part}"));
        }
        if lo > hi {
            return Err(format!(
                "beginning of range ({lo}) beyond end of range ({hi}): {part}"
            ));
        }
        if step == 0 {
            return Err(format!("step of range should be a positive number: {part}"));
        }
        let mut v = lo;
        while v <= hi {
            bits |= 1 << v;
            v += step;
        }
    }
    Ok((bits, star))
}

impl Schedule {
    /// Parses a schedule; the error is robfig/cron's text, which the
    /// apiserver puts after `Invalid value: "…": `.
    pub fn parse(spec: &str) -> Result<Schedule, String> {
        let expanded = match spec.trim() {
            "@yearly" | "@annually" => "0 0 1 1 *",
            "@monthly" => "0 0 1 * *",
            "@weekly" => "0 0 * * 0",
            "@daily" | "@midnight" => "0 0 * * *",
            "@hourly" => "0 * * * *",
            s if s.starts_with('@') => return Err(format!("unrecognized descriptor: {s}")),
            s => s,
        };
        let fields: Vec<&str> = expanded.split_whitespace().collect();
        let [mi, h, dom, mo, dow] = fields[..] else {
            return Err(format!(
                "expected exactly 5 fields, found {}: [{}]",
                fields.len(),
                fields.join(" ")
            ));
        };
        let (minute, _) = field(mi, 0, 59, &[], 0)?;
        let (hour, _) = field(h, 0, 23, &[], 0)?;
        let (dom, dom_star) = field(dom, 1, 31, &[], 0)?;
        let (month, _) = field(mo, 1, 12, &MONTHS, 1)?;
        let (mut dow, dow_star) = field(dow, 0, 7, &DAYS, 0)?;
        if dow & (1 << 7) != 0 {
            dow |= 1; // 7 is Sunday too
        }
        Ok(Schedule {
            minute,
            hour,
            dom,
            month,
            dow,
            dom_star,
            dow_star,
        })
    }

    fn day_matches(&self, day: u64, weekday: u64) -> bool {
        let dom = self.dom & (1 << day) != 0;
        let dow = self.dow & (1 << weekday) != 0;
        if self.dom_star || self.dow_star {
            dom && dow
        } else {
            dom || dow
        }
    }

    /// The first scheduled instant strictly after `after` (whole minutes)
    /// in a zone `offset_min` minutes east of UTC; `None` if nothing
    /// matches within five years (`0 0 30 2 *`).
    pub fn next_after(&self, after: Time, offset_min: i64) -> Option<Time> {
        let offset_ms = offset_min * 60_000;
        let local = (after.0 as i64 + offset_ms).max(0) as u64;
        let mut t = (local / 60_000 + 1) * 60_000;
        for _ in 0..SEARCH_STEPS_MAX {
            let c = Time(t).civil();
            if self.month & (1 << c.month) == 0 || !self.day_matches(c.day, c.weekday) {
                t = (t / 86_400_000 + 1) * 86_400_000;
            } else if self.hour & (1 << c.hour) == 0 {
                t = (t / 3_600_000 + 1) * 3_600_000;
            } else if self.minute & (1 << c.minute) == 0 {
                t += 60_000;
            } else {
                return Some(Time((t as i64 - offset_ms).max(0) as u64));
            }
        }
        None
    }
}

/// Minutes east of UTC of a `timeZone` the playground knows (fixed-offset
/// zones only); `None` for any other name.
pub fn zone_offset(zone: &str) -> Option<i64> {
    Some(match zone {
        "UTC" | "Etc/UTC" | "GMT" | "Etc/GMT" | "Africa/Abidjan" | "Atlantic/Reykjavik" => 0,
        "Asia/Tokyo" | "Asia/Seoul" => 9 * 60,
        "Asia/Shanghai" | "Asia/Singapore" | "Asia/Hong_Kong" | "Asia/Taipei" => 8 * 60,
        "Asia/Kolkata" | "Asia/Calcutta" => 5 * 60 + 30,
        "Asia/Dubai" => 4 * 60,
        "Europe/Moscow" => 3 * 60,
        _ => {
            // Etc/GMT+5 is five hours *behind* UTC (POSIX sign).
            let n: i64 = zone.strip_prefix("Etc/GMT")?.parse().ok()?;
            if !(-14..=12).contains(&n) {
                return None;
            }
            -n * 60
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-01-12T09:00:00Z, a Monday.
    const MON_9: u64 = 1_768_208_400_000;

    fn next(spec: &str, after: u64) -> Option<String> {
        Schedule::parse(spec)
            .ok()?
            .next_after(Time(after), 0)
            .map(Time::rfc3339)
    }

    #[test]
    fn next_runs_follow_cron() {
        assert_eq!(Time(MON_9).rfc3339(), "2026-01-12T09:00:00Z");
        let cases = [
            ("* * * * *", "2026-01-12T09:01:00Z"),
            ("*/5 * * * *", "2026-01-12T09:05:00Z"),
            ("0 * * * *", "2026-01-12T10:00:00Z"),
            ("@hourly", "2026-01-12T10:00:00Z"),
            ("@daily", "2026-01-13T00:00:00Z"),
            ("@weekly", "2026-01-18T00:00:00Z"),
            ("@monthly", "2026-02-01T00:00:00Z"),
            ("@yearly", "2027-01-01T00:00:00Z"),
            ("30 8 * * MON-FRI", "2026-01-13T08:30:00Z"),
            ("0 0 29 2 *", "2028-02-29T00:00:00Z"),
            ("0 12 1 * 5", "2026-01-16T12:00:00Z"),
            ("15,45 9 * * *", "2026-01-12T09:15:00Z"),
            ("0 0 * JUN *", "2026-06-01T00:00:00Z"),
            ("0 0 * * 7", "2026-01-18T00:00:00Z"),
        ];
        for (spec, want) in cases {
            assert_eq!(next(spec, MON_9).as_deref(), Some(want), "{spec}");
        }
        assert_eq!(next("0 0 30 2 *", MON_9), None);
    }

    #[test]
    fn zones_shift_the_wall_clock() {
        let s = Schedule::parse("0 9 * * *").unwrap_or_else(|e| panic!("{e}"));
        // 09:00 in Tokyo is 00:00 UTC.
        let at = s.next_after(Time(MON_9), zone_offset("Asia/Tokyo").unwrap_or(0));
        assert_eq!(
            at.map(Time::rfc3339).as_deref(),
            Some("2026-01-13T00:00:00Z")
        );
        assert_eq!(zone_offset("Etc/GMT+5"), Some(-300));
        assert_eq!(zone_offset("Mars/Olympus"), None);
    }

    #[test]
    fn bad_schedules_are_refused_in_robfig_words() {
        let cases = [
            ("hello", "expected exactly 5 fields, found 1: [hello]"),
            ("61 * * * *", "end of range (61) above maximum (59): 61"),
            ("* * 0 * *", "beginning of range (0) below minimum (1): 0"),
            (
                "*/0 * * * *",
                "step of range should be a positive number: */0",
            ),
            ("@often", "unrecognized descriptor: @often"),
        ];
        for (spec, want) in cases {
            assert_eq!(Schedule::parse(spec).err().as_deref(), Some(want), "{spec}");
        }
    }
}
