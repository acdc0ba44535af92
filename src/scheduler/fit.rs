//! The scheduler's filter and score as pure functions over plain data
//! (after kube-scheduler's NodeUnschedulable, TaintToleration (with
//! PreferNoSchedule scoring), NodeAffinity/nodeSelector, NodeResourcesFit,
//! InterPodAffinity, LeastAllocated and a simplified pod spreading). [`NodeInfo::new`] summarises a node and the
//! pods on it; [`evaluate`] answers which nodes score best for a pod, or
//! why none fits. The caller picks among ties and binds.

use super::affinity::{node_fits, node_score, PodAffinity, Term};
use crate::api::meta::StringMap;
use crate::api::node::Taint;
use crate::api::pod::Toleration;
use crate::api::quantity::{parse_bytes, parse_cpu_millis};
use crate::api::{Node, Pod};
use std::collections::BTreeMap;

/// Requests assumed for scoring a container that asks for nothing
/// (the scheduler's non-zero defaults: 100m CPU, 200 MiB).
const DEFAULT_CPU_MILLIS: u64 = 100;
const DEFAULT_MEMORY_BYTES: u64 = 200 << 20;

/// What the scheduler knows about one node during a pass.
pub(crate) struct NodeInfo {
    pub name: String,
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
    /// Namespace, labels and required anti-affinity of each pod here.
    members: Vec<(String, StringMap, Vec<Term>)>,
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

pub(crate) fn owner_uid(p: &Pod) -> String {
    p.metadata
        .controller_ref()
        .map(|r| r.uid.clone())
        .unwrap_or_default()
}

impl NodeInfo {
    /// What the scheduler sees of `node` with `pods` bound to it
    /// (finished pods hold no resources).
    pub fn new<'a>(node: &Node, pods: impl IntoIterator<Item = &'a Pod>) -> NodeInfo {
        let alloc = &node.status.allocatable;
        let mut info = NodeInfo {
            name: node.metadata.name.clone(),
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
            taints: node.spec.taints.clone(),
            labels: node.metadata.labels.clone(),
            unschedulable: node.spec.unschedulable,
            used_cpu: 0,
            used_memory: 0,
            score_cpu: 0,
            score_memory: 0,
            pods: 0,
            by_owner: BTreeMap::new(),
            members: Vec::new(),
        };
        for p in pods {
            if p.status.phase == "Succeeded" || p.status.phase == "Failed" {
                continue;
            }
            add_pod(&mut info, p);
        }
        info
    }

    /// Pods of each owner (by controller uid, "" for none) on this node.
    pub fn by_owner(&self) -> &BTreeMap<String, usize> {
        &self.by_owner
    }
}

pub(crate) fn add_pod(info: &mut NodeInfo, p: &Pod) {
    let ((cpu, mem), (scpu, smem)) = requests(p);
    info.used_cpu += cpu;
    info.used_memory += mem;
    info.score_cpu += scpu;
    info.score_memory += smem;
    info.pods += 1;
    *info.by_owner.entry(owner_uid(p)).or_default() += 1;
    let ns = &p.metadata.namespace;
    let anti = PodAffinity::of(p.spec.other.get("affinity"), ns).anti;
    info.members
        .push((ns.clone(), p.metadata.labels.clone(), anti));
}

/// Both nodes carry `key` with the same value (one topology domain).
fn same_domain(a: &NodeInfo, b: &NodeInfo, key: &str) -> bool {
    a.labels
        .get(key)
        .is_some_and(|v| b.labels.get(key) == Some(v))
}

/// Pods matching `term` in the topology domain of `node`.
fn in_domain(nodes: &[NodeInfo], node: &NodeInfo, term: &Term) -> usize {
    nodes
        .iter()
        .filter(|m| same_domain(node, m, &term.topology_key))
        .map(|m| {
            m.members
                .iter()
                .filter(|(ns, l, _)| term.matches(ns, l))
                .count()
        })
        .sum()
}

