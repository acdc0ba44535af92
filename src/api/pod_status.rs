//! Derived views of a Pod's status that several modules need: the
//! `kubectl get pods` STATUS column (reference §6), READY counts,
//! readiness and availability. Pure functions of the object.

use super::meta::find_condition;
use super::pod::Pod;
use super::time::Time;

/// What kubectl's `printPod` derives from a pod for the READY, STATUS
/// and RESTARTS columns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintedStatus {
    /// Containers that are ready and running (READY's numerator).
    pub ready: usize,
    /// The STATUS text ("" only for a pod without a phase).
    pub reason: String,
    /// Restarts of the app containers.
    pub restarts: i64,
    /// When the most recent previous instance of a container finished.
    pub last_restart: Option<Time>,
}

impl Pod {
    /// The READY, STATUS and RESTARTS facts as kubectl's `printPod`
    /// computes them: phase, then pod reason, `SchedulingGated`, then the
    /// last container whose state has a reason, then `Terminating` when
    /// deleted (the status holds no `initContainerStatuses`, so kubectl's
    /// `Init:` reasons cannot arise). The one place this rule lives (tables, the cluster
    /// view, lesson goals and the engine's change log all read it).
    pub fn printed_status(&self) -> PrintedStatus {
        let status = &self.status;
        let mut reason = if status.reason.is_empty() {
            status.phase.clone()
        } else {
            status.reason.clone()
        };
        if status
            .conditions
            .iter()
            .any(|c| c.type_ == "PodScheduled" && c.reason == "SchedulingGated")
        {
            reason = "SchedulingGated".to_string();
        }
        let mut ready = 0;
        let mut restarts = 0;
        let mut last_restart: Option<Time> = None;
        let mut has_running = false;
        for c in status.container_statuses.iter().rev() {
            restarts += i64::from(c.restart_count);
            if let Some(finished) = c.last_state.terminated.as_ref().and_then(|t| t.finished_at) {
                last_restart = Some(last_restart.map_or(finished, |l| l.max(finished)));
            }
            let waiting = c.state.waiting.as_ref().map_or("", |w| w.reason.as_str());
            if !waiting.is_empty() {
                reason = waiting.to_string();
            } else if let Some(t) = &c.state.terminated {
                reason = if t.reason.is_empty() {
                    format!("ExitCode:{}", t.exit_code)
                } else {
                    t.reason.clone()
                };
            } else if c.ready && c.state.running.is_some() {
                has_running = true;
                ready += 1;
            }
        }
        if reason == "Completed" && has_running {
            reason = if self.is_ready() {
                "Running"
            } else {
                "NotReady"
            }
            .to_string();
        }
        // A deleted pod is `Terminating` until the kubelet reports a
        // terminal phase (kubectl ≥1.27 then shows the container's reason).
        if self.metadata.deletion_timestamp.is_some() {
            if status.reason == "NodeLost" {
                reason = "Unknown".to_string();
            } else if !matches!(status.phase.as_str(), "Succeeded" | "Failed") {
                reason = "Terminating".to_string();
            }
        }
        PrintedStatus {
            ready,
            reason,
            restarts,
            last_restart,
        }
    }

    /// The STATUS column of `kubectl get pods` ([`Pod::printed_status`]),
    /// `Pending` for a pod without a phase.
    pub fn display_status(&self) -> String {
        let reason = self.printed_status().reason;
        if reason.is_empty() {
            "Pending".to_string()
        } else {
            reason
        }
    }

    /// (ready containers, all containers) for the READY column.
    pub fn ready_counts(&self) -> (usize, usize) {
        let ready = self
            .status
            .container_statuses
            .iter()
            .filter(|c| c.ready && c.state.running.is_some())
            .count();
        (ready, self.spec.containers.len())
    }

    /// Sum of container restarts (the RESTARTS column's number).
    pub fn restarts(&self) -> i32 {
        self.status
            .container_statuses
            .iter()
            .map(|c| c.restart_count)
            .sum()
    }

    /// True when the pod's `Ready` condition is True.
    pub fn is_ready(&self) -> bool {
        find_condition(&self.status.conditions, "Ready").is_some_and(|c| c.is_true())
    }

    /// When the pod last became Ready, if it is Ready.
    pub fn ready_since(&self) -> Option<Time> {
        find_condition(&self.status.conditions, "Ready")
            .filter(|c| c.is_true())
            .and_then(|c| c.last_transition_time)
    }

    /// Ready for at least `min_ready_s` seconds at `now`: what controllers
    /// count as "available".
    pub fn is_available(&self, min_ready_s: i64, now: Time) -> bool {
        match self.ready_since() {
            Some(since) => {
                min_ready_s <= 0
                    || since.0 + u64::try_from(min_ready_s).unwrap_or(0) * 1000 <= now.0
            }
            None => false,
        }
    }

    /// Not terminating and not finished: counted by ReplicaSets.
    pub fn is_active(&self) -> bool {
        self.metadata.deletion_timestamp.is_none()
            && self.status.phase != "Succeeded"
            && self.status.phase != "Failed"
    }

    /// Waiting on ErrImagePull, ImagePullBackOff, CrashLoopBackOff and the like.
    pub fn is_failing(&self) -> bool {
        matches!(
            self.display_status().as_str(),
            "ErrImagePull"
                | "ImagePullBackOff"
                | "CrashLoopBackOff"
                | "InvalidImageName"
                | "Error"
                | "CreateContainerConfigError"
        )
    }
}

#[cfg(test)]
mod tests {
    use super::super::meta::Condition;
    use super::super::pod::{ContainerState, ContainerStatus, Pod};
    use super::super::time::Time;

    fn pod_with(state: ContainerState, ready: bool) -> Pod {
        let mut p = Pod::default();
        p.spec.containers.push(Default::default());
        p.status.phase = "Pending".into();
        p.status.container_statuses.push(ContainerStatus {
            state,
            ready,
            ..Default::default()
        });
        p
    }

    #[test]
    fn status_column_follows_print_pod() {
        let p = pod_with(ContainerState::waiting("ContainerCreating", ""), false);
        assert_eq!(p.display_status(), "ContainerCreating");
        assert_eq!(p.ready_counts(), (0, 1));
        let mut p = pod_with(ContainerState::running(Time(5)), true);
        p.status.phase = "Running".into();
        assert_eq!(p.display_status(), "Running");
        assert_eq!(p.ready_counts(), (1, 1));
        p.metadata.deletion_timestamp = Some(Time(9));
        assert_eq!(p.display_status(), "Terminating");
        let mut bare = Pod::default();
        bare.status.phase = "Pending".into();
        assert_eq!(bare.display_status(), "Pending");
    }

    #[test]
    fn availability_waits_for_min_ready_seconds() {
        let mut p = Pod::default();
        let mut c = Condition::new("Ready", "True", "", "");
        c.last_transition_time = Some(Time(10_000));
        p.status.conditions.push(c);
        assert!(p.is_available(0, Time(10_000)));
        assert!(!p.is_available(5, Time(14_999)));
        assert!(p.is_available(5, Time(15_000)));
    }
}
