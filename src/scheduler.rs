//! The scheduler (after kube-scheduler's default profile, simplified):
//! for each unscheduled pod, in priority then creation order, filter the
//! nodes (Ready/untainted, pod count below `pods` capacity, resource
//! requests within allocatable, nodeSelector), score the rest (least
//! allocated + spreading a workload's pods across nodes), break ties with
//! the seeded generator, and bind. When nothing fits the pod stays
//! `Pending` with a `FailedScheduling` event in the scheduler's words.

use crate::api::meta::Probe;
use crate::api::node::Taint;
use crate::api::pod::Toleration;
use crate::api::quantity::{parse_bytes, parse_cpu_millis};
use crate::api::{Condition, Pod};
use crate::engine::events::{reference, Note};
use crate::engine::store::Key;
use crate::engine::Cluster;
use std::collections::BTreeMap;

/// Requests assumed for scoring a container that asks for nothing
/// (the scheduler's non-zero defaults: 100m CPU, 200 MiB).
const DEFAULT_CPU_MILLIS: u64 = 100;
const DEFAULT_MEMORY_BYTES: u64 = 200 << 20;

/// What the scheduler knows about one node during a pass.
struct NodeInfo {
    name: String,
    cpu: u64,
    memory: u64,
    pods_max: usize,
    taints: Vec<Taint>,
    labels: BTreeMap<String, String>,
    unschedulable: bool,
    used_cpu: u64,
    used_memory: u64,
    score_cpu: u64,
    score_memory: u64,
    pods: usize,
    by_owner: BTreeMap<String, usize>,
}

/// (cpu millis, memory bytes) requested by a pod, and the non-zero version for scoring.
fn requests(p: &Pod) -> ((u64, u64), (u64, u64)) {
    let mut real = (0, 0);
    let mut nonzero = (0, 0);
    for c in &p.spec.containers {
        let req = &c.resources.requests;
        let cpu = req.get("cpu").and_then(|q| parse_cpu_millis(&q.0));
        let mem = req.get("memory").and_then(|q| parse_bytes(&q.0));
        real.0 += cpu.unwrap_or(0);
        real.1 += mem.unwrap_or(0);
        nonzero.0 += cpu.unwrap_or(DEFAULT_CPU_MILLIS);
        nonzero.1 += mem.unwrap_or(DEFAULT_MEMORY_BYTES);
    }
    (real, nonzero)
}

fn owner_uid(p: &Pod) -> String {
    p.metadata
        .controller_ref()
        .map(|r| r.uid.clone())
        .unwrap_or_default()
}

fn snapshot(c: &Cluster) -> Vec<NodeInfo> {
    c.store
        .nodes()
        .list(None)
        .map(|n| {
            let alloc = &n.status.allocatable;
            let mut info = NodeInfo {
                name: n.metadata.name.clone(),
                cpu: alloc
                    .get("cpu")
                    .and_then(|q| parse_cpu_millis(&q.0))
                    .unwrap_or(0),
                memory: alloc
                    .get("memory")
                    .and_then(|q| parse_bytes(&q.0))
                    .unwrap_or(0),
                pods_max: alloc
                    .get("pods")
                    .and_then(|q| q.0.parse().ok())
                    .unwrap_or(0),
                taints: n.spec.taints.clone(),
                labels: n.metadata.labels.clone(),
                unschedulable: n.spec.unschedulable,
                used_cpu: 0,
                used_memory: 0,
                score_cpu: 0,
                score_memory: 0,
                pods: 0,
                by_owner: BTreeMap::new(),
            };
            for p in c.store.pods_on_node(&info.name) {
                if p.status.phase == "Succeeded" || p.status.phase == "Failed" {
                    continue;
                }
                add_pod(&mut info, p);
            }
            info
        })
        .collect()
}

fn add_pod(info: &mut NodeInfo, p: &Pod) {
    let ((cpu, mem), (scpu, smem)) = requests(p);
    info.used_cpu += cpu;
    info.used_memory += mem;
    info.score_cpu += scpu;
    info.score_memory += smem;
    info.pods += 1;
    *info.by_owner.entry(owner_uid(p)).or_default() += 1;
}

fn tolerates(tols: &[Toleration], t: &Taint) -> bool {
    tols.iter().any(|tol| {
        (tol.key.is_empty() && tol.operator == "Exists")
            || (tol.key == t.key
                && (tol.effect.is_empty() || tol.effect == t.effect)
                && (tol.operator == "Exists" || tol.value == t.value))
    })
}

