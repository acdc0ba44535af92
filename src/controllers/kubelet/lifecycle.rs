//! A running pod's life: containers that exit and restart (with
//! CrashLoopBackOff), readiness probes, and graceful termination.

use super::stages::{CRASH_BACKOFF, FIRST_RESTART, GONE, STOP_NOTICED};
use super::{event, schedule};
use crate::api::pod::{ContainerState, StateTerminated};
use crate::api::quantity::IntOrString;
use crate::api::{Pod, Time};
use crate::engine::runtime::{ContainerRt, Step};
use crate::engine::Cluster;

/// Moves a running container's state to `lastState` as terminated.
pub fn archive(ctr: &mut ContainerRt, exit_code: i32, reason: &str, now_internal: u64) {
    let started = ctr.state.running.as_ref().and_then(|r| r.started_at);
    let finished = Some(Time(crate::engine::BOOT_UNIX_MS + now_internal));
    ctr.state = ContainerState {
        terminated: Some(StateTerminated {
            container_id: ctr.container_id.clone(),
            exit_code,
            finished_at: finished,
            message: String::new(),
            reason: reason.to_string(),
            started_at: started,
        }),
        ..ContainerState::default()
    };
    ctr.ready = false;
}

fn exit_reason(code: i32) -> &'static str {
    if code == 0 {
        "Completed"
    } else {
        "Error"
    }
}

/// Container `i` exited by itself.
pub fn exit(c: &mut Cluster, pod: &Pod, i: usize, instance: i32) {
    let uid = pod.metadata.uid.clone();
    let now = c.t;
    let Some(ctr) =
        c.rt.pods
            .get_mut(&uid)
            .and_then(|rt| rt.containers.get_mut(i))
    else {
        return;
    };
    if ctr.restarts != instance || ctr.state.running.is_none() {
        return;
    }
    let code = ctr.plan.as_ref().map_or(0, |p| p.exit_code);
    archive(ctr, code, exit_reason(code), now);
    let policy = pod.spec.restart_policy.as_str();
    let restart = policy == "Always" || (policy == "OnFailure" && code != 0);
    if !restart {
        return;
    }
    let delay = if ctr.crash_backoff_ms == 0 {
        ctr.crash_backoff_ms = CRASH_BACKOFF.ms;
        FIRST_RESTART.ms
    } else {
        let d = ctr.crash_backoff_ms;
        ctr.crash_backoff_ms = CRASH_BACKOFF.doubled(d);
        let name = pod
            .spec
            .containers
            .get(i)
            .map(|s| s.name.clone())
            .unwrap_or_default();
        let msg = format!(
            "back-off {} restarting failed container={name} pod={}_{}({uid})",
            super::start::go_duration(d),
            pod.metadata.name,
            pod.metadata.namespace
        );
        ctr.last_state = ctr.state.clone();
        ctr.state = ContainerState::waiting("CrashLoopBackOff", &msg);
        let ev = format!(
            "Back-off restarting failed container {name} in pod {}_{}({uid})",
            pod.metadata.name, pod.metadata.namespace
        );
        event(c, pod, Some(&name), "Warning", "BackOff", ev);
        d
    };
    schedule(c, &uid, delay, Step::Restart(i, instance));
}

/// Restarts container `i` after a crash.
pub fn restart(c: &mut Cluster, pod: &Pod, i: usize, instance: i32) {
    let uid = pod.metadata.uid.clone();
    let Some(ctr) =
        c.rt.pods
            .get_mut(&uid)
            .and_then(|rt| rt.containers.get_mut(i))
    else {
        return;
    };
    if ctr.restarts != instance || ctr.state.running.is_some() {
        return;
    }
    if ctr.state.terminated.is_some() {
        ctr.last_state = ctr.state.clone();
    }
    ctr.restarts += 1;
    ctr.previous = std::mem::take(&mut ctr.log);
    let name = pod
        .spec
        .containers
        .get(i)
        .map(|s| s.name.clone())
        .unwrap_or_default();
    let image = pod
        .spec
        .containers
        .get(i)
        .map(|s| s.image.clone())
        .unwrap_or_default();
    event(
        c,
        pod,
        Some(&name),
        "Normal",
        "Pulled",
        format!(
            "Container image \"{image}\" already present on machine and can be accessed by the pod"
        ),
    );
    super::start::start(c, pod, i);
}

