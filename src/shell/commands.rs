//! The command table: every command the shell can run, as data — its
//! name, the one line `help` prints, and its handler. Adding a command is
//! adding a row (kubectl, curl and minikube rows come from the kubectl
//! module). Names not in the table answer `bash: NAME: command not found`.

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
pub(crate) use ls::{columns, TERMINAL_COLUMNS};
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

use super::ctx::{done, CommandFn, CommandFuture, Ctx};

/// One row of the command table.
pub struct CommandSpec {
    pub name: &'static str,
    /// What `help` prints beside the name.
    pub summary: &'static str,
    pub run: CommandFn,
}

const fn row(name: &'static str, summary: &'static str, run: CommandFn) -> CommandSpec {
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
    row("head", "first lines (-n N)", lines::head),
    row("tail", "last lines (-n N)", lines::tail),
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
    row(
        "kubectl",
        "talk to the cluster (kubectl get pods, kubectl --help)",
        crate::kubectl::run,
    ),
    row(
        "curl",
        "fetch a URL through the cluster network (-s -i -v -I)",
        crate::host::curl,
    ),
    row(
        "minikube",
        "the local cluster: ip, service NAME --url, node add|list, status",
        crate::host::minikube,
    ),
    row("clear", "clear the screen (also Ctrl-L)", basic::clear),
    row("history", "list the commands typed so far", basic::history),
    row(
        "lessons",
        "list the guided lessons, or open one (lessons 3)",
        crate::lesson::commands::lessons,
    ),
    row(
        "hint",
        "show the next hint for this lesson step",
        crate::lesson::commands::hint,
    ),
    row(
        "solution",
        "show the commands that solve this lesson step",
        crate::lesson::commands::solution,
    ),
    row(
        "next",
        "go on to the next lesson step (--skip: without its goals)",
        crate::lesson::commands::next,
    ),
    row(
        "share",
        "print a link that opens this session as it is now",
        crate::share::command::share,
    ),
    row(
        "reset",
        "set this lesson step up again (reset lesson: the whole lesson)",
        crate::lesson::commands::reset,
    ),
];

/// The command named `name`, if there is one.
pub fn find(name: &str) -> Option<&'static CommandSpec> {
    COMMANDS.iter().find(|c| c.name == name)
}

fn help(mut ctx: Ctx, _argv: Vec<String>) -> CommandFuture {
    let width = COMMANDS.iter().map(|c| c.name.len()).max().unwrap_or(0);
    let mut text = String::from("Commands available:\n");
    for c in COMMANDS {
        text.push_str(&format!("  {:width$}  {}\n", c.name, c.summary));
    }
    ctx.out(&text);
    done(0)
}
