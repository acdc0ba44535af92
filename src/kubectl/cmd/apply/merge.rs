//! The three-way merge behind client-side `kubectl apply`: start from the
//! live object, set every field the new manifest sets, and delete the
//! fields the previous manifest (the last-applied annotation) set but the
//! new one dropped. Lists of objects that Kubernetes merges by key
//! (containers, ports, env, volumes…) merge item by item, as a strategic
//! merge patch does; other lists are replaced.

use serde_json::{Map, Value};

/// The deepest nesting merged; deeper values are replaced whole.
const MERGE_DEPTH_MAX: usize = 64;

/// The merge key of list items under `field`, as strategic merge patch
/// declares them for the kinds the simulator serves.
fn merge_key(field: &str) -> Option<&'static str> {
    match field {
        "containers" | "initContainers" | "env" | "volumes" | "volumeMounts"
        | "imagePullSecrets" => Some("name"),
        "ports" => Some("containerPort"),
        "tolerations" => Some("key"),
        _ => None,
    }
}

/// `live` patched towards `new`, forgetting what only `last` had set.
pub fn three_way(live: &Value, last: Option<&Value>, new: &Value) -> Value {
    merge(live, last, new, "", 0)
}

fn merge(live: &Value, last: Option<&Value>, new: &Value, field: &str, depth: usize) -> Value {
    if depth > MERGE_DEPTH_MAX {
        return new.clone();
    }
    match (live, new) {
        (Value::Object(l), Value::Object(n)) => {
            Value::Object(merge_maps(l, last.and_then(Value::as_object), n, depth))
        }
        (Value::Array(l), Value::Array(n)) => match merge_key(field) {
            Some(_) if field == "ports" && n.iter().any(|p| p.get("containerPort").is_none()) => {
                // Service ports merge by port number.
                merge_lists(l, last.and_then(Value::as_array), n, "port", depth)
            }
            Some(key) => merge_lists(l, last.and_then(Value::as_array), n, key, depth),
            None => new.clone(),
        },
        _ => new.clone(),
    }
}

fn merge_maps(
    live: &Map<String, Value>,
    last: Option<&Map<String, Value>>,
    new: &Map<String, Value>,
    depth: usize,
) -> Map<String, Value> {
    let mut out = live.clone();
    if let Some(last) = last {
        for key in last.keys() {
            if !new.contains_key(key) {
                out.remove(key);
            }
        }
    }
    for (key, value) in new {
        let merged = match live.get(key) {
            Some(current) => merge(
                current,
                last.and_then(|l| l.get(key)),
                value,
                key,
                depth + 1,
            ),
            None => value.clone(),
        };
        out.insert(key.clone(), merged);
    }
    out
}

fn merge_lists(
    live: &[Value],
    last: Option<&Vec<Value>>,
    new: &[Value],
    key: &str,
    depth: usize,
) -> Value {
    let id = |v: &Value| v.get(key).cloned();
    let mut out: Vec<Value> = Vec::new();
    for item in new {
        let current = live.iter().find(|l| id(l).is_some() && id(l) == id(item));
        let previous = last.and_then(|l| l.iter().find(|p| id(p) == id(item)));
        out.push(match current {
            Some(c) => merge(c, previous, item, "", depth + 1),
            None => item.clone(),
        });
    }
    // Items the user never managed (not in last-applied) survive.
    for item in live {
        let managed = last.is_some_and(|l| l.iter().any(|p| id(p) == id(item)));
        let kept = new.iter().any(|n| id(n) == id(item));
        if !managed && !kept && last.is_some() {
            out.push(item.clone());
        }
    }
    Value::Array(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn new_fields_win_and_dropped_fields_go() {
        let live = json!({"spec": {"replicas": 3, "paused": true, "template": {"spec": {"containers": [{"name": "a", "image": "x:1", "terminationMessagePath": "/dev/termination-log"}]}}}});
        let last = json!({"spec": {"replicas": 3, "paused": true, "template": {"spec": {"containers": [{"name": "a", "image": "x:1"}]}}}});
        let new = json!({"spec": {"replicas": 5, "template": {"spec": {"containers": [{"name": "a", "image": "x:2"}]}}}});
        let merged = three_way(&live, Some(&last), &new);
        assert_eq!(
            merged,
            json!({"spec": {"replicas": 5, "template": {"spec": {"containers": [{"name": "a", "image": "x:2", "terminationMessagePath": "/dev/termination-log"}]}}}})
        );
    }

    #[test]
    fn unchanged_manifest_keeps_live_object() {
        let live = json!({"metadata": {"name": "x", "uid": "u"}, "spec": {"replicas": 2}});
        let new = json!({"metadata": {"name": "x"}, "spec": {"replicas": 2}});
        assert_eq!(three_way(&live, Some(&new), &new), live);
    }
}
