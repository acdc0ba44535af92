//! The session between visits: the saved document (`share::store`) in
//! localStorage under a versioned key (`kubeplay.session.v1`, or
//! `kubeplay.session.v1.<host id>`), the share link in the address's
//! fragment, and the exported file. What to do with them is decided in
//! `share`; this module only reads and writes the browser.
//!
//! Start-up order: a `#s=…` fragment wins (and is removed from the
//! address, so a reload restores the learner's own latest session rather
//! than the link again; the session it replaces is kept under
//! `<key>.previous`); else the stored session. Anything unreadable is a
//! [`Notice`] and a fresh start, never a broken page.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::lesson::Request;
use crate::session::Session;
use crate::share::store::{Saved, Settings};
use crate::share::{decode_link, link_fragment, Snapshot};

/// Where the session is saved when the host element names no key of its own.
pub const SESSION_KEY_DEFAULT: &str = "kubeplay.session.v1";

/// What went wrong at start-up, for one message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The share link could not be read (the reason).
    LinkBad(String),
    /// The stored session could not be read (the reason).
    StoreBad(String),
}

/// What the page starts from.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Boot {
    pub snapshot: Option<Snapshot>,
    pub settings: Settings,
    pub notice: Option<Notice>,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn stored(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Reads the link or the stored session (see the module comment).
pub fn boot(key: &str) -> Boot {
    let saved = stored(key).map(|text| Saved::decode(&text));
    let settings = match &saved {
        Some(Ok(s)) => s.settings.clone(),
        _ => Settings::default(),
    };
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    if let Some(payload) = link_fragment(&hash) {
        let link = decode_link(payload);
        forget_fragment();
        if let (Some(text), Some(s)) = (stored(key), storage()) {
            let _ = s.set_item(&format!("{key}.previous"), &text);
        }
        return match link {
            Ok(snap) => Boot {
                snapshot: Some(snap),
                settings,
                notice: None,
            },
            Err(e) => Boot {
                snapshot: None,
                settings,
                notice: Some(Notice::LinkBad(e.to_string())),
            },
        };
    }
    match saved {
        None => Boot::default(),
        Some(Ok(s)) => Boot {
            snapshot: s.snapshot,
            settings,
            notice: None,
        },
        Some(Err(e)) => {
            // Start afresh, and do not read the bad data again next time.
            if let Some(s) = storage() {
                let _ = s.remove_item(key);
            }
            Boot {
                snapshot: None,
                settings,
                notice: Some(Notice::StoreBad(e.to_string())),
            }
        }
    }
}

/// Removes the `#…` part from the address bar without reloading.
fn forget_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let (Ok(href), Ok(history)) = (window.location().href(), window.history()) else {
        return;
    };
    let url = href.split('#').next().unwrap_or_default();
    let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
}

/// The page's address without its fragment: where share links point.
pub fn page_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default()
}

/// Writes `text` under `key` (a full or disabled store is ignored).
pub fn put(key: &str, text: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, text);
    }
}

/// Saves the session (and the settings) whenever its log changed or two
/// seconds of simulated time passed. Nothing is saved while a restore is
/// pending, nor before anything happened in this visit, so a slow start
/// never overwrites the session it is about to restore.
#[hook]
pub fn use_session_saver(session: Rc<RefCell<Session>>, key: AttrValue, settings: Settings) {
    let last: Rc<RefCell<Option<(u64, u64, Settings)>>> = use_mut_ref(|| None);
    use_effect(move || {
        let Ok(s) = session.try_borrow() else {
            return;
        };
        let world = s.world();
        let restoring = matches!(world.lesson().request, Some(Request::Restore(_)));
        let revision = world.replay().revision();
        if restoring || revision == 0 || world.replay().overflowed() {
            return;
        }
        let mark = (revision, s.now_ms() / 2_000, settings.clone());
        if last.borrow().as_ref() == Some(&mark) {
            return;
        }
        let saved = Saved {
            snapshot: Some(world.replay().snapshot(s.now_ms())),
            settings,
            ..Saved::default()
        };
        if let Ok(text) = saved.encode() {
            put(&key, &text);
            *last.borrow_mut() = Some(mark);
        }
    });
}

/// Offers `text` as a file download named `name` (a Blob URL clicked).
pub fn download(name: &str, text: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}

/// The text of the file picked in a file input (`None` when none or
/// unreadable).
pub async fn read_picked(input: web_sys::HtmlInputElement) -> Option<String> {
    let file = input.files()?.get(0)?;
    input.set_value("");
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()?;
    text.as_string()
}

/// Copies `text` to the clipboard; false when the browser refused.
pub async fn copy(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
