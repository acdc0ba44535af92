//! Typed values to and from `serde_json::Value`: the [`ToJson`] and
//! [`FromJson`] traits, their impls for the standard types, and the small
//! helpers the `#[derive(ToJson, FromJson)]` code (crate `kubeplay-derive`)
//! calls — one non-generic call per field instead of serde's generated
//! visitors, which cost the wasm ~100 KB gzip.
//!
//! The JSON is serde_json's: struct fields by name (`#[serde(rename…)]`),
//! keys sorted (a `Map` is a `BTreeMap`), `Option::None` as `null`, enums
//! externally tagged. Decoding follows the apiserver's Go decoder where a
//! learner sees it: `null` is the zero value, and a value of the wrong
//! kind is a [`DecodeErr::Type`] that the struct decoders fill in on the
//! way out, printed in Go's words (`json: cannot unmarshal bool into Go
//! struct field ConfigMap.data of type string`). A missing required field
//! keeps serde's words (`missing field `port``); Go has no such error.

pub use kubeplay_derive::{FromJson, ToJson};
pub use serde_json::Value;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fmt;

/// A JSON object.
pub type Map = serde_json::Map<String, Value>;

/// Why a value does not fit a type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeErr {
    /// A type's own words (`illegal base64 data at input byte 3`).
    Custom(String),
    /// Go's `UnmarshalTypeError`: the JSON kind (`bool`, `number 1.5`),
    /// the Go type, and once known the innermost struct and the field
    /// path from the top (`spec.containers.ports.containerPort`).
    Type {
        value: String,
        go: String,
        within: &'static str,
        path: String,
    },
}

impl DecodeErr {
    pub fn custom(text: impl Into<String>) -> Self {
        DecodeErr::Custom(text.into())
    }

    /// The error as met inside field `key` (a struct decoder adds it).
    #[must_use]
    pub fn at(mut self, key: &str) -> Self {
        if let DecodeErr::Type { path, .. } = &mut self {
            *path = if path.is_empty() {
                key.to_string()
            } else {
                format!("{key}.{path}")
            };
        }
        self
    }

    /// The error as met in a field of struct `name` (the innermost wins).
    #[must_use]
    pub fn within(mut self, name: &'static str) -> Self {
        if let DecodeErr::Type { within, .. } = &mut self {
            if within.is_empty() {
                *within = name;
            }
        }
        self
    }
}

impl fmt::Display for DecodeErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeErr::Custom(text) => f.write_str(text),
            DecodeErr::Type {
                value,
                go,
                within: "",
                ..
            } => {
                write!(
                    f,
                    "json: cannot unmarshal {value} into Go value of type {go}"
                )
            }
            DecodeErr::Type {
                value,
                go,
                within,
                path,
            } => write!(
                f,
                "json: cannot unmarshal {value} into Go struct field {within}.{path} of type {go}"
            ),
        }
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
    /// The Go type the apiserver decodes into (`[]v1.Container`), for errors.
    fn go_type() -> String;
}

/// Go's word for the kind of a JSON value in an error.
fn kind_word(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// `v` does not fit Go type `go`.
#[cold]
pub fn invalid_type(v: &Value, go: String) -> DecodeErr {
    DecodeErr::Type {
        value: kind_word(v).to_string(),
        go,
        within: "",
        path: String::new(),
    }
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

/// The object a struct of Go type `go` is read from (`null`: none).
pub fn object<'a>(v: &'a Value, go: &str) -> Result<Cow<'a, Map>, DecodeErr> {
    match v {
        Value::Object(m) => Ok(Cow::Borrowed(m)),
        Value::Null => Ok(Cow::Owned(Map::new())),
        _ => Err(invalid_type(v, go.to_string())),
    }
}

/// A field's value if the object has it, read by `read`.
pub fn field_with<T>(
    m: &Map,
    key: &str,
    read: fn(&Value) -> Result<T, DecodeErr>,
) -> Result<Option<T>, DecodeErr> {
    m.get(key)
        .map(|x| read(x).map_err(|e| e.at(key)))
        .transpose()
}

/// A field's value if the object has it.
pub fn field<T: FromJson>(m: &Map, key: &str) -> Result<Option<T>, DecodeErr> {
    field_with(m, key, T::from_json)
}

