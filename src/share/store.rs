//! The saved session document: what localStorage keeps between visits
//! and what "Export" downloads. One JSON object, versioned:
//!
//! ```json
//! {"kubeplay": "session", "version": 1, "session": "1.MTsw…",
//!  "settings": {"theme": "dark", "speed": 2, "reducedMotion": false},
//!  "progress": {"version": 1, …}, "history": ["kubectl get pods", …]}
//! ```
//!
//! A compacted session adds `"base": "lz1.…"`, the checkpoint of the world
//! its log starts from (`session::checkpoint`; base64url, so it is spliced
//! in as it is).
//!
//! `session` is a share-link payload (so the same strict decoder guards
//! both doors, with room for sessions longer than a link may be); `progress` is `lesson::progress`'s document; `history`
//! the terminal's lines. Every part is optional except the marker and the
//! version. Reading is strict and total: anything else — too long, not
//! JSON, another version, a bad part — is a [`StoreError`], and the UI
//! starts afresh with a message.

use serde_json::{Map, Value};

use super::codec::{decode_payload, encode_payload, ShareError};
use super::limits::EVENT_BYTES_MAX;
use super::log::Snapshot;
use crate::console::history::HISTORY_ENTRIES_MAX;
use crate::lesson::Progress;

/// The version this build writes and reads.
pub const STORE_VERSION: u64 = 1;

pub use super::limits::STORE_BYTES_MAX;

/// How many speeds the toolbar offers (indices are `0..SPEEDS_COUNT`).
const SPEEDS_COUNT: usize = crate::console::clock::SPEEDS.len();

/// The display settings kept with a session.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// `Some(true)` dark, `Some(false)` light, `None` follow the system.
    pub dark: Option<bool>,
    /// Index into the toolbar's speeds.
    pub speed: Option<usize>,
    pub reduced_motion: Option<bool>,
}

/// A saved session; every part may be absent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Saved {
    pub snapshot: Option<Snapshot>,
    pub settings: Settings,
    pub progress: Option<Progress>,
    pub history: Option<Vec<String>>,
}

pub use super::store_error::StoreError;

impl Saved {
    /// The document as JSON text.
    pub fn encode(&self) -> Result<String, ShareError> {
        let mut root = Map::new();
        root.insert("kubeplay".into(), Value::from("session"));
        root.insert("version".into(), Value::from(STORE_VERSION));
        if let Some(snap) = &self.snapshot {
            root.insert(
                "session".into(),
                Value::from(encode_payload(snap, STORE_BYTES_MAX)?),
            );
        }
        let mut settings = Map::new();
        if let Some(dark) = self.settings.dark {
            settings.insert(
                "theme".into(),
                Value::from(if dark { "dark" } else { "light" }),
            );
        }
        if let Some(speed) = self.settings.speed {
            settings.insert("speed".into(), Value::from(speed));
        }
        if let Some(m) = self.settings.reduced_motion {
            settings.insert("reducedMotion".into(), Value::from(m));
        }
        root.insert("settings".into(), Value::Object(settings));
        if let Some(p) = &self.progress {
            let value = serde_json::from_str(&p.encode()).unwrap_or(Value::Null);
            root.insert("progress".into(), value);
        }
        if let Some(h) = &self.history {
            root.insert("history".into(), Value::from(h.clone()));
        }
        let mut text = Value::Object(root).to_string();
        // The checkpoint can be megabytes: spliced in, not copied into a
        // `Value` (base64url text needs no escaping).
        if let Some(base) = self.snapshot.as_ref().and_then(|s| s.base.as_deref()) {
            text.pop();
            text.push_str(",\"base\":");
            text.push_str(&Value::from(base).to_string());
            text.push('}');
        }
        if text.len() > STORE_BYTES_MAX {
            return Err(ShareError::TooLong {
                chars: text.len(),
                limit: STORE_BYTES_MAX,
            });
        }
        Ok(text)
    }

