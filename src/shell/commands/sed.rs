//! `sed [-n] [-E] [-i] [-e SCRIPT]… [SCRIPT] [FILE…]`: the stream editor
//! subset tutorials use — `s/re/replacement/[gpiN]` (any delimiter, `&`
//! and `\1`…`\9`), `d`, `p`, `q`, `a`/`i`/`c TEXT`, with line-number, `$`
//! and `/re/` addresses, ranges and `!`. `-i` rewrites files in place,
//! which lessons use to change manifests without an editor.

use regex_lite::Regex;

mod script;

use super::args::{lines, Spec};
use crate::shell::ctx::{done, CommandFuture, Ctx};
use script::{parse_script, Addr, Cmd, Rule};

const SPEC: Spec = Spec {
    name: "sed",
    flags: "nEris",
    valued: "e",
    long: &[
        ("quiet", 'n'),
        ("silent", 'n'),
        ("regexp-extended", 'E'),
        ("in-place", 'i'),
        ("expression", 'e'),
    ],
};

const USAGE: &str = "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n";

pub fn sed(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    // `-i.bak` attaches a backup suffix; kubeplay keeps no backups.
    let args: Vec<String> = argv
        .iter()
        .skip(1)
        .map(|a| {
            if a.starts_with("-i") && a.len() > 2 && !a.starts_with("-i-") {
                "-i".into()
            } else {
                a.clone()
            }
        })
        .collect();
    let mut opts = match SPEC.parse(&args) {
        Ok(o) => o,
        Err(msg) => {
            ctx.err(&msg.replacen('\n', &format!("\n{USAGE}"), 1));
            return done(1);
        }
    };
    let mut rules = match rules(&mut opts) {
        Ok(rules) => rules,
        Err(msg) => {
            ctx.err(&msg);
            return done(1);
        }
    };
    let quiet = opts.has('n');
    if opts.has('i') {
        return done(in_place(&mut ctx, &mut rules, &opts.operands, quiet));
    }
    let (text, status) = read_inputs(&mut ctx, &opts.operands);
    let out = run(&mut rules, &text, quiet);
    ctx.out(&out);
    done(status)
}

/// The rules of every `-e` script (or the first operand), in order.
fn rules(opts: &mut super::Opts) -> Result<Vec<Rule>, String> {
    let mut scripts: Vec<String> = opts
        .values
        .iter()
        .filter(|(c, _)| *c == 'e')
        .map(|(_, v)| v.clone())
        .collect();
    if scripts.is_empty() {
        if opts.operands.is_empty() {
            return Err(USAGE.to_string());
        }
        scripts.push(opts.operands.remove(0));
    }
    let extended = opts.has('E') || opts.has('r');
    let mut rules = Vec::new();
    for (n, script) in scripts.iter().enumerate() {
        let mut parsed = parse_script(script, extended)
            .map_err(|(at, msg)| format!("sed: -e expression #{}, char {at}: {msg}\n", n + 1))?;
        rules.append(&mut parsed);
    }
    Ok(rules)
}

/// `sed -i`: rewrites each file on its own (line numbers and `$` per file).
fn in_place(ctx: &mut Ctx, rules: &mut [Rule], files: &[String], quiet: bool) -> i32 {
    if files.is_empty() {
        ctx.err("sed: no input files\n");
        return 1;
    }
    let mut status = 0;
    for name in files {
        match ctx.with_world(|w| w.read_file(name)) {
            Ok(text) => {
                let out = run(rules, &text, quiet);
                if let Err(e) = ctx.with_world(|w| w.write_file(name, &out)) {
                    ctx.err(&format!("sed: couldn't write {name}: {e}\n"));
                    status = 4;
                }
            }
            Err(e) => {
                ctx.err(&format!("sed: can't read {name}: {e}\n"));
                status = 2;
            }
        }
    }
    status
}

/// The files (or standard input) as one stream, and status 2 if one was unreadable.
fn read_inputs(ctx: &mut Ctx, files: &[String]) -> (String, i32) {
    if files.is_empty() {
        return (ctx.stdin().unwrap_or("").to_string(), 0);
    }
    let mut text = String::new();
    let mut status = 0;
    for name in files {
        let read = if name == "-" {
            Ok(ctx.stdin().unwrap_or("").to_string())
        } else {
            ctx.with_world(|w| w.read_file(name))
        };
        match read {
            Ok(t) => {
                text.push_str(&t);
                if !t.is_empty() && !t.ends_with('\n') {
                    text.push('\n');
                }
            }
            Err(e) => {
                ctx.err(&format!("sed: can't read {name}: {e}\n"));
                status = 2;
            }
        }
    }
    (text, status)
}

