//! Another shell in the same world: a container's `sh` or `bash` runs the
//! terminal's parser and interpreter over its own variables, files,
//! working directory and command table (a [`Scope`]). While one of its
//! lines runs, the scope is swapped into the [`World`] — so every
//! built-in works on the container's files unchanged — and swapped back
//! after, even when the line is cancelled (the guard restores it on drop).
//!
//! Which shell it is ([`Dialect`]) decides its error words: bash's
//! `bash: X: command not found`, dash's `sh: 1: X: not found`, BusyBox
//! ash's `sh: X: not found`.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use super::commands::Commands;
use super::ctx::Ctx;
use super::exec::Interp;
use super::job::Control;
use super::parse;
use super::vfs::Vfs;
use super::world::{Var, World};

/// Which shell reads the lines, for its error words.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Dialect {
    /// Interactive bash: `bash: X: command not found`.
    #[default]
    Bash,
    /// `bash -c` or bash reading a pipe: `bash: line N: X: command not found`.
    BashScript,
    /// Debian's `/bin/sh`: `sh: N: X: not found`.
    Dash,
    /// BusyBox ash: `sh: X: not found`.
    Ash,
}

/// How the world's shell speaks: its dialect, the line it is reading
/// (dash and non-interactive bash number their errors) and whether a
/// terminal is attached (`ls` prints columns only then).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Speech {
    pub dialect: Dialect,
    pub line: u32,
    pub tty: bool,
}

impl Default for Speech {
    fn default() -> Self {
        Speech {
            dialect: Dialect::Bash,
            line: 1,
            tty: true,
        }
    }
}

impl Speech {
    /// What starts an error line: `bash: `, `bash: line 1: `, `sh: 1: `, `sh: `.
    pub fn prefix(&self) -> String {
        match self.dialect {
            Dialect::Bash => "bash: ".into(),
            Dialect::BashScript => format!("bash: line {}: ", self.line),
            Dialect::Dash => format!("sh: {}: ", self.line),
            Dialect::Ash => "sh: ".into(),
        }
    }

    /// The answer to a program the shell cannot find.
    pub fn not_found(&self, name: &str) -> String {
        match self.dialect {
            Dialect::Bash | Dialect::BashScript => {
                format!("{}{name}: command not found\n", self.prefix())
            }
            Dialect::Dash | Dialect::Ash => format!("{}{name}: not found\n", self.prefix()),
        }
    }
}

/// The state of one shell that is not the terminal's.
#[derive(Clone, Debug)]
pub struct Scope {
    pub vars: BTreeMap<String, Var>,
    pub last_status: i32,
    pub fs: Vfs,
    pub cwd: String,
    pub aliases: BTreeMap<String, String>,
    pub commands: Commands,
    pub speech: Speech,
    export_pending: BTreeSet<String>,
}

impl Scope {
    /// A shell over `fs` starting in `cwd`, running `commands`, with
    /// `env` exported.
    pub fn new(commands: Commands, fs: Vfs, cwd: &str, env: &[(String, String)]) -> Scope {
        let vars = crate::sorting::insert_all(env.iter().map(|(k, v)| {
            let var = Var {
                value: v.clone(),
                exported: true,
            };
            (k.clone(), var)
        }));
        Scope {
            vars,
            last_status: 0,
            fs,
            cwd: cwd.to_string(),
            aliases: BTreeMap::new(),
            commands,
            speech: Speech::default(),
            export_pending: BTreeSet::new(),
        }
    }

    /// Exchanges this scope with the world's shell state.
    fn swap(&mut self, w: &mut World) {
        std::mem::swap(&mut self.vars, &mut w.vars);
        std::mem::swap(&mut self.last_status, &mut w.last_status);
        std::mem::swap(&mut self.fs, &mut w.fs);
        std::mem::swap(&mut self.cwd, &mut w.cwd);
        std::mem::swap(&mut self.aliases, &mut w.aliases);
        std::mem::swap(&mut self.commands, &mut w.commands);
        std::mem::swap(&mut self.speech, &mut w.speech);
        std::mem::swap(&mut self.export_pending, w.export_pending_mut());
    }
}

/// Holds the terminal's state while a scope is in the world; puts it
/// back when dropped (a cancelled line).
struct Entered {
    world: Rc<RefCell<World>>,
    saved: Option<Scope>,
}

impl Drop for Entered {
    fn drop(&mut self) {
        if let (Some(saved), Ok(mut w)) = (self.saved.as_mut(), self.world.try_borrow_mut()) {
            saved.swap(&mut w);
        }
    }
}

/// How a script run in a scope ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ran {
    pub status: i32,
    /// `exit N` ended the shell.
    pub exited: bool,
    /// A trapped Ctrl-C cut the line short.
    pub interrupted: bool,
}

/// Runs `text` (complete commands) in `scope` with the command's streams;
/// the scope comes back changed (variables, files, `cd`, `$?`).
pub async fn run_in(ctx: &mut Ctx, scope: &mut Scope, text: &str) -> Ran {
    // The world takes the scope's state; `scope` holds the terminal's.
    ctx.with_world(|w| scope.swap(w));
    let blank = Scope::new(scope.commands.clone(), Vfs::default(), "/", &[]);
    let mut guard = Entered {
        world: ctx.world.clone(),
        saved: Some(std::mem::replace(scope, blank)),
    };
    let ran = run_text(ctx, text).await;
    if let Some(mut state) = guard.saved.take() {
        ctx.with_world(|w| state.swap(w));
        *scope = state;
    }
    ran
}

