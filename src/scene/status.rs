//! A pod's status as the view shows it: a [`Phase`] with a CSS class (the
//! colour), an icon and words. Never colour alone: every phase has its own
//! icon shape and its text, so the picture reads in greyscale and to a
//! screen reader.
//!
//! The words are kubectl's STATUS column, except that a running pod says
//! whether it is ready (the READY column folded in), since "Running but
//! not ready" is exactly what a learner needs to see during a rollout.

use crate::i18n::Text;

use super::model::PodView;

/// The kinds of status the view distinguishes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Not yet scheduled, or scheduled and waiting for its sandbox.
    Pending,
    /// Pulling the image, starting the container (`ContainerCreating`).
    Creating,
    /// Running, but its readiness probe has not passed.
    NotReady,
    Ready,
    Terminating,
    /// `ErrImagePull`, `ImagePullBackOff`, `InvalidImageName`.
    PullError,
    /// `CrashLoopBackOff`, `Error`, other container failures.
    Crash,
    /// Finished successfully (`Completed`).
    Completed,
    /// The node is lost (`Unknown`) or anything unrecognised.
    Unknown,
}

/// Icon shapes, drawn by the UI as small SVG paths.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Icon {
    /// A dashed circle: waiting.
    Hollow,
    /// A quarter-filled circle: on its way.
    Quarter,
    /// A half-filled circle: running, not ready.
    Half,
    /// A check mark.
    Check,
    /// A minus: going away.
    Minus,
    /// An exclamation mark.
    Bang,
    /// A circular arrow: restarting.
    Loop,
    /// A filled square: done.
    Square,
    /// A question mark.
    Question,
}

impl Phase {
    /// The phase of a STATUS column value with the pod's readiness.
    pub fn of(status: &str, ready: bool) -> Phase {
        match status {
            "Pending" => Phase::Pending,
            "ContainerCreating" | "PodInitializing" => Phase::Creating,
            s if s.starts_with("Init:") => Phase::Creating,
            "Running" if ready => Phase::Ready,
            "Running" | "NotReady" => Phase::NotReady,
            "Terminating" => Phase::Terminating,
            "ErrImagePull" | "ImagePullBackOff" | "InvalidImageName" | "ErrImageNeverPull" => {
                Phase::PullError
            }
            "CrashLoopBackOff"
            | "Error"
            | "CreateContainerConfigError"
            | "CreateContainerError"
            | "RunContainerError"
            | "OOMKilled"
            | "Failed" => Phase::Crash,
            s if s.starts_with("ExitCode:") => Phase::Crash,
            "Completed" | "Succeeded" => Phase::Completed,
            _ => Phase::Unknown,
        }
    }

    /// The phase of a pod.
    pub fn of_pod(pod: &PodView) -> Phase {
        Phase::of(&pod.status, pod.ready)
    }

    /// The CSS class that colours it.
    pub fn class(self) -> &'static str {
        match self {
            Phase::Pending => "kp-st-pending",
            Phase::Creating => "kp-st-creating",
            Phase::NotReady => "kp-st-notready",
            Phase::Ready => "kp-st-ready",
            Phase::Terminating => "kp-st-terminating",
            Phase::PullError => "kp-st-pullerror",
            Phase::Crash => "kp-st-crash",
            Phase::Completed => "kp-st-completed",
            Phase::Unknown => "kp-st-unknown",
        }
    }

    pub fn icon(self) -> Icon {
        match self {
            Phase::Pending => Icon::Hollow,
            Phase::Creating => Icon::Quarter,
            Phase::NotReady => Icon::Half,
            Phase::Ready => Icon::Check,
            Phase::Terminating => Icon::Minus,
            Phase::PullError => Icon::Bang,
            Phase::Crash => Icon::Loop,
            Phase::Completed => Icon::Square,
            Phase::Unknown => Icon::Question,
        }
    }

    /// A failure the learner must notice (flagged with its reason).
    pub fn is_failure(self) -> bool {
        matches!(self, Phase::PullError | Phase::Crash)
    }
}

/// The words shown for a pod's status: kubectl's STATUS, with a running
/// pod's readiness spelled out.
pub fn status_words(pod: &PodView, text: &Text) -> String {
    match Phase::of_pod(pod) {
        Phase::Ready => text.pod_ready.to_string(),
        Phase::NotReady => text.pod_not_ready.to_string(),
        _ => pod.status.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_the_seeds_show_has_its_own_phase_icon_and_class() {
        let cases = [
            ("Pending", false, Phase::Pending, Icon::Hollow),
            ("ContainerCreating", false, Phase::Creating, Icon::Quarter),
            ("Running", false, Phase::NotReady, Icon::Half),
            ("Running", true, Phase::Ready, Icon::Check),
            ("Terminating", true, Phase::Terminating, Icon::Minus),
            ("ErrImagePull", false, Phase::PullError, Icon::Bang),
            ("ImagePullBackOff", false, Phase::PullError, Icon::Bang),
            ("CrashLoopBackOff", false, Phase::Crash, Icon::Loop),
            ("Completed", false, Phase::Completed, Icon::Square),
            ("Unknown", false, Phase::Unknown, Icon::Question),
        ];
        let mut classes = Vec::new();
        for (status, ready, phase, icon) in cases {
            let p = Phase::of(status, ready);
            assert_eq!(p, phase, "{status}");
            assert_eq!(p.icon(), icon, "{status}");
            classes.push(p.class());
        }
        crate::sorting::sort(&mut classes);
        classes.dedup();
        assert_eq!(classes.len(), 9, "one class per phase");
        assert!(Phase::of("ImagePullBackOff", false).is_failure());
        assert!(!Phase::of("Running", true).is_failure());
    }

    #[test]
    fn running_pods_say_whether_they_are_ready() {
        let mut pod = PodView {
            key: "default/p".into(),
            namespace: "default".into(),
            name: "p".into(),
            short: "p".into(),
            node: "minikube".into(),
            ip: String::new(),
            image: String::new(),
            status: "Running".into(),
            ready: false,
            restarts: 0,
            owner: None,
            colour: None,
        };
        let text = &crate::i18n::EN;
        assert_eq!(status_words(&pod, text), text.pod_not_ready);
        pod.ready = true;
        assert_eq!(status_words(&pod, text), text.pod_ready);
        pod.status = "ImagePullBackOff".into();
        pod.ready = false;
        assert_eq!(status_words(&pod, text), "ImagePullBackOff");
    }
}
