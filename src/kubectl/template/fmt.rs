//! The parts of Go's `fmt` and `strconv` that templates reach: printing a
//! value (`map[app:web]`, `[a b]`, `<nil>`), `print`/`println`/`printf`
//! with Go's verbs and its exact complaint texts (`%!d(float64=3)`,
//! `%!s(MISSING)`), and Go string quoting.

use serde_json::Value;

use super::value::Val;
use crate::kubectl::gofmt::float_g;

/// `fmt.Sprint(v)` of one value — what `{{.x}}` writes.
pub fn print_value(v: &Val) -> String {
    match v {
        Val::Invalid => "<no value>".to_string(),
        other => format_verb(other, &Spec::plain('v')),
    }
}

/// `fmt.Sprint(args...)`: a space between operands when neither is a string.
pub fn sprint(args: &[Val]) -> String {
    let mut out = String::new();
    for (i, arg) in args.iter().enumerate() {
        let is_string = |v: &Val| v.type_name() == "string";
        if i > 0 && !is_string(arg) && args.get(i - 1).is_some_and(|p| !is_string(p)) {
            out.push(' ');
        }
        out.push_str(&print_value_for_fmt(arg));
    }
    out
}

/// `fmt.Sprintln(args...)`: always spaces, and a final newline.
pub fn sprintln(args: &[Val]) -> String {
    let parts: Vec<String> = args.iter().map(print_value_for_fmt).collect();
    format!("{}\n", parts.join(" "))
}

/// fmt prints an invalid reflect.Value passed as an argument as `<invalid reflect.Value>`.
fn print_value_for_fmt(v: &Val) -> String {
    format_verb(v, &Spec::plain('v'))
}

/// One conversion of a format string: flags, width, precision and verb.
#[derive(Clone, Debug, Default)]
struct Spec {
    minus: bool,
    plus: bool,
    zero: bool,
    space: bool,
    sharp: bool,
    width: Option<usize>,
    precision: Option<usize>,
    verb: char,
}

impl Spec {
    fn plain(verb: char) -> Spec {
        Spec {
            verb,
            ..Spec::default()
        }
    }
}

/// The widest field a format may ask for; larger widths are clamped so a
/// template cannot make kubeplay allocate gigabytes.
const FIELD_WIDTH_MAX: usize = 10_000;

/// `fmt.Sprintf(format, args...)`.
pub fn sprintf(format: &str, args: &[Val]) -> String {
    let mut out = String::new();
    let mut chars = format.chars().peekable();
    let mut next_arg = 0;
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut spec = Spec::default();
        while let Some(&f) = chars.peek() {
            match f {
                '-' => spec.minus = true,
                '+' => spec.plus = true,
                '0' => spec.zero = true,
                ' ' => spec.space = true,
                '#' => spec.sharp = true,
                _ => break,
            }
            chars.next();
        }
        spec.width = read_number(&mut chars, args, &mut next_arg);
        if chars.peek() == Some(&'.') {
            chars.next();
            spec.precision = Some(read_number(&mut chars, args, &mut next_arg).unwrap_or(0));
        }
        let Some(verb) = chars.next() else {
            out.push_str("%!(NOVERB)");
            break;
        };
        spec.verb = verb;
        if verb == '%' {
            out.push('%');
            continue;
        }
        match args.get(next_arg) {
            Some(arg) => {
                out.push_str(&format_verb(arg, &spec));
                next_arg += 1;
            }
            None => out.push_str(&format!("%!{verb}(MISSING)")),
        }
    }
    if next_arg < args.len() {
        let extra: Vec<String> = args.iter().skip(next_arg).map(|a| bad_operand(a)).collect();
        out.push_str(&format!("%!(EXTRA {})", extra.join(", ")));
    }
    out
}

fn read_number(
    chars: &mut std::iter::Peekable<std::str::Chars>,
    args: &[Val],
    next_arg: &mut usize,
) -> Option<usize> {
    if chars.peek() == Some(&'*') {
        chars.next();
        let n = match args.get(*next_arg).map(Val::scalar) {
            Some(Val::Int(i)) => usize::try_from(i).ok(),
            _ => None,
        };
        *next_arg += 1;
        return n.map(|n| n.min(FIELD_WIDTH_MAX));
    }
    let mut n: Option<usize> = None;
    while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
        n = Some((n.unwrap_or(0) * 10 + d as usize).min(FIELD_WIDTH_MAX));
        chars.next();
    }
    n
}

