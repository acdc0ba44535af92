//! Every bound the shell enforces, in one place. Each limit turns a
//! runaway input (a giant paste, `while true; do echo; done`, a doubling
//! variable) into a clear message instead of a hang or an out-of-memory
//! page. Units are the last word of each name.

/// The longest command the shell accepts, in bytes (after joining
/// continuation lines); longer input is refused before parsing.
pub const LINE_BYTES_MAX: usize = 64 * 1024;

/// The most lines `history` keeps; older lines are dropped first.
pub const HISTORY_LINES_MAX: usize = 1000;

/// How deeply compound commands, groups and substitutions may nest in
/// one command line (`{ { { … } } }`), so parsing never overflows the stack.
pub const NESTING_DEPTH_MAX: usize = 48;

/// How deeply `$(...)` and backticks may nest inside each other.
pub const SUBSTITUTION_DEPTH_MAX: usize = 8;

/// Simple commands one job may run, counting every loop iteration's
/// commands; nested loops hit this before they can run for hours.
pub const JOB_COMMANDS_MAX: usize = 100_000;

/// Iterations one `for`/`while`/`until` loop may make.
pub const LOOP_ITERATIONS_MAX: usize = 10_000;

/// Bytes one job may print (to the terminal, pipes and `$(...)` captures
/// together). Files are bounded by [`FS_BYTES_MAX`] instead.
pub const JOB_OUTPUT_BYTES_MAX: usize = 1024 * 1024;

/// The longest single expanded word or variable value, in bytes, so a
/// doubling `X=$X$X` loop stops long before memory does.
pub const WORD_BYTES_MAX: usize = 1024 * 1024;

/// The most words one command line may expand to (`{1..100000}`, globs).
pub const WORDS_PER_COMMAND_MAX: usize = 10_000;

/// Bytes all the arguments of one command may hold together (Linux's
/// `ARG_MAX` is 2 MiB).
pub const ARGS_BYTES_MAX: usize = 2 * 1024 * 1024;

/// Shell variables a session may hold.
pub const VARS_MAX: usize = 4096;

/// Bytes all shell variable values may hold together.
pub const VARS_BYTES_MAX: usize = 8 * 1024 * 1024;

/// The widest field `printf` pads to (`%99999999s`).
pub const PRINTF_WIDTH_MAX: usize = 4096;

/// Files and directories the virtual filesystem may hold.
pub const FS_ENTRIES_MAX: usize = 2_000;

/// Bytes of file content the virtual filesystem may hold in total.
pub const FS_BYTES_MAX: usize = 8 * 1024 * 1024;

/// Numbers `seq` prints at most in one call.
pub const SEQ_NUMBERS_MAX: usize = 100_000;

/// Cooperative yields the executor runs in one `Session::poll` before it
/// hands control back, so a busy loop leaves the page responsive and
/// Ctrl-C can reach it.
pub const YIELDS_PER_POLL_MAX: usize = 256;

/// Clock steps (timers and wake-ups) one `Session::advance` call takes
/// before it jumps straight to the target time.
pub const STEPS_PER_ADVANCE_MAX: usize = 100_000;

/// Wake-ups `Session::run` (and so the native runner) gives one job
/// before it interrupts it, in case the cluster never settles.
pub const RUN_WAKES_MAX: usize = 100_000;

/// The longest `sleep`, in seconds (one week); longer requests sleep this long.
pub const SLEEP_SECONDS_MAX: u64 = 7 * 24 * 3600;

/// The most aliases `alias` keeps (bash has no limit; a loop defining
/// aliases must stop somewhere).
pub const ALIASES_MAX: usize = 500;

/// The longest a line may grow through alias expansion, in bytes; an
/// alias whose text would pass it is left unexpanded.
pub const ALIAS_EXPANSION_BYTES_MAX: usize = 64 * 1024;

/// How deeply `source` may nest (a file that sources itself).
pub const SOURCE_DEPTH_MAX: usize = 32;
