//! Helpers for the component tests: mount a playground, type and press
//! keys the way a browser delivers them, read what the terminal shows.

use std::time::Duration;

use kubeplay::ui::{App, AppProps};
use wasm_bindgen::JsCast;
use web_sys::{
    ClipboardEvent, ClipboardEventInit, DataTransfer, Element, HtmlTextAreaElement, InputEvent,
    InputEventInit, KeyboardEvent, KeyboardEventInit,
};

/// A mounted playground.
pub struct Pg {
    pub host: Element,
}

/// A history key no other test uses, so tests do not share storage.
pub fn fresh_key(name: &str) -> String {
    let key = format!("kubeplay.test.{name}");
    storage().remove_item(&key).unwrap();
    key
}

pub fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Installs the page's panic hook once per test run, as `ui::start` does
/// before anything can panic: after any panic (a failing test's too) the
/// thread counts as panicking and a hook can no longer be set. The hook
/// draws only into `data-kubeplay-root` hosts and then runs the test
/// runner's own hook, so failures still report as usual.
pub fn install_crash_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(kubeplay::ui::crash::install);
}

/// Mounts a playground with its own history key and waits for it.
pub async fn mount(history_key: &str) -> Pg {
    mount_with(history_key, Default::default()).await
}

/// [`mount`], as if the page's address had asked for `params`.
pub async fn mount_with(history_key: &str, params: kubeplay::embed::params::Params) -> Pg {
    install_crash_hook();
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let progress_key = format!("{history_key}.lessons");
    storage().remove_item(&progress_key).unwrap();
    // Each mount starts without a saved session (none restored from the last).
    let session_key = format!("{history_key}.session");
    storage().remove_item(&session_key).unwrap();
    let props = AppProps {
        history_key: history_key.to_string().into(),
        progress_key: progress_key.into(),
        session_key: session_key.into(),
        lessons_base: "lessons/".into(),
        autofocus: false,
        params: std::rc::Rc::new(params),
        layout_key: format!("{history_key}.layout").into(),
        early_input: Default::default(),
    };
    yew::Renderer::<App>::with_root_and_props(host.clone(), props).render();
    settle().await;
    let pg = Pg { host };
    pg.input().focus().unwrap();
    pg
}

/// Waits until Yew has finished rendering and running effects (which may
/// dispatch and render again), however loaded the machine is.
pub async fn settle() {
    for _ in 0..3 {
        yew::scheduler::flush().await;
        yew::platform::time::sleep(Duration::from_millis(1)).await;
    }
}

impl Pg {
    pub fn input(&self) -> HtmlTextAreaElement {
        self.host
            .query_selector(".kp-input")
            .unwrap()
            .unwrap()
            .dyn_into()
            .unwrap()
    }

    /// The input's text with `|` at the cursor.
    pub fn value(&self) -> String {
        let input = self.input();
        let value = input.value();
        let at = input.selection_start().unwrap().unwrap_or(0) as usize;
        let units: Vec<u16> = value.encode_utf16().collect();
        format!(
            "{}|{}",
            String::from_utf16_lossy(&units[..at.min(units.len())]),
            String::from_utf16_lossy(&units[at.min(units.len())..])
        )
    }

    /// The prompt shown before the input.
    pub fn prompt(&self) -> String {
        self.host
            .query_selector(".kp-input-line .kp-prompt")
            .unwrap()
            .and_then(|p| p.text_content())
            .unwrap_or_default()
    }

    /// Finished scrollback lines.
    pub fn lines(&self) -> Vec<String> {
        let nodes = self
            .host
            .query_selector_all(".kp-scrollback .kp-line")
            .unwrap();
        (0..nodes.length())
            .filter_map(|i| nodes.item(i))
            .filter_map(|n| n.text_content())
            .collect()
    }

    /// Types text as the browser does: inserted at the cursor, then an
    /// `input` event.
    pub async fn type_text(&self, text: &str) {
        let input = self.input();
        let value = input.value();
        let at = input.selection_start().unwrap().unwrap_or(0) as usize;
        let units: Vec<u16> = value.encode_utf16().collect();
        let (before, after) = units.split_at(at.min(units.len()));
        let new = format!(
            "{}{text}{}",
            String::from_utf16_lossy(before),
            String::from_utf16_lossy(after)
        );
        input.set_value(&new);
        let cursor = (before.len() + text.encode_utf16().count()) as u32;
        input.set_selection_range(cursor, cursor).unwrap();
        let init = InputEventInit::new();
        init.set_bubbles(true);
        init.set_data(Some(text));
        let event = InputEvent::new_with_event_init_dict("input", &init).unwrap();
        input.dispatch_event(&event).unwrap();
        settle().await;
    }

