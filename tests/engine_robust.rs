//! Never crash: arbitrary manifests, selectors, image names, URLs and
//! exec commands go through the engine without a panic, and a refused
//! manifest changes nothing.

use kubeplay::api::{Kind, Object, Selector};
use kubeplay::apps::registry;
use kubeplay::engine::curl::parse_url;
use kubeplay::engine::network::Client;
use kubeplay::engine::Cluster;
use proptest::prelude::*;
use serde_json::{json, Value};

const KEYS: [&str; 24] = [
    "apiVersion",
    "kind",
    "metadata",
    "name",
    "namespace",
    "labels",
    "spec",
    "replicas",
    "selector",
    "matchLabels",
    "template",
    "containers",
    "image",
    "ports",
    "containerPort",
    "type",
    "nodePort",
    "port",
    "targetPort",
    "strategy",
    "rollingUpdate",
    "maxSurge",
    "data",
    "resources",
];
const KINDS: [&str; 6] = [
    "Deployment",
    "Pod",
    "Service",
    "ConfigMap",
    "ReplicaSet",
    "Namespace",
];

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        (-3i64..200).prop_map(|n| json!(n)),
        "[a-z0-9%:./-]{0,12}".prop_map(Value::String),
        Just(json!("25%")),
        Just(json!("nginx:1.25")),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::vec((proptest::sample::select(&KEYS[..]), inner), 0..6).prop_map(
                |kv| Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
            ),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig {
        // `PROPTEST_CASES` raises it for the long hunt (see tests/fuzz_parsers.rs).
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(300),
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_manifests_never_panic(kind in proptest::sample::select(&KINDS[..]), body in value(), name in "[a-z]{1,6}") {
        let mut c = Cluster::new(1);
        let mut v = match body { Value::Object(m) => Value::Object(m), other => json!({"spec": other}) };
        v["kind"] = json!(kind);
        if !v["metadata"].is_object() {
            v["metadata"] = json!({});
        }
        v["metadata"]["name"] = json!(name);
        let before: Vec<Value> = Kind::ALL.iter().flat_map(|k| c.list_objects(*k, None)).map(|o| o.to_json()).collect();
        if let Ok(obj) = Object::from_json(&v) {
            match c.create_object("default", obj) {
                Ok(_) => {
                    c.advance(5_000);
                    let _ = c.delete(Kind::from_kind_name(kind).unwrap(), "default", &name, Default::default());
                    c.advance(40_000);
                }
                Err(_) => {
                    let after: Vec<Value> = Kind::ALL.iter().flat_map(|k| c.list_objects(*k, None)).map(|o| o.to_json()).collect();
                    prop_assert_eq!(before, after, "a refused create changed the cluster");
                }
            }
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,40}") {
        let _ = Selector::parse(&text);
        let _ = registry::resolve(&text);
        let _ = parse_url(&text);
        let mut c = Cluster::new(2);
        let _ = c.curl(&Client::Host, &["curl".to_string(), text.clone()]);
        let words: Vec<String> = text.split(' ').map(String::from).collect();
        let pod = c.list::<kubeplay::api::Pod>(Some("kube-system")).iter().find(|p| p.metadata.name.starts_with("coredns")).map(|p| p.metadata.name.clone()).unwrap();
        let _ = c.container("kube-system", &pod, None);
        let _ = c.container("kube-system", &text, Some(&text));
        let inside = Client::Pod { namespace: "kube-system".into(), name: pod.clone() };
        let _ = c.lookup(&inside, &text);
        let _ = c.curl(&inside, &words);
    }
}
