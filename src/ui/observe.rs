//! Watching the cluster for the view: whenever the engine's change-log
//! cursor moves, read a fresh [`Model`] and the new entries (requests to
//! animate, sentences to narrate). A hook, because it reads the session;
//! what it read goes down as props, so the view itself never touches
//! the session.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::words::use_text;
use crate::engine::changes::Change;
use crate::scene::model::shown_namespace;
use crate::scene::narrate::sentence;
use crate::scene::stage::Request;
use crate::scene::Model;
use crate::session::Session;

/// Most change-log entries turned into events per observation; a burst
/// beyond that (a scale to thousands) still updates the model.
pub const EVENTS_PER_OBSERVATION_MAX: usize = 2000;

/// What one look at the cluster found.
#[derive(Clone, Default)]
pub struct Observed {
    /// Increases with every look that found changes.
    pub seq: u64,
    pub model: Rc<Model>,
    /// Requests answered since the previous look, oldest first.
    pub requests: Rc<Vec<Request>>,
    /// Sentences to narrate since the previous look: (subject, sentence).
    pub says: Rc<Vec<(String, String)>>,
}

impl PartialEq for Observed {
    fn eq(&self, other: &Self) -> bool {
        self.seq == other.seq
    }
}

/// The latest observation; looks again whenever `changes` (the change-log
/// cursor) moves.
#[hook]
pub fn use_observer(session: Rc<RefCell<Session>>, changes: u64) -> Observed {
    let text = use_text();
    let cursor = use_mut_ref(|| None::<u64>);
    let observed = use_state(Observed::default);
    {
        let observed = observed.clone();
        use_effect_with(changes, move |_| {
            let Ok(s) = session.try_borrow() else {
                return;
            };
            let world = s.world();
            let cluster = &world.cluster;
            let from = cursor.borrow().unwrap_or_else(|| cluster.change_cursor());
            let (entries, next, _dropped) = cluster.changes_since(from);
            if cursor.borrow().is_some() && entries.is_empty() {
                return;
            }
            *cursor.borrow_mut() = Some(next);
            let mut requests = Vec::new();
            let mut says = Vec::new();
            for e in entries.iter().take(EVENTS_PER_OBSERVATION_MAX) {
                if let Change::Http(h) = &e.change {
                    requests.extend(request(h));
                } else if let Some(said) = sentence(&e.change, text) {
                    says.push(said);
                }
            }
            let model = Model::of(cluster);
            drop(world);
            drop(s);
            observed.set(Observed {
                seq: observed.seq + 1,
                model: Rc::new(model),
                requests: Rc::new(requests),
                says: Rc::new(says),
            });
        });
    }
    (*observed).clone()
}

fn request(h: &crate::engine::changes::HttpRecord) -> Option<Request> {
    let key = |(ns, name): &(String, String)| format!("{ns}/{name}");
    let shown = |(ns, _): &&(String, String)| shown_namespace(ns);
    if h.service.as_ref().is_some_and(|s| !shown(&s)) {
        return None;
    }
    let from_pod = h.client.strip_prefix("pod/").map(str::to_string);
    Some(Request {
        from_pod,
        service: h.service.as_ref().map(key),
        pod: h.pod.as_ref().filter(shown).map(key),
        ok: h.status != 0 && h.pod.is_some(),
    })
}
