//! Values as a Go template sees kubectl's data: the object went through
//! `json.Unmarshal` into `map[string]interface{}`, so every number is a
//! `float64`, `null` is a nil `interface{}`, and a missing map key is the
//! *invalid* value that prints as `<no value>`.

use serde_json::Value;

/// A value during template execution.
#[derive(Clone, Debug)]
pub enum Val<'a> {
    /// Go's zero `reflect.Value`: a missing map key.
    Invalid,
    /// A JSON value held in an `interface{}` (null is a nil interface).
    J(&'a Value),
    /// A JSON array or object taken out of its `interface{}` (the root
    /// data, or a pipeline result): a concrete `[]interface {}` or
    /// `map[string]interface {}`.
    C(&'a Value),
    /// The untyped `nil` constant.
    NilLit,
    Bool(bool),
    /// A Go `int`: constants, `len`, range indexes.
    Int(i64),
    Float(f64),
    Str(String),
}

/// The nil `interface{}` that indexing a map with a missing key yields.
pub static NULL: Value = Value::Null;

impl<'a> Val<'a> {
    pub fn is_valid(&self) -> bool {
        !matches!(self, Val::Invalid)
    }

    /// Unwraps scalars held in JSON so that callers can match on one form.
    pub fn scalar(&self) -> Val<'a> {
        match self {
            Val::J(Value::Bool(b)) => Val::Bool(*b),
            Val::J(Value::Number(n)) => Val::Float(n.as_f64().unwrap_or(0.0)),
            Val::J(Value::String(s)) => Val::Str(s.clone()),
            other => other.clone(),
        }
    }

    /// Go's "dig down one level" after each pipeline stage: the value is
    /// taken out of its `interface{}`; a nil interface becomes invalid.
    pub fn concrete(self) -> Val<'a> {
        match self {
            Val::J(Value::Null) => Val::Invalid,
            Val::J(v @ (Value::Array(_) | Value::Object(_))) => Val::C(v),
            j @ Val::J(_) => j.scalar(),
            other => other,
        }
    }

    /// The JSON value behind an array or object, however it is held.
    pub fn json(&self) -> Option<&'a Value> {
        match self {
            Val::J(v) | Val::C(v) => Some(v),
            _ => None,
        }
    }

    /// The dynamic Go type, as `%T` and fmt's bad-verb messages name it.
    pub fn type_name(&self) -> &'static str {
        match self {
            Val::Invalid => "<invalid reflect.Value>",
            Val::J(Value::Null) | Val::NilLit => "<nil>",
            Val::J(Value::Bool(_)) | Val::Bool(_) => "bool",
            Val::J(Value::Number(_)) | Val::Float(_) => "float64",
            Val::J(Value::String(_)) | Val::Str(_) => "string",
            Val::J(Value::Array(_)) | Val::C(Value::Array(_)) => "[]interface {}",
            Val::J(Value::Object(_)) | Val::C(Value::Object(_)) => "map[string]interface {}",
            Val::C(_) => "interface {}",
            Val::Int(_) => "int",
        }
    }

    /// The static type of the value's slot, as field-access errors name it:
    /// anything that came out of the JSON data is an `interface {}`.
    pub fn slot_type(&self) -> &'static str {
        match self {
            Val::J(_) => "interface {}",
            other => other.type_name(),
        }
    }

    /// Go's `isTrue`: empty strings, collections, zeros and nil are false.
    pub fn truth(&self) -> bool {
        match self {
            Val::Invalid | Val::NilLit | Val::J(Value::Null) => false,
            Val::J(Value::Bool(b)) | Val::Bool(b) => *b,
            Val::J(Value::Number(n)) => n.as_f64().unwrap_or(0.0) != 0.0,
            Val::J(Value::String(s)) => !s.is_empty(),
            Val::Str(s) => !s.is_empty(),
            Val::J(Value::Array(a)) | Val::C(Value::Array(a)) => !a.is_empty(),
            Val::J(Value::Object(m)) | Val::C(Value::Object(m)) => !m.is_empty(),
            Val::C(_) => true,
            Val::Int(i) => *i != 0,
            Val::Float(f) => *f != 0.0,
        }
    }

    /// Is this a nil interface (or the nil constant)?
    pub fn is_nil(&self) -> bool {
        matches!(self, Val::NilLit | Val::J(Value::Null))
    }
}
