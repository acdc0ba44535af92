//! The kubelet of every node: takes a bound pod through its stages with
//! realistic, brisk delays, reports status like the real one, records its
//! events (with the `spec.containers{NAME}` field path), and stops pods
//! gracefully.
//!
//! Stages and delays (simulated time) are the table in [`stages`]: bound
//! → admitted 100 ms; sandbox and pod IP 400 ms; image pull 500 ms + size
//! at 40 MB/s (bootcamp ≈ 2.4 s), 400 ms when present, 800 ms to fail
//! (`ErrImagePull`, `ImagePullBackOff` 3–5 s later, retries after 10 s
//! doubling to 300 s); start 100 ms; a crash restarts after 1 s, then
//! `CrashLoopBackOff` 10 s doubling to 300 s; a container holding more
//! memory than its limit is `OOMKilled` (137) 300 ms after it starts; probes
//! in [`probe`]; SIGTERM → exit per image
//! (see `apps`), at most the grace period; gone 100 ms later.
//!
//! Images are cached per node after the first pull; pulls of the same
//! image on one node are shared (the second waits for the first).

mod lifecycle;
mod probe;
pub mod stages;
mod start;
mod status;

pub(crate) use crate::engine::runtime::schedule;

use crate::api::Pod;
use crate::engine::events::{reference, Note};
use crate::engine::runtime::{ContainerRt, PodRt, Step};
use crate::engine::Cluster;

/// A pod was bound to a node: the kubelet will admit it.
pub fn on_bound(c: &mut Cluster, pod: &Pod) {
    let rt = PodRt {
        namespace: pod.metadata.namespace.clone(),
        name: pod.metadata.name.clone(),
        node: pod.spec.node_name.clone(),
        containers: pod
            .spec
            .containers
            .iter()
            .map(|_| ContainerRt {
                state: crate::api::pod::ContainerState::waiting("ContainerCreating", ""),
                ..ContainerRt::default()
            })
            .collect(),
        ..PodRt::default()
    };
    let uid = pod.metadata.uid.clone();
    c.rt.pods.insert(uid.clone(), rt);
    schedule(c, &uid, stages::ADMIT.ms, Step::Admit);
}

/// A timer fired: run the step if the pod, its node and the token still match.
pub fn wake(c: &mut Cluster, uid: &str, token: u64, step: Step) {
    let Some(rt) = c.rt.pods.get(uid) else {
        return;
    };
    if rt.token != token || !c.node_running(&rt.node) {
        return;
    }
    let (ns, name) = (rt.namespace.clone(), rt.name.clone());
    let Some(pod) = c.store.pods().get(&ns, &name).cloned() else {
        return;
    };
    if pod.metadata.uid != uid {
        return;
    }
    match step {
        Step::Admit | Step::Mount => start::admit(c, &pod),
        Step::Sandbox => start::sandbox(c, &pod),
        Step::Pull(i) => start::pull(c, &pod, i),
        Step::PullDone(i) => start::pull_done(c, &pod, i),
        Step::BackOff(i) => start::back_off(c, &pod, i),
        Step::Start(i) => start::start(c, &pod, i),
        Step::Exit(i, r) => lifecycle::exit(c, &pod, i, r),
        Step::Restart(i, r) => lifecycle::restart(c, &pod, i, r),
        Step::Probe(i, r) => probe::run(c, &pod, i, r, probe::Kind::Readiness),
        Step::Live(i, r) => probe::run(c, &pod, i, r, probe::Kind::Liveness),
        Step::Startup(i, r) => probe::run(c, &pod, i, r, probe::Kind::Startup),
        Step::Killed => lifecycle::killed(c, &pod),
        Step::Gone => {
            c.remove::<Pod>(&ns, &name);
        }
    }
    status::write(c, uid);
}

/// A pod got a deletionTimestamp: stop its containers.
pub fn on_delete(c: &mut Cluster, uid: &str) {
    let Some(rt) = c.rt.pods.get(uid) else {
        return;
    };
    let (ns, name, node) = (rt.namespace.clone(), rt.name.clone(), rt.node.clone());
    if !c.node_running(&node) {
        return;
    }
    if let Some(pod) = c.store.pods().get(&ns, &name).cloned() {
        lifecycle::kill(c, &pod);
        status::write(c, uid);
    }
}

/// A pod's spec changed (only images may): restart the changed containers.
pub fn on_update(c: &mut Cluster, old: &Pod, new: &Pod) {
    if !c.rt.pods.contains_key(&new.metadata.uid) || new.metadata.deletion_timestamp.is_some() {
        return;
    }
    for (i, (a, b)) in old
        .spec
        .containers
        .iter()
        .zip(&new.spec.containers)
        .enumerate()
    {
        if a.image != b.image {
            lifecycle::respec(c, new, i);
        }
    }
    status::write(c, &new.metadata.uid);
}

/// The pod object is gone: free its IP and forget it.
pub fn forget(c: &mut Cluster, uid: &str) {
    let Some(rt) = c.rt.pods.remove(uid) else {
        return;
    };
    if let (Some(node), Some(host)) = (c.rt.nodes.get_mut(&rt.node), rt.pod_ip.rsplit('.').next()) {
        if rt.pod_ip.starts_with("10.244.") {
            if let Ok(h) = host.parse::<u8>() {
                node.used_ips.remove(&h);
            }
        }
    }
}

/// A node came back: pods being deleted finish at once; the others get a
/// new sandbox and their containers restart.
pub fn node_restarted(c: &mut Cluster, node: &str) {
    let pods: Vec<Pod> = c.store.pods_on_node(node).into_iter().cloned().collect();
    for p in pods {
        let uid = p.metadata.uid.clone();
        if p.metadata.deletion_timestamp.is_some() {
            c.remove::<Pod>(&p.metadata.namespace, &p.metadata.name);
            continue;
        }
        let Some(rt) = c.rt.pods.get_mut(&uid) else {
            continue;
        };
        rt.token += 1;
        rt.sandbox_ready = false;
        for ctr in &mut rt.containers {
            if ctr.state.running.is_some() {
                lifecycle::archive(ctr, 255, "Unknown", c.t);
            }
            ctr.ready = false;
        }
        c.record(
            reference(&p, ""),
            Note {
                type_: "Normal",
                reason: "SandboxChanged",
                message: "Pod sandbox changed, it will be killed and re-created.".into(),
                component: "kubelet",
                host: node,
            },
        );
        schedule(c, &uid, stages::SANDBOX.ms, Step::Sandbox);
        status::write(c, &uid);
    }
}

/// Records a kubelet event about a pod (container events carry the field path).
pub(crate) fn event(
    c: &mut Cluster,
    pod: &Pod,
    container: Option<&str>,
    type_: &str,
    reason: &str,
    message: String,
) {
    let field = container.map_or(String::new(), |n| format!("spec.containers{{{n}}}"));
    let node = pod.spec.node_name.clone();
    c.record(
        reference(pod, &field),
        Note {
            type_,
            reason,
            message,
            component: "kubelet",
            host: &node,
        },
    );
}
