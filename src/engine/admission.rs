//! What the apiserver adds on create beyond plain defaults: generated
//! names, the service-account token volume and default tolerations of
//! pods, and a Service's ClusterIP and NodePorts (allocated from the
//! seeded generator, never reusing one in use).

use super::errors::ApiError;
use super::limits::NAME_ATTEMPTS_MAX;
use super::rng::NAME_ALPHABET;
use super::Cluster;
use crate::api::object::Kind;
use crate::api::pod::{
    ConfigMapVolumeSource, DownwardApiProjection, DownwardApiVolumeFile, KeyToPath,
    ObjectFieldSelector, ProjectedVolumeSource, ServiceAccountTokenProjection, Toleration, Volume,
    VolumeMount, VolumeProjection,
};
use crate::api::validation::FieldError;
use crate::api::{Pod, Service};
use crate::sorting::insert_all;
use std::collections::BTreeSet;

/// `generateName` + 5 random characters, truncated as the apiserver does
/// (prefix at most 58 characters).
pub fn generate_name(
    c: &mut Cluster,
    kind: Kind,
    ns: &str,
    prefix: &str,
) -> Result<String, ApiError> {
    let base: String = prefix.chars().take(58).collect();
    for _ in 0..NAME_ATTEMPTS_MAX {
        let name = format!("{base}{}", c.rng.string_from(NAME_ALPHABET, 5));
        if c.store.object(kind, ns, &name).is_none() {
            return Ok(name);
        }
    }
    Err(ApiError::already_exists(kind, prefix))
}

/// The Job strategy's `generateSelector`: unless `manualSelector`, the
/// Job gets its uid now, selects its pods by it, and its template (and,
/// if it has none, the Job itself) carries the job-name and
/// controller-uid labels.
pub fn admit_job(c: &mut Cluster, job: &mut crate::api::batch::Job) {
    job.metadata.uid = c.rng.uuid();
    if job.spec.manual_selector == Some(true) {
        return;
    }
    let uid = job.metadata.uid.clone();
    let name = job.metadata.name.clone();
    let labels = &mut job.spec.template.metadata.labels;
    for (key, value) in [
        ("batch.kubernetes.io/controller-uid", &uid),
        ("batch.kubernetes.io/job-name", &name),
        ("controller-uid", &uid),
        ("job-name", &name),
    ] {
        labels.insert(key.into(), value.clone());
    }
    let mut selector = crate::api::LabelSelector::default();
    selector
        .match_labels
        .insert("batch.kubernetes.io/controller-uid".into(), uid);
    job.spec.selector = Some(selector);
    if job.metadata.labels.is_empty() {
        job.metadata.labels = job.spec.template.metadata.labels.clone();
    }
}

