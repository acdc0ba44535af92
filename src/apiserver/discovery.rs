//! Discovery, from the same resource table the terminal's `api-resources`
//! prints: the aggregated `APIGroupDiscoveryList` (apidiscovery.k8s.io/v2)
//! kubectl asks `/api` and `/apis` for first, and the legacy form it falls
//! back to (`/api`, `/apis`, one `APIResourceList` per group version).

use serde_json::{json, Value};

use super::put;

use crate::kubectl::resources::{ResourceType, RESOURCE_TYPES};

const VERBS: [&str; 8] = [
    "create",
    "delete",
    "deletecollection",
    "get",
    "list",
    "patch",
    "update",
    "watch",
];

/// The groups served, in the order of the resource table (core first).
fn groups() -> Vec<(&'static str, &'static str)> {
    let mut out: Vec<(&str, &str)> = Vec::new();
    for rt in RESOURCE_TYPES {
        if !out.contains(&(rt.group, rt.version)) {
            out.push((rt.group, rt.version));
        }
    }
    out
}

/// `/api`: the core group's versions.
pub fn api_versions() -> Value {
    json!({
        "kind": "APIVersions",
        "versions": ["v1"],
        "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": "192.168.49.2:8443"}],
    })
}

/// `/apis`: every named group.
pub fn api_groups() -> Value {
    let groups: Vec<Value> = groups()
        .into_iter()
        .filter(|(g, _)| !g.is_empty())
        .map(|(g, v)| {
            let gv = json!({"groupVersion": format!("{g}/{v}"), "version": v});
            json!({"name": g, "versions": [gv.clone()], "preferredVersion": gv})
        })
        .collect();
    json!({"kind": "APIGroupList", "apiVersion": "v1", "groups": groups})
}

