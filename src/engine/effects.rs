//! What each write means beyond storing it: the UI change-log entries
//! (added/modified/deleted, pod status, node status) and the controller
//! work it queues — the engine's stand-in for watches and informers.
//! Status-only writes of a workload do not requeue it; pod changes a
//! ReplicaSet does not count do not requeue the ReplicaSet.

use super::changes::{Change, ObjRef};
use super::clock::Work;
use super::store::{Key, Store};
use crate::api::object::{Kind, Object};
use crate::api::Pod;

/// What a write means for the change log and the controllers. `old` and
/// `new` are the same kind (one compiled copy for every kind).
pub(crate) fn effects(
    store: &Store,
    old: Option<&Object>,
    new: Option<&Object>,
) -> (Vec<Work>, Vec<Change>) {
    let mut work = Vec::new();
    let mut changes = Vec::new();
    let Some(any) = new.or(old) else {
        return (work, changes);
    };
    let m = any.meta();
    let kind = any.kind();
    let r = ObjRef {
        kind,
        namespace: m.namespace.clone(),
        name: m.name.clone(),
    };
    if kind != Kind::Event {
        changes.push(match (old, new) {
            (None, _) => Change::Added(r),
            (_, None) => Change::Deleted(r),
            _ => Change::Modified(r),
        });
    }
    let key: Key = (m.namespace.clone(), m.name.clone());
    match kind {
        Kind::Pod => {
            let op = old.and_then(as_pod);
            let np = new.and_then(as_pod);
            pod_effects(store, op, np, &mut work, &mut changes);
        }
        Kind::ReplicaSet => {
            // Its own status writes need no resync; spec and ownership changes do.
            if !same_identity(old.map(|o| o.meta()), new.map(|o| o.meta())) {
                work.push(Work::ReplicaSet(key));
            }
            for o in [old, new].into_iter().flatten() {
                owner_work(store, o.meta(), "Deployment", &mut work);
            }
        }
        Kind::Deployment if !same_identity(old.map(|o| o.meta()), new.map(|o| o.meta())) => {
            work.push(Work::Deployment(key));
        }
        Kind::Service => work.push(Work::Endpoints(key)),
        Kind::Job => {
            if !same_identity(old.map(|o| o.meta()), new.map(|o| o.meta())) {
                work.push(Work::Job(key));
            }
            // A CronJob tracks its Jobs' state (active, finished, history).
            if let Some(r) = m.controller_ref().filter(|r| r.kind == "CronJob") {
                work.push(Work::CronJob((m.namespace.clone(), r.name.clone())));
            }
        }
        Kind::CronJob if !same_identity(old.map(|o| o.meta()), new.map(|o| o.meta())) => {
            work.push(Work::CronJob(key));
        }
        Kind::DaemonSet if !same_identity(old.map(|o| o.meta()), new.map(|o| o.meta())) => {
            work.push(Work::DaemonSet(key));
        }
        Kind::StatefulSet if !same_identity(old.map(|o| o.meta()), new.map(|o| o.meta())) => {
            work.push(Work::StatefulSet(key));
        }
        Kind::PersistentVolumeClaim => {
            if new.is_some() {
                work.push(Work::Claim(key));
            }
            // Pods wait for their claims to be bound.
            if store.pod_index.by_node.contains_key("") {
                work.push(Work::ScheduleRetry);
            }
        }
        Kind::PersistentVolume if old.is_none() && new.is_some() => {
            work.push(Work::Volume(m.name.clone()));
        }
        Kind::Node => {
            work.push(Work::ScheduleRetry);
            let taints = |o: Option<&Object>| match o {
                Some(Object::Node(n)) => n.spec.taints.clone(),
                _ => Vec::new(),
            };
            if let (Some(Object::Node(n)), true) = (new, taints(old) != taints(new)) {
                work.push(Work::NoExecute(n.metadata.name.clone()));
            }
            // Node labels decide where DaemonSets run.
            let labels_of = |o: Option<&Object>| o.map(|o| o.meta().labels.clone());
            if labels_of(old) != labels_of(new) {
                for d in store.daemonsets().list(None) {
                    work.push(Work::DaemonSet((
                        d.metadata.namespace.clone(),
                        d.metadata.name.clone(),
                    )));
                }
            }
            let ready = |o: &Object| match o {
                Object::Node(n) => Some(n.ready_status()),
                _ => None,
            };
            let before = old.and_then(ready);
            let after = new.and_then(ready);
            if before != after {
                if let Some(status) = after {
                    changes.push(Change::NodeStatus {
                        name: m.name.clone(),
                        status: status.to_string(),
                    });
                }
            }
        }
        _ => {}
    }
    (work, changes)
}

fn as_pod(o: &Object) -> Option<&Pod> {
    match o {
        Object::Pod(p) => Some(p),
        _ => None,
    }
}

/// True when only status (or the resourceVersion) changed between two
/// versions: same generation, labels, annotations, owners and deletion state.
fn same_identity(
    old: Option<&crate::api::ObjectMeta>,
    new: Option<&crate::api::ObjectMeta>,
) -> bool {
    match (old, new) {
        (Some(a), Some(b)) => {
            a.generation == b.generation
                && a.labels == b.labels
                && a.annotations == b.annotations
                && a.owner_references == b.owner_references
                && a.deletion_timestamp == b.deletion_timestamp
        }
        _ => false,
    }
}

