//! The StatefulSet controller (after `pkg/controller/statefulset`): keeps
//! a ControllerRevision per template (`web-<hash>`, revision numbers
//! ascending, old ones trimmed to `revisionHistoryLimit`), creates pods
//! `NAME-0`, `NAME-1`, … with their claims (`TEMPLATE-NAME-0`, kept when
//! the pod or the set goes), asks [`plan`] what to create or delete this
//! round, records kubectl's events (`create Claim www-web-0 Pod web-0 in
//! StatefulSet web success`, `create Pod web-0 in StatefulSet web
//! successful`, `delete Pod …`) and writes status once.

pub mod plan;

use crate::api::statefulset::{ordinal, ControllerRevision, StatefulSet, StatefulSetStatus};
use crate::api::storage::PersistentVolumeClaim;
use crate::api::{ObjectMeta, Pod, PodTemplateSpec};
use crate::engine::events::{reference, Note};
use crate::engine::limits::{CLAIM_TEMPLATES_MAX, POD_BURST_MAX};
use crate::engine::store::Key;
use crate::engine::Cluster;
use crate::json::{FromJson, ToJson};
use serde_json::{json, Value};

use super::pod_control::controller_ref;
use plan::{Input, Slot, Step};

const COMPONENT: &str = "statefulset-controller";
/// The pod label naming its revision.
pub const REVISION_LABEL: &str = "controller-revision-hash";

fn note(c: &mut Cluster, sts: &StatefulSet, type_: &str, reason: &str, message: String) {
    let n = Note {
        type_,
        reason,
        message,
        component: COMPONENT,
        host: "",
    };
    c.record(reference(sts, ""), n);
}

/// The template a revision restores (its data without `$patch`).
pub fn revision_template(r: &ControllerRevision) -> Option<PodTemplateSpec> {
    let mut t = r.data.get("spec")?.get("template")?.clone();
    t.as_object_mut()?.remove("$patch");
    PodTemplateSpec::from_json(&t).ok()
}

/// The set's revisions, oldest first.
fn revisions(c: &Cluster, sts: &StatefulSet) -> Vec<ControllerRevision> {
    let uid = &sts.metadata.uid;
    let mut out: Vec<ControllerRevision> = c
        .store
        .revisions()
        .list(Some(&sts.metadata.namespace))
        .filter(|r| r.metadata.controller_ref().is_some_and(|o| o.uid == *uid))
        .cloned()
        .collect();
    crate::sorting::sort_by_key(&mut out, |r| r.revision);
    out
}

/// The revision of the set's template: found (and made the newest if it
/// was an older one: a rollback) or created.
fn update_revision(c: &mut Cluster, sts: &StatefulSet, history: &[ControllerRevision]) -> String {
    let mut template = sts.spec.template.to_json();
    if let Some(m) = template.as_object_mut() {
        m.insert("$patch".into(), "replace".into());
    }
    let data = json!({ "spec": { "template": template } });
    let newest = history.last().map_or(0, |r| r.revision);
    if let Some(r) = history.iter().find(|r| r.data == data) {
        if r.revision != newest {
            let mut r = r.clone();
            r.revision = newest + 1;
            c.put(r);
        }
        return r.metadata.name.clone();
    }
    let hash = super::deployment::template_hash(&sts.spec.template, sts.status.collision_count);
    let mut meta = ObjectMeta::named(
        &sts.metadata.namespace,
        &format!("{}-{hash}", sts.metadata.name),
    );
    meta.labels = sts.spec.template.metadata.labels.clone();
    meta.labels
        .insert("controller.kubernetes.io/hash".into(), hash);
    meta.annotations = sts.metadata.annotations.clone();
    meta.annotations
        .remove("kubectl.kubernetes.io/last-applied-configuration");
    meta.owner_references = vec![controller_ref(sts)];
    let name = meta.name.clone();
    let r = ControllerRevision {
        metadata: meta,
        data,
        revision: newest + 1,
        ..ControllerRevision::default()
    };
    let _ = c.create_inner(&sts.metadata.namespace, r);
    name
}

