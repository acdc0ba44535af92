//! [`Console`]: the prompt as a state machine. It owns the edited line,
//! the lines of an unfinished multi-line command, history browsing, the
//! Ctrl-R search, the completion question, and the queue of complete
//! commands waiting for the shell (typed ahead or pasted while a job
//! runs, as a real terminal buffers them).
//!
//! It never runs anything: a complete command goes to the queue and the
//! caller takes it out when the session is free. What the terminal must
//! show or do besides (echo a discarded line, list candidates, clear,
//! interrupt the job) comes back as [`Effect`]s.

use std::collections::VecDeque;

use super::complete::CompletionSource;
use super::editor::{utf16_to_chars, Editor, INPUT_CHARS_MAX};
use super::history::History;
use super::keys::Key;
use super::paste;
use super::search::Search;

/// The prompt before a command.
pub const PROMPT: &str = "$ ";

/// The prompt before each further line of an unfinished command (`PS2`).
pub const PROMPT_MORE: &str = "> ";

/// The most complete commands waiting to run; more are dropped with a
/// message (a runaway paste must not queue forever).
pub const QUEUE_ENTRIES_MAX: usize = 1000;

/// A complete command waiting to run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Unique within this console, so the caller can say which one ran.
    pub id: u64,
    /// The physical lines as typed (more than one after `\` continuations).
    pub lines: Vec<String>,
    /// How many of `lines` the terminal already echoed while they were typed.
    pub shown: usize,
    /// What the shell runs.
    pub command: String,
}

impl Entry {
    /// The lines still to echo when the command starts, with their prompts.
    pub fn echo(&self) -> Vec<Echo> {
        echo_lines(&self.lines, self.shown, "")
    }
}

/// A line copied into the scrollback as typed: prompt, text, and a
/// suffix such as `^C`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Echo {
    pub prompt: &'static str,
    pub text: String,
    pub suffix: &'static str,
}

/// What the terminal must do besides showing the new input line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Copy these lines into the scrollback.
    Echo(Vec<Echo>),
    /// Print these terminal-made lines (a completion list, a question).
    Print(Vec<String>),
    /// Print a kubeplay message (a refused paste, a dropped command).
    Notice(String),
    /// Clear the screen (Ctrl-L).
    ClearScreen,
    /// Interrupt the running job (Ctrl-C while busy).
    Interrupt,
    /// Nothing to do for that key (readline rings the bell).
    Bell,
}

/// What the console needs to know about the world for one key.
pub struct Env<'a> {
    /// True while a job runs.
    pub busy: bool,
    /// Terminal width in characters, for laying out completion lists.
    pub columns: usize,
    /// Where completion candidates come from.
    pub sources: &'a [&'a dyn CompletionSource],
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Mode {
    Edit,
    Search(Search),
    /// "Display all N possibilities? (y or n)" awaits an answer.
    Ask(Vec<String>),
}

/// The prompt's state; see the module docs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Console {
    editor: Editor,
    history: History,
    mode: Mode,
    /// Lines of an unfinished command, and how many were echoed already.
    continued: Vec<String>,
    continued_shown: usize,
    /// `Some(changed)` when the previous key was Tab: whether it changed the line.
    last_tab: Option<bool>,
    /// Escape was pressed: the next Tab moves focus out instead of completing.
    tab_leaves: bool,
    /// The last Ctrl-R query, reused by Ctrl-R on an empty query.
    last_query: String,
    queue: VecDeque<Entry>,
    next_id: u64,
}

impl Console {
    /// A fresh prompt with `history` (oldest first) to browse.
    pub fn new(history: Vec<String>) -> Self {
        Console {
            editor: Editor::default(),
            history: History::new(history),
            mode: Mode::Edit,
            continued: Vec::new(),
            continued_shown: 0,
            last_tab: None,
            tab_leaves: false,
            last_query: String::new(),
            queue: VecDeque::new(),
            next_id: 0,
        }
    }

    /// The line being edited (or the search match shown).
    pub fn text(&self) -> String {
        self.editor.text()
    }

    /// The cursor, in chars.
    pub fn cursor(&self) -> usize {
        self.editor.cursor()
    }

    /// The prompt to show: `$ `, `> ` or the search prompt.
    pub fn prompt(&self) -> String {
        match &self.mode {
            Mode::Search(s) => s.prompt(),
            _ => self.current_prompt().to_string(),
        }
    }

    /// True during a Ctrl-R search.
    pub fn is_searching(&self) -> bool {
        matches!(self.mode, Mode::Search(_))
    }

    /// The history (for saving it).
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Commands waiting to run, oldest first.
    pub fn queued(&self) -> impl Iterator<Item = &Entry> {
        self.queue.iter()
    }

    /// Takes the oldest waiting command if it is `id`.
    pub fn take_queued(&mut self, id: u64) -> Option<Entry> {
        match self.queue.front() {
            Some(e) if e.id == id => self.queue.pop_front(),
            _ => None,
        }
    }

