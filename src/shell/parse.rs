//! The shell parser: command text in, [`Script`] out, or an error in bash's
//! words. One recursive-descent pass over the characters does both
//! tokenising and parsing, because a word can contain a whole command line
//! (`$(…)`) and a heredoc body begins only after the line that opened it.
//!
//! It also answers the terminal's question "is this command finished?":
//! an unterminated quote, a trailing `\`, an open heredoc or an unclosed
//! `for`/`while`/`if` is [`ParseError::Incomplete`], and the terminal then
//! shows a `> ` prompt and appends the next line. Nothing here runs or
//! expands anything; nesting is bounded by [`NESTING_DEPTH_MAX`].

mod compound;
mod grammar;
pub use grammar::is_name;
mod heredoc;
mod param;
mod redirect;
mod word;

use super::ast::{Script, Word};
use super::limits::{NESTING_DEPTH_MAX, SUBSTITUTION_DEPTH_MAX};

/// Why a command could not be parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// The text stops in the middle of a command; more lines would finish it.
    Incomplete(Missing),
    /// The text can never be a valid command; the message is bash's.
    Syntax(String),
}

/// What an incomplete command is still waiting for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Missing {
    /// The closing quote (`'`, `"` or a backtick).
    Quote(char),
    /// The heredoc's delimiter line.
    HereDoc(String),
    /// More command text (`&&` at the end, `do` without `done`, a trailing `\`).
    Text,
}

impl ParseError {
    /// The message bash prints, without the `bash: ` prefix (messages
    /// about kubeplay's own limits start with `kubeplay: ` instead).
    pub fn message(&self) -> String {
        match self {
            ParseError::Incomplete(Missing::Quote(q)) => {
                format!("unexpected EOF while looking for matching `{q}'")
            }
            ParseError::Incomplete(_) => "syntax error: unexpected end of file".to_string(),
            ParseError::Syntax(msg) => msg.clone(),
        }
    }

    /// The full line the terminal shows for this error.
    pub fn display(&self) -> String {
        let msg = self.message();
        if msg.starts_with("kubeplay: ") {
            format!("{msg}\n")
        } else {
            format!("bash: {msg}\n")
        }
    }
}

pub type Parsed<T> = Result<T, ParseError>;

/// Parses a complete command: text that ends here (a submitted command).
/// A heredoc cut off by the end of the text is accepted with bash's warning.
pub fn parse(text: &str) -> Parsed<Script> {
    Parser::new(text, true).script()
}

/// True when `text` stops in the middle of a command, so a terminal should
/// ask for another line (with the `> ` prompt) before running it.
pub fn needs_more_input(text: &str) -> bool {
    matches!(
        Parser::new(text, false).script(),
        Err(ParseError::Incomplete(_))
    )
}

/// A heredoc waiting for its body, which starts after the next newline.
struct PendingHereDoc {
    index: usize,
    delimiter: String,
    quoted: bool,
    strip_tabs: bool,
    line: usize,
}

/// The parser's cursor and the state that outlives one grammar rule.
pub(super) struct Parser {
    src: Vec<char>,
    pos: usize,
    /// Whether the text is all there is (a submitted command) rather than
    /// a prefix the terminal may still extend.
    complete_input: bool,
    depth: usize,
    substitution_depth: usize,
    pending: Vec<PendingHereDoc>,
    heredocs: Vec<Word>,
    warnings: Vec<String>,
}

impl Parser {
    fn new(text: &str, complete_input: bool) -> Parser {
        Parser {
            src: text.chars().collect(),
            pos: 0,
            complete_input,
            depth: 0,
            substitution_depth: 0,
            pending: Vec::new(),
            heredocs: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// A parser for text nested in this one (a backtick body, an
    /// arithmetic expression), sharing its heredoc table and limits.
    fn nested(&mut self, text: &str) -> Parser {
        let mut inner = Parser::new(text, self.complete_input);
        inner.depth = self.depth;
        inner.substitution_depth = self.substitution_depth;
        inner.heredocs = std::mem::take(&mut self.heredocs);
        inner
    }

    /// Takes back the heredoc table lent to a nested parser.
    fn adopt(&mut self, inner: Parser) {
        self.heredocs = inner.heredocs;
        self.warnings.extend(inner.warnings);
    }

    /// The character at the cursor, without skipping anything.
    fn raw(&self) -> Option<char> {
        self.src.get(self.pos).copied()
    }

    fn raw_at(&self, offset: usize) -> Option<char> {
        self.src.get(self.pos + offset).copied()
    }

    /// The character at the cursor after removing `\`-newline line
    /// continuations, which vanish everywhere outside single quotes.
    fn cur(&mut self) -> Option<char> {
        while self.raw() == Some('\\') && self.raw_at(1) == Some('\n') {
            self.pos += 2;
        }
        self.raw()
    }

    /// The character after the current one, continuations removed.
    fn next_after_cur(&mut self) -> Option<char> {
        self.cur()?;
        let mut at = self.pos + 1;
        while self.src.get(at) == Some(&'\\') && self.src.get(at + 1) == Some(&'\n') {
            at += 2;
        }
        self.src.get(at).copied()
    }

    fn bump(&mut self) {
        self.pos += 1;
    }

    /// Consumes `text` if it is next (continuations removed in between).
    fn eat(&mut self, text: &str) -> bool {
        let start = self.pos;
        for want in text.chars() {
            if self.cur() != Some(want) {
                self.pos = start;
                return false;
            }
            self.bump();
        }
        true
    }

    /// The error for running out of text: more is needed.
    fn incomplete<T>(&self, missing: Missing) -> Parsed<T> {
        Err(ParseError::Incomplete(missing))
    }

    fn unexpected<T>(&self, token: &str) -> Parsed<T> {
        Err(ParseError::Syntax(format!(
            "syntax error near unexpected token `{token}'"
        )))
    }

    /// Enters one level of nesting, refusing to go past the limit.
    fn enter(&mut self) -> Parsed<()> {
        self.depth += 1;
        if self.depth > NESTING_DEPTH_MAX {
            return Err(ParseError::Syntax(format!(
                "kubeplay: commands nested too deeply (limit {NESTING_DEPTH_MAX})"
            )));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Enters one level of `$(…)`/backtick nesting.
    fn enter_substitution(&mut self) -> Parsed<()> {
        self.substitution_depth += 1;
        if self.substitution_depth > SUBSTITUTION_DEPTH_MAX {
            return Err(ParseError::Syntax(format!(
                "kubeplay: command substitution nested too deeply (limit {SUBSTITUTION_DEPTH_MAX})"
            )));
        }
        self.enter()
    }

    fn leave_substitution(&mut self) {
        self.substitution_depth = self.substitution_depth.saturating_sub(1);
        self.leave();
    }

    /// 1-based line number of the cursor, for bash's heredoc warning.
    fn line_number(&self) -> usize {
        1 + self
            .src
            .iter()
            .take(self.pos)
            .filter(|c| **c == '\n')
            .count()
    }
}

#[cfg(test)]
mod tests;