/// The subresources a kind serves (the verbs kubectl needs).
fn subresources(rt: &ResourceType) -> Vec<(&'static str, &'static [&'static str], &'static str)> {
    let mut subs: Vec<(&str, &[&str], &str)> =
        vec![("status", &["get", "patch", "update"], rt.kind)];
    if matches!(
        rt.kind,
        "Deployment" | "ReplicaSet" | "StatefulSet" | "ReplicationController"
    ) {
        subs.push(("scale", &["get", "patch", "update"], "Scale"));
    }
    if rt.kind == "Pod" {
        subs.push(("log", &["get"], "Pod"));
        subs.push(("exec", &["create", "get"], "PodExecOptions"));
        subs.push(("attach", &["create", "get"], "PodAttachOptions"));
        subs.push(("portforward", &["create", "get"], "PodPortForwardOptions"));
        subs.push(("eviction", &["create"], "Eviction"));
    }
    subs
}

/// `/api/v1` or `/apis/GROUP/VERSION`; `None` for a group not served.
pub fn resource_list(group: &str, version: &str) -> Option<Value> {
    if !groups().contains(&(group, version)) {
        return None;
    }
    let mut resources = Vec::new();
    for rt in RESOURCE_TYPES
        .iter()
        .filter(|r| r.group == group && r.version == version)
    {
        let mut r = json!({
            "name": rt.plural,
            "singularName": rt.singular,
            "namespaced": rt.namespaced,
            "kind": rt.kind,
            "verbs": VERBS,
        });
        if !rt.short.is_empty() {
            put(&mut r, "shortNames", json!(rt.short));
        }
        if rt.in_all {
            put(&mut r, "categories", json!(["all"]));
        }
        resources.push(r);
        for (sub, verbs, kind) in subresources(rt) {
            let mut r = json!({
                "name": format!("{}/{sub}", rt.plural),
                "singularName": "",
                "namespaced": rt.namespaced,
                "kind": kind,
                "verbs": verbs,
            });
            if kind == "Scale" {
                // kubectl's scale client reads the Scale's group version here.
                put(&mut r, "group", json!("autoscaling"));
                put(&mut r, "version", json!("v1"));
            }
            if kind == "Eviction" {
                // kubectl drain evicts only where the group version is named.
                put(&mut r, "group", json!("policy"));
                put(&mut r, "version", json!("v1"));
            }
            resources.push(r);
        }
    }
    let group_version = if group.is_empty() {
        version.to_string()
    } else {
        format!("{group}/{version}")
    };
    Some(json!({
        "kind": "APIResourceList",
        "apiVersion": "v1",
        "groupVersion": group_version,
        "resources": resources,
    }))
}

/// The media type of aggregated discovery, which kubectl asks for first.
pub const AGGREGATED: &str = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";

/// True when the client accepts the aggregated form (`as=APIGroupDiscoveryList`
/// at version v2 in its Accept header).
pub fn wants_aggregated(accept: &str) -> bool {
    accept.split(',').any(|t| {
        let params: Vec<&str> = t.split(';').map(str::trim).collect();
        params.contains(&"g=apidiscovery.k8s.io")
            && params.contains(&"v=v2")
            && params.contains(&"as=APIGroupDiscoveryList")
    })
}

/// `/api` (`core`) or `/apis` as one aggregated `APIGroupDiscoveryList`:
/// every group with its versions' resources and subresources, so kubectl
/// needs no request per group version.
pub fn aggregated(core: bool) -> Value {
    let items: Vec<Value> = groups()
        .into_iter()
        .filter(|(g, _)| g.is_empty() == core)
        .map(|(group, version)| {
            let resources: Vec<Value> = RESOURCE_TYPES
                .iter()
                .filter(|r| r.group == group && r.version == version)
                .map(aggregated_resource)
                .collect();
            let mut metadata = json!({"creationTimestamp": null});
            if !core {
                put(&mut metadata, "name", json!(group));
            }
            json!({
                "metadata": metadata,
                "versions": [{"version": version, "resources": resources, "freshness": "Current"}],
            })
        })
        .collect();
    json!({
        "kind": "APIGroupDiscoveryList",
        "apiVersion": "apidiscovery.k8s.io/v2",
        "metadata": {},
        "items": items,
    })
}

/// One resource of an aggregated discovery document.
fn aggregated_resource(rt: &ResourceType) -> Value {
    let kind = |group: &str, version: &str, kind: &str| json!({"group": group, "version": version, "kind": kind});
    let subresources: Vec<Value> = subresources(rt)
        .into_iter()
        .map(|(sub, verbs, k)| {
            let response = match k {
                "Scale" => kind("autoscaling", "v1", k),
                "Eviction" => kind("policy", "v1", k),
                _ => kind(rt.group, rt.version, k),
            };
            json!({"subresource": sub, "responseKind": response, "verbs": verbs})
        })
        .collect();
    let mut r = json!({
        "resource": rt.plural,
        "responseKind": kind(rt.group, rt.version, rt.kind),
        "scope": if rt.namespaced { "Namespaced" } else { "Cluster" },
        "singularResource": rt.singular,
        "verbs": VERBS,
        "subresources": subresources,
    });
    if !rt.short.is_empty() {
        put(&mut r, "shortNames", json!(rt.short));
    }
    if rt.in_all {
        put(&mut r, "categories", json!(["all"]));
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aggregated_discovery_is_chosen_by_accept_and_lists_every_group() {
        let kubectl = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json";
        assert!(wants_aggregated(kubectl));
        assert!(!wants_aggregated("application/json, */*"));
        let core = aggregated(true);
        let pods = core
            .pointer("/items/0/versions/0/resources")
            .and_then(Value::as_array)
            .and_then(|r| r.iter().find(|r| r["resource"] == "pods"))
            .cloned()
            .unwrap_or_default();
        assert_eq!(pods["scope"], "Namespaced");
        assert_eq!(pods["shortNames"], json!(["po"]));
        let apps = aggregated(false);
        let items = apps["items"].as_array().cloned().unwrap_or_default();
        assert_eq!(
            items.len(),
            groups().iter().filter(|(g, _)| !g.is_empty()).count()
        );
        let deploy = items
            .iter()
            .find(|i| i["metadata"]["name"] == "apps")
            .and_then(|i| i.pointer("/versions/0/resources"))
            .and_then(Value::as_array)
            .and_then(|r| r.iter().find(|r| r["resource"] == "deployments"))
            .cloned()
            .unwrap_or_default();
        assert!(deploy["subresources"].as_array().is_some_and(|s| s
            .iter()
            .any(|s| s["subresource"] == "scale" && s["responseKind"]["group"] == "autoscaling")));
    }
}
