//! The playground's UI state and its one reducer. Every change the page
//! shows goes through [`Action`]; `reduce` is pure: it never touches the
//! session, storage or the DOM. Session results arrive *inside* actions
//! (the runner, the frame loop and the Ctrl-C handler call the session
//! and dispatch what it said).
//!
//! The scrollback and console sit behind `Rc` so that a frame which only
//! moves the clock copies nothing big; `Rc::make_mut` copies them only
//! when an action really changes them.

use std::collections::VecDeque;
use std::rc::Rc;

use yew::Reducible;

use super::view::Link;
use crate::console::clock::Clock;
use crate::console::live::Candidates;
use crate::console::{
    output, shell_commands, CommandNames, CompletionSource, Console, Effect, Env, Key, Scrollback,
};
use crate::session::{Poll, Session};

/// Colour theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

/// What the UI needs to know about the session after touching it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionView {
    /// A job is running.
    pub busy: bool,
    /// Simulated ms since the session started.
    pub now_ms: u64,
    /// Something waits on simulated time, so the frame loop must run.
    pub scheduled: bool,
    /// The cluster's change-log cursor: the view looks again when it moves.
    pub changes: u64,
    /// A command waits for the editor (`vim FILE`, `kubectl edit`).
    pub editing: bool,
    /// The running job's own prompt while it waits for a typed line
    /// (`root@pod:/# ` in `kubectl exec -ti POD -- bash`).
    pub input_prompt: Option<Rc<str>>,
}

impl SessionView {
    pub fn of(session: &Session) -> Self {
        SessionView {
            busy: session.is_busy(),
            now_ms: session.now_ms(),
            scheduled: session.next_wake_ms().is_some(),
            changes: session.world().cluster.change_cursor(),
            editing: session.pending_edit().is_some(),
            input_prompt: session.input_prompt().map(Rc::from),
        }
    }
}

/// Where Tab completion gets its candidates: the shell's command names
/// here; what depends on the live session (kubectl words and object
/// names, file paths) arrives with the Tab key as [`Candidates`].
pub struct Completer {
    commands: CommandNames,
}

impl Completer {
    pub fn new() -> Self {
        Completer {
            commands: shell_commands(),
        }
    }

    fn sources<'a>(&'a self, live: &'a Candidates) -> [&'a dyn CompletionSource; 2] {
        [&self.commands, live]
    }
}

/// Everything the page shows besides the session itself.
#[derive(Clone)]
pub struct UiState {
    pub console: Rc<Console>,
    pub screen: Rc<Scrollback>,
    pub session: SessionView,
    pub clock: Clock,
    pub reduced_motion: bool,
    pub theme: Theme,
    /// A short message about the last time control (a stopped fast-forward).
    pub status: Option<String>,
    pub completer: Rc<Completer>,
    /// The last name or column clicked in the terminal, numbered.
    pub link: Option<(Link, u64)>,
    /// The command line of the job in progress.
    pub running: Option<Rc<str>>,
    /// The latest finished command lines with their exit status, each
    /// numbered (1, 2, …), at most [`FINISHED_KEPT_MAX`]; the embedding
    /// bridge reports the ones it has not seen yet.
    pub finished: Rc<VecDeque<(u64, Rc<str>, i32)>>,
}

/// Finished commands remembered for the embedding bridge. It reads them
/// after every render, so only a paste finishing more commands than this
/// in one batch could lose some reports.
pub const FINISHED_KEPT_MAX: usize = 64;

/// Everything that can change the UI state.
pub enum Action {
    /// A key the console claimed; `columns` is the terminal width in
    /// chars; `live` the session's completion candidates (for Tab).
    Key {
        key: Key,
        columns: usize,
        live: Candidates,
    },
    /// The browser edited the input: its text and cursor (UTF-16 units).
    Typed {
        text: String,
        cursor: usize,
    },
    /// Text pasted into the input.
    Paste(String),
    /// The runner started these queued commands; each comes with its first output.
    Started {
        ran: Vec<(u64, Poll)>,
        view: SessionView,
    },
    /// Simulated time moved (a frame, a step, a fast-forward).
    Advanced {
        poll: Poll,
        view: SessionView,
        status: Option<String>,
    },
    /// Ctrl-C stopped the running job; `poll` is what it printed last.
    Interrupted {
        poll: Poll,
        view: SessionView,
    },
    /// A line typed at a running job's prompt was sent to it (`line` is
    /// `None` for Ctrl-D, end of input); `poll` is what the job answered.
    InputSent {
        prompt: Rc<str>,
        line: Option<String>,
        poll: Poll,
        view: SessionView,
    },
    /// A name or column header was clicked in the terminal.
    Link(Link),
    TogglePause,
    SetSpeed(usize),
    ToggleMotion,
    ToggleTheme,
    /// A command from the embedding page, run as if typed on its own line.
    RunLine(String),
    /// kubeplay's own messages (an ignored address parameter).
    Notices(Vec<String>),
    /// One line of kubeplay's own, not an error (a finished lesson step).
    Note(String),
    /// The session was replaced by a fresh one: forget the typeahead and
    /// clear the screen.
    Reset {
        view: SessionView,
    },
}

