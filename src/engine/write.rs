//! The write half of the API: create, update, modify and delete with the
//! apiserver's checks (namespace exists, name rules, defaulting,
//! validation, resourceVersion conflicts, immutable fields, capacity), and
//! the internal `put`/`remove` every write goes through so the change log
//! and the controllers' work queue always hear about it.

use super::admission;
use super::changes::Change;
use super::clock::Work;
use super::effects::effects;
use super::errors::ApiError;
use super::limits::{OBJECTS_PER_KIND_MAX, PODS_MAX};
use super::store::Stored;
use super::update_rules::{
    has_generation, immutable_errors, keep_server_fields, reset_pod_status, spec_json,
};
use super::Cluster;
use crate::api::defaults::apply_defaults;
use crate::api::object::{Kind, Object, Resource};
use crate::api::validate::validate;
use crate::api::Pod;

/// How dependents are treated when their owner is deleted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Propagation {
    /// Delete dependents in the background (kubectl's default).
    #[default]
    Background,
    /// Treated like Background here (the owner goes first).
    Foreground,
    /// Keep dependents and drop their owner references (`--cascade=orphan`).
    Orphan,
}

/// Options of a delete call.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeleteOptions {
    /// Pods: seconds to wait before killing (`None` = the pod's own,
    /// `Some(0)` = at once, as `--grace-period=0 --force`).
    pub grace_period_seconds: Option<i64>,
    pub propagation: Propagation,
}

/// The typed object back from one of the `*_stored` cores, which keep the kind.
fn typed<T: Stored>(o: Object) -> Result<T, ApiError> {
    T::from_object(o).ok_or_else(|| ApiError::bad_request("kind mismatch"))
}

const SYSTEM_NAMESPACES: [&str; 4] = ["default", "kube-system", "kube-public", "kube-node-lease"];

impl Cluster {
    /// Creates `obj` in `namespace` (ignored for cluster-scoped kinds) and
    /// returns it as stored. `metadata.generateName` is honoured.
    pub fn create<T: Stored>(&mut self, namespace: &str, obj: T) -> Result<T, ApiError> {
        let created = self.create_inner(namespace, obj)?;
        self.reconcile();
        Ok(created)
    }

    /// [`Cluster::create`] for an object of any kind.
    pub fn create_object(&mut self, namespace: &str, obj: Object) -> Result<Object, ApiError> {
        let created = self.create_stored(namespace, obj)?;
        self.reconcile();
        Ok(created)
    }

    pub(crate) fn create_inner<T: Stored>(
        &mut self,
        namespace: &str,
        obj: T,
    ) -> Result<T, ApiError> {
        self.create_stored(namespace, obj.into_object())
            .and_then(typed)
    }

    /// [`Cluster::create_inner`] for an object of any kind (one compiled copy).
    fn create_stored(&mut self, namespace: &str, obj: Object) -> Result<Object, ApiError> {
        let kind = obj.kind();
        let ns = if kind.namespaced() {
            namespace.to_string()
        } else {
            String::new()
        };
        let given_ns = obj.meta().namespace.clone();
        if kind.namespaced() && !given_ns.is_empty() && given_ns != ns {
            return Err(ApiError::bad_request(
                "the namespace of the provided object does not match the namespace sent on the request",
            ));
        }
        if kind.namespaced() {
            self.check_namespace_open(kind, &ns, &obj.meta().name)?;
        }
        let mut obj = obj;
        obj.meta_mut().namespace = ns.clone();
        if obj.meta().name.is_empty() && !obj.meta().generate_name.is_empty() {
            let prefix = obj.meta().generate_name.clone();
            obj.meta_mut().name = admission::generate_name(self, kind, &ns, &prefix)?;
        }
        let name = obj.meta().name.clone();
        let mut o = obj;
        apply_defaults(&mut o);
        let errs = validate(&o);
        if !errs.is_empty() {
            return Err(ApiError::invalid(kind, &name, errs));
        }
        match &mut o {
            Object::Service(s) => {
                admission::allocate_service(self, s, None)?;
                s.status = Default::default();
                if self.net.tunnel && s.type_name() == "LoadBalancer" {
                    s.status.load_balancer.ingress =
                        vec![crate::api::service::LoadBalancerIngress::minikube_tunnel()];
                }
            }
            Object::Job(j) => admission::admit_job(self, j),
            // The DefaultStorageClass and StorageObjectInUseProtection admission plugins.
            Object::PersistentVolumeClaim(p) => {
                if p.spec.storage_class_name.is_none() {
                    let default = self
                        .store
                        .storage_classes()
                        .list(None)
                        .find(|s| s.is_default());
                    p.spec.storage_class_name = default.map(|s| s.metadata.name.clone());
                }
                p.status = Default::default();
                p.status.phase = "Pending".into();
                protect(&mut p.metadata, "kubernetes.io/pvc-protection");
            }
            Object::PersistentVolume(p) => protect(&mut p.metadata, "kubernetes.io/pv-protection"),
            Object::Pod(p) => {
                admission::admit_pod(self, p);
                reset_pod_status(p);
                if !p.spec.node_name.is_empty() {
                    let mut cond = crate::api::Condition::new("PodScheduled", "True", "", "");
                    cond.last_probe_time = crate::api::meta::Probe::Null;
                    cond.last_transition_time = Some(self.now());
                    p.status.conditions.push(cond);
                }
            }
            _ => {}
        }
        if self.store.object(kind, &ns, &name).is_some() {
            return Err(ApiError::already_exists(kind, &name));
        }
        self.check_capacity(kind, &name)?;
        let mut obj = o;
        obj.set_type_meta();
        let now = self.now();
        // A Job's uid is drawn at admission: its selector names it.
        let uid = match obj.meta().uid.clone() {
            u if kind == Kind::Job && !u.is_empty() => u,
            _ => self.rng.uuid(),
        };
        let m = obj.meta_mut();
        m.uid = uid;
        m.creation_timestamp = Some(now);
        m.deletion_timestamp = None;
        m.deletion_grace_period_seconds = None;
        m.generation = if has_generation(kind) { 1 } else { 0 };
        let stored = self.put_object(obj);
        if kind == Kind::Namespace {
            super::boot::publish_root_ca(self, &name);
        }
        if let Object::Pod(pod) = &stored {
            if !pod.spec.node_name.is_empty() {
                // Bound at creation (static and daemon pods): the kubelet takes it.
                self.pod_bound(&pod.clone());
            }
        }
        Ok(stored)
    }