/// Adds what the ServiceAccount and DefaultTolerationSeconds admission
/// plugins add to every pod.
pub fn admit_pod(c: &mut Cluster, pod: &mut Pod) {
    let spec = &mut pod.spec;
    if spec.service_account_name.is_empty() {
        spec.service_account_name = "default".into();
    }
    spec.service_account = spec.service_account_name.clone();
    spec.enable_service_links.get_or_insert(true);
    if spec.preemption_policy.is_empty() {
        spec.preemption_policy = "PreemptLowerPriority".into();
    }
    spec.priority.get_or_insert(0);
    for key in [
        "node.kubernetes.io/not-ready",
        "node.kubernetes.io/unreachable",
    ] {
        if !spec.tolerations.iter().any(|t| t.key == key) {
            spec.tolerations.push(Toleration {
                effect: "NoExecute".into(),
                key: key.into(),
                operator: "Exists".into(),
                toleration_seconds: Some(300),
                value: String::new(),
            });
        }
    }
    if spec.host_network
        || spec
            .volumes
            .iter()
            .any(|v| v.name.starts_with("kube-api-access-"))
    {
        return;
    }
    let vol = format!("kube-api-access-{}", c.rng.string_from(NAME_ALPHABET, 5));
    let projected = ProjectedVolumeSource {
        default_mode: Some(420),
        sources: vec![
            VolumeProjection {
                service_account_token: Some(ServiceAccountTokenProjection {
                    audience: String::new(),
                    expiration_seconds: Some(3607),
                    path: "token".into(),
                }),
                ..VolumeProjection::default()
            },
            VolumeProjection {
                config_map: Some(ConfigMapVolumeSource {
                    items: vec![KeyToPath {
                        key: "ca.crt".into(),
                        mode: None,
                        path: "ca.crt".into(),
                    }],
                    name: "kube-root-ca.crt".into(),
                    ..ConfigMapVolumeSource::default()
                }),
                ..VolumeProjection::default()
            },
            VolumeProjection {
                downward_api: Some(DownwardApiProjection {
                    items: vec![DownwardApiVolumeFile {
                        field_ref: Some(ObjectFieldSelector {
                            api_version: "v1".into(),
                            field_path: "metadata.namespace".into(),
                        }),
                        path: "namespace".into(),
                        ..DownwardApiVolumeFile::default()
                    }],
                }),
                ..VolumeProjection::default()
            },
        ],
    };
    let v = Volume {
        name: vol.clone(),
        projected: Some(projected),
        ..Volume::default()
    };
    spec.volumes.push(v);
    for ctr in &mut spec.containers {
        ctr.volume_mounts.push(VolumeMount {
            mount_path: "/var/run/secrets/kubernetes.io/serviceaccount".into(),
            name: vol.clone(),
            read_only: true,
            sub_path: String::new(),
        });
    }
}

fn ip_to_u32(ip: &str) -> Option<u32> {
    let parts: Vec<u32> = ip
        .split('.')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    match parts.as_slice() {
        [a, b, c, d] if parts.iter().all(|x| *x < 256) => Some(a << 24 | b << 16 | c << 8 | d),
        _ => None,
    }
}

fn u32_to_ip(v: u32) -> String {
    format!("{}.{}.{}.{}", v >> 24, v >> 16 & 255, v >> 8 & 255, v & 255)
}

/// 10.96.0.0/12, the Service CIDR of minikube and kubeadm.
const SERVICE_NET: u32 = 10 << 24 | 96 << 16;
const SERVICE_NET_SIZE: u32 = 1 << 20;

/// Allocates the ClusterIP and NodePorts of a new (or updated) Service,
/// keeping what `old` had for the same ports.
pub fn allocate_service(
    c: &mut Cluster,
    svc: &mut Service,
    old: Option<&Service>,
) -> Result<(), ApiError> {
    let used_ips: BTreeSet<String> = insert_all(
        c.store
            .services()
            .list(None)
            .filter(|s| s.metadata.uid != svc.metadata.uid || old.is_none())
            .map(|s| s.spec.cluster_ip.clone()),
    );
    // A list, not a set: only membership is asked, and a set of `i32`
    // would be a B-tree type of its own in the wasm.
    let used_ports: Vec<i32> = c
        .store
        .services()
        .list(None)
        .filter(|s| old.is_none_or(|o| o.metadata.uid != s.metadata.uid))
        .flat_map(|s| s.spec.ports.iter().map(|p| p.node_port))
        .collect();
    if let Some(o) = old {
        svc.spec.cluster_ip = o.spec.cluster_ip.clone();
        svc.spec.cluster_ips = o.spec.cluster_ips.clone();
        for p in &mut svc.spec.ports {
            if p.node_port == 0 {
                if let Some(op) = o
                    .spec
                    .ports
                    .iter()
                    .find(|op| op.port == p.port && op.node_port != 0)
                {
                    p.node_port = op.node_port;
                }
            }
        }
    }
    allocate_cluster_ip(c, svc, &used_ips, old.is_none())?;
    allocate_node_ports(c, svc, used_ports)
}

