//! The kubelet's probers: startup, liveness and readiness probes of a
//! running container, each run every `periodSeconds` after its
//! `initialDelaySeconds`, with the kubelet's own event texts. A startup
//! probe holds the other two back until it passes; `failureThreshold`
//! failures in a row restart the container (liveness, startup) or make
//! it unready (readiness), `successThreshold` successes make it ready.
//!
//! What a probe sees is the container as simulated: `httpGet` asks the
//! app (an agnhost `liveness` answers 500 after 10 s), `tcpSocket` finds
//! its port open or refused, `exec` runs its command over the files the
//! main command made (`touch /tmp/healthy; …; rm -f /tmp/healthy`) and
//! the pod's mounted files. A probed container that stops being alive is
//! stopped like a deleted pod's (SIGTERM, then SIGKILL at the grace
//! period) and restarted with the usual back-off.

use super::{event, schedule};
use crate::api::pod::Probe;
use crate::api::quantity::IntOrString;
use crate::api::Pod;
use crate::apps::http::{Request, Served};
use crate::engine::runtime::Step;
use crate::engine::Cluster;

/// Which of a container's probes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Startup,
    Liveness,
    Readiness,
}

impl Kind {
    fn word(self) -> &'static str {
        match self {
            Kind::Startup => "Startup",
            Kind::Liveness => "Liveness",
            Kind::Readiness => "Readiness",
        }
    }

    fn step(self, i: usize, instance: i32) -> Step {
        match self {
            Kind::Startup => Step::Startup(i, instance),
            Kind::Liveness => Step::Live(i, instance),
            Kind::Readiness => Step::Probe(i, instance),
        }
    }
}

/// Container `spec`'s probe of that kind, with the API's defaults.
pub fn of(spec: &crate::api::pod::Container, kind: Kind) -> Option<Probe> {
    let p = match kind {
        Kind::Startup => spec.startup_probe.clone(),
        Kind::Liveness => spec.liveness_probe.clone(),
        Kind::Readiness => spec.readiness_probe.clone(),
    }?;
    Some(p)
}

fn secs(v: Option<i32>, default: i32) -> u64 {
    u64::try_from(v.unwrap_or(default)).unwrap_or(0) * 1000
}

/// Container `i` (instance `r`) started: its probes begin after their
/// initial delays (liveness and readiness only once a startup probe passed).
pub fn begin(c: &mut Cluster, pod: &Pod, i: usize, r: i32) {
    let Some(spec) = pod.spec.containers.get(i) else {
        return;
    };
    let kinds: &[Kind] = if spec.startup_probe.is_some() {
        &[Kind::Startup]
    } else {
        &[Kind::Liveness, Kind::Readiness]
    };
    for &kind in kinds {
        if let Some(p) = of(spec, kind) {
            let delay = secs(p.initial_delay_seconds, 0) + super::stages::START.ms;
            schedule(c, &pod.metadata.uid, delay, kind.step(i, r));
        }
    }
}

/// Runs container `i`'s probe of `kind` if instance `r` still runs.
pub fn run(c: &mut Cluster, pod: &Pod, i: usize, r: i32, kind: Kind) {
    let uid = pod.metadata.uid.clone();
    let Some(spec) = pod.spec.containers.get(i) else {
        return;
    };
    let Some(p) = of(spec, kind) else {
        return;
    };
    let live = c.rt.pods.get(&uid).and_then(|rt| rt.containers.get(i));
    if !live.is_some_and(|ctr| ctr.restarts == r && ctr.state.running.is_some() && !ctr.stopping) {
        return;
    }
    let name = spec.name.clone();
    let result = check(c, pod, i, &p);
    if let Err(out) = &result {
        let msg = format!("{} probe failed: {out}", kind.word());
        event(c, pod, Some(&name), "Warning", "Unhealthy", msg);
    }
    let Some(ctr) = c.rt.container_mut(&uid, i) else {
        return;
    };
    let fails = match (&result, kind) {
        (Ok(()), Kind::Readiness) => {
            ctr.probe_fails = 0;
            ctr.ready_oks += 1;
            if ctr.ready_oks >= p.success_threshold.unwrap_or(1) {
                ctr.ready = true;
            }
            0
        }
        (Ok(()), Kind::Liveness) => {
            ctr.live_fails = 0;
            0
        }
        (Ok(()), Kind::Startup) => {
            ctr.unstarted = false;
            ctr.probe_fails = 0;
            ctr.ready = spec.readiness_probe.is_none();
            for k in [Kind::Liveness, Kind::Readiness] {
                if let Some(q) = of(spec, k) {
                    let period = secs(q.period_seconds, 10).max(1000);
                    schedule(c, &uid, period, k.step(i, r));
                }
            }
            return;
        }
        (Err(_), Kind::Readiness) => {
            ctr.ready_oks = 0;
            ctr.probe_fails += 1;
            if ctr.probe_fails >= p.failure_threshold.unwrap_or(3) {
                ctr.ready = false;
            }
            0
        }
        (Err(_), Kind::Liveness) => {
            ctr.live_fails += 1;
            ctr.live_fails
        }
        (Err(_), Kind::Startup) => {
            ctr.probe_fails += 1;
            ctr.probe_fails
        }
    };
    if fails >= p.failure_threshold.unwrap_or(3).max(1) {
        let msg = format!(
            "Container {name} failed {} probe, will be restarted",
            kind.word().to_ascii_lowercase()
        );
        event(c, pod, Some(&name), "Normal", "Killing", msg);
        stop(c, pod, i, r);
        return;
    }
    let period = secs(p.period_seconds, 10).max(1000);
    schedule(c, &uid, period, kind.step(i, r));
}

