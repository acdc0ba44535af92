//! The PersistentVolume controller (binding claims to volumes, after
//! `pkg/controller/volume/persistentvolume`) and minikube's hostpath
//! provisioner (`k8s.io/minikube-hostpath`): a Pending claim is bound to
//! the smallest Available volume that fits, else a volume `pvc-<claim uid>`
//! is provisioned for it under `/tmp/hostpath-provisioner/NS/NAME` when its
//! class is provisioned by minikube. When a claim is deleted, its volume is
//! deleted (reclaim policy `Delete`, with its files) or `Released`.

use crate::api::quantity::{parse_bytes, Quantity};
use crate::api::storage::{
    PersistentVolume, PersistentVolumeClaim, VolumeSpec, VolumeStatus, HOSTPATH,
};
use crate::api::{Kind, ObjectMeta};
use crate::engine::events::{reference, Note};
use crate::engine::store::Key;
use crate::engine::Cluster;
use serde_json::json;

fn note<T: crate::api::Resource>(
    c: &mut Cluster,
    obj: &T,
    type_: &str,
    reason: &str,
    message: String,
    component: &str,
) {
    let n = Note {
        type_,
        reason,
        message,
        component,
        host: "",
    };
    c.record(reference(obj, ""), n);
}

fn storage(q: &std::collections::BTreeMap<String, Quantity>) -> u64 {
    q.get("storage")
        .and_then(|q| parse_bytes(&q.0))
        .unwrap_or(0)
}

pub fn sync_claim(c: &mut Cluster, key: &Key) {
    let Some(pvc) = c.store.claims().get(&key.0, &key.1).cloned() else {
        return;
    };
    if pvc.metadata.deletion_timestamp.is_some() {
        // Terminating while a pod mounted it: gone once none does.
        if c.pods_using_claim(&key.0, &key.1).is_empty() {
            let _ = c.delete_inner(
                Kind::PersistentVolumeClaim,
                &key.0,
                &key.1,
                Default::default(),
            );
        }
        return;
    }
    if pvc.status.phase == "Bound" {
        return;
    }
    let class = pvc.spec.storage_class_name.clone().unwrap_or_default();
    let want = storage(&pvc.spec.resources.requests);
    let fits = |pv: &PersistentVolume| {
        let s = &pv.spec;
        let claimed = s.claim_ref.as_ref().map(|r| {
            let f = |k: &str| r.get(k).and_then(|v| v.as_str()).unwrap_or("").to_string();
            (f("namespace"), f("name"))
        });
        pv.status.phase == "Available"
            && claimed.is_none_or(|k| k == *key)
            && s.storage_class_name == class
            && pvc
                .spec
                .access_modes
                .iter()
                .all(|m| s.access_modes.contains(m))
            && storage(&s.capacity) >= want
            && (pvc.spec.volume_name.is_empty() || pvc.spec.volume_name == pv.metadata.name)
    };
    let mut found: Vec<&PersistentVolume> =
        c.store.volumes().list(None).filter(|pv| fits(pv)).collect();
    crate::sorting::sort_by_key(&mut found, |pv| storage(&pv.spec.capacity));
    if let Some(pv) = found.first().map(|pv| (*pv).clone()) {
        bind(c, pvc, pv, false);
        return;
    }
    if class.is_empty() || !pvc.spec.volume_name.is_empty() {
        let message = "no persistent volumes available for this claim and no storage class is set";
        note(
            c,
            &pvc,
            "Normal",
            "FailedBinding",
            message.into(),
            "persistentvolume-controller",
        );
        return;
    }
    let provisioner = match c.store.storage_classes().get("", &class) {
        Some(sc) => sc.provisioner.clone(),
        None => {
            let message = format!("storageclass.storage.k8s.io \"{class}\" not found");
            note(
                c,
                &pvc,
                "Warning",
                "ProvisioningFailed",
                message,
                "persistentvolume-controller",
            );
            return;
        }
    };
    let message = format!("Waiting for a volume to be created either by the external provisioner '{provisioner}' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.");
    note(
        c,
        &pvc,
        "Normal",
        "ExternalProvisioning",
        message,
        "persistentvolume-controller",
    );
    if provisioner == HOSTPATH {
        provision(c, pvc);
    }
}

