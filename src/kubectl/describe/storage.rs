//! `kubectl describe` of the storage kinds and of StatefulSets, in the
//! order of kubectl's `describePersistentVolumeClaim`,
//! `describePersistentVolume`, `describeStorageClass` and
//! `describeStatefulSet` (with its `Volume Claims:` section).

use serde_json::Value;

use super::common::{annotations, labels, pod_template, time_field};
use super::workloads::pod_counts;
use crate::kubectl::printers::columns::access_modes;
use crate::kubectl::printers::describe::{DescribeWriter, LEVEL_0, LEVEL_1, LEVEL_2};
use crate::kubectl::printers::fields::{at, format_labels, format_selector, int, list, map, text};

fn line(w: &mut DescribeWriter, level: usize, title: &str, value: &str) {
    w.write(level, &format!("{title}:\t{value}\n"));
}

/// Go's `%v` of a string slice: `[a b]`.
fn go_list(v: &[Value]) -> String {
    let items: Vec<&str> = v.iter().filter_map(Value::as_str).collect();
    format!("[{}]", items.join(" "))
}

fn status_line(w: &mut DescribeWriter, obj: &Value, now: i64) {
    let phase = text(obj, &["status", "phase"]);
    match at(obj, &["metadata", "deletionTimestamp"]).and_then(Value::as_str) {
        Some(t) => {
            let since = crate::kubectl::printers::age::age_of(Some(t), now);
            line(
                w,
                LEVEL_0,
                "Status",
                &format!("Terminating (lasts {since})"),
            );
        }
        None => line(w, LEVEL_0, "Status", phase),
    }
}

fn finalizers(w: &mut DescribeWriter, obj: &Value) {
    line(
        w,
        LEVEL_0,
        "Finalizers",
        &go_list(list(obj, &["metadata", "finalizers"])),
    );
}

/// `describe pvc`; `used_by` are the names of the pods mounting it.
pub fn describe_claim(pvc: &Value, used_by: &[String], events: &[Value], now: i64) -> String {
    let mut w = DescribeWriter::new();
    line(&mut w, LEVEL_0, "Name", text(pvc, &["metadata", "name"]));
    line(
        &mut w,
        LEVEL_0,
        "Namespace",
        text(pvc, &["metadata", "namespace"]),
    );
    line(
        &mut w,
        LEVEL_0,
        "StorageClass",
        text(pvc, &["spec", "storageClassName"]),
    );
    status_line(&mut w, pvc, now);
    let volume = text(pvc, &["spec", "volumeName"]);
    line(&mut w, LEVEL_0, "Volume", volume);
    labels(&mut w, "", "Labels", map(pvc, &["metadata", "labels"]));
    annotations(
        &mut w,
        "",
        "Annotations",
        map(pvc, &["metadata", "annotations"]),
    );
    finalizers(&mut w, pvc);
    let (capacity, modes) = if volume.is_empty() {
        (String::new(), String::new())
    } else {
        (
            text(pvc, &["status", "capacity", "storage"]).to_string(),
            access_modes(list(pvc, &["status", "accessModes"])),
        )
    };
    line(&mut w, LEVEL_0, "Capacity", &capacity);
    line(&mut w, LEVEL_0, "Access Modes", &modes);
    if let Some(mode) = at(pvc, &["spec", "volumeMode"]).and_then(Value::as_str) {
        line(&mut w, LEVEL_0, "VolumeMode", mode);
    }
    w.write_map(LEVEL_0, "Used By", used_by);
    w.events(events, now);
    w.finish()
}

/// `describe pv`.
pub fn describe_volume(pv: &Value, events: &[Value], now: i64) -> String {
    let mut w = DescribeWriter::new();
    line(&mut w, LEVEL_0, "Name", text(pv, &["metadata", "name"]));
    labels(&mut w, "", "Labels", map(pv, &["metadata", "labels"]));
    annotations(
        &mut w,
        "",
        "Annotations",
        map(pv, &["metadata", "annotations"]),
    );
    finalizers(&mut w, pv);
    line(
        &mut w,
        LEVEL_0,
        "StorageClass",
        text(pv, &["spec", "storageClassName"]),
    );
    status_line(&mut w, pv, now);
    let claim = match at(pv, &["spec", "claimRef"]) {
        Some(r) => format!("{}/{}", text(r, &["namespace"]), text(r, &["name"])),
        None => String::new(),
    };
    line(&mut w, LEVEL_0, "Claim", &claim);
    let policy = text(pv, &["spec", "persistentVolumeReclaimPolicy"]);
    line(&mut w, LEVEL_0, "Reclaim Policy", policy);
    let modes = access_modes(list(pv, &["spec", "accessModes"]));
    line(&mut w, LEVEL_0, "Access Modes", &modes);
    if let Some(mode) = at(pv, &["spec", "volumeMode"]).and_then(Value::as_str) {
        line(&mut w, LEVEL_0, "VolumeMode", mode);
    }
    line(
        &mut w,
        LEVEL_0,
        "Capacity",
        text(pv, &["spec", "capacity", "storage"]),
    );
    line(&mut w, LEVEL_0, "Node Affinity", "<none>");
    line(&mut w, LEVEL_0, "Message", text(pv, &["status", "message"]));
    w.write(LEVEL_0, "Source:\n");
    match at(pv, &["spec", "hostPath"]) {
        Some(h) => {
            let kind = match at(h, &["type"]) {
                Some(t) => t.as_str().unwrap_or(""),
                None => "<none>",
            };
            w.write(LEVEL_2, &format!("Type:\tHostPath (bare host directory volume)\n    Path:\t{}\n    HostPathType:\t{kind}\n", text(h, &["path"])));
        }
        None => w.write(LEVEL_2, "Type:\t<unknown>\n"),
    }
    w.events(events, now);
    w.finish()
}

