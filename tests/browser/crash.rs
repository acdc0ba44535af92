//! The panic hook: a real panic in a wasm event handler leaves a message
//! and a Reset button in the page instead of a dead playground, and Reset
//! clears kubeplay's saved state.

use kubeplay::ui::crash;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

use crate::support::{install_crash_hook, settle, storage};

fn host() -> Element {
    install_crash_hook();
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    host.set_attribute("data-kubeplay-root", "").unwrap();
    host.set_text_content(Some("the playground"));
    document.body().unwrap().append_child(&host).unwrap();
    host
}

fn no_reload() {}

#[wasm_bindgen_test]
async fn a_real_panic_shows_the_message_and_a_reset_button() {
    let host = host();
    // A timer callback that panics, as a bug in any frame or event
    // handler would: the abort ends that task only, as in the page.
    gloo::timers::callback::Timeout::new(0, || std::panic::panic_any("synthetic <b>failure</b>"))
        .forget();
    yew::platform::time::sleep(std::time::Duration::from_millis(50)).await;
    settle().await;
    let panel = host
        .query_selector(".kp-crash")
        .unwrap()
        .expect("crash panel shown");
    let detail = panel.query_selector(".kp-crash-detail").unwrap().unwrap();
    let text = detail.text_content().unwrap();
    assert!(text.contains("synthetic <b>failure</b>"), "{text}");
    assert!(
        detail.query_selector("b").unwrap().is_none(),
        "message is text, not markup"
    );
    let button = panel.query_selector(".kp-crash-reset").unwrap().unwrap();
    assert_eq!(button.text_content().unwrap(), "Reset");
    assert!(!host.text_content().unwrap().contains("the playground"));
    host.remove();
}

#[wasm_bindgen_test]
async fn reset_clears_only_kubeplay_keys() {
    let host = host();
    storage()
        .set_item("kubeplay.history.v1.crashtest", "x")
        .unwrap();
    storage()
        .set_item("kubeplay.lessons.v1.crashtest", "y")
        .unwrap();
    storage().set_item("other-app.crashtest", "z").unwrap();
    crash::show("boom", no_reload);
    let button: HtmlElement = host
        .query_selector(".kp-crash-reset")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    button.click();
    settle().await;
    assert_eq!(
        storage().get_item("kubeplay.history.v1.crashtest").unwrap(),
        None
    );
    assert_eq!(
        storage().get_item("kubeplay.lessons.v1.crashtest").unwrap(),
        None
    );
    assert_eq!(
        storage()
            .get_item("other-app.crashtest")
            .unwrap()
            .as_deref(),
        Some("z")
    );
    storage().remove_item("other-app.crashtest").unwrap();
    host.remove();
}
