//! Per-kind validation, run on create and update after defaulting. Each
//! rule mirrors one in the apiserver's validation and uses its words; the
//! playground's own capacity limits are here too, worded the same way.

use super::configmap::ConfigMap;
use super::limits::{CONFIGMAP_BYTES_MAX, REPLICAS_MAX};
use super::meta::ObjectMeta;
use super::object::Object;
use super::pod::{Container, PodSpec, PodTemplateSpec};
use super::quantity::{is_valid_quantity, IntOrString};
use super::secret::Secret;
use super::service::Service;
use super::validation::{self as v, FieldError};
use super::workload::{Deployment, ReplicaSet};

type Errs = Vec<FieldError>;

/// All field errors of `obj` (empty when valid).
pub fn validate(obj: &Object) -> Errs {
    let mut e = Vec::new();
    let name_rule: fn(&str) -> Option<String> = match obj {
        Object::Service(_) => v::dns1035_error,
        Object::Namespace(_) => v::dns_label_error,
        _ => v::subdomain_error,
    };
    validate_meta(obj.meta(), name_rule, "metadata", &mut e);
    match obj {
        Object::Deployment(d) => validate_deployment(d, &mut e),
        Object::ReplicaSet(r) => validate_replicaset(r, &mut e),
        Object::DaemonSet(d) => {
            validate_selector_and_template(&d.spec.selector, &d.spec.template, "daemonset", &mut e)
        }
        Object::Pod(p) => {
            validate_pod_spec(&p.spec, "spec", &["Always", "OnFailure", "Never"], &mut e)
        }
        Object::Service(s) => validate_service(s, &mut e),
        Object::Job(j) => validate_job_spec(&j.spec, "spec", &mut e),
        Object::CronJob(c) => validate_cronjob(c, &mut e),
        Object::ConfigMap(c) => validate_configmap(c, &mut e),
        Object::Secret(s) => validate_secret(s, &mut e),
        Object::StatefulSet(s) => {
            validate_replicas(s.spec.replicas, &mut e);
            validate_selector(&s.spec.selector, &s.spec.template, "statefulset", &mut e);
        }
        Object::PersistentVolumeClaim(p) => {
            if p.spec.access_modes.is_empty() {
                e.push(FieldError::required_msg(
                    "spec.accessModes",
                    "at least 1 access mode is required",
                ));
            }
            if !p.spec.resources.requests.contains_key("storage") {
                e.push(FieldError::required_msg("spec.resources[storage]", ""));
            }
        }
        _ => {}
    }
    e
}

fn validate_meta(m: &ObjectMeta, name_rule: fn(&str) -> Option<String>, path: &str, e: &mut Errs) {
    if m.name.is_empty() && m.generate_name.is_empty() {
        e.push(FieldError::required(&format!("{path}.name")));
    } else if !m.name.is_empty() {
        if let Some(msg) = name_rule(&m.name) {
            e.push(FieldError::invalid(
                &format!("{path}.name"),
                v::quote(&m.name),
                msg,
            ));
        }
    }
    validate_labels(m, path, e);
}

fn validate_labels(m: &ObjectMeta, path: &str, e: &mut Errs) {
    for (k, val) in &m.labels {
        if let Some(msg) = v::label_key_error(k) {
            e.push(FieldError::invalid(
                &format!("{path}.labels"),
                v::quote(k),
                msg,
            ));
        }
        if let Some(msg) = v::label_value_error(val) {
            e.push(FieldError::invalid(
                &format!("{path}.labels"),
                v::quote(val),
                msg,
            ));
        }
    }
    for k in m.annotations.keys() {
        if let Some(msg) = v::label_key_error(k) {
            e.push(FieldError::invalid(
                &format!("{path}.annotations"),
                v::quote(k),
                msg,
            ));
        }
    }
}

fn go_map(m: &std::collections::BTreeMap<String, String>) -> String {
    let items: Vec<String> = m.iter().map(|(k, v)| format!("{k:?}:{v:?}")).collect();
    format!("map[string]string{{{}}}", items.join(", "))
}

fn validate_replicas(replicas: Option<i32>, e: &mut Errs) {
    if let Some(r) = replicas {
        if r < 0 {
            e.push(FieldError::invalid(
                "spec.replicas",
                r.to_string(),
                "must be greater than or equal to 0",
            ));
        } else if i64::from(r) > REPLICAS_MAX {
            e.push(FieldError::invalid(
                "spec.replicas",
                r.to_string(),
                format!("must be less than or equal to {REPLICAS_MAX} (the playground's capacity)"),
            ));
        }
    }
}

