//! Rebuilds a session from a [`Snapshot`] by deterministic replay: for
//! each event, simulated time advances by its gap (timer by timer, as the
//! UI's frame loop does, so the result does not depend on how time was
//! sliced), then the event is applied the way the terminal applies it.
//! The caller prepares the starting world (a fresh sandbox with the seed,
//! or a lesson opened at its step); `replay` does the rest and returns
//! the terminal text the replay produced.
//!
//! Replay only ever runs simulated commands. Lesson requests a replayed
//! command makes (`lessons 3`, `reset`) are dropped: in the original
//! session they replaced the world and rebased the log, so they never
//! appear mid-log unless they failed.

use std::rc::Rc;

use super::limits::REPLAY_WAKES_MAX;
use super::log::{Event, Snapshot};
use crate::lesson::desk::with_desk;
use crate::lesson::play::{self, PlayError};
use crate::lesson::Lesson;
use crate::session::{checkpoint, Poll, Session, Submitted};
use crate::shell::Chunk;

/// What a replay did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Replayed {
    /// The terminal text: `$ line` echoes, typed lines and output.
    pub transcript: Vec<Chunk>,
    /// Commands run.
    pub commands: usize,
    /// Events that could not be applied as recorded (a command submitted
    /// while the replayed one still ran, an input nobody waited for).
    pub diverged: usize,
}

/// Rebuilds the session `snap` describes: a fresh world with its seed —
/// loaded from the snapshot's checkpoint when it has one (with `lesson`
/// open where it was), else `lesson` opened at the snapshot's step when
/// it names one (the host fetched it), else a sandbox — then [`replay`]. The desk (catalog,
/// progress, language) is kept.
pub fn restore(
    session: &mut Session,
    snap: &Snapshot,
    lesson: Option<Rc<Lesson>>,
) -> Result<Replayed, PlayError> {
    play::sandbox(session, snap.seed);
    match (&snap.base, lesson, &snap.lesson) {
        (Some(base), lesson, _) => {
            checkpoint::load(session, base, lesson).map_err(PlayError::Checkpoint)?
        }
        (None, Some(lesson), Some(at)) => play::open(session, lesson, at.step)?,
        _ => session.world_mut().lesson_mut().close(),
    }
    Ok(replay(session, snap))
}

/// Applies every event of `snap` to `session`, then advances by its end gap.
pub fn replay(session: &mut Session, snap: &Snapshot) -> Replayed {
    let mut out = Replayed::default();
    for entry in &snap.entries {
        advance_by(session, entry.gap_ms, &mut out);
        refresh_goals(session);
        apply(session, &entry.event, &mut out);
        session.world_mut().lesson_mut().request = None;
    }
    advance_by(session, snap.end_gap_ms, &mut out);
    refresh_goals(session);
    out
}

fn apply(session: &mut Session, event: &Event, out: &mut Replayed) {
    match event {
        Event::Run(line) => {
            out.transcript.push(Chunk::Out(echo("$ ", line)));
            match session.submit(line) {
                Submitted::Started => out.commands += 1,
                Submitted::Busy => out.diverged += 1,
            }
        }
        Event::Input(line) => match session.input_prompt() {
            Some(prompt) => {
                out.transcript.push(Chunk::Out(format!("{prompt}{line}\n")));
                session.send_input(line);
            }
            None => out.diverged += 1,
        },
        Event::Eof => match session.input_prompt() {
            Some(prompt) => {
                out.transcript.push(Chunk::Out(prompt));
                session.end_input();
            }
            None => out.diverged += 1,
        },
        Event::Save(text) => finish_edit(session, Some(text.clone()), out),
        Event::Cancel => finish_edit(session, None, out),
        Event::Interrupt => {
            let poll = session.interrupt();
            out.transcript.extend(poll.output);
            return;
        }
        Event::Next => next_step(session),
        Event::Close => close_lesson(session),
    }
    collect(session.poll(), out);
}

fn finish_edit(session: &mut Session, saved: Option<String>, out: &mut Replayed) {
    match session.pending_edit() {
        Some(_) => session.finish_edit(saved),
        None => out.diverged += 1,
    }
}

/// The lesson panel's Close, recorded.
pub fn close_lesson(session: &mut Session) {
    session.world_mut().lesson_mut().close();
    let now = session.now_ms();
    session.world_mut().replay_mut().record(now, Event::Close);
}

/// The lesson panel's Next once it moved on, recorded; replayed, the step
/// counts as done (its goals may have held only between two refreshes of
/// the original session), then moves on.
pub fn next_step(session: &mut Session) {
    let now = session.now_ms();
    let mut world = session.world_mut();
    with_desk(&mut world, |desk, world| {
        if let Some(active) = desk.active.as_mut() {
            active.complete = true;
        }
        desk.next(world);
    });
    world.replay_mut().record(now, Event::Next);
}

fn refresh_goals(session: &mut Session) {
    with_desk(&mut session.world_mut(), |desk, world| desk.refresh(world));
}

/// Moves time forward by `gap_ms`, polling a computing job until it
/// waits (time stands still while a job computes, as in the browser).
fn advance_by(session: &mut Session, gap_ms: u64, out: &mut Replayed) {
    let target = session.now_ms().saturating_add(gap_ms);
    for _ in 0..REPLAY_WAKES_MAX {
        let now = session.now_ms();
        if now >= target {
            break;
        }
        session.advance(target - now);
        collect(session.poll(), out);
    }
    collect(session.poll(), out);
}

fn collect(poll: Poll, out: &mut Replayed) {
    out.transcript.extend(poll.output);
}

/// `$ line` as the terminal echoes it; continuation lines get `> `.
fn echo(prompt: &str, line: &str) -> String {
    let mut text = String::from(prompt);
    text.push_str(&line.replace('\n', "\n> "));
    text.push('\n');
    text
}
