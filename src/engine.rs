//! The simulated cluster. Today it holds only the virtual clock that the
//! session advances; the engine issue grows it into the object store,
//! controllers, scheduler and kubelet.
//!
//! Time moves only through [`Cluster::advance`]: nothing here reads a clock.

/// A simulated cluster, identified by its seed.
#[derive(Clone, Debug)]
pub struct Cluster {
    seed: u64,
    now_ms: u64,
}

impl Cluster {
    /// A fresh cluster. The same seed always gives the same cluster.
    pub fn new(seed: u64) -> Self {
        Cluster { seed, now_ms: 0 }
    }

    /// The seed this cluster was created with.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// Simulated milliseconds since the cluster started.
    pub fn now_ms(&self) -> u64 {
        self.now_ms
    }

    /// Moves simulated time forward by `dt_ms`.
    pub fn advance(&mut self, dt_ms: u64) {
        self.now_ms = self.now_ms.saturating_add(dt_ms);
    }

    /// Moves simulated time forward to `t_ms` (never backwards), running
    /// whatever falls due on the way.
    pub fn advance_to(&mut self, t_ms: u64) {
        self.now_ms = self.now_ms.max(t_ms);
    }

    /// When the next scheduled piece of work is due, in simulated ms;
    /// `None` when nothing is scheduled.
    pub fn next_timer_due(&self) -> Option<u64> {
        None
    }
}
