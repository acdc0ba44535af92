//! Watches: the objects a watch selects, compared between polls, become
//! `ADDED` / `MODIFIED` / `DELETED` events (JSON lines on a chunked
//! stream). When a watch is the only request waiting and nothing
//! changed, the caller lets simulated time jump to the cluster's next
//! timer, as the terminal does for a waiting command.

use std::collections::BTreeMap;

use serde_json::{json, Value};

/// What a watch saw last: resourceVersion and object by `namespace/name`.
#[derive(Clone, Debug, Default)]
pub struct WatchState {
    seen: BTreeMap<String, (String, Value)>,
}

fn key(obj: &Value) -> String {
    format!(
        "{}/{}",
        obj.pointer("/metadata/namespace")
            .and_then(Value::as_str)
            .unwrap_or(""),
        obj.pointer("/metadata/name")
            .and_then(Value::as_str)
            .unwrap_or("")
    )
}

fn version(obj: &Value) -> String {
    obj.pointer("/metadata/resourceVersion")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string()
}

impl WatchState {
    /// Starts from `objects`: with `replay`, they are sent as `ADDED`
    /// first (a watch without a resourceVersion).
    pub fn start(objects: &[Value], replay: bool) -> (WatchState, Vec<Value>) {
        let mut state = WatchState::default();
        if replay {
            let events = state.diff(objects);
            return (state, events);
        }
        for obj in objects {
            state.seen.insert(key(obj), (version(obj), obj.clone()));
        }
        (state, Vec::new())
    }

    /// The events that turn the last view into `objects`.
    pub fn diff(&mut self, objects: &[Value]) -> Vec<Value> {
        let mut events = Vec::new();
        let mut now = BTreeMap::new();
        for obj in objects {
            let k = key(obj);
            let v = version(obj);
            let uid = |o: &Value| o.pointer("/metadata/uid").cloned();
            match self.seen.get(&k) {
                None => events.push(json!({"type": "ADDED", "object": obj})),
                // Gone and made again under the same name (a StatefulSet's pod).
                Some((_, prev)) if uid(prev) != uid(obj) => {
                    events.push(json!({"type": "DELETED", "object": prev}));
                    events.push(json!({"type": "ADDED", "object": obj}));
                }
                Some((old, _)) if *old != v => {
                    events.push(json!({"type": "MODIFIED", "object": obj}))
                }
                Some(_) => {}
            }
            now.insert(k, (v, obj.clone()));
        }
        for (k, (_, obj)) in &self.seen {
            if !now.contains_key(k) {
                events.push(json!({"type": "DELETED", "object": obj}));
            }
        }
        self.seen = now;
        events
    }
}
