//! The share-link encoding, version 1: `1.` + base64url (no padding) of a
//! compact text, with frequent kubectl words folded into single bytes.
//!
//! The text is one header line `SEED;END_GAP;STEP;LESSON` (LESSON empty
//! for a sandbox), then one line per event: the gap in ms (decimal, empty
//! for 0), a kind character, and for text-carrying kinds the escaped text
//! (`\\`, `\n`, `\t`). Kinds: `$` run, `>` typed line, `.` Ctrl-D,
//! `w` editor save, `c` editor cancel, `^` Ctrl-C, `n` next step, `x`
//! close lesson. Worked example: seed 1, 3 s after the start
//! `kubectl get pods`, link made 2 s later ⇒ `1;2000;0;\n3000$kubectl get
//! pods`, whose `kubectl ` and `get pods` fold to bytes 0x01 and 0x02.
//!
//! Decoding is strict and total: any string gives either a [`Snapshot`]
//! within every limit of `limits` or a [`ShareError`]; it never panics and
//! never echoes the input back in its message. Event texts may hold any
//! character but the C0 controls other than newline and tab (and DEL);
//! they are only ever run as simulated commands and shown as text.

use super::limits::{
    EVENT_BYTES_MAX, GAP_MS_MAX, LESSON_ID_CHARS_MAX, LOG_BYTES_MAX, LOG_ENTRIES_MAX,
    REPLAY_MS_MAX, SHARE_CHARS_MAX, STEP_MAX,
};
use super::log::{Entry, Event, LessonAt, Snapshot};

/// The version this build writes and reads.
pub const SHARE_VERSION: u32 = 1;

/// Why a link could not be made or read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Longer than [`SHARE_CHARS_MAX`] (or a log beyond its limits).
    TooLarge,
    /// A session whose payload would be `chars` long, more than `limit`:
    /// said when making a link, with what to do instead.
    TooLong { chars: usize, limit: usize },
    /// A version this build does not know.
    UnknownVersion,
    /// Not a valid link: the reason, never the input.
    Corrupt(&'static str),
    /// The session was compacted: its start is a checkpoint of the whole
    /// world, far longer than a link may be.
    Compacted,
    /// The session holds something a link cannot carry.
    Unshareable(&'static str),
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareError::TooLarge => write!(f, "too large (limit {SHARE_CHARS_MAX} characters)"),
            ShareError::TooLong { chars, limit } => write!(
                f,
                "too long for a link ({chars} characters; a link holds at most {limit}); \
                 it is still saved in this browser, and Export keeps it as a file"
            ),
            ShareError::Compacted => write!(
                f,
                "too long for a link: its first commands were folded into a checkpoint of \
                 the whole cluster, which a link cannot carry; it is still saved in this \
                 browser, and Export keeps it as a file"
            ),
            ShareError::UnknownVersion => write!(f, "made by another version of kubeplay"),
            ShareError::Corrupt(why) => write!(f, "damaged ({why})"),
            ShareError::Unshareable(why) => write!(f, "cannot be shared ({why})"),
        }
    }
}

/// Frequent words, folded to bytes 0x01..=0x1F (skipping tab and newline).
/// Changing this list changes the format: append only in a new version.
const WORDS: [&str; 29] = [
    "kubectl ",
    "get pods",
    "deployment",
    " -o wide",
    "--image=",
    "rollout ",
    "service",
    "describe ",
    "--replicas=",
    "kubernetes-bootcamp",
    "expose ",
    "create ",
    "apply -f ",
    "delete ",
    "set image ",
    "status",
    "scale ",
    "nginx",
    "--port=",
    "curl ",
    "sleep ",
    "get ",
    "undo ",
    "export ",
    "echo ",
    "label ",
    "logs ",
    "--type=",
    "minikube ",
];

fn word_byte(index: usize) -> u8 {
    // 0..=7 → 0x01..=0x08; 8.. → 0x0B.. (0x09 tab, 0x0A newline skipped).
    match index {
        0..=7 => index as u8 + 1,
        _ => index as u8 + 3,
    }
}

fn byte_word(b: u8) -> Option<&'static str> {
    let index = match b {
        0x01..=0x08 => b - 1,
        0x0B..=0x1F => b - 3,
        _ => return None,
    };
    WORDS.get(usize::from(index)).copied()
}

/// The link payload (`1.…`) of `snap`, at most [`SHARE_CHARS_MAX`] long.
pub fn encode_link(snap: &Snapshot) -> Result<String, ShareError> {
    if snap.base.is_some() {
        return Err(ShareError::Compacted);
    }
    encode_payload(snap, SHARE_CHARS_MAX)
}

/// Reads a link payload (`1.…`), strictly.
pub fn decode_link(payload: &str) -> Result<Snapshot, ShareError> {
    decode_payload(payload, SHARE_CHARS_MAX)
}

