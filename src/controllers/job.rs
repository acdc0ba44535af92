//! The Job controller (after `pkg/controller/job`) and the TTL-after-
//! finished controller: counts a Job's pods, asks [`plan`] what to do,
//! creates `NAME-xxxxx` pods with the job-name / controller-uid labels
//! (SuccessfulCreate), deletes pods it no longer wants
//! (SuccessfulDelete), writes status (active, ready, succeeded, failed,
//! startTime, completionTime, the SuccessCriteriaMet+Complete or
//! FailureTarget+Failed conditions) and records `Completed` or the
//! failure reason. A finished Job with `ttlSecondsAfterFinished` is
//! deleted (with its pods) when that time has passed.

pub mod plan;

use crate::api::batch::{Job, JobCondition, JobStatus};
use crate::api::{Kind, ObjectMeta, Pod, Time};
use crate::engine::clock::{Wake, Work};
use crate::engine::events::{reference, Note};
use crate::engine::limits::POD_BURST_MAX;
use crate::engine::store::Key;
use crate::engine::Cluster;

use super::pod_control::{self, controller_ref};
use plan::{Input, Plan};

const COMPONENT: &str = "job-controller";

fn note(c: &mut Cluster, job: &Job, type_: &str, reason: &str, message: String) {
    let n = Note {
        type_,
        reason,
        message,
        component: COMPONENT,
        host: "",
    };
    c.record(reference(job, ""), n);
}

