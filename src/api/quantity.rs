//! `IntOrString` (ports, maxSurge) and resource quantities (`500m`,
//! `128Mi`), with the rounding rules the controllers rely on.

use crate::json::{DecodeErr, FromJson, ToJson, Value};
use std::fmt;

/// A value that is either an integer or a string (`8080`, `"http"`, `"25%"`).
#[derive(Clone, Debug, PartialEq, Eq, ToJson)]
#[serde(untagged)]
pub enum IntOrString {
    Int(i64),
    Str(String),
}

impl Default for IntOrString {
    fn default() -> Self {
        IntOrString::Int(0)
    }
}

/// As `intstr.IntOrString.UnmarshalJSON`: a string, else an `int32` (whose
/// Go error has no field path: the inner `json.Unmarshal` knows none).
impl FromJson for IntOrString {
    fn from_json(v: &Value) -> Result<Self, DecodeErr> {
        match v {
            Value::String(s) => Ok(IntOrString::Str(s.clone())),
            _ => i32::from_json(v)
                .map(|i| IntOrString::Int(i64::from(i)))
                .map_err(|e| DecodeErr::custom(e.to_string())),
        }
    }
    fn go_type() -> String {
        "intstr.IntOrString".into()
    }
}

impl fmt::Display for IntOrString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IntOrString::Int(i) => write!(f, "{i}"),
            IntOrString::Str(s) => f.write_str(s),
        }
    }
}

impl IntOrString {
    /// Resolves an integer or a percentage of `total`, rounding up or
    /// down as `intstr.GetScaledValueFromIntOrPercent` does.
    ///
    /// Worked example: `25%` of 10 replicas is 2.5 — maxSurge rounds up
    /// to 3, maxUnavailable rounds down to 2.
    pub fn scaled(&self, total: i64, round_up: bool) -> Result<i64, String> {
        match self {
            IntOrString::Int(i) => Ok(*i),
            IntOrString::Str(s) => {
                let pct: i64 = s
                    .strip_suffix('%')
                    .and_then(|p| p.parse().ok())
                    .ok_or_else(|| format!("invalid value for IntOrString: invalid type: string is not a percentage: {s:?}"))?;
                let product = pct.saturating_mul(total);
                Ok(if round_up {
                    product.saturating_add(99).div_euclid(100)
                } else {
                    product.div_euclid(100)
                })
            }
        }
    }
}

/// Parses a CPU quantity to millicores (`"500m"` → 500, `"0.2"` → 200, `"2"` → 2000).
pub fn parse_cpu_millis(q: &str) -> Option<u64> {
    let q = q.trim();
    if let Some(m) = q.strip_suffix('m') {
        return m.parse::<u64>().ok();
    }
    parse_decimal_scaled(q, 1000)
}

/// Parses a memory quantity to bytes (`"128Mi"`, `"1G"`, `"1e3"`, `"1000"`).
pub fn parse_bytes(q: &str) -> Option<u64> {
    let q = q.trim();
    const SUFFIXES: [(&str, u64); 12] = [
        ("Ki", 1 << 10),
        ("Mi", 1 << 20),
        ("Gi", 1 << 30),
        ("Ti", 1 << 40),
        ("Pi", 1 << 50),
        ("Ei", 1 << 60),
        ("k", 1_000),
        ("M", 1_000_000),
        ("G", 1_000_000_000),
        ("T", 1_000_000_000_000),
        ("P", 1_000_000_000_000_000),
        ("E", 1_000_000_000_000_000_000),
    ];
    for (suffix, mult) in SUFFIXES {
        if let Some(n) = q.strip_suffix(suffix) {
            return parse_decimal_scaled(n, mult);
        }
    }
    if let Some(m) = q.strip_suffix('m') {
        return m.parse::<u64>().ok().map(|v| v / 1000);
    }
    if let Some((m, e)) = q.split_once(['e', 'E']) {
        let exp: u32 = e.parse().ok()?;
        return parse_decimal_scaled(m, 10u64.checked_pow(exp)?);
    }
    parse_decimal_scaled(q, 1)
}

