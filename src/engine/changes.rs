//! The UI-facing change log: a bounded ring of typed entries the UI reads
//! with a cursor to animate what happened (objects added/modified/deleted,
//! pod status and readiness, node status, HTTP requests served). The
//! engine writes here and never calls the UI.

use super::limits::CHANGES_MAX;
use crate::api::object::Kind;
use std::collections::{BTreeMap, VecDeque};

/// A namespaced name (namespace is "" for cluster-scoped objects).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ObjRef {
    pub kind: Kind,
    pub namespace: String,
    pub name: String,
}

/// One thing that changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    Added(ObjRef),
    Modified(ObjRef),
    Deleted(ObjRef),
    /// A pod's STATUS column or readiness changed (`status` as
    /// `kubectl get pods` shows it; `node` is "" until scheduled).
    PodStatus {
        namespace: String,
        name: String,
        status: String,
        ready: bool,
        node: String,
    },
    /// A node's STATUS changed (`Ready`, `NotReady`, `Unknown`, or
    /// `Stopped` when its machine is off).
    NodeStatus {
        name: String,
        status: String,
    },
    /// A request was answered (or refused); see [`HttpRecord`].
    Http(HttpRecord),
    /// A Deployment went back to an older ReplicaSet's template.
    RolledBack {
        namespace: String,
        name: String,
        revision: i64,
    },
}

/// One HTTP request through the simulated network.
#[derive(Clone, Debug, PartialEq, Eq, crate::json::ToJson, crate::json::FromJson)]
pub struct HttpRecord {
    /// Monotonic number of this request.
    pub seq: u64,
    pub at_ms: u64,
    /// `host` (the learner's terminal) or `pod/<ns>/<name>` (exec).
    pub client: String,
    /// The Service that routed it, if any (namespace, name).
    pub service: Option<(String, String)>,
    /// The pod that answered (namespace, name) and its labels then.
    pub pod: Option<(String, String)>,
    pub pod_labels: BTreeMap<String, String>,
    /// HTTP status, or 0 when the connection failed.
    pub status: u16,
}

/// A change stamped with its position and simulated time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangeEntry {
    /// Position in the log; the cursor to pass back is `seq + 1`.
    pub seq: u64,
    /// Simulated ms (session time, as `Cluster::now_ms`).
    pub at_ms: u64,
    pub change: Change,
}

/// The bounded ring.
#[derive(Clone, Debug, Default)]
pub struct ChangeLog {
    entries: VecDeque<ChangeEntry>,
    next_seq: u64,
}

impl ChangeLog {
    pub(crate) fn push(&mut self, at_ms: u64, change: Change) {
        if self.entries.len() >= CHANGES_MAX {
            self.entries.pop_front();
        }
        self.entries.push_back(ChangeEntry {
            seq: self.next_seq,
            at_ms,
            change,
        });
        self.next_seq += 1;
    }

    /// Entries with `seq >= cursor`, the cursor to use next time, and how
    /// many entries between `cursor` and the oldest kept were dropped.
    pub fn since(&self, cursor: u64) -> (Vec<&ChangeEntry>, u64, u64) {
        let oldest = self.entries.front().map_or(self.next_seq, |e| e.seq);
        let dropped = oldest.saturating_sub(cursor);
        let list = self.entries.iter().filter(|e| e.seq >= cursor).collect();
        (list, self.next_seq, dropped)
    }

    /// The cursor that skips everything logged so far.
    pub fn cursor(&self) -> u64 {
        self.next_seq
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ring_is_bounded_and_reports_drops() {
        let mut log = ChangeLog::default();
        for i in 0..(CHANGES_MAX as u64 + 10) {
            log.push(
                i,
                Change::NodeStatus {
                    name: "n".into(),
                    status: "Ready".into(),
                },
            );
        }
        let (list, next, dropped) = log.since(0);
        assert_eq!(list.len(), CHANGES_MAX);
        assert_eq!(dropped, 10);
        assert_eq!(next, CHANGES_MAX as u64 + 10);
        assert!(log.since(next).0.is_empty());
    }
}
