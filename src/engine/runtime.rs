//! What the nodes know that the API does not: per-pod kubelet progress
//! (next step, back-off, restart history), per-container app state (logs,
//! request counters), per-node machine state (running or stopped, images
//! pulled, pod IP allocation). Private to the engine; the API shows only
//! what a kubelet would report.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use super::clock::Wake;
use super::Cluster;

/// A log line with its simulated time.
#[derive(Clone, Debug, PartialEq, Eq, crate::json::ToJson, crate::json::FromJson)]
pub struct LogLine {
    pub at_unix_ms: u64,
    /// Borrowed when it is an app's fixed startup text (shared by every pod).
    pub text: std::borrow::Cow<'static, str>,
}

impl LogLine {
    /// The line as a container log prints it: the text and its newline,
    /// with its RFC 3339 stamp first when `--timestamps`
    /// (or `timestamps=true` on the log subresource) asks for it.
    pub fn render(&self, stamps: bool) -> String {
        if stamps {
            format!(
                "{} {}\n",
                crate::api::Time(self.at_unix_ms).iso_millis(),
                self.text
            )
        } else {
            format!("{}\n", self.text)
        }
    }
}

/// One container's app and log.
#[derive(Clone, Debug, Default, crate::json::ToJson, crate::json::FromJson)]
pub struct ContainerRt {
    /// Current instance's log.
    pub log: VecDeque<LogLine>,
    /// The previous instance's log (`kubectl logs --previous`).
    pub previous: VecDeque<LogLine>,
    /// Requests served by the current instance.
    pub requests: u64,
    /// Unix ms when the current instance started.
    pub started_unix_ms: u64,
    /// Pull back-off (ms) for the next failure; 0 when none.
    pub pull_backoff_ms: u64,
    /// Internal ms when a pull in back-off may be retried.
    pub retry_at: u64,
    /// The pull's outcome, decided when it started: the image or the error text.
    pub pull_result: Option<Result<crate::apps::Image, String>>,
    /// When the current pull started (internal ms).
    pub pull_started: u64,
    /// Current and last state, as containerStatuses shows them.
    pub state: crate::api::pod::ContainerState,
    pub last_state: crate::api::pod::ContainerState,
    pub ready: bool,
    pub restarts: i32,
    pub container_id: String,
    /// The image it runs (after a successful pull).
    pub image: Option<crate::apps::Image>,
    /// How the current instance runs.
    pub plan: Option<crate::apps::RunPlan>,
    /// Restart back-off (ms) for the next crash; 0 when none.
    pub crash_backoff_ms: u64,
    /// Environment captured when the container started (service links).
    pub env: Env,
    /// A `stdinOnce` container's stdin was closed by the end of its first
    /// attach: a shell reading it now ends as soon as it starts.
    pub stdin_closed: bool,
    /// Probe results in a row: liveness failures; startup or readiness
    /// failures; readiness successes.
    #[serde(default)]
    pub live_fails: i32,
    #[serde(default)]
    pub probe_fails: i32,
    #[serde(default)]
    pub ready_oks: i32,
    /// Its startup probe has not passed yet.
    #[serde(default)]
    pub unstarted: bool,
    /// A failed probe is stopping it for a restart.
    #[serde(default)]
    pub stopping: bool,
}

/// The kubelet's view of one pod.
#[derive(Clone, Debug, Default, crate::json::ToJson, crate::json::FromJson)]
pub struct PodRt {
    pub namespace: String,
    pub name: String,
    pub node: String,
    /// Invalidates earlier timers for this pod when bumped.
    pub token: u64,
    /// One entry per spec container, in order.
    pub containers: Vec<ContainerRt>,
    pub sandbox_ready: bool,
    pub pod_ip: String,
    pub start_time: Option<crate::api::Time>,
    /// Set once termination began.
    pub killing: bool,
    /// Volume-mount retry back-off (ms).
    pub mount_backoff_ms: u64,
    /// Total requests served by all instances.
    pub requests_total: u64,
}

/// A kubelet action scheduled for a pod (container index, and for
/// per-instance actions the container's restart count when scheduled).
#[derive(Clone, Debug, PartialEq, Eq, crate::json::ToJson, crate::json::FromJson)]
pub enum Step {
    /// Bound: the kubelet admits the pod.
    Admit,
    /// Retry mounting volumes (a missing ConfigMap).
    Mount,
    /// Sandbox ready: the pod gets its IP.
    Sandbox,
    /// Decide how to get container n's image.
    Pull(usize),
    /// Container n's pull finished (or failed).
    PullDone(usize),
    /// Container n waits in ImagePullBackOff.
    BackOff(usize),
    /// Create and start container n.
    Start(usize),
    /// Container n (instance r) exits by itself.
    Exit(usize, i32),
    /// Container n (instance r) is restarted after a crash.
    Restart(usize, i32),
    /// Container n (instance r) readiness probe.
    Probe(usize, i32),
    /// Container n (instance r) liveness probe.
    Live(usize, i32),
    /// Container n (instance r) startup probe.
    Startup(usize, i32),
    /// Containers stopped after SIGTERM/SIGKILL.
    Killed,
    /// Remove the pod object.
    Gone,
}