/// Why `node` cannot take `pod`, in the scheduler's words, or `None`.
fn unfit(info: &NodeInfo, pod: &Pod) -> Option<(String, bool)> {
    if info.unschedulable {
        return Some(("node(s) were unschedulable".into(), false));
    }
    for t in &info.taints {
        if (t.effect == "NoSchedule" || t.effect == "NoExecute")
            && !tolerates(&pod.spec.tolerations, t)
        {
            return Some((
                format!("node(s) had untolerated taint {{{}: {}}}", t.key, t.value),
                false,
            ));
        }
    }
    if pod
        .spec
        .node_selector
        .iter()
        .any(|(k, v)| info.labels.get(k) != Some(v))
    {
        return Some((
            "node(s) didn't match Pod's node affinity/selector".into(),
            false,
        ));
    }
    if info.pods >= info.pods_max {
        return Some(("Too many pods".into(), true));
    }
    let ((cpu, mem), _) = requests(pod);
    if info.used_cpu + cpu > info.cpu {
        return Some(("Insufficient cpu".into(), true));
    }
    if info.used_memory + mem > info.memory {
        return Some(("Insufficient memory".into(), true));
    }
    None
}

fn score(info: &NodeInfo, pod: &Pod, owner_total: usize) -> u64 {
    let (_, (cpu, mem)) = requests(pod);
    let free = |cap: u64, used: u64| {
        (cap.saturating_sub(used) * 100)
            .checked_div(cap)
            .unwrap_or(0)
    };
    let least =
        (free(info.cpu, info.score_cpu + cpu) + free(info.memory, info.score_memory + mem)) / 2;
    let same = info.by_owner.get(&owner_uid(pod)).copied().unwrap_or(0) as u64;
    let spread = 100 - same * 100 / (owner_total as u64 + 1);
    least + 2 * spread
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
        for (uid, count) in &n.by_owner {
            *owner_totals.entry(uid.clone()).or_default() += count;
        }
    }
    for (_, _, key) in pending {
        let Some(pod) = c.store.pods().get(&key.0, &key.1) else {
            continue;
        };
        let (best, reasons) = evaluate(&nodes, pod, &owner_totals);
        if best.is_empty() {
            let pod = pod.clone();
            c.rt.unschedulable.insert(key);
            unschedulable(c, pod, nodes.len(), &reasons);
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

/// The best-scoring nodes for `pod` (ties kept), or why none fits.
fn evaluate(
    nodes: &[NodeInfo],
    pod: &Pod,
    owner_totals: &BTreeMap<String, usize>,
) -> (Vec<usize>, BTreeMap<String, (usize, bool)>) {
    let mut reasons: BTreeMap<String, (usize, bool)> = BTreeMap::new();
    let mut best: Vec<usize> = Vec::new();
    let mut best_score = 0;
    let total = owner_totals.get(&owner_uid(pod)).copied().unwrap_or(0);
    for (i, info) in nodes.iter().enumerate() {
        if let Some((why, resource)) = unfit(info, pod) {
            reasons.entry(why).or_insert((0, resource)).0 += 1;
            continue;
        }
        let s = score(info, pod, total);
        if best.is_empty() || s > best_score {
            best = vec![i];
            best_score = s;
        } else if s == best_score {
            best.push(i);
        }
    }
    (best, reasons)
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
    crate::controllers::kubelet::on_bound(c, &pod);
}

/// `0/3 nodes are available: 1 Insufficient cpu, 2 Too many pods.
/// preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.`
fn unschedulable(
    c: &mut Cluster,
    mut pod: Pod,
    total: usize,
    reasons: &BTreeMap<String, (usize, bool)>,
) {
    let list: Vec<String> = reasons
        .iter()
        .map(|(r, (n, _))| format!("{n} {r}"))
        .collect();
    let victims: usize = reasons
        .values()
        .filter(|(_, res)| *res)
        .map(|(n, _)| n)
        .sum();
    let helpless = total.saturating_sub(victims);
    let mut pre = Vec::new();
    if helpless > 0 {
        pre.push(format!(
            "{helpless} Preemption is not helpful for scheduling"
        ));
    }
    if victims > 0 {
        pre.push(format!(
            "{victims} No preemption victims found for incoming pod"
        ));
    }
    let message = if total == 0 {
        "no nodes available to schedule pods".to_string()
    } else {
        format!(
            "0/{total} nodes are available: {}. preemption: 0/{total} nodes are available: {}.",
            list.join(", "),
            pre.join(", ")
        )
    };
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
