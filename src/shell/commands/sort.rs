//! `sort` (-n -r -u -k -t) and `uniq` (-c -d -u -i), in the byte order of
//! the C.UTF-8 locale the playground's shell runs in.

use std::cmp::Ordering;

use super::args::{inputs, lines, Spec};
use crate::shell::ctx::{done, CommandFuture, Ctx};

/// Which part of a line `sort -k` compares.
struct Key {
    start: usize,
    end: Option<usize>,
}

fn parse_key(spec: &str) -> Option<Key> {
    let field = |s: &str| {
        s.split('.')
            .next()?
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .parse::<usize>()
            .ok()
            .filter(|n| *n > 0)
    };
    let (a, b) = match spec.split_once(',') {
        Some((a, b)) => (a, Some(b)),
        None => (spec, None),
    };
    Some(Key {
        start: field(a)?,
        end: match b {
            Some(b) => Some(field(b)?),
            None => None,
        },
    })
}

/// The text of fields `key.start..=key.end` (blank-separated by default).
fn key_text<'a>(line: &'a str, key: &Key, sep: Option<char>) -> &'a str {
    let bounds: Vec<(usize, usize)> = match sep {
        Some(sep) => {
            let mut at = 0;
            line.split(sep)
                .map(|f| {
                    let b = (at, at + f.len());
                    at += f.len() + sep.len_utf8();
                    b
                })
                .collect()
        }
        None => {
            let mut out = Vec::new();
            let mut start = None;
            for (i, c) in line.char_indices() {
                match (c.is_whitespace(), start) {
                    (false, None) => start = Some(i),
                    (true, Some(s)) => {
                        out.push((s, i));
                        start = None;
                    }
                    _ => {}
                }
            }
            if let Some(s) = start {
                out.push((s, line.len()));
            }
            out
        }
    };
    let Some(&(from, _)) = bounds.get(key.start - 1) else {
        return "";
    };
    let to = match key.end {
        Some(e) => bounds
            .get(e - 1)
            .or(bounds.last())
            .map_or(line.len(), |b| b.1),
        None => line.len(),
    };
    line.get(from..to.max(from)).unwrap_or("")
}

/// The leading number of `text` as `sort -n` reads it (none is 0).
fn leading_number(text: &str) -> f64 {
    let t = text.trim_start();
    let end = t
        .char_indices()
        .take_while(|(i, c)| c.is_ascii_digit() || *c == '.' || (*i == 0 && *c == '-'))
        .map(|(i, c)| i + c.len_utf8())
        .last()
        .unwrap_or(0);
    t.get(..end).and_then(|n| n.parse().ok()).unwrap_or(0.0)
}

/// How `sort` compares two lines.
struct Order {
    key: Option<Key>,
    sep: Option<char>,
    numeric: bool,
    fold: bool,
    unique: bool,
}

impl Order {
    /// By key (numerically, case-folded or by bytes); ties fall back to
    /// the whole line, as GNU's last-resort comparison does (not with -u).
    fn compare(&self, a: &str, b: &str) -> Ordering {
        let (ka, kb) = match &self.key {
            Some(k) => (key_text(a, k, self.sep), key_text(b, k, self.sep)),
            None => (a, b),
        };
        let primary = if self.numeric {
            leading_number(ka)
                .partial_cmp(&leading_number(kb))
                .unwrap_or(Ordering::Equal)
        } else if self.fold {
            // GNU sort folds with toupper() byte by byte: in a UTF-8 locale
            // that changes ASCII letters only.
            ka.to_ascii_uppercase().cmp(&kb.to_ascii_uppercase())
        } else {
            ka.cmp(kb)
        };
        primary.then_with(|| {
            if self.unique {
                Ordering::Equal
            } else {
                a.cmp(b)
            }
        })
    }
}