    /// Reads a document, strictly.
    pub fn decode(text: &str) -> Result<Saved, StoreError> {
        if text.len() > STORE_BYTES_MAX {
            return Err(StoreError::TooLarge);
        }
        let value: Value = serde_json::from_str(text).map_err(|_| StoreError::NotKubeplay)?;
        let root = value.as_object().ok_or(StoreError::NotKubeplay)?;
        if root.get("kubeplay").and_then(Value::as_str) != Some("session") {
            return Err(StoreError::NotKubeplay);
        }
        match root.get("version").and_then(Value::as_u64) {
            Some(STORE_VERSION) => {}
            Some(_) => return Err(StoreError::UnknownVersion),
            None => return Err(StoreError::Bad("version")),
        }
        let mut snapshot = match root.get("session") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => {
                Some(decode_payload(s, STORE_BYTES_MAX).map_err(StoreError::Session)?)
            }
            Some(_) => return Err(StoreError::Bad("session")),
        };
        match (root.get("base"), snapshot.as_mut()) {
            (None | Some(Value::Null), _) => {}
            (Some(Value::String(base)), Some(snap)) => snap.base = Some(base.as_str().into()),
            _ => return Err(StoreError::Bad("base")),
        }
        let progress = match root.get("progress") {
            None | Some(Value::Null) => None,
            Some(v) => {
                Some(Progress::decode(&v.to_string()).map_err(|_| StoreError::Bad("progress"))?)
            }
        };
        Ok(Saved {
            snapshot,
            settings: settings(root.get("settings"))?,
            progress,
            history: history(root.get("history"))?,
        })
    }
}

fn settings(value: Option<&Value>) -> Result<Settings, StoreError> {
    let bad = StoreError::Bad("settings");
    let Some(value) = value.filter(|v| !v.is_null()) else {
        return Ok(Settings::default());
    };
    let map = value.as_object().ok_or(bad.clone())?;
    let dark = match map.get("theme") {
        None => None,
        Some(v) => match v.as_str() {
            Some("dark") => Some(true),
            Some("light") => Some(false),
            _ => return Err(bad),
        },
    };
    let speed = match map.get("speed") {
        None => None,
        Some(v) => match v.as_u64().and_then(|s| usize::try_from(s).ok()) {
            Some(s) if s < SPEEDS_COUNT => Some(s),
            _ => return Err(bad),
        },
    };
    let reduced_motion = match map.get("reducedMotion") {
        None => None,
        Some(v) => Some(v.as_bool().ok_or(bad)?),
    };
    Ok(Settings {
        dark,
        speed,
        reduced_motion,
    })
}

