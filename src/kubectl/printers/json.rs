//! JSON exactly as Go's `encoding/json` writes it, which is what
//! `kubectl get -o json` prints (`json.MarshalIndent(obj, "", "    ")`).
//!
//! Differences from serde_json's own writer that a learner could see:
//! Go escapes `<`, `>` and `&` as `\u003c`, `\u003e`, `\u0026` (HTML-safe by
//! default) and U+2028/U+2029 as `\u2028`/`\u2029`; whole floats print
//! without `.0`. Keys come out sorted because objects are maps (as in
//! kubectl's unstructured objects).

use super::go_order::{shape_of, Shape};
use serde_json::Value;

/// `json.MarshalIndent(v, "", "    ")` plus the newline kubectl adds.
pub fn to_json_pretty(value: &Value) -> String {
    let mut out = String::new();
    write_value(&mut out, value, Some(0), None);
    out.push('\n');
    out
}

/// [`to_json_pretty`] of an object kubectl holds as a typed Go value (what
/// its generators build): fields in the Go struct's order, see
/// [`super::go_order`].
pub fn to_json_pretty_typed(value: &Value) -> String {
    let shape = value.get("kind").and_then(Value::as_str).and_then(shape_of);
    let mut out = String::new();
    write_value(&mut out, value, Some(0), shape);
    out.push('\n');
    out
}

/// `json.Marshal(v)`: compact, no trailing newline.
pub fn to_json_compact(value: &Value) -> String {
    let mut out = String::new();
    write_value(&mut out, value, None, None);
    out
}

/// Writes `value`; `indent` is the current depth when pretty-printing;
/// `shape` the Go struct `value` is, if known (else keys come sorted).
fn write_value(out: &mut String, value: &Value, indent: Option<usize>, shape: Option<&Shape>) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&number(n)),
        Value::String(s) => write_string(out, s),
        Value::Array(items) => {
            if items.is_empty() {
                out.push_str("[]");
                return;
            }
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, indent.map(|d| d + 1));
                write_value(out, item, indent.map(|d| d + 1), shape);
            }
            newline(out, indent);
            out.push(']');
        }
        Value::Object(map) => {
            if map.is_empty() {
                out.push_str("{}");
                return;
            }
            out.push('{');
            // A struct's listed fields in Go order, then the rest sorted.
            let listed = shape.map_or(&[][..], |s| s.fields);
            let ordered = listed
                .iter()
                .filter_map(|(k, child)| map.get_key_value(*k).map(|(k, v)| (k, v, *child)));
            let rest = map
                .iter()
                .filter(|(k, _)| !listed.iter().any(|(name, _)| name == k))
                .map(|(k, v)| (k, v, None));
            for (i, (key, item, child)) in ordered.chain(rest).enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, indent.map(|d| d + 1));
                write_string(out, key);
                out.push(':');
                if indent.is_some() {
                    out.push(' ');
                }
                write_value(out, item, indent.map(|d| d + 1), child);
            }
            newline(out, indent);
            out.push('}');
        }
    }
}

fn newline(out: &mut String, indent: Option<usize>) {
    if let Some(depth) = indent {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("    ");
        }
    }
}

/// A number as Go prints a float64 or int: `3`, `0.5`, `1e+21`.
pub fn number(n: &serde_json::Number) -> String {
    if let Some(i) = n.as_i64() {
        return i.to_string();
    }
    if let Some(u) = n.as_u64() {
        return u.to_string();
    }
    crate::kubectl::gofmt::float_json(n.as_f64().unwrap_or(0.0))
}

/// A JSON string with Go's escaping rules.
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn pretty_output_uses_four_spaces_and_sorted_keys() {
        let v = json!({"kind": "Service", "apiVersion": "v1", "spec": {"ports": [{"port": 8080}], "selector": {}}, "items": []});
        assert_eq!(
            to_json_pretty(&v),
            "{\n    \"apiVersion\": \"v1\",\n    \"items\": [],\n    \"kind\": \"Service\",\n    \"spec\": {\n        \"ports\": [\n            {\n                \"port\": 8080\n            }\n        ],\n        \"selector\": {}\n    }\n}\n"
        );
    }

    #[test]
    fn strings_are_escaped_like_go() {
        let v = json!("a<b>&c\"\\\n\t\u{1}\u{2028}é");
        assert_eq!(
            to_json_compact(&v),
            r#""a\u003cb\u003e\u0026c\"\\\n\t\u0001\u2028é""#
        );
    }

    #[test]
    fn numbers_print_like_go() {
        assert_eq!(
            to_json_compact(&json!([30820, -3, 0.5, 3.0, 1e21, 1e-7, 123456789.0])),
            "[30820,-3,0.5,3,1e+21,1e-7,123456789]"
        );
    }
}