fn validate_selector_and_template(
    selector: &Option<super::selector::LabelSelector>,
    template: &PodTemplateSpec,
    kind: &str,
    e: &mut Errs,
) {
    validate_selector(selector, template, kind, e);
    validate_pod_spec(&template.spec, "spec.template.spec", &["Always"], e);
}

/// The selector is set and matches the template's labels. (A StatefulSet's
/// template is checked this far only: its claim templates add volumes.)
fn validate_selector(
    selector: &Option<super::selector::LabelSelector>,
    template: &PodTemplateSpec,
    kind: &str,
    e: &mut Errs,
) {
    match selector {
        None => e.push(FieldError::required("spec.selector")),
        Some(s) if s.is_empty() => e.push(FieldError::invalid(
            "spec.selector",
            "v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}",
            format!("empty selector is invalid for {kind}"),
        )),
        Some(s) => match s.to_selector() {
            Err(msg) => e.push(FieldError::invalid("spec.selector", "", msg)),
            Ok(sel) if !sel.matches(&template.metadata.labels) => e.push(FieldError::invalid(
                "spec.template.metadata.labels",
                go_map(&template.metadata.labels),
                "`selector` does not match template `labels`",
            )),
            Ok(_) => {}
        },
    }
    validate_labels(&template.metadata, "spec.template.metadata", e);
}

fn validate_deployment(d: &Deployment, e: &mut Errs) {
    validate_replicas(d.spec.replicas, e);
    validate_selector_and_template(&d.spec.selector, &d.spec.template, "deployment", e);
    let st = &d.spec.strategy;
    match st.type_.as_str() {
        "RollingUpdate" => {
            if let Some(ru) = &st.rolling_update {
                let surge =
                    check_int_or_pct(&ru.max_surge, "spec.strategy.rollingUpdate.maxSurge", e);
                let unav = check_int_or_pct(
                    &ru.max_unavailable,
                    "spec.strategy.rollingUpdate.maxUnavailable",
                    e,
                );
                if surge == Some(0) && unav == Some(0) {
                    e.push(FieldError::invalid(
                        "spec.strategy.rollingUpdate.maxUnavailable",
                        "0",
                        "may not be 0 when `maxSurge` is 0",
                    ));
                }
            }
        }
        "Recreate" => {
            if st.rolling_update.is_some() {
                e.push(FieldError::forbidden(
                    "spec.strategy.rollingUpdate",
                    "may not be specified when strategy `type` is 'Recreate'",
                ));
            }
        }
        other => e.push(FieldError::unsupported(
            "spec.strategy.type",
            other,
            &["Recreate", "RollingUpdate"],
        )),
    }
    if let Some(r) = d.spec.revision_history_limit.filter(|r| *r < 0) {
        e.push(FieldError::invalid(
            "spec.revisionHistoryLimit",
            r.to_string(),
            "must be greater than or equal to 0",
        ));
    }
    let min_ready = d.spec.min_ready_seconds.unwrap_or(0);
    if min_ready < 0 {
        e.push(FieldError::invalid(
            "spec.minReadySeconds",
            min_ready.to_string(),
            "must be greater than or equal to 0",
        ));
    }
    if let Some(p) = d.spec.progress_deadline_seconds {
        if p <= min_ready {
            e.push(FieldError::invalid(
                "spec.progressDeadlineSeconds",
                p.to_string(),
                "must be greater than minReadySeconds",
            ));
        }
    }
}

/// Checks an int-or-percent; returns its value when it is 0-able to compare.
fn check_int_or_pct(v: &Option<IntOrString>, path: &str, e: &mut Errs) -> Option<i64> {
    match v {
        None => None,
        Some(IntOrString::Int(i)) => {
            if *i < 0 {
                e.push(FieldError::invalid(
                    path,
                    i.to_string(),
                    "must be greater than or equal to 0",
                ));
            }
            Some(*i)
        }
        Some(IntOrString::Str(s)) => {
            match s.strip_suffix('%').and_then(|p| p.parse::<i64>().ok()) {
                None => {
                    e.push(FieldError::invalid(path, v::quote(s), "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')"));
                    None
                }
                Some(p) if p > 100 => {
                    e.push(FieldError::invalid(
                        path,
                        v::quote(s),
                        "must not be greater than 100%",
                    ));
                    None
                }
                Some(p) => Some(p),
            }
        }
    }
}

