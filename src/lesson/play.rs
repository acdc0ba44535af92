//! The host side of a lesson, over a [`Session`]: prepare a fresh world
//! for a lesson (nodes, files, setup commands run silently, cluster left
//! to settle), replay solutions to reach a step, carry out the desk's
//! [`Request`]s, and solve the open step the way the tests and the
//! `--lesson` runner do. The UI and the native runner share these, so a
//! lesson behaves the same in the browser as in `cargo test`.

use std::rc::Rc;

use super::desk::{with_desk, Next, Request};
use super::eval::Differs;
use super::format::Lesson;
use super::limits::{GOAL_WAIT_MS_MAX, GOAL_WAIT_STEPS_MAX, SETTLE_MS_MAX};
use crate::engine::{Cluster, ClusterConfig};
use crate::session::Session;
use crate::shell::Chunk;

/// Why a lesson could not be prepared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlayError {
    /// A setup file could not be written.
    File { path: String, error: String },
    /// A setup command failed: its exit status and what it printed.
    Command {
        command: String,
        status: i32,
        output: String,
    },
    /// Replaying step `step` (0-based) did not reach its goals.
    Replay {
        step: usize,
        goals: Vec<Option<Differs>>,
    },
    /// No lesson is open.
    NoLesson,
    /// A saved session's checkpoint could not be loaded (why, never its text).
    Checkpoint(String),
}

impl std::fmt::Display for PlayError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PlayError::File { path, error } => write!(f, "setup file {path}: {error}"),
            PlayError::Command {
                command,
                status,
                output,
            } => write!(
                f,
                "setup command `{command}` exited with {status}:\n{output}"
            ),
            PlayError::Replay { step, goals } => {
                let open = goals.iter().filter(|g| g.is_some()).count();
                write!(
                    f,
                    "step {}: {open} goal(s) still open after its solution",
                    step + 1
                )
            }
            PlayError::NoLesson => write!(f, "no lesson is open"),
            PlayError::Checkpoint(why) => write!(f, "its checkpoint is damaged ({why})"),
        }
    }
}

/// What solving one step took.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Solved {
    /// Goal results before the solution ran (`None` = held).
    pub before: Vec<Option<Differs>>,
    /// Goal results when the wait ended.
    pub after: Vec<Option<Differs>>,
    /// Simulated ms from the first solution command to the goals holding
    /// (or to the end of the wait).
    pub sim_ms: u64,
    /// The terminal text of the solution.
    pub transcript: String,
    /// Every goal held at once.
    pub complete: bool,
}

/// Replaces the session's world with a fresh one for `lesson`, keeping
/// the desk (catalog, progress, language); the lesson is not opened yet.
pub fn prepare(session: &mut Session, lesson: &Lesson) -> Result<(), PlayError> {
    let seed = session.seed();
    sandbox(session, seed);
    {
        let mut world = session.world_mut();
        let config = ClusterConfig {
            nodes: lesson.setup.nodes,
            ..ClusterConfig::default()
        };
        world.cluster = Cluster::with_config(seed, config);
        for file in &lesson.setup.files {
            let fail = |e: crate::shell::vfs::FsError| PlayError::File {
                path: file.path.clone(),
                error: e.to_string(),
            };
            let parent = crate::shell::vfs::parent(&world.abs_path(&file.path)).to_string();
            world.make_dirs(&parent).map_err(fail)?;
            world.write_file(&file.path, &file.content).map_err(fail)?;
        }
    }
    for command in lesson.setup.joined_commands() {
        let poll = session.run(&command);
        let status = poll.finished.unwrap_or(130);
        if status != 0 {
            return Err(PlayError::Command {
                command,
                status,
                output: text_of(&poll.output),
            });
        }
    }
    let mut world = session.world_mut();
    world.cluster.run_until_idle(SETTLE_MS_MAX);
    // The learner's `history` starts empty, as in a fresh terminal.
    world.history.clear();
    world.last_status = 0;
    Ok(())
}

/// Replaces the session with a fresh sandbox seeded with `seed`, keeping
/// the desk (catalog, progress, language; a lesson stays open on the new
/// cluster) and the address share links point at.
pub fn sandbox(session: &mut Session, seed: u64) {
    let desk = std::mem::take(session.world_mut().lesson_mut());
    let page_url = session.world().replay().page_url().to_string();
    *session = Session::new(seed);
    let mut world = session.world_mut();
    *world.lesson_mut() = desk;
    world.replay_mut().set_page_url(&page_url);
}

