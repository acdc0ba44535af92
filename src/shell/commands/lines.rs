//! Line tools: `head`, `tail`, `wc`, `cut`, `tr`, `seq`, following GNU
//! coreutils' output and messages.

use super::args::{inputs, lines, Input, Spec};
use crate::shell::ctx::{done, CommandFuture, Ctx};
use crate::shell::limits::SEQ_NUMBERS_MAX;

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
        value_next = a == "-n" || a == "--lines";
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

fn join_lines(lines: &[&str]) -> String {
    lines.iter().map(|l| format!("{l}\n")).collect()
}

pub fn head(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    const SPEC: Spec = Spec {
        name: "head",
        flags: "qv",
        valued: "n",
        long: &[("lines", 'n')],
    };
    let opts = match SPEC.parse(&numeric_shorthand(&argv)) {
        Ok(o) => o,
        Err(msg) => {
            ctx.err(&msg);
            return done(1);
        }
    };
    let count = opts.value('n').unwrap_or("10");
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
        valued: "n",
        long: &[("lines", 'n'), ("follow", 'f')],
    };
    let opts = match SPEC.parse(&numeric_shorthand(&argv)) {
        Ok(o) => o,
        Err(msg) => {
            ctx.err(&msg);
            return done(1);
        }
    };
    let count = opts.value('n').unwrap_or("10");
    let from_start = count.starts_with('+');
    let Ok(n) = count.trim_start_matches(['+', '-']).parse::<usize>() else {
        ctx.err(&format!("tail: invalid number of lines: ‘{count}’\n"));
        return done(1);
    };
    let status = per_input(&mut ctx, "tail", &opts.operands, |text| {
        let all = lines(text);
        let skip = if from_start {
            n.saturating_sub(1)
        } else {
            all.len().saturating_sub(n)
        };
        join_lines(all.get(skip.min(all.len())..).unwrap_or_default())
    });
    done(status)
}

