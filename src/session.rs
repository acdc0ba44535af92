//! One playground session: the façade that the browser UI, the native
//! runner and the tests all drive, so all three see identical behaviour.
//!
//! The contract is built for commands that run for a while (`sleep`,
//! `kubectl rollout status`, `get -w`): a line is *submitted*, then the
//! caller *polls* for output until the job finishes, calling
//! [`Session::advance`] to move simulated time in between. A command that
//! finishes at once simply has all its output ready at the first poll.
//! The session never reads a clock: time enters only through `advance`.

use crate::engine::Cluster;
use crate::shell::{self, Chunk, ShellState};

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

/// A playground session: shell state plus the job in progress.
#[derive(Debug)]
pub struct Session {
    cluster: Cluster,
    shell: ShellState,
    job: Option<Job>,
}

/// The job in progress. Today every command completes when submitted, so
/// a job is its buffered output and final status.
#[derive(Debug)]
struct Job {
    output: Vec<Chunk>,
    status: i32,
}

impl Session {
    /// A fresh session. The same seed and the same lines always give the
    /// same output.
    pub fn new(seed: u64) -> Self {
        Session {
            cluster: Cluster::new(seed),
            shell: ShellState::default(),
            job: None,
        }
    }

    /// The seed this session was created with.
    pub fn seed(&self) -> u64 {
        self.cluster.seed()
    }

    /// Simulated milliseconds since the session started.
    pub fn now_ms(&self) -> u64 {
        self.cluster.now_ms()
    }

    /// Starts running `line`, unless a job is already running.
    pub fn submit(&mut self, line: &str) -> Submitted {
        if self.job.is_some() {
            return Submitted::Busy;
        }
        let (output, status) = shell::run_line(&mut self.shell, line);
        self.job = Some(Job { output, status });
        Submitted::Started
    }

    /// Output produced since the last poll; `finished` is set when the
    /// job is over, after which a new line may be submitted.
    pub fn poll(&mut self) -> Poll {
        match self.job.take() {
            Some(job) => Poll {
                output: job.output,
                finished: Some(job.status),
            },
            None => Poll::default(),
        }
    }

    /// Stops the running job, as Ctrl-C does, and returns what it printed.
    pub fn interrupt(&mut self) -> Poll {
        let mut poll = self.poll();
        poll.finished = Some(130);
        self.shell.last_status = 130;
        poll
    }

    /// True while a submitted job has not finished.
    pub fn is_busy(&self) -> bool {
        self.job.is_some()
    }

    /// Moves simulated time forward by `dt_ms`.
    pub fn advance(&mut self, dt_ms: u64) {
        self.cluster.advance(dt_ms);
    }

    /// When the session next needs [`Session::advance`] to make progress,
    /// in simulated ms; `None` means nothing is waiting on time, so a UI
    /// can stop its frame loop.
    pub fn next_wake_ms(&self) -> Option<u64> {
        self.cluster.next_timer_due()
    }

    /// Lines typed so far, oldest first.
    pub fn history(&self) -> &[String] {
        &self.shell.history
    }

    /// Runs `line` to completion and returns everything it printed.
    /// Convenience for tests and the native runner.
    pub fn run(&mut self, line: &str) -> Poll {
        if self.submit(line) == Submitted::Busy {
            return Poll {
                output: vec![Chunk::Err("kubeplay: a command is still running\n".into())],
                finished: None,
            };
        }
        self.poll()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_runs_and_finishes_with_its_status() {
        let mut s = Session::new(1);
        assert_eq!(s.submit("echo hi"), Submitted::Started);
        assert!(s.is_busy());
        assert_eq!(
            s.poll(),
            Poll {
                output: vec![Chunk::Out("hi\n".into())],
                finished: Some(0)
            }
        );
        assert!(!s.is_busy());
    }

    #[test]
    fn a_second_line_waits_for_the_first() {
        let mut s = Session::new(1);
        s.submit("echo one");
        assert_eq!(s.submit("echo two"), Submitted::Busy);
        s.poll();
        assert_eq!(s.submit("echo two"), Submitted::Started);
    }

    #[test]
    fn time_moves_only_when_advanced() {
        let mut s = Session::new(1);
        s.run("echo x");
        assert_eq!(s.now_ms(), 0);
        s.advance(1500);
        assert_eq!(s.now_ms(), 1500);
    }
}
