//! Typed values to and from `serde_json::Value`: the [`ToJson`] and
//! [`FromJson`] traits, their impls for the standard types, and the small
//! helpers the `#[derive(ToJson, FromJson)]` code (crate `kubeplay-derive`)
//! calls — one non-generic call per field instead of serde's generated
//! visitors, which cost the wasm ~100 KB gzip.
//!
//! The JSON is serde_json's: struct fields by name (`#[serde(rename…)]`),
//! keys sorted (a `Map` is a `BTreeMap`), `Option::None` as `null`, enums
//! externally tagged. Decoding errors keep serde's words (`invalid type:
//! boolean `true`, expected a string`, `missing field `port``), which the
//! apiserver messages quote.

pub use kubeplay_derive::{FromJson, ToJson};
pub use serde_json::Value;
use std::collections::{BTreeMap, VecDeque};
use std::fmt;

/// A JSON object.
pub type Map = serde_json::Map<String, Value>;

/// Why a value does not fit a type, in serde's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeErr(pub String);

impl fmt::Display for DecodeErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A value that has a JSON form.
pub trait ToJson {
    fn to_json(&self) -> Value;
    /// The compact JSON text as serde wrote it for the typed value: struct
    /// fields in declaration order, not sorted (the pod-template hash is
    /// taken over this text, so names of pods depend on it).
    fn write_json(&self, out: &mut String) {
        out.push_str(&self.to_json().to_string());
    }
}

/// A value that can be read from JSON.
pub trait FromJson: Sized {
    fn from_json(v: &Value) -> Result<Self, DecodeErr>;
}

/// serde's description of a JSON value in an error.
fn unexpected(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) if n.is_f64() => format!("floating point `{:?}`", n.as_f64()),
        Value::Number(n) => format!("integer `{n}`"),
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "sequence".into(),
        Value::Object(_) => "map".into(),
    }
}

/// `invalid type: boolean `true`, expected a string`
#[cold]
pub fn invalid_type(v: &Value, expected: &str) -> DecodeErr {
    DecodeErr(format!(
        "invalid type: {}, expected {expected}",
        unexpected(v)
    ))
}

// ----- helpers for the derived code -----

/// Sets one field of an object being built.
pub fn put(m: &mut Map, key: &str, v: Value) {
    m.insert(key.to_string(), v);
}

/// Adds the entries of a `flatten` field.
pub fn put_all(m: &mut Map, v: Value) {
    if let Value::Object(o) = v {
        m.extend(o);
    }
}

/// `{"Variant": value}`
pub fn tagged(tag: &str, v: Value) -> Value {
    let mut m = Map::new();
    put(&mut m, tag, v);
    Value::Object(m)
}

/// The object a struct is read from.
pub fn object<'a>(v: &'a Value, what: &str) -> Result<&'a Map, DecodeErr> {
    v.as_object().ok_or_else(|| invalid_type(v, what))
}

/// A field's value if the object has it.
pub fn field<T: FromJson>(m: &Map, key: &str) -> Result<Option<T>, DecodeErr> {
    m.get(key).map(T::from_json).transpose()
}

/// A field serde required (not `Option`, no `default`).
pub fn required<T>(f: Option<T>, key: &str) -> Result<T, DecodeErr> {
    f.ok_or_else(|| missing(key))
}

#[cold]
fn missing(key: &str) -> DecodeErr {
    DecodeErr(format!("missing field `{key}`"))
}

