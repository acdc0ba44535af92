//! Deployment status and conditions (after `sync.go` `calculateStatus`
//! and `progress.go`): replica counts summed over ReplicaSets, the
//! `Available` condition from minimum availability, and `Progressing` —
//! NewReplicaSetCreated / ReplicaSetUpdated while it moves,
//! NewReplicaSetAvailable when done, ProgressDeadlineExceeded after
//! `progressDeadlineSeconds` without progress.

use crate::api::meta::find_condition;
use crate::api::workload::{DeploymentStatus, REVISION_ANNOTATION};
use crate::api::{Condition, Deployment, ReplicaSet};
use crate::engine::clock::{Wake, Work};
use crate::engine::Cluster;

/// Status from the ReplicaSets (`calculateStatus`).
pub fn calculate_status(
    c: &Cluster,
    d: &Deployment,
    olds: &[ReplicaSet],
    new_rs: Option<&ReplicaSet>,
) -> DeploymentStatus {
    let all: Vec<&ReplicaSet> = olds.iter().chain(new_rs).collect();
    let sum = |f: fn(&ReplicaSet) -> i32| all.iter().map(|r| f(r)).sum::<i32>();
    let available = sum(|r| r.status.available_replicas);
    let spec_total = sum(ReplicaSet::replicas);
    let mut st = DeploymentStatus {
        available_replicas: available,
        collision_count: d.status.collision_count,
        conditions: d.status.conditions.clone(),
        observed_generation: Some(d.metadata.generation),
        ready_replicas: sum(|r| r.status.ready_replicas),
        replicas: sum(|r| r.status.replicas),
        terminating_replicas: Some(sum(|r| r.status.terminating_replicas.unwrap_or(0))),
        unavailable_replicas: (spec_total - available).max(0),
        updated_replicas: new_rs.map_or(0, |r| r.status.replicas),
    };
    let (_, max_unavailable) = d.fenceposts();
    let cond = if i64::from(available) >= i64::from(d.replicas()) - max_unavailable {
        Condition::new(
            "Available",
            "True",
            "MinimumReplicasAvailable",
            "Deployment has minimum availability.",
        )
    } else {
        Condition::new(
            "Available",
            "False",
            "MinimumReplicasUnavailable",
            "Deployment does not have minimum availability.",
        )
    };
    set_condition(c, &mut st.conditions, cond);
    st
}

/// `SetDeploymentCondition`: same status and reason ⇒ unchanged; same
/// status ⇒ keep lastTransitionTime; the condition moves to the end.
fn set_condition(c: &Cluster, conds: &mut Vec<Condition>, mut new: Condition) {
    let now = Some(c.now());
    if let Some(cur) = find_condition(conds, &new.type_) {
        if cur.status == new.status && cur.reason == new.reason {
            return;
        }
        new.last_transition_time = if cur.status == new.status {
            cur.last_transition_time
        } else {
            now
        };
    } else {
        new.last_transition_time = now;
    }
    new.last_update_time = now;
    conds.retain(|x| x.type_ != new.type_);
    conds.push(new);
}

/// `DeploymentComplete`.
pub fn is_complete(d: &Deployment, st: &DeploymentStatus) -> bool {
    let want = d.replicas();
    st.updated_replicas == want
        && st.replicas == want
        && st.available_replicas == want
        && st.observed_generation.unwrap_or(0) >= d.metadata.generation
}

fn is_progressing(d: &Deployment, st: &DeploymentStatus) -> bool {
    let old = &d.status;
    let old_old = old.replicas - old.updated_replicas;
    let new_old = st.replicas - st.updated_replicas;
    st.updated_replicas > old.updated_replicas
        || new_old < old_old
        || st.ready_replicas > old.ready_replicas
        || st.available_replicas > old.available_replicas
}

fn deadline_ms(d: &Deployment) -> Option<u64> {
    d.spec
        .progress_deadline_seconds
        .and_then(|s| u64::try_from(s).ok())
        .map(|s| s * 1000)
}

/// Status plus the Progressing condition, written if anything changed
/// (`syncRolloutStatus`); a stuck rollout is re-checked at its deadline.
pub fn sync_rollout_status(
    c: &mut Cluster,
    d: &Deployment,
    olds: &[ReplicaSet],
    new_rs: Option<&ReplicaSet>,
) {
    let mut st = calculate_status(c, d, olds, new_rs);
    let deadline = deadline_ms(d);
    if deadline.is_none() {
        st.conditions.retain(|x| x.type_ != "Progressing");
    }
    let cur = find_condition(&d.status.conditions, "Progressing").cloned();
    let complete_already = st.replicas == st.updated_replicas
        && cur
            .as_ref()
            .is_some_and(|x| x.reason == "NewReplicaSetAvailable");
    let subject = match new_rs {
        Some(rs) => format!("ReplicaSet \"{}\"", rs.metadata.name),
        None => format!("Deployment \"{}\"", d.metadata.name),
    };
    if let (Some(limit), false) = (deadline, complete_already) {
        if is_complete(d, &st) {
            let msg = format!("{subject} has successfully progressed.");
            set_condition(
                c,
                &mut st.conditions,
                Condition::new("Progressing", "True", "NewReplicaSetAvailable", &msg),
            );
        } else if is_progressing(d, &st) {
            let msg = format!("{subject} is progressing.");
            let mut cond = Condition::new("Progressing", "True", "ReplicaSetUpdated", &msg);
            let now = Some(c.now());
            cond.last_update_time = now;
            cond.last_transition_time = match &cur {
                Some(x) if x.is_true() => x.last_transition_time,
                _ => now,
            };
            st.conditions.retain(|x| x.type_ != "Progressing");
            st.conditions.push(cond);
        } else if timed_out(c, &st, limit) {
            let msg = format!("{subject} has timed out progressing.");
            set_condition(
                c,
                &mut st.conditions,
                Condition::new("Progressing", "False", "ProgressDeadlineExceeded", &msg),
            );
        }
    }
    if st != d.status {
        write_status(c, d, st.clone());
    }
    requeue_if_stuck(c, d, &st);
}

