//! The three patch types, one implementation for the terminal's `kubectl
//! patch` and the API mode's PATCH: JSON merge patch (RFC 7386), strategic
//! merge patch (lists merged element by element on Kubernetes' merge keys —
//! containers and volumes by `name`, ports by `containerPort`/`port`,
//! volumeMounts by `mountPath` … — with `$patch: delete|replace` honoured
//! and other `$` directives dropped) and JSON patch (RFC 6902, with the
//! json-patch library's error words). Errors are the apiserver's message
//! without kubectl's `Error from server` prefix.

use serde_json::{Map, Value};

use super::jsonpath::{sprint, Found};

/// How deep a patch may nest before it is refused (bounds the recursion).
pub const PATCH_DEPTH_MAX: usize = 64;

/// Why a patch could not be applied.
#[derive(Debug, PartialEq, Eq)]
pub enum PatchError {
    /// The patch itself is malformed (HTTP 400).
    BadRequest(String),
    /// A JSON patch operation does not apply to the object (HTTP 422).
    Invalid(String),
}

fn too_deep() -> String {
    "patch is nested too deeply".to_string()
}

/// RFC 7386: objects merge, `null` deletes, anything else replaces.
pub fn merge_patch(target: &mut Value, patch: &Value) -> Result<(), PatchError> {
    merge(target, patch, 0).map_err(PatchError::BadRequest)
}

/// Strategic merge patch with Kubernetes' list merge keys.
pub fn strategic_merge_patch(target: &mut Value, patch: &Value) -> Result<(), PatchError> {
    if !patch.is_object() {
        let what = if patch.is_array() { "array" } else { "string" };
        return Err(PatchError::BadRequest(format!(
            "json: cannot unmarshal {what} into Go value of type map[string]interface {{}}"
        )));
    }
    strategic(target, patch, 0).map_err(PatchError::BadRequest)
}

/// RFC 6902 JSON patch.
pub fn json_patch(doc: &mut Value, ops: &Value) -> Result<(), PatchError> {
    let Value::Array(ops) = ops else {
        let what = if ops.is_object() { "object" } else { "string" };
        return Err(PatchError::BadRequest(format!(
            "json: cannot unmarshal {what} into Go value of type jsonpatch.Patch"
        )));
    };
    json_ops(doc, ops).map_err(PatchError::Invalid)
}

/// The merge key of a list field in a strategic merge patch, by the
/// field's name (what the Kubernetes types declare with patchMergeKey).
fn merge_key(field: &str, items: &[Value]) -> Option<&'static str> {
    Some(match field {
        "containers"
        | "initContainers"
        | "ephemeralContainers"
        | "env"
        | "volumes"
        | "imagePullSecrets"
        | "resourceClaims" => "name",
        "volumeMounts" => "mountPath",
        "volumeDevices" => "devicePath",
        "ports" if items.iter().any(|i| i.get("containerPort").is_some()) => "containerPort",
        "ports" => "port",
        "conditions" | "addresses" => "type",
        "ownerReferences" => "uid",
        "hostAliases" => "ip",
        "topologySpreadConstraints" => "topologyKey",
        _ => return None,
    })
}

/// Primitive lists merged as sets rather than replaced.
fn merges_as_set(field: &str) -> bool {
    field == "finalizers"
}

fn without_directives(v: &Value) -> Value {
    match v {
        Value::Object(map) => Value::Object(crate::sorting::insert_all(
            map.iter()
                .filter(|(k, _)| !k.starts_with('$'))
                .map(|(k, v)| (k.clone(), without_directives(v))),
        )),
        Value::Array(items) => Value::Array(items.iter().map(without_directives).collect()),
        other => other.clone(),
    }
}

/// Applies a strategic merge patch to `target` in place.
fn strategic(target: &mut Value, patch: &Value, depth: usize) -> Result<(), String> {
    if depth > PATCH_DEPTH_MAX {
        return Err(too_deep());
    }
    let Value::Object(patch_map) = patch else {
        *target = patch.clone();
        return Ok(());
    };
    if patch_map.get("$patch").and_then(Value::as_str) == Some("replace") {
        *target = without_directives(patch);
        return Ok(());
    }
    if !target.is_object() {
        *target = Value::Object(Map::new());
    }
    let Some(map) = target.as_object_mut() else {
        return Ok(());
    };
    for (key, value) in patch_map.iter().filter(|(k, _)| !k.starts_with('$')) {
        match value {
            Value::Null => {
                map.remove(key);
            }
            Value::Array(items) => {
                let current = map.get_mut(key);
                match (current, merge_key(key, items)) {
                    (Some(Value::Array(existing)), Some(mk)) => {
                        merge_list(existing, items, mk, depth)?;
                    }
                    (Some(Value::Array(existing)), None) if merges_as_set(key) => {
                        for item in items {
                            if !existing.contains(item) {
                                existing.push(item.clone());
                            }
                        }
                    }
                    (_, Some(mk)) => {
                        let mut fresh = Vec::new();
                        merge_list(&mut fresh, items, mk, depth)?;
                        map.insert(key.clone(), Value::Array(fresh));
                    }
                    _ => {
                        map.insert(key.clone(), without_directives(value));
                    }
                }
            }
            Value::Object(_) => {
                let slot = map.entry(key.clone()).or_insert(Value::Null);
                strategic(slot, value, depth + 1)?;
            }
            other => {
                map.insert(key.clone(), other.clone());
            }
        }
    }
    Ok(())
}

