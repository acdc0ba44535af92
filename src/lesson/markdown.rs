//! The Markdown subset lesson prose is written in, read into a small tree
//! the UI turns into elements and the terminal into plain text. Raw HTML
//! is never interpreted: `<b>` stays the four characters `<b>`.
//!
//! Supported: paragraphs (soft line breaks become spaces), `#`–`######`
//! headings, `-`/`*`/`+` and `1.` lists (one level; indented lines
//! continue an item), fenced code blocks (```` ``` ```` or `~~~`, with an
//! info word such as `sh`), inline code, `**strong**`, `*emphasis*`,
//! `[links](https://…)` (http and https only; other targets stay text)
//! and backslash escapes. `_` is always literal, so `NODE_PORT` and
//! `$NODE_PORT` never turn into emphasis.
//!
//! Why not pulldown-cmark: measured in a wasm32 release build (see
//! ARCHITECTURE.md), this reader is a fraction of its size, and lesson
//! prose needs nothing more. This module must not know about lessons.

use super::limits::{INLINE_DEPTH_MAX, INLINE_SCAN_CHARS_MAX};

/// A block of prose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Para(Vec<Inline>),
    /// Level 1–6 and its text.
    Heading(u8, Vec<Inline>),
    List {
        ordered: bool,
        items: Vec<Vec<Inline>>,
    },
    /// A fenced code block: its info word (`sh`, `yaml`, "") and text
    /// (without the final newline).
    Code {
        info: String,
        text: String,
    },
}

/// A run of text inside a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Code(String),
    Strong(Vec<Inline>),
    Emph(Vec<Inline>),
    Link { href: String, text: Vec<Inline> },
}

impl Block {
    /// A shell block the learner can run with a click.
    pub fn is_runnable(&self) -> bool {
        matches!(self, Block::Code { info, .. } if info == "sh")
    }
}

/// Reads Markdown text into blocks.
pub fn parse(text: &str) -> Vec<Block> {
    let lines: Vec<&str> = text.lines().collect();
    let mut blocks = Vec::new();
    let mut i = 0;
    while let Some(line) = lines.get(i) {
        if line.trim().is_empty() {
            i += 1;
            continue;
        }
        if let Some((marker, info)) = fence_open(line) {
            let mut body = Vec::new();
            i += 1;
            while let Some(l) = lines.get(i) {
                i += 1;
                if fence_close(l, marker) {
                    break;
                }
                body.push(*l);
            }
            blocks.push(Block::Code {
                info: info.to_string(),
                text: body.join("\n"),
            });
        } else if let Some((level, rest)) = heading(line) {
            blocks.push(Block::Heading(level, inlines(rest.trim())));
            i += 1;
        } else if let Some((ordered, _)) = list_item(line) {
            let (block, next) = read_list(&lines, i, ordered);
            blocks.push(block);
            i = next;
        } else {
            let mut para = vec![line.trim()];
            i += 1;
            while let Some(l) = lines.get(i) {
                if l.trim().is_empty() || starts_block(l) {
                    break;
                }
                para.push(l.trim());
                i += 1;
            }
            blocks.push(Block::Para(inlines(&para.join("\n"))));
        }
    }
    blocks
}

/// A list starting at line `start`: items until a blank line followed by
/// a non-item, or another kind of block. Returns the block and the next line.
fn read_list(lines: &[&str], start: usize, ordered: bool) -> (Block, usize) {
    let mut items: Vec<Vec<&str>> = Vec::new();
    let mut i = start;
    while let Some(line) = lines.get(i) {
        if let Some((o, rest)) = list_item(line) {
            if o != ordered {
                break;
            }
            items.push(vec![rest.trim()]);
        } else if line.trim().is_empty() {
            // A blank line ends the list unless another item follows.
            match lines.get(i + 1) {
                Some(next) if list_item(next).is_some_and(|(o, _)| o == ordered) => {}
                _ => break,
            }
        } else if starts_block(line) {
            break;
        } else if let Some(item) = items.last_mut() {
            item.push(line.trim());
        }
        i += 1;
    }
    let items = items.iter().map(|l| inlines(&l.join("\n"))).collect();
    (Block::List { ordered, items }, i)
}

