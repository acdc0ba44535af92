//! Node lifecycle (after the node-lifecycle and taint-eviction
//! controllers): a stopped machine stops posting heartbeats; after the
//! grace period the node turns `Unknown` (NotReady), gets the
//! `unreachable` taints, and its pods are marked not ready (so Services
//! stop sending them traffic). After the pods' toleration (300 s) they are
//! deleted; on an unreachable node they stay `Terminating` until the node
//! returns, while their ReplicaSets replace them elsewhere.
//!
//! NoExecute taints a user puts on a node (`kubectl taint … :NoExecute`)
//! evict the pods there that do not tolerate them at once, and those
//! that do after their `tolerationSeconds` (counted from when the taint
//! was first seen), as the taint-eviction controller does.

use crate::api::meta::Probe;
use crate::api::node::Taint;
use crate::api::{Condition, Node, Pod};
use crate::engine::clock::{Wake, Work};
use crate::engine::events::{reference, Note};
use crate::engine::Cluster;
use crate::scheduler::tolerates;

/// The node monitor's check of a node whose machine stopped.
pub fn monitor(c: &mut Cluster, node: &str, token: u64) {
    let Some(rt) = c.rt.nodes.get(node) else {
        return;
    };
    if rt.running || rt.token != token {
        return;
    }
    c.set_node_ready(node, "Unknown");
    if let Some(n) = c.store.nodes().get("", node).cloned() {
        note_node(
            c,
            &n,
            "NodeNotReady",
            format!("Node {node} status is now: NodeNotReady"),
            "node-controller",
        );
    }
    let pods: Vec<Pod> = c.store.pods_on_node(node).into_iter().cloned().collect();
    for mut p in pods {
        mark_not_ready(c, &mut p);
        c.record(
            reference(&p, ""),
            Note {
                type_: "Warning",
                reason: "NodeNotReady",
                message: "Node is not ready".into(),
                component: "node-controller",
                host: "",
            },
        );
        c.put(p);
    }
    let evict = c.config.pod_eviction_ms;
    c.after(
        evict,
        Wake::NodeEvict {
            node: node.to_string(),
            token,
        },
    );
}

/// The taint-eviction controller deletes the pods of a node still unreachable.
pub fn evict(c: &mut Cluster, node: &str, token: u64) {
    if c.rt
        .nodes
        .get(node)
        .is_none_or(|rt| rt.running || rt.token != token)
    {
        return;
    }
    let pods: Vec<Pod> = c.store.pods_on_node(node).into_iter().cloned().collect();
    for p in pods {
        if p.metadata.deletion_timestamp.is_some()
            || p.metadata
                .controller_ref()
                .is_some_and(|r| r.kind == "Node" || r.kind == "DaemonSet")
        {
            continue;
        }
        c.record(
            reference(&p, ""),
            Note {
                type_: "Normal",
                reason: "TaintManagerEviction",
                message: format!(
                    "Marking for deletion Pod {}/{}",
                    p.metadata.namespace, p.metadata.name
                ),
                component: "taint-eviction-controller",
                host: "",
            },
        );
        let _ = c.delete_pod(&p.metadata.namespace, &p.metadata.name, None);
    }
}

/// Evicts the pods of `node` whose NoExecute tolerations do not (or no
/// longer) cover its NoExecute taints, and wakes again when the next
/// toleration runs out. The `node.kubernetes.io/` taints are the node
/// monitor's (above).
pub fn no_execute(c: &mut Cluster, node: &str) {
    let taints: Vec<Taint> = c
        .store
        .nodes()
        .get("", node)
        .map(|n| n.spec.taints.clone())
        .unwrap_or_default()
        .into_iter()
        .filter(|t| t.effect == "NoExecute" && !t.key.starts_with("node.kubernetes.io/"))
        .collect();
    let id = |t: &Taint| (node.to_string(), t.key.clone(), t.value.clone());
    let now = c.t;
    c.rt.no_execute_since
        .retain(|k, _| k.0 != node || taints.iter().any(|t| id(t) == *k));
    for t in &taints {
        c.rt.no_execute_since.entry(id(t)).or_insert(now);
    }
    let mut next: Option<u64> = None;
    let pods: Vec<Pod> = c.store.pods_on_node(node).into_iter().cloned().collect();
    for p in pods {
        if p.metadata.deletion_timestamp.is_some()
            || p.metadata
                .controller_ref()
                .is_some_and(|r| r.kind == "Node")
        {
            continue;
        }
        // The instant the pod must go: the earliest over the taints.
        let due = taints
            .iter()
            .filter_map(|t| {
                let since = c.rt.no_execute_since.get(&id(t)).copied().unwrap_or(now);
                let covering: Vec<Option<i64>> = p
                    .spec
                    .tolerations
                    .iter()
                    .filter(|tol| tolerates(std::slice::from_ref(tol), t))
                    .map(|tol| tol.toleration_seconds)
                    .collect();
                match covering.iter().any(Option::is_none) {
                    true => None,
                    false => Some(match covering.iter().flatten().min() {
                        Some(s) => since.saturating_add((*s).max(0) as u64 * 1000),
                        None => now,
                    }),
                }
            })
            .min();
        match due {
            Some(d) if d <= now => {
                c.record(
                    reference(&p, ""),
                    Note {
                        type_: "Normal",
                        reason: "TaintManagerEviction",
                        message: format!(
                            "Marking for deletion Pod {}/{}",
                            p.metadata.namespace, p.metadata.name
                        ),
                        component: "taint-eviction-controller",
                        host: "",
                    },
                );
                let _ = c.delete_pod(&p.metadata.namespace, &p.metadata.name, None);
            }
            Some(d) => next = Some(next.map_or(d, |n: u64| n.min(d))),
            None => {}
        }
    }
    if let Some(d) = next {
        c.after(d - now, Wake::Work(Work::NoExecute(node.to_string())));
    }
}

fn mark_not_ready(c: &Cluster, p: &mut Pod) {
    let now = Some(c.now());
    for cond in &mut p.status.conditions {
        if cond.type_ == "Ready" && cond.status != "False" {
            *cond = Condition {
                last_probe_time: Probe::Null,
                last_transition_time: now,
                ..Condition::new("Ready", "False", "", "")
            };
        }
    }
}

fn note_node(c: &mut Cluster, n: &Node, reason: &str, message: String, component: &str) {
    c.record(
        reference(n, ""),
        Note {
            type_: "Normal",
            reason,
            message,
            component,
            host: "",
        },
    );
}

/// A (re)started machine's kubelet reports Ready.
pub fn kubelet_ready(c: &mut Cluster, node: &str, token: u64) {
    let Some(rt) = c.rt.nodes.get_mut(node) else {
        return;
    };
    if rt.token != token || !rt.running {
        return;
    }
    rt.last_heartbeat = c.t;
    c.set_node_ready(node, "True");
    if let Some(n) = c.store.nodes().get("", node).cloned() {
        note_node(
            c,
            &n,
            "NodeReady",
            format!("Node {node} status is now: NodeReady"),
            "kubelet",
        );
    }
    crate::controllers::kubelet::node_restarted(c, node);
}
