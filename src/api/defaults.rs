//! Defaulting, as the apiserver applies it on every write: the values a
//! real cluster fills in (reference §5.6 and §7). Admission-time additions
//! that need the engine (service account volume, allocated IPs) are in
//! `engine/admission.rs`.

use super::object::Object;
use super::pod::{Container, PodSpec};
use super::quantity::IntOrString;
use super::service::Service;
use super::workload::{Deployment, ReplicaSet, RollingUpdate};

/// Fills in defaults for any kind.
pub fn apply_defaults(obj: &mut Object) {
    match obj {
        Object::Deployment(d) => default_deployment(d),
        Object::ReplicaSet(r) => default_replicaset(r),
        Object::DaemonSet(d) => default_daemonset(d),
        Object::Job(j) => default_job(&mut j.spec),
        Object::CronJob(c) => {
            let s = &mut c.spec;
            if s.concurrency_policy.is_empty() {
                s.concurrency_policy = "Allow".into();
            }
            s.suspend.get_or_insert(false);
            s.successful_jobs_history_limit.get_or_insert(3);
            s.failed_jobs_history_limit.get_or_insert(1);
            default_pod_spec(&mut s.job_template.spec.template.spec);
        }
        Object::Pod(p) => default_pod_spec(&mut p.spec),
        Object::StatefulSet(d) => default_stateful_set(&mut d.spec),
        Object::PersistentVolumeClaim(p) => default_claim(p),
        Object::PersistentVolume(p) => {
            let s = &mut p.spec;
            if s.persistent_volume_reclaim_policy.is_empty() {
                s.persistent_volume_reclaim_policy = "Retain".into();
            }
            s.volume_mode.get_or_insert_with(|| "Filesystem".into());
            if p.status.phase.is_empty() {
                p.status.phase = "Pending".into();
            }
        }
        Object::StorageClass(s) => {
            s.reclaim_policy.get_or_insert_with(|| "Delete".into());
            s.volume_binding_mode
                .get_or_insert_with(|| "Immediate".into());
        }
        Object::Service(s) => default_service(s),
        // The apiserver's conversion merges `stringData` over `data`.
        Object::Secret(s) => {
            for (k, v) in std::mem::take(&mut s.string_data) {
                s.data.insert(k, super::secret::base64(v.as_bytes()));
            }
            if s.type_.is_empty() {
                s.type_ = "Opaque".into();
            }
        }
        Object::Namespace(n) => {
            let name = n.metadata.name.clone();
            n.metadata
                .labels
                .insert("kubernetes.io/metadata.name".into(), name);
            if n.spec.finalizers.is_empty() {
                n.spec.finalizers.push("kubernetes".into());
            }
            if n.status.phase.is_empty() {
                n.status.phase = "Active".into();
            }
        }
        _ => {}
    }
}

fn default_deployment(d: &mut Deployment) {
    let s = &mut d.spec;
    s.replicas.get_or_insert(1);
    s.revision_history_limit.get_or_insert(10);
    s.progress_deadline_seconds.get_or_insert(600);
    if s.strategy.type_.is_empty() {
        s.strategy.type_ = "RollingUpdate".into();
    }
    if s.strategy.type_ == "RollingUpdate" {
        let ru = s
            .strategy
            .rolling_update
            .get_or_insert_with(RollingUpdate::default);
        ru.max_surge
            .get_or_insert_with(|| IntOrString::Str("25%".into()));
        ru.max_unavailable
            .get_or_insert_with(|| IntOrString::Str("25%".into()));
    }
    default_pod_spec(&mut s.template.spec);
}

fn default_replicaset(r: &mut ReplicaSet) {
    r.spec.replicas.get_or_insert(1);
    default_pod_spec(&mut r.spec.template.spec);
}

/// `SetDefaults_Job`: one pod at a time to one completion unless told
/// otherwise (a work queue — parallelism without completions — keeps
/// completions unset), six retries, NonIndexed, not suspended.
pub fn default_job(s: &mut super::batch::JobSpec) {
    if s.completions.is_none() && s.parallelism.is_none() {
        s.completions = Some(1);
    }
    s.parallelism.get_or_insert(1);
    s.backoff_limit.get_or_insert(6);
    s.completion_mode.get_or_insert_with(|| "NonIndexed".into());
    s.suspend.get_or_insert(false);
    s.manual_selector.get_or_insert(false);
    let replace = if s.pod_failure_policy.is_some() {
        "Failed"
    } else {
        "TerminatingOrFailed"
    };
    s.pod_replacement_policy
        .get_or_insert_with(|| replace.into());
    default_pod_spec(&mut s.template.spec);
}

/// A DaemonSet rolls one node at a time by default (maxUnavailable 1,
/// maxSurge 0) and keeps 10 old revisions.
fn default_daemonset(d: &mut super::daemonset::DaemonSet) {
    let s = &mut d.spec;
    s.revision_history_limit.get_or_insert(10);
    if s.update_strategy.type_.is_empty() {
        s.update_strategy.type_ = "RollingUpdate".into();
    }
    if s.update_strategy.type_ == "RollingUpdate" {
        let ru = s
            .update_strategy
            .rolling_update
            .get_or_insert_with(RollingUpdate::default);
        ru.max_surge.get_or_insert(IntOrString::Int(0));
        ru.max_unavailable.get_or_insert(IntOrString::Int(1));
    }
    default_pod_spec(&mut s.template.spec);
}

