//! Reading typed fields out of a JSON value by hand, with messages that
//! name the field. Front matter, saved progress and catalog files are
//! read this way rather than through serde derives: each derive adds its
//! own deserializer code to the wasm bundle, and these documents are tiny.

use serde_json::{Map, Value};

/// The value as an object, or an error naming `what`.
pub fn object<'a>(value: &'a Value, what: &str) -> Result<&'a Map<String, Value>, String> {
    value
        .as_object()
        .ok_or_else(|| format!("{what} must be a mapping of fields"))
}

/// Refuses fields other than `allowed` (a typo is an error, not ignored).
pub fn only(map: &Map<String, Value>, allowed: &[&str], what: &str) -> Result<(), String> {
    match map.keys().find(|k| !allowed.contains(&k.as_str())) {
        None => Ok(()),
        Some(k) => Err(format!(
            "{what}: unknown field `{k}`; expected one of {}",
            allowed
                .iter()
                .map(|a| format!("`{a}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// A required text field.
pub fn text(map: &Map<String, Value>, key: &str, what: &str) -> Result<String, String> {
    match map.get(key) {
        Some(Value::String(s)) => Ok(s.clone()),
        Some(_) => Err(format!("{what}: `{key}` must be text")),
        None => Err(format!("{what}: `{key}` is missing")),
    }
}

/// An optional whole number field at most `max`.
pub fn number(
    map: &Map<String, Value>,
    key: &str,
    max: u64,
    what: &str,
) -> Result<Option<u64>, String> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => match v.as_u64() {
            Some(n) if n <= max => Ok(Some(n)),
            _ => Err(format!(
                "{what}: `{key}` must be a whole number from 0 to {max}"
            )),
        },
    }
}

/// An optional list field (empty when absent).
pub fn list<'a>(map: &'a Map<String, Value>, key: &str, what: &str) -> Result<&'a [Value], String> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(items)) => Ok(items),
        Some(_) => Err(format!("{what}: `{key}` must be a list")),
    }
}

/// An optional list of text (empty when absent).
pub fn texts(map: &Map<String, Value>, key: &str, what: &str) -> Result<Vec<String>, String> {
    list(map, key, what)?
        .iter()
        .map(|v| {
            v.as_str()
                .map(str::to_string)
                .ok_or_else(|| format!("{what}: every item of `{key}` must be text"))
        })
        .collect()
}
