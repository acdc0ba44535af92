//! Heredocs: `<<EOF` records a pending body; the body is the lines after
//! the next newline, up to a line that is exactly the delimiter (leading
//! tabs removed first for `<<-`). A quoted delimiter (`<<'EOF'`) keeps the
//! body literal; otherwise it expands like text in double quotes.

use super::{Missing, Parsed, Parser, PendingHereDoc};
use crate::shell::ast::{Part, RedirectOp, Word};

impl Parser {
    /// After `<<` or `<<-`: reads the delimiter and books a body slot.
    pub(super) fn heredoc_op(&mut self, strip_tabs: bool) -> Parsed<RedirectOp> {
        self.skip_blanks();
        let word = match self.cur() {
            None | Some('\n') => return self.unexpected("newline"),
            _ => match self.read_word()? {
                Some(w) => w,
                None => return self.end_or_unexpected(),
            },
        };
        let mut delimiter = String::new();
        let mut quoted = false;
        for part in &word.parts {
            match part {
                Part::Lit(t) => delimiter.push_str(t),
                Part::Quoted(t) => {
                    quoted = true;
                    delimiter.push_str(t);
                }
                Part::Double(inner) => {
                    quoted = true;
                    for p in inner {
                        if let Part::Quoted(t) | Part::Lit(t) = p {
                            delimiter.push_str(t);
                        }
                    }
                }
                // Bash takes `$X` in a delimiter literally; so do we.
                Part::Param(p) => {
                    delimiter.push('$');
                    delimiter.push_str(&p.name);
                }
                Part::Command(_) | Part::Arith(_) | Part::ProcessSubst(_) => quoted = true,
            }
        }
        let index = self.heredocs.len();
        self.heredocs.push(Word::default());
        let line = self.line_number();
        self.pending.push(PendingHereDoc {
            index,
            delimiter,
            quoted,
            strip_tabs,
            line,
        });
        Ok(RedirectOp::HereDoc(index))
    }

    /// Consumes a newline, then the bodies of the heredocs opened on the
    /// line it ends.
    pub(super) fn newline(&mut self) -> Parsed<()> {
        if self.raw() == Some('\n') {
            self.bump();
        }
        for doc in std::mem::take(&mut self.pending) {
            let body = self.read_body(&doc)?;
            let word = if doc.quoted {
                Word {
                    parts: vec![Part::Quoted(body)],
                }
            } else {
                Word {
                    parts: vec![Part::Double(self.body_parts(&body)?)],
                }
            };
            if let Some(slot) = self.heredocs.get_mut(doc.index) {
                *slot = word;
            }
        }
        Ok(())
    }

    /// Heredocs still open when the text ends: more lines are needed, or,
    /// for a submitted command, they end here with bash's warning.
    pub(super) fn finish_pending_heredocs(&mut self) -> Parsed<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        if !self.complete_input {
            let delimiter = self
                .pending
                .first()
                .map(|d| d.delimiter.clone())
                .unwrap_or_default();
            return self.incomplete(Missing::HereDoc(delimiter));
        }
        self.newline()
    }

    /// The body lines of `doc`, starting at the cursor.
    fn read_body(&mut self, doc: &PendingHereDoc) -> Parsed<String> {
        let mut body = String::new();
        loop {
            if self.raw().is_none() {
                if !self.complete_input {
                    return self.incomplete(Missing::HereDoc(doc.delimiter.clone()));
                }
                self.warnings.push(format!(
                    "warning: here-document at line {} delimited by end-of-file (wanted `{}')",
                    doc.line, doc.delimiter
                ));
                return Ok(body);
            }
            let mut line = String::new();
            while let Some(c) = self.raw() {
                self.bump();
                if c == '\n' {
                    break;
                }
                line.push(c);
            }
            let line = if doc.strip_tabs {
                line.trim_start_matches('\t').to_string()
            } else {
                line
            };
            if line == doc.delimiter {
                return Ok(body);
            }
            body.push_str(&line);
            body.push('\n');
        }
    }
}
