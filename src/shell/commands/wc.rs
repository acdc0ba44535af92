//! `wc [-lwcm] [FILE…]`: counts, padded the way GNU `wc` pads them.

use super::args::{inputs, Spec};
use crate::shell::ctx::{done, CommandFuture, Ctx};

pub fn wc(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    const SPEC: Spec = Spec {
        name: "wc",
        flags: "lwcm",
        valued: "",
        long: &[
            ("lines", 'l'),
            ("words", 'w'),
            ("bytes", 'c'),
            ("chars", 'm'),
        ],
    };
    let Some(opts) = SPEC.parse_argv(&mut ctx, &argv) else {
        return done(1);
    };
    let mut which: Vec<char> = ['l', 'w', 'm', 'c']
        .into_iter()
        .filter(|f| opts.has(*f))
        .collect();
    if which.is_empty() {
        which = vec!['l', 'w', 'c'];
    }
    let mut rows: Vec<Row> = Vec::new();
    let mut status = 0;
    let mut from_stdin = false;
    for input in inputs(&ctx, "wc", &opts.operands) {
        match input.text {
            Ok(text) => {
                let counts = which
                    .iter()
                    .map(|f| match f {
                        'l' => text.matches('\n').count(),
                        'w' => text.split_whitespace().count(),
                        'm' => text.chars().count(),
                        _ => text.len(),
                    })
                    .collect();
                let shown = (!opts.operands.is_empty()).then_some(input.name);
                from_stdin |= shown.is_none();
                rows.push((counts, shown));
            }
            Err(msg) => {
                ctx.err(&msg);
                status = 1;
            }
        }
    }
    if rows.len() > 1 {
        let totals = (0..which.len())
            .map(|i| {
                rows.iter()
                    .map(|(c, _)| c.get(i).copied().unwrap_or(0))
                    .sum()
            })
            .collect();
        rows.push((totals, Some("total".into())));
    }
    let text = render(&rows, which.len(), from_stdin);
    ctx.out(&text);
    done(status)
}

/// One row per input: its counts and the name shown after them.
type Row = (Vec<usize>, Option<String>);

/// GNU pads to the widest number, or to 7 when reading a pipe whose size
/// it cannot know; a single count of a single input is unpadded.
fn render(rows: &[Row], columns: usize, from_stdin: bool) -> String {
    let widest = rows
        .iter()
        .flat_map(|(c, _)| c.iter())
        .map(|n| n.to_string().len())
        .max()
        .unwrap_or(1);
    let width = if columns == 1 && rows.len() == 1 {
        1
    } else if from_stdin {
        7.max(widest)
    } else {
        widest
    };
    let mut text = String::new();
    for (counts, name) in rows {
        let cols: Vec<String> = counts.iter().map(|n| format!("{n:>width$}")).collect();
        text.push_str(&cols.join(" "));
        if let Some(name) = name {
            text.push(' ');
            text.push_str(name);
        }
        text.push('\n');
    }
    text
}
