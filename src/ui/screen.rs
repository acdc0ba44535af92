//! The scrollback on screen: finished lines as text nodes inside a
//! polite live region, so screen readers announce new output without
//! interrupting. Re-renders only when the scrollback itself changed
//! (compared by pointer, not by content: the reducer makes a new one only
//! when something was written).
//!
//! Names of live objects in the output are marked (`kp-ref`): clicking
//! one shows it in the cluster view. Column headers of `kubectl get`
//! tables are marked (`kp-col`) with their explanation, shown on hover
//! and, on click, under the cluster view. Both stay text nodes: the
//! marks are `<span>`s around text, never HTML made from output.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::view::Link;
use super::words::use_text;
use crate::console::scrollback::Line;
use crate::console::{Scrollback, Span, Style};
use crate::i18n::Text;
use crate::scene::columns::Column;
use crate::scene::links::{segments, Names, Segment};

/// A scrollback compared by identity.
#[derive(Clone)]
pub struct ScreenHandle(pub Rc<Scrollback>);

impl PartialEq for ScreenHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The names to mark, compared by identity.
#[derive(Clone, Default)]
pub struct NamesHandle(pub Rc<Names>);

impl PartialEq for NamesHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct ScreenProps {
    pub screen: ScreenHandle,
    pub names: NamesHandle,
    pub on_link: Callback<Link>,
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

/// A span's text with names and column headers marked.
fn marked(text: &str, names: &Names, words: &Text) -> Html {
    segments(text, names)
        .into_iter()
        .map(|seg| match seg {
            Segment::Plain(t) => html! { { t.to_string() } },
            Segment::Name(t) => html! {
                <span class="kp-ref" title={words.link_title}>{ t.to_string() }</span>
            },
            Segment::Header(t, col) => html! {
                <span class="kp-col" data-tip={col.explain(words)} data-col={col.index().to_string()}>
                    { t.to_string() }
                </span>
            },
        })
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

#[derive(Properties)]
struct BlockProps {
    lines: Block,
    names: NamesHandle,
    /// The newest block: it re-renders when the names change, so output
    /// printed just before an object appeared gets linked. Older blocks
    /// keep the names they were drawn with (re-marking 5,000 lines on
    /// every new pod would cost more than it is worth).
    newest: bool,
}

impl PartialEq for BlockProps {
    fn eq(&self, other: &Self) -> bool {
        self.lines == other.lines
            && self.newest == other.newest
            && (!self.newest || self.names == other.names)
    }
}

#[function_component(LineBlock)]
fn line_block(props: &BlockProps) -> Html {
    let words = use_text();
    let names = &props.names.0;
    props
        .lines
        .0
        .iter()
        .map(|line| render_line(line, names, words))
        .collect()
}

fn render_line(line: &Line, names: &Names, words: &Text) -> Html {
    // Most lines are one span of output: one element and its text.
    match line.spans.as_slice() {
        [only] => html! {
            <div key={line.id} class={classes!("kp-line", style_class(only.style))}>
                { marked(&only.text, names, words) }
            </div>
        },
        spans => html! {
            <div key={line.id} class="kp-line">
                { for spans.iter().map(|s| match s.style {
                    // What the learner typed is left as typed.
                    Style::Prompt | Style::Command => html! { <span class={style_class(s.style)}>{ s.text.clone() }</span> },
                    _ => html! { <span class={style_class(s.style)}>{ marked(&s.text, names, words) }</span> },
                }) }
            </div>
        },
    }
}

/// What a click in the scrollback points at: a marked name or header.
fn link_under(e: &MouseEvent) -> Option<Link> {
    let el = e
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(".kp-ref, .kp-col")
        .ok()??;
    let text = el.text_content()?;
    match el.get_attribute("data-col") {
        Some(i) => Some(Link::Column(text, Column::from_index(i.parse().ok()?)?)),
        None => Some(Link::Name(text)),
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
    let count = blocks.len();
    let blocks = blocks.into_iter().enumerate().map(|(i, lines)| {
        // Keyed by block number, so trimming the oldest lines keeps the
        // block (and its DOM) and only removes lines from it.
        let key = lines.first().map_or(0, |l| l.id / BLOCK_LINES);
        html! {
            <LineBlock {key} lines={Block(Rc::new(lines))} names={props.names.clone()} newest={i + 1 == count} />
        }
    });
    let onclick = {
        let on_link = props.on_link.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(link) = link_under(&e) {
                on_link.emit(link);
            }
        })
    };
    let words = use_text();
    html! {
        <div class="kp-scrollback" role="log" aria-live="polite" aria-label={words.terminal_output} {onclick}>
            { for blocks }
        </div>
    }
}
