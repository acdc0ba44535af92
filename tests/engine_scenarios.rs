//! Scenario tests: each controller behaviour a learner can observe, driven
//! through the engine's API the way kubectl drives it.

use kubeplay::api::workload::REVISION_ANNOTATION;
use kubeplay::api::*;
use kubeplay::engine::changes::Change;
use kubeplay::engine::network::{Client, NetError};
use kubeplay::engine::write::DeleteOptions;
use kubeplay::engine::{Cluster, ClusterConfig};
use kubeplay::json::FromJson;
use serde_json::json;

const V1: &str = "gcr.io/google-samples/kubernetes-bootcamp:v1";
const V2: &str = "docker.io/jocatalin/kubernetes-bootcamp:v2";
const V10: &str = "gcr.io/google-samples/kubernetes-bootcamp:v10";

fn deployment(name: &str, image: &str, replicas: i64) -> Deployment {
    FromJson::from_json(&json!({
        "metadata": {"name": name, "labels": {"app": name}},
        "spec": {"replicas": replicas, "selector": {"matchLabels": {"app": name}},
            "template": {"metadata": {"labels": {"app": name}},
                "spec": {"containers": [{"name": name, "image": image}]}}}
    }))
    .unwrap()
}

fn node_port_service(name: &str, port: i64) -> Service {
    FromJson::from_json(&json!({
        "metadata": {"name": name, "labels": {"app": name}},
        "spec": {"type": "NodePort", "selector": {"app": name}, "ports": [{"port": port, "protocol": "TCP"}]}
    }))
    .unwrap()
}

fn pods<'a>(c: &'a Cluster, app: &str) -> Vec<&'a Pod> {
    c.list::<Pod>(Some("default"))
        .into_iter()
        .filter(|p| p.metadata.labels.get("app").map(String::as_str) == Some(app))
        .collect()
}

fn statuses(c: &Cluster, app: &str) -> Vec<String> {
    pods(c, app).iter().map(|p| p.display_status()).collect()
}

fn set_image(c: &mut Cluster, name: &str, image: &str) {
    c.modify::<Deployment>("default", name, |d| {
        d.spec.template.spec.containers[0].image = image.into()
    })
    .unwrap();
}

fn scale(c: &mut Cluster, name: &str, n: i32) {
    c.modify::<Deployment>("default", name, |d| d.spec.replicas = Some(n))
        .unwrap();
}

fn running_cluster(app: &str, image: &str, replicas: i64) -> Cluster {
    let mut c = Cluster::new(7);
    c.create("default", deployment(app, image, replicas))
        .unwrap();
    c.advance(10_000);
    c
}

fn curl_body(c: &mut Cluster, url: &str) -> String {
    let argv: Vec<String> = ["curl", "-s", url].iter().map(|s| s.to_string()).collect();
    c.curl(&Client::Host, &argv).stdout
}

#[test]
fn a_new_deployment_goes_pending_creating_running_with_real_events() {
    let mut c = Cluster::new(1);
    c.create("default", deployment("kubernetes-bootcamp", V1, 1))
        .unwrap();
    assert_eq!(statuses(&c, "kubernetes-bootcamp"), ["Pending"]);
    c.advance(300);
    assert_eq!(statuses(&c, "kubernetes-bootcamp"), ["ContainerCreating"]);
    c.advance(10_000);
    assert_eq!(statuses(&c, "kubernetes-bootcamp"), ["Running"]);
    let p = pods(&c, "kubernetes-bootcamp")[0].clone();
    assert_eq!(p.ready_counts(), (1, 1));
    assert!(p.metadata.name.starts_with("kubernetes-bootcamp-"));
    let hash = p.metadata.labels["pod-template-hash"].clone();
    assert!(hash.chars().all(|ch| "456789bcdf".contains(ch)), "{hash}");
    let reasons: Vec<String> = c
        .events_for(Kind::Pod, "default", &p.metadata.name)
        .iter()
        .map(|e| e.reason.clone())
        .collect();
    assert_eq!(
        reasons,
        ["Scheduled", "Pulling", "Pulled", "Created", "Started"]
    );
    let pulled = c.events_for(Kind::Pod, "default", &p.metadata.name)[2]
        .message
        .clone();
    assert!(
        pulled.starts_with(&format!("Successfully pulled image \"{V1}\" in ")),
        "{pulled}"
    );
    assert!(pulled.ends_with("Image size: 77346330 bytes."));
    let d = c
        .get::<Deployment>("default", "kubernetes-bootcamp")
        .unwrap();
    assert_eq!(
        (
            d.status.ready_replicas,
            d.status.available_replicas,
            d.status.updated_replicas
        ),
        (1, 1, 1)
    );
    let ev = c.events_for(Kind::Deployment, "default", "kubernetes-bootcamp");
    assert_eq!(
        ev[0].message,
        format!("Scaled up replica set kubernetes-bootcamp-{hash} from 0 to 1")
    );
    assert_eq!(ev[0].source.component, "deployment-controller");
    // The second pod on the node finds the image cached.
    scale(&mut c, "kubernetes-bootcamp", 2);
    c.advance(2_000);
    let newest = pods(&c, "kubernetes-bootcamp")
        .into_iter()
        .find(|q| q.metadata.name != p.metadata.name)
        .unwrap()
        .clone();
    let msgs: Vec<String> = c
        .events_for(Kind::Pod, "default", &newest.metadata.name)
        .iter()
        .map(|e| e.message.clone())
        .collect();
    assert!(msgs.contains(&format!(
        "Container image \"{V1}\" already present on machine and can be accessed by the pod"
    )));
    assert_eq!(statuses(&c, "kubernetes-bootcamp"), ["Running", "Running"]);
}