/// All inputs concatenated, each ending with a newline.
fn read_all(ctx: &Ctx, operands: &[String]) -> Result<String, String> {
    let mut all = String::new();
    for input in inputs(ctx, "sort", operands) {
        let t = input
            .text
            .map_err(|msg| msg.replacen("sort: ", "sort: cannot read: ", 1))?;
        all.push_str(&t);
        if !t.is_empty() && !t.ends_with('\n') {
            all.push('\n');
        }
    }
    Ok(all)
}

pub fn sort(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    const SPEC: Spec = Spec {
        name: "sort",
        flags: "nrufhV",
        valued: "kt",
        long: &[
            ("numeric-sort", 'n'),
            ("reverse", 'r'),
            ("unique", 'u'),
            ("key", 'k'),
            ("field-separator", 't'),
        ],
    };
    let Some(opts) = SPEC.parse_argv(&mut ctx, &argv) else {
        return done(2);
    };
    let key = match opts.value('k') {
        Some(k) => match parse_key(k) {
            Some(key) => Some(key),
            None => {
                ctx.err(&format!(
                    "sort: invalid number at field start: invalid count at start of ‘{k}’\n"
                ));
                return done(2);
            }
        },
        None => None,
    };
    let all = match read_all(&ctx, &opts.operands) {
        Ok(all) => all,
        Err(msg) => {
            ctx.err(&msg);
            return done(2);
        }
    };
    let order = Order {
        key,
        sep: opts.value('t').and_then(|t| t.chars().next()),
        numeric: opts.has('n') || opts.has('h') || opts.has('V'),
        fold: opts.has('f'),
        unique: opts.has('u'),
    };
    let mut rows = lines(&all);
    crate::sorting::sort_by(&mut rows, |a, b| order.compare(a, b));
    if opts.has('r') {
        rows.reverse();
    }
    if order.unique {
        rows.dedup_by(|a, b| order.compare(a, b) == Ordering::Equal);
    }
    let text: String = rows.iter().map(|l| format!("{l}\n")).collect();
    ctx.out(&text);
    done(0)
}

pub fn uniq(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    const SPEC: Spec = Spec {
        name: "uniq",
        flags: "cdui",
        valued: "",
        long: &[
            ("count", 'c'),
            ("repeated", 'd'),
            ("unique", 'u'),
            ("ignore-case", 'i'),
        ],
    };
    let Some(opts) = SPEC.parse_argv(&mut ctx, &argv) else {
        return done(1);
    };
    let input = inputs(&ctx, "uniq", opts.operands.get(..1).unwrap_or_default());
    let text = match input.into_iter().next().map(|i| i.text) {
        Some(Ok(t)) => t,
        Some(Err(msg)) => {
            ctx.err(&msg);
            return done(1);
        }
        None => String::new(),
    };
    let same = |a: &str, b: &str| {
        if opts.has('i') {
            a.eq_ignore_ascii_case(b)
        } else {
            a == b
        }
    };
    let mut groups: Vec<(&str, usize)> = Vec::new();
    for line in lines(&text) {
        match groups.last_mut() {
            Some((first, n)) if same(first, line) => *n += 1,
            _ => groups.push((line, 1)),
        }
    }
    let mut out = String::new();
    for (line, n) in groups {
        if (opts.has('d') && n < 2) || (opts.has('u') && n > 1) {
            continue;
        }
        if opts.has('c') {
            out.push_str(&format!("{n:>7} {line}\n"));
        } else {
            out.push_str(&format!("{line}\n"));
        }
    }
    ctx.out(&out);
    done(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_pick_fields() {
        let k = parse_key("2").unwrap();
        assert_eq!(key_text("a  b c", &k, None), "b c");
        let k = parse_key("2,2").unwrap();
        assert_eq!(key_text("a  b c", &k, None), "b");
        assert_eq!(key_text("x:y:z", &k, Some(':')), "y");
        assert_eq!(key_text("one", &k, None), "");
        assert!(parse_key("0").is_none());
    }

    #[test]
    fn numbers_lead() {
        assert_eq!(leading_number(" 42abc"), 42.0);
        assert_eq!(leading_number("-3.5"), -3.5);
        assert_eq!(leading_number("x"), 0.0);
    }
}
