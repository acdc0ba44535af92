//! Secret (core `v1`): `data` holds base64 text as the apiserver returns
//! it (decoded strictly on the way in, like Go's `[]byte` JSON field, and
//! re-encoded), `stringData` is merged into `data` on write (defaulting),
//! and the standard base64 codec other layers share.

use super::meta::ObjectMeta;
use crate::json::{invalid_type, DecodeErr, FromJson, ToJson, Value};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, PartialEq, ToJson, FromJson)]
#[serde(rename_all = "camelCase")]
pub struct Secret {
    #[serde(default)]
    pub api_version: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub metadata: ObjectMeta,
    #[serde(
        default,
        deserialize_with = "base64_map",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub data: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub string_data: BTreeMap<String, String>,
    #[serde(default, rename = "type", skip_serializing_if = "String::is_empty")]
    pub type_: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub immutable: Option<bool>,
}

impl Secret {
    /// The decoded bytes of key `k`.
    pub fn value(&self, k: &str) -> Option<Vec<u8>> {
        self.data.get(k).and_then(|v| unbase64(v).ok())
    }

    /// The decoded value of key `k` as text (lossy), as a container reads it.
    pub fn text(&self, k: &str) -> Option<String> {
        self.value(k)
            .map(|b| String::from_utf8_lossy(&b).into_owned())
    }
}

/// `data` as Go decodes a `map[string][]byte`: each value must be base64;
/// it is kept in canonical form (line breaks dropped).
/// `data` is Go's `map[string][]byte`: base64 text, decoded strictly.
fn base64_map(v: &Value) -> Result<BTreeMap<String, String>, DecodeErr> {
    let m = match v {
        Value::Object(m) => m,
        Value::Null => return Ok(BTreeMap::new()),
        _ => return Err(invalid_type(v, "map[string][]uint8".into())),
    };
    let mut out = BTreeMap::new();
    for (k, x) in m {
        let text = match x {
            Value::String(s) => s.as_str(),
            Value::Null => "",
            _ => return Err(invalid_type(x, "[]uint8".into())),
        };
        let bytes = unbase64(text)
            .map_err(|at| DecodeErr::custom(format!("illegal base64 data at input byte {at}")))?;
        out.insert(k.clone(), base64(&bytes));
    }
    Ok(out)
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding, on one line.
pub fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
        let n = (b(0) << 16) | (b(1) << 8) | b(2);
        for i in 0..4 {
            let c = if i <= chunk.len() {
                ALPHABET
                    .get(((n >> (18 - 6 * i)) & 63) as usize)
                    .copied()
                    .unwrap_or(b'A')
            } else {
                b'='
            };
            out.push(char::from(c));
        }
    }
    out
}

/// Go's `base64.StdEncoding.DecodeString` (line breaks skipped, padding
/// required); `Err(offset)` is the input byte it reports as illegal.
pub fn unbase64(text: &str) -> Result<Vec<u8>, usize> {
    let src = text.as_bytes();
    let value = |c: u8| ALPHABET.iter().position(|&a| a == c).map(|p| p as u32);
    let skip_breaks = |mut i: usize| {
        while src.get(i).is_some_and(|c| *c == b'\n' || *c == b'\r') {
            i += 1;
        }
        i
    };
    let mut out = Vec::with_capacity(src.len() / 4 * 3);
    let mut si = 0;
    while si < src.len() {
        let (mut n, mut j) = (0u32, 0usize);
        while j < 4 {
            let Some(&c) = src.get(si) else {
                return if j == 0 { Ok(out) } else { Err(si - j) };
            };
            si += 1;
            if let Some(v) = value(c) {
                n |= v << (18 - 6 * j);
                j += 1;
                continue;
            }
            if c == b'\n' || c == b'\r' {
                continue;
            }
            if c != b'=' || j < 2 {
                return Err(si - 1);
            }
            if j == 2 {
                si = skip_breaks(si);
                match src.get(si) {
                    None => return Err(src.len()),
                    Some(b'=') => si += 1,
                    Some(_) => return Err(si - 1),
                }
            }
            si = skip_breaks(si);
            if si < src.len() {
                return Err(si);
            }
            break;
        }
        out.extend(n.to_be_bytes().iter().skip(1).take(j.saturating_sub(1)));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_reports_go_offsets() {
        assert_eq!(base64(b"s3cr3t"), "czNjcjN0");
        assert_eq!(base64(b"ab"), "YWI=");
        assert_eq!(unbase64("czNjcjN0"), Ok(b"s3cr3t".to_vec()));
        assert_eq!(unbase64("YWI=\n"), Ok(b"ab".to_vec()));
        assert_eq!(unbase64("YQ=="), Ok(b"a".to_vec()));
        assert_eq!(unbase64("abc"), Err(0));
        assert_eq!(unbase64("abcd!"), Err(4));
        assert_eq!(unbase64("ab*d"), Err(2));
        assert_eq!(unbase64("YQ==YQ=="), Err(4));
    }

    #[test]
    fn data_must_be_base64() {
        let bad = serde_json::json!({"data": {"k": "not base64"}});
        let e = Secret::from_json(&bad).unwrap_err().to_string();
        assert!(e.starts_with("illegal base64 data at input byte 3"), "{e}");
    }
}
