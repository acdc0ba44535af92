//! `kubectl describe pod`, in kubectl 1.37's order: identity, node and
//! start time, labels, status (`Terminating (lasts …)`), IPs, owner,
//! containers with their state, conditions, volumes, QoS, node selectors,
//! tolerations, events.

use serde_json::Value;

use super::common::{
    annotations, containers, controller, labels, time_field, tolerations, volumes,
};
use crate::kubectl::printers::age::{human_duration, parse_rfc3339};
use crate::kubectl::printers::describe::{DescribeWriter, LEVEL_0, LEVEL_1};
use crate::kubectl::printers::fields::{at, int, list, map, text};

pub fn describe(pod: &Value, events: &[Value], now: i64) -> String {
    let mut w = DescribeWriter::new();
    w.write(
        LEVEL_0,
        &format!("Name:\t{}\n", text(pod, &["metadata", "name"])),
    );
    w.write(
        LEVEL_0,
        &format!("Namespace:\t{}\n", text(pod, &["metadata", "namespace"])),
    );
    if let Some(priority) = at(pod, &["spec", "priority"]).and_then(Value::as_i64) {
        w.write(LEVEL_0, &format!("Priority:\t{priority}\n"));
    }
    for (key, path) in [
        ("Priority Class Name", "priorityClassName"),
        ("Service Account", "serviceAccountName"),
    ] {
        let value = text(pod, &["spec", path]);
        if !value.is_empty() {
            w.write(LEVEL_0, &format!("{key}:\t{value}\n"));
        }
    }
    match text(pod, &["spec", "nodeName"]) {
        "" => w.write(LEVEL_0, "Node:\t<none>\n"),
        node => w.write(
            LEVEL_0,
            &format!("Node:\t{node}/{}\n", text(pod, &["status", "hostIP"])),
        ),
    }
    if at(pod, &["status", "startTime"]).is_some() {
        w.write(
            LEVEL_0,
            &format!(
                "Start Time:\t{}\n",
                time_field(pod, &["status", "startTime"])
            ),
        );
    }
    labels(&mut w, "", "Labels", map(pod, &["metadata", "labels"]));
    annotations(
        &mut w,
        "",
        "Annotations",
        map(pod, &["metadata", "annotations"]),
    );
    status_lines(&mut w, pod, now);
    w.write(
        LEVEL_0,
        &format!("IP:\t{}\n", text(pod, &["status", "podIP"])),
    );
    let ips = list(pod, &["status", "podIPs"]);
    if ips.is_empty() {
        w.write(LEVEL_0, "IPs:\t<none>\n");
    } else {
        w.write(LEVEL_0, "IPs:\n");
        for ip in ips {
            w.write(LEVEL_1, &format!("IP:\t{}\n", text(ip, &["ip"])));
        }
    }
    if let Some(owner) = controller(pod) {
        w.write(LEVEL_0, &format!("Controlled By:\t{owner}\n"));
    }
    let spec_init = list(pod, &["spec", "initContainers"]);
    if !spec_init.is_empty() {
        containers(
            &mut w,
            "Init Containers",
            spec_init,
            list(pod, &["status", "initContainerStatuses"]),
            "",
        );
    }
    containers(
        &mut w,
        "Containers",
        list(pod, &["spec", "containers"]),
        list(pod, &["status", "containerStatuses"]),
        "",
    );
    let conditions = list(pod, &["status", "conditions"]);
    if !conditions.is_empty() {
        w.write(LEVEL_0, "Conditions:\n  Type\tStatus\n");
        for c in conditions {
            w.write(
                LEVEL_1,
                &format!("{} \t{} \n", text(c, &["type"]), text(c, &["status"])),
            );
        }
    }
    volumes(&mut w, list(pod, &["spec", "volumes"]), "");
    w.write(LEVEL_0, &format!("QoS Class:\t{}\n", qos_class(pod)));
    labels(
        &mut w,
        "",
        "Node-Selectors",
        map(pod, &["spec", "nodeSelector"]),
    );
    tolerations(&mut w, "", list(pod, &["spec", "tolerations"]));
    w.events(events, now);
    w.finish()
}

fn status_lines(w: &mut DescribeWriter, pod: &Value, now: i64) {
    let phase = text(pod, &["status", "phase"]);
    let deleting = at(pod, &["metadata", "deletionTimestamp"])
        .and_then(Value::as_str)
        .and_then(parse_rfc3339);
    match deleting {
        Some(t) if phase != "Failed" && phase != "Succeeded" => {
            w.write(
                LEVEL_0,
                &format!("Status:\tTerminating (lasts {})\n", human_duration(now - t)),
            );
            w.write(
                LEVEL_0,
                &format!(
                    "Termination Grace Period:\t{}s\n",
                    int(pod, &["metadata", "deletionGracePeriodSeconds"])
                ),
            );
        }
        _ => w.write(LEVEL_0, &format!("Status:\t{phase}\n")),
    }
    for (key, field) in [("Reason", "reason"), ("Message", "message")] {
        let value = text(pod, &["status", field]);
        if !value.is_empty() {
            w.write(LEVEL_0, &format!("{key}:\t{value}\n"));
        }
    }
}

/// The QoS class the apiserver recorded, or the one the containers imply.
fn qos_class(pod: &Value) -> String {
    match text(pod, &["status", "qosClass"]) {
        "" => {
            let any_resources = list(pod, &["spec", "containers"]).iter().any(|c| {
                map(c, &["resources", "requests"]).is_some_and(|m| !m.is_empty())
                    || map(c, &["resources", "limits"]).is_some_and(|m| !m.is_empty())
            });
            if any_resources {
                "Burstable"
            } else {
                "BestEffort"
            }
            .to_string()
        }
        q => q.to_string(),
    }
}
