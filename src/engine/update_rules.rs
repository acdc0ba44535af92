//! Rules of updates and pod creation the apiserver applies: which
//! fields a client cannot change (identity, status, immutable selectors,
//! most of a pod's spec), when `generation` moves, and a new pod's
//! initial status and QoS class.

use crate::api::object::{Kind, Object};
use crate::api::validation::FieldError;
use crate::api::{Pod, PodSpec};

pub(crate) fn has_generation(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Deployment | Kind::ReplicaSet | Kind::Pod | Kind::StatefulSet
    )
}

pub(crate) fn reset_pod_status(p: &mut Pod) {
    p.status = Default::default();
    p.status.phase = "Pending".into();
    p.status.qos_class = qos_class(&p.spec).into();
}

/// BestEffort without any request or limit; Guaranteed when every
/// container limits cpu and memory and requests equal limits; else Burstable.
pub fn qos_class(spec: &PodSpec) -> &'static str {
    let any = spec
        .containers
        .iter()
        .any(|c| !c.resources.limits.is_empty() || !c.resources.requests.is_empty());
    if !any {
        return "BestEffort";
    }
    let guaranteed = spec.containers.iter().all(|c| {
        let l = &c.resources.limits;
        let r = &c.resources.requests;
        ["cpu", "memory"].iter().all(|k| l.contains_key(*k))
            && r.iter().all(|(k, v)| l.get(k) == Some(v))
    });
    if guaranteed {
        "Guaranteed"
    } else {
        "Burstable"
    }
}

/// Copies what a client may not change: identity, timestamps, status.
pub(crate) fn keep_server_fields(o: &mut Object, old: &Object) {
    let om = old.meta().clone();
    let m = o.meta_mut();
    m.uid = om.uid;
    m.creation_timestamp = om.creation_timestamp;
    m.deletion_timestamp = om.deletion_timestamp;
    m.deletion_grace_period_seconds = om.deletion_grace_period_seconds;
    m.generation = om.generation;
    m.generate_name = om.generate_name;
    match (o, old) {
        (Object::Pod(a), Object::Pod(b)) => {
            a.status = b.status.clone();
            // Fields set at admission that an edited manifest may omit.
            if a.spec.node_name.is_empty() {
                a.spec.node_name = b.spec.node_name.clone();
            }
        }
        (Object::Deployment(a), Object::Deployment(b)) => a.status = b.status.clone(),
        (Object::ReplicaSet(a), Object::ReplicaSet(b)) => a.status = b.status.clone(),
        (Object::Service(a), Object::Service(b)) => {
            a.status = b.status.clone();
            // Changing the type to ClusterIP drops the node ports it had
            // (the apiserver's dropTypeDependentFields).
            if a.type_name() == "ClusterIP" && b.type_name() != "ClusterIP" {
                for p in &mut a.spec.ports {
                    if b.spec.ports.iter().any(|q| q.node_port == p.node_port) {
                        p.node_port = 0;
                    }
                }
            }
        }
        (Object::Node(a), Object::Node(b)) => a.status = b.status.clone(),
        (Object::Job(a), Object::Job(b)) => a.status = b.status.clone(),
        (Object::CronJob(a), Object::CronJob(b)) => a.status = b.status.clone(),
        (Object::Namespace(a), Object::Namespace(b)) => a.status = b.status.clone(),
        (Object::StatefulSet(a), Object::StatefulSet(b)) => a.status = b.status.clone(),
        (Object::PersistentVolumeClaim(a), Object::PersistentVolumeClaim(b)) => {
            a.status = b.status.clone()
        }
        (Object::PersistentVolume(a), Object::PersistentVolume(b)) => a.status = b.status.clone(),
        _ => {}
    }
}

pub(crate) fn spec_json(o: &Object) -> serde_json::Value {
    let mut v = o.to_json();
    if let Some(m) = v.as_object_mut() {
        m.remove("metadata");
        m.remove("status");
    }
    v
}

