//! Column alignment exactly as Go's `text/tabwriter` does it, which is what
//! kubectl uses for both `get` tables (min width 6, padding 3) and
//! `describe` text (min width 0, padding 2).
//!
//! Text is a sequence of lines; a *cell* is text terminated by a TAB. The
//! text after a line's last TAB is not a cell: it is printed as is and never
//! padded (so table rows have no trailing spaces). A column block is a run of
//! consecutive lines that all have a cell in that column; its width is
//! `max(min_width, widest cell + padding)`, counted in characters (runes).
//! A line with fewer cells ends the block, which is why `describe` values
//! line up only within a group of `Key:\tvalue` lines.
//!
//! Go computes this recursively; here the same result is computed column by
//! column without recursion, so a line with thousands of TABs cannot
//! overflow the stack. Worked example (padding 3, min width 6):
//! `"NAME\tAGE\nweb-1\t5s\n"` → column 0 is `max(6, 5 + 3) = 8` wide:
//! `"NAME    AGE\nweb-1   5s\n"`.

/// The padding and minimum width of kubectl's `get` tables.
pub const TABLE: Layout = Layout {
    min_width: 6,
    padding: 3,
};

/// The padding and minimum width of `describe` output.
pub const DESCRIBE: Layout = Layout {
    min_width: 0,
    padding: 2,
};

/// The two parameters of Go's tabwriter that change what kubectl prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    pub min_width: usize,
    pub padding: usize,
}

/// Aligns `text` (cells terminated by TABs) as Go's tabwriter would.
pub fn align(text: &str, layout: Layout) -> String {
    let lines: Vec<Vec<&str>> = split_lines(text);
    let widths = column_widths(&lines, layout);
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    let count = lines.len();
    for (i, (cells, line_widths)) in lines.iter().zip(&widths).enumerate() {
        let tab_cells = cells.len().saturating_sub(1);
        for (j, cell) in cells.iter().enumerate() {
            out.push_str(cell);
            if j < tab_cells {
                let width = line_widths.get(j).copied().unwrap_or(0);
                pad(&mut out, width.saturating_sub(runes(cell)));
            }
        }
        if i + 1 < count {
            out.push('\n');
        }
    }
    out
}

/// Splits text into lines of cells. Text ending in a newline yields an
/// empty last line, so the output ends with a newline too.
fn split_lines(text: &str) -> Vec<Vec<&str>> {
    text.split('\n').map(|l| l.split('\t').collect()).collect()
}

/// For every line, the width of each of its tab-terminated cells.
///
/// Column `j` of line `i` belongs to the maximal run of consecutive lines
/// that all have more than `j` tab-terminated cells; the run shares one
/// width. (A run for column `j` always lies inside a run for column `j-1`,
/// which is why this equals Go's recursive block structure.)
fn column_widths(lines: &[Vec<&str>], layout: Layout) -> Vec<Vec<usize>> {
    let tab_cells: Vec<usize> = lines.iter().map(|l| l.len().saturating_sub(1)).collect();
    let mut widths: Vec<Vec<usize>> = tab_cells.iter().map(|&n| vec![0; n]).collect();
    let columns = tab_cells.iter().copied().max().unwrap_or(0);
    for column in 0..columns {
        let mut start = 0;
        while start < lines.len() {
            if tab_cells.get(start).copied().unwrap_or(0) <= column {
                start += 1;
                continue;
            }
            let mut end = start;
            let mut width = layout.min_width;
            while end < lines.len() && tab_cells.get(end).copied().unwrap_or(0) > column {
                let cell = lines
                    .get(end)
                    .and_then(|l| l.get(column))
                    .copied()
                    .unwrap_or("");
                width = width.max(runes(cell) + layout.padding);
                end += 1;
            }
            for line in widths.iter_mut().take(end).skip(start) {
                if let Some(slot) = line.get_mut(column) {
                    *slot = width;
                }
            }
            start = end;
        }
    }
    widths
}

