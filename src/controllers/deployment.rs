//! The Deployment controller (after `pkg/controller/deployment`):
//! a dispatcher — paused? scaling event? else roll out by strategy — over
//! the ReplicaSets the Deployment owns. Phases live in their own files:
//! [`rolling`], [`recreate`], [`scaling`] (proportional scaling, cleanup)
//! and [`progress`] (status and conditions); their arithmetic is the pure
//! [`plan`], applied step by step by [`apply`]. This file finds or creates
//! the new ReplicaSet and keeps revisions in step.
//!
//! Names: a new ReplicaSet is `<deployment>-<pod-template-hash>`, the hash
//! being FNV-32a over the pod template (plus the collision count), printed
//! with the apimachinery "safe" alphabet, as `controller.ComputeHash` does.

pub mod plan;
pub mod progress;
pub mod recreate;
pub mod rolling;
pub mod scaling;

use super::pod_control::controller_ref;
use crate::api::workload::{
    DESIRED_REPLICAS_ANNOTATION, MAX_REPLICAS_ANNOTATION, REVISION_ANNOTATION,
};
use crate::api::{Deployment, LabelSelector, ObjectMeta, PodTemplateSpec, ReplicaSet, Selector};
use crate::engine::changes::Change;
use crate::engine::events::{reference, Note};
use crate::engine::queries::same_template;
use crate::engine::store::Key;
use crate::engine::Cluster;
use crate::json::ToJson;

const HASH_LABEL: &str = "pod-template-hash";
const REVISION_HISTORY_ANNOTATION: &str = "deployment.kubernetes.io/revision-history";
/// Collision retries when a hash-named ReplicaSet with another template exists.
const HASH_COLLISIONS_MAX: i32 = 8;

pub fn sync(c: &mut Cluster, key: &Key) {
    let Some(d) = c.store.deployments().get(&key.0, &key.1).cloned() else {
        // Gone: its pending deadline check goes too.
        if let Some(handle) = c.rt.deadline_timers.remove(key) {
            c.timers.cancel(handle);
        }
        return;
    };
    if d.metadata.deletion_timestamp.is_some() {
        return;
    }
    let Some(Ok(sel)) = d.spec.selector.as_ref().map(LabelSelector::to_selector) else {
        return;
    };
    if sel.is_empty() {
        return;
    }
    let rs_list = claim_replicasets(c, &d, &sel);
    let d = progress::check_paused_conditions(c, d);
    if d.spec.paused {
        scaling::sync(c, d, rs_list);
        return;
    }
    if scaling::is_scaling_event(&d, &rs_list) {
        scaling::sync(c, d, rs_list);
        return;
    }
    if d.spec.strategy.type_ == "Recreate" {
        recreate::rollout(c, d, rs_list);
    } else {
        rolling::rollout(c, d, rs_list);
    }
}

/// The ReplicaSets this Deployment controls, after adopting matching
/// orphans and releasing ones whose labels no longer match.
fn claim_replicasets(c: &mut Cluster, d: &Deployment, sel: &Selector) -> Vec<ReplicaSet> {
    let ns = d.metadata.namespace.clone();
    let candidates: Vec<ReplicaSet> = c.store.replicasets().list(Some(&ns)).cloned().collect();
    let mut owned = Vec::new();
    for mut rs in candidates {
        let ctrl = rs.metadata.controller_ref().map(|r| r.uid.clone());
        let matches = sel.matches(&rs.metadata.labels);
        match ctrl {
            Some(uid) if uid == d.metadata.uid => {
                if matches {
                    owned.push(rs);
                } else {
                    rs.metadata
                        .owner_references
                        .retain(|r| r.uid != d.metadata.uid);
                    c.put(rs);
                }
            }
            None if matches && rs.metadata.deletion_timestamp.is_none() => {
                rs.metadata.owner_references.push(controller_ref(d));
                owned.push(c.put(rs));
            }
            _ => {}
        }
    }
    owned
}

/// `pod-template-hash` of a template: FNV-32a over its JSON (and the
/// collision count), as decimal digits mapped through
/// `bcdfghjklmnpqrstvwxz2456789` — so only `456789bcdf` appear.
pub fn template_hash(t: &PodTemplateSpec, collision: Option<i32>) -> String {
    let mut h: u32 = 0x811c_9dc5;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            h ^= u32::from(*b);
            h = h.wrapping_mul(0x0100_0193);
        }
    };
    let mut text = String::new();
    t.write_json(&mut text);
    feed(text.as_bytes());
    if let Some(n) = collision {
        feed(&n.to_le_bytes());
    }
    const ALPHANUMS: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
    h.to_string()
        .bytes()
        .map(|b| char::from(*ALPHANUMS.get(usize::from(b) % 27).unwrap_or(&b'x')))
        .collect()
}

