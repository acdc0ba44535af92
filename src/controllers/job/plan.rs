//! The Job controller's decisions as a pure function over plain numbers
//! (after `syncJob` in `pkg/controller/job/job_controller.go`): is the
//! Job finished (completions reached, backoff limit passed, deadline
//! passed), and if not, how many pods to start now or when to look again
//! (failed pods are replaced after an exponential back-off: 10 s, 20 s,
//! 40 s … at most 6 min).

/// What the controller knows about a Job and its pods at one instant.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Input {
    pub completions: Option<i32>,
    pub parallelism: i32,
    pub backoff_limit: i32,
    /// restartPolicy OnFailure: containers restart in place, and their
    /// restarts count against the backoff limit.
    pub on_failure: bool,
    pub suspended: bool,
    /// ms since the Job started, and its deadline in seconds.
    pub running_ms: u64,
    pub deadline_s: Option<i64>,
    /// Pods not finished and not terminating.
    pub active: i32,
    pub succeeded: i32,
    pub failed: i32,
    /// Container restarts summed over the active pods.
    pub restarts: i32,
    /// ms since the last pod failure, if any failed.
    pub since_failure_ms: Option<u64>,
}

/// Why a Job failed: the condition's reason and message (and the event's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    BackoffLimitExceeded,
    DeadlineExceeded,
}

impl Failure {
    pub fn reason(self) -> &'static str {
        match self {
            Failure::BackoffLimitExceeded => "BackoffLimitExceeded",
            Failure::DeadlineExceeded => "DeadlineExceeded",
        }
    }

    pub fn message(self) -> &'static str {
        match self {
            Failure::BackoffLimitExceeded => "Job has reached the specified backoff limit",
            Failure::DeadlineExceeded => "Job was active longer than specified deadline",
        }
    }
}

/// What to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plan {
    /// Success criteria met: mark it Complete.
    Complete,
    /// Mark it Failed and delete its active pods.
    Fail(Failure),
    /// Start this many pods now; look again after `recheck_ms` if set
    /// (a back-off still running, or the deadline).
    Run {
        create: i32,
        delete: i32,
        recheck_ms: Option<u64>,
    },
}

/// The first replacement after a failure waits 10 s, doubling per failure.
const BACKOFF_BASE_MS: u64 = 10_000;
const BACKOFF_MAX_MS: u64 = 360_000;

/// How long to wait after the last failure before a new pod, with
/// `failed` failures so far.
pub fn backoff_ms(failed: i32) -> u64 {
    if failed <= 0 {
        return 0;
    }
    let doublings = u32::try_from(failed - 1).unwrap_or(0).min(10);
    (BACKOFF_BASE_MS << doublings).min(BACKOFF_MAX_MS)
}

