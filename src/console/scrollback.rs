//! What the terminal has printed: finished lines above, and the *open*
//! line (output not yet ended by a newline) where the next prompt or
//! output continues, as on a real terminal (`echo -n hi` leaves `hi$ `).
//!
//! Each line is a run of styled spans (stdout, stderr, prompt, command,
//! kubeplay's own notes) held as plain text; the UI renders spans as text
//! nodes, never as markup. Lines are shared (`Rc`) so the UI can copy the
//! scrollback cheaply on every state change.

use std::collections::VecDeque;
use std::rc::Rc;

/// Lines kept; the oldest are dropped first.
pub const SCROLLBACK_LINES_MAX: usize = 5000;

/// The longest the open line may grow before it is broken, so output
/// that never prints a newline still cannot make one giant line.
pub const LINE_CHARS_MAX: usize = 16 * 1024;

/// How a span is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// Standard output.
    Out,
    /// Standard error.
    Err,
    /// The prompt (`$ `, `> `).
    Prompt,
    /// A command line as typed.
    Command,
    /// Terminal-made text: `^C`, completion lists, kubeplay's messages.
    Note,
}

/// A run of text in one style.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub style: Style,
    pub text: String,
}

/// One finished line, with an id that stays with it (a render key).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub id: u64,
    pub spans: Vec<Span>,
}

impl Line {
    /// The line's text without styles.
    pub fn text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }
}

/// The scrollback: finished lines plus the open line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scrollback {
    lines: VecDeque<Rc<Line>>,
    open: Vec<Span>,
    next_id: u64,
}

impl Scrollback {
    /// Finished lines, oldest first.
    pub fn lines(&self) -> impl DoubleEndedIterator<Item = &Rc<Line>> + ExactSizeIterator {
        self.lines.iter()
    }

    /// The open line's spans (empty when output ended with a newline).
    pub fn open(&self) -> &[Span] {
        &self.open
    }

    /// Writes output: text up to each newline ends the open line.
    /// Carriage returns are dropped (nothing here redraws a line).
    pub fn write(&mut self, style: Style, text: &str) {
        let mut parts = text.split('\n');
        if let Some(first) = parts.next() {
            self.append(style, first);
        }
        for part in parts {
            self.finish_line();
            self.append(style, part);
        }
    }

    /// Prints a command line as typed: the open line, then `prompt`,
    /// `text` and `suffix` (such as `^C`), and ends the line.
    pub fn echo(&mut self, prompt: &str, text: &str, suffix: &str) {
        self.append(Style::Prompt, prompt);
        self.append(Style::Command, text);
        self.append(Style::Note, suffix);
        self.finish_line();
    }

    /// Ctrl-C during a job: `^C` where the output stopped, then a new line.
    pub fn interrupted(&mut self) {
        self.append(Style::Note, "^C");
        self.finish_line();
    }

    /// Clears the screen (`clear`, Ctrl-L).
    pub fn clear(&mut self) {
        self.lines.clear();
        self.open.clear();
    }

    fn append(&mut self, style: Style, text: &str) {
        let text: String = text.chars().filter(|&c| c != '\r').collect();
        if text.is_empty() {
            return;
        }
        let mut room = LINE_CHARS_MAX.saturating_sub(self.open_chars());
        let mut rest = text.as_str();
        while rest.chars().count() > room {
            let split = rest.char_indices().nth(room).map_or(rest.len(), |(i, _)| i);
            let (head, tail) = rest.split_at(split);
            self.push_span(style, head);
            self.finish_line();
            rest = tail;
            room = LINE_CHARS_MAX;
        }
        self.push_span(style, rest);
    }

    fn push_span(&mut self, style: Style, text: &str) {
        if text.is_empty() {
            return;
        }
        match self.open.last_mut() {
            Some(last) if last.style == style => last.text.push_str(text),
            _ => self.open.push(Span {
                style,
                text: text.to_string(),
            }),
        }
    }

