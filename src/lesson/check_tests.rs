//! The predicate language: every form the lessons use reads into the
//! intended `Check`, and mistakes are explained.

use super::*;

fn cmp(op: Op, n: i64) -> Cmp {
    Cmp { op, n }
}

#[test]
fn every_form_reads_into_its_check() {
    let cases: Vec<(&str, Check)> = vec![
        (
            "deployment web available = 4",
            Check::Deployment(
                "web".into(),
                DeployTest::Number(DeployNumber::Available, cmp(Op::Eq, 4)),
            ),
        ),
        (
            "deployment web exists",
            Check::Deployment("web".into(), DeployTest::Presence(Presence::Exists)),
        ),
        (
            "deployment web rolled-back",
            Check::Deployment("web".into(), DeployTest::RolledBack),
        ),
        (
            "deployment web image = nginx:1.25",
            Check::Deployment("web".into(), DeployTest::Image("nginx:1.25".into())),
        ),
        (
            "pods app=web failing >= 1",
            Check::Pods {
                selector: "app=web".into(),
                filters: vec![PodFilter::Failing],
                test: PodsTest::Count(cmp(Op::Ge, 1)),
            },
        ),
        (
            "pods app=hello on:minikube-m02 status:Running count != 0",
            Check::Pods {
                selector: "app=hello".into(),
                filters: vec![
                    PodFilter::On("minikube-m02".into()),
                    PodFilter::Status("Running".into()),
                ],
                test: PodsTest::Count(cmp(Op::Ne, 0)),
            },
        ),
        (
            "pods app=web all image nginx:2",
            Check::Pods {
                selector: "app=web".into(),
                filters: vec![],
                test: PodsTest::AllImage("nginx:2".into()),
            },
        ),
        (
            "pod $POD_NAME absent",
            Check::Pod("$POD_NAME".into(), PodTest::Presence(Presence::Absent)),
        ),
        (
            "pod $POD_NAME label version=v1",
            Check::Pod(
                "$POD_NAME".into(),
                PodTest::Label("version".into(), "v1".into()),
            ),
        ),
        (
            "pod p requests >= 1",
            Check::Pod("p".into(), PodTest::Requests(cmp(Op::Ge, 1))),
        ),
        (
            "service s type = NodePort",
            Check::Service("s".into(), ServiceTest::Type("NodePort".into())),
        ),
        (
            "service s endpoints < 3",
            Check::Service("s".into(), ServiceTest::Endpoints(cmp(Op::Lt, 3))),
        ),
        (
            "configmap c absent",
            Check::ConfigMap("c".into(), Presence::Absent),
        ),
        (
            "node minikube-m02 status = NotReady",
            Check::Node("minikube-m02".into(), NodeTest::Status("NotReady".into())),
        ),
        (
            "var NODE_PORT = service web nodePort",
            Check::Var(
                "NODE_PORT".into(),
                VarTest::Equals(VarValue::Service("web".into(), ServiceField::NodePort)),
            ),
        ),
        (
            "var X = service",
            Check::Var(
                "X".into(),
                VarTest::Equals(VarValue::Literal("service".into())),
            ),
        ),
        (
            "var X = \"a b\"",
            Check::Var("X".into(), VarTest::Equals(VarValue::Literal("a b".into()))),
        ),
        (
            "var POD is-pod app=web",
            Check::Var("POD".into(), VarTest::IsPod("app=web".into())),
        ),
        ("var X set", Check::Var("X".into(), VarTest::Set)),
        (
            "file deployments/hello.yaml contains \"replicas: 3\"",
            Check::File(
                "deployments/hello.yaml".into(),
                FileTest::Contains("replicas: 3".into()),
            ),
        ),
        (
            "curl distinct-pods app=web >= 2",
            Check::CurlDistinctPods("app=web".into(), cmp(Op::Ge, 2)),
        ),
    ];
    for (text, want) in cases {
        assert_eq!(parse(text), Ok(want), "{text}");
    }
}

#[test]
fn mistakes_say_what_was_expected() {
    let cases = [
        ("", "expected a subject, found the end"),
        ("deploymnt web exists", "unknown subject `deploymnt`; expected one of: deployment, pods, pod, service, configmap, node, var, file, curl"),
        ("deployment web availble = 4", "unknown Deployment test `availble`; expected exists, absent, rolled-back, image, replicas, available, ready or updated"),
        ("deployment web available = four", "expected a whole number, found `four`"),
        ("deployment web available", "expected a comparison (=, !=, >=, <=, >, <), found the end"),
        ("deployment web available ~ 4", "expected a comparison (=, !=, >=, <=, >, <), found `~`"),
        ("service s type >= NodePort", "`>=` compares numbers; use `=` here"),
        ("pods app=web", "expected a comparison, `count` or `all image` after the selector"),
        ("file f contains \"open", "a quoted text is not closed (missing `\"`)"),
        ("pod p label version", "expected KEY=VALUE, found `version`"),
        ("configmap c exists now", "unexpected `now` at the end"),
        ("curl pods app=web >= 1", "expected `distinct-pods`, found `pods`"),
    ];
    for (text, want) in cases {
        assert_eq!(parse(text), Err(want.to_string()), "{text}");
    }
    let bad = parse("pods app==web= count = 1").unwrap_err();
    assert!(bad.starts_with("bad label selector `app==web=`: "), "{bad}");
}

#[test]
fn comparisons_hold_as_their_symbols_say() {
    assert!(cmp(Op::Ge, 2).holds(2) && !cmp(Op::Gt, 2).holds(2));
    assert!(cmp(Op::Le, 2).holds(2) && !cmp(Op::Lt, 2).holds(2));
    assert!(cmp(Op::Ne, 0).holds(1) && cmp(Op::Eq, 0).holds(0));
}
