//! The kubelet's stages as data: for each wait in a pod's life on its
//! node, what it follows, what comes next, and how long it lasts
//! (simulated time). `start` and `lifecycle` read their delays from
//! here; [`STAGES`] lists them all in the order a pod meets them, and
//! the tests pin the sequences a learner sees (back-off doublings, the
//! pull time of an image).

/// How a stage's wait is worked out from its base `ms`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wait {
    /// Always `ms`.
    Fixed,
    /// `ms` the first time, then doubling up to `max_ms`.
    Doubling { max_ms: u64 },
    /// `ms` plus a seeded random `[0, up_to_ms)`.
    Jittered { up_to_ms: u64 },
    /// `ms` plus the image size at `bytes_per_ms`.
    PerImageSize { bytes_per_ms: u64 },
}

/// One stage: after `after`, wait, then `then`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stage {
    pub after: &'static str,
    pub then: &'static str,
    pub ms: u64,
    pub wait: Wait,
}

impl Stage {
    /// The next wait of a doubling stage whose previous wait was `prev`
    /// (0 the first time); a fixed stage's `ms` otherwise.
    pub fn doubled(&self, prev: u64) -> u64 {
        match self.wait {
            Wait::Doubling { max_ms } => prev.saturating_mul(2).clamp(self.ms, max_ms),
            _ => self.ms,
        }
    }

    /// Upper bound (exclusive) of a jittered stage's random part.
    pub fn jitter_ms(&self) -> u64 {
        match self.wait {
            Wait::Jittered { up_to_ms } => up_to_ms,
            _ => 0,
        }
    }

    /// How long pulling `size_bytes` takes.
    pub fn for_size(&self, size_bytes: u64) -> u64 {
        match self.wait {
            Wait::PerImageSize { bytes_per_ms } => {
                self.ms + size_bytes.checked_div(bytes_per_ms).unwrap_or(0)
            }
            _ => self.ms,
        }
    }
}

pub const ADMIT: Stage = Stage {
    after: "bound to a node",
    then: "admitted (ContainerCreating)",
    ms: 100,
    wait: Wait::Fixed,
};
pub const MOUNT_RETRY: Stage = Stage {
    after: "a ConfigMap or Secret volume is missing (FailedMount)",
    then: "admission is tried again",
    ms: 1_000,
    wait: Wait::Doubling { max_ms: 32_000 },
};
pub const SANDBOX: Stage = Stage {
    after: "admitted, or the node came back",
    then: "sandbox ready, pod IP assigned",
    ms: 400,
    wait: Wait::Fixed,
};
pub const PULL: Stage = Stage {
    after: "pull of an image not on the node",
    then: "Pulled",
    ms: 500,
    wait: Wait::PerImageSize {
        bytes_per_ms: 40_000,
    },
};
pub const PULL_CACHED: Stage = Stage {
    after: "image already on the node",
    then: "Pulled (already present)",
    ms: 400,
    wait: Wait::Fixed,
};
pub const PULL_FAIL: Stage = Stage {
    after: "pull of an unknown image",
    then: "ErrImagePull",
    ms: 800,
    wait: Wait::Fixed,
};
pub const ERR_SHOWN: Stage = Stage {
    after: "ErrImagePull",
    then: "ImagePullBackOff (or the retry, if sooner)",
    ms: 3_000,
    wait: Wait::Jittered { up_to_ms: 2_000 },
};
pub const PULL_BACKOFF: Stage = Stage {
    after: "a failed pull",
    then: "the image is pulled again",
    ms: 10_000,
    wait: Wait::Doubling { max_ms: 300_000 },
};
pub const BACKOFF_RESYNC: Stage = Stage {
    after: "ImagePullBackOff reported",
    then: "reported again (or the retry, if sooner)",
    ms: 10_000,
    wait: Wait::Jittered { up_to_ms: 1_000 },
};
pub const START: Stage = Stage {
    after: "image pulled, container created",
    then: "started (Ready unless a readiness probe waits); the next container's pull",
    ms: 100,
    wait: Wait::Fixed,
};
pub const CONFIG_RETRY: Stage = Stage {
    after: "a container's config cannot be made (CreateContainerConfigError)",
    then: "the image is checked and the start tried again (next pod sync)",
    ms: 10_000,
    wait: Wait::Jittered { up_to_ms: 5_000 },
};
pub const FIRST_RESTART: Stage = Stage {
    after: "a container exits the first time",
    then: "restarted",
    ms: 1_000,
    wait: Wait::Fixed,
};
pub const CRASH_BACKOFF: Stage = Stage {
    after: "a container exits again (CrashLoopBackOff)",
    then: "restarted",
    ms: 10_000,
    wait: Wait::Doubling { max_ms: 300_000 },
};
/// The kubelet notices exits on its next relist (every second; half a
/// period on average). Until then the pod stays `1/1 Terminating`, as
/// real clusters show it right up to the end of the grace period.
pub const STOP_NOTICED: Stage = Stage {
    after: "SIGTERM: the slowest container's exit (per image, at most the grace period)",
    then: "the status says the containers stopped (next relist)",
    ms: 500,
    wait: Wait::Fixed,
};
pub const GONE: Stage = Stage {
    after: "no container left running",
    then: "the pod object is removed",
    ms: 100,
    wait: Wait::Fixed,
};

/// How often the kubelet relists its containers (PLEG): a container whose
/// command ends sooner is never reported ready.
pub const RELIST_MS: u64 = 1000;

/// Every stage, in the order a pod meets them.
pub const STAGES: [Stage; 15] = [
    ADMIT,
    MOUNT_RETRY,
    SANDBOX,
    PULL,
    PULL_CACHED,
    PULL_FAIL,
    ERR_SHOWN,
    PULL_BACKOFF,
    BACKOFF_RESYNC,
    START,
    CONFIG_RETRY,
    FIRST_RESTART,
    CRASH_BACKOFF,
    STOP_NOTICED,
    GONE,
];

#[cfg(test)]
mod tests {
    use super::*;

    fn sequence(stage: &Stage, n: usize) -> Vec<u64> {
        let mut prev = 0;
        (0..n)
            .map(|_| {
                prev = stage.doubled(prev);
                prev
            })
            .collect()
    }

    #[test]
    fn back_off_sequences() {
        let cases = [
            (
                MOUNT_RETRY,
                vec![1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 32_000],
            ),
            (
                PULL_BACKOFF,
                vec![10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000],
            ),
            (
                CRASH_BACKOFF,
                vec![10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000],
            ),
            (ADMIT, vec![100, 100]),
        ];
        for (stage, want) in cases {
            assert_eq!(sequence(&stage, want.len()), want, "{}", stage.after);
        }
    }

    #[test]
    fn waits() {
        // The bootcamp image (≈ 76 MB) pulls in about 2.4 s.
        assert_eq!(PULL.for_size(76_000_000), 2_400);
        assert_eq!(PULL.for_size(0), 500);
        assert_eq!(PULL_CACHED.for_size(76_000_000), 400);
        assert_eq!(ERR_SHOWN.jitter_ms(), 2_000);
        assert_eq!(BACKOFF_RESYNC.jitter_ms(), 1_000);
        assert_eq!(SANDBOX.jitter_ms(), 0);
    }

    #[test]
    fn every_stage_says_what_it_joins() {
        for s in STAGES {
            assert!(!s.after.is_empty() && !s.then.is_empty(), "{s:?}");
            assert!(s.ms > 0, "{s:?}");
        }
    }
}