fn sort_by_age(list: &mut [ReplicaSet]) {
    crate::sorting::sort_by(list, |a, b| {
        (a.metadata.creation_timestamp, &a.metadata.name)
            .cmp(&(b.metadata.creation_timestamp, &b.metadata.name))
    });
}

/// Splits into (new RS, old RSs), creating the new one when asked, and
/// syncs revision annotations (`getAllReplicaSetsAndSyncRevision`).
/// Returns the Deployment as updated.
pub(crate) fn get_all(
    c: &mut Cluster,
    d: Deployment,
    mut list: Vec<ReplicaSet>,
    create: bool,
) -> (Deployment, Option<ReplicaSet>, Vec<ReplicaSet>) {
    sort_by_age(&mut list);
    let pos = list
        .iter()
        .position(|rs| same_template(&rs.spec.template, &d.spec.template));
    let existing = pos.map(|i| list.remove(i));
    let olds = list;
    let max_old = olds.iter().map(ReplicaSet::revision).max().unwrap_or(0);
    let new_revision = max_old + 1;
    match existing {
        Some(rs) => {
            let (d, rs) = sync_existing_new(c, d, rs, new_revision);
            (d, Some(rs), olds)
        }
        None if create => {
            let (d, rs) = create_new(c, d, &olds, new_revision);
            (d, rs, olds)
        }
        None => (d, None, olds),
    }
}

fn copy_annotations(d: &Deployment, rs: &mut ReplicaSet) -> bool {
    let skip = [
        "kubectl.kubernetes.io/last-applied-configuration",
        REVISION_ANNOTATION,
        REVISION_HISTORY_ANNOTATION,
        DESIRED_REPLICAS_ANNOTATION,
        MAX_REPLICAS_ANNOTATION,
        "deprecated.deployment.rollback.to",
    ];
    let mut changed = false;
    for (k, v) in &d.metadata.annotations {
        if skip.contains(&k.as_str()) {
            continue;
        }
        if rs.metadata.annotations.get(k) != Some(v) {
            rs.metadata.annotations.insert(k.clone(), v.clone());
            changed = true;
        }
    }
    changed
}

fn sync_existing_new(
    c: &mut Cluster,
    d: Deployment,
    mut rs: ReplicaSet,
    new_revision: i64,
) -> (Deployment, ReplicaSet) {
    let mut changed = copy_annotations(&d, &mut rs);
    let old_rev = rs.revision();
    if old_rev < new_revision {
        if old_rev > 0 {
            let hist = rs
                .metadata
                .annotation(REVISION_HISTORY_ANNOTATION)
                .to_string();
            let hist = if hist.is_empty() {
                old_rev.to_string()
            } else {
                format!("{hist},{old_rev}")
            };
            rs.metadata
                .annotations
                .insert(REVISION_HISTORY_ANNOTATION.into(), hist);
            let key = (d.metadata.namespace.clone(), d.metadata.name.clone());
            *c.rt.rollbacks.entry(key).or_default() += 1;
            let at = c.now_ms();
            c.changes.push(
                at,
                Change::RolledBack {
                    namespace: d.metadata.namespace.clone(),
                    name: d.metadata.name.clone(),
                    revision: new_revision,
                },
            );
        }
        rs.metadata
            .annotations
            .insert(REVISION_ANNOTATION.into(), new_revision.to_string());
        changed = true;
    }
    if rs.spec.min_ready_seconds != d.spec.min_ready_seconds {
        rs.spec.min_ready_seconds = d.spec.min_ready_seconds;
        changed = true;
    }
    if changed {
        rs = c.put(rs);
    }
    let revision = rs.revision();
    let d = progress::set_revision_and_found(c, d, revision, &rs.metadata.name);
    (d, rs)
}

