//! The lesson commands of the terminal — `lessons`, `hint`, `solution`,
//! `next`, `reset` — as rows of the shell's command table. They act on
//! the world's [`Desk`](super::desk::Desk), so the panel shows the same
//! thing at once; what needs a fresh cluster is left as a request for the
//! host (see `desk`). Messages are in the learner's language; kubectl's
//! own words are not involved.

use super::desk::{with_desk, Next, Request};
use super::format::Step;
use super::markdown;
use crate::i18n::Text;
use crate::shell::commands::{row, CommandSpec};
use crate::shell::ctx::{done, CommandFuture, Ctx};

/// The lesson rows registered into the shell's command table.
pub const SHELL_COMMANDS: &[CommandSpec] = &[
    row(
        "lessons",
        "list the guided lessons, or open one (lessons 3)",
        lessons,
    ),
    row("hint", "show the next hint for this lesson step", hint),
    row(
        "solution",
        "show the commands that solve this lesson step",
        solution,
    ),
    row(
        "next",
        "go on to the next lesson step (--skip: without its goals)",
        next,
    ),
    row(
        "reset",
        "set this lesson step up again (reset lesson: the whole lesson)",
        reset,
    ),
];

/// `lessons [NUMBER|ID]`: lists the lessons, or opens one.
pub fn lessons(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let (text, status) = ctx.with_world(|w| {
        let desk = w.lesson_mut();
        let t = desk.lang.text();
        match argv.get(1..).unwrap_or(&[]) {
            [] if desk.catalog.is_empty() => (format!("{}\n", t.cmd_catalog_loading), 1),
            [] => (list(desk, t), 0),
            [key] => match desk.find(key).cloned() {
                Some(entry) => {
                    let step = desk.resume_step(&entry.id);
                    desk.ask(Request::Open {
                        id: entry.id.clone(),
                        step,
                    });
                    (format!("{}\n", t.cmd_opening(&entry.title)), 0)
                }
                None => (format!("{}\n", t.cmd_unknown_lesson(key)), 1),
            },
            _ => ("usage: lessons [NUMBER|ID]\n".to_string(), 2),
        }
    });
    write(&mut ctx, &text, status)
}

fn list(desk: &super::desk::Desk, t: &Text) -> String {
    let current = desk.active.as_ref().map(|a| a.lesson.id.as_str());
    let mut out = format!("{}:\n", t.lessons);
    for (i, e) in desk.catalog.iter().enumerate() {
        let p = desk.progress.of(&e.id);
        let mark = match (
            current == Some(e.id.as_str()),
            p.done.len() >= e.steps && e.steps > 0,
        ) {
            (true, _) => "▶",
            (false, true) => "✓",
            (false, false) => " ",
        };
        let minutes = match e.minutes {
            0 => String::new(),
            m => format!(" ({})", t.minutes(m)),
        };
        out.push_str(&format!(
            "  {:>2} {mark} {}/{}  {}{minutes}\n",
            i + 1,
            p.done.len().min(e.steps),
            e.steps,
            e.title
        ));
    }
    out.push_str(t.cmd_lessons_footer);
    out.push('\n');
    out
}

/// `hint`: the next hint of the open step.
pub fn hint(mut ctx: Ctx, _argv: Vec<String>) -> CommandFuture {
    let (text, status) = ctx.with_world(|w| {
        let desk = w.lesson_mut();
        let t = desk.lang.text();
        let before = desk.active.as_ref().map_or(0, |a| a.hints_shown);
        let Some(n) = desk.hint() else {
            return match desk.active {
                None => (format!("{}\n", t.cmd_no_lesson), 1),
                Some(_) => (format!("{}\n", t.cmd_no_hints), 0),
            };
        };
        let Some(step) = desk.active.as_ref().and_then(|a| a.current()) else {
            return (String::new(), 1);
        };
        let mut out = format!("{}:\n", t.hint_title(n + 1, step.hints.len()));
        out.push_str(&markdown::plain(
            step.hints.get(n).map_or(&[], |h| h.as_slice()),
        ));
        if before == step.hints.len() {
            out.push_str(t.cmd_last_hint);
            out.push('\n');
        }
        (out, 0)
    });
    write(&mut ctx, &text, status)
}

