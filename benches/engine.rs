//! Engine benchmark: prints figures, asserts nothing about speed.
//!
//! `cargo bench --bench engine` measures, in wall-clock time on this
//! machine: converging a Deployment scaled 0→N to all pods Running
//! (N = 100, 1,000, 5,000), the cost of common operations at 100 and
//! 5,000 pods, a rolling update of 1,000 pods, and live heap bytes per pod
//! (a counting allocator wraps the system one). The headline figures
//! also go to `target/bench/engine.json` for `scripts/bench.sh`.

use kubeplay::api::{Deployment, Pod, Service};
use kubeplay::engine::network::Client;
use kubeplay::engine::{Cluster, ClusterConfig};
use kubeplay::json::FromJson;
use serde_json::json;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};
use std::time::Instant;

struct Counting;
static LIVE: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        LIVE.fetch_add(l.size() as isize, Ordering::Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size() as isize, Ordering::Relaxed);
        unsafe { System.dealloc(p, l) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn deployment(replicas: i32) -> Deployment {
    FromJson::from_json(&json!({
        "metadata": {"name": "web"},
        "spec": {"replicas": replicas, "selector": {"matchLabels": {"app": "web"}},
            "template": {"metadata": {"labels": {"app": "web"}},
                "spec": {"containers": [{"name": "web", "image": "gcr.io/google-samples/kubernetes-bootcamp:v1"}]}}}
    }))
    .unwrap()
}

fn cluster_for(n: usize) -> Cluster {
    let nodes = n / 100 + 1;
    let mut c = Cluster::with_config(
        1,
        ClusterConfig {
            nodes,
            ..ClusterConfig::default()
        },
    );
    c.create("default", deployment(0)).unwrap();
    let svc: Service = FromJson::from_json(&json!({
        "metadata": {"name": "web"}, "spec": {"type": "NodePort", "selector": {"app": "web"}, "ports": [{"port": 8080}]}
    }))
    .unwrap();
    c.create("default", svc).unwrap();
    c
}

fn running(c: &Cluster) -> usize {
    c.list::<Pod>(Some("default"))
        .iter()
        .filter(|p| p.display_status() == "Running" && p.is_ready())
        .count()
}

/// Scales 0→n and advances timer by timer until all are Running.
fn converge(c: &mut Cluster, n: usize) -> (f64, u64) {
    let start = Instant::now();
    let t0 = c.now_ms();
    c.modify::<Deployment>("default", "web", |d| d.spec.replicas = Some(n as i32))
        .unwrap();
    while running(c) < n {
        let Some(due) = c.next_timer_due() else { break };
        c.advance_to(due);
    }
    (start.elapsed().as_secs_f64() * 1000.0, c.now_ms() - t0)
}

fn per_op(c: &mut Cluster, label: &str, reps: u32, mut f: impl FnMut(&mut Cluster)) {
    let start = Instant::now();
    for _ in 0..reps {
        f(c);
    }
    let us = start.elapsed().as_secs_f64() * 1e6 / f64::from(reps);
    println!("  {label:<38} {us:>10.1} µs/op");
}

fn main() {
    println!("kubeplay engine benchmark (wall clock, this machine)\n");
    let mut converged = Vec::new();
    println!("converge: scale 0→N to all Running");
    for n in [100usize, 1_000, 5_000] {
        let mut c = cluster_for(n);
        let before = LIVE.load(Ordering::Relaxed);
        let (ms, sim) = converge(&mut c, n);
        let after = LIVE.load(Ordering::Relaxed);
        let per_pod = (after - before) as f64 / n as f64;
        println!(
            "  N = {n:>5}: {ms:>9.1} ms wall, {:>5.1} s simulated, {:>6.0} B live heap per pod",
            sim as f64 / 1000.0,
            per_pod
        );
        converged.push(
            json!({"pods": n, "wall_ms": ms, "simulated_s": sim as f64 / 1000.0,
            "heap_bytes_per_pod": per_pod}),
        );
        if n == 100 || n == 1_000 || n == 5_000 {
            println!("operations at {n} pods:");
            let port = c.get::<Service>("default", "web").unwrap().spec.ports[0].node_port as u16;
            per_op(&mut c, "list pods (all namespaces)", 200, |c| {
                std::hint::black_box(c.list::<Pod>(None).len());
            });
            per_op(&mut c, "get deployment", 2_000, |c| {
                std::hint::black_box(c.get::<Deployment>("default", "web").is_ok());
            });
            per_op(&mut c, "list pods cloned as Object", 20, |c| {
                std::hint::black_box(
                    c.list_objects(kubeplay::api::Kind::Pod, Some("default"))
                        .len(),
                );
            });
            per_op(&mut c, "HTTP via NodePort", 200, |c| {
                std::hint::black_box(
                    c.http(&Client::Host, "GET", "192.168.49.2", port, "/", &[])
                        .is_ok(),
                );
            });
            let mut up = false;
            per_op(&mut c, "scale by ∓1 (API write + reconcile)", 20, |c| {
                let delta = if up { 1 } else { -1 };
                up = !up;
                c.modify::<Deployment>("default", "web", |d| {
                    d.spec.replicas = Some(d.replicas() + delta)
                })
                .unwrap();
            });
            per_op(&mut c, "advance 100 ms", 50, |c| c.advance(100));
        }
    }
    println!("rolling update of 1,000 pods (v1 → v2):");
    let mut c = cluster_for(1_000);
    converge(&mut c, 1_000);
    let start = Instant::now();
    let t0 = c.now_ms();
    c.modify::<Deployment>("default", "web", |d| {
        d.spec.template.spec.containers[0].image =
            "docker.io/jocatalin/kubernetes-bootcamp:v2".into()
    })
    .unwrap();
    loop {
        let done = c
            .get::<Deployment>("default", "web")
            .map(|d| {
                d.status.updated_replicas == 1_000
                    && d.status.available_replicas == 1_000
                    && d.status.replicas == 1_000
            })
            .unwrap_or(false);
        if done {
            break;
        }
        let Some(due) = c.next_timer_due() else { break };
        c.advance_to(due);
    }
    let wall_ms = start.elapsed().as_secs_f64() * 1000.0;
    let simulated_s = (c.now_ms() - t0) as f64 / 1000.0;
    println!("  {wall_ms:.1} ms wall, {simulated_s:.1} s simulated");
    let report = json!({
        "converge": converged,
        "rolling_update_1000": {"wall_ms": wall_ms, "simulated_s": simulated_s},
    });
    std::fs::create_dir_all("target/bench").unwrap();
    std::fs::write("target/bench/engine.json", format!("{report:#}\n")).unwrap();
}
