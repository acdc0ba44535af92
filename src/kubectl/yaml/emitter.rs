//! The block layout of `kubectl -o yaml`: Go yaml.v2's emitter state
//! (column, indent stack, "just wrote whitespace / indentation" flags)
//! reproduced for the shapes JSON values can take.
//!
//! Rules a learner sees: keys sorted (yaml.v2's natural order), a sequence
//! under a key starts at the key's own column (`- image: …`), empty maps and
//! lists print `{}` / `[]`, and long plain or quoted strings fold at the
//! first space past column 80. Scalar styles live in `scalar.rs`.

use serde_json::{Map, Value};

use super::keys::sorted_keys;
use super::scalar::{analyze, Style};

/// yaml.v2's preferred line width: scalars fold at a space past it.
pub(super) const BEST_WIDTH: usize = 80;
/// yaml.v2's indentation step.
pub(super) const BEST_INDENT: i32 = 2;
/// Keys longer than this (in bytes) use the explicit `? key` form.
const SIMPLE_KEY_BYTES_MAX: usize = 128;

/// Where a node is emitted; mirrors libyaml's context flags.
#[derive(Clone, Copy, Default)]
pub(super) struct Ctx {
    pub mapping: bool,
    pub simple_key: bool,
}

/// Emitter state, named as in libyaml so the rules can be compared.
pub(super) struct Emitter {
    pub out: String,
    pub column: usize,
    pub indent: i32,
    indents: Vec<i32>,
    /// The last character written was whitespace (or nothing yet).
    pub whitespace: bool,
    /// Only indentation has been written on the current line.
    pub indention: bool,
}

impl Emitter {
    pub fn new() -> Self {
        Emitter {
            out: String::new(),
            column: 0,
            indent: -1,
            indents: Vec::new(),
            whitespace: true,
            indention: true,
        }
    }

    /// One document: the node, then the line break that ends it.
    pub fn document(mut self, value: &Value) -> String {
        self.node(value, Ctx::default());
        self.write_indent();
        self.out
    }

    fn node(&mut self, value: &Value, ctx: Ctx) {
        match value {
            Value::Object(map) if map.is_empty() => self.flow_empty("{", "}"),
            Value::Array(items) if items.is_empty() => self.flow_empty("[", "]"),
            Value::Object(map) => self.block_mapping(map),
            Value::Array(items) => self.block_sequence(items, ctx),
            Value::String(s) => self.string(s, ctx),
            Value::Null => self.scalar("null", Style::Plain, ctx),
            Value::Bool(b) => self.scalar(if *b { "true" } else { "false" }, Style::Plain, ctx),
            Value::Number(n) => {
                let text = match n.as_i64() {
                    Some(i) => i.to_string(),
                    None => match n.as_u64() {
                        Some(u) => u.to_string(),
                        None => float_text(n.as_f64().unwrap_or(0.0)),
                    },
                };
                self.scalar(&text, Style::Plain, ctx);
            }
        }
    }

    fn flow_empty(&mut self, open: &str, close: &str) {
        self.write_indicator(open, true, true, false);
        self.write_indicator(close, false, false, false);
    }

    fn block_mapping(&mut self, map: &Map<String, Value>) {
        self.increase_indent(false, false);
        for key in sorted_keys(map) {
            let Some(value) = map.get(key) else { continue };
            self.write_indent();
            let probe = analyze(key);
            if !probe.multiline && key.len() <= SIMPLE_KEY_BYTES_MAX {
                let ctx = Ctx {
                    mapping: true,
                    simple_key: true,
                };
                self.string(key, ctx);
                self.write_indicator(":", false, false, false);
            } else {
                self.write_indicator("?", true, false, true);
                self.string(
                    key,
                    Ctx {
                        mapping: true,
                        simple_key: false,
                    },
                );
                self.write_indent();
                self.write_indicator(":", true, false, true);
            }
            self.node(
                value,
                Ctx {
                    mapping: true,
                    simple_key: false,
                },
            );
        }
        self.pop_indent();
    }

    fn block_sequence(&mut self, items: &[Value], ctx: Ctx) {
        // A sequence that is a mapping value is "indentless": its dashes
        // sit at the key's column.
        self.increase_indent(false, ctx.mapping && !self.indention);
        for item in items {
            self.write_indent();
            self.write_indicator("-", true, false, true);
            self.node(item, Ctx::default());
        }
        self.pop_indent();
    }

    pub fn increase_indent(&mut self, flow: bool, indentless: bool) {
        self.indents.push(self.indent);
        if self.indent < 0 {
            self.indent = if flow { BEST_INDENT } else { 0 };
        } else if !indentless {
            self.indent += BEST_INDENT;
        }
    }

    pub fn pop_indent(&mut self) {
        self.indent = self.indents.pop().unwrap_or(-1);
    }

    pub fn put(&mut self, c: char) {
        self.out.push(c);
        self.column += 1;
    }

    pub fn put_break(&mut self) {
        self.out.push('\n');
        self.column = 0;
    }

    /// Starts a new line at the current indent unless already there.
    pub fn write_indent(&mut self) {
        let indent = self.indent.max(0) as usize;
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.put_break();
        }
        while self.column < indent {
            self.put(' ');
        }
        self.whitespace = true;
        self.indention = true;
    }

    pub fn write_indicator(
        &mut self,
        indicator: &str,
        need_whitespace: bool,
        is_whitespace: bool,
        is_indention: bool,
    ) {
        if need_whitespace && !self.whitespace {
            self.put(' ');
        }
        for c in indicator.chars() {
            self.put(c);
        }
        self.whitespace = is_whitespace;
        self.indention = self.indention && is_indention;
    }
}

/// yaml.v2 writes floats with `FormatFloat(f, 'g', -1, 64)` and its own
/// spellings of the special values.
fn float_text(f: f64) -> String {
    if f.is_nan() {
        ".nan".to_string()
    } else if f == f64::INFINITY {
        ".inf".to_string()
    } else if f == f64::NEG_INFINITY {
        "-.inf".to_string()
    } else {
        crate::kubectl::gofmt::float_g(f)
    }
}
