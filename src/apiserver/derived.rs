//! Objects a real cluster's controllers write that the engine does not
//! store, derived on each request from what it does store, so kubectl
//! v1.37 finds them where it looks:
//!
//! - discovery.k8s.io/v1 `EndpointSlice`s, one per port group of each
//!   Endpoints, as the endpointslice controller writes them
//!   (`<service>-<5 chars>`, labels `kubernetes.io/service-name` and
//!   `endpointslice.kubernetes.io/managed-by`) — or, for `kubernetes`, as
//!   the apiserver itself does (named after the service, one label).
//!   `describe service` reads its Endpoints line from them.
//! - coordination.k8s.io/v1 `Lease`s in kube-node-lease, one per node,
//!   renewed by its kubelet (`describe node` shows the node's). The
//!   terminal has no Lease kind, so discovery does not list it either.
//!
//! Names and uids come from a generator seeded by the source object's uid:
//! deterministic per cluster seed, and no draw from the engine's rng.
//! Read-only: writes are refused.

use serde_json::{json, Map, Value};

use crate::api::meta::StringMap;
use crate::api::Kind;
use crate::engine::boot::fnv;
use crate::engine::rng::{Rng, NAME_ALPHABET};
use crate::engine::Cluster;
use crate::kubectl::describe::lease_renew_time;
use crate::kubectl::printers::age::{age_of, rfc3339};
use crate::kubectl::printers::fields::{int, list, map, text};
use crate::kubectl::resources::ResourceType;

/// Node heartbeats: served at their path, absent from discovery.
pub static LEASE: ResourceType = ResourceType {
    kind: "Lease",
    plural: "leases",
    singular: "lease",
    short: &[],
    group: "coordination.k8s.io",
    version: "v1",
    namespaced: true,
    in_all: false,
};

/// How long a node's Lease lasts without renewal (the kubelet's default).
const LEASE_DURATION_S: i64 = 40;
/// The namespace of node Leases.
const NODE_LEASE_NS: &str = "kube-node-lease";
/// Addresses (or ports) a `get endpointslices` cell shows before `+ N more...`.
const CELL_ITEMS_MAX: usize = 3;

/// True for the kinds this module serves.
pub fn serves(rt: &ResourceType) -> bool {
    matches!(rt.kind, "EndpointSlice" | "Lease")
}

/// Every derived object of `rt` in `namespace` (all: `None`), in the
/// apiserver's list order (namespace, then name).
pub fn objects(cluster: &Cluster, rt: &ResourceType, namespace: Option<&str>) -> Vec<Value> {
    let mut out = match rt.kind {
        "EndpointSlice" => cluster
            .list_json(Kind::Endpoints, namespace)
            .iter()
            .flat_map(|ep| slices(cluster, ep))
            .collect(),
        "Lease" if namespace.is_none_or(|ns| ns == NODE_LEASE_NS) => {
            let now = cluster.now().unix_ms() as i64 / 1000;
            cluster
                .list_json(Kind::Node, None)
                .iter()
                .map(|node| lease(node, now))
                .collect()
        }
        _ => Vec::new(),
    };
    let key = |o: &Value| {
        (
            text(o, &["metadata", "namespace"]).to_string(),
            text(o, &["metadata", "name"]).to_string(),
        )
    };
    crate::sorting::sort_by(&mut out, |a, b| key(a).cmp(&key(b)));
    out
}

/// The labels of a derived object, for label selectors.
pub fn labels(obj: &Value) -> StringMap {
    map(obj, &["metadata", "labels"])
        .map(|m| {
            m.iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string()))
                .collect()
        })
        .unwrap_or_default()
}

/// `kubectl get` columns (all priority 0) of a derived kind.
pub fn headers(kind: &str) -> Option<&'static [&'static str]> {
    match kind {
        "EndpointSlice" => Some(&["NAME", "ADDRESSTYPE", "PORTS", "ENDPOINTS", "AGE"]),
        "Lease" => Some(&["NAME", "HOLDER", "AGE"]),
        _ => None,
    }
}

