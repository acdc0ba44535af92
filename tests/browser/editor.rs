//! Component tests of the in-page editor: vi keys, nano keys, the
//! Save/Cancel buttons, `kubectl edit` applying on save, and the focus
//! going back to the prompt.

use super::support::{fresh_key, mount, settle, Pg};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlTextAreaElement, InputEvent, InputEventInit};

const MANIFEST: &str = "printf 'spec:\\n  replicas: 1\\n' > hello.yaml";

fn buffer(pg: &Pg) -> HtmlTextAreaElement {
    pg.find(".kp-editor-text")
        .expect("the editor is open")
        .dyn_into()
        .unwrap()
}

async fn keys(pg: &Pg, keys: &[&str]) {
    let area = buffer(pg);
    for k in keys {
        pg.press_on(&area, k, false).await;
    }
}

/// Replaces the buffer's text the way the browser does when typing.
async fn retype(pg: &Pg, text: &str) {
    let area = buffer(pg);
    area.set_value(text);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    let event = InputEvent::new_with_event_init_dict("input", &init).unwrap();
    area.dispatch_event(&event).unwrap();
    settle().await;
}

fn prompt_has_focus() -> bool {
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .is_some_and(|e| {
            e.get_attribute("class")
                .unwrap_or_default()
                .contains("kp-input")
        })
}

#[wasm_bindgen_test]
async fn vim_keys_change_a_file_and_wq_saves_it() {
    let pg = mount(&fresh_key("editor-vim")).await;
    pg.run(MANIFEST).await;
    pg.run("vim hello.yaml").await;
    assert_eq!(buffer(&pg).value(), "spec:\n  replicas: 1\n");
    assert_eq!(
        pg.find(".kp-editor-gutter")
            .unwrap()
            .text_content()
            .unwrap(),
        "1\n2\n3\n"
    );
    keys(&pg, &["j", "$", "x", "a"]).await;
    assert_eq!(
        pg.find(".kp-editor-status")
            .unwrap()
            .text_content()
            .unwrap(),
        "-- INSERT --"
    );
    assert!(
        !pg.press_on(&buffer(&pg), "3", false).await,
        "insert mode types through the browser"
    );
    retype(&pg, "spec:\n  replicas: 3\n").await;
    keys(&pg, &["Escape", ":", "q", "Enter"]).await;
    assert_eq!(
        pg.find(".kp-editor-status")
            .unwrap()
            .text_content()
            .unwrap(),
        "E37: No write since last change (add ! to override)"
    );
    keys(&pg, &[":", "w", "q", "Enter"]).await;
    assert!(pg.find(".kp-editor").is_none(), "the editor closed");
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .map(|e| e.outer_html());
    assert!(
        prompt_has_focus(),
        "the prompt has the focus again, not {active:?}"
    );
    pg.run("cat hello.yaml").await;
    assert_eq!(pg.lines().last().unwrap(), "  replicas: 3");
}

#[wasm_bindgen_test]
async fn dd_deletes_a_line_and_q_bang_discards() {
    let pg = mount(&fresh_key("editor-discard")).await;
    pg.run(MANIFEST).await;
    pg.run("vi hello.yaml").await;
    keys(&pg, &["j", "d", "d"]).await;
    assert_eq!(buffer(&pg).value(), "spec:\n");
    keys(&pg, &[":", "q", "!", "Enter"]).await;
    assert!(pg.find(".kp-editor").is_none());
    pg.run("cat hello.yaml").await;
    assert_eq!(pg.lines().last().unwrap(), "  replicas: 1");
}

#[wasm_bindgen_test]
async fn nano_writes_with_ctrl_o_and_exits_with_ctrl_x() {
    let pg = mount(&fresh_key("editor-nano")).await;
    pg.run("nano notes.txt").await;
    assert_eq!(buffer(&pg).value(), "", "a new file starts empty");
    retype(&pg, "hello\n").await;
    assert!(pg.press_on(&buffer(&pg), "o", true).await);
    assert_eq!(
        pg.find(".kp-editor-status")
            .unwrap()
            .text_content()
            .unwrap(),
        "[ Wrote 1 lines ]"
    );
    pg.press_on(&buffer(&pg), "x", true).await;
    assert!(pg.find(".kp-editor").is_none());
    pg.run("cat notes.txt").await;
    assert_eq!(pg.lines().last().unwrap(), "hello");
}

async fn click_button(pg: &Pg, label: &str) {
    let b = pg
        .all(".kp-editor button")
        .into_iter()
        .find(|b| b.text_content().as_deref() == Some(label))
        .unwrap();
    b.dyn_into::<web_sys::HtmlElement>().unwrap().click();
    settle().await;
}

#[wasm_bindgen_test]
async fn kubectl_edit_applies_on_save_and_reports_a_cancel() {
    let pg = mount(&fresh_key("editor-kubectl")).await;
    pg.run("kubectl create deployment web --image=nginx").await;
    pg.run("kubectl edit deployment/web").await;
    let yaml = buffer(&pg).value();
    assert!(yaml.contains("replicas: 1"), "{yaml}");
    click_button(&pg, "Cancel").await;
    assert_eq!(
        pg.lines().last().unwrap(),
        "Edit cancelled, no changes made."
    );
    pg.run("kubectl edit deployment/web").await;
    let yaml = buffer(&pg)
        .value()
        .replacen("replicas: 1", "replicas: 3", 1);
    retype(&pg, &yaml).await;
    click_button(&pg, "Save").await;
    assert_eq!(pg.lines().last().unwrap(), "deployment.apps/web edited");
    assert!(prompt_has_focus());
    pg.run("echo $(kubectl get deployment web -o jsonpath='{.spec.replicas}')")
        .await;
    assert_eq!(pg.lines().last().unwrap(), "3");
}
