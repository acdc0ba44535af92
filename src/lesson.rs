//! Guided lessons: the file format instructors write (`lessons/<lang>/*.md`,
//! see `lessons/README.md`), the goal predicates that check the learner's
//! cluster and shell (never what they typed), the catalog, the progress
//! model, the lesson commands of the terminal and the host operations
//! (setup, reset, replay) shared by the browser and `cargo test`.
//!
//! - `parse` reads a file into `format`'s types; prose is `markdown`.
//! - `check` is the predicate language, `eval` decides it against a
//!   `World` and says what differs.
//! - `desk` is the state inside the session's `World`; `commands` are the
//!   terminal's `lessons`, `hint`, `solution`, `next`, `reset`.
//! - `play` prepares worlds and carries out requests; `verify` replays a
//!   whole lesson and compares translations.
//! - `catalog` and `progress` are the small JSON documents the browser
//!   fetches and stores.
//!
//! Lesson texts are never compiled in: the browser fetches them, the
//! tests read them from disk. Nothing here touches a browser or a clock.

pub mod catalog;
pub mod check;
pub mod commands;
pub mod desk;
pub mod eval;
pub mod fields;
pub mod format;
pub mod limits;
pub mod markdown;
pub mod parse;
pub mod play;
pub mod progress;
pub mod verify;

pub use catalog::CatalogEntry;
pub use desk::{Active, Desk, Next, Request};
pub use eval::{Differs, Quantity};
pub use format::{Goal, Lesson, Setup, SetupFile, Step};
pub use parse::{parse_lesson, ParseError};
pub use progress::Progress;
