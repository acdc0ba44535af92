//! A running command line as a future, and the deterministic executor
//! that drives it. There is no async runtime: [`Job::pump`] polls the
//! future with a no-op waker until it finishes, waits on simulated time or
//! the editor, or has yielded [`YIELDS_PER_POLL_MAX`] times. Instead of
//! wakers, every pending leaf future records *why* it waits in
//! [`JobShared::wait`], which is all the session needs to know when to
//! poll again (after the clock moves, after the editor answers, or at once).
//!
//! Dropping a job drops its future, which cancels everything it was doing:
//! that is how Ctrl-C and the limits stop a command.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use super::input::Terminal;
use super::limits::{JOB_COMMANDS_MAX, JOB_OUTPUT_BYTES_MAX, YIELDS_PER_POLL_MAX};
use super::world::{EditSlot, World};
use super::Chunk;

/// What a job's future is waiting for after it returned `Pending`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Wait {
    /// It yielded cooperatively: poll again as soon as convenient.
    Runnable,
    /// Simulated time to reach this many ms.
    Until(u64),
    /// The simulated clock to move at all.
    Step,
    /// The user to save or cancel the editor.
    Edit,
    /// The user to type a line (see `shell::input`).
    Input,
}

/// `break N`, `continue N` and `exit N` travelling out through enclosing
/// loops and subshells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Control {
    None,
    Break(u32),
    Continue(u32),
    /// `exit N`: unwinds to the enclosing subshell, or ends the command line.
    Exit(i32),
}

/// State shared by a job's future and the session driving it.
pub(crate) struct JobShared {
    /// Terminal output not yet collected by `Session::poll`.
    out: RefCell<Vec<Chunk>>,
    bytes: Cell<usize>,
    commands: Cell<usize>,
    pub(crate) wait: Cell<Wait>,
    /// Counts clock steps; `Ctx::next_step` waits for it to change.
    pub(crate) steps: Cell<u64>,
    /// Set when a limit stops the job: the message and exit status.
    stop: RefCell<Option<(String, i32)>>,
    pub(crate) control: Cell<Control>,
    pub(crate) loop_depth: Cell<usize>,
    /// Typed input and trapped Ctrl-C.
    pub(crate) term: Terminal,
}

impl JobShared {
    pub(crate) fn new() -> Rc<JobShared> {
        Rc::new(JobShared {
            out: RefCell::new(Vec::new()),
            bytes: Cell::new(0),
            commands: Cell::new(0),
            wait: Cell::new(Wait::Runnable),
            steps: Cell::new(0),
            stop: RefCell::new(None),
            control: Cell::new(Control::None),
            loop_depth: Cell::new(0),
            term: Terminal::default(),
        })
    }

    /// Counts `len` more output bytes; false (and the job stops) past the limit.
    pub(crate) fn charge(&self, len: usize) -> bool {
        if self.stopped() {
            return false;
        }
        let total = self.bytes.get().saturating_add(len);
        self.bytes.set(total);
        if total > JOB_OUTPUT_BYTES_MAX {
            self.stop(
                format!(
                    "kubeplay: command stopped: it printed more than {} KiB\n",
                    JOB_OUTPUT_BYTES_MAX / 1024
                ),
                1,
            );
            return false;
        }
        true
    }

    /// Appends terminal output, merging with the previous chunk of the same kind.
    pub(crate) fn emit(&self, chunk: Chunk) {
        let mut out = self.out.borrow_mut();
        match (out.last_mut(), &chunk) {
            (Some(Chunk::Out(a)), Chunk::Out(b)) | (Some(Chunk::Err(a)), Chunk::Err(b)) => {
                a.push_str(b)
            }
            _ => out.push(chunk),
        }
    }

    pub(crate) fn take_output(&self) -> Vec<Chunk> {
        std::mem::take(&mut *self.out.borrow_mut())
    }

    /// Counts one simple command; false (and the job stops) past the limit.
    pub(crate) fn count_command(&self) -> bool {
        let n = self.commands.get() + 1;
        self.commands.set(n);
        if n > JOB_COMMANDS_MAX {
            self.stop(
                format!("kubeplay: command stopped after {JOB_COMMANDS_MAX} commands\n"),
                1,
            );
            return false;
        }
        true
    }

    /// Stops the job with a message; the first reason wins.
    pub(crate) fn stop(&self, message: String, status: i32) {
        let mut stop = self.stop.borrow_mut();
        if stop.is_none() {
            *stop = Some((message, status));
        }
    }

    pub(crate) fn stopped(&self) -> bool {
        self.stop.borrow().is_some()
    }

    fn take_stop(&self) -> Option<(String, i32)> {
        self.stop.borrow_mut().take()
    }

    /// True while a loop body should stop early (`break`, `continue`, a limit).
    pub(crate) fn interrupted(&self) -> bool {
        // A Ctrl-C trapped by a container shell unwinds the line it cut short.
        self.stopped() || self.control.get() != Control::None || self.term.interrupt_pending.get()
    }
}

/// The future of a running command line.
pub type CommandFuture = Pin<Box<dyn Future<Output = i32>>>;

/// A command line being run.
pub(crate) struct Job {
    future: CommandFuture,
    pub(crate) shared: Rc<JobShared>,
}

impl Job {
    pub(crate) fn new(future: CommandFuture, shared: Rc<JobShared>) -> Job {
        Job { future, shared }
    }