/// Runs `text` as a child shell of the one running (`sh -c '…'`) would:
/// with `speech`'s words, its variable and directory changes undone after.
pub async fn child(ctx: &mut Ctx, text: &str, speech: Speech) -> Ran {
    let saved = ctx.with_world(|w| {
        let old = std::mem::replace(&mut w.speech, speech);
        (w.vars.clone(), w.cwd.clone(), old)
    });
    let ran = run_text(ctx, text).await;
    ctx.with_world(|w| {
        w.vars = saved.0;
        w.cwd = saved.1;
        w.speech = saved.2;
    });
    ran
}

/// Parses and runs `text` in the world's current shell state.
async fn run_text(ctx: &mut Ctx, text: &str) -> Ran {
    let speech = ctx.with_world(|w| w.speech);
    let script = match parse::parse(text) {
        Ok(script) => script,
        Err(e) => {
            let msg = e.message();
            ctx.err(&format!("{}{msg}\n", speech.prefix()));
            ctx.with_world(|w| w.last_status = 2);
            return Ran {
                status: 2,
                exited: false,
                interrupted: false,
            };
        }
    };
    let interp = Interp {
        world: ctx.world.clone(),
        job: ctx.job.clone(),
        script: Rc::new(script),
        last_substitution: Cell::new(None),
    };
    let loops = ctx.job.loop_depth.replace(0);
    let mut status = interp.run_list(&interp.script.list, &ctx.io).await;
    ctx.job.loop_depth.set(loops);
    let mut exited = false;
    if let Control::Exit(code) = ctx.job.control.get() {
        status = code;
        exited = true;
    }
    ctx.job.control.set(Control::None);
    let interrupted = ctx.take_interrupt();
    if interrupted {
        status = 130;
    }
    ctx.with_world(|w| w.last_status = status);
    Ran {
        status,
        exited,
        interrupted,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shell::ctx::Io;
    use crate::shell::job::{Job, JobShared};

    fn container() -> Scope {
        let env = [("X".to_string(), "1".to_string())];
        let mut scope = Scope::new(Commands::builtins(), Vfs::default(), "/tmp", &env);
        scope.speech.dialect = Dialect::Ash;
        scope
    }

    /// Runs `text` in `scope` as a job over `world`, pumped once.
    fn start(world: &Rc<RefCell<World>>, scope: Rc<RefCell<Scope>>, text: &str) -> Job {
        let shared = JobShared::new();
        let mut ctx = Ctx {
            world: world.clone(),
            job: shared.clone(),
            io: Io::terminal(),
        };
        let text = text.to_string();
        let future = async move {
            let mut s = scope.borrow().clone();
            let ran = run_in(&mut ctx, &mut s, &text).await;
            *scope.borrow_mut() = s;
            ran.status
        };
        Job::new(Box::pin(future), shared)
    }

    #[test]
    fn a_line_changes_the_scope_and_leaves_the_terminal_alone() {
        let world = Rc::new(RefCell::new(World::new(1)));
        let scope = Rc::new(RefCell::new(container()));
        let mut job = start(&world, scope.clone(), "cd /; Y=$X$X; echo $Y > /f; nope");
        assert_eq!(job.pump(), Some(127));
        let s = scope.borrow();
        assert_eq!(s.cwd, "/");
        assert_eq!(s.vars.get("Y").map(|v| v.value.as_str()), Some("11"));
        assert_eq!(s.fs.read("/f"), Ok("11\n"));
        assert_eq!(s.last_status, 127);
        let w = world.borrow();
        assert_eq!(w.cwd, "/root");
        assert_eq!(w.var("Y"), None);
        assert!(w.fs.get("/f").is_none());
        assert_eq!(w.speech.dialect, Dialect::Bash);
    }

    #[test]
    fn a_cancelled_line_gives_the_terminal_its_state_back() {
        let world = Rc::new(RefCell::new(World::new(1)));
        let scope = Rc::new(RefCell::new(container()));
        let mut job = start(&world, scope, "cd /; sleep 5");
        assert_eq!(job.pump(), None);
        assert_eq!(world.borrow().var("X"), Some("1"));
        drop(job);
        let w = world.borrow();
        assert_eq!(w.cwd, "/root");
        assert_eq!(w.var("X"), None);
        assert_eq!(w.var("HOME"), Some("/root"));
    }

    #[test]
    fn each_dialect_has_its_words() {
        let mut speech = Speech::default();
        assert_eq!(speech.not_found("x"), "bash: x: command not found\n");
        speech.dialect = Dialect::BashScript;
        assert_eq!(
            speech.not_found("x"),
            "bash: line 1: x: command not found\n"
        );
        speech.dialect = Dialect::Dash;
        speech.line = 3;
        assert_eq!(speech.not_found("x"), "sh: 3: x: not found\n");
        speech.dialect = Dialect::Ash;
        assert_eq!(speech.not_found("x"), "sh: x: not found\n");
    }
}