impl UiState {
    pub fn new(
        history: Vec<String>,
        theme: Theme,
        reduced_motion: bool,
        completer: Completer,
    ) -> Self {
        UiState {
            console: Rc::new(Console::new(history)),
            screen: Rc::new(Scrollback::default()),
            session: SessionView {
                busy: false,
                now_ms: 0,
                scheduled: false,
                changes: 0,
                editing: false,
                input_prompt: None,
            },
            clock: Clock::default(),
            reduced_motion,
            theme,
            status: None,
            completer: Rc::new(completer),
            link: None,
            running: None,
            finished: Rc::default(),
        }
    }

    /// Notes that the running command (or `line`, started now) ended.
    fn finish(&mut self, line: Option<Rc<str>>, poll: &Poll) {
        let line = line.or_else(|| self.running.take());
        let (Some(status), Some(line)) = (poll.finished, line) else {
            return;
        };
        self.running = None;
        let finished = Rc::make_mut(&mut self.finished);
        let n = finished.back().map_or(1, |(n, _, _)| n + 1);
        if finished.len() >= FINISHED_KEPT_MAX {
            finished.pop_front();
        }
        finished.push_back((n, line, status));
    }

    /// Runs a console operation with the environment it needs and shows
    /// the resulting effects.
    fn with_console(
        &mut self,
        columns: usize,
        live: &Candidates,
        f: impl FnOnce(&mut Console, &Env) -> Vec<Effect>,
    ) {
        let completer = Rc::clone(&self.completer);
        let sources = completer.sources(live);
        let env = Env {
            busy: self.session.busy,
            columns,
            sources: &sources,
        };
        let effects = f(Rc::make_mut(&mut self.console), &env);
        if effects.iter().any(|e| !matches!(e, Effect::Bell)) {
            let screen = Rc::make_mut(&mut self.screen);
            if effects.contains(&Effect::Interrupt) {
                screen.interrupted();
            }
            output::show_effects(screen, &effects);
        }
    }
}

/// Terminal width assumed when the page cannot measure it.
const COLUMNS_DEFAULT: usize = 80;

impl Reducible for UiState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Key { key, columns, live } => {
                next.with_console(columns, &live, |c, env| c.key(key, env))
            }
            Action::Typed { text, cursor } => {
                next.with_console(COLUMNS_DEFAULT, &Candidates::default(), |c, env| {
                    c.typed(&text, cursor, env)
                })
            }
            Action::Paste(text) => {
                next.with_console(COLUMNS_DEFAULT, &Candidates::default(), |c, env| {
                    c.paste(&text, env)
                })
            }
            Action::InputSent {
                prompt,
                line,
                poll,
                view,
            } => {
                Rc::make_mut(&mut next.console).take_input_line();
                let screen = Rc::make_mut(&mut next.screen);
                match line {
                    Some(line) => output::show_input(screen, &prompt, &line),
                    // End of input: the job's answer follows the prompt.
                    None => output::show_prompt(screen, &prompt),
                }
                output::show_output(screen, &poll);
                next.session = view;
                next.finish(None, &poll);
            }
            Action::Link(link) => {
                let n = next.link.as_ref().map_or(0, |(_, n)| n + 1);
                next.link = Some((link, n));
            }
            Action::Started { ran, view } => {
                let console = Rc::make_mut(&mut next.console);
                let screen = Rc::make_mut(&mut next.screen);
                let mut ended = Vec::new();
                for (id, poll) in ran {
                    let line = console.take_queued(id).map(|entry| {
                        output::show_started(screen, &entry);
                        Rc::<str>::from(entry.command)
                    });
                    output::show_output(screen, &poll);
                    ended.push((line, poll));
                }
                for (line, poll) in ended {
                    match poll.finished {
                        Some(_) => next.finish(line, &poll),
                        None => next.running = line,
                    }
                }
                next.session = view;
            }
            Action::Advanced { poll, view, status } => {
                if !poll.output.is_empty() {
                    output::show_output(Rc::make_mut(&mut next.screen), &poll);
                }
                next.session = view;
                next.status = status;
                next.finish(None, &poll);
            }
            Action::Interrupted { poll, view } => {
                Rc::make_mut(&mut next.console).flush_typeahead();
                let screen = Rc::make_mut(&mut next.screen);
                output::show_output(screen, &poll);
                // The session may already have printed the `^C` itself.
                if !output::ends_with_interrupt_mark(&poll) {
                    screen.interrupted();
                }
                next.session = view;
                next.finish(None, &poll);
            }
            Action::TogglePause => {
                let paused = next.clock.is_paused();
                next.clock.set_paused(!paused);
            }
            Action::SetSpeed(index) => next.clock.set_speed_index(index),
            Action::RunLine(line) => {
                let busy = next.session.busy;
                next.with_console(COLUMNS_DEFAULT, &Candidates::default(), |c, _| {
                    c.run_line(&line, busy)
                })
            }
            Action::Notices(lines) => {
                let effects: Vec<Effect> = lines.into_iter().map(Effect::Notice).collect();
                output::show_effects(Rc::make_mut(&mut next.screen), &effects);
            }
            Action::Note(line) => {
                output::show_effects(Rc::make_mut(&mut next.screen), &[Effect::Print(vec![line])]);
            }
            Action::Reset { view } => {
                Rc::make_mut(&mut next.console).flush_typeahead();
                Rc::make_mut(&mut next.screen).clear();
                next.running = None;
                next.session = view;
            }
            Action::ToggleMotion => next.reduced_motion = !next.reduced_motion,
            Action::ToggleTheme => {
                next.theme = match next.theme {
                    Theme::Light => Theme::Dark,
                    Theme::Dark => Theme::Light,
                }
            }
        }
        Rc::new(next)
    }
}
