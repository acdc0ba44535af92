//! The CronJob controller (after `pkg/controller/cronjob`'s v2 sync):
//! keeps `status.active` to the unfinished Jobs it owns (`SawCompletedJob`
//! when one finishes), starts a Job named `NAME-<scheduled minute since
//! the epoch>` for the most recent scheduled time not yet run (at most
//! `startingDeadlineSeconds` late), honours `suspend` and the concurrency
//! policy (Allow; Forbid skips while one runs, `JobAlreadyActive`;
//! Replace deletes the running ones), deletes finished Jobs beyond the
//! history limits, and sets a timer for the next scheduled minute
//! (plus 100 ms, as the real controller requeues).

use crate::api::batch::{CronJob, Job, ObjectReference};
use crate::api::cron::{zone_offset, Schedule};
use crate::api::{Kind, ObjectMeta, Resource, Time};
use crate::engine::clock::{Wake, Work};
use crate::engine::events::{reference, Note};
use crate::engine::store::Key;
use crate::engine::Cluster;

use super::pod_control::controller_ref;

const COMPONENT: &str = "cronjob-controller";
/// Missed start times looked at in one sync (the real controller warns
/// past 100).
const MISSED_TIMES_MAX: usize = 1_000;

fn note(c: &mut Cluster, cj: &CronJob, type_: &str, reason: &str, message: String) {
    let n = Note {
        type_,
        reason,
        message,
        component: COMPONENT,
        host: "",
    };
    c.record(reference(cj, ""), n);
}

fn job_ref(job: &Job) -> ObjectReference {
    ObjectReference {
        api_version: Job::KIND.api_version().into(),
        kind: "Job".into(),
        name: job.metadata.name.clone(),
        namespace: job.metadata.namespace.clone(),
        resource_version: job.metadata.resource_version.clone(),
        uid: job.metadata.uid.clone(),
    }
}

/// The finished condition of a Job (`Complete` or `Failed`), if any.
fn finished_as(job: &Job) -> Option<&'static str> {
    ["Complete", "Failed"]
        .into_iter()
        .find(|t| job.status.has(t))
}

/// `2026-01-12T09:05:00Z`, or with the zone's offset (`+09:00`).
fn zoned_rfc3339(t: Time, offset_min: i64) -> String {
    if offset_min == 0 {
        return t.rfc3339();
    }
    let local = Time((t.0 as i64 + offset_min * 60_000).max(0) as u64).rfc3339();
    let sign = if offset_min < 0 { '-' } else { '+' };
    let m = offset_min.abs();
    format!(
        "{}{sign}{:02}:{:02}",
        local.trim_end_matches('Z'),
        m / 60,
        m % 60
    )
}

pub fn sync(c: &mut Cluster, key: &Key) {
    let Some(cj) = c.store.cronjobs().get(&key.0, &key.1).cloned() else {
        return;
    };
    if cj.metadata.deletion_timestamp.is_some() {
        return;
    }
    let now = c.now();
    let jobs: Vec<Job> = c
        .store
        .jobs()
        .list(Some(&key.0))
        .filter(|j| {
            j.metadata
                .controller_ref()
                .is_some_and(|r| r.uid == cj.metadata.uid)
        })
        .cloned()
        .collect();
    let mut st = cj.status.clone();
    let mut active = Vec::new();
    for job in &jobs {
        let was_active = cj.status.active.iter().find(|r| r.uid == job.metadata.uid);
        match finished_as(job) {
            None => active.push(was_active.cloned().unwrap_or_else(|| job_ref(job))),
            Some(cond) if was_active.is_some() => {
                let msg = format!(
                    "Saw completed job: {}, condition: {cond}",
                    job.metadata.name
                );
                note(c, &cj, "Normal", "SawCompletedJob", msg);
                if cond == "Complete" {
                    st.last_successful_time = job.status.completion_time.or(Some(now));
                }
            }
            Some(_) => {}
        }
    }
    st.active = active;
    if cj.spec.suspend != Some(true) {
        schedule(c, &cj, key, &mut st, now);
    }
    cleanup(c, &cj, &jobs);
    if st != cj.status {
        if let Some(mut fresh) = c.store.cronjobs().get(&key.0, &key.1).cloned() {
            fresh.status = st;
            c.put(fresh);
        }
    }
}

