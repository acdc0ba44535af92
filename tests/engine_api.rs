//! The engine's API as kubectl sees it: a fresh minikube, reads, writes,
//! the apiserver's error words, defaulting, strict decoding and JSON shape.

use kubeplay::api::{ConfigMap, Deployment, Kind, Namespace, Node, Object, Pod, Service};
use kubeplay::engine::errors::Reason;
use kubeplay::engine::write::{DeleteOptions, Propagation};
use kubeplay::engine::Cluster;
use kubeplay::json::{FromJson, ToJson};
use serde_json::{json, Value};

fn deployment(name: &str, image: &str, replicas: i64) -> Deployment {
    let v = json!({
        "apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": {"name": name, "labels": {"app": name}},
        "spec": {"replicas": replicas, "selector": {"matchLabels": {"app": name}},
            "template": {"metadata": {"labels": {"app": name}},
                "spec": {"containers": [{"name": name, "image": image}]}}}
    });
    FromJson::from_json(&v).unwrap()
}

#[test]
fn a_fresh_cluster_looks_like_a_fresh_minikube() {
    let c = Cluster::new(1);
    let ns: Vec<&str> = c
        .list::<Namespace>(None)
        .iter()
        .map(|n| n.metadata.name.as_str())
        .collect();
    assert_eq!(
        ns,
        ["default", "kube-node-lease", "kube-public", "kube-system"]
    );
    let node = c.get::<Node>("", "minikube").unwrap();
    assert_eq!(node.internal_ip(), "192.168.49.2");
    assert!(node.is_ready());
    let svc = c.get::<Service>("default", "kubernetes").unwrap();
    assert_eq!(svc.spec.cluster_ip, "10.96.0.1");
    assert_eq!(svc.spec.ports[0].port, 443);
    for n in ns {
        assert!(c.get::<ConfigMap>(n, "kube-root-ca.crt").is_ok(), "{n}");
    }
    let reasons: Vec<String> = c
        .events_for(Kind::Node, "", "minikube")
        .iter()
        .map(|e| e.reason.clone())
        .collect();
    assert!(
        reasons.contains(&"RegisteredNode".to_string())
            && reasons.contains(&"NodeHasSufficientMemory".to_string()),
        "{reasons:?}"
    );
    let default_cms = c.list::<ConfigMap>(Some("default"));
    assert_eq!(default_cms.len(), 1);
    assert_eq!(c.now_ms(), 0);
    assert_eq!(c.now().rfc3339(), "2026-01-12T09:04:37Z");
    assert_eq!(
        c.next_timer_due(),
        None,
        "a settled cluster has nothing scheduled"
    );
}

#[test]
fn errors_carry_the_apiserver_words() {
    let mut c = Cluster::new(1);
    let e = c.get::<Deployment>("default", "nope").unwrap_err();
    assert_eq!(
        e.kubectl_line(),
        "Error from server (NotFound): deployments.apps \"nope\" not found"
    );
    c.create("default", deployment("web", "nginx:1.25", 1))
        .unwrap();
    let e = c
        .create("default", deployment("web", "nginx:1.25", 1))
        .unwrap_err();
    assert_eq!(e.reason(), "AlreadyExists");
    assert_eq!(e.to_string(), "deployments.apps \"web\" already exists");
    let e = c
        .create("default", deployment("bad", "nginx", -1))
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "The Deployment \"bad\" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0"
    );
    let e = c
        .create("nowhere", deployment("x", "nginx", 1))
        .unwrap_err();
    assert_eq!(e.to_string(), "namespaces \"nowhere\" not found");
    let e = c
        .delete(Kind::Namespace, "", "default", DeleteOptions::default())
        .unwrap_err();
    assert_eq!(e.reason, Reason::Forbidden);
}

