//! Property tests: random operation sequences, with the cluster's
//! invariants checked after every step, and determinism.

use kubeplay::api::*;
use kubeplay::engine::write::DeleteOptions;
use kubeplay::engine::{Cluster, ClusterConfig};
use kubeplay::json::FromJson;
use proptest::prelude::*;
use serde_json::json;
use std::collections::BTreeSet;

const IMAGES: [&str; 5] = [
    "gcr.io/google-samples/kubernetes-bootcamp:v1",
    "docker.io/jocatalin/kubernetes-bootcamp:v2",
    "gcr.io/google-samples/kubernetes-bootcamp:v10",
    "nginx:1.25",
    "busybox",
];
const APPS: [&str; 2] = ["alpha", "beta"];

#[derive(Clone, Debug)]
enum Op {
    Create(usize, usize, i32),
    Scale(usize, i32),
    SetImage(usize, usize),
    Advance(u64),
    DeletePod(usize),
    DeleteDeployment(usize),
    Expose(usize),
    StopNode,
    StartNode,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..2usize, 0..5usize, 0..6i32).prop_map(|(a, i, n)| Op::Create(a, i, n)),
        (0..2usize, 0..7i32).prop_map(|(a, n)| Op::Scale(a, n)),
        (0..2usize, 0..5usize).prop_map(|(a, i)| Op::SetImage(a, i)),
        (0..40_000u64).prop_map(Op::Advance),
        (0..2usize, 0..5usize).prop_map(|(a, _)| Op::DeletePod(a)),
        (0..2usize).prop_map(Op::DeleteDeployment),
        (0..2usize).prop_map(Op::Expose),
        Just(Op::StopNode),
        Just(Op::StartNode),
    ]
}

fn deployment(name: &str, image: &str, replicas: i32) -> Deployment {
    FromJson::from_json(&json!({
        "metadata": {"name": name},
        "spec": {"replicas": replicas, "selector": {"matchLabels": {"app": name}},
            "template": {"metadata": {"labels": {"app": name}},
                "spec": {"containers": [{"name": "main", "image": image, "ports": [{"containerPort": 8080}]}]}}}
    }))
    .unwrap()
}

fn apply(c: &mut Cluster, op: &Op) {
    match *op {
        Op::Create(a, i, n) => {
            let _ = c.create("default", deployment(APPS[a], IMAGES[i], n));
        }
        Op::Scale(a, n) => {
            let _ = c.modify::<Deployment>("default", APPS[a], |d| d.spec.replicas = Some(n));
        }
        Op::SetImage(a, i) => {
            let _ = c.modify::<Deployment>("default", APPS[a], |d| {
                d.spec.template.spec.containers[0].image = IMAGES[i].into()
            });
        }
        Op::Advance(ms) => c.advance(ms),
        Op::DeletePod(a) => {
            let name = c
                .list::<Pod>(Some("default"))
                .iter()
                .find(|p| p.metadata.labels.get("app").map(String::as_str) == Some(APPS[a]))
                .map(|p| p.metadata.name.clone());
            if let Some(n) = name {
                let _ = c.delete(Kind::Pod, "default", &n, DeleteOptions::default());
            }
        }
        Op::DeleteDeployment(a) => {
            let _ = c.delete(
                Kind::Deployment,
                "default",
                APPS[a],
                DeleteOptions::default(),
            );
        }
        Op::Expose(a) => {
            let svc: Service = FromJson::from_json(&json!({
                "metadata": {"name": APPS[a]},
                "spec": {"type": "NodePort", "selector": {"app": APPS[a]}, "ports": [{"port": 8080}]}
            }))
            .unwrap();
            let _ = c.create("default", svc);
        }
        Op::StopNode => {
            let _ = c.node_stop("minikube-m02");
        }
        Op::StartNode => {
            let _ = c.node_start("minikube-m02");
        }
    }
}

