//! The functions a kubectl template may call: Go's builtins (`index`,
//! `len`, `eq`, `printf`, …) and kubectl's `exists` and `base64decode`, with
//! Go's argument checks and error texts (`error calling index: index out of
//! range: 5`, `incompatible types for comparison`).

use serde_json::Value;

use super::ast::Arg;
use super::exec::{Exec, State};
use super::fmt::{sprint, sprintf, sprintln};
use super::value::{Val, NULL};

/// How many arguments a function takes: exactly `n`, or at least `n`.
enum Arity {
    Exactly(usize),
    AtLeast(usize),
}

fn arity(name: &str) -> Arity {
    match name {
        "len" | "not" | "base64decode" => Arity::Exactly(1),
        "ne" | "lt" | "le" | "gt" | "ge" => Arity::Exactly(2),
        "print" | "println" | "html" | "js" | "urlquery" => Arity::AtLeast(0),
        _ => Arity::AtLeast(1),
    }
}

/// Calls function `name` with argument nodes `args` (plus the pipeline's
/// value `last`). `at` is the call's node, for error messages.
pub fn call<'a>(
    s: &mut State<'a>,
    dot: &Val<'a>,
    name: &str,
    at: (usize, String),
    args: &'a [Arg],
    last: Option<Val<'a>>,
) -> Exec<Val<'a>> {
    let given = args.len() + usize::from(last.is_some());
    match arity(name) {
        Arity::Exactly(n) if given != n => {
            return s.error(format!(
                "wrong number of args for {name}: want {n} got {given}"
            ))
        }
        Arity::AtLeast(n) if given < n => {
            return s.error(format!(
                "wrong number of args for {name}: want at least {n} got {}",
                args.len()
            ))
        }
        _ => {}
    }
    if name == "and" || name == "or" {
        return and_or(s, dot, name == "or", args, last);
    }
    let mut values = Vec::with_capacity(given);
    for arg in args {
        values.push(s.arg(dot, arg)?);
    }
    values.extend(last);
    let result = apply(name, &values);
    match result {
        Ok(v) => Ok(v),
        Err(message) => {
            s.at_node(at.0, at.1);
            s.error(format!("error calling {name}: {message}"))
        }
    }
}

/// `and` returns the first false argument (or the last); `or` the first
/// true one (or the last). Arguments after the deciding one are not run.
fn and_or<'a>(
    s: &mut State<'a>,
    dot: &Val<'a>,
    is_or: bool,
    args: &'a [Arg],
    last: Option<Val<'a>>,
) -> Exec<Val<'a>> {
    let mut value = Val::Invalid;
    for arg in args {
        value = s.arg(dot, arg)?;
        if value.truth() == is_or {
            return Ok(value);
        }
    }
    Ok(last.unwrap_or(value))
}

/// Values passed to an `...interface{}` parameter: a missing value arrives as nil.
fn as_interface<'a>(values: &[Val<'a>]) -> Vec<Val<'a>> {
    values
        .iter()
        .map(|v| if v.is_valid() { v.clone() } else { Val::NilLit })
        .collect()
}

fn apply<'a>(name: &str, v: &[Val<'a>]) -> Result<Val<'a>, String> {
    let first = v.first().cloned().unwrap_or(Val::Invalid);
    let rest = v.get(1..).unwrap_or(&[]);
    Ok(match name {
        "index" => index(first, rest)?,
        "slice" => slice(first, rest)?,
        "len" => Val::Int(length(&first)?),
        "not" => Val::Bool(!first.truth()),
        "eq" => Val::Bool(eq(&first, rest)?),
        "ne" => Val::Bool(!eq(&first, rest)?),
        "lt" => Val::Bool(less(&first, rest.first().unwrap_or(&Val::Invalid))?),
        "le" => {
            Val::Bool(less(&first, rest.first().unwrap_or(&Val::Invalid))? || eq(&first, rest)?)
        }
        "gt" => {
            Val::Bool(!(less(&first, rest.first().unwrap_or(&Val::Invalid))? || eq(&first, rest)?))
        }
        "ge" => Val::Bool(!less(&first, rest.first().unwrap_or(&Val::Invalid))?),
        "print" => Val::Str(sprint(&as_interface(v))),
        "println" => Val::Str(sprintln(&as_interface(v))),
        "printf" => match first.scalar() {
            Val::Str(format) => Val::Str(sprintf(&format, &as_interface(rest))),
            other => return Err(wrong_type("string", &other)),
        },
        "html" => Val::Str(html_escape(&sprint(&as_interface(v)))),
        "js" => Val::Str(js_escape(&sprint(&as_interface(v)))),
        "urlquery" => Val::Str(query_escape(&sprint(&as_interface(v)))),
        "exists" => Val::Bool(exists(&first, rest)),
        "base64decode" => match first.scalar() {
            Val::Str(text) => Val::Str(base64_decode(&text).ok_or_else(|| {
                "base64 decode failed: illegal base64 data at input byte 0".to_string()
            })?),
            other => return Err(wrong_type("string", &other)),
        },
        "call" => {
            return Err(if first.is_valid() && !first.is_nil() {
                format!(
                    "non-function {} of type {}",
                    super::fmt::print_value(&first),
                    first.type_name()
                )
            } else {
                "call of nil".to_string()
            })
        }
        _ => return Err(format!("function {name:?} not defined")),
    })
}

