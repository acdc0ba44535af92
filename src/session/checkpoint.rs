//! Compaction of a long session: when the replay log is full, a
//! checkpoint of the world — cluster, shell state and the open lesson's
//! place (`World::checkpoint`, plus the step, hints shown and marks) —
//! becomes the log's new start, and the log goes on from it. Restoring
//! loads the checkpoint and replays what followed; a property test
//! (`tests/checkpoint_props.rs`) holds it to what replaying from the seed
//! gives. Taken only when no command runs: a running job is code, not data.

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::json::{FromJson, ToJson};
use serde_json::Value;

use crate::kubectl::cmd::exec::container;
use crate::lesson::desk::Active;
use crate::lesson::eval::Marks;
use crate::lesson::Lesson;
use crate::session::Session;
use crate::share::codec::{base64url, unbase64url};
use crate::share::limits::CHECKPOINT_BYTES_MAX;
use crate::share::LessonAt;
use crate::shell::world::World;

/// The open lesson's place, by id (the host fetches the lesson itself).
#[derive(ToJson, FromJson)]
struct LessonState {
    id: String,
    step: usize,
    hints_shown: usize,
    solution_shown: bool,
    complete: bool,
    finished: bool,
    http_seq: u64,
    rollbacks: BTreeMap<String, u32>,
}

/// The world and its open lesson as checkpoint text (JSON).
pub fn take(world: &World) -> String {
    let mut doc = world.checkpoint();
    if let Value::Object(map) = &mut doc {
        map.insert("containers".into(), container::checkpoint(world));
    }
    if let (Some(a), Value::Object(map)) = (world.lesson().active.as_ref(), &mut doc) {
        let state = LessonState {
            id: a.lesson.id.clone(),
            step: a.step,
            hints_shown: a.hints_shown,
            solution_shown: a.solution_shown,
            complete: a.complete,
            finished: a.finished,
            http_seq: a.marks.http_seq,
            rollbacks: a.marks.rollbacks.clone(),
        };
        map.insert("lesson".into(), state.to_json());
    }
    pack(&super::json_fold::fold(doc).to_string())
}

/// Checkpoint text from its (folded) JSON.
pub fn pack(json: &str) -> String {
    format!(
        "{PACKED}{}",
        base64url(&super::lz::compress(json.as_bytes()))
    )
}

/// How checkpoint text starts: JSON with repeats folded
/// (`json_fold`), LZ-compressed (`lz`), in base64url.
const PACKED: &str = "lz1.";

/// The (folded) JSON of checkpoint text, if it is one.
pub fn unpack(base: &str) -> Option<Value> {
    let bytes = unbase64url(base.strip_prefix(PACKED)?)?;
    let json = super::lz::decompress(&bytes, CHECKPOINT_BYTES_MAX)?;
    // Through `from_str`, the parser the rest of the page already has
    // (`from_slice` would compile serde_json's parser a second time).
    serde_json::from_str(std::str::from_utf8(&json).ok()?).ok()
}

/// Compacts the world's replay log if a command of `text_len` bytes
/// would find it full (the caller knows no command is running).
pub fn compact_if_due(world: &mut World, text_len: usize) {
    if !world.replay().needs_compaction(text_len) {
        return;
    }
    let base: Rc<str> = take(world).into();
    let now = world.cluster.now_ms();
    let at = lesson_at(world);
    world.replay_mut().compact(base, at, now);
}

/// Loads checkpoint text into the session's world (no command may be
/// running) and starts its log from it; `lesson` is the lesson the
/// checkpoint names, fetched by the host (the desk stays closed without
/// it). On an error the world is unchanged.
pub fn load(
    session: &mut Session,
    base: &Rc<str>,
    lesson: Option<Rc<Lesson>>,
) -> Result<(), String> {
    load_world(&mut session.world_mut(), base, lesson)?;
    session.sync_history();
    Ok(())
}

fn load_world(world: &mut World, base: &Rc<str>, lesson: Option<Rc<Lesson>>) -> Result<(), String> {
    let doc = unpack(base).ok_or_else(|| "not a checkpoint".to_string())?;
    let mut doc = super::json_fold::unfold(doc)?;
    let state = match doc.get_mut("lesson").map(Value::take) {
        None | Some(Value::Null) => None,
        Some(v) => Some(LessonState::from_json(&v).map_err(|e| e.to_string())?),
    };
    let containers = doc.get_mut("containers").map(Value::take);
    world.load_checkpoint(doc)?;
    if let Some(v) = containers {
        container::restore(world, &v)?;
    }
    let desk = world.lesson_mut();
    desk.close();
    if let (Some(s), Some(lesson)) = (state, lesson.filter(|l| !l.steps.is_empty())) {
        if s.id == lesson.id {
            desk.progress.set_current(Some(&lesson.id));
            desk.active = Some(Active {
                step: s.step.min(lesson.steps.len().saturating_sub(1)),
                lesson,
                hints_shown: s.hints_shown,
                solution_shown: s.solution_shown,
                goals: Vec::new(),
                complete: s.complete,
                finished: s.finished,
                marks: Marks {
                    http_seq: s.http_seq,
                    rollbacks: s.rollbacks,
                },
            });
            desk.revision += 1;
        }
    }
    let now = world.cluster.now_ms();
    let at = lesson_at(world);
    world.replay_mut().compact(Rc::clone(base), at, now);
    Ok(())
}

fn lesson_at(world: &World) -> Option<LessonAt> {
    world.lesson().active.as_ref().map(|a| LessonAt {
        id: a.lesson.id.clone(),
        step: a.step,
    })
}
