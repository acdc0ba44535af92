//! The closed set of kinds the playground serves: [`Kind`] (names,
//! groups, short names as discovery reports them), the [`Resource`] trait
//! every typed object implements, and [`Object`], one value of any kind,
//! for code that works by resource name (`kubectl get TYPE`).

use super::batch::{CronJob, Job};
use super::configmap::ConfigMap;
use super::daemonset::DaemonSet;
use super::event::Event;
use super::meta::ObjectMeta;
use super::node::{Namespace, Node};
use super::pod::Pod;
use super::secret::Secret;
use super::service::{Endpoints, Service};
use super::statefulset::{ControllerRevision, StatefulSet};
use super::storage::{PersistentVolume, PersistentVolumeClaim, StorageClass};
use super::workload::{Deployment, ReplicaSet};
use crate::json::{DecodeErr as JsonErr, FromJson, ToJson, Value};

/// Every kind the engine stores.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Namespace,
    Node,
    Pod,
    ReplicaSet,
    Deployment,
    Service,
    Endpoints,
    ConfigMap,
    Event,
    DaemonSet,
    Job,
    CronJob,
    Secret,
    StatefulSet,
    ControllerRevision,
    PersistentVolumeClaim,
    PersistentVolume,
    StorageClass,
}

/// (kind, plural, singular, short names, group, namespaced)
type KindRow = (
    Kind,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static str,
    bool,
);

const KINDS: [KindRow; 18] = [
    (
        Kind::Namespace,
        "namespaces",
        "namespace",
        &["ns"],
        "",
        false,
    ),
    (Kind::Node, "nodes", "node", &["no"], "", false),
    (Kind::Pod, "pods", "pod", &["po"], "", true),
    (
        Kind::ReplicaSet,
        "replicasets",
        "replicaset",
        &["rs"],
        "apps",
        true,
    ),
    (
        Kind::Deployment,
        "deployments",
        "deployment",
        &["deploy"],
        "apps",
        true,
    ),
    (Kind::Service, "services", "service", &["svc"], "", true),
    (Kind::Endpoints, "endpoints", "endpoints", &["ep"], "", true),
    (
        Kind::ConfigMap,
        "configmaps",
        "configmap",
        &["cm"],
        "",
        true,
    ),
    (Kind::Event, "events", "event", &["ev"], "", true),
    (
        Kind::DaemonSet,
        "daemonsets",
        "daemonset",
        &["ds"],
        "apps",
        true,
    ),
    (Kind::Job, "jobs", "job", &[], "batch", true),
    (Kind::CronJob, "cronjobs", "cronjob", &["cj"], "batch", true),
    (Kind::Secret, "secrets", "secret", &[], "", true),
    (
        Kind::StatefulSet,
        "statefulsets",
        "statefulset",
        &["sts"],
        "apps",
        true,
    ),
    (
        Kind::ControllerRevision,
        "controllerrevisions",
        "controllerrevision",
        &[],
        "apps",
        true,
    ),
    (
        Kind::PersistentVolumeClaim,
        "persistentvolumeclaims",
        "persistentvolumeclaim",
        &["pvc"],
        "",
        true,
    ),
    (
        Kind::PersistentVolume,
        "persistentvolumes",
        "persistentvolume",
        &["pv"],
        "",
        false,
    ),
    (
        Kind::StorageClass,
        "storageclasses",
        "storageclass",
        &["sc"],
        "storage.k8s.io",
        false,
    ),
];

impl Kind {
    /// All kinds, in discovery order.
    pub const ALL: [Kind; 18] = [
        Kind::Namespace,
        Kind::Node,
        Kind::Pod,
        Kind::ReplicaSet,
        Kind::Deployment,
        Kind::Service,
        Kind::Endpoints,
        Kind::ConfigMap,
        Kind::Event,
        Kind::DaemonSet,
        Kind::Job,
        Kind::CronJob,
        Kind::Secret,
        Kind::StatefulSet,
        Kind::ControllerRevision,
        Kind::PersistentVolumeClaim,
        Kind::PersistentVolume,
        Kind::StorageClass,
    ];

