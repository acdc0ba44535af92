//! Command history for ↑/↓ and Ctrl-R: the lines entered, oldest first,
//! the position while browsing them, and the text format in which the
//! browser stores them so they survive a reload.
//!
//! The stored format is versioned and strict: anything that does not
//! decode exactly is treated as absent, so a corrupt store means a fresh
//! history, never a broken page. Storage itself (localStorage) is the
//! UI's business; this module only turns history into text and back.

/// The most entries kept; the oldest go first (bash's `HISTSIZE` idea).
pub const HISTORY_ENTRIES_MAX: usize = 1000;

/// The most bytes the stored text may take; the oldest entries are left
/// out to fit, so a history of giant lines cannot fill the browser's quota.
pub const HISTORY_STORED_BYTES_MAX: usize = 256 * 1024;

/// First line of the stored text; a different first line is not ours.
const STORED_HEADER: &str = "kubeplay-history 1";

/// Lines entered so far, and where ↑/↓ browsing stands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    entries: Vec<String>,
    /// The entry ↑/↓ is showing; `None` while editing a new line.
    browsing: Option<usize>,
    /// The new line as it was before the first ↑, restored by ↓ past the end.
    draft: String,
    /// Bumped whenever the entries change, so the UI knows when to save.
    revision: u64,
}

impl History {
    /// A history holding `entries` (oldest first), trimmed to the limit.
    pub fn new(mut entries: Vec<String>) -> Self {
        let excess = entries.len().saturating_sub(HISTORY_ENTRIES_MAX);
        entries.drain(..excess);
        History {
            entries,
            ..History::default()
        }
    }

    /// All entries, oldest first.
    pub fn entries(&self) -> &[String] {
        &self.entries
    }

    /// Changes whenever an entry is added.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Records an entered line and stops browsing. Blank lines and a
    /// repeat of the newest entry are not recorded (bash's `ignoredups`,
    /// the default of most distributions), so ↑ never shows a line twice
    /// in a row.
    pub fn push(&mut self, line: &str) {
        self.stop_browsing();
        if line.trim().is_empty() || self.entries.last().is_some_and(|l| l == line) {
            return;
        }
        self.entries.push(line.to_string());
        let excess = self.entries.len().saturating_sub(HISTORY_ENTRIES_MAX);
        self.entries.drain(..excess);
        self.revision += 1;
    }

    /// ↑: the entry before the one shown (the newest at first); `current`
    /// is kept as the draft when browsing starts. `None` at the oldest.
    pub fn previous(&mut self, current: &str) -> Option<&str> {
        let index = match self.browsing {
            None => {
                let newest = self.entries.len().checked_sub(1)?;
                self.draft = current.to_string();
                newest
            }
            Some(i) => i.checked_sub(1)?,
        };
        self.browsing = Some(index);
        self.entries.get(index).map(String::as_str)
    }

    /// ↓: the entry after the one shown, or the draft after the newest.
    /// `None` when not browsing. (Named so it is not mistaken for `Iterator::next`.)
    pub fn following(&mut self) -> Option<String> {
        let i = self.browsing?;
        if i + 1 < self.entries.len() {
            self.browsing = Some(i + 1);
            return self.entries.get(i + 1).cloned();
        }
        self.browsing = None;
        Some(std::mem::take(&mut self.draft))
    }

    /// Forgets the browsing position (the line was edited or entered).
    pub fn stop_browsing(&mut self) {
        self.browsing = None;
        self.draft.clear();
    }

    /// The stored form: a header line, then one entry per line with `\`,
    /// newline and carriage return escaped as `\\`, `\n`, `\r`. The newest
    /// entries are kept when the whole would exceed the byte limit.
    ///
    /// Example: entries `echo a\b` and `ls` store as
    /// `kubeplay-history 1\necho a\\b\nls`.
    pub fn encode(&self) -> String {
        let mut kept: Vec<String> = Vec::new();
        let mut bytes = STORED_HEADER.len();
        for entry in self.entries.iter().rev() {
            let line = escape(entry);
            bytes += line.len() + 1;
            if bytes > HISTORY_STORED_BYTES_MAX {
                break;
            }
            kept.push(line);
        }
        kept.push(STORED_HEADER.to_string());
        kept.reverse();
        kept.join("\n")
    }

