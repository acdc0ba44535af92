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

use std::rc::Rc;

use super::limits::{
    COMPACT_BYTES_AT, COMPACT_ENTRIES_AT, EVENT_BYTES_MAX, LOG_BYTES_MAX, LOG_ENTRIES_MAX,
};
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
    /// A checkpoint of the world (JSON text, `session::checkpoint`) the
    /// entries start from, once a long session was compacted; `None`: a
    /// fresh world with `seed` (and `lesson` opened at its step).
    pub base: Option<Rc<str>>,
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
    /// The checkpoint the entries start from (see [`Snapshot::base`]).
    base: Option<Rc<str>>,
    /// Entries and text bytes at which the next command compacts the log.
    compact_at: (usize, usize),
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
            base: None,
            compact_at: (COMPACT_ENTRIES_AT, COMPACT_BYTES_AT),
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
        let compact_at = self.compact_at;
        *self = ReplayLog::new(self.seed);
        self.compact_at = compact_at;
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

    /// True when a command of `text_len` bytes should first compact the
    /// log: it holds as many entries or bytes as it keeps before a
    /// checkpoint (below the hard limits, so a running command's typed
    /// lines and edits still fit).
    pub fn needs_compaction(&self, text_len: usize) -> bool {
        self.entries.len() >= self.compact_at.0
            || self.bytes.saturating_add(text_len) > self.compact_at.1
    }

    /// Starts over from `base`, a checkpoint of the world taken at
    /// `now_ms` with `lesson` open at its step.
    pub fn compact(&mut self, base: Rc<str>, lesson: Option<LessonAt>, now_ms: u64) {
        self.rebase(lesson, now_ms);
        self.base = Some(base);
    }

    /// Lowers (or raises) where compaction starts: `(entries, bytes)`.
    /// The production bounds are [`COMPACT_ENTRIES_AT`] and
    /// [`COMPACT_BYTES_AT`]; tests and benchmarks lower them to reach the
    /// same path in fewer commands.
    pub fn set_compaction(&mut self, entries: usize, bytes: usize) {
        self.compact_at = (entries, bytes);
    }

    /// The checkpoint the entries start from, if the log was compacted.
    pub fn base(&self) -> Option<&Rc<str>> {
        self.base.as_ref()
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
            base: self.base.clone(),
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
    fn compaction_starts_the_log_again_from_a_checkpoint() {
        let mut log = ReplayLog::new(3);
        log.set_compaction(2, usize::MAX);
        log.record(1_000, Event::Run("true".into()));
        assert!(!log.needs_compaction(4));
        log.record(2_000, Event::Run("true".into()));
        assert!(log.needs_compaction(4));
        log.compact("{}".into(), None, 5_000);
        assert!(!log.needs_compaction(4));
        log.record(6_000, Event::Run("date".into()));
        let snap = log.snapshot(6_500);
        assert_eq!(snap.base.as_deref(), Some("{}"));
        assert_eq!(snap.entries.len(), 1);
        assert_eq!(snap.entries[0].gap_ms, 1_000);
        assert_eq!(snap.end_gap_ms, 500);
        log.rebase(None, 7_000);
        assert_eq!(log.base(), None);
        let fresh = ReplayLog::new(3);
        assert!(!fresh.needs_compaction(COMPACT_BYTES_AT));
        assert!(fresh.needs_compaction(COMPACT_BYTES_AT + 1));
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
