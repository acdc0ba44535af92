//! The timer queue: work scheduled for a simulated instant, fired in
//! (due, sequence) order so equal-time timers keep the order they were set.

use super::store::Key;
use std::collections::BTreeMap;

/// A unit of controller work, deduplicated while queued.
#[derive(
    Clone, Debug, PartialEq, Eq, PartialOrd, Ord, crate::json::ToJson, crate::json::FromJson,
)]
pub enum Work {
    Deployment(Key),
    ReplicaSet(Key),
    Endpoints(Key),
    DaemonSet(Key),
    Job(Key),
    CronJob(Key),
    StatefulSet(Key),
    /// Bind (or provision for) a PersistentVolumeClaim.
    Claim(Key),
    /// A new PersistentVolume becomes Available.
    Volume(String),
    /// Place new unscheduled pods.
    Schedule,
    /// Capacity may have changed (a pod left, a node changed): retry the
    /// pods found unschedulable too.
    ScheduleRetry,
    /// Delete the dependents of a removed owner (garbage collection).
    Orphans(String),
    /// Finish deleting a terminating namespace.
    Namespace(String),
    /// A node's NoExecute taints changed or a toleration ran out.
    NoExecute(String),
}

/// What a timer does when it fires.
#[derive(Clone, Debug, PartialEq, Eq, crate::json::ToJson, crate::json::FromJson)]
pub enum Wake {
    /// The kubelet's next step for a pod; `token` drops stale timers.
    Kubelet {
        uid: String,
        token: u64,
        step: super::runtime::Step,
    },
    /// Queue controller work (minReadySeconds, progress deadlines, retries).
    Work(Work),
    /// The node controller checks a node's heartbeat.
    NodeMonitor { node: String, token: u64 },
    /// Pods on a still-unreachable node are evicted.
    NodeEvict { node: String, token: u64 },
    /// A booting node's kubelet reports Ready.
    NodeReady { node: String, token: u64 },
}

/// Timers ordered by (due ms, sequence).
#[derive(Clone, Debug, Default, crate::json::ToJson, crate::json::FromJson)]
pub struct Timers {
    #[serde(with = "super::checkpoint::pairs")]
    queue: BTreeMap<(u64, u64), Wake>,
    seq: u64,
}

impl Timers {
    /// Schedules `wake` at internal time `due`; the handle can cancel it.
    pub fn at(&mut self, due: u64, wake: Wake) -> (u64, u64) {
        self.seq += 1;
        self.queue.insert((due, self.seq), wake);
        (due, self.seq)
    }

    /// Schedules `wake` at `due` unless the same wake is already due then
    /// (controllers that resync often set each wake-up once).
    pub fn at_once(&mut self, due: u64, wake: Wake) {
        let set = self
            .queue
            .range((due, 0)..(due.saturating_add(1), 0))
            .any(|(_, w)| *w == wake);
        if !set {
            self.at(due, wake);
        }
    }

    /// Drops a scheduled timer (no-op if it already fired).
    pub fn cancel(&mut self, handle: (u64, u64)) {
        self.queue.remove(&handle);
    }

    /// The earliest due time.
    pub fn next_due(&self) -> Option<u64> {
        self.queue.keys().next().map(|(due, _)| *due)
    }

    /// Removes and returns the earliest timer if it is due at or before `t`.
    pub fn pop_due(&mut self, t: u64) -> Option<(u64, Wake)> {
        let (&(due, seq), _) = self.queue.iter().next()?;
        if due > t {
            return None;
        }
        self.queue.remove(&(due, seq)).map(|w| (due, w))
    }

    pub fn len(&self) -> usize {
        self.queue.len()
    }

    pub fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }
}