fn default_claim(p: &mut super::storage::PersistentVolumeClaim) {
    p.spec
        .volume_mode
        .get_or_insert_with(|| "Filesystem".into());
    if p.status.phase.is_empty() {
        p.status.phase = "Pending".into();
    }
}

/// `SetDefaults_StatefulSet`: one pod at a time, in order; rolling
/// updates from partition 0; claims kept when deleted or scaled down.
fn default_stateful_set(s: &mut super::statefulset::StatefulSetSpec) {
    if s.pod_management_policy.is_empty() {
        s.pod_management_policy = "OrderedReady".into();
    }
    s.replicas.get_or_insert(1);
    s.revision_history_limit.get_or_insert(10);
    if s.update_strategy.type_.is_empty() {
        s.update_strategy.type_ = "RollingUpdate".into();
    }
    if s.update_strategy.type_ == "RollingUpdate" {
        let ru = s
            .update_strategy
            .rolling_update
            .get_or_insert_with(|| serde_json::json!({}));
        if let Some(m) = ru.as_object_mut() {
            m.entry("partition").or_insert(0.into());
        }
    }
    s.persistent_volume_claim_retention_policy
        .get_or_insert_with(
            || serde_json::json!({"whenDeleted": "Retain", "whenScaled": "Retain"}),
        );
    for c in &mut s.volume_claim_templates {
        c.api_version = "v1".into();
        c.kind = "PersistentVolumeClaim".into();
        default_claim(c);
    }
    default_pod_spec(&mut s.template.spec);
}

/// Pod spec defaults shared by Pods and templates.
pub fn default_pod_spec(spec: &mut PodSpec) {
    for v in &mut spec.volumes {
        if let Some(h) = v.other.get_mut("hostPath").and_then(|h| h.as_object_mut()) {
            h.entry("type").or_insert("".into());
        }
    }
    if spec.dns_policy.is_empty() {
        spec.dns_policy = "ClusterFirst".into();
    }
    if spec.restart_policy.is_empty() {
        spec.restart_policy = "Always".into();
    }
    if spec.scheduler_name.is_empty() {
        spec.scheduler_name = "default-scheduler".into();
    }
    spec.security_context
        .get_or_insert_with(|| serde_json::Value::Object(Default::default()));
    spec.termination_grace_period_seconds.get_or_insert(30);
    for c in spec
        .containers
        .iter_mut()
        .chain(spec.init_containers.iter_mut())
    {
        default_container(c);
    }
}

fn default_container(c: &mut Container) {
    if c.image_pull_policy.is_empty() {
        c.image_pull_policy = default_pull_policy(&c.image).into();
    }
    if c.termination_message_path.is_empty() {
        c.termination_message_path = "/dev/termination-log".into();
    }
    if c.termination_message_policy.is_empty() {
        c.termination_message_policy = "File".into();
    }
    for p in &mut c.ports {
        if p.protocol.is_empty() {
            p.protocol = "TCP".into();
        }
    }
    for probe in [
        &mut c.readiness_probe,
        &mut c.liveness_probe,
        &mut c.startup_probe,
    ]
    .into_iter()
    .flatten()
    {
        probe.timeout_seconds.get_or_insert(1);
        probe.period_seconds.get_or_insert(10);
        probe.success_threshold.get_or_insert(1);
        probe.failure_threshold.get_or_insert(3);
        if let Some(h) = &mut probe.http_get {
            if h.scheme.is_empty() {
                h.scheme = "HTTP".into();
            }
        }
    }
}

/// `Always` for `:latest` or an untagged image, else `IfNotPresent`.
pub fn default_pull_policy(image: &str) -> &'static str {
    if image.contains('@') {
        return "IfNotPresent";
    }
    let last = image.rsplit('/').next().unwrap_or(image);
    match last.split_once(':') {
        Some((_, "latest")) | None => "Always",
        Some(_) => "IfNotPresent",
    }
}

fn default_service(s: &mut Service) {
    let spec = &mut s.spec;
    if spec.type_.is_empty() {
        spec.type_ = "ClusterIP".into();
    }
    if spec.session_affinity.is_empty() {
        spec.session_affinity = "None".into();
    }
    if spec.type_ != "ExternalName" {
        if spec.ip_families.is_empty() {
            spec.ip_families.push("IPv4".into());
        }
        if spec.ip_family_policy.is_empty() {
            spec.ip_family_policy = "SingleStack".into();
        }
        if spec.internal_traffic_policy.is_empty() {
            spec.internal_traffic_policy = "Cluster".into();
        }
    }
    let external = spec.type_ == "NodePort" || spec.type_ == "LoadBalancer";
    if external && spec.external_traffic_policy.is_empty() {
        spec.external_traffic_policy = "Cluster".into();
    }
    if spec.type_ == "LoadBalancer" {
        spec.allocate_load_balancer_node_ports.get_or_insert(true);
    }
    for p in &mut spec.ports {
        if p.protocol.is_empty() {
            p.protocol = "TCP".into();
        }
        if p.target_port.is_none() {
            p.target_port = Some(IntOrString::Int(i64::from(p.port)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pull_policy_depends_on_the_tag() {
        assert_eq!(default_pull_policy("nginx"), "Always");
        assert_eq!(default_pull_policy("nginx:latest"), "Always");
        assert_eq!(default_pull_policy("nginx:1.25"), "IfNotPresent");
        assert_eq!(default_pull_policy("localhost:5000/app"), "Always");
        assert_eq!(default_pull_policy("a/b@sha256:00"), "IfNotPresent");
    }
}
