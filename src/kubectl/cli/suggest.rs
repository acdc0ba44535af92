//! cobra's "Did you mean this?": commands within Levenshtein distance 2 of
//! what was typed (case-insensitive), or that start with it.

/// The candidates cobra would suggest for `typed`, in table order.
pub fn suggestions<'a>(typed: &str, candidates: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    // Candidates are ASCII command names.
    let lower = crate::kubectl::printers::case::lower_for_match(typed);
    candidates
        .filter(|c| {
            let name = c.to_ascii_lowercase();
            levenshtein(&lower, &name) <= 2 || name.starts_with(&lower)
        })
        .collect()
}

/// Edit distance with unit costs, over characters.
pub fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut row = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitute = prev.get(j).copied().unwrap_or(0) + usize::from(ca != *cb);
            let delete = prev.get(j + 1).copied().unwrap_or(0) + 1;
            let insert = row.get(j).copied().unwrap_or(0) + 1;
            row.push(substitute.min(delete).min(insert));
        }
        prev = row;
    }
    prev.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: &[&str] = &["get", "scale", "top", "set", "describe", "delete"];

    #[test]
    fn cobra_suggestions() {
        assert_eq!(suggestions("gte", NAMES.iter().copied()), ["get"]);
        assert_eq!(suggestions("scal", NAMES.iter().copied()), ["scale"]);
        assert_eq!(suggestions("foo", NAMES.iter().copied()), ["top"]);
        assert_eq!(
            suggestions("de", NAMES.iter().copied()),
            ["get", "set", "describe", "delete"]
        );
        assert!(suggestions("xyzzyq", NAMES.iter().copied()).is_empty());
        assert_eq!(levenshtein("kitten", "sitting"), 3);
    }
}