/// One row of [`headers`], as the apiserver's printers fill it.
pub fn cells(kind: &str, obj: &Value, now: i64) -> Vec<String> {
    let name = text(obj, &["metadata", "name"]).to_string();
    let age = age_of(
        obj.pointer("/metadata/creationTimestamp")
            .and_then(Value::as_str),
        now,
    );
    if kind == "Lease" {
        return vec![name, text(obj, &["spec", "holderIdentity"]).into(), age];
    }
    let ports: Vec<String> = list(obj, &["ports"])
        .iter()
        .map(|p| int(p, &["port"]).to_string())
        .collect();
    let addresses: Vec<String> = list(obj, &["endpoints"])
        .iter()
        .flat_map(|e| list(e, &["addresses"]))
        .map(|a| a.as_str().unwrap_or("").to_string())
        .collect();
    vec![
        name,
        text(obj, &["addressType"]).into(),
        with_more(&ports),
        with_more(&addresses),
        age,
    ]
}

/// kubectl's `a,b,c + N more...`, `<unset>` for none.
fn with_more(items: &[String]) -> String {
    if items.is_empty() {
        return "<unset>".into();
    }
    let shown = items
        .iter()
        .take(CELL_ITEMS_MAX)
        .cloned()
        .collect::<Vec<_>>()
        .join(",");
    match items.len().checked_sub(CELL_ITEMS_MAX) {
        Some(more) if more > 0 => format!("{shown} + {more} more..."),
        _ => shown,
    }
}

/// A generator for the names and uids derived from `source_uid`.
fn rng_for(source_uid: &str, salt: u64) -> Rng {
    Rng::new(fnv(source_uid, salt))
}

