//! The command grammar: lists, and-or chains, pipelines, simple and
//! compound commands and redirections. Words are read by `word.rs`,
//! heredoc bodies by `heredoc.rs`.

use super::{Missing, Parsed, Parser};
use crate::shell::ast::{
    AndOr, Command, Compound, Connector, List, Part, Pipeline, Script, Simple, Word,
};

/// Words that are keywords at the start of a command.
const KEYWORDS: &[&str] = &[
    "if", "then", "elif", "else", "fi", "for", "in", "do", "done", "while", "until", "{", "}", "!",
];

/// Keywords kubeplay's shell does not implement; named so the message is
/// clear instead of a confusing "command not found".
const UNSUPPORTED: &[&str] = &["case", "esac", "select", "function", "[[", "]]"];

impl Parser {
    /// A whole command line.
    pub(super) fn script(mut self) -> Parsed<crate::shell::ast::Script> {
        let list = self.list(&[])?;
        self.skip_blanks();
        match self.cur() {
            None => {}
            Some(')') => return self.unexpected(")"),
            Some(_) => {
                let token = self.token_text();
                return self.unexpected(&token);
            }
        }
        self.finish_pending_heredocs()?;
        Ok(Script {
            list,
            heredocs: self.heredocs,
            warnings: self.warnings,
        })
    }

    /// Commands up to the end of input, a `)`, or one of `terminators`
    /// (keywords such as `done`) at the start of a command.
    pub(super) fn list(&mut self, terminators: &[&str]) -> Parsed<List> {
        let mut list = List::new();
        loop {
            self.skip_blanks_and_newlines()?;
            match self.cur() {
                None | Some(')') => break,
                _ => {}
            }
            if let Some(kw) = self.peek_keyword() {
                if terminators.contains(&kw.as_str()) {
                    break;
                }
            }
            list.push(self.and_or()?);
            self.skip_blanks();
            match self.cur() {
                Some(';') if self.next_after_cur() != Some(';') => self.bump(),
                Some('\n') => self.newline()?,
                Some('&') => {
                    return Err(super::ParseError::Syntax(
                        "kubeplay: background jobs (`&') are not supported".into(),
                    ))
                }
                None | Some(')') => break,
                Some(_) => {
                    let token = self.token_text();
                    return self.unexpected(&token);
                }
            }
        }
        Ok(list)
    }

    fn and_or(&mut self) -> Parsed<AndOr> {
        let first = self.pipeline()?;
        let mut rest = Vec::new();
        loop {
            self.skip_blanks();
            let connector = if self.eat("&&") {
                Connector::And
            } else if self.eat("||") {
                Connector::Or
            } else {
                break;
            };
            self.skip_blanks_and_newlines()?;
            rest.push((connector, self.pipeline()?));
        }
        Ok(AndOr { first, rest })
    }

    fn pipeline(&mut self) -> Parsed<Pipeline> {
        self.skip_blanks();
        let negate = self.peek_keyword().as_deref() == Some("!");
        if negate {
            self.eat("!");
        }
        let mut commands = vec![self.command()?];
        loop {
            self.skip_blanks();
            if self.cur() == Some('|') && self.next_after_cur() != Some('|') {
                self.bump();
                self.skip_blanks_and_newlines()?;
                commands.push(self.command()?);
            } else {
                break;
            }
        }
        Ok(Pipeline { negate, commands })
    }

    fn command(&mut self) -> Parsed<Command> {
        self.skip_blanks();
        if self.cur() == Some('(') && self.next_after_cur() == Some('(') {
            let start = self.pos;
            self.bump();
            self.bump();
            if let Some(Part::Arith(word)) = self.arithmetic()? {
                return self.compound(|_| Ok(Compound::Arith(word)));
            }
            self.pos = start;
        }
        if self.cur() == Some('(') {
            self.bump();
            return self.compound(|p| {
                let body = p.list(&[])?;
                p.skip_blanks_and_newlines()?;
                p.expect_char(')')?;
                p.require_body(&body, ")")?;
                Ok(Compound::Subshell(body))
            });
        }
        match self.peek_keyword().as_deref() {
            Some("if") => self.compound(Parser::if_clause),
            Some("for") => self.compound(Parser::for_clause),
            Some("while") => self.compound(|p| p.while_clause(false)),
            Some("until") => self.compound(|p| p.while_clause(true)),
            Some("{") => self.compound(|p| {
                p.keyword("{")?;
                let body = p.list(&["}"])?;
                p.require_body(&body, "}")?;
                p.keyword("}")?;
                Ok(Compound::Group(body))
            }),
            Some(kw) if UNSUPPORTED.contains(&kw) => Err(super::ParseError::Syntax(format!(
                "kubeplay: `{kw}' is not supported by this shell"
            ))),
            Some(kw) if kw != "!" => self.unexpected(kw),
            _ => self.simple().map(Command::Simple),
        }
    }

    /// Runs one compound rule inside a nesting level, then reads the
    /// redirections that may follow it (`done > file`).
    fn compound(&mut self, rule: impl FnOnce(&mut Parser) -> Parsed<Compound>) -> Parsed<Command> {
        self.enter()?;
        let compound = rule(self)?;
        self.leave();
        let mut redirects = Vec::new();
        loop {
            self.skip_blanks();
            match self.redirect()? {
                Some(r) => redirects.push(r),
                None => break,
            }
        }
        Ok(Command::Compound(compound, redirects))
    }

