//! Every goal predicate against a real session: what holds, and what a
//! learner reads when it does not ("2 of 4 Pods still run …"). One helper
//! runs a script, lets the cluster settle and checks; the cases are data.

use kubeplay::i18n::EN;
use kubeplay::lesson::check::parse;
use kubeplay::lesson::eval::{eval, Marks};
use kubeplay::session::Session;
use kubeplay::transcript::run_in;

/// Runs `script` in a fresh session (then lets the cluster settle) and
/// returns "ok" or what differs, for each check.
fn verdicts(script: &str, checks: &[&str], marks_before: bool) -> Vec<String> {
    let mut s = Session::new(1);
    let marks = match marks_before {
        true => Marks::now(&s.world(), []),
        false => Marks::default(),
    };
    run_in(&mut s, script);
    s.world_mut().cluster.run_until_idle(600_000);
    let world = s.world();
    checks
        .iter()
        .map(|c| {
            let check = parse(c).unwrap_or_else(|e| panic!("{c}: {e}"));
            match eval(&check, &world, &marks) {
                Ok(()) => "ok".to_string(),
                Err(d) => EN.differs(&d),
            }
        })
        .collect()
}

fn expect(script: &str, cases: &[(&str, &str)]) {
    let checks: Vec<&str> = cases.iter().map(|c| c.0).collect();
    let got = verdicts(script, &checks, false);
    for ((check, want), got) in cases.iter().zip(got) {
        assert_eq!(got, *want, "{check}");
    }
}

const WEB: &str = "kubectl create deployment web --image=nginx:1.25 --replicas=3\n";

#[test]
fn deployment_predicates() {
    expect(
        "",
        &[
            ("deployment web exists", "there is no Deployment named web"),
            ("deployment web absent", "ok"),
            (
                "deployment web available = 1",
                "there is no Deployment named web",
            ),
        ],
    );
    expect(
        WEB,
        &[
            ("deployment web exists", "ok"),
            ("deployment web absent", "Deployment web still exists"),
            ("deployment web available = 3", "ok"),
            (
                "deployment web available = 4",
                "available replicas: 3 (goal: 4)",
            ),
            (
                "deployment web replicas >= 4",
                "replicas asked for: 3 (goal: ≥ 4)",
            ),
            ("deployment web ready = 3", "ok"),
            (
                "deployment web updated != 3",
                "up-to-date replicas: 3 (goal: ≠ 3)",
            ),
            ("deployment web image = nginx:1.25", "ok"),
            (
                "deployment web image = nginx:1.26",
                "image: nginx:1.25 (goal: nginx:1.26)",
            ),
            (
                "deployment web rolled-back",
                "no rollout of web has been undone since this step began",
            ),
        ],
    );
}

#[test]
fn rolled_back_counts_only_undos_since_the_step_began() {
    let script = format!(
        "{WEB}kubectl set image deploy/web nginx=nginx:1.26\nkubectl rollout status deploy/web\nkubectl rollout undo deploy/web\n"
    );
    assert_eq!(
        verdicts(&script, &["deployment web rolled-back"], true),
        ["ok"]
    );
    // Marks taken after the undo: it no longer counts.
    let mut s = Session::new(1);
    run_in(&mut s, &script);
    let check = parse("deployment web rolled-back").unwrap();
    let marks = Marks::now(&s.world(), [&check]);
    assert!(eval(&check, &s.world(), &marks).is_err());
}

#[test]
fn pods_predicates_count_filter_and_compare_images() {
    expect(
        WEB,
        &[
            ("pods app=web count = 3", "ok"),
            ("pods app=web = 2", "matching Pods: 3 (goal: 2)"),
            ("pods app=web status:Running ready on:minikube = 3", "ok"),
            ("pods app=web failing >= 1", "matching Pods: 0 (goal: ≥ 1)"),
            ("pods app=web all image nginx:1.25", "ok"),
            (
                "pods app=web all image nginx:1.26",
                "3 of 3 Pods still run nginx:1.25",
            ),
            ("pods app=none all image nginx", "no Pod matches app=none"),
            ("pods app=web image:nginx:1.25 = 3", "ok"),
        ],
    );
    // A tag that does not exist: new pods fail, old ones keep serving.
    let broken = format!("{WEB}kubectl set image deploy/web nginx=nginx:no-such-tag\nsleep 30\n");
    expect(
        &broken,
        &[
            ("pods app=web failing >= 1", "ok"),
            ("pods app=web status:ImagePullBackOff >= 1", "ok"),
            (
                "pods app=web all image nginx:no-such-tag",
                "3 of 4 Pods still run nginx:1.25",
            ),
        ],
    );
}