/// True when `line` opens a block other than a paragraph.
fn starts_block(line: &str) -> bool {
    fence_open(line).is_some() || heading(line).is_some() || list_item(line).is_some()
}

/// ```` ```info ```` or `~~~info` (indented at most 3 spaces): the fence
/// characters and the info word.
pub fn fence_open(line: &str) -> Option<(&str, &str)> {
    let t = indent_le3(line)?;
    let marker = if t.starts_with("```") {
        "```"
    } else if t.starts_with("~~~") {
        "~~~"
    } else {
        return None;
    };
    let info = t.get(3..)?.trim_start_matches(marker.get(..1)?).trim();
    let info = info.split_whitespace().next().unwrap_or("");
    (!info.contains('`')).then_some((marker, info))
}

/// True when `line` closes a fence opened with `marker`.
pub fn fence_close(line: &str, marker: &str) -> bool {
    indent_le3(line).is_some_and(|t| {
        t.trim_end().starts_with(marker) && {
            let ch = marker.chars().next().unwrap_or('`');
            t.trim_end().chars().all(|c| c == ch)
        }
    })
}

fn indent_le3(line: &str) -> Option<&str> {
    let t = line.trim_start_matches(' ');
    (line.len() - t.len() <= 3).then_some(t)
}

fn heading(line: &str) -> Option<(u8, &str)> {
    let t = indent_le3(line)?;
    let hashes = t.len() - t.trim_start_matches('#').len();
    let rest = t.get(hashes..)?;
    let level = u8::try_from(hashes).ok().filter(|h| (1..=6).contains(h))?;
    (rest.is_empty() || rest.starts_with(' ')).then_some((level, rest))
}

/// `- item`, `* item`, `+ item`, `1. item`, `1) item`: ordered? and the text.
fn list_item(line: &str) -> Option<(bool, &str)> {
    let t = indent_le3(line)?;
    for bullet in ["- ", "* ", "+ "] {
        if let Some(rest) = t.strip_prefix(bullet) {
            return Some((false, rest));
        }
    }
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=9).contains(&digits) {
        return None;
    }
    let rest = t.get(digits..)?;
    rest.strip_prefix(". ")
        .or_else(|| rest.strip_prefix(") "))
        .map(|r| (true, r))
}

/// Reads the inline runs of a block's text (lines joined by `\n`).
pub fn inlines(text: &str) -> Vec<Inline> {
    let chars: Vec<char> = text.chars().collect();
    Reader { chars: &chars }.read(0, chars.len(), 0)
}

struct Reader<'a> {
    chars: &'a [char],
}