#[test]
fn capacity_limits_refuse_without_changing_anything() {
    let mut c = Cluster::new(1);
    let before = c.list_objects(Kind::Deployment, None).len();
    let e = c
        .create("default", deployment("huge", "nginx", 1_000_000))
        .unwrap_err();
    assert_eq!(e.reason(), "Invalid");
    assert!(e
        .to_string()
        .contains("spec.replicas: Invalid value: 1000000: must be less than or equal to"));
    assert_eq!(c.list_objects(Kind::Deployment, None).len(), before);
    c.create("default", deployment("web", "nginx", 1)).unwrap();
    let e = c
        .modify::<Deployment>("default", "web", |d| d.spec.replicas = Some(1_000_000))
        .unwrap_err();
    assert_eq!(e.reason(), "Invalid");
    assert_eq!(
        c.get::<Deployment>("default", "web").unwrap().spec.replicas,
        Some(1)
    );
}

#[test]
fn defaults_match_a_real_cluster() {
    let mut c = Cluster::new(1);
    let d = c
        .create("default", deployment("web", "nginx:1.25", 2))
        .unwrap();
    let v = d.to_json();
    assert_eq!(v["apiVersion"], "apps/v1");
    assert_eq!(v["kind"], "Deployment");
    assert_eq!(v["metadata"]["generation"], 1);
    assert_eq!(v["spec"]["progressDeadlineSeconds"], 600);
    assert_eq!(v["spec"]["revisionHistoryLimit"], 10);
    assert_eq!(v["spec"]["strategy"]["rollingUpdate"]["maxSurge"], "25%");
    assert_eq!(v["spec"]["strategy"]["type"], "RollingUpdate");
    let ctr = &v["spec"]["template"]["spec"]["containers"][0];
    assert_eq!(ctr["imagePullPolicy"], "IfNotPresent");
    assert_eq!(ctr["terminationMessagePath"], "/dev/termination-log");
    assert_eq!(ctr["resources"], json!({}));
    assert_eq!(
        v["spec"]["template"]["spec"]["terminationGracePeriodSeconds"],
        30
    );
    assert_eq!(v["spec"]["template"]["spec"]["securityContext"], json!({}));
    let ts = v["metadata"]["creationTimestamp"].as_str().unwrap();
    assert!(ts.starts_with("2026-01-12T09:04:37"), "{ts}");
    assert_eq!(v["metadata"]["uid"].as_str().unwrap().len(), 36);
}

#[test]
fn services_get_addresses_from_the_right_ranges() {
    let mut c = Cluster::new(3);
    let svc: Service = FromJson::from_json(&json!({
        "metadata": {"name": "web"},
        "spec": {"type": "NodePort", "selector": {"app": "web"}, "ports": [{"port": 8080}]}
    }))
    .unwrap();
    let s = c.create("default", svc).unwrap();
    let ip: Vec<u32> = s
        .spec
        .cluster_ip
        .split('.')
        .map(|p| p.parse().unwrap())
        .collect();
    assert_eq!(ip[0], 10);
    assert!((96..112).contains(&ip[1]), "{}", s.spec.cluster_ip);
    let np = s.spec.ports[0].node_port;
    assert!((30000..=32767).contains(&np));
    assert_eq!(s.spec.external_traffic_policy, "Cluster");
    assert_eq!(
        s.spec.ports[0].target_port,
        Some(kubeplay::api::quantity::IntOrString::Int(8080))
    );
    let v = s.to_json();
    assert_eq!(v["spec"]["clusterIPs"][0], v["spec"]["clusterIP"]);
    assert_eq!(v["status"], json!({"loadBalancer": {}}));
    let dup: Service = FromJson::from_json(&json!({
        "metadata": {"name": "other"},
        "spec": {"type": "NodePort", "ports": [{"port": 80, "nodePort": np}]}
    }))
    .unwrap();
    let e = c.create("default", dup).unwrap_err();
    assert!(
        e.to_string()
            .ends_with("provided port is already allocated"),
        "{e}"
    );
}

