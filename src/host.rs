//! The learner's machine, for the commands that talk to the cluster from
//! outside it: `curl` (through the simulated network) and `minikube`.
//! Like kubectl, these only read and change the engine through the shell's
//! `World`; they keep no state of their own.

mod curl;
mod minikube;

pub use curl::curl;
pub use minikube::minikube;
