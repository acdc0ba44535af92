//! Booting a playground as its address asks — the `lesson=` at its
//! `step=`, else (first boot only) the lesson the learner was in, then
//! the preset `commands=` — and resetting it to that state when the
//! embedding page asks. Both end by telling the host the playground is
//! ready. Nothing here parses the address (`embed::params` did).

use super::{SessionView, Shared};
use crate::lesson::{play, Request};
use crate::ui::state::Action;

impl Shared {
    /// Opens the address's lesson (else, on the first boot, the lesson the
    /// learner was in), queues the address's preset commands, and says
    /// the playground is ready.
    ///
    /// A saved session or share link being restored wins over all of it:
    /// its replay log already holds the lesson it was in and the preset
    /// commands it ran.
    pub(super) async fn boot(&self, resume: bool) {
        let (target, notice, restoring) = {
            let Ok(s) = self.session.try_borrow() else {
                return;
            };
            let world = s.world();
            let desk = world.lesson();
            let restoring = matches!(desk.request, Some(Request::Restore(_)));
            let (target, notice) = match &self.boot.lesson {
                _ if restoring => (None, None),
                Some(key) => match desk.find(key) {
                    Some(entry) => {
                        let step = self.boot.step.unwrap_or_else(|| match resume {
                            true => desk.resume_step(&entry.id),
                            false => 0,
                        });
                        (Some((entry.id.clone(), step)), None)
                    }
                    None => (
                        None,
                        Some(format!(
                            "kubeplay: ignored lesson={key:?}: there is no such lesson in this language's catalog"
                        )),
                    ),
                },
                None if resume => {
                    let current = desk.progress.current.clone();
                    (current.map(|id| (id.clone(), desk.resume_step(&id))), None)
                }
                None => (None, None),
            };
            (target, notice, restoring)
        };
        if let Some(notice) = notice {
            self.dispatcher.dispatch(Action::Notices(vec![notice]));
        }
        if let Some((id, step)) = target {
            self.open(id, step).await;
        }
        let presets = if restoring {
            &[][..]
        } else {
            &self.boot.commands[..]
        };
        for line in presets {
            self.dispatcher.dispatch(Action::RunLine(line.clone()));
        }
        let open = self.session.try_borrow().ok().and_then(|s| {
            let world = s.world();
            let a = world.lesson().active.as_ref()?;
            Some((a.lesson.id.clone(), a.step))
        });
        self.on_ready.emit(open);
    }

    /// A fresh sandbox (the same seed, the desk kept but no lesson open,
    /// a clear screen), then the address's lesson and commands again.
    pub(super) fn reset(&self) {
        let view = {
            let Ok(mut s) = self.session.try_borrow_mut() else {
                return;
            };
            let seed = s.seed();
            {
                let mut world = s.world_mut();
                world.lesson_mut().close();
                world.lesson_mut().request = None;
            }
            play::sandbox(&mut s, seed);
            SessionView::of(&s)
        };
        self.dispatcher.dispatch(Action::Reset { view });
        self.bump(|h| h.error = None);
        let me = self.clone();
        self.spawn(async move { me.boot(false).await });
    }
}
