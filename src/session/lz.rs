//! A small LZ77 compressor for checkpoints (LZ4's block layout): a
//! thousand pods' JSON repeats itself, and a checkpoint must fit in
//! localStorage next to the rest. No dependency, a few hundred bytes of
//! wasm. Decompressing is strict and bounded: any input gives the bytes
//! or `None`, never a panic, and never more than `out_max` bytes.
//!
//! A block is a run of sequences: a token byte (literal count in the high
//! nibble, match length − 4 in the low one; 15 means more bytes follow,
//! each adding up to 255), the literals, then — unless the block ends
//! there — a 2-byte little-endian offset back into the output and the
//! rest of the match length.

/// Matches reach this far back.
const WINDOW: usize = 65_535;
/// The shortest match.
const MATCH_MIN: usize = 4;
/// Hash table size (a power of two).
const TABLE_BITS: u32 = 16;

fn hash(four: u32) -> usize {
    (four.wrapping_mul(2_654_435_761) >> (32 - TABLE_BITS)) as usize
}

fn word(src: &[u8], i: usize) -> Option<u32> {
    src.get(i..i + 4)
        .and_then(|b| <[u8; 4]>::try_from(b).ok())
        .map(u32::from_le_bytes)
}

fn push_len(out: &mut Vec<u8>, mut n: usize) {
    while n >= 255 {
        out.push(255);
        n -= 255;
    }
    out.push(n as u8);
}

fn sequence(out: &mut Vec<u8>, literals: &[u8], matched: Option<(usize, usize)>) {
    let lit = literals.len();
    let ml = matched.map_or(0, |(_, len)| len - MATCH_MIN);
    out.push(((lit.min(15) as u8) << 4) | ml.min(15) as u8);
    if lit >= 15 {
        push_len(out, lit - 15);
    }
    out.extend_from_slice(literals);
    if let Some((offset, _)) = matched {
        out.extend_from_slice(&(offset as u16).to_le_bytes());
        if ml >= 15 {
            push_len(out, ml - 15);
        }
    }
}

/// `src` compressed.
pub fn compress(src: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(src.len() / 4);
    let mut table = vec![usize::MAX; 1 << TABLE_BITS];
    let (mut anchor, mut i) = (0, 0);
    while let Some(w) = word(src, i) {
        let slot = table.get_mut(hash(w));
        let cand = slot.map_or(usize::MAX, |s| std::mem::replace(s, i));
        if cand != usize::MAX && i - cand <= WINDOW && word(src, cand) == Some(w) {
            let mut len = MATCH_MIN;
            while src
                .get(i + len)
                .is_some_and(|b| src.get(cand + len) == Some(b))
            {
                len += 1;
            }
            sequence(
                &mut out,
                src.get(anchor..i).unwrap_or_default(),
                Some((i - cand, len)),
            );
            i += len;
            anchor = i;
        } else {
            i += 1;
        }
    }
    sequence(&mut out, src.get(anchor..).unwrap_or_default(), None);
    out
}

fn read_len(src: &[u8], pos: &mut usize, mut n: usize) -> Option<usize> {
    if n < 15 {
        return Some(n);
    }
    loop {
        let b = *src.get(*pos)?;
        *pos += 1;
        n = n.checked_add(usize::from(b))?;
        if b < 255 {
            return Some(n);
        }
    }
}

/// The bytes `src` was compressed from, at most `out_max` of them.
pub fn decompress(src: &[u8], out_max: usize) -> Option<Vec<u8>> {
    let mut out: Vec<u8> = Vec::new();
    let mut pos = 0;
    while pos < src.len() {
        let token = *src.get(pos)?;
        pos += 1;
        let lit = read_len(src, &mut pos, usize::from(token >> 4))?;
        let literals = src.get(pos..pos.checked_add(lit)?)?;
        if out.len() + lit > out_max {
            return None;
        }
        out.extend_from_slice(literals);
        pos += lit;
        if pos == src.len() {
            break;
        }
        let offset = usize::from(u16::from_le_bytes([*src.get(pos)?, *src.get(pos + 1)?]));
        pos += 2;
        let len = read_len(src, &mut pos, usize::from(token & 15))? + MATCH_MIN;
        if offset == 0 || offset > out.len() || out.len() + len > out_max {
            return None;
        }
        let from = out.len() - offset;
        for k in 0..len {
            let b = *out.get(from + k)?;
            out.push(b);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_shrinks_repetitive_text() {
        let text: String = (0..2_000)
            .map(|i| format!(r#"{{"name":"web-{i}","image":"nginx","tolerations":[300]}}"#))
            .collect();
        let packed = compress(text.as_bytes());
        assert!(
            packed.len() * 4 < text.len(),
            "{} of {}",
            packed.len(),
            text.len()
        );
        assert_eq!(
            decompress(&packed, text.len()),
            Some(text.clone().into_bytes())
        );
        assert_eq!(decompress(&packed, text.len() - 1), None);
        for src in [
            &b""[..],
            b"a",
            b"abcabcabcabcabcabcabcabcabcabcabc",
            &[0xff; 300],
        ] {
            assert_eq!(decompress(&compress(src), 1 << 20).as_deref(), Some(src));
        }
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_round_trip_and_any_input_is_safe(
            bytes in proptest::collection::vec(0u8..4, 0..600),
            junk in proptest::collection::vec(proptest::num::u8::ANY, 0..200),
        ) {
            proptest::prop_assert_eq!(decompress(&compress(&bytes), 600), Some(bytes));
            let _ = decompress(&junk, 10_000);
        }
    }
}