/// `describe storageclass`.
pub fn describe_class(sc: &Value, events: &[Value], now: i64) -> String {
    let mut w = DescribeWriter::new();
    line(&mut w, LEVEL_0, "Name", text(sc, &["metadata", "name"]));
    let default = text(
        sc,
        &[
            "metadata",
            "annotations",
            crate::api::storage::DEFAULT_CLASS,
        ],
    );
    line(
        &mut w,
        LEVEL_0,
        "IsDefaultClass",
        if default == "true" { "Yes" } else { "No" },
    );
    line(
        &mut w,
        LEVEL_0,
        "Annotations",
        &format_labels(map(sc, &["metadata", "annotations"])),
    );
    line(&mut w, LEVEL_0, "Provisioner", text(sc, &["provisioner"]));
    line(
        &mut w,
        LEVEL_0,
        "Parameters",
        &format_labels(map(sc, &["parameters"])),
    );
    let expand = crate::kubectl::printers::fields::bool_cell(at(sc, &["allowVolumeExpansion"]));
    line(&mut w, LEVEL_0, "AllowVolumeExpansion", expand);
    let options = list(sc, &["mountOptions"]);
    if options.is_empty() {
        line(&mut w, LEVEL_0, "MountOptions", "<none>");
    } else {
        w.write(LEVEL_0, "MountOptions:\n");
        for o in options {
            w.write(LEVEL_1, &format!("{}\n", o.as_str().unwrap_or("")));
        }
    }
    for (title, field) in [
        ("ReclaimPolicy", "reclaimPolicy"),
        ("VolumeBindingMode", "volumeBindingMode"),
    ] {
        if let Some(v) = at(sc, &[field]).and_then(Value::as_str) {
            line(&mut w, LEVEL_0, title, v);
        }
    }
    w.events(events, now);
    w.finish()
}

/// `describe statefulset`.
pub fn describe_stateful_set(sts: &Value, pods: &[Value], events: &[Value], now: i64) -> String {
    let mut w = DescribeWriter::new();
    line(&mut w, LEVEL_0, "Name", text(sts, &["metadata", "name"]));
    line(
        &mut w,
        LEVEL_0,
        "Namespace",
        text(sts, &["metadata", "namespace"]),
    );
    let created = time_field(sts, &["metadata", "creationTimestamp"]);
    line(&mut w, LEVEL_0, "CreationTimestamp", &created);
    line(
        &mut w,
        LEVEL_0,
        "Selector",
        &format_selector(at(sts, &["spec", "selector"])),
    );
    labels(&mut w, "", "Labels", map(sts, &["metadata", "labels"]));
    annotations(
        &mut w,
        "",
        "Annotations",
        map(sts, &["metadata", "annotations"]),
    );
    let service = text(sts, &["spec", "serviceName"]);
    if !service.is_empty() {
        line(&mut w, LEVEL_0, "Service Name", service);
    }
    let policy = text(sts, &["spec", "podManagementPolicy"]);
    line(&mut w, LEVEL_0, "Pod Management Policy", policy);
    let replicas = format!(
        "{} desired | {} total",
        int(sts, &["spec", "replicas"]),
        int(sts, &["status", "replicas"])
    );
    line(&mut w, LEVEL_0, "Replicas", &replicas);
    line(
        &mut w,
        LEVEL_0,
        "Update Strategy",
        text(sts, &["spec", "updateStrategy", "type"]),
    );
    if let Some(p) = at(
        sts,
        &["spec", "updateStrategy", "rollingUpdate", "partition"],
    ) {
        line(&mut w, LEVEL_1, "Partition", &p.to_string());
    }
    if let Some(p) = at(sts, &["spec", "persistentVolumeClaimRetentionPolicy"]) {
        w.write(LEVEL_0, "Persistent Volume Claim Retention Policy:\n");
        line(&mut w, LEVEL_1, "WhenDeleted", text(p, &["whenDeleted"]));
        line(&mut w, LEVEL_1, "WhenScaled", text(p, &["whenScaled"]));
    }
    let (running, waiting, succeeded, failed) = pod_counts(pods);
    w.write(LEVEL_0, &format!("Pods Status:\t{running} Running / {waiting} Waiting / {succeeded} Succeeded / {failed} Failed\n"));
    pod_template(
        &mut w,
        at(sts, &["spec", "template"]).unwrap_or(&Value::Null),
    );
    let claims = list(sts, &["spec", "volumeClaimTemplates"]);
    if claims.is_empty() {
        line(&mut w, LEVEL_0, "Volume Claims", "<none>");
    } else {
        w.write(LEVEL_0, "Volume Claims:\n");
    }
    for c in claims {
        line(&mut w, LEVEL_1, "Name", text(c, &["metadata", "name"]));
        line(
            &mut w,
            LEVEL_1,
            "StorageClass",
            text(c, &["spec", "storageClassName"]),
        );
        labels(&mut w, "  ", "Labels", map(c, &["metadata", "labels"]));
        labels(
            &mut w,
            "  ",
            "Annotations",
            map(c, &["metadata", "annotations"]),
        );
        let capacity = match text(c, &["spec", "resources", "requests", "storage"]) {
            "" => "<default>",
            s => s,
        };
        line(&mut w, LEVEL_1, "Capacity", capacity);
        line(
            &mut w,
            LEVEL_1,
            "Access Modes",
            &go_list(list(c, &["spec", "accessModes"])),
        );
    }
    w.events(events, now);
    w.finish()
}
