//! The parsed form of a lesson file: front matter, setup, steps with
//! their prose (as Markdown blocks), goals, hints, solution and
//! explanation. Plain data, built by `parse` and read by the runner, the
//! replay and the UI; nothing here runs or checks anything.

use super::check::Check;
use super::markdown::Block;

/// One lesson, in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Lesson {
    /// Stable identifier, the same in every language (`deploy`).
    pub id: String,
    pub title: String,
    pub summary: String,
    /// Estimated minutes for a learner (0 for the free sandbox).
    pub minutes: u32,
    pub setup: Setup,
    pub steps: Vec<Step>,
}

/// What is prepared, silently, before the learner starts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Setup {
    /// Nodes of the cluster (1 = `minikube` alone).
    pub nodes: usize,
    /// Files placed in the virtual filesystem, relative to `/root`.
    pub files: Vec<SetupFile>,
    /// Shell lines run in order once the files are in place.
    pub commands: Vec<String>,
}

/// A file placed by the setup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetupFile {
    pub path: String,
    pub content: String,
}

/// One step: prose to read, goals to reach, help to ask for.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub title: String,
    /// 1-based line of the `## ` heading in the file.
    pub line: usize,
    /// The instructions; ` ```sh ` blocks in them can be run with a click.
    pub body: Vec<Block>,
    pub goals: Vec<Goal>,
    /// Progressive hints, shown one at a time.
    pub hints: Vec<Vec<Block>>,
    /// Shell lines that reach the goals, one command per line (a line
    /// ending in `\` continues on the next, as in the terminal).
    pub solution: Vec<String>,
    /// Shown once the goals are reached.
    pub explain: Vec<Block>,
}

/// A goal: what the learner reads, and the predicate that decides it.
#[derive(Clone, Debug, PartialEq)]
pub struct Goal {
    pub label: String,
    /// The predicate exactly as written after `check:`.
    pub source: String,
    pub check: Check,
    /// 1-based line of `check:` in the file.
    pub line: usize,
}

impl Step {
    /// The solution as the commands a terminal would run: continuation
    /// lines (`\` at the end, open quotes) joined into one command.
    pub fn solution_commands(&self) -> Vec<String> {
        join_commands(&self.solution)
    }
}

impl Setup {
    /// The setup commands joined like [`Step::solution_commands`].
    pub fn joined_commands(&self) -> Vec<String> {
        join_commands(&self.commands)
    }
}

/// Physical lines → commands, joining lines the shell says are unfinished.
fn join_commands(lines: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut open: Option<String> = None;
    for line in lines {
        let command = match open.take() {
            Some(mut prev) => {
                prev.push('\n');
                prev.push_str(line);
                prev
            }
            None => line.clone(),
        };
        if crate::shell::needs_more_input(&command) {
            open = Some(command);
        } else {
            out.push(command);
        }
    }
    out.extend(open);
    out
}