impl Reader<'_> {
    fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    fn slice(&self, from: usize, to: usize) -> String {
        self.chars.get(from..to).unwrap_or(&[]).iter().collect()
    }

    /// Inline runs between `from` and `to`.
    fn read(&self, from: usize, to: usize, depth: usize) -> Vec<Inline> {
        let mut out = Vec::new();
        let mut text = String::new();
        let mut i = from;
        while i < to {
            let Some(c) = self.at(i) else { break };
            let found = match c {
                '\\' if self.at(i + 1).is_some_and(|n| n.is_ascii_punctuation()) && i + 1 < to => {
                    text.extend(self.at(i + 1));
                    i += 2;
                    continue;
                }
                '`' => self.code_span(i, to),
                '*' if depth < INLINE_DEPTH_MAX => self.emphasis(i, to, depth),
                '[' if depth < INLINE_DEPTH_MAX => self.link(i, to, depth),
                '\n' => {
                    text.push(' ');
                    i += 1;
                    continue;
                }
                _ => None,
            };
            match found {
                Some((inline, next)) => {
                    if !text.is_empty() {
                        out.push(Inline::Text(std::mem::take(&mut text)));
                    }
                    out.push(inline);
                    i = next;
                }
                None => {
                    text.push(c);
                    i += 1;
                }
            }
        }
        if !text.is_empty() {
            out.push(Inline::Text(text));
        }
        out
    }

    /// `` `code` ``: a run of n backticks up to the next run of exactly n.
    fn code_span(&self, i: usize, to: usize) -> Option<(Inline, usize)> {
        let to = to.min(i + INLINE_SCAN_CHARS_MAX);
        let n = self.run_len(i, '`', to);
        let mut j = i + n;
        while j < to {
            if self.at(j) == Some('`') {
                let m = self.run_len(j, '`', to);
                if m == n {
                    let inner = self.slice(i + n, j).replace('\n', " ");
                    let inner = match inner.strip_prefix(' ').and_then(|s| s.strip_suffix(' ')) {
                        Some(s) if !s.trim().is_empty() => s.to_string(),
                        _ => inner,
                    };
                    return Some((Inline::Code(inner), j + n));
                }
                j += m;
            } else {
                j += 1;
            }
        }
        None
    }

    fn run_len(&self, i: usize, c: char, to: usize) -> usize {
        (i..to).take_while(|&k| self.at(k) == Some(c)).count()
    }

    /// `**strong**` or `*emphasis*`: the opener must be followed, and the
    /// closer preceded, by a non-space character.
    fn emphasis(&self, i: usize, to: usize, depth: usize) -> Option<(Inline, usize)> {
        let n = if self.at(i + 1) == Some('*') { 2 } else { 1 };
        if self.at(i + n).is_none_or(char::is_whitespace) {
            return None;
        }
        let to = to.min(i + INLINE_SCAN_CHARS_MAX);
        let mut j = i + n + 1;
        while j + n <= to {
            let closes = (0..n).all(|k| self.at(j + k) == Some('*'))
                && self.at(j - 1).is_some_and(|c| !c.is_whitespace())
                && (n == 2 || self.at(j + 1) != Some('*'));
            if closes {
                let inner = self.read(i + n, j, depth + 1);
                let inline = if n == 2 {
                    Inline::Strong(inner)
                } else {
                    Inline::Emph(inner)
                };
                return Some((inline, j + n));
            }
            if self.at(j) == Some('`') {
                // Markers inside a code span do not close.
                j = self.code_span(j, to).map_or(j + 1, |(_, next)| next);
            } else {
                j += 1;
            }
        }
        None
    }

    /// `[text](https://…)`; other targets are left as text.
    fn link(&self, i: usize, to: usize, depth: usize) -> Option<(Inline, usize)> {
        let to = to.min(i + INLINE_SCAN_CHARS_MAX);
        let close = (i + 1..to).find(|&k| self.at(k) == Some(']'))?;
        if self.at(close + 1) != Some('(') {
            return None;
        }
        let end = (close + 2..to).find(|&k| self.at(k) == Some(')'))?;
        let href = self.slice(close + 2, end).trim().to_string();
        let safe = href.starts_with("https://") || href.starts_with("http://");
        if !safe || href.contains(char::is_whitespace) {
            return None;
        }
        let text = self.read(i + 1, close, depth + 1);
        Some((Inline::Link { href, text }, end + 1))
    }
}

/// Blocks as plain terminal text: inline code keeps its backticks, code
/// blocks are indented by four spaces, list items start with `- `.
pub fn plain(blocks: &[Block]) -> String {
    let mut out = String::new();
    for (n, block) in blocks.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        match block {
            Block::Para(inl) | Block::Heading(_, inl) => {
                out.push_str(&plain_inline(inl));
                out.push('\n');
            }
            Block::List { ordered, items } => {
                for (k, item) in items.iter().enumerate() {
                    let bullet = if *ordered {
                        format!("{}. ", k + 1)
                    } else {
                        "- ".into()
                    };
                    out.push_str(&bullet);
                    out.push_str(&plain_inline(item));
                    out.push('\n');
                }
            }
            Block::Code { text, .. } => {
                for line in text.lines() {
                    out.push_str("    ");
                    out.push_str(line);
                    out.push('\n');
                }
            }
        }
    }
    out
}

/// Inline runs as plain text (code keeps its backticks).
pub fn plain_inline(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text(t) => out.push_str(t),
            Inline::Code(c) => {
                out.push('`');
                out.push_str(c);
                out.push('`');
            }
            Inline::Strong(inner) | Inline::Emph(inner) | Inline::Link { text: inner, .. } => {
                out.push_str(&plain_inline(inner))
            }
        }
    }
    out
}

#[cfg(test)]
#[path = "markdown_tests.rs"]
mod tests;
