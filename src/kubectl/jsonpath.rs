//! kubectl's JSONPath dialect (`-o jsonpath=…`, `custom-columns`):
//! `{.items[*].metadata.name}`, `{range .items[*]}…{end}`, filters
//! `[?(@.type=="Ready")]`, quoted text `{"\n"}`.
//!
//! Output rules are client-go's: the values of one `{…}` are joined by a
//! space, maps and lists print as compact JSON, strings and numbers as
//! text, and nothing is added at the end.

mod eval;
mod parse;

pub use eval::Found;
use parse::Node;
use serde_json::Value;

/// A parsed JSONPath template.
#[derive(Clone, Debug)]
pub struct JsonPath {
    blocks: Vec<Block>,
}

/// Top-level structure: `{range …}` … `{end}` become nested blocks.
#[derive(Clone, Debug)]
enum Block {
    Text(String),
    Action(Vec<Node>),
    Range(Vec<Node>, Vec<Block>),
    StrayEnd,
}

impl JsonPath {
    /// Parses a template; the error is client-go's (`unterminated array`).
    pub fn parse(text: &str) -> Result<JsonPath, String> {
        let nodes = parse::parse(text)?;
        let mut iter = nodes.into_iter();
        Ok(JsonPath {
            blocks: blocks(&mut iter, false),
        })
    }

    /// The values each top-level action found (custom-columns uses them).
    pub fn find_results<'a>(&self, data: &'a Value) -> Result<Vec<Vec<Found<'a>>>, String> {
        let mut out = Vec::new();
        run(&self.blocks, Found::J(data), &mut out)?;
        Ok(out)
    }

    /// The text `-o jsonpath=` prints for `data`.
    pub fn execute(&self, data: &Value) -> Result<String, String> {
        let mut text = String::new();
        for results in self.find_results(data)? {
            let parts: Vec<String> = results.iter().map(print_text).collect();
            text.push_str(&parts.join(" "));
        }
        Ok(text)
    }
}

/// Groups top-level nodes into blocks, matching `{range}` with `{end}`.
fn blocks(nodes: &mut impl Iterator<Item = Node>, in_range: bool) -> Vec<Block> {
    let mut out = Vec::new();
    while let Some(node) = nodes.next() {
        match node {
            Node::Text(text) => out.push(Block::Text(text)),
            Node::List(list) => match list.first() {
                Some(Node::Identifier(word)) if word == "range" => {
                    let head = list.into_iter().skip(1).collect();
                    let body = blocks(nodes, true);
                    out.push(Block::Range(head, body));
                }
                Some(Node::Identifier(word)) if word == "end" && list.len() == 1 => {
                    if in_range {
                        return out;
                    }
                    out.push(Block::StrayEnd);
                }
                _ => out.push(Block::Action(list)),
            },
            other => out.push(Block::Action(vec![other])),
        }
    }
    out
}

/// Runs blocks over `data`, collecting each action's results.
fn run<'a>(blocks: &[Block], data: Found<'a>, out: &mut Vec<Vec<Found<'a>>>) -> Result<(), String> {
    for block in blocks {
        match block {
            Block::Text(text) => out.push(vec![Found::Text(text.clone())]),
            Block::Action(nodes) => out.push(eval::walk_list(vec![data.clone()], nodes)?),
            Block::Range(head, body) => {
                for item in eval::walk_list(vec![data.clone()], head)? {
                    run(body, item, out)?;
                    if out.len() > eval::RESULTS_MAX {
                        return Err(format!(
                            "jsonpath produced more than {} results",
                            eval::RESULTS_MAX
                        ));
                    }
                }
            }
            Block::StrayEnd => return Err("not in range, nothing to end".into()),
        }
    }
    Ok(())
}

/// How one found value prints: compact JSON for maps and lists, text for
/// the rest (`null` for JSON null).
pub fn print_text(found: &Found) -> String {
    match found {
        Found::J(v @ (Value::Object(_) | Value::Array(_))) => {
            crate::kubectl::printers::json::to_json_compact(v)
        }
        Found::J(Value::Null) => "null".to_string(),
        Found::J(Value::String(s)) | Found::Text(s) => s.clone(),
        Found::J(Value::Number(n)) => match n.as_i64() {
            Some(i) => i.to_string(),
            None => crate::kubectl::gofmt::float_g(n.as_f64().unwrap_or(0.0)),
        },
        Found::J(Value::Bool(b)) | Found::Bool(b) => b.to_string(),
        Found::Int(i) => i.to_string(),
        Found::Float(f) => crate::kubectl::gofmt::float_g(*f),
    }
}

