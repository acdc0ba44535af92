//! The control plane registered into the engine core: [`PLANE`] names
//! the controllers, the scheduler and the kubelet for each hook of
//! `engine::plane::ControlPlane`, and `Cluster::new`/`Cluster::with_config`
//! — the constructors everyone uses — are defined here, one layer above
//! the engine, so a cluster is always driven by the real controllers
//! while `engine` never names them.

use super::{kubelet, node_lifecycle};
use crate::engine::clock::Wake;
use crate::engine::plane::ControlPlane;
use crate::engine::{Cluster, ClusterConfig};

/// The real controllers, scheduler and kubelet.
pub const PLANE: ControlPlane = ControlPlane {
    run: super::run,
    wake,
    pod_bound: kubelet::on_bound,
    pod_updated: kubelet::on_update,
    pod_deleted: kubelet::on_delete,
    pod_forgotten: kubelet::forget,
};

fn wake(c: &mut Cluster, wake: Wake) {
    match wake {
        Wake::Kubelet { uid, token, step } => kubelet::wake(c, &uid, token, step),
        Wake::NodeMonitor { node, token } => node_lifecycle::monitor(c, &node, token),
        Wake::NodeEvict { node, token } => node_lifecycle::evict(c, &node, token),
        Wake::NodeReady { node, token } => node_lifecycle::kubelet_ready(c, &node, token),
        // The engine queues work itself; it never hands it here.
        Wake::Work(_) => {}
    }
}

impl Cluster {
    /// A fresh one-node minikube. The same seed always gives the same cluster.
    pub fn new(seed: u64) -> Self {
        Self::with_config(seed, ClusterConfig::default())
    }

    /// A fresh cluster shaped by `config` (e.g. three nodes for a lesson).
    pub fn with_config(seed: u64, config: ClusterConfig) -> Self {
        Self::with_plane(seed, config, PLANE)
    }
}