/// The EndpointSlices of one Endpoints: one per subset (a placeholder
/// without ports or endpoints when it has none).
fn slices(cluster: &Cluster, ep: &Value) -> Vec<Value> {
    let (ns, name) = (
        text(ep, &["metadata", "namespace"]),
        text(ep, &["metadata", "name"]),
    );
    let Ok(svc) = cluster.object(Kind::Service, ns, name).map(|s| s.to_json()) else {
        return Vec::new();
    };
    // The apiserver writes its own service's slice, named after it; the
    // mirroring controller copies the Endpoints of a service without a
    // selector (unless they opt out), the endpointslice controller serves
    // the rest.
    let by_apiserver = ns == "default" && name == "kubernetes";
    let mirrored = map(&svc, &["spec", "selector"]).is_none_or(Map::is_empty);
    let skip_mirror = text(
        ep,
        &[
            "metadata",
            "labels",
            "endpointslice.kubernetes.io/skip-mirror",
        ],
    );
    if mirrored && !by_apiserver && skip_mirror == "true" {
        return Vec::new();
    }
    let (labels_from, manager) = if mirrored {
        (ep, "endpointslicemirroring-controller.k8s.io")
    } else {
        (&svc, "endpointslice-controller.k8s.io")
    };
    let subsets = list(ep, &["subsets"]);
    let placeholder = [json!({})];
    let groups = if subsets.is_empty() {
        &placeholder[..]
    } else {
        subsets
    };
    let ep_uid = text(ep, &["metadata", "uid"]);
    let mut out = Vec::new();
    for (i, subset) in groups.iter().enumerate() {
        let mut rng = rng_for(ep_uid, i as u64);
        let mut labels = Map::new();
        let mut meta = Map::new();
        if by_apiserver {
            meta.insert("name".into(), json!(name));
        } else {
            if let Some(own) = map(labels_from, &["metadata", "labels"]) {
                labels.extend(own.clone());
            }
            labels.insert(
                "endpointslice.kubernetes.io/managed-by".into(),
                json!(manager),
            );
            if text(&svc, &["spec", "clusterIP"]) == "None" {
                labels.insert("service.kubernetes.io/headless".into(), json!(""));
            }
            let suffix = rng.string_from(NAME_ALPHABET, 5);
            meta.insert("name".into(), json!(format!("{name}-{suffix}")));
            meta.insert("generateName".into(), json!(format!("{name}-")));
            meta.insert(
                "ownerReferences".into(),
                json!([{
                    "apiVersion": "v1", "kind": "Service", "name": name,
                    "uid": text(&svc, &["metadata", "uid"]),
                    "controller": true, "blockOwnerDeletion": true,
                }]),
            );
            if let Some(t) = ep
                .pointer("/metadata/annotations/endpoints.kubernetes.io~1last-change-trigger-time")
            {
                meta.insert(
                    "annotations".into(),
                    json!({"endpoints.kubernetes.io/last-change-trigger-time": t}),
                );
            }
        }
        labels.insert("kubernetes.io/service-name".into(), json!(name));
        meta.insert("namespace".into(), json!(ns));
        meta.insert("uid".into(), json!(rng.uuid()));
        for key in ["resourceVersion", "creationTimestamp"] {
            meta.insert(key.into(), json!(text(ep, &["metadata", key])));
        }
        meta.insert("labels".into(), Value::Object(labels));
        let endpoint = |addr: &Value, ready: bool| {
            let mut e = json!({
                "addresses": [text(addr, &["ip"])],
                "conditions": if by_apiserver { json!({"ready": true}) } else {
                    json!({"ready": ready, "serving": ready, "terminating": false})
                },
            });
            if let Some(obj) = e.as_object_mut() {
                if let Some(node) = addr.get("nodeName") {
                    obj.insert("nodeName".into(), node.clone());
                }
                if let Some(target) = addr.get("targetRef") {
                    obj.insert("targetRef".into(), target.clone());
                }
            }
            e
        };
        let endpoints: Vec<Value> = list(subset, &["addresses"])
            .iter()
            .map(|a| endpoint(a, true))
            .chain(
                list(subset, &["notReadyAddresses"])
                    .iter()
                    .map(|a| endpoint(a, false)),
            )
            .collect();
        let ports: Vec<Value> = list(subset, &["ports"])
            .iter()
            .map(|p| {
                json!({
                    "name": text(p, &["name"]),
                    "port": int(p, &["port"]),
                    "protocol": text(p, &["protocol"]),
                })
            })
            .collect();
        // A placeholder slice holds `null` lists, as the apiserver returns them.
        let or_null = |v: Vec<Value>| if v.is_empty() { Value::Null } else { json!(v) };
        out.push(json!({
            "kind": "EndpointSlice",
            "apiVersion": "discovery.k8s.io/v1",
            "metadata": meta,
            "addressType": "IPv4",
            "endpoints": or_null(endpoints),
            "ports": or_null(ports),
        }));
    }
    out
}

