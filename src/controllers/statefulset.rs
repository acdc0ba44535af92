//! StatefulSet controller (placeholder filled below).
use crate::engine::store::Key;
use crate::engine::Cluster;
pub fn sync(_c: &mut Cluster, _key: &Key) {}
