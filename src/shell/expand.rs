//! Word expansion, in bash's order: braces, then tilde, parameters,
//! command substitution and arithmetic, then field splitting, then
//! pathname globbing, then quote removal. Command substitution runs
//! commands, so expansion is async and lives on the interpreter.

pub mod arith;
pub mod brace;
pub mod fields;
pub mod glob;
pub mod param;

use std::cell::RefCell;
use std::rc::Rc;

use super::ast::{Param, ParamOp, Part, Word};
use super::ctx::{Boxed, Io, Sink};
use super::exec::Interp;
use super::limits::{ARGS_BYTES_MAX, WORDS_PER_COMMAND_MAX, WORD_BYTES_MAX};
use fields::Seg;

/// The characters that separate fields when `IFS` is unset.
const DEFAULT_IFS: &str = " \t\n";

/// The process id `$$` reports (the playground's shell is one process).
const SHELL_PID: &str = "1";

impl Interp {
    /// Expands command words into argument strings.
    pub(crate) fn expand_words<'a>(
        &'a self,
        words: &'a [Word],
        io: &'a Io,
    ) -> Boxed<'a, Result<Vec<String>, String>> {
        Box::pin(async move {
            let mut out = Vec::new();
            let mut bytes = 0_usize;
            for word in words {
                let braced =
                    brace::expand(word, WORDS_PER_COMMAND_MAX).ok_or_else(too_many_words)?;
                for w in &braced {
                    let mut segs = Vec::new();
                    self.segments(&w.parts, false, true, io, &mut segs).await?;
                    let ifs = self.with_world(|w| w.var("IFS").map(str::to_string));
                    let ifs = ifs.as_deref().unwrap_or(DEFAULT_IFS);
                    let before = out.len();
                    for field in fields::split(&segs, ifs) {
                        self.push_globbed(field, &mut out);
                    }
                    bytes += out.iter().skip(before).map(String::len).sum::<usize>();
                    if out.len() > WORDS_PER_COMMAND_MAX {
                        return Err(too_many_words());
                    }
                    if bytes > ARGS_BYTES_MAX {
                        return Err(format!(
                            "kubeplay: argument list too long (limit {} KiB)",
                            ARGS_BYTES_MAX / 1024
                        ));
                    }
                }
            }
            Ok(out)
        })
    }

    fn push_globbed(&self, field: fields::Field, out: &mut Vec<String>) {
        if glob::has_magic(&field.pattern) {
            let matches = self.with_world(|w| glob::expand(&w.fs, &w.cwd, &field.pattern));
            if !matches.is_empty() {
                out.extend(matches);
                return;
            }
        }
        out.push(field.text);
    }

    /// Expands a word into one string: no splitting or globbing (variable
    /// values, redirection targets, heredoc bodies).
    pub(crate) fn expand_text<'a>(
        &'a self,
        word: &'a Word,
        io: &'a Io,
    ) -> Boxed<'a, Result<String, String>> {
        Box::pin(async move {
            let mut segs = Vec::new();
            self.segments(&word.parts, false, true, io, &mut segs)
                .await?;
            Ok(segs.into_iter().map(|s| s.text).collect())
        })
    }

    /// Appends the expanded segments of `parts`; `quoted` inside `"…"`,
    /// `word_start` while tilde expansion may still apply.
    fn segments<'a>(
        &'a self,
        parts: &'a [Part],
        quoted: bool,
        word_start: bool,
        io: &'a Io,
        out: &'a mut Vec<Seg>,
    ) -> Boxed<'a, Result<(), String>> {
        Box::pin(async move {
            let mut total: usize = out.iter().map(|s| s.text.len()).sum();
            for (i, part) in parts.iter().enumerate() {
                let (text, is_quoted, split) = match part {
                    Part::Lit(t) if !quoted && word_start && i == 0 => {
                        (self.tilde(t), false, false)
                    }
                    Part::Lit(t) => (t.clone(), quoted, false),
                    Part::Quoted(t) => (t.clone(), true, false),
                    Part::Double(inner) => {
                        out.push(Seg {
                            text: String::new(),
                            quoted: true,
                            split: false,
                        });
                        self.segments(inner, true, false, io, out).await?;
                        total = out.iter().map(|s| s.text.len()).sum();
                        continue;
                    }
                    Part::Param(p) => (self.param(p, io).await?, quoted, !quoted),
                    Part::Command(list) => (self.capture(list, io).await, quoted, !quoted),
                    Part::Arith(w) => (self.arith(w, io).await?, quoted, !quoted),
                    Part::ProcessSubst(list) => (self.process_subst(list, io).await?, true, false),
                };
                total += text.len();
                out.push(Seg {
                    text,
                    quoted: is_quoted,
                    split,
                });
                // Checked as parts arrive, so `$X$X$X…` stops before memory does.
                if total > WORD_BYTES_MAX {
                    return Err(format!(
                        "kubeplay: expansion too long (over {} KiB)",
                        WORD_BYTES_MAX / 1024
                    ));
                }
            }
            Ok(())
        })
    }

    /// `~` and `~/…` at the start of a word become the home directory.
    fn tilde(&self, text: &str) -> String {
        if text == "~" || text.starts_with("~/") {
            let home = self.with_world(|w| w.var("HOME").unwrap_or("/root").to_string());
            return format!("{home}{}", text.get(1..).unwrap_or(""));
        }
        text.to_string()
    }

    /// The value of a parameter expansion.
    async fn param(&self, p: &Param, io: &Io) -> Result<String, String> {
        let value = self.lookup(&p.name);
        let is_set_for = |colon: bool| match &value {
            None => false,
            Some(v) => !(colon && v.is_empty()),
        };
        Ok(match &p.op {
            ParamOp::Get => value.unwrap_or_default(),
            ParamOp::Length => value.unwrap_or_default().chars().count().to_string(),
            ParamOp::Default { colon, word } => {
                if is_set_for(*colon) {
                    value.unwrap_or_default()
                } else {
                    self.expand_text(word, io).await?
                }
            }
            ParamOp::Assign { colon, word } => {
                if is_set_for(*colon) {
                    value.unwrap_or_default()
                } else {
                    let text = self.expand_text(word, io).await?;
                    self.with_world(|w| w.set_var(&p.name, text.clone()));
                    text
                }
            }
            ParamOp::Alternative { colon, word } => {
                if is_set_for(*colon) {
                    self.expand_text(word, io).await?
                } else {
                    String::new()
                }
            }
            ParamOp::Trim {
                suffix,
                longest,
                pattern,
            } => {
                let pattern = self.expand_pattern(pattern, io).await?;
                param::trim(&value.unwrap_or_default(), &pattern, *suffix, *longest)
            }
            ParamOp::Replace {
                all,
                anchor,
                pattern,
                with,
            } => {
                let pattern = self.expand_pattern(pattern, io).await?;
                let with = self.expand_text(with, io).await?;
                param::replace(&value.unwrap_or_default(), &pattern, &with, *all, *anchor)
            }
            ParamOp::Slice { offset, length } => {
                let offset = self.arith_value(offset, io).await?;
                let length = match length {
                    Some(l) => Some(self.arith_value(l, io).await?),
                    None => None,
                };
                param::slice(&value.unwrap_or_default(), offset, length)
            }
        })
    }

    /// A variable or special parameter's value; `None` when unset.
    pub(crate) fn lookup(&self, name: &str) -> Option<String> {
        self.with_world(|w| match name {
            "?" => Some(w.last_status.to_string()),
            "$" => Some(SHELL_PID.to_string()),
            "#" => Some("0".to_string()),
            "0" => Some("bash".to_string()),
            "-" => Some("himBHs".to_string()),
            "@" | "*" => Some(String::new()),
            "RANDOM" => Some(w.next_random().to_string()),
            "SECONDS" => Some((w.cluster.now_ms() / 1000).to_string()),
            _ => w.var(name).map(str::to_string),
        })
    }

    /// Runs `$(…)` in a subshell and returns its output without trailing
    /// newlines; `$?` afterwards is its status.
    pub(crate) async fn capture(&self, list: &super::ast::List, io: &Io) -> String {
        let buf = Rc::new(RefCell::new(String::new()));
        let sub = Io {
            stdin: None,
            out: Sink::Buffer(buf.clone()),
            err: io.err.clone(),
        };
        let status = self.subshell(list, &sub).await;
        self.last_substitution.set(Some(status));
        let mut text = buf.take();
        while text.ends_with('\n') {
            text.pop();
        }
        text
    }

    /// `<(…)`: runs the list now (a pipeline's stages run in order here)
    /// and leaves its whole output in a `/dev/fd/N` file, whose path is
    /// the word; `exec::start` clears those files when the next line starts.
    async fn process_subst(&self, list: &super::ast::List, io: &Io) -> Result<String, String> {
        let buf = Rc::new(RefCell::new(String::new()));
        let sub = Io {
            stdin: None,
            out: Sink::Buffer(buf.clone()),
            err: io.err.clone(),
        };
        self.subshell(list, &sub).await;
        let text = buf.take();
        self.with_world(|w| {
            let now = w.cluster.now_ms();
            let taken = w.fs.list("/dev/fd").map_or(0, |files| files.len());
            let path = format!("/dev/fd/{}", 63usize.saturating_sub(taken));
            w.fs.mkdir("/dev/fd", true, now)
                .and_then(|()| w.fs.write(&path, &text, false, now))
                .map(|()| path)
                .map_err(|e| format!("/dev/fd: {e}"))
        })
    }

    async fn arith(&self, word: &Word, io: &Io) -> Result<String, String> {
        self.arith_value(word, io).await.map(|n| n.to_string())
    }

    pub(crate) async fn arith_value(&self, word: &Word, io: &Io) -> Result<i64, String> {
        let text = self.expand_text(word, io).await?;
        let get = |name: &str| self.lookup(name);
        let set = |name: &str, value: i64| self.with_world(|w| w.set_var(name, value.to_string()));
        arith::eval(
            &text,
            &arith::Vars {
                get: &get,
                set: &set,
            },
        )
    }

    /// A pattern word as a glob: quoted characters are escaped.
    async fn expand_pattern(&self, word: &Word, io: &Io) -> Result<String, String> {
        let mut segs = Vec::new();
        self.segments(&word.parts, false, true, io, &mut segs)
            .await?;
        Ok(fields::split(&segs, "")
            .into_iter()
            .map(|f| f.pattern)
            .collect())
    }
}

fn too_many_words() -> String {
    format!("kubeplay: too many words in one command (limit {WORDS_PER_COMMAND_MAX})")
}
