//! Restoring a shared or saved session inside the lesson host, which owns
//! lesson fetching and world replacement: the `Request::Restore` the app
//! puts in the desk at start-up waits for the catalog when its session
//! names a lesson, then the lesson is fetched, opened at its step and the
//! events replayed (`share::replay::restore`); the terminal shows the
//! replayed commands and "Restored N commands.".

use std::rc::Rc;

use super::Shared;
use crate::lesson::{commands, Request};
use crate::session::{Poll, Session};
use crate::share::{replay, Snapshot};
use crate::shell::Chunk;
use crate::ui::state::{Action, SessionView};

impl Shared {
    /// The desk's pending request, except a restore that must wait: for
    /// the catalog (to find its lesson's file) or for one in progress.
    /// A restore stays in the desk until done, so nothing saves the empty
    /// session it is about to replace.
    pub(super) fn take_request(&self, s: &mut Session) -> Option<Request> {
        let mut world = s.world_mut();
        let Some(Request::Restore(snap)) = &world.lesson().request else {
            return world.lesson_mut().request.take();
        };
        let host = self.host.borrow();
        let catalog_ready = !world.lesson().catalog.is_empty() || host.loading == 0;
        match !host.restoring && (snap.lesson.is_none() || catalog_ready) {
            true => Some(Request::Restore(Rc::clone(snap))),
            false => None,
        }
    }

    /// Rebuilds a shared or saved session: its lesson fetched and opened
    /// at its step (when it names one), then its events replayed.
    pub(super) fn restore(&self, snap: Rc<Snapshot>) {
        self.bump(|h| h.restoring = true);
        match snap.lesson.as_ref().map(|at| at.id.clone()) {
            None => self.finish_restore(&snap, None),
            Some(id) => {
                let me = self.clone();
                self.spawn(async move {
                    let lesson = me.fetch_lesson(&id).await.map(Rc::new);
                    me.finish_restore(&snap, lesson);
                });
            }
        }
    }

    fn finish_restore(&self, snap: &Snapshot, lesson: Option<Rc<crate::lesson::Lesson>>) {
        self.bump(|h| h.restoring = false);
        let Ok(mut s) = self.session.try_borrow_mut() else {
            return;
        };
        s.world_mut().lesson_mut().request = None;
        let result = replay::restore(&mut s, snap, lesson);
        let t = s.world().lesson().lang.text();
        let mut output = Vec::new();
        if let Some(a) = s.world().lesson().active.as_ref() {
            let world = s.world();
            let desk = world.lesson();
            let header = commands::step_header(desk, t);
            output.push(Chunk::Out(format!("# {} — {header}\n", a.lesson.title)));
        }
        let status = match result {
            Ok(r) => {
                output.extend(r.transcript);
                Some(t.restored(r.commands))
            }
            Err(e) => {
                self.fail(e.to_string());
                None
            }
        };
        if let Some(line) = &status {
            output.push(Chunk::Out(format!("{line}\n")));
        }
        let view = SessionView::of(&s);
        drop(s);
        let poll = Poll {
            output,
            finished: None,
        };
        self.dispatcher
            .dispatch(Action::Advanced { poll, view, status });
    }
}