/// Decodes the field `key`, if the object has it, into `slot` by `read`;
/// whether it was there.
pub fn field_with_into<T>(
    m: &Map,
    key: &str,
    read: fn(&Value) -> Result<T, DecodeErr>,
    slot: &mut T,
) -> Result<bool, DecodeErr> {
    match m.get(key) {
        Some(x) => {
            *slot = read(x).map_err(|e| e.at(key))?;
            Ok(true)
        }
        None => Ok(false),
    }
}

/// Decodes the field `key`, if the object has it, into `slot`; whether
/// it was there.
pub fn field_into<T: FromJson>(m: &Map, key: &str, slot: &mut T) -> Result<bool, DecodeErr> {
    field_with_into(m, key, T::from_json, slot)
}

/// A field serde required (not `Option`, no `default`) was there.
pub fn present(found: bool, key: &str) -> Result<(), DecodeErr> {
    match found {
        true => Ok(()),
        false => Err(missing(key)),
    }
}

/// A field serde required (not `Option`, no `default`).
pub fn required<T>(f: Option<T>, key: &str) -> Result<T, DecodeErr> {
    f.ok_or_else(|| missing(key))
}

#[cold]
fn missing(key: &str) -> DecodeErr {
    DecodeErr::Custom(format!("missing field `{key}`"))
}

/// The entries a struct does not name (its `flatten` field).
pub fn rest(m: &Map, known: &[&str]) -> Value {
    let mut out = Map::new();
    for (k, v) in m {
        if !known.contains(&k.as_str()) {
            out.insert(k.clone(), v.clone());
        }
    }
    Value::Object(out)
}

/// The `N` elements of a tuple.
pub fn array<const N: usize>(v: &Value) -> Result<&[Value; N], DecodeErr> {
    match v {
        Value::Array(a) => a.as_slice().try_into().map_err(|_| {
            DecodeErr::Custom(format!(
                "invalid length {}, expected a tuple of size {N}",
                a.len()
            ))
        }),
        _ => Err(invalid_type(v, "[]interface {}".into())),
    }
}

/// An externally tagged enum value: `"Unit"` or `{"Variant": value}`.
pub fn variant<'a>(v: &'a Value, what: &str) -> Result<(&'a str, Option<&'a Value>), DecodeErr> {
    match v {
        Value::String(s) => Ok((s, None)),
        Value::Object(m) if m.len() == 1 => match m.iter().next() {
            Some((k, x)) => Ok((k, Some(x))),
            None => Err(invalid_type(v, what.into())),
        },
        _ => Err(invalid_type(v, what.into())),
    }
}

/// A tag that names no variant, or a variant given the wrong shape.
#[cold]
pub fn bad_variant(tag: &str, known: &[&str]) -> DecodeErr {
    if known.contains(&tag) {
        return DecodeErr::Custom(format!("invalid type for variant `{tag}`"));
    }
    let list: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
    DecodeErr::Custom(format!(
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
        match v {
            Value::String(s) => Ok(s.clone()),
            Value::Null => Ok(String::new()),
            _ => Err(invalid_type(v, Self::go_type())),
        }
    }
    fn go_type() -> String {
        "string".into()
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
        match v {
            Value::Bool(b) => Ok(*b),
            Value::Null => Ok(false),
            _ => Err(invalid_type(v, Self::go_type())),
        }
    }
    fn go_type() -> String {
        "bool".into()
    }
}

/// A JSON integer within `min..=max`, for the Go integer type `go`; a
/// number that is not one is Go's `number 1.5`.
fn integer(v: &Value, min: i128, max: i128, go: &str) -> Result<i128, DecodeErr> {
    let n = match v {
        Value::Null => return Ok(0),
        Value::Number(n) => n,
        _ => return Err(invalid_type(v, go.into())),
    };
    let i = match (n.as_i64(), n.as_u64()) {
        (Some(i), _) => i128::from(i),
        (None, Some(u)) => i128::from(u),
        _ => max + 1,
    };
    if (min..=max).contains(&i) {
        Ok(i)
    } else {
        Err(DecodeErr::Type {
            value: format!("number {n}"),
            go: go.into(),
            within: "",
            path: String::new(),
        })
    }
}

macro_rules! integers {
    ($($t:ty: $go:literal),*) => {$(
        impl ToJson for $t {
            fn to_json(&self) -> Value {
                Value::from(*self)
            }
        }
        impl FromJson for $t {
            fn from_json(v: &Value) -> Result<Self, DecodeErr> {
                let i = integer(v, <$t>::MIN as i128, <$t>::MAX as i128, $go)?;
                Ok(i as $t)
            }
            fn go_type() -> String {
                $go.into()
            }
        }
    )*};
}

integers!(u8: "uint8", u16: "uint16", u32: "uint32", u64: "uint64", usize: "uint",
    i8: "int8", i16: "int16", i32: "int32", i64: "int64", isize: "int");

impl ToJson for f64 {
    fn to_json(&self) -> Value {
        Value::from(*self)
    }
}

impl FromJson for f64 {
    fn from_json(v: &Value) -> Result<Self, DecodeErr> {
        match v {
            Value::Null => Ok(0.0),
            _ => v.as_f64().ok_or_else(|| invalid_type(v, Self::go_type())),
        }
    }
    fn go_type() -> String {
        "float64".into()
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
            Err(invalid_type(v, Self::go_type()))
        }
    }
    fn go_type() -> String {
        "struct {}".into()
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
    fn go_type() -> String {
        "interface {}".into()
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
    fn go_type() -> String {
        T::go_type()
    }
}

// A log line is borrowed when it is fixed text, owned otherwise; either is
// a string.
impl ToJson for std::borrow::Cow<'static, str> {
    fn to_json(&self) -> Value {
        Value::String(self.to_string())
    }
}

impl FromJson for std::borrow::Cow<'static, str> {
    fn from_json(v: &Value) -> Result<Self, DecodeErr> {
        String::from_json(v).map(std::borrow::Cow::Owned)
    }
    fn go_type() -> String {
        "string".into()
    }
}

