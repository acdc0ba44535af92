//! [`Ctx`]: what a command gets to work with — its standard streams, the
//! shared [`World`], and futures that wait on simulated time or the
//! editor. Every command (built-in or kubectl) is a [`CommandFn`] taking a
//! `Ctx` by value, so commands never see the interpreter's internals.
//!
//! Output goes to a [`Sink`] chosen by the interpreter: the terminal, a
//! pipe or `$(…)` buffer, a file, or nowhere. Terminal and buffer bytes
//! count against the job's output limit; files against the filesystem's.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use super::input::{ReadInput, TermInput};
use super::job::{Edit, JobShared, NextStep, Sleep, YieldNow};
use super::world::{EditRequest, World};
use super::Chunk;

pub use super::job::CommandFuture;

/// A command's entry point: `argv[0]` is the command name.
pub type CommandFn = fn(Ctx, Vec<String>) -> CommandFuture;

/// A finished command's status as a [`CommandFuture`], for commands that
/// do all their work before returning.
pub fn done(status: i32) -> CommandFuture {
    Box::pin(std::future::ready(status))
}

/// Where a stream's bytes go.
#[derive(Clone)]
pub(crate) enum Sink {
    /// The terminal, as stdout or stderr.
    Terminal { err: bool },
    /// A pipe to the next stage, or a `$(…)` capture.
    Buffer(Rc<RefCell<String>>),
    /// A file in the virtual filesystem (already created or truncated);
    /// `failed` makes a full disk reported once, not per write.
    File {
        abs: String,
        shown: String,
        failed: Rc<Cell<bool>>,
    },
    /// `/dev/null`.
    Null,
}

impl Sink {
    pub(crate) fn write(&self, job: &JobShared, world: &RefCell<World>, text: &str) {
        if text.is_empty() {
            return;
        }
        match self {
            Sink::Terminal { err } => {
                if job.charge(text.len()) {
                    job.emit(if *err {
                        Chunk::Err(text.to_string())
                    } else {
                        Chunk::Out(text.to_string())
                    });
                }
            }
            Sink::Buffer(buf) => {
                if job.charge(text.len()) {
                    buf.borrow_mut().push_str(text);
                }
            }
            Sink::File { abs, shown, failed } => {
                let result = world.try_borrow_mut().map(|mut w| {
                    let now = w.cluster.now_ms();
                    w.fs.write(abs, text, true, now)
                });
                if let Ok(Err(e)) = result {
                    if !failed.replace(true) {
                        job.emit(Chunk::Err(format!("bash: {shown}: {e}\n")));
                    }
                }
            }
            Sink::Null => {}
        }
    }

    pub(crate) fn is_terminal(&self) -> bool {
        matches!(self, Sink::Terminal { .. })
    }
}

/// Standard input: text with a read position, shared by the commands
/// that read it in turn (`while read line; do …; done < file`).
pub(crate) struct Stdin {
    text: String,
    pos: Cell<usize>,
}

impl Stdin {
    pub(crate) fn new(text: String) -> Rc<Stdin> {
        Rc::new(Stdin {
            text,
            pos: Cell::new(0),
        })
    }

    fn rest(&self) -> &str {
        self.text.get(self.pos.get()..).unwrap_or("")
    }
}

/// A command's three streams.
#[derive(Clone)]
pub(crate) struct Io {
    pub(crate) stdin: Option<Rc<Stdin>>,
    pub(crate) out: Sink,
    pub(crate) err: Sink,
}

impl Io {
    pub(crate) fn terminal() -> Io {
        Io {
            stdin: None,
            out: Sink::Terminal { err: false },
            err: Sink::Terminal { err: true },
        }
    }
}

/// What a running command can use.
pub struct Ctx {
    pub(crate) world: Rc<RefCell<World>>,
    pub(crate) job: Rc<JobShared>,
    pub(crate) io: Io,
}

impl Ctx {
    /// Writes to standard output (terminal, pipe, `$(…)` capture or file).
    pub fn out(&mut self, text: &str) {
        self.io.out.write(&self.job, &self.world, text);
    }

    /// Writes to standard error.
    pub fn err(&mut self, text: &str) {
        self.io.err.write(&self.job, &self.world, text);
    }

    /// Piped, redirected or heredoc input not read yet, which this call
    /// consumes; `None` when stdin is the terminal (read typed lines with
    /// [`Ctx::read_terminal`] instead).
    pub fn stdin(&self) -> Option<&str> {
        let stdin = self.io.stdin.as_ref()?;
        let rest = stdin.rest();
        stdin.pos.set(stdin.text.len());
        Some(rest)
    }

    /// One line of standard input without its newline, for `read`;
    /// `None` at the end of input.
    pub fn read_line(&self) -> Option<String> {
        let stdin = self.io.stdin.as_ref()?;
        let rest = stdin.rest();
        if rest.is_empty() {
            return None;
        }
        let (line, used) = match rest.find('\n') {
            Some(i) => (rest.get(..i).unwrap_or(""), i + 1),
            None => (rest, rest.len()),
        };
        let line = line.to_string();
        stdin.pos.set(stdin.pos.get() + used);
        Some(line)
    }

    /// True when stdin is the terminal (nothing piped or redirected in).
    pub fn stdin_is_terminal(&self) -> bool {
        self.io.stdin.is_none()
    }