fn wrong_type(want: &str, got: &Val) -> String {
    if got.is_valid() {
        format!(
            "wrong type for value; expected {want}; got {}",
            got.type_name()
        )
    } else {
        format!("invalid value; expected {want}")
    }
}

/// Go's `index`: successive indexes into slices and maps.
fn index<'a>(item: Val<'a>, indexes: &[Val<'a>]) -> Result<Val<'a>, String> {
    if !item.is_valid() || item.is_nil() {
        return Err("index of untyped nil".into());
    }
    let mut item = item;
    for key in indexes {
        item = match item.json() {
            Some(Value::Array(items)) => {
                let i = int_index(key, items.len())?;
                items
                    .get(i)
                    .map(Val::J)
                    .ok_or_else(|| "reflect: slice index out of range".to_string())?
            }
            Some(Value::Object(map)) => match key.scalar() {
                Val::Str(k) => map.get(&k).map_or(Val::J(&NULL), Val::J),
                Val::Invalid | Val::NilLit => {
                    return Err("value is nil; should be of type string".into())
                }
                other => {
                    return Err(format!(
                        "value has type {}; should be string",
                        other.type_name()
                    ))
                }
            },
            Some(Value::Null) => return Err("index of nil pointer".into()),
            _ => match item.scalar() {
                Val::Str(s) => {
                    let i = int_index(key, s.len())?;
                    s.as_bytes()
                        .get(i)
                        .map(|b| Val::Int(i64::from(*b)))
                        .ok_or_else(|| "reflect: string index out of range".to_string())?
                }
                other => return Err(format!("can't index item of type {}", other.type_name())),
            },
        };
    }
    Ok(item)
}

/// Go's `indexArg`: only integers index a slice.
fn int_index(key: &Val, cap: usize) -> Result<usize, String> {
    match key.scalar() {
        Val::Int(i) if i < 0 || i as u64 > cap as u64 => Err(format!("index out of range: {i}")),
        Val::Int(i) => Ok(i as usize),
        Val::Invalid | Val::NilLit => Err("cannot index slice/array with nil".into()),
        other => Err(format!(
            "cannot index slice/array with type {}",
            other.type_name()
        )),
    }
}

/// Go's `slice item 1 2`: a sub-slice or substring.
fn slice<'a>(item: Val<'a>, indexes: &[Val<'a>]) -> Result<Val<'a>, String> {
    if !item.is_valid() || item.is_nil() {
        return Err("slice of untyped nil".into());
    }
    if indexes.len() > 3 {
        return Err(format!("too many slice indexes: {}", indexes.len()));
    }
    let len = match item.json() {
        Some(Value::Array(items)) => items.len(),
        _ => match item.scalar() {
            Val::Str(s) => s.len(),
            other => return Err(format!("can't slice item of type {}", other.type_name())),
        },
    };
    let mut bounds = [0, len, len];
    for (i, key) in indexes.iter().enumerate() {
        if let Some(slot) = bounds.get_mut(i) {
            *slot = int_index(key, len)?;
        }
    }
    let [lo, hi, _] = bounds;
    if lo > hi {
        return Err(format!("invalid slice index: {lo} > {hi}"));
    }
    Ok(match (item.json(), item.scalar()) {
        (Some(Value::Array(items)), _) => Val::Str(super::fmt::print_value(&Val::J(
            &Value::Array(items.get(lo..hi).unwrap_or(&[]).to_vec()),
        ))),
        (_, Val::Str(s)) => Val::Str(
            s.get(lo..hi)
                .ok_or_else(|| "invalid slice index".to_string())?
                .to_string(),
        ),
        _ => Val::Invalid,
    })
}

fn length(item: &Val) -> Result<i64, String> {
    if item.is_nil() {
        return Err("len of nil pointer".into());
    }
    match item {
        Val::Invalid => return Err("reflect: call of reflect.Value.Type on zero Value".into()),
        Val::J(Value::Array(a)) | Val::C(Value::Array(a)) => return Ok(a.len() as i64),
        Val::J(Value::Object(m)) | Val::C(Value::Object(m)) => return Ok(m.len() as i64),
        _ => {}
    }
    match item.scalar() {
        Val::Str(s) => Ok(s.len() as i64),
        other => Err(format!("len of type {}", other.type_name())),
    }
}

/// The comparable kinds of Go's `basicKind`.
#[derive(PartialEq, Eq, Clone, Copy)]
enum Kind {
    Bool,
    Int,
    Float,
    Str,
    Other,
}

fn kind(v: &Val) -> Kind {
    match v.scalar() {
        Val::Bool(_) => Kind::Bool,
        Val::Int(_) => Kind::Int,
        Val::Float(_) => Kind::Float,
        Val::Str(_) => Kind::Str,
        _ => Kind::Other,
    }
}

/// Go's `eq`: true if `a` equals any of `others`. Mixing an int constant
/// with a JSON number (a float64) is an error, as in real kubectl.
fn eq(a: &Val, others: &[Val]) -> Result<bool, String> {
    if others.is_empty() {
        return Err("missing argument for comparison".into());
    }
    let ka = kind(a);
    for b in others {
        let kb = kind(b);
        let comparable = |v: &Val| v.is_valid() && !v.is_nil();
        let truth = if ka != kb {
            if comparable(a) && comparable(b) {
                return Err("incompatible types for comparison".into());
            }
            false
        } else {
            match (a.scalar(), b.scalar()) {
                (Val::Bool(x), Val::Bool(y)) => x == y,
                (Val::Int(x), Val::Int(y)) => x == y,
                (Val::Float(x), Val::Float(y)) => x == y,
                (Val::Str(x), Val::Str(y)) => x == y,
                _ => {
                    if a.json().is_some() || b.json().is_some() {
                        return Err(format!(
                            "non-comparable type {}: {}",
                            super::fmt::print_value(a),
                            a.type_name()
                        ));
                    }
                    !comparable(a) && !comparable(b)
                }
            }
        };
        if truth {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Go's `lt`.
fn less(a: &Val, b: &Val) -> Result<bool, String> {
    let (ka, kb) = (kind(a), kind(b));
    if matches!(ka, Kind::Other | Kind::Bool) || matches!(kb, Kind::Other | Kind::Bool) {
        return Err("invalid type for comparison".into());
    }
    if ka != kb {
        return Err("incompatible types for comparison".into());
    }
    Ok(match (a.scalar(), b.scalar()) {
        (Val::Int(x), Val::Int(y)) => x < y,
        (Val::Float(x), Val::Float(y)) => x < y,
        (Val::Str(x), Val::Str(y)) => x < y,
        _ => false,
    })
}

/// kubectl's `exists`: whether a chain of keys/indexes leads somewhere.
fn exists(item: &Val, keys: &[Val]) -> bool {
    let mut current = item.json();
    for key in keys {
        current = match (current, key.scalar()) {
            (Some(Value::Object(map)), Val::Str(k)) => map.get(&k),
            (Some(Value::Array(items)), Val::Int(i)) if i >= 0 => items.get(i as usize),
            _ => None,
        };
        if current.is_none() {
            return false;
        }
    }
    true
}

fn html_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '"' => out.push_str("&#34;"),
            '\'' => out.push_str("&#39;"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\0' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

fn js_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '"' => out.push_str("\\\""),
            '<' | '>' | '&' | '=' => out.push_str(&format!("\\u{:04X}", c as u32)),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

fn query_escape(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            b => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Standard base64 with padding, as Go's `StdEncoding`.
fn base64_decode(text: &str) -> Option<String> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let trimmed = text.trim_end_matches('=');
    if !text.len().is_multiple_of(4) || text.len() - trimmed.len() > 2 {
        return None;
    }
    let mut bits: u32 = 0;
    let mut count = 0;
    let mut bytes = Vec::new();
    for c in trimmed.bytes() {
        let v = ALPHABET.iter().position(|&a| a == c)? as u32;
        bits = (bits << 6) | v;
        count += 6;
        if count >= 8 {
            count -= 8;
            bytes.push((bits >> count) as u8);
            bits &= (1 << count) - 1;
        }
    }
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn comparisons_follow_go_kinds() {
        let three = json!(3);
        assert_eq!(eq(&Val::J(&three), &[Val::Float(3.0)]), Ok(true));
        assert!(eq(&Val::J(&three), &[Val::Int(3)]).is_err());
        assert_eq!(eq(&Val::Invalid, &[Val::Str("x".into())]), Ok(false));
        assert_eq!(less(&Val::Str("a".into()), &Val::Str("b".into())), Ok(true));
        assert!(less(&Val::Bool(true), &Val::Bool(false)).is_err());
    }

    #[test]
    fn escapes_and_base64() {
        assert_eq!(
            html_escape("<a href='x'>&"),
            "&lt;a href=&#39;x&#39;&gt;&amp;"
        );
        assert_eq!(query_escape("a b&c"), "a+b%26c");
        assert_eq!(base64_decode("aGVsbG8=").as_deref(), Some("hello"));
        assert_eq!(base64_decode("aGVsbG8"), None);
    }
}
