//! Garbage collection (background cascading deletion) and namespace
//! deletion: when an owner is gone its dependents are deleted — a
//! Deployment's ReplicaSets, a ReplicaSet's or Job's pods (gracefully),
//! a CronJob's Jobs — and a
//! terminating namespace is emptied, then removed.

use crate::api::object::Kind;
use crate::engine::clock::{Wake, Work};
use crate::engine::Cluster;

/// Deletes the dependents of the removed object `uid`.
pub fn collect(c: &mut Cluster, uid: &str) {
    if uid.is_empty() {
        return;
    }
    let pods: Vec<(String, String)> = c
        .store
        .pods_owned_by(uid)
        .iter()
        .filter(|p| p.metadata.deletion_timestamp.is_none())
        .map(|p| (p.metadata.namespace.clone(), p.metadata.name.clone()))
        .collect();
    for (ns, name) in pods {
        let _ = c.delete_pod(&ns, &name, None);
    }
    delete_owned::<crate::api::ReplicaSet>(c, uid);
    delete_owned::<crate::api::batch::Job>(c, uid);
    delete_owned::<crate::api::statefulset::ControllerRevision>(c, uid);
    super::volume::released(c, uid);
}

/// Deletes the objects of type `T` that name `uid` as an owner.
fn delete_owned<T: crate::api::Resource>(c: &mut Cluster, uid: &str) {
    let owned: Vec<(String, String)> = c
        .store
        .table::<T>()
        .list(None)
        .map(|o| o.meta())
        .filter(|m| m.owner_references.iter().any(|o| o.uid == uid))
        .map(|m| (m.namespace.clone(), m.name.clone()))
        .collect();
    for (ns, name) in owned {
        let _ = c.delete_inner(T::KIND, &ns, &name, Default::default());
    }
}

/// Empties a terminating namespace; removes it once no pod is left.
pub fn finish_namespace(c: &mut Cluster, name: &str) {
    if c.store
        .namespaces()
        .get("", name)
        .is_none_or(|n| n.metadata.deletion_timestamp.is_none())
    {
        return;
    }
    for kind in [
        Kind::CronJob,
        Kind::Job,
        Kind::StatefulSet,
        Kind::ControllerRevision,
        Kind::PersistentVolumeClaim,
        Kind::DaemonSet,
        Kind::Deployment,
        Kind::ReplicaSet,
        Kind::Service,
        Kind::Endpoints,
        Kind::ConfigMap,
        Kind::Event,
        Kind::Secret,
    ] {
        let names: Vec<String> = c
            .list_objects(kind, Some(name))
            .iter()
            .map(|o| o.meta().name.clone())
            .collect();
        for n in names {
            let uid = c.get_object(kind, name, &n).map(|o| o.meta().uid.clone());
            c.remove_object(kind, name, &n);
            if let (Kind::PersistentVolumeClaim, Ok(uid)) = (kind, uid) {
                super::volume::released(c, &uid);
            }
        }
    }
    let pods: Vec<(String, bool)> = c
        .store
        .pods()
        .list(Some(name))
        .map(|p| {
            (
                p.metadata.name.clone(),
                p.metadata.deletion_timestamp.is_some(),
            )
        })
        .collect();
    if pods.is_empty() {
        c.remove::<crate::api::Namespace>("", name);
        return;
    }
    for (pod, terminating) in pods {
        if !terminating {
            let _ = c.delete_pod(name, &pod, None);
        }
    }
    c.after(1_000, Wake::Work(Work::Namespace(name.to_string())));
}
