//! The terminal: scrollback, typed-ahead lines, and the prompt with its
//! input, plus the on-screen key row for phones.
//!
//! The input is a real `<textarea>` so that phone keyboards, IME
//! composition, autocorrect, selection and the clipboard all work as the
//! browser does them. Plain typing is left to the browser and reported
//! back (`on_typed`); keys with a readline meaning go to `on_key`, which
//! says whether the console took them (then the browser's default is
//! prevented). The console's text and cursor are written back into the
//! textarea after each render. Nothing here decides anything.

use web_sys::{HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::screen::{render_spans, NamesHandle, Screen, ScreenHandle};
use super::view::Link;
use super::words::use_text;
use crate::console::editor::{chars_to_utf16, INPUT_CHARS_MAX};
use crate::console::keys::{self, Key, Modifiers};
use crate::console::Echo;
use crate::i18n::Text;

/// A key for the console, with what it needs to know about the page.
#[derive(Clone, Copy, Debug)]
pub struct KeyPress {
    pub key: Key,
    /// Text is selected in the input (Ctrl-C then copies).
    pub selection: bool,
    /// The terminal's width in characters.
    pub columns: usize,
}

#[derive(Properties, PartialEq)]
pub struct TerminalProps {
    pub screen: ScreenHandle,
    /// The prompt (`$ `, `> `, the search prompt); hidden while busy.
    pub prompt: AttrValue,
    pub text: AttrValue,
    /// Cursor in chars.
    pub cursor: usize,
    pub busy: bool,
    pub typeahead: Vec<Echo>,
    /// Unique per playground on the page, for element ids.
    pub instance: u32,
    /// Returns true when the console took the key.
    pub on_key: Callback<KeyPress, bool>,
    /// The input's text and cursor (UTF-16) after the browser edited it.
    pub on_typed: Callback<(String, usize)>,
    pub on_paste: Callback<String>,
    /// Live object names to mark in the output.
    pub names: NamesHandle,
    /// A marked name or column header was clicked.
    pub on_link: Callback<Link>,
    /// Drawn under the prompt (the wait hint).
    #[prop_or_default]
    pub children: Html,
}

/// Buttons of the phone key row: label, accessible name, key.
fn key_row_buttons(t: &Text) -> [(&'static str, &'static str, Key); 4] {
    [
        ("Tab", t.key_tab, Key::Tab),
        ("↑", t.key_previous, Key::Up),
        ("↓", t.key_next, Key::Down),
        ("Ctrl-C", t.key_interrupt, Key::Interrupt),
    ]
}

#[function_component(Terminal)]
pub fn terminal(props: &TerminalProps) -> Html {
    let text = use_text();
    let input = use_node_ref();
    let scroller = use_node_ref();
    let measure = use_node_ref();

    use_sync_input(&input, &props.text, props.cursor);
    {
        // Keep the newest output and the prompt in view.
        let scroller = scroller.clone();
        let deps = (
            props.screen.clone(),
            props.text.clone(),
            props.typeahead.len(),
            props.children.clone(),
        );
        use_effect_with(deps, move |_| {
            if let Some(el) = scroller.cast::<HtmlElement>() {
                el.set_scroll_top(el.scroll_height());
            }
        });
    }

    let columns = {
        let (scroller, measure) = (scroller.clone(), measure.clone());
        move || columns(&scroller, &measure)
    };
    let onkeydown = {
        let (on_key, columns) = (props.on_key.clone(), columns.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.is_composing() {
                return;
            }
            let m = Modifiers {
                ctrl: e.ctrl_key(),
                alt: e.alt_key(),
                meta: e.meta_key(),
                shift: e.shift_key(),
            };
            let Some(key) = keys::from_dom(&e.key(), &e.code(), m) else {
                return;
            };
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let selection =
                area.selection_start().ok().flatten() != area.selection_end().ok().flatten();
            let press = KeyPress {
                key,
                selection,
                columns: columns(),
            };
            if on_key.emit(press) {
                e.prevent_default();
            }
        })
    };
    let oninput = {
        let on_typed = props.on_typed.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let cursor = area.selection_start().ok().flatten().unwrap_or(0);
            on_typed.emit((area.value(), cursor as usize));
        })
    };
    let onpaste = {
        let on_paste = props.on_paste.clone();
        Callback::from(move |e: Event| {
            let text = wasm_bindgen::JsCast::dyn_ref::<web_sys::ClipboardEvent>(&e)
                .and_then(|c| c.clipboard_data())
                .and_then(|d| d.get_data("text/plain").ok());
            if let Some(text) = text {
                e.prevent_default();
                on_paste.emit(text);
            }
        })
    };
    let onclick = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            // Clicking the terminal focuses the prompt, unless the user
            // is selecting text to copy.
            let selecting = web_sys::window()
                .and_then(|w| w.get_selection().ok().flatten())
                .is_some_and(|s| !s.is_collapsed());
            if !selecting {
                focus(&input);
            }
        })
    };

    let help_id = format!("kp-help-{}", props.instance);
    let prompt = if props.busy {
        AttrValue::default()
    } else {
        props.prompt.clone()
    };
    let rows = (props.text.matches('\n').count() + 1).to_string();
    html! {
        <>
        <section class="kp-terminal" aria-label={text.terminal} aria-busy={props.busy.to_string()} ref={scroller} {onclick}>
            <Screen screen={props.screen.clone()} names={props.names.clone()} on_link={props.on_link.clone()} />
            // Lists whose length changes sit inside a fixed element: Yew
            // matches unkeyed siblings from the end, so a list growing in
            // place would make it rebuild the scrollback (and the textarea,
            // losing focus) instead of adding one line.
            <div class="kp-typeahead">
                { for props.typeahead.iter().map(|e| html! {
                    <div class="kp-line">{ format!("{}{}", e.prompt, e.text) }</div>
                }) }
            </div>
            <div class="kp-input-line">
                <span class="kp-open">{ render_spans(props.screen.0.open()) }</span>
                <span class="kp-prompt" aria-hidden="true">{ prompt }</span>
                <textarea
                    ref={input.clone()}
                    id={input_id(props.instance)}
                    class="kp-input"
                    rows={rows}
                    aria-label={text.command_line}
                    aria-describedby={help_id.clone()}
                    autocomplete="off"
                    autocapitalize="off"
                    autocorrect="off"
                    spellcheck="false"
                    enterkeyhint="send"
                    maxlength={INPUT_CHARS_MAX.to_string()}
                    {onkeydown}
                    {oninput}
                    {onpaste}
                />
            </div>
            { props.children.clone() }
            <span class="kp-measure" aria-hidden="true" ref={measure}>{ "0000000000" }</span>
            <p id={help_id} class="kp-visually-hidden">{ text.terminal_help }</p>
        </section>
        { key_row(text, &props.on_key, &input, columns) }
        </>
    }
}

