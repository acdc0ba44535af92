//! awk values (numbers, strings, and input text that is numeric when it
//! looks so), awk's number formatting, arithmetic and field splitting.

use regex_lite::Regex;

use crate::shell::commands::regex;

/// The most fields one record may be split into or extended to (`$100000 = 1`).
pub const AWK_FIELDS_MAX: usize = 10_000;

/// An awk value: a number, a string, or input text that is a number if it looks like one.
#[derive(Clone, Debug)]
pub enum Val {
    Num(f64),
    Str(String),
    StrNum(String),
}

impl Val {
    pub fn num(&self) -> f64 {
        match self {
            Val::Num(n) => *n,
            Val::Str(s) | Val::StrNum(s) => leading_number(s),
        }
    }

    pub fn text(&self) -> String {
        match self {
            Val::Num(n) => format_number(*n),
            Val::Str(s) | Val::StrNum(s) => s.clone(),
        }
    }

    /// Numbers, and input text that looks numeric, compare as numbers.
    pub fn numeric(&self) -> bool {
        match self {
            Val::Num(_) => true,
            Val::Str(_) => false,
            Val::StrNum(s) => s.trim().parse::<f64>().is_ok(),
        }
    }

    pub fn truthy(&self) -> bool {
        if self.numeric() {
            self.num() != 0.0
        } else {
            !self.text().is_empty()
        }
    }
}

fn leading_number(s: &str) -> f64 {
    let t = s.trim_start();
    let mut end = 0;
    for (i, c) in t.char_indices() {
        if c.is_ascii_digit()
            || c == '.'
            || (i == 0 && (c == '-' || c == '+'))
            || (c == 'e' && i > 0)
        {
            end = i + 1;
        } else {
            break;
        }
    }
    (0..=end)
        .rev()
        .find_map(|e| t.get(..e)?.parse().ok())
        .unwrap_or(0.0)
}

/// awk's default number output: integers plainly, others like `%.6g`.
pub fn format_number(n: f64) -> String {
    if !n.is_finite() {
        return if n.is_nan() {
            "nan".into()
        } else if n > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        };
    }
    if n.fract() == 0.0 && n.abs() < 1e16 {
        return format!("{}", n as i64);
    }
    let exp = n.abs().log10().floor() as i32;
    if !(-5..6).contains(&exp) {
        let mantissa = n / 10f64.powi(exp);
        let m = format!("{mantissa:.5}");
        let m = m.trim_end_matches('0').trim_end_matches('.');
        return format!("{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
    let decimals = usize::try_from(5 - exp).unwrap_or(0);
    let s = format!("{n:.decimals$}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

pub fn arith(op: &str, a: f64, b: f64) -> f64 {
    match op {
        "+" => a + b,
        "-" => a - b,
        "*" => a * b,
        "/" if b != 0.0 => a / b,
        "%" if b != 0.0 => a % b,
        "^" => a.powf(b),
        _ => 0.0,
    }
}

/// Splits a record: `" "` means runs of blanks (ignoring leading and
/// trailing ones), one other character splits exactly, longer is a regex.
pub fn split_fields(record: &str, fs: &str) -> Vec<String> {
    let fields: Vec<String> = if fs == " " {
        record.split_whitespace().map(str::to_string).collect()
    } else if record.is_empty() {
        Vec::new()
    } else if fs.chars().count() == 1 {
        record.split(fs).map(str::to_string).collect()
    } else {
        match Regex::new(&fs.replace('\\', "\\\\")).or_else(|_| regex::compile(fs, true, false)) {
            Ok(re) => re.split(record).map(str::to_string).collect(),
            Err(_) => vec![record.to_string()],
        }
    };
    fields.into_iter().take(AWK_FIELDS_MAX).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_format_like_awk() {
        assert_eq!(format_number(3.0), "3");
        assert_eq!(format_number(0.1 + 0.2), "0.3");
        assert_eq!(format_number(1.0 / 3.0), "0.333333");
        assert_eq!(format_number(1e20), "1e+20");
    }
}