/// InterPodAffinity's filter: existing pods' anti-affinity, then the
/// pod's affinity, then its anti-affinity. `alone`: no pod anywhere
/// matches the pod's affinity terms but the pod itself does (the first
/// of a group may go anywhere).
fn pod_affinity_unfit(
    nodes: &[NodeInfo],
    node: &NodeInfo,
    pod: &Pod,
    aff: &PodAffinity,
    alone: bool,
) -> Option<(String, bool)> {
    let (ns, labels) = (&pod.metadata.namespace, &pod.metadata.labels);
    let existing = nodes.iter().any(|m| {
        m.members.iter().any(|(_, _, anti)| {
            anti.iter()
                .any(|t| same_domain(node, m, &t.topology_key) && t.matches(ns, labels))
        })
    });
    if existing {
        return Some((
            "node(s) didn't satisfy existing pods anti-affinity rules".into(),
            true,
        ));
    }
    if !alone && aff.affinity.iter().any(|t| in_domain(nodes, node, t) == 0) {
        return Some(("node(s) didn't match pod affinity rules".into(), false));
    }
    if aff.anti.iter().any(|t| in_domain(nodes, node, t) > 0) {
        return Some(("node(s) didn't match pod anti-affinity rules".into(), true));
    }
    None
}

/// Kubernetes' `ToleratesTaint`: the effect (if given) and key (empty:
/// any key, with `Exists`) agree, and `Exists` or an equal value.
pub fn tolerates(tols: &[Toleration], t: &Taint) -> bool {
    tols.iter().any(|tol| {
        (tol.effect.is_empty() || tol.effect == t.effect)
            && (tol.key.is_empty() || tol.key == t.key)
            && match tol.operator.as_str() {
                "Exists" => true,
                "" | "Equal" => !tol.key.is_empty() && tol.value == t.value,
                _ => false,
            }
    })
}

