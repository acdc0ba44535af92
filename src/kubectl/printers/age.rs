//! Time as kubectl shows it: the AGE column (`duration.HumanDuration` of
//! apimachinery), describe timestamps (Go's `time.RFC1123Z`) and the
//! RFC 3339 strings objects carry (`creationTimestamp`).
//!
//! Times are whole seconds since the Unix epoch (`i64`); nothing here reads
//! a clock — callers pass the simulated "now".

/// kubectl's AGE text for a duration in seconds. Ages are truncated, never
/// rounded, and the precision drops as the age grows:
/// 119 → `119s`, 121 → `2m1s`, 660 → `11m`, 10860 → `3h1m`, 183600 → `2d3h`.
pub fn human_duration(seconds: i64) -> String {
    if seconds < -1 {
        return "<invalid>".to_string();
    }
    if seconds < 0 {
        return "0s".to_string();
    }
    if seconds < 60 * 2 {
        return format!("{seconds}s");
    }
    let minutes = seconds / 60;
    if minutes < 10 {
        return with_remainder(minutes, "m", seconds % 60, "s");
    }
    if minutes < 60 * 3 {
        return format!("{minutes}m");
    }
    let hours = seconds / 3600;
    if hours < 8 {
        return with_remainder(hours, "h", minutes % 60, "m");
    }
    if hours < 48 {
        return format!("{hours}h");
    }
    if hours < 24 * 8 {
        return with_remainder(hours / 24, "d", hours % 24, "h");
    }
    if hours < 24 * 365 * 2 {
        return format!("{}d", hours / 24);
    }
    if hours < 24 * 365 * 8 {
        return with_remainder(hours / 24 / 365, "y", (hours / 24) % 365, "d");
    }
    format!("{}y", hours / 24 / 365)
}

fn with_remainder(major: i64, major_unit: &str, minor: i64, minor_unit: &str) -> String {
    if minor == 0 {
        format!("{major}{major_unit}")
    } else {
        format!("{major}{major_unit}{minor}{minor_unit}")
    }
}

/// The age of an RFC 3339 timestamp at `now`, or `<unknown>` when the
/// timestamp is missing or unreadable (kubectl's text for a zero time).
pub fn age_of(timestamp: Option<&str>, now: i64) -> String {
    match timestamp.and_then(parse_rfc3339) {
        Some(t) => human_duration(now - t),
        None => "<unknown>".to_string(),
    }
}

const DAY_NAMES: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
const MONTH_NAMES: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Go's `time.RFC1123Z` in UTC: `Thu, 08 Oct 2026 00:13:14 +0000`.
pub fn rfc1123z(epoch: i64) -> String {
    let (y, mo, d, h, mi, s) = civil(epoch);
    let weekday = DAY_NAMES
        .get(epoch.div_euclid(86_400).rem_euclid(7) as usize)
        .copied()
        .unwrap_or("Mon");
    let month = MONTH_NAMES
        .get((mo as usize).saturating_sub(1))
        .copied()
        .unwrap_or("Jan");
    format!("{weekday}, {d:02} {month} {y:04} {h:02}:{mi:02}:{s:02} +0000")
}

/// `2026-10-07T20:11:33Z`, the form Kubernetes stores timestamps in.
pub fn rfc3339(epoch: i64) -> String {
    let (y, mo, d, h, mi, s) = civil(epoch);
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")
}

/// A typed timestamp in whole epoch seconds, as its RFC 3339 text reads.
pub fn unix_secs(t: crate::api::Time) -> i64 {
    i64::try_from(t.unix_ms() / 1000).unwrap_or(i64::MAX)
}

