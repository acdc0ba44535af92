//! `meta.k8s.io/v1` `Table` responses for `kubectl get`, built from the
//! same column definitions the terminal's printers use
//! (`kubectl::printers::columns`): every column with its priority (0 for
//! the normal ones, 1 for the `-o wide` extras), one row per object.

use serde_json::{json, Map, Value};

use crate::kubectl::printers::columns::table_def;

/// True when the client asked for a Table (`as=Table` in Accept).
pub fn wants_table(accept: &str) -> bool {
    accept.split(',').any(|a| a.contains("as=Table"))
}

/// The object a row carries: the whole object for `includeObject=Object`,
/// otherwise its `PartialObjectMetadata` (what kubectl reads for
/// namespaces, labels and names).
fn row_object(obj: &Value, include: &str) -> Value {
    if include == "Object" {
        return obj.clone();
    }
    if include == "None" {
        return Value::Null;
    }
    json!({
        "kind": "PartialObjectMetadata",
        "apiVersion": "meta.k8s.io/v1",
        "metadata": obj.get("metadata").cloned().unwrap_or_else(|| json!({})),
    })
}

/// The Table of `objects` of `kind`; `cells` gives an object's row (every
/// column, wide ones included).
pub fn table(
    kind: &str,
    objects: &[Value],
    cells: &dyn Fn(&Value) -> Vec<String>,
    include: &str,
    resource_version: &str,
) -> Value {
    let def = table_def(kind);
    let (all, normal) = match super::derived::headers(kind) {
        Some(h) => (h, h),
        None => (def.headers(true), def.headers(false)),
    };
    let columns: Vec<Value> = all
        .iter()
        .map(|name| {
            let priority = i32::from(!normal.contains(name));
            let mut column = Map::new();
            column.insert("name".into(), json!(title(name)));
            column.insert("type".into(), json!("string"));
            column.insert(
                "format".into(),
                json!(if *name == "NAME" { "name" } else { "" }),
            );
            column.insert("description".into(), json!(""));
            column.insert("priority".into(), json!(priority));
            Value::Object(column)
        })
        .collect();
    let rows: Vec<Value> = objects
        .iter()
        .map(|obj| {
            json!({
                "cells": cells(obj),
                "object": row_object(obj, include),
            })
        })
        .collect();
    json!({
        "kind": "Table",
        "apiVersion": "meta.k8s.io/v1",
        "metadata": {"resourceVersion": resource_version},
        "columnDefinitions": columns,
        "rows": rows,
    })
}

/// `NOMINATED NODE` → `Nominated Node` (kubectl upper-cases it back).
fn title(header: &str) -> String {
    header
        .split(' ')
        .map(|w| {
            let lower = w.to_lowercase();
            let mut chars = lower.chars();
            match chars.next() {
                Some(c) => c.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
