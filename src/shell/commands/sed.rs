//! `sed [-n] [-E] [-i] [-e SCRIPT]… [SCRIPT] [FILE…]`: the stream editor
//! subset tutorials use — `s/re/replacement/[gpiN]` (any delimiter, `&`
//! and `\1`…`\9`), `d`, `p`, `q`, `a`/`i`/`c TEXT`, with line-number, `$`
//! and `/re/` addresses, ranges and `!`. `-i` rewrites files in place,
//! which lessons use to change manifests without an editor.

use regex_lite::Regex;

use super::args::{lines, Spec};
use super::regex;
use crate::shell::ctx::{done, CommandFuture, Ctx};

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

#[derive(Clone)]
enum Addr {
    Line(usize),
    Last,
    Re(Regex),
}

enum Cmd {
    Subst {
        re: Regex,
        replacement: String,
        global: bool,
        nth: usize,
        print: bool,
    },
    Delete,
    Print,
    Quit,
    Append(String),
    Insert(String),
    Change(String),
}

struct Rule {
    from: Option<Addr>,
    to: Option<Addr>,
    negate: bool,
    cmd: Cmd,
    /// Inside a `from,to` range right now.
    active: bool,
}

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
            ctx.err(&msg.replacen(
                '\n',
                "\nUsage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n",
                1,
            ));
            return done(1);
        }
    };
    let mut scripts: Vec<String> = opts
        .values
        .iter()
        .filter(|(c, _)| *c == 'e')
        .map(|(_, v)| v.clone())
        .collect();
    if scripts.is_empty() {
        if opts.operands.is_empty() {
            ctx.err("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n");
            return done(1);
        }
        scripts.push(opts.operands.remove(0));
    }
    let extended = opts.has('E') || opts.has('r');
    let mut rules = Vec::new();
    for (n, script) in scripts.iter().enumerate() {
        match parse_script(script, extended) {
            Ok(mut r) => rules.append(&mut r),
            Err((at, msg)) => {
                ctx.err(&format!(
                    "sed: -e expression #{}, char {at}: {msg}\n",
                    n + 1
                ));
                return done(1);
            }
        }
    }
    let quiet = opts.has('n');
    if opts.has('i') {
        if opts.operands.is_empty() {
            ctx.err("sed: no input files\n");
            return done(1);
        }
        let mut status = 0;
        for name in &opts.operands {
            match ctx.with_world(|w| w.read_file(name)) {
                Ok(text) => {
                    let out = run(&mut rules, &text, quiet);
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
        return done(status);
    }
    let mut text = String::new();
    let mut status = 0;
    if opts.operands.is_empty() {
        text = ctx.stdin().unwrap_or("").to_string();
    }
    for name in &opts.operands {
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
    let out = run(&mut rules, &text, quiet);
    ctx.out(&out);
    done(status)
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

type ParseResult<T> = Result<T, (usize, String)>;

/// Parses a script into rules; errors carry GNU's 1-based char position.
fn parse_script(script: &str, extended: bool) -> ParseResult<Vec<Rule>> {
    let chars: Vec<char> = script.chars().collect();
    let mut p = 0;
    let mut rules = Vec::new();
    loop {
        while chars.get(p).is_some_and(|c| c.is_whitespace() || *c == ';') {
            p += 1;
        }
        if p >= chars.len() {
            return Ok(rules);
        }
        let from = address(&chars, &mut p, extended)?;
        let mut to = None;
        if from.is_some() && chars.get(p) == Some(&',') {
            p += 1;
            to = address(&chars, &mut p, extended)?;
            if to.is_none() {
                return Err((p, "unexpected `,'".into()));
            }
        }
        while chars.get(p) == Some(&' ') {
            p += 1;
        }
        let negate = chars.get(p) == Some(&'!');
        if negate {
            p += 1;
        }
        let cmd = command(&chars, &mut p, extended)?;
        rules.push(Rule {
            from,
            to,
            negate,
            cmd,
            active: false,
        });
    }
}

fn address(chars: &[char], p: &mut usize, extended: bool) -> ParseResult<Option<Addr>> {
    match chars.get(*p) {
        Some('$') => {
            *p += 1;
            Ok(Some(Addr::Last))
        }
        Some(c) if c.is_ascii_digit() => {
            let start = *p;
            while chars.get(*p).is_some_and(char::is_ascii_digit) {
                *p += 1;
            }
            let text: String = chars.get(start..*p).unwrap_or_default().iter().collect();
            Ok(Some(Addr::Line(text.parse().unwrap_or(usize::MAX))))
        }
        Some('/') => {
            *p += 1;
            let re =
                delimited(chars, p, '/').ok_or((*p, "unterminated address regex".to_string()))?;
            let re = regex::compile(&re, extended, false).map_err(|e| (*p, e))?;
            Ok(Some(Addr::Re(re)))
        }
        _ => Ok(None),
    }
}

/// Text up to the unescaped `delim`, with `\delim` unescaped.
fn delimited(chars: &[char], p: &mut usize, delim: char) -> Option<String> {
    let mut out = String::new();
    while let Some(&c) = chars.get(*p) {
        *p += 1;
        if c == delim {
            return Some(out);
        }
        if c == '\\' {
            let n = *chars.get(*p)?;
            *p += 1;
            if n != delim {
                out.push('\\');
            }
            out.push(n);
            continue;
        }
        out.push(c);
    }
    None
}

fn command(chars: &[char], p: &mut usize, extended: bool) -> ParseResult<Cmd> {
    let Some(&c) = chars.get(*p) else {
        return Err((*p, "missing command".into()));
    };
    *p += 1;
    let rest_text = |p: &mut usize| {
        let text: String = chars.get(*p..).unwrap_or_default().iter().collect();
        *p = chars.len();
        text.trim_start()
            .trim_start_matches('\\')
            .trim_start()
            .to_string()
    };
    Ok(match c {
        's' => subst(chars, p, extended)?,
        'd' => Cmd::Delete,
        'p' => Cmd::Print,
        'q' => Cmd::Quit,
        'a' => Cmd::Append(rest_text(p)),
        'i' => Cmd::Insert(rest_text(p)),
        'c' => Cmd::Change(rest_text(p)),
        other => return Err((*p, format!("unknown command: `{other}'"))),
    })
}

fn subst(chars: &[char], p: &mut usize, extended: bool) -> ParseResult<Cmd> {
    let unterminated = |p: usize| (p, "unterminated `s' command".to_string());
    let delim = *chars.get(*p).ok_or_else(|| unterminated(*p))?;
    if delim == '\\' || delim == '\n' {
        return Err(unterminated(*p));
    }
    *p += 1;
    let pattern = delimited(chars, p, delim).ok_or_else(|| unterminated(chars.len()))?;
    let replacement = delimited(chars, p, delim).ok_or_else(|| unterminated(chars.len()))?;
    let (mut global, mut nth, mut print, mut icase) = (false, 1, false, false);
    while let Some(&f) = chars.get(*p) {
        match f {
            'g' => global = true,
            'p' => print = true,
            'i' | 'I' => icase = true,
            d if d.is_ascii_digit() => nth = d.to_digit(10).unwrap_or(1).max(1) as usize,
            ';' | '\n' | ' ' | '}' => break,
            _ => return Err((*p + 1, "unknown option to `s'".into())),
        }
        *p += 1;
    }
    let re = regex::compile(&pattern, extended, icase).map_err(|e| (*p, e))?;
    Ok(Cmd::Subst {
        re,
        replacement,
        global,
        nth,
        print,
    })
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