/// The entries a struct does not name (its `flatten` field).
pub fn rest(m: &Map, known: &[&str]) -> Value {
    Value::Object(
        m.iter()
            .filter(|(k, _)| !known.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
    )
}

/// The `N` elements of a tuple.
pub fn array<const N: usize>(v: &Value) -> Result<&[Value; N], DecodeErr> {
    match v {
        Value::Array(a) => a.as_slice().try_into().map_err(|_| {
            DecodeErr(format!(
                "invalid length {}, expected a tuple of size {N}",
                a.len()
            ))
        }),
        _ => Err(invalid_type(v, "a tuple")),
    }
}

/// An externally tagged enum value: `"Unit"` or `{"Variant": value}`.
pub fn variant<'a>(v: &'a Value, what: &str) -> Result<(&'a str, Option<&'a Value>), DecodeErr> {
    match v {
        Value::String(s) => Ok((s, None)),
        Value::Object(m) if m.len() == 1 => match m.iter().next() {
            Some((k, x)) => Ok((k, Some(x))),
            None => Err(invalid_type(v, what)),
        },
        _ => Err(invalid_type(v, what)),
    }
}

/// A tag that names no variant, or a variant given the wrong shape.
#[cold]
pub fn bad_variant(tag: &str, known: &[&str]) -> DecodeErr {
    if known.contains(&tag) {
        return DecodeErr(format!("invalid type for variant `{tag}`"));
    }
    let list: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
    DecodeErr(format!(
        "unknown variant `{tag}`, expected one of {}",
        list.join(", ")
    ))
}

/// Writes an object's `{`, keys and `}` in the order fields are given.
pub struct ObjectWriter<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> ObjectWriter<'a> {
    pub fn open(out: &'a mut String) -> Self {
        out.push('{');
        ObjectWriter { out, first: true }
    }

    /// Writes `"key":` (after a comma if needed); the value goes to the result.
    pub fn key(&mut self, key: &str) -> &mut String {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        self.out.push_str(&Value::from(key).to_string());
        self.out.push(':');
        self.out
    }

    /// Writes every entry of an object (a `flatten` field).
    pub fn entries(&mut self, v: &Value) {
        if let Value::Object(m) = v {
            for (k, x) in m {
                let out = self.key(k);
                out.push_str(&x.to_string());
            }
        }
    }

    pub fn close(self) {
        self.out.push('}');
    }
}

// ----- the standard types -----

impl ToJson for String {
    fn to_json(&self) -> Value {
        Value::String(self.clone())
    }
}

impl FromJson for String {
    fn from_json(v: &Value) -> Result<Self, DecodeErr> {
        v.as_str()
            .map(str::to_string)
            .ok_or_else(|| invalid_type(v, "a string"))
    }
}

impl ToJson for str {
    fn to_json(&self) -> Value {
        Value::String(self.to_string())
    }
}

impl ToJson for bool {
    fn to_json(&self) -> Value {
        Value::Bool(*self)
    }
}

impl FromJson for bool {
    fn from_json(v: &Value) -> Result<Self, DecodeErr> {
        v.as_bool().ok_or_else(|| invalid_type(v, "a boolean"))
    }
}

/// A JSON integer, for an integer type named `expected`.
fn integer(v: &Value, expected: &str) -> Result<i128, DecodeErr> {
    match v {
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => Ok(i128::from(i)),
            (None, Some(u)) => Ok(i128::from(u)),
            _ => Err(invalid_type(v, expected)),
        },
        _ => Err(invalid_type(v, expected)),
    }
}

#[cold]
fn out_of_range(i: i128, expected: &str) -> DecodeErr {
    DecodeErr(format!("invalid value: integer `{i}`, expected {expected}"))
}

macro_rules! integers {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn to_json(&self) -> Value {
                Value::from(*self)
            }
        }
        impl FromJson for $t {
            fn from_json(v: &Value) -> Result<Self, DecodeErr> {
                let i = integer(v, stringify!($t))?;
                <$t>::try_from(i).map_err(|_| out_of_range(i, stringify!($t)))
            }
        }
    )*};
}

integers!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);

impl ToJson for f64 {
    fn to_json(&self) -> Value {
        Value::from(*self)
    }
}

impl FromJson for f64 {
    fn from_json(v: &Value) -> Result<Self, DecodeErr> {
        v.as_f64().ok_or_else(|| invalid_type(v, "f64"))
    }
}