// Shared values (the engine's interned event keys and environments) are
// written as what they point to.
impl<T: ToJson + ?Sized> ToJson for std::rc::Rc<T> {
    fn to_json(&self) -> Value {
        T::to_json(self)
    }
}

impl<T: FromJson> FromJson for std::rc::Rc<T> {
    fn from_json(v: &Value) -> Result<Self, DecodeErr> {
        T::from_json(v).map(std::rc::Rc::new)
    }
    fn go_type() -> String {
        T::go_type()
    }
}

impl<T: FromJson> FromJson for std::rc::Rc<[T]> {
    fn from_json(v: &Value) -> Result<Self, DecodeErr> {
        Vec::<T>::from_json(v).map(std::rc::Rc::from)
    }
    fn go_type() -> String {
        format!("[]{}", T::go_type())
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
    fn go_type() -> String {
        T::go_type()
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

/// The elements of a list of Go element type `T` (`null`: none).
fn seq<T: FromJson>(v: &Value) -> Result<&[Value], DecodeErr> {
    match v {
        Value::Array(a) => Ok(a),
        Value::Null => Ok(&[]),
        _ => Err(invalid_type(v, format!("[]{}", T::go_type()))),
    }
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
        let items = seq::<T>(v)?;
        let mut out = Vec::with_capacity(items.len());
        for x in items {
            out.push(T::from_json(x)?);
        }
        Ok(out)
    }
    fn go_type() -> String {
        format!("[]{}", T::go_type())
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
        Vec::from_json(v).map(VecDeque::from)
    }
    fn go_type() -> String {
        format!("[]{}", T::go_type())
    }
}

impl<T: ToJson> ToJson for BTreeSet<T> {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(T::to_json).collect())
    }
}

impl<T: FromJson + Ord> FromJson for BTreeSet<T> {
    fn from_json(v: &Value) -> Result<Self, DecodeErr> {
        let mut out = BTreeSet::new();
        for x in seq::<T>(v)? {
            out.insert(T::from_json(x)?);
        }
        Ok(out)
    }
    fn go_type() -> String {
        format!("[]{}", T::go_type())
    }
}

impl<T: ToJson, const N: usize> ToJson for [T; N] {
    fn to_json(&self) -> Value {
        self.as_slice().to_json()
    }
}

impl<T: FromJson, const N: usize> FromJson for [T; N] {
    fn from_json(v: &Value) -> Result<Self, DecodeErr> {
        let items = array::<N>(v)?;
        let mut out = Vec::with_capacity(N);
        for x in items {
            out.push(T::from_json(x)?);
        }
        out.try_into()
            .map_err(|_| DecodeErr::custom(format!("expected an array of {N}")))
    }
    fn go_type() -> String {
        format!("[{N}]{}", T::go_type())
    }
}

impl ToJson for char {
    fn to_json(&self) -> Value {
        Value::String(self.to_string())
    }
}

impl FromJson for char {
    fn from_json(v: &Value) -> Result<Self, DecodeErr> {
        let text = String::from_json(v)?;
        let mut chars = text.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(invalid_type(v, Self::go_type())),
        }
    }
    fn go_type() -> String {
        "rune".into()
    }
}

