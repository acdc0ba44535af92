//! The shell: turns one typed line into terminal output.
//!
//! It owns the line's words and the built-in commands (`help`, `echo`,
//! `clear`, `history`). It must not know how output is drawn: it returns
//! [`Chunk`]s and the caller (terminal UI or native runner) renders them.

mod builtins;
mod words;

pub use builtins::BUILTINS;

/// One piece of terminal output, in the order it was produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Chunk {
    /// Text written to standard output.
    Out(String),
    /// Text written to standard error.
    Err(String),
    /// The screen is cleared (`clear`, Ctrl-L).
    Clear,
}

/// What the shell remembers between lines.
#[derive(Clone, Debug, Default)]
pub struct ShellState {
    /// Lines the user ran, oldest first, bounded by [`HISTORY_LINES_MAX`].
    pub history: Vec<String>,
    /// Exit status of the last command, as `$?` reports it.
    pub last_status: i32,
}

/// The most lines `history` keeps; older lines are dropped first.
pub const HISTORY_LINES_MAX: usize = 1000;

/// The longest line the shell accepts, in bytes; longer input is refused
/// with a message instead of being parsed.
pub const LINE_BYTES_MAX: usize = 64 * 1024;

/// Runs one line and returns its output and exit status.
pub fn run_line(state: &mut ShellState, line: &str) -> (Vec<Chunk>, i32) {
    if line.len() > LINE_BYTES_MAX {
        let msg = format!(
            "bash: line too long ({} bytes, limit {LINE_BYTES_MAX})\n",
            line.len()
        );
        return (vec![Chunk::Err(msg)], 2);
    }
    let trimmed = line.trim();
    if trimmed.is_empty() {
        return (Vec::new(), state.last_status);
    }
    remember(state, trimmed);
    let (out, status) = match words::split(trimmed) {
        Ok(argv) => builtins::dispatch(state, &argv),
        Err(err) => (vec![Chunk::Err(format!("bash: {err}\n"))], 2),
    };
    state.last_status = status;
    (out, status)
}

fn remember(state: &mut ShellState, line: &str) {
    if state.history.len() >= HISTORY_LINES_MAX {
        state.history.remove(0);
    }
    state.history.push(line.to_string());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(lines: &[&str]) -> (String, i32) {
        let mut state = ShellState::default();
        let mut text = String::new();
        let mut status = 0;
        for line in lines {
            let (chunks, code) = run_line(&mut state, line);
            status = code;
            for chunk in chunks {
                match chunk {
                    Chunk::Out(s) | Chunk::Err(s) => text.push_str(&s),
                    Chunk::Clear => text.push_str("<clear>"),
                }
            }
        }
        (text, status)
    }

    #[test]
    fn unknown_command_answers_like_bash() {
        assert_eq!(
            run(&["kubctl get pods"]),
            ("bash: kubctl: command not found\n".into(), 127)
        );
    }

    #[test]
    fn history_numbers_lines_like_bash() {
        let (text, _) = run(&["echo a", "history"]);
        assert_eq!(text, "a\n    1  echo a\n    2  history\n");
    }

    #[test]
    fn history_is_bounded() {
        let mut state = ShellState::default();
        for i in 0..HISTORY_LINES_MAX + 5 {
            run_line(&mut state, &format!("echo {i}"));
        }
        assert_eq!(state.history.len(), HISTORY_LINES_MAX);
        assert_eq!(state.history.first().map(String::as_str), Some("echo 5"));
    }

    #[test]
    fn blank_line_does_nothing_and_is_not_remembered() {
        let mut state = ShellState::default();
        let (out, _) = run_line(&mut state, "   ");
        assert!(out.is_empty());
        assert!(state.history.is_empty());
    }

    #[test]
    fn giant_line_is_refused() {
        let long = "x".repeat(LINE_BYTES_MAX + 1);
        let (text, status) = run(&[&long]);
        assert!(text.starts_with("bash: line too long"));
        assert_eq!(status, 2);
    }
}
