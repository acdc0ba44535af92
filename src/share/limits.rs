//! Every bound on a replay log and a share link, one named constant each.
//! A link beyond one is refused as a whole (a clean sandbox and a message).
//! A live log that fills up is compacted when the next command is typed
//! ([`COMPACT_ENTRIES_AT`], [`COMPACT_BYTES_AT`]): a checkpoint of the
//! world becomes its start (`session::checkpoint`), so sessions of any
//! length are saved. Only a single running command that records past the
//! hard bounds (thousands of typed lines) stops the recording, and the page
//! then says the work is no longer being saved.
//!
//! The log bounds are sized for the saved session (localStorage), not for
//! a link: a link is bounded by its length ([`SHARE_CHARS_MAX`]) alone, so a
//! session too long for a link is still saved and restored, and Share says
//! why it has no link (a compacted session never has one). Restoring
//! replays every event since the start or the checkpoint (2,403 short
//! commands took about 1.2 s to restore in the release build in headless
//! Chromium; commands that wait on rollouts cost more), so the bound also
//! keeps a reload from stalling for long.

/// The longest share payload accepted, in characters (after `#s=`). About
/// 12 KB of commands after compaction; browsers carry far longer
/// fragments, but chat tools and mail clients start cutting around here.
pub const SHARE_CHARS_MAX: usize = 16_000;

/// The most events a log records (and a saved session may hold).
pub const LOG_ENTRIES_MAX: usize = 20_000;

/// The most text a log records over all its events, in bytes.
pub const LOG_BYTES_MAX: usize = 1024 * 1024;

/// A command submitted when the log holds this many events first
/// compacts it: a checkpoint of the world becomes the new start
/// (`session::checkpoint`). Below [`LOG_ENTRIES_MAX`], so what a running
/// command still records (typed lines, edits) fits.
pub const COMPACT_ENTRIES_AT: usize = 18_000;

/// A command that would bring the log's text past this many bytes first
/// compacts it (below [`LOG_BYTES_MAX`] for the same reason).
pub const COMPACT_BYTES_AT: usize = 900 * 1024;

/// The most bytes a checkpoint's JSON may unpack to (a cluster of 1,000
/// pods takes about 5 MB).
pub const CHECKPOINT_BYTES_MAX: usize = 32 * 1024 * 1024;

/// The longest single event text (a command line, a typed line or a saved
/// file), in bytes.
pub const EVENT_BYTES_MAX: usize = 64 * 1024;

/// The longest simulated gap accepted between two events: one day.
pub const GAP_MS_MAX: u64 = 24 * 60 * 60 * 1000;

/// The most simulated time a whole link may replay: one week.
pub const REPLAY_MS_MAX: u64 = 7 * 24 * 60 * 60 * 1000;

/// The highest lesson step a link may name.
pub const STEP_MAX: usize = 999;

/// The longest lesson id (ids are `[a-z0-9-]`).
pub const LESSON_ID_CHARS_MAX: usize = 64;

/// The most polls/advances used to reach one event's instant while a job
/// is computing; past it the replay moves on (and says it diverged).
pub const REPLAY_WAKES_MAX: usize = 10_000;

/// The longest document read, in bytes (a full log — [`LOG_BYTES_MAX`] of
/// text, escaped, folded and in base64, with a gap per entry — progress and
/// history fit with room to spare).
///
/// [`LOG_BYTES_MAX`]: LOG_BYTES_MAX
pub const STORE_BYTES_MAX: usize = 3 * 1024 * 1024;