    /// Runs the job until it finishes (`Some(status)`), waits on
    /// something outside it, or has yielded its share of turns (`None`).
    pub(crate) fn pump(&mut self) -> Option<i32> {
        let mut cx = Context::from_waker(Waker::noop());
        for _ in 0..YIELDS_PER_POLL_MAX {
            self.shared.wait.set(Wait::Runnable);
            let result = self.future.as_mut().poll(&mut cx);
            if let Some((message, status)) = self.shared.take_stop() {
                self.shared.emit(Chunk::Err(message));
                return Some(status);
            }
            if let Poll::Ready(status) = result {
                return Some(status);
            }
            if self.shared.wait.get() != Wait::Runnable {
                return None;
            }
        }
        None
    }

    pub(crate) fn wait(&self) -> Wait {
        self.shared.wait.get()
    }
}

/// Resolves after being polled once: gives the executor a turn.
pub struct YieldNow {
    yielded: bool,
}

impl YieldNow {
    pub(crate) fn new() -> YieldNow {
        YieldNow { yielded: false }
    }
}

impl Future for YieldNow {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if self.yielded {
            return Poll::Ready(());
        }
        self.yielded = true;
        Poll::Pending
    }
}

/// Resolves once simulated time reaches `deadline_ms`, or early at a
/// Ctrl-C the job traps (the caller checks `Ctx::take_interrupt`).
pub struct Sleep {
    pub(crate) world: Rc<RefCell<World>>,
    pub(crate) job: Rc<JobShared>,
    pub(crate) deadline_ms: u64,
}

impl Future for Sleep {
    type Output = ();
    fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        let now = self.world.try_borrow().map(|w| w.cluster.now_ms());
        if now.is_ok_and(|now| now >= self.deadline_ms) || self.job.term.interrupt_pending.get() {
            return Poll::Ready(());
        }
        self.job.wait.set(Wait::Until(self.deadline_ms));
        Poll::Pending
    }
}

/// Resolves after the clock has stepped at least once since its creation,
/// or at a Ctrl-C the job traps. With a deadline, the clock is asked to
/// stop there too, so a watcher wakes up even when the cluster is idle.
pub struct NextStep {
    pub(crate) job: Rc<JobShared>,
    pub(crate) seen: u64,
    pub(crate) deadline_ms: Option<u64>,
}

impl Future for NextStep {
    type Output = ();
    fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if self.job.steps.get() != self.seen || self.job.term.interrupt_pending.get() {
            return Poll::Ready(());
        }
        self.job.wait.set(match self.deadline_ms {
            Some(t) => Wait::Until(t),
            None => Wait::Step,
        });
        Poll::Pending
    }
}

/// Opens the editor on a file and resolves to true if the user saved.
pub struct Edit {
    pub(crate) world: Rc<RefCell<World>>,
    pub(crate) job: Rc<JobShared>,
    /// What to open; taken on the first poll.
    pub(crate) request: Option<(super::world::EditRequest, String)>,
}

impl Future for Edit {
    type Output = bool;
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<bool> {
        let shared = self.world.clone();
        let Ok(mut world) = shared.try_borrow_mut() else {
            return Poll::Ready(false);
        };
        if let Some((request, abs)) = self.request.take() {
            world.edit = EditSlot::Open { request, abs };
        }
        match std::mem::take(&mut world.edit) {
            EditSlot::Answered { abs, saved } => {
                let Some(text) = saved else {
                    return Poll::Ready(false);
                };
                let now = world.cluster.now_ms();
                let written = world.fs.write(&abs, &text, false, now).is_ok();
                Poll::Ready(written)
            }
            EditSlot::Idle => Poll::Ready(false),
            open @ EditSlot::Open { .. } => {
                world.edit = open;
                drop(world);
                self.job.wait.set(Wait::Edit);
                Poll::Pending
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job_of(future: impl Future<Output = i32> + 'static) -> Job {
        Job::new(Box::pin(future), JobShared::new())
    }

    #[test]
    fn a_ready_future_finishes_at_the_first_pump() {
        let mut job = job_of(async { 7 });
        assert_eq!(job.pump(), Some(7));
    }

    #[test]
    fn yields_are_bounded_per_pump() {
        let mut job = job_of(async {
            for _ in 0..YIELDS_PER_POLL_MAX * 2 {
                YieldNow::new().await;
            }
            3
        });
        assert_eq!(job.pump(), None);
        assert_eq!(job.wait(), Wait::Runnable);
        assert_eq!(job.pump(), None);
        assert_eq!(job.pump(), Some(3));
    }

    #[test]
    fn sleeping_waits_for_the_clock() {
        let world = Rc::new(RefCell::new(World::new(1)));
        let shared = JobShared::new();
        let sleep = Sleep {
            world: world.clone(),
            job: shared.clone(),
            deadline_ms: 500,
        };
        let mut job = Job::new(
            Box::pin(async move {
                sleep.await;
                0
            }),
            shared,
        );
        assert_eq!(job.pump(), None);
        assert_eq!(job.wait(), Wait::Until(500));
        world.borrow_mut().cluster.advance(499);
        assert_eq!(job.pump(), None);
        world.borrow_mut().cluster.advance(1);
        assert_eq!(job.pump(), Some(0));
    }

    #[test]
    fn output_is_merged_and_limited() {
        let shared = JobShared::new();
        shared.emit(Chunk::Out("a".into()));
        shared.emit(Chunk::Out("b".into()));
        shared.emit(Chunk::Err("c".into()));
        assert_eq!(
            shared.take_output(),
            vec![Chunk::Out("ab".into()), Chunk::Err("c".into())]
        );
        assert!(shared.charge(JOB_OUTPUT_BYTES_MAX));
        assert!(!shared.charge(1));
        assert!(shared.stopped());
    }
}
