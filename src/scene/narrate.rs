//! Cluster changes as short sentences for screen readers ("Pod web-… is
//! Ready on minikube."), read from the engine's change log, and a
//! throttle so a scale to 200 does not drown the listener: at most one
//! announcement per [`NARRATION_GAP_MS`], of at most
//! [`NARRATION_SENTENCES_MAX`] sentences, the rest summed up in one.
//! A newer sentence about the same object replaces an older one still
//! waiting (`ErrImagePull` then `ImagePullBackOff` is said once).

use std::collections::VecDeque;

use crate::api::object::Kind;
use crate::engine::changes::Change;
use crate::i18n::Text;

use super::model::shown_namespace;
use super::status::Phase;

/// Least time between two announcements, ms.
pub const NARRATION_GAP_MS: f64 = 2000.0;
/// Most sentences in one announcement.
pub const NARRATION_SENTENCES_MAX: usize = 3;
/// Most sentences waiting; older ones are dropped (and counted).
pub const NARRATION_QUEUE_MAX: usize = 200;

/// The sentence for one change, with the object it is about; `None` for
/// changes not worth saying (a pod still on its way, system objects).
pub fn sentence(change: &Change, text: &Text) -> Option<(String, String)> {
    match change {
        Change::PodStatus {
            namespace,
            name,
            status,
            ready,
            node,
        } if shown_namespace(namespace) => {
            let phase = Phase::of(status, *ready);
            let said = match phase {
                Phase::Ready => text.say_pod_ready(name, node),
                Phase::Terminating => text.say_pod_terminating(name),
                p if p.is_failure() => text.say_pod_failing(name, status),
                Phase::Completed | Phase::Unknown => text.say_pod_status(name, status),
                _ => return None,
            };
            Some((format!("pod/{namespace}/{name}"), said))
        }
        Change::Deleted(r) if r.kind == Kind::Pod && shown_namespace(&r.namespace) => Some((
            format!("pod/{}/{}", r.namespace, r.name),
            text.say_pod_deleted(&r.name),
        )),
        Change::NodeStatus { name, status } => {
            Some((format!("node/{name}"), text.say_node_status(name, status)))
        }
        Change::RolledBack {
            namespace,
            name,
            revision,
        } if shown_namespace(namespace) => Some((
            format!("deployment/{namespace}/{name}"),
            text.say_rolled_back(name, *revision),
        )),
        _ => None,
    }
}

/// Sentences waiting to be announced.
#[derive(Clone, Debug, Default)]
pub struct Narrator {
    queue: VecDeque<(String, String)>,
    /// Sentences dropped for the queue limit, told as a count.
    dropped: usize,
    last: Option<f64>,
}

impl Narrator {
    /// Queues a sentence about `subject`, replacing one still waiting
    /// about the same subject.
    pub fn push(&mut self, subject: String, said: String) {
        self.queue.retain(|(s, _)| s != &subject);
        if self.queue.len() >= NARRATION_QUEUE_MAX {
            self.queue.pop_front();
            self.dropped += 1;
        }
        self.queue.push_back((subject, said));
    }

    pub fn is_waiting(&self) -> bool {
        !self.queue.is_empty()
    }

    /// When the next announcement may be made (`now` or later).
    pub fn next_at(&self, now: f64) -> f64 {
        self.last
            .map_or(now, |last| (last + NARRATION_GAP_MS).max(now))
    }

    /// The announcement due at `now`, if any: the oldest sentences, and
    /// one that counts the rest.
    pub fn take(&mut self, now: f64, text: &Text) -> Option<String> {
        if self.queue.is_empty() || self.next_at(now) > now {
            return None;
        }
        self.last = Some(now);
        let mut parts: Vec<String> = Vec::new();
        while parts.len() < NARRATION_SENTENCES_MAX {
            match self.queue.pop_front() {
                Some((_, said)) => parts.push(said),
                None => break,
            }
        }
        let rest = self.queue.len() + self.dropped;
        if rest > 0 {
            parts.push(text.say_more_changes(rest));
            self.queue.clear();
            self.dropped = 0;
        }
        Some(parts.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::changes::ObjRef;
    use crate::i18n::EN;

    fn status(name: &str, status: &str, ready: bool) -> Change {
        Change::PodStatus {
            namespace: "default".into(),
            name: name.into(),
            status: status.into(),
            ready,
            node: "minikube".into(),
        }
    }

    #[test]
    fn pods_turning_ready_failing_or_leaving_are_said_briefly() {
        let said = |c: Change| sentence(&c, &EN).map(|(_, s)| s);
        assert_eq!(
            said(status("web-1", "Running", true)).as_deref(),
            Some("Pod web-1 is Ready on minikube.")
        );
        assert_eq!(
            said(status("web-1", "ImagePullBackOff", false)).as_deref(),
            Some("Pod web-1 is failing: ImagePullBackOff.")
        );
        assert_eq!(
            said(status("web-1", "Terminating", false)).as_deref(),
            Some("Pod web-1 is terminating.")
        );
        assert_eq!(said(status("web-1", "ContainerCreating", false)), None);
        assert_eq!(said(status("web-1", "Running", false)), None);
        let system = Change::PodStatus {
            namespace: "kube-system".into(),
            name: "coredns".into(),
            status: "Running".into(),
            ready: true,
            node: "minikube".into(),
        };
        assert_eq!(said(system), None);
        let gone = Change::Deleted(ObjRef {
            kind: Kind::Pod,
            namespace: "default".into(),
            name: "web-1".into(),
        });
        assert_eq!(said(gone).as_deref(), Some("Pod web-1 was deleted."));
        let node = Change::NodeStatus {
            name: "minikube-m02".into(),
            status: "NotReady".into(),
        };
        assert_eq!(
            said(node).as_deref(),
            Some("Node minikube-m02 is NotReady.")
        );
    }

    #[test]
    fn announcements_are_throttled_and_summed_up() {
        let mut n = Narrator::default();
        for i in 0..6 {
            n.push(format!("pod/{i}"), format!("s{i}."));
        }
        assert_eq!(
            n.take(0.0, &EN).as_deref(),
            Some("s0. s1. s2. And 3 more changes.")
        );
        assert!(!n.is_waiting());
        n.push("pod/x".into(), "x.".into());
        assert_eq!(n.take(1000.0, &EN), None, "too soon");
        assert_eq!(n.next_at(1000.0), NARRATION_GAP_MS);
        assert_eq!(n.take(NARRATION_GAP_MS, &EN).as_deref(), Some("x."));
    }

    #[test]
    fn a_newer_sentence_about_the_same_pod_replaces_the_waiting_one() {
        let mut n = Narrator::default();
        n.push("pod/a".into(), "a pulls.".into());
        n.push("pod/b".into(), "b ready.".into());
        n.push("pod/a".into(), "a backs off.".into());
        assert_eq!(n.take(0.0, &EN).as_deref(), Some("b ready. a backs off."));
    }
}