/// `type=value` as fmt shows an operand it cannot format.
fn bad_operand(v: &Val) -> String {
    if v.is_nil() {
        return "<nil>".to_string();
    }
    format!("{}={}", v.type_name(), format_verb(v, &Spec::plain('v')))
}

fn bad_verb(v: &Val, verb: char) -> String {
    if v.is_nil() {
        return format!("%!{verb}(<nil>)");
    }
    format!("%!{verb}({})", bad_operand(v))
}

/// Formats one operand with one verb, recursing into maps and slices as
/// fmt does (the verb applies to every key and element).
fn format_verb(v: &Val, spec: &Spec) -> String {
    if spec.verb == 'T' {
        return pad(v.type_name().to_string(), spec, false);
    }
    match v {
        Val::Invalid => "<invalid reflect.Value>".to_string(),
        Val::J(Value::Array(items)) | Val::C(Value::Array(items)) => {
            let parts: Vec<String> = items
                .iter()
                .map(|i| format_verb(&Val::J(i), spec))
                .collect();
            format!("[{}]", parts.join(" "))
        }
        Val::J(Value::Object(map)) | Val::C(Value::Object(map)) => {
            let parts: Vec<String> = map
                .iter()
                .map(|(k, val)| {
                    format!(
                        "{}:{}",
                        format_verb(&Val::Str(k.clone()), spec),
                        format_verb(&Val::J(val), spec)
                    )
                })
                .collect();
            format!("map[{}]", parts.join(" "))
        }
        Val::J(Value::Null) | Val::NilLit => match spec.verb {
            'v' => pad("<nil>".to_string(), spec, false),
            verb => bad_verb(v, verb),
        },
        other => format_scalar(&other.scalar(), spec),
    }
}

fn format_scalar(v: &Val, spec: &Spec) -> String {
    match (v, spec.verb) {
        (Val::Str(s), 'v' | 's') => {
            let text: String = match spec.precision {
                Some(p) => s.chars().take(p).collect(),
                None => s.clone(),
            };
            pad(text, spec, false)
        }
        (Val::Str(s), 'q') => pad(go_quote(s), spec, false),
        (Val::Str(s), 'x' | 'X') => {
            let hex: String = s.bytes().map(|b| format!("{b:02x}")).collect();
            pad(
                if spec.verb == 'X' {
                    hex.to_ascii_uppercase()
                } else {
                    hex
                },
                spec,
                false,
            )
        }
        (Val::Bool(b), 'v' | 't') => pad(b.to_string(), spec, false),
        (Val::Int(i), 'v' | 'd') => pad(signed(i.to_string(), *i < 0, spec), spec, true),
        (Val::Int(i), 'x') => pad(
            signed(format!("{:x}", i.unsigned_abs()), *i < 0, spec),
            spec,
            true,
        ),
        (Val::Int(i), 'X') => pad(
            signed(format!("{:X}", i.unsigned_abs()), *i < 0, spec),
            spec,
            true,
        ),
        (Val::Int(i), 'o') => pad(
            signed(format!("{:o}", i.unsigned_abs()), *i < 0, spec),
            spec,
            true,
        ),
        (Val::Int(i), 'b') => pad(
            signed(format!("{:b}", i.unsigned_abs()), *i < 0, spec),
            spec,
            true,
        ),
        (Val::Int(i), 'c') => pad(
            char::from_u32(u32::try_from(*i).unwrap_or(0xFFFD))
                .unwrap_or('\u{FFFD}')
                .to_string(),
            spec,
            false,
        ),
        (Val::Int(i), 'q') => {
            let c = char::from_u32(u32::try_from(*i).unwrap_or(0xFFFD)).unwrap_or('\u{FFFD}');
            pad(format!("'{}'", escape_char(c, '\'')), spec, false)
        }
        (Val::Float(f), 'v' | 'g' | 'G' | 'e' | 'E' | 'f' | 'F') => {
            pad(format_float(*f, spec), spec, true)
        }
        (other, verb) => bad_verb(other, verb),
    }
}