/// Stops container `i` for a restart: it exits on SIGTERM as its image
/// does, or is killed (137) when the grace period ends.
fn stop(c: &mut Cluster, pod: &Pod, i: usize, r: i32) {
    let grace =
        u64::try_from(pod.spec.termination_grace_period_seconds.unwrap_or(30)).unwrap_or(0) * 1000;
    let Some(ctr) = c.rt.container_mut(&pod.metadata.uid, i) else {
        return;
    };
    let app = ctr.image.as_ref().map(|img| img.app);
    let serves = ctr.plan.as_ref().is_some_and(|p| p.serves);
    let (ms, code) = match app.and_then(crate::apps::App::on_sigterm) {
        Some((ms, code)) if serves && ms <= grace => (ms, code),
        _ => (grace, 137),
    };
    ctr.stopping = true;
    if let Some(plan) = &mut ctr.plan {
        plan.exit_code = code;
    }
    schedule(c, &pod.metadata.uid, ms, Step::Exit(i, r));
}

/// Probes container `i` once: `Err` holds what the kubelet reports.
fn check(c: &mut Cluster, pod: &Pod, i: usize, p: &Probe) -> Result<(), String> {
    let uid = &pod.metadata.uid;
    let ip =
        c.rt.pods
            .get(uid)
            .map(|rt| rt.pod_ip.clone())
            .unwrap_or_default();
    if let Some(cmd) = p.other.get("exec").and_then(|e| e.get("command")) {
        let argv: Vec<String> = cmd
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        let files = crate::engine::pods::mounted_files(c, pod, i);
        let now = c.now().0;
        let ctr = c.rt.pods.get(uid).and_then(|rt| rt.containers.get(i));
        let app = ctr
            .and_then(|k| k.image.as_ref())
            .map_or(crate::apps::App::System, |img| img.app);
        let made: Vec<String> = ctr
            .and_then(|k| Some((k.plan.as_ref()?, now.saturating_sub(k.started_unix_ms))))
            .map(|(plan, ms)| plan.files_at(ms).map(String::from).collect())
            .unwrap_or_default();
        let exists = |f: &str| files.contains_key(f) || made.iter().any(|m| m == f);
        let (code, out) = crate::apps::exec::probe(app, &argv, &exists);
        return if code == 0 { Ok(()) } else { Err(out) };
    }
    let spec = pod.spec.containers.get(i);
    let port = p
        .http_get
        .as_ref()
        .map(|h| h.port.clone())
        .or(p.tcp_socket.as_ref().map(|t| t.port.clone()));
    let port = match port {
        Some(IntOrString::Int(n)) => u16::try_from(n).unwrap_or(0),
        Some(IntOrString::Str(name)) => spec
            .and_then(|s| s.ports.iter().find(|cp| cp.name == name))
            .and_then(|cp| u16::try_from(cp.container_port).ok())
            .unwrap_or(0),
        None => return Ok(()),
    };
    let refused = format!("dial tcp {ip}:{port}: connect: connection refused");
    let Some(h) = &p.http_get else {
        let open = c.rt.pods.get(uid).is_some_and(|rt| {
            rt.containers.iter().any(|k| {
                k.state.running.is_some()
                    && k.plan.as_ref().is_some_and(|p| p.serves)
                    && k.image
                        .as_ref()
                        .is_some_and(|img| img.app.ports().contains(&port))
            })
        });
        return if open { Ok(()) } else { Err(refused) };
    };
    let path = if h.path.is_empty() { "/" } else { &h.path };
    let mut headers = vec![
        ("Host".to_string(), format!("{ip}:{port}")),
        ("User-Agent".to_string(), "kube-probe/1.37".to_string()),
    ];
    if let Some(extra) = h.other.get("httpHeaders").and_then(|v| v.as_array()) {
        for kv in extra {
            let field = |k: &str| kv.get(k).and_then(|v| v.as_str()).unwrap_or("").to_string();
            headers.push((field("name"), field("value")));
        }
    }
    let req = Request {
        method: "GET".into(),
        path: path.to_string(),
        headers,
    };
    let node_ip = c.node_ip(&pod.spec.node_name).unwrap_or_default();
    match c.serve_at(pod, port, &req, &node_ip) {
        Some(Served::Reply { response, .. }) if !(200..400).contains(&response.status) => Err(
            format!("HTTP probe failed with statuscode: {}", response.status),
        ),
        Some(Served::Reply { .. } | Served::Proxy { .. }) => Ok(()),
        Some(Served::Refused) | None => Err(format!("Get \"http://{ip}:{port}{path}\": {refused}")),
    }
}