    fn check_namespace_open(&self, kind: Kind, ns: &str, name: &str) -> Result<(), ApiError> {
        match self.store.namespaces().get("", ns) {
            None => Err(ApiError::not_found(Kind::Namespace, ns)),
            Some(n) if n.metadata.is_terminating() => Err(ApiError::forbidden(format!(
                "{} \"{name}\" is forbidden: unable to create new content in namespace {ns} because it is being terminated",
                kind.plural()
            ))),
            Some(_) => Ok(()),
        }
    }

    fn check_capacity(&self, kind: Kind, name: &str) -> Result<(), ApiError> {
        let (count, max) = match kind {
            Kind::Pod => (self.store.pods().len(), PODS_MAX),
            Kind::Event => return Ok(()),
            _ => (self.count_of(kind), OBJECTS_PER_KIND_MAX),
        };
        if count >= max {
            return Err(ApiError::forbidden(format!(
                "{} \"{name}\" is forbidden: the playground holds at most {max} {}",
                kind.plural(),
                kind.plural()
            )));
        }
        Ok(())
    }

    fn count_of(&self, kind: Kind) -> usize {
        self.store.count(kind)
    }

    /// Replaces an object's metadata and spec (status is kept: it belongs
    /// to the controllers). A non-empty `metadata.resourceVersion` that is
    /// not the stored one is a `Conflict`. Nothing changed ⇒ no write.
    pub fn update<T: Stored>(&mut self, obj: T) -> Result<T, ApiError> {
        let updated = self.update_inner(obj)?;
        self.reconcile();
        Ok(updated)
    }

    /// [`Cluster::update`] for an object of any kind.
    pub fn update_object(&mut self, obj: Object) -> Result<Object, ApiError> {
        let updated = self.update_stored(obj)?;
        self.reconcile();
        Ok(updated)
    }

    /// Reads an object, lets `f` change it, and updates it — the usual
    /// shape of `kubectl scale`, `set image`, `label`, `rollout pause`.
    pub fn modify<T: Stored>(
        &mut self,
        namespace: &str,
        name: &str,
        f: impl FnOnce(&mut T),
    ) -> Result<T, ApiError> {
        let mut obj = self.get::<T>(namespace, name)?.clone();
        f(&mut obj);
        self.update(obj)
    }

    fn update_inner<T: Stored>(&mut self, obj: T) -> Result<T, ApiError> {
        self.update_stored(obj.into_object()).and_then(typed)
    }