/// A readiness probe: ready when the app answers on the probed port.
pub fn probe(c: &mut Cluster, pod: &Pod, i: usize, instance: i32) {
    let uid = pod.metadata.uid.clone();
    let Some(spec) = pod.spec.containers.get(i) else {
        return;
    };
    let Some(p) = spec.readiness_probe.clone() else {
        return;
    };
    let Some(ctr) = c.rt.pods.get(&uid).and_then(|rt| rt.containers.get(i)) else {
        return;
    };
    if ctr.restarts != instance || ctr.state.running.is_none() {
        return;
    }
    let app = ctr.image.as_ref().map(|img| img.app);
    let port = p
        .http_get
        .as_ref()
        .map(|h| h.port.clone())
        .or(p.tcp_socket.as_ref().map(|t| t.port.clone()));
    let port = match port {
        Some(IntOrString::Int(n)) => u16::try_from(n).ok(),
        Some(IntOrString::Str(name)) => spec
            .ports
            .iter()
            .find(|cp| cp.name == name)
            .and_then(|cp| u16::try_from(cp.container_port).ok()),
        None => None,
    };
    let ok = match (app, port) {
        (Some(app), Some(port)) => app.ports().contains(&port),
        // exec probes and the like are assumed to pass.
        (_, None) => true,
        _ => false,
    };
    if ok {
        if let Some(ctr) =
            c.rt.pods
                .get_mut(&uid)
                .and_then(|rt| rt.containers.get_mut(i))
        {
            ctr.ready = true;
        }
        return;
    }
    let ip =
        c.rt.pods
            .get(&uid)
            .map(|rt| rt.pod_ip.clone())
            .unwrap_or_default();
    let port = port.unwrap_or(0);
    let path = p.http_get.as_ref().map_or("/".to_string(), |h| {
        if h.path.is_empty() {
            "/".into()
        } else {
            h.path.clone()
        }
    });
    let msg = if p.http_get.is_some() {
        format!("Readiness probe failed: Get \"http://{ip}:{port}{path}\": dial tcp {ip}:{port}: connect: connection refused")
    } else {
        format!("Readiness probe failed: dial tcp {ip}:{port}: connect: connection refused")
    };
    event(
        c,
        pod,
        Some(&spec.name.clone()),
        "Warning",
        "Unhealthy",
        msg,
    );
    let period = u64::try_from(p.period_seconds.unwrap_or(10))
        .unwrap_or(10)
        .max(1)
        * 1000;
    schedule(c, &uid, period, Step::Probe(i, instance));
}

/// Starts graceful termination: SIGTERM now, SIGKILL at the deadline.
pub fn kill(c: &mut Cluster, pod: &Pod) {
    let uid = pod.metadata.uid.clone();
    let grace_ms =
        u64::try_from(pod.metadata.deletion_grace_period_seconds.unwrap_or(30)).unwrap_or(0) * 1000;
    let Some(rt) = c.rt.pods.get_mut(&uid) else {
        return;
    };
    if rt.killing {
        return;
    }
    rt.killing = true;
    rt.token += 1;
    let mut longest = 0u64;
    let mut running = Vec::new();
    for (i, ctr) in rt.containers.iter().enumerate() {
        if ctr.state.running.is_none() {
            continue;
        }
        let app = ctr
            .image
            .as_ref()
            .map_or(crate::apps::App::System, |img| img.app);
        let exit = if ctr.plan.as_ref().is_some_and(|p| p.serves) {
            app.on_sigterm()
        } else {
            None
        };
        longest = longest.max(exit.map_or(grace_ms, |(ms, _)| ms.min(grace_ms)));
        running.push(i);
    }
    for i in running.iter().copied() {
        let name = pod
            .spec
            .containers
            .get(i)
            .map(|s| s.name.clone())
            .unwrap_or_default();
        event(
            c,
            pod,
            Some(&name),
            "Normal",
            "Killing",
            format!("Stopping container {name}"),
        );
    }
    let delay = if running.is_empty() {
        GONE.ms
    } else {
        longest + STOP_NOTICED.ms
    };
    schedule(c, &uid, delay, Step::Killed);
}

/// The containers have stopped (exited on SIGTERM or killed at the deadline).
pub fn killed(c: &mut Cluster, pod: &Pod) {
    let uid = pod.metadata.uid.clone();
    let grace_ms =
        u64::try_from(pod.metadata.deletion_grace_period_seconds.unwrap_or(30)).unwrap_or(0) * 1000;
    let now = c.t;
    if let Some(rt) = c.rt.pods.get_mut(&uid) {
        for ctr in &mut rt.containers {
            if ctr.state.running.is_none() {
                continue;
            }
            let app = ctr
                .image
                .as_ref()
                .map_or(crate::apps::App::System, |img| img.app);
            let code = match app.on_sigterm() {
                Some((ms, code))
                    if ms <= grace_ms && ctr.plan.as_ref().is_some_and(|p| p.serves) =>
                {
                    code
                }
                _ => 137,
            };
            archive(ctr, code, exit_reason(code), now);
        }
    }
    schedule(c, &uid, GONE.ms, Step::Gone);
}

/// A container's image changed in the pod spec: stop it and start it
/// again with the new image (`Killing … definition changed`).
pub fn respec(c: &mut Cluster, pod: &Pod, i: usize) {
    let uid = pod.metadata.uid.clone();
    let name = pod
        .spec
        .containers
        .get(i)
        .map(|s| s.name.clone())
        .unwrap_or_default();
    let now = c.t;
    let Some(ctr) =
        c.rt.pods
            .get_mut(&uid)
            .and_then(|rt| rt.containers.get_mut(i))
    else {
        return;
    };
    let stop_ms = ctr
        .image
        .as_ref()
        .and_then(|img| img.app.on_sigterm())
        .map_or(30_000, |(ms, _)| ms);
    if ctr.state.running.is_some() {
        let code = if stop_ms < 30_000 { 0 } else { 137 };
        archive(ctr, code, exit_reason(code), now + stop_ms);
        ctr.last_state = ctr.state.clone();
        ctr.previous = std::mem::take(&mut ctr.log);
        ctr.restarts += 1;
    }
    ctr.state = ContainerState::waiting("ContainerCreating", "");
    ctr.image = None;
    ctr.pull_backoff_ms = 0;
    event(
        c,
        pod,
        Some(&name),
        "Normal",
        "Killing",
        format!("Container {name} definition changed, will be restarted"),
    );
    schedule(c, &uid, stop_ms.min(30_000), Step::Pull(i));
}