    fn row(self) -> &'static KindRow {
        // KINDS is indexed in the enum's order; fall back to Pod defensively.
        KINDS.get(self as usize).unwrap_or(&KINDS[2])
    }

    /// `Deployment`
    pub fn name(self) -> &'static str {
        match self {
            Kind::Namespace => "Namespace",
            Kind::Node => "Node",
            Kind::Pod => "Pod",
            Kind::ReplicaSet => "ReplicaSet",
            Kind::Deployment => "Deployment",
            Kind::Service => "Service",
            Kind::Endpoints => "Endpoints",
            Kind::ConfigMap => "ConfigMap",
            Kind::Event => "Event",
            Kind::DaemonSet => "DaemonSet",
            Kind::Job => "Job",
            Kind::CronJob => "CronJob",
            Kind::Secret => "Secret",
            Kind::StatefulSet => "StatefulSet",
            Kind::ControllerRevision => "ControllerRevision",
            Kind::PersistentVolumeClaim => "PersistentVolumeClaim",
            Kind::PersistentVolume => "PersistentVolume",
            Kind::StorageClass => "StorageClass",
        }
    }

    /// `deployments`
    pub fn plural(self) -> &'static str {
        self.row().1
    }

    /// `deployment`
    pub fn singular(self) -> &'static str {
        self.row().2
    }

    /// `["deploy"]`
    pub fn short_names(self) -> &'static [&'static str] {
        self.row().3
    }

    /// `apps`, or "" for the core group.
    pub fn group(self) -> &'static str {
        self.row().4
    }

    /// `apps/v1`, `batch/v1` or `v1`.
    pub fn api_version(self) -> &'static str {
        match self.group() {
            "" => "v1",
            "batch" => "batch/v1",
            "storage.k8s.io" => "storage.k8s.io/v1",
            _ => "apps/v1",
        }
    }

    /// False for Namespace and Node.
    pub fn namespaced(self) -> bool {
        self.row().5
    }

    /// `deployments.apps`, `pods`: the resource as apiserver messages name it.
    pub fn qualified_resource(self) -> String {
        if self.group().is_empty() {
            self.plural().to_string()
        } else {
            format!("{}.{}", self.plural(), self.group())
        }
    }

    /// Resolves what a user typed as a resource type: plural, singular,
    /// short name or kind, case-insensitive, optionally qualified with a
    /// group (`deployments.apps`) or version and group (`deployment.v1.apps`).
    pub fn from_resource_name(text: &str) -> Option<Kind> {
        let lower = text.to_ascii_lowercase();
        let (base, qualifier) = match lower.split_once('.') {
            Some((b, q)) => (b.to_string(), Some(q.to_string())),
            None => (lower, None),
        };
        let kind = Kind::ALL.into_iter().find(|k| {
            k.plural() == base
                || k.singular() == base
                || k.short_names().contains(&base.as_str())
                || k.name().to_ascii_lowercase() == base
        })?;
        match qualifier.as_deref() {
            None => Some(kind),
            Some(q) => {
                let group = q
                    .strip_prefix("v1.")
                    .or(if q == "v1" { Some("") } else { None });
                let group = group.unwrap_or(q);
                (group == kind.group()).then_some(kind)
            }
        }
    }

    /// Resolves a manifest's `kind` (exact, case-sensitive as the apiserver is).
    pub fn from_kind_name(kind: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == kind)
    }
}

/// What every stored object offers the engine.
pub trait Resource: Clone + Default + ToJson + FromJson + std::fmt::Debug {
    const KIND: Kind;
    fn meta(&self) -> &ObjectMeta;
    fn meta_mut(&mut self) -> &mut ObjectMeta;
    /// Sets `apiVersion` and `kind` to this type's.
    fn set_type_meta(&mut self);
    fn into_object(self) -> Object;
    fn from_object(o: Object) -> Option<Self>;
    fn ref_from_object(o: &Object) -> Option<&Self>;
}

