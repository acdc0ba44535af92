//! Row cells for pods and the workloads that own them (Deployment,
//! ReplicaSet, StatefulSet), following kubectl's `printPod`,
//! `printDeployment` and `printReplicaSet`. Pods are read typed (their
//! STATUS rule is `Pod::printed_status` in `api/pod_status.rs`).

use serde_json::Value;

use super::{age_of, name_of, typed_age};
use crate::api::object::Object;
use crate::api::pod::PodTemplateSpec;
use crate::api::selector::LabelSelector;
use crate::json::ToJson;
use crate::kubectl::printers::age::{human_duration, unix_secs};
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

/// The wide columns of a pod-template owner: CONTAINERS, IMAGES, SELECTOR.
fn template_columns(template: &PodTemplateSpec, selector: Option<&LabelSelector>) -> [String; 3] {
    let containers = &template.spec.containers;
    let names: Vec<&str> = containers.iter().map(|c| c.name.as_str()).collect();
    let images: Vec<&str> = containers.iter().map(|c| c.image.as_str()).collect();
    [
        names.join(","),
        images.join(","),
        format_selector(selector.map(ToJson::to_json).as_ref()),
    ]
}

/// Defaulting makes `replicas` 1 when a manifest leaves it out.
fn replicas_or_one(replicas: Option<i32>) -> i32 {
    replicas.unwrap_or(1)
}

/// The row of an object that is not of the row's kind (kubectl never
/// asks for one; NAME and AGE keep the table whole).
fn other(obj: &Object, now: i64) -> Vec<String> {
    vec![obj.meta().name.clone(), typed_age(obj.meta(), now)]
}

/// `printDeployment`: READY, UP-TO-DATE, AVAILABLE.
pub fn deployment_row(obj: &Object, now: i64, wide: bool) -> Vec<String> {
    let Object::Deployment(d) = obj else {
        return other(obj, now);
    };
    let mut row = vec![
        d.metadata.name.clone(),
        format!(
            "{}/{}",
            d.status.ready_replicas,
            replicas_or_one(d.spec.replicas)
        ),
        d.status.updated_replicas.to_string(),
        d.status.available_replicas.to_string(),
        typed_age(&d.metadata, now),
    ];
    if wide {
        row.extend(template_columns(&d.spec.template, d.spec.selector.as_ref()));
    }
    row
}

/// `printReplicaSet`: DESIRED, CURRENT, READY.
pub fn replicaset_row(obj: &Object, now: i64, wide: bool) -> Vec<String> {
    let Object::ReplicaSet(rs) = obj else {
        return other(obj, now);
    };
    let mut row = vec![
        rs.metadata.name.clone(),
        replicas_or_one(rs.spec.replicas).to_string(),
        rs.status.replicas.to_string(),
        rs.status.ready_replicas.to_string(),
        typed_age(&rs.metadata, now),
    ];
    if wide {
        row.extend(template_columns(
            &rs.spec.template,
            rs.spec.selector.as_ref(),
        ));
    }
    row
}

/// `printDaemonSet`: the five counts and the template's NODE SELECTOR.
pub fn daemonset_row(obj: &Object, now: i64, wide: bool) -> Vec<String> {
    let Object::DaemonSet(ds) = obj else {
        return other(obj, now);
    };
    let node_selector: Vec<String> = ds
        .spec
        .template
        .spec
        .node_selector
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    let status = &ds.status;
    let mut row = vec![
        ds.metadata.name.clone(),
        status.desired_number_scheduled.to_string(),
        status.current_number_scheduled.to_string(),
        status.number_ready.to_string(),
        status.updated_number_scheduled.to_string(),
        status.number_available.to_string(),
        if node_selector.is_empty() {
            "<none>".to_string()
        } else {
            node_selector.join(",")
        },
        typed_age(&ds.metadata, now),
    ];
    if wide {
        row.extend(template_columns(
            &ds.spec.template,
            ds.spec.selector.as_ref(),
        ));
    }
    row
}

