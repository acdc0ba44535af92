//! Row cells for pods and the workloads that own them (Deployment,
//! ReplicaSet, StatefulSet), following kubectl's `printPod`,
//! `printDeployment` and `printReplicaSet`. Pods are read typed (their
//! STATUS rule is `Pod::printed_status` in `api/pod_status.rs`).

use serde_json::Value;

use super::{age_of, name_of, typed_age};
use crate::api::object::Object;
use crate::kubectl::printers::age::{human_duration, parse_rfc3339, unix_secs};
use crate::kubectl::printers::fields::{at, format_selector, int, list, text};

/// `printPod`: READY, STATUS and RESTARTS from [`Pod::printed_status`]
/// (the one STATUS rule); `-o wide` adds IP, NODE, NOMINATED NODE and
/// READINESS GATES.
pub fn pod_row(obj: &Object, now: i64, wide: bool) -> Vec<String> {
    let Object::Pod(pod) = obj else {
        return vec![obj.meta().name.clone(), typed_age(obj.meta(), now)];
    };
    let status = pod.printed_status();
    let restarts = match status.last_restart {
        Some(t) if status.restarts != 0 => format!(
            "{} ({} ago)",
            status.restarts,
            human_duration(now - unix_secs(t))
        ),
        _ => status.restarts.to_string(),
    };
    let mut row = vec![
        pod.metadata.name.clone(),
        format!("{}/{}", status.ready, pod.spec.containers.len()),
        status.reason,
        restarts,
        typed_age(&pod.metadata, now),
    ];
    if wide {
        let or_none = |s: &str| {
            if s.is_empty() {
                "<none>".to_string()
            } else {
                s.to_string()
            }
        };
        // The pod types keep `readinessGates` verbatim, as JSON.
        let gates = pod
            .spec
            .other
            .get("readinessGates")
            .and_then(Value::as_array)
            .map_or(&[][..], Vec::as_slice);
        let gates = if gates.is_empty() {
            "<none>".to_string()
        } else {
            let ready = gates
                .iter()
                .filter(|g| {
                    pod.status
                        .conditions
                        .iter()
                        .any(|c| c.type_ == text(g, &["conditionType"]) && c.status == "True")
                })
                .count();
            format!("{ready}/{}", gates.len())
        };
        // The status types hold no `nominatedNodeName`: always `<none>`.
        row.extend([
            or_none(&pod.status.pod_ip),
            or_none(&pod.spec.node_name),
            "<none>".to_string(),
            gates,
        ]);
    }
    row
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

    /// A typed pod decoded from a manifest (container statuses get the
    /// name and image the type requires).
    fn pod(mut status: Value, deleting: bool) -> Object {
        let statuses = status.get_mut("containerStatuses");
        for c in statuses.and_then(Value::as_array_mut).into_iter().flatten() {
            c["name"] = json!("c");
            c["image"] = json!("nginx");
            if c.get("ready").is_none() {
                c["ready"] = json!(false);
            }
            for state in ["state", "lastState"] {
                if let Some(t) = c.get_mut(state).and_then(|s| s.get_mut("terminated")) {
                    if t.get("exitCode").is_none() {
                        t["exitCode"] = json!(0);
                    }
                }
            }
        }
        let mut p = json!({"apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": "p", "creationTimestamp": "1970-01-01T00:00:00Z"},
            "spec": {"containers": [{"name": "c", "image": "nginx"}]}, "status": status});
        if deleting {
            p["metadata"]["deletionTimestamp"] = json!("2026-01-01T00:00:00Z");
        }
        Object::from_json(&p).unwrap()
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
            let row = pod_row(&pod(status.clone(), deleting), 0, false);
            assert_eq!(
                row[1..3],
                [format!("{ready}/1"), want.to_string()],
                "{status}"
            );
        }
    }

    #[test]
    fn restarts_show_time_since_last_termination() {
        let p = pod(
            json!({"phase": "Running", "containerStatuses": [{"ready": true, "restartCount": 2, "state": {"running": {}},
            "lastState": {"terminated": {"finishedAt": "1970-01-01T00:00:00Z"}}}]}),
            false,
        );
        assert_eq!(pod_row(&p, 25_560, false)[3], "2 (7h6m ago)");
        let wide = pod_row(&p, 25_560, true);
        assert_eq!(wide[4..], ["7h6m", "<none>", "<none>", "<none>", "<none>"]);
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
