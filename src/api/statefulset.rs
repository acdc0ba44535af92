//! StatefulSet and ControllerRevision (group `apps`, version `v1`). A
//! StatefulSet runs pods with stable names (`web-0`, `web-1`) and a claim
//! per pod and template (`www-web-0`); ControllerRevisions keep its
//! template history (what `rollout history|undo` read).

use super::meta::{is_zero_i32, is_zero_i64, ObjectMeta};
use super::pod::PodTemplateSpec;
use super::selector::LabelSelector;
use super::storage::PersistentVolumeClaim;
use crate::json::{FromJson, ToJson};
use serde_json::Value;

#[derive(Clone, Debug, Default, PartialEq, ToJson, FromJson)]
#[serde(rename_all = "camelCase")]
pub struct StatefulSet {
    #[serde(default)]
    pub api_version: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub metadata: ObjectMeta,
    #[serde(default)]
    pub spec: StatefulSetSpec,
    #[serde(default)]
    pub status: StatefulSetStatus,
}

#[derive(Clone, Debug, Default, PartialEq, ToJson, FromJson)]
#[serde(rename_all = "camelCase")]
pub struct StatefulSetSpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_ready_seconds: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordinals: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persistent_volume_claim_retention_policy: Option<Value>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pod_management_policy: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replicas: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision_history_limit: Option<i32>,
    #[serde(default)]
    pub selector: Option<LabelSelector>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub service_name: String,
    #[serde(default)]
    pub template: PodTemplateSpec,
    #[serde(default)]
    pub update_strategy: UpdateStrategy,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub volume_claim_templates: Vec<PersistentVolumeClaim>,
}

#[derive(Clone, Debug, Default, PartialEq, ToJson, FromJson)]
#[serde(rename_all = "camelCase")]
pub struct UpdateStrategy {
    /// `{partition, maxUnavailable}`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rolling_update: Option<Value>,
    #[serde(default, rename = "type", skip_serializing_if = "String::is_empty")]
    pub type_: String,
}

impl StatefulSetSpec {
    /// Pods below this ordinal keep the current revision in a rolling update.
    pub fn partition(&self) -> i32 {
        self.update_strategy
            .rolling_update
            .as_ref()
            .and_then(|r| r.get("partition"))
            .and_then(Value::as_i64)
            .map_or(0, |p| i32::try_from(p).unwrap_or(i32::MAX))
    }
}

/// The ordinal of `pod` in set `name` (`web-2` → 2).
pub fn ordinal(name: &str, pod: &str) -> Option<i32> {
    pod.strip_prefix(name)?.strip_prefix('-')?.parse().ok()
}

#[derive(Clone, Debug, Default, PartialEq, ToJson, FromJson)]
#[serde(rename_all = "camelCase")]
pub struct StatefulSetStatus {
    #[serde(default)]
    pub available_replicas: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collision_count: Option<i32>,
    #[serde(default, skip_serializing_if = "is_zero_i32")]
    pub current_replicas: i32,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub current_revision: String,
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub observed_generation: i64,
    #[serde(default, skip_serializing_if = "is_zero_i32")]
    pub ready_replicas: i32,
    #[serde(default)]
    pub replicas: i32,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub update_revision: String,
    #[serde(default, skip_serializing_if = "is_zero_i32")]
    pub updated_replicas: i32,
}

#[derive(Clone, Debug, Default, PartialEq, ToJson, FromJson)]
#[serde(rename_all = "camelCase")]
pub struct ControllerRevision {
    #[serde(default)]
    pub api_version: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub metadata: ObjectMeta,
    /// The patch that restores this revision: `{"spec":{"template":…}}`.
    #[serde(default)]
    pub data: Value,
    #[serde(default)]
    pub revision: i64,
}
