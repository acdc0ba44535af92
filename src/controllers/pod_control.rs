//! What every workload controller does the same way when it makes
//! something (after `controller_utils.go`'s `RealPodControl`): stamp the
//! controller's ownerReference on it, create a pod from its template, and
//! record `SuccessfulCreate` or `FailedCreate` as that controller. The
//! ReplicaSet and DaemonSet controllers create pods through it; the
//! Deployment controller uses its ownerReference for ReplicaSets.

use crate::api::meta::OwnerReference;
use crate::api::{Pod, Resource};
use crate::engine::events::{reference, Note};
use crate::engine::Cluster;

/// The ownerReference a controller puts on what it creates: it is the
/// controller, and blocks the owner's foreground deletion.
pub fn controller_ref<T: Resource>(owner: &T) -> OwnerReference {
    let meta = owner.meta();
    OwnerReference {
        api_version: T::KIND.api_version().into(),
        kind: T::KIND.name().into(),
        name: meta.name.clone(),
        uid: meta.uid.clone(),
        controller: Some(true),
        block_owner_deletion: Some(true),
    }
}

/// Creates `pod` in the owner's namespace and records the outcome on the
/// owner as `component` (`replicaset-controller`). False when the
/// apiserver refused it.
pub fn create_pod<T: Resource>(c: &mut Cluster, owner: &T, pod: Pod, component: &str) -> bool {
    let ns = owner.meta().namespace.clone();
    let (note, created) = match c.create_inner(&ns, pod) {
        Ok(p) => (
            Note {
                type_: "Normal",
                reason: "SuccessfulCreate",
                message: format!("Created pod: {}", p.metadata.name),
                component,
                host: "",
            },
            true,
        ),
        Err(e) => (
            Note {
                type_: "Warning",
                reason: "FailedCreate",
                message: format!("Error creating: {e}"),
                component,
                host: "",
            },
            false,
        ),
    };
    c.record(reference(owner, ""), note);
    created
}
