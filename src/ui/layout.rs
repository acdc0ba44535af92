//! Which side panels a playground shows: the lesson panel and the cluster
//! view can each be hidden to give the terminal the width kubectl's tables
//! need, and the lesson panel can be dragged wider or narrower. The choice
//! is remembered in localStorage (`kubeplay.layout.v1`, per playground like
//! the other keys) as a short text such as `lessons=1;view=0;lessons_w=420`;
//! anything unreadable means the defaults.
//!
//! Where the panels go is CSS's business (style.css, "workspace"): the
//! cluster view sits beside the terminal when the playground is wide enough
//! for both, above it otherwise. A dragged width is handed to CSS as the
//! `--kp-lessons-width` variable, which lessons.css still clamps (and a
//! phone ignores).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::browser::use_resize;
use super::words::use_text;

/// Where the layout is saved when the host element names no key of its own.
pub const LAYOUT_KEY_DEFAULT: &str = "kubeplay.layout.v1";

/// The longest stored layout text read; anything longer is garbage.
const STORED_CHARS_MAX: usize = 64;

/// The narrowest and widest lesson panel remembered, in CSS pixels; a
/// stored width outside them is garbage and ignored.
const LESSONS_WIDTH_MIN: u16 = 120;
const LESSONS_WIDTH_MAX: u16 = 4000;

/// The CSS variable that carries a dragged lesson panel width.
const LESSONS_WIDTH_VAR: &str = "--kp-lessons-width";

/// The panels shown beside the terminal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Panels {
    pub lessons: bool,
    pub view: bool,
    /// The lesson panel's width as the learner last dragged it (CSS px);
    /// `None` until they do, so the stylesheet's default applies.
    pub lessons_width: Option<u16>,
}

impl Panels {
    /// Both panels shown, except the cluster view on a phone, where it
    /// would leave the terminal a few lines.
    pub fn defaults(phone: bool) -> Self {
        Panels {
            lessons: true,
            view: !phone,
            lessons_width: None,
        }
    }

    /// The stored text.
    pub fn encode(self) -> String {
        let width = self
            .lessons_width
            .map_or_else(String::new, |w| format!(";lessons_w={w}"));
        format!(
            "lessons={};view={}{width}",
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
            if let Some(("lessons_w", w)) = pair.split_once('=') {
                if let Some(w) = w
                    .parse::<u16>()
                    .ok()
                    .filter(|w| (LESSONS_WIDTH_MIN..=LESSONS_WIDTH_MAX).contains(w))
                {
                    p.lessons_width = Some(w);
                }
                continue;
            }
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

/// Keeps the lesson panel (`panel`) at the remembered `width` and reports
/// a new width when the learner drags the panel's resize corner. The
/// browser writes a dragged size into the element's inline `width`; it is
/// moved into the CSS variable (which lessons.css clamps, and a phone
/// ignores) and reported through `on_width`. Style changes go through the
/// CSSOM, which the strict CSP allows (a `style` attribute it would not).
#[hook]
pub fn use_lessons_width(panel: &NodeRef, width: Option<u16>, on_width: Callback<u16>) {
    {
        let panel = panel.clone();
        use_effect_with(width, move |width| {
            if let (Some(el), Some(w)) = (panel.cast::<web_sys::HtmlElement>(), width) {
                let _ = el
                    .style()
                    .set_property(LESSONS_WIDTH_VAR, &format!("{w}px"));
            }
        });
    }
    let on_resize = Callback::from(move |el: web_sys::Element| {
        let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() else {
            return;
        };
        let style = el.style();
        // "347px" or "347.5px"; whole pixels are enough.
        let dragged = style.get_property_value("width").unwrap_or_default();
        let Some(w) = dragged
            .strip_suffix("px")
            .and_then(|v| v.split('.').next())
            .and_then(|v| v.trim().parse::<u16>().ok())
        else {
            return;
        };
        let _ = style.remove_property("width");
        let w = w.clamp(LESSONS_WIDTH_MIN, LESSONS_WIDTH_MAX);
        let _ = style.set_property(LESSONS_WIDTH_VAR, &format!("{w}px"));
        on_width.emit(w);
    });
    use_resize(panel, on_resize);
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
