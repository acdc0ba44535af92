//! `kubectl patch (TYPE NAME | TYPE/NAME) -p PATCH [--type
//! strategic|merge|json]` (or `--patch-file`): the patch is YAML or JSON;
//! a strategic merge patch merges lists by Kubernetes' merge keys
//! (containers and volumes by `name`, ports by `containerPort`/`port`,
//! volumeMounts by `mountPath` …) and honours `$patch: delete|replace`; a
//! merge patch is RFC 7386; a JSON patch is RFC 6902. The result goes
//! through the normal write path (validation, admission), and kubectl
//! says `deployment.apps/web patched` or `… patched (no change)`.

use serde_json::{Map, Value};

use super::write::{kind_or_not_found, modify, object_ref};
use super::{fail, namespace};
use crate::kubectl::cli::Call;
use crate::kubectl::jsonpath::{sprint, Found};
use crate::kubectl::target::named;
use crate::kubectl::yaml::decode_documents;
use crate::shell::{done, CommandFuture, Ctx};

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
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, _)| !k.starts_with('$'))
                .map(|(k, v)| (k.clone(), without_directives(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_directives).collect()),
        other => other.clone(),
    }
}

/// Applies a strategic merge patch to `target` in place.
fn strategic(target: &mut Value, patch: &Value) -> Result<(), String> {
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
                        merge_list(existing, items, mk)?;
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
                        merge_list(&mut fresh, items, mk)?;
                        map.insert(key.clone(), Value::Array(fresh));
                    }
                    _ => {
                        map.insert(key.clone(), without_directives(value));
                    }
                }
            }
            Value::Object(_) => {
                let slot = map.entry(key.clone()).or_insert(Value::Null);
                strategic(slot, value)?;
            }
            other => {
                map.insert(key.clone(), other.clone());
            }
        }
    }
    Ok(())
}

fn merge_list(existing: &mut Vec<Value>, items: &[Value], key: &str) -> Result<(), String> {
    for item in items {
        let Some(id) = item.get(key) else {
            return Err(format!(
                "Error from server (BadRequest): map: {} does not contain declared merge key: {key}",
                sprint(&Found::J(item))
            ));
        };
        let at = existing.iter().position(|e| e.get(key) == Some(id));
        if item.get("$patch").and_then(Value::as_str) == Some("delete") {
            existing.retain(|e| e.get(key) != Some(id));
            continue;
        }
        match at.and_then(|i| existing.get_mut(i)) {
            Some(slot) => strategic(slot, item)?,
            None => existing.push(without_directives(item)),
        }
    }
    Ok(())
}

