//! The session between visits: the saved document (`share::store`) in
//! localStorage under a versioned key, the share link in the address's
//! fragment, and the exported file. What to do with them is decided in
//! `share`; this module only reads and writes the browser.
//!
//! Whose key: an embed keeps its own (`kubeplay.session.v1.<host id>`, or
//! the plain key when it has no id, as before).
//! The main page keeps one session per tab, so two tabs never overwrite
//! each other: the tab's id lives in sessionStorage (which survives a
//! reload of that tab and nothing else) and selects
//! `kubeplay.session.v1.tab.<id>`; the index `kubeplay.sessions.v1`
//! (`share::recent`) lists the tabs' sessions newest first and is bounded,
//! the oldest session going when a new one pushes it out. A new tab
//! continues the newest saved session (the pre-tab key
//! `kubeplay.session.v1` counts as one), saving it under its own key from
//! then on, and the toolbar offers to start fresh instead.
//!
//! Start-up order: a `#s=…` fragment wins (and is removed from the
//! address, so a reload restores the learner's own latest session rather
//! than the link again; the session it replaces is kept under
//! `<key>.previous`); else the stored session. Anything unreadable is a
//! [`Notice`] and a fresh start, never a broken page. A store that cannot
//! be written (unavailable, full, refusing) is a [`Notice`] too: the work
//! is not being saved, and Export still works.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::session_actions::tell;
use super::state::UiState;
use crate::i18n::Text;
use crate::lesson::Request;
use crate::session::Session;
use crate::share::recent::{valid_tab_id, Recent};
use crate::share::store::{Saved, Settings};
use crate::share::{decode_link, link_fragment, Snapshot};

/// Where the session is saved when the host element names no key of its
/// own; the main page saves per tab under `<this>.tab.<id>`.
pub const SESSION_KEY_DEFAULT: &str = "kubeplay.session.v1";

/// sessionStorage key of this tab's id.
const TAB_ID_KEY: &str = "kubeplay.tab";

/// localStorage key of the index of the tabs' sessions (`share::recent`).
pub const RECENT_KEY: &str = "kubeplay.sessions.v1";

/// What went wrong at start-up, for one message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The share link could not be read (the reason).
    LinkBad(String),
    /// The stored session could not be read (the reason).
    StoreBad(String),
    /// Nothing will be saved.
    NotSaved(Failure),
}

/// Why the session is not being saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The quota is used up (`QuotaExceededError`).
    Full,
    /// No localStorage here: a private window, or disabled by the page.
    Unavailable,
    /// The write failed for another reason.
    Refused,
    /// The log reached its limits (`share::limits`) and stopped recording.
    TooLong,
}

impl Failure {
    /// "Your work is not being saved: …", in the learner's language.
    pub fn message(self, t: &Text) -> String {
        t.not_saved(match self {
            Failure::Full => t.store_full,
            Failure::Unavailable => t.store_unavailable,
            Failure::Refused => t.store_refused,
            Failure::TooLong => t.session_too_long,
        })
    }

    fn of(error: &wasm_bindgen::JsValue) -> Failure {
        let name = js_sys::Reflect::get(error, &"name".into())
            .ok()
            .and_then(|n| n.as_string());
        match name.as_deref() {
            Some("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED") => Failure::Full,
            Some("SecurityError") => Failure::Unavailable,
            _ => Failure::Refused,
        }
    }
}

/// What the page starts from.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Boot {
    pub snapshot: Option<Snapshot>,
    pub settings: Settings,
    pub notice: Option<Notice>,
    /// Where this playground saves its session.
    pub key: String,
    /// This tab's id, when sessions are kept per tab.
    pub tab: Option<String>,
    /// A new tab continued the newest saved session: its command count.
    pub continued: Option<usize>,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn tab_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn stored(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

fn tab_key(tab: &str) -> String {
    format!("{SESSION_KEY_DEFAULT}.tab.{tab}")
}

fn recent(store: &web_sys::Storage) -> Recent {
    store
        .get_item(RECENT_KEY)
        .ok()
        .flatten()
        .and_then(|text| Recent::decode(&text).ok())
        .unwrap_or_default()
}

/// A fresh tab id: 20 random base-36 digits.
fn new_tab_id() -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    (0..20)
        .filter_map(|_| {
            let i = (js_sys::Math::random() * 36.0) as usize;
            DIGITS.get(i.min(35)).map(|&b| char::from(b))
        })
        .collect()
}

/// Where this playground saves, its tab id, and the key to continue
/// from when this is a new tab (see the module comment).
fn place(key: &str, per_tab: bool) -> (String, Option<String>, Option<String>) {
    let Some(tabs) = tab_storage().filter(|_| per_tab && key == SESSION_KEY_DEFAULT) else {
        return (key.to_string(), None, None);
    };
    let known = tabs.get_item(TAB_ID_KEY).ok().flatten();
    if let Some(id) = known.filter(|id| valid_tab_id(id)) {
        return (tab_key(&id), Some(id), None);
    }
    let id = new_tab_id();
    if tabs.set_item(TAB_ID_KEY, &id).is_err() {
        return (key.to_string(), None, None);
    }
    let newest = storage().and_then(|store| {
        recent(&store)
            .tabs()
            .iter()
            .map(|t| tab_key(&t.tab))
            .find(|k| stored(k).is_some())
    });
    let legacy = || stored(key).map(|_| key.to_string());
    (tab_key(&id), Some(id), newest.or_else(legacy))
}

