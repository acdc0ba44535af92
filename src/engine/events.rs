//! Kubernetes Event objects, recorded the way client-go's recorder does:
//! name `<object>.<hex UnixNano>`, and a repeat of the same (source,
//! object, type, reason, message) bumps `count` and `lastTimestamp` of the
//! first event instead of creating a new one. Bounded by `EVENTS_MAX` and
//! expired after `EVENT_TTL_MS`, oldest first.

use super::limits::{EVENTS_MAX, EVENT_TTL_MS};
use super::store::Key;
use super::Cluster;
use crate::api::event::EventSource;
use crate::api::object::Resource;
use crate::api::service::ObjectReference;
use crate::api::{Event, ObjectMeta};
use std::collections::BTreeMap;
use std::rc::Rc;

/// Aggregation key: (component, involved uid, fieldPath, type, reason, message).
type AggKey = (String, String, String, String, String, String);

/// The recorder's memory: which event a repeat folds into, and age order.
/// Both maps hold one shared copy of an event's aggregation key (its
/// message and uid are most of an event's bytes).
#[derive(Clone, Debug, Default, crate::json::ToJson, crate::json::FromJson)]
pub struct Recorder {
    /// Not in a checkpoint: rebuilt from `age_of` ([`Recorder::reindex`]).
    #[serde(skip)]
    by_key: BTreeMap<Rc<AggKey>, Key>,
    /// (lastTimestamp ms, tie) → event key, oldest first.
    #[serde(skip)]
    by_age: BTreeMap<(u64, u64), Key>,
    /// Event key → its place in `by_age` and its aggregation key.
    #[serde(with = "super::checkpoint::pairs")]
    age_of: BTreeMap<Key, ((u64, u64), Rc<AggKey>)>,
    last_nanos: u64,
    tie: u64,
}

impl Recorder {
    /// Rebuilds the two indexes a checkpoint leaves out from `age_of`
    /// (each event's age and aggregation key): an aggregation key leads to
    /// its stored event (one whose event is gone would only be replaced).
    pub(crate) fn reindex(&mut self, store: &super::store::Store) {
        self.by_key.clear();
        self.by_age.clear();
        for (key, (age, agg)) in &self.age_of {
            self.by_age.insert(*age, key.clone());
            if store.events().get(&key.0, &key.1).is_some() {
                self.by_key.insert(agg.clone(), key.clone());
            }
        }
    }
}

/// Who an event is about.
pub fn reference<T: Resource>(obj: &T, field_path: &str) -> ObjectReference {
    let m = obj.meta();
    ObjectReference {
        api_version: T::KIND.api_version().to_string(),
        field_path: field_path.to_string(),
        kind: T::KIND.name().to_string(),
        name: m.name.clone(),
        namespace: m.namespace.clone(),
        resource_version: m.resource_version.clone(),
        // The kubelet reports on a static pod under its own uid (the
        // manifest hash), which the mirror pod's `config.mirror` names.
        uid: m
            .annotations
            .get("kubernetes.io/config.mirror")
            .unwrap_or(&m.uid)
            .clone(),
    }
}

/// What to record.
pub struct Note<'a> {
    pub type_: &'a str,
    pub reason: &'a str,
    pub message: String,
    /// `deployment-controller`, `kubelet`, ...
    pub component: &'a str,
    /// The node for kubelet events, "" otherwise.
    pub host: &'a str,
}

impl Cluster {
    /// Records (or aggregates) an event about `obj`.
    pub(crate) fn record(&mut self, obj: ObjectReference, note: Note<'_>) {
        self.expire_events();
        let now_ms = self.now().0;
        let agg: AggKey = (
            note.component.to_string(),
            obj.uid.clone(),
            obj.field_path.clone(),
            note.type_.to_string(),
            note.reason.to_string(),
            note.message.clone(),
        );
        let known = self.recorder.by_key.get_key_value(&agg);
        if let Some((agg, key)) = known.map(|(a, k)| (Rc::clone(a), k.clone())) {
            if let Some(mut ev) = self.store.events().get(&key.0, &key.1).cloned() {
                ev.count += 1;
                ev.last_timestamp = Some(self.now());
                ev.metadata.resource_version = self.store.next_rv();
                self.store.put(ev);
                self.touch_age(&key, &agg, now_ms);
                return;
            }
        }
        if self.store.events().len() >= EVENTS_MAX {
            self.drop_oldest_event();
        }
        let ns = if obj.namespace.is_empty() {
            "default".to_string()
        } else {
            obj.namespace.clone()
        };
        // UnixNano of the event, strictly increasing so names sort in time order.
        let base = now_ms * 1_000_000 + self.rng.below(900_000);
        let jitter = self.rng.below(1000);
        self.recorder.last_nanos = base.max(self.recorder.last_nanos + 1 + jitter);
        let name = format!("{}.{:x}", obj.name, self.recorder.last_nanos);
        let ev = Event {
            api_version: "v1".into(),
            kind: "Event".into(),
            metadata: ObjectMeta {
                name: name.clone(),
                namespace: ns.clone(),
                uid: self.rng.uuid(),
                resource_version: self.store.next_rv(),
                creation_timestamp: Some(self.now()),
                ..ObjectMeta::default()
            },
            count: 1,
            event_time: None,
            first_timestamp: Some(self.now()),
            involved_object: obj,
            last_timestamp: Some(self.now()),
            message: note.message,
            reason: note.reason.to_string(),
            reporting_component: note.component.to_string(),
            reporting_instance: note.host.to_string(),
            source: EventSource {
                component: note.component.to_string(),
                host: note.host.to_string(),
            },
            type_: note.type_.to_string(),
        };
        self.store.put(ev);
        let key = (ns, name);
        let agg = Rc::new(agg);
        self.recorder.by_key.insert(Rc::clone(&agg), key.clone());
        self.touch_age(&key, &agg, now_ms);
    }

    fn touch_age(&mut self, key: &Key, agg: &Rc<AggKey>, now_ms: u64) {
        self.recorder.tie += 1;
        let age = (now_ms, self.recorder.tie);
        match self.recorder.age_of.get_mut(key) {
            Some(entry) => {
                self.recorder.by_age.remove(&entry.0);
                entry.0 = age;
            }
            None => {
                self.recorder
                    .age_of
                    .insert(key.clone(), (age, Rc::clone(agg)));
            }
        }
        self.recorder.by_age.insert(age, key.clone());
    }

    fn drop_oldest_event(&mut self) {
        let Some((&age, _)) = self.recorder.by_age.iter().next() else {
            return;
        };
        if let Some(key) = self.recorder.by_age.remove(&age) {
            if let Some((_, agg)) = self.recorder.age_of.remove(&key) {
                self.recorder.by_key.remove(&agg);
            }
            self.store.remove::<Event>(&key.0, &key.1);
        }
    }

    /// Drops events whose last occurrence is older than `EVENT_TTL_MS`.
    fn expire_events(&mut self) {
        let cutoff = self.now().0.saturating_sub(EVENT_TTL_MS);
        while let Some((&(at, _), _)) = self.recorder.by_age.iter().next() {
            if at >= cutoff {
                break;
            }
            self.drop_oldest_event();
        }
    }
}
