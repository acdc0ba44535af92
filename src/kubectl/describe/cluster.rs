//! `kubectl describe node`, `namespace`, `configmap` and `secret`.

use serde_json::Value;

use super::common::{annotations, labels, time_field};
use crate::kubectl::printers::age::{parse_rfc3339, rfc1123z};
use crate::kubectl::printers::describe::{DescribeWriter, LEVEL_0, LEVEL_1};
use crate::kubectl::printers::fields::{at, list, map, text};

pub fn describe_configmap(cm: &Value, events: &[Value], now: i64) -> String {
    let mut w = DescribeWriter::new();
    w.write(
        LEVEL_0,
        &format!("Name:\t{}\n", text(cm, &["metadata", "name"])),
    );
    w.write(
        LEVEL_0,
        &format!("Namespace:\t{}\n", text(cm, &["metadata", "namespace"])),
    );
    labels(&mut w, "", "Labels", map(cm, &["metadata", "labels"]));
    annotations(
        &mut w,
        "",
        "Annotations",
        map(cm, &["metadata", "annotations"]),
    );
    w.write(LEVEL_0, "\nData\n====\n");
    if let Some(data) = map(cm, &["data"]) {
        for (key, value) in data {
            w.write(LEVEL_0, &format!("{key}:\n----\n"));
            w.write(LEVEL_0, &format!("{}\n", value.as_str().unwrap_or("")));
            w.write(LEVEL_0, "\n");
        }
    }
    w.write(LEVEL_0, "\nBinaryData\n====\n");
    if let Some(data) = map(cm, &["binaryData"]) {
        for (key, value) in data {
            w.write(
                LEVEL_0,
                &format!(
                    "{key}: {} bytes\n",
                    value.as_str().map_or(0, |v| v.len() * 3 / 4)
                ),
            );
        }
    }
    w.write(LEVEL_0, "\n");
    w.events(events, now);
    w.finish()
}

/// Byte counts only, never values (but a service-account token's text).
pub fn describe_secret(s: &Value) -> String {
    let mut w = DescribeWriter::new();
    let ty = text(s, &["type"]);
    w.write(
        LEVEL_0,
        &format!("Name:\t{}\n", text(s, &["metadata", "name"])),
    );
    w.write(
        LEVEL_0,
        &format!("Namespace:\t{}\n", text(s, &["metadata", "namespace"])),
    );
    labels(&mut w, "", "Labels", map(s, &["metadata", "labels"]));
    annotations(
        &mut w,
        "",
        "Annotations",
        map(s, &["metadata", "annotations"]),
    );
    w.write(LEVEL_0, &format!("\nType:\t{ty}\n\nData\n====\n"));
    for (key, value) in map(s, &["data"]).into_iter().flatten() {
        let bytes = crate::api::secret::unbase64(value.as_str().unwrap_or("")).unwrap_or_default();
        let shown = if key == "token" && ty == "kubernetes.io/service-account-token" {
            String::from_utf8_lossy(&bytes).into_owned()
        } else {
            format!("{} bytes", bytes.len())
        };
        w.write(LEVEL_0, &format!("{key}:\t{shown}\n"));
    }
    w.finish()
}

pub fn describe_namespace(ns: &Value) -> String {
    let mut w = DescribeWriter::new();
    w.write(
        LEVEL_0,
        &format!("Name:\t{}\n", text(ns, &["metadata", "name"])),
    );
    labels(&mut w, "", "Labels", map(ns, &["metadata", "labels"]));
    annotations(
        &mut w,
        "",
        "Annotations",
        map(ns, &["metadata", "annotations"]),
    );
    w.write(
        LEVEL_0,
        &format!("Status:\t{}\n", text(ns, &["status", "phase"])),
    );
    w.write(LEVEL_0, "\nNo resource quota.\n\nNo LimitRange resource.\n");
    w.finish()
}

