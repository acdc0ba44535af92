//! Row cells for pods and the workloads that own them (Deployment,
//! ReplicaSet, StatefulSet), following kubectl's `printPod`,
//! `printDeployment` and `printReplicaSet`, including the pod STATUS rules
//! (`ContainerCreating`, `ImagePullBackOff`, `Terminating`, `Init:0/1`).

use serde_json::Value;

use super::{age_of, name_of};
use crate::kubectl::printers::age::{human_duration, parse_rfc3339};
use crate::kubectl::printers::fields::{at, flag, format_selector, int, list, text};

pub fn pod_row(pod: &Value, now: i64, wide: bool) -> Vec<String> {
    let status = pod_status(pod, now);
    let total = list(pod, &["spec", "containers"]).len();
    let mut row = vec![
        name_of(pod),
        format!("{}/{total}", status.ready),
        status.reason,
        status.restarts,
        age_of(pod, now),
    ];
    if wide {
        let or_none = |s: &str| {
            if s.is_empty() {
                "<none>".to_string()
            } else {
                s.to_string()
            }
        };
        let gates = list(pod, &["spec", "readinessGates"]);
        let gates = if gates.is_empty() {
            "<none>".to_string()
        } else {
            let conditions = list(pod, &["status", "conditions"]);
            let ready = gates
                .iter()
                .filter(|g| {
                    conditions.iter().any(|c| {
                        text(c, &["type"]) == text(g, &["conditionType"])
                            && text(c, &["status"]) == "True"
                    })
                })
                .count();
            format!("{ready}/{}", gates.len())
        };
        row.extend([
            or_none(text(pod, &["status", "podIP"])),
            or_none(text(pod, &["spec", "nodeName"])),
            or_none(text(pod, &["status", "nominatedNodeName"])),
            gates,
        ]);
    }
    row
}

/// What the READY, STATUS and RESTARTS cells of a pod say.
pub struct PodStatus {
    pub ready: usize,
    pub reason: String,
    pub restarts: String,
}

/// kubectl's pod STATUS algorithm (`printPod`).
pub fn pod_status(pod: &Value, now: i64) -> PodStatus {
    let phase = text(pod, &["status", "phase"]);
    let mut reason = match text(pod, &["status", "reason"]) {
        "" => phase.to_string(),
        r => r.to_string(),
    };
    if list(pod, &["status", "conditions"])
        .iter()
        .any(|c| text(c, &["type"]) == "PodScheduled" && text(c, &["reason"]) == "SchedulingGated")
    {
        reason = "SchedulingGated".to_string();
    }
    let init_total = list(pod, &["spec", "initContainers"]).len();
    let mut initializing = false;
    for (i, c) in list(pod, &["status", "initContainerStatuses"])
        .iter()
        .enumerate()
    {
        let terminated = at(c, &["state", "terminated"]);
        let waiting_reason = text(c, &["state", "waiting", "reason"]);
        if terminated.is_some_and(|t| int(t, &["exitCode"]) == 0) {
            continue;
        }
        reason = if let Some(t) = terminated {
            match (text(t, &["reason"]), int(t, &["signal"])) {
                ("", 0) => format!("Init:ExitCode:{}", int(t, &["exitCode"])),
                ("", signal) => format!("Init:Signal:{signal}"),
                (r, _) => format!("Init:{r}"),
            }
        } else if !waiting_reason.is_empty() && waiting_reason != "PodInitializing" {
            format!("Init:{waiting_reason}")
        } else {
            format!("Init:{i}/{init_total}")
        };
        initializing = true;
        break;
    }
    let mut ready = 0;
    let mut restarts = 0;
    let mut last_restart: Option<i64> = None;
    if !initializing {
        let mut has_running = false;
        for c in list(pod, &["status", "containerStatuses"]).iter().rev() {
            restarts += int(c, &["restartCount"]);
            if let Some(finished) = at(c, &["lastState", "terminated", "finishedAt"])
                .and_then(Value::as_str)
                .and_then(parse_rfc3339)
            {
                last_restart = Some(last_restart.map_or(finished, |l: i64| l.max(finished)));
            }
            let waiting = text(c, &["state", "waiting", "reason"]);
            let terminated = at(c, &["state", "terminated"]);
            if !waiting.is_empty() {
                reason = waiting.to_string();
            } else if let Some(t) = terminated {
                reason = match (text(t, &["reason"]), int(t, &["signal"])) {
                    ("", 0) => format!("ExitCode:{}", int(t, &["exitCode"])),
                    ("", signal) => format!("Signal:{signal}"),
                    (r, _) => r.to_string(),
                };
            } else if flag(c, &["ready"]) && at(c, &["state", "running"]).is_some() {
                has_running = true;
                ready += 1;
            }
        }
        if reason == "Completed" && has_running {
            let pod_ready = list(pod, &["status", "conditions"])
                .iter()
                .any(|c| text(c, &["type"]) == "Ready" && text(c, &["status"]) == "True");
            reason = if pod_ready { "Running" } else { "NotReady" }.to_string();
        }
    }
    if at(pod, &["metadata", "deletionTimestamp"]).is_some_and(|d| !d.is_null()) {
        if text(pod, &["status", "reason"]) == "NodeLost" {
            reason = "Unknown".to_string();
        } else if phase != "Succeeded" && phase != "Failed" {
            reason = "Terminating".to_string();
        }
    }
    let restarts = match last_restart {
        Some(t) if restarts != 0 => format!("{restarts} ({} ago)", human_duration(now - t)),
        _ => restarts.to_string(),
    };
    PodStatus {
        ready,
        reason,
        restarts,
    }
}