pub fn wc(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    const SPEC: Spec = Spec {
        name: "wc",
        flags: "lwcm",
        valued: "",
        long: &[
            ("lines", 'l'),
            ("words", 'w'),
            ("bytes", 'c'),
            ("chars", 'm'),
        ],
    };
    let opts = match SPEC.parse(argv.get(1..).unwrap_or_default()) {
        Ok(o) => o,
        Err(msg) => {
            ctx.err(&msg);
            return done(1);
        }
    };
    let mut which: Vec<char> = ['l', 'w', 'm', 'c']
        .into_iter()
        .filter(|f| opts.has(*f))
        .collect();
    if which.is_empty() {
        which = vec!['l', 'w', 'c'];
    }
    let mut rows: Vec<(Vec<usize>, Option<String>)> = Vec::new();
    let mut status = 0;
    let mut from_stdin = false;
    for input in inputs(&ctx, "wc", &opts.operands) {
        match input.text {
            Ok(text) => {
                let counts = which
                    .iter()
                    .map(|f| match f {
                        'l' => text.matches('\n').count(),
                        'w' => text.split_whitespace().count(),
                        'm' => text.chars().count(),
                        _ => text.len(),
                    })
                    .collect();
                let shown = (!opts.operands.is_empty()).then_some(input.name);
                from_stdin |= shown.is_none();
                rows.push((counts, shown));
            }
            Err(msg) => {
                ctx.err(&msg);
                status = 1;
            }
        }
    }
    if rows.len() > 1 {
        let totals = (0..which.len())
            .map(|i| {
                rows.iter()
                    .map(|(c, _)| c.get(i).copied().unwrap_or(0))
                    .sum()
            })
            .collect();
        rows.push((totals, Some("total".into())));
    }
    // GNU pads to the widest number, or to 7 when reading a pipe whose
    // size it cannot know; a single count of a single input is unpadded.
    let widest = rows
        .iter()
        .flat_map(|(c, _)| c.iter())
        .map(|n| n.to_string().len())
        .max()
        .unwrap_or(1);
    let width = if which.len() == 1 && rows.len() == 1 {
        1
    } else if from_stdin {
        7.max(widest)
    } else {
        widest
    };
    let mut text = String::new();
    for (counts, name) in rows {
        let cols: Vec<String> = counts.iter().map(|n| format!("{n:>width$}")).collect();
        text.push_str(&cols.join(" "));
        if let Some(name) = name {
            text.push(' ');
            text.push_str(&name);
        }
        text.push('\n');
    }
    ctx.out(&text);
    done(status)
}

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
    let opts = match SPEC.parse(argv.get(1..).unwrap_or_default()) {
        Ok(o) => o,
        Err(msg) => {
            ctx.err(&msg);
            return done(1);
        }
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
            if !by_field {
                out.extend(
                    line.chars()
                        .enumerate()
                        .filter(|(i, _)| wanted(i + 1))
                        .map(|(_, c)| c),
                );
            } else if !line.contains(delim) {
                if opts.has('s') {
                    continue;
                }
                out.push_str(line);
            } else {
                let picked: Vec<&str> = line
                    .split(delim)
                    .enumerate()
                    .filter(|(i, _)| wanted(i + 1))
                    .map(|(_, f)| f)
                    .collect();
                out.push_str(&picked.join(&delim.to_string()));
            }
            out.push('\n');
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
    let opts = match SPEC.parse(argv.get(1..).unwrap_or_default()) {
        Ok(o) => o,
        Err(msg) => {
            ctx.err(&msg);
            return done(1);
        }
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

/// `seq [-s SEP] [-w] [FIRST [INCR]] LAST`, integers or decimals.
pub fn seq(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    const SPEC: Spec = Spec {
        name: "seq",
        flags: "w",
        valued: "s",
        long: &[("separator", 's'), ("equal-width", 'w')],
    };
    // Negative numbers are operands, not options.
    let args: Vec<String> = argv.get(1..).unwrap_or_default().to_vec();
    let (opt_args, nums): (Vec<String>, Vec<String>) = split_seq_args(&args);
    let opts = match SPEC.parse(&opt_args) {
        Ok(o) => o,
        Err(msg) => {
            ctx.err(&msg);
            return done(1);
        }
    };
    let mut values = Vec::new();
    for n in nums.iter().chain(opts.operands.iter()) {
        match n.parse::<f64>() {
            Ok(v) if v.is_finite() => values.push(v),
            _ => {
                ctx.err(&SPEC.fail(&format!("invalid floating point argument: ‘{n}’")));
                return done(1);
            }
        }
    }
    let (first, step, last) = match values.as_slice() {
        [l] => (1.0, 1.0, *l),
        [f, l] => (*f, 1.0, *l),
        [f, s, l] => (*f, *s, *l),
        [] => {
            ctx.err(&SPEC.fail("missing operand"));
            return done(1);
        }
        _ => {
            ctx.err(&SPEC.fail(&format!(
                    "extra operand ‘{}’",
                    nums.get(3)
                        .or(opts.operands.last())
                        .map(String::as_str)
                        .unwrap_or("")
                )));
            return done(1);
        }
    };
    if step == 0.0 {
        ctx.err(&SPEC.fail("invalid Zero increment value: ‘0’"));
        return done(1);
    }
    let decimals = nums
        .iter()
        .chain(opts.operands.iter())
        .map(|n| n.split_once('.').map_or(0, |(_, f)| f.len()))
        .max()
        .unwrap_or(0);
    let count = ((last - first) / step).floor();
    if count >= SEQ_NUMBERS_MAX as f64 {
        ctx.err(&format!(
            "seq: kubeplay prints at most {SEQ_NUMBERS_MAX} numbers\n"
        ));
        return done(1);
    }
    let sep = opts.value('s').unwrap_or("\n");
    let mut items = Vec::new();
    let mut i = 0.0;
    while count >= 0.0 && i <= count {
        items.push(format!("{:.*}", decimals, first + i * step));
        i += 1.0;
    }
    if opts.has('w') {
        let width = items.iter().map(String::len).max().unwrap_or(0);
        items = items.into_iter().map(|s| format!("{s:0>width$}")).collect();
    }
    if !items.is_empty() {
        ctx.out(&format!("{}\n", items.join(sep)));
    }
    done(0)
}

/// Separates `seq`'s options from its (possibly negative) number operands.
fn split_seq_args(args: &[String]) -> (Vec<String>, Vec<String>) {
    let mut opts = Vec::new();
    let mut nums = Vec::new();
    let mut iter = args.iter();
    while let Some(a) = iter.next() {
        if a.parse::<f64>().is_ok() {
            nums.push(a.clone());
        } else {
            opts.push(a.clone());
            if a == "-s" {
                opts.extend(iter.next().cloned());
            }
        }
    }
    (opts, nums)
}
