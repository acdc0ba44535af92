//! `base64` as GNU coreutils has it: encode (wrapped at 76 columns, `-w N`,
//! `-w0` for one line) or decode (`-d`; newlines ignored, `-i` skips other
//! garbage), with coreutils' messages (`base64: invalid input`, which still
//! prints what decoded before the bad byte).

use super::args::{inputs, Spec};
use crate::shell::ctx::{done, CommandFuture, Ctx};

const SPEC: Spec = Spec {
    name: "base64",
    flags: "di",
    valued: "w",
    long: &[("decode", 'd'), ("ignore-garbage", 'i'), ("wrap", 'w')],
};

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub fn base64(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let Some(opts) = SPEC.parse_argv(&mut ctx, &argv) else {
        return done(1);
    };
    let wrap = match opts.value('w') {
        None => 76,
        Some(w) => match w.parse::<usize>() {
            Ok(n) => n,
            Err(_) => {
                ctx.err(&format!("base64: invalid wrap size: ‘{w}’\n"));
                return done(1);
            }
        },
    };
    if let Some(extra) = opts.operands.get(1) {
        ctx.err(&SPEC.fail(&format!("extra operand ‘{extra}’")));
        return done(1);
    }
    let Some(input) = inputs(&ctx, "base64", &opts.operands).into_iter().next() else {
        return done(1);
    };
    let text = match input.text {
        Ok(text) => text,
        Err(e) => {
            ctx.err(&e);
            return done(1);
        }
    };
    if opts.has('d') {
        let (bytes, ok) = decode(&text, opts.has('i'));
        ctx.out(&String::from_utf8_lossy(&bytes));
        if !ok {
            ctx.err("base64: invalid input\n");
            return done(1);
        }
        return done(0);
    }
    ctx.out(&encode(text.as_bytes(), wrap));
    done(0)
}

/// Standard base64 with padding, a newline every `wrap` columns (0: none)
/// and after the last line, as coreutils prints it.
pub fn encode(bytes: &[u8], wrap: usize) -> String {
    let plain = crate::api::secret::base64(bytes);
    if wrap == 0 || plain.is_empty() {
        return plain;
    }
    let mut out = String::new();
    for (i, c) in plain.chars().enumerate() {
        if i > 0 && i % wrap == 0 {
            out.push('\n');
        }
        out.push(c);
    }
    out.push('\n');
    out
}

fn value(c: u8) -> Option<u32> {
    ALPHABET.iter().position(|&a| a == c).map(|p| p as u32)
}

/// Decodes `text`; `false` when it is not valid base64 (the bytes are
/// what decoded before the problem, as coreutils writes them).
pub fn decode(text: &str, ignore_garbage: bool) -> (Vec<u8>, bool) {
    let mut out = Vec::new();
    let mut quad: Vec<u32> = Vec::new();
    let mut pads = 0;
    let flush = |quad: &[u32], out: &mut Vec<u8>| {
        let n = quad
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, v)| n | (v << (18 - 6 * i)));
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend(bytes.iter().take(quad.len().saturating_sub(1)));
    };
    for c in text.bytes() {
        if c == b'\n' {
            continue;
        }
        if c == b'=' && quad.len() >= 2 {
            pads += 1;
            if quad.len() + pads == 4 {
                flush(&quad, &mut out);
                quad.clear();
                pads = 0;
            }
            continue;
        }
        match value(c) {
            Some(v) if pads == 0 => {
                quad.push(v);
                if quad.len() == 4 {
                    flush(&quad, &mut out);
                    quad.clear();
                }
            }
            None if ignore_garbage => {}
            _ => {
                flush(&quad, &mut out);
                return (out, false);
            }
        }
    }
    if quad.is_empty() {
        (out, true)
    } else {
        flush(&quad, &mut out);
        (out, false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_like_coreutils() {
        assert_eq!(encode(b"", 76), "");
        assert_eq!(encode(b"hi\n", 76), "aGkK\n");
        assert_eq!(encode(b"s3cr3t", 0), "czNjcjN0");
        assert_eq!(encode(b"1\n2\n3\n4\n5\n", 8), "MQoyCjMK\nNAo1Cg==\n");
        let long = encode(&[b'x'; 100], 76);
        assert_eq!(long.lines().map(str::len).collect::<Vec<_>>(), [76, 60]);
    }

    #[test]
    fn decodes_and_reports_bad_input_after_the_good_part() {
        assert_eq!(decode("aGVs\nbG8=\n", false), (b"hello".to_vec(), true));
        assert_eq!(decode("aGVsbG8=aGk=", false), (b"hellohi".to_vec(), true));
        assert_eq!(decode("aGVsbG8=x", false), (b"hello".to_vec(), false));
        assert_eq!(decode("aGVsbG8", false), (b"hello".to_vec(), false));
        assert_eq!(decode("aGV sbG8=", false), (b"he".to_vec(), false));
        assert_eq!(decode("%%", false), (Vec::new(), false));
        assert_eq!(decode("aG*k=", true), (b"hi".to_vec(), true));
    }
}
