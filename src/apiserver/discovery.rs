//! Discovery, the legacy form kubectl falls back to when the answer is not
//! the aggregated `APIGroupDiscoveryList`: `/api`, `/apis`, one
//! `APIResourceList` per group version (from the same resource table the
//! terminal's `api-resources` prints), and `/version`.

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