#[cfg(test)]
mod tests {
    use crate::api::{Kind as ApiKind, Pod};
    use crate::engine::Cluster;
    use crate::json::FromJson;
    use serde_json::json;

    fn run(container: serde_json::Value) -> Cluster {
        let mut c = Cluster::new(1);
        let pod = Pod::from_json(&json!({
            "apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": "p"},
            "spec": {"containers": [container]},
        }));
        assert!(pod.is_ok_and(|p| c.create("default", p).is_ok()));
        c
    }

    fn events(c: &Cluster) -> Vec<(String, String, i64)> {
        c.events_for(ApiKind::Pod, "default", "p")
            .iter()
            .map(|e| (e.reason.clone(), e.message.clone(), i64::from(e.count)))
            .collect()
    }

    fn status(c: &Cluster) -> crate::api::pod::ContainerStatus {
        c.get::<Pod>("default", "p")
            .ok()
            .and_then(|p| p.status.container_statuses.first().cloned())
            .unwrap_or_default()
    }

    #[test]
    fn a_failing_exec_liveness_probe_restarts_the_container() {
        let mut c = run(json!({
            "name": "liveness", "image": "registry.k8s.io/busybox:1.27.2",
            "args": ["/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"],
            "livenessProbe": {"exec": {"command": ["cat", "/tmp/healthy"]},
                              "initialDelaySeconds": 5, "periodSeconds": 5},
        }));
        c.advance(30_000);
        assert!(events(&c).iter().all(|(r, _, _)| r != "Unhealthy"));
        c.advance(6_000);
        let failed =
            "Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory\n";
        assert!(events(&c).contains(&("Unhealthy".into(), failed.into(), 1)));
        c.advance(10_000);
        let killing = "Container liveness failed liveness probe, will be restarted";
        assert!(events(&c).contains(&("Unhealthy".into(), failed.into(), 3)));
        assert!(events(&c).contains(&("Killing".into(), killing.into(), 1)));
        // busybox's shell ignores SIGTERM: killed when the 30 s grace ends.
        assert_eq!(status(&c).restart_count, 0);
        c.advance(30_000);
        let st = status(&c);
        assert_eq!(st.restart_count, 1);
        assert!(st.state.running.is_some() && st.ready);
        let last = st.last_state.terminated.unwrap_or_default();
        assert_eq!((last.exit_code, last.reason.as_str()), (137, "Error"));
    }

    #[test]
    fn an_http_liveness_probe_ends_in_crash_loop_back_off() {
        let mut c = run(json!({
            "name": "liveness", "image": "registry.k8s.io/e2e-test-images/agnhost:2.40",
            "args": ["liveness"],
            "livenessProbe": {"httpGet": {"path": "/healthz", "port": 8080},
                              "initialDelaySeconds": 3, "periodSeconds": 3},
        }));
        c.advance(12_000);
        assert_eq!(status(&c).restart_count, 0);
        c.advance(12_000);
        assert_eq!(status(&c).restart_count, 1);
        let failed = "Liveness probe failed: HTTP probe failed with statuscode: 500";
        assert!(events(&c)
            .iter()
            .any(|(r, m, _)| r == "Unhealthy" && m == failed));
        c.advance(60_000);
        let st = status(&c);
        assert!(st.restart_count >= 2);
        let waiting = st.state.waiting.map(|w| w.reason).unwrap_or_default();
        assert_eq!(waiting, "CrashLoopBackOff");
    }

    #[test]
    fn readiness_and_startup_probes_gate_the_container() {
        // nginx answers 404 at /ready: running, never ready.
        let mut c = run(json!({
            "name": "web", "image": "nginx:1.25",
            "readinessProbe": {"httpGet": {"path": "/ready", "port": 80}, "periodSeconds": 5},
        }));
        c.advance(20_000);
        let st = status(&c);
        assert!(st.state.running.is_some() && !st.ready);
        let failed = "Readiness probe failed: HTTP probe failed with statuscode: 404";
        assert!(events(&c)
            .iter()
            .any(|(r, m, _)| r == "Unhealthy" && m == failed));

        // A startup probe on a closed port: never started, then restarted.
        let mut c = run(json!({
            "name": "web", "image": "nginx:1.25",
            "startupProbe": {"tcpSocket": {"port": 81}, "periodSeconds": 2, "failureThreshold": 3},
            "livenessProbe": {"tcpSocket": {"port": 81}},
        }));
        c.advance(3_000);
        let st = status(&c);
        assert_eq!((st.started, st.ready), (Some(false), false));
        c.advance(5_000);
        let killing = "Container web failed startup probe, will be restarted";
        assert!(events(&c)
            .iter()
            .any(|(r, m, _)| r == "Killing" && m == killing));
        assert!(events(&c)
            .iter()
            .all(|(_, m, _)| !m.starts_with("Liveness probe failed")));
    }
}
