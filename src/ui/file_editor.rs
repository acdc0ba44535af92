//! The in-page editor that `vim`, `vi`, `nano` and `kubectl edit` open:
//! a textarea with line numbers over the terminal, a status line with
//! vim's or nano's messages, and Save/Cancel buttons for everyone who
//! knows neither. The keys' meaning lives in
//! [`crate::console::file_editor`]; this component only forwards keys
//! and typing and draws the buffer. It takes the focus when it opens;
//! the app gives it back to the prompt when it closes.

use std::rc::Rc;

use web_sys::{HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::words::use_text;
use crate::console::editor::{chars_to_utf16, utf16_to_chars};
use crate::console::file_editor::{EdKey, FileEditor, Flavor, Outcome};
use crate::shell::EditRequest;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub request: Rc<EditRequest>,
    pub nano: bool,
    /// `Some(text)` saves, `None` leaves the file as it was.
    pub on_close: Callback<Option<String>>,
    pub instance: u32,
}

/// A DOM key as the editor knows it (`None`: leave it to the browser).
fn ed_key(e: &KeyboardEvent) -> Option<EdKey> {
    if e.alt_key() || e.meta_key() {
        return None;
    }
    let key = e.key();
    let mut chars = key.chars();
    let single = match (chars.next(), chars.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    };
    Some(match (key.as_str(), single) {
        ("Escape", _) => EdKey::Esc,
        ("Enter", _) => EdKey::Enter,
        ("Backspace", _) => EdKey::Backspace,
        ("ArrowLeft", _) => EdKey::Left,
        ("ArrowRight", _) => EdKey::Right,
        ("ArrowUp", _) => EdKey::Up,
        ("ArrowDown", _) => EdKey::Down,
        (_, Some(c)) if e.ctrl_key() => EdKey::Ctrl(c.to_ascii_lowercase()),
        (_, Some(c)) => EdKey::Char(c),
        _ => return None,
    })
}

#[function_component(FileEditorPanel)]
pub fn file_editor_panel(props: &EditorProps) -> Html {
    let text = use_text();
    let flavor = if props.nano { Flavor::Nano } else { Flavor::Vi };
    let editor = {
        let r = Rc::clone(&props.request);
        use_mut_ref(move || FileEditor::new(flavor, &r.path, &r.content))
    };
    let redraw = use_force_update();
    let area = use_node_ref();
    let gutter = use_node_ref();
    {
        // Focus the buffer once, when the editor opens.
        let area = area.clone();
        use_effect_with((), move |_| {
            if let Some(el) = area.cast::<HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    {
        // Write the buffer and cursor into the textarea after each render.
        let (area, editor) = (area.clone(), editor.clone());
        use_effect(move || {
            let ed = editor.borrow();
            if let Some(el) = area.cast::<HtmlTextAreaElement>() {
                let text = ed.text();
                if el.value() != text {
                    el.set_value(&text);
                }
                let at = chars_to_utf16(&text, ed.cursor()) as u32;
                if el.selection_start().ok().flatten() != Some(at) {
                    let _ = el.set_selection_range(at, at);
                }
            }
        });
    }
    let finish = {
        let on_close = props.on_close.clone();
        move |outcome: Outcome| {
            if let Outcome::Close(saved) = outcome {
                on_close.emit(saved);
            }
        }
    };
    let onkeydown = {
        let (editor, redraw, finish) = (editor.clone(), redraw.clone(), finish.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.is_composing() {
                return;
            }
            let Some(key) = ed_key(&e) else {
                return;
            };
            let outcome = editor.borrow_mut().key(key);
            if outcome != Outcome::Pass {
                e.prevent_default();
            }
            redraw.force_update();
            finish(outcome);
        })
    };
    let oninput = {
        let (editor, redraw) = (editor.clone(), redraw.clone());
        Callback::from(move |e: InputEvent| {
            let el: HtmlTextAreaElement = e.target_unchecked_into();
            let value = el.value();
            let units = el.selection_start().ok().flatten().unwrap_or(0) as usize;
            let cursor = utf16_to_chars(&value, units);
            editor.borrow_mut().typed(&value, cursor);
            redraw.force_update();
        })
    };
    let onscroll = {
        let gutter = gutter.clone();
        Callback::from(move |e: Event| {
            let el: HtmlElement = e.target_unchecked_into();
            if let Some(g) = gutter.cast::<HtmlElement>() {
                g.set_scroll_top(el.scroll_top());
            }
        })
    };
    let button = |label: &'static str, save: bool| {
        let (editor, finish) = (editor.clone(), finish.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            let ed = editor.borrow();
            let outcome = if save { ed.save() } else { ed.cancel() };
            drop(ed);
            finish(outcome);
        });
        html! { <button type="button" class="kp-button" {onclick}>{ label }</button> }
    };

    let ed = editor.borrow();
    let content = ed.text();
    let lines = content.split('\n').count().max(1);
    let numbers: String = (1..=lines).map(|n| format!("{n}\n")).collect();
    let help = match flavor {
        Flavor::Vi => text.editor_help_vim,
        Flavor::Nano => text.editor_help_nano,
    };
    let help_id = format!("kp-editor-help-{}", props.instance);
    html! {
        <section class="kp-editor" aria-label={format!("{}: {}", text.editor, ed.path)}>
            <header class="kp-editor-bar">
                <span class="kp-editor-path">{ ed.path.clone() }</span>
                if ed.modified() { <span class="kp-editor-modified">{ text.editor_modified }</span> }
                <span id={help_id.clone()} class="kp-editor-help">{ help }</span>
            </header>
            <div class="kp-editor-body">
                <pre class="kp-editor-gutter" aria-hidden="true" ref={gutter}>{ numbers }</pre>
                <textarea ref={area} class="kp-editor-text" wrap="off" spellcheck="false"
                    autocapitalize="off" autocomplete="off" aria-label={ed.path.clone()}
                    aria-describedby={help_id} {onkeydown} {oninput} {onscroll} />
            </div>
            <footer class="kp-editor-foot">
                <span class="kp-editor-status" role="status">{ ed.status() }</span>
                { button(text.editor_save, true) }
                { button(text.editor_cancel, false) }
            </footer>
        </section>
    }
}
