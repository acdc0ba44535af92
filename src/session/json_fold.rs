//! Folds repeated JSON subtrees of a checkpoint into references: a
//! thousand pods of one ReplicaSet repeat the same tolerations, volume
//! sources, probes, conditions, run plans and environment, so each
//! repeated object or array of at least [`FOLD_BYTES_MIN`] bytes is
//! written once and then as `{"\u0001": N}`, N counting the folded-able
//! subtrees in the order they end (children before their parent), which
//! unfolding recounts the same way. No Kubernetes key holds a control
//! character, so the marker cannot be met in real data.
//!
//! Subtrees are matched by length and a 64-bit hash of their text; a
//! collision among the few hundred thousand subtrees of the largest
//! checkpoint is below one in a billion, and the property test would see
//! its result as a differing world.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

/// Subtrees shorter than this (in JSON text) are left as they are.
pub const FOLD_BYTES_MIN: usize = 48;

/// The reference marker's key.
const MARK: &str = "\u{1}";

/// The most subtrees a document may define (bounds unfolding's table).
const FOLDS_MAX: usize = 4_000_000;

/// (length, FNV-1a 64 of the text).
fn key(text: &str) -> (usize, u64) {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    (text.len(), hash)
}

/// `value` with every repeat of a large subtree replaced by a reference.
pub fn fold(value: Value) -> Value {
    fold_in(value, &mut BTreeMap::new())
}

fn fold_in(value: Value, seen: &mut BTreeMap<(usize, u64), usize>) -> Value {
    if !matches!(&value, Value::Object(m) if !m.is_empty())
        && !matches!(&value, Value::Array(a) if !a.is_empty())
    {
        return value;
    }
    let text = value.to_string();
    let big = text.len() >= FOLD_BYTES_MIN;
    if big {
        if let Some(n) = seen.get(&key(&text)) {
            return reference(*n);
        }
    }
    let value = match value {
        Value::Object(m) => Value::Object(crate::sorting::insert_all(
            m.into_iter().map(|(k, v)| (k, fold_in(v, seen))),
        )),
        Value::Array(a) => Value::Array(a.into_iter().map(|v| fold_in(v, seen)).collect()),
        v => v,
    };
    if big {
        let n = seen.len();
        seen.insert(key(&text), n);
    }
    value
}

fn reference(n: usize) -> Value {
    let mut m = Map::new();
    m.insert(MARK.into(), Value::from(n));
    Value::Object(m)
}

/// The subtree a reference names, if `value` is one.
fn referred(value: &Value) -> Option<u64> {
    match value {
        Value::Object(m) if m.len() == 1 => m.get(MARK).and_then(Value::as_u64),
        _ => None,
    }
}

/// Undoes [`fold`]; a reference to nothing yet defined is an error.
pub fn unfold(value: Value) -> Result<Value, &'static str> {
    unfold_in(value, &mut Vec::new())
}

fn unfold_in(value: Value, table: &mut Vec<Value>) -> Result<Value, &'static str> {
    if let Some(n) = referred(&value) {
        let n = usize::try_from(n).map_err(|_| "bad reference")?;
        return table.get(n).cloned().ok_or("bad reference");
    }
    let value = match value {
        Value::Object(m) if !m.is_empty() => {
            let mut out = Map::new();
            for (k, v) in m {
                out.insert(k, unfold_in(v, table)?);
            }
            Value::Object(out)
        }
        Value::Array(a) if !a.is_empty() => Value::Array(
            a.into_iter()
                .map(|v| unfold_in(v, table))
                .collect::<Result<_, &'static str>>()?,
        ),
        v => return Ok(v),
    };
    if value.to_string().len() >= FOLD_BYTES_MIN {
        if table.len() >= FOLDS_MAX {
            return Err("too many subtrees");
        }
        table.push(value.clone());
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn repeats_fold_to_references_and_back() {
        let spec = json!({"tolerations": [{"key": "node.kubernetes.io/not-ready", "effect": "NoExecute"}]});
        let doc = json!({"pods": [
            {"name": "a", "spec": spec}, {"name": "b", "spec": spec}, {"name": "c", "spec": spec}
        ], "small": [1, 1]});
        let folded = fold(doc.clone());
        assert!(
            folded.to_string().len() < doc.to_string().len() * 2 / 3,
            "{folded}"
        );
        // Ids count subtrees as they end: the toleration (0), its list
        // (1), the spec (2); the repeats name the spec.
        assert_eq!(folded["pods"][1]["spec"], json!({"\u{1}": 2}));
        assert_eq!(folded["pods"][2]["spec"], json!({"\u{1}": 2}));
        assert_eq!(unfold(folded), Ok(doc));
        assert_eq!(unfold(json!({"\u{1}": 0})), Err("bad reference"));
        // Not a reference (no index): left as data.
        assert_eq!(unfold(json!({"\u{1}": -1})), Ok(json!({"\u{1}": -1})));
    }
}