macro_rules! resources {
    ($($ty:ident),*) => {
        /// One object of any kind. Boxed, so that an `Object` is small
        /// whatever its kind (the engine's store holds every kind in one map).
        #[derive(Clone, Debug, PartialEq)]
        pub enum Object { $($ty(Box<$ty>)),* }

        $(impl Resource for $ty {
            const KIND: Kind = Kind::$ty;
            fn meta(&self) -> &ObjectMeta { &self.metadata }
            fn meta_mut(&mut self) -> &mut ObjectMeta { &mut self.metadata }
            fn set_type_meta(&mut self) {
                self.api_version = Kind::$ty.api_version().to_string();
                self.kind = Kind::$ty.name().to_string();
            }
            fn into_object(self) -> Object { Object::$ty(Box::new(self)) }
            fn from_object(o: Object) -> Option<Self> {
                match o { Object::$ty(x) => Some(*x), _ => None }
            }
            fn ref_from_object(o: &Object) -> Option<&Self> {
                match o { Object::$ty(x) => Some(x), _ => None }
            }
        })*

        impl Object {
            /// The object's kind.
            pub fn kind(&self) -> Kind {
                match self { $(Object::$ty(_) => Kind::$ty),* }
            }
            /// Its metadata.
            pub fn meta(&self) -> &ObjectMeta {
                match self { $(Object::$ty(x) => &x.metadata),* }
            }
            /// Sets `apiVersion` and `kind` to its kind's.
            pub fn set_type_meta(&mut self) {
                match self { $(Object::$ty(x) => x.set_type_meta()),* }
            }
            /// Its metadata, mutable.
            pub fn meta_mut(&mut self) -> &mut ObjectMeta {
                match self { $(Object::$ty(x) => &mut x.metadata),* }
            }
            /// The JSON a real apiserver returns for it (keys sorted, as
            /// kubectl prints them).
            pub fn to_json(&self) -> Value {
                match self { $(Object::$ty(x) => x.to_json()),* }
            }
            fn decode_as(kind: Kind, v: &Value) -> Result<Object, JsonErr> {
                Ok(match kind { $(Kind::$ty => Object::$ty(Box::new(FromJson::from_json(v)?))),* })
            }
        }
    };
}

resources!(
    Namespace,
    Node,
    Pod,
    ReplicaSet,
    Deployment,
    Service,
    Endpoints,
    ConfigMap,
    Event,
    DaemonSet,
    Job,
    CronJob,
    Secret,
    StatefulSet,
    ControllerRevision,
    PersistentVolumeClaim,
    PersistentVolume,
    StorageClass
);

/// Why a manifest could not be turned into an object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// `kind` is missing or not one the playground serves.
    UnknownKind(String),
    /// The JSON does not fit the type; the text is the apiserver's.
    BadRequest(String),
}

impl Object {
    /// Decodes a manifest (already parsed from YAML/JSON) into an object,
    /// strictly like the apiserver's default field validation: an unknown
    /// field is a `BadRequest` naming its path (`unknown field "spec.replica"`).
    /// `apiVersion` is not checked here (kubectl does that).
    pub fn from_json(value: &Value) -> Result<Object, DecodeError> {
        let kind_name = value.get("kind").and_then(Value::as_str).unwrap_or("");
        let kind = Kind::from_kind_name(kind_name)
            .ok_or_else(|| DecodeError::UnknownKind(kind_name.to_string()))?;
        let prefix = format!(
            "{} in version \"v1\" cannot be handled as a {}",
            kind.name(),
            kind.name()
        );
        let obj = Object::decode_as(kind, value)
            .map_err(|e| DecodeError::BadRequest(format!("{prefix}: {e}")))?;
        let mut unknown = Vec::new();
        super::strict::unknown_fields(value, &obj.to_json(), "", &mut unknown);
        unknown.extend(super::strict::unknown_extra_fields(&obj));
        if unknown.is_empty() {
            Ok(obj)
        } else {
            let list: Vec<String> = unknown
                .iter()
                .map(|f| format!("unknown field \"{f}\""))
                .collect();
            Err(DecodeError::BadRequest(format!(
                "{prefix}: strict decoding error: {}",
                list.join(", ")
            )))
        }
    }
}

impl Object {
    /// An object of `kind` as the store kept it (a checkpoint of the
    /// world): no strict field checks, its own words are trusted no more
    /// than to fit the type.
    pub fn from_stored(kind: Kind, value: &Value) -> Result<Object, JsonErr> {
        Object::decode_as(kind, value)
    }
}
