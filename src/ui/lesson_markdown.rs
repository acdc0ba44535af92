//! Lesson prose (the `lesson::markdown` tree) as Yew elements. Every piece
//! of text becomes a text node — never parsed HTML — so a lesson cannot
//! inject markup or scripts. ` ```sh ` blocks get a Run button that sends
//! their commands to the terminal, as if pasted there.

use yew::prelude::*;

use crate::i18n::Text;
use crate::lesson::markdown::{Block, Inline};

/// Blocks as elements; `on_run` receives the text of a clicked sh block.
pub fn blocks(blocks: &[Block], t: &'static Text, on_run: &Callback<String>) -> Html {
    blocks.iter().map(|b| block(b, t, on_run)).collect()
}

fn block(b: &Block, t: &'static Text, on_run: &Callback<String>) -> Html {
    match b {
        Block::Para(inl) => html! { <p>{ inlines(inl) }</p> },
        Block::Heading(_, inl) => html! { <h4 class="kp-lesson-subhead">{ inlines(inl) }</h4> },
        Block::List {
            ordered: true,
            items,
        } => {
            html! { <ol>{ for items.iter().map(|i| html! { <li>{ inlines(i) }</li> }) }</ol> }
        }
        Block::List {
            ordered: false,
            items,
        } => {
            html! { <ul>{ for items.iter().map(|i| html! { <li>{ inlines(i) }</li> }) }</ul> }
        }
        Block::Code { text, .. } if b.is_runnable() => runnable(text, t, on_run),
        Block::Code { text, .. } => {
            html! { <pre class="kp-lesson-pre"><code>{ whole_tokens(text) }</code></pre> }
        }
    }
}

/// A shell block: its commands and a Run button.
pub fn runnable(text: &str, t: &'static Text, on_run: &Callback<String>) -> Html {
    let onclick = {
        let (on_run, text) = (on_run.clone(), text.to_string());
        Callback::from(move |_: MouseEvent| on_run.emit(text.clone()))
    };
    html! {
        <div class="kp-lesson-code">
            <pre class="kp-lesson-pre"><code>{ whole_tokens(text) }</code></pre>
            <button type="button" class="kp-button kp-lesson-run" title={t.run_title} {onclick}>
                { "▶ " }{ t.run }
            </button>
        </div>
    }
}

/// Code text with every run of non-blank characters in a `kp-tok` span
/// that never breaks (CSS), so a narrow panel wraps a command only between
/// words: `--image=gcr.io/google-samples/…` stays whole instead of breaking
/// at `-` or `/`, and a learner copying by hand never types a stray space.
/// Blanks and newlines stay plain text nodes (the `pre` keeps them).
fn whole_tokens(text: &str) -> Html {
    let mut parts = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let blank = rest.starts_with([' ', '\n', '\t']);
        let end = rest
            .find(|c: char| (c == ' ' || c == '\n' || c == '\t') != blank)
            .unwrap_or(rest.len());
        let (run, tail) = rest.split_at(end);
        parts.push(if blank {
            html! { { run.to_string() } }
        } else {
            html! { <span class="kp-tok">{ run.to_string() }</span> }
        });
        rest = tail;
    }
    parts.into_iter().collect()
}

/// Inline runs as elements (text nodes, `code`, `strong`, `em`, links).
pub fn inlines(inl: &[Inline]) -> Html {
    inl.iter().map(inline).collect()
}

fn inline(i: &Inline) -> Html {
    match i {
        Inline::Text(t) => html! { { t.clone() } },
        Inline::Code(c) => html! { <code>{ c.clone() }</code> },
        Inline::Strong(x) => html! { <strong>{ inlines(x) }</strong> },
        Inline::Emph(x) => html! { <em>{ inlines(x) }</em> },
        Inline::Link { href, text } => html! {
            <a href={href.clone()} target="_blank" rel="noopener noreferrer">{ inlines(text) }</a>
        },
    }
}