/// Adds the `+` / space sign flags to a magnitude.
fn signed(digits: String, negative: bool, spec: &Spec) -> String {
    let digits = digits.trim_start_matches('-').to_string();
    if negative {
        format!("-{digits}")
    } else if spec.plus {
        format!("+{digits}")
    } else if spec.space {
        format!(" {digits}")
    } else {
        digits
    }
}

fn format_float(f: f64, spec: &Spec) -> String {
    let text = match (spec.verb, spec.precision) {
        ('v' | 'g' | 'G', None) => float_g(f),
        ('v' | 'g' | 'G', Some(p)) => float_g_precision(f, p.max(1)),
        ('e' | 'E', p) => exponent(f, p.unwrap_or(6)),
        (_, p) => format!("{:.*}", p.unwrap_or(6), f),
    };
    let text = if spec.verb.is_ascii_uppercase() {
        text.to_ascii_uppercase()
    } else {
        text
    };
    signed(text, f.is_sign_negative() && f != 0.0, spec)
}

/// `%.Ne`: Go writes at least two exponent digits (`1.000000e+06`).
fn exponent(f: f64, precision: usize) -> String {
    let text = format!("{f:.precision$e}");
    match text.split_once('e') {
        Some((mantissa, exp)) => {
            let (sign, digits) = exp.strip_prefix('-').map_or(('+', exp), |d| ('-', d));
            format!("{mantissa}e{sign}{digits:0>2}")
        }
        None => text,
    }
}

/// `%.Ng`: N significant digits, trailing zeros dropped, exponent form when
/// the exponent is < -4 or >= N.
fn float_g_precision(f: f64, precision: usize) -> String {
    let rounded = format!("{:.*e}", precision - 1, f);
    let Some((mantissa, exp)) = rounded.split_once('e') else {
        return rounded;
    };
    let exp: i64 = exp.parse().unwrap_or(0);
    if exp < -4 || exp >= precision as i64 {
        let mantissa = trim_zeros(mantissa);
        let (sign, digits) = if exp < 0 { ('-', -exp) } else { ('+', exp) };
        return format!("{mantissa}e{sign}{digits:02}");
    }
    let decimals = (precision as i64 - 1 - exp).max(0) as usize;
    trim_zeros(&format!("{f:.decimals$}")).to_string()
}

fn trim_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

/// Pads to the field width; numbers may be zero-padded after their sign.
fn pad(text: String, spec: &Spec, numeric: bool) -> String {
    let Some(width) = spec.width else {
        return text;
    };
    let len = text.chars().count();
    if len >= width {
        return text;
    }
    let fill = width - len;
    if spec.minus {
        return format!("{text}{}", " ".repeat(fill));
    }
    if spec.zero && numeric {
        let (sign, digits) = match text.chars().next() {
            Some(c @ ('-' | '+' | ' ')) => (c.to_string(), text.get(1..).unwrap_or("").to_string()),
            _ => (String::new(), text.clone()),
        };
        return format!("{sign}{}{digits}", "0".repeat(fill));
    }
    format!("{}{text}", " ".repeat(fill))
}

/// `strconv.Quote`.
pub fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        out.push_str(&escape_char(c, '"'));
    }
    out.push('"');
    out
}

fn escape_char(c: char, quote: char) -> String {
    match c {
        '\u{7}' => "\\a".into(),
        '\u{8}' => "\\b".into(),
        '\u{c}' => "\\f".into(),
        '\n' => "\\n".into(),
        '\r' => "\\r".into(),
        '\t' => "\\t".into(),
        '\u{b}' => "\\v".into(),
        '\\' => "\\\\".into(),
        c if c == quote => format!("\\{c}"),
        c if (c as u32) < 0x20 || c as u32 == 0x7F => format!("\\x{:02x}", c as u32),
        c if c.is_control() => {
            if (c as u32) <= 0xFFFF {
                format!("\\u{:04x}", c as u32)
            } else {
                format!("\\U{:08x}", c as u32)
            }
        }
        c => c.to_string(),
    }
}

