//! `kubectl describe` texts for every kind the simulator stores, built
//! from the object, its related objects (ReplicaSets of a Deployment, pods
//! of a ReplicaSet or node, Endpoints of a Service) and its events.

mod batch;
mod cluster;
mod common;
mod network;
mod node_resources;
mod pod;
mod storage;
mod workloads;

pub use cluster::lease_renew_time;
pub use workloads::split_replica_sets;

/// Writes a `Pod Template:` section (for `rollout history --revision`).
pub fn pod_template_into(
    w: &mut crate::kubectl::printers::describe::DescribeWriter,
    template: &Value,
) {
    common::pod_template(w, template);
}

use serde_json::Value;

use crate::api::object::Object;
use crate::api::Kind;
use crate::engine::Cluster;
use crate::json::ToJson;
use crate::kubectl::printers::fields::text;

/// The describe text of `obj` (a JSON object of kind `kind`).
pub fn describe(cluster: &Cluster, kind: Kind, obj: &Value, now: i64) -> String {
    let ns = text(obj, &["metadata", "namespace"]);
    let name = text(obj, &["metadata", "name"]);
    // In the API's order (by name, which is by first occurrence): the
    // writer sorts them by lastTimestamp in seconds, stably, as kubectl
    // does with the list it gets.
    let mut events: Vec<Value> = cluster
        .events_for(kind, ns, name)
        .iter()
        .map(ToJson::to_json)
        .collect();
    crate::sorting::sort_by(&mut events, |a, b| {
        text(a, &["metadata", "name"]).cmp(text(b, &["metadata", "name"]))
    });
    match kind {
        Kind::Pod => pod::describe(obj, &events, now),
        Kind::Deployment => {
            let sets = owned(cluster, Kind::ReplicaSet, ns, obj);
            workloads::describe_deployment(obj, &sets, &events, now)
        }
        Kind::ReplicaSet => {
            let pods = owned(cluster, Kind::Pod, ns, obj);
            workloads::describe_replicaset(obj, &pods, &events, now)
        }
        Kind::Service => {
            let endpoints = cluster
                .get_object(Kind::Endpoints, ns, name)
                .ok()
                .map(|o| o.to_json());
            network::describe_service(obj, endpoints.as_ref(), &events, now)
        }
        Kind::Endpoints => network::describe_endpoints(obj, &events, now),
        Kind::ConfigMap => cluster::describe_configmap(obj, &events, now),
        Kind::Secret => cluster::describe_secret(obj),
        Kind::Namespace => cluster::describe_namespace(obj),
        Kind::Node => {
            // Filtered typed, serialised after: a node lists its own pods
            // out of every pod in the cluster.
            let pods: Vec<Value> = cluster
                .objects_of(Kind::Pod, None)
                .filter_map(|p| match p {
                    Object::Pod(p) => Some(p),
                    _ => None,
                })
                .filter(|p| {
                    p.spec.node_name == name
                        && !matches!(p.status.phase.as_str(), "Succeeded" | "Failed")
                })
                .map(|p| p.to_json())
                .collect();
            cluster::describe_node(obj, &pods, &events, now)
        }
        Kind::Event => crate::kubectl::yaml::to_yaml(obj),
        Kind::DaemonSet => {
            let pods = owned(cluster, Kind::Pod, ns, obj);
            workloads::describe_daemonset(obj, &pods, &events, now)
        }
        Kind::Job => batch::describe_job(obj, &events, now),
        Kind::CronJob => batch::describe_cronjob(obj, &events, now),
        Kind::StatefulSet => {
            let pods = owned(cluster, Kind::Pod, ns, obj);
            storage::describe_stateful_set(obj, &pods, &events, now)
        }
        Kind::PersistentVolumeClaim => {
            let used_by = cluster.pods_using_claim(ns, name);
            storage::describe_claim(obj, &used_by, &events, now)
        }
        Kind::PersistentVolume => storage::describe_volume(obj, &events, now),
        Kind::StorageClass => storage::describe_class(obj, &events, now),
        Kind::ControllerRevision => crate::kubectl::yaml::to_yaml(obj),
    }
}

/// Objects of `kind` in `ns` whose controller owner is `owner`.
fn owned(cluster: &Cluster, kind: Kind, ns: &str, owner: &Value) -> Vec<Value> {
    let uid = text(owner, &["metadata", "uid"]);
    cluster
        .objects_of(kind, Some(ns))
        .filter(|o| o.meta().owner_references.iter().any(|r| r.uid == uid))
        .map(Object::to_json)
        .collect()
}
