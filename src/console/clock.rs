//! Simulated time as the learner controls it: pause, speed (0.25× to
//! 8×), a single step to the next scheduled event, and fast-forward until
//! nothing is scheduled any more.
//!
//! The UI measures wall-clock time between animation frames and hands it
//! to [`Clock::frame`], which says how many simulated milliseconds to
//! advance; fractions are carried over so 0.25× stays exact over many
//! frames. [`advance`], [`step`] and [`fast_forward`] drive a
//! [`Session`] and gather what its running job printed. Nothing here
//! reads a clock.

use crate::session::{Poll, Session};

/// The speeds offered, slowest first.
pub const SPEEDS: [f64; 6] = [0.25, 0.5, 1.0, 2.0, 4.0, 8.0];

/// [`SPEEDS`] as the toolbar labels them (written out: formatting floats
/// would add several KB of wasm).
pub const SPEED_LABELS: [&str; 6] = ["0.25×", "0.5×", "1×", "2×", "4×", "8×"];

/// Index of 1× in [`SPEEDS`].
pub const SPEED_NORMAL_INDEX: usize = 2;

/// A frame longer than this (a background tab, a debugger pause) counts
/// as this long, so coming back never lands a huge jump in one frame.
pub const FRAME_WALL_MS_MAX: f64 = 100.0;

/// The most events one fast-forward runs through.
pub const FAST_FORWARD_STEPS_MAX: usize = 10_000;

/// The most simulated time one fast-forward covers: one hour.
pub const FAST_FORWARD_SIM_MS_MAX: u64 = 60 * 60 * 1000;

/// Speed and pause state, plus the fraction of a millisecond not yet
/// advanced.
#[derive(Clone, Debug, PartialEq)]
pub struct Clock {
    speed_index: usize,
    paused: bool,
    carry_ms: f64,
}

impl Default for Clock {
    fn default() -> Self {
        Clock {
            speed_index: SPEED_NORMAL_INDEX,
            paused: false,
            carry_ms: 0.0,
        }
    }
}

impl Clock {
    /// The speed factor.
    pub fn speed(&self) -> f64 {
        SPEEDS.get(self.speed_index).copied().unwrap_or(1.0)
    }

    /// The position of the speed in [`SPEEDS`].
    pub fn speed_index(&self) -> usize {
        self.speed_index
    }

    /// Picks a speed from [`SPEEDS`]; out-of-range indexes are clamped.
    pub fn set_speed_index(&mut self, index: usize) {
        self.speed_index = index.min(SPEEDS.len() - 1);
    }

    /// True while time stands still.
    pub fn is_paused(&self) -> bool {
        self.paused
    }

    /// Pauses or resumes.
    pub fn set_paused(&mut self, paused: bool) {
        self.paused = paused;
        self.carry_ms = 0.0;
    }

    /// Simulated ms to advance for a frame that took `wall_ms`.
    ///
    /// Example: at 0.25× four 16 ms frames give 4, 4, 4, 4; three 10 ms
    /// frames give 2, 3, 2 (2.5 each, fractions carried).
    pub fn frame(&mut self, wall_ms: f64) -> u64 {
        if self.paused || !wall_ms.is_finite() || wall_ms <= 0.0 {
            return 0;
        }
        let sim = wall_ms.min(FRAME_WALL_MS_MAX) * self.speed() + self.carry_ms;
        let whole = sim.floor();
        self.carry_ms = sim - whole;
        // `whole` is at most 100 × 8 + 1, far inside u64.
        whole as u64
    }
}

/// The most simulated time one idle spell adds (a tab left open overnight
/// should not age the cluster by weeks at 8×).
pub const IDLE_ADVANCE_MAX_MS: u64 = 6 * 60 * 60 * 1000;

/// Simulated time that should have passed while the cluster sat idle:
/// the frame loop stops when nothing is scheduled, but a real cluster's
/// clock keeps running, so a learner who reads for two minutes then types
/// `kubectl get pods` expects AGE to have grown by two minutes. Given the
/// wall time since a reference point, the speed, and the simulated time
/// that actually passed since then (frames, sleeps, steps), returns what
/// is missing, capped at [`IDLE_ADVANCE_MAX_MS`].
///
/// Example: 120 s of wall time at 2× while 30 s passed in frames gives
/// 240 − 30 = 210 s.
pub fn idle_gap(wall_ms: f64, speed: f64, sim_passed_ms: u64) -> u64 {
    if !wall_ms.is_finite() || wall_ms <= 0.0 || !speed.is_finite() || speed <= 0.0 {
        return 0;
    }
    let due = (wall_ms * speed).min(IDLE_ADVANCE_MAX_MS as f64 * 2.0) as u64;
    due.saturating_sub(sim_passed_ms).min(IDLE_ADVANCE_MAX_MS)
}

/// Advances `session` by `dt_ms` and returns what the running job printed
/// (an empty poll when no job runs).
pub fn advance(session: &mut Session, dt_ms: u64) -> Poll {
    session.advance(dt_ms);
    if session.is_busy() {
        session.poll()
    } else {
        Poll::default()
    }
}

