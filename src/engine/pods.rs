//! What a learner reads from and runs in pods: `kubectl logs` (current or
//! previous instance, with the kubelet's refusals in its words),
//! the environment a container sees
//! (service links, `fieldRef`, ConfigMap and Secret keys, `envFrom`) or the
//! kubelet's reason it cannot be made, and the files it has mounted
//! (ConfigMap and Secret volumes, the service-account token).

use super::errors::ApiError;
use super::limits::LOG_LINES_MAX;
use super::runtime::LogLine;
use super::Cluster;
use crate::api::Pod;
use std::collections::{BTreeMap, VecDeque};

/// Appends a log line, dropping the oldest past `LOG_LINES_MAX`.
pub fn push_log(
    log: &mut VecDeque<LogLine>,
    at_unix_ms: u64,
    text: impl Into<std::borrow::Cow<'static, str>>,
) {
    if log.len() >= LOG_LINES_MAX {
        log.pop_front();
    }
    log.push_back(LogLine {
        at_unix_ms,
        text: text.into(),
    });
}

/// `NAME_SERVICE_HOST` & co. for one service, in the order kubelet prints them.
fn service_env(svc: &crate::api::Service, out: &mut Vec<(String, String)>) {
    let ip = &svc.spec.cluster_ip;
    if ip.is_empty() || ip == "None" {
        return;
    }
    let Some(first) = svc.spec.ports.first() else {
        return;
    };
    // Service names are DNS labels, port names IANA service names and
    // protocols TCP/UDP/SCTP (all validated): ASCII case mapping is exact.
    let name = svc.metadata.name.to_ascii_uppercase().replace('-', "_");
    let proto = first.protocol.to_ascii_lowercase();
    let port = first.port;
    for p in &svc.spec.ports {
        let pp = p.protocol.to_ascii_uppercase();
        let lp = p.protocol.to_ascii_lowercase();
        let base = format!("{name}_PORT_{}_{pp}", p.port);
        out.push((format!("{base}_PROTO"), lp.clone()));
        out.push((format!("{base}_PORT"), p.port.to_string()));
        out.push((format!("{base}_ADDR"), ip.clone()));
    }
    out.push((format!("{name}_SERVICE_HOST"), ip.clone()));
    out.push((format!("{name}_SERVICE_PORT"), port.to_string()));
    for p in svc.spec.ports.iter().filter(|p| !p.name.is_empty()) {
        out.push((
            format!(
                "{name}_SERVICE_PORT_{}",
                p.name.to_ascii_uppercase().replace('-', "_")
            ),
            p.port.to_string(),
        ));
    }
    out.push((format!("{name}_PORT"), format!("{proto}://{ip}:{port}")));
    for p in &svc.spec.ports {
        out.push((
            format!("{name}_PORT_{}_{}", p.port, p.protocol.to_ascii_uppercase()),
            format!("{}://{ip}:{}", p.protocol.to_ascii_lowercase(), p.port),
        ));
    }
}

/// The text data of ConfigMap or Secret (`kind`) `ns/name` (a Secret's
/// values decoded), or `None` when it does not exist.
fn source(c: &Cluster, ns: &str, kind: &str, name: &str) -> Option<BTreeMap<String, String>> {
    if kind == "Secret" {
        let s = c.store.secrets().get(ns, name)?;
        Some(crate::sorting::insert_all(
            s.data
                .keys()
                .map(|k| (k.clone(), s.text(k).unwrap_or_default())),
        ))
    } else {
        c.store.configmaps().get(ns, name).map(|cm| cm.data.clone())
    }
}

/// Like [`source`], with the kubelet's error for a missing one that is not
/// `optional` (`Ok(None)`: skip it).
fn required_source(
    c: &Cluster,
    ns: &str,
    kind: &str,
    r: &serde_json::Value,
) -> Result<Option<BTreeMap<String, String>>, String> {
    let name = r.get("name").and_then(|v| v.as_str()).unwrap_or("");
    match source(c, ns, kind, name) {
        Some(data) => Ok(Some(data)),
        None if r.get("optional").and_then(|v| v.as_bool()) == Some(true) => Ok(None),
        None => Err(format!(
            "{} \"{name}\" not found",
            kind.to_ascii_lowercase()
        )),
    }
}