#[test]
fn scaling_up_and_down_terminates_gracefully() {
    let mut c = running_cluster("kb", V1, 1);
    assert!(c.is_settled());
    assert_eq!(
        c.selected_pods(Kind::Deployment, "default", "kb")
            .unwrap()
            .len(),
        1
    );
    scale(&mut c, "kb", 4);
    c.advance(5_000);
    assert_eq!(statuses(&c, "kb"), ["Running"; 4]);
    let ips: Vec<String> = pods(&c, "kb")
        .iter()
        .map(|p| p.status.pod_ip.clone())
        .collect();
    let mut dedup = ips.clone();
    dedup.sort();
    dedup.dedup();
    assert_eq!(dedup.len(), 4, "{ips:?}");
    scale(&mut c, "kb", 2);
    assert!(!c.is_settled());
    let mut st = statuses(&c, "kb");
    st.sort();
    assert_eq!(st, ["Running", "Running", "Terminating", "Terminating"]);
    let rs = c.list::<ReplicaSet>(Some("default"))[0].clone();
    assert_eq!(
        (
            rs.replicas(),
            rs.status.replicas,
            rs.status.terminating_replicas
        ),
        (2, 2, Some(2))
    );
    // kubernetes-bootcamp ignores SIGTERM: the full 30 s grace period.
    c.advance(29_000);
    assert_eq!(pods(&c, "kb").len(), 4);
    c.advance(2_000);
    assert_eq!(statuses(&c, "kb"), ["Running"; 2]);
    let ev: Vec<String> = c
        .events_for(Kind::Deployment, "default", "kb")
        .iter()
        .map(|e| e.message.clone())
        .collect();
    assert!(
        ev.iter()
            .any(|m| m.ends_with("from 4 to 2") && m.starts_with("Scaled down")),
        "{ev:?}"
    );
}

#[test]
fn nginx_exits_quickly_on_sigterm() {
    let mut c = running_cluster("web", "nginx:1.25", 2);
    scale(&mut c, "web", 1);
    c.advance(1_000);
    assert_eq!(statuses(&c, "web"), ["Running"]);
}

#[test]
fn rolling_update_respects_surge_and_availability_and_serves_both_versions() {
    let mut c = running_cluster("kb", V1, 4);
    let port = c
        .create("default", node_port_service("kb", 8080))
        .unwrap()
        .spec
        .ports[0]
        .node_port;
    c.advance(1_000);
    set_image(&mut c, "kb", V2);
    let mut seen_v2 = false;
    for _ in 0..400 {
        c.advance(250);
        let active: Vec<&Pod> = pods(&c, "kb")
            .into_iter()
            .filter(|p| p.metadata.deletion_timestamp.is_none())
            .collect();
        assert!(
            active.len() <= 5,
            "more than replicas + maxSurge: {}",
            active.len()
        );
        let available = active.iter().filter(|p| p.is_ready()).count();
        assert!(
            available >= 3,
            "fewer than replicas - maxUnavailable available: {available}"
        );
        let body = curl_body(&mut c, &format!("http://192.168.49.2:{port}"));
        assert!(
            body.starts_with("Hello Kubernetes bootcamp! | Running on: kb-"),
            "{body}"
        );
        seen_v2 |= body.ends_with("| v=2\n");
    }
    assert!(seen_v2);
    assert_eq!(statuses(&c, "kb"), ["Running"; 4]);
    assert_eq!(
        c.next_timer_due(),
        None,
        "nothing left to animate once the rollout is done"
    );
    let d = c.get::<Deployment>("default", "kb").unwrap();
    assert_eq!(d.metadata.annotations[REVISION_ANNOTATION], "2");
    assert_eq!(
        d.status
            .conditions
            .iter()
            .find(|x| x.type_ == "Progressing")
            .unwrap()
            .reason,
        "NewReplicaSetAvailable"
    );
    assert_eq!(c.list::<ReplicaSet>(Some("default")).len(), 2);
}

