//! One playground session: the façade that the browser UI, the native
//! runner and the tests all drive, so all three see identical behaviour.
//!
//! A line is *submitted*, then the caller *polls* for output until the job
//! reports it finished, calling [`Session::advance`] to move simulated time
//! in between. A command that finishes at once has all its output at the
//! first poll. `advance` steps the cluster timer by timer (and to every
//! wake-up the job asked for), polling the job after each step, so what a
//! command prints never depends on how a UI slices time into frames. A
//! job that is computing (not waiting) holds time still for the same reason.
//!
//! The session never reads a clock: time enters only through `advance`.

use std::cell::{Ref, RefCell, RefMut};
use std::rc::Rc;

use crate::share::Event;
use crate::shell::exec;
use crate::shell::job::{Job, Wait};
use crate::shell::limits::{RUN_WAKES_MAX, STEPS_PER_ADVANCE_MAX};
use crate::shell::world::{EditRequest, EditSlot, World};
use crate::shell::{Chunk, TermInput};

/// What [`Session::submit`] did with a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Submitted {
    /// The line became the running job.
    Started,
    /// A job is still running; the line was not run.
    Busy,
}

/// Output gathered since the last poll, and whether the job ended.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Poll {
    pub output: Vec<Chunk>,
    /// `Some(status)` once the job has finished.
    pub finished: Option<i32>,
}

/// A playground session: the world plus the job in progress.
pub struct Session {
    world: Rc<RefCell<World>>,
    job: Option<Job>,
    /// A job that ended inside `advance` or `finish_edit`: its status and
    /// last output wait for the next poll.
    ended: Option<(i32, Vec<Chunk>)>,
    /// A copy of the world's history, so `history()` can lend a slice.
    history: Vec<String>,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("seed", &self.seed())
            .field("now_ms", &self.now_ms())
            .field("busy", &self.is_busy())
            .finish()
    }
}

impl Session {
    /// A fresh session. The same seed and the same lines always give the
    /// same output.
    pub fn new(seed: u64) -> Self {
        let mut world = World::new(seed);
        world.commands = commands::table();
        world.ext.insert(crate::lesson::Desk::default());
        world.ext.insert(crate::share::ReplayLog::new(seed));
        Session {
            world: Rc::new(RefCell::new(world)),
            job: None,
            ended: None,
            history: Vec::new(),
        }
    }

    /// The seed this session was created with.
    pub fn seed(&self) -> u64 {
        self.world.borrow().cluster.seed()
    }

    /// Simulated milliseconds since the session started.
    pub fn now_ms(&self) -> u64 {
        self.world.borrow().cluster.now_ms()
    }

