//! `grep [-ivcEFonwxqlh] [-A|-B|-C N] [-e PATTERN]… [PATTERN] [FILE…]`:
//! lines matching a pattern, with GNU's context lines (`-` after the
//! line number, `--` between groups). Status 0 when a line was selected, 1 when none, 2 on errors.

use regex_lite::Regex;

use super::args::{inputs, lines, Spec};
use super::regex;
use crate::shell::ctx::{done, CommandFuture, Ctx};

const SPEC: Spec = Spec {
    name: "grep",
    flags: "ivcEFonwxqlhHrs",
    valued: "emABC",
    long: &[
        ("ignore-case", 'i'),
        ("invert-match", 'v'),
        ("count", 'c'),
        ("extended-regexp", 'E'),
        ("fixed-strings", 'F'),
        ("only-matching", 'o'),
        ("line-number", 'n'),
        ("word-regexp", 'w'),
        ("line-regexp", 'x'),
        ("quiet", 'q'),
        ("silent", 'q'),
        ("files-with-matches", 'l'),
        ("regexp", 'e'),
        ("max-count", 'm'),
        ("after-context", 'A'),
        ("before-context", 'B'),
        ("context", 'C'),
    ],
};

const USAGE: &str = "Usage: grep [OPTION]... PATTERNS [FILE]...\n";

pub fn grep(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let mut opts = match SPEC.parse(argv.get(1..).unwrap_or_default()) {
        Ok(o) => o,
        Err(msg) => {
            ctx.err(&msg.replacen('\n', &format!("\n{USAGE}"), 1));
            return done(2);
        }
    };
    let mut patterns: Vec<String> = opts
        .values
        .iter()
        .filter(|(c, _)| *c == 'e')
        .map(|(_, v)| v.clone())
        .collect();
    if patterns.is_empty() {
        if opts.operands.is_empty() {
            ctx.err(&format!("{USAGE}Try 'grep --help' for more information.\n"));
            return done(2);
        }
        patterns.push(opts.operands.remove(0));
    }
    let matcher = match build(&patterns, &opts) {
        Ok(m) => m,
        Err(msg) => {
            ctx.err(&format!("grep: {msg}\n"));
            return done(2);
        }
    };
    let max = opts.value('m').and_then(|m| m.parse::<usize>().ok());
    let mut around = Context::default();
    for (flag, slot) in [('C', 0), ('A', 1), ('B', 2)] {
        let Some(v) = opts.value(flag) else { continue };
        let Ok(n) = v.parse::<usize>() else {
            ctx.err(&format!("grep: {v}: invalid context length argument\n"));
            return done(2);
        };
        around.given = true;
        match slot {
            0 => (around.before, around.after) = (n, n),
            1 => around.after = n,
            _ => around.before = n,
        }
    }
    let many = opts.operands.len() > 1 && !opts.has('h') || opts.has('H');
    let mut any = false;
    let mut status_error = false;
    let mut out = String::new();
    let mut earlier = false;
    for input in inputs(&ctx, "grep", &opts.operands) {
        let text = match input.text {
            Ok(t) => t,
            Err(msg) => {
                if !opts.has('s') {
                    ctx.err(&msg);
                }
                status_error = true;
                continue;
            }
        };
        let prefix = if many {
            format!("{}:", input.name)
        } else {
            String::new()
        };
        let count = scan(
            &text,
            &matcher,
            &opts,
            &prefix,
            (max, around),
            &mut out,
            &mut earlier,
        );
        any |= count > 0;
        if opts.has('c') {
            out.push_str(&format!("{prefix}{count}\n"));
        } else if opts.has('l') && count > 0 {
            out.push_str(&format!("{}\n", input.name));
        }
    }
    if !opts.has('q') {
        ctx.out(&out);
    }
    // GNU: 2 after an error, unless -q already found a line.
    done(if status_error && !(any && opts.has('q')) {
        2
    } else if any {
        0
    } else {
        1
    })
}

/// Lines of context around each selected line (`-B`, `-A`).
#[derive(Clone, Copy, Default)]
struct Context {
    before: usize,
    after: usize,
    /// A context option was given (even 0): groups are separated by `--`.
    given: bool,
}

/// Selects the matching lines of one input into `out` (unless counting
/// or listing), with their context; returns how many were selected.
fn scan(
    text: &str,
    matcher: &Regex,
    opts: &super::Opts,
    prefix: &str,
    (max, around): (Option<usize>, Context),
    out: &mut String,
    earlier: &mut bool,
) -> usize {
    let printing = !(opts.has('c') || opts.has('q') || opts.has('l'));
    let only = opts.has('o') && !opts.has('v');
    let grouped = around.given && !only;
    let all = lines(text);
    let mut count = 0;
    // The last line printed, and how many trailing context lines remain.
    let (mut last, mut trailing) = (None::<usize>, 0);
    let line_out = |out: &mut String, no: usize, line: &str, sep: char| {
        let number = if opts.has('n') {
            format!("{}{sep}", no + 1)
        } else {
            String::new()
        };
        let prefix = prefix
            .strip_suffix(':')
            .map_or(String::new(), |p| format!("{p}{sep}"));
        out.push_str(&format!("{prefix}{number}{line}\n"));
    };
    for (no, line) in all.iter().enumerate() {
        let full = max.is_some_and(|m| count >= m);
        if full && trailing == 0 {
            break;
        }
        let selected = !full && matcher.is_match(line) != opts.has('v');
        if !selected {
            if printing && grouped && trailing > 0 {
                line_out(out, no, line, '-');
                (last, trailing) = (Some(no), trailing - 1);
            }
            continue;
        }
        count += 1;
        if !printing {
            continue;
        }
        if only {
            let number = if opts.has('n') {
                format!("{}:", no + 1)
            } else {
                String::new()
            };
            for m in matcher.find_iter(line).filter(|m| !m.as_str().is_empty()) {
                out.push_str(&format!("{prefix}{number}{}\n", m.as_str()));
            }
            continue;
        }
        if grouped {
            let start = no
                .saturating_sub(around.before)
                .max(last.map_or(0, |l| l + 1));
            // A gap since the last group, here or in an earlier file.
            if last.map_or(*earlier, |l| start > l + 1) {
                out.push_str("--\n");
            }
            for (i, before) in all.iter().enumerate().take(no).skip(start) {
                line_out(out, i, before, '-');
            }
        }
        line_out(out, no, line, ':');
        (last, trailing) = (Some(no), around.after);
    }
    *earlier |= last.is_some();
    count
}

/// One regex matching any of the patterns, with -F/-w/-x applied.
fn build(patterns: &[String], opts: &super::Opts) -> Result<Regex, String> {
    let mut parts = Vec::new();
    for p in patterns.iter().flat_map(|p| p.split('\n')) {
        let body = if opts.has('F') {
            regex::literal(p)
        } else {
            regex::compile(p, opts.has('E'), false)?
                .as_str()
                .to_string()
        };
        let body = if opts.has('x') {
            format!("^(?:{body})$")
        } else if opts.has('w') {
            format!("(?:^|\\b)(?:{body})(?:\\b|$)")
        } else {
            format!("(?:{body})")
        };
        parts.push(body);
    }
    regex_lite::RegexBuilder::new(&parts.join("|"))
        .case_insensitive(opts.has('i'))
        .size_limit(1 << 20)
        .build()
        .map_err(|_| "Invalid regular expression".to_string())
}
