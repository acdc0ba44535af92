//! Kubernetes object types, with the real JSON field names so
//! `obj.to_json()` ([`crate::json::ToJson`]) is what an apiserver returns, plus the pure
//! rules around them: label selectors, defaulting, validation (with the
//! apiserver's words) and strict manifest decoding. No behaviour over time
//! lives here — that is the engine's.
//!
//! Kinds: [`node::Namespace`], [`node::Node`], [`pod::Pod`],
//! [`workload::ReplicaSet`], [`workload::Deployment`], [`service::Service`],
//! [`service::Endpoints`], [`configmap::ConfigMap`], [`event::Event`],
//! [`daemonset::DaemonSet`], [`secret::Secret`], [`batch::Job`], [`batch::CronJob`],
//! [`statefulset::StatefulSet`], [`statefulset::ControllerRevision`],
//! [`storage::PersistentVolumeClaim`], [`storage::PersistentVolume`], [`storage::StorageClass`].
//! [`object::Object`] holds any of them; [`object::Kind`] names them
//! (plural, short names, group) for code that works by resource type.
//!
//! Reading a manifest: parse YAML/JSON to a `serde_json::Value`, then
//! [`object::Object::from_json`] decodes it strictly (unknown fields are a
//! `BadRequest` in the apiserver's words). The engine defaults and
//! validates on create/update.

pub mod batch;
pub mod configmap;
pub mod cron;
pub mod daemonset;
pub mod defaults;
pub mod event;
pub mod limits;
pub mod meta;
pub mod node;
pub mod object;
pub mod pod;
pub mod pod_status;
pub mod quantity;
pub mod secret;
pub mod selector;
pub mod service;
pub mod statefulset;
pub mod storage;
pub mod strict;
pub mod time;
pub mod validate;
pub mod validation;
pub mod workload;

pub use configmap::ConfigMap;
pub use event::Event;
pub use meta::{Condition, ObjectMeta, OwnerReference};
pub use node::{Namespace, Node};
pub use object::{Kind, Object, Resource};
pub use pod::{Container, Pod, PodSpec, PodTemplateSpec};
pub use secret::Secret;
pub use selector::{LabelSelector, Selector};
pub use service::{Endpoints, Service, ServicePort};
pub use time::Time;
pub use workload::{Deployment, ReplicaSet};