/// `printJob`: the first true of Complete, Failed, Terminating,
/// Suspended, FailureTarget (else Running); `1/1` or `0/1 of 3`
/// completions; how long it ran (so far).
pub fn job_row(obj: &Object, now: i64, wide: bool) -> Vec<String> {
    let Object::Job(job) = obj else {
        return other(obj, now);
    };
    let succeeded = job.status.succeeded;
    let completions = match job.spec.completions {
        Some(c) => format!("{succeeded}/{c}"),
        None => match job.spec.parallelism.unwrap_or(0) {
            p if p > 1 => format!("{succeeded}/1 of {p}"),
            _ => format!("{succeeded}/1"),
        },
    };
    let duration = match (job.status.start_time, job.status.completion_time) {
        (None, _) => String::new(),
        (Some(s), None) => human_duration(now - unix_secs(s)),
        (Some(s), Some(c)) => human_duration(unix_secs(c) - unix_secs(s)),
    };
    let has = |t: &str| {
        job.status
            .conditions
            .iter()
            .any(|c| c.type_ == t && c.status == "True")
    };
    let status = if has("Complete") {
        "Complete"
    } else if has("Failed") {
        "Failed"
    } else if job.metadata.deletion_timestamp.is_some() {
        "Terminating"
    } else if has("Suspended") {
        "Suspended"
    } else if has("FailureTarget") {
        "FailureTarget"
    } else {
        "Running"
    };
    let mut row = vec![
        job.metadata.name.clone(),
        status.into(),
        completions,
        duration,
        typed_age(&job.metadata, now),
    ];
    if wide {
        row.extend(template_columns(
            &job.spec.template,
            job.spec.selector.as_ref(),
        ));
    }
    row
}

/// `printCronJob`: schedule, time zone, suspend, active jobs, last schedule.
pub fn cronjob_row(obj: &Object, now: i64, wide: bool) -> Vec<String> {
    let Object::CronJob(cj) = obj else {
        return other(obj, now);
    };
    let last = match cj.status.last_schedule_time {
        Some(t) => human_duration(now - unix_secs(t)),
        None => "<none>".into(),
    };
    let suspend = match cj.spec.suspend {
        Some(true) => "True",
        Some(false) => "False",
        None => "<unset>",
    };
    let mut row = vec![
        cj.metadata.name.clone(),
        cj.spec.schedule.clone(),
        cj.spec.time_zone.as_deref().unwrap_or("<none>").into(),
        suspend.into(),
        cj.status.active.len().to_string(),
        last,
        typed_age(&cj.metadata, now),
    ];
    if wide {
        let job = &cj.spec.job_template.spec;
        row.extend(template_columns(&job.template, job.selector.as_ref()));
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

fn spec_replicas(obj: &Value) -> i64 {
    // Defaulting makes replicas 1 when a manifest leaves it out.
    at(obj, &["spec", "replicas"]).map_or(1, |_| int(obj, &["spec", "replicas"]))
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
        let spec = json!({"replicas": 3, "selector": {"matchLabels": {"app": "web"}},
            "template": {"metadata": {"labels": {"app": "web"}}, "spec": {"containers": [{"name": "nginx", "image": "nginx:1.25"}]}}});
        let typed = |kind: &str, status: Value| {
            Object::from_json(&json!({"apiVersion": "apps/v1", "kind": kind,
                "metadata": {"name": "web", "creationTimestamp": "1970-01-01T00:00:00Z"},
                "spec": spec, "status": status}))
            .unwrap()
        };
        let d = typed(
            "Deployment",
            json!({"readyReplicas": 2, "updatedReplicas": 3, "availableReplicas": 2}),
        );
        assert_eq!(
            deployment_row(&d, 61, false),
            vec!["web", "2/3", "3", "2", "61s"]
        );
        assert_eq!(
            deployment_row(&d, 61, true)[5..],
            ["nginx", "nginx:1.25", "app=web"]
        );
        assert_eq!(
            replicaset_row(
                &typed("ReplicaSet", json!({"replicas": 1, "readyReplicas": 2})),
                61,
                false
            ),
            vec!["web", "3", "1", "2", "61s"]
        );
    }
}