    /// Typed-ahead lines not yet in the scrollback, to show above the
    /// prompt: waiting commands, then the unfinished command's lines.
    pub fn typeahead(&self) -> Vec<Echo> {
        let mut out: Vec<Echo> = self.queue.iter().flat_map(Entry::echo).collect();
        out.extend(echo_lines(&self.continued, self.continued_shown, ""));
        out
    }

    /// Whether the console handles `key` itself. When false, the browser
    /// should do its default (insert the character, move focus, copy the
    /// selection). `selection` is true when text in the input is selected.
    pub fn claims(&self, key: Key, selection: bool) -> bool {
        match (&self.mode, key) {
            (Mode::Edit, Key::Char(_)) => false,
            (Mode::Edit, Key::Tab) => !self.tab_leaves,
            (Mode::Edit, Key::Interrupt | Key::Backspace | Key::Delete) => !selection,
            _ => true,
        }
    }

    /// Handles one key.
    pub fn key(&mut self, key: Key, env: &Env) -> Vec<Effect> {
        let last_tab = self.last_tab.take();
        let tab_leaves = std::mem::take(&mut self.tab_leaves);
        match &self.mode {
            Mode::Ask(_) => return self.answer(key, env),
            Mode::Search(_) => {
                if let Some(effects) = self.search_key(key) {
                    return effects;
                }
            }
            Mode::Edit => {}
        }
        self.edit_key(key, env, last_tab, tab_leaves)
    }

    /// The input's text and cursor (in UTF-16 units, as the browser
    /// counts) after the browser edited it: typing, IME, autocorrect. A
    /// line break in it (some phone keyboards send one instead of Enter)
    /// enters the lines before it.
    pub fn typed(&mut self, text: &str, cursor_utf16: usize, env: &Env) -> Vec<Effect> {
        self.last_tab = None;
        self.tab_leaves = false;
        self.settle_mode();
        if text.contains('\n') || text.contains('\r') {
            self.editor.clear();
            return self.insert_lines(&paste::normalize_newlines(text), env);
        }
        self.editor.set(text, utf16_to_chars(text, cursor_utf16));
        Vec::new()
    }

    /// Pasted text: inserted at the cursor; every line it completes runs
    /// in turn, like pasting into bash. Too big a paste is refused whole.
    pub fn paste(&mut self, text: &str, env: &Env) -> Vec<Effect> {
        self.last_tab = None;
        let text = paste::normalize_newlines(text);
        let refused = paste::refusal(&text).or_else(|| {
            let longest = text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
            (longest > INPUT_CHARS_MAX).then(|| {
                format!("kubeplay: paste refused: a line of {longest} characters is more than the {INPUT_CHARS_MAX} a line may hold")
            })
        });
        if let Some(message) = refused {
            return vec![Effect::Notice(message)];
        }
        self.settle_mode();
        self.insert_lines(&text, env)
    }

    /// A command from outside the keyboard (an embedding page's `run`
    /// request): queued as if typed on a line of its own, while what the
    /// learner is typing stays as it is. An unfinished command (an open
    /// quote) is refused with a notice rather than left half-entered.
    pub fn run_line(&mut self, line: &str, busy: bool) -> Vec<Effect> {
        if paste::needs_more_input(line) || line.contains('\n') {
            return vec![Effect::Notice(format!(
                "kubeplay: ignored a command from the embedding page: it is not one complete line: {line}"
            ))];
        }
        let (text, cursor) = (self.editor.text(), self.editor.cursor());
        let continued = std::mem::take(&mut self.continued);
        let shown = std::mem::take(&mut self.continued_shown);
        self.editor.set(line, 0);
        let effects = self.enter(busy);
        self.editor.set(&text, cursor);
        self.continued = continued;
        self.continued_shown = shown;
        effects
    }

    /// Takes the edited line for a running job that waits for typed input
    /// (a shell inside a container): returns it and clears the input.
    /// Nothing is queued or added to the history — the line belongs to
    /// the job, not to the playground's shell.
    pub fn take_input_line(&mut self) -> String {
        let text = self.editor.text();
        self.editor.clear();
        self.mode = Mode::Edit;
        self.history.stop_browsing();
        text
    }

    /// Ctrl-C while a job runs: like a terminal, forget everything typed
    /// ahead (the waiting commands and the line being edited).
    pub fn flush_typeahead(&mut self) {
        self.queue.clear();
        self.editor.clear();
        self.continued.clear();
        self.continued_shown = 0;
        self.mode = Mode::Edit;
        self.history.stop_browsing();
    }

