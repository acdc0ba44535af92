//! Brace expansion, the first expansion bash does: `pod-{a,b}` is two
//! words, `{1..5}` five, `{01..10}` keeps the zero padding, `{a..e..2}`
//! steps. It works on the unquoted literal parts of a word, so `"{a,b}"`
//! stays as typed. The number of words is bounded by the caller's limit.

use crate::shell::ast::{Part, Word};

/// Expands the braces of `word` into one or more words, at most `max`.
/// `None` when the expansion would exceed `max`.
pub fn expand(word: &Word, max: usize) -> Option<Vec<Word>> {
    let mut done = Vec::new();
    let mut todo = vec![word.clone()];
    while let Some(w) = todo.pop() {
        match first_brace(&w) {
            None => done.push(w),
            Some((index, prefix, alternatives, suffix)) => {
                for alt in alternatives.into_iter().rev() {
                    let mut parts = w.parts.clone();
                    if let Some(slot) = parts.get_mut(index) {
                        *slot = Part::Lit(format!("{prefix}{alt}{suffix}"));
                    }
                    parts.retain(|p| !matches!(p, Part::Lit(t) if t.is_empty()));
                    todo.push(Word { parts });
                }
            }
        }
        if done.len() + todo.len() > max {
            return None;
        }
    }
    Some(done)
}

type Found = (usize, String, Vec<String>, String);

/// The first literal part holding a valid brace expression, split into
/// the text before it, its alternatives and the text after it.
fn first_brace(word: &Word) -> Option<Found> {
    for (index, part) in word.parts.iter().enumerate() {
        let Part::Lit(text) = part else { continue };
        let chars: Vec<char> = text.chars().collect();
        for (open, c) in chars.iter().enumerate() {
            if *c != '{' {
                continue;
            }
            let Some(close) = matching_close(&chars, open) else {
                continue;
            };
            let inner: String = chars.get(open + 1..close)?.iter().collect();
            let Some(alternatives) = alternatives(&inner) else {
                continue;
            };
            let prefix: String = chars.get(..open)?.iter().collect();
            let suffix: String = chars.get(close + 1..)?.iter().collect();
            return Some((index, prefix, alternatives, suffix));
        }
    }
    None
}

fn matching_close(chars: &[char], open: usize) -> Option<usize> {
    let mut depth = 0_usize;
    for (i, c) in chars.iter().enumerate().skip(open) {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// `a,b,c` (split at top-level commas) or a `x..y[..step]` range; `None`
/// when the text is neither, so the braces stay literal (`{}`, `{a}`).
fn alternatives(inner: &str) -> Option<Vec<String>> {
    let mut parts = Vec::new();
    let mut depth = 0_usize;
    let mut current = String::new();
    for c in inner.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                parts.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    parts.push(current);
    if parts.len() > 1 {
        return Some(parts);
    }
    range(inner)
}

/// The longest range brace expansion produces before we give up early.
const RANGE_ITEMS_MAX: i64 = 100_000;

fn range(inner: &str) -> Option<Vec<String>> {
    let pieces: Vec<&str> = inner.split("..").collect();
    let (from, to, step) = match pieces.as_slice() {
        [a, b] => (*a, *b, None),
        [a, b, s] => (*a, *b, Some(s.parse::<i64>().ok()?)),
        _ => return None,
    };
    let step = step.map(i64::abs).filter(|s| *s != 0).unwrap_or(1);
    if let (Ok(a), Ok(b)) = (from.parse::<i64>(), to.parse::<i64>()) {
        if (i128::from(b) - i128::from(a)).abs() / i128::from(step) > i128::from(RANGE_ITEMS_MAX) {
            return Some(vec![String::new(); RANGE_ITEMS_MAX as usize + 1]);
        }
        let padded = [from, to]
            .iter()
            .any(|t| t.trim_start_matches('-').starts_with('0') && t.len() > 1);
        let width = if padded { from.len().max(to.len()) } else { 0 };
        return Some(count(a, b, step).map(|n| format!("{n:0width$}")).collect());
    }
    let (mut fa, mut fb) = (from.chars(), to.chars());
    match (fa.next(), fa.next(), fb.next(), fb.next()) {
        (Some(a), None, Some(b), None) if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
            Some(
                count(i64::from(u32::from(a)), i64::from(u32::from(b)), step)
                    .filter_map(|n| u32::try_from(n).ok().and_then(char::from_u32))
                    .map(String::from)
                    .collect(),
            )
        }
        _ => None,
    }
}

/// `a` to `b` inclusive by `step`, counting down when `b < a`.
/// Callers keep `|b - a| / step` within [`RANGE_ITEMS_MAX`], so the
/// arithmetic here cannot overflow (it is done in `i128` anyway).
fn count(a: i64, b: i64, step: i64) -> impl Iterator<Item = i64> {
    let (a, b, step) = (i128::from(a), i128::from(b), i128::from(step));
    let n = ((b - a).abs() / step).min(i128::from(RANGE_ITEMS_MAX));
    let sign = if b < a { -1 } else { 1 };
    (0..=n).filter_map(move |i| i64::try_from(a + sign * i * step).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(word: &str) -> Vec<String> {
        expand(&Word::lit(word), 1000)
            .unwrap()
            .iter()
            .map(|w| w.as_literal().unwrap_or("").to_string())
            .collect()
    }

    #[test]
    fn lists_and_ranges() {
        assert_eq!(texts("pod-{a,b}.yaml"), vec!["pod-a.yaml", "pod-b.yaml"]);
        assert_eq!(texts("{1..5}"), vec!["1", "2", "3", "4", "5"]);
        assert_eq!(texts("{3..1}"), vec!["3", "2", "1"]);
        assert_eq!(texts("{01..03}"), vec!["01", "02", "03"]);
        assert_eq!(texts("{1..10..4}"), vec!["1", "5", "9"]);
        assert_eq!(texts("{a..c}"), vec!["a", "b", "c"]);
        assert_eq!(texts("{x,y}{1,2}"), vec!["x1", "x2", "y1", "y2"]);
        assert_eq!(texts("{a,{b,c}}"), vec!["a", "b", "c"]);
    }

    #[test]
    fn non_expressions_stay_literal() {
        assert_eq!(texts("{}"), vec!["{}"]);
        assert_eq!(texts("{a}"), vec!["{a}"]);
        assert_eq!(texts("{1..x}"), vec!["{1..x}"]);
        assert_eq!(texts("a}b{"), vec!["a}b{"]);
    }

    #[test]
    fn huge_expansions_are_refused() {
        assert!(expand(&Word::lit("{1..1000000}"), 1000).is_none());
        assert!(expand(
            &Word::lit("{-9223372036854775808..9223372036854775807}"),
            1000
        )
        .is_none());
        assert!(expand(
            &Word::lit("{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}"),
            1000
        )
        .is_none());
    }
}
