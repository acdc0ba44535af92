//! The scrollback on screen: finished lines as text nodes inside a
//! polite live region, so screen readers announce new output without
//! interrupting. Re-renders only when the scrollback itself changed
//! (compared by pointer, not by content: the reducer makes a new one only
//! when something was written).

use std::rc::Rc;

use yew::prelude::*;

use crate::console::scrollback::Line;
use crate::console::{Scrollback, Span, Style};

/// A scrollback compared by identity.
#[derive(Clone)]
pub struct ScreenHandle(pub Rc<Scrollback>);

impl PartialEq for ScreenHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct ScreenProps {
    pub screen: ScreenHandle,
}

/// The CSS class of a span style.
pub fn style_class(style: Style) -> &'static str {
    match style {
        Style::Out => "kp-out",
        Style::Err => "kp-err",
        Style::Prompt => "kp-prompt",
        Style::Command => "kp-cmd",
        Style::Note => "kp-note",
    }
}

/// Spans as text nodes in styled `<span>`s.
pub fn render_spans(spans: &[Span]) -> Html {
    spans
        .iter()
        .map(|s| html! { <span class={style_class(s.style)}>{ s.text.clone() }</span> })
        .collect()
}

/// Lines per memoised block. A full scrollback (5,000 lines) is then
/// about 80 blocks, and new output re-renders only the blocks it touched,
/// instead of diffing every line on every write.
const BLOCK_LINES: u64 = 64;

/// A run of finished lines. Lines never change once finished and their
/// ids are never reused, so two blocks with the same first id, last id
/// and length hold the same lines.
#[derive(Clone)]
struct Block(Rc<Vec<Rc<Line>>>);

impl PartialEq for Block {
    fn eq(&self, other: &Self) -> bool {
        let ends = |b: &Block| {
            (
                b.0.len(),
                b.0.first().map(|l| l.id),
                b.0.last().map(|l| l.id),
            )
        };
        ends(self) == ends(other)
    }
}

#[derive(Properties, PartialEq)]
struct BlockProps {
    lines: Block,
}

#[function_component(LineBlock)]
fn line_block(props: &BlockProps) -> Html {
    props.lines.0.iter().map(|line| render_line(line)).collect()
}

fn render_line(line: &Line) -> Html {
    // Most lines are one span of output: one element and one text node.
    match line.spans.as_slice() {
        [only] => html! {
            <div key={line.id} class={classes!("kp-line", style_class(only.style))}>{ only.text.clone() }</div>
        },
        spans => html! { <div key={line.id} class="kp-line">{ render_spans(spans) }</div> },
    }
}

#[function_component(Screen)]
pub fn screen(props: &ScreenProps) -> Html {
    let mut blocks: Vec<Vec<Rc<Line>>> = Vec::new();
    for line in props.screen.0.lines() {
        match blocks.last_mut() {
            Some(block)
                if block
                    .first()
                    .is_some_and(|f| f.id / BLOCK_LINES == line.id / BLOCK_LINES) =>
            {
                block.push(Rc::clone(line))
            }
            _ => blocks.push(vec![Rc::clone(line)]),
        }
    }
    let blocks = blocks.into_iter().map(|lines| {
        // Keyed by block number, so trimming the oldest lines keeps the
        // block (and its DOM) and only removes lines from it.
        let key = lines.first().map_or(0, |l| l.id / BLOCK_LINES);
        html! { <LineBlock {key} lines={Block(Rc::new(lines))} /> }
    });
    html! {
        <div class="kp-scrollback" role="log" aria-live="polite" aria-label="Terminal output">
            { for blocks }
        </div>
    }
}
