//! The OpenAPI v3 that kubectl asks for before `apply`/`create -f`: for
//! each group version, one PATCH operation per kind that declares the
//! `fieldValidation` query parameter, so kubectl leaves validation to the
//! server (strict decoding in the engine) instead of validating against
//! a schema client-side. Schemas themselves are not served, so
//! `kubectl explain` is not supported in the API mode.

use serde_json::{json, Map, Value};

use crate::kubectl::resources::RESOURCE_TYPES;

fn group_path(group: &str, version: &str) -> String {
    if group.is_empty() {
        format!("api/{version}")
    } else {
        format!("apis/{group}/{version}")
    }
}

/// `/openapi/v3`: the document of each group version.
pub fn root() -> Value {
    let mut paths = Map::new();
    for rt in RESOURCE_TYPES {
        let p = group_path(rt.group, rt.version);
        paths.insert(
            p.clone(),
            json!({"serverRelativeURL": format!("/openapi/v3/{p}?hash=kubeplay")}),
        );
    }
    json!({"paths": paths})
}

/// `/openapi/v3/api/v1` or `/openapi/v3/apis/GROUP/VERSION`.
pub fn group_document(path: &str) -> Option<Value> {
    let mut paths = Map::new();
    for rt in RESOURCE_TYPES
        .iter()
        .filter(|rt| group_path(rt.group, rt.version) == path)
    {
        let scope = if rt.namespaced {
            "namespaces/{namespace}/"
        } else {
            ""
        };
        let url = format!("/{path}/{scope}{}/{{name}}", rt.plural);
        paths.insert(
            url,
            json!({"patch": {
                "x-kubernetes-group-version-kind": {"group": rt.group, "version": rt.version, "kind": rt.kind},
                "parameters": [{"name": "fieldValidation", "in": "query", "schema": {"type": "string", "uniqueItems": true}}],
                "responses": {},
            }}),
        );
    }
    if paths.is_empty() {
        return None;
    }
    Some(json!({
        "openapi": "3.0.0",
        "info": {"title": "Kubernetes", "version": "unversioned"},
        "paths": paths,
        "components": {"schemas": {}},
    }))
}
