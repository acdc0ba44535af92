//! Alias expansion as an interactive bash does it, before a line is
//! parsed: an unquoted word in command position (first word of a simple
//! command, after `;`, `&&`, `|`, `(`, a newline, a reserved word such as
//! `then` or `do`, or leading `NAME=value` assignments) that names an alias
//! is replaced by the alias's text, which is read again for aliases — but
//! an alias is never expanded inside its own expansion. An alias whose
//! text ends in a blank makes the next word a candidate too
//! (`alias k='kubectl '`). Heredoc bodies are left alone.
//!
//! Because expansion happens when a line is read, an alias defined on a
//! line is usable from the next line on (`alias k=kubectl; k get po` on
//! one line fails, as in bash).

use std::collections::BTreeMap;

use super::limits::ALIAS_EXPANSION_BYTES_MAX;

/// Words after which the next word is again in command position.
const RESERVED: &[&str] = &[
    "if", "then", "else", "elif", "do", "while", "until", "!", "{", "time",
];

/// `line` with its aliases expanded; the line itself when nothing applies.
pub fn expand(line: &str, aliases: &BTreeMap<String, String>) -> String {
    if aliases.is_empty() {
        return line.to_string();
    }
    let mut out = String::new();
    let mut active = Vec::new();
    expand_into(line, aliases, &mut active, &mut out, true);
    out
}

/// A valid alias name for `alias NAME=VALUE` (bash refuses blanks,
/// quotes, `/`, `$`, `` ` ``, `=` and the shell's metacharacters).
pub fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && !name.chars().any(|c| {
            c.is_whitespace()
                || matches!(
                    c,
                    '/' | '$'
                        | '`'
                        | '='
                        | '\''
                        | '"'
                        | '\\'
                        | ';'
                        | '&'
                        | '|'
                        | '('
                        | ')'
                        | '<'
                        | '>'
                )
        })
}

/// Appends `text` expanded to `out`. `command` says whether the first word
/// is in command position. Returns whether the word after `text` is in
/// command position (the text ended in an alias whose value ends in a blank).
fn expand_into<'a>(
    text: &str,
    aliases: &'a BTreeMap<String, String>,
    active: &mut Vec<&'a str>,
    out: &mut String,
    mut command: bool,
) -> bool {
    let mut heredoc = false;
    let mut rest = text;
    let mut next_after_alias = false;
    while let Some(c) = rest.chars().next() {
        next_after_alias = false;
        let len = c.len_utf8();
        match c {
            ' ' | '\t' => {
                out.push(c);
                rest = rest.get(len..).unwrap_or("");
            }
            '\n' => {
                out.push(c);
                rest = rest.get(len..).unwrap_or("");
                if heredoc {
                    // The rest holds heredoc bodies: never expanded.
                    out.push_str(rest);
                    return false;
                }
                command = true;
            }
            '#' => {
                let end = rest.find('\n').unwrap_or(rest.len());
                out.push_str(rest.get(..end).unwrap_or(""));
                rest = rest.get(end..).unwrap_or("");
            }
            ';' | '&' | '|' | '(' | ')' | '<' | '>' => {
                if rest.starts_with("<<") && !rest.starts_with("<<<") {
                    heredoc = true;
                }
                out.push(c);
                rest = rest.get(len..).unwrap_or("");
                command = matches!(c, ';' | '&' | '|' | '(');
            }
            _ => {
                let end = word_end(rest);
                let word = rest.get(..end).unwrap_or(rest);
                rest = rest.get(end..).unwrap_or("");
                if !command {
                    out.push_str(word);
                    continue;
                }
                if RESERVED.contains(&word) || is_assignment(word) {
                    out.push_str(word);
                    continue;
                }
                command = false;
                let found = aliases
                    .get_key_value(word)
                    .filter(|(name, _)| !active.contains(&name.as_str()));
                match found {
                    Some((name, value)) if out.len() + value.len() <= ALIAS_EXPANSION_BYTES_MAX => {
                        active.push(name.as_str());
                        let chained = expand_into(value, aliases, active, out, true);
                        active.pop();
                        command = chained || value.ends_with([' ', '\t']);
                        next_after_alias = command;
                    }
                    _ => out.push_str(word),
                }
            }
        }
    }
    next_after_alias
}