/// Field changes the apiserver refuses on update.
pub(crate) fn immutable_errors(new: &Object, old: &Object) -> Vec<FieldError> {
    let mut e = Vec::new();
    match (new, old) {
        (Object::Deployment(a), Object::Deployment(b)) if a.spec.selector != b.spec.selector => {
            e.push(selector_immutable(&a.spec.selector));
        }
        (Object::ReplicaSet(a), Object::ReplicaSet(b)) if a.spec.selector != b.spec.selector => {
            e.push(selector_immutable(&a.spec.selector));
        }
        (Object::StatefulSet(a), Object::StatefulSet(b)) => {
            let (mut a2, b2) = (a.spec.clone(), &b.spec);
            a2.replicas = b2.replicas;
            a2.ordinals = b2.ordinals.clone();
            a2.template = b2.template.clone();
            a2.update_strategy = b2.update_strategy.clone();
            a2.revision_history_limit = b2.revision_history_limit;
            a2.persistent_volume_claim_retention_policy =
                b2.persistent_volume_claim_retention_policy.clone();
            a2.min_ready_seconds = b2.min_ready_seconds;
            if a2 != *b2 {
                e.push(FieldError::forbidden("spec", "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden"));
            }
        }
        (Object::Pod(a), Object::Pod(b)) => {
            let mut a2 = a.spec.clone();
            for (ca, cb) in a2.containers.iter_mut().zip(&b.spec.containers) {
                ca.image = cb.image.clone();
            }
            a2.tolerations = b.spec.tolerations.clone();
            a2.termination_grace_period_seconds = b.spec.termination_grace_period_seconds;
            if a2 != b.spec {
                e.push(FieldError::forbidden(
                    "spec",
                    "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)",
                ));
            }
        }
        (Object::Service(a), Object::Service(b))
            if !a.spec.cluster_ip.is_empty() && a.spec.cluster_ip != b.spec.cluster_ip =>
        {
            e.push(FieldError::invalid(
                "spec.clusterIPs[0]",
                format!("{:?}", a.spec.cluster_ip),
                "may not change once set",
            ));
        }
        (Object::Secret(a), Object::Secret(b)) => {
            if a.type_ != b.type_ {
                let value = crate::api::validation::quote(&a.type_);
                e.push(FieldError::invalid("type", value, "field is immutable"));
            }
            let data = [("data", a.data != b.data)];
            locked(a.immutable, b.immutable, &data, &mut e);
        }
        (Object::ConfigMap(a), Object::ConfigMap(b)) => {
            let data = [
                ("data", a.data != b.data),
                ("binaryData", a.binary_data != b.binary_data),
            ];
            locked(a.immutable, b.immutable, &data, &mut e);
        }
        _ => {}
    }
    e
}

/// An `immutable: true` ConfigMap or Secret: it stays so, and its data fields do not change.
fn locked(new: Option<bool>, old: Option<bool>, changed: &[(&str, bool)], e: &mut Vec<FieldError>) {
    if old != Some(true) {
        return;
    }
    let why = "field is immutable when `immutable` is set";
    if new != Some(true) {
        e.push(FieldError::forbidden("immutable", why));
    }
    for (field, _) in changed.iter().filter(|(_, c)| *c) {
        e.push(FieldError::forbidden(field, why));
    }
}

fn selector_immutable(sel: &Option<crate::api::LabelSelector>) -> FieldError {
    let text = sel.as_ref().map_or("nil".to_string(), |s| {
        let labels: Vec<String> = s.match_labels.iter().map(|(k, v)| format!("{k:?}:{v:?}")).collect();
        format!(
            "v1.LabelSelector{{MatchLabels:map[string]string{{{}}}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}}",
            labels.join(", ")
        )
    });
    FieldError::invalid("spec.selector", text, "field is immutable")
}
