//! [`Desk`]: the lesson state that lives in the session's `World`, so the
//! terminal commands (`hint`, `next` …) and the lesson panel read and
//! change one and the same thing. It holds the catalog, the progress, and
//! the open lesson with its step, hints shown and goal results.
//!
//! What needs a fresh cluster (open a lesson, reset, skip) cannot happen
//! inside a command: the desk records it as a [`Request`] and the host
//! (`play`, driven by the UI or the native runner) carries it out once
//! the command has finished. Everything else happens here, at once.

use std::rc::Rc;

use super::catalog::CatalogEntry;
use super::eval::{eval, Differs, Marks};
use super::format::{Lesson, Step};
use super::progress::Progress;
use crate::i18n::Lang;
use crate::shell::world::World;

/// Work only the host can do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Request {
    /// Open lesson `id` (fetching it if need be) at `step`.
    Open { id: String, step: usize },
    /// Put the cluster back as the current step expects it.
    ResetStep,
    /// Start the open lesson again from its setup.
    ResetLesson,
    /// Move on without reaching the goals: the next step's cluster is
    /// prepared by replaying the solutions.
    Skip,
    /// Rebuild a shared or saved session (fetching its lesson if it
    /// names one); see `share::replay::restore`.
    Restore(Rc<crate::share::Snapshot>),
}

/// The open lesson.
#[derive(Clone, Debug)]
pub struct Active {
    pub lesson: Rc<Lesson>,
    pub step: usize,
    pub hints_shown: usize,
    pub solution_shown: bool,
    /// Per goal of the step: `None` when it holds, else what differs.
    pub goals: Vec<Option<Differs>>,
    /// Every goal held at once: the step is done (it stays done).
    pub complete: bool,
    /// `next` was given on the last step.
    pub finished: bool,
    pub marks: Marks,
}

impl Active {
    pub fn current(&self) -> Option<&Step> {
        self.lesson.steps.get(self.step)
    }
}

/// The lesson layer's slot in the shell's world: the open lesson,
/// catalog and progress, read and changed by the lesson commands and the
/// lesson panel. A session puts its desk in when it starts.
impl World {
    /// The world's desk (an empty one when none was put in).
    pub fn lesson(&self) -> &Desk {
        thread_local! {
            static NONE: &'static Desk = Box::leak(Box::default());
        }
        self.ext
            .get::<Desk>()
            .unwrap_or_else(|| NONE.with(|none| *none))
    }

    /// The world's desk, to change.
    pub fn lesson_mut(&mut self) -> &mut Desk {
        self.ext.get_or_insert_with(Desk::default)
    }
}

/// What `next` did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Next {
    /// Moved to the next step.
    Advanced,
    /// That was the last step: the lesson is finished.
    Finished,
    /// Goals are still open; `Skip` would move on anyway.
    GoalsOpen,
    /// The lesson was already finished: open the next one (if any).
    NextLesson(Option<String>),
    NoLesson,
}

/// The lesson state of one session.
#[derive(Clone, Debug, Default)]
pub struct Desk {
    /// The learner's language (lesson files and messages).
    pub lang: Lang,
    /// The lessons in `lang`, in catalog order (empty until loaded).
    pub catalog: Vec<CatalogEntry>,
    pub progress: Progress,
    pub active: Option<Active>,
    /// Work waiting for the host; a newer request replaces an older one.
    pub request: Option<Request>,
    /// Bumped on every change the panel shows.
    pub revision: u64,
}

impl Desk {
    fn touch(&mut self) {
        self.revision += 1;
    }

    /// Opens `lesson` at `step` in the world prepared for it.
    pub fn begin(&mut self, lesson: Rc<Lesson>, step: usize, world: &World) {
        let step = step.min(lesson.steps.len().saturating_sub(1));
        self.progress.set_current(Some(&lesson.id));
        self.progress.set_step(&lesson.id, step);
        self.active = Some(Active {
            lesson,
            step,
            hints_shown: 0,
            solution_shown: false,
            goals: Vec::new(),
            complete: false,
            finished: false,
            marks: Marks::default(),
        });
        self.enter_step(step, world);
    }

    /// Closes the open lesson (the cluster stays as it is).
    pub fn close(&mut self) {
        if self.active.take().is_some() {
            self.progress.set_current(None);
            self.touch();
        }
    }

    /// Swaps in the same lesson in another language, keeping the place.
    /// Refused (false) when the steps or goals do not line up.
    pub fn translate(&mut self, lesson: Rc<Lesson>) -> bool {
        let Some(active) = self.active.as_mut() else {
            return false;
        };
        let same_shape = active.lesson.id == lesson.id
            && active.lesson.steps.len() == lesson.steps.len()
            && active
                .lesson
                .steps
                .iter()
                .zip(&lesson.steps)
                .all(|(a, b)| a.goals.len() == b.goals.len());
        if same_shape {
            active.lesson = lesson;
            self.touch();
        }
        same_shape
    }