/// `"1.5"` × 1000 → 1500, without floating point.
fn parse_decimal_scaled(n: &str, mult: u64) -> Option<u64> {
    let (int, frac) = n.split_once('.').unwrap_or((n, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let int_v: u64 = if int.is_empty() { 0 } else { int.parse().ok()? };
    let mut value = int_v.checked_mul(mult)?;
    let mut scale = mult;
    for c in frac.chars() {
        let d = u64::from(c.to_digit(10)?);
        scale /= 10;
        value = value.checked_add(d.checked_mul(scale)?)?;
    }
    Some(value)
}

/// True when `q` is a syntactically valid quantity.
pub fn is_valid_quantity(q: &str) -> bool {
    parse_bytes(q).is_some() || parse_cpu_millis(q).is_some()
}

/// `resource.ParseQuantity(s).String()`: a quantity in its canonical form
/// (`1024Mi` → `1Gi`, `0.5` → `500m`, `1000` → `1k`), or Go's error text.
/// A string already canonical is kept as typed (`+5`, `1e3`), as Go keeps it.
pub fn canonical(s: &str) -> Result<String, &'static str> {
    const WRONG: &str = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
    const NUMERIC: &str = "unable to parse numeric part of quantity";
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, s.get(1..).unwrap_or("")),
        Some(b'+') => (false, s.get(1..).unwrap_or("")),
        Some(_) => (false, s),
        None => return Err(WRONG),
    };
    let body = body.trim_start_matches('0');
    let digits = |t: &str| t.bytes().take_while(u8::is_ascii_digit).count();
    let n = digits(body);
    let (num, rest) = body.split_at(n);
    let (denom, suffix) = match rest.strip_prefix('.') {
        Some(r) => r.split_at(digits(r)),
        None => ("", rest),
    };
    if body.is_empty() {
        return Ok("0".into());
    }
    // The suffix: letters, then an optional sign and digits, nothing else.
    let letters = suffix.trim_start_matches(|c| "eEinumkKMGTP".contains(c));
    let exp_digits = letters.strip_prefix(['-', '+']).unwrap_or(letters);
    if !exp_digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(WRONG);
    }
    let (binary, exponent): (bool, i32) = match suffix {
        "" => (false, 0),
        "n" => (false, -9),
        "u" => (false, -6),
        "m" => (false, -3),
        "k" => (false, 3),
        "M" => (false, 6),
        "G" => (false, 9),
        "T" => (false, 12),
        "P" => (false, 15),
        "E" => (false, 18),
        "Ki" => (true, 10),
        "Mi" => (true, 20),
        "Gi" => (true, 30),
        "Ti" => (true, 40),
        "Pi" => (true, 50),
        "Ei" => (true, 60),
        e if e.len() > 1 && e.starts_with(['e', 'E']) => (
            false,
            e.get(1..)
                .and_then(|x| x.parse().ok())
                .ok_or("unable to parse quantity's suffix")?,
        ),
        _ => return Err("unable to parse quantity's suffix"),
    };
    let exp_form = suffix.starts_with(['e', 'E']) && suffix.len() > 1;
    // Go counts a number without integer digits as "0".
    let num = if num.is_empty() { "0" } else { num };
    let shifted = format!("{num}{denom}");
    let mut mantissa: i128 = shifted.parse().map_err(|_| NUMERIC)?;
    let mut scale = -(denom.len() as i32);
    // Go keeps the typed string when it is already canonical.
    let keep = if binary {
        denom.is_empty() && mantissa & 7 != 0 && 15 - (num.len() as i32) - exponent * 3 / 10 > 0
    } else {
        let sc = exponent + scale;
        18 - (shifted.len() as i32) >= 0
            && sc >= -9
            && sc % 3 == 0
            && !shifted.ends_with("000")
            && !shifted.starts_with('0')
    };
    if keep && mantissa != 0 {
        return Ok(s.to_string());
    }
    if binary {
        mantissa = mantissa.checked_mul(1i128 << exponent).ok_or(NUMERIC)?;
    } else {
        scale += exponent;
    }
    // Round up (away from zero) to nano precision.
    if scale < -9 {
        let div = 10i128.checked_pow((-9 - scale) as u32).ok_or(NUMERIC)?;
        mantissa = (mantissa + div - 1) / div;
        scale = -9;
    }
    if mantissa == 0 {
        return Ok("0".into());
    }
    let sign = if negative { "-" } else { "" };
    let pow10 = |e: i32| 10i128.checked_pow(e.unsigned_abs()).ok_or(NUMERIC);
    // BinarySI stays binary only for whole numbers of at least 1024.
    let whole = if scale >= 0 {
        mantissa.checked_mul(pow10(scale)?)
    } else {
        let d = pow10(scale)?;
        (mantissa % d == 0).then(|| mantissa / d)
    };
    if let (true, Some(mut v)) = (binary, whole.filter(|v| *v >= 1024)) {
        let mut e = 0;
        while v % 1024 == 0 && e < 6 {
            v /= 1024;
            e += 1;
        }
        let unit = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"]
            .get(e)
            .copied()
            .unwrap_or("");
        return Ok(format!("{sign}{v}{unit}"));
    }
    while mantissa % 10 == 0 {
        mantissa /= 10;
        scale += 1;
    }
    while scale % 3 != 0 {
        mantissa = mantissa.checked_mul(10).ok_or(NUMERIC)?;
        scale -= 1;
    }
    let unit = match (exp_form, scale) {
        (_, 0) => String::new(),
        (true, e) => format!("e{e}"),
        (false, e) => ["n", "u", "m", "", "k", "M", "G", "T", "P", "E"]
            .get(((e + 9) / 3) as usize)
            .map_or(format!("e{e}"), |u| u.to_string()),
    };
    Ok(format!("{sign}{mantissa}{unit}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_round_as_the_deployment_controller_does() {
        let pct = IntOrString::Str("25%".into());
        assert_eq!(pct.scaled(10, true), Ok(3));
        assert_eq!(pct.scaled(10, false), Ok(2));
        assert_eq!(pct.scaled(1, true), Ok(1));
        assert_eq!(pct.scaled(1, false), Ok(0));
        assert_eq!(IntOrString::Int(2).scaled(10, true), Ok(2));
        assert!(IntOrString::Str("x".into()).scaled(3, true).is_err());
    }

    #[test]
    fn quantities_parse() {
        assert_eq!(parse_cpu_millis("500m"), Some(500));
        assert_eq!(parse_cpu_millis("0.2"), Some(200));
        assert_eq!(parse_cpu_millis("2"), Some(2000));
        assert_eq!(parse_bytes("10Mi"), Some(10 << 20));
        assert_eq!(parse_bytes("1G"), Some(1_000_000_000));
        assert_eq!(parse_bytes("1e3"), Some(1000));
        assert_eq!(parse_bytes("lots"), None);
    }

    #[test]
    fn quantities_print_in_go_canonical_form() {
        for (typed, canonical_form) in [
            ("1024Mi", "1Gi"),
            ("1536Mi", "1536Mi"),
            ("0.5Gi", "512Mi"),
            ("1.5Ki", "1536"),
            ("0.5", "500m"),
            ("2000m", "2"),
            ("1000", "1k"),
            ("10", "10"),
            ("1e3", "1e3"),
            ("10e2", "1e3"),
            ("1.5", "1500m"),
            ("100k", "100k"),
            ("1G", "1G"),
            ("+5", "+5"),
            ("-1.5", "-1500m"),
            ("0", "0"),
            ("000", "0"),
            ("0.0000000001", "1n"),
            (".5", "500m"),
        ] {
            assert_eq!(canonical(typed).as_deref(), Ok(canonical_form), "{typed}");
        }
        assert!(canonical("abc")
            .unwrap_err()
            .starts_with("quantities must match"));
        assert_eq!(canonical("1kM"), Err("unable to parse quantity's suffix"));
        assert!(canonical("1x")
            .unwrap_err()
            .starts_with("quantities must match"));
        assert!(canonical("").is_err());
    }
}

/// A resource quantity as written (`"500m"`, `"128Mi"`). YAML numbers
/// (`cpu: 0.2`) are accepted and stored in canonical form (`200m`), as the
/// apiserver does.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, ToJson)]
pub struct Quantity(pub String);

impl FromJson for Quantity {
    fn from_json(v: &Value) -> Result<Self, DecodeErr> {
        match v {
            Value::String(s) => Ok(Quantity(s.clone())),
            Value::Number(n) => {
                let text = n.to_string();
                if text.contains('.') {
                    let millis = parse_cpu_millis(&text)
                        .ok_or_else(|| DecodeErr::custom("quantities must be non-negative"))?;
                    if millis % 1000 == 0 {
                        Ok(Quantity((millis / 1000).to_string()))
                    } else {
                        Ok(Quantity(format!("{millis}m")))
                    }
                } else {
                    Ok(Quantity(text))
                }
            }
            other => Err(DecodeErr::custom(format!(
                "quantities must be a string or a number, not {other}"
            ))),
        }
    }
    fn go_type() -> String {
        "resource.Quantity".into()
    }
}
