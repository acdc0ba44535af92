//! `kubectl describe deployment` and `describe replicaset`: replica
//! counts, strategy, the pod template, conditions, the old and new
//! ReplicaSets (`web-5cc66bcc9b (1/1 replicas created)`) and events.

use serde_json::Value;

use super::common::{annotations, controller, labels, pod_template};
use crate::kubectl::printers::age::{parse_rfc3339, rfc1123z};
use crate::kubectl::printers::describe::{DescribeWriter, LEVEL_0, LEVEL_1};
use crate::kubectl::printers::fields::{at, format_selector, int, list, map, text};

pub fn describe_deployment(
    d: &Value,
    replica_sets: &[Value],
    events: &[Value],
    now: i64,
) -> String {
    let mut w = DescribeWriter::new();
    w.write(
        LEVEL_0,
        &format!("Name:\t{}\n", text(d, &["metadata", "name"])),
    );
    w.write(
        LEVEL_0,
        &format!("Namespace:\t{}\n", text(d, &["metadata", "namespace"])),
    );
    let created = at(d, &["metadata", "creationTimestamp"])
        .and_then(Value::as_str)
        .and_then(parse_rfc3339)
        .map_or_else(String::new, rfc1123z);
    w.write(LEVEL_0, &format!("CreationTimestamp:\t{created}\n"));
    labels(&mut w, "", "Labels", map(d, &["metadata", "labels"]));
    annotations(
        &mut w,
        "",
        "Annotations",
        map(d, &["metadata", "annotations"]),
    );
    w.write(
        LEVEL_0,
        &format!(
            "Selector:\t{}\n",
            format_selector(at(d, &["spec", "selector"]))
        ),
    );
    let desired = at(d, &["spec", "replicas"]).map_or(1, |_| int(d, &["spec", "replicas"]));
    w.write(
        LEVEL_0,
        &format!(
            "Replicas:\t{desired} desired | {} updated | {} total | {} available | {} unavailable\n",
            int(d, &["status", "updatedReplicas"]),
            int(d, &["status", "replicas"]),
            int(d, &["status", "availableReplicas"]),
            int(d, &["status", "unavailableReplicas"])
        ),
    );
    let strategy = match text(d, &["spec", "strategy", "type"]) {
        "" => "RollingUpdate",
        s => s,
    };
    w.write(LEVEL_0, &format!("StrategyType:\t{strategy}\n"));
    w.write(
        LEVEL_0,
        &format!(
            "MinReadySeconds:\t{}\n",
            int(d, &["spec", "minReadySeconds"])
        ),
    );
    if let Some(ru) = at(d, &["spec", "strategy", "rollingUpdate"]) {
        w.write(
            LEVEL_0,
            &format!(
                "RollingUpdateStrategy:\t{} max unavailable, {} max surge\n",
                int_or_percent(ru.get("maxUnavailable")),
                int_or_percent(ru.get("maxSurge"))
            ),
        );
    }
    pod_template(&mut w, at(d, &["spec", "template"]).unwrap_or(&Value::Null));
    let conditions = list(d, &["status", "conditions"]);
    if !conditions.is_empty() {
        w.write(LEVEL_0, "Conditions:\n  Type\tStatus\tReason\n");
        w.write(LEVEL_1, "----\t------\t------\n");
        for c in conditions {
            w.write(
                LEVEL_1,
                &format!(
                    "{} \t{}\t{}\n",
                    text(c, &["type"]),
                    text(c, &["status"]),
                    text(c, &["reason"])
                ),
            );
        }
    }
    let (old, new) = split_replica_sets(d, replica_sets);
    w.write(
        LEVEL_0,
        &format!("OldReplicaSets:\t{}\n", replica_set_list(&old)),
    );
    w.write(
        LEVEL_0,
        &format!(
            "NewReplicaSet:\t{}\n",
            replica_set_list(&new.into_iter().collect::<Vec<_>>())
        ),
    );
    w.events(events, now);
    w.finish()
}

fn int_or_percent(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => "25%".to_string(),
    }
}

/// The deployment's ReplicaSets split as kubectl does: the new one has
/// the deployment's template (ignoring `pod-template-hash`); old ones are
/// the others that still want replicas.
pub fn split_replica_sets<'a>(
    d: &Value,
    replica_sets: &'a [Value],
) -> (Vec<&'a Value>, Option<&'a Value>) {
    let template = at(d, &["spec", "template"]).cloned().unwrap_or(Value::Null);
    let mut new = None;
    let mut old = Vec::new();
    for rs in replica_sets {
        let mut rs_template = at(rs, &["spec", "template"])
            .cloned()
            .unwrap_or(Value::Null);
        if let Some(labels) = rs_template
            .pointer_mut("/metadata/labels")
            .and_then(Value::as_object_mut)
        {
            labels.remove("pod-template-hash");
        }
        if new.is_none() && rs_template == template {
            new = Some(rs);
        } else if int(rs, &["spec", "replicas"]) != 0 {
            old.push(rs);
        }
    }
    (old, new)
}

