//! Which side panels a playground shows: the lesson panel and the cluster
//! view can each be hidden to give the terminal the width kubectl's tables
//! need. The choice is remembered in localStorage (`kubeplay.layout.v1`,
//! per playground like the other keys) as a short text such as
//! `lessons=1;view=0`; anything unreadable means the defaults.
//!
//! Where the panels go is CSS's business (style.css, "workspace"): the
//! cluster view sits beside the terminal when the playground is wide enough
//! for both, above it otherwise.

use yew::prelude::*;

use super::words::use_text;

/// Where the layout is saved when the host element names no key of its own.
pub const LAYOUT_KEY_DEFAULT: &str = "kubeplay.layout.v1";

/// The longest stored layout text read; anything longer is garbage.
const STORED_CHARS_MAX: usize = 64;

/// The panels shown beside the terminal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Panels {
    pub lessons: bool,
    pub view: bool,
}

impl Panels {
    /// Both panels shown, except the cluster view on a phone, where it
    /// would leave the terminal a few lines.
    pub fn defaults(phone: bool) -> Self {
        Panels {
            lessons: true,
            view: !phone,
        }
    }

    /// The stored text.
    pub fn encode(self) -> String {
        format!(
            "lessons={};view={}",
            u8::from(self.lessons),
            u8::from(self.view)
        )
    }

    /// The stored text read over `self` (the defaults): unknown keys and
    /// values are ignored, so an older or damaged text changes nothing.
    pub fn decode(self, text: &str) -> Self {
        let mut p = self;
        if text.len() > STORED_CHARS_MAX {
            return p;
        }
        for pair in text.split(';') {
            let value = match pair.split_once('=') {
                Some((_, "1")) => true,
                Some((_, "0")) => false,
                _ => continue,
            };
            match pair.split_once('=').map(|(k, _)| k) {
                Some("lessons") => p.lessons = value,
                Some("view") => p.view = value,
                _ => {}
            }
        }
        p
    }
}

/// The saved layout under `key` over the defaults.
pub fn load(key: &str, phone: bool) -> Panels {
    let defaults = Panels::defaults(phone);
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(key).ok().flatten())
        .map_or(defaults, |text| defaults.decode(&text))
}

/// Saves the layout; a full or disabled store is ignored.
pub fn save(key: &str, panels: Panels) {
    if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = s.set_item(key, &panels.encode());
    }
}

/// The media query of a phone-sized screen (style.css uses the same width).
pub const PHONE_QUERY: &str = "(max-width: 720px)";

#[derive(Properties, PartialEq)]
pub struct PanelTogglesProps {
    pub panels: Panels,
    pub on_change: Callback<Panels>,
}

/// The toolbar's two toggle buttons: the lesson panel and the cluster view.
#[function_component(PanelToggles)]
pub fn panel_toggles(p: &PanelTogglesProps) -> Html {
    let t = use_text();
    let toggle = |f: fn(Panels) -> Panels| {
        let (on, panels) = (p.on_change.clone(), p.panels);
        Callback::from(move |_: MouseEvent| on.emit(f(panels)))
    };
    html! {
        <div class="kp-group kp-panels" role="group" aria-label={t.panels}>
            <button type="button" class="kp-button kp-toggle-lessons"
                aria-pressed={p.panels.lessons.to_string()}
                onclick={toggle(|p| Panels { lessons: !p.lessons, ..p })}>
                { t.panel_lessons }
            </button>
            <button type="button" class="kp-button kp-toggle-view"
                aria-pressed={p.panels.view.to_string()}
                onclick={toggle(|p| Panels { view: !p.view, ..p })}>
                { t.panel_view }
            </button>
        </div>
    }
}
