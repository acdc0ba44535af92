//! The OpenAPI v3 that kubectl asks for: for each group version, one PATCH
//! operation per kind that declares the `fieldValidation` query parameter
//! (so kubectl leaves validation to the server, strict decoding in the
//! engine, before `apply`/`create -f`), and the schemas `kubectl explain`
//! renders, built from the same field table as the terminal's `explain`
//! (a kind's top-level fields and its `spec` fields; deeper types are
//! named but empty).

use serde_json::{json, Map, Value};

use crate::kubectl::cmd::explain;
use crate::kubectl::resources::{ResourceType, RESOURCE_TYPES};

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
    let mut schemas = Map::new();
    for rt in RESOURCE_TYPES
        .iter()
        .filter(|rt| group_path(rt.group, rt.version) == path)
    {
        kind_schemas(rt, &mut schemas);
    }
    Some(json!({
        "openapi": "3.0.0",
        "info": {"title": "Kubernetes", "version": "unversioned"},
        "paths": paths,
        "components": {"schemas": schemas},
    }))
}

/// The schema name of a Go type kubectl's explain names (`PodSpec` →
/// `io.k8s.api.core.v1.PodSpec`).
fn schema_name(rt: &ResourceType, ty: &str) -> String {
    if matches!(ty, "ObjectMeta" | "LabelSelector") {
        return format!("io.k8s.apimachinery.pkg.apis.meta.v1.{ty}");
    }
    let group = if rt.group.is_empty() {
        "core"
    } else {
        rt.group
    };
    format!("io.k8s.api.{group}.{}.{ty}", rt.version)
}

/// One field's schema; a named type also gets an (empty) schema of its own.
fn field_schema(
    rt: &ResourceType,
    ty: &str,
    description: &str,
    schemas: &mut Map<String, Value>,
) -> Value {
    let reference = |name: &str, schemas: &mut Map<String, Value>| {
        let full = schema_name(rt, name);
        schemas
            .entry(full.clone())
            .or_insert_with(|| json!({"type": "object"}));
        json!({"allOf": [{"$ref": format!("#/components/schemas/{full}")}], "default": {}})
    };
    let mut schema = match ty {
        "string" | "boolean" => json!({"type": ty}),
        "integer" => json!({"type": "integer", "format": "int32"}),
        "map[string]string" => {
            json!({"type": "object", "additionalProperties": {"type": "string", "default": ""}})
        }
        _ => match ty.strip_prefix("[]") {
            Some(item) => json!({"type": "array", "items": reference(item, schemas)}),
            None => reference(ty, schemas),
        },
    };
    if let Some(map) = schema.as_object_mut() {
        map.insert("description".into(), json!(description));
    }
    schema
}

/// The schemas of one kind: the kind itself (with its group-version-kind,
/// which `explain` looks up) and its `spec` type.
fn kind_schemas(rt: &ResourceType, schemas: &mut Map<String, Value>) {
    let Some((description, top, spec)) = explain::schema_fields(rt.kind) else {
        return;
    };
    let mut properties = Map::new();
    let mut spec_type = None;
    for (name, ty, desc) in top {
        if *name == "spec" {
            spec_type = Some(*ty);
        }
        properties.insert(name.to_string(), field_schema(rt, ty, desc, schemas));
    }
    schemas.insert(
        schema_name(rt, rt.kind),
        json!({
            "description": description,
            "type": "object",
            "properties": properties,
            "x-kubernetes-group-version-kind": [{"group": rt.group, "kind": rt.kind, "version": rt.version}],
        }),
    );
    if let (Some(ty), false) = (spec_type, spec.is_empty()) {
        let mut properties = Map::new();
        for (name, field_ty, desc) in spec {
            properties.insert(name.to_string(), field_schema(rt, field_ty, desc, schemas));
        }
        schemas.insert(
            schema_name(rt, ty),
            json!({"type": "object", "properties": properties}),
        );
    }
}
