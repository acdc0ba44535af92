//! What lives in a pod's volumes. The files written into a volume are
//! kept here, keyed by the volume they belong to — the bound
//! PersistentVolume's name for a claim, `hostPath:NODE:PATH` for a host
//! directory, `emptyDir:POD-UID/NAME` for a scratch directory — so a claim's
//! files outlive the pod that wrote them and are there for the next pod
//! that mounts the same claim.
//!
//! The hook for container shells is narrow: [`Cluster::volume_mounts`]
//! (where a container's volumes are mounted), [`Cluster::volume_files`]
//! (a volume's files) and [`Cluster::write_volume_file`] (store or remove a
//! file a container wrote under one of its mounts). `pods::mounted_files`
//! shows the files at their mount paths to `ls`/`cat`.

use std::collections::BTreeMap;

use super::limits::{VOLUME_BYTES_MAX, VOLUME_FILES_MAX};
use super::Cluster;
use crate::api::pod::Volume;
use crate::api::Pod;

/// The claim a pod volume mounts (`persistentVolumeClaim.claimName`).
pub fn claim_name(v: &Volume) -> Option<&str> {
    v.other
        .get("persistentVolumeClaim")?
        .get("claimName")?
        .as_str()
}

impl Cluster {
    /// Names of the pods in `ns` whose volumes mount claim `claim`.
    pub fn pods_using_claim(&self, ns: &str, claim: &str) -> Vec<String> {
        self.store
            .pods()
            .list(Some(ns))
            .filter(|p| p.spec.volumes.iter().any(|v| claim_name(v) == Some(claim)))
            .map(|p| p.metadata.name.clone())
            .collect()
    }

    /// Where volume `v` of `pod` keeps its files; `None` for volumes whose
    /// files come from elsewhere (ConfigMaps, Secrets, tokens) and for an
    /// unbound claim.
    fn volume_key(&self, pod: &Pod, v: &Volume) -> Option<String> {
        if let Some(claim) = claim_name(v) {
            let pvc = self.store.claims().get(&pod.metadata.namespace, claim)?;
            return (!pvc.spec.volume_name.is_empty()).then(|| pvc.spec.volume_name.clone());
        }
        if let Some(path) = v.other.get("hostPath").and_then(|h| h.get("path")) {
            let path = path.as_str().unwrap_or("");
            return Some(format!("hostPath:{}:{path}", pod.spec.node_name));
        }
        v.other
            .contains_key("emptyDir")
            .then(|| format!("emptyDir:{}/{}", pod.metadata.uid, v.name))
    }

    /// The writable mounts of container `i` of `pod`: (mount path without
    /// a trailing slash, volume key), longest mount path first.
    pub fn volume_mounts(&self, pod: &Pod, i: usize) -> Vec<(String, String)> {
        self.mounts(pod, i, true)
    }

    fn mounts(&self, pod: &Pod, i: usize, writable: bool) -> Vec<(String, String)> {
        let Some(ctr) = pod.spec.containers.get(i) else {
            return Vec::new();
        };
        let mut out: Vec<(String, String)> = ctr
            .volume_mounts
            .iter()
            .filter(|m| !(writable && m.read_only))
            .filter_map(|m| {
                let v = pod.spec.volumes.iter().find(|v| v.name == m.name)?;
                let key = self.volume_key(pod, v)?;
                Some((m.mount_path.trim_end_matches('/').to_string(), key))
            })
            .collect();
        crate::sorting::sort_by(&mut out, |a, b| b.0.len().cmp(&a.0.len()));
        out
    }

    /// The files of volume `key`: path inside the volume → content.
    pub fn volume_files(&self, key: &str) -> Option<&BTreeMap<String, String>> {
        self.rt.volumes.get(key)
    }

    /// Stores `content` (or removes the file, when `None`) at absolute
    /// path `abs` as container `container` of pod `ns/pod` wrote it. False
    /// when `abs` is under none of its volume mounts (the container's own
    /// filesystem) or the volume is full.
    pub fn write_volume_file(
        &mut self,
        ns: &str,
        pod: &str,
        container: usize,
        abs: &str,
        content: Option<String>,
    ) -> bool {
        let Some(p) = self.store.pods().get(ns, pod) else {
            return false;
        };
        let found = self
            .volume_mounts(p, container)
            .into_iter()
            .find_map(|(dir, key)| {
                let rel = abs.strip_prefix(&dir)?.strip_prefix('/')?;
                (!rel.is_empty()).then(|| (key, rel.to_string()))
            });
        let Some((key, rel)) = found else {
            return false;
        };
        let files = self.rt.volumes.entry(key).or_default();
        match content {
            None => {
                files.remove(&rel);
            }
            Some(text) => {
                let used: usize = files
                    .iter()
                    .filter(|(k, _)| **k != rel)
                    .map(|(_, v)| v.len())
                    .sum();
                if used + text.len() > VOLUME_BYTES_MAX
                    || (files.len() >= VOLUME_FILES_MAX && !files.contains_key(&rel))
                {
                    return false;
                }
                files.insert(rel, text);
            }
        }
        true
    }

    /// The files of every volume mounted into container `i`, at their
    /// absolute paths (for `ls` and `cat` inside the container).
    pub(crate) fn volume_files_at_mounts(&self, pod: &Pod, i: usize) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for (dir, key) in self.mounts(pod, i, false).into_iter().rev() {
            for (rel, text) in self.volume_files(&key).into_iter().flatten() {
                out.insert(format!("{dir}/{rel}"), text.clone());
            }
        }
        out
    }

    /// Forgets the emptyDir files of a pod that is gone.
    pub(crate) fn drop_pod_volumes(&mut self, uid: &str) {
        let prefix = format!("emptyDir:{uid}/");
        self.rt.volumes.retain(|k, _| !k.starts_with(&prefix));
    }

    /// Forgets the files of a volume that no longer exists.
    pub(crate) fn drop_volume(&mut self, key: &str) {
        self.rt.volumes.remove(key);
    }
}
