//! Parsing sed scripts into rules: addresses (`3`, `$`, `/re/`, ranges,
//! `!`) and commands (`s`, `d`, `p`, `q`, `a`, `i`, `c`). Errors carry the
//! 1-based character position GNU sed reports.

use regex_lite::Regex;

use crate::shell::commands::regex;

#[derive(Clone)]
pub enum Addr {
    Line(usize),
    Last,
    Re(Regex),
}

pub enum Cmd {
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

pub struct Rule {
    pub from: Option<Addr>,
    pub to: Option<Addr>,
    pub negate: bool,
    pub cmd: Cmd,
    /// Inside a `from,to` range right now.
    pub active: bool,
}

pub type ParseResult<T> = Result<T, (usize, String)>;

/// Parses a script into rules; errors carry GNU's 1-based char position.
pub fn parse_script(script: &str, extended: bool) -> ParseResult<Vec<Rule>> {
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