/// `pods`: the non-terminated pods bound to this node.
pub fn describe_node(node: &Value, pods: &[Value], events: &[Value], now: i64) -> String {
    let mut w = DescribeWriter::new();
    w.write(
        LEVEL_0,
        &format!("Name:\t{}\n", text(node, &["metadata", "name"])),
    );
    w.write(
        LEVEL_0,
        &format!(
            "Roles:\t{}\n",
            crate::kubectl::printers::columns::node_roles(
                map(node, &["metadata", "labels"])
                    .into_iter()
                    .flatten()
                    .map(|(k, v)| (k.as_str(), v.as_str().unwrap_or(""))),
            )
        ),
    );
    labels(&mut w, "", "Labels", map(node, &["metadata", "labels"]));
    annotations(
        &mut w,
        "",
        "Annotations",
        map(node, &["metadata", "annotations"]),
    );
    w.write(
        LEVEL_0,
        &format!(
            "CreationTimestamp:\t{}\n",
            time_field(node, &["metadata", "creationTimestamp"])
        ),
    );
    // `Taint.ToString` (`key=value:Effect`), sorted by effect then key.
    let mut taints: Vec<(String, String)> = list(node, &["spec", "taints"])
        .iter()
        .map(|t| {
            let (key, value) = (text(t, &["key"]), text(t, &["value"]));
            let kv = match value.is_empty() {
                true => key.to_string(),
                false => format!("{key}={value}"),
            };
            let effect = text(t, &["effect"]);
            (format!("{effect},{key}"), format!("{kv}:{effect}"))
        })
        .collect();
    crate::sorting::sort(&mut taints);
    let taints: Vec<String> = taints.into_iter().map(|(_, t)| t).collect();
    match taints.split_first() {
        None => w.write(LEVEL_0, "Taints:\t<none>\n"),
        Some((first, rest)) => {
            w.write(LEVEL_0, &format!("Taints:\t{first}\n"));
            for t in rest {
                w.write(LEVEL_0, &format!("\t{t}\n"));
            }
        }
    }
    let unschedulable = at(node, &["spec", "unschedulable"])
        .and_then(Value::as_bool)
        .unwrap_or(false);
    w.write(LEVEL_0, &format!("Unschedulable:\t{unschedulable}\n"));
    lease(&mut w, node, now);
    conditions(&mut w, node);
    w.write(LEVEL_0, "Addresses:\n");
    for a in list(node, &["status", "addresses"]) {
        w.write(
            LEVEL_1,
            &format!("{}:\t{}\n", text(a, &["type"]), text(a, &["address"])),
        );
    }
    for (title, field) in [("Capacity", "capacity"), ("Allocatable", "allocatable")] {
        if let Some(values) = map(node, &["status", field]) {
            w.write(LEVEL_0, &format!("{title}:\n"));
            for (k, v) in values {
                w.write(
                    LEVEL_1,
                    &format!(
                        "{k}:\t{}\n",
                        v.as_str().map_or_else(|| v.to_string(), str::to_string)
                    ),
                );
            }
        }
    }
    system_info(&mut w, node);
    let cidr = text(node, &["spec", "podCIDR"]);
    if !cidr.is_empty() {
        w.write(LEVEL_0, &format!("PodCIDR:\t{cidr}\n"));
        let cidrs: Vec<&str> = list(node, &["spec", "podCIDRs"])
            .iter()
            .filter_map(Value::as_str)
            .collect();
        w.write(LEVEL_0, &format!("PodCIDRs:\t{}\n", cidrs.join(",")));
    }
    super::node_resources::write(&mut w, node, pods, now);
    w.events(events, now);
    w.finish()
}

/// The node's Lease in kube-node-lease.
fn lease(w: &mut DescribeWriter, node: &Value, now: i64) {
    w.write(LEVEL_0, "Lease:\n");
    w.write(
        LEVEL_1,
        &format!("HolderIdentity:\t{}\n", text(node, &["metadata", "name"])),
    );
    w.write(LEVEL_1, "AcquireTime:\t<unset>\n");
    w.write(
        LEVEL_1,
        &format!("RenewTime:\t{}\n", rfc1123z(lease_renew_time(node, now))),
    );
}

/// When the node's Lease was last renewed (Unix seconds): the kubelet
/// renews it every 10 s while it runs; a stopped node's lease stays at its
/// last heartbeat. (The API mode serves the Lease itself from this.)
pub fn lease_renew_time(node: &Value, now: i64) -> i64 {
    const RENEW_INTERVAL_S: i64 = 10;
    let ready = list(node, &["status", "conditions"])
        .iter()
        .find(|c| text(c, &["type"]) == "Ready")
        .cloned();
    let created = at(node, &["metadata", "creationTimestamp"])
        .and_then(Value::as_str)
        .and_then(parse_rfc3339)
        .unwrap_or(now);
    match &ready {
        Some(c) if text(c, &["status"]) == "True" => {
            now - (now - created).rem_euclid(RENEW_INTERVAL_S)
        }
        Some(c) => at(c, &["lastHeartbeatTime"])
            .and_then(Value::as_str)
            .and_then(parse_rfc3339)
            .unwrap_or(created),
        None => created,
    }
}

fn conditions(w: &mut DescribeWriter, node: &Value) {
    let conditions = list(node, &["status", "conditions"]);
    if conditions.is_empty() {
        return;
    }
    w.write(
        LEVEL_0,
        "Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n",
    );
    w.write(
        LEVEL_1,
        "----\t------\t-----------------\t------------------\t------\t-------\n",
    );
    for c in conditions {
        w.write(
            LEVEL_1,
            &format!(
                "{} \t{} \t{} \t{} \t{} \t{}\n",
                text(c, &["type"]),
                text(c, &["status"]),
                time_field(c, &["lastHeartbeatTime"]),
                time_field(c, &["lastTransitionTime"]),
                text(c, &["reason"]),
                text(c, &["message"])
            ),
        );
    }
}

fn system_info(w: &mut DescribeWriter, node: &Value) {
    let Some(info) = map(node, &["status", "nodeInfo"]) else {
        return;
    };
    w.write(LEVEL_0, "System Info:\n");
    let rows = [
        ("Machine ID", "machineID"),
        ("System UUID", "systemUUID"),
        ("Boot ID", "bootID"),
        ("Kernel Version", "kernelVersion"),
        ("OS Image", "osImage"),
        ("Operating System", "operatingSystem"),
        ("Architecture", "architecture"),
        ("Container Runtime Version", "containerRuntimeVersion"),
        // v1.37 prints no `Kube-Proxy Version` (the field is deprecated).
        ("Kubelet Version", "kubeletVersion"),
    ];
    for (title, key) in rows {
        let value = info.get(key).and_then(Value::as_str).unwrap_or("");
        w.write(LEVEL_1, &format!("{title}:\t{value}\n"));
    }
}
