//! The in-page editor's logic, without a browser: a buffer with a cursor
//! and the keys a vi or nano user reaches for first. `vim`, `vi`,
//! `kubectl edit` (whose default editor is vi) and `nano` open it through
//! the session's edit protocol; the UI draws it as a textarea with line
//! numbers and Save/Cancel buttons, lets the browser do plain typing (vi's
//! insert mode, nano), and sends the other keys here.
//!
//! vi: `i a A I o O` enter insert mode, Esc leaves it; `h j k l` and the
//! arrows move; `0 $ gg G` jump; `x` deletes a character, `dd` a line, `r` replaces one,
//! `u` undoes; `:w :q :wq :x :q!` and `ZZ` save and quit, with vim's own
//! messages (`E37: No write since last change (add ! to override)`).
//! nano: Ctrl-O writes, Ctrl-X exits and asks about unsaved changes.
//!
//! Writing (`:w`, Ctrl-O) keeps the text to hand back when the editor
//! closes: the session saves once, when the editor answers.

/// Most undo steps kept.
pub const UNDO_STEPS_MAX: usize = 100;
/// Most characters of a `:` command line.
pub const COMMAND_CHARS_MAX: usize = 200;

/// Which editor the learner asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavor {
    Vi,
    Nano,
}

impl Flavor {
    /// The editor a command line opens: nano if it runs `nano`, else vi
    /// (`vim`, `vi`, and `kubectl edit`, whose default editor is vi).
    pub fn of_command(line: &str) -> Flavor {
        let nano = line
            .split(|c: char| c.is_whitespace() || "|;&()".contains(c))
            .any(|w| w == "nano" || w.ends_with("/nano"));
        if nano {
            Flavor::Nano
        } else {
            Flavor::Vi
        }
    }
}

/// The editor's mode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// vi's normal mode: letters are commands.
    Normal,
    /// Typing edits the text (vi's insert mode; nano always).
    Insert,
    /// vi's `:` command line, as typed so far.
    Command(String),
    /// vi's `/` search pattern, as typed so far.
    Search(String),
    /// nano's "Save modified buffer?" question.
    AskSave,
}

/// A key the editor may handle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EdKey {
    Char(char),
    Ctrl(char),
    Esc,
    Enter,
    Backspace,
    Left,
    Right,
    Up,
    Down,
}

/// What a key did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The browser should do its default (insert the character).
    Pass,
    /// Handled; the editor stays open.
    Handled,
    /// Close the editor: `Some(text)` to save, `None` when nothing was written.
    Close(Option<String>),
}

/// An open editor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileEditor {
    pub flavor: Flavor,
    pub path: String,
    text: Vec<char>,
    cursor: usize,
    mode: Mode,
    original: String,
    /// The text last written (`:w`, Ctrl-O), to hand back on close.
    written: Option<String>,
    /// A command waiting for its second key (`dd`, `gg`, `rX`, `ZZ`).
    pending: Option<char>,
    /// vim's or nano's last message.
    message: String,
    /// The last `/` pattern, for `n` and `N`.
    last_search: Option<Vec<char>>,
    undo: Vec<(Vec<char>, usize)>,
}

impl FileEditor {
    pub fn new(flavor: Flavor, path: &str, content: &str) -> FileEditor {
        FileEditor {
            flavor,
            path: path.to_string(),
            text: content.chars().collect(),
            cursor: 0,
            mode: match flavor {
                Flavor::Vi => Mode::Normal,
                Flavor::Nano => Mode::Insert,
            },
            original: content.to_string(),
            written: None,
            pending: None,
            message: String::new(),
            last_search: None,
            undo: Vec::new(),
        }
    }

    pub fn text(&self) -> String {
        self.text.iter().collect()
    }

