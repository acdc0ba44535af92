//! Compound commands: `for`, `while`/`until`, `if`, `{ … }` and `( … )`.
//! Loops yield to the executor on every iteration (so the page stays
//! responsive and Ctrl-C works) and stop the job at
//! [`LOOP_ITERATIONS_MAX`]; `break`/`continue` arrive through the job's
//! control flag.

use super::Interp;
use crate::shell::ast::{Compound, List, Word};
use crate::shell::ctx::Io;
use crate::shell::job::{Control, YieldNow};
use crate::shell::limits::LOOP_ITERATIONS_MAX;

/// What a loop does after its body ran.
enum Flow {
    Next,
    Exit,
}

impl Interp {
    pub(super) async fn run_compound(&self, compound: &Compound, io: &Io) -> i32 {
        match compound {
            Compound::For { var, items, body } => self.run_for(var, items, body, io).await,
            Compound::While { until, cond, body } => self.run_while(*until, cond, body, io).await,
            Compound::If {
                branches,
                otherwise,
            } => {
                for (cond, body) in branches {
                    let status = self.run_list(cond, io).await;
                    if self.job.interrupted() {
                        return status;
                    }
                    if status == 0 {
                        return self.run_list(body, io).await;
                    }
                }
                match otherwise {
                    Some(body) => self.run_list(body, io).await,
                    None => 0,
                }
            }
            Compound::Group(list) => self.run_list(list, io).await,
            Compound::Subshell(list) => self.subshell(list, io).await,
            Compound::Arith(word) => match self.arith_value(word, io).await {
                Ok(value) => i32::from(value == 0),
                Err(msg) => self.abort(&msg),
            },
        }
    }

    async fn run_for(&self, var: &str, items: &[Word], body: &List, io: &Io) -> i32 {
        let values = match self.expand_words(items, io).await {
            Ok(values) => values,
            Err(msg) => return self.abort(&msg),
        };
        let mut status = 0;
        self.job.loop_depth.set(self.job.loop_depth.get() + 1);
        for (i, value) in values.into_iter().enumerate() {
            if !self.next_turn().await || !self.within_limit(i) {
                break;
            }
            self.with_world(|w| w.set_var(var, value));
            status = self.run_list(body, io).await;
            if let Flow::Exit = self.after_body() {
                break;
            }
        }
        self.job
            .loop_depth
            .set(self.job.loop_depth.get().saturating_sub(1));
        status
    }

    async fn run_while(&self, until: bool, cond: &List, body: &List, io: &Io) -> i32 {
        let mut status = 0;
        self.job.loop_depth.set(self.job.loop_depth.get() + 1);
        for i in 0.. {
            if !self.next_turn().await {
                break;
            }
            let test = self.run_list(cond, io).await;
            if self.job.interrupted() {
                if let Flow::Exit = self.after_body() {
                    break;
                }
                continue;
            }
            if (test == 0) == until || !self.within_limit(i) {
                break;
            }
            status = self.run_list(body, io).await;
            if let Flow::Exit = self.after_body() {
                break;
            }
        }
        self.job
            .loop_depth
            .set(self.job.loop_depth.get().saturating_sub(1));
        status
    }

    /// Yields to the executor; false when the job has been stopped meanwhile.
    async fn next_turn(&self) -> bool {
        YieldNow::new().await;
        !self.job.stopped()
    }

    /// Whether a loop that already ran its body `done` times may run it
    /// again; past the limit the job stops with a message.
    fn within_limit(&self, done: usize) -> bool {
        if done >= LOOP_ITERATIONS_MAX {
            self.job.stop(
                format!("kubeplay: loop stopped after {LOOP_ITERATIONS_MAX} iterations\n"),
                1,
            );
            return false;
        }
        true
    }

    /// Consumes a pending `break`/`continue` aimed at this loop.
    fn after_body(&self) -> Flow {
        if self.job.stopped() {
            return Flow::Exit;
        }
        match self.job.control.get() {
            Control::None => Flow::Next,
            Control::Break(n) => {
                self.job.control.set(if n > 1 {
                    Control::Break(n - 1)
                } else {
                    Control::None
                });
                Flow::Exit
            }
            Control::Continue(n) if n > 1 => {
                self.job.control.set(Control::Continue(n - 1));
                Flow::Exit
            }
            Control::Continue(_) => {
                self.job.control.set(Control::None);
                Flow::Next
            }
            Control::Exit(_) => Flow::Exit,
        }
    }
}