/// One node's machine.
#[derive(Clone, Debug, Default, crate::json::ToJson, crate::json::FromJson)]
pub struct NodeRt {
    /// 0 for minikube, 1 for minikube-m02, ...: the third octet of its pod CIDR.
    pub index: u32,
    /// False while `minikube node stop` has the machine off.
    pub running: bool,
    /// Images present, by normalised reference.
    pub images: BTreeSet<String>,
    /// Image pulls in progress: image → internal ms when done.
    pub pulling: BTreeMap<String, u64>,
    /// Last pod IP host part handed out (host-local IPAM hands out in order).
    pub last_ip: u8,
    pub used_ips: BTreeSet<u8>,
    /// Invalidates node-monitor timers when bumped.
    pub token: u64,
    /// Internal ms of the last heartbeat the kubelet posted.
    pub last_heartbeat: u64,
}

/// All runtime state.
#[derive(Clone, Debug, Default, crate::json::ToJson, crate::json::FromJson)]
pub struct Runtime {
    /// The uid of the (unmodelled) kube-proxy DaemonSet its pods name as owner.
    pub kube_proxy_uid: String,
    pub pods: BTreeMap<String, PodRt>,
    /// Pods the scheduler found no room for; retried when capacity changes.
    pub unschedulable: BTreeSet<(String, String)>,
    /// Internal ms of the last retry pass, and whether another is queued.
    pub retried_at: Option<u64>,
    pub retry_queued: bool,
    /// When each (node, key, value) NoExecute taint was first seen, for
    /// `tolerationSeconds` (see controllers/node_lifecycle.rs).
    #[serde(with = "super::checkpoint::pairs")]
    pub no_execute_since: BTreeMap<(String, String, String), u64>,
    /// Last digest of each Service's endpoints (see controllers/endpoints.rs).
    #[serde(with = "super::checkpoint::pairs")]
    pub endpoint_digests: BTreeMap<(String, String), u64>,
    /// The pending progress-deadline check of each Deployment (timer handle).
    #[serde(with = "super::checkpoint::pairs")]
    pub deadline_timers: BTreeMap<(String, String), (u64, u64)>,
    /// Rollbacks per Deployment (namespace, name), for lessons.
    #[serde(with = "super::checkpoint::pairs")]
    pub rollbacks: BTreeMap<(String, String), u32>,
    pub nodes: BTreeMap<String, NodeRt>,
    /// Files written into volumes, by volume (see `engine/volumes.rs`).
    pub volumes: BTreeMap<String, BTreeMap<String, String>>,
    /// The hostpath provisioner's identity (`k8s.io/minikube-hostpath_minikube_<uuid>`), drawn when it first provisions.
    pub provisioner_id: String,
    /// The environment the last container started with: the next one
    /// with the same variables shares it (the service links of thousands
    /// of replicas are one copy, not thousands).
    pub last_env: Env,
}

/// A started container's environment, shared between equal ones.
pub type Env = std::rc::Rc<[(String, String)]>;

impl Runtime {
    /// The runtime state of container `i` of the pod with `uid`, if both
    /// are known.
    pub fn container_mut(&mut self, uid: &str, i: usize) -> Option<&mut ContainerRt> {
        self.pods.get_mut(uid)?.containers.get_mut(i)
    }

    /// `env` as an [`Env`], sharing the last one when equal.
    pub fn share_env(&mut self, env: Vec<(String, String)>) -> Env {
        if *self.last_env != *env {
            self.last_env = env.into();
        }
        std::rc::Rc::clone(&self.last_env)
    }
}

/// Schedules a kubelet step for a pod after `delay_ms` (the kubelet in
/// `controllers` and `exec` here both drive a pod's steps this way).
pub(crate) fn schedule(c: &mut Cluster, uid: &str, delay_ms: u64, step: Step) {
    let Some(rt) = c.rt.pods.get(uid) else {
        return;
    };
    let token = rt.token;
    c.after(
        delay_ms,
        Wake::Kubelet {
            uid: uid.to_string(),
            token,
            step,
        },
    );
}

/// True for a container whose main process is an interactive shell fed
/// by its stdin (`stdin: true`, and command or args a bare `sh`/`bash`,
/// or none on busybox, whose own command is `sh`).
pub fn waits_on_stdin(spec: &crate::api::pod::Container, app: crate::apps::App) -> bool {
    let stdin = spec.other.get("stdin") == Some(&serde_json::Value::Bool(true));
    let mut argv = spec.command.iter().chain(&spec.args);
    let shell = match (argv.next(), argv.next()) {
        (None, _) => app == crate::apps::App::Busybox,
        (Some(program), None) => matches!(program.rsplit('/').next(), Some("sh" | "bash" | "ash")),
        _ => false,
    };
    stdin && shell
}
