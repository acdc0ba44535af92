//! kubectl's command line as cobra shapes it: a tree of commands (name,
//! aliases, help, flags, handler), resolution of `argv` to a command with
//! global flags allowed anywhere, `--help`, and cobra's errors
//! (`error: unknown command "gte" for "kubectl"` with "Did you mean this?"
//! suggestions, `See 'kubectl get --help' for usage.`).
//!
//! It knows nothing about the cluster; handlers do the work.

pub mod flags;
mod help;
mod suggest;

pub use flags::{Flag, Flags, Kind};
pub use help::{flag_list, help_text, root_help};
pub use suggest::suggestions;

use crate::shell::{CommandFuture, Ctx};

/// What a handler receives: the command path (`kubectl rollout undo`),
/// positional arguments, parsed flags and where `--` was.
#[derive(Clone, Debug, Default)]
pub struct Call {
    pub path: String,
    pub args: Vec<String>,
    pub flags: Flags,
    pub args_at_dash: Option<usize>,
}

pub type Handler = fn(Ctx, Call) -> CommandFuture;

/// The group a top-level command is listed under in `kubectl --help`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Beginner,
    Intermediate,
    Deploy,
    Cluster,
    Troubleshooting,
    Advanced,
    Settings,
    Other,
    /// Subcommands, and commands `kubectl --help` does not list.
    None,
}

/// Help text kept in the native build only. The browser build drops it
/// while the tables are evaluated (the literal never reaches the wasm) and
/// reads the same words from `static/text/kubectl.json`, fetched when a
/// command first needs them (see `kubectl::texts`).
pub const fn native_text(text: &'static str) -> &'static str {
    if cfg!(target_arch = "wasm32") {
        ""
    } else {
        text
    }
}

/// One command of the tree.
pub struct Command {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    /// The one-line description in command lists.
    pub short: &'static str,
    /// The description `--help` opens with.
    pub long: &'static str,
    pub examples: &'static str,
    /// The usage line after `Usage:` (without the leading two spaces).
    pub usage: &'static str,
    pub flags: &'static [Flag],
    pub subcommands: &'static [Command],
    pub run: Option<Handler>,
    pub group: Group,
    /// Flags real kubectl has here that kubeplay does not simulate yet:
    /// parsed (so they are never "unknown") and listed by `--help`, but
    /// using one answers that kubeplay does not simulate it. The root's
    /// are the global ones.
    pub later: &'static [Flag],
}

impl Command {
    /// This command with `later` as its not-yet-simulated flags.
    pub const fn later(self, later: &'static [Flag]) -> Command {
        Command { later, ..self }
    }

    fn find(&self, name: &str) -> Option<&Command> {
        self.subcommands
            .iter()
            .find(|c| c.name == name || c.aliases.contains(&name))
    }
}

/// How `argv` resolved.
pub enum Resolved<'a> {
    /// Run this command's handler.
    Run(&'a Command, Call),
    /// Print this text to stdout and exit 0 (`--help`, a bare group).
    Help(String),
    /// Print this to stderr and exit 1.
    Error(String),
}

/// Resolves `argv` (without `kubectl`) against the tree under `root`,
/// with `globals` accepted by every command.
pub fn resolve<'a>(root: &'a Command, globals: &'static [Flag], argv: &[String]) -> Resolved<'a> {
    let mut path = vec![root.name];
    let mut command = root;
    let mut rest: Vec<String> = argv.to_vec();
    while let Some(at) = first_positional(&rest, globals) {
        let Some(word) = rest.get(at).cloned() else {
            break;
        };
        if command.subcommands.is_empty() {
            break;
        }
        match command.find(&word) {
            Some(sub) => {
                rest.remove(at);
                path.push(sub.name);
                command = sub;
            }
            None if command.run.is_some() => break,
            None => {
                // Below the root, kubectl names every remaining argument
                // (`unknown command "opaque x"`), flags left out.
                let known: Vec<&Flag> = globals.iter().collect();
                let words = match flags::parse(&rest, &known) {
                    Ok(parsed) if command.name != root.name => parsed.args.join(" "),
                    _ => word,
                };
                return Resolved::Error(unknown_command(root, command, &path, &words));
            }
        }
    }
    let path_text = path.join(" ");
    let mut known: Vec<&Flag> = command.flags.iter().collect();
    let later: Vec<&Flag> = command.later.iter().chain(root.later).collect();
    for flag in globals.iter().chain(later.iter().copied()) {
        if !known.iter().any(|f| f.long == flag.long) {
            known.push(flag);
        }
    }
    let parsed = match flags::parse(&rest, &known) {
        Ok(p) => p,
        Err(e) => {
            return Resolved::Error(format!("error: {e}\nSee '{path_text} --help' for usage.\n"))
        }
    };
    if parsed.help || command.run.is_none() {
        if command.name == root.name {
            return Resolved::Help(root_help(root));
        }
        let text = help_text(command, &path_text);
        // A bare group runs kubectl's DefaultSubCommandRun(ErrOut): help on
        // stderr, exit 1 (`certificate` only prints its help).
        if !parsed.help && command.name != "certificate" {
            return Resolved::Error(text);
        }
        return Resolved::Help(text);
    }
    let simulated = |long: &str| command.flags.iter().chain(globals).any(|f| f.long == long);
    if let Some(flag) = later
        .iter()
        .find(|f| parsed.flags.is_set(f.long) && !simulated(f.long))
    {
        return Resolved::Error(format!(
            "error: kubeplay does not simulate the --{} flag of \"{path_text}\" yet\n",
            flag.long
        ));
    }
    Resolved::Run(
        command,
        Call {
            path: path_text,
            args: parsed.args,
            flags: parsed.flags,
            args_at_dash: parsed.args_at_dash,
        },
    )
}

/// The index of the first argument that is not a flag or a flag's value
/// (cobra's `stripFlags`), stopping at `--`.
fn first_positional(args: &[String], globals: &[Flag]) -> Option<usize> {
    let takes_value = |name: &str| {
        globals.iter().any(|f| {
            (f.long == name || f.short.is_some_and(|c| c.to_string() == name))
                && f.kind != Kind::Bool
        })
    };
    let mut i = 0;
    while let Some(arg) = args.get(i) {
        if arg == "--" {
            return None;
        }
        if let Some(long) = arg.strip_prefix("--") {
            if !long.contains('=') && takes_value(long) {
                i += 1;
            }
        } else if let Some(short) = arg.strip_prefix('-').filter(|s| !s.is_empty()) {
            if short.chars().count() == 1 && takes_value(short) {
                i += 1;
            }
        } else {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn unknown_command(root: &Command, command: &Command, path: &[&str], word: &str) -> String {
    if command.name != root.name {
        return format!(
            "error: unknown command {word:?}\nSee '{} -h' for help and examples\n",
            path.join(" ")
        );
    }
    let mut text = format!("error: unknown command {word:?} for {:?}\n", root.name);
    let found = suggestions(
        word,
        root.subcommands
            .iter()
            .filter(|c| c.group != Group::None)
            .map(|c| c.name),
    );
    if !found.is_empty() {
        text.push_str("\nDid you mean this?\n");
        for s in found {
            text.push_str(&format!("\t{s}\n"));
        }
    }
    text
}
