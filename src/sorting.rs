//! Stable sorting through one compiled sort routine, to keep the wasm
//! bundle small.
//!
//! `slice::sort_by` is generic: every element type and every comparator
//! closure compiles its own copy of the standard library's sort (about
//! 3 KB of wasm each; kubeplay had over 40). These helpers sort a list of
//! indices with a `dyn` comparator — one copy for the whole crate — and
//! then move the elements into that order with swaps. The result is the
//! same as `slice::sort_by` (stable: equal elements keep their order).
//! This module owns only ordering; it must not know what it sorts.

use std::cmp::Ordering;

/// Sorts `items` stably by `cmp`, like `slice::sort_by`.
pub fn sort_by<T>(items: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    {
        let items: &[T] = items;
        let mut by_index = |a: usize, b: usize| match (items.get(a), items.get(b)) {
            (Some(x), Some(y)) => cmp(x, y),
            _ => Ordering::Equal,
        };
        sort_indices(&mut order, &mut by_index);
    }
    for (a, b) in swaps(&mut order) {
        items.swap(a, b);
    }
}

/// Sorts `items` stably by their natural order, like `slice::sort`.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// Sorts `items` stably by `key`, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// A `BTreeMap`, `BTreeSet` or JSON object built by inserting `items` one
/// by one, as `collect()` would build it (a later equal key replaces the
/// value). `collect()` into these first sorts a `Vec` of the items, which
/// compiles one more copy of the standard sort per element type.
pub fn insert_all<C: Default + Extend<T>, T>(items: impl IntoIterator<Item = T>) -> C {
    let mut out = C::default();
    out.extend(items);
    out
}

/// The one instantiation of the standard sort.
#[inline(never)]
fn sort_indices(order: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|a, b| cmp(*a, *b));
}

/// The swaps that bring element `order[i]` to position `i` for every
/// `i`, following each cycle of the permutation once (`order` is used up).
///
/// Example: order `[2, 0, 1]` (the element at 2 goes first) gives swaps
/// (0, 2) then (2, 1): `[a, b, c]` → `[c, b, a]` → `[c, a, b]`.
fn swaps(order: &mut [usize]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for start in 0..order.len() {
        let mut cur = start;
        while let Some(next) = order.get(cur).copied() {
            // Marks `cur` as placed, so later cycles stop here.
            if let Some(slot) = order.get_mut(cur) {
                *slot = cur;
            }
            if next == start || next == cur {
                break;
            }
            out.push((cur, next));
            cur = next;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_stays_stable() {
        // Pairs sorted by the first field only: the second shows stability.
        let mut seed = 7_u64;
        for len in [0, 1, 2, 3, 5, 17, 100, 1000] {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut ours = items.clone();
            let mut std = items;
            sort_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std, "length {len}");
        }
    }

    #[test]
    fn the_worked_example_holds() {
        let mut order = [2, 0, 1];
        assert_eq!(swaps(&mut order), vec![(0, 2), (2, 1)]);
        let mut v = vec!["b", "c", "a"];
        sort(&mut v);
        assert_eq!(v, ["a", "b", "c"]);
    }
}
