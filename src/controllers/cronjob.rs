//! The CronJob controller (placeholder until the schedule is wired).

use crate::engine::store::Key;
use crate::engine::Cluster;

pub fn sync(_c: &mut Cluster, _key: &Key) {}