/// Aligns rows that all have the same number of cells (a `get` table),
/// with the column widths of earlier flushes remembered, as kubectl's
/// tabwriter (`RememberWidths`) does while `get -w` streams rows: widths
/// only grow. The last cell of each row is never padded.
pub fn align_rows(rows: &[Vec<String>], layout: Layout, remembered: &mut Vec<usize>) -> String {
    for row in rows {
        for (c, cell) in row.iter().enumerate().take(row.len().saturating_sub(1)) {
            let width = layout.min_width.max(runes(cell) + layout.padding);
            match remembered.get_mut(c) {
                Some(slot) => *slot = (*slot).max(width),
                None => remembered.push(width),
            }
        }
    }
    let mut out = String::new();
    for row in rows {
        let last = row.len().saturating_sub(1);
        for (c, cell) in row.iter().enumerate() {
            out.push_str(cell);
            if c < last {
                pad(
                    &mut out,
                    remembered
                        .get(c)
                        .copied()
                        .unwrap_or(0)
                        .saturating_sub(runes(cell)),
                );
            }
        }
        out.push('\n');
    }
    out
}

fn runes(cell: &str) -> usize {
    cell.chars().count()
}

fn pad(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n(' ', n));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_columns_use_min_width_six_and_padding_three() {
        let text = "NAME\tREADY\tSTATUS\tRESTARTS\tAGE\nkubernetes-bootcamp-5cc66bcc9b-mmfgc\t1/1\tRunning\t0\t7s\n";
        assert_eq!(
            align(text, TABLE),
            "NAME                                   READY   STATUS    RESTARTS   AGE\n\
             kubernetes-bootcamp-5cc66bcc9b-mmfgc   1/1     Running   0          7s\n"
        );
    }

    #[test]
    fn short_columns_are_six_wide_and_last_cell_is_never_padded() {
        let text = "A\tAGE\tX\nb\t1s\tlong-last-cell\n";
        assert_eq!(
            align(text, TABLE),
            "A     AGE   X\nb     1s    long-last-cell\n"
        );
    }

    #[test]
    fn widths_count_characters_not_bytes() {
        let text = "NAME\tV\nñandú\tx\n";
        assert_eq!(align(text, TABLE), "NAME    V\nñandú   x\n");
    }

    #[test]
    fn a_line_without_tabs_ends_the_describe_block() {
        let text = "Name:\tweb\nService Account:\tdefault\nIPs:\n  IP:\t10.0.0.1\nControlled By:\tReplicaSet/x\n";
        assert_eq!(
            align(text, DESCRIBE),
            "Name:             web\nService Account:  default\nIPs:\n  IP:           10.0.0.1\nControlled By:  ReplicaSet/x\n"
        );
    }

    #[test]
    fn nested_columns_form_their_own_blocks() {
        // Column 1 exists only on the last two lines, so it is aligned
        // over them alone while column 0 spans all three.
        let text = "a\tb\nccc\tdd\te\nf\tgggg\th\n";
        assert_eq!(
            align(text, DESCRIBE),
            "a    b\nccc  dd    e\nf    gggg  h\n"
        );
    }

    #[test]
    fn empty_last_cell_keeps_trailing_text_unpadded() {
        assert_eq!(align("Events:\t<none>\n", DESCRIBE), "Events:  <none>\n");
        assert_eq!(align("", TABLE), "");
        assert_eq!(align("no tabs\n", TABLE), "no tabs\n");
    }

    #[test]
    fn remembered_widths_only_grow() {
        let mut widths = Vec::new();
        let first = align_rows(
            &[
                vec!["NAME".into(), "STATUS".into(), "AGE".into()],
                vec!["web".into(), "Pending".into(), "0s".into()],
            ],
            TABLE,
            &mut widths,
        );
        assert_eq!(first, "NAME   STATUS    AGE\nweb    Pending   0s\n");
        let next = align_rows(
            &[vec!["web".into(), "ContainerCreating".into(), "1s".into()]],
            TABLE,
            &mut widths,
        );
        assert_eq!(next, "web    ContainerCreating   1s\n");
        let later = align_rows(
            &[vec!["web".into(), "Running".into(), "5s".into()]],
            TABLE,
            &mut widths,
        );
        assert_eq!(later, "web    Running             5s\n");
    }

    #[test]
    fn many_tabs_do_not_recurse() {
        let text = "x\t".repeat(20_000) + "\n";
        assert!(align(&text, TABLE).len() >= 20_000 * 6);
    }
}
