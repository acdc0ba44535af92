//! YAML as kubectl reads and writes it: Go's `sigs.k8s.io/yaml`, i.e.
//! JSON values through yaml.v2 with YAML 1.1 scalar rules.
//!
//! Writing (`-o yaml`) is done here by hand because the layout is Go's, not
//! any Rust crate's: sorted keys, `- ` lists at the parent key's column,
//! quoting of ambiguous scalars (`"1"`, `"True"`, timestamps), literal blocks
//! for multi-line strings, folding past column 80. Reading manifests uses
//! the `yaml-rust2` event parser (see `decode.rs`) with the same scalar rules.

mod decode;
mod emitter;
mod keys;
mod resolve;
mod scalar;

pub use decode::{decode_documents, YamlError};
pub use keys::natural as natural_key_order;
pub use resolve::{resolve_plain, Resolved};

use serde_json::Value;

/// One YAML document for `value`, ending in a newline, as
/// `sigs.k8s.io/yaml.Marshal` writes it.
pub fn to_yaml(value: &Value) -> String {
    emitter::Emitter::new().document(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn deployment_layout_matches_kubectl() {
        let v = json!({
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "metadata": {
                "annotations": {"deployment.kubernetes.io/revision": "1"},
                "creationTimestamp": "2026-06-18T11:19:46Z",
                "generation": 3,
                "labels": {"app": "nginx"},
                "name": "nginx-deployment",
                "resourceVersion": ""
            },
            "spec": {
                "template": {"spec": {"containers": [{"image": "nginx:1.25", "name": "nginx",
                    "ports": [{"containerPort": 8080, "protocol": "TCP"}], "resources": {}}]}},
                "strategy": {"rollingUpdate": {"maxSurge": "25%"}}
            },
            "status": {"conditions": [{"status": "True", "type": "Available", "lastProbeTime": null}]}
        });
        let want = "\
apiVersion: apps/v1
kind: Deployment
metadata:
  annotations:
    deployment.kubernetes.io/revision: \"1\"
  creationTimestamp: \"2026-06-18T11:19:46Z\"
  generation: 3
  labels:
    app: nginx
  name: nginx-deployment
  resourceVersion: \"\"
spec:
  strategy:
    rollingUpdate:
      maxSurge: 25%
  template:
    spec:
      containers:
      - image: nginx:1.25
        name: nginx
        ports:
        - containerPort: 8080
          protocol: TCP
        resources: {}
status:
  conditions:
  - lastProbeTime: null
    status: \"True\"
    type: Available
";
        assert_eq!(to_yaml(&v), want);
    }

    #[test]
    fn scalars_are_quoted_like_yaml_v2() {
        let table: &[(&str, &str)] = &[
            ("plain text", "plain text"),
            ("yes", "\"yes\""),
            ("1.5", "\"1.5\""),
            ("", "\"\""),
            ("null", "\"null\""),
            ("12:30", "\"12:30\""),
            ("a: b", "'a: b'"),
            ("- x", "'- x'"),
            ("#x", "'#x'"),
            ("it's", "it's"),
            ("'q'", "'''q'''"),
            (" lead", "' lead'"),
            ("tab\there", "\"tab\\there\""),
            ("http://x:80/", "http://x:80/"),
            ("[a]", "'[a]'"),
        ];
        for (input, want) in table {
            assert_eq!(
                to_yaml(&json!({ "k": input })),
                format!("k: {want}\n"),
                "{input:?}"
            );
        }
    }

    #[test]
    fn multi_line_strings_use_literal_blocks() {
        let v = json!({"metadata": {"annotations": {"last": "{\"a\":1}\n"}}, "b": "x\ny", "c": "x\n\n", "d": "trailing \nspace"});
        assert_eq!(
            to_yaml(&v),
            "b: |-\n  x\n  y\nc: |+\n  x\n\nd: \"trailing \\nspace\"\nmetadata:\n  annotations:\n    last: |\n      {\"a\":1}\n"
        );
    }

    #[test]
    fn long_plain_strings_fold_past_column_80() {
        let message = "0/1 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/1 nodes are available.";
        let got = to_yaml(&json!({"status": {"conditions": [{"message": message}]}}));
        assert_eq!(
            got,
            "status:\n  conditions:\n  - message: '0/1 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane:\n      }. preemption: 0/1 nodes are available.'\n"
        );
        let short = "ReplicaSet \"nginx-deployment-58f47d84fb\" has successfully progressed.";
        assert_eq!(
            to_yaml(&json!({"message": short})),
            format!("message: {short}\n")
        );
    }

    #[test]
    fn numbers_and_lists() {
        let v = json!({"a": [1, 2.5, true, null, [], {}], "b": [[1, 2]], "c": 1e6});
        assert_eq!(
            to_yaml(&v),
            "a:\n- 1\n- 2.5\n- true\n- null\n- []\n- {}\nb:\n- - 1\n  - 2\nc: 1e+06\n"
        );
    }
}