    /// [`Cluster::update_inner`] for an object of any kind (one compiled copy).
    fn update_stored(&mut self, mut o: Object) -> Result<Object, ApiError> {
        let kind = o.kind();
        let ns = if kind.namespaced() {
            o.meta().namespace.clone()
        } else {
            String::new()
        };
        let name = o.meta().name.clone();
        let old_o = self
            .store
            .object(kind, &ns, &name)
            .cloned()
            .ok_or_else(|| ApiError::not_found(kind, &name))?;
        let rv = &o.meta().resource_version;
        if !rv.is_empty() && *rv != old_o.meta().resource_version {
            return Err(ApiError::conflict(kind, &name));
        }
        keep_server_fields(&mut o, &old_o);
        apply_defaults(&mut o);
        let (mut errs, fixed) = (validate(&o), immutable_errors(&o, &old_o));
        // A Secret's or ConfigMap's update checks its fixed fields first.
        if matches!(kind, Kind::Secret | Kind::ConfigMap) {
            errs.splice(0..0, fixed);
        } else {
            errs.extend(fixed);
        }
        if !errs.is_empty() {
            return Err(ApiError::invalid(kind, &name, errs));
        }
        if let (Object::Service(s), Object::Service(os)) = (&mut o, &old_o) {
            admission::allocate_service(self, s, Some(os))?;
        }
        if spec_json(&o) != spec_json(&old_o) && has_generation(kind) {
            o.meta_mut().generation = old_o.meta().generation + 1;
        }
        o.set_type_meta();
        o.meta_mut().resource_version = old_o.meta().resource_version.clone();
        if o.to_json() == old_o.to_json() {
            return Ok(old_o);
        }
        let stored = self.put_object(o);
        if let (Object::Pod(before), Object::Pod(after)) = (&old_o, &stored) {
            self.pod_updated(before, &after.clone());
        }
        Ok(stored)
    }

    /// Deletes an object. Pods on a node terminate gracefully (they get a
    /// `deletionTimestamp` and the kubelet stops them); other kinds go at
    /// once and their dependents follow (`propagation`). Protected
    /// namespaces are `Forbidden`.
    pub fn delete(
        &mut self,
        kind: Kind,
        namespace: &str,
        name: &str,
        opts: DeleteOptions,
    ) -> Result<Object, ApiError> {
        let result = self.delete_inner(kind, namespace, name, opts);
        self.reconcile();
        result
    }

    /// [`Cluster::delete`] without running the controllers (for controllers).
    pub(crate) fn delete_inner(
        &mut self,
        kind: Kind,
        namespace: &str,
        name: &str,
        opts: DeleteOptions,
    ) -> Result<Object, ApiError> {
        let ns = if kind.namespaced() { namespace } else { "" };
        let current = self.get_object(kind, ns, name)?;
        let result = match kind {
            Kind::Pod => self.delete_pod(ns, name, opts.grace_period_seconds),
            // The pvc-protection finalizer: a claim a pod still mounts stays
            // Terminating until no pod does (the claim controller removes it).
            Kind::PersistentVolumeClaim if !self.pods_using_claim(ns, name).is_empty() => {
                let mut pvc = self
                    .get::<crate::api::storage::PersistentVolumeClaim>(ns, name)?
                    .clone();
                if pvc.metadata.deletion_timestamp.is_none() {
                    pvc.metadata.deletion_timestamp = Some(self.now());
                    pvc.metadata.deletion_grace_period_seconds = Some(0);
                    pvc = self.put(pvc);
                }
                Ok(pvc.into_object())
            }
            Kind::Namespace => self.delete_namespace(name),
            Kind::Node => {
                // Pod garbage collection force-deletes the pods of a node that is gone.
                self.remove_object(kind, "", name);
                let pods: Vec<(String, String)> = self
                    .store
                    .pods_on_node(name)
                    .iter()
                    .map(|p| (p.metadata.namespace.clone(), p.metadata.name.clone()))
                    .collect();
                for (ns, pod) in pods {
                    self.remove::<Pod>(&ns, &pod);
                }
                Ok(current)
            }
            _ => {
                self.remove_object(kind, ns, name);
                let uid = current.meta().uid.clone();
                if opts.propagation == Propagation::Orphan {
                    self.orphan_dependents(&uid);
                } else {
                    self.work.push(Work::Orphans(uid));
                }
                Ok(current)
            }
        };
        result
    }

    fn delete_namespace(&mut self, name: &str) -> Result<Object, ApiError> {
        if SYSTEM_NAMESPACES.contains(&name) {
            return Err(ApiError::forbidden(format!(
                "namespaces \"{name}\" is forbidden: this namespace may not be deleted"
            )));
        }
        let mut ns = self.get::<crate::api::Namespace>("", name)?.clone();
        if ns.metadata.deletion_timestamp.is_none() {
            ns.metadata.deletion_timestamp = Some(self.now());
            ns.metadata.deletion_grace_period_seconds = Some(0);
            ns.status.phase = "Terminating".into();
            ns = self.put(ns);
        }
        self.work.push(Work::Namespace(name.to_string()));
        Ok(ns.into_object())
    }