/// [`encode_link`] with another length limit: a saved session may be
/// longer than a link (the log's own limits still bound it). The
/// snapshot's checkpoint, if any, is not part of the payload (the saved
/// document keeps it beside).
pub fn encode_payload(snap: &Snapshot, chars_max: usize) -> Result<String, ShareError> {
    let text = to_text(snap)?;
    let payload = format!("{SHARE_VERSION}.{}", base64url(&fold(&text)));
    if payload.len() > chars_max {
        return Err(ShareError::TooLong {
            chars: payload.len(),
            limit: chars_max,
        });
    }
    Ok(payload)
}

/// [`decode_link`] with another length limit.
pub fn decode_payload(payload: &str, chars_max: usize) -> Result<Snapshot, ShareError> {
    if payload.len() > chars_max {
        return Err(ShareError::TooLarge);
    }
    let (version, body) = payload
        .split_once('.')
        .ok_or(ShareError::Corrupt("no version"))?;
    if version != SHARE_VERSION.to_string() {
        return match !version.is_empty() && version.bytes().all(|b| b.is_ascii_digit()) {
            true => Err(ShareError::UnknownVersion),
            false => Err(ShareError::Corrupt("no version")),
        };
    }
    let bytes = unbase64url(body).ok_or(ShareError::Corrupt("not base64url"))?;
    let text = unfold(&bytes)?;
    from_text(&text)
}

/// The share payload in a location hash (`#s=1.…`, also among other
/// `&`-separated parameters), if there is one.
pub fn link_fragment(hash: &str) -> Option<&str> {
    hash.trim_start_matches('#')
        .split('&')
        .find_map(|part| part.strip_prefix("s="))
}

fn to_text(snap: &Snapshot) -> Result<String, ShareError> {
    let (step, id) = match &snap.lesson {
        Some(l) if valid_lesson_id(&l.id) && l.step <= STEP_MAX => (l.step, l.id.as_str()),
        Some(_) => return Err(ShareError::Unshareable("lesson")),
        None => (0, ""),
    };
    // What the decoder refuses is never written: a gap longer than a day
    // (a tab left open for days) is shortened to one, which only changes
    // ages; more replayed time than the decoder allows cannot be shared.
    if snap.entries.len() > LOG_ENTRIES_MAX {
        return Err(ShareError::TooLarge);
    }
    let end_gap_ms = snap.end_gap_ms.min(GAP_MS_MAX);
    let mut total_ms = end_gap_ms;
    let mut out = format!("{};{end_gap_ms};{step};{id}", snap.seed);
    for entry in &snap.entries {
        out.push('\n');
        let gap_ms = entry.gap_ms.min(GAP_MS_MAX);
        total_ms = total_ms.saturating_add(gap_ms);
        if total_ms > REPLAY_MS_MAX {
            return Err(ShareError::Unshareable("too much simulated time"));
        }
        if gap_ms > 0 {
            out.push_str(&gap_ms.to_string());
        }
        let (kind, text) = match &entry.event {
            Event::Run(t) => ('$', Some(t)),
            Event::Input(t) => ('>', Some(t)),
            Event::Eof => ('.', None),
            Event::Save(t) => ('w', Some(t)),
            Event::Cancel => ('c', None),
            Event::Interrupt => ('^', None),
            Event::Next => ('n', None),
            Event::Close => ('x', None),
        };
        out.push(kind);
        if let Some(t) = text {
            if !valid_text(t) {
                return Err(ShareError::Unshareable("control characters"));
            }
            escape_into(t, &mut out);
        }
    }
    Ok(out)
}

fn from_text(text: &str) -> Result<Snapshot, ShareError> {
    let mut lines = text.split('\n');
    let header = lines.next().unwrap_or_default();
    let mut fields = header.splitn(4, ';');
    let mut number = |what| {
        fields
            .next()
            .filter(|f| !f.is_empty() && f.len() <= 20 && f.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|f| f.parse::<u64>().ok())
            .ok_or(ShareError::Corrupt(what))
    };
    let seed = number("seed")?;
    let end_gap_ms = number("time")?;
    let step = usize::try_from(number("step")?).map_err(|_| ShareError::Corrupt("step"))?;
    let id = fields.next().ok_or(ShareError::Corrupt("lesson"))?;
    let lesson = match id {
        "" => None,
        id if valid_lesson_id(id) && step <= STEP_MAX => Some(LessonAt {
            id: id.to_string(),
            step,
        }),
        _ => return Err(ShareError::Corrupt("lesson")),
    };
    if end_gap_ms > GAP_MS_MAX {
        return Err(ShareError::Corrupt("time"));
    }
    let mut entries = Vec::new();
    let (mut total_ms, mut bytes) = (end_gap_ms, 0usize);
    for line in lines {
        if entries.len() >= LOG_ENTRIES_MAX {
            return Err(ShareError::TooLarge);
        }
        let entry = entry_of(line)?;
        total_ms = total_ms.saturating_add(entry.gap_ms);
        bytes = bytes.saturating_add(entry.event.text().map_or(0, str::len));
        if total_ms > REPLAY_MS_MAX {
            return Err(ShareError::Corrupt("time"));
        }
        if bytes > LOG_BYTES_MAX {
            return Err(ShareError::TooLarge);
        }
        entries.push(entry);
    }
    Ok(Snapshot {
        seed,
        base: None,
        lesson,
        entries,
        end_gap_ms,
    })
}