/// `fmt.Sprint` of a found value, as custom-columns prints cells
/// (`map[app:web]`, not JSON).
pub fn sprint(found: &Found) -> String {
    match found {
        Found::J(v @ (Value::Object(_) | Value::Array(_))) => go_v(v),
        Found::J(Value::Null) => "<nil>".to_string(),
        other => print_text(other),
    }
}

fn go_v(v: &Value) -> String {
    match v {
        Value::Object(map) => {
            let parts: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{k}:{}", go_v(v)))
                .collect();
            format!("map[{}]", parts.join(" "))
        }
        Value::Array(items) => {
            format!("[{}]", items.iter().map(go_v).collect::<Vec<_>>().join(" "))
        }
        Value::Null => "<nil>".to_string(),
        other => print_text(&Found::J(other)),
    }
}

/// Go's `%#v` of unstructured data, which kubectl dumps when a jsonpath
/// fails: `map[string]interface {}{"kind":"Pod", "spec":…}`.
pub fn go_syntax(v: &Value) -> String {
    match v {
        Value::Object(map) => {
            let parts: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{}:{}", crate::kubectl::template::go_quote(k), go_syntax(v)))
                .collect();
            format!("map[string]interface {{}}{{{}}}", parts.join(", "))
        }
        Value::Array(items) => format!(
            "[]interface {{}}{{{}}}",
            items.iter().map(go_syntax).collect::<Vec<_>>().join(", ")
        ),
        Value::Null => "interface {}(nil)".to_string(),
        Value::String(s) => crate::kubectl::template::go_quote(s),
        other => print_text(&Found::J(other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(template: &str, data: &Value) -> Result<String, String> {
        JsonPath::parse(template)?.execute(data)
    }

    fn pods() -> Value {
        json!({"apiVersion": "v1", "kind": "List", "items": [
            {"metadata": {"name": "a", "labels": {"app": "web"}}, "spec": {"containers": [{"image": "nginx:1.25"}]},
             "status": {"conditions": [{"type": "Ready", "status": "True"}, {"type": "PodScheduled", "status": "True"}], "restarts": 0}},
            {"metadata": {"name": "b"}, "spec": {"containers": [{"image": "busybox"}, {"image": "redis"}]},
             "status": {"conditions": [{"type": "Ready", "status": "False"}], "restarts": 2}}
        ]})
    }

    #[test]
    fn kubectl_examples() {
        let data = pods();
        assert_eq!(run("{.items[*].metadata.name}", &data).unwrap(), "a b");
        assert_eq!(
            run(r#"{range .items[*]}{.metadata.name}{"\n"}{end}"#, &data).unwrap(),
            "a\nb\n"
        );
        assert_eq!(
            run("{.items[0].spec.containers[0].image}", &data).unwrap(),
            "nginx:1.25"
        );
        assert_eq!(
            run(
                r#"{.items[*].status.conditions[?(@.type=="Ready")].status}"#,
                &data
            )
            .unwrap(),
            "True False"
        );
        assert_eq!(
            run("{.items[0].metadata.labels}", &data).unwrap(),
            r#"{"app":"web"}"#
        );
        assert_eq!(run("{.items[-1:].metadata.name}", &data).unwrap(), "b");
        assert_eq!(
            run("{.items[?(@.status.restarts>1)].metadata.name}", &data).unwrap(),
            "b"
        );
        assert_eq!(run("{..image}", &data).unwrap(), "nginx:1.25 busybox redis");
        assert_eq!(
            run("name: {.items[1].metadata.name}", &data).unwrap(),
            "name: b"
        );
        assert_eq!(run("{.items[*].nope}", &data).unwrap(), "");
    }

    #[test]
    fn errors_match_client_go() {
        let data = pods();
        assert_eq!(
            run("{.items[5]}", &data).unwrap_err(),
            "array index out of bounds: index 5, length 2"
        );
        assert_eq!(
            run("{.items[0].metadata[0]}", &data).unwrap_err(),
            "map[string]interface {} is not array or slice"
        );
        assert_eq!(
            run("{end}", &data).unwrap_err(),
            "not in range, nothing to end"
        );
        assert_eq!(
            run(r#"{.items[?(@.status.restarts=="x")]}"#, &data).unwrap_err(),
            "incompatible types for comparison"
        );
    }

    #[test]
    fn go_dumps() {
        let v = json!({"a": [1, "x", null], "b": {"c": true}});
        assert_eq!(
            go_syntax(&v),
            r#"map[string]interface {}{"a":[]interface {}{1, "x", interface {}(nil)}, "b":map[string]interface {}{"c":true}}"#
        );
        assert_eq!(sprint(&Found::J(&v)), "map[a:[1 x <nil>] b:map[c:true]]");
    }
}
