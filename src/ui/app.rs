//! The root component: owns the session and the transcript the terminal
//! shows, and turns submitted lines into transcript lines.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::terminal::{Line, LineKind, Terminal};
use crate::session::Session;
use crate::shell::Chunk;

/// Scrollback kept on screen; the oldest lines go first.
pub const SCROLLBACK_LINES_MAX: usize = 5000;

/// The fixed seed of a fresh sandbox, so every reader sees the same cluster.
const SANDBOX_SEED: u64 = 1;

#[function_component(App)]
pub fn app() -> Html {
    let session: Rc<RefCell<Session>> = use_mut_ref(|| Session::new(SANDBOX_SEED));
    let lines = use_state(Vec::<Line>::new);

    let on_submit = {
        let session = session.clone();
        let lines = lines.clone();
        Callback::from(move |input: String| {
            let mut next = (*lines).clone();
            next.push(Line {
                kind: LineKind::Command,
                text: input.clone(),
            });
            let poll = session.borrow_mut().run(&input);
            for chunk in poll.output {
                match chunk {
                    Chunk::Out(text) => push_text(&mut next, LineKind::Out, &text),
                    Chunk::Err(text) => push_text(&mut next, LineKind::Err, &text),
                    Chunk::Clear => next.clear(),
                }
            }
            let excess = next.len().saturating_sub(SCROLLBACK_LINES_MAX);
            next.drain(..excess);
            lines.set(next);
        })
    };

    html! {
        <main class="kp-app">
            <Terminal lines={(*lines).clone()} {on_submit} />
        </main>
    }
}

/// Appends `text` as one line per `\n`; a final newline ends the last
/// line rather than opening an empty one.
fn push_text(lines: &mut Vec<Line>, kind: LineKind, text: &str) {
    let body = text.strip_suffix('\n').unwrap_or(text);
    for part in body.split('\n') {
        lines.push(Line {
            kind,
            text: part.to_string(),
        });
    }
}
