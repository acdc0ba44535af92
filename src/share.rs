//! Sharing and restoring a session by deterministic replay.
//!
//! A session is fully described by its seed, the lesson step it was opened
//! at, and what the learner did since, each with the simulated time that
//! passed before it: the [`ReplayLog`] (`log`), recorded by
//! [`crate::session::Session`] as things happen. `replay` rebuilds a
//! session from it; `codec` turns it into the compact, versioned text of a
//! share link (`#s=1.…`) and back, strictly; `store` is the saved document
//! (localStorage and the exported file) that carries a link plus settings,
//! progress and history; `recent` indexes the saved sessions of a
//! browser's tabs; `command` is the terminal's `share`.
//!
//! Nothing here touches a browser or a clock: the UI hands in the page
//! address and stores the text.

pub mod codec;
pub mod command;
pub mod limits;
pub mod log;
pub mod recent;
pub mod replay;
pub mod store;
pub mod store_error;

pub use codec::{decode_link, encode_link, link_fragment, ShareError};
pub use log::{Entry, Event, LessonAt, ReplayLog, Snapshot};
pub use replay::{replay, Replayed};