impl ToJson for () {
    fn to_json(&self) -> Value {
        Value::Null
    }
}

impl FromJson for () {
    fn from_json(v: &Value) -> Result<Self, DecodeErr> {
        if v.is_null() {
            Ok(())
        } else {
            Err(invalid_type(v, "unit"))
        }
    }
}

impl ToJson for Value {
    fn to_json(&self) -> Value {
        self.clone()
    }
}

impl FromJson for Value {
    fn from_json(v: &Value) -> Result<Self, DecodeErr> {
        Ok(v.clone())
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn to_json(&self) -> Value {
        (**self).to_json()
    }
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out);
    }
}

impl<T: ToJson + ?Sized> ToJson for Box<T> {
    fn to_json(&self) -> Value {
        (**self).to_json()
    }
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out);
    }
}

impl<T: FromJson> FromJson for Box<T> {
    fn from_json(v: &Value) -> Result<Self, DecodeErr> {
        T::from_json(v).map(Box::new)
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> Value {
        self.as_ref().map_or(Value::Null, T::to_json)
    }
    fn write_json(&self, out: &mut String) {
        match self {
            Some(x) => x.write_json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(v: &Value) -> Result<Self, DecodeErr> {
        if v.is_null() {
            Ok(None)
        } else {
            T::from_json(v).map(Some)
        }
    }
}

/// `[a,b]` with each element's own text.
fn write_seq<'a, T: ToJson + 'a>(items: impl Iterator<Item = &'a T>, out: &mut String) {
    out.push('[');
    for (i, x) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        x.write_json(out);
    }
    out.push(']');
}

fn seq<'a>(v: &'a Value) -> Result<&'a Vec<Value>, DecodeErr> {
    v.as_array().ok_or_else(|| invalid_type(v, "a sequence"))
}

impl<T: ToJson> ToJson for [T] {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(T::to_json).collect())
    }
    fn write_json(&self, out: &mut String) {
        write_seq(self.iter(), out);
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Value {
        self.as_slice().to_json()
    }
    fn write_json(&self, out: &mut String) {
        write_seq(self.iter(), out);
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(v: &Value) -> Result<Self, DecodeErr> {
        seq(v)?.iter().map(T::from_json).collect()
    }
}

impl<T: ToJson> ToJson for VecDeque<T> {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(T::to_json).collect())
    }
    fn write_json(&self, out: &mut String) {
        write_seq(self.iter(), out);
    }
}

impl<T: FromJson> FromJson for VecDeque<T> {
    fn from_json(v: &Value) -> Result<Self, DecodeErr> {
        seq(v)?.iter().map(T::from_json).collect()
    }
}

impl<V: ToJson> ToJson for BTreeMap<String, V> {
    fn to_json(&self) -> Value {
        Value::Object(self.iter().map(|(k, v)| (k.clone(), v.to_json())).collect())
    }
    fn write_json(&self, out: &mut String) {
        let mut w = ObjectWriter::open(out);
        for (k, v) in self {
            v.write_json(w.key(k));
        }
        w.close();
    }
}

impl<V: FromJson> FromJson for BTreeMap<String, V> {
    fn from_json(v: &Value) -> Result<Self, DecodeErr> {
        let m = v.as_object().ok_or_else(|| invalid_type(v, "a map"))?;
        m.iter()
            .map(|(k, x)| Ok((k.clone(), V::from_json(x)?)))
            .collect()
    }
}

macro_rules! tuples {
    ($($n:literal: $($t:ident $x:ident),*;)*) => {$(
        impl<$($t: ToJson),*> ToJson for ($($t,)*) {
            fn to_json(&self) -> Value {
                let ($($x,)*) = self;
                Value::Array(vec![$($x.to_json()),*])
            }
        }
        impl<$($t: FromJson),*> FromJson for ($($t,)*) {
            fn from_json(v: &Value) -> Result<Self, DecodeErr> {
                let [$($x),*] = array::<$n>(v)?;
                Ok(($($t::from_json($x)?,)*))
            }
        }
    )*};
}

