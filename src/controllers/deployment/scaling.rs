//! Scaling without a rollout (after `sync.go`): when only `replicas`
//! changed, or the Deployment is paused, resize the ReplicaSets —
//! proportionally across old and new during a rollout — and clean up
//! old ReplicaSets beyond `revisionHistoryLimit`.
//!
//! Worked example of proportional scaling: a stuck rollout of 10 replicas
//! (maxSurge 3) has old = 8 and new = 5 (13 pods). Scaling to 15
//! (maxSurge 4) allows 19, so 6 are added: old gets round(8·19/13) − 8 = 4,
//! new gets round(5·19/13) − 5 = 2.

use super::{get_all, progress, scale_rs};
use crate::api::workload::{DESIRED_REPLICAS_ANNOTATION, MAX_REPLICAS_ANNOTATION};
use crate::api::{Deployment, ReplicaSet};
use crate::engine::Cluster;

/// True when an active ReplicaSet was last scaled for another replica count.
pub fn is_scaling_event(c: &mut Cluster, d: &Deployment, list: &[ReplicaSet]) -> bool {
    let _ = c;
    let want = d.replicas().to_string();
    let new_exists = list
        .iter()
        .any(|rs| super::same_template(&rs.spec.template, &d.spec.template));
    if !new_exists {
        return false;
    }
    list.iter().filter(|rs| rs.replicas() > 0).any(|rs| {
        rs.metadata
            .annotations
            .get(DESIRED_REPLICAS_ANNOTATION)
            .is_some_and(|v| *v != want)
    })
}

pub fn sync(c: &mut Cluster, d: Deployment, list: Vec<ReplicaSet>) {
    let (d, mut new_rs, mut olds) = get_all(c, d, list, false);
    scale(c, &d, new_rs.as_mut(), &mut olds);
    if d.spec.paused {
        cleanup(c, &d, &olds);
    }
    progress::sync_deployment_status(c, &d, &olds, new_rs.as_ref());
}

fn scale(
    c: &mut Cluster,
    d: &Deployment,
    new_rs: Option<&mut ReplicaSet>,
    olds: &mut [ReplicaSet],
) {
    let want = d.replicas();
    let active_old = olds.iter().filter(|r| r.replicas() > 0).count();
    let new_active = new_rs.as_ref().is_some_and(|r| r.replicas() > 0);
    // Only one active (or none): it takes the full count.
    if active_old + usize::from(new_active) <= 1 {
        if new_active || (active_old == 0 && new_rs.is_some()) {
            if let Some(rs) = new_rs {
                scale_rs(c, d, rs, want);
            }
            return;
        }
        let target = if active_old == 1 {
            olds.iter_mut().find(|r| r.replicas() > 0)
        } else {
            olds.iter_mut()
                .max_by_key(|r| (r.metadata.creation_timestamp, r.metadata.name.clone()))
        };
        if let Some(rs) = target {
            scale_rs(c, d, rs, want);
        }
        return;
    }
    let saturated = new_rs.as_ref().is_some_and(|r| {
        r.replicas() == want
            && r.metadata.annotation(DESIRED_REPLICAS_ANNOTATION) == want.to_string()
            && r.status.available_replicas == want
    });
    if saturated {
        for rs in olds.iter_mut().filter(|r| r.replicas() > 0) {
            scale_rs(c, d, rs, 0);
        }
        return;
    }
    if d.spec.strategy.type_ == "Recreate" {
        return;
    }
    proportional(c, d, new_rs, olds);
}

fn proportional(
    c: &mut Cluster,
    d: &Deployment,
    new_rs: Option<&mut ReplicaSet>,
    olds: &mut [ReplicaSet],
) {
    let (surge, _) = d.fenceposts();
    let mut all: Vec<&mut ReplicaSet> = olds.iter_mut().filter(|r| r.replicas() > 0).collect();
    if let Some(n) = new_rs.filter(|r| r.replicas() > 0) {
        all.push(n);
    }
    let current: i64 = all.iter().map(|r| i64::from(r.replicas())).sum();
    let allowed = if d.replicas() > 0 {
        i64::from(d.replicas()) + surge
    } else {
        0
    };
    let to_add = allowed - current;
    // Larger first; ties: newer first when growing, older first when shrinking.
    crate::sorting::sort_by(&mut all, |a, b| {
        let age = (a.metadata.creation_timestamp, &a.metadata.name)
            .cmp(&(b.metadata.creation_timestamp, &b.metadata.name));
        b.replicas()
            .cmp(&a.replicas())
            .then(if to_add > 0 { age.reverse() } else { age })
    });
    let mut added = 0i64;
    let mut sizes: Vec<i64> = Vec::with_capacity(all.len());
    for rs in &all {
        let p = if to_add != 0 {
            proportion(d, rs, to_add, added, surge)
        } else {
            0
        };
        sizes.push(i64::from(rs.replicas()) + p);
        added += p;
    }
    if let Some(first) = sizes.first_mut() {
        if to_add != 0 {
            *first = (*first + to_add - added).max(0);
        }
    }
    for (rs, size) in all.into_iter().zip(sizes) {
        scale_rs(c, d, rs, i32::try_from(size).unwrap_or(0));
    }
}

/// `GetProportion`: this RS's share of `to_add`, bounded by what is left.
fn proportion(d: &Deployment, rs: &ReplicaSet, to_add: i64, added: i64, surge: i64) -> i64 {
    if rs.replicas() == 0 || to_add == added {
        return 0;
    }
    let fraction = if d.replicas() == 0 {
        -i64::from(rs.replicas())
    } else {
        let target = i64::from(d.replicas()) + surge;
        let annotated = rs
            .metadata
            .annotation(MAX_REPLICAS_ANNOTATION)
            .parse::<i64>()
            .unwrap_or(i64::from(d.status.replicas));
        if annotated <= 0 {
            0
        } else {
            // round(rs * target / annotated), half away from zero.
            let num = i64::from(rs.replicas()) * target;
            (2 * num + annotated) / (2 * annotated) - i64::from(rs.replicas())
        }
    };
    let allowed = to_add - added;
    if to_add > 0 {
        fraction.min(allowed)
    } else {
        fraction.max(allowed)
    }
}

/// Deletes the oldest fully scaled-down old ReplicaSets beyond
/// `revisionHistoryLimit` (`cleanupDeployment`).
pub fn cleanup(c: &mut Cluster, d: &Deployment, olds: &[ReplicaSet]) {
    let Some(limit) = d.spec.revision_history_limit else {
        return;
    };
    let mut dead: Vec<&ReplicaSet> = olds
        .iter()
        .filter(|r| {
            r.replicas() == 0
                && r.status.replicas == 0
                && r.metadata.deletion_timestamp.is_none()
                && r.status.observed_generation.unwrap_or(0) >= r.metadata.generation
        })
        .collect();
    let extra = dead
        .len()
        .saturating_sub(usize::try_from(limit).unwrap_or(0));
    if extra == 0 {
        return;
    }
    crate::sorting::sort_by_key(&mut dead, |r| (r.revision(), r.metadata.creation_timestamp));
    let victims: Vec<(String, String)> = dead
        .into_iter()
        .take(extra)
        .map(|r| (r.metadata.namespace.clone(), r.metadata.name.clone()))
        .collect();
    for (ns, name) in victims {
        let _ = c.delete_inner(crate::api::Kind::ReplicaSet, &ns, &name, Default::default());
    }
}
