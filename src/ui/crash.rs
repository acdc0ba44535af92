//! The page that replaces a playground when the WebAssembly code panics.
//!
//! Release builds use `panic = "abort"`: after a panic the module cannot
//! be trusted to run on, and without a hook the learner is left with a
//! frozen terminal. The hook installed by [`install`] runs before the
//! abort and writes a plain message and a Reset button into every
//! playground host on the page. It uses only direct DOM calls (never
//! Yew, whose state may be what broke) and puts the panic text in with
//! `textContent`, so nothing in a message can become markup.
//!
//! Reset removes every `kubeplay.`-prefixed localStorage key (history,
//! lesson progress, language) — saved state is the likeliest thing to
//! crash the page again on reload — and then reloads.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

/// The prefix every localStorage key of kubeplay starts with.
pub const STORAGE_PREFIX: &str = "kubeplay.";

/// The longest panic text shown, in characters; the rest is cut.
pub const CRASH_MESSAGE_CHARS_MAX: usize = 600;

/// Makes a panic show [`show`]'s page instead of leaving a dead one, then
/// runs the hook that was there before (a test runner's, say).
///
/// Install it once, before anything can panic: after a panic under
/// `panic = "abort"` Rust counts the thread as panicking for good, and
/// `std::panic::set_hook` then refuses to run. It goes through Yew's
/// `set_custom_panic_hook`, because Yew's renderer otherwise replaces any
/// hook with its own console logger when the first app mounts.
pub fn install() {
    let previous = std::panic::take_hook();
    yew::set_custom_panic_hook(Box::new(move |info| {
        show(&info.to_string(), reload);
        previous(info);
    }));
}

/// Replaces every playground host (`[data-kubeplay-root]`) with the crash
/// message; its Reset button clears kubeplay's saved state and then calls
/// `after_reset` (the real page reloads).
pub fn show(message: &str, after_reset: fn()) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let mut hosts = Vec::new();
    if let Ok(list) = document.query_selector_all("[data-kubeplay-root]") {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                hosts.push(el);
            }
        }
    }
    for host in &hosts {
        render(&document, host, message, after_reset);
    }
}

fn render(document: &Document, host: &Element, message: &str, after_reset: fn()) -> Option<()> {
    let panel = document.create_element("div").ok()?;
    panel.set_class_name("kp-crash");
    panel.set_attribute("role", "alert").ok()?;
    let title = document.create_element("p").ok()?;
    title.set_class_name("kp-crash-title");
    title.set_text_content(Some(
        "kubeplay stopped because of an internal error. Reset clears what this \
         playground saved in your browser (history, lesson progress) and starts afresh.",
    ));
    let detail = document.create_element("pre").ok()?;
    detail.set_class_name("kp-crash-detail");
    let shown: String = message.chars().take(CRASH_MESSAGE_CHARS_MAX).collect();
    detail.set_text_content(Some(&shown));
    let button = document
        .create_element("button")
        .ok()?
        .dyn_into::<HtmlElement>()
        .ok()?;
    button.set_class_name("kp-crash-reset");
    button.set_attribute("type", "button").ok()?;
    button.set_text_content(Some("Reset"));
    let on_click = Closure::<dyn FnMut()>::new(move || {
        clear_saved_state();
        after_reset();
    });
    button.set_onclick(Some(on_click.as_ref().unchecked_ref()));
    // The page lives until reload; the handler must live as long.
    on_click.forget();
    panel.append_child(&title).ok()?;
    panel.append_child(&detail).ok()?;
    panel.append_child(&button).ok()?;
    host.set_text_content(None);
    host.append_child(&panel).ok()?;
    Some(())
}

/// Removes every localStorage key starting with [`STORAGE_PREFIX`].
pub fn clear_saved_state() {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return;
    };
    let count = storage.length().unwrap_or(0);
    // Collect first: removing while walking the indices would skip keys.
    let keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(STORAGE_PREFIX))
        .collect();
    for key in keys {
        let _ = storage.remove_item(&key);
    }
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