/// Picks a free ClusterIP, or checks the one the manifest asks for.
fn allocate_cluster_ip(
    c: &mut Cluster,
    svc: &mut Service,
    used_ips: &BTreeSet<String>,
    is_new: bool,
) -> Result<(), ApiError> {
    let name = svc.metadata.name.clone();
    let ty = svc.type_name().to_string();
    if ty != "ExternalName" && svc.spec.cluster_ip.is_empty() {
        // Dynamic allocations come from the upper 15/16 of the range, as
        // the apiserver's allocator prefers (observed 10.97.x–10.111.x).
        let lo = u64::from(SERVICE_NET + SERVICE_NET_SIZE / 16 + 1);
        let count = u64::from(SERVICE_NET_SIZE / 16 * 15 - 2);
        let v = pick_free(c, lo, count, |v| used_ips.contains(&u32_to_ip(v as u32)))
            .ok_or_else(|| ApiError::forbidden("failed to allocate a serviceIP: range is full"))?;
        svc.spec.cluster_ip = u32_to_ip(v as u32);
    } else if is_new && svc.spec.cluster_ip != "None" && !svc.spec.cluster_ip.is_empty() {
        let ip = svc.spec.cluster_ip.clone();
        let in_range = ip_to_u32(&ip)
            .is_some_and(|v| (SERVICE_NET..SERVICE_NET + SERVICE_NET_SIZE).contains(&v));
        let why = if !in_range {
            format!("failed to allocate IP {ip}: the provided IP ({ip}) is not in the valid range. The range of valid IPs is 10.96.0.0/12")
        } else if used_ips.contains(&ip) {
            format!("failed to allocate IP {ip}: provided IP is already allocated")
        } else {
            String::new()
        };
        if !why.is_empty() {
            let e = FieldError::invalid("spec.clusterIPs", format!("[]string{{{ip:?}}}"), why);
            return Err(ApiError::invalid(Kind::Service, &name, vec![e]));
        }
    }
    if !svc.spec.cluster_ip.is_empty() && svc.spec.cluster_ips.is_empty() {
        svc.spec.cluster_ips = vec![svc.spec.cluster_ip.clone()];
    }
    Ok(())
}

/// Picks free NodePorts (NodePort and LoadBalancer Services), or checks given ones.
fn allocate_node_ports(
    c: &mut Cluster,
    svc: &mut Service,
    used_ports: Vec<i32>,
) -> Result<(), ApiError> {
    let name = svc.metadata.name.clone();
    let ty = svc.type_name().to_string();
    let wants_ports = ty == "NodePort"
        || (ty == "LoadBalancer" && svc.spec.allocate_load_balancer_node_ports != Some(false));
    let mut taken = used_ports;
    for (i, p) in svc.spec.ports.iter_mut().enumerate() {
        if !wants_ports {
            // A Service changed to ClusterIP gives its node ports back.
            p.node_port = 0;
            continue;
        }
        if p.node_port == 0 {
            let port =
                pick_free(c, 30000, 2768, |v| taken.contains(&(v as i32))).ok_or_else(|| {
                    ApiError::forbidden("failed to allocate a nodePort: range is full")
                })?;
            p.node_port = port as i32;
        } else if taken.contains(&p.node_port) {
            let e = FieldError::invalid(
                &format!("spec.ports[{i}].nodePort"),
                p.node_port.to_string(),
                "provided port is already allocated",
            );
            return Err(ApiError::invalid(Kind::Service, &name, vec![e]));
        }
        taken.push(p.node_port);
    }
    Ok(())
}

/// A random free value in `lo..lo+count`: a few random tries, then a scan.
fn pick_free(c: &mut Cluster, lo: u64, count: u64, used: impl Fn(u64) -> bool) -> Option<u64> {
    for _ in 0..NAME_ATTEMPTS_MAX {
        let v = lo + c.rng.below(count);
        if !used(v) {
            return Some(v);
        }
    }
    (lo..lo + count).find(|v| !used(*v))
}
