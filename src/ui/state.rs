//! The playground's UI state and its one reducer. Every change the page
//! shows goes through [`Action`]; `reduce` is pure: it never touches the
//! session, storage or the DOM. Session results arrive *inside* actions
//! (the runner, the frame loop and the Ctrl-C handler call the session
//! and dispatch what it said).
//!
//! The scrollback and console sit behind `Rc` so that a frame which only
//! moves the clock copies nothing big; `Rc::make_mut` copies them only
//! when an action really changes them.

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
}

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
        }
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
            }
            Action::Link(link) => {
                let n = next.link.as_ref().map_or(0, |(_, n)| n + 1);
                next.link = Some((link, n));
            }
            Action::Started { ran, view } => {
                let console = Rc::make_mut(&mut next.console);
                let screen = Rc::make_mut(&mut next.screen);
                for (id, poll) in ran {
                    if let Some(entry) = console.take_queued(id) {
                        output::show_started(screen, &entry);
                    }
                    output::show_output(screen, &poll);
                }
                next.session = view;
            }
            Action::Advanced { poll, view, status } => {
                if !poll.output.is_empty() {
                    output::show_output(Rc::make_mut(&mut next.screen), &poll);
                }
                next.session = view;
                next.status = status;
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
            }
            Action::TogglePause => {
                let paused = next.clock.is_paused();
                next.clock.set_paused(!paused);
            }
            Action::SetSpeed(index) => next.clock.set_speed_index(index),
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
