//! RollingUpdate (after `rolling.go`): scale the new ReplicaSet up within
//! maxSurge, then old ones down within maxUnavailable, one step per sync.
//!
//! Worked example, 4 replicas, 25%/25%: maxSurge = ceil(1.0) = 1,
//! maxUnavailable = floor(1.0) = 1, so at most 5 pods exist and at least
//! 3 are available. Step 1: new RS 0→1 (5 pods). Step 2: old may drop to
//! 5 − 3 − (new unavailable 1) = 1 below 5 → old 4→3. As new pods turn
//! available, the two alternate until new = 4, old = 0.
//!
//! The arithmetic is [`plan`]'s; this file applies it.

use super::{get_all, plan, progress, scale_rs, scaling};
use crate::api::{Deployment, ReplicaSet};
use crate::engine::Cluster;

pub fn rollout(c: &mut Cluster, d: Deployment, list: Vec<ReplicaSet>) {
    let (d, new_rs, mut olds) = get_all(c, d, list, true);
    let Some(mut new_rs) = new_rs else {
        return;
    };
    let mut all: Vec<ReplicaSet> = olds.clone();
    all.push(new_rs.clone());
    if reconcile_new(c, &d, &all, &mut new_rs) {
        progress::sync_rollout_status(c, &d, &olds, Some(&new_rs));
        return;
    }
    if reconcile_old(c, &d, &mut olds, &new_rs) {
        progress::sync_rollout_status(c, &d, &olds, Some(&new_rs));
        return;
    }
    let status = progress::calculate_status(c, &d, &olds, Some(&new_rs));
    if progress::is_complete(&d, &status) {
        scaling::cleanup(c, &d, &olds);
    }
    progress::sync_rollout_status(c, &d, &olds, Some(&new_rs));
}

/// Size the new RS may grow to now (`NewRSNewReplicas`).
pub fn new_rs_new_replicas(d: &Deployment, all: &[ReplicaSet], new_rs: &ReplicaSet) -> i32 {
    if d.spec.strategy.type_ == "Recreate" {
        return d.replicas();
    }
    let (surge, _) = d.fenceposts();
    plan::new_rs_new_replicas(d.replicas(), surge, total(all), new_rs.replicas())
}

fn total(all: &[ReplicaSet]) -> i64 {
    all.iter().map(|r| i64::from(r.replicas())).sum()
}

fn reconcile_new(
    c: &mut Cluster,
    d: &Deployment,
    all: &[ReplicaSet],
    new_rs: &mut ReplicaSet,
) -> bool {
    let (surge, _) = d.fenceposts();
    match plan::reconcile_new(d.replicas(), surge, total(all), new_rs.replicas()) {
        Some(size) => scale_rs(c, d, new_rs, size),
        None => false,
    }
}

/// Applies [`plan::reconcile_old`]; true when anything was scaled down.
fn reconcile_old(
    c: &mut Cluster,
    d: &Deployment,
    olds: &mut [ReplicaSet],
    new_rs: &ReplicaSet,
) -> bool {
    // Oldest first (already so from `get_all`; the plan relies on it).
    crate::sorting::sort_by(olds, |a, b| {
        (a.metadata.creation_timestamp, &a.metadata.name)
            .cmp(&(b.metadata.creation_timestamp, &b.metadata.name))
    });
    let (_, max_unavailable) = d.fenceposts();
    let views: Vec<plan::Rs> = olds.iter().map(plan::Rs::of).collect();
    let steps = plan::reconcile_old(d.replicas(), max_unavailable, &views, &plan::Rs::of(new_rs));
    super::apply(c, d, None, olds, &steps);
    !steps.is_empty()
}