/// `NAME=…` at the start of a simple command.
fn is_assignment(word: &str) -> bool {
    match word.split_once('=') {
        Some((name, _)) => {
            name.chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        }
        None => false,
    }
}

/// Where the word at the start of `text` ends: at an unquoted blank or
/// operator, skipping quotes, escapes and `$(…)`. A word that holds any
/// quoting is never an alias, because its text differs from every name
/// `valid_name` accepts.
fn word_end(text: &str) -> usize {
    let mut chars = text.char_indices().peekable();
    let mut depth = 0usize;
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '\'' if depth == 0 => {
                for (_, q) in chars.by_ref() {
                    if q == '\'' {
                        break;
                    }
                }
            }
            '"' => {
                while let Some((_, q)) = chars.next() {
                    match q {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
            }
            '$' if chars.peek().is_some_and(|(_, n)| *n == '(') => {
                chars.next();
                depth += 1;
            }
            '(' if depth > 0 => depth += 1,
            ')' if depth > 0 => depth -= 1,
            ' ' | '\t' | '\n' | ';' | '&' | '|' | '(' | ')' | '<' | '>' if depth == 0 => return i,
            _ => {}
        }
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn first_words_expand() {
        let t = table(&[("k", "kubectl"), ("ll", "ls -l")]);
        assert_eq!(expand("k get po", &t), "kubectl get po");
        assert_eq!(expand("k get k", &t), "kubectl get k");
        assert_eq!(
            expand("ll; k get po | k apply -f - && ll", &t),
            "ls -l; kubectl get po | kubectl apply -f - && ls -l"
        );
        assert_eq!(expand("X=1 k version", &t), "X=1 kubectl version");
        assert_eq!(
            expand("if k get po; then ll; fi", &t),
            "if kubectl get po; then ls -l; fi"
        );
        assert_eq!(expand("(k get po)", &t), "(kubectl get po)");
        assert_eq!(expand("echo k", &t), "echo k");
    }

    #[test]
    fn quoted_words_and_heredocs_stay() {
        let t = table(&[("k", "kubectl")]);
        assert_eq!(expand("'k' get po", &t), "'k' get po");
        assert_eq!(expand("\\k get po", &t), "\\k get po");
        assert_eq!(expand("echo 'a; k' # k", &t), "echo 'a; k' # k");
        assert_eq!(
            expand("cat <<EOF | k apply -f -\nk\nEOF", &t),
            "cat <<EOF | kubectl apply -f -\nk\nEOF"
        );
    }

    #[test]
    fn recursion_follows_bash_rules() {
        // An alias is not expanded inside its own text; others are.
        let t = table(&[("ls", "ls --color"), ("l", "ls -a"), ("a", "b"), ("b", "a")]);
        assert_eq!(expand("l", &t), "ls --color -a");
        assert_eq!(expand("a", &t), "a");
        // A trailing blank makes the next word a candidate.
        let t = table(&[("k", "kubectl "), ("g", "get"), ("w", "watch")]);
        assert_eq!(expand("k g po", &t), "kubectl  get po");
        let t = table(&[("k", "kubectl"), ("g", "get")]);
        assert_eq!(expand("k g po", &t), "kubectl g po");
    }

    #[test]
    fn expansion_is_bounded() {
        // Each alias doubles the text; the limit stops the growth (what
        // is left over is the unexpanded rest of the aliases being read).
        let mut t = BTreeMap::new();
        for i in 0..40 {
            t.insert(format!("a{i}"), format!("a{} ; a{}", i + 1, i + 1));
        }
        assert!(expand("a0", &t).len() <= ALIAS_EXPANSION_BYTES_MAX + 40 * 16);
    }

    #[test]
    fn names() {
        assert!(valid_name("k") && valid_name("kgp") && valid_name("k.x-1"));
        assert!(!valid_name("a b") && !valid_name("") && !valid_name("a/b"));
    }
}