/// Opens `lesson` at `step`: a fresh world, then the solutions of the
/// steps before it replayed (progress is left as it was: replayed steps
/// are not the learner's).
pub fn open(session: &mut Session, lesson: Rc<Lesson>, step: usize) -> Result<(), PlayError> {
    prepare(session, &lesson)?;
    let saved = session.world().lesson().progress.clone();
    with_desk(&mut session.world_mut(), |desk, world| {
        desk.begin(Rc::clone(&lesson), 0, world)
    });
    let target = step.min(lesson.steps.len().saturating_sub(1));
    for k in 0..target {
        let solved = solve(session)?;
        if !solved.complete && !lesson.steps.get(k).is_some_and(|s| s.goals.is_empty()) {
            return Err(PlayError::Replay {
                step: k,
                goals: solved.after,
            });
        }
        with_desk(&mut session.world_mut(), |desk, world| {
            if let Some(active) = desk.active.as_mut() {
                // A goal-free step is left as `next` leaves it.
                active.complete = true;
            }
            desk.next(world)
        });
    }
    let mut world = session.world_mut();
    let desk = world.lesson_mut();
    desk.progress = saved;
    desk.progress.set_current(Some(&lesson.id));
    desk.progress.set_step(&lesson.id, target);
    desk.revision += 1;
    // A replay starts here: the lesson opened at its step in a fresh world.
    let now = world.cluster.now_ms();
    let at = crate::share::LessonAt {
        id: lesson.id.clone(),
        step: target,
    };
    world.replay_mut().rebase(Some(at), now);
    Ok(())
}

/// Runs the open step's solution, then lets simulated time run, timer by
/// timer, until its goals hold — at most [`GOAL_WAIT_MS_MAX`] of
/// simulated time and [`GOAL_WAIT_STEPS_MAX`] advances.
pub fn solve(session: &mut Session) -> Result<Solved, PlayError> {
    let (commands, before) = {
        let mut world = session.world_mut();
        with_desk(&mut world, |desk, world| {
            desk.refresh(world);
            let active = desk.active.as_ref()?;
            let step = active.current()?;
            Some((step.solution_commands(), active.goals.clone()))
        })
    }
    .ok_or(PlayError::NoLesson)?;
    let start = session.now_ms();
    let transcript = crate::transcript::run_in(session, &commands.join("\n"));
    let mut complete = refresh(session);
    let deadline = start.saturating_add(GOAL_WAIT_MS_MAX);
    for _ in 0..GOAL_WAIT_STEPS_MAX {
        if complete {
            break;
        }
        let Some(due) = session.next_wake_ms() else {
            break;
        };
        if due > deadline {
            break;
        }
        session.advance(due.saturating_sub(session.now_ms()));
        complete = refresh(session);
    }
    let after = session
        .world()
        .lesson()
        .active
        .as_ref()
        .map(|a| a.goals.clone())
        .unwrap_or_default();
    let after = match complete {
        true => after.iter().map(|_| None).collect(),
        false => after,
    };
    Ok(Solved {
        before,
        after,
        sim_ms: session.now_ms().saturating_sub(start),
        transcript,
        complete,
    })
}

/// Re-checks the goals; true when the open step is complete.
pub fn refresh(session: &mut Session) -> bool {
    with_desk(&mut session.world_mut(), |desk, world| {
        desk.refresh(world);
        desk.active.as_ref().is_some_and(|a| a.complete)
    })
}

/// Carries out a reset or skip for the open lesson. `Open` requests
/// need the lesson text, which only the host can load: they are
/// returned untouched (`Ok(Some(..))`) for it to handle.
pub fn perform(session: &mut Session, request: Request) -> Result<Option<Request>, PlayError> {
    let Some((lesson, step)) = session
        .world()
        .lesson()
        .active
        .as_ref()
        .map(|a| (Rc::clone(&a.lesson), a.step))
    else {
        return match request {
            Request::Open { .. } | Request::Restore(_) => Ok(Some(request)),
            _ => Err(PlayError::NoLesson),
        };
    };
    match request {
        Request::Open { .. } | Request::Restore(_) => Ok(Some(request)),
        Request::ResetStep => open(session, lesson, step).map(|()| None),
        Request::ResetLesson => {
            session.world_mut().lesson_mut().progress.forget(&lesson.id);
            open(session, lesson, 0).map(|()| None)
        }
        Request::Skip => {
            let last = lesson.steps.len().saturating_sub(1);
            if step >= last {
                // Skipping the last step finishes the lesson where it is.
                with_desk(&mut session.world_mut(), |desk, world| {
                    if let Some(a) = desk.active.as_mut() {
                        a.complete = true;
                    }
                    desk.next(world) == Next::Finished
                });
                return Ok(None);
            }
            open(session, lesson, step + 1).map(|()| None)
        }
    }
}

fn text_of(chunks: &[Chunk]) -> String {
    chunks
        .iter()
        .map(|c| match c {
            Chunk::Out(t) | Chunk::Err(t) => t.as_str(),
            Chunk::Clear => "",
        })
        .collect()
}
