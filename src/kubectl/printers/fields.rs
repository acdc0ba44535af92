//! Small readers for Kubernetes objects held as JSON: a path lookup that
//! never panics, typed getters with Go's zero values, and the label and
//! selector formats kubectl shares between tables and describe
//! (`app=web,tier=front`, `app in (a,b)`).

use serde_json::{Map, Value};

/// `v.a.b.c`, or `None` anywhere along the way.
pub fn at<'a>(v: &'a Value, path: &[&str]) -> Option<&'a Value> {
    path.iter().try_fold(v, |cur, key| cur.get(key))
}

/// A string field, `""` when absent (Go's zero value).
pub fn text<'a>(v: &'a Value, path: &[&str]) -> &'a str {
    at(v, path).and_then(Value::as_str).unwrap_or("")
}

/// An integer field, 0 when absent.
pub fn int(v: &Value, path: &[&str]) -> i64 {
    at(v, path)
        .and_then(|n| n.as_i64().or_else(|| n.as_f64().map(|f| f as i64)))
        .unwrap_or(0)
}

/// A list field, empty when absent.
pub fn list<'a>(v: &'a Value, path: &[&str]) -> &'a [Value] {
    at(v, path)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// A map field, `None` when absent.
pub fn map<'a>(v: &'a Value, path: &[&str]) -> Option<&'a Map<String, Value>> {
    at(v, path).and_then(Value::as_object)
}

/// A boolean field, false when absent.
pub fn flag(v: &Value, path: &[&str]) -> bool {
    at(v, path).and_then(Value::as_bool).unwrap_or(false)
}

/// `labels.FormatLabels`: `k=v` pairs sorted by key, or `<none>`.
pub fn format_labels(labels: Option<&Map<String, Value>>) -> String {
    let pairs = label_pairs(labels);
    if pairs.is_empty() {
        "<none>".to_string()
    } else {
        pairs.join(",")
    }
}

/// [`format_labels`] of a typed label map.
pub fn format_label_map(labels: &crate::api::meta::StringMap) -> String {
    if labels.is_empty() {
        return "<none>".to_string();
    }
    let pairs: Vec<String> = labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
    pairs.join(",")
}

/// The `k=v` pairs of a label map, sorted by key.
pub fn label_pairs(labels: Option<&Map<String, Value>>) -> Vec<String> {
    labels.map_or_else(Vec::new, |m| {
        m.iter()
            .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or("")))
            .collect()
    })
}

/// `metav1.FormatLabelSelector`: requirements sorted by key, `<none>` when
/// empty, e.g. `app=web,env in (dev,prod),!legacy`.
pub fn format_selector(selector: Option<&Value>) -> String {
    let Some(selector) = selector else {
        return "<none>".to_string();
    };
    let mut reqs: Vec<(String, String)> = Vec::new();
    if let Some(labels) = map(selector, &["matchLabels"]) {
        for (k, v) in labels {
            reqs.push((k.clone(), format!("{k}={}", v.as_str().unwrap_or(""))));
        }
    }
    for expr in list(selector, &["matchExpressions"]) {
        let key = text(expr, &["key"]);
        let mut values: Vec<&str> = list(expr, &["values"])
            .iter()
            .filter_map(Value::as_str)
            .collect();
        crate::sorting::sort(&mut values);
        let req = match text(expr, &["operator"]) {
            "In" => format!("{key} in ({})", values.join(",")),
            "NotIn" => format!("{key} notin ({})", values.join(",")),
            "Exists" => key.to_string(),
            "DoesNotExist" => format!("!{key}"),
            _ => return "<error>".to_string(),
        };
        reqs.push((key.to_string(), req));
    }
    crate::sorting::sort_by(&mut reqs, |a, b| a.0.cmp(&b.0));
    if reqs.is_empty() {
        "<none>".to_string()
    } else {
        reqs.into_iter()
            .map(|(_, r)| r)
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// kubectl's `printBoolPtr`: `True`, `False` or `<unset>`.
pub fn bool_cell(v: Option<&Value>) -> &'static str {
    match v.and_then(Value::as_bool) {
        Some(true) => "True",
        Some(false) => "False",
        None => "<unset>",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn selectors_and_labels_format_like_kubectl() {
        let sel = json!({"matchLabels": {"app": "web"}, "matchExpressions": [{"key": "env", "operator": "In", "values": ["prod", "dev"]}, {"key": "a", "operator": "DoesNotExist"}]});
        assert_eq!(format_selector(Some(&sel)), "!a,app=web,env in (dev,prod)");
        assert_eq!(format_selector(Some(&json!({}))), "<none>");
        assert_eq!(
            format_labels(json!({"b": "2", "a": "1"}).as_object()),
            "a=1,b=2"
        );
        assert_eq!(format_labels(None), "<none>");
        let v = json!({"spec": {"replicas": 3.0, "x": [1]}});
        assert_eq!(int(&v, &["spec", "replicas"]), 3);
        assert_eq!(text(&v, &["spec", "nope"]), "");
        assert_eq!(list(&v, &["spec", "x"]).len(), 1);
    }
}
