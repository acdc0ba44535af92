//! How console effects, started commands and job output land in the
//! scrollback. The browser UI and the native tests both go through these
//! three functions, so what the tests see is what the page shows.

use super::machine::{Effect, Entry};
use super::scrollback::{Scrollback, Style};
use crate::session::Poll;
use crate::shell::Chunk;

/// Applies the effects that change the screen. `Interrupt` and `Bell` are
/// the caller's business and are skipped here.
pub fn show_effects(screen: &mut Scrollback, effects: &[Effect]) {
    for effect in effects {
        match effect {
            Effect::Echo(lines) => {
                for line in lines {
                    screen.echo(line.prompt, &line.text, line.suffix);
                }
            }
            Effect::Print(lines) => {
                for line in lines {
                    screen.write(Style::Note, line);
                    screen.write(Style::Note, "\n");
                }
            }
            Effect::Notice(message) => {
                screen.write(Style::Err, message);
                screen.write(Style::Err, "\n");
            }
            Effect::ClearScreen => screen.clear(),
            Effect::Interrupt | Effect::Bell => {}
        }
    }
}

/// Echoes a command as it starts: its lines not shown yet, with prompts.
pub fn show_started(screen: &mut Scrollback, entry: &Entry) {
    for line in entry.echo() {
        screen.echo(line.prompt, &line.text, line.suffix);
    }
}

/// Echoes a line typed at a running job's own prompt (`root@pod:/# ls`).
pub fn show_input(screen: &mut Scrollback, prompt: &str, line: &str) {
    screen.echo(prompt, line, "");
}

/// Shows a job's prompt with nothing typed (Ctrl-D): what the job prints
/// next follows on the same line, as in a terminal.
pub fn show_prompt(screen: &mut Scrollback, prompt: &str) {
    screen.write(Style::Prompt, prompt);
}

/// Writes a poll's output in the order it was produced.
pub fn show_output(screen: &mut Scrollback, poll: &Poll) {
    for chunk in &poll.output {
        match chunk {
            Chunk::Out(text) => screen.write(Style::Out, text),
            Chunk::Err(text) => screen.write(Style::Err, text),
            Chunk::Clear => screen.clear(),
        }
    }
}

/// True when a job's last output is the `^C` line a session prints when
/// it is interrupted, so the terminal does not print a second one.
pub fn ends_with_interrupt_mark(poll: &Poll) -> bool {
    poll.output.iter().rev().find_map(|c| match c {
        Chunk::Out(t) | Chunk::Err(t) if !t.is_empty() => Some(t.ends_with("^C\n")),
        _ => None,
    }) == Some(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interrupt_mark_is_recognised_only_at_the_end() {
        let poll = |chunks: Vec<Chunk>| Poll {
            output: chunks,
            finished: Some(130),
        };
        assert!(ends_with_interrupt_mark(&poll(vec![Chunk::Out(
            "Waiting^C\n".into()
        )])));
        assert!(ends_with_interrupt_mark(&poll(vec![
            Chunk::Out("^C\n".into()),
            Chunk::Out(String::new())
        ])));
        assert!(!ends_with_interrupt_mark(&poll(vec![
            Chunk::Out("^C\n".into()),
            Chunk::Err("more\n".into())
        ])));
        assert!(!ends_with_interrupt_mark(&poll(vec![])));
    }
}
