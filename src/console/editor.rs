//! The line being edited at the prompt: its characters, the cursor, and
//! the one-slot kill buffer that Ctrl-U/K/W fill and Ctrl-Y yanks back.
//!
//! Positions are counted in `char`s so that no edit can split a UTF-8
//! sequence; the browser counts in UTF-16 units, and [`utf16_to_chars`] /
//! [`chars_to_utf16`] translate at that border. This module knows nothing
//! about keys or the browser: it is the readline editing commands as
//! plain functions, each a no-op where readline would do nothing.

/// The most characters a line may hold; typing or pasting beyond it is
/// dropped so one runaway paste cannot make every keystroke slow.
pub const INPUT_CHARS_MAX: usize = 16 * 1024;

/// The edited line and its cursor.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Editor {
    chars: Vec<char>,
    /// Cursor position: the number of characters before it.
    cursor: usize,
    /// What the last kill removed, for Ctrl-Y.
    killed: Vec<char>,
}

impl Editor {
    /// The line as a string.
    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    /// Characters before the cursor.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// True when the line holds nothing.
    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// Replaces the line, clamping the cursor into it and the text to
    /// [`INPUT_CHARS_MAX`].
    pub fn set(&mut self, text: &str, cursor: usize) {
        self.chars = text.chars().take(INPUT_CHARS_MAX).collect();
        self.cursor = cursor.min(self.chars.len());
    }

    /// Empties the line (the kill buffer stays).
    pub fn clear(&mut self) {
        self.chars.clear();
        self.cursor = 0;
    }

    /// Inserts `text` at the cursor; characters beyond [`INPUT_CHARS_MAX`]
    /// are dropped. Returns false when something was dropped.
    pub fn insert(&mut self, text: &str) -> bool {
        let room = INPUT_CHARS_MAX.saturating_sub(self.chars.len());
        let mut added: Vec<char> = text.chars().collect();
        let fits = added.len() <= room;
        added.truncate(room);
        let n = added.len();
        self.chars.splice(self.cursor..self.cursor, added);
        self.cursor += n;
        fits
    }