    /// Reads the stored form back; `None` when it is not exactly the
    /// current format (another version, a bad escape, garbage).
    pub fn decode(stored: &str) -> Option<Vec<String>> {
        let mut lines = stored.split('\n');
        if lines.next()? != STORED_HEADER {
            return None;
        }
        let entries = lines.map(unescape).collect::<Option<Vec<_>>>()?;
        Some(entries)
    }
}

fn escape(entry: &str) -> String {
    let mut out = String::with_capacity(entry.len());
    for c in entry.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

fn unescape(line: &str) -> Option<String> {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            '\\' => out.push('\\'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            _ => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn history(lines: &[&str]) -> History {
        History::new(lines.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn up_walks_back_to_the_oldest_and_down_returns_to_the_draft() {
        let mut h = history(&["one", "two", "three"]);
        assert_eq!(h.previous("draft"), Some("three"));
        assert_eq!(h.previous("ignored"), Some("two"));
        assert_eq!(h.previous(""), Some("one"));
        assert_eq!(h.previous(""), None, "nothing before the oldest");
        assert_eq!(h.following().as_deref(), Some("two"));
        assert_eq!(h.following().as_deref(), Some("three"));
        assert_eq!(h.following().as_deref(), Some("draft"));
        assert_eq!(h.following(), None, "not browsing any more");
    }

    #[test]
    fn an_empty_history_has_nothing_to_recall() {
        let mut h = History::default();
        assert_eq!(h.previous("x"), None);
        assert_eq!(h.following(), None);
    }

    #[test]
    fn blank_lines_and_repeats_are_not_recorded() {
        let mut h = History::default();
        for line in ["ls", "ls", "  ", "", "pwd", "ls"] {
            h.push(line);
        }
        assert_eq!(h.entries(), ["ls", "pwd", "ls"]);
        assert_eq!(h.revision(), 3);
    }

    #[test]
    fn entering_a_line_ends_browsing() {
        let mut h = history(&["a", "b"]);
        h.previous("");
        h.push("c");
        assert_eq!(h.previous(""), Some("c"));
    }

    #[test]
    fn the_oldest_entries_go_first() {
        let mut h = History::default();
        for i in 0..HISTORY_ENTRIES_MAX + 10 {
            h.push(&format!("echo {i}"));
        }
        assert_eq!(h.entries().len(), HISTORY_ENTRIES_MAX);
        assert_eq!(h.entries().first().map(String::as_str), Some("echo 10"));
    }

    #[test]
    fn the_stored_form_round_trips_awkward_text() {
        let lines = ["echo a\\b", "printf 'x\ny'", "cr\rhere", "日本語", ""];
        let h = history(&lines);
        let stored = h.encode();
        assert!(stored.starts_with("kubeplay-history 1\necho a\\\\b\n"));
        assert_eq!(History::decode(&stored).unwrap(), lines);
    }

    #[test]
    fn corrupt_or_foreign_stored_text_is_refused() {
        for bad in [
            "",
            "garbage",
            "kubeplay-history 2\nls",
            "kubeplay-history 1\nbad \\q escape",
            "kubeplay-history 1\ntrailing \\",
            "[\"json\"]",
        ] {
            assert_eq!(History::decode(bad), None, "{bad:?}");
        }
        assert_eq!(
            History::decode("kubeplay-history 1"),
            Some(Vec::new()),
            "an empty history is valid"
        );
    }

    #[test]
    fn the_stored_form_keeps_the_newest_entries_within_its_limit() {
        let big = "x".repeat(100 * 1024);
        let h = history(&[&big, &big, &big, "newest"]);
        let stored = h.encode();
        assert!(stored.len() <= HISTORY_STORED_BYTES_MAX);
        let back = History::decode(&stored).unwrap();
        assert_eq!(back.len(), 3);
        assert_eq!(back.last().map(String::as_str), Some("newest"));
    }
}
