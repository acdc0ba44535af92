//! A running pod's life: containers that exit and restart (with
//! CrashLoopBackOff), and graceful termination.

use super::stages::{CRASH_BACKOFF, FIRST_RESTART, GONE, STOP_NOTICED};
use super::{event, schedule};
use crate::api::pod::{ContainerState, StateTerminated};
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
    let Some(ctr) = c.rt.container_mut(&uid, i) else {
        return;
    };
    if ctr.restarts != instance || ctr.state.running.is_none() {
        return;
    }
    let code = ctr.plan.as_ref().map_or(0, |p| p.exit_code);
    let oom = ctr.plan.as_ref().is_some_and(|p| p.oom);
    archive(
        ctr,
        code,
        if oom { "OOMKilled" } else { exit_reason(code) },
        now,
    );
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
    let Some(ctr) = c.rt.container_mut(&uid, i) else {
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
    let Some(ctr) = c.rt.container_mut(&uid, i) else {
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
