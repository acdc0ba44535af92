//! Getting a pod running: admission and volume mounts, the sandbox and
//! pod IP, image pulls with back-off, and container start.

use super::stages::{
    BACKOFF_RESYNC, CONFIG_RETRY, ERR_SHOWN, MOUNT_RETRY, PULL, PULL_BACKOFF, PULL_CACHED,
    PULL_FAIL, SANDBOX, START,
};
use super::{event, schedule};
use crate::api::pod::ContainerState;
use crate::api::Pod;
use crate::apps::registry::{self, PullError};
use crate::engine::pods::volume_source;
use crate::engine::runtime::{waits_on_stdin, Step};
use crate::engine::Cluster;

/// Admission and volume mounts; a missing ConfigMap or Secret is retried with back-off.
pub fn admit(c: &mut Cluster, pod: &Pod) {
    let uid = pod.metadata.uid.clone();
    let now = c.now();
    if let Some(rt) = c.rt.pods.get_mut(&uid) {
        rt.start_time.get_or_insert(now);
    }
    let ns = &pod.metadata.namespace;
    let missing = pod.spec.volumes.iter().find_map(|v| {
        let (kind, name, optional, _) = volume_source(v)?;
        let exists = match kind {
            "Secret" => c.store.secrets().get(ns, &name).is_some(),
            _ => c.store.configmaps().get(ns, &name).is_some(),
        };
        (!optional && !exists).then(|| (v.name.clone(), kind.to_ascii_lowercase(), name))
    });
    if let Some((vol, kind, name)) = missing {
        let msg =
            format!("MountVolume.SetUp failed for volume \"{vol}\" : {kind} \"{name}\" not found");
        event(c, pod, None, "Warning", "FailedMount", msg);
        let delay = c.rt.pods.get_mut(&uid).map_or(MOUNT_RETRY.ms, |rt| {
            rt.mount_backoff_ms = MOUNT_RETRY.doubled(rt.mount_backoff_ms);
            rt.mount_backoff_ms
        });
        schedule(c, &uid, delay, Step::Mount);
        return;
    }
    schedule(c, &uid, SANDBOX.ms, Step::Sandbox);
}

/// The sandbox is up: the pod gets its IP (the node's for hostNetwork).
pub fn sandbox(c: &mut Cluster, pod: &Pod) {
    let uid = pod.metadata.uid.clone();
    let node = pod.spec.node_name.clone();
    let ip = if pod.spec.host_network {
        c.node_ip(&node).unwrap_or_default()
    } else {
        allocate_ip(c, &node)
    };
    if let Some(rt) = c.rt.pods.get_mut(&uid) {
        rt.sandbox_ready = true;
        rt.pod_ip = ip;
    }
    schedule(c, &uid, 0, Step::Pull(0));
}

/// host-local IPAM: the next free address after the last one handed out.
fn allocate_ip(c: &mut Cluster, node: &str) -> String {
    let Some(n) = c.rt.nodes.get_mut(node) else {
        return String::new();
    };
    // Host parts 2..=254; the one after `last_ip` first, wrapping around.
    let last = i32::from(n.last_ip.max(1));
    for step in 1..=253i32 {
        let cand = u8::try_from((last - 2 + step).rem_euclid(253) + 2).unwrap_or(2);
        if !n.used_ips.contains(&cand) {
            n.used_ips.insert(cand);
            n.last_ip = cand;
            return format!("10.244.{}.{cand}", n.index);
        }
    }
    String::new()
}

fn container_name(pod: &Pod, i: usize) -> String {
    pod.spec
        .containers
        .get(i)
        .map(|c| c.name.clone())
        .unwrap_or_default()
}