#[test]
fn updates_check_resource_versions_and_bump_generation() {
    let mut c = Cluster::new(1);
    let d = c.create("default", deployment("web", "nginx", 1)).unwrap();
    let mut stale = d.clone();
    let d2 = c
        .modify::<Deployment>("default", "web", |d| d.spec.replicas = Some(3))
        .unwrap();
    assert_eq!(d2.metadata.generation, 2);
    stale.spec.replicas = Some(5);
    let e = c.update(stale).unwrap_err();
    assert_eq!(e.reason, Reason::Conflict);
    assert!(e
        .to_string()
        .starts_with("Operation cannot be fulfilled on deployments.apps \"web\""));
    // Labels change metadata only: no new generation.
    let d3 = c
        .modify::<Deployment>("default", "web", |d| {
            d.metadata.labels.insert("tier".into(), "front".into());
        })
        .unwrap();
    assert_eq!(d3.metadata.generation, 2);
    let e = c
        .modify::<Deployment>("default", "web", |d| {
            d.spec
                .selector
                .as_mut()
                .unwrap()
                .match_labels
                .insert("x".into(), "y".into());
        })
        .unwrap_err();
    assert!(
        e.to_string().contains("spec.selector: Invalid value:"),
        "{e}"
    );
    assert!(e.to_string().ends_with("field is immutable"));
}

#[test]
fn generate_name_and_lists_sorted_by_name() {
    let mut c = Cluster::new(9);
    let mut cm = ConfigMap::default();
    cm.metadata.generate_name = "cfg-".into();
    let made = c.create("default", cm).unwrap();
    assert!(made.metadata.name.starts_with("cfg-") && made.metadata.name.len() == 9);
    for name in ["zeta", "alpha", "mid"] {
        let mut cm = ConfigMap::default();
        cm.metadata.name = name.into();
        c.create("default", cm).unwrap();
    }
    let names: Vec<String> = c
        .list::<ConfigMap>(Some("default"))
        .iter()
        .map(|c| c.metadata.name.clone())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
}

#[test]
fn manifests_decode_strictly() {
    let ok = Object::from_json(&json!({
        "apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": {"name": "x"},
        "spec": {"selector": {"matchLabels": {"a": "b"}}, "template": {"metadata": {"labels": {"a": "b"}},
            "spec": {"containers": [{"name": "c", "image": "nginx", "securityContext": {"runAsUser": 1},
                "resources": {"limits": {"cpu": 0.2, "memory": "10Mi"}}}],
                "affinity": {}}}}
    }))
    .unwrap();
    assert_eq!(ok.kind(), Kind::Deployment);
    let bad = Object::from_json(&json!({
        "apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": {"name": "x"},
        "spec": {"replica": 3, "template": {"spec": {"containers": [{"name": "c", "imagee": "nginx"}]}}}
    }))
    .unwrap_err();
    let text = format!("{bad:?}");
    assert!(
        text.contains("strict decoding error: unknown field \\\"spec.replica\\\""),
        "{text}"
    );
    assert!(
        text.contains("spec.template.spec.containers[0].imagee"),
        "{text}"
    );
}

#[test]
fn deleting_a_namespace_is_refused_for_system_ones_and_cascades_otherwise() {
    let mut c = Cluster::new(1);
    let mut ns = Namespace::default();
    ns.metadata.name = "team".into();
    c.create("", ns).unwrap();
    assert!(c.get::<ConfigMap>("team", "kube-root-ca.crt").is_ok());
    let d = c.delete(
        Kind::Namespace,
        "",
        "kube-system",
        DeleteOptions {
            grace_period_seconds: None,
            propagation: Propagation::Background,
        },
    );
    assert!(d.is_err());
}

#[test]
fn same_seed_same_cluster() {
    let a = Cluster::new(42);
    let b = Cluster::new(42);
    let ja: Vec<_> = a
        .list_objects(Kind::Pod, None)
        .iter()
        .map(Object::to_json)
        .collect();
    let jb: Vec<_> = b
        .list_objects(Kind::Pod, None)
        .iter()
        .map(Object::to_json)
        .collect();
    assert_eq!(ja, jb);
    let _ = Pod::default();
}

#[test]
fn a_deleted_namespace_empties_then_disappears() {
    let mut c = Cluster::new(2);
    let mut ns = Namespace::default();
    ns.metadata.name = "team".into();
    c.create("", ns).unwrap();
    c.create("team", deployment("web", "nginx:1.25", 2))
        .unwrap();
    c.advance(10_000);
    let gone = c
        .delete(Kind::Namespace, "", "team", DeleteOptions::default())
        .unwrap();
    assert_eq!(gone.to_json()["status"]["phase"], "Terminating");
    let e = c
        .create("team", deployment("late", "nginx", 1))
        .unwrap_err();
    assert_eq!(e.reason, Reason::Forbidden);
    assert!(
        e.to_string().ends_with("because it is being terminated"),
        "{e}"
    );
    c.advance(5_000);
    assert!(c.get::<Namespace>("", "team").is_err());
    assert!(c.list::<Pod>(Some("team")).is_empty());
}

