//! Network (in progress).
use super::changes::HttpRecord;
use std::collections::VecDeque;
#[derive(Clone, Debug, Default)]
pub struct NetState {
    pub log: VecDeque<HttpRecord>,
}
