//! Why a saved document (a session file, or the per-tab session index) was
//! refused. Kept apart from `store` so the index (`recent`), which sits in
//! a lower layer than the document code, can name it.

use super::codec::ShareError;
use super::limits::STORE_BYTES_MAX;

/// Why a saved document was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    TooLarge,
    NotKubeplay,
    UnknownVersion,
    Bad(&'static str),
    Session(ShareError),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::TooLarge => write!(f, "too large (limit {STORE_BYTES_MAX} bytes)"),
            StoreError::NotKubeplay => write!(f, "not a kubeplay session file"),
            StoreError::UnknownVersion => write!(f, "made by another version of kubeplay"),
            StoreError::Bad(part) => write!(f, "damaged ({part})"),
            StoreError::Session(e) => write!(f, "session {e}"),
        }
    }
}
