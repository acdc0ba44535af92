//! A checkpoint of the cluster: everything that decides what it does
//! next — clock, timers, the seeded generator, every stored object, the
//! event recorder's memory, the kubelet's and the network's state — as
//! JSON, and back. A session too long to replay keeps one as its new
//! start (`share::checkpoint`). The controllers (`plane`) are code, not
//! state: a checkpoint is loaded into a cluster that already has them.
//! The UI's change log starts empty after a load, as after a reload.

use super::clock::{Timers, Work};
use super::events::Recorder;
use super::network::NetState;
use super::rng::Rng;
use super::runtime::Runtime;
use super::store::Store;
use super::{Cluster, ClusterConfig};
use crate::api::object::{Kind, Object};
use crate::json::{DecodeErr, FromJson, ToJson, Value};

/// The saved form. Objects are `[kind, json]`: a stored object's own
/// `kind` field may be empty.
#[derive(ToJson, FromJson)]
struct State {
    seed: u64,
    t: u64,
    session_start: u64,
    config: ClusterConfig,
    timers: Timers,
    rng: Rng,
    objects: Vec<(String, Value)>,
    resource_version: u64,
    work: Vec<Work>,
    recorder: Recorder,
    rt: Runtime,
    net: NetState,
}

impl Cluster {
    /// The cluster's state as JSON (times to the millisecond).
    pub fn checkpoint(&self) -> Value {
        crate::api::time::exact_times(|| self.state().to_json())
    }

    fn state(&self) -> State {
        State {
            seed: self.seed,
            t: self.t,
            session_start: self.session_start,
            config: self.config.clone(),
            timers: self.timers.clone(),
            rng: self.rng.clone(),
            objects: self
                .store
                .all_objects()
                .map(|o| (o.kind().name().to_string(), o.to_json()))
                .collect(),
            resource_version: self.store.resource_version,
            work: self.work.order.iter().cloned().collect(),
            recorder: self.recorder.clone(),
            rt: self.rt.clone(),
            net: self.net.clone(),
        }
    }

    /// Replaces this cluster's state with a checkpoint's; on an error
    /// (not a checkpoint, an unknown kind or image) nothing changes.
    pub fn load_checkpoint(&mut self, value: Value) -> Result<(), String> {
        let state = State::from_json(&value).map_err(|e| e.to_string())?;
        let mut store = Store::default();
        for (kind, json) in state.objects {
            let kind = Kind::from_kind_name(&kind).ok_or("unknown kind")?;
            store.put_object(Object::from_stored(kind, &json).map_err(|e| e.to_string())?);
        }
        store.resource_version = state.resource_version;
        self.seed = state.seed;
        self.t = state.t;
        self.session_start = state.session_start;
        self.config = state.config;
        self.timers = state.timers;
        self.rng = state.rng;
        self.store = store;
        self.changes = Default::default();
        self.work = Default::default();
        for w in state.work {
            self.work.push(w);
        }
        self.recorder = state.recorder;
        self.recorder.reindex(&self.store);
        self.rt = state.rt;
        self.net = state.net;
        Ok(())
    }
}

/// A map whose keys are not strings (JSON object keys must be), as a
/// list of `[key, value]` pairs.
pub(crate) mod pairs {
    use super::{DecodeErr, FromJson, ToJson, Value};
    use std::collections::BTreeMap;

    pub fn to_json<K: ToJson, V: ToJson>(map: &BTreeMap<K, V>) -> Value {
        Value::Array(
            map.iter()
                .map(|(k, v)| Value::Array(vec![k.to_json(), v.to_json()]))
                .collect(),
        )
    }

    pub fn from_json<K: FromJson + Ord, V: FromJson>(
        v: &Value,
    ) -> Result<BTreeMap<K, V>, DecodeErr> {
        let mut out = BTreeMap::new();
        for (k, v) in Vec::<(K, V)>::from_json(v)? {
            out.insert(k, v);
        }
        Ok(out)
    }
}