/// Applies the rules to every line of `text`.
fn run(rules: &mut [Rule], text: &str, quiet: bool) -> String {
    let all = lines(text);
    let mut out = String::new();
    let count = all.len();
    'lines: for (i, line) in all.iter().enumerate() {
        let no = i + 1;
        let last = no == count;
        let mut space = (*line).to_string();
        let mut after = String::new();
        let mut quit = false;
        for rule in rules.iter_mut() {
            if !selects(rule, &space, no, last) {
                continue;
            }
            match &rule.cmd {
                Cmd::Subst {
                    re,
                    replacement,
                    global,
                    nth,
                    print,
                } => {
                    let (next, changed) = substitute(re, &space, replacement, *global, *nth);
                    space = next;
                    if changed && *print {
                        out.push_str(&space);
                        out.push('\n');
                    }
                }
                Cmd::Delete => continue 'lines,
                Cmd::Print => {
                    out.push_str(&space);
                    out.push('\n');
                }
                Cmd::Quit => quit = true,
                Cmd::Append(t) => after.push_str(&format!("{t}\n")),
                Cmd::Insert(t) => out.push_str(&format!("{t}\n")),
                Cmd::Change(t) => {
                    out.push_str(&format!("{t}\n"));
                    continue 'lines;
                }
            }
            if quit {
                break;
            }
        }
        if !quiet {
            out.push_str(&space);
            out.push('\n');
        }
        out.push_str(&after);
        if quit {
            break;
        }
    }
    out
}

fn matches_addr(addr: &Addr, space: &str, no: usize, last: bool) -> bool {
    match addr {
        Addr::Line(n) => *n == no,
        Addr::Last => last,
        Addr::Re(re) => re.is_match(space),
    }
}

/// Whether a rule applies to this line, tracking `from,to` ranges.
fn selects(rule: &mut Rule, space: &str, no: usize, last: bool) -> bool {
    let hit = match (&rule.from, &rule.to) {
        (None, _) => true,
        (Some(from), None) => matches_addr(from, space, no, last),
        (Some(from), Some(to)) => {
            if rule.active {
                let ends = match to {
                    Addr::Line(n) => no >= *n,
                    other => matches_addr(other, space, no, last),
                };
                if ends {
                    rule.active = false;
                }
                true
            } else if matches_addr(from, space, no, last) {
                rule.active = !matches!(to, Addr::Line(n) if *n <= no);
                true
            } else {
                false
            }
        }
    };
    hit != rule.negate
}

/// Replaces the first (or `nth`, or every) match; `&` is the match and
/// `\1`…`\9` its groups.
fn substitute(
    re: &Regex,
    space: &str,
    replacement: &str,
    global: bool,
    nth: usize,
) -> (String, bool) {
    let mut out = String::new();
    let mut last = 0;
    let mut changed = false;
    for (k, caps) in re.captures_iter(space).enumerate() {
        let Some(whole) = caps.get(0) else { continue };
        if k + 1 < nth {
            continue;
        }
        out.push_str(space.get(last..whole.start()).unwrap_or(""));
        let mut chars = replacement.chars();
        while let Some(c) = chars.next() {
            match c {
                '&' => out.push_str(whole.as_str()),
                '\\' => match chars.next() {
                    Some(d @ '0'..='9') => {
                        let i = d.to_digit(10).unwrap_or(0) as usize;
                        out.push_str(caps.get(i).map_or("", |m| m.as_str()));
                    }
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some(other) => out.push(other),
                    None => out.push('\\'),
                },
                other => out.push(other),
            }
        }
        last = whole.end();
        changed = true;
        if !global {
            break;
        }
    }
    out.push_str(space.get(last..).unwrap_or(""));
    (out, changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(script: &str, text: &str) -> String {
        let mut rules = parse_script(script, false).unwrap();
        run(&mut rules, text, false)
    }

    #[test]
    fn substitution_forms() {
        assert_eq!(apply("s/a/b/", "aaa\n"), "baa\n");
        assert_eq!(apply("s/a/b/g", "aaa\n"), "bbb\n");
        assert_eq!(apply("s/a/b/2", "aaa\n"), "aba\n");
        assert_eq!(apply("s|v1|v2|", "image: app:v1\n"), "image: app:v2\n");
        assert_eq!(apply("s/\\(.*\\):\\(.*\\)/\\2=\\1/", "k:v\n"), "v=k\n");
        assert_eq!(apply("s/x/[&]/g", "axbx\n"), "a[x]b[x]\n");
        assert_eq!(
            apply("s/replicas: 1/replicas: 3/", "  replicas: 1\n"),
            "  replicas: 3\n"
        );
    }

    #[test]
    fn addresses_and_commands() {
        assert_eq!(apply("2d", "a\nb\nc\n"), "a\nc\n");
        assert_eq!(apply("/b/d", "a\nb\nc\n"), "a\nc\n");
        assert_eq!(apply("$d", "a\nb\n"), "a\n");
        assert_eq!(apply("2,3d", "a\nb\nc\nd\n"), "a\nd\n");
        assert_eq!(apply("/b/,/c/!d", "a\nb\nx\nc\nd\n"), "b\nx\nc\n");
        assert_eq!(apply("1q", "a\nb\n"), "a\n");
        assert_eq!(apply("1a added", "a\nb\n"), "a\nadded\nb\n");
        let mut rules = parse_script("/b/p", false).unwrap();
        assert_eq!(run(&mut rules, "a\nb\n", true), "b\n");
    }

    #[test]
    fn errors_name_the_position() {
        assert_eq!(
            parse_script("s/a/b", false).err().unwrap().1,
            "unterminated `s' command"
        );
        assert_eq!(
            parse_script("k", false).err().unwrap().1,
            "unknown command: `k'"
        );
        assert_eq!(
            parse_script("s/a/b/z", false).err().unwrap().1,
            "unknown option to `s'"
        );
    }
}