/// RFC 7386 JSON merge patch.
fn merge(target: &mut Value, patch: &Value) {
    let Value::Object(patch_map) = patch else {
        *target = patch.clone();
        return;
    };
    if !target.is_object() {
        *target = Value::Object(Map::new());
    }
    if let Some(map) = target.as_object_mut() {
        for (key, value) in patch_map {
            if value.is_null() {
                map.remove(key);
            } else {
                merge(map.entry(key.clone()).or_insert(Value::Null), value);
            }
        }
    }
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

/// RFC 6902 JSON patch; errors are the json-patch library's.
pub(crate) fn json_patch(doc: &mut Value, ops: &Value) -> Result<(), String> {
    let Value::Array(ops) = ops else {
        let what = if ops.is_object() { "object" } else { "string" };
        return Err(format!("Error from server (BadRequest): json: cannot unmarshal {what} into Go value of type jsonpatch.Patch"));
    };
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

pub fn patch(mut ctx: Ctx, call: Call) -> CommandFuture {
    let kind = call.flags.str("type");
    let kind = if kind.is_empty() {
        "strategic".to_string()
    } else {
        kind
    };
    if !matches!(kind.as_str(), "json" | "merge" | "strategic") {
        return done(fail(
            &mut ctx,
            &format!("--type must be one of [json merge strategic], not {kind:?}"),
        ));
    }
    let (inline, file) = (call.flags.opt("patch"), call.flags.opt("patch-file"));
    let text = match (inline, file) {
        (Some(_), Some(_)) => {
            return done(fail(
                &mut ctx,
                "cannot specify --patch and --patch-file together",
            ))
        }
        (None, None) => {
            return done(fail(
                &mut ctx,
                "must specify --patch or --patch-file containing the contents of the patch",
            ))
        }
        (Some(text), None) => text,
        (None, Some(path)) => match ctx.with_world(|w| w.read_file(&path)) {
            Ok(text) => text,
            Err(_) => {
                return done(fail(
                    &mut ctx,
                    &format!("unable to read patch file: open {path}: no such file or directory"),
                ))
            }
        },
    };
    let targets = match named(&call.args) {
        Ok(t) => t,
        Err(e) => return done(fail(&mut ctx, &e)),
    };
    let patch = match decode_documents(&text) {
        Ok(Some(v)) => v,
        Ok(None) => Value::Null,
        Err(e) => {
            return done(fail(
                &mut ctx,
                &format!("unable to parse {text:?}: error converting YAML to JSON: {e}"),
            ))
        }
    };
    let ns = namespace(&call);
    let mut status = 0;
    for (rt, name) in targets {
        let engine_kind = match kind_or_not_found(rt, &name) {
            Ok(k) => k,
            Err(e) => {
                status = fail(&mut ctx, &e);
                continue;
            }
        };
        let changed = std::cell::Cell::new(true);
        let result = ctx.with_world(|w| {
            modify(&mut w.cluster, engine_kind, &ns, &name, |obj| {
                let original = obj.clone();
                apply(&kind, obj, &patch)?;
                changed.set(*obj != original);
                Ok(())
            })
        });
        match result {
            Ok(_) => {
                let note = if changed.get() { "" } else { " (no change)" };
                ctx.out(&format!("{} patched{note}\n", object_ref(rt, &name)));
            }
            Err(e) => status = fail(&mut ctx, &e),
        }
    }
    done(status)
}

/// Applies `patch` of the given `--type` to `obj`.
fn apply(kind: &str, obj: &mut Value, patch: &Value) -> Result<(), String> {
    match kind {
        "json" => json_patch(obj, patch).map_err(|e| {
            if e.starts_with("Error from server") {
                e
            } else {
                "The request is invalid".to_string()
            }
        }),
        "merge" => {
            merge(obj, patch);
            Ok(())
        }
        _ if !patch.is_object() => Err(format!(
            "Error from server (BadRequest): json: cannot unmarshal {} into Go value of type map[string]interface {{}}",
            if patch.is_array() { "array" } else { "string" }
        )),
        _ => strategic(obj, patch),
    }
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
        strategic(
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
        let err =
            strategic(&mut d, &json!({"spec": {"containers": [{"image": "q"}]}})).unwrap_err();
        assert!(
            err.ends_with("map: map[image:q] does not contain declared merge key: name"),
            "{err}"
        );
        // Lists without a merge key are replaced; null deletes.
        let mut d = json!({"spec": {"args": ["a", "b"], "x": 1}});
        strategic(&mut d, &json!({"spec": {"args": ["c"], "x": null}})).unwrap();
        assert_eq!(d, json!({"spec": {"args": ["c"]}}));
    }

    #[test]
    fn merge_patch_replaces_lists() {
        let mut d = json!({"a": {"b": 1, "c": [1, 2]}});
        merge(&mut d, &json!({"a": {"b": null, "c": [3]}}));
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
            "replace operation does not apply: doc is missing key: /spec/x: missing value"
        );
        assert_eq!(
            json_patch(&mut d, &json!([{"op": "bad"}])).unwrap_err(),
            "Unexpected kind: bad"
        );
        assert!(json_patch(&mut d, &json!({"op": "add"}))
            .unwrap_err()
            .contains("cannot unmarshal object"));
    }
}
