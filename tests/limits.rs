//! Resource limits, as a learner would hit them: each case runs a line
//! that asks for too much and checks that it is refused or stopped with
//! a clear message, that it finishes, and that the cluster is exactly as
//! it was before (a refused command must not half-apply).
//!
//! Giant pastes are refused by the console before the shell sees them
//! (`console::paste` tests and the e2e test in
//! `tests/e2e/limits.test.mjs`); a giant single line is refused by the
//! session (`session` unit tests).

use kubeplay::api::Kind;
use kubeplay::session::Session;
use kubeplay::shell::Chunk;

fn text(chunks: &[Chunk]) -> String {
    chunks
        .iter()
        .map(|c| match c {
            Chunk::Out(t) | Chunk::Err(t) => t.as_str(),
            Chunk::Clear => "",
        })
        .collect()
}

fn snapshot(session: &Session) -> Vec<serde_json::Value> {
    let world = session.world();
    Kind::ALL
        .iter()
        .flat_map(|k| world.cluster.list_objects(*k, None))
        .map(|o| o.to_json())
        .collect()
}

/// A session with a two-replica deployment `web`, all Running, and the
/// file `name` holding `file`.
fn session(name: &str, file: &str) -> Session {
    let mut s = Session::new(7);
    s.run("kubectl create deployment web --image=nginx:1.25 --replicas=2");
    s.advance(60_000);
    s.world_mut().write_file(name, file).expect("file fits");
    s
}

/// Runs `line` and checks: it finishes with `status`, its output ends
/// with a line containing `message`, and the cluster did not change.
fn refused(file: &str, line: &str, status: i32, message: &str) {
    let mut s = session("in.yaml", file);
    let before = snapshot(&s);
    let p = s.run(line);
    let out = text(&p.output);
    let last = out.trim_end().lines().last().unwrap_or("");
    assert_eq!(p.finished, Some(status), "{line}: {last}");
    assert!(last.contains(message), "{line}: last line {last:?}");
    assert!(before == snapshot(&s), "{line} changed the cluster");
}

fn deployment_yaml(replicas: &str) -> String {
    format!(
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: huge\nspec:\n  replicas: {replicas}\n  \
         selector:\n    matchLabels:\n      app: huge\n  template:\n    metadata:\n      labels:\n        \
         app: huge\n    spec:\n      containers:\n      - name: c\n        image: nginx\n"
    )
}

#[test]
fn huge_replica_counts_are_refused() {
    let capacity = "must be less than or equal to 5000 (the playground's capacity)";
    refused(
        "",
        "kubectl scale deployment web --replicas=1000000",
        1,
        capacity,
    );
    refused(
        "",
        "kubectl create deployment big --image=nginx --replicas=1000000",
        1,
        capacity,
    );
    refused(
        &deployment_yaml("1000000000"),
        "kubectl apply -f in.yaml",
        1,
        capacity,
    );
    refused(
        &deployment_yaml("1000000000"),
        "kubectl create -f in.yaml",
        1,
        capacity,
    );
}

#[test]
fn a_giant_manifest_is_refused_before_parsing() {
    // About 4 MB of ConfigMap data: within the filesystem's limit, far
    // beyond what one manifest may hold.
    let data: String = (0..60_000)
        .map(|i| format!("  k{i}: {}\n", "v".repeat(60)))
        .collect();
    let manifest =
        format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n{data}");
    assert!(manifest.len() > 4_000_000);
    let message = "error parsing in.yaml: manifest is larger than 1048576 bytes";
    refused(&manifest, "kubectl apply -f in.yaml", 1, message);
    refused(&manifest, "kubectl create -f in.yaml", 1, message);
}

#[test]
fn deep_substitution_nesting_is_refused() {
    let line = format!("echo {}x{}", "$(echo ".repeat(20), ")".repeat(20));
    refused(
        "",
        &line,
        2,
        "command substitution nested too deeply (limit 8)",
    );
    let backticks = "echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo `echo x`))))))))";
    refused("", backticks, 2, "nested too deeply");
}

#[test]
fn endless_loops_stop_at_their_limit() {
    refused(
        "",
        "while true; do :; done",
        1,
        "loop stopped after 10000 iterations",
    );
    // kubectl's output fills the job's output budget first (`-o yaml`
    // gets there in about 130 rounds instead of thousands).
    let message = "command stopped: it printed more than 1024 KiB";
    refused(
        "",
        "while true; do kubectl get pods -o yaml; done",
        1,
        message,
    );
}

#[test]
fn an_endless_kubectl_loop_yields_and_ctrl_c_stops_it() {
    let mut s = session("x", "");
    let before = snapshot(&s);
    s.submit("while true; do kubectl get pods; done");
    let first = s.poll();
    assert!(
        first.finished.is_none(),
        "the loop hands control back between polls"
    );
    assert!(
        text(&first.output).contains("web-"),
        "it printed pods before yielding"
    );
    let stopped = s.interrupt();
    assert_eq!(stopped.finished, Some(130));
    assert!(!s.is_busy());
    assert!(before == snapshot(&s));
    // The prompt answers afterwards.
    assert_eq!(s.run("echo still here").finished, Some(0));
}