fn timed_out(c: &Cluster, st: &DeploymentStatus, limit: u64) -> bool {
    match find_condition(&st.conditions, "Progressing") {
        None => false,
        Some(x) if x.reason == "NewReplicaSetAvailable" => false,
        Some(x) if x.reason == "ProgressDeadlineExceeded" => true,
        Some(x) => x.last_update_time.is_some_and(|t| t.0 + limit < c.now().0),
    }
}

/// Keeps exactly one pending deadline check for a stuck rollout, at its
/// deadline, and none once the rollout is done (so a settled cluster has
/// no timers left).
fn requeue_if_stuck(c: &mut Cluster, d: &Deployment, st: &DeploymentStatus) {
    let key = (d.metadata.namespace.clone(), d.metadata.name.clone());
    let due = deadline_ms(d).and_then(|limit| {
        let cond = find_condition(&st.conditions, "Progressing")?;
        let moving = matches!(
            cond.reason.as_str(),
            "ReplicaSetUpdated" | "NewReplicaSetCreated" | "FoundNewReplicaSet"
        );
        let since = cond.last_update_time?;
        (moving && !is_complete(d, st))
            .then(|| (since.0 + limit + 1).saturating_sub(crate::engine::BOOT_UNIX_MS))
    });
    let pending = c.rt.deadline_timers.get(&key).copied();
    if pending.map(|(at, _)| at) == due {
        return;
    }
    if let Some(handle) = pending {
        c.timers.cancel(handle);
        c.rt.deadline_timers.remove(&key);
    }
    if let Some(at) = due {
        let handle = c
            .timers
            .at(at.max(c.t), Wake::Work(Work::Deployment(key.clone())));
        c.rt.deadline_timers.insert(key, handle);
    }
}

/// Status only, conditions untouched but `Available` (`syncDeploymentStatus`).
pub fn sync_deployment_status(
    c: &mut Cluster,
    d: &Deployment,
    olds: &[ReplicaSet],
    new_rs: Option<&ReplicaSet>,
) {
    let st = calculate_status(c, d, olds, new_rs);
    if st != d.status {
        write_status(c, d, st);
    }
}

fn write_status(c: &mut Cluster, d: &Deployment, st: DeploymentStatus) {
    let Some(mut cur) = c
        .store
        .deployments()
        .get(&d.metadata.namespace, &d.metadata.name)
        .cloned()
    else {
        return;
    };
    cur.status = st;
    c.put(cur);
}

/// Progressing=Unknown DeploymentPaused / DeploymentResumed when pause flips.
pub fn check_paused_conditions(c: &mut Cluster, d: Deployment) -> Deployment {
    if deadline_ms(&d).is_none() {
        return d;
    }
    let paused_cond = find_condition(&d.status.conditions, "Progressing")
        .is_some_and(|x| x.reason == "DeploymentPaused");
    let cond = if d.spec.paused && !paused_cond {
        Condition::new(
            "Progressing",
            "Unknown",
            "DeploymentPaused",
            "Deployment is paused",
        )
    } else if !d.spec.paused && paused_cond {
        Condition::new(
            "Progressing",
            "Unknown",
            "DeploymentResumed",
            "Deployment is resumed",
        )
    } else {
        return d;
    };
    let mut d = d;
    set_condition(c, &mut d.status.conditions, cond);
    c.put(d)
}

fn set_revision(d: &mut Deployment, revision: i64) -> bool {
    let rev = revision.to_string();
    if d.metadata.annotations.get(REVISION_ANNOTATION) == Some(&rev) {
        return false;
    }
    d.metadata
        .annotations
        .insert(REVISION_ANNOTATION.into(), rev);
    true
}

/// After finding the new RS: revision annotation, and a Progressing
/// condition if none exists yet.
pub fn set_revision_and_found(
    c: &mut Cluster,
    mut d: Deployment,
    revision: i64,
    rs_name: &str,
) -> Deployment {
    let mut changed = set_revision(&mut d, revision);
    if deadline_ms(&d).is_some() && find_condition(&d.status.conditions, "Progressing").is_none() {
        let msg = format!("Found new replica set \"{rs_name}\"");
        set_condition(
            c,
            &mut d.status.conditions,
            Condition::new("Progressing", "True", "FoundNewReplicaSet", &msg),
        );
        changed = true;
    }
    if changed {
        c.put(d)
    } else {
        d
    }
}

/// After creating the new RS: revision annotation and NewReplicaSetCreated.
pub fn set_revision_and_created(
    c: &mut Cluster,
    mut d: Deployment,
    revision: i64,
    msg: &str,
) -> Deployment {
    set_revision(&mut d, revision);
    if deadline_ms(&d).is_some() {
        set_condition(
            c,
            &mut d.status.conditions,
            Condition::new("Progressing", "True", "NewReplicaSetCreated", msg),
        );
    }
    c.put(d)
}
