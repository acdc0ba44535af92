//! Node lifecycle (after the node-lifecycle and taint-eviction
//! controllers): a stopped machine stops posting heartbeats; after the
//! grace period the node turns `Unknown` (NotReady), gets the
//! `unreachable` taints, and its pods are marked not ready (so Services
//! stop sending them traffic). After the pods' toleration (300 s) they are
//! deleted; on an unreachable node they stay `Terminating` until the node
//! returns, while their ReplicaSets replace them elsewhere.

use crate::api::meta::Probe;
use crate::api::{Condition, Node, Pod};
use crate::engine::clock::Wake;
use crate::engine::events::{reference, Note};
use crate::engine::Cluster;

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
