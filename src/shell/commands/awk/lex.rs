//! The awk lexer: numbers, strings, `/regex/` (told apart from division
//! by what precedes it), names, operators and newlines.

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Num(f64),
    Str(String),
    Re(String),
    Name(String),
    Op(&'static str),
    Newline,
}

const OPS: &[&str] = &[
    "&&", "||", "==", "!=", "<=", ">=", "!~", "++", "--", "+=", "-=", "*=", "/=", "%=", "{", "}",
    "(", ")", ";", ",", "+", "-", "*", "/", "%", "^", "<", ">", "~", "!", "=", "$", "?", ":",
];

/// Whether a `/` here starts a regex (an operand is expected) or divides.
fn regex_allowed(prev: Option<&Tok>) -> bool {
    !matches!(
        prev,
        Some(Tok::Num(_) | Tok::Str(_) | Tok::Name(_) | Tok::Re(_)) | Some(Tok::Op(")"))
    )
}

/// A `"…"` string starting after its quote: the text (escapes resolved)
/// and the index after the closing quote.
fn string_literal(chars: &[char], mut i: usize) -> Option<(String, usize)> {
    let mut s = String::new();
    loop {
        match *chars.get(i)? {
            '"' => return Some((s, i + 1)),
            '\\' => {
                i += 1;
                s.push(match *chars.get(i)? {
                    'n' => '\n',
                    't' => '\t',
                    other => other,
                });
            }
            other => s.push(other),
        }
        i += 1;
    }
}

/// A `/regex/` starting after its slash (`\/` is a slash inside it).
fn regex_literal(chars: &[char], mut i: usize) -> Option<(String, usize)> {
    let mut s = String::new();
    loop {
        match *chars.get(i)? {
            '\n' => return None,
            '/' => return Some((s, i + 1)),
            '\\' if chars.get(i + 1) == Some(&'/') => {
                s.push('/');
                i += 1;
            }
            other => s.push(other),
        }
        i += 1;
    }
}

pub fn lex(src: &str) -> Result<Vec<Tok>, usize> {
    let chars: Vec<char> = src.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let start = i;
        i += 1;
        match c {
            ' ' | '\t' => {}
            '\\' if chars.get(i) == Some(&'\n') => i += 1,
            '\n' => toks.push(Tok::Newline),
            '#' => {
                while chars.get(i).is_some_and(|c| *c != '\n') {
                    i += 1;
                }
            }
            '"' => {
                let (text, end) = string_literal(&chars, i).ok_or(start)?;
                i = end;
                toks.push(Tok::Str(text));
            }
            '/' if regex_allowed(toks.last()) => {
                let (text, end) = regex_literal(&chars, i).ok_or(start)?;
                i = end;
                toks.push(Tok::Re(text));
            }
            c if c.is_ascii_digit()
                || c == '.' && chars.get(i).is_some_and(char::is_ascii_digit) =>
            {
                while chars
                    .get(i)
                    .is_some_and(|c| c.is_ascii_digit() || *c == '.')
                {
                    i += 1;
                }
                let text: String = chars.get(start..i).unwrap_or_default().iter().collect();
                toks.push(Tok::Num(text.parse().map_err(|_| start)?));
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                while chars
                    .get(i)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '_')
                {
                    i += 1;
                }
                toks.push(Tok::Name(
                    chars.get(start..i).unwrap_or_default().iter().collect(),
                ));
            }
            _ => {
                let rest: String = chars
                    .get(start..)
                    .unwrap_or_default()
                    .iter()
                    .take(2)
                    .collect();
                let op = OPS.iter().find(|op| rest.starts_with(**op)).ok_or(start)?;
                i = start + op.len();
                toks.push(Tok::Op(op));
            }
        }
    }
    Ok(toks)
}