#[test]
fn terminating_pods_are_not_counted() {
    let mut s = Session::new(1);
    run_in(&mut s, WEB);
    s.world_mut().cluster.run_until_idle(600_000);
    // Scale down without waiting: the removed pods are still Terminating.
    s.submit("kubectl scale deploy/web --replicas=1");
    s.poll();
    let world = s.world();
    let count = |c: &str| eval(&parse(c).unwrap(), &world, &Marks::default());
    assert_eq!(count("pods app=web count = 1"), Ok(()));
    assert_eq!(count("pods app=web status:Terminating = 2"), Ok(()));
}

#[test]
fn pod_service_configmap_node_predicates() {
    let script = format!(
        "{WEB}export POD=$(kubectl get pods -o name | head -1 | cut -d/ -f2)\nkubectl label pod $POD tier=front\nkubectl expose deploy web --port 80 --type=NodePort\nkubectl create configmap conf --from-literal=a=b\n"
    );
    expect(
        &script,
        &[
            ("pod $POD exists", "ok"),
            ("pod $POD label tier=front", "ok"),
            (
                "pod $POD label tier=back",
                "Pod web-68bf9f694d-4759w has tier=front",
            ),
            (
                "pod $POD label zone=a",
                "Pod web-68bf9f694d-4759w has no label zone",
            ),
            ("pod $POD status = Running", "ok"),
            ("pod $POD requests >= 1", "requests answered: 0 (goal: ≥ 1)"),
            ("pod $MISSING absent", "$MISSING is not set"),
            ("pod nope absent", "ok"),
            ("service web type = NodePort", "ok"),
            (
                "service web type = LoadBalancer",
                "type: NodePort (goal: LoadBalancer)",
            ),
            ("service web endpoints = 3", "ok"),
            ("service gone exists", "there is no Service named gone"),
            ("configmap conf exists", "ok"),
            (
                "configmap other exists",
                "there is no ConfigMap named other",
            ),
            ("node minikube status = Ready", "ok"),
            (
                "node minikube status = NotReady",
                "status: Ready (goal: NotReady)",
            ),
            (
                "node minikube-m05 exists",
                "there is no Node named minikube-m05",
            ),
        ],
    );
}

#[test]
fn var_and_file_predicates() {
    let script = format!(
        "{WEB}kubectl expose deploy web --port 80 --type=NodePort\nexport NODE_PORT=$(kubectl get svc web -o go-template='{{{{(index .spec.ports 0).nodePort}}}}')\nexport WRONG=12\nexport POD=$(kubectl get pods -o name | head -1 | cut -d/ -f2)\nexport NOTPOD=web\nmkdir -p d && echo 'replicas: 3' > d/f.yaml\ncd /tmp\n"
    );
    expect(
        &script,
        &[
            ("var NODE_PORT = service web nodePort", "ok"),
            (
                "var WRONG = service web nodePort",
                "$WRONG is \"12\" (goal: \"31615\")",
            ),
            ("var WRONG = 12", "ok"),
            (
                "var NODE_PORT = service nope nodePort",
                "there is no Service named nope",
            ),
            ("var POD is-pod app=web", "ok"),
            (
                "var NOTPOD is-pod app=web",
                "$NOTPOD is \"web\", not the name of a Pod with app=web",
            ),
            ("var UNSET set", "$UNSET is not set"),
            ("file d/f.yaml contains \"replicas: 3\"", "ok"),
            ("file /root/d/f.yaml exists", "ok"),
            (
                "file d/f.yaml contains \"replicas: 4\"",
                "d/f.yaml does not contain \"replicas: 4\"",
            ),
            ("file d/none.yaml exists", "there is no file d/none.yaml"),
        ],
    );
}

#[test]
fn curl_counts_distinct_pods_since_the_step_began() {
    let script = format!(
        "{WEB}kubectl rollout status deploy/web\nkubectl expose deploy web --port 80 --type=NodePort\nexport P=$(kubectl get svc web -o jsonpath='{{.spec.ports[0].nodePort}}')\ncurl -s http://$(minikube ip):$P >/dev/null\ncurl -s http://$(minikube ip):$P >/dev/null\n"
    );
    let checks = [
        "curl distinct-pods app=web >= 2",
        "curl distinct-pods app=web >= 3",
        "curl distinct-pods app=other = 0",
    ];
    assert_eq!(
        verdicts(&script, &checks, true),
        ["ok", "different Pods that answered: 2 (goal: ≥ 3)", "ok"]
    );
    // Requests made before the step began do not count.
    let mut s = Session::new(1);
    run_in(&mut s, &script);
    let check = parse("curl distinct-pods app=web >= 1").unwrap();
    let marks = Marks::now(&s.world(), [&check]);
    assert!(eval(&check, &s.world(), &marks).is_err());
    run_in(&mut s, "curl -s http://$(minikube ip):$P");
    assert_eq!(eval(&check, &s.world(), &marks), Ok(()));
}