fn entry_of(line: &str) -> Result<Entry, ShareError> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let (gap, rest) = line.split_at(digits);
    let gap_ms = match gap {
        "" => 0,
        g if g.len() <= 9 => g.parse::<u64>().map_err(|_| ShareError::Corrupt("time"))?,
        _ => return Err(ShareError::Corrupt("time")),
    };
    if gap_ms > GAP_MS_MAX {
        return Err(ShareError::Corrupt("time"));
    }
    let mut chars = rest.chars();
    let kind = chars.next().ok_or(ShareError::Corrupt("event"))?;
    let body = chars.as_str();
    let text = || -> Result<String, ShareError> {
        let t = unescape(body)?;
        match t.len() <= EVENT_BYTES_MAX && valid_text(&t) {
            true => Ok(t),
            false => Err(ShareError::Corrupt("text")),
        }
    };
    let bare = |event: Event| match body.is_empty() {
        true => Ok(event),
        false => Err(ShareError::Corrupt("event")),
    };
    let event = match kind {
        '$' => Event::Run(text()?),
        '>' => Event::Input(text()?),
        'w' => Event::Save(text()?),
        '.' => bare(Event::Eof)?,
        'c' => bare(Event::Cancel)?,
        '^' => bare(Event::Interrupt)?,
        'n' => bare(Event::Next)?,
        'x' => bare(Event::Close)?,
        _ => return Err(ShareError::Corrupt("event")),
    };
    Ok(Entry { gap_ms, event })
}

/// Lesson ids are lower-case letters, digits and `-`.
pub fn valid_lesson_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= LESSON_ID_CHARS_MAX
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Text a link may carry: no control characters but newline and tab.
fn valid_text(t: &str) -> bool {
    !t.chars()
        .any(|c| (c.is_control() && c != '\n' && c != '\t') || c == '\u{7f}')
}

fn escape_into(t: &str, out: &mut String) {
    for c in t.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
}

fn unescape(t: &str) -> Result<String, ShareError> {
    let mut out = String::with_capacity(t.len());
    let mut chars = t.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            _ => return Err(ShareError::Corrupt("escape")),
        }
    }
    Ok(out)
}

/// Folds [`WORDS`] into their bytes, longest match first.
fn fold(text: &str) -> Vec<u8> {
    let mut order: Vec<usize> = (0..WORDS.len()).collect();
    crate::sorting::sort_by_key(&mut order, |&i| {
        std::cmp::Reverse(WORDS.get(i).map_or(0, |w| w.len()))
    });
    let mut out = Vec::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let hit = order.iter().find_map(|&i| {
            let w = WORDS.get(i)?;
            rest.starts_with(w).then_some((i, w.len()))
        });
        match hit {
            Some((i, len)) => {
                out.push(word_byte(i));
                rest = rest.get(len..).unwrap_or_default();
            }
            None => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                rest = rest.get(c.len_utf8()..).unwrap_or_default();
            }
        }
    }
    out
}

/// Expands folded bytes; other control bytes are corrupt.
fn unfold(bytes: &[u8]) -> Result<String, ShareError> {
    let mut out = Vec::with_capacity(bytes.len() * 2);
    for &b in bytes {
        match b {
            b'\n' => out.push(b),
            0x00..=0x1F | 0x7F => {
                let word = byte_word(b).ok_or(ShareError::Corrupt("control characters"))?;
                out.extend_from_slice(word.as_bytes());
            }
            _ => out.push(b),
        }
    }
    String::from_utf8(out).map_err(|_| ShareError::Corrupt("not UTF-8"))
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding: every 3 bytes become 4 characters, a tail
/// of 1 or 2 bytes becomes 2 or 3 (`"hi"` → `aGk`).
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
        let n = (b(0) << 16) | (b(1) << 8) | b(2);
        for k in 0..=chunk.len() {
            let sextet = (n >> (18 - 6 * k)) & 63;
            out.push(char::from(
                ALPHABET.get(sextet as usize).copied().unwrap_or(b'A'),
            ));
        }
    }
    out
}

/// The inverse of [`base64url`]; `None` for any other character, a
/// one-character tail, or non-zero bits after the last byte.
pub fn unbase64url(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        } as u32)
    };
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.as_bytes().chunks(4) {
        if chunk.len() == 1 {
            return None;
        }
        let mut n = 0u32;
        for (k, &c) in chunk.iter().enumerate() {
            n |= value(c)? << (18 - 6 * k);
        }
        let bytes = n.to_be_bytes();
        let keep = chunk.len() - 1;
        // Bits past the last whole byte must be zero (one spelling per input).
        let tail = bytes.get(1 + keep..).unwrap_or_default();
        if tail.iter().any(|&b| b != 0) {
            return None;
        }
        out.extend_from_slice(bytes.get(1..1 + keep)?);
    }
    Some(out)
}

#[cfg(test)]
#[path = "codec_tests.rs"]
mod tests;