/// Container names and images of a pod template, comma-joined.
fn containers_and_images(obj: &Value) -> (String, String) {
    let containers = list(obj, &["spec", "template", "spec", "containers"]);
    let names: Vec<&str> = containers.iter().map(|c| text(c, &["name"])).collect();
    let images: Vec<&str> = containers.iter().map(|c| text(c, &["image"])).collect();
    (names.join(","), images.join(","))
}

/// The wide columns of a pod-template owner: CONTAINERS, IMAGES, SELECTOR.
fn template_wide_columns(obj: &Value) -> [String; 3] {
    let (names, images) = containers_and_images(obj);
    [
        names,
        images,
        format_selector(at(obj, &["spec", "selector"])),
    ]
}

fn spec_replicas(obj: &Value) -> i64 {
    // Defaulting makes replicas 1 when a manifest leaves it out.
    at(obj, &["spec", "replicas"]).map_or(1, |_| int(obj, &["spec", "replicas"]))
}

pub fn deployment_row(d: &Value, now: i64, wide: bool) -> Vec<String> {
    let mut row = vec![
        name_of(d),
        format!(
            "{}/{}",
            int(d, &["status", "readyReplicas"]),
            spec_replicas(d)
        ),
        int(d, &["status", "updatedReplicas"]).to_string(),
        int(d, &["status", "availableReplicas"]).to_string(),
        age_of(d, now),
    ];
    if wide {
        row.extend(template_wide_columns(d));
    }
    row
}

pub fn replicaset_row(rs: &Value, now: i64, wide: bool) -> Vec<String> {
    let mut row = vec![
        name_of(rs),
        spec_replicas(rs).to_string(),
        int(rs, &["status", "replicas"]).to_string(),
        int(rs, &["status", "readyReplicas"]).to_string(),
        age_of(rs, now),
    ];
    if wide {
        row.extend(template_wide_columns(rs));
    }
    row
}

pub fn daemonset_row(ds: &Value, now: i64, wide: bool) -> Vec<String> {
    let node_selector: Vec<String> = at(ds, &["spec", "template", "spec", "nodeSelector"])
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or("")))
                .collect()
        })
        .unwrap_or_default();
    let status = |field: &str| int(ds, &["status", field]).to_string();
    let mut row = vec![
        name_of(ds),
        status("desiredNumberScheduled"),
        status("currentNumberScheduled"),
        status("numberReady"),
        status("updatedNumberScheduled"),
        status("numberAvailable"),
        if node_selector.is_empty() {
            "<none>".to_string()
        } else {
            node_selector.join(",")
        },
        age_of(ds, now),
    ];
    if wide {
        row.extend(template_wide_columns(ds));
    }
    row
}

/// `printJob`: the first true of Complete, Failed, Terminating,
/// Suspended, FailureTarget (else Running); `1/1` or `0/1 of 3`
/// completions; how long it ran (so far).
pub fn job_row(job: &Value, now: i64, wide: bool) -> Vec<String> {
    let succeeded = int(job, &["status", "succeeded"]);
    let completions = match at(job, &["spec", "completions"]) {
        Some(c) => format!("{succeeded}/{c}"),
        None => match int(job, &["spec", "parallelism"]) {
            p if p > 1 => format!("{succeeded}/1 of {p}"),
            _ => format!("{succeeded}/1"),
        },
    };
    let time = |f: &str| {
        at(job, &["status", f])
            .and_then(Value::as_str)
            .and_then(parse_rfc3339)
    };
    let duration = match (time("startTime"), time("completionTime")) {
        (None, _) => String::new(),
        (Some(s), None) => human_duration(now - s),
        (Some(s), Some(c)) => human_duration(c - s),
    };
    let has = |t: &str| {
        list(job, &["status", "conditions"])
            .iter()
            .any(|c| text(c, &["type"]) == t && text(c, &["status"]) == "True")
    };
    let status = if has("Complete") {
        "Complete"
    } else if has("Failed") {
        "Failed"
    } else if at(job, &["metadata", "deletionTimestamp"]).is_some() {
        "Terminating"
    } else if has("Suspended") {
        "Suspended"
    } else if has("FailureTarget") {
        "FailureTarget"
    } else {
        "Running"
    };
    let mut row = vec![
        name_of(job),
        status.into(),
        completions,
        duration,
        age_of(job, now),
    ];
    if wide {
        row.extend(template_wide_columns(job));
    }
    row
}

