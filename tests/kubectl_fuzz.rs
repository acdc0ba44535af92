//! Property tests for kubectl, curl and minikube: arbitrary argument
//! lists never panic, and a command that fails without reporting any
//! success leaves the cluster exactly as it was.
//!
//! Arguments are drawn from kubectl's own vocabulary (verbs, resource
//! types, names, flags, values) mixed with arbitrary text, so the parser,
//! the resource builder, the printers and the handlers are all reached.

use kubeplay::api::Kind;
use kubeplay::session::Session;
use kubeplay::shell::Chunk;
use proptest::prelude::*;

const WORDS: &[&str] = &[
    "get",
    "describe",
    "create",
    "apply",
    "delete",
    "scale",
    "expose",
    "set",
    "image",
    "rollout",
    "status",
    "history",
    "undo",
    "restart",
    "pause",
    "resume",
    "logs",
    "exec",
    "label",
    "annotate",
    "edit",
    "explain",
    "version",
    "cluster-info",
    "api-resources",
    "config",
    "view",
    "run",
    "port-forward",
    "deployment",
    "configmap",
    "namespace",
    "pods",
    "po",
    "deploy",
    "deployments/web",
    "svc",
    "services/web",
    "rs",
    "no",
    "nodes",
    "ev",
    "cm",
    "ns",
    "ep",
    "all",
    "pods,svc",
    "pod/web",
    "web",
    "nope",
    "minikube",
    "kube-system",
    "-o",
    "wide",
    "json",
    "yaml",
    "name",
    "go-template={{.metadata.name}}",
    "jsonpath={.items[*].metadata.name}",
    "custom-columns=N:.metadata.name",
    "--image=nginx",
    "--replicas=3",
    "--replicas=-1",
    "--port=80",
    "--type=NodePort",
    "-l",
    "app=web",
    "--field-selector",
    "status.phase=Running",
    "--show-labels",
    "-A",
    "-n",
    "default",
    "--all",
    "--overwrite",
    "tier=front",
    "tier-",
    "web=nginx:1.26",
    "--to-revision=1",
    "-f",
    "x.yaml",
    "--",
    "env",
    "-it",
    "--tail=1",
    "-w",
    "--help",
    "--dry-run=client",
    "--from-literal=a=b",
    "--template",
    "{{",
    "}}",
    "[",
];

const SETUP: &[&str] = &[
    "kubectl create deployment web --image=nginx:1.25 --replicas=2",
    "kubectl expose deployment web --port=80 --type=NodePort",
    "kubectl create configmap cfg --from-literal=a=b",
    "printf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: fromfile\\n' > x.yaml",
];

/// Everything the cluster stores, as JSON, in list order.
fn snapshot(session: &Session) -> Vec<serde_json::Value> {
    let world = session.world();
    Kind::ALL
        .iter()
        .flat_map(|k| world.cluster.list_objects(*k, None))
        .map(|o| o.to_json())
        .collect()
}

fn quote(arg: &str) -> String {
    format!("'{}'", arg.replace('\'', "'\\''"))
}

fn arg_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(WORDS).prop_map(str::to_string),
        1 => "[ -~]{0,12}",
        1 => "\\PC{0,6}",
    ]
}

fn run_case(program: &str, args: &[String]) {
    let mut session = Session::new(3);
    for line in SETUP {
        session.run(line);
    }
    let before = snapshot(&session);
    let start = session.now_ms();
    let line = std::iter::once(program.to_string())
        .chain(args.iter().map(|a| quote(a)))
        .collect::<Vec<_>>()
        .join(" ");
    let poll = session.run(&line);
    let printed_success = poll
        .output
        .iter()
        .any(|c| matches!(c, Chunk::Out(text) if !text.is_empty()));
    let failed = poll.finished.is_some_and(|s| s != 0);
    if failed && !printed_success && session.now_ms() == start {
        assert_eq!(
            before,
            snapshot(&session),
            "`{line}` failed but changed the cluster"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        // `PROPTEST_CASES` raises it for the long hunt (see tests/fuzz_parsers.rs).
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(200),
        ..ProptestConfig::default()
    })]

    #[test]
    fn kubectl_never_panics_and_failures_change_nothing(args in prop::collection::vec(arg_strategy(), 0..7)) {
        run_case("kubectl", &args);
    }

    #[test]
    fn curl_and_minikube_never_panic(args in prop::collection::vec(arg_strategy(), 0..5), minikube in any::<bool>()) {
        run_case(if minikube { "minikube" } else { "curl" }, &args);
    }
}

/// Failing commands named in the reference must not write anything.
#[test]
fn known_failures_leave_the_cluster_alone() {
    let lines = [
        "kubectl scale deploy/web --replicas=-1",
        "kubectl scale deploy/nope --replicas=2",
        "kubectl set image deploy/web nope=nginx",
        "kubectl label deploy web app=other",
        "kubectl expose deploy web --port=80",
        "kubectl create deployment web --image=nginx",
        "kubectl delete deploy nope",
        "kubectl rollout undo deploy/web --to-revision=9",
        "kubectl apply -f missing.yaml",
        "kubectl create -f x.yaml --namespace=nope",
    ];
    for line in lines {
        let mut session = Session::new(5);
        for setup in SETUP {
            session.run(setup);
        }
        let before = snapshot(&session);
        let poll = session.run(line);
        assert_ne!(poll.finished, Some(0), "`{line}` should fail");
        assert_eq!(before, snapshot(&session), "`{line}` changed the cluster");
    }
}