    /// ← and Ctrl-B.
    pub fn left(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    /// → and Ctrl-F.
    pub fn right(&mut self) {
        self.cursor = (self.cursor + 1).min(self.chars.len());
    }

    /// Home and Ctrl-A.
    pub fn home(&mut self) {
        self.cursor = 0;
    }

    /// End and Ctrl-E.
    pub fn end(&mut self) {
        self.cursor = self.chars.len();
    }

    /// Alt-B: back to the start of the current or previous word, where a
    /// word is letters and digits (readline's `backward-word`).
    pub fn word_left(&mut self) {
        self.cursor = self.word_start_before(self.cursor, is_word_char);
    }

    /// Alt-F: forward to the end of the current or next word.
    pub fn word_right(&mut self) {
        self.cursor = self.word_end_after(self.cursor);
    }

    /// Backspace: deletes the character before the cursor.
    pub fn backspace(&mut self) {
        if self.cursor > 0 {
            self.cursor -= 1;
            self.chars.remove(self.cursor);
        }
    }

    /// Delete and Ctrl-D: deletes the character under the cursor.
    pub fn delete(&mut self) {
        if self.cursor < self.chars.len() {
            self.chars.remove(self.cursor);
        }
    }

    /// Ctrl-U: kills from the start of the line to the cursor.
    pub fn kill_to_start(&mut self) {
        self.kill(0, self.cursor);
    }

    /// Ctrl-K: kills from the cursor to the end of the line.
    pub fn kill_to_end(&mut self) {
        self.kill(self.cursor, self.chars.len());
    }

    /// Ctrl-W: kills the whitespace-separated word before the cursor
    /// (readline's `unix-word-rubout`, so `--image=nginx:1.2` goes whole).
    pub fn kill_word_unix(&mut self) {
        let start = self.word_start_before(self.cursor, |c| !c.is_whitespace());
        self.kill(start, self.cursor);
    }

    /// Alt-Backspace: kills the letters-and-digits word before the cursor.
    pub fn kill_word_back(&mut self) {
        let start = self.word_start_before(self.cursor, is_word_char);
        self.kill(start, self.cursor);
    }

    /// Alt-D: kills from the cursor to the end of the next word.
    pub fn kill_word_forward(&mut self) {
        let end = self.word_end_after(self.cursor);
        self.kill(self.cursor, end);
    }

    /// Ctrl-Y: inserts the last killed text at the cursor.
    pub fn yank(&mut self) {
        let text: String = self.killed.iter().collect();
        self.insert(&text);
    }

    /// Removes `start..end` into the kill buffer; an empty range keeps the
    /// previous kill, as readline does.
    fn kill(&mut self, start: usize, end: usize) {
        if start >= end || end > self.chars.len() {
            return;
        }
        self.killed = self.chars.drain(start..end).collect();
        self.cursor = start;
    }

    /// Skips non-word characters backwards from `pos`, then word
    /// characters; returns where the word starts.
    fn word_start_before(&self, pos: usize, in_word: fn(char) -> bool) -> usize {
        let mut i = pos.min(self.chars.len());
        while i > 0 && self.chars.get(i - 1).is_some_and(|&c| !in_word(c)) {
            i -= 1;
        }
        while i > 0 && self.chars.get(i - 1).is_some_and(|&c| in_word(c)) {
            i -= 1;
        }
        i
    }

    /// Skips non-word characters forwards from `pos`, then word
    /// characters; returns where the word ends.
    fn word_end_after(&self, pos: usize) -> usize {
        let mut i = pos;
        while self.chars.get(i).is_some_and(|&c| !is_word_char(c)) {
            i += 1;
        }
        while self.chars.get(i).is_some_and(|&c| is_word_char(c)) {
            i += 1;
        }
        i
    }
}

/// Readline's idea of a word for Alt-B/F/D: letters and digits.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Converts a browser offset (UTF-16 code units) into a char index of
/// `text`. An offset inside a surrogate pair rounds down.
///
/// Example: in `"a😀b"` the browser puts the cursor after `b` at 4
/// (1 + 2 + 1 units); that is char index 3.
pub fn utf16_to_chars(text: &str, units: usize) -> usize {
    let mut seen = 0;
    for (i, c) in text.chars().enumerate() {
        seen += c.len_utf16();
        if seen > units {
            return i;
        }
    }
    text.chars().count()
}

/// Converts a char index of `text` into a browser offset (UTF-16 units).
pub fn chars_to_utf16(text: &str, chars: usize) -> usize {
    text.chars().take(chars).map(char::len_utf16).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An editor holding `text` with the cursor at the `|` in it.
    fn ed(marked: &str) -> Editor {
        let cursor = marked.chars().position(|c| c == '|').unwrap();
        let mut e = Editor::default();
        e.set(&marked.replace('|', ""), cursor);
        e
    }

    /// The editor's text with `|` at the cursor.
    fn shown(e: &Editor) -> String {
        let mut t = e.text();
        let at = t.char_indices().nth(e.cursor()).map_or(t.len(), |(i, _)| i);
        t.insert(at, '|');
        t
    }

    #[test]
    fn each_editing_command_changes_the_line_like_readline() {
        type Case = (&'static str, fn(&mut Editor), &'static str);
        let cases: &[Case] = &[
            ("ab|c", Editor::left, "a|bc"),
            ("|abc", Editor::left, "|abc"),
            ("ab|c", Editor::right, "abc|"),
            ("abc|", Editor::right, "abc|"),
            ("ab|c", Editor::home, "|abc"),
            ("a|bc", Editor::end, "abc|"),
            ("ab|c", Editor::backspace, "a|c"),
            ("|abc", Editor::backspace, "|abc"),
            ("a|bc", Editor::delete, "a|c"),
            ("abc|", Editor::delete, "abc|"),
            ("kubectl get| pods", Editor::kill_to_start, "| pods"),
            ("kubectl get| pods", Editor::kill_to_end, "kubectl get|"),
            (
                "kubectl set image --image=nginx:1.2|",
                Editor::kill_word_unix,
                "kubectl set image |",
            ),
            (
                "kubectl get pods  |",
                Editor::kill_word_unix,
                "kubectl get |",
            ),
            ("|kubectl", Editor::kill_word_unix, "|kubectl"),
            (
                "--image=nginx:1.2|",
                Editor::kill_word_back,
                "--image=nginx:1.|",
            ),
            ("deploy/web-app|", Editor::kill_word_back, "deploy/web-|"),
            (
                "get |pods -o wide",
                Editor::kill_word_forward,
                "get | -o wide",
            ),
            ("kubectl get pods|", Editor::word_left, "kubectl get |pods"),
            ("kubectl get |pods", Editor::word_left, "kubectl |get pods"),
            ("|kubectl get", Editor::word_right, "kubectl| get"),
            ("kubectl| get", Editor::word_right, "kubectl get|"),
        ];
        for (before, op, after) in cases {
            let mut e = ed(before);
            op(&mut e);
            assert_eq!(shown(&e), *after, "from {before:?}");
        }
    }

    #[test]
    fn insert_puts_text_at_the_cursor() {
        let mut e = ed("kubectl  pods|");
        e.set(&e.text(), 8);
        assert!(e.insert("get"));
        assert_eq!(shown(&e), "kubectl get| pods");
    }

    #[test]
    fn yank_brings_back_the_last_kill_and_empty_kills_keep_it() {
        let mut e = ed("echo hello|");
        e.kill_word_unix();
        e.kill_word_unix(); // kills "echo "
        e.kill_to_end(); // nothing to kill: the buffer keeps "echo "
        e.yank();
        e.yank();
        assert_eq!(shown(&e), "echo echo |");
    }

    #[test]
    fn multibyte_characters_are_edited_whole() {
        let mut e = ed("héllo 😀|");
        e.backspace();
        e.left();
        e.backspace();
        assert_eq!(shown(&e), "héll| ");
    }

    #[test]
    fn the_line_is_bounded() {
        let mut e = Editor::default();
        assert!(!e.insert(&"x".repeat(INPUT_CHARS_MAX + 5)));
        assert_eq!(e.text().len(), INPUT_CHARS_MAX);
        assert!(!e.insert("y"));
        e.set(&"z".repeat(INPUT_CHARS_MAX * 2), usize::MAX);
        assert_eq!(e.cursor(), INPUT_CHARS_MAX);
    }

    #[test]
    fn browser_offsets_convert_to_char_indexes_and_back() {
        let text = "a😀b";
        assert_eq!(utf16_to_chars(text, 0), 0);
        assert_eq!(utf16_to_chars(text, 1), 1);
        assert_eq!(utf16_to_chars(text, 2), 1, "inside the pair rounds down");
        assert_eq!(utf16_to_chars(text, 3), 2);
        assert_eq!(utf16_to_chars(text, 4), 3);
        assert_eq!(utf16_to_chars(text, 99), 3);
        assert_eq!(chars_to_utf16(text, 2), 3);
        assert_eq!(chars_to_utf16(text, 9), 4);
    }
}
