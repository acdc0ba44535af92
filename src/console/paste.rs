//! Multi-line input: when a line needs another one (a trailing `\`), how
//! the physical lines become one command, and how pasted text is cut
//! into lines.
//!
//! [`needs_more_input`] is a stand-in until the shell offers its own
//! (which will also know about open quotes and `$(`); switching is a
//! one-line change in its body. [`command_text`] already handles both
//! kinds of continuation, so it need not change then.

/// The most bytes one paste may bring; a bigger paste is refused whole
/// with a message rather than half-run.
pub const PASTE_BYTES_MAX: usize = 1024 * 1024;

/// The most lines one paste may bring.
pub const PASTE_LINES_MAX: usize = 1000;

/// True when `text` (the physical lines so far, joined by `\n`) is not a
/// complete command yet, so bash would show its `> ` prompt.
///
/// The shell's own parser decides (an open quote, a trailing `\`, a heredoc
/// without its end, `for` without `done` …), so the terminal and the native
/// runner always agree on when a command is complete.
pub fn needs_more_input(text: &str) -> bool {
    crate::shell::needs_more_input(text)
}

/// Joins physical lines into the command to run. A line ending in an
/// unescaped `\` continues on the next with both removed, as bash's lexer
/// does; any other line break (inside quotes) is kept.
///
/// Example: `kubectl get \` then `  pods` runs `kubectl get   pods`.
pub fn command_text(lines: &[String]) -> String {
    let mut out = String::new();
    let last = lines.len().saturating_sub(1);
    for (i, line) in lines.iter().enumerate() {
        if i == last {
            out.push_str(line);
        } else if let Some(head) = line.strip_suffix('\\').filter(|_| needs_more_input(line)) {
            out.push_str(head);
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Turns Windows (`\r\n`) and old Mac (`\r`) line ends into `\n`, so text
/// copied from anywhere splits the same way.
pub fn normalize_newlines(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Why a paste was refused, in the words shown to the learner.
pub fn refusal(text: &str) -> Option<String> {
    let lines = text.lines().count();
    if text.len() > PASTE_BYTES_MAX {
        Some(format!(
            "kubeplay: paste refused: {} KiB is more than the {} KiB a paste may hold",
            text.len() / 1024,
            PASTE_BYTES_MAX / 1024
        ))
    } else if lines > PASTE_LINES_MAX {
        Some(format!(
            "kubeplay: paste refused: {lines} lines is more than the {PASTE_LINES_MAX} a paste may hold"
        ))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(lines: &[&str]) -> Vec<String> {
        lines.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn only_an_unescaped_trailing_backslash_asks_for_more() {
        for (text, more) in [
            ("kubectl get \\", true),
            ("kubectl get \\\\", false),
            ("kubectl get \\\\\\", true),
            ("kubectl get", false),
            ("", false),
            ("a \\\nb \\", true),
        ] {
            assert_eq!(needs_more_input(text), more, "{text:?}");
        }
    }

    #[test]
    fn continued_lines_join_without_the_backslash_newline() {
        assert_eq!(
            command_text(&strings(&["kubectl get \\", "  pods \\", "-o wide"])),
            "kubectl get   pods -o wide"
        );
        assert_eq!(
            command_text(&strings(&["echo \"a", "b\""])),
            "echo \"a\nb\""
        );
        assert_eq!(
            command_text(&strings(&["echo a\\\\", "b"])),
            "echo a\\\\\nb"
        );
        assert_eq!(command_text(&[]), "");
    }

    #[test]
    fn line_ends_from_any_system_become_newlines() {
        assert_eq!(normalize_newlines("a\r\nb\rc\n"), "a\nb\nc\n");
    }

    #[test]
    fn giant_pastes_are_refused_with_a_reason() {
        assert_eq!(refusal("echo a\necho b\n"), None);
        let many = "echo x\n".repeat(PASTE_LINES_MAX + 1);
        assert_eq!(
            refusal(&many).as_deref(),
            Some("kubeplay: paste refused: 1001 lines is more than the 1000 a paste may hold")
        );
        let huge = "x".repeat(PASTE_BYTES_MAX + 1);
        assert!(refusal(&huge)
            .unwrap()
            .contains("1024 KiB a paste may hold"));
    }
}
