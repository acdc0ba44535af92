//! The interface in English.

use super::{goal_number, Text};
use crate::lesson::{Differs, Quantity};

pub const EN: Text = Text {
    tagline: "A Kubernetes playground that runs entirely in your browser",
    controls: "Controls",
    simulated_time: "Simulated time",
    pause: "Pause",
    resume: "Resume",
    speed: "Speed",
    step: "Step",
    step_title: "Advance to the next scheduled event",
    fast_forward: "Fast-forward",
    fast_forward_title: "Run until nothing more is scheduled",
    paused_suffix: " (paused)",
    display: "Display",
    reduce_motion: "Reduce motion",
    dark_theme: "Dark theme",
    terminal: "Terminal",
    command_line: "Command line",
    terminal_keys: "Terminal keys",
    key_tab: "Tab: complete",
    key_previous: "Previous command",
    key_next: "Next command",
    key_interrupt: "Ctrl-C: interrupt",

    language: "Language",

    lessons: "Lessons",
    lessons_intro: "Guided lessons check your work as you go. Pick one, or keep typing in the sandbox.",
    minutes: |m| format!("{m} min"),
    steps_done: |done, all| format!("{done} of {all} steps done"),
    step_of: |n, all| format!("Step {n} of {all}"),
    start_lesson: "Start",
    continue_lesson: "Continue",
    review_lesson: "Review",
    all_lessons: "All lessons",
    lesson_progress: "Lesson progress",
    goals: "Goals",
    goal_met: "done",
    goal_open: "not yet",
    hint: "Hint",
    hint_title: |n, all| format!("Hint {n} of {all}"),
    show_solution: "Show solution",
    solution: "Solution",
    reset_step: "Reset step",
    reset_lesson: "Reset lesson",
    next_step: "Next step",
    skip_step: "Skip step",
    finish_lesson: "Finish lesson",
    next_lesson: "Next lesson",
    step_complete: "Step complete",
    lesson_complete: "Lesson complete. Well done!",
    run: "Run",
    run_title: "Run these commands in the terminal",
    loading: "Loading…",
    load_failed: |what| format!("Could not load {what}. Check your connection and reload the page."),
    progress_reset: "Your saved lesson progress could not be read, so it starts afresh.",

    cmd_no_lesson: "No lesson is open. Type `lessons` to see them.",
    cmd_catalog_loading: "The list of lessons is still loading; try again in a moment.",
    cmd_lessons_footer: "Type `lessons NUMBER` to open one. In a lesson: `hint`, `solution`, `next`, `reset`, `reset lesson`.",
    cmd_unknown_lesson: |key| format!("lessons: there is no lesson {key}; type `lessons` to list them"),
    cmd_opening: |title| format!("Opening the lesson \u{201c}{title}\u{201d}…"),
    cmd_no_hints: "This step has no hints.",
    cmd_last_hint: "That was the last hint; `solution` shows the answer.",
    cmd_no_solution: "This step has no solution to show.",
    cmd_goals_open: "Not every goal is reached yet:",
    cmd_skip_tip: "Type `next --skip` to move on anyway; the cluster is then set up as the next step expects.",
    cmd_skipping: "Skipping: setting the cluster up for the next step…",
    cmd_resetting_step: "Setting this step up again…",
    cmd_resetting_lesson: "Starting the lesson again…",
    cmd_next_tip: "Type `next` to go on to the next lesson.",
    cmd_last_lesson: "That was the last lesson. Type `lessons` to pick another one.",

    differs,
};

fn quantity(q: Quantity) -> &'static str {
    match q {
        Quantity::Replicas => "replicas asked for",
        Quantity::Available => "available replicas",
        Quantity::Ready => "ready replicas",
        Quantity::Updated => "up-to-date replicas",
        Quantity::Pods => "matching Pods",
        Quantity::Endpoints => "ready endpoints",
        Quantity::Requests => "requests answered",
        Quantity::DistinctPods => "different Pods that answered",
        Quantity::ServiceType => "type",
        Quantity::Status => "status",
        Quantity::Image => "image",
    }
}

fn differs(d: &Differs) -> String {
    match d {
        Differs::Missing { kind, name } => format!("there is no {kind} named {name}"),
        Differs::StillThere { kind, name } => format!("{kind} {name} still exists"),
        Differs::Number { what, actual, want } => {
            format!(
                "{}: {actual} (goal: {})",
                quantity(*what),
                goal_number(*want)
            )
        }
        Differs::Word { what, actual, want } => {
            format!("{}: {actual} (goal: {want})", quantity(*what))
        }
        Differs::StaleImages {
            stale,
            total,
            image,
        } => {
            format!("{stale} of {total} Pods still run {image}")
        }
        Differs::NoPods { selector } => format!("no Pod matches {selector}"),
        Differs::VarUnset { name } => format!("${name} is not set"),
        Differs::VarNotPod {
            name,
            value,
            selector,
        } => format!("${name} is \"{value}\", not the name of a Pod with {selector}"),
        Differs::VarDiffers { name, value, want } => {
            format!("${name} is \"{value}\" (goal: \"{want}\")")
        }
        Differs::FileMissing { path } => format!("there is no file {path}"),
        Differs::FileLacks { path, text } => format!("{path} does not contain \"{text}\""),
        Differs::LabelDiffers {
            pod,
            key,
            actual: None,
            ..
        } => format!("Pod {pod} has no label {key}"),
        Differs::LabelDiffers {
            pod,
            key,
            actual: Some(actual),
            ..
        } => format!("Pod {pod} has {key}={actual}"),
        Differs::NotRolledBack { name } => {
            format!("no rollout of {name} has been undone since this step began")
        }
    }
}