#[test]
fn a_service_turned_cluster_ip_gives_back_its_node_port() {
    let mut c = Cluster::new(2);
    let svc: Service = FromJson::from_json(&json!({
        "metadata": {"name": "web"}, "spec": {"type": "NodePort", "ports": [{"port": 80}]}
    }))
    .unwrap();
    let s = c.create("default", svc).unwrap();
    assert_ne!(s.spec.ports[0].node_port, 0);
    let s = c
        .modify::<Service>("default", "web", |s| s.spec.type_ = "ClusterIP".into())
        .unwrap();
    assert_eq!(s.spec.ports[0].node_port, 0);
    assert_eq!(
        s.spec.cluster_ip,
        c.get::<Service>("default", "web").unwrap().spec.cluster_ip
    );
    let s = c
        .modify::<Service>("default", "web", |s| s.spec.type_ = "LoadBalancer".into())
        .unwrap();
    assert!(s.spec.ports[0].node_port >= 30000);
    assert_eq!(s.spec.allocate_load_balancer_node_ports, Some(true));
}

#[test]
fn pods_carry_what_admission_adds() {
    let mut c = Cluster::new(4);
    let pod: Pod = FromJson::from_json(&json!({"metadata": {"name": "p"}, "spec": {"containers": [{"name": "c", "image": "nginx"}]}})).unwrap();
    let p = c.create("default", pod).unwrap();
    let v = p.to_json();
    let vol = &v["spec"]["volumes"][0];
    assert!(vol["name"]
        .as_str()
        .unwrap()
        .starts_with("kube-api-access-"));
    assert_eq!(
        vol["projected"],
        json!({"defaultMode": 420, "sources": [
            {"serviceAccountToken": {"expirationSeconds": 3607, "path": "token"}},
            {"configMap": {"items": [{"key": "ca.crt", "path": "ca.crt"}], "name": "kube-root-ca.crt"}},
            {"downwardAPI": {"items": [{"fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.namespace"}, "path": "namespace"}]}}
        ]})
    );
    assert_eq!(
        v["spec"]["tolerations"][0],
        json!({"effect": "NoExecute", "key": "node.kubernetes.io/not-ready", "operator": "Exists", "tolerationSeconds": 300})
    );
    assert_eq!(v["spec"]["serviceAccountName"], "default");
    assert_eq!(v["spec"]["enableServiceLinks"], true);
    assert_eq!(v["spec"]["containers"][0]["imagePullPolicy"], "Always");
    assert_eq!(
        v["spec"]["containers"][0]["volumeMounts"][0]["mountPath"],
        "/var/run/secrets/kubernetes.io/serviceaccount"
    );
    assert_eq!(
        v["status"],
        json!({"phase": "Pending", "qosClass": "BestEffort"})
    );
    c.advance(5_000);
    let v = c.get_object(Kind::Pod, "default", "p").unwrap().to_json();
    assert_eq!(v["status"]["phase"], "Running");
    assert_eq!(
        v["status"]["containerStatuses"][0]["image"],
        "docker.io/library/nginx:latest"
    );
    assert!(v["status"]["containerStatuses"][0]["containerID"]
        .as_str()
        .unwrap()
        .starts_with("containerd://"));
    assert!(v["status"]["podIP"]
        .as_str()
        .unwrap()
        .starts_with("10.244.0."));
    let types: Vec<&str> = v["status"]["conditions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["type"].as_str().unwrap())
        .collect();
    assert_eq!(
        types,
        [
            "PodReadyToStartContainers",
            "Initialized",
            "Ready",
            "ContainersReady",
            "PodScheduled"
        ]
    );
    assert_eq!(v["status"]["conditions"][0]["lastProbeTime"], Value::Null);
}