fn validate_replicaset(r: &ReplicaSet, e: &mut Errs) {
    validate_replicas(r.spec.replicas, e);
    validate_selector_and_template(&r.spec.selector, &r.spec.template, "replicaset", e);
}

fn validate_job_spec(s: &super::batch::JobSpec, path: &str, e: &mut Errs) {
    let counts = [
        ("parallelism", s.parallelism),
        ("completions", s.completions),
        ("backoffLimit", s.backoff_limit),
        ("ttlSecondsAfterFinished", s.ttl_seconds_after_finished),
    ];
    for (field, n) in counts {
        if let Some(n) = n.filter(|n| *n < 0) {
            e.push(FieldError::invalid(
                &format!("{path}.{field}"),
                n.to_string(),
                "must be greater than or equal to 0",
            ));
        }
    }
    if let Some(n) = s.active_deadline_seconds.filter(|n| *n <= 0) {
        e.push(FieldError::invalid(
            &format!("{path}.activeDeadlineSeconds"),
            n.to_string(),
            "must be greater than 0",
        ));
    }
    if i64::from(s.parallelism.unwrap_or(0)) > REPLICAS_MAX {
        e.push(FieldError::invalid(
            &format!("{path}.parallelism"),
            s.parallelism.unwrap_or(0).to_string(),
            format!("must be less than or equal to {REPLICAS_MAX} (the playground's capacity)"),
        ));
    }
    let t = &s.template;
    validate_labels(&t.metadata, &format!("{path}.template.metadata"), e);
    let spec_path = format!("{path}.template.spec");
    validate_pod_spec(&t.spec, &spec_path, &["OnFailure", "Never"], e);
}

fn validate_cronjob(c: &super::batch::CronJob, e: &mut Errs) {
    let s = &c.spec;
    if s.schedule.is_empty() {
        e.push(FieldError::required("spec.schedule"));
    } else if let Err(msg) = super::cron::Schedule::parse(&s.schedule) {
        e.push(FieldError::invalid(
            "spec.schedule",
            v::quote(&s.schedule),
            msg,
        ));
    }
    if let Some(z) = s.time_zone.as_deref() {
        if super::cron::zone_offset(z).is_none() {
            e.push(FieldError::invalid(
                "spec.timeZone",
                v::quote(z),
                format!("unknown time zone {z}"),
            ));
        }
    }
    let policy = s.concurrency_policy.as_str();
    if !["Allow", "Forbid", "Replace"].contains(&policy) {
        e.push(FieldError::unsupported(
            "spec.concurrencyPolicy",
            policy,
            &["Allow", "Forbid", "Replace"],
        ));
    }
    validate_job_spec(&s.job_template.spec, "spec.jobTemplate.spec", e);
}

fn validate_pod_spec(spec: &PodSpec, path: &str, policies: &[&str], e: &mut Errs) {
    if spec.containers.is_empty() {
        e.push(FieldError::required(&format!("{path}.containers")));
    }
    let volumes: Vec<&str> = spec.volumes.iter().map(|v| v.name.as_str()).collect();
    let mut names = Vec::new();
    for (i, c) in spec.containers.iter().enumerate() {
        let cp = format!("{path}.containers[{i}]");
        if !c.name.is_empty() && !first_time(&mut names, &c.name) {
            e.push(FieldError::duplicate(
                &format!("{cp}.name"),
                v::quote(&c.name),
            ));
        }
        validate_container(c, &cp, &volumes, e);
    }
    if !spec.restart_policy.is_empty() && !policies.contains(&spec.restart_policy.as_str()) {
        e.push(FieldError::unsupported(
            &format!("{path}.restartPolicy"),
            &spec.restart_policy,
            policies,
        ));
    }
    if let Some(g) = spec.termination_grace_period_seconds.filter(|g| *g < 0) {
        e.push(FieldError::invalid(
            &format!("{path}.terminationGracePeriodSeconds"),
            g.to_string(),
            "must be greater than or equal to 0",
        ));
    }
}