/// A node's Lease at `now` (Unix seconds).
fn lease(node: &Value, now: i64) -> Value {
    let name = text(node, &["metadata", "name"]);
    let node_uid = text(node, &["metadata", "uid"]);
    let renewed = lease_renew_time(node, now);
    let micro = |t: i64| format!("{}.000000Z", rfc3339(t).trim_end_matches('Z'));
    json!({
        "kind": "Lease",
        "apiVersion": "coordination.k8s.io/v1",
        "metadata": {
            "name": name,
            "namespace": NODE_LEASE_NS,
            "uid": rng_for(node_uid, 0).uuid(),
            // Each renewal is a new version, so a watch sees it.
            "resourceVersion": renewed.to_string(),
            "creationTimestamp": text(node, &["metadata", "creationTimestamp"]),
            "ownerReferences": [{
                "apiVersion": "v1", "kind": "Node", "name": name, "uid": node_uid,
            }],
        },
        "spec": {
            "holderIdentity": name,
            "leaseDurationSeconds": LEASE_DURATION_S,
            "renewTime": micro(renewed),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kubectl::resources::RESOURCE_TYPES;
    use crate::session::Session;

    fn slice_type() -> &'static ResourceType {
        RESOURCE_TYPES
            .iter()
            .find(|r| r.kind == "EndpointSlice")
            .unwrap_or(&LEASE)
    }

    fn slices_of(session: &Session, ns: &str) -> Vec<Value> {
        objects(&session.world().cluster, slice_type(), Some(ns))
    }

    #[test]
    fn the_apiserver_names_its_own_slice_and_the_controller_names_the_rest() {
        let session = Session::new(1);
        let default = slices_of(&session, "default");
        assert_eq!(default.len(), 1);
        let own = &default[0];
        assert_eq!(own["metadata"]["name"], "kubernetes");
        assert_eq!(
            own["metadata"]["labels"],
            json!({"kubernetes.io/service-name": "kubernetes"})
        );
        assert_eq!(own["endpoints"][0]["addresses"], json!(["192.168.49.2"]));
        assert_eq!(own["ports"][0]["port"], 8443);
        let dns = slices_of(&session, "kube-system");
        let name = text(&dns[0], &["metadata", "name"]).to_string();
        assert!(name.starts_with("kube-dns-") && name.len() == "kube-dns-".len() + 5);
        assert_eq!(
            dns[0]["metadata"]["labels"]["endpointslice.kubernetes.io/managed-by"],
            "endpointslice-controller.k8s.io"
        );
        // The same seed gives the same names; another seed another.
        assert_eq!(slices_of(&Session::new(1), "kube-system"), dns);
        assert_ne!(
            slices_of(&Session::new(2), "kube-system")[0]["metadata"]["name"],
            json!(name)
        );
    }

    #[test]
    fn a_service_without_pod_ips_has_a_placeholder_slice_then_its_pods() {
        let mut session = Session::new(1);
        session.run("kubectl create deployment web --image=nginx --replicas=4");
        session.run("kubectl expose deploy web --port=80");
        let before = slices_of(&session, "default");
        let web = |list: &[Value]| {
            list.iter()
                .find(|s| s["metadata"]["labels"]["kubernetes.io/service-name"] == "web")
                .cloned()
                .unwrap_or_default()
        };
        let placeholder = web(&before);
        assert_eq!(placeholder["ports"], Value::Null);
        assert_eq!(placeholder["endpoints"], Value::Null);
        let now = session.now_ms() as i64 / 1000;
        assert_eq!(
            cells("EndpointSlice", &placeholder, now)[1..4],
            ["IPv4", "<unset>", "<unset>"]
        );
        session.advance(30_000);
        let filled = web(&slices_of(&session, "default"));
        assert_eq!(filled["metadata"]["name"], placeholder["metadata"]["name"]);
        let row = cells("EndpointSlice", &filled, now + 30);
        assert_eq!(row[2], "80");
        assert!(row[3].ends_with(" + 1 more..."), "{row:?}");
        assert_eq!(filled["endpoints"][0]["conditions"]["ready"], true);
        assert_eq!(filled["endpoints"][0]["targetRef"]["kind"], "Pod");
    }

    #[test]
    fn node_leases_live_in_kube_node_lease_and_are_renewed_every_ten_seconds() {
        let mut session = Session::new(1);
        let leases = |s: &Session, ns: Option<&str>| objects(&s.world().cluster, &LEASE, ns);
        assert!(leases(&session, Some("default")).is_empty());
        let first = leases(&session, None);
        assert_eq!(first.len(), 1);
        assert_eq!(first[0]["metadata"]["namespace"], NODE_LEASE_NS);
        assert_eq!(first[0]["spec"]["holderIdentity"], "minikube");
        session.advance(95_000);
        let later = leases(&session, Some(NODE_LEASE_NS));
        let renew = |l: &Value| text(l, &["spec", "renewTime"]).to_string();
        assert_ne!(renew(&later[0]), renew(&first[0]));
        assert!(renew(&later[0]).ends_with("0.000000Z"));
        assert_ne!(
            later[0]["metadata"]["resourceVersion"],
            first[0]["metadata"]["resourceVersion"]
        );
    }
}
