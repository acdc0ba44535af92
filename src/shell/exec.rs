//! The interpreter: walks a parsed [`Script`] as async code. Lists run in
//! order, `&&`/`||` by status, pipeline stages one after another (each
//! stage's output becomes the next one's input, so a left side that never
//! ends — `kubectl get pods -w | grep x` — never feeds the right side;
//! that is a known limitation), simple commands through the command table.
//!
//! The world is borrowed only inside short `with_world` calls, never
//! across an `.await`. Every loop iteration yields to the executor, so
//! Ctrl-C can reach a busy loop, and every limit stops the job cleanly.

mod compound;
mod redirect;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::ast::{AndOr, Command, Connector, List, Pipeline, Script, Simple};
use super::ctx::{Boxed, Ctx, Io, Sink, Stdin};
use super::job::{Job, JobShared};
use super::limits::LINE_BYTES_MAX;
use super::parse;
use super::world::{Var, World};
use super::Chunk;

/// The interpreter of one job.
pub(crate) struct Interp {
    pub(crate) world: Rc<RefCell<World>>,
    pub(crate) job: Rc<JobShared>,
    pub(crate) script: Rc<Script>,
    /// Status of the last `$(…)`, which becomes `$?` of a command made
    /// only of assignments (`X=$(false)` sets `$?` to 1).
    pub(crate) last_substitution: Cell<Option<i32>>,
}

/// Starts running `line` as a job. Errors that stop the line before it
/// runs (too long, a syntax error) finish the job at once with bash's message.
pub(crate) fn start(world: &Rc<RefCell<World>>, line: &str) -> Job {
    let shared = JobShared::new();
    let finished = |status: i32| -> Job {
        world.borrow_mut().last_status = status;
        Job::new(Box::pin(std::future::ready(status)), shared.clone())
    };
    if line.len() > LINE_BYTES_MAX {
        shared.emit(Chunk::Err(format!(
            "bash: command too long ({} bytes, limit {LINE_BYTES_MAX})\n",
            line.len()
        )));
        return finished(2);
    }
    if line.trim().is_empty() {
        let status = world.borrow().last_status;
        return finished(status);
    }
    world.borrow_mut().remember(line.trim_end_matches('\n'));
    let line = {
        let mut w = world.borrow_mut();
        w.source_depth = 0;
        // Files left by the last line's `<(…)` are gone, as bash's pipes are.
        let _ = w.fs.remove("/dev/fd", true);
        super::alias::expand(line, &w.aliases)
    };
    let script = match parse::parse(&line) {
        Ok(script) => script,
        Err(e) => {
            shared.emit(Chunk::Err(e.display()));
            return finished(2);
        }
    };
    for warning in &script.warnings {
        shared.emit(Chunk::Err(format!("bash: {warning}\n")));
    }
    let interp = Rc::new(Interp {
        world: world.clone(),
        job: shared.clone(),
        script: Rc::new(script),
        last_substitution: Cell::new(None),
    });
    let future = async move {
        let io = Io::terminal();
        let mut status = interp.run_list(&interp.script.list, &io).await;
        if let super::job::Control::Exit(code) = interp.job.control.get() {
            status = code;
        }
        interp.with_world(|w| w.last_status = status);
        status
    };
    Job::new(Box::pin(future), shared)
}

impl Interp {
    pub(crate) fn with_world<R>(&self, f: impl FnOnce(&mut World) -> R) -> R {
        f(&mut self.world.borrow_mut())
    }

    fn status(&self) -> i32 {
        self.with_world(|w| w.last_status)
    }

