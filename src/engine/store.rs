//! The object store: one sorted table per kind, keyed by (namespace,
//! name) so lists come out in the apiserver's order, plus two pod indexes
//! (by controlling owner uid and by node) that keep the controllers fast
//! at thousands of pods. It only stores; the engine decides what to write.

use crate::api::daemonset::DaemonSet;
use crate::api::object::Resource;
use crate::api::{
    ConfigMap, Deployment, Endpoints, Event, Namespace, Node, Pod, ReplicaSet, Service,
};
use std::collections::{BTreeMap, BTreeSet};

/// (namespace, name); namespace is "" for cluster-scoped kinds.
pub type Key = (String, String);

/// The objects of one kind.
#[derive(Clone, Debug)]
pub struct Table<T> {
    pub(crate) items: BTreeMap<Key, T>,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table {
            items: BTreeMap::new(),
        }
    }
}

impl<T: Resource> Table<T> {
    pub fn get(&self, ns: &str, name: &str) -> Option<&T> {
        self.items.get(&(ns.to_string(), name.to_string()))
    }

    /// Objects in `ns` (all namespaces when `None`), sorted by (namespace, name).
    pub fn list<'a>(&'a self, ns: Option<&str>) -> impl Iterator<Item = &'a T> + 'a {
        let range: Box<dyn Iterator<Item = (&'a Key, &'a T)> + 'a> = match ns {
            Some(n) => {
                let n = n.to_string();
                Box::new(
                    self.items
                        .range((n.clone(), String::new())..)
                        .take_while(move |(k, _)| k.0 == n),
                )
            }
            None => Box::new(self.items.iter()),
        };
        range.map(|(_, v)| v)
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
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

/// Every stored object.
#[derive(Clone, Debug, Default)]
pub struct Store {
    pub namespaces: Table<Namespace>,
    pub nodes: Table<Node>,
    pub pods: Table<Pod>,
    pub replicasets: Table<ReplicaSet>,
    pub deployments: Table<Deployment>,
    pub services: Table<Service>,
    pub endpoints: Table<Endpoints>,
    pub configmaps: Table<ConfigMap>,
    pub events: Table<Event>,
    pub daemonsets: Table<DaemonSet>,
    pub pod_index: PodIndex,
    /// The last resourceVersion handed out.
    pub resource_version: u64,
}

/// Maps a type to its table.
pub trait Stored: Resource {
    fn table(s: &Store) -> &Table<Self>;
    fn table_mut(s: &mut Store) -> &mut Table<Self>;
    /// `Some` for pods, which are indexed.
    fn as_pod(&self) -> Option<&Pod> {
        None
    }
}

macro_rules! stored {
    ($($ty:ident => $field:ident),*) => {
        $(impl Stored for $ty {
            fn table(s: &Store) -> &Table<Self> { &s.$field }
            fn table_mut(s: &mut Store) -> &mut Table<Self> { &mut s.$field }
        })*
    };
}

impl Stored for Pod {
    fn table(s: &Store) -> &Table<Self> {
        &s.pods
    }
    fn table_mut(s: &mut Store) -> &mut Table<Self> {
        &mut s.pods
    }
    fn as_pod(&self) -> Option<&Pod> {
        Some(self)
    }
}

stored!(Namespace => namespaces, Node => nodes, ReplicaSet => replicasets,
    Deployment => deployments, Service => services, Endpoints => endpoints,
    ConfigMap => configmaps, Event => events, DaemonSet => daemonsets);

fn key_of<T: Resource>(obj: &T) -> Key {
    (obj.meta().namespace.clone(), obj.meta().name.clone())
}

impl Store {
    pub fn get<T: Stored>(&self, ns: &str, name: &str) -> Option<&T> {
        T::table(self).get(ns, name)
    }

    /// Stores `obj` under its own key, returning what was there.
    pub fn put<T: Stored>(&mut self, obj: T) -> Option<T> {
        let key = key_of(&obj);
        if let Some(pod) = obj.as_pod() {
            if let Some(old) = self.pods.items.get(&key) {
                self.pod_index.remove(&key, old);
            }
            self.pod_index.add(&key, pod);
        }
        T::table_mut(self).items.insert(key, obj)
    }

    /// Removes and returns the object at (ns, name).
    pub fn remove<T: Stored>(&mut self, ns: &str, name: &str) -> Option<T> {
        let key = (ns.to_string(), name.to_string());
        let old = T::table_mut(self).items.remove(&key)?;
        if let Some(pod) = old.as_pod() {
            self.pod_index.remove(&key, pod);
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
        self.pod_index
            .by_owner
            .get(uid)
            .map(|keys| keys.iter().filter_map(|k| self.pods.items.get(k)).collect())
            .unwrap_or_default()
    }

    /// Pods bound to `node`, sorted by key.
    pub fn pods_on_node(&self, node: &str) -> Vec<&Pod> {
        self.pod_index
            .by_node
            .get(node)
            .map(|keys| keys.iter().filter_map(|k| self.pods.items.get(k)).collect())
            .unwrap_or_default()
    }
}