    /// The world, for inspection (lessons check goals against it).
    pub fn world(&self) -> Ref<'_, World> {
        self.world.borrow()
    }

    /// The world, for setup (lesson files, variables, cluster objects).
    /// Not while a job runs: the job would see changes mid-command.
    pub fn world_mut(&mut self) -> RefMut<'_, World> {
        self.world.borrow_mut()
    }

    /// True when `text` is an unfinished command (open quote, trailing
    /// `\`, open heredoc, `for`/`while`/`if` without its end): a terminal
    /// then shows a `> ` prompt and appends the next line with a newline.
    pub fn needs_more_input(&self, text: &str) -> bool {
        crate::shell::needs_more_input(text)
    }

    /// Starts running `line` (which may hold several lines joined by
    /// newlines), unless a job is still running.
    pub fn submit(&mut self, line: &str) -> Submitted {
        if self.is_busy() {
            return Submitted::Busy;
        }
        checkpoint::compact_if_due(&mut self.world.borrow_mut(), line.len());
        self.record(Event::Run(line.to_string()));
        self.job = Some(exec::start(&self.world, line));
        self.sync_history();
        Submitted::Started
    }

    /// Output produced since the last poll; `finished` is set when the
    /// job is over, after which a new line may be submitted.
    pub fn poll(&mut self) -> Poll {
        self.pump();
        if let Some((status, output)) = self.ended.take() {
            return Poll {
                output,
                finished: Some(status),
            };
        }
        Poll {
            output: self
                .job
                .as_ref()
                .map(|j| j.shared.take_output())
                .unwrap_or_default(),
            finished: None,
        }
    }

    /// Stops the running job, as Ctrl-C does: returns what it printed
    /// followed by `^C`, with status 130. With nothing running it only
    /// sets `$?` to 130 (the terminal draws `^C` after the discarded line).
    ///
    /// A job that traps Ctrl-C (a shell inside a container) is not
    /// stopped: the output gets `^C` and the job reacts (bash shows a
    /// fresh prompt), so `finished` stays `None` unless the job ends.
    pub fn interrupt(&mut self) -> Poll {
        self.record(Event::Interrupt);
        if let Some(job) = self
            .job
            .as_ref()
            .filter(|j| j.shared.term.traps_interrupt.get())
        {
            job.shared.emit(Chunk::Out("^C\n".into()));
            job.shared.term.interrupt_pending.set(true);
            return self.poll();
        }
        self.kill()
    }

    /// Ends the running job whatever it traps: its output, then `^C`, status 130.
    fn kill(&mut self) -> Poll {
        let Some(job) = self.job.take() else {
            if self.ended.is_some() {
                return self.poll();
            }
            self.world.borrow_mut().last_status = 130;
            return Poll::default();
        };
        let mut output = job.shared.take_output();
        drop(job);
        output.push(Chunk::Out("^C\n".into()));
        let mut world = self.world.borrow_mut();
        world.last_status = 130;
        world.edit = EditSlot::Idle;
        Poll {
            output,
            finished: Some(130),
        }
    }

    /// True while a submitted job has not finished (or its end was not polled yet).
    pub fn is_busy(&self) -> bool {
        self.job.is_some() || self.ended.is_some()
    }

    /// Moves simulated time forward by `dt_ms`, stopping at every cluster
    /// timer and job wake-up on the way and letting the job react there.
    pub fn advance(&mut self, dt_ms: u64) {
        self.pump();
        if self.job_computing() {
            return;
        }
        let target = self.now_ms().saturating_add(dt_ms);
        // One step per instant: the cluster runs everything due by then,
        // so a timer still reported as due afterwards would loop forever.
        let mut last_step = None;
        for _ in 0..STEPS_PER_ADVANCE_MAX {
            match self.next_time_point() {
                Some(t) if t <= target => {
                    let t = t.max(self.now_ms());
                    if last_step == Some(t) {
                        break;
                    }
                    self.step_to(t);
                    last_step = Some(t);
                }
                _ => break,
            }
            if self.job_computing() {
                return;
            }
        }
        if self.now_ms() < target {
            self.step_to(target);
        }
    }

    /// When the session next needs [`Session::advance`] to make progress,
    /// in simulated ms since the start; `None` means nothing is waiting on
    /// time, so a UI can stop its frame loop. A computing job answers
    /// "now" (keep polling).
    pub fn next_wake_ms(&self) -> Option<u64> {
        if self.job_computing() {
            return Some(self.now_ms());
        }
        self.next_time_point()
    }

    /// The editor request of a running `vim FILE` / `kubectl edit`, if any.
    pub fn pending_edit(&self) -> Option<EditRequest> {
        self.world.borrow().pending_edit().cloned()
    }

    /// Answers the pending edit: `Some(text)` saves it to the file,
    /// `None` cancels. The waiting command then continues.
    pub fn finish_edit(&mut self, saved: Option<String>) {
        {
            let now = self.now_ms();
            let mut world = self.world.borrow_mut();
            if let EditSlot::Open { abs, .. } = std::mem::take(&mut world.edit) {
                let event = saved.clone().map_or(Event::Cancel, Event::Save);
                world.replay_mut().record(now, event);
                world.edit = EditSlot::Answered { abs, saved };
            }
        }
        self.pump();
    }

    /// The prompt to show while the running job waits for a typed line
    /// (`root@POD:/# ` inside `kubectl exec -it POD -- bash`), else `None`.
    /// The terminal shows the prompt, lets the learner type, and on Enter
    /// echoes `prompt + line` and calls [`Session::send_input`]; the job's
    /// own output never repeats the prompt or the line.
    pub fn input_prompt(&self) -> Option<String> {
        let job = self.job.as_ref()?;
        if job.wait() != Wait::Input {
            return None;
        }
        job.shared.term.prompt()
    }

    /// Gives the waiting job one typed line (without its newline) and lets
    /// it run; its output arrives at the next [`Session::poll`]. Ignored
    /// when no job waits for input.
    pub fn send_input(&mut self, line: &str) {
        self.answer_input(TermInput::Line(line.to_string()));
    }

    /// Ctrl-D on an empty input line: end of input for the waiting job
    /// (bash in a container prints `exit` and ends). The terminal shows
    /// the prompt with nothing typed; what the job prints follows it on
    /// the same line. Ignored when no job waits for input.
    pub fn end_input(&mut self) {
        self.answer_input(TermInput::Eof);
    }

    fn answer_input(&mut self, input: TermInput) {
        let event = match &input {
            TermInput::Line(line) => Event::Input(line.clone()),
            TermInput::Eof => Event::Eof,
            TermInput::Interrupt => Event::Interrupt,
        };
        let answered = self
            .job
            .as_ref()
            .is_some_and(|job| job.shared.term.answer(input));
        if answered {
            self.record(event);
            self.pump();
        }
    }

    /// Lines typed so far, oldest first.
    pub fn history(&self) -> &[String] {
        &self.history
    }

    /// Runs `line` to completion and returns everything it printed, as
    /// the native runner does: simulated time jumps to each wake-up or
    /// cluster timer, an editor is cancelled, a request for typed input
    /// gets end of input (Ctrl-D), and a job left waiting on a cluster
    /// with nothing more to happen is interrupted (`^C`, status 130).
    pub fn run(&mut self, line: &str) -> Poll {
        self.run_with_input(line, |_| None)
    }

    /// [`Session::run`], answering each request for typed input with
    /// `feed(prompt)`: `Some(line)` is typed (the output shows
    /// `prompt + line` as a terminal echoes it), `None` is Ctrl-D (the
    /// output shows the prompt, then what the job prints at end of input).
    pub fn run_with_input(
        &mut self,
        line: &str,
        mut feed: impl FnMut(&str) -> Option<String>,
    ) -> Poll {
        if self.submit(line) == Submitted::Busy {
            return Poll {
                output: vec![Chunk::Err("kubeplay: a command is still running\n".into())],
                finished: None,
            };
        }
        let mut output = Vec::new();
        for _ in 0..RUN_WAKES_MAX {
            let poll = self.poll();
            output.extend(poll.output);
            if poll.finished.is_some() {
                return Poll {
                    output,
                    finished: poll.finished,
                };
            }
            if self.pending_edit().is_some() {
                self.finish_edit(None);
                continue;
            }
            if let Some(prompt) = self.input_prompt() {
                match feed(&prompt) {
                    Some(typed) => {
                        output.push(Chunk::Out(format!("{prompt}{typed}\n")));
                        self.send_input(&typed);
                    }
                    None => {
                        output.push(Chunk::Out(prompt));
                        self.end_input();
                    }
                }
                continue;
            }
            if self.job_computing() {
                continue;
            }
            match self.next_time_point() {
                Some(t) => self.advance(t.saturating_sub(self.now_ms())),
                None => break,
            }
        }
        let poll = self.kill();
        output.extend(poll.output);
        Poll {
            output,
            finished: poll.finished,
        }
    }

    /// Drives the job until it blocks or yields its turns; records its end.
    fn pump(&mut self) {
        let Some(job) = self.job.as_mut() else { return };
        if let Some(status) = job.pump() {
            let output = job.shared.take_output();
            self.job = None;
            self.world.borrow_mut().last_status = status;
            let mut previous = self.ended.take().map(|(_, o)| o).unwrap_or_default();
            previous.extend(output);
            self.ended = Some((status, previous));
            self.sync_history();
        }
    }

    fn job_computing(&self) -> bool {
        self.job
            .as_ref()
            .is_some_and(|j| j.wait() == Wait::Runnable)
    }

    /// The next instant something is due: a cluster timer or the job's wake-up.
    fn next_time_point(&self) -> Option<u64> {
        let timer = self.world.borrow().cluster.next_timer_due();
        let wake = match self.job.as_ref().map(Job::wait) {
            Some(Wait::Until(t)) => Some(t),
            _ => None,
        };
        match (timer, wake) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Moves the cluster to `t` (running what is due), then lets the job react.
    fn step_to(&mut self, t: u64) {
        let t = t.max(self.now_ms());
        self.world.borrow_mut().cluster.advance_to(t);
        if let Some(job) = &self.job {
            job.shared.steps.set(job.shared.steps.get() + 1);
        }
        self.pump();
    }

    /// Adds `event` to the world's replay log at the current instant.
    fn record(&mut self, event: Event) {
        let now = self.now_ms();
        self.world.borrow_mut().replay_mut().record(now, event);
    }

    /// The snapshot a share link or a saved session holds right now.
    pub fn snapshot(&self) -> crate::share::Snapshot {
        self.world.borrow().replay().snapshot(self.now_ms())
    }

    fn sync_history(&mut self) {
        let world = self.world.borrow();
        if world.history != self.history {
            self.history = world.history.clone();
        }
    }
}

pub mod checkpoint;
pub mod commands;
#[cfg(test)]
mod input_tests;
pub mod json_fold;
pub mod lz;
#[cfg(test)]
mod tests;
