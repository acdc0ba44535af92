//! kubeplay: a Kubernetes playground that runs entirely in the browser.
//!
//! The crate is a pure core with a thin browser shell. Everything a learner
//! can observe — what a command prints, which pods exist, what a lesson
//! checks — is computed by plain Rust that builds and tests natively. Only
//! [`ui`] (compiled for `wasm32` alone) touches the DOM.
//!
//! Module map (see `ARCHITECTURE.md` for the data flow):
//! - [`console`]: the terminal's logic without a browser — line editor,
//!   history, Ctrl-R, Tab completion, paste, scrollback, time controls.
//! - [`api`]: Kubernetes object types, selectors, defaulting, validation.
//! - [`engine`]: the simulated cluster (`Cluster`): store, clock, events,
//!   change log, network, node operations.
//! - [`controllers`]: deployment, replicaset, endpoints, GC, node lifecycle, kubelet.
//! - [`scheduler`]: places pods on nodes.
//! - [`json`]: typed values to and from JSON (`ToJson`, `FromJson`, derived).
//! - [`listing`]: GNU `ls` column layout, shared by the shell and the containers.
//! - [`apps`]: the simulated container images and what they answer.
//! - [`kubectl`]: the kubectl command table, printers, templates, manifests.
//! - [`i18n`]: the interface's strings in English, 繁體中文, 日本語, 한국어, Español.
//! - [`lesson`]: guided lessons — file format, goal predicates, catalog,
//!   progress, the lesson commands, setup and replay.
//! - [`host`]: learner-machine commands that reach the cluster (`curl`, `minikube`).
//! - [`scene`]: the cluster view's model — layout, pod looks, tweens,
//!   narration, column explanations, output linking — without a browser.
//! - [`session`]: one playground session — the façade the UI, the native
//!   runner and the tests all drive.
//! - [`shell`]: the bash subset tutorials use — parser, async interpreter,
//!   deterministic executor, virtual filesystem, built-in commands, and the
//!   [`shell::World`] that holds the session state (with typed slots for
//!   the layers above: the lesson desk, the replay log).
//! - [`transcript`]: runs a script line by line (joining continuation
//!   lines) and renders the terminal text.
//! - `ui`: Yew components; the only module allowed to use yew / web-sys.
//!
//! Architecture invariants, checked by `tests/architecture.rs`:
//! - Dependencies go one way, along the layers drawn in `ARCHITECTURE.md`.
//! - Nothing outside `src/ui/` and `src/main.rs` names yew, web-sys, gloo or js-sys.
//! - Nothing outside `src/ui/` reads a wall clock or an unseeded random number.

#![forbid(unsafe_code)]
#![warn(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

pub mod api;
#[cfg(not(target_arch = "wasm32"))]
pub mod apiserver;
pub mod apps;
pub mod console;
pub mod controllers;
pub mod embed;
pub mod engine;
pub mod host;
pub mod i18n;
pub mod json;
pub mod kubectl;
pub mod lesson;
pub mod listing;
pub mod scene;
pub mod scheduler;
pub mod session;
pub mod share;
pub mod shell;
pub mod sorting;
pub mod transcript;

#[cfg(target_arch = "wasm32")]
pub mod ui;