fn create_new(
    c: &mut Cluster,
    mut d: Deployment,
    olds: &[ReplicaSet],
    revision: i64,
) -> (Deployment, Option<ReplicaSet>) {
    for _ in 0..HASH_COLLISIONS_MAX {
        let hash = template_hash(&d.spec.template, d.status.collision_count);
        let name = format!("{}-{hash}", d.metadata.name);
        let ns = d.metadata.namespace.clone();
        if let Some(clash) = c.store.replicasets().get(&ns, &name) {
            if clash
                .metadata
                .controller_ref()
                .is_some_and(|r| r.uid == d.metadata.uid)
                && same_template(&clash.spec.template, &d.spec.template)
            {
                let rs = clash.clone();
                let (d, rs) = sync_existing_new(c, d, rs, revision);
                return (d, Some(rs));
            }
            // A hash collision: bump the count, as the controller does, and retry.
            d.status.collision_count = Some(d.status.collision_count.unwrap_or(0) + 1);
            d = c.put(d);
            continue;
        }
        let mut template = d.spec.template.clone();
        template
            .metadata
            .labels
            .insert(HASH_LABEL.into(), hash.clone());
        let mut selector = d.spec.selector.clone().unwrap_or_default();
        selector.match_labels.insert(HASH_LABEL.into(), hash);
        let mut rs = ReplicaSet {
            metadata: ObjectMeta {
                name,
                namespace: ns.clone(),
                labels: template.metadata.labels.clone(),
                owner_references: vec![controller_ref(&d)],
                ..ObjectMeta::default()
            },
            ..ReplicaSet::default()
        };
        rs.spec.min_ready_seconds = d.spec.min_ready_seconds;
        rs.spec.selector = Some(selector);
        rs.spec.template = template;
        let mut all: Vec<ReplicaSet> = olds.to_vec();
        rs.spec.replicas = Some(0);
        all.push(rs.clone());
        let size = rolling::new_rs_new_replicas(&d, &all, &rs);
        rs.spec.replicas = Some(size);
        copy_annotations(&d, &mut rs);
        rs.metadata
            .annotations
            .insert(REVISION_ANNOTATION.into(), revision.to_string());
        set_replicas_annotations(&d, &mut rs);
        let rs = match c.create_inner(&ns, rs) {
            Ok(rs) => rs,
            Err(_) => return (d, None),
        };
        if size > 0 {
            scaled_event(c, &d, &rs.metadata.name, 0, size);
        }
        let msg = format!("Created new replica set \"{}\"", rs.metadata.name);
        let d = progress::set_revision_and_created(c, d, revision, &msg);
        return (d, Some(rs));
    }
    (d, None)
}

/// Sets desired/max replicas annotations; true when they changed.
fn set_replicas_annotations(d: &Deployment, rs: &mut ReplicaSet) -> bool {
    let (surge, _) = d.fenceposts();
    let desired = d.replicas().to_string();
    let max = (i64::from(d.replicas()) + surge).to_string();
    let a = &mut rs.metadata.annotations;
    let changed = a.get(DESIRED_REPLICAS_ANNOTATION) != Some(&desired)
        || a.get(MAX_REPLICAS_ANNOTATION) != Some(&max);
    a.insert(DESIRED_REPLICAS_ANNOTATION.into(), desired);
    a.insert(MAX_REPLICAS_ANNOTATION.into(), max);
    changed
}

fn scaled_event(c: &mut Cluster, d: &Deployment, rs_name: &str, from: i32, to: i32) {
    let dir = if to > from { "up" } else { "down" };
    c.record(
        reference(d, ""),
        Note {
            type_: "Normal",
            reason: "ScalingReplicaSet",
            message: format!("Scaled {dir} replica set {rs_name} from {from} to {to}"),
            component: "deployment-controller",
            host: "",
        },
    );
}

/// Scales `rs` to `size` (`scaleReplicaSetAndRecordEvent`); true when the size changed.
pub(crate) fn scale_rs(c: &mut Cluster, d: &Deployment, rs: &mut ReplicaSet, size: i32) -> bool {
    let size = size.max(0);
    let from = rs.replicas();
    let size_changed = from != size;
    let ann_changed = set_replicas_annotations(d, rs);
    if !size_changed && !ann_changed {
        return false;
    }
    rs.spec.replicas = Some(size);
    *rs = c.put(rs.clone());
    if size_changed {
        scaled_event(c, d, &rs.metadata.name, from, size);
    }
    size_changed
}

/// Applies a plan's steps in order: one [`scale_rs`] write per step.
pub(crate) fn apply(
    c: &mut Cluster,
    d: &Deployment,
    mut new_rs: Option<&mut ReplicaSet>,
    olds: &mut [ReplicaSet],
    steps: &[(plan::Which, i32)],
) {
    for &(which, size) in steps {
        let rs = match which {
            plan::Which::New => new_rs.as_deref_mut(),
            plan::Which::Old(i) => olds.get_mut(i),
        };
        if let Some(rs) = rs {
            scale_rs(c, d, rs, size);
        }
    }
}
