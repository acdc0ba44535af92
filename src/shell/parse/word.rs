//! Reading one word: quotes, backslash escapes, `$NAME`, `${…}`, `$(…)`,
//! `$((…))` and backticks, each becoming a [`Part`].

use super::{Missing, Parsed, Parser};
use crate::shell::ast::{Param, ParamOp, Part, Word};

/// Where a run of text is being read; it decides which characters end it
/// and which backslash escapes apply.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Context {
    /// Inside `"…"`: `\` escapes only `$ \` " \` and newline.
    Double,
    /// A heredoc body or arithmetic text: like `"…"`, but `"` is ordinary.
    Body,
    /// The word of `${X:-word}`: ends at the matching `}`.
    Brace,
    /// The pattern of `${X/pattern/word}`: ends at `/` or `}`.
    BraceSlash,
}

/// Pushes accumulated literal text as a part.
fn flush(parts: &mut Vec<Part>, text: &mut String, quoted: bool) {
    if !text.is_empty() {
        let t = std::mem::take(text);
        parts.push(if quoted {
            Part::Quoted(t)
        } else {
            Part::Lit(t)
        });
    }
}

impl Parser {
    /// Reads the word at the cursor; `None` if an operator or the end is next.
    pub(super) fn read_word(&mut self) -> Parsed<Option<Word>> {
        let mut parts = Vec::new();
        let mut text = String::new();
        let start = self.pos;
        while let Some(c) = self.cur() {
            match c {
                '<' if text.is_empty()
                    && parts.is_empty()
                    && self.next_after_cur() == Some('(') =>
                {
                    self.bump();
                    self.bump();
                    match self.command_substitution()? {
                        Part::Command(list) => parts.push(Part::ProcessSubst(list)),
                        other => parts.push(other),
                    }
                }
                ' ' | '\t' | '\r' | '\n' | ';' | '&' | '|' | '(' | ')' | '<' | '>' => break,
                '\'' => {
                    flush(&mut parts, &mut text, false);
                    self.bump();
                    parts.push(Part::Quoted(self.single_quoted()?));
                }
                '"' => {
                    flush(&mut parts, &mut text, false);
                    self.bump();
                    parts.push(Part::Double(self.run(Context::Double)?));
                }
                '\\' => {
                    flush(&mut parts, &mut text, false);
                    self.bump();
                    match self.raw() {
                        Some(next) => {
                            self.bump();
                            parts.push(Part::Quoted(next.to_string()));
                        }
                        None if self.complete_input => text.push('\\'),
                        None => return self.incomplete(Missing::Text),
                    }
                }
                '$' | '`' => match self.dollar_or_backtick(true)? {
                    Some(part) => {
                        flush(&mut parts, &mut text, false);
                        parts.push(part);
                    }
                    None => {
                        // A lone `$` (`echo $`, `a$.b`) is literal text.
                        text.push('$');
                        self.bump();
                    }
                },
                other => {
                    text.push(other);
                    self.bump();
                }
            }
        }
        flush(&mut parts, &mut text, false);
        if self.pos == start {
            return Ok(None);
        }
        Ok(Some(Word { parts }))
    }

    pub(super) fn single_quoted(&mut self) -> Parsed<String> {
        let mut text = String::new();
        loop {
            match self.raw() {
                Some('\'') => {
                    self.bump();
                    return Ok(text);
                }
                Some(c) => {
                    text.push(c);
                    self.bump();
                }
                None => return self.incomplete(Missing::Quote('\'')),
            }
        }
    }

    /// Reads parts until the context's end: the closing `"`, the closing
    /// `}` of `${X:-…}`, or the end of the text for a body.
    pub(super) fn run(&mut self, ctx: Context) -> Parsed<Vec<Part>> {
        let mut parts = Vec::new();
        let mut text = String::new();
        let quoted = !matches!(ctx, Context::Brace | Context::BraceSlash);
        loop {
            let Some(c) = self.cur() else {
                return match ctx {
                    Context::Body => {
                        flush(&mut parts, &mut text, quoted);
                        Ok(parts)
                    }
                    Context::Double => self.incomplete(Missing::Quote('"')),
                    Context::Brace | Context::BraceSlash => self.incomplete(Missing::Text),
                };
            };
            self.bump();
            match c {
                '"' if ctx == Context::Double => break,
                '}' if !quoted => break,
                '/' if ctx == Context::BraceSlash => break,
                '"' if !quoted => {
                    flush(&mut parts, &mut text, quoted);
                    parts.push(Part::Double(self.run(Context::Double)?));
                }
                '\'' if !quoted => {
                    flush(&mut parts, &mut text, quoted);
                    parts.push(Part::Quoted(self.single_quoted()?));
                }
                '\\' => match self.raw() {
                    Some(e @ ('$' | '`' | '\\')) => {
                        self.bump();
                        flush(&mut parts, &mut text, quoted);
                        parts.push(Part::Quoted(e.to_string()));
                    }
                    Some(e @ ('"' | '}')) if ctx != Context::Body => {
                        self.bump();
                        flush(&mut parts, &mut text, quoted);
                        parts.push(Part::Quoted(e.to_string()));
                    }
                    _ => text.push('\\'),
                },
                '$' | '`' => {
                    self.pos -= 1;
                    match self.dollar_or_backtick(false)? {
                        Some(part) => {
                            flush(&mut parts, &mut text, quoted);
                            parts.push(part);
                        }
                        None => {
                            self.bump();
                            text.push('$');
                        }
                    }
                }
                other => text.push(other),
            }
        }
        flush(&mut parts, &mut text, quoted);
        Ok(parts)
    }

