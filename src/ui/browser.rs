//! The few browser facts and services the playground uses outside
//! rendering: saved history in localStorage, the user's colour-scheme and
//! motion preferences, a performance mark for "prompt ready", and a hook
//! that watches an element's size.
//!
//! Every call tolerates a hostile or limited browser: storage may be
//! disabled, full or hold garbage, media queries may be missing. Failure
//! means a fresh start, never a broken page.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::console::history::History;

/// Where the history is saved when the host element names no key of its own.
pub const HISTORY_KEY_DEFAULT: &str = "kubeplay.history.v1";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved history under `key`, or nothing if absent, unreadable or
/// not in the current format.
pub fn load_history(key: &str) -> Vec<String> {
    storage()
        .and_then(|s| s.get_item(key).ok().flatten())
        .and_then(|text| History::decode(&text))
        .unwrap_or_default()
}

/// Saves the history under `key`; a full or disabled store is ignored
/// (the history still works for this visit).
pub fn save_history(key: &str, history: &History) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, &history.encode());
    }
}

/// True when the media query matches (false when it cannot be asked).
pub fn media_matches(query: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Marks the moment the prompt is ready in the browser's performance
/// timeline (`performance.getEntriesByName("kp-prompt-ready")`), for the
/// end-to-end tests and benchmarks.
pub fn mark_prompt_ready() {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark("kp-prompt-ready");
    }
}

/// Calls `on_resize` with the element behind `node` whenever its size
/// changes (and once when first observed), through a `ResizeObserver`
/// that lives as long as the component. The latest `on_resize` is called,
/// so it may capture state of the current render.
#[hook]
pub fn use_resize(node: &NodeRef, on_resize: Callback<web_sys::Element>) {
    let latest = use_mut_ref(|| on_resize.clone());
    *latest.borrow_mut() = on_resize;
    let node = node.clone();
    use_effect_with((), move |_| {
        let observer = node.cast::<web_sys::Element>().and_then(|el| {
            let target = el.clone();
            let cb = Closure::<dyn FnMut(JsValue)>::new(move |_| {
                let on_resize = latest.borrow().clone();
                on_resize.emit(target.clone());
            });
            let observer = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()).ok()?;
            observer.observe(&el);
            Some((observer, cb))
        });
        move || {
            if let Some((observer, cb)) = observer {
                observer.disconnect();
                drop(cb);
            }
        }
    });
}