/// `strconv.Unquote` for `"…"`, `` `…` `` and `'…'` literals.
pub fn go_unquote(text: &str) -> Option<String> {
    let mut chars = text.chars();
    let quote = chars.next()?;
    let body = text.get(quote.len_utf8()..text.len().checked_sub(quote.len_utf8())?)?;
    if !text.ends_with(quote) || text.len() < 2 {
        return None;
    }
    match quote {
        '`' => Some(body.replace('\r', "")),
        '"' | '\'' => unescape(body, quote),
        _ => None,
    }
}

fn unescape(body: &str, quote: char) -> Option<String> {
    let mut out = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c == quote || c == '\n' {
            return None;
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        let e = chars.next()?;
        let simple = match e {
            'a' => Some('\u{7}'),
            'b' => Some('\u{8}'),
            'f' => Some('\u{c}'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            'v' => Some('\u{b}'),
            '\\' => Some('\\'),
            '"' if quote == '"' => Some('"'),
            '\'' if quote == '\'' => Some('\''),
            _ => None,
        };
        if let Some(s) = simple {
            out.push(s);
            continue;
        }
        let (len, radix) = match e {
            'x' => (2, 16),
            'u' => (4, 16),
            'U' => (8, 16),
            '0'..='7' => (2, 8),
            _ => return None,
        };
        let mut digits: String = if radix == 8 {
            e.to_string()
        } else {
            String::new()
        };
        for _ in 0..len {
            digits.push(chars.next()?);
        }
        let code = u32::from_str_radix(&digits, radix).ok()?;
        out.push(char::from_u32(code)?);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_print_like_go() {
        let v = json!({"b": [1, "x", null], "a": {"k": 2.5}});
        assert_eq!(print_value(&Val::J(&v)), "map[a:map[k:2.5] b:[1 x <nil>]]");
        assert_eq!(print_value(&Val::Invalid), "<no value>");
        assert_eq!(print_value(&Val::J(&json!(30820))), "30820");
        assert_eq!(print_value(&Val::J(&json!(1000000))), "1e+06");
    }

    #[test]
    fn printf_verbs_and_complaints() {
        let n = json!(3);
        let s = json!("web");
        let args = [Val::J(&s), Val::J(&n)];
        assert_eq!(sprintf("%s has %v", &args), "web has 3");
        assert_eq!(sprintf("%s has %d", &args), "web has %!d(float64=3)");
        assert_eq!(
            sprintf("%s %s %s", &args),
            "web %!s(float64=3) %!s(MISSING)"
        );
        assert_eq!(sprintf("%s", &args), "web%!(EXTRA float64=3)");
        assert_eq!(
            sprintf(
                "%-6s|%5.1f|%05d|%q|%x|%%",
                &[
                    Val::Str("ab".into()),
                    Val::Float(2.25),
                    Val::Int(-42),
                    Val::Str("a\"b".into()),
                    Val::Int(255)
                ]
            ),
            "ab    |  2.2|-0042|\"a\\\"b\"|ff|%"
        );
        assert_eq!(
            sprintf(
                "%e %g %.3g",
                &[Val::Float(1e6), Val::Float(1e6), Val::Float(1.23456)]
            ),
            "1.000000e+06 1e+06 1.23"
        );
    }

    #[test]
    fn print_and_println_spacing() {
        assert_eq!(
            sprint(&[Val::Int(1), Val::Int(2), Val::Str("a".into()), Val::Int(3)]),
            "1 2a3"
        );
        assert_eq!(sprintln(&[Val::Str("a".into()), Val::Int(1)]), "a 1\n");
    }

    #[test]
    fn quoting_round_trips() {
        assert_eq!(go_unquote(r#""\n\t\x41\u00e9""#).as_deref(), Some("\n\tAé"));
        assert_eq!(go_unquote("`raw\\n`").as_deref(), Some("raw\\n"));
        assert_eq!(go_unquote("'a'").as_deref(), Some("a"));
        assert_eq!(go_unquote("\"bad"), None);
        assert_eq!(go_quote("a\"\n"), "\"a\\\"\\n\"");
    }
}