    fn edit_key(
        &mut self,
        key: Key,
        env: &Env,
        last_tab: Option<bool>,
        tab_leaves: bool,
    ) -> Vec<Effect> {
        let e = &mut self.editor;
        match key {
            Key::Enter => return self.enter(env.busy),
            Key::Tab if tab_leaves => {}
            Key::Tab => return self.complete(env, last_tab),
            Key::Escape => self.tab_leaves = true,
            Key::Up => return self.recall_previous(),
            Key::Down => return self.recall_next(),
            Key::Left => e.left(),
            Key::Right => e.right(),
            Key::WordLeft => e.word_left(),
            Key::WordRight => e.word_right(),
            Key::Home => e.home(),
            Key::End => e.end(),
            Key::Backspace => e.backspace(),
            Key::Delete => e.delete(),
            Key::CtrlD if e.is_empty() => return vec![Effect::Bell],
            Key::CtrlD => e.delete(),
            Key::KillToStart => e.kill_to_start(),
            Key::KillToEnd => e.kill_to_end(),
            Key::KillWordUnix => e.kill_word_unix(),
            Key::KillWordBack => e.kill_word_back(),
            Key::KillWordForward => e.kill_word_forward(),
            Key::Yank => e.yank(),
            Key::Interrupt => return self.interrupt(env.busy),
            Key::Abort => return vec![Effect::Bell],
            Key::ClearScreen => return vec![Effect::ClearScreen],
            Key::ReverseSearch => {
                self.mode = Mode::Search(Search::new(e.text(), e.cursor()));
            }
            Key::Char(_) => {}
        }
        Vec::new()
    }

    /// Enter: the line joins any unfinished command; a complete command
    /// is recorded in history and queued to run.
    fn enter(&mut self, busy: bool) -> Vec<Effect> {
        let line = self.editor.text();
        self.editor.clear();
        self.continued.push(line);
        let mut effects = Vec::new();
        if paste::needs_more_input(&self.continued.join("\n")) {
            // Idle, bash shows the line at once under its `> ` prompt;
            // while a job runs or commands wait before it, it waits with
            // the rest of the typeahead.
            if !busy && self.queue.is_empty() {
                effects.push(Effect::Echo(self.unshown_continued()));
            }
            return effects;
        }
        let lines = std::mem::take(&mut self.continued);
        let shown = std::mem::take(&mut self.continued_shown);
        let command = paste::command_text(&lines);
        self.history.push(&command);
        if self.queue.len() >= QUEUE_ENTRIES_MAX {
            effects.push(Effect::Notice(format!(
                "kubeplay: {QUEUE_ENTRIES_MAX} commands are already waiting; this one was dropped: {command}"
            )));
            return effects;
        }
        self.queue.push_back(Entry {
            id: self.next_id,
            lines,
            shown,
            command,
        });
        self.next_id += 1;
        effects
    }

    /// Inserts `text` (newlines normalised) at the cursor and enters every
    /// line it completes; what follows the last newline stays editable.
    fn insert_lines(&mut self, text: &str, env: &Env) -> Vec<Effect> {
        let all = self.editor.text();
        let at = all
            .char_indices()
            .nth(self.editor.cursor())
            .map_or(all.len(), |(i, _)| i);
        let (before, after) = all.split_at(at);
        let combined = format!("{before}{text}{after}");
        let mut segments: Vec<&str> = combined.split('\n').collect();
        let last = segments.pop().unwrap_or_default();
        let mut effects = Vec::new();
        for segment in segments {
            self.editor.set(segment, 0);
            effects.extend(self.enter(env.busy));
        }
        let cursor = last.chars().count().saturating_sub(after.chars().count());
        self.editor.set(last, cursor);
        effects
    }

    fn recall_previous(&mut self) -> Vec<Effect> {
        let current = self.editor.text();
        match self.history.previous(&current).map(str::to_string) {
            Some(line) => self.editor.set(&line, usize::MAX),
            None => return vec![Effect::Bell],
        }
        Vec::new()
    }

    fn recall_next(&mut self) -> Vec<Effect> {
        match self.history.following() {
            Some(line) => self.editor.set(&line, usize::MAX),
            None => return vec![Effect::Bell],
        }
        Vec::new()
    }

    /// Ctrl-C: interrupts a job, or abandons the line being typed, which
    /// stays on screen marked `^C`.
    fn interrupt(&mut self, busy: bool) -> Vec<Effect> {
        if busy {
            self.flush_typeahead();
            return vec![Effect::Interrupt];
        }
        let mut echo = self.unshown_continued();
        echo.push(Echo {
            prompt: self.current_prompt(),
            text: self.editor.text(),
            suffix: "^C",
        });
        self.editor.clear();
        self.continued.clear();
        self.continued_shown = 0;
        self.history.stop_browsing();
        vec![Effect::Echo(echo)]
    }

    /// The prompt of the line being edited: `$ `, or `> ` when it
    /// continues a command.
    pub(super) fn current_prompt(&self) -> &'static str {
        if self.continued.is_empty() {
            PROMPT
        } else {
            PROMPT_MORE
        }
    }

    /// The unfinished command's lines not echoed yet; they count as echoed
    /// from now on.
    pub(super) fn unshown_continued(&mut self) -> Vec<Echo> {
        let echo = echo_lines(&self.continued, self.continued_shown, "");
        self.continued_shown = self.continued.len();
        echo
    }
}

/// `lines[from..]` as echoes: `$ ` before the first line of a command,
/// `> ` before the others.
fn echo_lines(lines: &[String], from: usize, suffix: &'static str) -> Vec<Echo> {
    lines
        .iter()
        .enumerate()
        .skip(from)
        .map(|(i, text)| Echo {
            prompt: if i == 0 { PROMPT } else { PROMPT_MORE },
            text: text.clone(),
            suffix,
        })
        .collect()
}

mod modes;
#[cfg(test)]
mod tests;