fn history(value: Option<&Value>) -> Result<Option<Vec<String>>, StoreError> {
    let bad = StoreError::Bad("history");
    let Some(value) = value.filter(|v| !v.is_null()) else {
        return Ok(None);
    };
    let items = value.as_array().ok_or(bad.clone())?;
    if items.len() > HISTORY_ENTRIES_MAX {
        return Err(bad);
    }
    let mut lines = Vec::with_capacity(items.len());
    for item in items {
        let line = item.as_str().ok_or(bad.clone())?;
        let control = line
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t');
        if line.len() > EVENT_BYTES_MAX || control {
            return Err(bad);
        }
        lines.push(line.to_string());
    }
    Ok(Some(lines))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share::log::{Entry, Event};

    fn full() -> Saved {
        let mut progress = Progress::default();
        progress.set_current(Some("scale"));
        progress.set_step("scale", 2);
        let progress = Progress::decode(&progress.encode()).unwrap();
        Saved {
            snapshot: Some(Snapshot {
                seed: 1,
                base: None,
                lesson: None,
                entries: vec![Entry {
                    gap_ms: 10,
                    event: Event::Run("kubectl get pods".into()),
                }],
                end_gap_ms: 5,
            }),
            settings: Settings {
                dark: Some(true),
                speed: Some(3),
                reduced_motion: Some(false),
            },
            progress: Some(progress),
            history: Some(vec!["kubectl get pods".into(), "cat <<EOF\nx\nEOF".into()]),
        }
    }

    #[test]
    fn a_full_document_round_trips() {
        let text = full().encode().unwrap();
        assert!(text.contains(r#""kubeplay":"session""#), "{text}");
        assert_eq!(Saved::decode(&text), Ok(full()));
        let bare = Saved::default();
        assert_eq!(Saved::decode(&bare.encode().unwrap()), Ok(bare));
    }

    #[test]
    fn a_session_too_long_for_a_link_is_still_saved() {
        use crate::share::limits::SHARE_CHARS_MAX;
        let line = "x".repeat(900);
        let entries = (0..30)
            .map(|i| Entry {
                gap_ms: i,
                event: Event::Run(format!("echo {i} {line}")),
            })
            .collect();
        let snap = Snapshot {
            entries,
            ..Snapshot::default()
        };
        assert!(matches!(
            crate::share::encode_link(&snap),
            Err(ShareError::TooLong {
                limit: SHARE_CHARS_MAX,
                ..
            })
        ));
        let saved = Saved {
            snapshot: Some(snap),
            ..Saved::default()
        };
        let text = saved.encode().unwrap();
        assert!(text.len() > SHARE_CHARS_MAX);
        assert_eq!(Saved::decode(&text), Ok(saved));
    }

    #[test]
    fn a_compacted_session_keeps_its_checkpoint_and_has_no_link() {
        let mut doc = full();
        if let Some(snap) = doc.snapshot.as_mut() {
            snap.base = Some("lz1.eyJjbHVzdGVyIjp7fX0".into());
        }
        let text = doc.encode().unwrap();
        assert!(text.contains(r#""base":"lz1.eyJ"#), "{text}");
        assert_eq!(Saved::decode(&text), Ok(doc.clone()));
        let snap = doc.snapshot.unwrap();
        assert_eq!(crate::share::encode_link(&snap), Err(ShareError::Compacted));
        let good: Value = serde_json::from_str(&text).unwrap();
        for (key, v) in [("base", serde_json::json!({})), ("session", Value::Null)] {
            let mut bad = good.clone();
            bad[key] = v;
            assert_eq!(
                Saved::decode(&bad.to_string()),
                Err(StoreError::Bad("base"))
            );
        }
    }

    #[test]
    fn foreign_or_damaged_documents_are_refused() {
        let good: Value = serde_json::from_str(&full().encode().unwrap()).unwrap();
        let with = |key: &str, v: Value| {
            let mut doc = good.clone();
            doc[key] = v;
            doc.to_string()
        };
        let cases = [
            ("not json".to_string(), StoreError::NotKubeplay),
            ("[]".to_string(), StoreError::NotKubeplay),
            (with("kubeplay", "other".into()), StoreError::NotKubeplay),
            (with("version", 2.into()), StoreError::UnknownVersion),
            (with("version", "1".into()), StoreError::Bad("version")),
            (
                with("session", "1.@@".into()),
                StoreError::Session(ShareError::Corrupt("not base64url")),
            ),
            (with("session", 5.into()), StoreError::Bad("session")),
            (
                with("settings", serde_json::json!({"theme": "<b>"})),
                StoreError::Bad("settings"),
            ),
            (
                with("settings", serde_json::json!({"speed": 99})),
                StoreError::Bad("settings"),
            ),
            (
                with("history", serde_json::json!(["ok", 3])),
                StoreError::Bad("history"),
            ),
            (
                with("history", serde_json::json!(["\u{1b}[2J"])),
                StoreError::Bad("history"),
            ),
            (
                with("progress", serde_json::json!({"version": 9})),
                StoreError::Bad("progress"),
            ),
            (" ".repeat(STORE_BYTES_MAX + 1), StoreError::TooLarge),
        ];
        for (text, want) in cases {
            assert_eq!(Saved::decode(&text), Err(want), "{text:.80}");
        }
    }

    proptest::proptest! {
        #[test]
        fn decoding_any_text_never_panics(s in "\\PC{0,200}") {
            let _ = Saved::decode(&s);
            let _ = Saved::decode(&format!(r#"{{"kubeplay":"session","version":1,"session":"1.{s}"}}"#));
        }
    }
}