#[test]
fn a_bad_tag_gets_stuck_in_image_pull_back_off_while_old_pods_serve() {
    let mut c = running_cluster("kb", V1, 4);
    let port = c
        .create("default", node_port_service("kb", 8080))
        .unwrap()
        .spec
        .ports[0]
        .node_port;
    set_image(&mut c, "kb", V10);
    c.advance(2_000);
    let mut st = statuses(&c, "kb");
    st.sort();
    assert_eq!(st[..2], ["ErrImagePull", "ErrImagePull"], "{st:?}");
    c.advance(8_000);
    let mut st = statuses(&c, "kb");
    st.sort();
    // One old pod was scaled down (maxUnavailable 1) and is still stopping.
    assert_eq!(
        st,
        [
            "ImagePullBackOff",
            "ImagePullBackOff",
            "Running",
            "Running",
            "Running",
            "Terminating"
        ]
    );
    c.advance(30_000);
    let mut st = statuses(&c, "kb");
    st.sort();
    assert_eq!(
        st,
        [
            "ImagePullBackOff",
            "ImagePullBackOff",
            "Running",
            "Running",
            "Running"
        ]
    );
    let d = c.get::<Deployment>("default", "kb").unwrap().clone();
    assert_eq!(
        (
            d.status.ready_replicas,
            d.status.updated_replicas,
            d.status.available_replicas
        ),
        (3, 2, 3)
    );
    for _ in 0..6 {
        assert!(curl_body(&mut c, &format!("192.168.49.2:{port}")).ends_with("| v=1\n"));
    }
    let bad = pods(&c, "kb")
        .into_iter()
        .find(|p| p.display_status() == "ImagePullBackOff")
        .unwrap()
        .clone();
    assert_eq!(bad.status.phase, "Pending");
    let ev = c.events_for(Kind::Pod, "default", &bad.metadata.name);
    let failed = ev
        .iter()
        .find(|e| e.message.starts_with("Failed to pull image"))
        .unwrap();
    assert_eq!(failed.message, format!("Failed to pull image \"{V10}\": failed to pull and unpack image \"{V10}\": failed to resolve reference \"{V10}\": {V10}: not found"));
    assert!(ev.iter().any(|e| e.reason == "BackOff"
        && e.type_ == "Normal"
        && e.message == format!("Back-off pulling image \"{V10}\"")));
    assert!(ev
        .iter()
        .any(|e| e.message == "Error: ImagePullBackOff" && e.type_ == "Warning"));
    // Back-off doubles: after 5 minutes the pulls were retried a few times, aggregated.
    c.advance(300_000);
    let pulls = c
        .events_for(Kind::Pod, "default", &bad.metadata.name)
        .iter()
        .find(|e| e.reason == "Pulling")
        .unwrap()
        .count;
    assert!((4..=6).contains(&pulls), "{pulls}");
    // After the progress deadline (600 s) the rollout is reported as failed.
    c.advance(320_000);
    let d = c.get::<Deployment>("default", "kb").unwrap();
    let prog = d
        .status
        .conditions
        .iter()
        .find(|x| x.type_ == "Progressing")
        .unwrap();
    assert_eq!(
        (prog.status.as_str(), prog.reason.as_str()),
        ("False", "ProgressDeadlineExceeded")
    );
    assert_eq!(
        statuses(&c, "kb")
            .iter()
            .filter(|s| *s == "Running")
            .count(),
        3
    );
}

/// What `kubectl rollout undo` does client-side: copy the previous
/// revision's template into the Deployment.
fn undo(c: &mut Cluster, name: &str) {
    let d = c.get::<Deployment>("default", name).unwrap().clone();
    let current = d.revision();
    let prev = c
        .list::<ReplicaSet>(Some("default"))
        .into_iter()
        .filter(|r| r.revision() < current)
        .max_by_key(|r| r.revision())
        .unwrap()
        .clone();
    c.modify::<Deployment>("default", name, |d| {
        let mut t = prev.spec.template.clone();
        t.metadata.labels.remove("pod-template-hash");
        d.spec.template = t;
    })
    .unwrap();
}

#[test]
fn rollback_reuses_the_old_replicaset_and_bumps_its_revision() {
    let mut c = running_cluster("kb", V1, 2);
    set_image(&mut c, "kb", V2);
    c.advance(60_000);
    set_image(&mut c, "kb", V10);
    c.advance(20_000);
    let names_before: Vec<String> = c
        .list::<ReplicaSet>(Some("default"))
        .iter()
        .map(|r| r.metadata.name.clone())
        .collect();
    let cursor = c.change_cursor();
    undo(&mut c, "kb");
    c.advance(60_000);
    let names_after: Vec<String> = c
        .list::<ReplicaSet>(Some("default"))
        .iter()
        .map(|r| r.metadata.name.clone())
        .collect();
    assert_eq!(names_before, names_after, "undo creates no new ReplicaSet");
    let mut revs: Vec<i64> = c
        .list::<ReplicaSet>(Some("default"))
        .iter()
        .map(|r| r.revision())
        .collect();
    revs.sort();
    assert_eq!(revs, [1, 3, 4]);
    assert_eq!(c.get::<Deployment>("default", "kb").unwrap().revision(), 4);
    assert_eq!(statuses(&c, "kb"), ["Running", "Running"]);
    let v2 = pods(&c, "kb")
        .iter()
        .all(|p| p.spec.containers[0].image == V2);
    assert!(v2);
    let (changes, _, _) = c.changes_since(cursor);
    assert!(changes.iter().any(
        |e| matches!(&e.change, Change::RolledBack { name, revision: 4, .. } if name == "kb")
    ));
}

#[test]
fn recreate_kills_everything_before_starting_the_new_version() {
    let mut c = Cluster::new(3);
    let mut d = deployment("web", "nginx:1.25", 3);
    d.spec.strategy.type_ = "Recreate".into();
    c.create("default", d).unwrap();
    c.advance(10_000);
    set_image(&mut c, "web", "nginx:1.27");
    let rs_new = |c: &Cluster| c.list::<ReplicaSet>(Some("default")).len();
    assert_eq!(rs_new(&c), 1, "no new ReplicaSet while old pods exist");
    c.advance(10_000);
    assert_eq!(rs_new(&c), 2);
    assert_eq!(statuses(&c, "web"), ["Running"; 3]);
    assert!(pods(&c, "web")
        .iter()
        .all(|p| p.spec.containers[0].image == "nginx:1.27"));
}

