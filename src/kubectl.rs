//! kubectl: the command table, its flags and handlers, and everything that
//! turns Kubernetes objects into the text real kubectl prints.
//!
//! The printers work on objects as JSON values (kubectl's "unstructured"
//! view), so they depend on nothing but the Kubernetes wire format. This
//! module must not keep cluster state of its own: it reads and writes the
//! engine's objects through the shell's `World`.

pub mod cli;
pub mod cmd;
pub mod commands;
pub mod complete;
pub mod describe;
pub mod gofmt;
pub mod jsonpath;
pub mod manifest;
pub mod patch;
pub mod printers;
pub mod resources;
pub mod target;
pub mod template;
pub mod texts;
pub mod yaml;

pub use complete::{complete, vocabulary, Vocabulary};

use cli::{resolve, Resolved};
use commands::{GLOBALS, ROOT};

use crate::shell::commands::{row, CommandSpec};
use crate::shell::{done, CommandFuture, Ctx};

/// The `kubectl` row registered into the shell's command table.
pub const SHELL_COMMANDS: &[CommandSpec] = &[row(
    "kubectl",
    "talk to the cluster (kubectl get pods, kubectl --help)",
    run,
)];

/// The `kubectl` command of the shell: `argv[0]` is `kubectl`.
pub fn run(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    match resolve(&ROOT, GLOBALS, argv.get(1..).unwrap_or(&[])) {
        Resolved::Run(command, call) => match command.run {
            Some(handler) => handler(ctx, call),
            None => done(0),
        },
        Resolved::Help(text) => {
            ctx.out(&text);
            done(0)
        }
        Resolved::Error(text) => {
            ctx.err(&text);
            done(1)
        }
    }
}
