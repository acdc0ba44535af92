//! `grep [-ivcEFonwxqlh] [-e PATTERN]… [PATTERN] [FILE…]`: lines matching
//! a pattern. Status 0 when a line was selected, 1 when none, 2 on errors.

use regex_lite::Regex;

use super::args::{inputs, lines, Spec};
use super::regex;
use crate::shell::ctx::{done, CommandFuture, Ctx};

const SPEC: Spec = Spec {
    name: "grep",
    flags: "ivcEFonwxqlhHrs",
    valued: "em",
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
    let many = opts.operands.len() > 1 && !opts.has('h') || opts.has('H');
    let mut any = false;
    let mut status_error = false;
    let mut out = String::new();
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
        let count = scan(&text, &matcher, &opts, &prefix, max, &mut out);
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

/// Selects the matching lines of one input into `out` (unless counting
/// or listing); returns how many were selected.
fn scan(
    text: &str,
    matcher: &Regex,
    opts: &super::Opts,
    prefix: &str,
    max: Option<usize>,
    out: &mut String,
) -> usize {
    let mut count = 0;
    for (no, line) in lines(text).into_iter().enumerate() {
        if max.is_some_and(|m| count >= m) {
            break;
        }
        if matcher.is_match(line) == opts.has('v') {
            continue;
        }
        count += 1;
        if opts.has('c') || opts.has('q') || opts.has('l') {
            continue;
        }
        let number = if opts.has('n') {
            format!("{}:", no + 1)
        } else {
            String::new()
        };
        if opts.has('o') && !opts.has('v') {
            for m in matcher.find_iter(line).filter(|m| !m.as_str().is_empty()) {
                out.push_str(&format!("{prefix}{number}{}\n", m.as_str()));
            }
        } else {
            out.push_str(&format!("{prefix}{number}{line}\n"));
        }
    }
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