/// PreferNoSchedule taints the pod does not tolerate (TaintToleration's score input).
fn soft_taints(info: &NodeInfo, pod: &Pod) -> i64 {
    let tols: Vec<Toleration> = pod
        .spec
        .tolerations
        .iter()
        .filter(|t| t.effect.is_empty() || t.effect == "PreferNoSchedule")
        .cloned()
        .collect();
    info.taints
        .iter()
        .filter(|t| t.effect == "PreferNoSchedule" && !tolerates(&tols, t))
        .count() as i64
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
        || !node_fits(pod.spec.other.get("affinity"), &info.labels, &info.name)
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

/// The best-scoring nodes for `pod` (ties kept), or why none fits.
/// Scores: the base (least allocated + spreading), then TaintToleration
/// (×3), NodeAffinity (×2) and InterPodAffinity (×2), each normalised to
/// 0–100 across the fitting nodes as kube-scheduler does.
pub(crate) fn evaluate(
    nodes: &[NodeInfo],
    pod: &Pod,
    owner_totals: &BTreeMap<String, usize>,
) -> (Vec<usize>, BTreeMap<String, (usize, bool)>) {
    let mut reasons: BTreeMap<String, (usize, bool)> = BTreeMap::new();
    let total = owner_totals.get(&owner_uid(pod)).copied().unwrap_or(0);
    let node_aff = pod.spec.other.get("affinity");
    let aff = PodAffinity::of(node_aff, &pod.metadata.namespace);
    let (ns, labels) = (&pod.metadata.namespace, &pod.metadata.labels);
    let alone = !aff.affinity.is_empty()
        && aff.affinity.iter().all(|t| t.matches(ns, labels))
        && !nodes.iter().any(|m| {
            m.members
                .iter()
                .any(|(n, l, _)| aff.affinity.iter().all(|t| t.matches(n, l)))
        });
    let any_anti = nodes
        .iter()
        .any(|m| m.members.iter().any(|(_, _, anti)| !anti.is_empty()));
    // (node, base, untolerated soft taints, node affinity, pod affinity)
    let mut fit: Vec<(usize, u64, i64, i64, i64)> = Vec::new();
    for (i, info) in nodes.iter().enumerate() {
        let why = unfit(info, pod).or_else(|| {
            (any_anti || !aff.is_empty())
                .then(|| pod_affinity_unfit(nodes, info, pod, &aff, alone))
                .flatten()
        });
        if let Some((why, resource)) = why {
            reasons.entry(why).or_insert((0, resource)).0 += 1;
            continue;
        }
        let weigh = |terms: &[Term]| -> i64 {
            terms
                .iter()
                .map(|t| t.weight * in_domain(nodes, info, t) as i64)
                .sum()
        };
        fit.push((
            i,
            score(info, pod, total),
            soft_taints(info, pod),
            node_score(node_aff, &info.labels, &info.name),
            weigh(&aff.preferred) - weigh(&aff.preferred_anti),
        ));
    }
    let max = |f: fn(&(usize, u64, i64, i64, i64)) -> i64| fit.iter().map(f).max().unwrap_or(0);
    let min_pod = fit.iter().map(|f| f.4).min().unwrap_or(0);
    let (max_taint, max_node, max_pod) = (max(|f| f.2), max(|f| f.3), max(|f| f.4));
    let scored: Vec<(usize, u64)> = fit
        .iter()
        .map(|&(i, base, taint, node, pod)| {
            let taint = 100 - (taint * 100).checked_div(max_taint).unwrap_or(0);
            let node = (node * 100).checked_div(max_node).unwrap_or(0);
            let pod = ((pod - min_pod) * 100)
                .checked_div(max_pod - min_pod)
                .unwrap_or(0);
            (i, base + (3 * taint + 2 * node + 2 * pod).max(0) as u64)
        })
        .collect();
    let best_score = scored.iter().map(|s| s.1).max().unwrap_or(0);
    let best = scored
        .iter()
        .filter(|s| s.1 == best_score)
        .map(|s| s.0)
        .collect();
    (best, reasons)
}

/// The `FailedScheduling` message for a pod no node takes, from the
/// reasons [`evaluate`] counted (reason → (nodes, preemption could help)):
/// `0/3 nodes are available: 1 Insufficient cpu, 2 Too many pods.
/// preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.`
pub(crate) fn failed_message(total: usize, reasons: &BTreeMap<String, (usize, bool)>) -> String {
    if total == 0 {
        return "no nodes available to schedule pods".to_string();
    }
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
    format!(
        "0/{total} nodes are available: {}. preemption: 0/{total} nodes are available: {}.",
        list.join(", "),
        pre.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::quantity::Quantity;
    use crate::api::{Container, OwnerReference};

    /// A node with `cpu` (millicores), `mem` (MiB) and `pods` allocatable.
    fn node(name: &str, cpu: u64, mem: u64, pods: u64) -> Node {
        let mut n = Node::default();
        n.metadata.name = name.into();
        let a = &mut n.status.allocatable;
        a.insert("cpu".into(), Quantity(format!("{cpu}m")));
        a.insert("memory".into(), Quantity(format!("{mem}Mi")));
        a.insert("pods".into(), Quantity(pods.to_string()));
        n
    }

    /// A one-container pod requesting `cpu` millicores and `mem` MiB
    /// (0 = no request), owned by `owner` ("" = none).
    fn pod(cpu: u64, mem: u64, owner: &str) -> Pod {
        let mut c = Container::default();
        if cpu > 0 {
            c.resources
                .requests
                .insert("cpu".into(), Quantity(format!("{cpu}m")));
        }
        if mem > 0 {
            c.resources
                .requests
                .insert("memory".into(), Quantity(format!("{mem}Mi")));
        }
        let mut p = Pod::default();
        p.spec.containers.push(c);
        if !owner.is_empty() {
            p.metadata.owner_references.push(OwnerReference {
                uid: owner.into(),
                controller: Some(true),
                ..OwnerReference::default()
            });
        }
        p.status.phase = "Running".into();
        p
    }

    fn taint(key: &str, value: &str, effect: &str) -> Taint {
        Taint {
            key: key.into(),
            value: value.into(),
            effect: effect.into(),
            time_added: None,
        }
    }

    fn tol(key: &str, operator: &str, value: &str, effect: &str) -> Toleration {
        Toleration {
            key: key.into(),
            operator: operator.into(),
            value: value.into(),
            effect: effect.into(),
            ..Toleration::default()
        }
    }

    /// Nodes, each with the pods bound to it.
    type Cluster = Vec<(Node, Vec<Pod>)>;

    /// (case, nodes with their pods, incoming pod, fitting nodes, reasons)
    type FilterCase = (
        &'static str,
        Cluster,
        Pod,
        Vec<&'static str>,
        Vec<&'static str>,
    );

    /// Runs the filter and score for `incoming` over `nodes` (each with its
    /// bound pods) and returns (winning node names, "N reason" list).
    fn run(nodes: &[(Node, Vec<Pod>)], incoming: &Pod) -> (Vec<String>, Vec<String>) {
        let infos: Vec<NodeInfo> = nodes.iter().map(|(n, ps)| NodeInfo::new(n, ps)).collect();
        let mut totals: BTreeMap<String, usize> = BTreeMap::new();
        for i in &infos {
            for (uid, n) in i.by_owner() {
                *totals.entry(uid.clone()).or_default() += n;
            }
        }
        let (best, reasons) = evaluate(&infos, incoming, &totals);
        let names = best
            .into_iter()
            .filter_map(|i| infos.get(i).map(|n| n.name.clone()))
            .collect();
        let why = reasons
            .into_iter()
            .map(|(r, (n, res))| format!("{n} {r}{}", if res { " (resource)" } else { "" }))
            .collect();
        (names, why)
    }

    #[test]
    fn filter_table() {
        let full = |p: Pod| -> Vec<Pod> { vec![p] };
        let mut cordoned = node("n1", 2000, 2048, 110);
        cordoned.spec.unschedulable = true;
        let mut tainted = node("n1", 2000, 2048, 110);
        tainted.spec.taints = vec![taint("dedicated", "gpu", "NoSchedule")];
        let mut tainted_exec = node("n1", 2000, 2048, 110);
        tainted_exec.spec.taints = vec![taint("dedicated", "gpu", "NoExecute")];
        let mut soft = node("n1", 2000, 2048, 110);
        soft.spec.taints = vec![taint("dedicated", "gpu", "PreferNoSchedule")];
        let mut labelled = node("n1", 2000, 2048, 110);
        labelled.metadata.labels.insert("disk".into(), "ssd".into());
        let mut cordoned_full = node("n1", 100, 100, 1);
        cordoned_full.spec.unschedulable = true;
        let mut done = pod(1900, 0, "");
        done.status.phase = "Succeeded".into();

        let with_tol = |t: Toleration| {
            let mut p = pod(100, 0, "");
            p.spec.tolerations = vec![t];
            p
        };
        let with_selector = |v: &str| {
            let mut p = pod(100, 0, "");
            p.spec.node_selector.insert("disk".into(), v.into());
            p
        };
        // (case, nodes with their pods, incoming pod, fitting nodes, reasons)
        let cases: Vec<FilterCase> = vec![
            (
                "empty node fits",
                vec![(node("n1", 2000, 2048, 110), vec![])],
                pod(100, 64, ""),
                vec!["n1"],
                vec![],
            ),
            (
                "exact fit on cpu",
                vec![(node("n1", 1000, 2048, 110), full(pod(600, 0, "")))],
                pod(400, 0, ""),
                vec!["n1"],
                vec![],
            ),
            (
                "one millicore over",
                vec![(node("n1", 1000, 2048, 110), full(pod(600, 0, "")))],
                pod(401, 0, ""),
                vec![],
                vec!["1 Insufficient cpu (resource)"],
            ),
            (
                "memory over",
                vec![(node("n1", 2000, 256, 110), full(pod(0, 200, "")))],
                pod(0, 57, ""),
                vec![],
                vec!["1 Insufficient memory (resource)"],
            ),
            (
                "cpu is checked before memory",
                vec![(node("n1", 100, 100, 110), vec![])],
                pod(200, 200, ""),
                vec![],
                vec!["1 Insufficient cpu (resource)"],
            ),
            (
                "pod count at capacity",
                vec![(node("n1", 2000, 2048, 1), full(pod(0, 0, "")))],
                pod(0, 0, ""),
                vec![],
                vec!["1 Too many pods (resource)"],
            ),
            (
                "no requests: always fits resources",
                vec![(node("n1", 1, 1, 110), vec![])],
                pod(0, 0, ""),
                vec!["n1"],
                vec![],
            ),
            (
                "finished pods hold nothing",
                vec![(node("n1", 2000, 2048, 1), full(done))],
                pod(1000, 0, ""),
                vec!["n1"],
                vec![],
            ),
            (
                "cordoned",
                vec![(cordoned, vec![])],
                pod(0, 0, ""),
                vec![],
                vec!["1 node(s) were unschedulable"],
            ),
            (
                "cordoned is reported before full",
                vec![(cordoned_full, full(pod(100, 100, "")))],
                pod(100, 0, ""),
                vec![],
                vec!["1 node(s) were unschedulable"],
            ),
            (
                "NoSchedule taint",
                vec![(tainted.clone(), vec![])],
                pod(100, 0, ""),
                vec![],
                vec!["1 node(s) had untolerated taint {dedicated: gpu}"],
            ),
            (
                "NoExecute taint",
                vec![(tainted_exec, vec![])],
                pod(100, 0, ""),
                vec![],
                vec!["1 node(s) had untolerated taint {dedicated: gpu}"],
            ),
            (
                "PreferNoSchedule does not filter",
                vec![(soft, vec![])],
                pod(100, 0, ""),
                vec!["n1"],
                vec![],
            ),
            (
                "Equal toleration",
                vec![(tainted.clone(), vec![])],
                with_tol(tol("dedicated", "Equal", "gpu", "NoSchedule")),
                vec!["n1"],
                vec![],
            ),
            (
                "Equal toleration, other value",
                vec![(tainted.clone(), vec![])],
                with_tol(tol("dedicated", "Equal", "cpu", "NoSchedule")),
                vec![],
                vec!["1 node(s) had untolerated taint {dedicated: gpu}"],
            ),
            (
                "Exists on the key, any effect",
                vec![(tainted.clone(), vec![])],
                with_tol(tol("dedicated", "Exists", "", "")),
                vec!["n1"],
                vec![],
            ),
            (
                "Exists with no key tolerates all",
                vec![(tainted.clone(), vec![])],
                with_tol(tol("", "Exists", "", "")),
                vec!["n1"],
                vec![],
            ),
            (
                "toleration for another effect",
                vec![(tainted, vec![])],
                with_tol(tol("dedicated", "Exists", "", "NoExecute")),
                vec![],
                vec!["1 node(s) had untolerated taint {dedicated: gpu}"],
            ),
            (
                "nodeSelector matches",
                vec![(labelled.clone(), vec![])],
                with_selector("ssd"),
                vec!["n1"],
                vec![],
            ),
            (
                "nodeSelector differs",
                vec![(labelled, vec![])],
                with_selector("hdd"),
                vec![],
                vec!["1 node(s) didn't match Pod's node affinity/selector"],
            ),
            (
                "reasons counted per node",
                vec![
                    (node("a", 2000, 2048, 1), full(pod(0, 0, ""))),
                    (node("b", 2000, 2048, 1), full(pod(0, 0, ""))),
                    (node("c", 100, 2048, 110), vec![]),
                ],
                pod(500, 0, ""),
                vec![],
                vec![
                    "1 Insufficient cpu (resource)",
                    "2 Too many pods (resource)",
                ],
            ),
        ];
        for (case, nodes, incoming, fits, reasons) in cases {
            let (got_fits, got_reasons) = run(&nodes, &incoming);
            assert_eq!(got_fits, fits, "{case}: fitting nodes");
            assert_eq!(got_reasons, reasons, "{case}: reasons");
        }
    }

    #[test]
    fn score_table() {
        // (case, nodes with their pods, incoming pod, best nodes, ties kept)
        let cases: Vec<(&str, Cluster, Pod, Vec<&str>)> = vec![
            (
                "identical nodes tie",
                vec![
                    (node("a", 2000, 2048, 110), vec![]),
                    (node("b", 2000, 2048, 110), vec![]),
                ],
                pod(100, 100, ""),
                vec!["a", "b"],
            ),
            (
                "least allocated wins",
                vec![
                    (node("a", 2000, 2048, 110), vec![pod(1000, 1024, "")]),
                    (node("b", 2000, 2048, 110), vec![pod(100, 100, "")]),
                ],
                pod(100, 100, ""),
                vec!["b"],
            ),
            (
                "bigger node is less allocated",
                vec![
                    (node("a", 1000, 1024, 110), vec![]),
                    (node("b", 4000, 4096, 110), vec![]),
                ],
                pod(500, 512, ""),
                vec!["b"],
            ),
            (
                "pods without requests count the non-zero defaults",
                vec![
                    (
                        node("a", 2000, 2048, 110),
                        vec![pod(0, 0, ""), pod(0, 0, "")],
                    ),
                    (node("b", 2000, 2048, 110), vec![pod(0, 0, "")]),
                ],
                pod(0, 0, ""),
                vec!["b"],
            ),
            (
                "spreading: away from the owner's pods",
                vec![
                    (node("a", 2000, 2048, 110), vec![pod(10, 10, "rs1")]),
                    (node("b", 2000, 2048, 110), vec![pod(10, 10, "rs2")]),
                ],
                pod(10, 10, "rs1"),
                vec!["b"],
            ),
            (
                "spreading outweighs a little allocation",
                vec![
                    (node("a", 2000, 2048, 110), vec![pod(10, 10, "rs1")]),
                    (node("b", 2000, 2048, 110), vec![pod(300, 300, "other")]),
                ],
                pod(10, 10, "rs1"),
                vec!["b"],
            ),
            (
                "unfit nodes never win",
                vec![
                    (node("a", 100, 2048, 110), vec![]),
                    (node("b", 4000, 100, 110), vec![]),
                ],
                pod(200, 0, ""),
                vec!["b"],
            ),
        ];
        for (case, nodes, incoming, best) in cases {
            let (got, _) = run(&nodes, &incoming);
            assert_eq!(got, best, "{case}");
        }
    }

    /// `pod` with labels and a `spec.affinity` written as JSON.
    fn placed(labels: &[(&str, &str)], affinity: serde_json::Value) -> Pod {
        let mut p = pod(10, 10, "");
        p.metadata.namespace = "default".into();
        for (k, v) in labels {
            p.metadata.labels.insert(k.to_string(), v.to_string());
        }
        if !affinity.is_null() {
            p.spec.other.insert("affinity".into(), affinity);
        }
        p
    }

    fn host(name: &str, extra: &[(&str, &str)]) -> Node {
        let mut n = node(name, 2000, 2048, 110);
        n.metadata
            .labels
            .insert("kubernetes.io/hostname".into(), name.into());
        for (k, v) in extra {
            n.metadata.labels.insert(k.to_string(), v.to_string());
        }
        n
    }

    #[test]
    fn affinity_and_taint_table() {
        use serde_json::json;
        let hostname = |kind: &str, app: &str| {
            json!({kind: {"requiredDuringSchedulingIgnoredDuringExecution": [
                {"labelSelector": {"matchLabels": {"app": app}}, "topologyKey": "kubernetes.io/hostname"}]}})
        };
        let preferred = |kind: &str, app: &str| {
            json!({kind: {"preferredDuringSchedulingIgnoredDuringExecution": [{"weight": 100, "podAffinityTerm":
                {"labelSelector": {"matchLabels": {"app": app}}, "topologyKey": "kubernetes.io/hostname"}}]}})
        };
        let ssd = json!({"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
            {"matchExpressions": [{"key": "disktype", "operator": "In", "values": ["ssd"]}]}]}}});
        let likes_ssd = json!({"nodeAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [
            {"weight": 1, "preference": {"matchExpressions": [{"key": "disktype", "operator": "In", "values": ["ssd"]}]}}]}});
        let mut soft = host("a", &[]);
        soft.spec.taints = vec![taint("k", "v", "PreferNoSchedule")];
        let mut hard_exec = host("a", &[]);
        hard_exec.spec.taints = vec![taint("k", "v", "NoSchedule")];
        let mut tolerant = placed(&[], json!(null));
        tolerant.spec.tolerations = vec![tol("", "Exists", "", "NoExecute")];
        let mut soft_tolerant = placed(&[], json!(null));
        soft_tolerant.spec.tolerations = vec![tol("k", "Equal", "v", "PreferNoSchedule")];
        let web = || placed(&[("app", "web")], json!(null));
        let guarded = || placed(&[("app", "db")], hostname("podAntiAffinity", "web"));
        // (case, nodes with their pods, incoming pod, best nodes, reasons)
        let cases: Vec<FilterCase> = vec![
            (
                "a toleration for another effect does not tolerate",
                vec![(hard_exec, vec![])],
                tolerant,
                vec![],
                vec!["1 node(s) had untolerated taint {k: v}"],
            ),
            (
                "PreferNoSchedule: the other node wins",
                vec![(soft.clone(), vec![]), (host("b", &[]), vec![])],
                placed(&[], json!(null)),
                vec!["b"],
                vec![],
            ),
            (
                "PreferNoSchedule tolerated: a tie",
                vec![(soft, vec![]), (host("b", &[]), vec![])],
                soft_tolerant,
                vec!["a", "b"],
                vec![],
            ),
            (
                "required node affinity",
                vec![
                    (host("a", &[("disktype", "ssd")]), vec![]),
                    (host("b", &[]), vec![]),
                ],
                placed(&[], ssd.clone()),
                vec!["a"],
                vec!["1 node(s) didn't match Pod's node affinity/selector"],
            ),
            (
                "required node affinity, no node",
                vec![(host("b", &[]), vec![])],
                placed(&[], ssd),
                vec![],
                vec!["1 node(s) didn't match Pod's node affinity/selector"],
            ),
            (
                "preferred node affinity wins over less allocation",
                vec![
                    (host("a", &[("disktype", "ssd")]), vec![pod(500, 500, "")]),
                    (host("b", &[]), vec![]),
                ],
                placed(&[], likes_ssd),
                vec!["a"],
                vec![],
            ),
            (
                "anti-affinity: away from web",
                vec![(host("a", &[]), vec![web()]), (host("b", &[]), vec![])],
                placed(&[("app", "web")], hostname("podAntiAffinity", "web")),
                vec!["b"],
                vec!["1 node(s) didn't match pod anti-affinity rules (resource)"],
            ),
            (
                "affinity: next to web",
                vec![(host("a", &[]), vec![]), (host("b", &[]), vec![web()])],
                placed(&[("app", "cache")], hostname("podAffinity", "web")),
                vec!["b"],
                vec!["1 node(s) didn't match pod affinity rules"],
            ),
            (
                "affinity with no web anywhere",
                vec![(host("a", &[]), vec![])],
                placed(&[("app", "cache")], hostname("podAffinity", "web")),
                vec![],
                vec!["1 node(s) didn't match pod affinity rules"],
            ),
            (
                "the first of a group may go anywhere",
                vec![(host("a", &[]), vec![]), (host("b", &[]), vec![])],
                placed(&[("app", "web")], hostname("podAffinity", "web")),
                vec!["a", "b"],
                vec![],
            ),
            (
                "an existing pod's anti-affinity keeps web away",
                vec![(host("a", &[]), vec![guarded()]), (host("b", &[]), vec![])],
                web(),
                vec!["b"],
                vec!["1 node(s) didn't satisfy existing pods anti-affinity rules (resource)"],
            ),
            (
                "no topology key on the node: no domain",
                vec![(node("a", 2000, 2048, 110), vec![web()])],
                placed(&[("app", "x")], hostname("podAntiAffinity", "web")),
                vec!["a"],
                vec![],
            ),
            (
                "preferred affinity: next to web",
                vec![(host("a", &[]), vec![]), (host("b", &[]), vec![web()])],
                placed(&[], preferred("podAffinity", "web")),
                vec!["b"],
                vec![],
            ),
            (
                "preferred anti-affinity: away from web",
                vec![(host("a", &[]), vec![]), (host("b", &[]), vec![web()])],
                placed(&[], preferred("podAntiAffinity", "web")),
                vec!["a"],
                vec![],
            ),
        ];
        for (case, nodes, incoming, best, reasons) in cases {
            let (got, why) = run(&nodes, &incoming);
            assert_eq!(got, best, "{case}: best nodes");
            assert_eq!(why, reasons, "{case}: reasons");
        }
    }

    #[test]
    fn score_figures() {
        // LeastAllocated on a 2-CPU, 2 GiB node for a 500m / 512Mi pod:
        // free cpu 75, free memory 75 → 75; no siblings → spread 100.
        let info = NodeInfo::new(&node("a", 2000, 2048, 110), &[]);
        assert_eq!(score(&info, &pod(500, 512, "rs"), 0), 75 + 2 * 100);
        // One of two sibling pods already here: spread 100 - 100·1/3 = 67.
        let info = NodeInfo::new(&node("a", 2000, 2048, 110), &[pod(0, 0, "rs")]);
        // Defaults 100m/200Mi are already counted: (2000-600)/2000 = 70,
        // (2048-712)/2048 = 65 → 67.
        assert_eq!(score(&info, &pod(500, 512, "rs"), 2), 67 + 2 * 67);
        // A node with no allocatable scores 0 rather than dividing by zero.
        let info = NodeInfo::new(&node("z", 0, 0, 110), &[]);
        assert_eq!(score(&info, &pod(0, 0, ""), 0), 2 * 100);
    }

    #[test]
    fn failed_message_table() {
        let reasons = |rs: &[(&str, usize, bool)]| -> BTreeMap<String, (usize, bool)> {
            rs.iter()
                .map(|(r, n, res)| (r.to_string(), (*n, *res)))
                .collect()
        };
        let cases = [
            ("no nodes", 0, reasons(&[]), "no nodes available to schedule pods"),
            (
                "one tainted node",
                1,
                reasons(&[("node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }", 1, false)]),
                "0/1 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.",
            ),
            (
                "resources only",
                3,
                reasons(&[("Insufficient cpu", 1, true), ("Too many pods", 2, true)]),
                "0/3 nodes are available: 1 Insufficient cpu, 2 Too many pods. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.",
            ),
            (
                "mixed: helpless counted before victims",
                3,
                reasons(&[("Insufficient memory", 1, true), ("node(s) were unschedulable", 2, false)]),
                "0/3 nodes are available: 1 Insufficient memory, 2 node(s) were unschedulable. preemption: 0/3 nodes are available: 2 Preemption is not helpful for scheduling, 1 No preemption victims found for incoming pod.",
            ),
        ];
        for (case, total, rs, want) in cases {
            assert_eq!(failed_message(total, &rs), want, "{case}");
        }
    }
}
