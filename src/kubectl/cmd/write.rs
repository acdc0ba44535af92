//! How commands change the cluster: send a JSON object to the engine as
//! kubectl sends one to the apiserver (strict decoding, then create or
//! update), and read-modify-write an object by kind and name. Errors come
//! back as the text kubectl prints (`Error from server (NotFound): …`).

use serde_json::Value;

use crate::api::object::DecodeError;
use crate::api::{Kind, Object};
use crate::engine::Cluster;
use crate::kubectl::resources::ResourceType;
use crate::kubectl::target::engine_kind;

/// Strict decoding of an object the way the apiserver does it.
pub fn decode(value: &Value) -> Result<Object, String> {
    Object::from_json(value).map_err(|e| match e {
        DecodeError::BadRequest(m) => format!("Error from server (BadRequest): {m}"),
        DecodeError::UnknownKind(k) => format!(
            "no matches for kind {k:?} in version {:?}",
            value
                .get("apiVersion")
                .and_then(Value::as_str)
                .unwrap_or("")
        ),
    })
}

/// Creates `value` in `namespace`; returns the stored object as JSON.
pub fn create(cluster: &mut Cluster, namespace: &str, value: &Value) -> Result<Value, String> {
    let obj = decode(value)?;
    cluster
        .create_object(namespace, obj)
        .map(|o| o.to_json())
        .map_err(|e| e.kubectl_line())
}

/// Replaces an object with `value` (metadata and spec); returns it as stored.
pub fn update(cluster: &mut Cluster, value: &Value) -> Result<Value, String> {
    let obj = decode(value)?;
    cluster
        .update_object(obj)
        .map(|o| o.to_json())
        .map_err(|e| e.kubectl_line())
}

/// Reads an object as JSON, lets `change` edit it, and updates it. The
/// closure may refuse with a message, which is returned unchanged.
pub fn modify(
    cluster: &mut Cluster,
    kind: Kind,
    namespace: &str,
    name: &str,
    change: impl FnOnce(&mut Value) -> Result<(), String>,
) -> Result<(Value, Value), String> {
    let before = cluster
        .get_object(kind, namespace, name)
        .map_err(|e| e.kubectl_line())?
        .to_json();
    let mut after = before.clone();
    change(&mut after)?;
    let stored = update(cluster, &after)?;
    Ok((before, stored))
}

/// The engine kind of a resource type, or the NotFound line for `name`.
pub fn kind_or_not_found(rt: &ResourceType, name: &str) -> Result<Kind, String> {
    engine_kind(rt).ok_or_else(|| {
        format!(
            "Error from server (NotFound): {} {name:?} not found",
            rt.qualified_plural()
        )
    })
}

/// `deployment.apps/web` for success messages.
pub fn object_ref(rt: &ResourceType, name: &str) -> String {
    format!("{}/{name}", rt.kind_group())
}

/// A map field, created empty when missing (`metadata.labels`).
pub fn map_at<'a>(
    value: &'a mut Value,
    path: &[&str],
) -> Option<&'a mut serde_json::Map<String, Value>> {
    let mut cur = value;
    for key in path {
        let obj = cur.as_object_mut()?;
        cur = obj
            .entry(key.to_string())
            .or_insert_with(|| Value::Object(serde_json::Map::new()));
        if cur.is_null() {
            *cur = Value::Object(serde_json::Map::new());
        }
    }
    cur.as_object_mut()
}
