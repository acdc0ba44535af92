//! The terminal's logic, without a browser: the line editor, history and
//! its stored form, Ctrl-R search, Tab completion, multi-line input and
//! paste, the scrollback, and the simulated-time controls.
//!
//! [`Console`] is the input side as a state machine: keys and pasted text
//! go in, [`Effect`]s and queued commands come out. [`Scrollback`] is the
//! output side. [`clock`] turns wall-clock frames, single steps and
//! fast-forwards into `Session::advance` calls. The browser layer
//! (`crate::ui`) only forwards DOM events here and draws the result, so
//! everything a learner can do at the prompt is tested natively.
//!
//! Must not: touch the DOM or name any browser crate, read a clock, or
//! know a command's grammar (that comes from [`CompletionSource`]s).

pub mod clock;
pub mod complete;
pub mod editor;
pub mod file_editor;
pub mod history;
pub mod keys;
pub mod live;
mod machine;
pub mod output;
pub mod paste;
pub mod scrollback;
pub mod search;

pub use complete::{CommandNames, CompletionSource, WordContext};
pub use keys::{Key, Modifiers};
pub use machine::{Console, Echo, Effect, Entry, Env, PROMPT, PROMPT_MORE, QUEUE_ENTRIES_MAX};
pub use scrollback::{Scrollback, Span, Style};

/// The shell's command names, for completing the first word of a command.
pub fn shell_commands() -> CommandNames {
    CommandNames(
        crate::session::commands::table()
            .iter()
            .map(|c| c.name)
            .collect(),
    )
}
