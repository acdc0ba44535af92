//! `${…}` parameter expansions and `$'…'` strings. Forms: `${X}`,
//! `${#X}`, `${X:-w}`/`${X-w}`, `${X:=w}`, `${X:+w}`, `${X#p}`/`${X##p}`,
//! `${X%p}`/`${X%%p}`, `${X/p/w}`/`${X//p/w}`/`${X/#p/w}`/`${X/%p/w}` and
//! `${X:offset[:length]}`. Anything else is bash's "bad substitution".

use super::word::Context;
use super::{Missing, ParseError, Parsed, Parser};
use crate::shell::ast::{Anchor, Param, ParamOp, Part, Word};

impl Parser {
    /// After `${`: a name, then `}` or an operator and its word.
    pub(super) fn braced_param(&mut self) -> Parsed<Part> {
        let start = self.pos;
        let length = self.cur() == Some('#') && self.next_after_cur() != Some('}');
        if length {
            self.bump();
        }
        let mut name = self.name();
        if name.is_empty() {
            if let Some(c @ ('?' | '$' | '#' | '!' | '@' | '*' | '-')) = self.cur() {
                self.bump();
                name.push(c);
            }
        }
        if name.is_empty() {
            return self.bad_substitution(start);
        }
        if length {
            return match self.cur() {
                Some('}') => {
                    self.bump();
                    Ok(param(name, ParamOp::Length))
                }
                _ => self.bad_substitution(start),
            };
        }
        let colon = self.eat(":");
        let op = match self.cur() {
            Some('}') if !colon => {
                self.bump();
                ParamOp::Get
            }
            Some(c @ ('-' | '=' | '+')) => {
                self.bump();
                let word = self.brace_word(Context::Brace)?;
                match c {
                    '-' => ParamOp::Default { colon, word },
                    '=' => ParamOp::Assign { colon, word },
                    _ => ParamOp::Alternative { colon, word },
                }
            }
            Some(_) if colon => self.slice()?,
            Some(c @ ('#' | '%')) => {
                self.bump();
                let longest = self.eat(&c.to_string());
                ParamOp::Trim {
                    suffix: c == '%',
                    longest,
                    pattern: self.brace_word(Context::Brace)?,
                }
            }
            Some('/') => self.replace_op()?,
            None => return self.incomplete(Missing::Text),
            Some(_) => return self.bad_substitution(start),
        };
        Ok(param(name, op))
    }

    /// After `${X`, at `/`: `/p/w`, `//p/w`, `/#p/w` or `/%p/w`.
    fn replace_op(&mut self) -> Parsed<ParamOp> {
        self.bump();
        let all = self.eat("/");
        let anchor = if self.eat("#") {
            Anchor::Start
        } else if self.eat("%") {
            Anchor::End
        } else {
            Anchor::Anywhere
        };
        let pattern = self.brace_word(Context::BraceSlash)?;
        // The pattern ended at `/` (a replacement follows) or at `}`.
        let with = if self.src.get(self.pos.wrapping_sub(1)) == Some(&'/') {
            self.brace_word(Context::Brace)?
        } else {
            Word::default()
        };
        Ok(ParamOp::Replace {
            all,
            anchor,
            pattern,
            with,
        })
    }

    fn brace_word(&mut self, ctx: Context) -> Parsed<Word> {
        Ok(Word {
            parts: self.run(ctx)?,
        })
    }

    /// `offset[:length]` up to the closing `}`, each an arithmetic word.
    fn slice(&mut self) -> Parsed<ParamOp> {
        let mut depth = 0_usize;
        let mut text = String::new();
        loop {
            let Some(c) = self.cur() else {
                return self.incomplete(Missing::Text);
            };
            self.bump();
            match c {
                '}' if depth == 0 => break,
                '{' | '(' => depth += 1,
                '}' | ')' => depth = depth.saturating_sub(1),
                _ => {}
            }
            text.push(c);
        }
        let (offset, length) = match text.split_once(':') {
            Some((o, l)) => (o.to_string(), Some(l.to_string())),
            None => (text, None),
        };
        let offset = Word {
            parts: self.body_parts(&offset)?,
        };
        let length = match length {
            Some(l) => Some(Word {
                parts: self.body_parts(&l)?,
            }),
            None => None,
        };
        Ok(ParamOp::Slice { offset, length })
    }

    /// Bash's message for `${…}` forms it does not know, quoting the
    /// whole expansion as typed.
    fn bad_substitution(&mut self, start: usize) -> Parsed<Part> {
        let mut end = start;
        while let Some(c) = self.src.get(end) {
            end += 1;
            if *c == '}' {
                let text: String = self
                    .src
                    .get(start..end)
                    .unwrap_or_default()
                    .iter()
                    .collect();
                return Err(ParseError::Syntax(format!("${{{text}: bad substitution")));
            }
        }
        self.incomplete(Missing::Text)
    }

    /// After `$'`: text with C escapes (`\n`, `\t`, `\'`, `\\`, `\xHH`).
    pub(super) fn ansi_c_quoted(&mut self) -> Parsed<Part> {
        let mut raw = String::new();
        loop {
            match self.raw() {
                None => return self.incomplete(Missing::Quote('\'')),
                Some('\'') => {
                    self.bump();
                    break;
                }
                Some('\\') if self.raw_at(1) == Some('\'') => {
                    self.pos += 2;
                    raw.push('\'');
                }
                Some('\\') if self.raw_at(1) == Some('\\') => {
                    self.pos += 2;
                    raw.push_str("\\\\");
                }
                Some(c) => {
                    self.bump();
                    raw.push(c);
                }
            }
        }
        Ok(Part::Quoted(crate::shell::commands::unescape(&raw).0))
    }
}

fn param(name: String, op: ParamOp) -> Part {
    Part::Param(Param { name, op })
}
