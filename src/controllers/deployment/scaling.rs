//! Scaling without a rollout (after `sync.go`): when only `replicas`
//! changed, or the Deployment is paused, resize the ReplicaSets —
//! proportionally across old and new during a rollout — and clean up
//! old ReplicaSets beyond `revisionHistoryLimit`.
//!
//! Worked example of proportional scaling: a stuck rollout of 10 replicas
//! (maxSurge 3) has old = 8 and new = 5 (13 pods). Scaling to 15
//! (maxSurge 4) allows 19, so 6 are added: old gets round(8·19/13) − 8 = 4,
//! new gets round(5·19/13) − 5 = 2.
//!
//! The arithmetic is [`plan::scale`]'s; this file applies it.

use super::{get_all, plan, progress};
use crate::api::workload::DESIRED_REPLICAS_ANNOTATION;
use crate::api::{Deployment, ReplicaSet};
use crate::engine::Cluster;

/// True when an active ReplicaSet was last scaled for another replica count.
pub fn is_scaling_event(d: &Deployment, list: &[ReplicaSet]) -> bool {
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

/// Applies [`plan::scale`].
fn scale(
    c: &mut Cluster,
    d: &Deployment,
    new_rs: Option<&mut ReplicaSet>,
    olds: &mut [ReplicaSet],
) {
    let (surge, _) = d.fenceposts();
    let new_view = new_rs.as_deref().map(plan::Rs::of);
    let views: Vec<plan::Rs> = olds.iter().map(plan::Rs::of).collect();
    let steps = plan::scale(
        d.replicas(),
        d.spec.strategy.type_ == "Recreate",
        surge,
        d.status.replicas,
        new_view.as_ref(),
        &views,
    );
    super::apply(c, d, new_rs, olds, &steps);
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
