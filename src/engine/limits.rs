//! Every bound the engine enforces, in one place, each named with its
//! unit last. Exceeding one gives a clear error or stops a loop early; it
//! never hangs the page.

/// Bounds on an object's own fields, checked by validation in `api`.
pub use crate::api::limits::{CONFIGMAP_BYTES_MAX, REPLICAS_MAX};
/// Pods the whole cluster may hold; the ReplicaSet controller stops
/// creating pods at this number and says so in a `FailedCreate` event.
pub const PODS_MAX: usize = 6_000;
/// Objects of one kind (other than pods and events).
pub const OBJECTS_PER_KIND_MAX: usize = 5_000;
/// Event objects kept; the oldest go first (real clusters expire them after an hour).
pub const EVENTS_MAX: usize = 4_000;
/// How long an Event lives, as the apiserver's default `--event-ttl` (1 h).
pub const EVENT_TTL_MS: u64 = 3_600_000;
/// Entries kept in the UI change log ring.
pub const CHANGES_MAX: usize = 4_096;
/// HTTP requests remembered for lessons and the UI.
pub const HTTP_LOG_MAX: usize = 2_000;
/// Log lines kept per container.
pub const LOG_LINES_MAX: usize = 1_000;
/// Nodes in the cluster (minikube itself allows far more; the page does not).
pub const NODES_MAX: usize = 100;
/// Controller work items processed at one simulated instant.
pub const RECONCILE_STEPS_MAX: usize = 200_000;
/// Timers fired by one `advance`/`advance_to` call.
pub const TIMERS_PER_ADVANCE_MAX: usize = 1_000_000;
/// Pods a ReplicaSet creates or deletes in one sync (`burstReplicas`).
pub const POD_BURST_MAX: usize = 500;
/// Attempts to find a free random name for `generateName`.
pub const NAME_ATTEMPTS_MAX: usize = 32;
/// Pods per node (the kubelet's default `maxPods`).
pub const NODE_PODS_MAX: usize = 110;
/// Bytes of files one volume holds (the simulated disk is small).
pub const VOLUME_BYTES_MAX: usize = 256 * 1024;
/// Files one volume holds.
pub const VOLUME_FILES_MAX: usize = 256;
/// PersistentVolumeClaims a StatefulSet pod gets (one per claim template).
pub const CLAIM_TEMPLATES_MAX: usize = 16;
/// Hops a request may take through proxies (frontend → hello → ...).
pub const HTTP_HOPS_MAX: usize = 4;