/// Reads the link or the stored session (see the module comment);
/// `per_tab` is false in an embed, which keeps the key it was given.
pub fn boot(key: &str, per_tab: bool) -> Boot {
    let (key, tab, from) = place(key, per_tab);
    // A link opened in a new tab is what that tab continues, not the newest session.
    let from = from.filter(|_| link_fragment(&hash()).is_none());
    let mut boot = read(from.as_deref().unwrap_or(&key));
    if from.is_some() && boot.notice.is_none() {
        boot.continued = boot.snapshot.as_ref().map(Snapshot::commands);
    }
    if storage().is_none() && boot.notice.is_none() {
        boot.notice = Some(Notice::NotSaved(Failure::Unavailable));
    }
    Boot { key, tab, ..boot }
}

fn read(key: &str) -> Boot {
    let saved = stored(key).map(|text| Saved::decode(&text));
    let settings = match &saved {
        Some(Ok(s)) => s.settings.clone(),
        _ => Settings::default(),
    };
    let hash = hash();
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
                ..Boot::default()
            },
            Err(e) => Boot {
                settings,
                notice: Some(Notice::LinkBad(e.to_string())),
                ..Boot::default()
            },
        };
    }
    match saved {
        None => Boot::default(),
        Some(Ok(s)) => Boot {
            snapshot: s.snapshot,
            settings,
            ..Boot::default()
        },
        Some(Err(e)) => {
            // Start afresh, and do not read the bad data again next time.
            if let Some(s) = storage() {
                let _ = s.remove_item(key);
            }
            Boot {
                settings,
                notice: Some(Notice::StoreBad(e.to_string())),
                ..Boot::default()
            }
        }
    }
}

/// The address's `#…` part.
fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
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

/// Writes `text` under `key` (a full or disabled store is ignored: the
/// callers that must tell use [`save`]).
pub fn put(key: &str, text: &str) {
    let _ = save(key, None, text, 0);
}

/// Writes a saved session under `key`; with a tab id, also records it in
/// the index (removing the sessions the index's bound pushes out) and,
/// when the store is full, first makes room by removing other tabs'
/// oldest sessions — at most [`crate::share::recent::RECENT_MAX`] of them.
pub fn save(key: &str, tab: Option<&str>, text: &str, commands: usize) -> Result<(), Failure> {
    let store = storage().ok_or(Failure::Unavailable)?;
    let mut written = store.set_item(key, text).map_err(|e| Failure::of(&e));
    let Some(tab) = tab else {
        return written;
    };
    let mut index = recent(&store);
    while written == Err(Failure::Full) {
        let Some(old) = index.drop_oldest_except(tab) else {
            break;
        };
        let _ = store.remove_item(&tab_key(&old));
        written = store.set_item(key, text).map_err(|e| Failure::of(&e));
    }
    written?;
    for old in index.touch(tab, js_sys::Date::now() as u64, commands) {
        let _ = store.remove_item(&tab_key(&old));
    }
    store
        .set_item(RECENT_KEY, &index.encode())
        .map_err(|e| Failure::of(&e))
}

/// Makes this tab a new one with nothing saved, and reloads: the
/// toolbar's "Start fresh" after a new tab continued a session.
pub fn start_fresh() {
    if let Some(tabs) = tab_storage() {
        let _ = tabs.set_item(TAB_ID_KEY, &new_tab_id());
    }
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// What the saver last saved (or tried to): log revision, 2-second slice
/// of simulated time, settings.
type SaverMark = (u64, u64, Settings);

/// Saves the session (and the settings) whenever its log changed or two
/// seconds of simulated time passed. Nothing is saved while a restore is
/// pending, nor before anything happened in this visit, so a slow start
/// never overwrites the session it is about to restore. A save that fails
/// (or a log too long to record) is told once, in the learner's language,
/// until saving works again; the failure is returned, for a notice that
/// stays on screen while it lasts.
#[hook]
pub fn use_session_saver(
    session: Rc<RefCell<Session>>,
    boot: &Boot,
    settings: Settings,
    d: UseReducerDispatcher<UiState>,
) -> Option<Failure> {
    let last: Rc<RefCell<Option<SaverMark>>> = use_mut_ref(|| None);
    // A store found unavailable at start-up was told then (`tell_notice`).
    let told: Rc<RefCell<Option<Failure>>> = use_mut_ref(|| match &boot.notice {
        Some(Notice::NotSaved(f)) => Some(*f),
        _ => None,
    });
    let shown = use_state(|| *told.borrow());
    let (key, tab, failing) = (boot.key.clone(), boot.tab.clone(), shown.clone());
    use_effect(move || {
        let Ok(s) = session.try_borrow() else {
            return;
        };
        let world = s.world();
        let restoring = matches!(world.lesson().request, Some(Request::Restore(_)));
        let revision = world.replay().revision();
        if restoring || revision == 0 {
            return;
        }
        let mark = (revision, s.now_ms() / 2_000, settings.clone());
        if last.borrow().as_ref() == Some(&mark) {
            return;
        }
        *last.borrow_mut() = Some(mark);
        let snapshot = world.replay().snapshot(s.now_ms());
        let commands = snapshot.commands();
        let result = match world.replay().overflowed() {
            true => Err(Failure::TooLong),
            false => Saved {
                snapshot: Some(snapshot),
                settings,
                ..Saved::default()
            }
            .encode()
            .map_err(|_| Failure::TooLong)
            .and_then(|text| save(&key, tab.as_deref(), &text, commands)),
        };
        let t = world.lesson().lang.text();
        drop(world);
        drop(s);
        let failure = result.err();
        if failure != *told.borrow() {
            *told.borrow_mut() = failure;
            failing.set(failure);
            if let Some(f) = failure {
                let message = f.message(t);
                tell(&session, &d, message.clone(), Some(format!("{message}\n")));
            }
        }
    });
    *shown
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
