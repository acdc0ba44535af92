//! POSIX regular expressions (basic for `grep`/`sed`, extended for `-E`
//! and `awk`) rewritten into the syntax of `regex-lite`, which does the
//! matching. Basic syntax swaps the meaning of `\(` and `(` (and `{`,
//! `|`, `+`, `?`); both turn `\<`/`\>` into word boundaries; bracket
//! expressions keep POSIX rules (a backslash is literal inside them).

use regex_lite::{Regex, RegexBuilder};

/// The biggest compiled program a pattern may produce (bytes).
const REGEX_SIZE_MAX: usize = 1 << 20;

/// Compiles a POSIX pattern, or gives the reason it is invalid.
pub fn compile(pattern: &str, extended: bool, ignore_case: bool) -> Result<Regex, String> {
    let translated = translate(pattern, extended)?;
    RegexBuilder::new(&translated)
        .case_insensitive(ignore_case)
        .size_limit(REGEX_SIZE_MAX)
        .nest_limit(64)
        .build()
        .map_err(|_| "Invalid regular expression".to_string())
}

/// Escapes every character that is special to `regex-lite`.
pub fn literal(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if "\\.+*?()|[]{}^$#&-~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn translate(pattern: &str, extended: bool) -> Result<String, String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let mut depth = 0_i32;
    // Whether a `*` here would have nothing to repeat (then it is literal).
    let mut at_start = true;
    while let Some(&c) = chars.get(i) {
        i += 1;
        let was_start = at_start;
        at_start = false;
        match c {
            '\\' => {
                let Some(&n) = chars.get(i) else {
                    return Err("Trailing backslash".into());
                };
                i += 1;
                match n {
                    '(' | ')' | '|' | '{' | '}' | '+' | '?' if !extended => {
                        out.push(n);
                        depth += match n {
                            '(' => 1,
                            ')' => -1,
                            _ => 0,
                        };
                        at_start = matches!(n, '(' | '|');
                    }
                    '<' | '>' => out.push_str("\\b"),
                    'w' | 'W' | 's' | 'S' | 'b' | 'B' => {
                        out.push('\\');
                        out.push(n);
                    }
                    'n' => out.push_str("\\n"),
                    't' => out.push_str("\\t"),
                    other if other.is_ascii_digit() => {
                        return Err("backreferences (\\1) are not supported in kubeplay".into())
                    }
                    other => out.push_str(&literal(&other.to_string())),
                }
            }
            '[' => i = bracket(&chars, i, &mut out)?,
            '*' if was_start => out.push_str("\\*"),
            '(' | ')' | '|' | '+' | '?' if extended => {
                out.push(c);
                depth += match c {
                    '(' => 1,
                    ')' => -1,
                    _ => 0,
                };
                at_start = matches!(c, '(' | '|');
            }
            '{' if extended && interval_follows(&chars, i) => out.push('{'),
            '}' if extended => out.push('}'),
            '^' => {
                out.push('^');
                at_start = true;
            }
            '.' | '*' | '$' => out.push(c),
            other => out.push_str(&literal(&other.to_string())),
        }
        if depth < 0 {
            return Err("Unmatched ) or \\)".into());
        }
    }
    if depth > 0 {
        return Err("Unmatched ( or \\(".into());
    }
    Ok(out)
}

/// True if `chars[at..]` reads `N}`, `N,}` or `N,M}` (a valid interval).
fn interval_follows(chars: &[char], at: usize) -> bool {
    let rest: String = chars
        .get(at..)
        .unwrap_or_default()
        .iter()
        .take(24)
        .collect();
    let Some(close) = rest.find('}') else {
        return false;
    };
    let inner = rest.get(..close).unwrap_or("");
    !inner.is_empty()
        && inner.chars().all(|c| c.is_ascii_digit() || c == ',')
        && inner.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// Copies a bracket expression starting after `[`; returns the index
/// after its closing `]`.
fn bracket(chars: &[char], mut i: usize, out: &mut String) -> Result<usize, String> {
    out.push('[');
    if chars.get(i) == Some(&'^') {
        out.push('^');
        i += 1;
    }
    let mut first = true;
    loop {
        let Some(&c) = chars.get(i) else {
            return Err("Unmatched [, [^, [:, [., or [=".into());
        };
        i += 1;
        match c {
            ']' if !first => {
                out.push(']');
                return Ok(i);
            }
            '[' if chars.get(i) == Some(&':') => {
                let rest: String = chars.get(i..).unwrap_or_default().iter().collect();
                let Some(end) = rest.find(":]") else {
                    return Err("Unmatched [, [^, [:, [., or [=".into());
                };
                out.push('[');
                out.push_str(rest.get(..end + 2).unwrap_or(""));
                i += rest.get(..end + 2).unwrap_or("").chars().count();
            }
            '\\' | '[' | ']' | '&' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '-' if chars.get(i) == Some(&'-') => {
                out.push_str("\\-");
            }
            other => out.push(other),
        }
        first = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(pattern: &str, extended: bool, text: &str) -> bool {
        compile(pattern, extended, false).unwrap().is_match(text)
    }

    #[test]
    fn basic_syntax_swaps_escapes() {
        assert!(m("a\\(b\\)*c", false, "abbc"));
        assert!(m("a(b)", false, "a(b)"));
        assert!(m("a+", false, "a+"));
        assert!(!m("a+", false, "aa"));
        assert!(m("a\\+", false, "aa"));
        assert!(m("*x", false, "*x"));
        assert!(m("x\\{2\\}", false, "xx"));
    }

    #[test]
    fn extended_syntax_has_operators() {
        assert!(m("Running|Pending", true, "Pending"));
        assert!(m("(ab)+c", true, "ababc"));
        assert!(m("a{2}", true, "aa"));
        assert!(m("a{", true, "a{"));
        assert!(m("\\<pod\\>", true, "a pod here"));
    }

    #[test]
    fn brackets_follow_posix() {
        assert!(m("[[:digit:]]+", true, "abc123"));
        assert!(m("[\\]", false, "\\"));
        assert!(m("[]a]", false, "]"));
        assert!(m("[^a-c]", false, "d"));
    }

    #[test]
    fn bad_patterns_are_errors() {
        assert!(compile("a\\(", false, false).is_err());
        assert!(compile("(", true, false).is_err());
        assert!(compile("[abc", false, false).is_err());
        assert!(compile("a\\", false, false).is_err());
        assert!(compile("x\\1", false, false).is_err());
    }
}