    /// A list that must not be empty: bash rejects `if; then` and `do done`.
    pub(super) fn require_body(&mut self, list: &List, next: &str) -> Parsed<()> {
        if !list.is_empty() {
            return Ok(());
        }
        if self.cur().is_none() {
            return self.incomplete(Missing::Text);
        }
        let token = if next.is_empty() {
            self.token_text()
        } else {
            next.to_string()
        };
        self.unexpected(&token)
    }

    /// Consumes the keyword `kw`, or fails like bash would.
    pub(super) fn keyword(&mut self, kw: &str) -> Parsed<()> {
        self.skip_blanks();
        if self.peek_keyword().as_deref() == Some(kw) {
            self.eat(kw);
            return Ok(());
        }
        self.end_or_unexpected()
    }

    pub(super) fn expect_char(&mut self, c: char) -> Parsed<()> {
        if self.cur() == Some(c) {
            self.bump();
            return Ok(());
        }
        self.end_or_unexpected()
    }

    /// At the end of input more text is needed; otherwise the next token
    /// is a syntax error.
    pub(super) fn end_or_unexpected<T>(&mut self) -> Parsed<T> {
        self.skip_blanks();
        if self.cur().is_none() {
            return self.incomplete(Missing::Text);
        }
        let token = self.token_text();
        self.unexpected(&token)
    }

    /// The keyword at the cursor, if the next word is one; nothing is consumed.
    pub(super) fn peek_keyword(&mut self) -> Option<String> {
        let start = self.pos;
        let found = match self.read_word() {
            Ok(Some(word)) => word
                .as_literal()
                .filter(|w| KEYWORDS.contains(w) || UNSUPPORTED.contains(w))
                .map(str::to_string),
            _ => None,
        };
        self.pos = start;
        found
    }

    fn simple(&mut self) -> Parsed<Simple> {
        let mut simple = Simple::default();
        loop {
            self.skip_blanks();
            let process_subst = self.cur() == Some('<') && self.next_after_cur() == Some('(');
            if !process_subst {
                if let Some(r) = self.redirect()? {
                    simple.redirects.push(r);
                    continue;
                }
            }
            match self.cur() {
                None | Some(';' | '&' | '|' | ')' | '\n') => break,
                Some('(') if simple.words.len() == 1 => {
                    return Err(super::ParseError::Syntax(
                        "kubeplay: defining functions is not supported by this shell".into(),
                    ))
                }
                Some('(') => return self.unexpected("("),
                _ => {}
            }
            let Some(word) = self.read_word()? else { break };
            if simple.words.is_empty() {
                if let Some(name) = word.as_literal().filter(|w| UNSUPPORTED.contains(w)) {
                    return Err(super::ParseError::Syntax(format!(
                        "kubeplay: `{name}' is not supported by this shell"
                    )));
                }
                if let Some(assign) = split_assignment(&word) {
                    simple.assigns.push(assign);
                    continue;
                }
            }
            simple.words.push(word);
        }
        if simple.words.is_empty() && simple.assigns.is_empty() && simple.redirects.is_empty() {
            return self.end_or_unexpected();
        }
        Ok(simple)
    }

    /// Skips blanks and `#` comments (up to, not including, the newline).
    pub(super) fn skip_blanks(&mut self) {
        loop {
            match self.cur() {
                Some(' ' | '\t' | '\r') => self.bump(),
                Some('#') => {
                    while !matches!(self.raw(), None | Some('\n')) {
                        self.bump();
                    }
                }
                _ => break,
            }
        }
    }

    pub(super) fn skip_blanks_and_newlines(&mut self) -> Parsed<()> {
        loop {
            self.skip_blanks();
            if self.cur() == Some('\n') {
                self.newline()?;
            } else {
                return Ok(());
            }
        }
    }

    /// The operator or word at the cursor, as bash names it in errors.
    pub(super) fn token_text(&mut self) -> String {
        const OPERATORS: &[&str] = &[
            ";;", "&&", "||", ">>", "<<", "&>", ";", "&", "|", "(", ")", "<", ">",
        ];
        if self.cur() == Some('\n') {
            return "newline".into();
        }
        for op in OPERATORS {
            let start = self.pos;
            if self.eat(op) {
                self.pos = start;
                return (*op).to_string();
            }
        }
        let start = self.pos;
        let text = match self.read_word() {
            Ok(Some(_)) => self
                .src
                .get(start..self.pos)
                .unwrap_or_default()
                .iter()
                .collect(),
            _ => String::new(),
        };
        self.pos = start;
        if text.is_empty() {
            self.raw().map(String::from).unwrap_or_default()
        } else {
            text
        }
        .replace('\n', " ")
    }
}

/// `NAME=value` at the start of a simple command, split into name and value.
fn split_assignment(word: &Word) -> Option<(String, Word)> {
    let crate::shell::ast::Part::Lit(first) = word.parts.first()? else {
        return None;
    };
    let (name, value) = first.split_once('=')?;
    if !is_name(name) {
        return None;
    }
    let mut parts = Vec::new();
    if !value.is_empty() {
        parts.push(crate::shell::ast::Part::Lit(value.to_string()));
    }
    parts.extend(word.parts.iter().skip(1).cloned());
    Some((name.to_string(), Word { parts }))
}

/// A valid variable name: a letter or `_`, then letters, digits or `_`.
pub fn is_name(text: &str) -> bool {
    let mut chars = text.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}
