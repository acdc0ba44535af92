//! [`Recent`]: the index of one browser's saved sessions, one per tab, so
//! two tabs never write the same session and a new tab can offer to
//! continue the latest one. Each tab has an id (kept by the browser per
//! tab, in sessionStorage) and saves under its own key; this index, in
//! localStorage next to them, lists the ids newest first with when each
//! was last saved and how many commands it holds. It is bounded
//! ([`RECENT_MAX`]): touching a tab past the bound returns the oldest ids,
//! whose saved sessions the caller removes.
//!
//! ```json
//! {"kubeplay": "sessions", "version": 1,
//!  "tabs": [{"tab": "k3x9q", "at": 1733580000000, "commands": 12}, …]}
//! ```
//!
//! `at` is the wall clock of the saving tab in ms: the UI hands it in
//! (nothing here reads a clock). Reading is strict and total, like the
//! saved document's: anything else is a [`StoreError`] and the caller
//! starts a new index.

use serde_json::{json, Map, Value};

use super::store_error::StoreError;

/// The version this build writes and reads.
pub const RECENT_VERSION: u64 = 1;

/// The most sessions kept: past it the oldest one's saved session goes.
pub const RECENT_MAX: usize = 8;

/// The longest tab id (ids are `[a-z0-9]`).
pub const TAB_ID_CHARS_MAX: usize = 32;

/// The longest index read, in bytes (a full one is about 600).
pub const RECENT_BYTES_MAX: usize = 8 * 1024;

/// One tab's saved session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tab {
    pub tab: String,
    /// Wall-clock ms of its last save.
    pub at_ms: u64,
    pub commands: usize,
}

/// The index, newest first, at most [`RECENT_MAX`] long, ids unique.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Recent {
    tabs: Vec<Tab>,
}

/// True for an id this index accepts: 1 to [`TAB_ID_CHARS_MAX`] of `[a-z0-9]`.
pub fn valid_tab_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= TAB_ID_CHARS_MAX
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

impl Recent {
    /// The tabs, newest first.
    pub fn tabs(&self) -> &[Tab] {
        &self.tabs
    }

    /// The newest session that is not `tab`'s own.
    pub fn latest_except(&self, tab: &str) -> Option<&Tab> {
        self.tabs.iter().find(|t| t.tab != tab)
    }

    /// Records that `tab` saved at `at_ms` with `commands` commands; it
    /// becomes the newest. Returns the ids pushed out by the bound.
    pub fn touch(&mut self, tab: &str, at_ms: u64, commands: usize) -> Vec<String> {
        self.tabs.retain(|t| t.tab != tab);
        self.tabs.insert(
            0,
            Tab {
                tab: tab.to_string(),
                at_ms,
                commands,
            },
        );
        let dropped = self.tabs.split_off(self.tabs.len().min(RECENT_MAX));
        dropped.into_iter().map(|t| t.tab).collect()
    }

    /// Removes the oldest session other than `keep`'s (to make room when
    /// storage is full); its id, if there was one.
    pub fn drop_oldest_except(&mut self, keep: &str) -> Option<String> {
        let at = self.tabs.iter().rposition(|t| t.tab != keep)?;
        Some(self.tabs.remove(at).tab)
    }

    /// The index as JSON text.
    pub fn encode(&self) -> String {
        let tabs: Vec<Value> = self
            .tabs
            .iter()
            .map(|t| json!({"tab": t.tab, "at": t.at_ms, "commands": t.commands}))
            .collect();
        json!({"kubeplay": "sessions", "version": RECENT_VERSION, "tabs": tabs}).to_string()
    }

    /// Reads an index, strictly.
    pub fn decode(text: &str) -> Result<Recent, StoreError> {
        if text.len() > RECENT_BYTES_MAX {
            return Err(StoreError::TooLarge);
        }
        let value: Value = serde_json::from_str(text).map_err(|_| StoreError::NotKubeplay)?;
        let root = value.as_object().ok_or(StoreError::NotKubeplay)?;
        if root.get("kubeplay").and_then(Value::as_str) != Some("sessions") {
            return Err(StoreError::NotKubeplay);
        }
        match root.get("version").and_then(Value::as_u64) {
            Some(RECENT_VERSION) => {}
            Some(_) => return Err(StoreError::UnknownVersion),
            None => return Err(StoreError::Bad("version")),
        }
        let bad = StoreError::Bad("tabs");
        let items = root
            .get("tabs")
            .and_then(Value::as_array)
            .ok_or(bad.clone())?;
        if items.len() > RECENT_MAX {
            return Err(bad);
        }
        let mut tabs: Vec<Tab> = Vec::with_capacity(items.len());
        for item in items {
            let tab = tab_of(item.as_object().ok_or(bad.clone())?).ok_or(bad.clone())?;
            if tabs.iter().any(|t| t.tab == tab.tab) {
                return Err(bad);
            }
            tabs.push(tab);
        }
        Ok(Recent { tabs })
    }
}

