//! The command grammar: lists, and-or chains, pipelines, simple and
//! compound commands and redirections. Words are read by `word.rs`,
//! heredoc bodies by `heredoc.rs`.

use super::{Missing, Parsed, Parser};
use crate::shell::ast::{
    AndOr, Command, Compound, Connector, List, Part, Pipeline, Redirect, RedirectOp, Script,
    Simple, Word,
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

    fn if_clause(&mut self) -> Parsed<Compound> {
        self.keyword("if")?;
        let mut branches = Vec::new();
        let mut otherwise = None;
        loop {
            let cond = self.list(&["then"])?;
            self.require_body(&cond, "then")?;
            self.keyword("then")?;
            let body = self.list(&["elif", "else", "fi"])?;
            let next = self.peek_keyword().unwrap_or_default();
            self.require_body(&body, &next)?;
            branches.push((cond, body));
            if next == "elif" {
                self.keyword("elif")?;
                continue;
            }
            if next == "else" {
                self.keyword("else")?;
                let body = self.list(&["fi"])?;
                self.require_body(&body, "fi")?;
                otherwise = Some(body);
            }
            self.keyword("fi")?;
            return Ok(Compound::If {
                branches,
                otherwise,
            });
        }
    }

    fn while_clause(&mut self, until: bool) -> Parsed<Compound> {
        self.keyword(if until { "until" } else { "while" })?;
        let cond = self.list(&["do"])?;
        self.require_body(&cond, "do")?;
        let body = self.do_group()?;
        Ok(Compound::While { until, cond, body })
    }

    fn for_clause(&mut self) -> Parsed<Compound> {
        self.keyword("for")?;
        self.skip_blanks();
        let var = match self.read_word()? {
            Some(word) => match word.as_literal() {
                Some(name) if is_name(name) => name.to_string(),
                Some(other) => {
                    return Err(super::ParseError::Syntax(format!(
                        "`{other}': not a valid identifier"
                    )))
                }
                None => return self.unexpected("word"),
            },
            None => return self.end_or_unexpected(),
        };
        self.skip_blanks();
        let mut items = Vec::new();
        if self.peek_keyword().as_deref() == Some("in") {
            self.keyword("in")?;
            loop {
                self.skip_blanks();
                match self.cur() {
                    Some(';') | Some('\n') | None => break,
                    _ => {}
                }
                match self.read_word()? {
                    Some(w) => items.push(w),
                    None => return self.end_or_unexpected(),
                }
            }
        }
        self.skip_blanks();
        if self.cur() == Some(';') {
            self.bump();
        }
        let body = self.do_group()?;
        Ok(Compound::For { var, items, body })
    }

    /// `do LIST done`, after any newlines.
    fn do_group(&mut self) -> Parsed<List> {
        self.skip_blanks_and_newlines()?;
        self.keyword("do")?;
        let body = self.list(&["done"])?;
        self.require_body(&body, "done")?;
        self.keyword("done")?;
        Ok(body)
    }

    /// A list that must not be empty: bash rejects `if; then` and `do done`.
    fn require_body(&mut self, list: &List, next: &str) -> Parsed<()> {
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
    fn keyword(&mut self, kw: &str) -> Parsed<()> {
        self.skip_blanks();
        if self.peek_keyword().as_deref() == Some(kw) {
            self.eat(kw);
            return Ok(());
        }
        self.end_or_unexpected()
    }

    fn expect_char(&mut self, c: char) -> Parsed<()> {
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
    fn peek_keyword(&mut self) -> Option<String> {
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
            if let Some(r) = self.redirect()? {
                simple.redirects.push(r);
                continue;
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

    /// A redirection at the cursor, if there is one.
    fn redirect(&mut self) -> Parsed<Option<Redirect>> {
        let start = self.pos;
        let mut fd = None;
        if let Some(d @ '0'..='9') = self.cur() {
            if matches!(self.next_after_cur(), Some('<' | '>')) {
                self.bump();
                fd = d.to_digit(10).and_then(|d| u8::try_from(d).ok());
            }
        }
        let op = if self.eat("&>>") {
            RedirectOp::WriteBoth {
                target: self.redirect_target()?,
                append: true,
            }
        } else if fd.is_none() && self.eat("&>") {
            RedirectOp::WriteBoth {
                target: self.redirect_target()?,
                append: false,
            }
        } else if self.eat("<<<") {
            RedirectOp::HereString(self.redirect_target()?)
        } else if self.eat("<<-") {
            self.heredoc_op(true)?
        } else if self.eat("<<") {
            self.heredoc_op(false)?
        } else if self.eat(">>") {
            RedirectOp::Write {
                target: self.redirect_target()?,
                append: true,
            }
        } else if self.eat(">&") || self.eat("<&") {
            self.dup_target(fd)?
        } else if self.eat(">|") || self.eat(">") {
            RedirectOp::Write {
                target: self.redirect_target()?,
                append: false,
            }
        } else if self.eat("<") {
            RedirectOp::Read(self.redirect_target()?)
        } else {
            self.pos = start;
            return Ok(None);
        };
        let default_fd = match op {
            RedirectOp::Read(_) | RedirectOp::HereDoc(_) | RedirectOp::HereString(_) => 0,
            _ => 1,
        };
        let fd = fd.unwrap_or(default_fd);
        if fd > 2 {
            return Err(super::ParseError::Syntax(format!(
                "kubeplay: {fd}: only descriptors 0, 1 and 2 can be redirected"
            )));
        }
        Ok(Some(Redirect { fd, op }))
    }

    /// `>&2`, `2>&1`; `>&file` means `&>file` as in bash.
    fn dup_target(&mut self, fd: Option<u8>) -> Parsed<RedirectOp> {
        let target = self.redirect_target()?;
        match target.as_literal() {
            Some("0") => Ok(RedirectOp::Dup { to: 0 }),
            Some("1") => Ok(RedirectOp::Dup { to: 1 }),
            Some("2") => Ok(RedirectOp::Dup { to: 2 }),
            _ if fd.is_none() => Ok(RedirectOp::WriteBoth {
                target,
                append: false,
            }),
            _ => Err(super::ParseError::Syntax(
                "kubeplay: only >&0, >&1 and >&2 are supported".into(),
            )),
        }
    }

    fn redirect_target(&mut self) -> Parsed<Word> {
        self.skip_blanks();
        match self.cur() {
            None | Some('\n') => self.unexpected("newline"),
            Some(';' | '&' | '|' | '(' | ')' | '<' | '>') => {
                let token = self.token_text();
                self.unexpected(&token)
            }
            _ => match self.read_word()? {
                Some(w) => Ok(w),
                None => self.unexpected("newline"),
            },
        }
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

    fn skip_blanks_and_newlines(&mut self) -> Parsed<()> {
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
    fn token_text(&mut self) -> String {
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
