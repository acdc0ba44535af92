//! Every bound the lesson module enforces, one named constant each (unit
//! last). A lesson file past a bound is refused with a line-numbered
//! error; a replay past a bound stops and reports which goals are still
//! false, never hangs.

/// The largest lesson file accepted, in bytes.
pub const LESSON_BYTES_MAX: usize = 256 * 1024;
/// The most steps one lesson may have.
pub const STEPS_MAX: usize = 40;
/// The most goals one step may have.
pub const GOALS_PER_STEP_MAX: usize = 12;
/// The most hints one step may have.
pub const HINTS_PER_STEP_MAX: usize = 8;
/// The most setup commands, and the most solution lines of one step.
pub const COMMANDS_MAX: usize = 60;
/// The most files a lesson's setup may place.
pub const SETUP_FILES_MAX: usize = 40;
/// The most nodes a lesson's cluster may start with.
pub const SETUP_NODES_MAX: usize = 10;
/// The most lessons a catalog (and saved progress) may list.
pub const LESSONS_MAX: usize = 200;
/// How long a replay lets simulated time run for one step's goals to
/// become true after its solution, in ms: 15 simulated minutes, enough
/// for the five-minute eviction of lesson 8 and the longest rollout.
pub const GOAL_WAIT_MS_MAX: u64 = 15 * 60 * 1000;
/// How many timer-to-timer advances that wait may take.
pub const GOAL_WAIT_STEPS_MAX: usize = 20_000;
/// How long setup lets the cluster run until it settles, in ms.
pub const SETTLE_MS_MAX: u64 = 10 * 60 * 1000;
/// The deepest inline nesting (`**` inside `*` inside a link …) the
/// Markdown reader follows; deeper markers stay literal text.
pub const INLINE_DEPTH_MAX: usize = 8;
/// How far an inline marker (`*`, `**`, `[`) looks for its closer, in
/// characters; beyond it the marker stays literal. Keeps reading linear
/// on hostile text such as thousands of unclosed `*`.
pub const INLINE_SCAN_CHARS_MAX: usize = 500;