/// The ConfigMap or Secret a volume mounts: (kind, name, optional,
/// `items` as (key, path)).
pub type VolumeSource = (&'static str, String, bool, Vec<(String, String)>);

/// The [`VolumeSource`] of a volume; `None` for other volumes.
pub fn volume_source(vol: &crate::api::pod::Volume) -> Option<VolumeSource> {
    if let Some(cm) = &vol.config_map {
        let items = cm
            .items
            .iter()
            .map(|i| (i.key.clone(), i.path.clone()))
            .collect();
        return Some((
            "ConfigMap",
            cm.name.clone(),
            cm.optional == Some(true),
            items,
        ));
    }
    let s = vol.other.get("secret")?;
    let text = |v: &serde_json::Value, k: &str| {
        v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string()
    };
    let items = s
        .get("items")
        .and_then(|v| v.as_array())
        .into_iter()
        .flatten();
    let items = items.map(|i| (text(i, "key"), text(i, "path"))).collect();
    let optional = s.get("optional").and_then(|v| v.as_bool()) == Some(true);
    Some(("Secret", text(s, "secretName"), optional, items))
}

/// The environment of container `i` when it starts, or the kubelet's
/// `CreateContainerConfigError` message (a missing ConfigMap, Secret or key).
pub fn container_env(c: &Cluster, pod: &Pod, i: usize) -> Result<Vec<(String, String)>, String> {
    let mut env = vec![
        (
            "PATH".to_string(),
            "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin".to_string(),
        ),
        ("HOSTNAME".to_string(), pod.metadata.name.clone()),
    ];
    let ns = &pod.metadata.namespace;
    if let Some(spec) = pod.spec.containers.get(i) {
        let from = spec.other.get("envFrom").and_then(|v| v.as_array());
        for f in from.into_iter().flatten() {
            let prefix = f.get("prefix").and_then(|v| v.as_str()).unwrap_or("");
            for (field, kind) in [("configMapRef", "ConfigMap"), ("secretRef", "Secret")] {
                let Some(r) = f.get(field) else { continue };
                for (k, v) in required_source(c, ns, kind, r)?.into_iter().flatten() {
                    env.push((format!("{prefix}{k}"), v));
                }
            }
        }
        for e in &spec.env {
            let value = match (&e.value, &e.value_from) {
                (Some(v), _) => v.clone(),
                (None, Some(from)) => match value_from(c, pod, from)? {
                    Some(v) => v,
                    None => continue,
                },
                _ => String::new(),
            };
            match env.iter_mut().find(|(n, _)| *n == e.name) {
                Some(slot) => slot.1 = value,
                None => env.push((e.name.clone(), value)),
            }
        }
    }
    let mut services = Vec::new();
    if let Some(k) = c.store.services().get("default", "kubernetes") {
        service_env(k, &mut services);
    }
    if pod.spec.enable_service_links != Some(false) {
        for s in c.store.services().list(Some(ns)) {
            if !(ns == "default" && s.metadata.name == "kubernetes") {
                service_env(s, &mut services);
            }
        }
    }
    for (k, v) in services {
        if !env.iter().any(|(n, _)| *n == k) {
            env.push((k, v));
        }
    }
    let app =
        c.rt.pods
            .get(&pod.metadata.uid)
            .and_then(|rt| rt.containers.get(i))
            .and_then(|ctr| ctr.image.as_ref())
            .map(|img| img.app);
    if let Some(app) = app {
        for (k, v) in app.image_env() {
            env.push((k.to_string(), v));
        }
    }
    env.push(("HOME".to_string(), "/root".to_string()));
    Ok(env)
}

/// One `valueFrom`: `Ok(None)` skips an optional reference that is missing.
fn value_from(c: &Cluster, pod: &Pod, from: &serde_json::Value) -> Result<Option<String>, String> {
    let ns = &pod.metadata.namespace;
    for (field, kind) in [("configMapKeyRef", "ConfigMap"), ("secretKeyRef", "Secret")] {
        let Some(r) = from.get(field) else { continue };
        let Some(data) = required_source(c, ns, kind, r)? else {
            return Ok(None);
        };
        let key = r.get("key").and_then(|v| v.as_str()).unwrap_or("");
        let name = r.get("name").and_then(|v| v.as_str()).unwrap_or("");
        return match data.get(key) {
            Some(v) => Ok(Some(v.clone())),
            None if r.get("optional").and_then(|v| v.as_bool()) == Some(true) => Ok(None),
            None => Err(format!("couldn't find key {key} in {kind} {ns}/{name}")),
        };
    }
    if let Some(path) = from.pointer("/fieldRef/fieldPath").and_then(|v| v.as_str()) {
        return Ok(Some(match path {
            "metadata.name" => pod.metadata.name.clone(),
            "metadata.namespace" => pod.metadata.namespace.clone(),
            "metadata.uid" => pod.metadata.uid.clone(),
            "spec.nodeName" => pod.spec.node_name.clone(),
            "spec.serviceAccountName" => pod.spec.service_account_name.clone(),
            "status.hostIP" => c.node_ip(&pod.spec.node_name).unwrap_or_default(),
            "status.podIP" => {
                c.rt.pods
                    .get(&pod.metadata.uid)
                    .map(|r| r.pod_ip.clone())
                    .unwrap_or_default()
            }
            _ => String::new(),
        }));
    }
    Ok(Some(String::new()))
}

/// Files mounted into container `i`: ConfigMap and Secret volumes, the
/// service-account token, and what was written into its other volumes.
pub fn mounted_files(c: &Cluster, pod: &Pod, i: usize) -> BTreeMap<String, String> {
    let mut files = c.volume_files_at_mounts(pod, i);
    let Some(spec) = pod.spec.containers.get(i) else {
        return files;
    };
    for m in &spec.volume_mounts {
        let dir = m.mount_path.trim_end_matches('/');
        if m.name.starts_with("kube-api-access-") {
            files.insert(format!("{dir}/namespace"), pod.metadata.namespace.clone());
            files.insert(format!("{dir}/token"), "eyJhbGciOiJSUzI1NiIsImtpZCI6Imt1YmVwbGF5In0.eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6ZGVmYXVsdDpkZWZhdWx0In0.kubeplay".into());
            if let Some(ca) = c
                .store
                .configmaps()
                .get(&pod.metadata.namespace, "kube-root-ca.crt")
            {
                files.insert(
                    format!("{dir}/ca.crt"),
                    ca.data.get("ca.crt").cloned().unwrap_or_default(),
                );
            }
            continue;
        }
        let Some(vol) = pod.spec.volumes.iter().find(|v| v.name == m.name) else {
            continue;
        };
        let Some((kind, name, _, items)) = volume_source(vol) else {
            continue;
        };
        let Some(data) = source(c, &pod.metadata.namespace, kind, &name) else {
            continue;
        };
        if items.is_empty() {
            for (k, v) in data {
                files.insert(format!("{dir}/{k}"), v);
            }
        } else {
            for (key, path) in items {
                if let Some(v) = data.get(&key) {
                    files.insert(format!("{dir}/{path}"), v.clone());
                }
            }
        }
    }
    files
}

/// Picks the container a command addresses (the only one, or by name).
pub(super) fn pick_container(pod: &Pod, container: Option<&str>) -> Result<usize, ApiError> {
    let names: Vec<&str> = pod
        .spec
        .containers
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    match container {
        Some(n) => names.iter().position(|x| *x == n).ok_or_else(|| {
            ApiError::bad_request(format!(
                "container {n} is not valid for pod {}",
                pod.metadata.name
            ))
        }),
        None if names.len() == 1 => Ok(0),
        None => Err(ApiError::bad_request(format!(
            "a container name must be specified for pod {}, choose one of: [{}]",
            pod.metadata.name,
            names.join(" ")
        ))),
    }
}

impl Cluster {
    /// `kubectl logs`: the container's log lines (or the previous
    /// instance's), or the apiserver's refusal while it waits to start.
    pub fn logs(
        &self,
        namespace: &str,
        pod: &str,
        container: Option<&str>,
        previous: bool,
    ) -> Result<Vec<LogLine>, ApiError> {
        let p = self.get::<Pod>(namespace, pod)?;
        let i = pick_container(p, container)?;
        let name = p.spec.containers.get(i).map_or("", |c| c.name.as_str());
        let ctr = self
            .rt
            .pods
            .get(&p.metadata.uid)
            .and_then(|rt| rt.containers.get(i));
        if previous {
            return match ctr.filter(|c| c.restarts > 0) {
                Some(c) => Ok(c.previous.iter().cloned().collect()),
                None => Err(ApiError::bad_request(format!(
                    "previous terminated container \"{name}\" in pod \"{pod}\" not found"
                ))),
            };
        }
        let started = ctr.is_some_and(|c| !c.container_id.is_empty());
        if !started {
            let reason = ctr
                .and_then(|c| c.state.waiting.as_ref())
                .map_or("ContainerCreating", |w| w.reason.as_str());
            let why = match reason {
                "ImagePullBackOff" => "trying and failing to pull image",
                "ErrImagePull" => "image can't be pulled",
                other => other,
            };
            return Err(ApiError::bad_request(format!(
                "container \"{name}\" in pod \"{pod}\" is waiting to start: {why}"
            )));
        }
        Ok(ctr
            .map(|c| c.log.iter().cloned().collect())
            .unwrap_or_default())
    }

    /// How many HTTP requests a pod has answered since it started.
    pub fn pod_requests_served(&self, namespace: &str, pod: &str) -> u64 {
        self.store
            .pods()
            .get(namespace, pod)
            .and_then(|p| self.rt.pods.get(&p.metadata.uid))
            .map_or(0, |rt| rt.requests_total)
    }
}