fn check_invariants(c: &Cluster) -> Result<(), String> {
    let pods = c.list::<Pod>(None);
    let rs_uids: BTreeSet<&str> = c
        .list::<ReplicaSet>(None)
        .iter()
        .map(|r| r.metadata.uid.as_str())
        .collect();
    let mut ips = BTreeSet::new();
    for p in &pods {
        let live = p.metadata.deletion_timestamp.is_none();
        if let Some(r) = p
            .metadata
            .controller_ref()
            .filter(|r| r.kind == "ReplicaSet")
        {
            if live && !rs_uids.contains(r.uid.as_str()) {
                return Err(format!(
                    "pod {} owned by a missing ReplicaSet",
                    p.metadata.name
                ));
            }
        }
        if live
            && !p.spec.host_network
            && !p.status.pod_ip.is_empty()
            && !ips.insert(p.status.pod_ip.clone())
        {
            return Err(format!("IP {} used twice", p.status.pod_ip));
        }
    }
    for d in c.list::<Deployment>(Some("default")) {
        let (surge, _) = d.fenceposts();
        let active = pods
            .iter()
            .filter(|p| {
                p.metadata.labels.get("app")
                    == d.metadata.labels.get("app").or(Some(&d.metadata.name))
                    && p.is_active()
            })
            .count();
        if active as i64 > i64::from(d.replicas()) + surge {
            return Err(format!(
                "{} has {active} pods for {} replicas + {surge} surge",
                d.metadata.name,
                d.replicas()
            ));
        }
    }
    for s in c.list::<Service>(Some("default")) {
        let Some(sel) = &s.spec.selector else {
            continue;
        };
        let sel = Selector::from_map(sel);
        let want: BTreeSet<String> = pods
            .iter()
            .filter(|p| {
                p.metadata.namespace == "default"
                    && sel.matches(&p.metadata.labels)
                    && p.is_ready()
                    && p.metadata.deletion_timestamp.is_none()
                    && !p.status.pod_ip.is_empty()
            })
            .map(|p| p.status.pod_ip.clone())
            .collect();
        let got: BTreeSet<String> = c
            .get::<Endpoints>("default", &s.metadata.name)
            .map(|e| {
                e.subsets
                    .iter()
                    .flat_map(|sub| sub.addresses.iter().map(|a| a.ip.clone()))
                    .collect()
            })
            .unwrap_or_default();
        if want != got {
            return Err(format!(
                "endpoints of {}: {got:?}, ready pods: {want:?}",
                s.metadata.name
            ));
        }
    }
    Ok(())
}

fn fingerprint(c: &Cluster) -> Vec<String> {
    let mut out: Vec<String> = c
        .list_objects(Kind::Event, None)
        .iter()
        .map(|o| o.to_json().to_string())
        .collect();
    out.extend(
        c.list_objects(Kind::Pod, None)
            .iter()
            .map(|o| o.to_json().to_string()),
    );
    let (changes, _, _) = c.changes_since(0);
    out.extend(changes.iter().map(|e| format!("{e:?}")));
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn invariants_hold_after_every_step(ops in proptest::collection::vec(op(), 1..24)) {
        let mut c = Cluster::with_config(3, ClusterConfig { nodes: 2, ..ClusterConfig::default() });
        for o in &ops {
            apply(&mut c, o);
            if let Err(e) = check_invariants(&c) {
                prop_assert!(false, "after {o:?}: {e}");
            }
        }
    }

    #[test]
    fn same_seed_same_history(ops in proptest::collection::vec(op(), 1..16), seed in 0..1000u64) {
        let run = || {
            let mut c = Cluster::with_config(seed, ClusterConfig { nodes: 2, ..ClusterConfig::default() });
            for o in &ops {
                apply(&mut c, o);
            }
            fingerprint(&c)
        };
        prop_assert_eq!(run(), run());
    }

    #[test]
    fn rolling_updates_keep_minimum_availability(replicas in 1..8i32, steps in proptest::collection::vec((0..3usize, 100..3_000u64), 1..12)) {
        let mut c = Cluster::new(5);
        c.create("default", deployment("web", IMAGES[0], replicas)).unwrap();
        c.advance(20_000);
        for (image, wait) in steps {
            let img = [IMAGES[0], IMAGES[1], IMAGES[2]][image];
            let _ = c.modify::<Deployment>("default", "web", |d| d.spec.template.spec.containers[0].image = img.into());
            for _ in 0..10 {
                c.advance(wait / 10);
                let d = c.get::<Deployment>("default", "web").unwrap();
                let (surge, unavailable) = d.fenceposts();
                let live: Vec<&Pod> = c.list::<Pod>(Some("default")).into_iter().filter(|p| p.is_active()).collect();
                let ready = live.iter().filter(|p| p.is_ready()).count() as i64;
                prop_assert!(live.len() as i64 <= i64::from(replicas) + surge, "{} pods", live.len());
                prop_assert!(ready >= i64::from(replicas) - unavailable, "{ready} ready of {replicas}");
            }
        }
    }
}

#[test]
fn determinism_across_a_whole_tutorial() {
    let run = |seed| {
        let mut c = Cluster::new(seed);
        for o in [
            Op::Create(0, 0, 1),
            Op::Expose(0),
            Op::Advance(5_000),
            Op::Scale(0, 4),
            Op::Advance(5_000),
            Op::SetImage(0, 1),
            Op::Advance(60_000),
            Op::SetImage(0, 2),
            Op::Advance(30_000),
        ] {
            apply(&mut c, &o);
        }
        fingerprint(&c)
    };
    assert_eq!(run(42), run(42));
    assert_ne!(run(42), run(43));
}