    fn enter_step(&mut self, step: usize, world: &World) {
        if let Some(active) = self.active.as_mut() {
            active.step = step;
            active.hints_shown = 0;
            active.solution_shown = false;
            active.complete = false;
            active.goals = Vec::new();
            let checks = active
                .current()
                .map(|s| s.goals.iter().map(|g| &g.check).collect::<Vec<_>>())
                .unwrap_or_default();
            active.marks = Marks::now(world, checks);
            let id = active.lesson.id.clone();
            self.progress.set_step(&id, step);
        }
        self.touch();
        self.refresh(world);
    }

    /// Re-checks the open step's goals; true when anything shown changed.
    /// A step is complete once all its goals hold at the same moment;
    /// from then on its goals stay ticked.
    pub fn refresh(&mut self, world: &World) -> bool {
        let Some(active) = self.active.as_mut() else {
            return false;
        };
        if active.complete || active.finished {
            return false;
        }
        let Some(step) = active.lesson.steps.get(active.step) else {
            return false;
        };
        let goals: Vec<Option<Differs>> = step
            .goals
            .iter()
            .map(|g| eval(&g.check, world, &active.marks).err())
            .collect();
        let complete = !goals.is_empty() && goals.iter().all(Option::is_none);
        if goals == active.goals && !complete {
            return false;
        }
        active.goals = goals;
        if complete {
            active.complete = true;
            let (id, step) = (active.lesson.id.clone(), active.step);
            self.progress.mark_done(&id, step);
        }
        self.touch();
        true
    }

    /// Shows the next hint; returns its 0-based number, or `None` when the
    /// step has none. Past the last one, the last is returned again.
    pub fn hint(&mut self) -> Option<usize> {
        let active = self.active.as_mut()?;
        let count = active.current()?.hints.len();
        if count == 0 {
            return None;
        }
        if active.hints_shown < count {
            active.hints_shown += 1;
            self.touch();
        }
        Some(active_hints(self).saturating_sub(1))
    }

    /// Shows the solution; false when the step has none.
    pub fn show_solution(&mut self) -> bool {
        let Some(active) = self.active.as_mut() else {
            return false;
        };
        let has = active.current().is_some_and(|s| !s.solution.is_empty());
        if has && !active.solution_shown {
            active.solution_shown = true;
            self.touch();
        }
        has
    }

    /// `next`: moves on when the step is done (or has no goals).
    pub fn next(&mut self, world: &World) -> Next {
        let Some(active) = self.active.as_mut() else {
            return Next::NoLesson;
        };
        if active.finished {
            return Next::NextLesson(self.following_lesson());
        }
        let goal_free = active.current().is_none_or(|s| s.goals.is_empty());
        if !active.complete && !goal_free {
            return Next::GoalsOpen;
        }
        let next = active.step + 1;
        if next >= active.lesson.steps.len() {
            active.finished = true;
            self.touch();
            return Next::Finished;
        }
        self.enter_step(next, world);
        Next::Advanced
    }

    /// The lesson after the open one in the catalog.
    fn following_lesson(&self) -> Option<String> {
        let id = &self.active.as_ref()?.lesson.id;
        let at = self.catalog.iter().position(|e| &e.id == id)?;
        self.catalog.get(at + 1).map(|e| e.id.clone())
    }

    /// Looks a lesson up by id or by its 1-based catalog number.
    pub fn find(&self, key: &str) -> Option<&CatalogEntry> {
        match key.parse::<usize>() {
            Ok(n) => n.checked_sub(1).and_then(|i| self.catalog.get(i)),
            Err(_) => self.catalog.iter().find(|e| e.id == key),
        }
    }

    /// The step to reopen lesson `id` at: where the learner left it, or
    /// the first step again once every step is done (a review).
    pub fn resume_step(&self, id: &str) -> usize {
        let p = self.progress.of(id);
        let steps = self.find(id).map_or(0, |e| e.steps);
        match steps > 0 && p.done.len() >= steps {
            true => 0,
            false => p.step,
        }
    }

    /// Leaves work for the host.
    pub fn ask(&mut self, request: Request) {
        self.request = Some(request);
        self.touch();
    }
}

fn active_hints(desk: &Desk) -> usize {
    desk.active.as_ref().map_or(0, |a| a.hints_shown)
}

/// Runs `f` with the world's desk taken out, so it can read the rest of
/// the world while changing the desk.
pub fn with_desk<R>(world: &mut World, f: impl FnOnce(&mut Desk, &World) -> R) -> R {
    let mut desk = std::mem::take(world.lesson_mut());
    let result = f(&mut desk, world);
    *world.lesson_mut() = desk;
    result
}