/// Reads `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)` into epoch seconds.
pub fn parse_rfc3339(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    let num = |from: usize, len: usize| -> Option<i64> {
        let part = text.get(from..from + len)?;
        if !part.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    let sep = |at: usize, c: u8| b.get(at) == Some(&c);
    if !(sep(4, b'-')
        && sep(7, b'-')
        && (sep(10, b'T') || sep(10, b't'))
        && sep(13, b':')
        && sep(16, b':'))
    {
        return None;
    }
    let (y, mo, d) = (num(0, 4)?, num(5, 2)?, num(8, 2)?);
    let (h, mi, s) = (num(11, 2)?, num(14, 2)?, num(17, 2)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || s > 60 {
        return None;
    }
    let mut rest = text.get(19..)?;
    if let Some(frac) = rest.strip_prefix('.') {
        let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
        rest = frac.get(digits..)?;
    }
    let offset = match rest {
        "Z" | "z" => 0,
        _ => {
            let sign = match rest.as_bytes().first() {
                Some(b'+') => 1,
                Some(b'-') => -1,
                _ => return None,
            };
            if rest.len() != 6 || rest.as_bytes().get(3) != Some(&b':') {
                return None;
            }
            sign * (num_in(rest, 1)? * 3600 + num_in(rest, 4)? * 60)
        }
    };
    Some(days_from_civil(y, mo, d) * 86_400 + h * 3600 + mi * 60 + s - offset)
}

fn num_in(text: &str, from: usize) -> Option<i64> {
    text.get(from..from + 2)?.parse().ok()
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
/// `days_from_civil`): 2000-03-01 → 11017.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse: epoch seconds → (year, month, day, hour, minute, second).
fn civil(epoch: i64) -> (i64, i64, i64, i64, i64, i64) {
    let days = epoch.div_euclid(86_400);
    let secs = epoch.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d, secs / 3600, (secs % 3600) / 60, secs % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table of the fidelity reference (§3), computed by running
    /// apimachinery's `HumanDuration`.
    #[test]
    fn human_duration_matches_apimachinery() {
        let table: &[(i64, &str)] = &[
            (-5, "<invalid>"),
            (-1, "0s"),
            (0, "0s"),
            (59, "59s"),
            (90, "90s"),
            (119, "119s"),
            (120, "2m"),
            (121, "2m1s"),
            (150, "2m30s"),
            (599, "9m59s"),
            (600, "10m"),
            (659, "10m"),
            (660, "11m"),
            (3599, "59m"),
            (3600, "60m"),
            (10799, "179m"),
            (10800, "3h"),
            (10860, "3h1m"),
            (28799, "7h59m"),
            (28800, "8h"),
            (86400, "24h"),
            (172_799, "47h"),
            (172_800, "2d"),
            (183_600, "2d3h"),
            (691_200, "8d"),
            (63_072_000, "2y"),
            (63_072_000 + 86_400 * 3, "2y3d"),
            (24 * 365 * 8 * 3600, "8y"),
        ];
        for (seconds, want) in table {
            assert_eq!(human_duration(*seconds), *want, "{seconds}s");
        }
    }

    #[test]
    fn timestamps_round_trip() {
        let t = parse_rfc3339("2026-10-07T20:11:33Z").unwrap();
        assert_eq!(rfc3339(t), "2026-10-07T20:11:33Z");
        assert_eq!(rfc1123z(t), "Wed, 07 Oct 2026 20:11:33 +0000");
        assert_eq!(parse_rfc3339("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(
            parse_rfc3339("2000-03-01T00:00:00.123Z"),
            Some(11017 * 86_400)
        );
        assert_eq!(
            parse_rfc3339("2026-10-08T00:13:14+05:30"),
            parse_rfc3339("2026-10-07T18:43:14Z")
        );
        assert_eq!(rfc1123z(0), "Thu, 01 Jan 1970 00:00:00 +0000");
    }

    #[test]
    fn bad_timestamps_are_unknown() {
        for bad in [
            "",
            "2026-13-01T00:00:00Z",
            "2026-10-07 20:11:33Z",
            "2026-10-07T20:11:33",
            "x",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad}");
        }
        assert_eq!(age_of(None, 100), "<unknown>");
        assert_eq!(age_of(Some("1970-01-01T00:01:00Z"), 125), "65s");
    }
}