fn merge_list(
    existing: &mut Vec<Value>,
    items: &[Value],
    key: &str,
    depth: usize,
) -> Result<(), String> {
    for item in items {
        let Some(id) = item.get(key) else {
            return Err(format!(
                "map: {} does not contain declared merge key: {key}",
                sprint(&Found::J(item))
            ));
        };
        let at = existing.iter().position(|e| e.get(key) == Some(id));
        if item.get("$patch").and_then(Value::as_str) == Some("delete") {
            existing.retain(|e| e.get(key) != Some(id));
            continue;
        }
        match at.and_then(|i| existing.get_mut(i)) {
            Some(slot) => strategic(slot, item, depth + 1)?,
            None => existing.push(without_directives(item)),
        }
    }
    Ok(())
}

fn merge(target: &mut Value, patch: &Value, depth: usize) -> Result<(), String> {
    if depth > PATCH_DEPTH_MAX {
        return Err(too_deep());
    }
    let Value::Object(patch_map) = patch else {
        *target = patch.clone();
        return Ok(());
    };
    if !target.is_object() {
        *target = Value::Object(Map::new());
    }
    if let Some(map) = target.as_object_mut() {
        for (key, value) in patch_map {
            if value.is_null() {
                map.remove(key);
            } else {
                merge(
                    map.entry(key.clone()).or_insert(Value::Null),
                    value,
                    depth + 1,
                )?;
            }
        }
    }
    Ok(())
}

/// A JSON pointer's unescaped segments (`~1` is `/`, `~0` is `~`).
fn pointer(path: &str) -> Vec<String> {
    path.split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect()
}

