//! Event (core `v1`): what `kubectl get events` lists and `describe`
//! shows under `Events:`.

use super::meta::ObjectMeta;
use super::service::ObjectReference;
use super::time::Time;
use crate::json::{FromJson, ToJson};

#[derive(Clone, Debug, Default, PartialEq, ToJson, FromJson)]
#[serde(rename_all = "camelCase")]
pub struct Event {
    #[serde(default)]
    pub api_version: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub metadata: ObjectMeta,
    #[serde(default)]
    pub count: i32,
    /// Always `null` for events recorded the classic way (as kubelet does).
    #[serde(default)]
    pub event_time: Option<Time>,
    #[serde(default)]
    pub first_timestamp: Option<Time>,
    #[serde(default)]
    pub involved_object: ObjectReference,
    #[serde(default)]
    pub last_timestamp: Option<Time>,
    #[serde(default)]
    pub message: String,
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub reporting_component: String,
    #[serde(default)]
    pub reporting_instance: String,
    #[serde(default)]
    pub source: EventSource,
    #[serde(default, rename = "type")]
    pub type_: String,
}

#[derive(Clone, Debug, Default, PartialEq, ToJson, FromJson)]
pub struct EventSource {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub component: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub host: String,
}