fn tab_of(map: &Map<String, Value>) -> Option<Tab> {
    let tab = map.get("tab")?.as_str().filter(|id| valid_tab_id(id))?;
    let at_ms = map.get("at")?.as_u64()?;
    let commands = usize::try_from(map.get("commands")?.as_u64()?).ok()?;
    (map.len() == 3).then(|| Tab {
        tab: tab.to_string(),
        at_ms,
        commands,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn touching_moves_a_tab_first_and_the_bound_drops_the_oldest() {
        let mut r = Recent::default();
        for i in 0..RECENT_MAX {
            assert_eq!(r.touch(&format!("t{i}"), i as u64, i), Vec::<String>::new());
        }
        assert_eq!(r.latest_except("zz").map(|t| t.tab.as_str()), Some("t7"));
        assert_eq!(r.latest_except("t7").map(|t| t.tab.as_str()), Some("t6"));
        // t0 saves again: newest, and nothing is dropped.
        assert!(r.touch("t0", 100, 5).is_empty());
        assert_eq!(r.tabs()[0].tab, "t0");
        assert_eq!(r.tabs().len(), RECENT_MAX);
        // A ninth tab pushes out the oldest, t1.
        assert_eq!(r.touch("new", 101, 0), vec!["t1".to_string()]);
        assert_eq!(r.drop_oldest_except("t2"), Some("t3".to_string()));
        assert_eq!(Recent::decode(&r.encode()), Ok(r));
    }

    #[test]
    fn foreign_or_damaged_indexes_are_refused() {
        let good = {
            let mut r = Recent::default();
            r.touch("a1", 5, 2);
            r.encode()
        };
        assert!(Recent::decode(&good).is_ok());
        let cases = [
            ("nope".to_string(), StoreError::NotKubeplay),
            (
                good.replace("\"sessions\"", "\"session\""),
                StoreError::NotKubeplay,
            ),
            (
                good.replace("\"version\":1", "\"version\":2"),
                StoreError::UnknownVersion,
            ),
            (good.replace("a1", "A1"), StoreError::Bad("tabs")),
            (good.replace("a1", "../x"), StoreError::Bad("tabs")),
            (good.replace(":5,", ":-5,"), StoreError::Bad("tabs")),
            (
                good.replace("\"commands\":2", "\"commands\":2,\"x\":1"),
                StoreError::Bad("tabs"),
            ),
            (
                r#"{"kubeplay":"sessions","version":1,"tabs":[{"tab":"a","at":1,"commands":1},{"tab":"a","at":2,"commands":1}]}"#.to_string(),
                StoreError::Bad("tabs"),
            ),
            (" ".repeat(RECENT_BYTES_MAX + 1), StoreError::TooLarge),
        ];
        for (text, want) in cases {
            assert_eq!(Recent::decode(&text), Err(want), "{text:.80}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_sequence_of_saves_stays_bounded_unique_and_round_trips(
            saves in proptest::collection::vec((0u8..12, 0u64..1_000_000, 0usize..5_000), 0..40)
        ) {
            let mut r = Recent::default();
            for (id, at, n) in saves {
                let id = format!("t{id}");
                let dropped = r.touch(&id, at, n);
                proptest::prop_assert!(!dropped.contains(&id));
                proptest::prop_assert_eq!(&r.tabs()[0].tab, &id);
                proptest::prop_assert!(r.tabs().len() <= RECENT_MAX);
            }
            let mut ids: Vec<&str> = r.tabs().iter().map(|t| t.tab.as_str()).collect();
            ids.sort_unstable();
            ids.dedup();
            proptest::prop_assert_eq!(ids.len(), r.tabs().len());
            proptest::prop_assert_eq!(Recent::decode(&r.encode()), Ok(r));
        }
    }
}