/// `solution`: the commands that reach the open step's goals.
pub fn solution(mut ctx: Ctx, _argv: Vec<String>) -> CommandFuture {
    let (text, status) = ctx.with_world(|w| {
        let desk = w.lesson_mut();
        let t = desk.lang.text();
        if desk.active.is_none() {
            return (format!("{}\n", t.cmd_no_lesson), 1);
        }
        if !desk.show_solution() {
            return (format!("{}\n", t.cmd_no_solution), 0);
        }
        let lines = desk
            .active
            .as_ref()
            .and_then(|a| a.current())
            .map_or(Vec::new(), |s| s.solution.clone());
        let mut out = format!("{}:\n", t.solution);
        for line in lines {
            out.push_str(&format!("  {line}\n"));
        }
        (out, 0)
    });
    write(&mut ctx, &text, status)
}

/// `next [--skip]`: the next step once the goals are reached.
pub fn next(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let skip = match argv.get(1..).unwrap_or(&[]) {
        [] => false,
        [flag] if flag == "--skip" => true,
        _ => return write(&mut ctx, "usage: next [--skip]\n", 2),
    };
    let (text, status) = ctx.with_world(|w| {
        with_desk(w, |desk, world| {
            let t = desk.lang.text();
            if desk.active.is_none() {
                return (format!("{}\n", t.cmd_no_lesson), 1);
            }
            if skip {
                desk.ask(Request::Skip);
                return (format!("{}\n", t.cmd_skipping), 0);
            }
            desk.refresh(world);
            match desk.next(world) {
                Next::Advanced => (step_header(desk, t), 0),
                Next::Finished => (format!("{}\n{}\n", t.lesson_complete, t.cmd_next_tip), 0),
                Next::GoalsOpen => (goals_open(desk, t), 1),
                Next::NextLesson(Some(id)) => {
                    let step = desk.resume_step(&id);
                    let title = desk.find(&id).map(|e| e.title.clone()).unwrap_or_default();
                    desk.ask(Request::Open { id, step });
                    (format!("{}\n", t.cmd_opening(&title)), 0)
                }
                Next::NextLesson(None) => (format!("{}\n", t.cmd_last_lesson), 0),
                Next::NoLesson => (format!("{}\n", t.cmd_no_lesson), 1),
            }
        })
    });
    write(&mut ctx, &text, status)
}

/// "Step 2 of 3: Title" for the open step.
pub fn step_header(desk: &super::desk::Desk, t: &Text) -> String {
    let Some(active) = desk.active.as_ref() else {
        return String::new();
    };
    let title = active.current().map_or("", |s: &Step| s.title.as_str());
    format!(
        "{}: {title}\n",
        t.step_of(active.step + 1, active.lesson.steps.len())
    )
}

fn goals_open(desk: &super::desk::Desk, t: &Text) -> String {
    let mut out = format!("{}\n", t.cmd_goals_open);
    if let Some(active) = desk.active.as_ref() {
        let goals = active.current().map_or(&[][..], |s| s.goals.as_slice());
        for (goal, result) in goals.iter().zip(&active.goals) {
            match result {
                None => out.push_str(&format!("  ✓ {}\n", goal.label)),
                Some(d) => out.push_str(&format!("  ✗ {} — {}\n", goal.label, t.differs(d))),
            }
        }
    }
    out.push_str(t.cmd_skip_tip);
    out.push('\n');
    out
}

/// `reset` (the step) or `reset lesson`.
pub fn reset(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let (text, status) = ctx.with_world(|w| {
        let desk = w.lesson_mut();
        let t = desk.lang.text();
        let request = match argv.get(1..).unwrap_or(&[]) {
            [] => Request::ResetStep,
            [what] if what == "lesson" => Request::ResetLesson,
            _ => return ("usage: reset [lesson]\n".to_string(), 2),
        };
        if desk.active.is_none() {
            return (format!("{}\n", t.cmd_no_lesson), 1);
        }
        let said = match request {
            Request::ResetLesson => t.cmd_resetting_lesson,
            _ => t.cmd_resetting_step,
        };
        desk.ask(request);
        (format!("{said}\n"), 0)
    });
    write(&mut ctx, &text, status)
}

/// Writes `text` and finishes: usage mistakes (status 2) go to stderr,
/// everything else — including "goals still open" — is the command's
/// answer and goes to stdout.
fn write(ctx: &mut Ctx, text: &str, status: i32) -> CommandFuture {
    match status {
        2 => ctx.err(text),
        _ => ctx.out(text),
    }
    done(status)
}
