//! Evaluates parsed JSONPath nodes over an object as client-go's
//! `util/jsonpath` does with `--allow-missing-template-keys=true` (kubectl's
//! default): a missing field yields nothing, slices follow Go's bounds
//! checks, filters compare with Go template's `eq`/`lt` kinds.
//!
//! Map wildcards walk keys in sorted order (Go's order is random).

use serde_json::Value;

use super::parse::{Node, Param};

/// A value found by a path: part of the object, or a literal of the path.
#[derive(Clone, Debug, PartialEq)]
pub enum Found<'a> {
    J(&'a Value),
    Text(String),
    Int(i64),
    Float(f64),
    Bool(bool),
}

/// The most values one step may produce (recursive descent, wildcards).
pub const RESULTS_MAX: usize = 100_000;

type Eval<T> = Result<T, String>;

pub fn walk_list<'a>(values: Vec<Found<'a>>, nodes: &[Node]) -> Eval<Vec<Found<'a>>> {
    let mut current = values;
    for node in nodes {
        current = walk(current, node)?;
        if current.len() > RESULTS_MAX {
            return Err(format!("jsonpath produced more than {RESULTS_MAX} results"));
        }
    }
    Ok(current)
}

fn walk<'a>(values: Vec<Found<'a>>, node: &Node) -> Eval<Vec<Found<'a>>> {
    let literal = |f: Found<'a>| values.iter().map(|_| f.clone()).collect::<Vec<_>>();
    Ok(match node {
        Node::List(nodes) => walk_list(values, nodes)?,
        Node::Text(text) => vec![Found::Text(text.clone())],
        Node::Field(name) => values
            .iter()
            .filter_map(|v| match v {
                Found::J(Value::Object(map)) => map.get(name).map(Found::J),
                _ => None,
            })
            .collect(),
        Node::Array(params) => array(&values, params)?,
        Node::Filter { left, op, right } => filter(&values, left, op, right)?,
        Node::Wildcard => values.iter().flat_map(children).collect(),
        Node::Recursive => recursive(&values),
        Node::Union(members) => {
            let mut out = Vec::new();
            for member in members {
                out.extend(walk_list(values.clone(), member)?);
            }
            out
        }
        Node::Identifier(name) if name == "end" => {
            return Err("not in range, nothing to end".into())
        }
        Node::Identifier(name) => return Err(format!("unrecognized identifier {name}")),
        Node::Int(i) => literal(Found::Int(*i)),
        Node::Float(f) => literal(Found::Float(*f)),
        Node::Bool(b) => literal(Found::Bool(*b)),
    })
}

fn children<'a>(value: &Found<'a>) -> Vec<Found<'a>> {
    match value {
        Found::J(Value::Object(map)) => map.values().map(Found::J).collect(),
        Found::J(Value::Array(items)) => items.iter().map(Found::J).collect(),
        _ => Vec::new(),
    }
}

fn recursive<'a>(values: &[Found<'a>]) -> Vec<Found<'a>> {
    let mut out = Vec::new();
    let mut stack: Vec<Found<'a>> = values.iter().rev().cloned().collect();
    while let Some(value) = stack.pop() {
        let kids = children(&value);
        if !kids.is_empty() {
            out.push(value);
            stack.extend(kids.into_iter().rev());
        }
        if out.len() > RESULTS_MAX {
            break;
        }
    }
    out
}

/// `[start:end:step]` with client-go's bounds rules and messages.
fn array<'a>(values: &[Found<'a>], params: &[Param; 3]) -> Eval<Vec<Found<'a>>> {
    let mut out = Vec::new();
    for value in values {
        let items = match value {
            Found::J(Value::Null) => continue,
            Found::J(Value::Array(items)) => items,
            other => return Err(format!("{} is not array or slice", go_type(other))),
        };
        let len = items.len() as i64;
        let [p0, p1, p2] = *params;
        let mut start = if p0.known { p0.value } else { 0 };
        if start < 0 {
            start += len;
        }
        let mut end = if p1.known { p1.value } else { len };
        if end < 0 || (end == 0 && p1.derived) {
            end += len;
        }
        if end == start {
            continue;
        }
        if start >= len || start < 0 {
            return Err(format!(
                "array index out of bounds: index {start}, length {len}"
            ));
        }
        if end > len || end < 0 {
            return Err(format!(
                "array index out of bounds: index {}, length {len}",
                end - 1
            ));
        }
        if start > end {
            return Err(format!(
                "starting index {start} is greater than ending index {end}"
            ));
        }
        let step = if p2.known {
            if p2.value <= 0 {
                return Err("step must be > 0".into());
            }
            p2.value as usize
        } else {
            1
        };
        let window = items.get(start as usize..end as usize).unwrap_or(&[]);
        out.extend(window.iter().step_by(step).map(Found::J));
    }
    Ok(out)
}