/// Decides how container `i` gets its image.
pub fn pull(c: &mut Cluster, pod: &Pod, i: usize) {
    let uid = pod.metadata.uid.clone();
    let Some(spec) = pod.spec.containers.get(i) else {
        return;
    };
    let name = spec.name.clone();
    let image = spec.image.clone();
    let node = pod.spec.node_name.clone();
    let resolved = registry::resolve(&image);
    let key = match &resolved {
        Ok(img) => img.reference.clone(),
        Err(_) => image.clone(),
    };
    if let Err(PullError::InvalidName(msg)) = &resolved {
        event(c, pod, Some(&name), "Warning", "InspectFailed", msg.clone());
        set_state(c, &uid, i, ContainerState::waiting("InvalidImageName", msg));
        return;
    }
    let present =
        c.rt.nodes
            .get(&node)
            .is_some_and(|n| n.images.contains(&key));
    let policy = spec.image_pull_policy.as_str();
    if present && policy != "Always" {
        event(c, pod, Some(&name), "Normal", "Pulled", format!("Container image \"{image}\" already present on machine and can be accessed by the pod"));
        if let Some(ctr) = c.rt.container_mut(&uid, i) {
            ctr.image = resolved.ok();
        }
        schedule(c, &uid, 0, Step::Start(i));
        return;
    }
    if policy == "Never" {
        let msg = format!("Container image \"{image}\" is not present with pull policy of Never");
        event(
            c,
            pod,
            Some(&name),
            "Warning",
            "ErrImageNeverPull",
            msg.clone(),
        );
        set_state(
            c,
            &uid,
            i,
            ContainerState::waiting("ErrImageNeverPull", &msg),
        );
        return;
    }
    event(
        c,
        pod,
        Some(&name),
        "Normal",
        "Pulling",
        format!("Pulling image \"{image}\""),
    );
    begin_pull(c, pod, i, resolved, &key, present);
}

/// Starts (or joins) the pull of container `i`'s image on its node.
fn begin_pull(
    c: &mut Cluster,
    pod: &Pod,
    i: usize,
    resolved: Result<crate::apps::Image, PullError>,
    key: &str,
    present: bool,
) {
    let uid = pod.metadata.uid.clone();
    let now = c.t;
    let own = match &resolved {
        Ok(_) if present => PULL_CACHED.ms,
        Ok(img) => PULL.for_size(img.size_bytes),
        Err(_) => PULL_FAIL.ms,
    };
    // A pull of the same image already running on this node is shared.
    let done_at = match c.rt.nodes.get_mut(&pod.spec.node_name) {
        Some(n) => match n.pulling.get(key) {
            Some(&at) if at > now => at,
            _ => {
                n.pulling.insert(key.to_string(), now + own);
                now + own
            }
        },
        None => now + own,
    };
    if let Some(ctr) = c.rt.container_mut(&uid, i) {
        ctr.pull_started = now;
        ctr.pull_result = Some(resolved.map_err(|e| match e {
            PullError::NotFound(m) | PullError::InvalidName(m) => m,
        }));
    }
    schedule(c, &uid, done_at - now, Step::PullDone(i));
}

/// Go's `time.Duration` text, truncated to milliseconds (`2.412s`, `512ms`).
pub fn go_duration(ms: u64) -> String {
    if ms < 1000 {
        return format!("{ms}ms");
    }
    let mins = ms / 60_000;
    let rest = ms % 60_000;
    let secs = format!("{}.{:03}", rest / 1000, rest % 1000);
    let secs = secs.trim_end_matches('0').trim_end_matches('.');
    if mins > 0 {
        format!("{mins}m{secs}s")
    } else {
        format!("{secs}s")
    }
}