fn validate_container(c: &Container, cp: &str, volumes: &[&str], e: &mut Errs) {
    if c.name.is_empty() {
        e.push(FieldError::required(&format!("{cp}.name")));
    } else if let Some(msg) = v::dns_label_error(&c.name) {
        e.push(FieldError::invalid(
            &format!("{cp}.name"),
            v::quote(&c.name),
            msg,
        ));
    }
    if c.image.trim().is_empty() {
        e.push(FieldError::required(&format!("{cp}.image")));
    }
    for (j, p) in c.ports.iter().enumerate() {
        let pp = format!("{cp}.ports[{j}]");
        check_port_number(p.container_port, &format!("{pp}.containerPort"), e);
        check_protocol(&p.protocol, &format!("{pp}.protocol"), e);
        if !p.name.is_empty() {
            if let Some(msg) = v::port_name_error(&p.name) {
                e.push(FieldError::invalid(
                    &format!("{pp}.name"),
                    v::quote(&p.name),
                    msg,
                ));
            }
        }
    }
    for (kind, map) in [
        ("limits", &c.resources.limits),
        ("requests", &c.resources.requests),
    ] {
        for (res, q) in map {
            if !is_valid_quantity(&q.0) {
                e.push(FieldError::invalid(
                    &format!("{cp}.resources.{kind}[{res}]"),
                    v::quote(&q.0),
                    "must match the regex (\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?",
                ));
            }
        }
    }
    for (j, m) in c.volume_mounts.iter().enumerate() {
        if !volumes.contains(&m.name.as_str()) && !m.name.starts_with("kube-api-access-") {
            e.push(FieldError::not_found(
                &format!("{cp}.volumeMounts[{j}].name"),
                v::quote(&m.name),
            ));
        }
    }
    let policies = ["Always", "IfNotPresent", "Never"];
    if !c.image_pull_policy.is_empty() && !policies.contains(&c.image_pull_policy.as_str()) {
        e.push(FieldError::unsupported(
            &format!("{cp}.imagePullPolicy"),
            &c.image_pull_policy,
            &policies,
        ));
    }
}

fn validate_service(s: &Service, e: &mut Errs) {
    let types = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"];
    let ty = s.type_name();
    if !types.contains(&ty) {
        e.push(FieldError::unsupported("spec.type", ty, &types));
    }
    if s.spec.ports.is_empty() && ty != "ExternalName" && s.spec.cluster_ip != "None" {
        e.push(FieldError::required("spec.ports"));
    }
    let mut names = Vec::new();
    let many = s.spec.ports.len() > 1;
    for (i, p) in s.spec.ports.iter().enumerate() {
        validate_service_port(p, &format!("spec.ports[{i}]"), many, ty, &mut names, e);
    }
    for (i, ip) in s.spec.external_ips.iter().enumerate() {
        if !v::is_ipv4(ip) {
            e.push(FieldError::invalid(
                &format!("spec.externalIPs[{i}]"),
                v::quote(ip),
                "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)",
            ));
        }
    }
    if let Some(sel) = &s.spec.selector {
        let meta = ObjectMeta {
            labels: sel.clone(),
            ..ObjectMeta::default()
        };
        let mut sub = Vec::new();
        validate_labels(&meta, "spec.selector", &mut sub);
        for mut err in sub {
            err.path = "spec.selector".into();
            e.push(err);
        }
    }
}

/// Notes `name` among the names seen so far; false if it was there. (A
/// list: specs have few names, and a set of `&str` would be a B-tree type
/// of its own in the wasm.)
fn first_time<'a>(seen: &mut Vec<&'a str>, name: &'a str) -> bool {
    if seen.contains(&name) {
        return false;
    }
    seen.push(name);
    true
}

/// One entry of `spec.ports`.
fn validate_service_port<'a>(
    p: &'a crate::api::ServicePort,
    pp: &str,
    many: bool,
    ty: &str,
    names: &mut Vec<&'a str>,
    e: &mut Errs,
) {
    if many && p.name.is_empty() {
        e.push(FieldError::required(&format!("{pp}.name")));
    } else if !p.name.is_empty() && !first_time(names, &p.name) {
        e.push(FieldError::duplicate(
            &format!("{pp}.name"),
            v::quote(&p.name),
        ));
    }
    check_port_number(p.port, &format!("{pp}.port"), e);
    check_protocol(&p.protocol, &format!("{pp}.protocol"), e);
    match &p.target_port {
        Some(IntOrString::Int(t)) => check_port_number(*t, &format!("{pp}.targetPort"), e),
        Some(IntOrString::Str(t)) => {
            if let Some(msg) = v::port_name_error(t) {
                e.push(FieldError::invalid(
                    &format!("{pp}.targetPort"),
                    v::quote(t),
                    msg,
                ));
            }
        }
        _ => {}
    }
    if p.node_port != 0 {
        if ty == "ClusterIP" {
            e.push(FieldError::forbidden(
                &format!("{pp}.nodePort"),
                "may not be used when `type` is 'ClusterIP'",
            ));
        } else if !(30000..=32767).contains(&p.node_port) {
            e.push(FieldError::invalid(
                &format!("{pp}.nodePort"),
                p.node_port.to_string(),
                "provided port is not in the valid range. The range of valid ports is 30000-32767",
            ));
        }
    }
}