// Maps are filled by `insert`, never `collect()`: a BTreeMap collected
// from an iterator sorts a Vec first, which compiles std's stable sort
// into the wasm once more (see `crate::sorting`).
impl<V: ToJson> ToJson for BTreeMap<String, V> {
    fn to_json(&self) -> Value {
        let mut m = Map::new();
        for (k, v) in self {
            put(&mut m, k, v.to_json());
        }
        Value::Object(m)
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
        let m = match v {
            Value::Object(m) => m,
            Value::Null => return Ok(BTreeMap::new()),
            _ => return Err(invalid_type(v, Self::go_type())),
        };
        let mut out = BTreeMap::new();
        for (k, x) in m {
            out.insert(k.clone(), V::from_json(x)?);
        }
        Ok(out)
    }
    fn go_type() -> String {
        format!("map[string]{}", V::go_type())
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
            fn go_type() -> String {
                "[]interface {}".into()
            }
        }
    )*};
}

tuples! {
    2: A a, B b;
    3: A a, B b, C c;
    4: A a, B b, C c, D d;
    6: A a, B b, C c, D d, E e, F f;
}

// The engine's state in a checkpoint has results too, in serde_json's
// shape (`{"Ok": v}` or `{"Err": e}`).
impl<T: ToJson, E: ToJson> ToJson for Result<T, E> {
    fn to_json(&self) -> Value {
        match self {
            Ok(v) => tagged("Ok", v.to_json()),
            Err(e) => tagged("Err", e.to_json()),
        }
    }
}

impl<T: FromJson, E: FromJson> FromJson for Result<T, E> {
    fn from_json(v: &Value) -> Result<Self, DecodeErr> {
        match variant(v, "Result")? {
            ("Ok", Some(x)) => T::from_json(x).map(Ok),
            ("Err", Some(x)) => E::from_json(x).map(Err),
            (tag, _) => Err(bad_variant(tag, &["Ok", "Err"])),
        }
    }
    fn go_type() -> String {
        "interface {}".into()
    }
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
    fn errors_are_worded_as_gos_decoder_words_them() {
        let e = |v: Value| Thing::from_json(&v).unwrap_err().to_string();
        assert_eq!(e(json!({"type": "x"})), "missing field `port`");
        // A present key of the wrong type is reported before a missing one.
        assert_eq!(
            e(json!({"type": 1})),
            "json: cannot unmarshal number into Go struct field Thing.type of type string"
        );
        assert_eq!(
            e(json!({"port": "80", "type": 1})),
            "json: cannot unmarshal string into Go struct field Thing.port of type int32"
        );
        assert_eq!(
            e(json!({"port": 1, "type": true})),
            "json: cannot unmarshal bool into Go struct field Thing.type of type string"
        );
        assert_eq!(
            e(json!({"port": 5_000_000_000u64, "type": "x"})),
            "json: cannot unmarshal number 5000000000 into Go struct field Thing.port of type int32"
        );
        assert_eq!(
            e(json!({"port": 1.5, "type": "x"})),
            "json: cannot unmarshal number 1.5 into Go struct field Thing.port of type int32"
        );
        assert_eq!(
            e(json!([1])),
            "json: cannot unmarshal array into Go value of type v1.Thing"
        );
        // null is Go's zero value
        assert_eq!(
            Thing::from_json(&json!({"port": null, "type": null, "apiVersion": null})).unwrap(),
            Thing::default()
        );
        assert_eq!(
            Vec::<Thing>::from_json(&json!("x"))
                .unwrap_err()
                .to_string(),
            "json: cannot unmarshal string into Go value of type []v1.Thing"
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
            Step::from_json(&json!("Stop")).unwrap_err().to_string(),
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
        let set: BTreeSet<char> = ['b', 'a'].into();
        assert_eq!(set.to_json(), json!(["a", "b"]));
        assert_eq!(
            BTreeSet::<char>::from_json(&json!(["b", "a"])).unwrap(),
            set
        );
        assert_eq!(
            <[u8; 4]>::from_json(&json!([10, 0, 0, 1])).unwrap(),
            [10, 0, 0, 1]
        );
        assert!(<[u8; 4]>::from_json(&json!([10, 0, 1])).is_err());
        let pairs: Vec<(String, u64)> = vec![("a".into(), 1)];
        assert_eq!(
            Vec::<(String, u64)>::from_json(&pairs.to_json()).unwrap(),
            pairs
        );
    }
}