/// The on-screen keys for phones (CSS shows them on narrow or touch
/// screens). Pressing one must not take focus from the input, or the
/// phone keyboard would close.
fn key_row(
    text: &Text,
    on_key: &Callback<KeyPress, bool>,
    input: &NodeRef,
    columns: impl Fn() -> usize + Clone + 'static,
) -> Html {
    let buttons = key_row_buttons(text).into_iter().map(|(label, name, key)| {
        let (on_key, input, columns) = (on_key.clone(), input.clone(), columns.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            on_key.emit(KeyPress {
                key,
                selection: false,
                columns: columns(),
            });
            focus(&input);
        });
        let keep_focus = Callback::from(|e: PointerEvent| e.prevent_default());
        html! {
            <button type="button" class="kp-key" aria-label={name} onpointerdown={keep_focus} {onclick}>{ label }</button>
        }
    });
    html! { <div class="kp-keyrow" role="group" aria-label={text.terminal_keys}>{ for buttons }</div> }
}

/// Writes the console's text and cursor into the textarea after each
/// render, touching it only when it differs (so typing and IME
/// composition are not disturbed).
#[hook]
fn use_sync_input(input: &NodeRef, text: &AttrValue, cursor: usize) {
    let input = input.clone();
    use_effect_with((text.clone(), cursor), move |(text, cursor)| {
        let Some(area) = input.cast::<HtmlTextAreaElement>() else {
            return;
        };
        if area.value() != text.as_str() {
            area.set_value(text);
        }
        let at = chars_to_utf16(text, *cursor) as u32;
        let now = (
            area.selection_start().ok().flatten(),
            area.selection_end().ok().flatten(),
        );
        if now != (Some(at), Some(at)) && is_focused(&area) {
            let _ = area.set_selection_range(at, at);
        }
    });
}

/// The element id of a playground's prompt.
pub fn input_id(instance: u32) -> String {
    format!("kp-input-{instance}")
}

fn is_focused(el: &HtmlTextAreaElement) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_some_and(|a| a == ***el)
}

fn focus(input: &NodeRef) {
    if let Some(el) = input.cast::<HtmlElement>() {
        let _ = el.focus();
    }
}

/// Terminal width in characters: the scrollback's width over the width
/// of one character (measured on a run of ten).
fn columns(scroller: &NodeRef, measure: &NodeRef) -> usize {
    const COLUMNS_MIN: usize = 20;
    let width = scroller
        .cast::<HtmlElement>()
        .map_or(0, |e| e.client_width()) as f64;
    let ten = measure
        .cast::<HtmlElement>()
        .map_or(0.0, |e| e.get_bounding_client_rect().width());
    if width <= 0.0 || ten <= 0.0 {
        return 80;
    }
    ((width / (ten / 10.0)).floor() as usize).max(COLUMNS_MIN)
}
