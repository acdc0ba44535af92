//! yaml.v2's key order: not plain byte order but a "natural" order in
//! which runs of digits compare by value (`a2` < `a10`) and non-letters sort
//! before letters (`_x` < `Zx`, unlike ASCII). kubectl's `-o yaml` inherits it.

use std::cmp::Ordering;

use serde_json::{Map, Value};

/// The keys of `map` in yaml.v2's order.
pub fn sorted_keys(map: &Map<String, Value>) -> Vec<&String> {
    let mut keys: Vec<&String> = map.keys().collect();
    crate::sorting::sort_by(&mut keys, |a, b| natural(a, b));
    keys
}

/// yaml.v2's `keyList.Less` for two strings, as a total order.
pub fn natural(a: &str, b: &str) -> Ordering {
    if less(a, b) {
        Ordering::Less
    } else if less(b, a) {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

fn less(a: &str, b: &str) -> bool {
    let ar: Vec<char> = a.chars().collect();
    let br: Vec<char> = b.chars().collect();
    for (i, (&ca, &cb)) in ar.iter().zip(&br).enumerate() {
        if ca == cb {
            continue;
        }
        let (al, bl) = (ca.is_alphabetic(), cb.is_alphabetic());
        if al && bl {
            return ca < cb;
        }
        if al || bl {
            return bl;
        }
        // Both are non-letters: compare the digit runs starting here.
        let (mut an, mut bn) = (0i64, 0i64);
        if ca == '0' || cb == '0' {
            // A zero inside a longer number ("10" vs "1x") counts as part
            // of that number rather than a leading zero.
            let earlier_nonzero = ar
                .get(..i)
                .unwrap_or(&[])
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_digit())
                .any(|&c| c != '0');
            if earlier_nonzero {
                an = 1;
                bn = 1;
            }
        }
        let (a_end, an) = digit_run(&ar, i, an);
        let (b_end, bn) = digit_run(&br, i, bn);
        if an != bn {
            return an < bn;
        }
        if a_end != b_end {
            return a_end < b_end;
        }
        return ca < cb;
    }
    ar.len() < br.len()
}

/// Accumulates the decimal run starting at `start`; returns its end.
fn digit_run(chars: &[char], start: usize, mut n: i64) -> (usize, i64) {
    let mut end = start;
    while let Some(d) = chars.get(end).and_then(|c| c.to_digit(10)) {
        n = n.saturating_mul(10).saturating_add(i64::from(d));
        end += 1;
    }
    (end, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_compare_by_value_and_symbols_before_letters() {
        let mut keys = vec!["a10", "a2", "b", "_x", "Zx", "apiVersion", "kind", "A"];
        crate::sorting::sort_by(&mut keys, |a, b| natural(a, b));
        assert_eq!(
            keys,
            vec!["_x", "A", "Zx", "a2", "a10", "apiVersion", "b", "kind"]
        );
    }

    #[test]
    fn kubernetes_keys_keep_alphabetical_order() {
        let mut keys = vec!["status", "spec", "metadata", "kind", "apiVersion"];
        crate::sorting::sort_by(&mut keys, |a, b| natural(a, b));
        assert_eq!(
            keys,
            vec!["apiVersion", "kind", "metadata", "spec", "status"]
        );
    }
}
