//! Scheduler (in progress).
use crate::engine::Cluster;
pub fn schedule_pending(_c: &mut Cluster) {}