    /// Waits for the learner to type a line at `prompt`. The terminal
    /// shows the prompt and echoes the line (the command must not);
    /// Ctrl-D resolves to [`TermInput::Eof`], and Ctrl-C to
    /// [`TermInput::Interrupt`] while [`Ctx::trap_interrupts`] is on
    /// (otherwise Ctrl-C ends the whole command line as usual).
    pub fn read_terminal(&self, prompt: &str) -> impl Future<Output = TermInput> {
        ReadInput {
            job: self.job.clone(),
            prompt: Some(prompt.to_string()),
        }
    }

    /// While on, Ctrl-C no longer kills the command line: it cuts short
    /// the current `sleep_ms`/`next_step` wait or answers `read_terminal`
    /// with [`TermInput::Interrupt`], and [`Ctx::take_interrupt`] reports
    /// it. A shell running inside a container uses this, as bash does.
    pub fn trap_interrupts(&self, on: bool) {
        self.job.term.traps_interrupt.set(on);
        if !on {
            self.job.term.interrupt_pending.set(false);
        }
    }

    /// True (once) when a trapped Ctrl-C arrived since the last call.
    pub fn take_interrupt(&self) -> bool {
        self.job.term.take_interrupt()
    }

    /// True when stdout is the terminal (not a pipe, capture or file).
    pub fn stdout_is_terminal(&self) -> bool {
        // A container shell without `-t` writes into a pipe kubectl reads.
        self.io.out.is_terminal() && self.with_world(|w| w.speech.tty)
    }

    /// Clears the screen: a clear on the terminal, the escape codes elsewhere.
    pub fn clear_screen(&mut self) {
        if self.io.out.is_terminal() {
            self.job.emit(Chunk::Clear);
        } else {
            self.out("\x1b[H\x1b[2J\x1b[3J");
        }
    }

    /// Runs `f` with the world borrowed. Never call it across an `.await`
    /// (the borrow would still be held) or inside another `with_world`.
    pub fn with_world<R>(&self, f: impl FnOnce(&mut World) -> R) -> R {
        f(&mut self.world.borrow_mut())
    }

    /// Simulated milliseconds since the session started.
    pub fn now_ms(&self) -> u64 {
        self.with_world(|w| w.cluster.now_ms())
    }

    /// Resolves when `ms` of simulated time have passed.
    pub fn sleep_ms(&self, ms: u64) -> impl Future<Output = ()> {
        Sleep {
            world: self.world.clone(),
            job: self.job.clone(),
            deadline_ms: self.now_ms().saturating_add(ms),
        }
    }

    /// Resolves after simulated time next moves. Watchers (`get -w`,
    /// `logs -f`, `rollout status`) loop on it and compare state, since a
    /// step may bring no change (a UI frame boundary).
    pub fn next_step(&self) -> impl Future<Output = ()> {
        NextStep {
            job: self.job.clone(),
            seen: self.job.steps.get(),
            deadline_ms: None,
        }
    }

    /// [`Ctx::next_step`] for a watcher with a time limit: the clock also
    /// stops at `deadline_ms` (simulated ms since the start), so the
    /// watcher sees its deadline pass even when nothing else happens.
    pub fn next_step_until(&self, deadline_ms: u64) -> impl Future<Output = ()> {
        NextStep {
            job: self.job.clone(),
            seen: self.job.steps.get(),
            deadline_ms: Some(deadline_ms),
        }
    }

    /// Gives other work (the UI, Ctrl-C) a turn without waiting on time.
    pub fn yield_now(&self) -> impl Future<Output = ()> {
        YieldNow::new()
    }

    /// Opens the editor on a file of the virtual filesystem (a missing
    /// file opens empty) and resolves to true once the user saved it.
    /// A directory, or a save the filesystem refuses, resolves to false.
    pub fn edit(&self, path: &str) -> impl Future<Output = bool> {
        let request = self.with_world(|w| {
            let abs = w.abs_path(path);
            let content = match w.fs.read(&abs) {
                Ok(text) => Some(text.to_string()),
                Err(super::vfs::FsError::NotFound) => Some(String::new()),
                Err(_) => None,
            };
            content.map(|content| {
                (
                    EditRequest {
                        path: path.to_string(),
                        content,
                    },
                    abs,
                )
            })
        });
        Edit {
            world: self.world.clone(),
            job: self.job.clone(),
            request,
        }
    }

    /// An environment variable as the command sees it: exported variables
    /// (including `NAME=value` prefixes on this command line).
    pub fn env(&self, name: &str) -> Option<String> {
        self.with_world(|w| {
            w.vars
                .get(name)
                .filter(|v| v.exported)
                .map(|v| v.value.clone())
        })
    }

    /// True once the job was stopped by a limit; long-running commands
    /// should return instead of producing more.
    pub fn stopped(&self) -> bool {
        self.job.stopped()
    }

    /// A context for a command run by this one whose standard error is
    /// collected instead of written (BusyBox rewording a shared built-in's
    /// errors), with the buffer it goes to.
    pub fn capture_err(&self) -> (Ctx, Rc<RefCell<String>>) {
        let buf = Rc::new(RefCell::new(String::new()));
        let mut io = self.io.clone();
        io.err = Sink::Buffer(buf.clone());
        let ctx = Ctx {
            world: self.world.clone(),
            job: self.job.clone(),
            io,
        };
        (ctx, buf)
    }

    /// A context for another command of the same job with the same streams
    /// (for commands that run commands, like `xargs` would).
    pub fn fork(&self) -> Ctx {
        Ctx {
            world: self.world.clone(),
            job: self.job.clone(),
            io: self.io.clone(),
        }
    }
}

/// A boxed future borrowing from its caller, for the interpreter's recursion.
pub(crate) type Boxed<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;
