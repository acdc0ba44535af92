//! The ReplicaSet controller (after `pkg/controller/replicaset`): adopt
//! matching orphan pods, release pods whose labels no longer match, create
//! or delete pods (at most `POD_BURST_MAX` per sync) so the active count
//! equals `spec.replicas`, and report status. Pods to delete are chosen as
//! Kubernetes ranks them: unscheduled, then pending, then not ready, then
//! crowded nodes, recently ready, more restarts, newer — ranked by the
//! pure [`rank::pods_to_delete`].

use crate::api::workload::ReplicaSetStatus;
use crate::api::{ObjectMeta, Pod, ReplicaSet, Selector, Time};
use crate::engine::clock::{Wake, Work};
use crate::engine::events::{reference, Note};
use crate::engine::limits::POD_BURST_MAX;
use crate::engine::store::Key;
use crate::engine::Cluster;

use super::pod_control::{self, controller_ref};

pub mod rank;

pub fn sync(c: &mut Cluster, key: &Key) {
    let Some(rs) = c.store.replicasets().get(&key.0, &key.1).cloned() else {
        return;
    };
    let Some(Ok(sel)) = rs.spec.selector.as_ref().map(|s| s.to_selector()) else {
        return;
    };
    if sel.is_empty() {
        return;
    }
    adopt_orphans(c, &rs, &sel);
    let want = usize::try_from(rs.replicas()).unwrap_or(0);
    // One pass over references: cloning or rescanning thousands of pods
    // per sync is what makes a big cluster slow. The status is counted in
    // the same pass and adjusted for the pods created or deleted below.
    let (active, victims, strays, mut counted) = {
        let owned = c.store.pods_owned_by(&rs.metadata.uid);
        let (matching, other): (Vec<&Pod>, Vec<&Pod>) = owned
            .into_iter()
            .partition(|p| sel.matches(&p.metadata.labels));
        let strays: Vec<Pod> = other.into_iter().cloned().collect();
        let mut counted = count_status(c.now(), &rs, &matching);
        let active: Vec<&Pod> = matching.into_iter().filter(|p| p.is_active()).collect();
        let victims = if active.len() > want && rs.metadata.deletion_timestamp.is_none() {
            rank::pods_to_delete(&active, c.now(), (active.len() - want).min(POD_BURST_MAX))
                .into_iter()
                .filter_map(|i| active.get(i))
                .map(|p| (p.metadata.namespace.clone(), p.metadata.name.clone()))
                .collect()
        } else {
            Vec::new()
        };
        for (ns, name) in &victims {
            if let Some(p) = active
                .iter()
                .find(|p| &p.metadata.namespace == ns && &p.metadata.name == name)
            {
                counted.forget(c.now(), &rs, p);
            }
        }
        (active.len(), victims, strays, counted)
    };
    release(c, &rs, strays);
    if rs.metadata.deletion_timestamp.is_none() {
        if active < want {
            let made = create_pods(c, &rs, (want - active).min(POD_BURST_MAX));
            counted.status.replicas += i32::try_from(made).unwrap_or(0);
            counted.status.fully_labeled_replicas += i32::try_from(made).unwrap_or(0);
            if want - active > POD_BURST_MAX {
                c.work.push(Work::ReplicaSet(key.clone()));
            }
        } else if !victims.is_empty() {
            delete_pods(c, &rs, victims);
        }
    }
    write_status(c, key, counted);
}

/// Adopts active orphans whose labels match.
fn adopt_orphans(c: &mut Cluster, rs: &ReplicaSet, sel: &Selector) {
    if rs.metadata.deletion_timestamp.is_some() {
        return;
    }
    let ns = &rs.metadata.namespace;
    let orphans: Vec<Pod> = c
        .store
        .pods_owned_by("")
        .into_iter()
        .filter(|p| &p.metadata.namespace == ns && p.is_active() && sel.matches(&p.metadata.labels))
        .cloned()
        .collect();
    for mut p in orphans {
        p.metadata.owner_references.push(controller_ref(rs));
        c.put(p);
    }
}

/// Releases owned pods whose labels no longer match (they become orphans).
fn release(c: &mut Cluster, rs: &ReplicaSet, strays: Vec<Pod>) {
    for mut p in strays {
        p.metadata
            .owner_references
            .retain(|r| r.uid != rs.metadata.uid);
        c.put(p);
    }
}