/// The pod at `ordinal` from `template`, labelled with its revision.
fn new_pod(sts: &StatefulSet, template: &PodTemplateSpec, ordinal: i32, revision: &str) -> Pod {
    let name = format!("{}-{ordinal}", sts.metadata.name);
    let mut meta = ObjectMeta {
        name: name.clone(),
        labels: template.metadata.labels.clone(),
        annotations: template.metadata.annotations.clone(),
        owner_references: vec![controller_ref(sts)],
        ..ObjectMeta::default()
    };
    for (k, v) in [
        ("apps.kubernetes.io/pod-index", ordinal.to_string()),
        (REVISION_LABEL, revision.to_string()),
        ("statefulset.kubernetes.io/pod-name", name.clone()),
    ] {
        meta.labels.insert(k.into(), v);
    }
    let mut spec = template.spec.clone();
    spec.hostname = name.clone();
    if !sts.spec.service_name.is_empty() {
        let subdomain = Value::String(sts.spec.service_name.clone());
        spec.other.insert("subdomain".into(), subdomain);
    }
    let mut volumes: Vec<crate::api::pod::Volume> = sts
        .spec
        .volume_claim_templates
        .iter()
        .take(CLAIM_TEMPLATES_MAX)
        .map(|t| {
            let mut v = crate::api::pod::Volume {
                name: t.metadata.name.clone(),
                ..Default::default()
            };
            let claim = format!("{}-{name}", t.metadata.name);
            v.other.insert(
                "persistentVolumeClaim".into(),
                json!({ "claimName": claim }),
            );
            v
        })
        .collect();
    spec.volumes
        .retain(|v| !volumes.iter().any(|c| c.name == v.name));
    volumes.append(&mut spec.volumes);
    spec.volumes = volumes;
    Pod {
        metadata: meta,
        spec,
        ..Pod::default()
    }
}

/// Creates the pod's missing claims, then the pod.
fn create(c: &mut Cluster, sts: &StatefulSet, pod: Pod) {
    let ns = sts.metadata.namespace.clone();
    let set = sts.metadata.name.clone();
    let pod_name = pod.metadata.name.clone();
    for t in sts
        .spec
        .volume_claim_templates
        .iter()
        .take(CLAIM_TEMPLATES_MAX)
    {
        let claim = format!("{}-{pod_name}", t.metadata.name);
        if c.store.claims().get(&ns, &claim).is_some() {
            continue;
        }
        let mut pvc: PersistentVolumeClaim = t.clone();
        pvc.metadata = ObjectMeta::named(&ns, &claim);
        pvc.metadata.labels = t.metadata.labels.clone();
        pvc.metadata.annotations = t.metadata.annotations.clone();
        let selector = sts.spec.selector.as_ref().map(|s| s.match_labels.clone());
        pvc.metadata.labels.extend(selector.unwrap_or_default());
        pvc.status = Default::default();
        let (type_, message) = match c.create_inner(&ns, pvc) {
            Ok(_) => ("Normal", format!("create Claim {claim} Pod {pod_name} in StatefulSet {set} success")),
            Err(e) => ("Warning", format!("create Claim {claim} for Pod {pod_name} in StatefulSet {set} failed error: {e}")),
        };
        let reason = if type_ == "Normal" {
            "SuccessfulCreate"
        } else {
            "FailedCreate"
        };
        note(c, sts, type_, reason, message);
        if type_ != "Normal" {
            return;
        }
    }
    let (type_, reason, message) = match c.create_inner(&ns, pod) {
        Ok(_) => (
            "Normal",
            "SuccessfulCreate",
            format!("create Pod {pod_name} in StatefulSet {set} successful"),
        ),
        Err(e) => (
            "Warning",
            "FailedCreate",
            format!("create Pod {pod_name} in StatefulSet {set} failed error: {e}"),
        ),
    };
    note(c, sts, type_, reason, message);
}

