//! Recreate (after `recreate.go`): scale every old ReplicaSet to 0, wait
//! until none of their pods is left, then create/scale the new one.

use super::{get_all, progress, scale_rs, scaling};
use crate::api::{Deployment, ReplicaSet};
use crate::engine::Cluster;

pub fn rollout(c: &mut Cluster, d: Deployment, list: Vec<ReplicaSet>) {
    let (d, new_rs, mut olds) = get_all(c, d, list.clone(), false);
    let mut scaled_down = false;
    for rs in olds.iter_mut().filter(|r| r.replicas() > 0) {
        scaled_down |= scale_rs(c, &d, rs, 0);
    }
    if scaled_down {
        progress::sync_rollout_status(c, &d, &olds, new_rs.as_ref());
        return;
    }
    if old_pods_running(c, &olds) {
        progress::sync_rollout_status(c, &d, &olds, new_rs.as_ref());
        return;
    }
    let (d, new_rs, olds) = if new_rs.is_none() {
        get_all(c, d, list, true)
    } else {
        (d, new_rs, olds)
    };
    let Some(mut new_rs) = new_rs else {
        return;
    };
    scale_rs(c, &d, &mut new_rs, d.replicas());
    let status = progress::calculate_status(c, &d, &olds, Some(&new_rs));
    if progress::is_complete(&d, &status) {
        scaling::cleanup(c, &d, &olds);
    }
    progress::sync_rollout_status(c, &d, &olds, Some(&new_rs));
}

/// True while any pod of an old ReplicaSet exists and has not finished
/// (terminating pods count: Recreate waits for them to go).
fn old_pods_running(c: &Cluster, olds: &[ReplicaSet]) -> bool {
    olds.iter().any(|rs| {
        rs.status.replicas > 0
            || c.store
                .pods_owned_by(&rs.metadata.uid)
                .iter()
                .any(|p| p.status.phase != "Failed" && p.status.phase != "Succeeded")
    })
}
