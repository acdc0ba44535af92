//! `metadata` of every object and the pieces shared by all kinds:
//! owner references, the condition shape and small helpers for
//! Go's `omitempty` behaviour.

use super::time::Time;
use crate::json::{FromJson, ToJson};
use std::collections::BTreeMap;

/// Labels or annotations: sorted, as the apiserver prints them.
pub type StringMap = BTreeMap<String, String>;

/// `metadata`, with the apiserver's JSON names.
#[derive(Clone, Debug, Default, PartialEq, ToJson, FromJson)]
#[serde(rename_all = "camelCase")]
pub struct ObjectMeta {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub generate_name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub namespace: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub uid: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub resource_version: String,
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub generation: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_timestamp: Option<Time>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_timestamp: Option<Time>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_grace_period_seconds: Option<i64>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: StringMap,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub annotations: StringMap,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub owner_references: Vec<OwnerReference>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub finalizers: Vec<String>,
}

impl ObjectMeta {
    /// Metadata with just a name (and namespace, empty for cluster-scoped kinds).
    pub fn named(namespace: &str, name: &str) -> Self {
        ObjectMeta {
            name: name.to_string(),
            namespace: namespace.to_string(),
            ..ObjectMeta::default()
        }
    }

    /// The owner reference marked `controller: true`, if any.
    pub fn controller_ref(&self) -> Option<&OwnerReference> {
        self.owner_references
            .iter()
            .find(|r| r.controller == Some(true))
    }

    /// True once a delete has been requested (the object is terminating).
    pub fn is_terminating(&self) -> bool {
        self.deletion_timestamp.is_some()
    }

    /// An annotation's value, or "" when absent.
    pub fn annotation(&self, key: &str) -> &str {
        self.annotations.get(key).map_or("", String::as_str)
    }
}

/// `metadata.ownerReferences[]`.
#[derive(Clone, Debug, Default, PartialEq, ToJson, FromJson)]
#[serde(rename_all = "camelCase")]
pub struct OwnerReference {
    pub api_version: String,
    pub kind: String,
    pub name: String,
    pub uid: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub controller: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub block_owner_deletion: Option<bool>,
}

/// The condition shape shared by Deployments, Pods and Nodes
/// (`type`, `status`, reason, message and the two timestamps).
#[derive(Clone, Debug, Default, PartialEq, ToJson, FromJson)]
#[serde(rename_all = "camelCase")]
pub struct Condition {
    #[serde(rename = "type")]
    pub type_: String,
    pub status: String,
    /// Pods and Nodes print `lastProbeTime: null`; Deployments have none.
    #[serde(default, skip_serializing_if = "Probe::is_absent", with = "probe_time")]
    pub last_probe_time: Probe,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_heartbeat_time: Option<Time>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_transition_time: Option<Time>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_update_time: Option<Time>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub message: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// Whether a condition carries `lastProbeTime` (always `null` here).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Probe {
    #[default]
    Absent,
    Null,
}

impl Probe {
    fn is_absent(&self) -> bool {
        *self == Probe::Absent
    }
}

/// `lastProbeTime` is always `null` here, whatever a manifest says.
mod probe_time {
    use super::Probe;
    use crate::json::{DecodeErr, Value};

    pub fn to_json(_: &Probe) -> Value {
        Value::Null
    }

    pub fn from_json(_: &Value) -> Result<Probe, DecodeErr> {
        Ok(Probe::Null)
    }
}

impl Condition {
    /// A condition with status `True`/`False`/`Unknown`, reason and message.
    pub fn new(type_: &str, status: &str, reason: &str, message: &str) -> Self {
        Condition {
            type_: type_.to_string(),
            status: status.to_string(),
            reason: reason.to_string(),
            message: message.to_string(),
            ..Condition::default()
        }
    }

    /// True when `status` is "True".
    pub fn is_true(&self) -> bool {
        self.status == "True"
    }
}

/// Finds a condition by type.
pub fn find_condition<'a>(conds: &'a [Condition], type_: &str) -> Option<&'a Condition> {
    conds.iter().find(|c| c.type_ == type_)
}

pub(crate) fn is_zero_i64(v: &i64) -> bool {
    *v == 0
}

pub(crate) fn is_zero_i32(v: &i32) -> bool {
    *v == 0
}

pub(crate) fn is_false(v: &bool) -> bool {
    !*v
}