/// `printCronJob`: schedule, time zone, suspend, active jobs, last schedule.
pub fn cronjob_row(cj: &Value, now: i64, wide: bool) -> Vec<String> {
    let last = match at(cj, &["status", "lastScheduleTime"]).and_then(Value::as_str) {
        Some(t) => crate::kubectl::printers::age::age_of(Some(t), now),
        None => "<none>".into(),
    };
    let zone = match text(cj, &["spec", "timeZone"]) {
        "" if at(cj, &["spec", "timeZone"]).is_none() => "<none>",
        z => z,
    };
    let mut row = vec![
        name_of(cj),
        text(cj, &["spec", "schedule"]).into(),
        zone.into(),
        crate::kubectl::printers::fields::bool_cell(at(cj, &["spec", "suspend"])).into(),
        list(cj, &["status", "active"]).len().to_string(),
        last,
        age_of(cj, now),
    ];
    if wide {
        let job = at(cj, &["spec", "jobTemplate"]).unwrap_or(&Value::Null);
        row.extend(template_wide_columns(job));
    }
    row
}

pub fn statefulset_row(s: &Value, now: i64, wide: bool) -> Vec<String> {
    let mut row = vec![
        name_of(s),
        format!(
            "{}/{}",
            int(s, &["status", "readyReplicas"]),
            spec_replicas(s)
        ),
        age_of(s, now),
    ];
    if wide {
        let (names, images) = containers_and_images(s);
        row.extend([names, images]);
    }
    row
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pod(status: Value, deleting: bool) -> Value {
        let mut p = json!({"metadata": {"name": "p"}, "spec": {"containers": [{"name": "c"}]}, "status": status});
        if deleting {
            p["metadata"]["deletionTimestamp"] = json!("2026-01-01T00:00:00Z");
        }
        p
    }

    #[test]
    fn pod_status_follows_kubectl() {
        let cases = [
            (json!({"phase": "Pending"}), false, "Pending", 0),
            (
                json!({"phase": "Pending", "containerStatuses": [{"ready": false, "state": {"waiting": {"reason": "ContainerCreating"}}}]}),
                false,
                "ContainerCreating",
                0,
            ),
            (
                json!({"phase": "Pending", "containerStatuses": [{"ready": false, "state": {"waiting": {"reason": "ImagePullBackOff"}}}]}),
                false,
                "ImagePullBackOff",
                0,
            ),
            (
                json!({"phase": "Running", "containerStatuses": [{"ready": true, "state": {"running": {}}}]}),
                false,
                "Running",
                1,
            ),
            (
                json!({"phase": "Running", "containerStatuses": [{"ready": true, "state": {"running": {}}}]}),
                true,
                "Terminating",
                1,
            ),
            (
                json!({"phase": "Running", "containerStatuses": [{"ready": false, "state": {"terminated": {"exitCode": 137}}}]}),
                false,
                "ExitCode:137",
                0,
            ),
            (
                json!({"phase": "Succeeded", "containerStatuses": [{"state": {"terminated": {"reason": "Completed"}}}]}),
                true,
                "Completed",
                0,
            ),
        ];
        for (status, deleting, want, ready) in cases {
            let s = pod_status(&pod(status.clone(), deleting), 0);
            assert_eq!((s.reason.as_str(), s.ready), (want, ready), "{status}");
        }
    }

    #[test]
    fn restarts_show_time_since_last_termination() {
        let p = pod(
            json!({"phase": "Running", "containerStatuses": [{"ready": true, "restartCount": 2, "state": {"running": {}},
            "lastState": {"terminated": {"finishedAt": "1970-01-01T00:00:00Z"}}}]}),
            false,
        );
        assert_eq!(pod_status(&p, 25_560).restarts, "2 (7h6m ago)");
    }

    #[test]
    fn deployment_rows() {
        let d = json!({"metadata": {"name": "web", "creationTimestamp": "1970-01-01T00:00:00Z"},
            "spec": {"replicas": 3, "selector": {"matchLabels": {"app": "web"}}, "template": {"spec": {"containers": [{"name": "nginx", "image": "nginx:1.25"}]}}},
            "status": {"readyReplicas": 2, "updatedReplicas": 3, "availableReplicas": 2}});
        assert_eq!(
            deployment_row(&d, 61, false),
            vec!["web", "2/3", "3", "2", "61s"]
        );
        assert_eq!(
            deployment_row(&d, 61, true)[5..],
            ["nginx", "nginx:1.25", "app=web"]
        );
        assert_eq!(
            replicaset_row(&d, 61, false),
            vec!["web", "3", "0", "2", "61s"]
        );
    }
}