/// A pull finished: start the container, or report the failure and back off.
pub fn pull_done(c: &mut Cluster, pod: &Pod, i: usize) {
    let uid = pod.metadata.uid.clone();
    let name = container_name(pod, i);
    let image = pod
        .spec
        .containers
        .get(i)
        .map(|s| s.image.clone())
        .unwrap_or_default();
    let node = pod.spec.node_name.clone();
    let now = c.t;
    let Some(ctr) = c.rt.container_mut(&uid, i) else {
        return;
    };
    let started = ctr.pull_started;
    match ctr.pull_result.take() {
        Some(Ok(img)) => {
            let took = go_duration(now - started);
            let size = img.size_bytes;
            ctr.pull_backoff_ms = 0;
            ctr.image = Some(img.clone());
            if let Some(n) = c.rt.nodes.get_mut(&node) {
                n.images.insert(img.reference.clone());
            }
            let msg = format!("Successfully pulled image \"{image}\" in {took} ({took} including waiting). Image size: {size} bytes.");
            event(c, pod, Some(&name), "Normal", "Pulled", msg);
            schedule(c, &uid, 0, Step::Start(i));
        }
        Some(Err(why)) => {
            let backoff = PULL_BACKOFF.doubled(ctr.pull_backoff_ms);
            ctr.pull_backoff_ms = backoff;
            ctr.retry_at = now + backoff;
            ctr.state = ContainerState::waiting("ErrImagePull", &why);
            event(
                c,
                pod,
                Some(&name),
                "Warning",
                "Failed",
                format!("Failed to pull image \"{image}\": {why}"),
            );
            event(
                c,
                pod,
                Some(&name),
                "Warning",
                "Failed",
                "Error: ErrImagePull".into(),
            );
            let show = ERR_SHOWN.ms + c.rng.below(ERR_SHOWN.jitter_ms());
            schedule(c, &uid, show.min(backoff), Step::BackOff(i));
        }
        None => {}
    }
}

/// While backing off: report `ImagePullBackOff`; when it expires, pull again.
pub fn back_off(c: &mut Cluster, pod: &Pod, i: usize) {
    let uid = pod.metadata.uid.clone();
    let name = container_name(pod, i);
    let image = pod
        .spec
        .containers
        .get(i)
        .map(|s| s.image.clone())
        .unwrap_or_default();
    let now = c.t;
    let Some(ctr) = c.rt.container_mut(&uid, i) else {
        return;
    };
    if now >= ctr.retry_at {
        schedule(c, &uid, 0, Step::Pull(i));
        return;
    }
    let why = ctr
        .state
        .waiting
        .as_ref()
        .map(|w| w.message.clone())
        .unwrap_or_default();
    let why = why
        .rsplit("ErrImagePull: ")
        .next()
        .unwrap_or(&why)
        .to_string();
    ctr.state = ContainerState::waiting(
        "ImagePullBackOff",
        &format!("Back-off pulling image \"{image}\": ErrImagePull: {why}"),
    );
    let next =
        (ctr.retry_at - now).min(BACKOFF_RESYNC.ms + c.rng.below(BACKOFF_RESYNC.jitter_ms()));
    event(
        c,
        pod,
        Some(&name),
        "Normal",
        "BackOff",
        format!("Back-off pulling image \"{image}\""),
    );
    event(
        c,
        pod,
        Some(&name),
        "Warning",
        "Failed",
        "Error: ImagePullBackOff".into(),
    );
    schedule(c, &uid, next, Step::BackOff(i));
}

fn set_state(c: &mut Cluster, uid: &str, i: usize, state: ContainerState) {
    if let Some(ctr) = c.rt.container_mut(uid, i) {
        ctr.state = state;
    }
}

/// Runs a main process's network commands (`wget -qO- web`) from the pod
/// as it starts, putting their output among its log lines; the last
/// command's status becomes the exit code. A program the image lacks
/// answers as its shell does.
fn fetch(c: &mut Cluster, pod: &Pod, app: crate::apps::App, plan: &mut crate::apps::RunPlan) {
    let client = crate::engine::network::Client::Pod {
        namespace: pod.metadata.namespace.clone(),
        name: pod.metadata.name.clone(),
    };
    for f in std::mem::take(&mut plan.fetches).into_iter().rev() {
        let name = f.argv.first().map_or("", String::as_str);
        let out = if !crate::apps::exec::has_program(app, name) {
            crate::apps::exec::ExecOutput {
                stderr: format!("sh: {name}: not found\n"),
                exit_code: 127,
                ..Default::default()
            }
        } else if name == "nslookup" {
            let host = f.argv.get(1).map_or("", String::as_str);
            let ip = c.lookup(&client, host).ok();
            crate::apps::exec::nslookup(host, &pod.metadata.namespace, ip.as_deref())
        } else {
            c.curl(&client, &f.argv)
        };
        let text = format!("{}{}", out.stdout, out.stderr);
        let at = f.at.min(plan.logs.len());
        plan.logs
            .splice(at..at, text.lines().map(|l| String::from(l).into()));
        if f.last {
            plan.exit_code = out.exit_code;
        }
    }
}

