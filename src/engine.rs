//! The simulated cluster: a deterministic Kubernetes control plane and
//! its nodes, behind one façade, [`Cluster`].
//!
//! **Time** moves only through [`Cluster::advance`] / [`Cluster::advance_to`]:
//! due timers fire in (due, sequence) order; after each instant the
//! controllers run to quiescence (bounded by `RECONCILE_STEPS_MAX`). API
//! writes (create/update/delete) also run the controllers at once, at the
//! current instant, as a real cluster reacts within milliseconds.
//! `now_ms()` is session time: 0 when the learner's session starts, which
//! is [`SESSION_LEAD_MS`] after the cluster booted at [`BOOT_UNIX_MS`]
//! (so system objects have a plausible AGE).
//!
//! **Randomness** comes only from the seeded [`rng::Rng`]. Same seed and
//! same calls ⇒ identical names, IPs, uids, events and change log.
//!
//! **Reading**: [`Cluster::get`], [`Cluster::list`] (typed), or
//! [`Cluster::object`], [`Cluster::objects_of`] (by [`Kind`], borrowed),
//! [`Cluster::get_object`], [`Cluster::list_objects`] (cloned);
//! [`Cluster::events_for`] for `describe`; `engine/queries.rs` for a
//! Deployment's new/old ReplicaSets, the pods a workload selects,
//! rollbacks done and whether the cluster has settled.
//! **Writing**: [`Cluster::create`], [`Cluster::update`],
//! [`Cluster::modify`], [`Cluster::delete`] (and `*_object` variants);
//! errors are [`errors::ApiError`] with the apiserver's words. A failed
//! call changes nothing.
//! **Watching**: [`Cluster::changes_since`] (UI change log) and
//! [`Cluster::http_log`].
//! **Network, apps, nodes**: `engine/network.rs` ([`Cluster::http`],
//! `minikube tunnel`), `engine/curl.rs` (curl/wget output), `engine/pods.rs`
//! (logs, exec) and `engine/nodes.rs` (`minikube node ...`).

pub mod admission;
pub mod boot;
pub mod changes;
pub mod checkpoint;
pub mod clock;
pub mod curl;
pub mod effects;
pub mod errors;
pub mod events;
pub mod exec;
pub mod limits;
pub mod network;
pub mod nodes;
pub mod plane;
pub mod pods;
pub mod queries;
pub mod rng;
pub mod runtime;
pub mod store;
pub mod update_rules;
pub mod volumes;
pub mod write;

use crate::api::object::{Kind, Object};
use crate::api::{Event, Time};
use changes::{ChangeEntry, ChangeLog, HttpRecord};
use clock::{Timers, Wake, Work};
use errors::ApiError;
use limits::{RECONCILE_STEPS_MAX, TIMERS_PER_ADVANCE_MAX};
use plane::ControlPlane;
use std::collections::{BTreeSet, VecDeque};
use store::{Store, Stored};

/// 2026-01-12T09:00:00Z: when every simulated cluster boots.
pub const BOOT_UNIX_MS: u64 = 1_768_208_400_000;
/// The learner's session starts 4m37s after boot.
pub const SESSION_LEAD_MS: u64 = 277_000;
/// 2026-01-12T09:04:37Z: the wall-clock time at session time 0. Every
/// clock a learner reads (`date`, `ls -l`, creationTimestamps, logs)
/// counts from here, so they all agree.
pub const SESSION_START_UNIX_MS: u64 = BOOT_UNIX_MS + SESSION_LEAD_MS;

/// What a lesson or test can choose about a fresh cluster.
#[derive(Clone, Debug, PartialEq, Eq, crate::json::ToJson, crate::json::FromJson)]
pub struct ClusterConfig {
    /// Nodes at start (1 = minikube alone; more are `minikube-m02`, ...).
    pub nodes: usize,
    /// How long a node may miss heartbeats before it turns `Unknown`
    /// (kube-controller-manager's `--node-monitor-grace-period`, 40 s).
    pub node_monitor_grace_ms: u64,
    /// How long pods tolerate an unreachable node before eviction
    /// (the default `tolerationSeconds: 300`).
    pub pod_eviction_ms: u64,
}

impl Default for ClusterConfig {
    fn default() -> Self {
        ClusterConfig {
            nodes: 1,
            node_monitor_grace_ms: 40_000,
            pod_eviction_ms: 300_000,
        }
    }
}

