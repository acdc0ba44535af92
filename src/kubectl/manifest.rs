//! Reading manifests for `create -f` / `apply -f` / `delete -f` the way
//! kubectl's resource builder does: a stream is JSON if it starts with `{`,
//! otherwise YAML documents separated by `---` lines (each document parsed
//! on its own, so YAML line numbers count from the document's start);
//! empty documents are skipped, `kind: List` is flattened, and errors carry
//! kubectl's words (`error parsing deploy.yaml: error converting YAML to
//! JSON: yaml: line 3: …`, `unable to decode "x.yaml": Object 'Kind' is
//! missing in '{…}'`).

use serde_json::Value;

use crate::kubectl::printers::json::to_json_compact;
use crate::kubectl::yaml::decode_documents;

/// The largest manifest accepted, in bytes.
pub const MANIFEST_BYTES_MAX: usize = 1024 * 1024;
/// The most objects one stream may hold.
pub const MANIFEST_OBJECTS_MAX: usize = 500;

/// Decodes a stream into its objects in order. A parse error ends the
/// stream: the objects before it are still returned (kubectl acts on them)
/// and the error comes last.
pub fn decode_stream(source: &str, text: &str) -> Vec<Result<Value, String>> {
    if text.len() > MANIFEST_BYTES_MAX {
        return vec![Err(format!(
            "error parsing {source}: manifest is larger than {MANIFEST_BYTES_MAX} bytes"
        ))];
    }
    let mut out = Vec::new();
    if text.trim_start().starts_with('{') {
        decode_json(source, text, &mut out);
    } else {
        for doc in split_documents(text) {
            match doc {
                Ok(chunk) => match decode_documents(chunk) {
                    Ok(Some(Value::Null)) | Ok(None) => {}
                    Ok(Some(value)) => push_flattened(value, &mut out),
                    Err(e) => {
                        out.push(Err(format!(
                            "error parsing {source}: error converting YAML to JSON: {e}"
                        )));
                        break;
                    }
                },
                Err(e) => {
                    out.push(Err(format!("error parsing {source}: {e}")));
                    break;
                }
            }
            if out.len() > MANIFEST_OBJECTS_MAX {
                out.push(Err(format!(
                    "error parsing {source}: more than {MANIFEST_OBJECTS_MAX} objects"
                )));
                break;
            }
        }
    }
    out
}

/// apimachinery's `YAMLReader`: a line starting with `---` ends a
/// document; only spaces or a comment may follow the marker.
fn split_documents(text: &str) -> Vec<Result<&str, String>> {
    let mut docs = Vec::new();
    let mut start = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix("---") {
            let trimmed = rest.trim();
            if !trimmed.is_empty() && !trimmed.starts_with('#') {
                docs.push(Err(format!("invalid Yaml document separator: {trimmed}")));
                return docs;
            }
            if let Some(doc) = text.get(start..offset) {
                if !doc.is_empty() {
                    docs.push(Ok(doc));
                }
            }
            start = offset + line.len();
        }
        offset += line.len();
    }
    if let Some(doc) = text.get(start..) {
        if !doc.is_empty() {
            docs.push(Ok(doc));
        }
    }
    docs
}

/// One or more JSON objects back to back.
fn decode_json(source: &str, text: &str, out: &mut Vec<Result<Value, String>>) {
    let stream = serde_json::Deserializer::from_str(text).into_iter::<Value>();
    for item in stream {
        match item {
            Ok(Value::Null) => {}
            Ok(value) => push_flattened(value, out),
            Err(e) => {
                out.push(Err(format!("error parsing {source}: {}", json_error(&e))));
                return;
            }
        }
        if out.len() > MANIFEST_OBJECTS_MAX {
            out.push(Err(format!(
                "error parsing {source}: more than {MANIFEST_OBJECTS_MAX} objects"
            )));
            return;
        }
    }
}

