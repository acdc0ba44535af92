//! The scheduler (after kube-scheduler's default profile, simplified):
//! for each unscheduled pod, in priority then creation order, filter the
//! nodes (schedulable, taints tolerated, nodeSelector and node affinity,
//! pod count below `pods` capacity, resource requests within allocatable,
//! pod (anti-)affinity), score the rest (least allocated + spreading a
//! workload's pods across nodes, PreferNoSchedule taints, preferred node
//! and pod affinity), break ties with
//! the seeded generator, and bind. When nothing fits the pod stays
//! `Pending` with a `FailedScheduling` event in the scheduler's words.

mod affinity;
mod fit;

use crate::api::meta::Probe;
use crate::api::{Condition, Pod};
use crate::engine::events::{reference, Note};
use crate::engine::store::Key;
use crate::engine::Cluster;
pub use fit::tolerates;
use fit::{add_pod, evaluate, owner_uid, NodeInfo};
use std::collections::BTreeMap;

fn snapshot(c: &Cluster) -> Vec<NodeInfo> {
    c.store
        .nodes()
        .list(None)
        .map(|n| NodeInfo::new(n, c.store.pods_on_node(&n.metadata.name)))
        .collect()
}

/// Retries pods found unschedulable, at most once per instant: a burst of
/// deletions at one instant coalesces into one more pass 1 ms later.
pub fn retry_unschedulable(c: &mut Cluster) {
    if c.rt.retried_at == Some(c.t) {
        if !c.rt.retry_queued {
            c.rt.retry_queued = true;
            c.after(
                1,
                crate::engine::clock::Wake::Work(crate::engine::clock::Work::ScheduleRetry),
            );
        }
        return;
    }
    c.rt.retried_at = Some(c.t);
    c.rt.retry_queued = false;
    c.rt.unschedulable.clear();
    schedule_pending(c);
}

/// Places every unscheduled, active pod it can.
pub fn schedule_pending(c: &mut Cluster) {
    let Some(keys) = c.store.pod_index.by_node.get("").cloned() else {
        return;
    };
    // Work from keys: pods are cloned only when they are written.
    let mut pending: Vec<(i32, Option<crate::api::Time>, Key)> = keys
        .into_iter()
        .filter(|k| !c.rt.unschedulable.contains(k))
        .filter_map(|k| {
            let p = c.store.pods().get(&k.0, &k.1)?;
            let ours = p.is_active() && p.spec.scheduler_name == "default-scheduler";
            ours.then(|| {
                (
                    -p.spec.priority.unwrap_or(0),
                    p.metadata.creation_timestamp,
                    k,
                )
            })
        })
        .collect();
    if pending.is_empty() {
        return;
    }
    crate::sorting::sort(&mut pending);
    let mut nodes = snapshot(c);
    let mut owner_totals: BTreeMap<String, usize> = BTreeMap::new();
    for n in &nodes {
        for (uid, count) in n.by_owner() {
            *owner_totals.entry(uid.clone()).or_default() += count;
        }
    }
    for (_, _, key) in pending {
        let Some(pod) = c.store.pods().get(&key.0, &key.1) else {
            continue;
        };
        // The VolumeBinding plugin's PreFilter: every claim exists and is bound.
        if let Some(why) = unbound_claim(c, pod) {
            let pod = pod.clone();
            c.rt.unschedulable.insert(key);
            let n = nodes.len();
            let message = format!("0/{n} nodes are available: {why}. preemption: 0/{n} nodes are available: {n} Preemption is not helpful for scheduling.");
            unschedulable(c, pod, message);
            continue;
        }
        let (best, reasons) = evaluate(&nodes, pod, &owner_totals);
        if best.is_empty() {
            let pod = pod.clone();
            c.rt.unschedulable.insert(key);
            let message = fit::failed_message(nodes.len(), &reasons);
            unschedulable(c, pod, message);
            continue;
        }
        let pod = pod.clone();
        let pick = best
            .get(c.rng.below(best.len() as u64) as usize)
            .copied()
            .unwrap_or(0);
        if let Some(info) = nodes.get_mut(pick) {
            add_pod(info, &pod);
            *owner_totals.entry(owner_uid(&pod)).or_default() += 1;
            let node = info.name.clone();
            bind(c, pod, &node);
        }
    }
}

/// Why a pod's claims keep it from being scheduled, in the scheduler's words.
fn unbound_claim(c: &Cluster, pod: &Pod) -> Option<String> {
    let ns = &pod.metadata.namespace;
    let mut unbound = false;
    for claim in pod
        .spec
        .volumes
        .iter()
        .filter_map(crate::engine::volumes::claim_name)
    {
        match c.store.claims().get(ns, claim) {
            None => return Some(format!("persistentvolumeclaim \"{claim}\" not found")),
            Some(p) if p.status.phase != "Bound" => unbound = true,
            Some(_) => {}
        }
    }
    unbound.then(|| "pod has unbound immediate PersistentVolumeClaims".to_string())
}

fn pod_scheduled(c: &Cluster, status: &str, reason: &str, message: &str) -> Condition {
    let mut cond = Condition::new("PodScheduled", status, reason, message);
    cond.last_probe_time = Probe::Null;
    cond.last_transition_time = Some(c.now());
    cond
}

fn bind(c: &mut Cluster, mut pod: Pod, node: &str) {
    pod.spec.node_name = node.to_string();
    pod.status.conditions.retain(|x| x.type_ != "PodScheduled");
    pod.status.conditions.push(pod_scheduled(c, "True", "", ""));
    let pod = c.put(pod);
    c.record(
        reference(&pod, ""),
        Note {
            type_: "Normal",
            reason: "Scheduled",
            message: format!(
                "Successfully assigned {}/{} to {node}",
                pod.metadata.namespace, pod.metadata.name
            ),
            component: "default-scheduler",
            host: "",
        },
    );
    c.pod_bound(&pod);
}

/// `0/3 nodes are available: 1 Insufficient cpu, 2 Too many pods.
/// preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.`
fn unschedulable(c: &mut Cluster, mut pod: Pod, message: String) {
    let current = pod
        .status
        .conditions
        .iter()
        .find(|x| x.type_ == "PodScheduled");
    if current.is_none_or(|x| x.message != message) {
        pod.status.conditions.retain(|x| x.type_ != "PodScheduled");
        pod.status
            .conditions
            .push(pod_scheduled(c, "False", "Unschedulable", &message));
        pod = c.put(pod);
    }
    c.record(
        reference(&pod, ""),
        Note {
            type_: "Warning",
            reason: "FailedScheduling",
            message,
            component: "default-scheduler",
            host: "",
        },
    );
}