    /// Parses heredoc or arithmetic text into expandable parts.
    pub(super) fn body_parts(&mut self, text: &str) -> Parsed<Vec<Part>> {
        let mut inner = self.nested(text);
        let parts = inner.run(Context::Body);
        self.adopt(inner);
        parts
    }

    /// At a `$` or backtick: the expansion it starts, or `None` when the
    /// `$` is literal (`echo $`, `a$.b`). The cursor is on the `$`/backtick.
    fn dollar_or_backtick(&mut self, unquoted: bool) -> Parsed<Option<Part>> {
        if self.cur() == Some('`') {
            self.bump();
            return self.backtick().map(Some);
        }
        match self.next_after_cur() {
            Some('{') => {
                self.bump();
                self.bump();
                self.braced_param().map(Some)
            }
            Some('\'') if unquoted => {
                self.bump();
                self.bump();
                self.ansi_c_quoted().map(Some)
            }
            Some('(') => {
                self.bump();
                self.bump();
                if self.cur() == Some('(') {
                    let start = self.pos;
                    self.bump();
                    if let Some(part) = self.arithmetic()? {
                        return Ok(Some(part));
                    }
                    // `$( (a) )` is a subshell inside a substitution.
                    self.pos = start;
                }
                self.command_substitution().map(Some)
            }
            Some(c) if c.is_ascii_alphabetic() || c == '_' => {
                self.bump();
                let name = self.name();
                Ok(Some(Part::Param(Param {
                    name,
                    op: ParamOp::Get,
                })))
            }
            Some(c @ ('?' | '$' | '#' | '!' | '@' | '*' | '-' | '0'..='9')) => {
                self.bump();
                self.bump();
                Ok(Some(Part::Param(Param {
                    name: c.to_string(),
                    op: ParamOp::Get,
                })))
            }
            _ => Ok(None),
        }
    }

    pub(super) fn name(&mut self) -> String {
        let mut name = String::new();
        while let Some(c) = self.cur() {
            if c.is_ascii_alphanumeric() || c == '_' {
                name.push(c);
                self.bump();
            } else {
                break;
            }
        }
        name
    }

    /// After `$(`: a command list up to the matching `)`.
    fn command_substitution(&mut self) -> Parsed<Part> {
        self.enter_substitution()?;
        let list = self.list(&[])?;
        self.skip_blanks();
        match self.cur() {
            Some(')') => self.bump(),
            None => return self.incomplete(Missing::Text),
            Some(_) => return self.end_or_unexpected(),
        }
        self.leave_substitution();
        Ok(Part::Command(list))
    }

    /// After a backtick: the text to the closing backtick, unescaped and
    /// parsed as a command list.
    fn backtick(&mut self) -> Parsed<Part> {
        let mut text = String::new();
        loop {
            match self.raw() {
                None => return self.incomplete(Missing::Quote('`')),
                Some('`') => {
                    self.bump();
                    break;
                }
                Some('\\') => {
                    self.bump();
                    match self.raw() {
                        Some(e @ ('$' | '`' | '\\')) => {
                            self.bump();
                            text.push(e);
                        }
                        _ => text.push('\\'),
                    }
                }
                Some(c) => {
                    self.bump();
                    text.push(c);
                }
            }
        }
        self.enter_substitution()?;
        let mut inner = self.nested(&text);
        let list = inner.list(&[]);
        let leftover = inner.cur().is_some();
        self.adopt(inner);
        let list = list?;
        if leftover {
            return self.unexpected(")");
        }
        self.leave_substitution();
        Ok(Part::Command(list))
    }

    /// After `$((`: the expression up to the matching `))`, or `None` when
    /// the parentheses do not close that way (then it is `$( (…) )`).
    pub(super) fn arithmetic(&mut self) -> Parsed<Option<Part>> {
        let mut depth = 0_usize;
        let mut text = String::new();
        loop {
            match self.cur() {
                None => return self.incomplete(Missing::Text),
                Some('(') => depth += 1,
                Some(')') if depth > 0 => depth -= 1,
                Some(')') => {
                    self.bump();
                    if self.cur() == Some(')') {
                        self.bump();
                        let parts = self.body_parts(&text)?;
                        return Ok(Some(Part::Arith(Word { parts })));
                    }
                    return Ok(None);
                }
                Some(_) => {}
            }
            if let Some(c) = self.cur() {
                text.push(c);
            }
            self.bump();
        }
    }
}