#[test]
fn paused_deployments_scale_but_do_not_roll_out() {
    let mut c = running_cluster("kb", V1, 2);
    c.modify::<Deployment>("default", "kb", |d| d.spec.paused = true)
        .unwrap();
    set_image(&mut c, "kb", V2);
    scale(&mut c, "kb", 3);
    c.advance(10_000);
    assert_eq!(c.list::<ReplicaSet>(Some("default")).len(), 1);
    assert_eq!(statuses(&c, "kb"), ["Running"; 3]);
    let prog = c
        .get::<Deployment>("default", "kb")
        .unwrap()
        .status
        .conditions
        .iter()
        .find(|x| x.type_ == "Progressing")
        .unwrap()
        .clone();
    assert_eq!(prog.reason, "DeploymentPaused");
    c.modify::<Deployment>("default", "kb", |d| d.spec.paused = false)
        .unwrap();
    c.advance(90_000);
    assert!(pods(&c, "kb")
        .iter()
        .all(|p| p.spec.containers[0].image == V2));
    assert_eq!(pods(&c, "kb").len(), 3);
}

#[test]
fn old_replicasets_beyond_the_history_limit_are_deleted() {
    let mut c = Cluster::new(5);
    let mut d = deployment("web", "nginx:1.19", 1);
    d.spec.revision_history_limit = Some(2);
    c.create("default", d).unwrap();
    for tag in ["1.20", "1.21", "1.22", "1.23"] {
        c.advance(20_000);
        set_image(&mut c, "web", &format!("nginx:{tag}"));
    }
    c.advance(30_000);
    let rs = c.list::<ReplicaSet>(Some("default"));
    assert_eq!(rs.len(), 3, "the current one plus two old ones");
}

#[test]
fn deleting_a_deployment_cascades_to_replicasets_and_pods() {
    let mut c = running_cluster("kb", V1, 2);
    c.delete(Kind::Deployment, "default", "kb", DeleteOptions::default())
        .unwrap();
    assert!(c.list::<ReplicaSet>(Some("default")).is_empty());
    assert_eq!(statuses(&c, "kb"), ["Terminating", "Terminating"]);
    c.advance(31_000);
    assert!(pods(&c, "kb").is_empty());
}

#[test]
fn a_deleted_pod_is_replaced_by_its_replicaset() {
    let mut c = running_cluster("kb", V1, 1);
    let old = pods(&c, "kb")[0].metadata.name.clone();
    c.delete(Kind::Pod, "default", &old, DeleteOptions::default())
        .unwrap();
    let names: Vec<String> = pods(&c, "kb")
        .iter()
        .map(|p| p.metadata.name.clone())
        .collect();
    assert_eq!(names.len(), 2);
    c.advance(2_000);
    let fresh = pods(&c, "kb")
        .into_iter()
        .find(|p| p.metadata.name != old)
        .unwrap();
    assert_eq!(fresh.display_status(), "Running");
}

#[test]
fn a_pod_waits_for_its_configmap_then_starts_by_itself() {
    let mut c = Cluster::new(2);
    let d: Deployment = FromJson::from_json(&json!({
        "metadata": {"name": "frontend"},
        "spec": {"selector": {"matchLabels": {"app": "frontend"}}, "template": {"metadata": {"labels": {"app": "frontend"}},
            "spec": {"containers": [{"name": "nginx", "image": "nginx:1.25", "volumeMounts": [{"name": "conf", "mountPath": "/etc/nginx/conf.d"}]}],
                "volumes": [{"name": "conf", "configMap": {"name": "nginx-frontend-conf"}}]}}}
    }))
    .unwrap();
    c.create("default", d).unwrap();
    c.advance(20_000);
    assert_eq!(statuses(&c, "frontend"), ["ContainerCreating"]);
    let p = pods(&c, "frontend")[0].clone();
    let ev = c.events_for(Kind::Pod, "default", &p.metadata.name);
    let mount = ev.iter().find(|e| e.reason == "FailedMount").unwrap();
    assert_eq!(mount.message, "MountVolume.SetUp failed for volume \"conf\" : configmap \"nginx-frontend-conf\" not found");
    assert!(mount.count >= 3);
    let mut cm = ConfigMap::default();
    cm.metadata.name = "nginx-frontend-conf".into();
    cm.data
        .insert("frontend.conf".into(), "server { listen 80; }".into());
    c.create("default", cm).unwrap();
    c.advance(40_000);
    assert_eq!(statuses(&c, "frontend"), ["Running"]);
    let inside = c.container("default", &p.metadata.name, None).unwrap();
    assert_eq!(
        inside
            .files
            .get("/etc/nginx/conf.d/frontend.conf")
            .map(String::as_str),
        Some("server { listen 80; }")
    );
}

