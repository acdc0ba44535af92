//! The control loops, modelled on Kubernetes' own: each takes one key,
//! reads the store, computes what should exist, and writes only when
//! something differs. [`run`] dispatches one unit of queued work; the
//! engine calls it until the queue is empty (bounded).
//!
//! - [`deployment`]: rollouts (RollingUpdate, Recreate), scaling,
//!   progress conditions, revisions, cleanup.
//! - [`replicaset`]: pods to match replicas, deletion ranking, status.
//! - [`endpoints`]: Endpoints follow the ready pods a Service selects.
//! - [`daemonset`]: one pod per qualifying node, and its status.
//! - [`job`]: pods run to completion, retries, deadline, TTL, status.
//! - [`cronjob`]: Jobs created at the scheduled minutes, history limits.
//! - [`statefulset`]: pods with stable names, in order, with their claims.
//! - [`volume`]: claims bound to volumes; minikube's hostpath provisioner.
//! - [`gc`]: owner-reference cascade and namespace deletion.
//! - [`kubelet`]: per-pod stages on a node (driven by timers).
//! - [`node_lifecycle`]: heartbeats lost → Unknown → eviction.
//! - [`pod_control`]: the controller ownerReference and pod creation
//!   with its events, shared by the workload controllers.
//!
//! The scheduler is [`crate::scheduler`].

pub mod cronjob;
pub mod daemonset;
pub mod deployment;
pub mod endpoints;
pub mod gc;
pub mod job;
pub mod kubelet;
pub mod node_lifecycle;
pub mod plane;
pub mod pod_control;
pub mod replicaset;
pub mod statefulset;
pub mod volume;

use crate::engine::clock::Work;
use crate::engine::Cluster;

/// Runs one unit of controller work.
pub fn run(c: &mut Cluster, work: Work) {
    match work {
        Work::Deployment(key) => deployment::sync(c, &key),
        Work::ReplicaSet(key) => replicaset::sync(c, &key),
        Work::Endpoints(key) => endpoints::sync(c, &key),
        Work::DaemonSet(key) => daemonset::sync(c, &key),
        Work::Job(key) => job::sync(c, &key),
        Work::CronJob(key) => cronjob::sync(c, &key),
        Work::StatefulSet(key) => statefulset::sync(c, &key),
        Work::Claim(key) => volume::sync_claim(c, &key),
        Work::Volume(name) => volume::sync_volume(c, &name),
        Work::Schedule => crate::scheduler::schedule_pending(c),
        Work::ScheduleRetry => crate::scheduler::retry_unschedulable(c),
        Work::Orphans(uid) => gc::collect(c, &uid),
        Work::Namespace(name) => gc::finish_namespace(c, &name),
        Work::NoExecute(node) => node_lifecycle::no_execute(c, &node),
    }
}
