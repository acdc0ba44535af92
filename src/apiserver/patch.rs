//! The two patch types kubectl sends: JSON merge patch (RFC 7386; `scale`,
//! `label`, `annotate`) and strategic merge patch (`apply`, `set image`,
//! `rollout restart`), whose lists merge element by element on
//! Kubernetes' merge keys (`containers` by `name`, `ports` by
//! `containerPort` or `port`, …) and whose `$`-directives are honoured
//! or dropped.

use serde_json::{Map, Value};

/// How deep a patch may nest before it is refused (bounds the recursion).
const PATCH_DEPTH_MAX: usize = 64;

/// RFC 7386: objects merge, `null` deletes, anything else replaces.
pub fn merge_patch(target: &mut Value, patch: &Value) -> Result<(), String> {
    merge(target, patch, false, 0)
}

/// Strategic merge patch with Kubernetes' list merge keys.
pub fn strategic_merge_patch(target: &mut Value, patch: &Value) -> Result<(), String> {
    merge(target, patch, true, 0)
}

/// The merge key of the list at field `field`, when it has one.
fn merge_key(field: &str, item: &Value) -> Option<&'static str> {
    match field {
        "containers"
        | "initContainers"
        | "ephemeralContainers"
        | "env"
        | "volumes"
        | "imagePullSecrets" => Some("name"),
        "volumeMounts" => Some("mountPath"),
        "volumeDevices" => Some("devicePath"),
        "ports" if item.get("containerPort").is_some() => Some("containerPort"),
        "ports" => Some("port"),
        "tolerations" => None,
        "conditions" => Some("type"),
        "hostAliases" => Some("ip"),
        "ownerReferences" => Some("uid"),
        _ => None,
    }
}

fn merge(target: &mut Value, patch: &Value, strategic: bool, depth: usize) -> Result<(), String> {
    if depth > PATCH_DEPTH_MAX {
        return Err("patch is nested too deeply".into());
    }
    let Value::Object(patch_map) = patch else {
        *target = patch.clone();
        return Ok(());
    };
    if strategic && patch_map.get("$patch").and_then(Value::as_str) == Some("replace") {
        let mut replaced = patch_map.clone();
        replaced.remove("$patch");
        *target = Value::Object(replaced);
        return Ok(());
    }
    if !target.is_object() {
        *target = Value::Object(Map::new());
    }
    let Value::Object(target_map) = target else {
        return Ok(());
    };
    for (key, value) in patch_map {
        if strategic && key.starts_with('$') {
            continue;
        }
        if value.is_null() {
            target_map.remove(key);
            continue;
        }
        match (target_map.get_mut(key), value) {
            (Some(existing), Value::Object(_)) => merge(existing, value, strategic, depth + 1)?,
            (Some(Value::Array(existing)), Value::Array(items)) if strategic => {
                merge_list(existing, items, key, depth)?;
            }
            _ => {
                let mut fresh = Value::Null;
                merge(&mut fresh, value, strategic, depth + 1)?;
                if let Value::Object(m) = &mut fresh {
                    strip_directives(m);
                }
                target_map.insert(key.clone(), fresh);
            }
        }
    }
    Ok(())
}

fn strip_directives(map: &mut Map<String, Value>) {
    map.retain(|k, _| !k.starts_with('$'));
}

/// Merges list `items` into `existing` by merge key; lists without one are replaced.
fn merge_list(
    existing: &mut Vec<Value>,
    items: &[Value],
    field: &str,
    depth: usize,
) -> Result<(), String> {
    let Some(key) = items.first().and_then(|i| merge_key(field, i)) else {
        *existing = items.to_vec();
        return Ok(());
    };
    for item in items {
        let id = item.get(key).cloned();
        let delete = item.get("$patch").and_then(Value::as_str) == Some("delete");
        let position = existing
            .iter()
            .position(|e| id.is_some() && e.get(key) == id.as_ref());
        match (position, delete) {
            (Some(i), true) => {
                existing.remove(i);
            }
            (Some(i), false) => {
                if let Some(slot) = existing.get_mut(i) {
                    merge(slot, item, true, depth + 1)?;
                }
            }
            (None, true) => {}
            (None, false) => {
                let mut fresh = item.clone();
                if let Value::Object(m) = &mut fresh {
                    strip_directives(m);
                }
                existing.push(fresh);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn merge_patch_sets_and_deletes() {
        let mut obj = json!({"metadata": {"labels": {"a": "1", "b": "2"}}});
        super::merge_patch(
            &mut obj,
            &json!({"metadata": {"labels": {"a": null, "c": "3"}}}),
        )
        .unwrap();
        assert_eq!(obj, json!({"metadata": {"labels": {"b": "2", "c": "3"}}}));
    }

    #[test]
    fn strategic_patch_merges_containers_by_name() {
        let mut obj = json!({"spec": {"containers": [{"name": "a", "image": "x"}, {"name": "b", "image": "y"}]}});
        let patch = json!({"spec": {"$setElementOrder/containers": [{"name": "a"}, {"name": "b"}], "containers": [{"name": "b", "image": "z"}]}});
        super::strategic_merge_patch(&mut obj, &patch).unwrap();
        assert_eq!(
            obj,
            json!({"spec": {"containers": [{"name": "a", "image": "x"}, {"name": "b", "image": "z"}]}})
        );
    }
}