    /// The cursor, in chars.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn mode(&self) -> &Mode {
        &self.mode
    }

    pub fn message(&self) -> &str {
        &self.message
    }

    /// Changed since it was last written (or opened).
    pub fn modified(&self) -> bool {
        self.text() != *self.written.as_ref().unwrap_or(&self.original)
    }

    /// The status line: the command being typed, the mode, or a message.
    pub fn status(&self) -> String {
        match &self.mode {
            Mode::Command(c) => format!(":{c}"),
            Mode::Search(p) => format!("/{p}"),
            Mode::Insert if self.flavor == Flavor::Vi && self.message.is_empty() => {
                "-- INSERT --".to_string()
            }
            Mode::AskSave => "Save modified buffer?  Y Yes  N No  ^C Cancel".to_string(),
            _ => self.message.clone(),
        }
    }

    /// The browser edited the text (typing, paste, phone keyboards).
    pub fn typed(&mut self, text: &str, cursor: usize) {
        if self.text.iter().copied().ne(text.chars()) {
            self.snapshot();
            self.text = text.chars().collect();
        }
        self.cursor = cursor.min(self.text.len());
    }

    /// Handles one key.
    pub fn key(&mut self, key: EdKey) -> Outcome {
        match (&self.mode, self.flavor) {
            (Mode::AskSave, _) => self.ask_save(key),
            (Mode::Command(_) | Mode::Search(_), _) => self.command_key(key),
            (_, Flavor::Nano) => self.nano_key(key),
            (Mode::Insert, Flavor::Vi) => match key {
                EdKey::Esc => {
                    self.mode = Mode::Normal;
                    self.message.clear();
                    // vi steps back onto the last character typed.
                    if self.cursor > self.line_start(self.cursor) {
                        self.cursor -= 1;
                    }
                    Outcome::Handled
                }
                _ => Outcome::Pass,
            },
            (Mode::Normal, Flavor::Vi) => self.normal_key(key),
        }
    }

    /// The Save button.
    pub fn save(&self) -> Outcome {
        Outcome::Close(Some(self.text()))
    }

    /// The Cancel button: what was written stays written.
    pub fn cancel(&self) -> Outcome {
        Outcome::Close(self.written.clone())
    }

    fn snapshot(&mut self) {
        if self.undo.len() >= UNDO_STEPS_MAX {
            self.undo.remove(0);
        }
        self.undo.push((self.text.clone(), self.cursor));
    }

    fn write(&mut self) {
        let text = self.text();
        let lines = text.lines().count();
        self.message = match self.flavor {
            Flavor::Vi => format!("\"{}\" {lines}L, {}B written", self.path, text.len()),
            Flavor::Nano => format!("[ Wrote {lines} lines ]"),
        };
        self.written = Some(text);
    }

    fn nano_key(&mut self, key: EdKey) -> Outcome {
        match key {
            EdKey::Ctrl('o') => {
                self.write();
                Outcome::Handled
            }
            EdKey::Ctrl('x') if self.modified() => {
                self.mode = Mode::AskSave;
                Outcome::Handled
            }
            EdKey::Ctrl('x') => Outcome::Close(self.written.clone()),
            _ => Outcome::Pass,
        }
    }

    fn ask_save(&mut self, key: EdKey) -> Outcome {
        match key {
            EdKey::Char('y' | 'Y') => Outcome::Close(Some(self.text())),
            EdKey::Char('n' | 'N') => Outcome::Close(self.written.clone()),
            EdKey::Ctrl('c') | EdKey::Esc => {
                self.mode = Mode::Insert;
                self.message = "[ Cancelled ]".to_string();
                Outcome::Handled
            }
            _ => Outcome::Handled,
        }
    }

    fn command_key(&mut self, key: EdKey) -> Outcome {
        let search = matches!(self.mode, Mode::Search(_));
        let (Mode::Command(line) | Mode::Search(line)) = &mut self.mode else {
            return Outcome::Handled;
        };
        match key {
            EdKey::Char(c) if line.chars().count() < COMMAND_CHARS_MAX => line.push(c),
            EdKey::Backspace if !line.is_empty() => {
                line.pop();
            }
            EdKey::Backspace | EdKey::Esc | EdKey::Ctrl('c') => self.mode = Mode::Normal,
            EdKey::Enter => {
                let line = std::mem::take(line);
                self.mode = Mode::Normal;
                if search {
                    self.search(&line, true);
                    return Outcome::Handled;
                }
                return self.ex(line.trim());
            }
            _ => {}
        }
        Outcome::Handled
    }

    /// Runs a `:` command.
    fn ex(&mut self, cmd: &str) -> Outcome {
        match cmd {
            "w" | "w!" => self.write(),
            "q" if self.modified() => {
                self.message = "E37: No write since last change (add ! to override)".to_string();
            }
            "q" | "q!" => return Outcome::Close(self.written.clone()),
            "wq" | "wq!" | "x" | "x!" => return Outcome::Close(Some(self.text())),
            "" => {}
            other => self.message = format!("E492: Not an editor command: {other}"),
        }
        Outcome::Handled
    }

    fn normal_key(&mut self, key: EdKey) -> Outcome {
        if let Some(first) = self.pending.take() {
            return self.second_key(first, key);
        }
        self.message.clear();
        match key {
            EdKey::Char('i') => self.insert_at(self.cursor),
            EdKey::Char('a') => {
                let at = (self.cursor + 1).min(self.line_end(self.cursor));
                self.insert_at(at.max(self.cursor));
            }
            EdKey::Char('A') => self.insert_at(self.line_end(self.cursor)),
            EdKey::Char('I') => self.insert_at(self.first_non_blank(self.cursor)),
            EdKey::Char('o') => self.open_line(true),
            EdKey::Char('O') => self.open_line(false),
            EdKey::Char('x') => self.delete_char(),
            EdKey::Char('u') => self.undo(),
            EdKey::Char(':') => self.mode = Mode::Command(String::new()),
            EdKey::Char('/') => self.mode = Mode::Search(String::new()),
            EdKey::Char('n') => self.search("", true),
            EdKey::Char('N') => self.search("", false),
            EdKey::Char(c @ ('d' | 'g' | 'r' | 'Z')) => self.pending = Some(c),
            EdKey::Char('h') | EdKey::Left | EdKey::Backspace
                if self.cursor > self.line_start(self.cursor) =>
            {
                self.cursor -= 1
            }
            EdKey::Char('l') | EdKey::Right if self.cursor + 1 < self.line_end(self.cursor) => {
                self.cursor += 1
            }
            EdKey::Char('j') | EdKey::Down | EdKey::Enter => self.vertical(true),
            EdKey::Char('k') | EdKey::Up => self.vertical(false),
            EdKey::Char('0') => self.cursor = self.line_start(self.cursor),
            EdKey::Char('$') => {
                self.cursor = self
                    .line_end(self.cursor)
                    .saturating_sub(1)
                    .max(self.line_start(self.cursor))
            }
            // The last line, as vim counts lines: a file's final newline
            // ends its last line rather than starting an empty one.
            EdKey::Char('G') => {
                let end = match self.text.last() {
                    Some('\n') => self.text.len() - 1,
                    _ => self.text.len(),
                };
                self.cursor = self.line_start(end)
            }
            _ => {}
        }
        Outcome::Handled
    }

    fn second_key(&mut self, first: char, key: EdKey) -> Outcome {
        match (first, key) {
            ('d', EdKey::Char('d')) => self.delete_line(),
            ('g', EdKey::Char('g')) => self.cursor = 0,
            ('r', EdKey::Char(c)) if self.cursor < self.line_end(self.cursor) => {
                self.snapshot();
                if let Some(slot) = self.text.get_mut(self.cursor) {
                    *slot = c;
                }
            }
            ('Z', EdKey::Char('Z')) => {
                return match self.modified() {
                    true => Outcome::Close(Some(self.text())),
                    false => Outcome::Close(self.written.clone()),
                }
            }
            _ => {}
        }
        Outcome::Handled
    }

    /// vi's `/pattern` (forward, wrapping at the end) and `n`/`N` (an
    /// empty pattern repeats the last one), with vim's messages. The
    /// pattern is literal text: vim's regular expressions are not
    /// simulated, and plain words (the usual search) mean the same.
    fn search(&mut self, pattern: &str, forward: bool) {
        if !pattern.is_empty() {
            self.last_search = Some(pattern.chars().collect());
        }
        let Some(pat) = self.last_search.clone() else {
            self.message = "E35: No previous regular expression".to_string();
            return;
        };
        let n = self.text.len();
        let at = |i: usize| self.text.get(i..i + pat.len()) == Some(&pat[..]);
        // Every start position once, beginning after (or before) the cursor.
        let found = (1..=n).find_map(|k| {
            let i = if forward {
                (self.cursor + k) % n
            } else {
                (self.cursor + n - k % n) % n
            };
            at(i).then_some(i)
        });
        match found {
            Some(i) => {
                let wrapped = if forward {
                    i <= self.cursor
                } else {
                    i >= self.cursor
                };
                self.message = match (wrapped, forward) {
                    (true, true) => "search hit BOTTOM, continuing at TOP".to_string(),
                    (true, false) => "search hit TOP, continuing at BOTTOM".to_string(),
                    _ => format!("/{}", pat.iter().collect::<String>()),
                };
                self.cursor = i;
            }
            None => {
                let p: String = pat.iter().collect();
                self.message = format!("E486: Pattern not found: {p}");
            }
        }
    }

    fn insert_at(&mut self, at: usize) {
        self.cursor = at.min(self.text.len());
        self.mode = Mode::Insert;
    }

    fn open_line(&mut self, below: bool) {
        self.snapshot();
        let at = match below {
            true => self.line_end(self.cursor),
            false => self.line_start(self.cursor),
        };
        self.text.insert(at, '\n');
        self.insert_at(if below { at + 1 } else { at });
    }

    fn delete_char(&mut self) {
        if self.cursor < self.line_end(self.cursor) {
            self.snapshot();
            self.text.remove(self.cursor);
            let end = self.line_end(self.cursor);
            if self.cursor >= end && self.cursor > self.line_start(self.cursor) {
                self.cursor -= 1;
            }
        }
    }

    fn delete_line(&mut self) {
        if self.text.is_empty() {
            return;
        }
        self.snapshot();
        let start = self.line_start(self.cursor);
        let end = self.line_end(self.cursor);
        // Take the line's newline too; on the last line, the one before it.
        let (from, to) = if end < self.text.len() {
            (start, end + 1)
        } else {
            (start.saturating_sub(1), end)
        };
        self.text.drain(from..to);
        self.cursor = self.first_non_blank(from.min(self.text.len()));
    }

    fn undo(&mut self) {
        match self.undo.pop() {
            Some((text, cursor)) => {
                self.text = text;
                self.cursor = cursor.min(self.text.len());
            }
            None => self.message = "Already at oldest change".to_string(),
        }
    }

    fn vertical(&mut self, down: bool) {
        let start = self.line_start(self.cursor);
        let column = self.cursor - start;
        let target = if down {
            let end = self.line_end(self.cursor);
            if end >= self.text.len() {
                return;
            }
            end + 1
        } else {
            if start == 0 {
                return;
            }
            self.line_start(start - 1)
        };
        let target_end = self.line_end(target);
        self.cursor = (target + column).min(target_end.saturating_sub(1).max(target));
    }

    fn line_start(&self, at: usize) -> usize {
        let at = at.min(self.text.len());
        self.text
            .get(..at)
            .and_then(|t| t.iter().rposition(|&c| c == '\n'))
            .map_or(0, |i| i + 1)
    }

    /// Index of the newline ending the line at `at` (or the text's end).
    fn line_end(&self, at: usize) -> usize {
        let at = at.min(self.text.len());
        self.text
            .get(at..)
            .and_then(|t| t.iter().position(|&c| c == '\n'))
            .map_or(self.text.len(), |i| at + i)
    }

    fn first_non_blank(&self, at: usize) -> usize {
        let start = self.line_start(at);
        let end = self.line_end(at);
        (start..end)
            .find(|&i| self.text.get(i).is_some_and(|c| !c.is_whitespace()))
            .unwrap_or(start)
    }
}

#[cfg(test)]
mod tests;
