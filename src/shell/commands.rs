//! The command table: every command the shell can run, as data — its
//! name, the one line `help` prints, and its handler. Adding a built-in is
//! adding a row to [`COMMANDS`]; the layers above the shell (kubectl,
//! curl and minikube, the lesson commands, share) register their rows into
//! a world's [`Commands`] instead, so the shell never names them. Names
//! not in the table answer `bash: NAME: command not found`.

mod alias;
mod args;
mod awk;
mod base64;
mod basic;
mod command;
mod complete;
mod cut;
mod echo;
mod edit;
mod files;
mod grep;
mod info;
mod lines;
mod ls;
pub mod regex;
mod sed;
mod seq;
mod sort;
mod source;
mod test;
mod user;
mod vars;
mod wc;

pub use args::{inputs, lines as split_lines, Input, Opts, Spec};
pub use echo::unescape;
pub use vars::print_named;

use std::fmt;
use std::rc::Rc;

use super::ctx::{done, CommandFn, CommandFuture, Ctx};

/// One row of the command table.
pub struct CommandSpec {
    pub name: &'static str,
    /// What `help` prints beside the name.
    pub summary: &'static str,
    pub run: CommandFn,
}

pub const fn row(name: &'static str, summary: &'static str, run: CommandFn) -> CommandSpec {
    CommandSpec { name, summary, run }
}

/// Every command, in the order `help` lists them.
pub const COMMANDS: &[CommandSpec] = &[
    row("help", "list the commands you can type", help),
    row(
        "echo",
        "print its arguments (-n no newline, -e escapes)",
        echo::echo,
    ),
    row(
        "printf",
        "print formatted text (%s %d %%, \\n)",
        echo::printf,
    ),
    row(
        "sleep",
        "wait N seconds of simulated time (1.5, 2m)",
        basic::sleep,
    ),
    row(
        "export",
        "set a variable for commands (export X=1)",
        vars::export,
    ),
    row("unset", "remove a variable", vars::unset),
    row("env", "list exported variables", vars::env),
    row("printenv", "print variables' values", vars::printenv),
    row(
        "set",
        "list variables (shell options are accepted and ignored)",
        vars::set,
    ),
    row("read", "read a line of input into variables", basic::read),
    row("true", "do nothing, successfully", basic::ok),
    row("false", "do nothing, unsuccessfully", basic::fail),
    row(":", "do nothing, successfully", basic::ok),
    row(
        "test",
        "check a condition ([ -f FILE ], [ $X = y ])",
        test::test,
    ),
    row("[", "check a condition (same as test)", test::test),
    row("break", "leave a for/while loop", basic::break_loop),
    row(
        "continue",
        "start the next loop iteration",
        basic::continue_loop,
    ),
    row("ls", "list files (-l long, -a all)", ls::ls),
    row("cat", "print files", files::cat),
    row("pwd", "print the working directory", files::pwd),
    row("cd", "change the working directory", files::cd),
    row("mkdir", "make directories (-p parents)", files::mkdir),
    row("rm", "remove files (-r directories, -f force)", files::rm),
    row("rmdir", "remove empty directories", files::rmdir),
    row("touch", "create empty files", files::touch),
    row("cp", "copy a file", files::cp),
    row("mv", "move or rename a file", files::mv),
    row("tee", "copy input to files and the screen", files::tee),
    row(
        "grep",
        "print lines matching a pattern (-i -v -c -E -o -n)",
        grep::grep,
    ),
    row("head", "first lines or bytes (-n N, -c N)", lines::head),
    row("tail", "last lines or bytes (-n N, -c N)", lines::tail),
    row("wc", "count lines, words, bytes (-l -w -c)", wc::wc),
    row(
        "sort",
        "sort lines (-n numeric, -r reverse, -u unique)",
        sort::sort,
    ),
    row("uniq", "drop repeated lines (-c count)", sort::uniq),
    row(
        "cut",
        "pick fields (-d DELIM -f LIST) or characters (-c)",
        cut::cut,
    ),
    row("tr", "translate or delete characters", cut::tr),
    row("seq", "print a sequence of numbers", seq::seq),
    row("awk", "print fields ('{print $1}', -F SEP)", awk::awk),
    row("sed", "edit text (s/a/b/g, -i FILE, -n, /re/d)", sed::sed),
    row("vim", "edit a file", edit::edit),
    row("vi", "edit a file", edit::edit),
    row("nano", "edit a file", edit::edit),
    row("date", "print the simulated date and time", info::date),
    row("which", "show where a command lives", info::which),
    row("type", "say what kind of command a name is", info::type_of),
    row(
        "alias",
        "name a command line (alias k=kubectl)",
        alias::alias,
    ),
    row("unalias", "forget aliases (-a: all)", alias::unalias),
    row(
        "source",
        "run a file's commands in this shell",
        source::source,
    ),
    row(".", "run a file's commands in this shell", source::source),
    row(
        "complete",
        "register Tab completion (accepted)",
        complete::complete,
    ),
    row(
        "command",
        "run a command, or -v: say how NAME runs",
        command::command,
    ),
    row(
        "base64",
        "encode or decode base64 (-d, -w0)",
        base64::base64,
    ),
    row("whoami", "print the user name", user::whoami),
    row("id", "print user and group ids", user::id),
    row(
        "exit",
        "leave a subshell, or end the command line",
        basic::exit,
    ),
    row("clear", "clear the screen (also Ctrl-L)", basic::clear),
    row("history", "list the commands typed so far", basic::history),
];

/// The table one world runs: the built-ins ([`COMMANDS`]) with the rows
/// registered from above, in the order `help` lists them. Cheap to clone.
#[derive(Clone)]
pub struct Commands(Rc<[&'static CommandSpec]>);

impl Commands {
    /// The built-ins alone.
    pub fn builtins() -> Commands {
        Commands(COMMANDS.iter().collect())
    }

    /// This table with `rows` placed right after the row named `after`
    /// (at the end when there is none).
    pub fn register(self, after: &str, rows: &'static [CommandSpec]) -> Commands {
        let mut all: Vec<&'static CommandSpec> = self.0.to_vec();
        let at = all
            .iter()
            .position(|c| c.name == after)
            .map_or(all.len(), |i| i + 1);
        all.splice(at..at, rows.iter());
        Commands(all.into())
    }

    /// This table with only the rows whose names `keep` accepts (a
    /// container's shell has its image's programs, not the terminal's).
    pub fn only(self, keep: impl Fn(&str) -> bool) -> Commands {
        Commands(self.0.iter().copied().filter(|c| keep(c.name)).collect())
    }

    /// The command named `name`, if there is one.
    pub fn find(&self, name: &str) -> Option<&'static CommandSpec> {
        self.0.iter().copied().find(|c| c.name == name)
    }

    /// Every row, in `help` order.
    pub fn iter(&self) -> impl Iterator<Item = &'static CommandSpec> + '_ {
        self.0.iter().copied()
    }
}

impl Default for Commands {
    fn default() -> Self {
        Commands::builtins()
    }
}

impl fmt::Debug for Commands {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter().map(|c| c.name)).finish()
    }
}

fn help(mut ctx: Ctx, _argv: Vec<String>) -> CommandFuture {
    let table = ctx.with_world(|w| w.commands.clone());
    let width = table.iter().map(|c| c.name.len()).max().unwrap_or(0);
    let mut text = String::from("Commands available:\n");
    for c in table.iter() {
        text.push_str(&format!("  {:width$}  {}\n", c.name, c.summary));
    }
    ctx.out(&text);
    done(0)
}
