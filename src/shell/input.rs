//! Typing into a running command: the terminal-input slot a job shares
//! with the session, and the future a command awaits for one typed line
//! (`kubectl exec -it POD -- bash` reading its container prompt, `read`).
//!
//! The protocol, seen from the session: while a job awaits a line,
//! `Session::input_prompt` returns the prompt to show; the learner's line
//! goes back through `Session::send_input`, Ctrl-D through
//! `Session::end_input`. A command that handles Ctrl-C itself (a shell
//! inside a container) *traps* interrupts: Ctrl-C then reaches it as
//! [`TermInput::Interrupt`] (or cuts a wait short) instead of killing the
//! whole command line. This module never draws anything: the terminal
//! echoes the prompt and the typed line, as a real one does.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use super::job::{JobShared, Wait};

/// What the terminal answered a command waiting for a typed line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TermInput {
    /// A line, without its newline.
    Line(String),
    /// End of input (Ctrl-D on an empty line).
    Eof,
    /// Ctrl-C, for a command that traps interrupts.
    Interrupt,
}

/// The job's terminal-input state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) enum InputSlot {
    /// Nobody is reading the terminal.
    #[default]
    Idle,
    /// A command waits for a line; the terminal shows this prompt.
    Waiting { prompt: String },
    /// The terminal answered; the waiting command takes it at its next poll.
    Answered(TermInput),
}

/// Terminal input and interrupt trapping, shared by a job and its session.
#[derive(Default)]
pub(crate) struct Terminal {
    pub(crate) slot: RefCell<InputSlot>,
    /// True while a command handles Ctrl-C itself.
    pub(crate) traps_interrupt: Cell<bool>,
    /// A Ctrl-C a trapping command has not seen yet.
    pub(crate) interrupt_pending: Cell<bool>,
}

impl Terminal {
    /// The prompt of a command waiting for a line, if one is.
    pub(crate) fn prompt(&self) -> Option<String> {
        match &*self.slot.borrow() {
            InputSlot::Waiting { prompt } => Some(prompt.clone()),
            _ => None,
        }
    }

    /// Hands `input` to the waiting command; false when none waits.
    pub(crate) fn answer(&self, input: TermInput) -> bool {
        let mut slot = self.slot.borrow_mut();
        if !matches!(*slot, InputSlot::Waiting { .. }) {
            return false;
        }
        *slot = InputSlot::Answered(input);
        true
    }

    /// Takes a pending Ctrl-C (a trapping command reacts to it once).
    pub(crate) fn take_interrupt(&self) -> bool {
        self.interrupt_pending.replace(false)
    }
}

/// Resolves to the next typed line (or Ctrl-D / a trapped Ctrl-C).
pub struct ReadInput {
    pub(crate) job: Rc<JobShared>,
    /// Shown while waiting; taken on the first poll.
    pub(crate) prompt: Option<String>,
}

impl Future for ReadInput {
    type Output = TermInput;
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<TermInput> {
        let term = &self.job.term;
        if term.take_interrupt() {
            *term.slot.borrow_mut() = InputSlot::Idle;
            return Poll::Ready(TermInput::Interrupt);
        }
        if let Some(prompt) = self.prompt.take() {
            *self.job.term.slot.borrow_mut() = InputSlot::Waiting { prompt };
        }
        let mut slot = self.job.term.slot.borrow_mut();
        match std::mem::take(&mut *slot) {
            InputSlot::Answered(input) => Poll::Ready(input),
            InputSlot::Idle => Poll::Ready(TermInput::Eof),
            waiting @ InputSlot::Waiting { .. } => {
                *slot = waiting;
                drop(slot);
                self.job.wait.set(Wait::Input);
                Poll::Pending
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shell::job::Job;

    fn reader(prompt: &str) -> (Job, Rc<JobShared>, Rc<RefCell<Vec<TermInput>>>) {
        let shared = JobShared::new();
        let got = Rc::new(RefCell::new(Vec::new()));
        let (s, g, p) = (shared.clone(), got.clone(), prompt.to_string());
        let job = Job::new(
            Box::pin(async move {
                loop {
                    let input = ReadInput {
                        job: s.clone(),
                        prompt: Some(p.clone()),
                    }
                    .await;
                    let end = input == TermInput::Eof;
                    g.borrow_mut().push(input);
                    if end {
                        return 0;
                    }
                }
            }),
            shared.clone(),
        );
        (job, shared, got)
    }

    #[test]
    fn lines_reach_the_reader_until_end_of_input() {
        let (mut job, shared, got) = reader("# ");
        assert_eq!(job.pump(), None);
        assert_eq!(job.wait(), Wait::Input);
        assert_eq!(shared.term.prompt().as_deref(), Some("# "));
        assert!(shared.term.answer(TermInput::Line("ls".into())));
        assert_eq!(job.pump(), None);
        assert_eq!(shared.term.prompt().as_deref(), Some("# "));
        assert!(shared.term.answer(TermInput::Eof));
        assert_eq!(job.pump(), Some(0));
        assert_eq!(
            *got.borrow(),
            vec![TermInput::Line("ls".into()), TermInput::Eof]
        );
        assert_eq!(shared.term.prompt(), None);
        assert!(!shared.term.answer(TermInput::Line("late".into())));
    }

    #[test]
    fn a_pending_interrupt_answers_the_reader() {
        let (mut job, shared, got) = reader("$ ");
        assert_eq!(job.pump(), None);
        shared.term.interrupt_pending.set(true);
        assert_eq!(job.pump(), None);
        assert_eq!(*got.borrow(), vec![TermInput::Interrupt]);
        assert_eq!(shared.term.prompt().as_deref(), Some("$ "));
    }
}
