//! The scrollback on screen: finished lines as text nodes inside a
//! polite live region, so screen readers announce new output without
//! interrupting. Re-renders only when the scrollback itself changed
//! (compared by pointer, not by content: the reducer makes a new one only
//! when something was written).

use std::rc::Rc;

use yew::prelude::*;

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

#[function_component(Screen)]
pub fn screen(props: &ScreenProps) -> Html {
    let lines = props.screen.0.lines().map(|line| {
        // Most lines are one span of output: one element and one text node.
        match line.spans.as_slice() {
            [only] => html! {
                <div key={line.id} class={classes!("kp-line", style_class(only.style))}>{ only.text.clone() }</div>
            },
            spans => html! { <div key={line.id} class="kp-line">{ render_spans(spans) }</div> },
        }
    });
    html! {
        <div class="kp-scrollback" role="log" aria-live="polite" aria-label="Terminal output">
            { for lines }
        </div>
    }
}