pub fn plan(i: &Input) -> Plan {
    let complete = match i.completions {
        Some(c) => i.succeeded >= c,
        // A work queue is done once one pod succeeded and none runs.
        None => i.succeeded > 0 && i.active == 0,
    };
    if complete {
        return Plan::Complete;
    }
    let past_backoff = if i.on_failure {
        if i.backoff_limit == 0 {
            i.restarts > 0
        } else {
            i.restarts >= i.backoff_limit
        }
    } else {
        false
    };
    if i.failed > i.backoff_limit || past_backoff {
        return Plan::Fail(Failure::BackoffLimitExceeded);
    }
    let deadline_ms = i
        .deadline_s
        .map(|s| u64::try_from(s).unwrap_or(0).saturating_mul(1000));
    if deadline_ms.is_some_and(|d| i.running_ms >= d) {
        return Plan::Fail(Failure::DeadlineExceeded);
    }
    let until_deadline = deadline_ms.map(|d| d - i.running_ms);
    if i.suspended {
        return Plan::Run {
            create: 0,
            delete: i.active,
            recheck_ms: None,
        };
    }
    let wanted = match i.completions {
        Some(c) => i.parallelism.min(c - i.succeeded),
        // Once one succeeded, no new pods; the running ones finish.
        None if i.succeeded > 0 => i.active,
        None => i.parallelism,
    };
    if i.active > wanted {
        let delete = i.active - wanted;
        return Plan::Run {
            create: 0,
            delete,
            recheck_ms: until_deadline,
        };
    }
    let missing = wanted - i.active;
    let wait = i
        .since_failure_ms
        .map_or(0, |since| backoff_ms(i.failed).saturating_sub(since));
    if missing > 0 && wait > 0 {
        let recheck = until_deadline.map_or(wait, |d| d.min(wait));
        return Plan::Run {
            create: 0,
            delete: 0,
            recheck_ms: Some(recheck),
        };
    }
    Plan::Run {
        create: missing,
        delete: 0,
        recheck_ms: until_deadline,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(completions: Option<i32>, parallelism: i32) -> Input {
        Input {
            completions,
            parallelism,
            backoff_limit: 6,
            ..Input::default()
        }
    }

    #[test]
    fn plans_follow_the_job_controller() {
        let run = |create, recheck_ms| Plan::Run {
            create,
            delete: 0,
            recheck_ms,
        };
        let cases: Vec<(&str, Input, Plan)> = vec![
            ("new job starts one pod", job(Some(1), 1), run(1, None)),
            (
                "one running is enough",
                Input {
                    active: 1,
                    ..job(Some(1), 1)
                },
                run(0, None),
            ),
            (
                "done",
                Input {
                    succeeded: 1,
                    ..job(Some(1), 1)
                },
                Plan::Complete,
            ),
            ("parallel up to parallelism", job(Some(5), 2), run(2, None)),
            (
                "never more than remain",
                Input {
                    succeeded: 4,
                    ..job(Some(5), 2)
                },
                run(1, None),
            ),
            (
                "work queue waits for the rest",
                Input {
                    succeeded: 1,
                    active: 1,
                    ..job(None, 3)
                },
                run(0, None),
            ),
            (
                "work queue done",
                Input {
                    succeeded: 1,
                    ..job(None, 3)
                },
                Plan::Complete,
            ),
            (
                "first retry waits 10s",
                Input {
                    failed: 1,
                    since_failure_ms: Some(4_000),
                    ..job(Some(1), 1)
                },
                run(0, Some(6_000)),
            ),
            (
                "retry after the back-off",
                Input {
                    failed: 1,
                    since_failure_ms: Some(10_000),
                    ..job(Some(1), 1)
                },
                run(1, None),
            ),
            (
                "third failure waits 40s",
                Input {
                    failed: 3,
                    since_failure_ms: Some(0),
                    ..job(Some(1), 1)
                },
                run(0, Some(40_000)),
            ),
            (
                "backoff limit passed",
                Input {
                    failed: 7,
                    ..job(Some(1), 1)
                },
                Plan::Fail(Failure::BackoffLimitExceeded),
            ),
            (
                "limit 0 fails at the first failure",
                Input {
                    failed: 1,
                    backoff_limit: 0,
                    ..job(Some(1), 1)
                },
                Plan::Fail(Failure::BackoffLimitExceeded),
            ),
            (
                "OnFailure counts restarts",
                Input {
                    on_failure: true,
                    restarts: 6,
                    active: 1,
                    ..job(Some(1), 1)
                },
                Plan::Fail(Failure::BackoffLimitExceeded),
            ),
            (
                "OnFailure below the limit keeps going",
                Input {
                    on_failure: true,
                    restarts: 5,
                    active: 1,
                    ..job(Some(1), 1)
                },
                run(0, None),
            ),
            (
                "deadline passed",
                Input {
                    deadline_s: Some(10),
                    running_ms: 10_000,
                    active: 1,
                    ..job(Some(1), 1)
                },
                Plan::Fail(Failure::DeadlineExceeded),
            ),
            (
                "deadline ahead is a recheck",
                Input {
                    deadline_s: Some(10),
                    running_ms: 3_000,
                    active: 1,
                    ..job(Some(1), 1)
                },
                run(0, Some(7_000)),
            ),
            (
                "suspended stops its pods",
                Input {
                    suspended: true,
                    active: 2,
                    ..job(Some(4), 2)
                },
                Plan::Run {
                    create: 0,
                    delete: 2,
                    recheck_ms: None,
                },
            ),
        ];
        for (name, input, want) in cases {
            assert_eq!(plan(&input), want, "{name}");
        }
    }

    #[test]
    fn backoff_doubles_up_to_six_minutes() {
        let got: Vec<u64> = (0..8).map(backoff_ms).collect();
        assert_eq!(
            got,
            [0, 10_000, 20_000, 40_000, 80_000, 160_000, 320_000, 360_000]
        );
    }
}
