//! Printing text: `echo` (-n, -e, -E) and `printf` (%s %d %i %c %x %b %%,
//! widths, `-` and `0` flags, precision), with the backslash escapes both share.

use crate::shell::ctx::{done, CommandFuture, Ctx};
use crate::shell::limits::PRINTF_WIDTH_MAX;

/// `echo [-neE] WORDS`: options count only when every letter is n, e or E.
pub fn echo(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let mut newline = true;
    let mut escapes = false;
    let mut words = argv.get(1..).unwrap_or_default();
    while let Some(first) = words.first() {
        let Some(flags) = first.strip_prefix('-') else {
            break;
        };
        if flags.is_empty() || !flags.chars().all(|c| matches!(c, 'n' | 'e' | 'E')) {
            break;
        }
        for c in flags.chars() {
            match c {
                'n' => newline = false,
                'e' => escapes = true,
                _ => escapes = false,
            }
        }
        words = words.get(1..).unwrap_or_default();
    }
    let mut text = words.join(" ");
    if escapes {
        let (expanded, stop) = unescape(&text);
        text = expanded;
        if stop {
            newline = false;
        }
    }
    if newline {
        text.push('\n');
    }
    ctx.out(&text);
    done(0)
}

/// Backslash escapes of `echo -e` and `printf`: the text, and whether
/// `\c` asked to stop all further output.
pub fn unescape(text: &str) -> (String, bool) {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('a') => out.push('\x07'),
            Some('b') => out.push('\x08'),
            Some('e') => out.push('\x1b'),
            Some('f') => out.push('\x0c'),
            Some('v') => out.push('\x0b'),
            Some('\\') => out.push('\\'),
            Some('c') => return (out, true),
            Some('0') => {
                let mut code = 0_u32;
                for _ in 0..3 {
                    match chars.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            code = code * 8 + d;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.extend(char::from_u32(code));
            }
            Some('x') => {
                let mut code = 0_u32;
                let mut digits = 0;
                while digits < 2 {
                    match chars.peek().and_then(|d| d.to_digit(16)) {
                        Some(d) => {
                            code = code * 16 + d;
                            chars.next();
                            digits += 1;
                        }
                        None => break,
                    }
                }
                if digits == 0 {
                    out.push_str("\\x");
                } else {
                    out.extend(char::from_u32(code));
                }
            }
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    (out, false)
}

/// `printf FORMAT [ARGS]`: `%s %d %i %c %x %%` with widths and `-`, and
/// the format reused while arguments remain, as in bash.
pub fn printf(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let Some(format) = argv.get(1) else {
        ctx.err("printf: usage: printf [-v var] format [arguments]\n");
        return done(2);
    };
    let args = argv.get(2..).unwrap_or_default();
    let mut out = String::new();
    let mut used = 0;
    let mut status = 0;
    loop {
        let (text, consumed, stop) =
            format_once(format, args.get(used..).unwrap_or_default(), &mut status);
        out.push_str(&text);
        used += consumed;
        if stop || consumed == 0 || used >= args.len() {
            break;
        }
    }
    ctx.out(&out);
    if status != 0 {
        ctx.err("bash: printf: invalid number\n");
    }
    done(status)
}

/// One pass of `format` over `args`: the text, the arguments used, and
/// whether `\c` stopped output.
pub fn format_once(format: &str, args: &[String], status: &mut i32) -> (String, usize, bool) {
    let mut out = String::new();
    let mut used = 0;
    let mut chars = format.chars().peekable();
    let mut literal = String::new();
    while let Some(c) = chars.next() {
        if c != '%' {
            literal.push(c);
            continue;
        }
        let (text, stop) = unescape(&std::mem::take(&mut literal));
        out.push_str(&text);
        if stop {
            return (out, used, true);
        }
        let mut spec = String::new();
        while let Some(&f) = chars.peek() {
            if f == '-' || f.is_ascii_digit() || f == '.' {
                spec.push(f);
                chars.next();
            } else {
                break;
            }
        }
        let conv = chars.next().unwrap_or('%');
        if conv == '%' {
            out.push('%');
            continue;
        }
        let arg = args.get(used).map(String::as_str).unwrap_or("");
        used += 1;
        let value = match conv {
            'd' | 'i' => {
                let n = if arg.is_empty() {
                    Some(0)
                } else {
                    arg.trim().parse::<i64>().ok()
                };
                n.unwrap_or_else(|| {
                    *status = 1;
                    0
                })
                .to_string()
            }
            'x' => arg
                .trim()
                .parse::<i64>()
                .map(|n| format!("{n:x}"))
                .unwrap_or_default(),
            'c' => arg.chars().next().map(String::from).unwrap_or_default(),
            'b' => unescape(arg).0,
            _ => arg.to_string(),
        };
        out.push_str(&pad(&value, &spec, matches!(conv, 'd' | 'i' | 'x')));
    }
    let (text, stop) = unescape(&literal);
    out.push_str(&text);
    (out, used, stop)
}

/// Applies a `%-10s`-style width (and `.N` precision for strings); a
/// leading `0` pads numbers with zeros after their sign (`%05d` → `-0042`).
fn pad(value: &str, spec: &str, numeric: bool) -> String {
    let left = spec.starts_with('-');
    let spec = spec.trim_start_matches('-');
    let zeros = numeric && !left && spec.starts_with('0');
    let (width, precision) = match spec.split_once('.') {
        Some((w, p)) => (w.parse().unwrap_or(0), p.parse::<usize>().ok()),
        None => (spec.parse().unwrap_or(0), None),
    };
    let width: usize = std::cmp::min(width, PRINTF_WIDTH_MAX);
    let value: String = match precision {
        Some(p) if !numeric => value.chars().take(p).collect(),
        _ => value.to_string(),
    };
    if zeros {
        let (sign, digits) = match value.strip_prefix('-') {
            Some(d) => ("-", d),
            None => ("", value.as_str()),
        };
        let inner = width.saturating_sub(sign.len());
        return format!("{sign}{digits:0>inner$}");
    }
    if left {
        format!("{value:<width$}")
    } else {
        format!("{value:>width$}")
    }
}