fn create_pods(c: &mut Cluster, rs: &ReplicaSet, n: usize) -> usize {
    for made in 0..n {
        let t = &rs.spec.template;
        let pod = Pod {
            metadata: ObjectMeta {
                generate_name: format!("{}-", rs.metadata.name),
                labels: t.metadata.labels.clone(),
                annotations: t.metadata.annotations.clone(),
                owner_references: vec![controller_ref(rs)],
                ..ObjectMeta::default()
            },
            spec: t.spec.clone(),
            ..Pod::default()
        };
        if !pod_control::create_pod(c, rs, pod, "replicaset-controller") {
            // Retry later rather than spinning at this instant.
            c.after(
                10_000,
                Wake::Work(Work::ReplicaSet((
                    rs.metadata.namespace.clone(),
                    rs.metadata.name.clone(),
                ))),
            );
            return made;
        }
    }
    n
}

fn delete_pods(c: &mut Cluster, rs: &ReplicaSet, victims: Vec<(String, String)>) {
    let rs_ref = reference(rs, "");
    for (ns, name) in victims {
        if c.delete_pod(&ns, &name, None).is_ok() {
            c.record(
                rs_ref.clone(),
                Note {
                    type_: "Normal",
                    reason: "SuccessfulDelete",
                    message: format!("Deleted pod: {name}"),
                    component: "replicaset-controller",
                    host: "",
                },
            );
        }
    }
}

/// A ReplicaSet's status as counted from its pods, and when the next
/// ready pod becomes available (minReadySeconds).
struct Counted {
    status: ReplicaSetStatus,
    next_available: Option<u64>,
}

impl Counted {
    /// Takes a pod about to be deleted out of the counts.
    fn forget(&mut self, now: Time, rs: &ReplicaSet, p: &Pod) {
        let st = &mut self.status;
        st.replicas -= 1;
        st.terminating_replicas = st.terminating_replicas.map(|t| t + 1);
        if labels_full(rs, p) {
            st.fully_labeled_replicas -= 1;
        }
        if p.is_ready() {
            st.ready_replicas -= 1;
            if p.is_available(i64::from(rs.spec.min_ready_seconds.unwrap_or(0)), now) {
                st.available_replicas -= 1;
            }
        }
    }
}

fn labels_full(rs: &ReplicaSet, p: &Pod) -> bool {
    rs.spec
        .template
        .metadata
        .labels
        .iter()
        .all(|(k, v)| p.metadata.labels.get(k) == Some(v))
}

/// Counts replicas, ready, available and terminating pods.
fn count_status(now: Time, rs: &ReplicaSet, pods: &[&Pod]) -> Counted {
    let min_ready = u64::try_from(rs.spec.min_ready_seconds.unwrap_or(0)).unwrap_or(0) * 1000;
    let mut st = ReplicaSetStatus {
        observed_generation: Some(rs.metadata.generation),
        terminating_replicas: Some(0),
        ..ReplicaSetStatus::default()
    };
    let mut next_available: Option<u64> = None;
    for p in pods {
        if !p.is_active() {
            if p.metadata.deletion_timestamp.is_some() {
                st.terminating_replicas = st.terminating_replicas.map(|t| t + 1);
            }
            continue;
        }
        st.replicas += 1;
        if labels_full(rs, p) {
            st.fully_labeled_replicas += 1;
        }
        if let Some(since) = p.ready_since() {
            st.ready_replicas += 1;
            let at = since.0 + min_ready;
            if at <= now.0 {
                st.available_replicas += 1;
            } else {
                next_available = Some(next_available.map_or(at, |n: u64| n.min(at)));
            }
        }
    }
    Counted {
        status: st,
        next_available,
    }
}

/// Writes the counted status if it changed, and wakes the controller
/// when a pod will become available.
fn write_status(c: &mut Cluster, key: &Key, counted: Counted) {
    let Some(rs) = c.store.replicasets().get(&key.0, &key.1) else {
        return;
    };
    if counted.status == rs.status {
        return;
    }
    let mut rs = rs.clone();
    rs.status = counted.status;
    c.put(rs);
    if let Some(at) = counted.next_available {
        let delay = at.saturating_sub(c.now().0);
        c.after(delay, Wake::Work(Work::ReplicaSet(key.clone())));
    }
}
