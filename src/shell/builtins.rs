//! The commands the shell answers itself. Each entry of [`BUILTINS`] is
//! one command: its name, the one-line summary `help` prints, and its
//! handler. Adding a command means adding a row, nothing else.

use super::{Chunk, ShellState};

/// A built-in command: `(name, summary, handler)`.
pub struct Builtin {
    pub name: &'static str,
    pub summary: &'static str,
    handler: fn(&mut ShellState, &[String]) -> (Vec<Chunk>, i32),
}

/// Every command the shell knows, in the order `help` lists them.
pub const BUILTINS: &[Builtin] = &[
    Builtin {
        name: "help",
        summary: "list the commands you can type",
        handler: help,
    },
    Builtin {
        name: "echo",
        summary: "print its arguments (-n: no newline)",
        handler: echo,
    },
    Builtin {
        name: "clear",
        summary: "clear the screen (also Ctrl-L)",
        handler: clear,
    },
    Builtin {
        name: "history",
        summary: "list the commands typed so far",
        handler: history,
    },
];

/// Runs `argv` (non-empty) as a built-in, or answers like bash does when
/// no command has that name.
pub fn dispatch(state: &mut ShellState, argv: &[String]) -> (Vec<Chunk>, i32) {
    let Some((name, args)) = argv.split_first() else {
        return (Vec::new(), 0);
    };
    match BUILTINS.iter().find(|b| b.name == name) {
        Some(builtin) => (builtin.handler)(state, args),
        None => (
            vec![Chunk::Err(format!("bash: {name}: command not found\n"))],
            127,
        ),
    }
}

fn help(_: &mut ShellState, _: &[String]) -> (Vec<Chunk>, i32) {
    let width = BUILTINS.iter().map(|b| b.name.len()).max().unwrap_or(0);
    let mut text = String::from("Commands available:\n");
    for b in BUILTINS {
        text.push_str(&format!("  {:width$}  {}\n", b.name, b.summary));
    }
    (vec![Chunk::Out(text)], 0)
}

fn echo(_: &mut ShellState, args: &[String]) -> (Vec<Chunk>, i32) {
    let (newline, words) = match args.first().map(String::as_str) {
        Some("-n") => (false, args.get(1..).unwrap_or_default()),
        _ => (true, args),
    };
    let mut text = words.join(" ");
    if newline {
        text.push('\n');
    }
    (vec![Chunk::Out(text)], 0)
}

fn clear(_: &mut ShellState, _: &[String]) -> (Vec<Chunk>, i32) {
    (vec![Chunk::Clear], 0)
}

fn history(state: &mut ShellState, _: &[String]) -> (Vec<Chunk>, i32) {
    let text: String = state
        .history
        .iter()
        .enumerate()
        .map(|(i, line)| format!("{:>5}  {line}\n", i + 1))
        .collect();
    (vec![Chunk::Out(text)], 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn help_lists_every_builtin() {
        let (out, code) = dispatch(&mut ShellState::default(), &argv(&["help"]));
        let Some(Chunk::Out(text)) = out.first() else {
            panic!("help printed nothing")
        };
        for b in BUILTINS {
            assert!(text.contains(b.name), "help does not mention {}", b.name);
        }
        assert_eq!(code, 0);
    }

    #[test]
    fn echo_joins_words_and_honours_dash_n() {
        let mut s = ShellState::default();
        assert_eq!(
            dispatch(&mut s, &argv(&["echo", "a", "b"])).0,
            vec![Chunk::Out("a b\n".into())]
        );
        assert_eq!(
            dispatch(&mut s, &argv(&["echo", "-n", "a"])).0,
            vec![Chunk::Out("a".into())]
        );
        assert_eq!(
            dispatch(&mut s, &argv(&["echo"])).0,
            vec![Chunk::Out("\n".into())]
        );
    }

    #[test]
    fn clear_asks_for_a_clear_screen() {
        assert_eq!(
            dispatch(&mut ShellState::default(), &argv(&["clear"])).0,
            vec![Chunk::Clear]
        );
    }
}