    /// Graceful (or forced) pod deletion.
    pub(crate) fn delete_pod(
        &mut self,
        ns: &str,
        name: &str,
        grace: Option<i64>,
    ) -> Result<Object, ApiError> {
        let mut pod = self.get::<Pod>(ns, name)?.clone();
        let grace = grace
            .or(pod.spec.termination_grace_period_seconds)
            .unwrap_or(30)
            .max(0);
        let node_known = self.store.nodes().get("", &pod.spec.node_name).is_some();
        let finished = pod.status.phase == "Succeeded" || pod.status.phase == "Failed";
        if grace == 0 || !node_known || finished {
            self.remove::<Pod>(ns, name);
            return Ok(pod.into_object());
        }
        if let Some(old_grace) = pod.metadata.deletion_grace_period_seconds {
            if old_grace <= grace {
                return Ok(pod.into_object());
            }
        }
        pod.metadata.deletion_timestamp =
            Some(crate::api::Time(self.now().0 + grace as u64 * 1000));
        pod.metadata.deletion_grace_period_seconds = Some(grace);
        let pod = self.put(pod);
        self.pod_deleted(&pod.metadata.uid);
        Ok(pod.into_object())
    }

    pub(crate) fn remove_object(&mut self, kind: Kind, ns: &str, name: &str) {
        self.remove_stored(kind, ns, name);
    }

    /// Drops owner references to `uid` (`--cascade=orphan`).
    fn orphan_dependents(&mut self, uid: &str) {
        let pods: Vec<Pod> = self.store.pods_owned_by(uid).into_iter().cloned().collect();
        for mut p in pods {
            p.metadata.owner_references.retain(|r| r.uid != uid);
            self.put(p);
        }
        let rss: Vec<crate::api::ReplicaSet> = self
            .store
            .replicasets()
            .list(None)
            .filter(|r| r.metadata.owner_references.iter().any(|o| o.uid == uid))
            .cloned()
            .collect();
        for mut r in rss {
            r.metadata.owner_references.retain(|o| o.uid != uid);
            self.put(r);
        }
    }

    /// Stores `obj` with a new resourceVersion, logs the change and queues
    /// the controllers that watch it. Returns the stored object.
    pub(crate) fn put<T: Stored>(&mut self, obj: T) -> T {
        // `put_object` keeps the kind, so the conversion back cannot fail.
        T::from_object(self.put_object(obj.into_object())).unwrap_or_default()
    }

    /// [`Cluster::put`] for an object of any kind (one compiled copy).
    fn put_object(&mut self, mut obj: Object) -> Object {
        obj.meta_mut().resource_version = self.store.next_rv();
        let kind = obj.kind();
        if matches!(
            kind,
            Kind::Deployment | Kind::ReplicaSet | Kind::StatefulSet
        ) {
            // The apiserver bumps generation on every spec change, controllers' too.
            let (ns, name) = (obj.meta().namespace.clone(), obj.meta().name.clone());
            if let Some(old) = self.store.object(kind, &ns, &name) {
                let spec = |o: &Object| o.to_json().get("spec").cloned();
                if spec(old) != spec(&obj) {
                    let generation = old.meta().generation + 1;
                    obj.meta_mut().generation = generation;
                }
            }
        }
        let stored = obj.clone();
        let old = self.store.put_object(obj);
        let (work, changes) = effects(&self.store, old.as_ref(), Some(&stored));
        self.apply_effects(work, changes);
        stored
    }

    /// Removes an object, logging and queueing like `put`.
    pub(crate) fn remove<T: Stored>(&mut self, ns: &str, name: &str) -> Option<T> {
        self.remove_stored(T::KIND, ns, name)
            .and_then(T::from_object)
    }

    /// [`Cluster::remove`] for an object of any kind (one compiled copy).
    fn remove_stored(&mut self, kind: Kind, ns: &str, name: &str) -> Option<Object> {
        let old = self.store.remove_object(kind, ns, name)?;
        let (work, changes) = effects(&self.store, Some(&old), None);
        self.apply_effects(work, changes);
        if kind == Kind::Pod {
            self.pod_forgotten(&old.meta().uid);
            self.drop_pod_volumes(&old.meta().uid);
        }
        Some(old)
    }

    fn apply_effects(&mut self, work: Vec<Work>, changes: Vec<Change>) {
        for w in work {
            self.work.push(w);
        }
        let at = self.now_ms();
        for ch in changes {
            self.changes.push(at, ch);
        }
    }
}

/// Adds `finalizer` unless present.
fn protect(m: &mut crate::api::ObjectMeta, finalizer: &str) {
    if !m.finalizers.iter().any(|f| f == finalizer) {
        m.finalizers.push(finalizer.into());
    }
}
