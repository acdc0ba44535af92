//! The protobuf bodies the API mode reads: a policy/v1 `Eviction` and the
//! `DeleteOptions` of a pod DELETE, which kubectl's typed client (`kubectl
//! drain`) sends as protobuf with no JSON fallback. Only what an eviction needs is decoded — the envelope
//! (`k8s\0` + `runtime.Unknown`), then `deleteOptions.gracePeriodSeconds`
//! and `dryRun` — into the JSON the rest of the server reads.

use serde_json::{json, Value};

/// Protobuf fields of one message: (field number, varint or bytes).
enum Field<'a> {
    Varint(u64),
    Bytes(&'a [u8]),
}

fn varint(buf: &mut &[u8]) -> Option<u64> {
    let mut value = 0u64;
    // A varint is at most 10 bytes.
    for shift in 0..10 {
        let (&b, rest) = buf.split_first()?;
        *buf = rest;
        value |= u64::from(b & 0x7f) << (shift * 7);
        if b & 0x80 == 0 {
            return Some(value);
        }
    }
    None
}

/// Every field of a message, or `None` when the bytes are not protobuf.
fn fields(mut buf: &[u8]) -> Option<Vec<(u64, Field<'_>)>> {
    let mut out = Vec::new();
    while !buf.is_empty() {
        let key = varint(&mut buf)?;
        let field = match key & 7 {
            0 => Field::Varint(varint(&mut buf)?),
            2 => {
                let len = usize::try_from(varint(&mut buf)?).ok()?;
                let (bytes, rest) = (buf.get(..len)?, buf.get(len..)?);
                buf = rest;
                Field::Bytes(bytes)
            }
            _ => return None,
        };
        out.push((key >> 3, field));
    }
    Some(out)
}

fn bytes_of<'a>(fields: &[(u64, Field<'a>)], number: u64) -> Vec<&'a [u8]> {
    fields
        .iter()
        .filter_map(|(n, f)| match f {
            Field::Bytes(b) if *n == number => Some(*b),
            _ => None,
        })
        .collect()
}

/// The JSON form of a protobuf-encoded `Eviction` (or, for a DELETE, its
/// `DeleteOptions`), or `None`.
pub fn eviction_json(body: &[u8], eviction: bool) -> Option<Value> {
    let unknown = fields(body.strip_prefix(b"k8s\0")?)?;
    let raw = *bytes_of(&unknown, 2).first()?;
    let raw = match eviction {
        true => *bytes_of(&fields(raw)?, 2).first()?,
        false => raw,
    };
    let mut options = serde_json::Map::new();
    if let Some(opts) = fields(raw) {
        for (n, f) in &opts {
            if let (1, Field::Varint(v)) = (n, f) {
                options.insert("gracePeriodSeconds".into(), json!(*v as i64));
            }
        }
        let dry: Vec<String> = bytes_of(&opts, 5)
            .iter()
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .collect();
        if !dry.is_empty() {
            options.insert("dryRun".into(), json!(dry));
        }
    }
    Some(match eviction {
        true => json!({"apiVersion": "policy/v1", "kind": "Eviction", "deleteOptions": options}),
        false => Value::Object(options),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_eviction_with_a_grace_period_decodes() {
        // deleteOptions { gracePeriodSeconds: 5 } inside Eviction, inside Unknown.
        let opts = [0x08, 0x05];
        let mut eviction = vec![0x12, opts.len() as u8];
        eviction.extend(opts);
        let mut unknown = vec![0x12, eviction.len() as u8];
        unknown.extend(eviction);
        let mut body = b"k8s\0".to_vec();
        body.extend(unknown);
        let v = eviction_json(&body, true);
        assert_eq!(
            v.and_then(|v| v.pointer("/deleteOptions/gracePeriodSeconds").cloned()),
            Some(json!(5))
        );
        assert_eq!(eviction_json(b"{}", true), None);
        assert_eq!(eviction_json(b"k8s\0\x12\x7f", true), None);
        let mut delete = b"k8s\0".to_vec();
        delete.extend([0x12, 0x02, 0x08, 0x00]);
        assert_eq!(
            eviction_json(&delete, false),
            Some(json!({"gracePeriodSeconds": 0}))
        );
    }
}
