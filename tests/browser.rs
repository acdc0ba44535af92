//! Component tests in headless Chromium (`wasm-bindgen-test`): mount the
//! real app into a fresh element, type into the terminal, read the DOM.
//! Native `cargo test` skips this file; `scripts/test.sh` runs it with
//! `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a playground into a new element and waits for its first render.
async fn mount() -> Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    let host = document.create_element("div").expect("div");
    document
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    yew::Renderer::<kubeplay::ui::App>::with_root(host.clone()).render();
    settle().await;
    host
}

/// Yew renders asynchronously; give it a moment.
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

async fn type_line(host: &Element, line: &str) {
    let input: HtmlInputElement = host
        .query_selector(".kp-input")
        .ok()
        .flatten()
        .expect("input")
        .dyn_into()
        .expect("input element");
    input.set_value(line);
    let init = KeyboardEventInit::new();
    init.set_key("Enter");
    init.set_bubbles(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    input.dispatch_event(&event).expect("dispatch");
    settle().await;
}

fn lines(host: &Element) -> Vec<String> {
    let nodes = host.query_selector_all(".kp-line").expect("query");
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|n| n.text_content())
        .collect()
}

#[wasm_bindgen_test]
async fn terminal_shows_a_prompt_ready_to_type() {
    let host = mount().await;
    assert!(
        host.query_selector(".kp-input").ok().flatten().is_some(),
        "no input line"
    );
    assert_eq!(
        host.query_selector(".kp-input-line .kp-prompt")
            .ok()
            .flatten()
            .and_then(|p| p.text_content()),
        Some("$ ".into())
    );
}

#[wasm_bindgen_test]
async fn typed_command_and_its_output_appear() {
    let host = mount().await;
    type_line(&host, "echo hello from wasm").await;
    assert_eq!(
        lines(&host),
        vec!["$ echo hello from wasm", "hello from wasm"]
    );
    let input: HtmlInputElement = host
        .query_selector(".kp-input")
        .ok()
        .flatten()
        .expect("input")
        .dyn_into()
        .expect("input");
    assert_eq!(input.value(), "", "input is cleared after Enter");
}

#[wasm_bindgen_test]
async fn markup_typed_by_the_user_stays_text() {
    let host = mount().await;
    // Quoted, as bash would need it: unquoted `<`/`>` are redirections.
    type_line(&host, "echo '<b id=injected>bold</b>'").await;
    assert!(
        host.query_selector("#injected").ok().flatten().is_none(),
        "user text became markup"
    );
    assert!(lines(&host).contains(&"<b id=injected>bold</b>".to_string()));
}

#[wasm_bindgen_test]
async fn clear_empties_the_scrollback() {
    let host = mount().await;
    type_line(&host, "echo one").await;
    type_line(&host, "clear").await;
    assert!(
        lines(&host).is_empty(),
        "scrollback after clear: {:?}",
        lines(&host)
    );
}
