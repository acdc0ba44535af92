//! The string operations behind `${X#p}`, `${X%p}`, `${X/p/w}` and
//! `${X:offset:length}`. Patterns are globs (`*`, `?`, `[…]`) with quoted
//! characters escaped, as [`super::glob::matches`] expects.
//!
//! Matching tries every split point, so values longer than
//! [`PATTERN_VALUE_CHARS_MAX`] are left unchanged rather than risk a hang.

use super::glob::matches;
use crate::shell::ast::Anchor;

/// The longest value pattern operations work on, in characters.
pub const PATTERN_VALUE_CHARS_MAX: usize = 4096;

/// Removes the shortest (or longest) prefix or suffix matching `pattern`.
/// `trim("a.b.c", "*.", false, false)` is `b.c`; with `longest`, `c`.
pub fn trim(value: &str, pattern: &str, suffix: bool, longest: bool) -> String {
    let cuts = boundaries(value);
    if cuts.len() > PATTERN_VALUE_CHARS_MAX {
        return value.to_string();
    }
    let mut order: Vec<usize> = cuts.clone();
    // Shortest prefix first means cutting early; shortest suffix means cutting late.
    if longest != suffix {
        order.reverse();
    }
    for cut in order {
        let (head, tail) = value.split_at(cut);
        if suffix && matches(pattern, tail) {
            return head.to_string();
        }
        if !suffix && matches(pattern, head) {
            return tail.to_string();
        }
    }
    value.to_string()
}

/// Replaces the first (or every) longest match of `pattern` with `with`.
pub fn replace(value: &str, pattern: &str, with: &str, all: bool, anchor: Anchor) -> String {
    let cuts = boundaries(value);
    if cuts.len() > PATTERN_VALUE_CHARS_MAX || pattern.is_empty() {
        return value.to_string();
    }
    match anchor {
        Anchor::Start => {
            return match cuts
                .iter()
                .rev()
                .find(|c| matches(pattern, value.split_at(**c).0))
            {
                Some(c) => format!("{with}{}", value.split_at(*c).1),
                None => value.to_string(),
            }
        }
        Anchor::End => {
            return match cuts
                .iter()
                .find(|c| matches(pattern, value.split_at(**c).1))
            {
                Some(c) => format!("{}{with}", value.split_at(*c).0),
                None => value.to_string(),
            }
        }
        Anchor::Anywhere => {}
    }
    let mut out = String::new();
    let mut i = 0;
    let mut replaced = false;
    while let Some(&start) = cuts.get(i) {
        let found = (!replaced || all)
            .then(|| {
                cuts.iter()
                    .skip(i + 1)
                    .rev()
                    .find(|end| value.get(start..**end).is_some_and(|s| matches(pattern, s)))
            })
            .flatten();
        match found {
            Some(&end) => {
                out.push_str(with);
                replaced = true;
                i = cuts.iter().position(|c| *c == end).unwrap_or(cuts.len());
            }
            None => {
                if let Some(next) = cuts.get(i + 1) {
                    out.push_str(value.get(start..*next).unwrap_or(""));
                }
                i += 1;
            }
        }
    }
    out
}

/// `${X:offset:length}` on characters; negative values count from the end.
pub fn slice(value: &str, offset: i64, length: Option<i64>) -> String {
    let chars: Vec<char> = value.chars().collect();
    let len = chars.len() as i64;
    let start = if offset < 0 {
        (len + offset).max(0)
    } else {
        offset.min(len)
    };
    let end = match length {
        None => len,
        Some(l) if l < 0 => (len + l).max(start),
        Some(l) => start.saturating_add(l).min(len),
    };
    chars
        .get(usize::try_from(start).unwrap_or(0)..usize::try_from(end).unwrap_or(0))
        .unwrap_or_default()
        .iter()
        .collect()
}

/// Every byte index between characters, both ends included.
fn boundaries(value: &str) -> Vec<usize> {
    value
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(value.len()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_prefixes_and_suffixes() {
        assert_eq!(trim("a.b.c", "*.", false, false), "b.c");
        assert_eq!(trim("a.b.c", "*.", false, true), "c");
        assert_eq!(trim("a.b.c", ".*", true, false), "a.b");
        assert_eq!(trim("a.b.c", ".*", true, true), "a");
        assert_eq!(trim("web-5d4-x7", "-*", true, false), "web-5d4");
        assert_eq!(trim("abc", "z", true, false), "abc");
    }

    #[test]
    fn replaces_matches() {
        assert_eq!(replace("a-b-c", "-", "_", false, Anchor::Anywhere), "a_b-c");
        assert_eq!(replace("a-b-c", "-", "_", true, Anchor::Anywhere), "a_b_c");
        assert_eq!(replace("v1.v1", "v1", "v2", false, Anchor::Start), "v2.v1");
        assert_eq!(replace("v1.v1", "v1", "v2", false, Anchor::End), "v1.v2");
        assert_eq!(replace("aXbXc", "X*", "", false, Anchor::Anywhere), "a");
    }

    #[test]
    fn slices_by_characters() {
        assert_eq!(slice("kubernetes", 0, Some(4)), "kube");
        assert_eq!(slice("kubernetes", 4, None), "rnetes");
        assert_eq!(slice("kubernetes", -3, None), "tes");
        assert_eq!(slice("kubernetes", 2, Some(-2)), "bernet");
        assert_eq!(slice("abc", 10, Some(2)), "");
    }
}