/// The container that holds the last segment of `path`.
fn parent<'a>(doc: &'a mut Value, parts: &[String]) -> Option<&'a mut Value> {
    let mut cur = doc;
    for part in parts.iter().take(parts.len().saturating_sub(1)) {
        cur = match cur {
            Value::Object(m) => m.get_mut(part)?,
            Value::Array(a) => a.get_mut(part.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(cur)
}

fn json_add(doc: &mut Value, path: &str, value: Value, op: &str) -> Result<(), String> {
    let parts = pointer(path);
    let missing =
        || format!("{op} operation does not apply: doc is missing path: {path:?}: missing value");
    let Some(last) = parts.last() else {
        *doc = value;
        return Ok(());
    };
    match parent(doc, &parts).ok_or_else(missing)? {
        Value::Object(m) => {
            m.insert(last.clone(), value);
        }
        Value::Array(a) if last == "-" => a.push(value),
        Value::Array(a) => {
            let i = last.parse::<usize>().ok().filter(|i| *i <= a.len()).ok_or_else(|| {
                format!("{op} operation does not apply: doc is missing path: {path:?}: missing value")
            })?;
            a.insert(i, value);
        }
        _ => return Err(missing()),
    }
    Ok(())
}

fn json_remove(doc: &mut Value, path: &str, op: &str) -> Result<Value, String> {
    let parts = pointer(path);
    let missing =
        || format!("{op} operation does not apply: doc is missing key: {path}: missing value");
    let last = parts.last().ok_or_else(missing)?;
    match parent(doc, &parts).ok_or_else(missing)? {
        Value::Object(m) => m.remove(last).ok_or_else(missing),
        Value::Array(a) => {
            let i = last
                .parse::<usize>()
                .ok()
                .filter(|i| *i < a.len())
                .ok_or_else(missing)?;
            Ok(a.remove(i))
        }
        _ => Err(missing()),
    }
}

fn json_get(doc: &Value, path: &str) -> Option<Value> {
    doc.pointer(path).cloned()
}

/// The operations of a JSON patch, in order; errors are the json-patch library's.
fn json_ops(doc: &mut Value, ops: &[Value]) -> Result<(), String> {
    for op in ops {
        let kind = op.get("op").and_then(Value::as_str).unwrap_or("");
        let path = op.get("path").and_then(Value::as_str).unwrap_or("");
        let value = op.get("value").cloned().unwrap_or(Value::Null);
        let from = op.get("from").and_then(Value::as_str).unwrap_or("");
        match kind {
            "add" => json_add(doc, path, value, "add")?,
            "remove" => {
                json_remove(doc, path, "remove")?;
            }
            "replace" => {
                json_remove(doc, path, "replace")?;
                json_add(doc, path, value, "replace")?;
            }
            "move" => {
                let moved = json_remove(doc, from, "move")?;
                json_add(doc, path, moved, "move")?;
            }
            "copy" => {
                let copied = json_get(doc, from).ok_or_else(|| {
                    format!("copy operation does not apply: doc is missing from path: {from}: missing value")
                })?;
                json_add(doc, path, copied, "copy")?;
            }
            "test" => {
                if json_get(doc, path).unwrap_or(Value::Null) != value {
                    return Err(format!("testing value {path} failed: test failed"));
                }
            }
            other => return Err(format!("Unexpected kind: {other}")),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn strategic_merges_lists_by_their_keys() {
        let mut d = json!({"spec": {"containers": [
            {"name": "a", "image": "x", "env": [{"name": "A", "value": "1"}]},
            {"name": "b", "image": "y"}
        ]}});
        strategic_merge_patch(
            &mut d,
            &json!({"spec": {"containers": [
                {"name": "a", "image": "x2", "env": [{"name": "B", "value": "2"}]},
                {"name": "b", "$patch": "delete"},
                {"name": "c", "image": "z"}
            ]}}),
        )
        .unwrap();
        assert_eq!(
            d,
            json!({"spec": {"containers": [
                {"name": "a", "image": "x2", "env": [{"name": "A", "value": "1"}, {"name": "B", "value": "2"}]},
                {"name": "c", "image": "z"}
            ]}})
        );
        let err = strategic_merge_patch(&mut d, &json!({"spec": {"containers": [{"image": "q"}]}}))
            .unwrap_err();
        assert_eq!(
            err,
            PatchError::BadRequest(
                "map: map[image:q] does not contain declared merge key: name".into()
            )
        );
        // Lists without a merge key are replaced; null deletes.
        let mut d = json!({"spec": {"args": ["a", "b"], "x": 1}});
        strategic_merge_patch(&mut d, &json!({"spec": {"args": ["c"], "x": null}})).unwrap();
        assert_eq!(d, json!({"spec": {"args": ["c"]}}));
    }

    #[test]
    fn merge_patch_replaces_lists() {
        let mut d = json!({"a": {"b": 1, "c": [1, 2]}});
        merge_patch(&mut d, &json!({"a": {"b": null, "c": [3]}})).unwrap();
        assert_eq!(d, json!({"a": {"c": [3]}}));
    }

    #[test]
    fn json_patch_ops() {
        let mut d = json!({"spec": {"replicas": 1, "args": ["a"]}});
        json_patch(
            &mut d,
            &json!([
                {"op": "replace", "path": "/spec/replicas", "value": 3},
                {"op": "add", "path": "/spec/args/-", "value": "b"},
                {"op": "test", "path": "/spec/replicas", "value": 3},
                {"op": "copy", "from": "/spec/replicas", "path": "/spec/n"},
                {"op": "remove", "path": "/spec/args/0"}
            ]),
        )
        .unwrap();
        assert_eq!(d, json!({"spec": {"replicas": 3, "args": ["b"], "n": 3}}));
        assert_eq!(
            json_patch(
                &mut d,
                &json!([{"op": "replace", "path": "/spec/x", "value": 1}])
            )
            .unwrap_err(),
            PatchError::Invalid(
                "replace operation does not apply: doc is missing key: /spec/x: missing value"
                    .into()
            )
        );
        assert_eq!(
            json_patch(&mut d, &json!([{"op": "bad"}])).unwrap_err(),
            PatchError::Invalid("Unexpected kind: bad".into())
        );
        assert!(matches!(
            json_patch(&mut d, &json!({"op": "add"})),
            Err(PatchError::BadRequest(m)) if m.contains("cannot unmarshal object")
        ));
    }

    #[test]
    fn patches_nested_too_deeply_are_refused() {
        let mut deep = json!(1);
        for _ in 0..PATCH_DEPTH_MAX + 2 {
            deep = json!({ "a": deep });
        }
        let mut d = json!({});
        assert!(merge_patch(&mut d, &deep).is_err());
        assert!(strategic_merge_patch(&mut d, &deep).is_err());
    }
}
