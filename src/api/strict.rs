//! Strict decoding, as the apiserver's default field validation does:
//! a manifest field that the type does not know is reported by its path
//! (`spec.template.spec.containers[0].imagee`).
//!
//! Two passes: fields the typed value dropped (found by comparing the
//! input with the object serialised back), and fields kept verbatim in an
//! `other` map that are not real Kubernetes field names.

use super::object::Object;
use super::pod::{Extra, PodSpec};
use serde_json::Value;

/// Appends to `out` the paths of fields in `input` missing from `roundtrip`.
pub fn unknown_fields(input: &Value, roundtrip: &Value, path: &str, out: &mut Vec<String>) {
    match (input, roundtrip) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in a {
                if v.is_null() {
                    continue;
                }
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                match b.get(k) {
                    Some(w) => unknown_fields(v, w, &p, out),
                    // Empty values are dropped by omitempty, not unknown.
                    None if is_empty(v) => {}
                    None => out.push(p),
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for (i, (v, w)) in a.iter().zip(b).enumerate() {
                unknown_fields(v, w, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Object(m) => m.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::String(s) => s.is_empty(),
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::Null => true,
    }
}

const POD_SPEC_EXTRA: &[&str] = &[
    "activeDeadlineSeconds",
    "affinity",
    "automountServiceAccountToken",
    "dnsConfig",
    "ephemeralContainers",
    "hostAliases",
    "hostIPC",
    "hostPID",
    "hostUsers",
    "imagePullSecrets",
    "os",
    "overhead",
    "readinessGates",
    "resourceClaims",
    "resources",
    "runtimeClassName",
    "schedulingGates",
    "setHostnameAsFQDN",
    "shareProcessNamespace",
    "subdomain",
    "topologySpreadConstraints",
];
const CONTAINER_EXTRA: &[&str] = &[
    "envFrom",
    "lifecycle",
    "resizePolicy",
    "restartPolicy",
    "securityContext",
    "startupProbe",
    "stdin",
    "stdinOnce",
    "tty",
    "volumeDevices",
];
const PROBE_EXTRA: &[&str] = &["exec", "grpc", "terminationGracePeriodSeconds"];
const HTTP_GET_EXTRA: &[&str] = &["host", "httpHeaders"];
const VOLUME_EXTRA: &[&str] = &[
    "awsElasticBlockStore",
    "azureDisk",
    "azureFile",
    "cephfs",
    "cinder",
    "csi",
    "downwardAPI",
    "emptyDir",
    "ephemeral",
    "fc",
    "flexVolume",
    "flocker",
    "gcePersistentDisk",
    "gitRepo",
    "glusterfs",
    "hostPath",
    "image",
    "iscsi",
    "nfs",
    "persistentVolumeClaim",
    "photonPersistentDisk",
    "portworxVolume",
    "projected",
    "quobyte",
    "rbd",
    "scaleIO",
    "secret",
    "storageos",
    "vsphereVolume",
];
const SERVICE_SPEC_EXTRA: &[&str] = &[
    "healthCheckNodePort",
    "loadBalancerClass",
    "loadBalancerSourceRanges",
    "publishNotReadyAddresses",
    "sessionAffinityConfig",
    "trafficDistribution",
];

fn check_extra(extra: &Extra, allowed: &[&str], path: &str, out: &mut Vec<String>) {
    for k in extra.keys() {
        if !allowed.contains(&k.as_str()) {
            out.push(format!("{path}.{k}"));
        }
    }
}

fn check_pod_spec(spec: &PodSpec, path: &str, out: &mut Vec<String>) {
    check_extra(&spec.other, POD_SPEC_EXTRA, path, out);
    let groups = [
        ("initContainers", &spec.init_containers),
        ("containers", &spec.containers),
    ];
    for (field, list) in groups {
        for (i, c) in list.iter().enumerate() {
            let cp = format!("{path}.{field}[{i}]");
            check_extra(&c.other, CONTAINER_EXTRA, &cp, out);
            for (name, probe) in [
                ("livenessProbe", &c.liveness_probe),
                ("readinessProbe", &c.readiness_probe),
            ] {
                if let Some(p) = probe {
                    check_extra(&p.other, PROBE_EXTRA, &format!("{cp}.{name}"), out);
                    if let Some(h) = &p.http_get {
                        check_extra(
                            &h.other,
                            HTTP_GET_EXTRA,
                            &format!("{cp}.{name}.httpGet"),
                            out,
                        );
                    }
                }
            }
        }
    }
    for (i, v) in spec.volumes.iter().enumerate() {
        check_extra(&v.other, VOLUME_EXTRA, &format!("{path}.volumes[{i}]"), out);
    }
}

/// Paths of fields kept in `other` maps that Kubernetes does not have.
pub fn unknown_extra_fields(obj: &Object) -> Vec<String> {
    let mut out = Vec::new();
    match obj {
        Object::Pod(p) => check_pod_spec(&p.spec, "spec", &mut out),
        Object::Deployment(d) => {
            check_pod_spec(&d.spec.template.spec, "spec.template.spec", &mut out)
        }
        Object::ReplicaSet(r) => {
            check_pod_spec(&r.spec.template.spec, "spec.template.spec", &mut out)
        }
        Object::DaemonSet(d) => {
            check_pod_spec(&d.spec.template.spec, "spec.template.spec", &mut out)
        }
        Object::Job(j) => check_pod_spec(&j.spec.template.spec, "spec.template.spec", &mut out),
        Object::StatefulSet(d) => {
            check_pod_spec(&d.spec.template.spec, "spec.template.spec", &mut out)
        }
        Object::CronJob(c) => check_pod_spec(
            &c.spec.job_template.spec.template.spec,
            "spec.jobTemplate.spec.template.spec",
            &mut out,
        ),
        Object::Service(s) => check_extra(&s.spec.other, SERVICE_SPEC_EXTRA, "spec", &mut out),
        _ => {}
    }
    out
}
