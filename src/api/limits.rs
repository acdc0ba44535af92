//! The bounds validation enforces on an object's own fields, each named
//! with its unit last. They live here, below the engine, because
//! validation (in `api`) must not reach up into `engine`; the engine's
//! `limits` re-exports them beside its other bounds.

/// Largest `spec.replicas` a Deployment or ReplicaSet may ask for.
pub const REPLICAS_MAX: i64 = 5_000;
/// Bytes of data in one ConfigMap (the apiserver's 1 MiB).
pub const CONFIGMAP_BYTES_MAX: usize = 1_048_576;
