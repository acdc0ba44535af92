//! Learner actions that need the session while something else holds it.
//!
//! The UI shares one `Session` through a `RefCell`. A click or key that
//! arrives while the session is borrowed (a render reading it, a frame
//! advancing it) used to be dropped by its `try_borrow_mut`. Here it
//! waits instead: [`SessionQueue::run`] runs the action at once when the
//! session is free, else queues it — at most [`SESSION_QUEUE_MAX`], in
//! order — and a microtask drains the queue as soon as the holder lets go
//! (borrows are never held across an `.await`, so the holder has let go
//! by the time the current event's code has returned). Each action returns what to do once the session is released
//! (dispatch its result), because dispatching renders, and rendering
//! needs the session.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::session::Session;

/// The most learner actions waiting for the session; one past it is
/// refused (`run` returns false) rather than growing without bound.
pub const SESSION_QUEUE_MAX: usize = 64;

/// How long a drain that found the session held waits before it tries again.
const RETRY_MS: u32 = 16;

/// What to do after the session is released (usually: dispatch).
pub type After = Box<dyn FnOnce()>;

/// One action: work on the session, then what follows its release.
type Job = Box<dyn FnOnce(&mut Session) -> After>;

/// The session and the actions waiting for it.
#[derive(Clone)]
pub struct SessionQueue {
    session: Rc<RefCell<Session>>,
    waiting: Rc<RefCell<Vec<Job>>>,
    /// A drain is scheduled.
    scheduled: Rc<Cell<bool>>,
}

impl PartialEq for SessionQueue {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.session, &other.session)
    }
}

impl SessionQueue {
    pub fn new(session: Rc<RefCell<Session>>) -> SessionQueue {
        SessionQueue {
            session,
            waiting: Rc::default(),
            scheduled: Rc::default(),
        }
    }

    /// Runs `action` now if the session is free and nothing waits before
    /// it, else queues it. False only when the queue is full.
    pub fn run(&self, action: impl FnOnce(&mut Session) -> After + 'static) -> bool {
        self.run_boxed(Box::new(action))
    }

    /// `run`, compiled once for every kind of action (a generic body per
    /// call site cost ~2 KB gzip).
    fn run_boxed(&self, action: Job) -> bool {
        if self.waiting.borrow().is_empty() {
            if let Ok(mut s) = self.session.try_borrow_mut() {
                let after = action(&mut s);
                drop(s);
                after();
                return true;
            }
        }
        {
            let mut waiting = self.waiting.borrow_mut();
            if waiting.len() >= SESSION_QUEUE_MAX {
                return false;
            }
            waiting.push(action);
        }
        self.schedule();
        true
    }

    /// The session itself, for reading it.
    pub fn session(&self) -> &Rc<RefCell<Session>> {
        &self.session
    }

    /// How many actions wait.
    pub fn waiting(&self) -> usize {
        self.waiting.borrow().len()
    }

    /// Runs waiting actions in order while the session is free; sets the
    /// drain again when it is still held.
    pub fn drain(&self) {
        self.scheduled.set(false);
        for _ in 0..SESSION_QUEUE_MAX {
            let Ok(mut s) = self.session.try_borrow_mut() else {
                // Still held (never expected): try again after the
                // browser's next turn rather than spin on microtasks.
                let me = self.clone();
                self.scheduled.set(true);
                gloo::timers::callback::Timeout::new(RETRY_MS, move || me.drain()).forget();
                return;
            };
            let next = {
                let mut waiting = self.waiting.borrow_mut();
                (!waiting.is_empty()).then(|| waiting.remove(0))
            };
            let Some(action) = next else {
                return;
            };
            let after = action(&mut s);
            drop(s);
            after();
        }
        if self.waiting() > 0 {
            self.schedule();
        }
    }

    fn schedule(&self) {
        if self.scheduled.replace(true) {
            return;
        }
        let me = self.clone();
        wasm_bindgen_futures::spawn_local(async move { me.drain() });
    }
}
