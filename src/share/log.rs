//! [`ReplayLog`]: what a session needs to be rebuilt exactly — its seed,
//! the lesson step it was opened at, and every learner action since with
//! the simulated milliseconds that passed before it. It lives in the
//! session's `World` (so the `share` command can read it) and is filled by
//! `Session` as lines are submitted, typed input is sent, the editor
//! answers and Ctrl-C is pressed; the lesson host adds `next`/`close` from
//! the panel and rebases the log when it opens a lesson in a fresh world.
//!
//! Worked example: a session opens lesson `scale` at step 1 at simulated
//! 4 000 ms; the learner types `kubectl get pods` at 9 000 ms and presses
//! Ctrl-C at 9 500 ms; a link made at 12 000 ms holds
//! `lesson scale/1, [5000 Run("kubectl get pods"), 500 Interrupt], end 2500`.

use super::limits::{EVENT_BYTES_MAX, LOG_BYTES_MAX, LOG_ENTRIES_MAX};
use crate::shell::world::World;

/// A lesson and the step it was opened at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LessonAt {
    pub id: String,
    pub step: usize,
}

/// One learner action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// A command line submitted (may hold several lines).
    Run(String),
    /// A line typed to a running job's prompt.
    Input(String),
    /// Ctrl-D at a running job's prompt.
    Eof,
    /// The editor saved this text.
    Save(String),
    /// The editor was closed without saving.
    Cancel,
    /// Ctrl-C.
    Interrupt,
    /// The lesson panel's Next moved on a step.
    Next,
    /// The lesson panel closed the lesson.
    Close,
}

impl Event {
    /// The text the event carries, if any.
    pub fn text(&self) -> Option<&str> {
        match self {
            Event::Run(t) | Event::Input(t) | Event::Save(t) => Some(t),
            _ => None,
        }
    }
}

/// An event and the simulated time that passed before it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub gap_ms: u64,
    pub event: Event,
}

/// Everything a share link or a saved session holds about the cluster.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Snapshot {
    pub seed: u64,
    pub lesson: Option<LessonAt>,
    pub entries: Vec<Entry>,
    /// Simulated time after the last event (or after the start).
    pub end_gap_ms: u64,
}

impl Snapshot {
    /// How many commands the snapshot runs.
    pub fn commands(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| matches!(e.event, Event::Run(_)))
            .count()
    }
}

/// The live log of one session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplayLog {
    seed: u64,
    lesson: Option<LessonAt>,
    /// Simulated time of the last event (or of the start).
    last_ms: u64,
    entries: Vec<Entry>,
    bytes: usize,
    /// A limit was reached: later events were not recorded.
    overflowed: bool,
    /// Bumped on every change, so a UI knows when to save.
    revision: u64,
    /// The page a share link points at (`https://…/`, no fragment); empty
    /// outside a browser.
    page_url: String,
}

/// The share layer's slot in the shell's world: what the learner did,
/// for share links and restoring after a reload (filled by `Session`).
/// A session puts its log in when it starts.
impl World {
    /// The world's replay log (an empty one for seed 0 when none was put in).
    pub fn replay(&self) -> &ReplayLog {
        thread_local! {
            static NONE: &'static ReplayLog = Box::leak(Box::new(ReplayLog::new(0)));
        }
        self.ext
            .get::<ReplayLog>()
            .unwrap_or_else(|| NONE.with(|none| *none))
    }

    /// The world's replay log, to change.
    pub fn replay_mut(&mut self) -> &mut ReplayLog {
        let seed = self.cluster.seed();
        self.ext.get_or_insert_with(|| ReplayLog::new(seed))
    }
}

impl ReplayLog {
    /// An empty log for a fresh session with `seed`, starting at 0 ms.
    pub fn new(seed: u64) -> Self {
        ReplayLog {
            seed,
            lesson: None,
            last_ms: 0,
            entries: Vec::new(),
            bytes: 0,
            overflowed: false,
            revision: 0,
            page_url: String::new(),
        }
    }

    /// Starts over at `now_ms`: the session was just rebuilt (a lesson
    /// opened at a step, or a plain sandbox when `lesson` is `None`).
    pub fn rebase(&mut self, lesson: Option<LessonAt>, now_ms: u64) {
        let revision = self.revision + 1;
        let page_url = std::mem::take(&mut self.page_url);
        *self = ReplayLog::new(self.seed);
        self.lesson = lesson;
        self.last_ms = now_ms;
        self.revision = revision;
        self.page_url = page_url;
    }

    /// Records `event` at simulated `now_ms`. Past a limit nothing more
    /// is recorded and [`ReplayLog::overflowed`] turns true.
    pub fn record(&mut self, now_ms: u64, event: Event) {
        if self.overflowed {
            return;
        }
        let size = event.text().map_or(0, str::len);
        if self.entries.len() >= LOG_ENTRIES_MAX
            || size > EVENT_BYTES_MAX
            || self.bytes.saturating_add(size) > LOG_BYTES_MAX
        {
            self.overflowed = true;
            self.revision += 1;
            return;
        }
        self.bytes += size;
        let gap_ms = now_ms.saturating_sub(self.last_ms);
        self.last_ms = self.last_ms.max(now_ms);
        self.entries.push(Entry { gap_ms, event });
        self.revision += 1;
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    pub fn lesson(&self) -> Option<&LessonAt> {
        self.lesson.as_ref()
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// True once a limit stopped the recording: a replay would differ.
    pub fn overflowed(&self) -> bool {
        self.overflowed
    }

    pub fn page_url(&self) -> &str {
        &self.page_url
    }

    /// Where share links point (the UI sets the page's address).
    pub fn set_page_url(&mut self, url: &str) {
        self.page_url = url.to_string();
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The log as a snapshot taken at simulated `now_ms`.
    pub fn snapshot(&self, now_ms: u64) -> Snapshot {
        Snapshot {
            seed: self.seed,
            lesson: self.lesson.clone(),
            entries: self.entries.clone(),
            end_gap_ms: now_ms.saturating_sub(self.last_ms),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_are_measured_from_the_previous_event_and_the_base() {
        let mut log = ReplayLog::new(7);
        log.rebase(
            Some(LessonAt {
                id: "scale".into(),
                step: 1,
            }),
            4_000,
        );
        log.record(9_000, Event::Run("kubectl get pods".into()));
        log.record(9_500, Event::Interrupt);
        let snap = log.snapshot(12_000);
        assert_eq!(snap.entries[0].gap_ms, 5_000);
        assert_eq!(snap.entries[1].gap_ms, 500);
        assert_eq!(snap.end_gap_ms, 2_500);
        assert_eq!(snap.commands(), 1);
    }

    #[test]
    fn recording_stops_at_the_entry_limit() {
        let mut log = ReplayLog::new(1);
        for i in 0..LOG_ENTRIES_MAX + 5 {
            log.record(i as u64, Event::Run("true".into()));
        }
        assert_eq!(log.entries().len(), LOG_ENTRIES_MAX);
        assert!(log.overflowed());
        log.rebase(None, 0);
        assert!(!log.overflowed());
        assert!(log.entries().is_empty());
    }
}
