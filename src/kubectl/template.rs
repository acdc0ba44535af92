//! Go's `text/template`, as `kubectl get -o go-template=…` runs it over an
//! object that went through JSON: field access, `index`, `range`, `if`/
//! `else`, `with`, variables, pipelines, `len`, `printf`, comparisons, and
//! Go's exact parse and execution error texts.
//!
//! Written here rather than taken from a crate: `gtmpl` (the one maintained
//! Rust port) added ~64 KB gzipped to the wasm bundle, printed maps in Rust's
//! debug syntax, iterated maps in random order and worded errors its own way.

mod ast;
mod exec;
mod fmt;
mod funcs;
mod lex;
mod parse;
mod value;

pub use exec::{EXEC_STEPS_MAX, OUTPUT_BYTES_MAX};
pub use fmt::{go_quote, go_unquote};
pub use lex::unicode_plus;
pub use parse::PARSE_DEPTH_MAX;

use serde_json::Value;

/// A parsed template, ready to run over any number of objects.
#[derive(Clone, Debug)]
pub struct Template {
    text: String,
    nodes: Vec<ast::Node>,
}

impl Template {
    /// Parses `text`; the error is Go's (`template: output:1: …`).
    pub fn parse(text: &str) -> Result<Template, String> {
        Ok(Template {
            text: text.to_string(),
            nodes: parse::parse(text)?,
        })
    }

    /// Runs the template over `data`; the error is Go's
    /// (`template: output:1:3: executing "output" at <…>: …`).
    pub fn execute(&self, data: &Value) -> Result<String, String> {
        exec::execute(&self.text, &self.nodes, data)
    }
}

/// `fmt.Sprintf("%+v", data)` of JSON data, as kubectl's template debug
/// output shows "object given to template engine".
pub fn go_print(data: &Value) -> String {
    fmt::print_value(&value::Val::C(data))
}
