//! The `postMessage` bridge between a playground in a frame and the page
//! embedding it (protocol: [`crate::embed::message`]).
//!
//! It posts only to `window.parent`, and only with an exact target origin:
//! the address's `origin=` (the loader script sets it), else the origin of
//! `document.referrer`. When neither is known it posts nothing — never to
//! `*`, since command lines are the learner's. It accepts requests only
//! from the parent window *and* from that same origin; everything else is
//! dropped without a word. A top-level page (not in a frame) has no bridge.
//!
//! After every render it reports what finished since the last look: the
//! commands [`UiState::finished`] lists, and a lesson step or lesson
//! becoming complete.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::state::UiState;
use crate::embed::message::{Event, Request};
use crate::embed::params::{origin_of_url, Params};
use crate::session::Session;

/// Where events go; `None` fields mean "do not post".
#[derive(Debug, PartialEq)]
pub struct Bridge {
    /// The embedding page's origin, when the page is framed and it is known.
    target: Option<String>,
    id: Option<String>,
}

impl Bridge {
    /// The bridge for this page: active only inside a frame.
    pub fn new(params: &Params) -> Bridge {
        let target = framed()
            .then(|| {
                params.origin.clone().or_else(|| {
                    web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| origin_of_url(&d.referrer()))
                })
            })
            .flatten();
        Bridge {
            target,
            id: params.id.clone(),
        }
    }

    /// Posts `event` to the parent window (nothing when the origin is unknown).
    pub fn post(&self, event: &Event) {
        let Some(target) = &self.target else {
            return;
        };
        let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else {
            return;
        };
        let text = event.to_json(self.id.as_deref()).to_string();
        if let Ok(message) = js_sys::JSON::parse(&text) {
            let _ = parent.post_message(&message, target);
        }
    }
}

/// True inside a frame (the parent window is another window).
fn framed() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    window
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| !js_sys::Object::is(&parent, &window))
}

/// What the bridge remembers between renders.
#[derive(Default)]
struct Seen {
    /// The number of the last finished command reported.
    command: u64,
    /// The open lesson's id, step, step complete, lesson finished.
    lesson: Option<(String, usize, bool, bool)>,
}

/// Listens for the parent's requests (handing them to `on_request`) and
/// reports finished commands and lesson progress after every render.
#[hook]
pub fn use_embed_bridge(
    bridge: Rc<Bridge>,
    session: Rc<RefCell<Session>>,
    state: &UseReducerHandle<UiState>,
    on_request: Callback<Request>,
) {
    {
        let target = bridge.target.clone();
        use_effect_with((), move |_| {
            let listener = target.map(|origin| listen(origin, on_request));
            move || {
                if let (Some(l), Some(w)) = (listener, web_sys::window()) {
                    let _ = w
                        .remove_event_listener_with_callback("message", l.as_ref().unchecked_ref());
                }
            }
        });
    }
    let seen = use_mut_ref(Seen::default);
    let finished = Rc::clone(&state.finished);
    use_effect(move || {
        if bridge.target.is_none() {
            return;
        }
        let mut seen = seen.borrow_mut();
        let last = seen.command;
        for (n, command, status) in finished.iter().filter(|(n, ..)| *n > last) {
            bridge.post(&Event::Command {
                command: command.to_string(),
                exit_code: *status,
            });
            seen.command = *n;
        }
        let now = session.try_borrow().ok().and_then(|s| {
            let world = s.world();
            let a = world.lesson().active.as_ref()?;
            Some((a.lesson.id.clone(), a.step, a.complete, a.finished))
        });
        if let Some((id, step, complete, finished)) = &now {
            let before = seen.lesson.as_ref();
            let same_step = before.is_some_and(|b| b.0 == *id && b.1 == *step);
            if *complete && !(same_step && before.is_some_and(|b| b.2)) {
                bridge.post(&Event::StepComplete {
                    lesson: id.clone(),
                    step: *step,
                });
            }
            let same_lesson = before.is_some_and(|b| b.0 == *id);
            if *finished && !(same_lesson && before.is_some_and(|b| b.3)) {
                bridge.post(&Event::LessonComplete { lesson: id.clone() });
            }
        }
        seen.lesson = now;
    });
}

/// Adds the `message` listener; requests pass only when they come from
/// the parent window and from `origin`.
fn listen(origin: String, on_request: Callback<Request>) -> Closure<dyn Fn(web_sys::MessageEvent)> {
    let handler = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let from_parent = match (e.source(), window.parent().ok().flatten()) {
            (Some(source), Some(parent)) => js_sys::Object::is(&source, &parent),
            _ => false,
        };
        if !from_parent || e.origin() != origin {
            return;
        }
        let Some(text) = js_sys::JSON::stringify(&e.data())
            .ok()
            .and_then(|t| t.as_string())
        else {
            return;
        };
        if let Some(request) = Request::parse(&text) {
            on_request.emit(request);
        }
    });
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback("message", handler.as_ref().unchecked_ref());
    }
    handler
}
