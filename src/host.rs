//! The learner's machine, for the commands that talk to the cluster from
//! outside it: `curl` (through the simulated network) and `minikube`.
//! Like kubectl, these only read and change the engine through the shell's
//! `World`; they keep no state of their own.

mod curl;
mod minikube;

pub use curl::curl;
pub use minikube::minikube;

use crate::shell::commands::{row, CommandSpec};

/// The `curl` and `minikube` rows registered into the shell's command table.
pub const SHELL_COMMANDS: &[CommandSpec] = &[
    row(
        "curl",
        "fetch a URL through the cluster network (-s -i -v -I)",
        curl,
    ),
    row(
        "minikube",
        "the local cluster: ip, service NAME --url, node add|list, status",
        minikube,
    ),
];
