//! Embedding kubeplay in another page, without a browser: the address's
//! parameters (`params`: `?lesson=scale&step=2&lang=ja&theme=dark&embed=1`,
//! preset `commands=`, an instance `id=`, the embedding page's `origin=`)
//! and the `postMessage` protocol spoken with the embedding page
//! (`message`: the events posted to it, the requests accepted from it).
//!
//! Everything here is pure and tested natively; `ui` reads the address,
//! posts and receives messages, and applies what these modules decided.
//! Nothing here may touch the DOM, run a command or trust its input: every
//! value arrives from an untrusted page and is bounded by the limits below.

pub mod message;
pub mod params;

/// The most preset commands a `commands=` parameter may hold.
pub const PRESET_COMMANDS_MAX: usize = 20;

/// The longest one preset command (or a command sent with `run`) may be,
/// in characters.
pub const COMMAND_CHARS_MAX: usize = 1000;

/// The longest lesson id or instance id accepted, in characters.
pub const ID_CHARS_MAX: usize = 64;

/// The highest step number `step=` may name (1-based); lessons are far
/// shorter, and a bigger number is a mistake worth a notice.
pub const STEP_MAX: usize = 99;

/// The longest origin (`https://docs.example.com:8443`) accepted, in characters.
pub const ORIGIN_CHARS_MAX: usize = 200;

/// The most notice lines one address may produce; later problems are
/// summed up in the last line.
pub const NOTICES_MAX: usize = 8;

/// The longest message (as JSON text) accepted from the embedding page,
/// in bytes; a bigger one is dropped before it is parsed.
pub const MESSAGE_BYTES_MAX: usize = 16 * 1024;

/// The longest query string read, in characters: a longer address is
/// ignored whole with a notice (it cannot be a sensible embed).
pub const QUERY_CHARS_MAX: usize = 32 * 1024;
