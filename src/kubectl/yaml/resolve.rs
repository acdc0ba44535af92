//! What an unquoted YAML scalar means under the YAML 1.1 rules of Go's
//! `yaml.v2`, which kubectl uses both ways: reading manifests (`replicas: 3`
//! is an int, `enabled: yes` a bool) and writing `-o yaml`, where a string
//! that would read back as something else must be quoted (`"1"`, `"True"`,
//! `"2026-10-07T20:11:33Z"`).

/// The type a plain scalar resolves to.
#[derive(Clone, Debug, PartialEq)]
pub enum Resolved {
    Null,
    Bool(bool),
    Int(i64),
    /// Integers above `i64::MAX` that still fit a `u64`.
    Uint(u64),
    Float(f64),
    /// Looks like a timestamp; yaml.v2 keeps it a string when decoding
    /// into an untyped value, but quotes it when encoding.
    Timestamp,
    /// The merge key `<<`.
    Merge,
    Str,
}

/// Resolves a plain (unquoted) scalar like yaml.v2's `resolve("", s)`.
pub fn resolve_plain(s: &str) -> Resolved {
    if let Some(found) = lookup(s) {
        return found;
    }
    match s.as_bytes().first() {
        Some(b'.') => match s.parse::<f64>() {
            Ok(f) if go_parse_float_accepts(s) => Resolved::Float(f),
            _ => Resolved::Str,
        },
        Some(b'0'..=b'9' | b'+' | b'-') => resolve_number(s),
        _ => Resolved::Str,
    }
}

/// The words and symbols yaml.v2 resolves by table lookup.
fn lookup(s: &str) -> Option<Resolved> {
    Some(match s {
        "y" | "Y" | "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "on" | "On" | "ON" => {
            Resolved::Bool(true)
        }
        "n" | "N" | "no" | "No" | "NO" | "false" | "False" | "FALSE" | "off" | "Off" | "OFF" => {
            Resolved::Bool(false)
        }
        "" | "~" | "null" | "Null" | "NULL" => Resolved::Null,
        ".nan" | ".NaN" | ".NAN" => Resolved::Float(f64::NAN),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => Resolved::Float(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => Resolved::Float(f64::NEG_INFINITY),
        "<<" => Resolved::Merge,
        _ => return None,
    })
}

/// Scalars starting with a digit or sign: timestamp, int (Go's base-0
/// syntax: `0x1F`, `0o17`, `017`), float, or binary `0b101`.
fn resolve_number(s: &str) -> Resolved {
    if is_timestamp(s) {
        return Resolved::Timestamp;
    }
    let plain = s.replace('_', "");
    if let Some(i) = go_parse_int(&plain) {
        return Resolved::Int(i);
    }
    if let Some(u) = go_parse_uint(&plain) {
        return Resolved::Uint(u);
    }
    if is_yaml_float(&plain) {
        if let Ok(f) = plain.parse::<f64>() {
            return Resolved::Float(f);
        }
    }
    if let Some(bits) = plain.strip_prefix("0b") {
        if let Some(i) = digits_in_base(bits, 2) {
            return i64::try_from(i).map_or(Resolved::Uint(i as u64), Resolved::Int);
        }
    } else if let Some(bits) = plain.strip_prefix("-0b") {
        if let Some(i) = digits_in_base(bits, 2).and_then(|u| i64::try_from(u).ok()) {
            return Resolved::Int(-i);
        }
    }
    Resolved::Str
}

/// `strconv.ParseInt(s, 0, 64)`.
fn go_parse_int(s: &str) -> Option<i64> {
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, s.get(1..)?),
        Some(b'+') => (false, s.get(1..)?),
        _ => (false, s),
    };
    let magnitude = base_prefixed(body)?;
    if negative {
        if magnitude == i64::MAX as u128 + 1 {
            return Some(i64::MIN);
        }
        i64::try_from(magnitude).ok().map(|m| -m)
    } else {
        i64::try_from(magnitude).ok()
    }
}

/// `strconv.ParseUint(s, 0, 64)` (no sign allowed).
fn go_parse_uint(s: &str) -> Option<u64> {
    u64::try_from(base_prefixed(s)?).ok()
}

/// Digits with Go's base-0 prefixes: `0x`, `0o`, `0b`, or a leading `0`
/// for octal.
fn base_prefixed(body: &str) -> Option<u128> {
    let lower = body.get(..2).map(str::to_ascii_lowercase);
    match lower.as_deref() {
        Some("0x") => digits_in_base(body.get(2..)?, 16),
        Some("0o") => digits_in_base(body.get(2..)?, 8),
        Some("0b") => digits_in_base(body.get(2..)?, 2),
        _ if body.len() > 1 && body.starts_with('0') => digits_in_base(body.get(1..)?, 8),
        _ => digits_in_base(body, 10),
    }
}

fn digits_in_base(digits: &str, base: u32) -> Option<u128> {
    if digits.is_empty() || digits.len() > 40 {
        return None;
    }
    let mut value: u128 = 0;
    for c in digits.chars() {
        value = value
            .checked_mul(u128::from(base))?
            .checked_add(u128::from(c.to_digit(base)?))?;
    }
    Some(value)
}

/// yaml.v2's float pattern `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
fn is_yaml_float(s: &str) -> bool {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(at) => (&s[..at], Some(&s[at + 1..])),
        None => (s, None),
    };
    let mantissa_ok = match mantissa.split_once('.') {
        Some(("", frac)) => !frac.is_empty() && all_digits(frac),
        Some((int, frac)) => !int.is_empty() && all_digits(int) && all_digits(frac),
        None => !mantissa.is_empty() && all_digits(mantissa),
    };
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && all_digits(e)
    });
    mantissa_ok && exponent_ok
}