#[test]
fn a_stopped_node_goes_not_ready_and_its_pods_move() {
    let mut c = Cluster::with_config(
        4,
        ClusterConfig {
            nodes: 3,
            ..ClusterConfig::default()
        },
    );
    c.create("default", deployment("hello", "nginx:1.25", 3))
        .unwrap();
    c.advance(15_000);
    let on = |c: &Cluster, node: &str| {
        pods(c, "hello")
            .iter()
            .filter(|p| p.spec.node_name == node && p.metadata.deletion_timestamp.is_none())
            .count()
    };
    assert_eq!(on(&c, "minikube-m02"), 1, "spread over three nodes");
    c.node_stop("minikube-m02").unwrap();
    c.advance(41_000);
    let node = c.get::<Node>("", "minikube-m02").unwrap();
    assert_eq!(node.ready_status(), "NotReady");
    let ready = node
        .status
        .conditions
        .iter()
        .find(|x| x.type_ == "Ready")
        .unwrap();
    assert_eq!(
        (ready.status.as_str(), ready.reason.as_str()),
        ("Unknown", "NodeStatusUnknown")
    );
    assert!(node
        .spec
        .taints
        .iter()
        .any(|t| t.key == "node.kubernetes.io/unreachable" && t.effect == "NoExecute"));
    c.advance(300_000);
    assert_eq!(on(&c, "minikube-m02"), 0);
    let active: Vec<&Pod> = pods(&c, "hello")
        .into_iter()
        .filter(|p| p.metadata.deletion_timestamp.is_none())
        .collect();
    assert_eq!(active.len(), 3);
    assert!(active
        .iter()
        .all(|p| p.display_status() == "Running" && p.spec.node_name != "minikube-m02"));
    c.node_start("minikube-m02").unwrap();
    c.advance(10_000);
    assert_eq!(
        c.get::<Node>("", "minikube-m02").unwrap().ready_status(),
        "Ready"
    );
    assert!(
        pods(&c, "hello")
            .iter()
            .all(|p| p.spec.node_name != "minikube-m02"),
        "terminating pods finish once the node is back"
    );
}

#[test]
fn service_traffic_round_robins_over_ready_pods_only() {
    let mut c = running_cluster("kb", V1, 3);
    let svc = c.create("default", node_port_service("kb", 8080)).unwrap();
    c.advance(100);
    let port = svc.spec.ports[0].node_port;
    let mut answered = Vec::new();
    for _ in 0..6 {
        let reply = c
            .http(&Client::Host, "GET", "192.168.49.2", port as u16, "/", &[])
            .unwrap();
        answered.push(reply.pod.unwrap().1);
    }
    assert_eq!(
        answered[0..3],
        answered[3..6],
        "round-robin in address order"
    );
    let mut distinct = answered.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 3);
    // The same through the ClusterIP, host01, and the http log records each.
    assert!(curl_body(&mut c, &format!("{}:8080", svc.spec.cluster_ip)).contains("Running on: kb-"));
    assert!(curl_body(&mut c, &format!("host01:{port}")).contains("Running on: kb-"));
    assert!(c.http_log().len() >= 8);
    // A terminating pod gets no traffic.
    scale(&mut c, "kb", 1);
    let live = pods(&c, "kb")
        .into_iter()
        .find(|p| p.metadata.deletion_timestamp.is_none())
        .unwrap()
        .metadata
        .name
        .clone();
    for _ in 0..4 {
        let reply = c
            .http(&Client::Host, "GET", "minikube", port as u16, "/", &[])
            .unwrap();
        assert_eq!(reply.pod.unwrap().1, live);
    }
    let out = c.logs("default", &live, None, false).unwrap();
    assert!(out[0]
        .text
        .starts_with("Kubernetes Bootcamp App Started At: 2026-01-12T"));
    assert!(out.iter().any(|l| l.text.contains("| Total Requests: 1 |")));
}

#[test]
fn network_errors_are_distinct() {
    let mut c = running_cluster("kb", V1, 1);
    let err = c
        .http(&Client::Host, "GET", "192.168.49.2", 31999, "/", &[])
        .unwrap_err();
    assert!(matches!(err, NetError::Refused { .. }));
    assert!(matches!(
        c.http(&Client::Host, "GET", "nosuchhost", 80, "/", &[]),
        Err(NetError::CouldNotResolve(_))
    ));
    assert!(matches!(
        c.http(&Client::Host, "GET", "192.168.49.9", 80, "/", &[]),
        Err(NetError::NoRoute { .. })
    ));
    assert!(matches!(
        c.http(&Client::Host, "GET", "10.99.99.99", 80, "/", &[]),
        Err(NetError::Timeout { .. })
    ));
    let out = c.curl(&Client::Host, &["curl".into(), "192.168.49.2:31999".into()]);
    assert_eq!(out.stderr, "curl: (7) Failed to connect to 192.168.49.2 port 31999 after 0 ms: Couldn't connect to server\n");
    assert_eq!(out.exit_code, 7);
    let pod = pods(&c, "kb")[0].metadata.name.clone();
    let from_pod = Client::Pod {
        namespace: "default".into(),
        name: pod.clone(),
    };
    let inside = c.curl(&from_pod, &["curl".into(), "http://localhost:8080".into()]);
    assert_eq!(
        inside.stdout,
        format!("Hello Kubernetes bootcamp! | Running on: {pod} | v=1\n")
    );
}

