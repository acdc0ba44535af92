//! `kubectl describe job` and `describe cronjob`, in the order of
//! kubectl's `describeJob` and `describeCronJob`: spec knobs, start and
//! completion times, pod counts, the pod template, then events.

use serde_json::Value;

use super::common::{annotations, controller, labels, pod_template, time_field};
use crate::kubectl::printers::age::{human_duration, parse_rfc3339};
use crate::kubectl::printers::describe::{DescribeWriter, LEVEL_0};
use crate::kubectl::printers::fields::{at, bool_cell, format_selector, int, list, map, text};

fn head(w: &mut DescribeWriter, obj: &Value) {
    for (title, field) in [("Name", "name"), ("Namespace", "namespace")] {
        w.write(
            LEVEL_0,
            &format!("{title}:\t{}\n", text(obj, &["metadata", field])),
        );
    }
}

fn meta(w: &mut DescribeWriter, obj: &Value) {
    labels(w, "", "Labels", map(obj, &["metadata", "labels"]));
    annotations(w, "", "Annotations", map(obj, &["metadata", "annotations"]));
}

/// `Key:\tvalue` for a field that is present, `<unset>` (or nothing when
/// `unset` is `None`) when it is not; `unit` follows the value (`30s`).
fn opt(
    w: &mut DescribeWriter,
    obj: &Value,
    path: &[&str],
    title: &str,
    unit: &str,
    unset: Option<&str>,
) {
    let value = match at(obj, path) {
        Some(Value::Bool(b)) => format!("{b}"),
        Some(Value::String(s)) => s.clone(),
        Some(v @ Value::Number(_)) => format!("{v}{unit}"),
        _ => match unset {
            Some(u) => u.to_string(),
            None => return,
        },
    };
    w.write(LEVEL_0, &format!("{title}:\t{value}\n"));
}

fn secs(obj: &Value, field: &str) -> Option<i64> {
    at(obj, &["status", field])
        .and_then(Value::as_str)
        .and_then(parse_rfc3339)
}

pub fn describe_job(job: &Value, events: &[Value], now: i64) -> String {
    let mut w = DescribeWriter::new();
    head(&mut w, job);
    let selector = format_selector(at(job, &["spec", "selector"]));
    w.write(LEVEL_0, &format!("Selector:\t{selector}\n"));
    meta(&mut w, job);
    if let Some(owner) = controller(job) {
        w.write(LEVEL_0, &format!("Controlled By:\t{owner}\n"));
    }
    let spec = |w: &mut DescribeWriter, field: &str, title: &str, unset: Option<&str>| {
        opt(w, job, &["spec", field], title, "", unset)
    };
    spec(&mut w, "parallelism", "Parallelism", None);
    spec(&mut w, "completions", "Completions", Some("<unset>"));
    spec(&mut w, "completionMode", "Completion Mode", None);
    spec(&mut w, "suspend", "Suspend", None);
    spec(&mut w, "backoffLimit", "Backoff Limit", None);
    spec(
        &mut w,
        "ttlSecondsAfterFinished",
        "TTL Seconds After Finished",
        None,
    );
    let (start, done) = (secs(job, "startTime"), secs(job, "completionTime"));
    if start.is_some() {
        w.write(
            LEVEL_0,
            &format!(
                "Start Time:\t{}\n",
                time_field(job, &["status", "startTime"])
            ),
        );
    }
    if done.is_some() {
        w.write(
            LEVEL_0,
            &format!(
                "Completed At:\t{}\n",
                time_field(job, &["status", "completionTime"])
            ),
        );
    }
    if let (Some(s), Some(d)) = (start, done) {
        w.write(LEVEL_0, &format!("Duration:\t{}\n", human_duration(d - s)));
    }
    opt(
        &mut w,
        job,
        &["spec", "activeDeadlineSeconds"],
        "Active Deadline Seconds",
        "s",
        None,
    );
    let n = |f: &str| int(job, &["status", f]);
    let ready = match at(job, &["status", "ready"]) {
        Some(_) => format!(" ({} Ready)", n("ready")),
        None => String::new(),
    };
    w.write(
        LEVEL_0,
        &format!(
            "Pods Statuses:\t{} Active{ready} / {} Succeeded / {} Failed\n",
            n("active"),
            n("succeeded"),
            n("failed")
        ),
    );
    pod_template(
        &mut w,
        at(job, &["spec", "template"]).unwrap_or(&Value::Null),
    );
    w.events(events, now);
    w.finish()
}

pub fn describe_cronjob(cj: &Value, events: &[Value], now: i64) -> String {
    let mut w = DescribeWriter::new();
    head(&mut w, cj);
    meta(&mut w, cj);
    let spec = |w: &mut DescribeWriter, field: &str, title: &str, unit: &str| {
        opt(w, cj, &["spec", field], title, unit, Some("<unset>"))
    };
    spec(&mut w, "schedule", "Schedule", "");
    w.write(
        LEVEL_0,
        &format!(
            "Concurrency Policy:\t{}\n",
            text(cj, &["spec", "concurrencyPolicy"])
        ),
    );
    w.write(
        LEVEL_0,
        &format!("Suspend:\t{}\n", bool_cell(at(cj, &["spec", "suspend"]))),
    );
    spec(&mut w, "timeZone", "Time Zone", "");
    spec(
        &mut w,
        "successfulJobsHistoryLimit",
        "Successful Job History Limit",
        "",
    );
    spec(
        &mut w,
        "failedJobsHistoryLimit",
        "Failed Job History Limit",
        "",
    );
    spec(
        &mut w,
        "startingDeadlineSeconds",
        "Starting Deadline Seconds",
        "s",
    );
    let job = at(cj, &["spec", "jobTemplate"]).unwrap_or(&Value::Null);
    let template = |w: &mut DescribeWriter, field: &str, title: &str, unset: Option<&str>| {
        opt(w, job, &["spec", field], title, "", unset)
    };
    match at(job, &["spec", "selector"]) {
        Some(s) => w.write(
            LEVEL_0,
            &format!("Selector:\t{}\n", format_selector(Some(s))),
        ),
        None => w.write(LEVEL_0, "Selector:\t<unset>\n"),
    }
    template(&mut w, "parallelism", "Parallelism", Some("<unset>"));
    template(&mut w, "completions", "Completions", Some("<unset>"));
    opt(
        &mut w,
        job,
        &["spec", "activeDeadlineSeconds"],
        "Active Deadline Seconds",
        "s",
        None,
    );
    pod_template(
        &mut w,
        at(job, &["spec", "template"]).unwrap_or(&Value::Null),
    );
    w.write(
        LEVEL_0,
        &format!(
            "Last Schedule Time:\t{}\n",
            time_field(cj, &["status", "lastScheduleTime"])
        ),
    );
    let active: Vec<&str> = list(cj, &["status", "active"])
        .iter()
        .map(|r| text(r, &["name"]))
        .collect();
    let active = if active.is_empty() {
        "<none>".to_string()
    } else {
        active.join(", ")
    };
    w.write(LEVEL_0, &format!("Active Jobs:\t{active}\n"));
    w.events(events, now);
    w.finish()
}
