//! The command table a session runs: the shell's built-ins with the
//! commands of the layers above the shell registered into it — kubectl,
//! curl and minikube, the lesson commands, share — each placed where
//! `help` has always listed it.

use crate::shell::Commands;

/// Every command a learner can type in a session.
pub fn table() -> Commands {
    Commands::builtins()
        .register("exit", crate::kubectl::SHELL_COMMANDS)
        .register("kubectl", crate::host::SHELL_COMMANDS)
        .register("history", crate::lesson::commands::SHELL_COMMANDS)
        .register("next", crate::share::command::SHELL_COMMANDS)
}