#[test]
fn exec_sees_the_pod_environment_and_files() {
    let mut c = Cluster::new(11);
    c.create("default", node_port_service("kb", 8080)).unwrap();
    c.create("default", deployment("kb", V1, 1)).unwrap();
    c.advance(10_000);
    let pod = pods(&c, "kb")[0].metadata.name.clone();
    let inside = c.container("default", &pod, None).unwrap();
    let env: String = inside
        .env
        .iter()
        .map(|(k, v)| format!("{k}={v}\n"))
        .collect();
    let lines: Vec<&str> = env.lines().collect();
    assert_eq!(
        lines[0],
        "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
    );
    assert_eq!(lines[1], format!("HOSTNAME={pod}"));
    assert!(lines.contains(&"KUBERNETES_SERVICE_HOST=10.96.0.1"));
    assert!(lines.contains(&"KUBERNETES_PORT=tcp://10.96.0.1:443"));
    assert!(lines.iter().any(|l| l.starts_with("KB_SERVICE_HOST=10.")));
    assert!(lines.contains(&"NODE_VERSION=6.3.1"));
    assert_eq!(*lines.last().unwrap(), "HOME=/root");
    assert_eq!(inside.app, kubeplay::apps::App::Bootcamp(1));
    let e = c.container("default", "ghost", None).unwrap_err();
    assert_eq!(
        e.kubectl_line(),
        "Error from server (NotFound): pods \"ghost\" not found"
    );
}

#[test]
fn logs_refuse_while_waiting_to_start() {
    let mut c = Cluster::new(3);
    c.create("default", deployment("kb", V10, 1)).unwrap();
    c.advance(15_000);
    let pod = pods(&c, "kb")[0].metadata.name.clone();
    let e = c.logs("default", &pod, None, false).unwrap_err();
    let head = format!("container \"kb\" in pod \"{pod}\" is waiting to start: ");
    let why = e.to_string().strip_prefix(&head).unwrap().to_string();
    assert!(
        why == "trying and failing to pull image" || why == "image can't be pulled",
        "{why}"
    );
    assert_eq!(e.reason(), "BadRequest");
}

#[test]
fn a_crashing_container_goes_into_crash_loop_back_off() {
    let mut c = Cluster::new(3);
    c.create("default", deployment("bb", "busybox", 1)).unwrap();
    c.advance(20_000);
    let p = pods(&c, "bb")[0].clone();
    assert_eq!(p.status.phase, "Running");
    assert!(p.restarts() >= 1);
    c.advance(60_000);
    let p = pods(&c, "bb")[0].clone();
    assert!(
        matches!(
            p.display_status().as_str(),
            "CrashLoopBackOff" | "Completed"
        ),
        "{}",
        p.display_status()
    );
    assert!(c
        .events_for(Kind::Pod, "default", &p.metadata.name)
        .iter()
        .any(|e| e.reason == "BackOff"
            && e.message
                .starts_with("Back-off restarting failed container bb in pod ")));
}

#[test]
fn pods_that_fit_nowhere_stay_pending_with_the_schedulers_words() {
    let mut c = Cluster::new(3);
    let mut d = deployment("big", "nginx", 1);
    d.spec.template.spec.containers[0]
        .resources
        .requests
        .insert("cpu".into(), kubeplay::api::quantity::Quantity("3".into()));
    c.create("default", d).unwrap();
    c.advance(5_000);
    let p = pods(&c, "big")[0].clone();
    assert_eq!(p.display_status(), "Pending");
    let ev = c.events_for(Kind::Pod, "default", &p.metadata.name);
    assert_eq!(ev[0].reason, "FailedScheduling");
    assert_eq!(ev[0].message, "0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.");
    // A new node with room lets it schedule.
    c.node_add().unwrap();
    c.advance(10_000);
    assert_eq!(
        pods(&c, "big")[0].display_status(),
        "Pending",
        "the new node is as small"
    );
}

#[test]
fn added_nodes_are_named_and_addressed_like_minikube() {
    let mut c = Cluster::new(1);
    assert_eq!(c.node_add().unwrap(), "minikube-m02");
    assert_eq!(c.node_add().unwrap(), "minikube-m03");
    assert_eq!(c.node_ip("minikube-m03").as_deref(), Some("192.168.49.4"));
    assert_eq!(
        c.get::<Node>("", "minikube-m02").unwrap().ready_status(),
        "NotReady"
    );
    c.advance(9_000);
    assert!(c.get::<Node>("", "minikube-m02").unwrap().is_ready());
    let proxies = c
        .list::<Pod>(Some("kube-system"))
        .into_iter()
        .filter(|p| p.metadata.name.starts_with("kube-proxy-"))
        .count();
    assert_eq!(proxies, 3);
    c.node_delete("minikube-m03").unwrap();
    assert_eq!(c.node_names(), ["minikube", "minikube-m02"]);
    assert!(c.node_delete("minikube").is_err());
}