/// Starts the Job of the most recent missed time and sets the next wake-up.
fn schedule(
    c: &mut Cluster,
    cj: &CronJob,
    key: &Key,
    st: &mut crate::api::batch::CronJobStatus,
    now: Time,
) {
    let Ok(sched) = Schedule::parse(&cj.spec.schedule) else {
        return;
    };
    let offset = cj
        .spec
        .time_zone
        .as_deref()
        .map_or(Some(0), zone_offset)
        .unwrap_or(0);
    let created = cj.metadata.creation_timestamp.unwrap_or(now);
    let mut earliest = st.last_schedule_time.unwrap_or(created);
    if let Some(d) = cj.spec.starting_deadline_seconds {
        let bound = now.0.saturating_sub(u64::try_from(d).unwrap_or(0) * 1000);
        earliest = earliest.max(Time(bound));
    }
    let mut due = None;
    let mut t = earliest;
    for _ in 0..MISSED_TIMES_MAX {
        match sched.next_after(t, offset) {
            Some(n) if n <= now => {
                due = Some(n);
                t = n;
            }
            _ => break,
        }
    }
    if let Some(next) = sched.next_after(now, offset) {
        let wait = next.0 - now.0 + 100;
        c.after_once(wait, Wake::Work(Work::CronJob(key.clone())));
    }
    let Some(at) = due else {
        return;
    };
    match cj.spec.concurrency_policy.as_str() {
        "Forbid" if !st.active.is_empty() => {
            let msg = "Not starting job because prior execution is running and concurrency policy is Forbid";
            note(c, cj, "Normal", "JobAlreadyActive", msg.into());
            return;
        }
        "Replace" => {
            for r in std::mem::take(&mut st.active) {
                delete_job(c, cj, &r.name);
            }
        }
        _ => {}
    }
    let name = format!("{}-{}", cj.metadata.name, at.0 / 60_000);
    if c.store.jobs().get(&key.0, &name).is_none() {
        let t = &cj.spec.job_template;
        let mut annotations = t.metadata.annotations.clone();
        annotations.insert(
            "batch.kubernetes.io/cronjob-scheduled-timestamp".into(),
            zoned_rfc3339(at, offset),
        );
        let job = Job {
            metadata: ObjectMeta {
                name: name.clone(),
                labels: t.metadata.labels.clone(),
                annotations,
                owner_references: vec![controller_ref(cj)],
                ..ObjectMeta::default()
            },
            spec: t.spec.clone(),
            ..Job::default()
        };
        match c.create_inner(&key.0, job) {
            Ok(job) => {
                note(
                    c,
                    cj,
                    "Normal",
                    "SuccessfulCreate",
                    format!("Created job {name}"),
                );
                st.active.push(job_ref(&job));
            }
            Err(e) => note(
                c,
                cj,
                "Warning",
                "FailedCreate",
                format!("Error creating job: {e}"),
            ),
        }
    }
    st.last_schedule_time = Some(at);
}

fn delete_job(c: &mut Cluster, cj: &CronJob, name: &str) {
    let ns = cj.metadata.namespace.clone();
    if c.delete_inner(Kind::Job, &ns, name, Default::default())
        .is_ok()
    {
        note(
            c,
            cj,
            "Normal",
            "SuccessfulDelete",
            format!("Deleted job {name}"),
        );
    }
}

/// Deletes the oldest finished Jobs beyond the history limits.
fn cleanup(c: &mut Cluster, cj: &CronJob, jobs: &[Job]) {
    for (cond, limit) in [
        ("Complete", cj.spec.successful_jobs_history_limit),
        ("Failed", cj.spec.failed_jobs_history_limit),
    ] {
        let Some(limit) = limit else { continue };
        let mut done: Vec<&Job> = jobs
            .iter()
            .filter(|j| finished_as(j) == Some(cond))
            .collect();
        crate::sorting::sort_by_key(&mut done, |j| {
            (j.status.start_time, j.metadata.creation_timestamp)
        });
        let extra = done
            .len()
            .saturating_sub(usize::try_from(limit).unwrap_or(0));
        for job in done.into_iter().take(extra) {
            delete_job(c, cj, &job.metadata.name);
        }
    }
}
