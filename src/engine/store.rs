//! The object store: one sorted map of every object, keyed by (kind, namespace,
//! name) so lists come out in the apiserver's order, plus two pod indexes
//! (by controlling owner uid and by node) that keep the controllers fast
//! at thousands of pods. It only stores; the engine decides what to write.

use crate::api::batch::{CronJob, Job};
use crate::api::daemonset::DaemonSet;
use crate::api::object::{Kind, Object, Resource};
use crate::api::statefulset::{ControllerRevision, StatefulSet};
use crate::api::storage::{PersistentVolume, PersistentVolumeClaim, StorageClass};
use crate::api::{
    ConfigMap, Deployment, Endpoints, Event, Namespace, Node, Pod, ReplicaSet, Secret, Service,
};
use std::collections::{BTreeMap, BTreeSet};
use std::marker::PhantomData;

/// (namespace, name); namespace is "" for cluster-scoped kinds.
pub type Key = (String, String);

/// Where an object lives in the one map: (kind, namespace, name).
type ObjectKey = (Kind, String, String);

fn object_key(kind: Kind, ns: &str, name: &str) -> ObjectKey {
    (kind, ns.to_string(), name.to_string())
}

/// The objects of one kind: a typed view of the store's single map.
pub struct Table<'a, T> {
    store: &'a Store,
    kind: PhantomData<T>,
}

impl<'a, T: Resource + 'a> Table<'a, T> {
    pub fn get(&self, ns: &str, name: &str) -> Option<&'a T> {
        self.store
            .object(T::KIND, ns, name)
            .and_then(T::ref_from_object)
    }

    /// Objects in `ns` (all namespaces when `None`), sorted by (namespace, name).
    pub fn list(&self, ns: Option<&str>) -> impl Iterator<Item = &'a T> + 'a {
        self.store
            .objects_of(T::KIND, ns)
            .filter_map(T::ref_from_object)
    }

    pub fn len(&self) -> usize {
        self.store.count(T::KIND)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Pod indexes the controllers and scheduler use.
#[derive(Clone, Debug, Default)]
pub struct PodIndex {
    pub by_owner: BTreeMap<String, BTreeSet<Key>>,
    pub by_node: BTreeMap<String, BTreeSet<Key>>,
}

impl PodIndex {
    fn remove(&mut self, key: &Key, pod: &Pod) {
        let owner = pod.metadata.controller_ref().map_or("", |r| r.uid.as_str());
        if let Some(set) = self.by_owner.get_mut(owner) {
            set.remove(key);
            if set.is_empty() {
                self.by_owner.remove(owner);
            }
        }
        if let Some(set) = self.by_node.get_mut(&pod.spec.node_name) {
            set.remove(key);
            if set.is_empty() {
                self.by_node.remove(&pod.spec.node_name);
            }
        }
    }

    fn add(&mut self, key: &Key, pod: &Pod) {
        // Orphans are indexed under "" so controllers can adopt them cheaply.
        let owner = pod.metadata.controller_ref().map_or("", |r| r.uid.as_str());
        self.by_owner
            .entry(owner.to_string())
            .or_default()
            .insert(key.clone());
        // Unscheduled pods are indexed under "" for the scheduler.
        self.by_node
            .entry(pod.spec.node_name.clone())
            .or_default()
            .insert(key.clone());
    }
}

/// Every stored object, in one map sorted by (kind, namespace, name): one
/// copy of the map's code for all kinds (a map per kind compiled ten), and
/// each kind's objects still come out in the apiserver's (namespace, name) order.
#[derive(Clone, Debug, Default)]
pub struct Store {
    objects: BTreeMap<ObjectKey, Object>,
    /// Objects per kind, indexed by `Kind as usize`.
    counts: [usize; Kind::ALL.len()],
    pub pod_index: PodIndex,
    /// The last resourceVersion handed out.
    pub resource_version: u64,
}

/// A kind the store holds; pods are also indexed.
pub trait Stored: Resource {
    /// `Some` for pods, which are indexed.
    fn as_pod(&self) -> Option<&Pod> {
        None
    }
}

impl Stored for Pod {
    fn as_pod(&self) -> Option<&Pod> {
        Some(self)
    }
}

impl Stored for Namespace {}
impl Stored for Node {}
impl Stored for ReplicaSet {}
impl Stored for Deployment {}
impl Stored for Service {}
impl Stored for Endpoints {}
impl Stored for ConfigMap {}
impl Stored for Event {}
impl Stored for DaemonSet {}
impl Stored for Job {}
impl Stored for CronJob {}
impl Stored for Secret {}
impl Stored for StatefulSet {}
impl Stored for ControllerRevision {}
impl Stored for PersistentVolumeClaim {}
impl Stored for PersistentVolume {}
impl Stored for StorageClass {}

macro_rules! tables {
    ($($field:ident: $ty:ident),*) => {
        impl Store {
            $(#[doc = concat!("The `", stringify!($ty), "` objects.")]
            pub fn $field(&self) -> Table<'_, $ty> {
                self.table()
            })*
        }
    };
}

