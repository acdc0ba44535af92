//! The cluster view's model, without a browser: what the picture beside
//! the terminal shows and how it moves.
//!
//! - [`model`]: a snapshot of the learner's objects read from a
//!   [`crate::engine::Cluster`] — nodes, Deployments and their
//!   ReplicaSets (revision, image tag, colour), pods (status, node, IP),
//!   Services and their endpoints.
//! - [`status`]: a pod's status as a look (class, icon, words).
//! - [`layout`]: where everything goes for a given width, calm at 4 pods
//!   and at 200 (pods shrink from cards to chips to dots).
//! - [`tween`]: easing and interpolation.
//! - [`stage`]: the animation state across snapshots — pods appearing,
//!   moving onto nodes, fading out; requests travelling client → Service
//!   → pod; flashes.
//! - [`narrate`]: change-log entries as short sentences for screen
//!   readers, throttled.
//! - [`columns`]: one-sentence explanations of `kubectl get` headers.
//! - [`links`]: terminal output split into plain text, object names and
//!   column headers, for linking output to the view.
//!
//! Must not: name a browser crate, read a clock (times are passed in as
//! milliseconds from the caller's clock), or change the cluster.

pub mod columns;
pub mod layout;
pub mod links;
pub mod model;
pub mod narrate;
pub mod stage;
pub mod status;
pub mod tween;

pub use layout::{Layout, PodSize};
pub use model::Model;
pub use stage::Stage;
