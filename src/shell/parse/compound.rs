//! Compound commands: `if … fi`, `while`/`until … done`, `for … done`
//! and the `do … done` group they share.

use super::grammar::is_name;
use super::{ParseError, Parsed, Parser};
use crate::shell::ast::{Compound, List};

impl Parser {
    pub(super) fn if_clause(&mut self) -> Parsed<Compound> {
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

    pub(super) fn while_clause(&mut self, until: bool) -> Parsed<Compound> {
        self.keyword(if until { "until" } else { "while" })?;
        let cond = self.list(&["do"])?;
        self.require_body(&cond, "do")?;
        let body = self.do_group()?;
        Ok(Compound::While { until, cond, body })
    }

    pub(super) fn for_clause(&mut self) -> Parsed<Compound> {
        self.keyword("for")?;
        self.skip_blanks();
        let var = match self.read_word()? {
            Some(word) => match word.as_literal() {
                Some(name) if is_name(name) => name.to_string(),
                Some(other) => {
                    return Err(ParseError::Syntax(format!(
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
    pub(super) fn do_group(&mut self) -> Parsed<List> {
        self.skip_blanks_and_newlines()?;
        self.keyword("do")?;
        let body = self.list(&["done"])?;
        self.require_body(&body, "done")?;
        self.keyword("done")?;
        Ok(body)
    }
}
