//! What the toolbar's session buttons do: Share makes the link (copied to
//! the clipboard and shown as text), Export downloads the session,
//! progress, history and settings as one JSON file, Import reads such a
//! file with the same strict decoder, stores its parts and reloads the
//! page, which then restores it the way it restores any saved session.
//! Every outcome is told in the toolbar's status line.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::session_store::{self, Boot, Notice};
use super::state::{Action, SessionView, Theme, UiState};
use crate::i18n::Text;
use crate::session::{Poll, Session};
use crate::share::store::{Saved, Settings};
use crate::share::{encode_link, ShareError};
use crate::shell::Chunk;

/// The storage keys of one playground.
#[derive(Clone, PartialEq)]
pub struct Keys {
    pub session: AttrValue,
    pub history: AttrValue,
    pub progress: AttrValue,
}

/// The settings as the saved document holds them.
pub fn settings_of(state: &UiState) -> Settings {
    Settings {
        dark: Some(state.theme == Theme::Dark),
        speed: Some(state.clock.speed_index()),
        reduced_motion: Some(state.reduced_motion),
    }
}

/// Shows `status` in the toolbar (and `line` in the terminal, if any).
pub(super) fn tell(
    session: &RefCell<Session>,
    d: &UseReducerDispatcher<UiState>,
    status: String,
    line: Option<String>,
) {
    let Ok(s) = session.try_borrow() else {
        return;
    };
    let view = SessionView::of(&s);
    drop(s);
    let output = line.map(|l| vec![Chunk::Out(l)]).unwrap_or_default();
    d.dispatch(Action::Advanced {
        poll: Poll {
            output,
            finished: None,
        },
        view,
        status: Some(status),
    });
}

/// Share: the link for the session as it is now, or why there is none.
pub fn share(session: &Rc<RefCell<Session>>) -> Result<String, ShareError> {
    let s = session
        .try_borrow()
        .map_err(|_| ShareError::Unshareable("busy"))?;
    let world = s.world();
    if world.replay().overflowed() {
        return Err(ShareError::Unshareable("longer than kubeplay can record"));
    }
    let payload = encode_link(&world.replay().snapshot(s.now_ms()))?;
    Ok(format!("{}#s={payload}", world.replay().page_url()))
}

/// The Share button: makes the link, shows it, copies it.
pub fn on_share(
    session: &Rc<RefCell<Session>>,
    shown: &UseStateHandle<Option<AttrValue>>,
    text: &'static Text,
    d: &UseReducerDispatcher<UiState>,
) {
    match share(session) {
        Ok(url) => {
            shown.set(Some(url.clone().into()));
            let (session, d) = (Rc::clone(session), d.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if session_store::copy(url).await {
                    tell(&session, &d, text.share_copied.to_string(), None);
                }
            });
        }
        Err(e) => {
            shown.set(None);
            let why = match e {
                ShareError::Compacted => text.share_compacted.to_string(),
                e => text.share_failed(&e.to_string()),
            };
            tell(session, d, why, None);
        }
    }
}

/// The Export button: everything in one JSON file.
pub fn on_export(
    session: &RefCell<Session>,
    state: &UiState,
    text: &'static Text,
    d: &UseReducerDispatcher<UiState>,
) {
    let Ok(s) = session.try_borrow() else {
        return;
    };
    let world = s.world();
    let saved = Saved {
        snapshot: (!world.replay().overflowed()).then(|| world.replay().snapshot(s.now_ms())),
        settings: settings_of(state),
        progress: Some(world.lesson().progress.clone()),
        history: Some(state.console.history().entries().to_vec()),
    };
    drop(world);
    drop(s);
    match saved.encode() {
        Ok(doc) => {
            let _ = session_store::download("kubeplay-session.json", &doc);
        }
        Err(e) => tell(session, d, text.share_failed(&e.to_string()), None),
    }
}

/// The Import input: a valid file replaces the saved session, progress
/// and history, and the page reloads to restore it; anything else is a
/// message and changes nothing.
pub fn on_import(
    input: web_sys::HtmlInputElement,
    session: Rc<RefCell<Session>>,
    keys: Keys,
    text: &'static Text,
    d: UseReducerDispatcher<UiState>,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let Some(doc) = session_store::read_picked(input).await else {
            return;
        };
        let saved = match Saved::decode(&doc) {
            Ok(saved) => saved,
            Err(e) => {
                tell(&session, &d, text.import_failed(&e.to_string()), None);
                return;
            }
        };
        if let Some(p) = &saved.progress {
            session_store::put(&keys.progress, &p.encode());
        }
        if let Some(h) = &saved.history {
            let history = crate::console::history::History::new(h.clone());
            session_store::put(&keys.history, &history.encode());
        }
        let session_doc = Saved {
            progress: None,
            history: None,
            ..saved
        };
        if let Ok(text) = session_doc.encode() {
            session_store::put(&keys.session, &text);
        }
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
}

/// The start-up message, if the link or the store could not be read:
/// in the toolbar and as a line in the terminal.
pub fn tell_notice(
    boot: &Boot,
    session: &RefCell<Session>,
    text: &'static Text,
    d: &UseReducerDispatcher<UiState>,
) {
    let message = match &boot.notice {
        None => return,
        Some(Notice::LinkBad(why)) => text.link_bad(why),
        Some(Notice::StoreBad(why)) => text.store_bad(why),
        Some(Notice::NotSaved(failure)) => failure.message(text),
    };
    tell(session, d, message.clone(), Some(format!("{message}\n")));
}