/// A port number (container, service or target port) is 1–65535.
fn check_port_number(n: impl Into<i64>, path: &str, e: &mut Errs) {
    let n: i64 = n.into();
    if !(1..=65535).contains(&n) {
        e.push(FieldError::invalid(
            path,
            n.to_string(),
            "must be between 1 and 65535, inclusive",
        ));
    }
}

/// A port's protocol, when given, is one the apiserver knows.
fn check_protocol(protocol: &str, path: &str, e: &mut Errs) {
    const PROTOCOLS: [&str; 3] = ["SCTP", "TCP", "UDP"];
    if !protocol.is_empty() && !PROTOCOLS.contains(&protocol) {
        e.push(FieldError::unsupported(path, protocol, &PROTOCOLS));
    }
}

fn validate_configmap(c: &ConfigMap, e: &mut Errs) {
    let mut total = 0usize;
    for (k, val) in c.data.iter().chain(c.binary_data.iter()) {
        total += k.len() + val.len();
        check_data_key(k, e);
    }
    if total > CONFIGMAP_BYTES_MAX {
        e.push(FieldError {
            path: "[]".into(),
            kind: super::validation::FieldErrorKind::TooLong(format!(
                "must have at most {CONFIGMAP_BYTES_MAX} bytes"
            )),
        });
    }
}

/// The keys each Secret type requires (any one of a basic-auth pair).
const SECRET_KEYS: [(&str, &[&str]); 5] = [
    ("kubernetes.io/tls", &["tls.crt", "tls.key"]),
    ("kubernetes.io/dockerconfigjson", &[".dockerconfigjson"]),
    ("kubernetes.io/dockercfg", &[".dockercfg"]),
    ("kubernetes.io/ssh-auth", &["ssh-privatekey"]),
    ("kubernetes.io/basic-auth", &["username", "password"]),
];

fn validate_secret(s: &Secret, e: &mut Errs) {
    let mut total = 0usize;
    for (k, val) in &s.data {
        total += val.len() / 4 * 3;
        check_data_key(k, e);
    }
    if total > CONFIGMAP_BYTES_MAX {
        e.push(FieldError {
            path: "data".into(),
            kind: super::validation::FieldErrorKind::TooLong(format!(
                "must have at most {CONFIGMAP_BYTES_MAX} bytes"
            )),
        });
    }
    if s.type_ == "kubernetes.io/service-account-token"
        && s.metadata
            .annotations
            .get("kubernetes.io/service-account.name")
            .is_none_or(String::is_empty)
    {
        e.push(FieldError::required(
            "metadata.annotations[kubernetes.io/service-account.name]",
        ));
    }
    let Some((ty, keys)) = SECRET_KEYS.iter().find(|(t, _)| *t == s.type_) else {
        return;
    };
    if ty.ends_with("basic-auth") && keys.iter().any(|k| s.data.contains_key(*k)) {
        return;
    }
    for k in keys.iter().filter(|k| !s.data.contains_key(**k)) {
        e.push(FieldError::required(&format!("data[{k}]")));
    }
}

/// A ConfigMap or Secret key: alphanumerics, '-', '_' or '.'.
fn check_data_key(k: &str, e: &mut Errs) {
    for msg in config_key_errors(k) {
        e.push(FieldError::invalid(&format!("data[{k}]"), v::quote(k), msg));
    }
}

/// The apiserver's `IsConfigMapKey` messages for `k`.
pub fn config_key_errors(k: &str) -> Vec<&'static str> {
    let mut errs = Vec::new();
    if k.len() > 253 {
        errs.push("must be no more than 253 characters");
    }
    if k.is_empty()
        || !k
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._".contains(c))
    {
        errs.push("a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')");
    }
    match k {
        "." => errs.push("must not be '.'"),
        ".." => errs.push("must not be '..'"),
        _ if k.starts_with("..") => errs.push("must not start with '..'"),
        _ => {}
    }
    errs
}