/// Advances to the next scheduled event; `None` when nothing is scheduled.
pub fn step(session: &mut Session) -> Option<Poll> {
    let due = session.next_wake_ms()?;
    // At least 1 ms, so a step always moves time even if an event is
    // already due.
    let dt = due.saturating_sub(session.now_ms()).max(1);
    Some(advance(session, dt))
}

/// What a fast-forward did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FastForward {
    /// Everything the running job printed on the way.
    pub poll: Poll,
    /// Simulated ms covered.
    pub advanced_ms: u64,
    /// True when nothing is scheduled any more; false when a limit (or
    /// the end of the job, see `stop_at_job_end`) stopped it first.
    pub settled: bool,
}

/// Steps from event to event until nothing is scheduled, within
/// [`FAST_FORWARD_STEPS_MAX`] and [`FAST_FORWARD_SIM_MS_MAX`]. With
/// `stop_at_job_end`, it also stops when the running job finishes, so the
/// commands typed after it start at the time they would have.
pub fn fast_forward(session: &mut Session, stop_at_job_end: bool) -> FastForward {
    let start = session.now_ms();
    let mut out = FastForward::default();
    for _ in 0..FAST_FORWARD_STEPS_MAX {
        if session.now_ms().saturating_sub(start) >= FAST_FORWARD_SIM_MS_MAX {
            break;
        }
        let Some(poll) = step(session) else {
            out.settled = true;
            break;
        };
        out.poll.output.extend(poll.output);
        if poll.finished.is_some() {
            out.poll.finished = poll.finished;
            if stop_at_job_end {
                break;
            }
        }
    }
    out.advanced_ms = session.now_ms().saturating_sub(start);
    out
}

/// Simulated time as `m:ss.s`, or `h:mm:ss` from an hour on.
///
/// Example: 83_450 ms is `1:23.4`; 3_723_000 ms is `1:02:03`.
pub fn format_sim_time(ms: u64) -> String {
    let tenths = (ms / 100) % 10;
    let secs = (ms / 1000) % 60;
    let mins = (ms / 60_000) % 60;
    let hours = ms / 3_600_000;
    if hours > 0 {
        format!("{hours}:{mins:02}:{secs:02}")
    } else {
        format!("{mins}:{secs:02}.{tenths}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_advance_by_wall_time_times_speed_carrying_fractions() {
        let mut c = Clock::default();
        assert_eq!(c.frame(16.0), 16);
        c.set_speed_index(0);
        assert_eq!(c.speed(), 0.25);
        let steps: Vec<u64> = (0..3).map(|_| c.frame(10.0)).collect();
        assert_eq!(steps, [2, 3, 2]);
        c.set_speed_index(99);
        assert_eq!(c.speed(), 8.0, "clamped to the fastest");
        assert_eq!(c.frame(10.0), 80);
    }

    #[test]
    fn a_paused_clock_and_odd_frames_advance_nothing() {
        let mut c = Clock::default();
        c.set_paused(true);
        assert_eq!(c.frame(16.0), 0);
        c.set_paused(false);
        assert_eq!(c.frame(-5.0), 0);
        assert_eq!(c.frame(f64::NAN), 0);
        assert_eq!(
            c.frame(60_000.0),
            100,
            "a long gap counts as one capped frame"
        );
    }

    #[test]
    fn with_nothing_scheduled_step_does_nothing_and_fast_forward_is_settled() {
        let mut s = Session::new(1);
        assert_eq!(step(&mut s), None);
        let ff = fast_forward(&mut s, false);
        assert!(ff.settled);
        assert_eq!(ff.advanced_ms, 0);
        assert_eq!(s.now_ms(), 0);
    }

    #[test]
    fn advance_moves_session_time() {
        let mut s = Session::new(1);
        assert_eq!(advance(&mut s, 250), Poll::default());
        assert_eq!(s.now_ms(), 250);
    }

    #[test]
    fn each_speed_has_its_label() {
        for (speed, label) in SPEEDS.iter().zip(SPEED_LABELS) {
            assert_eq!(format!("{speed}×"), label);
        }
    }

    #[test]
    fn simulated_time_reads_as_a_clock() {
        assert_eq!(format_sim_time(0), "0:00.0");
        assert_eq!(format_sim_time(83_450), "1:23.4");
        assert_eq!(format_sim_time(3_723_000), "1:02:03");
    }

    #[test]
    fn idle_time_fills_what_frames_did_not_cover() {
        assert_eq!(idle_gap(120_000.0, 2.0, 30_000), 210_000);
        assert_eq!(idle_gap(1_000.0, 1.0, 5_000), 0, "a sleep ran ahead");
        assert_eq!(idle_gap(-5.0, 1.0, 0), 0);
        assert_eq!(idle_gap(f64::NAN, 1.0, 0), 0);
        assert_eq!(idle_gap(1e12, 8.0, 0), IDLE_ADVANCE_MAX_MS);
    }
}
