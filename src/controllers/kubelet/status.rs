//! The pod status the kubelet reports, rebuilt from its runtime view:
//! phase, the five conditions, container statuses, IPs and start time.
//! Written only when it differs from what the API has.

use crate::api::meta::{find_condition, Probe};
use crate::api::pod::{ContainerStatus, PodIp, PodStatus};
use crate::api::{Condition, Pod};
use crate::engine::runtime::PodRt;
use crate::engine::Cluster;

fn cond(
    old: &[Condition],
    type_: &str,
    ok: bool,
    reason: &str,
    message: &str,
    now: crate::api::Time,
) -> Condition {
    let status = if ok { "True" } else { "False" };
    let mut cd = Condition::new(
        type_,
        status,
        if ok { "" } else { reason },
        if ok { "" } else { message },
    );
    cd.last_probe_time = Probe::Null;
    cd.last_transition_time = match find_condition(old, type_) {
        Some(prev) if prev.status == status => prev.last_transition_time,
        _ => Some(now),
    };
    cd
}

/// The pod phase. Once every container has stopped, a pod is terminal
/// (`Succeeded` when all exited 0, else `Failed`) if its restart policy
/// will not restart them — or if it is being deleted: since Kubernetes
/// 1.27 the kubelet reports a terminal phase before the pod goes, which
/// `kubectl get pods` shows as `0/1 Error` / `0/1 Completed` instead of
/// `Terminating` for that last moment.
fn phase(pod: &Pod, rt: &PodRt) -> &'static str {
    let all_done =
        !rt.containers.is_empty() && rt.containers.iter().all(|c| c.state.terminated.is_some());
    let policy = pod.spec.restart_policy.as_str();
    if all_done {
        let ok = rt.containers.iter().all(|c| {
            c.state
                .terminated
                .as_ref()
                .is_some_and(|t| t.exit_code == 0)
        });
        let terminal = rt.killing || policy == "Never" || (policy == "OnFailure" && ok);
        if terminal {
            return if ok { "Succeeded" } else { "Failed" };
        }
    }
    let started = rt
        .containers
        .iter()
        .any(|c| c.state.running.is_some() || c.restarts > 0 || c.state.terminated.is_some());
    if started && rt.containers.iter().all(|c| !c.container_id.is_empty()) {
        "Running"
    } else {
        "Pending"
    }
}

/// Builds the status the kubelet would report now.
pub fn build(c: &Cluster, pod: &Pod, rt: &PodRt) -> PodStatus {
    let now = c.now();
    let old = &pod.status.conditions;
    let mut st = PodStatus {
        phase: phase(pod, rt).into(),
        qos_class: pod.status.qos_class.clone(),
        start_time: rt.start_time,
        observed_generation: Some(pod.metadata.generation),
        ..PodStatus::default()
    };
    if let Some(ip) = c.node_ip(&pod.spec.node_name) {
        st.host_ip = ip.clone();
        st.host_ips = vec![PodIp { ip }];
    }
    if !rt.pod_ip.is_empty() && rt.sandbox_ready {
        st.pod_ip = rt.pod_ip.clone();
        st.pod_ips = vec![PodIp {
            ip: rt.pod_ip.clone(),
        }];
    }
    let unready: Vec<String> = pod
        .spec
        .containers
        .iter()
        .zip(&rt.containers)
        .filter(|(_, c)| !(c.ready && c.state.running.is_some()))
        .map(|(s, _)| s.name.clone())
        .collect();
    let msg = format!("containers with unready status: [{}]", unready.join(" "));
    let ready = unready.is_empty();
    st.conditions = vec![
        cond(
            old,
            "PodReadyToStartContainers",
            rt.sandbox_ready,
            "",
            "",
            now,
        ),
        cond(old, "Initialized", true, "", "", now),
        cond(old, "Ready", ready, "ContainersNotReady", &msg, now),
        cond(
            old,
            "ContainersReady",
            ready,
            "ContainersNotReady",
            &msg,
            now,
        ),
    ];
    st.conditions
        .extend(find_condition(old, "PodScheduled").cloned());
    for (spec, ctr) in pod.spec.containers.iter().zip(&rt.containers) {
        let running = ctr.state.running.is_some();
        st.container_statuses.push(ContainerStatus {
            container_id: ctr.container_id.clone(),
            image: ctr
                .image
                .as_ref()
                .map_or(spec.image.clone(), |i| i.reference.clone()),
            image_id: if ctr.container_id.is_empty() {
                String::new()
            } else {
                ctr.image.as_ref().map(|i| i.image_id()).unwrap_or_default()
            },
            last_state: ctr.last_state.clone(),
            name: spec.name.clone(),
            ready: ctr.ready && running,
            restart_count: ctr.restarts,
            started: Some(running && !ctr.unstarted),
            state: ctr.state.clone(),
        });
    }
    st
}

/// Writes the pod's status if it changed.
pub fn write(c: &mut Cluster, uid: &str) {
    let Some(rt) = c.rt.pods.get(uid) else {
        return;
    };
    let Some(pod) = c.store.pods().get(&rt.namespace, &rt.name) else {
        return;
    };
    if pod.metadata.uid != uid {
        return;
    }
    let st = build(c, pod, rt);
    if st != pod.status {
        let mut pod = pod.clone();
        pod.status = st;
        c.put(pod);
    }
}
