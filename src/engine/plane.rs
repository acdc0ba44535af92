//! [`ControlPlane`]: the controllers, scheduler and kubelet as the engine
//! core sees them — a table of functions it calls without naming them.
//! The engine owns the store, the clock and the write path; it queues
//! work and fires timers, and hands both to the plane registered when the
//! cluster was made (`controllers::plane::PLANE`, through `Cluster::new`
//! and `Cluster::with_config`). So `engine` never imports `controllers`.

use std::fmt;

use super::clock::{Wake, Work};
use super::Cluster;
use crate::api::Pod;

/// What drives a cluster's reconcile: one function per hook.
#[derive(Clone, Copy)]
pub struct ControlPlane {
    /// Runs one unit of queued controller work.
    pub run: fn(&mut Cluster, Work),
    /// A timer other than [`Wake::Work`] fired (kubelet steps, node lifecycle).
    pub wake: fn(&mut Cluster, Wake),
    /// A pod was bound to a node (created bound, or by the scheduler).
    pub pod_bound: fn(&mut Cluster, &Pod),
    /// A pod's stored spec changed: `(before, after)`.
    pub pod_updated: fn(&mut Cluster, &Pod, &Pod),
    /// A pod was marked for deletion (its uid).
    pub pod_deleted: fn(&mut Cluster, &str),
    /// A pod left the store for good (its uid).
    pub pod_forgotten: fn(&mut Cluster, &str),
}

impl fmt::Debug for ControlPlane {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ControlPlane")
    }
}

impl Cluster {
    pub(crate) fn pod_bound(&mut self, pod: &Pod) {
        (self.plane.pod_bound)(self, pod);
    }

    pub(crate) fn pod_updated(&mut self, before: &Pod, after: &Pod) {
        (self.plane.pod_updated)(self, before, after);
    }

    pub(crate) fn pod_deleted(&mut self, uid: &str) {
        (self.plane.pod_deleted)(self, uid);
    }

    pub(crate) fn pod_forgotten(&mut self, uid: &str) {
        (self.plane.pod_forgotten)(self, uid);
    }
}