/// A simulated cluster, identified by its seed.
#[derive(Clone, Debug)]
pub struct Cluster {
    pub(crate) seed: u64,
    /// Internal time: ms since boot.
    pub(crate) t: u64,
    pub(crate) session_start: u64,
    pub(crate) config: ClusterConfig,
    pub(crate) timers: Timers,
    pub(crate) rng: rng::Rng,
    pub(crate) store: Store,
    pub(crate) changes: ChangeLog,
    pub(crate) work: WorkQueue,
    pub(crate) recorder: events::Recorder,
    pub(crate) rt: runtime::Runtime,
    pub(crate) net: network::NetState,
    /// The controllers, scheduler and kubelet, registered from above.
    pub(crate) plane: ControlPlane,
}

/// Controller work waiting to run at the current instant (FIFO, deduplicated).
#[derive(Clone, Debug, Default)]
pub(crate) struct WorkQueue {
    order: VecDeque<Work>,
    queued: BTreeSet<Work>,
}

impl WorkQueue {
    pub(crate) fn push(&mut self, w: Work) {
        if self.queued.insert(w.clone()) {
            self.order.push_back(w);
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    fn pop(&mut self) -> Option<Work> {
        let w = self.order.pop_front()?;
        self.queued.remove(&w);
        Some(w)
    }
}

impl Cluster {
    /// A fresh cluster shaped by `config`, driven by `plane`. The engine
    /// core knows no controller: `Cluster::new` and `Cluster::with_config`
    /// (in `controllers::plane`) pass the real ones in.
    pub fn with_plane(seed: u64, config: ClusterConfig, plane: ControlPlane) -> Self {
        let mut c = Cluster {
            seed,
            t: 0,
            session_start: 0,
            config,
            timers: Timers::default(),
            rng: rng::Rng::new(seed),
            store: Store::default(),
            changes: ChangeLog::default(),
            work: WorkQueue::default(),
            recorder: events::Recorder::default(),
            rt: runtime::Runtime::default(),
            net: network::NetState::default(),
            plane,
        };
        boot::boot(&mut c);
        c.run_internal_to(SESSION_LEAD_MS);
        c.session_start = c.t;
        c.changes = ChangeLog::default();
        c
    }

    /// The seed this cluster was created with.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The configuration it was created with.
    pub fn config(&self) -> &ClusterConfig {
        &self.config
    }

    /// Simulated milliseconds since the session started.
    pub fn now_ms(&self) -> u64 {
        self.t.saturating_sub(self.session_start)
    }

    /// The current simulated wall-clock time.
    pub fn now(&self) -> Time {
        Time(BOOT_UNIX_MS + self.t)
    }

    /// Moves simulated time forward by `dt_ms`, firing every timer on the way.
    pub fn advance(&mut self, dt_ms: u64) {
        let target = self.now_ms().saturating_add(dt_ms);
        self.advance_to(target);
    }

    /// Fires every timer due up to session time `t_ms` in (due, seq)
    /// order, running the controllers to quiescence at each instant, then
    /// sets the clock to `t_ms` (never backwards). At most
    /// `TIMERS_PER_ADVANCE_MAX` timers fire per call; the rest stay due.
    pub fn advance_to(&mut self, t_ms: u64) {
        let target = self.session_start.saturating_add(t_ms);
        self.run_internal_to(target);
    }

    /// When the next timer is due, in session ms; `None` when nothing is scheduled.
    pub fn next_timer_due(&self) -> Option<u64> {
        self.timers
            .next_due()
            .map(|d| d.saturating_sub(self.session_start))
    }

    /// Advances timer by timer until nothing is scheduled or `limit_ms`
    /// of simulated time has passed; true when it went idle.
    pub fn run_until_idle(&mut self, limit_ms: u64) -> bool {
        let end = self.now_ms().saturating_add(limit_ms);
        while let Some(due) = self.next_timer_due() {
            if due > end {
                self.advance_to(end);
                return false;
            }
            self.advance_to(due);
        }
        true
    }

    fn run_internal_to(&mut self, target: u64) {
        let mut fired = 0usize;
        while let Some(due) = self.timers.next_due() {
            if due > target || fired >= TIMERS_PER_ADVANCE_MAX {
                break;
            }
            self.t = self.t.max(due);
            while let Some((_, wake)) = self.timers.pop_due(self.t) {
                self.fire(wake);
                fired += 1;
                if fired >= TIMERS_PER_ADVANCE_MAX {
                    break;
                }
            }
            self.reconcile();
        }
        self.t = self.t.max(target);
    }

    fn fire(&mut self, wake: Wake) {
        match wake {
            Wake::Work(w) => self.work.push(w),
            other => (self.plane.wake)(self, other),
        }
    }

    /// Runs queued controller work to quiescence at the current instant.
    /// Past `RECONCILE_STEPS_MAX` items the rest is postponed by 1 ms.
    pub(crate) fn reconcile(&mut self) {
        let mut steps = 0usize;
        while let Some(w) = self.work.pop() {
            if steps >= RECONCILE_STEPS_MAX {
                self.timers.at(self.t + 1, Wake::Work(w));
                continue;
            }
            steps += 1;
            (self.plane.run)(self, w);
        }
    }

    /// Schedules `wake` `delay_ms` from now.
    pub(crate) fn after(&mut self, delay_ms: u64, wake: Wake) -> (u64, u64) {
        self.timers.at(self.t.saturating_add(delay_ms), wake)
    }

    /// [`Cluster::after`], unless that wake is already set for that instant.
    pub(crate) fn after_once(&mut self, delay_ms: u64, wake: Wake) {
        self.timers.at_once(self.t.saturating_add(delay_ms), wake);
    }

    // ----- reading -----

    /// One object, or `NotFound` in the apiserver's words.
    pub fn get<T: Stored>(&self, namespace: &str, name: &str) -> Result<&T, ApiError> {
        let ns = if T::KIND.namespaced() { namespace } else { "" };
        self.store
            .get::<T>(ns, name)
            .ok_or_else(|| ApiError::not_found(T::KIND, name))
    }

    /// Objects of a kind in `namespace` (every namespace when `None`),
    /// sorted by namespace then name, as the apiserver lists them.
    pub fn list<T: Stored>(&self, namespace: Option<&str>) -> Vec<&T> {
        let ns = if T::KIND.namespaced() {
            namespace
        } else {
            None
        };
        self.store.table::<T>().list(ns).collect()
    }

    /// One object of `kind`, cloned.
    pub fn get_object(&self, kind: Kind, namespace: &str, name: &str) -> Result<Object, ApiError> {
        self.object(kind, namespace, name).cloned()
    }

    /// One object of `kind`, as stored.
    pub fn object(&self, kind: Kind, namespace: &str, name: &str) -> Result<&Object, ApiError> {
        let ns = if kind.namespaced() { namespace } else { "" };
        self.store
            .object(kind, ns, name)
            .ok_or_else(|| ApiError::not_found(kind, name))
    }

    /// Stored objects of `kind` in list order (one compiled copy for all kinds).
    pub fn objects_of(&self, kind: Kind, namespace: Option<&str>) -> impl Iterator<Item = &Object> {
        let ns = if kind.namespaced() { namespace } else { None };
        self.store.objects_of(kind, ns)
    }

    /// Objects of `kind`, cloned, in list order.
    pub fn list_objects(&self, kind: Kind, namespace: Option<&str>) -> Vec<Object> {
        self.objects_of(kind, namespace).cloned().collect()
    }

    /// Every object of `kind` as JSON, serialised where it is stored: the
    /// same values as `list_objects` + `Object::to_json` without cloning
    /// each object first (half the cost of `kubectl get` at 1,000 pods).
    pub fn list_json(&self, kind: Kind, namespace: Option<&str>) -> Vec<serde_json::Value> {
        self.objects_of(kind, namespace)
            .map(Object::to_json)
            .collect()
    }

    /// Events about one object, oldest `lastTimestamp` first (as `describe` shows them).
    pub fn events_for(&self, kind: Kind, namespace: &str, name: &str) -> Vec<&Event> {
        let mut list: Vec<&Event> = self
            .store
            .events()
            .list(None)
            .filter(|e| {
                e.involved_object.kind == kind.name()
                    && e.involved_object.name == name
                    && (e.involved_object.namespace == namespace || !kind.namespaced())
            })
            .collect();
        crate::sorting::sort_by_key(&mut list, |e| (e.last_timestamp, e.first_timestamp));
        list
    }

    /// UI change-log entries from `cursor` on, the next cursor, and how
    /// many entries were dropped before the oldest one kept.
    pub fn changes_since(&self, cursor: u64) -> (Vec<&ChangeEntry>, u64, u64) {
        self.changes.since(cursor)
    }

    /// The cursor that skips everything logged so far.
    pub fn change_cursor(&self) -> u64 {
        self.changes.cursor()
    }

    /// The most recent HTTP requests (oldest first, bounded by `HTTP_LOG_MAX`).
    pub fn http_log(&self) -> &VecDeque<HttpRecord> {
        &self.net.log
    }

    /// Session ms of an absolute simulated time (0 if before the session).
    pub fn session_ms(&self, at: Time) -> u64 {
        at.0.saturating_sub(BOOT_UNIX_MS + self.session_start)
    }
}