    /// Presses a key (`key` as in `KeyboardEvent.key`, with `ctrl`) and
    /// returns whether the page took it (prevented the default).
    pub async fn press(&self, key: &str, ctrl: bool) -> bool {
        let init = KeyboardEventInit::new();
        init.set_key(key);
        if key.len() == 1 {
            init.set_code(&format!("Key{}", key.to_ascii_uppercase()));
        }
        init.set_ctrl_key(ctrl);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        self.input().dispatch_event(&event).unwrap();
        settle().await;
        event.default_prevented()
    }

    /// Types a line and presses Enter.
    pub async fn run(&self, line: &str) {
        self.type_text(line).await;
        self.press("Enter", false).await;
    }

    /// Pastes text through a real `paste` event with clipboard data.
    pub async fn paste(&self, text: &str) {
        let data = DataTransfer::new().unwrap();
        data.set_data("text/plain", text).unwrap();
        let init = ClipboardEventInit::new();
        init.set_bubbles(true);
        init.set_cancelable(true);
        init.set_clipboard_data(Some(&data));
        let event = ClipboardEvent::new_with_event_init_dict("paste", &init).unwrap();
        self.input().dispatch_event(&event).unwrap();
        settle().await;
    }

    /// The first element matching `selector` inside the playground.
    pub fn find(&self, selector: &str) -> Option<Element> {
        self.host.query_selector(selector).unwrap()
    }

    /// Every element matching `selector` inside the playground.
    pub fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.host.query_selector_all(selector).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .map(|n| n.dyn_into::<Element>().unwrap())
            .collect()
    }

    /// Clicks the first element matching `selector`.
    pub async fn click(&self, selector: &str) {
        let el = self
            .find(selector)
            .unwrap_or_else(|| panic!("nothing matches {selector}"));
        dispatch_mouse(&el, "click");
        settle().await;
    }

    /// Presses a key on `target` (not the prompt) and returns whether
    /// the page took it.
    pub async fn press_on(&self, target: &Element, key: &str, ctrl: bool) -> bool {
        let init = KeyboardEventInit::new();
        init.set_key(key);
        init.set_ctrl_key(ctrl);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        target.dispatch_event(&event).unwrap();
        settle().await;
        event.default_prevented()
    }

    /// Presses the toolbar's Step button until `done` holds (at most
    /// `steps` times); returns whether it held.
    pub async fn step_until(&self, steps: usize, done: impl Fn(&Pg) -> bool) -> bool {
        for _ in 0..steps {
            if done(self) {
                return true;
            }
            let step = self
                .all(".kp-toolbar button")
                .into_iter()
                .find(|b| b.text_content().as_deref() == Some("Step"))
                .unwrap();
            if step.has_attribute("disabled") {
                return done(self);
            }
            step.dyn_into::<web_sys::HtmlElement>().unwrap().click();
            settle().await;
        }
        done(self)
    }

    /// The pods drawn in the cluster view: (name, kubectl STATUS, classes).
    pub fn pods(&self) -> Vec<(String, String, String)> {
        self.all(".kp-view .kp-pod")
            .into_iter()
            .map(|p| {
                let key = p.get_attribute("data-key").unwrap();
                let name = key.rsplit('/').next().unwrap().to_string();
                (
                    name,
                    p.get_attribute("data-status").unwrap(),
                    p.get_attribute("class").unwrap(),
                )
            })
            .collect()
    }

    /// The text of the details line under the cluster view.
    pub fn details(&self) -> String {
        self.find(".kp-details").unwrap().text_content().unwrap()
    }

    /// Clicks a button of the phone key row by its accessible name.
    pub async fn tap_key(&self, name: &str) {
        let button = self
            .host
            .query_selector(&format!(".kp-keyrow button[aria-label=\"{name}\"]"))
            .unwrap()
            .unwrap();
        button.dyn_into::<web_sys::HtmlElement>().unwrap().click();
        settle().await;
    }
}

/// Dispatches a bubbling mouse event (`click`, `mouseover`) on `el`.
pub fn dispatch_mouse(el: &Element, kind: &str) {
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = web_sys::MouseEvent::new_with_mouse_event_init_dict(kind, &init).unwrap();
    el.dispatch_event(&event).unwrap();
}