fn count(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// When the last of `pods` stopped (the latest container finishedAt).
fn last_finish(pods: &[&Pod]) -> Option<u64> {
    pods.iter()
        .flat_map(|p| &p.status.container_statuses)
        .filter_map(|s| s.state.terminated.as_ref().and_then(|t| t.finished_at))
        .map(|t| t.0)
        .max()
}

pub fn sync(c: &mut Cluster, key: &Key) {
    let Some(job) = c.store.jobs().get(&key.0, &key.1).cloned() else {
        return;
    };
    if job.metadata.deletion_timestamp.is_some() {
        return;
    }
    if job.status.finished() {
        expire(c, &job);
        return;
    }
    let now = c.now();
    let pods: Vec<Pod> = c
        .store
        .pods_owned_by(&job.metadata.uid)
        .into_iter()
        .cloned()
        .collect();
    let active: Vec<&Pod> = pods.iter().filter(|p| p.is_active()).collect();
    let failed: Vec<&Pod> = pods.iter().filter(|p| p.status.phase == "Failed").collect();
    let succeeded = count(
        pods.iter()
            .filter(|p| p.status.phase == "Succeeded")
            .count(),
    );
    let spec = &job.spec;
    let suspended = spec.suspend == Some(true);
    let start = job.status.start_time.or((!suspended).then_some(now));
    let mut st = JobStatus {
        start_time: start,
        succeeded: succeeded.max(job.status.succeeded),
        failed: count(failed.len()).max(job.status.failed),
        terminating: Some(count(
            pods.iter()
                .filter(|p| p.metadata.deletion_timestamp.is_some())
                .filter(|p| !matches!(p.status.phase.as_str(), "Succeeded" | "Failed"))
                .count(),
        )),
        uncounted_terminated_pods: Some(serde_json::json!({})),
        conditions: job.status.conditions.clone(),
        ..JobStatus::default()
    };
    let input = Input {
        completions: spec.completions,
        parallelism: spec.parallelism.unwrap_or(1),
        backoff_limit: spec.backoff_limit.unwrap_or(6),
        on_failure: spec.template.spec.restart_policy == "OnFailure",
        suspended,
        running_ms: start.map_or(0, |s| now.0.saturating_sub(s.0)),
        deadline_s: spec.active_deadline_seconds,
        active: count(active.len()),
        succeeded: st.succeeded,
        failed: st.failed,
        restarts: active
            .iter()
            .flat_map(|p| &p.status.container_statuses)
            .map(|s| s.restart_count)
            .sum(),
        since_failure_ms: (!failed.is_empty())
            .then(|| now.0.saturating_sub(last_finish(&failed).unwrap_or(now.0))),
    };
    let victims: Vec<(String, String)> = active
        .iter()
        .rev()
        .map(|p| (p.metadata.namespace.clone(), p.metadata.name.clone()))
        .collect();
    let mut active_now = input.active;
    let mut ready = count(active.iter().filter(|p| p.is_ready()).count());
    match plan::plan(&input) {
        Plan::Complete => {
            delete_pods(c, &job, &victims, victims.len());
            (active_now, ready) = (0, 0);
            let message = "Reached expected number of succeeded pods";
            finish(
                &mut st,
                now,
                "SuccessCriteriaMet",
                "Complete",
                "CompletionsReached",
                message,
            );
            st.completion_time = Some(now);
            note(c, &job, "Normal", "Completed", "Job completed".into());
        }
        Plan::Fail(f) => {
            delete_pods(c, &job, &victims, victims.len());
            // The pods it stops count as failed.
            st.failed += active_now;
            (active_now, ready) = (0, 0);
            finish(
                &mut st,
                now,
                "FailureTarget",
                "Failed",
                f.reason(),
                f.message(),
            );
            note(c, &job, "Warning", f.reason(), f.message().into());
        }
        Plan::Run {
            create,
            delete,
            recheck_ms,
        } => {
            let delete = usize::try_from(delete).unwrap_or(0);
            delete_pods(c, &job, &victims, delete);
            active_now -= count(delete.min(victims.len()));
            let create = usize::try_from(create).unwrap_or(0).min(POD_BURST_MAX);
            for _ in 0..create {
                if create_pod(c, &job) {
                    active_now += 1;
                }
            }
            if let Some(ms) = recheck_ms {
                c.after_once(ms.max(1), Wake::Work(Work::Job(key.clone())));
            }
        }
    }
    st.active = active_now;
    st.ready = Some(ready);
    if st != job.status {
        if let Some(mut fresh) = c.store.jobs().get(&key.0, &key.1).cloned() {
            fresh.status = st;
            let stored = c.put(fresh);
            expire(c, &stored);
        }
    }
}

/// Adds the interim condition and the final one, both `True` at `now`.
fn finish(st: &mut JobStatus, now: Time, interim: &str, last: &str, reason: &str, message: &str) {
    for type_ in [interim, last] {
        st.conditions.push(JobCondition {
            last_probe_time: Some(now),
            last_transition_time: Some(now),
            message: message.into(),
            reason: reason.into(),
            status: "True".into(),
            type_: type_.into(),
        });
    }
}

fn delete_pods(c: &mut Cluster, job: &Job, pods: &[(String, String)], n: usize) {
    for (ns, name) in pods.iter().take(n) {
        if c.delete_pod(ns, name, None).is_ok() {
            note(
                c,
                job,
                "Normal",
                "SuccessfulDelete",
                format!("Deleted pod: {name}"),
            );
        }
    }
}

fn create_pod(c: &mut Cluster, job: &Job) -> bool {
    let t = &job.spec.template;
    let pod = Pod {
        metadata: ObjectMeta {
            generate_name: format!("{}-", job.metadata.name),
            labels: t.metadata.labels.clone(),
            annotations: t.metadata.annotations.clone(),
            owner_references: vec![controller_ref(job)],
            ..ObjectMeta::default()
        },
        spec: t.spec.clone(),
        ..Pod::default()
    };
    pod_control::create_pod(c, job, pod, COMPONENT)
}

/// The TTL-after-finished controller: deletes a finished Job (and, by
/// cascade, its pods) `ttlSecondsAfterFinished` after it finished.
fn expire(c: &mut Cluster, job: &Job) {
    let Some(ttl) = job.spec.ttl_seconds_after_finished else {
        return;
    };
    let finished = job
        .status
        .conditions
        .iter()
        .filter(|c| c.status == "True" && (c.type_ == "Complete" || c.type_ == "Failed"))
        .find_map(|c| c.last_transition_time);
    let Some(at) = finished else {
        return;
    };
    let due = at.0 + u64::try_from(ttl).unwrap_or(0) * 1000;
    let now = c.now().0;
    let key = (job.metadata.namespace.clone(), job.metadata.name.clone());
    if now >= due {
        let _ = c.delete_inner(Kind::Job, &key.0, &key.1, Default::default());
    } else {
        c.after_once(due - now, Wake::Work(Work::Job(key)));
    }
}