tuples! {
    2: A a, B b;
    3: A a, B b, C c;
    4: A a, B b, C c, D d;
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, Default, PartialEq, ToJson, FromJson)]
    #[serde(rename_all = "camelCase")]
    struct Thing {
        #[serde(default)]
        api_version: String,
        port: i32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        grace_period: Option<i64>,
        #[serde(rename = "type")]
        type_: String,
        #[serde(flatten)]
        other: BTreeMap<String, Value>,
    }

    #[derive(Debug, PartialEq, ToJson, FromJson)]
    enum Step {
        Admit,
        Start(String),
        Pair(u32, bool),
        Move { from: String, to: Option<u64> },
    }

    #[derive(Debug, PartialEq, ToJson, FromJson)]
    struct Pair(u8, String);

    #[derive(Debug, PartialEq, ToJson, FromJson)]
    #[serde(untagged)]
    enum IntOrText {
        Int(i64),
        Text(String),
    }

    #[test]
    fn structs_round_trip_with_serde_names_and_flatten() {
        let v = json!({"apiVersion": "v1", "port": 80, "type": "x", "extra": [1]});
        let t = Thing::from_json(&v).unwrap();
        assert_eq!(t.port, 80);
        assert_eq!(t.other.get("extra"), Some(&json!([1])));
        assert_eq!(t.to_json(), v);
        let mut text = String::new();
        t.write_json(&mut text);
        assert_eq!(
            text,
            r#"{"apiVersion":"v1","port":80,"type":"x","extra":[1]}"#
        );
    }

    #[test]
    fn errors_keep_serdes_words_and_order() {
        let e = |v: Value| Thing::from_json(&v).unwrap_err().0;
        assert_eq!(e(json!({"type": "x"})), "missing field `port`");
        assert_eq!(
            e(json!({"port": "80", "type": 1})),
            "invalid type: string \"80\", expected i32"
        );
        assert_eq!(
            e(json!({"port": 1, "type": true})),
            "invalid type: boolean `true`, expected a string"
        );
        assert_eq!(
            e(json!({"port": 5_000_000_000u64, "type": "x"})),
            "invalid value: integer `5000000000`, expected i32"
        );
        assert_eq!(
            e(json!([1])),
            "invalid type: sequence, expected struct Thing"
        );
    }

    #[test]
    fn enums_are_externally_tagged_or_untagged() {
        for (step, v) in [
            (Step::Admit, json!("Admit")),
            (Step::Start("c".into()), json!({"Start": "c"})),
            (Step::Pair(1, true), json!({"Pair": [1, true]})),
            (
                Step::Move {
                    from: "a".into(),
                    to: None,
                },
                json!({"Move": {"from": "a", "to": null}}),
            ),
        ] {
            assert_eq!(step.to_json(), v);
            assert_eq!(Step::from_json(&v).unwrap(), step);
        }
        assert_eq!(
            Step::from_json(&json!("Stop")).unwrap_err().0,
            "unknown variant `Stop`, expected one of `Admit`, `Start`, `Pair`, `Move`"
        );
        assert_eq!(
            Pair::from_json(&json!([7, "x"])).unwrap(),
            Pair(7, "x".into())
        );
        assert_eq!(IntOrText::from_json(&json!(8)).unwrap(), IntOrText::Int(8));
        assert_eq!(
            IntOrText::from_json(&json!("25%")).unwrap(),
            IntOrText::Text("25%".into())
        );
        assert!(IntOrText::from_json(&json!(1.5)).is_err());
        let pairs: Vec<(String, u64)> = vec![("a".into(), 1)];
        assert_eq!(
            Vec::<(String, u64)>::from_json(&pairs.to_json()).unwrap(),
            pairs
        );
    }
}