pub fn sync(c: &mut Cluster, key: &Key) {
    let Some(sts) = c.store.statefulsets().get(&key.0, &key.1).cloned() else {
        return;
    };
    if sts.metadata.deletion_timestamp.is_some() {
        return;
    }
    let history = revisions(c, &sts);
    let update = update_revision(c, &sts, &history);
    let history = revisions(c, &sts);
    let current = Some(sts.status.current_revision.clone())
        .filter(|r| history.iter().any(|h| h.metadata.name == *r))
        .unwrap_or_else(|| update.clone());
    let name = sts.metadata.name.clone();
    let pods: Vec<Pod> = c
        .store
        .pods_owned_by(&sts.metadata.uid)
        .into_iter()
        .filter(|p| ordinal(&name, &p.metadata.name).is_some())
        .cloned()
        .collect();
    let revision_of = |p: &Pod| {
        p.metadata
            .labels
            .get(REVISION_LABEL)
            .cloned()
            .unwrap_or_default()
    };
    let slots: Vec<Slot> = pods
        .iter()
        .map(|p| Slot {
            ordinal: ordinal(&name, &p.metadata.name).unwrap_or(-1),
            failed: p.status.phase == "Failed" || p.status.phase == "Succeeded",
            terminating: p.metadata.deletion_timestamp.is_some(),
            healthy: p.status.phase == "Running"
                && p.is_ready()
                && p.metadata.deletion_timestamp.is_none(),
            updated: revision_of(p) == update,
        })
        .collect();
    let replicas = sts.spec.replicas.unwrap_or(1);
    let rolling = sts.spec.update_strategy.type_ == "RollingUpdate";
    let partition = sts.spec.partition();
    let steps = plan::plan(&Input {
        replicas,
        parallel: sts.spec.pod_management_policy == "Parallel",
        rolling,
        partition,
        pods: &slots,
    });
    // Bounded per round; the new pods' events bring the set back for more.
    for step in steps.into_iter().take(POD_BURST_MAX) {
        match step {
            Step::Create(ord) => {
                let (rev, template) = if rolling && ord < partition {
                    let t = history
                        .iter()
                        .find(|h| h.metadata.name == current)
                        .and_then(revision_template);
                    (
                        current.clone(),
                        t.unwrap_or_else(|| sts.spec.template.clone()),
                    )
                } else {
                    (update.clone(), sts.spec.template.clone())
                };
                create(c, &sts, new_pod(&sts, &template, ord, &rev));
            }
            Step::Delete(ord) => {
                let pod = format!("{name}-{ord}");
                if c.delete_pod(&key.0, &pod, None).is_ok() {
                    note(
                        c,
                        &sts,
                        "Normal",
                        "SuccessfulDelete",
                        format!("delete Pod {pod} in StatefulSet {name} successful"),
                    );
                }
            }
        }
    }
    write_status(c, &sts, current, update);
    trim_history(c, &sts);
}

/// `computeReplicaStatus`, and a finished rolling update makes the update
/// revision current.
fn write_status(c: &mut Cluster, sts: &StatefulSet, current: String, update: String) {
    let name = &sts.metadata.name;
    let mut st = StatefulSetStatus {
        collision_count: Some(sts.status.collision_count.unwrap_or(0)),
        observed_generation: sts.metadata.generation,
        current_revision: current,
        update_revision: update,
        ..StatefulSetStatus::default()
    };
    for p in c.store.pods_owned_by(&sts.metadata.uid) {
        if ordinal(name, &p.metadata.name).is_none() {
            continue;
        }
        st.replicas += 1;
        if p.status.phase == "Running" && p.is_ready() {
            st.ready_replicas += 1;
            st.available_replicas += 1;
        }
        if p.metadata.deletion_timestamp.is_none() {
            let rev = p
                .metadata
                .labels
                .get(REVISION_LABEL)
                .map_or("", String::as_str);
            st.current_replicas += i32::from(rev == st.current_revision);
            st.updated_replicas += i32::from(rev == st.update_revision);
        }
    }
    let done = st.updated_replicas == st.replicas && st.ready_replicas == st.replicas;
    if sts.spec.update_strategy.type_ == "RollingUpdate" && done {
        st.current_replicas = st.updated_replicas;
        st.current_revision = st.update_revision.clone();
    }
    if st != sts.status {
        if let Some(mut fresh) = c
            .store
            .statefulsets()
            .get(&sts.metadata.namespace, name)
            .cloned()
        {
            fresh.status = st;
            c.put(fresh);
        }
    }
}

/// Deletes the oldest revisions beyond `revisionHistoryLimit` that no pod,
/// nor the current or update revision, uses.
fn trim_history(c: &mut Cluster, sts: &StatefulSet) {
    let Some(fresh) = c
        .store
        .statefulsets()
        .get(&sts.metadata.namespace, &sts.metadata.name)
    else {
        return;
    };
    let mut live = vec![
        fresh.status.current_revision.clone(),
        fresh.status.update_revision.clone(),
    ];
    live.extend(
        c.store
            .pods_owned_by(&sts.metadata.uid)
            .iter()
            .filter_map(|p| p.metadata.labels.get(REVISION_LABEL).cloned()),
    );
    let limit = usize::try_from(fresh.spec.revision_history_limit.unwrap_or(10)).unwrap_or(0);
    let old: Vec<String> = revisions(c, sts)
        .into_iter()
        .map(|r| r.metadata.name)
        .filter(|n| !live.contains(n))
        .collect();
    let extra = old.len().saturating_sub(limit);
    for n in old.into_iter().take(extra) {
        c.remove_object(
            crate::api::Kind::ControllerRevision,
            &sts.metadata.namespace,
            &n,
        );
    }
}