    /// Runs a list; its status is the last command's (or `$?` if empty).
    pub(crate) fn run_list<'a>(&'a self, list: &'a List, io: &'a Io) -> Boxed<'a, i32> {
        Box::pin(async move {
            let mut status = self.status();
            for and_or in list {
                if self.job.interrupted() {
                    break;
                }
                status = self.run_and_or(and_or, io).await;
            }
            status
        })
    }

    async fn run_and_or(&self, and_or: &AndOr, io: &Io) -> i32 {
        let mut status = self.run_pipeline(&and_or.first, io).await;
        for (connector, pipeline) in &and_or.rest {
            if self.job.interrupted() {
                break;
            }
            let run = match connector {
                Connector::And => status == 0,
                Connector::Or => status != 0,
            };
            if run {
                status = self.run_pipeline(pipeline, io).await;
            }
        }
        status
    }

    /// Runs the stages in order, each reading what the previous one wrote.
    async fn run_pipeline(&self, pipeline: &Pipeline, io: &Io) -> i32 {
        let count = pipeline.commands.len();
        let mut stdin = io.stdin.clone();
        let mut status = 0;
        for (i, command) in pipeline.commands.iter().enumerate() {
            if self.job.stopped() {
                break;
            }
            let last = i + 1 == count;
            let buf = Rc::new(RefCell::new(String::new()));
            let stage = Io {
                stdin: stdin.take(),
                out: if last {
                    io.out.clone()
                } else {
                    Sink::Buffer(buf.clone())
                },
                err: io.err.clone(),
            };
            status = self.run_command(command, &stage).await;
            if !last {
                stdin = Some(Stdin::new(buf.take()));
            }
        }
        if pipeline.negate {
            status = i32::from(status == 0);
        }
        self.with_world(|w| w.last_status = status);
        status
    }

    pub(crate) fn run_command<'a>(&'a self, command: &'a Command, io: &'a Io) -> Boxed<'a, i32> {
        Box::pin(async move {
            let status = match command {
                Command::Simple(simple) => self.run_simple(simple, io).await,
                Command::Compound(compound, redirects) => {
                    match self.redirected(redirects, io).await {
                        Ok(io) => self.run_compound(compound, &io).await,
                        Err(msg) => self.fail(io, &msg, 1),
                    }
                }
            };
            if let Some(msg) = self.with_world(|w| w.limit_error.take()) {
                self.job.stop(msg, 1);
            }
            status
        })
    }

    /// An expansion error (`$((1/0))`, a bad `${…}`): bash prints it and
    /// abandons the rest of the command line, as an interactive shell does.
    pub(crate) fn abort(&self, msg: &str) -> i32 {
        let line = if msg.starts_with("kubeplay: ") {
            format!("{msg}\n")
        } else {
            format!("{}{msg}\n", self.with_world(|w| w.speech.prefix()))
        };
        self.job.stop(line, 1);
        1
    }

    /// Prints `bash: msg` on the command's stderr and returns `status`.
    pub(crate) fn fail(&self, io: &Io, msg: &str, status: i32) -> i32 {
        let prefix = self.with_world(|w| w.speech.prefix());
        io.err
            .write(&self.job, &self.world, &format!("{prefix}{msg}\n"));
        status
    }

    async fn run_simple(&self, simple: &Simple, io: &Io) -> i32 {
        if self.job.interrupted() || !self.job.count_command() {
            return self.status();
        }
        self.last_substitution.set(None);
        let argv = match self.expand_words(&simple.words, io).await {
            Ok(argv) => argv,
            Err(msg) => return self.abort(&msg),
        };
        let mut values = Vec::new();
        for (name, word) in &simple.assigns {
            match self.expand_text(word, io).await {
                Ok(value) => values.push((name.clone(), value)),
                Err(msg) => return self.abort(&msg),
            }
        }
        let io = match self.redirected(&simple.redirects, io).await {
            Ok(io) => io,
            Err(msg) => return self.fail(io, &msg, 1),
        };
        if argv.is_empty() {
            self.with_world(|w| {
                for (name, value) in values {
                    w.set_var(&name, value);
                }
            });
            return self.last_substitution.get().unwrap_or(0);
        }
        // `NAME=value cmd`: the variables exist for this command only.
        let saved: Vec<(String, Option<Var>)> = self.with_world(|w| {
            values
                .into_iter()
                .map(|(name, value)| {
                    let old = w.vars.get(&name).cloned();
                    w.export(&name, Some(value));
                    (name, old)
                })
                .collect()
        });
        let status = self.invoke(argv, &io).await;
        self.with_world(|w| {
            for (name, old) in saved.into_iter().rev() {
                match old {
                    Some(var) => {
                        w.vars.insert(name, var);
                    }
                    None => w.unset(&name),
                }
            }
        });
        status
    }

    /// Runs one command from the table, or answers like bash when none has that name.
    async fn invoke(&self, argv: Vec<String>, io: &Io) -> i32 {
        let name = argv.first().cloned().unwrap_or_default();
        if let Some(spec) = self.with_world(|w| w.commands.find(&name)) {
            let ctx = Ctx {
                world: self.world.clone(),
                job: self.job.clone(),
                io: io.clone(),
            };
            return (spec.run)(ctx, argv).await;
        }
        if name.contains('/') {
            let exists = self.with_world(|w| w.fs.get(&w.abs_path(&name)).is_some());
            return if exists {
                self.fail(io, &format!("{name}: Permission denied"), 126)
            } else {
                self.fail(io, &format!("{name}: No such file or directory"), 127)
            };
        }
        let text = self.with_world(|w| w.speech.not_found(&name));
        io.err.write(&self.job, &self.world, &text);
        127
    }

    /// Runs a list with its own copy of the variables and working
    /// directory, as `( … )` and `$( … )` do.
    pub(crate) async fn subshell(&self, list: &List, io: &Io) -> i32 {
        let saved = self.with_world(|w| (w.vars.clone(), w.cwd.clone()));
        let loops = self.job.loop_depth.replace(0);
        let mut status = self.run_list(list, io).await;
        self.job.loop_depth.set(loops);
        if let super::job::Control::Exit(code) = self.job.control.get() {
            status = code;
        }
        self.job.control.set(super::job::Control::None);
        self.with_world(|w| {
            w.vars = saved.0;
            w.cwd = saved.1;
        });
        status
    }
}
