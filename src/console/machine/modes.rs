//! The Console's modal keys: Tab completion with its listing and
//! "Display all N possibilities?" question, and the Ctrl-R search.
//! Split from `machine.rs` only for length; same type, same rules.

use super::{Console, Echo, Effect, Env, Mode};
use crate::console::complete::{self, COMPLETION_QUERY_ITEMS};
use crate::console::keys::Key;

impl Console {
    /// Tab, as readline does it: complete a unique match, extend to the
    /// common prefix, and list the candidates when a Tab right after
    /// another changed nothing.
    pub(super) fn complete(&mut self, env: &Env, last_tab: Option<bool>) -> Vec<Effect> {
        let text = self.editor.text();
        let cursor = self.editor.cursor();
        let c = complete::complete(&text, cursor, env.sources);
        if c.candidates.is_empty() {
            self.last_tab = Some(false);
            return vec![Effect::Bell];
        }
        if last_tab == Some(false) {
            self.last_tab = Some(false);
            return self.list(c.candidates, env.columns);
        }
        self.last_tab = Some(c.line != text || c.cursor != cursor);
        self.editor.set(&c.line, c.cursor);
        match c.candidates.len() {
            1 => Vec::new(),
            _ => vec![Effect::Bell],
        }
    }

    /// Shows candidates below a copy of the current line; from
    /// [`COMPLETION_QUERY_ITEMS`] on, asks first.
    fn list(&mut self, candidates: Vec<String>, columns: usize) -> Vec<Effect> {
        let mut echo = self.unshown_continued();
        echo.push(Echo {
            prompt: self.current_prompt(),
            text: self.editor.text(),
            suffix: "",
        });
        let mut effects = vec![Effect::Echo(echo)];
        if candidates.len() >= COMPLETION_QUERY_ITEMS {
            let question = format!("Display all {} possibilities? (y or n)", candidates.len());
            effects.push(Effect::Print(vec![question]));
            self.mode = Mode::Ask(candidates);
        } else {
            effects.push(Effect::Print(complete::columns(&candidates, columns)));
        }
        effects
    }

    /// The answer to "Display all N possibilities?": y, Y or space list
    /// them; n, N, Backspace, Escape, Ctrl-G or Ctrl-C decline.
    pub(super) fn answer(&mut self, key: Key, env: &Env) -> Vec<Effect> {
        let Mode::Ask(candidates) = &self.mode else {
            return Vec::new();
        };
        let effects = match key {
            Key::Char('y' | 'Y' | ' ') => {
                vec![Effect::Print(complete::columns(candidates, env.columns))]
            }
            Key::Char('n' | 'N') | Key::Backspace | Key::Escape | Key::Abort | Key::Interrupt => {
                Vec::new()
            }
            _ => return vec![Effect::Bell],
        };
        self.mode = Mode::Edit;
        effects
    }

    /// A key during Ctrl-R. `None` means the key ended the search (the
    /// match is now the edited line) and must be handled as in editing.
    pub(super) fn search_key(&mut self, key: Key) -> Option<Vec<Effect>> {
        let Mode::Search(search) = &mut self.mode else {
            return None;
        };
        let entries = self.history.entries();
        match key {
            Key::Char(c) => search.push(c, entries),
            Key::Backspace => search.pop(entries),
            Key::ReverseSearch => search.again(entries, &self.last_query),
            Key::Abort => {
                let (line, cursor) = search.original();
                let (line, cursor) = (line.to_string(), cursor);
                self.end_search();
                self.editor.set(&line, cursor);
                return Some(Vec::new());
            }
            Key::Escape => {
                self.end_search();
                return Some(Vec::new());
            }
            _ => {
                self.end_search();
                return None;
            }
        }
        let (shown, cursor) = search.shown(entries);
        self.editor.set(shown, cursor);
        Some(Vec::new())
    }

    /// Leaves the search keeping the match as the edited line.
    fn end_search(&mut self) {
        if let Mode::Search(search) = &self.mode {
            if !search.query().is_empty() {
                self.last_query = search.query().to_string();
            }
        }
        self.mode = Mode::Edit;
    }

    /// Typing or pasting ends a search (keeping the match) or a question.
    pub(super) fn settle_mode(&mut self) {
        match self.mode {
            Mode::Search(_) => self.end_search(),
            Mode::Ask(_) => self.mode = Mode::Edit,
            Mode::Edit => {}
        }
    }
}
