//! The shell: the bash subset a Kubernetes tutorial uses, run over the
//! simulated cluster and a virtual filesystem. It parses a command line
//! ([`parse`] → [`ast`]), expands words ([`expand`]), and interprets the
//! result as async code ([`exec`]) driven by a deterministic executor
//! ([`job`]) — so a command can wait on simulated time (`sleep`, watches)
//! and stream output without threads, a runtime or a clock.
//!
//! Commands are rows of one table ([`commands::Commands`]: the built-ins
//! of [`commands::COMMANDS`] and the rows registered from above); each gets a
//! [`Ctx`] with its streams and the shared [`World`]. The shell must not
//! know how output is drawn: it produces [`Chunk`]s and the caller (the
//! terminal UI or the native runner) renders them. Every resource it uses
//! is bounded by a constant in [`limits`].

pub mod alias;
pub mod ast;
pub mod commands;
pub mod ctx;
pub mod exec;
pub mod expand;
pub mod input;
pub mod job;
pub mod limits;
pub mod parse;
pub mod scope;
pub mod vfs;
pub mod world;

pub use commands::{CommandSpec, Commands, COMMANDS};
pub use ctx::{done, CommandFn, CommandFuture, Ctx};
pub use input::TermInput;
pub use parse::needs_more_input;
pub use world::{EditRequest, Var, World, HOME};

/// One piece of terminal output, in the order it was produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Chunk {
    /// Text written to standard output.
    Out(String),
    /// Text written to standard error.
    Err(String),
    /// The screen is cleared (`clear`, Ctrl-L).
    Clear,
}
