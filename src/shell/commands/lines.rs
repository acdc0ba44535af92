//! `head` and `tail` (with `-n N`, `-N`, `+N`, `-c N` and `tail -f`),
//! following GNU coreutils' output and messages.

use super::args::{inputs, lines, Input, Spec};
use crate::shell::ctx::{done, CommandFuture, Ctx};

/// `-5` is old-style for `-n 5`: rewrites it so the option parser sees `-n`.
fn numeric_shorthand(argv: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut value_next = false;
    for a in argv.iter().skip(1) {
        match a.strip_prefix('-') {
            // The value of `-n` (as in `head -n -1`) stays as it is.
            _ if value_next => out.push(a.clone()),
            Some(n) if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) => {
                out.push("-n".to_string());
                out.push(n.to_string());
            }
            _ => out.push(a.clone()),
        }
        value_next = ["-n", "--lines", "-c", "--bytes"].contains(&a.as_str());
    }
    out
}

/// Prints each input through `body`, with `==> NAME <==` headers when
/// there are several, as head and tail do.
fn per_input(ctx: &mut Ctx, cmd: &str, operands: &[String], body: impl Fn(&str) -> String) -> i32 {
    let all = inputs(ctx, cmd, operands);
    let headers = all.len() > 1;
    let mut status = 0;
    for (i, Input { name, text }) in all.into_iter().enumerate() {
        match text {
            Ok(text) => {
                if headers {
                    let sep = if i > 0 { "\n" } else { "" };
                    ctx.out(&format!("{sep}==> {name} <==\n"));
                }
                ctx.out(&body(&text));
            }
            Err(_) => {
                ctx.err(&format!(
                    "{cmd}: cannot open '{name}' for reading: No such file or directory\n"
                ));
                status = 1;
            }
        }
    }
    status
}

/// The last of `-n` and `-c` decides, as in GNU: `('c', NUM)` counts bytes.
fn count_option(opts: &super::args::Opts) -> (char, &str) {
    opts.values
        .iter()
        .rev()
        .find(|(c, _)| matches!(c, 'n' | 'c'))
        .map_or(('n', "10"), |(c, v)| (*c, v.as_str()))
}

/// `-c [+-]NUM` (GNU's suffixes `b` `K` `kB` `M` `MB` `G` `GB` too):
/// the sign that led it (if any) and the byte count, or coreutils' complaint.
fn byte_count(ctx: &mut Ctx, cmd: &str, count: &str) -> Option<(Option<char>, usize)> {
    let sign = count.chars().next().filter(|c| matches!(c, '+' | '-'));
    let num = count.trim_start_matches(['+', '-']);
    let split = num.find(|c: char| !c.is_ascii_digit()).unwrap_or(num.len());
    let (digits, suffix) = num.split_at(split);
    let unit: Option<u64> = match suffix {
        "" => Some(1),
        "b" => Some(512),
        "kB" => Some(1000),
        "K" | "KiB" => Some(1 << 10),
        "MB" => Some(1_000_000),
        "M" | "MiB" => Some(1 << 20),
        "GB" => Some(1_000_000_000),
        "G" | "GiB" => Some(1 << 30),
        _ => None,
    };
    match unit.zip(digits.parse::<u64>().ok()) {
        Some((u, n)) => Some((
            sign,
            usize::try_from(n.saturating_mul(u)).unwrap_or(usize::MAX),
        )),
        None => {
            ctx.err(&format!("{cmd}: invalid number of bytes: ‘{num}’\n"));
            None
        }
    }
}

/// A byte range of `text`, as the terminal shows bytes cut mid-character.
fn bytes_of(text: &str, range: impl std::slice::SliceIndex<[u8], Output = [u8]>) -> String {
    String::from_utf8_lossy(text.as_bytes().get(range).unwrap_or_default()).into_owned()
}

fn join_lines(lines: &[&str]) -> String {
    lines.iter().map(|l| format!("{l}\n")).collect()
}

pub fn head(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    const SPEC: Spec = Spec {
        name: "head",
        flags: "qv",
        valued: "nc",
        long: &[("lines", 'n'), ("bytes", 'c')],
    };
    let Some(opts) = SPEC.parse_or_report(&mut ctx, &numeric_shorthand(&argv)) else {
        return done(1);
    };
    let (mode, count) = count_option(&opts);
    if mode == 'c' {
        let Some((sign, n)) = byte_count(&mut ctx, "head", count) else {
            return done(1);
        };
        let status = per_input(&mut ctx, "head", &opts.operands, |text| {
            let keep = match sign == Some('-') {
                true => text.len().saturating_sub(n),
                false => n.min(text.len()),
            };
            bytes_of(text, ..keep)
        });
        return done(status);
    }
    let Ok(n) = count.parse::<i64>() else {
        ctx.err(&format!("head: invalid number of lines: ‘{count}’\n"));
        return done(1);
    };
    let status = per_input(&mut ctx, "head", &opts.operands, |text| {
        let all = lines(text);
        let keep = if n >= 0 {
            usize::try_from(n).unwrap_or(usize::MAX).min(all.len())
        } else {
            all.len()
                .saturating_sub(usize::try_from(n.unsigned_abs()).unwrap_or(usize::MAX))
        };
        join_lines(all.get(..keep).unwrap_or_default())
    });
    done(status)
}

pub fn tail(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    const SPEC: Spec = Spec {
        name: "tail",
        flags: "qvfF",
        valued: "nc",
        long: &[("lines", 'n'), ("follow", 'f'), ("bytes", 'c')],
    };
    let Some(opts) = SPEC.parse_or_report(&mut ctx, &numeric_shorthand(&argv)) else {
        return done(1);
    };
    let (mode, count) = count_option(&opts);
    let from_start = count.starts_with('+');
    let status = if mode == 'c' {
        let Some((sign, n)) = byte_count(&mut ctx, "tail", count) else {
            return done(1);
        };
        per_input(&mut ctx, "tail", &opts.operands, |text| {
            let skip = match sign == Some('+') {
                true => n.saturating_sub(1),
                false => text.len().saturating_sub(n),
            };
            bytes_of(text, skip.min(text.len())..)
        })
    } else {
        let Ok(n) = count.trim_start_matches(['+', '-']).parse::<usize>() else {
            ctx.err(&format!("tail: invalid number of lines: ‘{count}’\n"));
            return done(1);
        };
        per_input(&mut ctx, "tail", &opts.operands, |text| {
            let all = lines(text);
            let skip = if from_start {
                n.saturating_sub(1)
            } else {
                all.len().saturating_sub(n)
            };
            join_lines(all.get(skip.min(all.len())..).unwrap_or_default())
        })
    };
    let follow = (opts.has('f') || opts.has('F')) && status == 0;
    match opts.operands.as_slice() {
        [file] if follow => Box::pin(follow_file(ctx, file.clone())),
        _ => done(status),
    }
}

/// `tail -f FILE`: after the last lines, prints what is appended to the
/// file as simulated time passes, until interrupted (like the real one).
async fn follow_file(mut ctx: Ctx, file: String) -> i32 {
    let mut seen = ctx.with_world(|w| w.read_file(&file).map(|t| t.len()).unwrap_or(0));
    loop {
        ctx.next_step().await;
        let text = ctx.with_world(|w| w.read_file(&file).unwrap_or_default());
        if text.len() < seen {
            ctx.err(&format!("tail: {file}: file truncated\n"));
            seen = 0;
        }
        if let Some(new) = text.get(seen..).filter(|t| !t.is_empty()) {
            ctx.out(new);
        }
        seen = text.len();
    }
}
