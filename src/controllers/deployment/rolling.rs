//! RollingUpdate (after `rolling.go`): scale the new ReplicaSet up within
//! maxSurge, then old ones down within maxUnavailable, one step per sync.
//!
//! Worked example, 4 replicas, 25%/25%: maxSurge = ceil(1.0) = 1,
//! maxUnavailable = floor(1.0) = 1, so at most 5 pods exist and at least
//! 3 are available. Step 1: new RS 0→1 (5 pods). Step 2: old may drop to
//! 5 − 3 − (new unavailable 1) = 1 below 5 → old 4→3. As new pods turn
//! available, the two alternate until new = 4, old = 0.

use super::{get_all, progress, scale_rs, scaling};
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
    let current: i64 = all.iter().map(|r| i64::from(r.replicas())).sum();
    let max_total = i64::from(d.replicas()) + surge;
    if current >= max_total {
        return new_rs.replicas();
    }
    let up = (max_total - current).min(i64::from(d.replicas() - new_rs.replicas()));
    new_rs.replicas() + i32::try_from(up).unwrap_or(0)
}

fn reconcile_new(
    c: &mut Cluster,
    d: &Deployment,
    all: &[ReplicaSet],
    new_rs: &mut ReplicaSet,
) -> bool {
    if new_rs.replicas() == d.replicas() {
        return false;
    }
    if new_rs.replicas() > d.replicas() {
        return scale_rs(c, d, new_rs, d.replicas());
    }
    let size = new_rs_new_replicas(d, all, new_rs);
    scale_rs(c, d, new_rs, size)
}

fn reconcile_old(
    c: &mut Cluster,
    d: &Deployment,
    olds: &mut [ReplicaSet],
    new_rs: &ReplicaSet,
) -> bool {
    let old_pods: i64 = olds.iter().map(|r| i64::from(r.replicas())).sum();
    if old_pods == 0 {
        return false;
    }
    let all_pods = old_pods + i64::from(new_rs.replicas());
    let (_, max_unavailable) = d.fenceposts();
    let min_available = i64::from(d.replicas()) - max_unavailable;
    let new_unavailable = i64::from(new_rs.replicas() - new_rs.status.available_replicas);
    let max_scaled_down = all_pods - min_available - new_unavailable;
    if max_scaled_down <= 0 {
        return false;
    }
    crate::sorting::sort_by(olds, |a, b| {
        (a.metadata.creation_timestamp, &a.metadata.name)
            .cmp(&(b.metadata.creation_timestamp, &b.metadata.name))
    });
    let cleaned = cleanup_unhealthy(c, d, olds, max_scaled_down);
    let mut all: Vec<&ReplicaSet> = olds.iter().collect();
    all.push(new_rs);
    let available: i64 = all
        .iter()
        .map(|r| i64::from(r.status.available_replicas))
        .sum();
    let scaled = scale_down_old(c, d, olds, available, min_available);
    cleaned + scaled > 0
}

/// Scales down old pods that are not available first, up to `max`.
fn cleanup_unhealthy(c: &mut Cluster, d: &Deployment, olds: &mut [ReplicaSet], max: i64) -> i64 {
    let mut total = 0i64;
    for rs in olds.iter_mut() {
        if total >= max {
            break;
        }
        if rs.replicas() == 0 {
            continue;
        }
        let unhealthy = i64::from(rs.replicas() - rs.status.available_replicas);
        if unhealthy <= 0 {
            continue;
        }
        let n = (max - total).min(unhealthy);
        let size = rs.replicas() - i32::try_from(n).unwrap_or(0);
        scale_rs(c, d, rs, size);
        total += n;
    }
    total
}

/// Scales old RSs down while availability stays above the minimum.
fn scale_down_old(
    c: &mut Cluster,
    d: &Deployment,
    olds: &mut [ReplicaSet],
    available: i64,
    min_available: i64,
) -> i64 {
    if available <= min_available {
        return 0;
    }
    let budget = available - min_available;
    let mut total = 0i64;
    for rs in olds.iter_mut() {
        if total >= budget {
            break;
        }
        if rs.replicas() == 0 {
            continue;
        }
        let n = i64::from(rs.replicas()).min(budget - total);
        let size = rs.replicas() - i32::try_from(n).unwrap_or(0);
        scale_rs(c, d, rs, size);
        total += n;
    }
    total
}