/// Go's wording for the JSON errors a learner can make.
fn json_error(e: &serde_json::Error) -> String {
    if e.is_eof() {
        "unexpected EOF".to_string()
    } else {
        format!(
            "json: line {}: invalid character looking for beginning of value",
            e.line()
        )
    }
}

/// `kind: List` (or `…List`) documents stand for their items.
fn push_flattened(value: Value, out: &mut Vec<Result<Value, String>>) {
    let is_list = value
        .get("kind")
        .and_then(Value::as_str)
        .is_some_and(|k| k.ends_with("List"))
        && value.get("items").is_some_and(Value::is_array);
    if !is_list {
        out.push(Ok(value));
        return;
    }
    if let Some(Value::Array(items)) = value.get("items") {
        for item in items {
            push_flattened(item.clone(), out);
        }
    }
}

/// The decoder's check that an object says what it is:
/// `unable to decode "x.yaml": Object 'Kind' is missing in '{…}'`.
pub fn check_type_meta(source: &str, obj: &Value) -> Result<(), String> {
    let missing = |field: &str| {
        format!(
            "unable to decode {source:?}: Object '{field}' is missing in '{}'",
            to_json_compact(obj)
        )
    };
    if !obj.is_object() {
        return Err(format!("unable to decode {source:?}: json: cannot unmarshal {} into Go value of type struct {{ APIVersion string \"json:\\\"apiVersion,omitempty\\\"\"; Kind string \"json:\\\"kind,omitempty\\\"\" }}", json_kind(obj)));
    }
    if obj
        .get("kind")
        .and_then(Value::as_str)
        .unwrap_or("")
        .is_empty()
    {
        return Err(missing("Kind"));
    }
    if obj
        .get("apiVersion")
        .and_then(Value::as_str)
        .unwrap_or("")
        .is_empty()
    {
        return Err(missing("apiVersion"));
    }
    Ok(())
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Array(_) => "array",
        Value::String(_) => "string",
        Value::Number(_) => "number",
        Value::Bool(_) => "bool",
        _ => "object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ok(source: &str, text: &str) -> Vec<Value> {
        decode_stream(source, text)
            .into_iter()
            .map(Result::unwrap)
            .collect()
    }

    #[test]
    fn multi_document_yaml_and_json() {
        let text = "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: a\n--- # second\n\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: b\n";
        let docs = ok("f.yaml", text);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1]["metadata"]["name"], "b");
        let json_docs = ok("f.json", "{\"kind\": \"Service\", \"apiVersion\": \"v1\"}\n{\"kind\": \"Pod\", \"apiVersion\": \"v1\"}");
        assert_eq!(json_docs.len(), 2);
        let list = ok("l.yaml", "apiVersion: v1\nkind: List\nitems:\n- kind: Service\n  apiVersion: v1\n- kind: Pod\n  apiVersion: v1\n");
        assert_eq!(
            list.iter()
                .map(|d| d["kind"].as_str().unwrap())
                .collect::<Vec<_>>(),
            ["Service", "Pod"]
        );
    }

    #[test]
    fn errors_count_lines_within_the_document() {
        let text = "kind: Service\n---\nmetadata:\n  name: a\n  labels: x: y\n";
        let docs = decode_stream("svc.yaml", text);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1].clone().unwrap_err(), "error parsing svc.yaml: error converting YAML to JSON: yaml: line 3: mapping values are not allowed in this context");
        assert_eq!(
            decode_stream("x", "a: 1\n---x\n")
                .last()
                .unwrap()
                .clone()
                .unwrap_err(),
            "error parsing x: invalid Yaml document separator: x"
        );
    }

    #[test]
    fn type_meta_is_required() {
        assert_eq!(check_type_meta("d.yaml", &json!({"apiVersion": "v1", "metadata": {"name": "x"}})).unwrap_err(), "unable to decode \"d.yaml\": Object 'Kind' is missing in '{\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"x\"}}'");
        assert!(check_type_meta("d.yaml", &json!({"apiVersion": "v1", "kind": "Pod"})).is_ok());
    }
}