    fn open_chars(&self) -> usize {
        self.open.iter().map(|s| s.text.chars().count()).sum()
    }

    fn finish_line(&mut self) {
        let spans = std::mem::take(&mut self.open);
        self.lines.push_back(Rc::new(Line {
            id: self.next_id,
            spans,
        }));
        self.next_id += 1;
        while self.lines.len() > SCROLLBACK_LINES_MAX {
            self.lines.pop_front();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &Scrollback) -> Vec<String> {
        s.lines().map(|l| l.text()).collect()
    }

    #[test]
    fn output_is_cut_into_lines_and_an_unfinished_line_stays_open() {
        let mut s = Scrollback::default();
        s.write(Style::Out, "NAME   READY\nweb-1  1/1\npartial");
        assert_eq!(texts(&s), ["NAME   READY", "web-1  1/1"]);
        assert_eq!(
            s.open(),
            [Span {
                style: Style::Out,
                text: "partial".into()
            }]
        );
        s.write(Style::Out, " line\n");
        assert_eq!(texts(&s).last().map(String::as_str), Some("partial line"));
        assert!(s.open().is_empty());
    }

    #[test]
    fn the_prompt_follows_output_that_did_not_end_its_line() {
        let mut s = Scrollback::default();
        s.write(Style::Out, "hi");
        s.echo("$ ", "echo x", "");
        let line = s.lines().last().unwrap();
        assert_eq!(line.text(), "hi$ echo x");
        let styles: Vec<Style> = line.spans.iter().map(|s| s.style).collect();
        assert_eq!(styles, [Style::Out, Style::Prompt, Style::Command]);
    }

    #[test]
    fn stdout_and_stderr_keep_their_styles_on_one_line() {
        let mut s = Scrollback::default();
        s.write(Style::Out, "a");
        s.write(Style::Err, "b\n");
        let line = s.lines().last().unwrap();
        assert_eq!(line.spans.len(), 2);
        assert_eq!(
            line.spans[1],
            Span {
                style: Style::Err,
                text: "b".into()
            }
        );
    }

    #[test]
    fn an_empty_command_still_shows_its_prompt_and_ctrl_c_marks_the_line() {
        let mut s = Scrollback::default();
        s.echo("$ ", "", "");
        s.echo("$ ", "half typed", "^C");
        s.write(Style::Out, "Waiting for rollout");
        s.interrupted();
        assert_eq!(texts(&s), ["$ ", "$ half typed^C", "Waiting for rollout^C"]);
    }

    #[test]
    fn clearing_empties_everything_and_ids_stay_unique() {
        let mut s = Scrollback::default();
        s.write(Style::Out, "a\nb\nc");
        let before: Vec<u64> = s.lines().map(|l| l.id).collect();
        s.clear();
        assert_eq!(s.lines().count(), 0);
        assert!(s.open().is_empty());
        s.write(Style::Out, "d\n");
        assert!(!before.contains(&s.lines().next().unwrap().id));
    }

    #[test]
    fn the_scrollback_is_bounded_and_drops_the_oldest() {
        let mut s = Scrollback::default();
        for i in 0..SCROLLBACK_LINES_MAX + 3 {
            s.write(Style::Out, &format!("{i}\n"));
        }
        assert_eq!(s.lines().len(), SCROLLBACK_LINES_MAX);
        assert_eq!(s.lines().next().unwrap().text(), "3");
    }

    #[test]
    fn a_line_without_end_is_broken_at_its_limit() {
        let mut s = Scrollback::default();
        s.write(Style::Out, &"x".repeat(LINE_CHARS_MAX * 2 + 5));
        assert_eq!(s.lines().len(), 2);
        assert_eq!(s.open_chars(), 5);
        s.write(Style::Out, "a\r\n");
        assert_eq!(texts(&s).last().map(String::len), Some(6), "\\r is dropped");
    }
}
