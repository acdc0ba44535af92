//! Kubelet (in progress).
use crate::engine::Cluster;
pub fn wake(_c: &mut Cluster, _uid: &str, _token: u64) {}
pub fn on_delete(_c: &mut Cluster, _uid: &str) {}
pub fn forget(_c: &mut Cluster, _uid: &str) {}
pub fn node_restarted(_c: &mut Cluster, _node: &str) {}
