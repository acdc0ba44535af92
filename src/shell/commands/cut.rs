//! Picking and changing characters: `cut` (-d -f, -c, -s) and `tr`
//! (sets, ranges, classes, -d, -s).

use super::args::{inputs, lines, Spec};
use crate::shell::ctx::{done, CommandFuture, Ctx};

/// A `cut` list such as `1,3-4,6-`: inclusive 1-based ranges.
fn parse_ranges(list: &str) -> Option<Vec<(usize, usize)>> {
    let mut ranges = Vec::new();
    for item in list.split(',') {
        let (a, b) = match item.split_once('-') {
            Some((a, b)) => (
                if a.is_empty() { 1 } else { a.parse().ok()? },
                if b.is_empty() {
                    usize::MAX
                } else {
                    b.parse().ok()?
                },
            ),
            None => {
                let n = item.parse().ok()?;
                (n, n)
            }
        };
        if a == 0 || b < a {
            return None;
        }
        ranges.push((a, b));
    }
    Some(ranges)
}

/// The wanted fields of one line; a line without the delimiter is kept
/// whole, or dropped with `-s` (`None`).
fn cut_fields(
    line: &str,
    delim: char,
    wanted: &dyn Fn(usize) -> bool,
    only_delimited: bool,
) -> Option<String> {
    if !line.contains(delim) {
        return (!only_delimited).then(|| line.to_string());
    }
    let picked: Vec<&str> = line
        .split(delim)
        .enumerate()
        .filter(|(i, _)| wanted(i + 1))
        .map(|(_, f)| f)
        .collect();
    Some(picked.join(&delim.to_string()))
}

pub fn cut(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    const SPEC: Spec = Spec {
        name: "cut",
        flags: "s",
        valued: "dfcb",
        long: &[
            ("delimiter", 'd'),
            ("fields", 'f'),
            ("characters", 'c'),
            ("only-delimited", 's'),
        ],
    };
    let Some(opts) = SPEC.parse_argv(&mut ctx, &argv) else {
        return done(1);
    };
    let (list, by_field) = match (opts.value('f'), opts.value('c').or(opts.value('b'))) {
        (Some(f), None) => (f, true),
        (None, Some(c)) => (c, false),
        (Some(_), Some(_)) => {
            ctx.err(&SPEC.fail("only one type of list may be specified"));
            return done(1);
        }
        (None, None) => {
            ctx.err(&SPEC.fail("you must specify a list of bytes, characters, or fields"));
            return done(1);
        }
    };
    let Some(ranges) = parse_ranges(list) else {
        ctx.err(&SPEC.fail(&format!("invalid field value ‘{list}’")));
        return done(1);
    };
    let delim = opts.value('d').unwrap_or("\t");
    let mut chars = delim.chars();
    let (Some(delim), None) = (chars.next(), chars.next()) else {
        ctx.err(&SPEC.fail("the delimiter must be a single character"));
        return done(1);
    };
    let wanted = |i: usize| ranges.iter().any(|(a, b)| *a <= i && i <= *b);
    let mut status = 0;
    for input in inputs(&ctx, "cut", &opts.operands) {
        let text = match input.text {
            Ok(t) => t,
            Err(msg) => {
                ctx.err(&msg);
                status = 1;
                continue;
            }
        };
        let mut out = String::new();
        for line in lines(&text) {
            let picked = if by_field {
                cut_fields(line, delim, &wanted, opts.has('s'))
            } else {
                Some(
                    line.chars()
                        .enumerate()
                        .filter(|(i, _)| wanted(i + 1))
                        .map(|(_, c)| c)
                        .collect(),
                )
            };
            if let Some(picked) = picked {
                out.push_str(&picked);
                out.push('\n');
            }
        }
        ctx.out(&out);
    }
    done(status)
}

/// Expands a `tr` set: ranges (`a-z`), classes (`[:upper:]`), escapes.
fn tr_set(spec: &str) -> Vec<char> {
    const CLASSES: &[(&str, &str)] = &[
        ("[:upper:]", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        ("[:lower:]", "abcdefghijklmnopqrstuvwxyz"),
        ("[:digit:]", "0123456789"),
        ("[:space:]", " \t\n\r\x0b\x0c"),
        ("[:blank:]", " \t"),
    ];
    let mut out = Vec::new();
    let mut rest = spec;
    while !rest.is_empty() {
        if let Some((class, chars)) = CLASSES.iter().find(|(c, _)| rest.starts_with(*c)) {
            out.extend(chars.chars());
            rest = rest.get(class.len()..).unwrap_or("");
            continue;
        }
        let mut it = rest.chars();
        let Some(mut c) = it.next() else { break };
        let mut used = c.len_utf8();
        if c == '\\' {
            let (e, n) = match it.next() {
                Some('n') => ('\n', 2),
                Some('t') => ('\t', 2),
                Some('\\') => ('\\', 2),
                _ => ('\\', 1),
            };
            c = e;
            used = n;
        }
        let after = rest.get(used..).unwrap_or("");
        let mut ahead = after.chars();
        if let (Some('-'), Some(hi)) = (ahead.next(), ahead.next()) {
            if hi >= c {
                out.extend((c..=hi).take(1 << 16));
                rest = after.get(1 + hi.len_utf8()..).unwrap_or("");
                continue;
            }
        }
        out.push(c);
        rest = after;
    }
    out
}

/// `tr SET1 SET2`, `tr -d SET`, `tr -s SET`.
pub fn tr(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    const SPEC: Spec = Spec {
        name: "tr",
        flags: "ds",
        valued: "",
        long: &[("delete", 'd'), ("squeeze-repeats", 's')],
    };
    let Some(opts) = SPEC.parse_argv(&mut ctx, &argv) else {
        return done(1);
    };
    let sets: Vec<Vec<char>> = opts.operands.iter().map(|s| tr_set(s)).collect();
    let delete = opts.has('d');
    let squeeze = opts.has('s');
    let needed = if delete || (squeeze && sets.len() == 1) {
        1
    } else {
        2
    };
    if sets.len() < needed {
        let problem = match opts.operands.first() {
            None => "missing operand".to_string(),
            Some(s) => format!("missing operand after ‘{s}’"),
        };
        ctx.err(&SPEC.fail(&problem));
        return done(1);
    }
    let from = sets.first().cloned().unwrap_or_default();
    let to = sets.get(1).cloned().unwrap_or_default();
    let text = ctx.stdin().unwrap_or("").to_string();
    let mut out = String::new();
    for c in text.chars() {
        let mapped = match from.iter().position(|f| *f == c) {
            Some(_) if delete => continue,
            Some(i) if !to.is_empty() => to.get(i).or(to.last()).copied().unwrap_or(c),
            _ => c,
        };
        let squeeze_set = if to.is_empty() { &from } else { &to };
        if squeeze && out.ends_with(mapped) && squeeze_set.contains(&mapped) {
            continue;
        }
        out.push(mapped);
    }
    ctx.out(&out);
    done(0)
}