/// How long a container that allocates past its memory limit lives.
const OOM_MS: u64 = 300;

/// Creates and starts container `i`, then moves on to the next one.
pub fn start(c: &mut Cluster, pod: &Pod, i: usize) {
    let uid = pod.metadata.uid.clone();
    let Some(spec) = pod.spec.containers.get(i).cloned() else {
        return;
    };
    let env = match crate::engine::pods::container_env(c, pod, i) {
        Ok(env) => env,
        Err(why) => {
            // The kubelet's next sync checks the image and tries again.
            event(
                c,
                pod,
                Some(&spec.name),
                "Warning",
                "Failed",
                format!("Error: {why}"),
            );
            set_state(
                c,
                &uid,
                i,
                ContainerState::waiting("CreateContainerConfigError", &why),
            );
            let wait = CONFIG_RETRY.ms + c.rng.below(CONFIG_RETRY.jitter_ms());
            schedule(c, &uid, wait, Step::Pull(i));
            return;
        }
    };
    event(
        c,
        pod,
        Some(&spec.name),
        "Normal",
        "Created",
        "Container created".into(),
    );
    event(
        c,
        pod,
        Some(&spec.name),
        "Normal",
        "Started",
        "Container started".into(),
    );
    let now = c.now();
    let id = format!("containerd://{}", c.rng.hex(64));
    let app =
        c.rt.pods
            .get(&uid)
            .and_then(|rt| rt.containers.get(i))
            .and_then(|ctr| ctr.image.as_ref())
            .map_or(crate::apps::App::System, |img| img.app);
    let mut plan = app.plan(&spec.command, &spec.args, &env, &pod.metadata.name, now);
    // More memory than the limit: the kernel's OOM killer ends it at once.
    let limit = spec.resources.limits.get("memory");
    if let Some(limit) = limit.and_then(|q| crate::api::quantity::parse_bytes(&q.0)) {
        if plan.memory_bytes > limit {
            (plan.exits_after_ms, plan.exit_code, plan.oom) = (Some(OOM_MS), 137, true);
        }
    }
    fetch(c, pod, app, &mut plan);
    let env = c.rt.share_env(env);
    let Some(rt) = c.rt.pods.get_mut(&uid) else {
        return;
    };
    let Some(ctr) = rt.containers.get_mut(i) else {
        return;
    };
    // A shell with an open stdin (`kubectl run -it … -- sh`) waits for
    // typed commands instead of reading end of file at once.
    if waits_on_stdin(&spec, app) && !ctr.stdin_closed {
        plan.exits_after_ms = None;
    }
    ctr.state = ContainerState::running(now);
    ctr.container_id = id;
    ctr.started_unix_ms = now.0;
    ctr.requests = 0;
    ctr.env = env;
    // Without a readiness probe a running container is ready (a Job's pod
    // is 1/1 Running while it works), unless its command ends before the
    // kubelet's next relist would report it so (`run -i … -- echo hi`).
    ctr.unstarted = spec.startup_probe.is_some();
    (ctr.live_fails, ctr.probe_fails, ctr.ready_oks, ctr.stopping) = (0, 0, 0, false);
    ctr.ready = spec.readiness_probe.is_none()
        && !ctr.unstarted
        && plan
            .exits_after_ms
            .is_none_or(|ms| ms >= super::stages::RELIST_MS);
    // The lines move into the log (sized to fit: most logs never grow);
    // the plan keeps no copy.
    ctr.log.reserve_exact(plan.logs.len());
    for line in std::mem::take(&mut plan.logs) {
        crate::engine::pods::push_log(&mut ctr.log, now.0, line);
    }
    let restarts = ctr.restarts;
    let exits = plan.exits_after_ms;
    ctr.plan = Some(plan);
    if let Some(ms) = exits {
        schedule(c, &uid, ms, Step::Exit(i, restarts));
    }
    super::probe::begin(c, pod, i, restarts);
    if i + 1 < pod.spec.containers.len() {
        schedule(c, &uid, START.ms, Step::Pull(i + 1));
    }
}