#[test]
fn a_fresh_cluster_runs_the_minikube_system_pods() {
    let c = Cluster::new(1);
    let names: Vec<String> = c
        .list::<Pod>(Some("kube-system"))
        .iter()
        .map(|p| p.metadata.name.clone())
        .collect();
    for prefix in [
        "coredns-",
        "etcd-minikube",
        "kube-apiserver-minikube",
        "kube-controller-manager-minikube",
        "kube-proxy-",
        "kube-scheduler-minikube",
        "storage-provisioner",
    ] {
        assert!(
            names.iter().any(|n| n.starts_with(prefix)),
            "{prefix} in {names:?}"
        );
    }
    assert!(c
        .list::<Pod>(Some("kube-system"))
        .iter()
        .all(|p| p.display_status() == "Running"));
    assert_eq!(
        c.get::<Service>("kube-system", "kube-dns")
            .unwrap()
            .spec
            .cluster_ip,
        "10.96.0.10"
    );
    assert!(c.list::<Pod>(Some("default")).is_empty());
}

#[test]
fn relabelling_a_pod_releases_it_and_the_replicaset_makes_another() {
    let mut c = running_cluster("kb", V1, 1);
    let pod = pods(&c, "kb")[0].metadata.name.clone();
    c.modify::<Pod>("default", &pod, |p| {
        p.metadata.labels.insert("app".into(), "debug".into());
    })
    .unwrap();
    let released = c.get::<Pod>("default", &pod).unwrap().clone();
    assert!(released.metadata.owner_references.is_empty());
    assert_eq!(pods(&c, "kb").len(), 1, "a replacement was created");
    assert_ne!(pods(&c, "kb")[0].metadata.name, pod);
    // Putting the label back makes it an orphan that matches: it is adopted
    // and the surplus pod is deleted.
    c.modify::<Pod>("default", &pod, |p| {
        p.metadata.labels.insert("app".into(), "kb".into());
    })
    .unwrap();
    assert!(c
        .get::<Pod>("default", &pod)
        .unwrap()
        .metadata
        .controller_ref()
        .is_some());
    let live = pods(&c, "kb")
        .into_iter()
        .filter(|p| p.metadata.deletion_timestamp.is_none())
        .count();
    assert_eq!(live, 1);
}

#[test]
fn forced_deletion_removes_a_pod_at_once() {
    let mut c = running_cluster("kb", V1, 1);
    let pod = pods(&c, "kb")[0].metadata.name.clone();
    c.delete(
        Kind::Pod,
        "default",
        &pod,
        DeleteOptions {
            grace_period_seconds: Some(0),
            ..DeleteOptions::default()
        },
    )
    .unwrap();
    assert!(c.get::<Pod>("default", &pod).is_err());
}

#[test]
fn changing_a_pods_image_restarts_its_container() {
    let mut c = Cluster::new(8);
    let pod: Pod = FromJson::from_json(&json!({
        "metadata": {"name": "solo", "labels": {"run": "solo"}},
        "spec": {"containers": [{"name": "web", "image": "nginx:1.25"}]}
    }))
    .unwrap();
    c.create("default", pod).unwrap();
    c.advance(10_000);
    assert_eq!(
        c.get::<Pod>("default", "solo").unwrap().display_status(),
        "Running"
    );
    c.modify::<Pod>("default", "solo", |p| {
        p.spec.containers[0].image = "nginx:1.27".into()
    })
    .unwrap();
    c.advance(10_000);
    let p = c.get::<Pod>("default", "solo").unwrap();
    assert_eq!(p.display_status(), "Running");
    assert_eq!(p.restarts(), 1);
    assert_eq!(
        p.status.container_statuses[0].image,
        "docker.io/library/nginx:1.27"
    );
    let killing = c
        .events_for(Kind::Pod, "default", "solo")
        .iter()
        .any(|e| e.message == "Container web definition changed, will be restarted");
    assert!(killing);
    let e = c
        .modify::<Pod>("default", "solo", |p| {
            p.spec.containers[0].name = "other".into()
        })
        .unwrap_err();
    assert!(
        e.to_string()
            .contains("spec: Forbidden: pod updates may not change fields other than"),
        "{e}"
    );
}

fn manifest<T: FromJson>(v: serde_json::Value) -> T {
    FromJson::from_json(&v).unwrap()
}

