//! Command latency benchmark: prints figures, asserts nothing about speed.
//!
//! `cargo bench --bench commands` runs `kubectl get pods`, `kubectl scale`
//! and `kubectl describe deployment` through [`Session::run`] — the same
//! parse → expand → kubectl → printer path the browser's terminal takes —
//! with 10, 100, 1,000 and 5,000 Running pods, and prints the p50 and p99
//! wall-clock time of each. The figures also go to
//! `target/bench/commands.json` for `scripts/bench.sh`. Numbers given
//! after `--` pick the pod counts to run (`-- 1000`).

use kubeplay::api::Pod;
use kubeplay::engine::{Cluster, ClusterConfig};
use kubeplay::session::Session;
use serde_json::json;
use std::time::Instant;

/// Builds the command line of the i-th sample.
type LineOf = Box<dyn Fn(usize) -> String>;

/// Simulated seconds a deployment may take to become all Running.
const CONVERGE_SECONDS_MAX: u32 = 900;

fn running(session: &Session) -> usize {
    session
        .world()
        .cluster
        .list::<Pod>(Some("default"))
        .iter()
        .filter(|p| p.display_status() == "Running")
        .count()
}

/// A session whose cluster has room for `n` pods (110 per node) and a
/// Deployment `web` with `n` Running replicas.
fn session_with(n: usize) -> Session {
    let mut session = Session::new(1);
    let config = ClusterConfig {
        nodes: n / 100 + 1,
        ..ClusterConfig::default()
    };
    session.world_mut().cluster = Cluster::with_config(1, config);
    let poll = session.run(&format!(
        "kubectl create deployment web --image=nginx:1.25 --replicas={n}"
    ));
    assert_eq!(poll.finished, Some(0), "{:?}", poll.output);
    for _ in 0..CONVERGE_SECONDS_MAX {
        if running(&session) >= n {
            break;
        }
        session.advance(1000);
    }
    assert_eq!(running(&session), n, "pods did not converge");
    session
}

/// Runs `line(i)` `reps` times and returns (p50, p99) in milliseconds.
fn latency(session: &mut Session, reps: usize, line: impl Fn(usize) -> String) -> (f64, f64) {
    let mut times: Vec<f64> = (0..reps)
        .map(|i| {
            let text = line(i);
            let start = Instant::now();
            let poll = session.run(&text);
            let ms = start.elapsed().as_secs_f64() * 1000.0;
            assert_eq!(poll.finished, Some(0), "{text}: {:?}", poll.output);
            std::hint::black_box(poll.output);
            ms
        })
        .collect();
    times.sort_by(f64::total_cmp);
    // Nearest-rank percentiles: with 200 samples p99 is the 198th.
    let at = |p: f64| times[((p * reps as f64).ceil() as usize).clamp(1, reps) - 1];
    (at(0.50), at(0.99))
}

fn main() {
    println!("kubeplay command latency (Session::run, wall clock, this machine)\n");
    println!(
        "{:>6}  {:<32} {:>9} {:>9}",
        "pods", "command", "p50 ms", "p99 ms"
    );
    // `cargo bench --bench commands -- 1000` runs only the sizes named.
    let only: Vec<usize> = std::env::args().filter_map(|a| a.parse().ok()).collect();
    let mut rows = Vec::new();
    for (n, reps) in [(10usize, 200usize), (100, 100), (1_000, 50), (5_000, 20)] {
        if !only.is_empty() && !only.contains(&n) {
            continue;
        }
        let mut session = session_with(n);
        let cases: [(&str, LineOf); 3] = [
            ("kubectl get pods", Box::new(|_| "kubectl get pods".into())),
            (
                "kubectl scale",
                // Alternates n-1 and n so every call changes the spec.
                Box::new(move |i| {
                    format!("kubectl scale deployment web --replicas={}", n - (i % 2))
                }),
            ),
            (
                "kubectl describe deployment",
                Box::new(|_| "kubectl describe deployment web".into()),
            ),
        ];
        for (label, line) in &cases {
            let (p50, p99) = latency(&mut session, reps, line);
            println!("{n:>6}  {label:<32} {p50:>9.3} {p99:>9.3}");
            rows.push(
                json!({"pods": n, "command": label, "p50_ms": p50, "p99_ms": p99,
                "samples": reps}),
            );
        }
    }
    std::fs::create_dir_all("target/bench").unwrap();
    let report = json!({ "command_latency": rows });
    std::fs::write("target/bench/commands.json", format!("{report:#}\n")).unwrap();
}
