//! The browser user interface: Yew components over a [`crate::session::Session`].
//!
//! This is the only module that may use yew, web-sys, gloo or js-sys (the
//! architecture test enforces it). Components get data as props and report
//! user actions through callbacks; the session does all the thinking.

mod app;
mod terminal;

pub use app::App;
pub use terminal::{Line, LineKind, Terminal};

/// Mounts one playground into every element marked `data-kubeplay-root`
/// (the page has one; an embedding page may have several).
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(hosts) = document.query_selector_all("[data-kubeplay-root]") else {
        return;
    };
    for i in 0..hosts.length() {
        if let Some(host) = hosts
            .item(i)
            .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
        {
            yew::Renderer::<App>::with_root(host).render();
        }
    }
}