/// Go's `ParseFloat` is stricter than Rust's about words like `inf`;
/// scalars starting with `.` only resolve as decimal floats.
fn go_parse_float_accepts(s: &str) -> bool {
    is_yaml_float(s)
}

fn all_digits(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

/// yaml.v2 quotes sexagesimal-looking strings (`12:30`, `-1:20:30.5`) on
/// output for old parsers' sake.
pub fn is_base60_float(s: &str) -> bool {
    let body = s.strip_prefix(['-', '+']).unwrap_or(s);
    if !body.starts_with(|c: char| c.is_ascii_digit()) || !s.contains(':') {
        return false;
    }
    let (whole, frac) = match body.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (body, None),
    };
    if frac.is_some_and(|f| !f.bytes().all(|b| b.is_ascii_digit() || b == b'_')) {
        return false;
    }
    let mut parts = whole.split(':');
    let head_ok = parts
        .next()
        .is_some_and(|h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_digit() || b == b'_'));
    let rest: Vec<&str> = parts.collect();
    head_ok
        && !rest.is_empty()
        && rest.iter().all(|p| {
            let b = p.as_bytes();
            match b {
                [d] => d.is_ascii_digit(),
                [a, d] => (b'0'..=b'5').contains(a) && d.is_ascii_digit(),
                _ => false,
            }
        })
}

/// yaml.v2's timestamp shapes: `2006-1-2`, `2006-1-2 15:4:5[.frac]`, and
/// `2006-1-2T15:4:5[.frac](Z|±07:00)` (also with a lower-case `t`).
pub fn is_timestamp(s: &str) -> bool {
    let Some((date, time)) = split_date(s) else {
        return false;
    };
    if !valid_date(date) {
        return false;
    }
    match time {
        None => true,
        Some((' ', rest)) => parse_clock(rest).is_some_and(str::is_empty),
        Some((_, rest)) => parse_clock(rest).is_some_and(valid_zone),
    }
}

/// Splits `Y-M-D` from an optional `[Tt ]time` part.
fn split_date(s: &str) -> Option<(&str, Option<(char, &str)>)> {
    if s.len() < 5
        || !s.get(..4)?.bytes().all(|b| b.is_ascii_digit())
        || s.as_bytes().get(4) != Some(&b'-')
    {
        return None;
    }
    match s.find(['T', 't', ' ']) {
        Some(at) => Some((&s[..at], Some((s[at..].chars().next()?, &s[at + 1..])))),
        None => Some((s, None)),
    }
}

fn valid_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let num = |p: &str, max_len: usize| -> Option<u32> {
        if p.is_empty() || p.len() > max_len || !all_digits(p) {
            return None;
        }
        p.parse().ok()
    };
    let (Some(y), Some(m), Some(d)) = (num(y, 4), num(m, 2), num(d, 2)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// Reads `H:M:S[.frac]` (1–2 digits each) and returns what follows.
fn parse_clock(s: &str) -> Option<&str> {
    let mut rest = s;
    for (i, max) in [(0, 23u32), (1, 59), (2, 59)] {
        let len = rest.bytes().take_while(u8::is_ascii_digit).take(2).count();
        if len == 0 || rest.get(..len)?.parse::<u32>().ok()? > max {
            return None;
        }
        rest = &rest[len..];
        if i < 2 {
            rest = rest.strip_prefix(':')?;
        }
    }
    if let Some(frac) = rest.strip_prefix('.') {
        let len = frac.bytes().take_while(u8::is_ascii_digit).count();
        if len == 0 {
            return None;
        }
        rest = &frac[len..];
    }
    Some(rest)
}

fn valid_zone(zone: &str) -> bool {
    if zone == "Z" {
        return true;
    }
    let b = zone.as_bytes();
    matches!(b, [b'+' | b'-', h1, h2, b':', m1, m2] if [h1, h2, m1, m2].iter().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Resolved::*;

    #[test]
    fn yaml_1_1_words_and_numbers() {
        let table: &[(&str, Resolved)] = &[
            ("yes", Bool(true)),
            ("Off", Bool(false)),
            ("True", Bool(true)),
            ("~", Null),
            ("", Null),
            ("3", Int(3)),
            ("-8080", Int(-8080)),
            ("0x1F", Int(31)),
            ("0o17", Int(15)),
            ("017", Int(15)),
            ("1_000", Int(1000)),
            ("0b101", Int(5)),
            ("08", Float(8.0)),
            ("1.5", Float(1.5)),
            (".5", Float(0.5)),
            ("1e3", Float(1000.0)),
            ("18446744073709551615", Uint(u64::MAX)),
            ("2026-10-07T20:11:33Z", Timestamp),
            ("2026-1-7", Timestamp),
            ("2026-10-07 20:11:33.5", Timestamp),
            ("2026-02-30", Str),
            ("v1", Str),
            ("1.2.3", Str),
            ("nginx:1.14.2", Str),
            ("+", Str),
            ("-", Str),
            ("inf", Str),
            ("<<", Merge),
        ];
        for (text, want) in table {
            assert_eq!(resolve_plain(text), *want, "{text:?}");
        }
    }

    #[test]
    fn sexagesimal_strings_are_recognised() {
        assert!(is_base60_float("12:30"));
        assert!(is_base60_float("-1:20:30.5"));
        assert!(!is_base60_float("12:60"));
        assert!(!is_base60_float("nginx:1"));
        assert!(!is_base60_float("1:"));
    }
}