/// minikube's storage-provisioner: a hostPath volume the size asked for.
fn provision(c: &mut Cluster, mut pvc: PersistentVolumeClaim) {
    for a in [
        "volume.beta.kubernetes.io/storage-provisioner",
        "volume.kubernetes.io/storage-provisioner",
    ] {
        pvc.metadata.annotations.insert(a.into(), HOSTPATH.into());
    }
    if c.rt.provisioner_id.is_empty() {
        c.rt.provisioner_id = format!("{HOSTPATH}_minikube_{}", c.rng.uuid());
    }
    let who = c.rt.provisioner_id.clone();
    let (ns, name) = (pvc.metadata.namespace.clone(), pvc.metadata.name.clone());
    let pvc = c.put(pvc);
    note(
        c,
        &pvc,
        "Normal",
        "Provisioning",
        format!("External provisioner is provisioning volume for claim \"{ns}/{name}\""),
        &who,
    );
    let class = c
        .store
        .storage_classes()
        .get("", pvc.spec.storage_class_name.as_deref().unwrap_or(""));
    let policy = class
        .and_then(|s| s.reclaim_policy.clone())
        .unwrap_or_else(|| "Delete".into());
    let mut spec = VolumeSpec {
        access_modes: pvc.spec.access_modes.clone(),
        capacity: pvc
            .spec
            .resources
            .requests
            .iter()
            .filter(|(k, _)| *k == "storage")
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        persistent_volume_reclaim_policy: policy,
        storage_class_name: pvc.spec.storage_class_name.clone().unwrap_or_default(),
        volume_mode: pvc.spec.volume_mode.clone(),
        ..VolumeSpec::default()
    };
    spec.other.insert(
        "hostPath".into(),
        json!({"path": format!("/tmp/hostpath-provisioner/{ns}/{name}"), "type": ""}),
    );
    let mut meta = ObjectMeta::named("", &format!("pvc-{}", pvc.metadata.uid));
    meta.annotations.insert(
        "hostPathProvisionerIdentity".into(),
        who.rsplit('_').next().unwrap_or("").into(),
    );
    meta.annotations
        .insert("pv.kubernetes.io/provisioned-by".into(), HOSTPATH.into());
    meta.finalizers.push("kubernetes.io/pv-protection".into());
    let pv = PersistentVolume {
        metadata: meta,
        spec,
        ..PersistentVolume::default()
    };
    match c.create_inner("", pv) {
        Ok(pv) => {
            let message = format!("Successfully provisioned volume {}", pv.metadata.name);
            note(c, &pvc, "Normal", "ProvisioningSucceeded", message, &who);
            bind(c, pvc, pv, true);
        }
        Err(e) => {
            let message = format!(
                "failed to provision volume with StorageClass \"{}\": {e}",
                pv_class(&pvc)
            );
            note(c, &pvc, "Warning", "ProvisioningFailed", message, &who);
        }
    }
}

fn pv_class(pvc: &PersistentVolumeClaim) -> &str {
    pvc.spec.storage_class_name.as_deref().unwrap_or("")
}

/// Binds both ways: the volume's claimRef and phase, the claim's
/// volumeName, annotations, capacity and phase.
fn bind(
    c: &mut Cluster,
    mut pvc: PersistentVolumeClaim,
    mut pv: PersistentVolume,
    provisioned: bool,
) {
    let now = c.now();
    pv.spec.claim_ref = Some(json!({
        "apiVersion": "v1", "kind": "PersistentVolumeClaim",
        "name": pvc.metadata.name, "namespace": pvc.metadata.namespace,
        "resourceVersion": pvc.metadata.resource_version, "uid": pvc.metadata.uid,
    }));
    pv.status = VolumeStatus {
        last_phase_transition_time: Some(now),
        phase: "Bound".into(),
        ..VolumeStatus::default()
    };
    let pv = c.put(pv);
    let by_controller = provisioned || pvc.spec.volume_name.is_empty();
    pvc.spec.volume_name = pv.metadata.name.clone();
    let a = &mut pvc.metadata.annotations;
    a.insert("pv.kubernetes.io/bind-completed".into(), "yes".into());
    if by_controller {
        a.insert("pv.kubernetes.io/bound-by-controller".into(), "yes".into());
    }
    pvc.status.phase = "Bound".into();
    pvc.status.access_modes = pv.spec.access_modes.clone();
    pvc.status.capacity = pv.spec.capacity.clone();
    c.put(pvc);
}

/// A volume's first status (`Available`, or `Pending` until then).
pub fn sync_volume(c: &mut Cluster, name: &str) {
    let Some(mut pv) = c.store.volumes().get("", name).cloned() else {
        return;
    };
    if pv.status.phase.is_empty() || pv.status.phase == "Pending" {
        pv.status = VolumeStatus {
            last_phase_transition_time: Some(c.now()),
            phase: "Available".into(),
            ..VolumeStatus::default()
        };
        c.put(pv);
        let claims: Vec<Key> = c
            .store
            .claims()
            .list(None)
            .filter(|p| p.status.phase == "Pending")
            .map(|p| (p.metadata.namespace.clone(), p.metadata.name.clone()))
            .collect();
        for k in claims {
            sync_claim(c, &k);
        }
    }
}

/// The claim `uid` is gone: reclaim its volume.
pub fn released(c: &mut Cluster, uid: &str) {
    let bound: Vec<PersistentVolume> = c
        .store
        .volumes()
        .list(None)
        .filter(|pv| {
            pv.spec
                .claim_ref
                .as_ref()
                .and_then(|r| r.get("uid"))
                .and_then(|u| u.as_str())
                == Some(uid)
        })
        .cloned()
        .collect();
    for mut pv in bound {
        if pv.spec.persistent_volume_reclaim_policy == "Delete" {
            let name = pv.metadata.name.clone();
            c.remove_object(Kind::PersistentVolume, "", &name);
            c.drop_volume(&name);
        } else if pv.status.phase != "Released" {
            pv.status = VolumeStatus {
                last_phase_transition_time: Some(c.now()),
                phase: "Released".into(),
                ..VolumeStatus::default()
            };
            c.put(pv);
        }
    }
}
