//! The columns `kubectl get` prints for each kind — the server-side
//! printers of `pkg/printers/internalversion/printers.go` — as data: header
//! names for normal and `-o wide` output and one row function per kind.
//! Cell rules live in `columns/workloads.rs` and `columns/cluster.rs`.
//!
//! A row function reads the stored, typed object ([`Row::Typed`]): every
//! kind the store holds. [`Row::Json`] reads an object's JSON (serialised
//! per row) and is left for kinds whose types have not landed on main yet
//! (StatefulSet's row is ready for its branch).

mod cluster;
mod storage;
mod workloads;

pub use cluster::{format_endpoints, node_roles, port_string};
pub use storage::access_modes;

use serde_json::Value;

use crate::api::meta::ObjectMeta;
use crate::api::object::Object;

/// How a kind's row reads its object: every cell (name first); with
/// `wide` false only the normal columns.
#[derive(Clone, Copy)]
pub enum Row {
    /// From the typed object as the store holds it.
    Typed(fn(&Object, i64, bool) -> Vec<String>),
    /// From the object's JSON.
    Json(fn(&Value, i64, bool) -> Vec<String>),
}

/// The columns of one kind.
pub struct TableDef {
    pub headers: &'static [&'static str],
    pub wide_headers: &'static [&'static str],
    pub row: Row,
}

impl TableDef {
    pub fn headers(&self, wide: bool) -> &'static [&'static str] {
        if wide {
            self.wide_headers
        } else {
            self.headers
        }
    }

    /// The cells of one object's row at `now` (Unix seconds).
    pub fn cells(&self, obj: &Object, now: i64, wide: bool) -> Vec<String> {
        match self.row {
            Row::Typed(row) => row(obj, now, wide),
            Row::Json(row) => row(&obj.to_json(), now, wide),
        }
    }
}