#[test]
fn an_nginx_frontend_proxies_to_services_through_cluster_dns() {
    let mut c = Cluster::with_config(
        6,
        ClusterConfig {
            nodes: 3,
            ..ClusterConfig::default()
        },
    );
    for (name, image) in [
        ("hello", "udacity/example-hello:1.0.0"),
        ("auth", "udacity/example-auth:1.0.0"),
    ] {
        c.create("default", deployment(name, image, 1)).unwrap();
        c.create("default", manifest::<Service>(json!({"metadata": {"name": name}, "spec": {"selector": {"app": name}, "ports": [{"port": 80, "targetPort": 80}]}}))).unwrap();
    }
    let conf = "upstream hello {\n    server hello.default.svc.cluster.local;\n}\nupstream auth {\n    server auth.default.svc.cluster.local;\n}\nserver {\n    listen 80;\n    location / {\n        proxy_pass http://hello;\n    }\n    location /login {\n        proxy_pass http://auth;\n    }\n}\n";
    c.create(
        "default",
        manifest::<ConfigMap>(
            json!({"metadata": {"name": "nginx-frontend-conf"}, "data": {"frontend.conf": conf}}),
        ),
    )
    .unwrap();
    c.create("default", manifest::<Deployment>(json!({
        "metadata": {"name": "frontend"},
        "spec": {"selector": {"matchLabels": {"app": "frontend"}}, "template": {"metadata": {"labels": {"app": "frontend"}},
            "spec": {"containers": [{"name": "nginx", "image": "nginx:1.25", "volumeMounts": [{"name": "conf", "mountPath": "/etc/nginx/conf.d"}]}],
                "volumes": [{"name": "conf", "configMap": {"name": "nginx-frontend-conf", "items": [{"key": "frontend.conf", "path": "frontend.conf"}]}}]}}}
    })))
    .unwrap();
    let lb = c
        .create("default", manifest::<Service>(json!({"metadata": {"name": "frontend"}, "spec": {"type": "LoadBalancer", "externalIPs": ["192.168.1.1"], "selector": {"app": "frontend"}, "ports": [{"port": 80}]}})))
        .unwrap();
    c.advance(15_000);
    assert_eq!(
        curl_body(&mut c, "http://192.168.1.1/"),
        "{\"message\":\"Hello\"}\n"
    );
    let port = lb.spec.ports[0].node_port;
    let login = c.curl(
        &Client::Host,
        &[
            "curl".into(),
            "-i".into(),
            format!("192.168.49.2:{port}/login"),
        ],
    );
    assert!(
        login.stdout.starts_with("HTTP/1.1 401 Unauthorized\r\n"),
        "{}",
        login.stdout
    );
    assert!(login.stdout.ends_with("authorization failed\n"));
    let served: Vec<String> = c
        .http_log()
        .iter()
        .filter_map(|r| r.pod.as_ref().map(|p| p.1.clone()))
        .collect();
    assert!(
        served.iter().any(|p| p.starts_with("hello-"))
            && served.iter().any(|p| p.starts_with("frontend-"))
    );
}

#[test]
fn couchdb_3_refuses_to_run_without_an_admin() {
    let mut c = Cluster::new(6);
    c.create("default", deployment("db", "couchdb:3.3", 1))
        .unwrap();
    c.advance(30_000);
    let p = pods(&c, "db")[0].clone();
    assert!(p.restarts() >= 1);
    let logs = c.logs("default", &p.metadata.name, None, true).unwrap();
    assert!(logs
        .iter()
        .any(|l| l.text.contains("will no longer run in \"Admin Party\"")));
    let mut d = deployment("db2", "couchdb:3.3", 1);
    d.spec.template.spec.containers[0].env = vec![
        kubeplay::api::pod::EnvVar {
            name: "COUCHDB_USER".into(),
            value: Some("admin".into()),
            value_from: None,
        },
        kubeplay::api::pod::EnvVar {
            name: "COUCHDB_PASSWORD".into(),
            value: Some("secret".into()),
            value_from: None,
        },
    ];
    c.create("default", d).unwrap();
    c.advance(10_000);
    let p = pods(&c, "db2")[0].clone();
    assert_eq!(p.display_status(), "Running");
    let body = c
        .http(&Client::Host, "GET", &p.status.pod_ip, 5984, "/", &[])
        .unwrap()
        .response
        .body;
    assert!(
        body.starts_with("{\"couchdb\":\"Welcome\",\"version\":\"3.3.3\""),
        "{body}"
    );
}

#[test]
fn minikube_tunnel_gives_load_balancers_an_address() {
    let mut c = running_cluster("kb", V1, 1);
    let svc = c
        .create("default", manifest::<Service>(json!({"metadata": {"name": "kb"}, "spec": {"type": "LoadBalancer", "selector": {"app": "kb"}, "ports": [{"port": 8080}]}})))
        .unwrap();
    assert!(
        svc.status.load_balancer.ingress.is_empty(),
        "EXTERNAL-IP <pending> without a tunnel"
    );
    assert!(matches!(
        c.http(&Client::Host, "GET", "127.0.0.1", 8080, "/", &[]),
        Err(NetError::Refused { .. })
    ));
    c.set_tunnel(true);
    assert_eq!(
        c.get::<Service>("default", "kb")
            .unwrap()
            .status
            .load_balancer
            .ingress[0]
            .ip,
        "127.0.0.1"
    );
    assert!(curl_body(&mut c, "http://127.0.0.1:8080").contains("Running on: kb-"));
    c.set_tunnel(false);
    assert!(c
        .get::<Service>("default", "kb")
        .unwrap()
        .status
        .load_balancer
        .ingress
        .is_empty());
}

#[test]
fn deleting_a_node_object_moves_its_pods() {
    let mut c = Cluster::with_config(
        4,
        ClusterConfig {
            nodes: 2,
            ..ClusterConfig::default()
        },
    );
    c.create("default", deployment("web", "nginx:1.25", 4))
        .unwrap();
    c.advance(15_000);
    assert!(pods(&c, "web")
        .iter()
        .any(|p| p.spec.node_name == "minikube-m02"));
    c.delete(Kind::Node, "", "minikube-m02", DeleteOptions::default())
        .unwrap();
    c.advance(5_000);
    assert_eq!(statuses(&c, "web"), ["Running"; 4]);
    assert!(pods(&c, "web")
        .iter()
        .all(|p| p.spec.node_name == "minikube"));
}
