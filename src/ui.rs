//! The browser user interface: Yew components over a
//! [`crate::session::Session`] and the pure terminal logic in
//! [`crate::console`].
//!
//! This is the only module that may use yew, web-sys, gloo or js-sys (the
//! architecture test enforces it). Components get data as props and report
//! user actions through callbacks; the console and the session do all the
//! thinking. `state` holds the one reducer, `driver` the side effects
//! (running commands, the frame loop), `browser` storage and preferences,
//! `observe` the look at the cluster the `view` draws, `crash` the page a
//! panic leaves behind, `file_editor` the
//! editor over the terminal, `words` the language context.

mod app;
mod browser;
pub mod crash;
mod driver;
mod embed_bridge;
mod file_editor;
mod help_texts;
mod language;
mod layout;
mod lesson_catalog;
mod lesson_fetch;
mod lesson_host;
mod lesson_markdown;
mod lesson_panel;
mod lesson_store;
mod observe;
mod offline;
mod screen;
mod session_actions;
mod session_controls;
pub mod session_queue;
mod session_store;
mod state;
mod terminal;
mod toolbar;
mod view;
mod wait_hint;
pub mod words;

use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use crate::embed::params::Params;

pub use app::{App, AppProps};
pub use lesson_panel::{LessonAction, LessonPanel, LessonPanelProps, LessonView};

/// Where lesson files are served, relative to the page (a host element
/// may say otherwise with `data-kubeplay-lessons="https://…/lessons/"`).
pub const LESSONS_BASE_DEFAULT: &str = "lessons/";

/// Numbers playgrounds on the page, so their element ids never clash.
static INSTANCES: AtomicU32 = AtomicU32::new(0);

fn next_instance() -> u32 {
    INSTANCES.fetch_add(1, Ordering::Relaxed)
}

/// Unicode case mapping by the page's JavaScript, so the wasm carries no
/// case tables of its own (see `kubectl::printers::case`).
fn browser_case(text: &str, to_upper: bool) -> String {
    let s = js_sys::JsString::from(text);
    String::from(if to_upper {
        s.to_upper_case()
    } else {
        s.to_lower_case()
    })
}

/// Mounts one playground into every element marked `data-kubeplay-root`
/// (the page has one; an embedding page may have several). A host with an
/// `id` keeps its own command history (`kubeplay.history.v1.<id>`) and
/// lesson progress (`kubeplay.lessons.v1.<id>`) and saved session
/// (`kubeplay.session.v1.<id>`); so does a page whose address has
/// `?id=<id>` (the embed loader gives each frame its own). The address's
/// parameters ([`Params`]) apply to every playground of the page; only the
/// first playground takes the keyboard focus.
pub fn start() {
    crash::install();
    crate::kubectl::printers::case::install(browser_case);
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    offline::register_service_worker();
    let Ok(hosts) = document.query_selector_all("[data-kubeplay-root]") else {
        return;
    };
    let search = document
        .location()
        .and_then(|l| l.search().ok())
        .unwrap_or_default();
    let mut params = Params::parse(&search);
    // Another language's words are a file: the static first paint stays up
    // until it is in (or failed, then English with a notice), so the app
    // never paints in one language and switches to another.
    language::when_ready(language::wanted(params.lang), move |notice| {
        params.notices.extend(notice);
        mount(&hosts, Rc::new(params));
    });
}

/// Mounts one playground into each of `hosts`.
fn mount(hosts: &web_sys::NodeList, params: Rc<Params>) {
    for i in 0..hosts.length() {
        let Some(host) = hosts
            .item(i)
            .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
        else {
            continue;
        };
        let id = match host.id() {
            id if id.is_empty() => params.id.clone().unwrap_or_default(),
            id => id,
        };
        let key = |default: &str| match id.as_str() {
            "" => default.to_string(),
            id => format!("{default}.{id}"),
        };
        let early_input = take_boot_frame(&host);
        let props = AppProps {
            history_key: key(browser::HISTORY_KEY_DEFAULT).into(),
            progress_key: key(lesson_store::PROGRESS_KEY_DEFAULT).into(),
            session_key: key(session_store::SESSION_KEY_DEFAULT).into(),
            layout_key: key(layout::LAYOUT_KEY_DEFAULT).into(),
            lessons_base: host
                .get_attribute("data-kubeplay-lessons")
                .unwrap_or_else(|| LESSONS_BASE_DEFAULT.to_string())
                .into(),
            // Embedded, the playground waits for a click: taking the focus
            // would scroll the documentation page to the frame.
            autofocus: i == 0 && !params.embed,
            params: Rc::clone(&params),
            early_input: early_input.into(),
        };
        yew::Renderer::<App>::with_root_and_props(host, props).render();
    }
}

/// Takes away the static frame index.html paints before the wasm starts
/// (`.kp-boot`) and returns what was typed at its prompt meanwhile, so the
/// terminal gets those keys instead of losing them. The app renders in
/// the same task, so nothing blank is painted in between.
fn take_boot_frame(host: &web_sys::Element) -> String {
    let Ok(Some(frame)) = host.query_selector(".kp-boot") else {
        return String::new();
    };
    let typed = frame
        .query_selector(".kp-boot-input")
        .ok()
        .flatten()
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlTextAreaElement>(e).ok())
        .map(|t| t.value())
        .unwrap_or_default();
    frame.remove();
    typed
}
