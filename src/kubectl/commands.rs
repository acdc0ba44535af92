//! The kubectl command table: every command and subcommand as data (name,
//! aliases, help texts, flags, handler), in `kubectl --help` order.
//! Flag definitions shared by several commands live in `flagsets.rs`;
//! help texts are kubectl's own first paragraphs and examples, shortened.

mod flagsets;
mod later;
mod tree;

pub use flagsets::GLOBALS;
pub use tree::{CREATE, ROOT};
