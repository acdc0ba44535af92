//! Redirections, applied left to right to a copy of the command's
//! streams: `>`/`>>` create or truncate the file before the command runs
//! (so `cat f > f` empties `f`, as in bash), `<` reads a file, heredocs
//! and here-strings become standard input, `2>&1` copies a stream, and
//! `/dev/null`, `/dev/stdout`, `/dev/stderr` mean what they say.

use std::cell::Cell;
use std::rc::Rc;

use super::Interp;
use crate::shell::ast::{Redirect, RedirectOp, Word};
use crate::shell::ctx::{Io, Sink, Stdin};

impl Interp {
    /// The streams after `redirects`, or bash's message for the first that fails.
    pub(super) async fn redirected(&self, redirects: &[Redirect], io: &Io) -> Result<Io, String> {
        let mut io = io.clone();
        for r in redirects {
            match &r.op {
                RedirectOp::Write { target, append } => {
                    let sink = self.open_write(target, *append, &io).await?;
                    set_fd(&mut io, r.fd, sink);
                }
                RedirectOp::WriteBoth { target, append } => {
                    let sink = self.open_write(target, *append, &io).await?;
                    io.out = sink.clone();
                    io.err = sink;
                }
                RedirectOp::Read(target) => {
                    let name = self.target(target, &io).await?;
                    let text = self
                        .with_world(|w| w.read_file(&name))
                        .map_err(|e| format!("{name}: {e}"))?;
                    io.stdin = Some(Stdin::new(text));
                }
                RedirectOp::Dup { to } => {
                    let sink = match to {
                        1 => io.out.clone(),
                        2 => io.err.clone(),
                        _ => continue,
                    };
                    set_fd(&mut io, r.fd, sink);
                }
                RedirectOp::HereDoc(index) => {
                    let body = self
                        .script
                        .heredocs
                        .get(*index)
                        .cloned()
                        .unwrap_or_default();
                    let text = self.expand_text(&body, &io).await?;
                    io.stdin = Some(Stdin::new(text));
                }
                RedirectOp::HereString(word) => {
                    let text = self.expand_text(word, &io).await?;
                    io.stdin = Some(Stdin::new(format!("{text}\n")));
                }
            }
        }
        Ok(io)
    }

    /// The target file name: exactly one word after expansion.
    async fn target(&self, word: &Word, io: &Io) -> Result<String, String> {
        let words = self.expand_words(std::slice::from_ref(word), io).await?;
        match words.as_slice() {
            [one] => Ok(one.clone()),
            _ => Err(format!("{}: ambiguous redirect", shown(word))),
        }
    }

    async fn open_write(&self, target: &Word, append: bool, io: &Io) -> Result<Sink, String> {
        let name = self.target(target, io).await?;
        match name.as_str() {
            "/dev/null" => return Ok(Sink::Null),
            "/dev/stdout" => return Ok(io.out.clone()),
            "/dev/stderr" => return Ok(io.err.clone()),
            _ => {}
        }
        self.with_world(|w| {
            let abs = w.abs_path(&name);
            let now = w.cluster.now_ms();
            // Writing nothing creates the file, or with `>` truncates it.
            w.fs.write(&abs, "", append, now)
                .map_err(|e| format!("{name}: {e}"))?;
            Ok(Sink::File {
                abs,
                shown: name.clone(),
                failed: Rc::new(Cell::new(false)),
            })
        })
    }
}

fn set_fd(io: &mut Io, fd: u8, sink: Sink) {
    match fd {
        1 => io.out = sink,
        2 => io.err = sink,
        _ => {}
    }
}

/// A word as the user typed it, roughly, for bash's "ambiguous redirect".
fn shown(word: &Word) -> String {
    use crate::shell::ast::Part;
    word.parts
        .iter()
        .map(|p| match p {
            Part::Lit(t) | Part::Quoted(t) => t.clone(),
            Part::Param(p) => format!("${}", p.name),
            Part::Double(_) => "\"…\"".into(),
            Part::Command(_) => "$(…)".into(),
            Part::Arith(_) => "$((…))".into(),
            Part::ProcessSubst(_) => "<(…)".into(),
        })
        .collect()
}
