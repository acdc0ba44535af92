//! Pathname expansion over the virtual filesystem: `*`, `?` and `[…]` in
//! unquoted text match file names, one path component at a time; names
//! starting with `.` match only a pattern starting with `.`. A pattern
//! that matches nothing stays as typed, as in bash by default.
//!
//! Patterns arrive with quoted metacharacters escaped by a backslash, so
//! `"*".yaml` only matches a file literally named `*.yaml`.

use crate::shell::vfs::{self, Vfs};

/// True if `pattern` has an unescaped glob metacharacter.
pub fn has_magic(pattern: &str) -> bool {
    let mut escaped = false;
    for c in pattern.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '*' | '?' | '[' => return true,
            _ => {}
        }
    }
    false
}

/// Removes the escaping backslashes of a pattern (its literal text).
pub fn unescape(pattern: &str) -> String {
    let mut out = String::new();
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(n) = chars.next() {
                out.push(n);
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The paths matching `pattern`, as the user would see them (relative
/// when the pattern was), sorted; empty when nothing matches.
pub fn expand(fs: &Vfs, cwd: &str, pattern: &str) -> Vec<String> {
    let absolute = pattern.starts_with('/');
    let mut found: Vec<(String, String)> = vec![(
        if absolute {
            "/".into()
        } else {
            cwd.to_string()
        },
        String::new(),
    )];
    let components: Vec<&str> = pattern.split('/').filter(|c| !c.is_empty()).collect();
    let last = components.len().saturating_sub(1);
    for (i, comp) in components.iter().enumerate() {
        let mut next = Vec::new();
        for (dir, shown) in &found {
            let join = |name: &str| {
                let abs = vfs::normalize(dir, name);
                let shown = if shown.is_empty() {
                    if absolute {
                        format!("/{name}")
                    } else {
                        name.to_string()
                    }
                } else {
                    format!("{shown}/{name}")
                };
                (abs, shown)
            };
            if !has_magic(comp) {
                let name = unescape(comp);
                let (abs, shown) = join(&name);
                if fs.get(&abs).is_some() && (i == last || fs.is_dir(&abs)) {
                    next.push((abs, shown));
                }
                continue;
            }
            let Ok(entries) = fs.list(dir) else { continue };
            for (name, node) in entries {
                if name.starts_with('.') && !comp.starts_with('.') {
                    continue;
                }
                if (i == last || node.is_dir()) && matches(comp, name) {
                    next.push(join(name));
                }
            }
        }
        found = next;
    }
    if components.is_empty() {
        return Vec::new();
    }
    let mut shown: Vec<String> = found.into_iter().map(|(_, s)| s).collect();
    crate::sorting::sort(&mut shown);
    shown
}

/// Whether `name` matches the one-component `pattern`.
pub fn matches(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    match_from(&p, &n)
}

/// Iterative wildcard matching with backtracking to the last `*`, so the
/// cost stays proportional to pattern × name length.
fn match_from(p: &[char], n: &[char]) -> bool {
    let (mut pi, mut ni) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ni < n.len() {
        let step = match p.get(pi) {
            Some('*') => {
                star = Some((pi, ni));
                pi += 1;
                continue;
            }
            Some('?') => Some(1),
            Some('[') => class(p, pi, n.get(ni).copied()),
            Some('\\') => (p.get(pi + 1) == n.get(ni)).then_some(2),
            Some(c) => (Some(c) == n.get(ni)).then_some(1),
            None => None,
        };
        match step {
            Some(width) => {
                pi += width;
                ni += 1;
            }
            None => match star {
                Some((sp, sn)) => {
                    pi = sp + 1;
                    ni = sn + 1;
                    star = Some((sp, sn + 1));
                }
                None => return false,
            },
        }
    }
    while p.get(pi) == Some(&'*') {
        pi += 1;
    }
    pi == p.len()
}

/// Matches `c` against the `[…]` class at `p[at]`; on success, the
/// class's width in pattern characters.
fn class(p: &[char], at: usize, c: Option<char>) -> Option<usize> {
    let c = c?;
    let mut i = at + 1;
    let negate = matches!(p.get(i), Some('!' | '^'));
    if negate {
        i += 1;
    }
    let mut hit = false;
    let mut first = true;
    loop {
        let lo = *p.get(i)?;
        if lo == ']' && !first {
            break;
        }
        first = false;
        if p.get(i + 1) == Some(&'-') && p.get(i + 2).is_some_and(|h| *h != ']') {
            let hi = *p.get(i + 2)?;
            hit |= lo <= c && c <= hi;
            i += 3;
        } else {
            hit |= lo == c;
            i += 1;
        }
    }
    (hit != negate).then_some(i + 1 - at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_match_names() {
        assert!(matches("*.yaml", "a.yaml"));
        assert!(!matches("*.yaml", "a.yml"));
        assert!(matches("pod-?", "pod-1"));
        assert!(matches("[a-c]x", "bx"));
        assert!(!matches("[!a-c]x", "bx"));
        assert!(matches("a*b*c", "aXXbYYc"));
        assert!(!matches("\\*", "x"));
        assert!(matches("\\*", "*"));
        assert!(!matches(&"a*".repeat(30), &"a".repeat(20)));
    }

    #[test]
    fn patterns_expand_over_the_tree() {
        let mut fs = Vfs::default();
        for f in [
            "/root/a.yaml",
            "/root/b.yaml",
            "/root/.hidden.yaml",
            "/root/c.txt",
        ] {
            fs.write(f, "", false, 0).unwrap();
        }
        fs.mkdir("/root/d", false, 0).unwrap();
        fs.write("/root/d/x.yaml", "", false, 0).unwrap();
        assert_eq!(expand(&fs, "/root", "*.yaml"), vec!["a.yaml", "b.yaml"]);
        assert_eq!(expand(&fs, "/root", "*/*.yaml"), vec!["d/x.yaml"]);
        assert_eq!(expand(&fs, "/", "/root/*.txt"), vec!["/root/c.txt"]);
        assert!(expand(&fs, "/root", "*.json").is_empty());
        assert!(has_magic("a*"));
        assert!(!has_magic("a\\*"));
        assert_eq!(unescape("a\\*"), "a*");
    }
}