fn filter<'a>(
    values: &[Found<'a>],
    left: &[Node],
    op: &str,
    right: &[Node],
) -> Eval<Vec<Found<'a>>> {
    let mut out = Vec::new();
    for value in values {
        let Found::J(Value::Array(items)) = value else {
            return Err(format!(
                "{} is not array or slice and cannot be filtered",
                super::print_text(value)
            ));
        };
        for item in items {
            let lefts = walk_list(vec![Found::J(item)], left);
            if op == "exists" {
                if lefts.is_ok_and(|l| !l.is_empty()) {
                    out.push(Found::J(item));
                }
                continue;
            }
            let lefts = lefts?;
            let l = match lefts.as_slice() {
                [] => continue,
                [one] => one.clone(),
                _ => return Err("can only compare one element at a time".into()),
            };
            let rights = walk_list(vec![Found::J(item)], right)?;
            let r = match rights.as_slice() {
                [] => continue,
                [one] => one.clone(),
                _ => return Err("can only compare one element at a time".into()),
            };
            if compare(&l, op, &r)? {
                out.push(Found::J(item));
            }
        }
    }
    Ok(out)
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum Kind {
    Bool,
    Int,
    Float,
    Str,
}

/// The forked Go template `basicKind`: only scalars compare.
fn kind(v: &Found) -> Eval<Kind> {
    Ok(match v {
        Found::J(Value::Bool(_)) | Found::Bool(_) => Kind::Bool,
        Found::J(Value::Number(n)) if n.is_i64() || n.is_u64() => Kind::Int,
        Found::J(Value::Number(_)) | Found::Float(_) => Kind::Float,
        Found::J(Value::String(_)) | Found::Text(_) => Kind::Str,
        Found::Int(_) => Kind::Int,
        _ => return Err("invalid type for comparison".into()),
    })
}

fn compare(l: &Found, op: &str, r: &Found) -> Eval<bool> {
    let (kl, kr) = (kind(l)?, kind(r)?);
    if kl != kr {
        return Err("incompatible types for comparison".into());
    }
    let ordering = match kl {
        Kind::Bool => {
            if !matches!(op, "==" | "!=") {
                return Err("invalid type for comparison".into());
            }
            as_bool(l).cmp(&as_bool(r))
        }
        Kind::Int => as_i64(l).cmp(&as_i64(r)),
        Kind::Float => as_f64(l)
            .partial_cmp(&as_f64(r))
            .unwrap_or(std::cmp::Ordering::Less),
        Kind::Str => as_str(l).cmp(&as_str(r)),
    };
    use std::cmp::Ordering::*;
    Ok(match op {
        "==" => ordering == Equal,
        "!=" => ordering != Equal,
        "<" => ordering == Less,
        ">" => ordering == Greater,
        "<=" => ordering != Greater,
        ">=" => ordering != Less,
        other => return Err(format!("unrecognized filter operator {other}")),
    })
}

fn as_bool(v: &Found) -> bool {
    matches!(v, Found::Bool(true) | Found::J(Value::Bool(true)))
}

fn as_i64(v: &Found) -> i64 {
    match v {
        Found::Int(i) => *i,
        Found::J(Value::Number(n)) => n.as_i64().unwrap_or(0),
        _ => 0,
    }
}

fn as_f64(v: &Found) -> f64 {
    match v {
        Found::Float(f) => *f,
        Found::J(Value::Number(n)) => n.as_f64().unwrap_or(0.0),
        _ => 0.0,
    }
}

fn as_str(v: &Found) -> String {
    match v {
        Found::Text(s) => s.clone(),
        Found::J(Value::String(s)) => s.clone(),
        _ => String::new(),
    }
}

/// The Go type of an unstructured value, for "is not array" errors.
pub fn go_type(v: &Found) -> &'static str {
    match v {
        Found::J(Value::Object(_)) => "map[string]interface {}",
        Found::J(Value::Array(_)) => "[]interface {}",
        Found::J(Value::String(_)) | Found::Text(_) => "string",
        Found::J(Value::Number(n)) if n.is_i64() || n.is_u64() => "int64",
        Found::J(Value::Number(_)) | Found::Float(_) => "float64",
        Found::J(Value::Bool(_)) | Found::Bool(_) => "bool",
        Found::Int(_) => "int",
        Found::J(Value::Null) => "interface {}",
    }
}
