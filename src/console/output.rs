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
