//! Small built-ins: `echo`, `printf`, `sleep`, `read`, `true`/`false`/`:`,
//! `break`/`continue`, `clear`, `history`.

use crate::shell::ctx::{done, CommandFuture, Ctx};
use crate::shell::job::Control;
use crate::shell::limits::{PRINTF_WIDTH_MAX, SLEEP_SECONDS_MAX};

pub fn ok(_: Ctx, _: Vec<String>) -> CommandFuture {
    done(0)
}

pub fn fail(_: Ctx, _: Vec<String>) -> CommandFuture {
    done(1)
}

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

/// `sleep N[smhd]…`: waits the sum in simulated time.
pub fn sleep(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let args = argv.get(1..).unwrap_or_default();
    if args.is_empty() {
        ctx.err("sleep: missing operand\nTry 'sleep --help' for more information.\n");
        return done(1);
    }
    let mut total_ms: f64 = 0.0;
    for arg in args {
        match duration_ms(arg) {
            Some(ms) => total_ms += ms,
            None => {
                if let Some(c) = arg.strip_prefix('-').and_then(|r| r.chars().next()) {
                    ctx.err(&format!(
                        "sleep: invalid option -- '{c}'\nTry 'sleep --help' for more information.\n"
                    ));
                } else {
                    ctx.err(&format!(
                        "sleep: invalid time interval ‘{arg}’\nTry 'sleep --help' for more information.\n"
                    ));
                }
                return done(1);
            }
        }
    }
    let cap = (SLEEP_SECONDS_MAX * 1000) as f64;
    // Rounded to whole simulated milliseconds: `sleep 0.0005` is 1 ms.
    let ms = total_ms.min(cap).ceil() as u64;
    Box::pin(async move {
        ctx.sleep_ms(ms).await;
        0
    })
}

/// `1`, `0.5`, `2m`, `1h`, `infinity` in milliseconds.
fn duration_ms(arg: &str) -> Option<f64> {
    if arg == "infinity" || arg == "inf" {
        return Some(f64::MAX);
    }
    let (number, unit) = match arg.char_indices().last() {
        Some((i, c @ ('s' | 'm' | 'h' | 'd'))) => (arg.get(..i)?, c),
        _ => (arg, 's'),
    };
    if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    let seconds: f64 = number.parse().ok()?;
    let factor = match unit {
        'm' => 60.0,
        'h' => 3600.0,
        'd' => 86400.0,
        _ => 1.0,
    };
    Some(seconds * factor * 1000.0)
}

/// `read [-r] [NAME…]`: one input line into variables (the last takes the
/// rest); `REPLY` when no name is given. Status 1 at the end of input.
pub fn read(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let mut raw = false;
    let mut names = Vec::new();
    for arg in argv.iter().skip(1) {
        match arg.as_str() {
            "-r" => raw = true,
            a if a.starts_with('-') => {
                ctx.err(&format!(
                    "bash: read: {a}: invalid option\nread: usage: read [-r] [name ...]\n"
                ));
                return done(2);
            }
            a => names.push(a.to_string()),
        }
    }
    if names.is_empty() {
        names.push("REPLY".into());
    }
    let line = ctx.read_line();
    let status = i32::from(line.is_none());
    let mut line = line.unwrap_or_default();
    if !raw {
        line = line
            .replace("\\\\", "\u{0}")
            .replace('\\', "")
            .replace('\u{0}', "\\");
    }
    let mut rest = line.trim_start_matches([' ', '\t']);
    ctx.with_world(|w| {
        let count = names.len();
        for (i, name) in names.iter().enumerate() {
            let value = if i + 1 == count {
                rest.trim_end_matches([' ', '\t']).to_string()
            } else {
                let end = rest.find([' ', '\t']).unwrap_or(rest.len());
                let (word, tail) = rest.split_at(end);
                rest = tail.trim_start_matches([' ', '\t']);
                word.to_string()
            };
            w.set_var(name, value);
        }
    });
    done(status)
}

pub fn break_loop(ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    loop_control(ctx, argv, Control::Break)
}

pub fn continue_loop(ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    loop_control(ctx, argv, Control::Continue)
}

fn loop_control(mut ctx: Ctx, argv: Vec<String>, make: fn(u32) -> Control) -> CommandFuture {
    let name = argv.first().cloned().unwrap_or_default();
    let levels = match argv.get(1) {
        None => 1,
        Some(n) => match n.parse::<u32>() {
            Ok(n) if n > 0 => n,
            Ok(_) => {
                ctx.err(&format!("bash: {name}: {n}: loop count out of range\n"));
                return done(1);
            }
            Err(_) => {
                ctx.err(&format!("bash: {name}: {n}: numeric argument required\n"));
                return done(128);
            }
        },
    };
    if ctx.job.loop_depth.get() == 0 {
        ctx.err(&format!(
            "bash: {name}: only meaningful in a `for', `while', or `until' loop\n"
        ));
        return done(0);
    }
    let levels = levels.min(u32::try_from(ctx.job.loop_depth.get()).unwrap_or(u32::MAX));
    ctx.job.control.set(make(levels));
    done(0)
}

pub fn clear(mut ctx: Ctx, _: Vec<String>) -> CommandFuture {
    ctx.clear_screen();
    done(0)
}

/// `history [N]` lists the last N (default all) entries; `history -c` clears.
pub fn history(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    match argv.get(1).map(String::as_str) {
        Some("-c") => {
            ctx.with_world(|w| w.history.clear());
            return done(0);
        }
        Some(n) if n.parse::<usize>().is_err() => {
            ctx.err(&format!("bash: history: {n}: numeric argument required\n"));
            return done(1);
        }
        _ => {}
    }
    let last = argv.get(1).and_then(|n| n.parse::<usize>().ok());
    let text: String = ctx.with_world(|w| {
        let skip = last.map_or(0, |n| w.history.len().saturating_sub(n));
        w.history
            .iter()
            .enumerate()
            .skip(skip)
            .map(|(i, line)| format!("{:>5}  {line}\n", i + 1))
            .collect()
    });
    ctx.out(&text);
    done(0)
}
