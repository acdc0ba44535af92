//! Row cells for PersistentVolumeClaims, PersistentVolumes, StorageClasses
//! and ControllerRevisions, after kubectl's `printPersistentVolumeClaim`,
//! `printPersistentVolume`, `printStorageClass` and `printControllerRevision`.

use serde_json::Value;

use super::{age_of, name_of};
use crate::kubectl::printers::fields::{at, list, text};

/// `GetAccessModesAsString`: `RWO,ROX,RWX,RWOP`, in that order.
pub fn access_modes(modes: &[Value]) -> String {
    let has = |m: &str| modes.iter().any(|v| v.as_str() == Some(m));
    [
        ("ReadWriteOnce", "RWO"),
        ("ReadOnlyMany", "ROX"),
        ("ReadWriteMany", "RWX"),
        ("ReadWriteOncePod", "RWOP"),
    ]
    .iter()
    .filter(|(m, _)| has(m))
    .map(|(_, s)| *s)
    .collect::<Vec<_>>()
    .join(",")
}

/// A field's text, or `<unset>` when it is absent or empty.
fn or_unset(obj: &Value, path: &[&str]) -> String {
    match text(obj, path) {
        "" => "<unset>".into(),
        s => s.into(),
    }
}

/// The phase, or `Terminating` once deletion started.
fn phase(obj: &Value) -> String {
    match at(obj, &["metadata", "deletionTimestamp"]) {
        Some(_) => "Terminating".into(),
        None => text(obj, &["status", "phase"]).into(),
    }
}

pub fn claim_row(pvc: &Value, now: i64, wide: bool) -> Vec<String> {
    let volume = text(pvc, &["spec", "volumeName"]);
    let (capacity, modes) = if volume.is_empty() {
        (String::new(), String::new())
    } else {
        (
            text(pvc, &["status", "capacity", "storage"]).to_string(),
            access_modes(list(pvc, &["status", "accessModes"])),
        )
    };
    let mut row = vec![
        name_of(pvc),
        phase(pvc),
        volume.to_string(),
        capacity,
        modes,
        text(pvc, &["spec", "storageClassName"]).to_string(),
        or_unset(pvc, &["spec", "volumeAttributesClassName"]),
        age_of(pvc, now),
    ];
    if wide {
        row.push(or_unset(pvc, &["spec", "volumeMode"]));
    }
    row
}

pub fn volume_row(pv: &Value, now: i64, wide: bool) -> Vec<String> {
    let claim = at(pv, &["spec", "claimRef"]).map_or(String::new(), |r| {
        format!("{}/{}", text(r, &["namespace"]), text(r, &["name"]))
    });
    let mut row = vec![
        name_of(pv),
        text(pv, &["spec", "capacity", "storage"]).to_string(),
        access_modes(list(pv, &["spec", "accessModes"])),
        text(pv, &["spec", "persistentVolumeReclaimPolicy"]).to_string(),
        phase(pv),
        claim,
        text(pv, &["spec", "storageClassName"]).to_string(),
        or_unset(pv, &["spec", "volumeAttributesClassName"]),
        text(pv, &["status", "reason"]).to_string(),
        age_of(pv, now),
    ];
    if wide {
        row.push(or_unset(pv, &["spec", "volumeMode"]));
    }
    row
}

pub fn class_row(sc: &Value, now: i64, _wide: bool) -> Vec<String> {
    let default = text(
        sc,
        &[
            "metadata",
            "annotations",
            crate::api::storage::DEFAULT_CLASS,
        ],
    ) == "true";
    let name = name_of(sc) + if default { " (default)" } else { "" };
    let or = |field: &str, d: &str| match text(sc, &[field]) {
        "" => d.to_string(),
        s => s.to_string(),
    };
    let expand = at(sc, &["allowVolumeExpansion"]).and_then(Value::as_bool) == Some(true);
    vec![
        name,
        text(sc, &["provisioner"]).to_string(),
        or("reclaimPolicy", "Delete"),
        or("volumeBindingMode", "Immediate"),
        expand.to_string(),
        age_of(sc, now),
    ]
}

pub fn revision_row(cr: &Value, now: i64, _wide: bool) -> Vec<String> {
    let owner = list(cr, &["metadata", "ownerReferences"])
        .iter()
        .find(|o| o.get("controller").and_then(Value::as_bool) == Some(true))
        .map_or("<none>".to_string(), |o| {
            let group = text(o, &["apiVersion"]).split('/').next().unwrap_or("");
            let kind = text(o, &["kind"]).to_ascii_lowercase();
            format!("{kind}.{group}/{}", text(o, &["name"]))
        });
    vec![
        name_of(cr),
        owner,
        crate::kubectl::printers::fields::int(cr, &["revision"]).to_string(),
        age_of(cr, now),
    ]
}
