//! Simulated container images (in progress).
