//! Proves a lesson solves itself: set it up, then for each step check the
//! goals (they must not all hold yet), run its solution, let simulated
//! time run until they hold (bounded by `GOAL_WAIT_MS_MAX`), and report.
//! Also compares a translation with the English lesson: the same setup,
//! steps, checks, solutions and shell blocks, byte for byte. Used by the
//! native runner's `--lesson` flag and by `tests/lessons.rs`.

use std::rc::Rc;

use super::desk::with_desk;
use super::format::Lesson;
use super::markdown::Block;
use super::play::{self, PlayError, Solved};
use crate::i18n::Text;
use crate::session::Session;

/// One step's replay.
#[derive(Clone, Debug)]
pub struct StepReport {
    pub title: String,
    pub labels: Vec<String>,
    pub solved: Solved,
}

impl StepReport {
    /// A step without goals (the sandbox) proves nothing and fails nothing.
    pub fn goal_free(&self) -> bool {
        self.labels.is_empty()
    }

    /// Every goal already held before the solution ran.
    pub fn held_before(&self) -> bool {
        !self.goal_free() && self.solved.before.iter().all(Option::is_none)
    }

    pub fn ok(&self) -> bool {
        self.goal_free() || (!self.held_before() && self.solved.complete)
    }
}

/// A whole lesson's replay.
#[derive(Clone, Debug)]
pub struct LessonReport {
    pub id: String,
    pub title: String,
    /// Simulated ms the setup took to settle.
    pub setup_sim_ms: u64,
    pub steps: Vec<StepReport>,
}

impl LessonReport {
    pub fn ok(&self) -> bool {
        self.steps.iter().all(StepReport::ok)
    }

    /// Simulated ms of the whole replay, setup included.
    pub fn sim_ms(&self) -> u64 {
        self.setup_sim_ms + self.steps.iter().map(|s| s.solved.sim_ms).sum::<u64>()
    }
}

/// Replays `lesson` in a fresh session seeded with `seed`.
pub fn verify(lesson: Rc<Lesson>, seed: u64) -> Result<LessonReport, PlayError> {
    let mut session = Session::new(seed);
    play::prepare(&mut session, &lesson)?;
    let setup_sim_ms = session.now_ms();
    with_desk(&mut session.world_mut(), |desk, world| {
        desk.begin(Rc::clone(&lesson), 0, world)
    });
    let mut steps = Vec::new();
    for step in &lesson.steps {
        let solved = play::solve(&mut session)?;
        steps.push(StepReport {
            title: step.title.clone(),
            labels: step.goals.iter().map(|g| g.label.clone()).collect(),
            solved,
        });
        // Move on even after a failure, so one report lists every step.
        with_desk(&mut session.world_mut(), |desk, world| {
            if let Some(a) = desk.active.as_mut() {
                a.complete = true;
            }
            desk.next(world)
        });
    }
    Ok(LessonReport {
        id: lesson.id.clone(),
        title: lesson.title.clone(),
        setup_sim_ms,
        steps,
    })
}

/// The report as text (goal labels in the lesson's language, what
/// differs in `t`'s).
pub fn render(report: &LessonReport, t: &Text) -> String {
    let mut out = format!(
        "lesson {} — {}: setup settled after {}\n",
        report.id,
        report.title,
        seconds(report.setup_sim_ms)
    );
    for (i, step) in report.steps.iter().enumerate() {
        let verdict = if step.goal_free() {
            "no goals (free step)".to_string()
        } else if step.ok() {
            format!(
                "ok, goals held {} after the solution began",
                seconds(step.solved.sim_ms)
            )
        } else if step.held_before() {
            "FAILED: every goal held before the solution ran".to_string()
        } else {
            format!(
                "FAILED: goals still open after {}",
                seconds(step.solved.sim_ms)
            )
        };
        out.push_str(&format!("step {} \"{}\": {verdict}\n", i + 1, step.title));
        let results = step.solved.before.iter().zip(&step.solved.after);
        for (label, (before, after)) in step.labels.iter().zip(results) {
            let mark = |r: &Option<_>| if r.is_none() { "✓" } else { "✗" };
            out.push_str(&format!("  {}→{} {label}\n", mark(before), mark(after)));
            for (when, d) in [("before", before), ("after", after)] {
                if let Some(d) = d {
                    out.push_str(&format!("      {when}: {}\n", t.differs(d)));
                }
            }
        }
    }
    let verdict = if report.ok() { "ok" } else { "FAILED" };
    out.push_str(&format!(
        "{verdict}: {} steps, {} simulated in all\n",
        report.steps.len(),
        seconds(report.sim_ms())
    ));
    out
}

/// `83500` → `83.5 s`.
fn seconds(ms: u64) -> String {
    format!("{}.{} s", ms / 1000, (ms % 1000) / 100)
}

/// Where a translation departs from the English lesson, if anywhere:
/// id, minutes, setup, the number of steps and, per step, the checks,
/// the number of hints, the solution and every ` ```sh ` block must be
/// identical; titles, prose, labels, hints and explanations are free.
pub fn compare_translation(en: &Lesson, tr: &Lesson) -> Result<(), String> {
    if en.id != tr.id || en.minutes != tr.minutes || en.setup != tr.setup {
        return Err("id, minutes or setup differ from English".into());
    }
    if en.steps.len() != tr.steps.len() {
        return Err(format!(
            "{} steps, English has {}",
            tr.steps.len(),
            en.steps.len()
        ));
    }
    for (i, (a, b)) in en.steps.iter().zip(&tr.steps).enumerate() {
        let n = i + 1;
        let checks =
            |s: &super::format::Step| s.goals.iter().map(|g| g.source.clone()).collect::<Vec<_>>();
        if checks(a) != checks(b) {
            return Err(format!("step {n}: the checks differ from English"));
        }
        if a.solution != b.solution {
            return Err(format!("step {n}: the solution differs from English"));
        }
        if a.hints.len() != b.hints.len() {
            return Err(format!(
                "step {n}: {} hints, English has {}",
                b.hints.len(),
                a.hints.len()
            ));
        }
        if shell_blocks(&a.body) != shell_blocks(&b.body) {
            return Err(format!("step {n}: the ```sh blocks differ from English"));
        }
    }
    Ok(())
}

fn shell_blocks(blocks: &[Block]) -> Vec<&str> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Code { info, text } if info == "sh" => Some(text.as_str()),
            _ => None,
        })
        .collect()
}