/// Queues the controller that owns `meta` (or, for an orphan, every
/// owner kind in its namespace whose selector matches, for adoption).
fn owner_work(
    store: &Store,
    meta: &crate::api::ObjectMeta,
    owner_kind: &str,
    work: &mut Vec<Work>,
) {
    match meta.controller_ref() {
        Some(r) if r.kind == owner_kind => {
            let key = (meta.namespace.clone(), r.name.clone());
            work.push(if owner_kind == "Deployment" {
                Work::Deployment(key)
            } else {
                Work::ReplicaSet(key)
            });
        }
        Some(_) => {}
        None => {
            if owner_kind == "Deployment" {
                for d in store.deployments().list(Some(&meta.namespace)) {
                    if d.spec
                        .selector
                        .as_ref()
                        .is_some_and(|s| s.matches(&meta.labels))
                    {
                        work.push(Work::Deployment((
                            d.metadata.namespace.clone(),
                            d.metadata.name.clone(),
                        )));
                    }
                }
            } else {
                for rs in store.replicasets().list(Some(&meta.namespace)) {
                    if rs
                        .spec
                        .selector
                        .as_ref()
                        .is_some_and(|s| s.matches(&meta.labels))
                    {
                        work.push(Work::ReplicaSet((
                            rs.metadata.namespace.clone(),
                            rs.metadata.name.clone(),
                        )));
                    }
                }
            }
        }
    }
}

/// What a ReplicaSet counts about a pod; other changes (binding, IPs,
/// container details) need no ReplicaSet sync.
fn rs_view(p: &Pod) -> impl PartialEq + '_ {
    (
        &p.metadata.labels,
        &p.metadata.owner_references,
        p.metadata.deletion_timestamp,
        p.status.phase.as_str(),
        p.ready_since(),
    )
}

/// What an Endpoints address shows about a pod.
fn endpoint_view(p: &Pod) -> impl PartialEq + '_ {
    (
        &p.metadata.labels,
        p.metadata.deletion_timestamp,
        p.status.pod_ip.as_str(),
        p.spec.node_name.as_str(),
        p.is_ready(),
        p.spec
            .containers
            .iter()
            .map(|c| &c.ports)
            .collect::<Vec<_>>(),
    )
}

fn pod_effects(
    store: &Store,
    old: Option<&Pod>,
    new: Option<&Pod>,
    work: &mut Vec<Work>,
    changes: &mut Vec<Change>,
) {
    let rs_cares = match (old, new) {
        (Some(a), Some(b)) => rs_view(a) != rs_view(b),
        _ => true,
    };
    let endpoints_care = match (old, new) {
        (Some(a), Some(b)) => endpoint_view(a) != endpoint_view(b),
        _ => true,
    };
    for p in [old, new].into_iter().flatten() {
        // A Job counts phases, readiness and restarts; a StatefulSet waits
        // for each pod to be Running and Ready: any change matters.
        match p.metadata.controller_ref() {
            Some(r) if r.kind == "Job" => {
                work.push(Work::Job((p.metadata.namespace.clone(), r.name.clone())))
            }
            Some(r) if r.kind == "StatefulSet" => work.push(Work::StatefulSet((
                p.metadata.namespace.clone(),
                r.name.clone(),
            ))),
            _ => {}
        }
        if rs_cares {
            owner_work(store, &p.metadata, "ReplicaSet", work);
            if let Some(r) = p
                .metadata
                .controller_ref()
                .filter(|r| r.kind == "DaemonSet")
            {
                work.push(Work::DaemonSet((
                    p.metadata.namespace.clone(),
                    r.name.clone(),
                )));
            }
        }
        if !endpoints_care {
            continue;
        }
        for s in store.services().list(Some(&p.metadata.namespace)) {
            if s.spec.selector.as_ref().is_some_and(|sel| {
                !sel.is_empty() && crate::api::Selector::from_map(sel).matches(&p.metadata.labels)
            }) {
                work.push(Work::Endpoints((
                    s.metadata.namespace.clone(),
                    s.metadata.name.clone(),
                )));
            }
        }
    }
    // A terminating claim waits for the pods that mount it to go.
    if let (Some(p), None) = (old, new) {
        for claim in p.spec.volumes.iter().filter_map(super::volumes::claim_name) {
            work.push(Work::Claim((
                p.metadata.namespace.clone(),
                claim.to_string(),
            )));
        }
    }
    match new {
        Some(p) if p.spec.node_name.is_empty() && p.is_active() => work.push(Work::Schedule),
        None if store.pod_index.by_node.contains_key("") => work.push(Work::ScheduleRetry),
        _ => {}
    }
    let view = |p: &Pod| (p.display_status(), p.is_ready(), p.spec.node_name.clone());
    let before = old.map(view);
    let after = new.map(view);
    if before != after {
        if let (Some(p), Some((status, ready, node))) = (new, after) {
            changes.push(Change::PodStatus {
                namespace: p.metadata.namespace.clone(),
                name: p.metadata.name.clone(),
                status,
                ready,
                node,
            });
        }
    }
}
