//! The terminal: scrollback above, a prompt with an input line below.
//! Text is always rendered as text nodes, never as HTML, so nothing a user
//! types can become markup.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What produced a line of the scrollback; it decides the line's colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// A line the user ran, shown after the prompt.
    Command,
    /// Standard output.
    Out,
    /// Standard error.
    Err,
}

/// One line of the scrollback.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub kind: LineKind,
    pub text: String,
}

#[derive(Properties, PartialEq)]
pub struct TerminalProps {
    pub lines: Vec<Line>,
    /// Called with the input line when the user presses Enter.
    pub on_submit: Callback<String>,
}

/// The prompt shown before every command.
pub const PROMPT: &str = "$ ";

#[function_component(Terminal)]
pub fn terminal(props: &TerminalProps) -> Html {
    let input_ref = use_node_ref();

    // Keep the newest output and the prompt in view after every change.
    {
        let input_ref = input_ref.clone();
        use_effect_with(props.lines.len(), move |_| {
            if let Some(input) = input_ref.cast::<HtmlInputElement>() {
                input.scroll_into_view_with_bool(false);
            }
        });
    }

    let onkeydown = {
        let on_submit = props.on_submit.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                let input: HtmlInputElement = e.target_unchecked_into();
                let line = input.value();
                input.set_value("");
                on_submit.emit(line);
            }
        })
    };
    let focus_input = {
        let input_ref = input_ref.clone();
        Callback::from(move |_: MouseEvent| {
            // Clicking anywhere in the terminal focuses the prompt, unless the
            // user is selecting text to copy.
            let selecting = web_sys::window()
                .and_then(|w| w.get_selection().ok().flatten())
                .map(|s| !s.is_collapsed())
                .unwrap_or(false);
            if !selecting {
                if let Some(input) = input_ref.cast::<HtmlInputElement>() {
                    let _ = input.focus();
                }
            }
        })
    };

    html! {
        <section class="kp-terminal" aria-label="Terminal" onclick={focus_input}>
            <div class="kp-scrollback" role="log" aria-live="polite">
                { for props.lines.iter().map(render_line) }
            </div>
            <div class="kp-input-line">
                <span class="kp-prompt" aria-hidden="true">{ PROMPT }</span>
                <input
                    ref={input_ref}
                    class="kp-input"
                    type="text"
                    aria-label="Command"
                    autocomplete="off"
                    autocapitalize="off"
                    spellcheck="false"
                    autofocus=true
                    {onkeydown}
                />
            </div>
        </section>
    }
}

fn render_line(line: &Line) -> Html {
    match line.kind {
        LineKind::Command => html! {
            <div class="kp-line kp-cmd"><span class="kp-prompt">{ PROMPT }</span>{ line.text.clone() }</div>
        },
        LineKind::Out => html! { <div class="kp-line kp-out">{ line.text.clone() }</div> },
        LineKind::Err => html! { <div class="kp-line kp-err">{ line.text.clone() }</div> },
    }
}