tables!(namespaces: Namespace, nodes: Node, pods: Pod, replicasets: ReplicaSet,
    deployments: Deployment, services: Service, endpoints: Endpoints,
    configmaps: ConfigMap, events: Event, daemonsets: DaemonSet,
    jobs: Job, cronjobs: CronJob, secrets: Secret, statefulsets: StatefulSet,
    revisions: ControllerRevision, claims: PersistentVolumeClaim, volumes: PersistentVolume,
    storage_classes: StorageClass);

impl Store {
    /// The objects of type `T`.
    pub fn table<T: Resource>(&self) -> Table<'_, T> {
        Table {
            store: self,
            kind: PhantomData,
        }
    }

    /// The object of `kind` at (ns, name).
    pub(crate) fn object(&self, kind: Kind, ns: &str, name: &str) -> Option<&Object> {
        self.objects.get(&object_key(kind, ns, name))
    }

    /// Objects of `kind` in `ns` (all namespaces when `None`), sorted by
    /// (namespace, name).
    pub(crate) fn objects_of<'a>(
        &'a self,
        kind: Kind,
        ns: Option<&str>,
    ) -> Box<dyn Iterator<Item = &'a Object> + 'a> {
        let from = object_key(kind, ns.unwrap_or(""), "");
        let ns = ns.map(str::to_string);
        Box::new(
            self.objects
                .range(from..)
                .take_while(move |(k, _)| k.0 == kind && ns.as_ref().is_none_or(|n| *n == k.1))
                .map(|(_, v)| v),
        )
    }

    /// Every object, in (kind, namespace, name) order.
    pub(crate) fn all_objects(&self) -> impl Iterator<Item = &Object> {
        self.objects.values()
    }

    /// How many objects of `kind` are stored.
    pub fn count(&self, kind: Kind) -> usize {
        self.counts.get(kind as usize).copied().unwrap_or(0)
    }

    fn count_mut(&mut self, kind: Kind) -> Option<&mut usize> {
        self.counts.get_mut(kind as usize)
    }

    pub fn get<T: Stored>(&self, ns: &str, name: &str) -> Option<&T> {
        self.table::<T>().get(ns, name)
    }

    /// Stores `obj` under its own key, returning what was there.
    pub fn put<T: Stored>(&mut self, obj: T) -> Option<T> {
        self.put_object(obj.into_object()).and_then(T::from_object)
    }

    /// Stores `obj` under its own key, returning what was there.
    pub(crate) fn put_object(&mut self, obj: Object) -> Option<Object> {
        let kind = obj.kind();
        let key = (obj.meta().namespace.clone(), obj.meta().name.clone());
        if let Object::Pod(pod) = &obj {
            if let Some(Object::Pod(old)) = self.objects.get(&object_key(kind, &key.0, &key.1)) {
                self.pod_index.remove(&key, old);
            }
            self.pod_index.add(&key, pod);
        }
        let old = self.objects.insert((kind, key.0, key.1), obj);
        if old.is_none() {
            if let Some(n) = self.count_mut(kind) {
                *n += 1;
            }
        }
        old
    }

    /// Removes and returns the object at (ns, name).
    pub fn remove<T: Stored>(&mut self, ns: &str, name: &str) -> Option<T> {
        self.remove_object(T::KIND, ns, name)
            .and_then(T::from_object)
    }

    /// Removes and returns the object of `kind` at (ns, name).
    pub(crate) fn remove_object(&mut self, kind: Kind, ns: &str, name: &str) -> Option<Object> {
        let old = self.objects.remove(&object_key(kind, ns, name))?;
        if let Some(n) = self.count_mut(kind) {
            *n = n.saturating_sub(1);
        }
        if let Object::Pod(pod) = &old {
            self.pod_index
                .remove(&(ns.to_string(), name.to_string()), pod);
        }
        Some(old)
    }

    /// The next resourceVersion.
    pub fn next_rv(&mut self) -> String {
        self.resource_version += 1;
        self.resource_version.to_string()
    }

    /// Pods whose controller is the object with `uid`, sorted by key.
    pub fn pods_owned_by(&self, uid: &str) -> Vec<&Pod> {
        self.pods_at(self.pod_index.by_owner.get(uid))
    }

    /// Pods bound to `node`, sorted by key.
    pub fn pods_on_node(&self, node: &str) -> Vec<&Pod> {
        self.pods_at(self.pod_index.by_node.get(node))
    }

    fn pods_at(&self, keys: Option<&BTreeSet<Key>>) -> Vec<&Pod> {
        let pods = self.pods();
        keys.map(|keys| keys.iter().filter_map(|k| pods.get(&k.0, &k.1)).collect())
            .unwrap_or_default()
    }
}
