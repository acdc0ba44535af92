//! Redirections: `>`, `>>`, `<`, `2>`, `2>&1`, `>&2`, `&>`, `&>>`, `<<<`
//! and heredoc operators, with an optional descriptor number in front.

use super::{ParseError, Parsed, Parser};
use crate::shell::ast::{Redirect, RedirectOp, Word};

impl Parser {
    /// A redirection at the cursor, if there is one.
    pub(super) fn redirect(&mut self) -> Parsed<Option<Redirect>> {
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
            return Err(ParseError::Syntax(format!(
                "kubeplay: {fd}: only descriptors 0, 1 and 2 can be redirected"
            )));
        }
        Ok(Some(Redirect { fd, op }))
    }

    /// `>&2`, `2>&1`; `>&file` means `&>file` as in bash.
    pub(super) fn dup_target(&mut self, fd: Option<u8>) -> Parsed<RedirectOp> {
        let target = self.redirect_target()?;
        match target.as_literal() {
            Some("0") => Ok(RedirectOp::Dup { to: 0 }),
            Some("1") => Ok(RedirectOp::Dup { to: 1 }),
            Some("2") => Ok(RedirectOp::Dup { to: 2 }),
            _ if fd.is_none() => Ok(RedirectOp::WriteBoth {
                target,
                append: false,
            }),
            _ => Err(ParseError::Syntax(
                "kubeplay: only >&0, >&1 and >&2 are supported".into(),
            )),
        }
    }

    pub(super) fn redirect_target(&mut self) -> Parsed<Word> {
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
}
