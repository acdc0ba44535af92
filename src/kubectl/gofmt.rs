//! Go's float formatting, which leaks into kubectl output in three places:
//! `-o json` (`encoding/json`), `-o yaml` (`strconv.FormatFloat(f, 'g', -1)`)
//! and Go templates, where every JSON number is a float64 printed with `%v`
//! (so `30820` stays `30820` but `1000000` becomes `1e+06`).
//!
//! Both start from the shortest decimal digits that round-trip, which Rust's
//! `{:e}` already produces; only the layout rules are Go's.

/// Shortest round-trip digits of a finite, non-zero `|f|` and the decimal
/// exponent of the first digit: 30820.0 → ("3082", 4).
fn shortest_digits(f: f64) -> (String, i32) {
    let text = format!("{:e}", f.abs());
    let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
    (mantissa.replace('.', ""), exp.parse().unwrap_or(0))
}

/// `strconv.FormatFloat(f, 'g', -1, 64)`, i.e. `%v` of a float64.
/// Exponent form when the exponent is < -4 or >= 6 (Go's rule for the
/// shortest precision): 30820 → `30820`, 1234567 → `1.234567e+06`,
/// 0.00001 → `1e-05`.
pub fn float_g(f: f64) -> String {
    if let Some(special) = special(f) {
        return special.to_string();
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0" } else { "0" }.to_string();
    }
    let (digits, exp) = shortest_digits(f);
    let sign = if f < 0.0 { "-" } else { "" };
    if !(-4..6).contains(&exp) {
        return format!("{sign}{}", exponent_form(&digits, exp));
    }
    format!("{sign}{}", fixed_form(&digits, exp))
}

/// `encoding/json`'s float64: fixed notation, or exponent notation outside
/// [1e-6, 1e21) with Go's `e-7` / `e+21` exponent style.
pub fn float_json(f: f64) -> String {
    if !f.is_finite() {
        return float_g(f);
    }
    let abs = f.abs();
    if abs == 0.0 {
        return "0".to_string();
    }
    let (digits, exp) = shortest_digits(f);
    let sign = if f < 0.0 { "-" } else { "" };
    if !(1e-6..1e21).contains(&abs) {
        let mut text = exponent_form(&digits, exp);
        // Go trims one leading zero of a negative two-digit exponent.
        if let Some(pos) = text.find("e-0") {
            text.replace_range(pos + 2..pos + 3, "");
        }
        return format!("{sign}{text}");
    }
    format!("{sign}{}", fixed_form(&digits, exp))
}

fn special(f: f64) -> Option<&'static str> {
    if f.is_nan() {
        Some("NaN")
    } else if f == f64::INFINITY {
        Some("+Inf")
    } else if f == f64::NEG_INFINITY {
        Some("-Inf")
    } else {
        None
    }
}

/// `d.ddde±XX` with at least two exponent digits.
fn exponent_form(digits: &str, exp: i32) -> String {
    let (first, rest) = digits.split_at(1.min(digits.len()));
    let dot = if rest.is_empty() { "" } else { "." };
    let sign = if exp < 0 { '-' } else { '+' };
    format!("{first}{dot}{rest}e{sign}{:02}", exp.unsigned_abs())
}

/// Plain decimal notation of `0.digits × 10^(exp+1)`.
fn fixed_form(digits: &str, exp: i32) -> String {
    let point = exp + 1;
    if point <= 0 {
        let zeros = "0".repeat(point.unsigned_abs() as usize);
        return format!("0.{zeros}{digits}");
    }
    let point = point as usize;
    if digits.len() <= point {
        let zeros = "0".repeat(point - digits.len());
        return format!("{digits}{zeros}");
    }
    let (int, frac) = digits.split_at(point);
    format!("{int}.{frac}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_v_of_float64() {
        let table: &[(f64, &str)] = &[
            (30820.0, "30820"),
            (8080.0, "8080"),
            (0.5, "0.5"),
            (100000.0, "100000"),
            (1e6, "1e+06"),
            (1234567.0, "1.234567e+06"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (-2.5, "-2.5"),
            (0.0, "0"),
            (1e21, "1e+21"),
            (f64::INFINITY, "+Inf"),
        ];
        for (f, want) in table {
            assert_eq!(float_g(*f), *want, "{f}");
        }
    }

    #[test]
    fn encoding_json_floats() {
        let table: &[(f64, &str)] = &[
            (3.0, "3"),
            (0.5, "0.5"),
            (123456789.0, "123456789"),
            (1e20, "100000000000000000000"),
            (1e21, "1e+21"),
            (1e-7, "1e-7"),
            (1.5e-10, "1.5e-10"),
            (-0.25, "-0.25"),
        ];
        for (f, want) in table {
            assert_eq!(float_json(*f), *want, "{f}");
        }
    }
}