fn replica_set_list(sets: &[&Value]) -> String {
    if sets.is_empty() {
        return "<none>".to_string();
    }
    sets.iter()
        .map(|rs| {
            format!(
                "{} ({}/{} replicas created)",
                text(rs, &["metadata", "name"]),
                int(rs, &["status", "replicas"]),
                int(rs, &["spec", "replicas"])
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Pod phases of a ReplicaSet's pods: (running, waiting, succeeded, failed).
pub fn pod_counts(pods: &[Value]) -> (usize, usize, usize, usize) {
    let count = |phase: &str| {
        pods.iter()
            .filter(|p| text(p, &["status", "phase"]) == phase)
            .count()
    };
    (
        count("Running"),
        count("Pending"),
        count("Succeeded"),
        count("Failed"),
    )
}

pub fn describe_replicaset(rs: &Value, pods: &[Value], events: &[Value], now: i64) -> String {
    let mut w = DescribeWriter::new();
    w.write(
        LEVEL_0,
        &format!("Name:\t{}\n", text(rs, &["metadata", "name"])),
    );
    w.write(
        LEVEL_0,
        &format!("Namespace:\t{}\n", text(rs, &["metadata", "namespace"])),
    );
    w.write(
        LEVEL_0,
        &format!(
            "Selector:\t{}\n",
            format_selector(at(rs, &["spec", "selector"]))
        ),
    );
    labels(&mut w, "", "Labels", map(rs, &["metadata", "labels"]));
    annotations(
        &mut w,
        "",
        "Annotations",
        map(rs, &["metadata", "annotations"]),
    );
    if let Some(owner) = controller(rs) {
        w.write(LEVEL_0, &format!("Controlled By:\t{owner}\n"));
    }
    w.write(
        LEVEL_0,
        &format!(
            "Replicas:\t{} current / {} desired\n",
            int(rs, &["status", "replicas"]),
            int(rs, &["spec", "replicas"])
        ),
    );
    let (running, waiting, succeeded, failed) = pod_counts(pods);
    w.write(LEVEL_0, &format!("Pods Status:\t{running} Running / {waiting} Waiting / {succeeded} Succeeded / {failed} Failed\n"));
    pod_template(
        &mut w,
        at(rs, &["spec", "template"]).unwrap_or(&Value::Null),
    );
    w.events(events, now);
    w.finish()
}

/// `kubectl describe daemonset`: counts per node, pod phases, template.
pub fn describe_daemonset(ds: &Value, pods: &[Value], events: &[Value], now: i64) -> String {
    let mut w = DescribeWriter::new();
    w.write(
        LEVEL_0,
        &format!("Name:\t{}\n", text(ds, &["metadata", "name"])),
    );
    w.write(
        LEVEL_0,
        &format!("Namespace:\t{}\n", text(ds, &["metadata", "namespace"])),
    );
    w.write(
        LEVEL_0,
        &format!(
            "Selector:\t{}\n",
            format_selector(at(ds, &["spec", "selector"]))
        ),
    );
    let node_selector: Vec<String> = map(ds, &["spec", "template", "spec", "nodeSelector"])
        .map(|m| {
            m.iter()
                .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or("")))
                .collect()
        })
        .unwrap_or_default();
    let node_selector = if node_selector.is_empty() {
        "<none>".to_string()
    } else {
        node_selector.join(",")
    };
    w.write(LEVEL_0, &format!("Node-Selector:\t{node_selector}\n"));
    labels(&mut w, "", "Labels", map(ds, &["metadata", "labels"]));
    annotations(
        &mut w,
        "",
        "Annotations",
        map(ds, &["metadata", "annotations"]),
    );
    for (title, field) in [
        (
            "Desired Number of Nodes Scheduled",
            "desiredNumberScheduled",
        ),
        (
            "Current Number of Nodes Scheduled",
            "currentNumberScheduled",
        ),
        (
            "Number of Nodes Scheduled with Up-to-date Pods",
            "updatedNumberScheduled",
        ),
        (
            "Number of Nodes Scheduled with Available Pods",
            "numberAvailable",
        ),
        ("Number of Nodes Misscheduled", "numberMisscheduled"),
    ] {
        w.write(
            LEVEL_0,
            &format!("{title}: {}\n", int(ds, &["status", field])),
        );
    }
    let (running, waiting, succeeded, failed) = pod_counts(pods);
    w.write(LEVEL_0, &format!("Pods Status:\t{running} Running / {waiting} Waiting / {succeeded} Succeeded / {failed} Failed\n"));
    pod_template(
        &mut w,
        at(ds, &["spec", "template"]).unwrap_or(&Value::Null),
    );
    w.events(events, now);
    w.finish()
}