/// The table definition for `kind`; kinds without a printer get kubectl's
/// default `NAME AGE`.
pub fn table_def(kind: &str) -> TableDef {
    match kind {
        "Pod" => TableDef {
            headers: &["NAME", "READY", "STATUS", "RESTARTS", "AGE"],
            wide_headers: &[
                "NAME",
                "READY",
                "STATUS",
                "RESTARTS",
                "AGE",
                "IP",
                "NODE",
                "NOMINATED NODE",
                "READINESS GATES",
            ],
            row: Row::Typed(workloads::pod_row),
        },
        "Deployment" => TableDef {
            headers: &["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"],
            wide_headers: &[
                "NAME",
                "READY",
                "UP-TO-DATE",
                "AVAILABLE",
                "AGE",
                "CONTAINERS",
                "IMAGES",
                "SELECTOR",
            ],
            row: Row::Typed(workloads::deployment_row),
        },
        "ReplicaSet" => TableDef {
            headers: &["NAME", "DESIRED", "CURRENT", "READY", "AGE"],
            wide_headers: &[
                "NAME",
                "DESIRED",
                "CURRENT",
                "READY",
                "AGE",
                "CONTAINERS",
                "IMAGES",
                "SELECTOR",
            ],
            row: Row::Typed(workloads::replicaset_row),
        },
        "DaemonSet" => TableDef {
            headers: &[
                "NAME",
                "DESIRED",
                "CURRENT",
                "READY",
                "UP-TO-DATE",
                "AVAILABLE",
                "NODE SELECTOR",
                "AGE",
            ],
            wide_headers: &[
                "NAME",
                "DESIRED",
                "CURRENT",
                "READY",
                "UP-TO-DATE",
                "AVAILABLE",
                "NODE SELECTOR",
                "AGE",
                "CONTAINERS",
                "IMAGES",
                "SELECTOR",
            ],
            row: Row::Typed(workloads::daemonset_row),
        },
        "Job" => TableDef {
            headers: &["NAME", "STATUS", "COMPLETIONS", "DURATION", "AGE"],
            wide_headers: &[
                "NAME",
                "STATUS",
                "COMPLETIONS",
                "DURATION",
                "AGE",
                "CONTAINERS",
                "IMAGES",
                "SELECTOR",
            ],
            row: Row::Typed(workloads::job_row),
        },
        "CronJob" => TableDef {
            headers: &[
                "NAME",
                "SCHEDULE",
                "TIMEZONE",
                "SUSPEND",
                "ACTIVE",
                "LAST SCHEDULE",
                "AGE",
            ],
            wide_headers: &[
                "NAME",
                "SCHEDULE",
                "TIMEZONE",
                "SUSPEND",
                "ACTIVE",
                "LAST SCHEDULE",
                "AGE",
                "CONTAINERS",
                "IMAGES",
                "SELECTOR",
            ],
            row: Row::Typed(workloads::cronjob_row),
        },
        "StatefulSet" => TableDef {
            headers: &["NAME", "READY", "AGE"],
            wide_headers: &["NAME", "READY", "AGE", "CONTAINERS", "IMAGES"],
            row: Row::Json(workloads::statefulset_row),
        },
        "PersistentVolumeClaim" => TableDef {
            headers: &[
                "NAME",
                "STATUS",
                "VOLUME",
                "CAPACITY",
                "ACCESS MODES",
                "STORAGECLASS",
                "VOLUMEATTRIBUTESCLASS",
                "AGE",
            ],
            wide_headers: &[
                "NAME",
                "STATUS",
                "VOLUME",
                "CAPACITY",
                "ACCESS MODES",
                "STORAGECLASS",
                "VOLUMEATTRIBUTESCLASS",
                "AGE",
                "VOLUMEMODE",
            ],
            row: Row::Json(storage::claim_row),
        },
        "PersistentVolume" => TableDef {
            headers: &[
                "NAME",
                "CAPACITY",
                "ACCESS MODES",
                "RECLAIM POLICY",
                "STATUS",
                "CLAIM",
                "STORAGECLASS",
                "VOLUMEATTRIBUTESCLASS",
                "REASON",
                "AGE",
            ],
            wide_headers: &[
                "NAME",
                "CAPACITY",
                "ACCESS MODES",
                "RECLAIM POLICY",
                "STATUS",
                "CLAIM",
                "STORAGECLASS",
                "VOLUMEATTRIBUTESCLASS",
                "REASON",
                "AGE",
                "VOLUMEMODE",
            ],
            row: Row::Json(storage::volume_row),
        },
        "StorageClass" => TableDef {
            headers: &[
                "NAME",
                "PROVISIONER",
                "RECLAIMPOLICY",
                "VOLUMEBINDINGMODE",
                "ALLOWVOLUMEEXPANSION",
                "AGE",
            ],
            wide_headers: &[
                "NAME",
                "PROVISIONER",
                "RECLAIMPOLICY",
                "VOLUMEBINDINGMODE",
                "ALLOWVOLUMEEXPANSION",
                "AGE",
            ],
            row: Row::Json(storage::class_row),
        },
        "ControllerRevision" => TableDef {
            headers: &["NAME", "CONTROLLER", "REVISION", "AGE"],
            wide_headers: &["NAME", "CONTROLLER", "REVISION", "AGE"],
            row: Row::Json(storage::revision_row),
        },
        "Service" => TableDef {
            headers: &[
                "NAME",
                "TYPE",
                "CLUSTER-IP",
                "EXTERNAL-IP",
                "PORT(S)",
                "AGE",
            ],
            wide_headers: &[
                "NAME",
                "TYPE",
                "CLUSTER-IP",
                "EXTERNAL-IP",
                "PORT(S)",
                "AGE",
                "SELECTOR",
            ],
            row: Row::Typed(cluster::service_row),
        },
        "Node" => TableDef {
            headers: &["NAME", "STATUS", "ROLES", "AGE", "VERSION"],
            wide_headers: &[
                "NAME",
                "STATUS",
                "ROLES",
                "AGE",
                "VERSION",
                "INTERNAL-IP",
                "EXTERNAL-IP",
                "OS-IMAGE",
                "KERNEL-VERSION",
                "CONTAINER-RUNTIME",
            ],
            row: Row::Typed(cluster::node_row),
        },
        "Event" => TableDef {
            headers: &["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"],
            wide_headers: &[
                "LAST SEEN",
                "TYPE",
                "REASON",
                "OBJECT",
                "SUBOBJECT",
                "SOURCE",
                "MESSAGE",
                "FIRST SEEN",
                "COUNT",
                "NAME",
            ],
            row: Row::Typed(cluster::event_row),
        },
        "ConfigMap" => TableDef {
            headers: &["NAME", "DATA", "AGE"],
            wide_headers: &["NAME", "DATA", "AGE"],
            row: Row::Typed(cluster::configmap_row),
        },
        "Secret" => TableDef {
            headers: &["NAME", "TYPE", "DATA", "AGE"],
            wide_headers: &["NAME", "TYPE", "DATA", "AGE"],
            row: Row::Typed(cluster::secret_row),
        },
        "Namespace" => TableDef {
            headers: &["NAME", "STATUS", "AGE"],
            wide_headers: &["NAME", "STATUS", "AGE"],
            row: Row::Typed(cluster::namespace_row),
        },
        "Endpoints" => TableDef {
            headers: &["NAME", "ENDPOINTS", "AGE"],
            wide_headers: &["NAME", "ENDPOINTS", "AGE"],
            row: Row::Typed(cluster::endpoints_row),
        },
        _ => TableDef {
            headers: &["NAME", "AGE"],
            wide_headers: &["NAME", "AGE"],
            row: Row::Typed(cluster::default_row),
        },
    }
}

/// NAME and AGE, the cells every printer starts and ends with.
pub(crate) fn name_of(obj: &Value) -> String {
    super::fields::text(obj, &["metadata", "name"]).to_string()
}

pub(crate) fn age_of(obj: &Value, now: i64) -> String {
    super::age::age_of(
        super::fields::at(obj, &["metadata", "creationTimestamp"]).and_then(Value::as_str),
        now,
    )
}

/// The AGE cell of a typed object: its creationTimestamp (whole seconds,
/// as serialised) against `now`, `<unknown>` without one.
pub(crate) fn typed_age(meta: &ObjectMeta, now: i64) -> String {
    match meta.creation_timestamp {
        Some(t) => super::age::human_duration(now - super::age::unix_secs(t)),
        None => "<unknown>".to_string(),
    }
}
