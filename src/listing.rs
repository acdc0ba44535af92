//! The `ls` listing layout shared by the shell's `ls` and the `ls` of
//! the simulated containers: names in GNU's columns. It lives below both
//! (the containers in `apps` must not reach up into `shell`) and knows
//! nothing of files, only of names and a width.

/// The terminal width the column layout fills, as a default xterm has.
pub const TERMINAL_COLUMNS: usize = 80;

/// GNU's layout: the most columns whose lines stay shorter than `width`
/// (GNU keeps a layout only while a line is strictly shorter), filled top
/// to bottom, each column as wide as its longest name plus two spaces.
/// Used by the shell's `ls` and by `ls` inside containers (`apps::exec`).
pub fn columns(names: &[&str], width: usize) -> String {
    if names.is_empty() {
        return String::new();
    }
    let len = |s: &str| s.chars().count();
    let mut best = 1;
    for cols in (1..=names.len()).rev() {
        let rows = names.len().div_ceil(cols);
        let widths = column_widths(names, rows, &len);
        if widths.len() < cols && cols > 1 {
            continue;
        }
        let total: usize = widths.iter().sum::<usize>() + 2 * widths.len().saturating_sub(1);
        if total < width {
            best = cols;
            break;
        }
    }
    let rows = names.len().div_ceil(best);
    let widths = column_widths(names, rows, &len);
    let mut out = String::new();
    for r in 0..rows {
        let mut line = String::new();
        for (c, w) in widths.iter().enumerate() {
            let Some(name) = names.get(c * rows + r) else {
                break;
            };
            let is_last = names.get((c + 1) * rows + r).is_none();
            line.push_str(name);
            if !is_last {
                line.push_str(&" ".repeat(w + 2 - len(name)));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn column_widths(names: &[&str], rows: usize, len: &dyn Fn(&str) -> usize) -> Vec<usize> {
    names
        .chunks(rows.max(1))
        .map(|col| col.iter().map(|n| len(n)).max().unwrap_or(0))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_fill_downwards_within_the_width() {
        assert_eq!(columns(&["a", "b", "c"], 80), "a  b  c\n");
        let names: Vec<String> = (0..30).map(|i| format!("file-number-{i:02}")).collect();
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let text = columns(&refs, 80);
        assert!(text.lines().all(|l| l.len() <= 80));
        assert!(text.starts_with("file-number-00  file-number-06"));
        assert_eq!(columns(&[], 80), "");
    }
}
