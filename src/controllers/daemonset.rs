//! The DaemonSet controller (after `pkg/controller/daemon`), reduced to
//! what a playground shows: one pod per node whose labels match the
//! template's `nodeSelector`, created bound to its node (the real
//! controller pins it with node affinity; the effect is the same), pods
//! on nodes that no longer qualify deleted, and the status counts that
//! `kubectl get ds` prints. Template updates are not rolled out: every
//! pod counts as up to date.

use crate::api::daemonset::{DaemonSet, DaemonSetStatus};
use crate::api::{ObjectMeta, Pod};
use crate::engine::limits::POD_BURST_MAX;
use crate::engine::store::Key;
use crate::engine::Cluster;

use super::pod_control::{self, controller_ref};

pub fn sync(c: &mut Cluster, key: &Key) {
    let Some(ds) = c.store.daemonsets().get(&key.0, &key.1).cloned() else {
        return;
    };
    let wanted = nodes_for(c, &ds);
    let (covered, stray): (Vec<String>, Vec<(String, String)>) = {
        let owned: Vec<&Pod> = c
            .store
            .pods_owned_by(&ds.metadata.uid)
            .into_iter()
            .filter(|p| p.is_active())
            .collect();
        let covered = owned.iter().map(|p| p.spec.node_name.clone()).collect();
        let stray = owned
            .iter()
            .filter(|p| !wanted.contains(&p.spec.node_name))
            .map(|p| (p.metadata.namespace.clone(), p.metadata.name.clone()))
            .collect();
        (covered, stray)
    };
    if ds.metadata.deletion_timestamp.is_none() {
        let missing: Vec<&String> = wanted.iter().filter(|n| !covered.contains(n)).collect();
        for node in missing.into_iter().take(POD_BURST_MAX) {
            create_pod(c, &ds, node);
        }
        for (ns, name) in stray {
            let _ = c.delete_pod(&ns, &name, None);
        }
    }
    write_status(c, &ds, &wanted);
}

/// The nodes a DaemonSet should run on: all whose labels satisfy the
/// template's `nodeSelector`.
fn nodes_for(c: &Cluster, ds: &DaemonSet) -> Vec<String> {
    let selector = &ds.spec.template.spec.node_selector;
    c.store
        .nodes()
        .list(None)
        .filter(|n| n.metadata.deletion_timestamp.is_none())
        .filter(|n| {
            selector
                .iter()
                .all(|(k, v)| n.metadata.labels.get(k) == Some(v))
        })
        .map(|n| n.metadata.name.clone())
        .collect()
}

fn create_pod(c: &mut Cluster, ds: &DaemonSet, node: &str) {
    let t = &ds.spec.template;
    let mut labels = t.metadata.labels.clone();
    labels.insert(
        "pod-template-generation".into(),
        ds.metadata.generation.to_string(),
    );
    let mut spec = t.spec.clone();
    spec.node_name = node.to_string();
    let pod = Pod {
        metadata: ObjectMeta {
            generate_name: format!("{}-", ds.metadata.name),
            labels,
            annotations: t.metadata.annotations.clone(),
            owner_references: vec![controller_ref(ds)],
            ..ObjectMeta::default()
        },
        spec,
        ..Pod::default()
    };
    pod_control::create_pod(c, ds, pod, "daemonset-controller");
}

fn write_status(c: &mut Cluster, ds: &DaemonSet, wanted: &[String]) {
    let now = c.now();
    let min_ready = i64::from(ds.spec.min_ready_seconds.unwrap_or(0));
    let mut st = DaemonSetStatus {
        desired_number_scheduled: count(wanted.len()),
        observed_generation: i32::try_from(ds.metadata.generation).unwrap_or(i32::MAX),
        ..DaemonSetStatus::default()
    };
    for p in c.store.pods_owned_by(&ds.metadata.uid) {
        if !p.is_active() {
            continue;
        }
        if !wanted.contains(&p.spec.node_name) {
            st.number_misscheduled += 1;
            continue;
        }
        st.current_number_scheduled += 1;
        st.updated_number_scheduled += 1;
        if p.is_ready() {
            st.number_ready += 1;
        }
        if p.is_available(min_ready, now) {
            st.number_available += 1;
        }
    }
    st.number_unavailable = (st.desired_number_scheduled - st.number_available).max(0);
    if st != ds.status {
        if let Some(mut fresh) = c
            .store
            .daemonsets()
            .get(&ds.metadata.namespace, &ds.metadata.name)
            .cloned()
        {
            fresh.status = st;
            c.put(fresh);
        }
    }
}

fn count(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}
