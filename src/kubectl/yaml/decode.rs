//! One YAML document → a JSON value, the way `sigs.k8s.io/yaml.YAMLToJSON`
//! does it for kubectl: YAML 1.1 scalars (`yes` is true, `0x1F` is 31),
//! timestamps kept as strings, map keys turned into strings, duplicate keys
//! rejected, and errors worded like Go's yaml.v2 (`yaml: line 3: mapping
//! values are not allowed in this context`).
//!
//! Parsing itself is `yaml-rust2`'s event parser; this module only builds
//! values and translates its error messages into libyaml's words.

use serde_json::{Map, Number, Value};
use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::{Marker, ScanError, TScalarStyle};

use super::resolve::{resolve_plain, Resolved};

/// The most nodes one document may expand to (aliases included), so that
/// a "billion laughs" document is an error, not a hang.
pub const DOCUMENT_NODES_MAX: usize = 100_000;
/// The deepest nesting accepted.
pub const DOCUMENT_DEPTH_MAX: usize = 200;

/// A YAML error as kubectl shows it after `error converting YAML to JSON: `.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YamlError {
    /// 1-based line within the document, or 0 when unknown.
    pub line: usize,
    pub message: String,
    /// `unmarshal errors` (duplicate keys) are listed differently by Go.
    pub unmarshal: bool,
}

impl std::fmt::Display for YamlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.unmarshal {
            write!(
                f,
                "yaml: unmarshal errors:\n  line {}: {}",
                self.line, self.message
            )
        } else if self.line == 0 {
            write!(f, "yaml: {}", self.message)
        } else {
            write!(f, "yaml: line {}: {}", self.line, self.message)
        }
    }
}

/// A collection under construction.
enum Open {
    Seq(Vec<Value>, usize),
    Map(Map<String, Value>, Option<(String, usize)>, usize),
}

/// Decodes the first document of `text`; `Ok(None)` for an empty document.
pub fn decode_documents(text: &str) -> Result<Option<Value>, YamlError> {
    let mut parser = Parser::new_from_str(text);
    let mut builder = Builder::default();
    loop {
        let (event, mark) = parser.next_token().map_err(|e| scan_error(&e, text))?;
        match event {
            Event::StreamEnd | Event::DocumentEnd => break,
            Event::StreamStart | Event::DocumentStart | Event::Nothing => {}
            other => {
                if builder.event(other, mark)? {
                    break;
                }
            }
        }
    }
    Ok(builder.root)
}

#[derive(Default)]
struct Builder {
    stack: Vec<Open>,
    anchors: Vec<(usize, Value)>,
    root: Option<Value>,
    nodes: usize,
}

impl Builder {
    /// Feeds one event; returns true once the document's root is complete.
    fn event(&mut self, event: Event, mark: Marker) -> Result<bool, YamlError> {
        let value = match event {
            Event::SequenceStart(anchor, _) => {
                self.open(Open::Seq(Vec::new(), anchor), mark)?;
                return Ok(false);
            }
            Event::MappingStart(anchor, _) => {
                self.open(Open::Map(Map::new(), None, anchor), mark)?;
                return Ok(false);
            }
            Event::SequenceEnd | Event::MappingEnd => match self.stack.pop() {
                Some(Open::Seq(items, anchor)) => self.anchored(anchor, Value::Array(items)),
                Some(Open::Map(map, _, anchor)) => self.anchored(anchor, Value::Object(map)),
                None => return Ok(false),
            },
            Event::Scalar(text, style, anchor, tag) => {
                let forced_string = tag.is_some_and(|t| t.suffix == "str");
                let value = scalar_value(text, style == TScalarStyle::Plain && !forced_string);
                self.anchored(anchor, value)
            }
            Event::Alias(id) => {
                let found = self
                    .anchors
                    .iter()
                    .rev()
                    .find(|(a, _)| *a == id)
                    .map(|(_, v)| v.clone());
                let value = found.ok_or_else(|| error(mark.line(), "unknown anchor referenced"))?;
                self.count(node_count(&value), mark)?;
                value
            }
            _ => return Ok(false),
        };
        self.count(1, mark)?;
        self.place(value, mark)
    }

    fn open(&mut self, open: Open, mark: Marker) -> Result<(), YamlError> {
        if self.stack.len() >= DOCUMENT_DEPTH_MAX {
            return Err(error(mark.line(), "exceeded max depth of 200"));
        }
        self.stack.push(open);
        Ok(())
    }

    fn count(&mut self, n: usize, mark: Marker) -> Result<(), YamlError> {
        self.nodes = self.nodes.saturating_add(n);
        if self.nodes > DOCUMENT_NODES_MAX {
            return Err(error(mark.line(), "document contains excessive aliasing"));
        }
        Ok(())
    }

    fn anchored(&mut self, anchor: usize, value: Value) -> Value {
        if anchor != 0 {
            self.anchors.push((anchor, value.clone()));
        }
        value
    }

    /// Puts a finished node into its parent (or makes it the root).
    fn place(&mut self, value: Value, mark: Marker) -> Result<bool, YamlError> {
        match self.stack.last_mut() {
            None => {
                self.root = Some(value);
                return Ok(true);
            }
            Some(Open::Seq(items, _)) => items.push(value),
            Some(Open::Map(map, pending, _)) => match pending.take() {
                None => *pending = Some((key_text(&value, mark)?, mark.line())),
                Some((key, key_line)) => {
                    if map.contains_key(&key) {
                        return Err(YamlError {
                            line: key_line,
                            message: format!("key {key:?} already set in map"),
                            unmarshal: true,
                        });
                    }
                    map.insert(key, value);
                }
            },
        }
        Ok(false)
    }
}

/// JSON object keys are strings: yaml.v2 keys `1`, `true`, `null` become
/// `"1"`, `"true"`, `"null"`.
fn key_text(value: &Value, mark: Marker) -> Result<String, YamlError> {
    match value {
        Value::String(s) => Ok(s.clone()),
        Value::Null => Ok("null".to_string()),
        Value::Bool(b) => Ok(b.to_string()),
        Value::Number(n) => Ok(crate::kubectl::printers::json::number(n)),
        _ => Err(error(mark.line(), "invalid map key")),
    }
}

/// A scalar's JSON value; only plain scalars are resolved.
fn scalar_value(text: String, plain: bool) -> Value {
    if !plain {
        return Value::String(text);
    }
    match resolve_plain(&text) {
        Resolved::Null => Value::Null,
        Resolved::Bool(b) => Value::Bool(b),
        Resolved::Int(i) => Value::Number(i.into()),
        Resolved::Uint(u) => Value::Number(u.into()),
        // The JSON round trip turns whole floats into integers (`3.0` → 3).
        Resolved::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => {
            Value::Number((f as i64).into())
        }
        Resolved::Float(f) => Number::from_f64(f).map_or(Value::Null, Value::Number),
        Resolved::Timestamp | Resolved::Merge | Resolved::Str => Value::String(text),
    }
}

fn node_count(value: &Value) -> usize {
    match value {
        Value::Array(items) => 1 + items.iter().map(node_count).sum::<usize>(),
        Value::Object(map) => 1 + map.values().map(node_count).sum::<usize>(),
        _ => 1,
    }
}

fn error(line: usize, message: &str) -> YamlError {
    YamlError {
        line,
        message: message.to_string(),
        unmarshal: false,
    }
}

/// Translates yaml-rust2's wording into the libyaml problem text that
/// go-yaml prints, with go-yaml's line numbering: scanner errors name the
/// 1-based line, parser errors (`did not find expected …`) the line before.
fn scan_error(e: &ScanError, text: &str) -> YamlError {
    let (problem, parser_error) = libyaml_problem(e.info());
    let line = if problem == "found unexpected end of stream" {
        // libyaml reports the end of the stream, yaml-rust2 the start of
        // the unfinished token.
        text.matches('\n').count() + 1
    } else if parser_error {
        e.marker().line().saturating_sub(1)
    } else {
        e.marker().line()
    };
    error(line, &problem)
}

fn libyaml_problem(info: &str) -> (String, bool) {
    // yaml-rust2 prefixes libyaml's context ("while parsing a block
    // mapping, did not find expected key"); go-yaml prints the problem only.
    let problem = info.split_once(", ").map_or(info, |(context, rest)| {
        if context.starts_with("while ") {
            rest
        } else {
            info
        }
    });
    let translated = match problem {
        p if p.contains("tab") => "found character that cannot start any token",
        "did not find expected next token" | "unexpected character" => {
            "found character that cannot start any token"
        }
        "unexpected eof" => "found unexpected end of stream",
        "simple key expect ':'" | "simple key expected" => "could not find expected ':'",
        "invalid indentation" => "did not find expected key",
        p => p,
    };
    let parser_error = translated.starts_with("did not find expected");
    (translated.to_string(), parser_error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn decode(text: &str) -> Value {
        decode_documents(text).unwrap().unwrap()
    }

    fn fail(text: &str) -> String {
        decode_documents(text).unwrap_err().to_string()
    }

    #[test]
    fn manifest_values_resolve_like_yaml_v2() {
        let text = "apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 3\n  paused: no\n  x: \"3\"\n  z: 1.0\n  t: 2026-01-02\n  list:\n    - a\n    - 'b'\n  block: |\n    line1\n    line2\n";
        assert_eq!(
            decode(text),
            json!({"apiVersion": "apps/v1", "kind": "Deployment", "spec": {"replicas": 3, "paused": false, "x": "3", "z": 1, "t": "2026-01-02", "list": ["a", "b"], "block": "line1\nline2\n"}})
        );
    }

    #[test]
    fn anchors_tags_and_keys() {
        assert_eq!(
            decode("a: &x {k: v}\nb: *x\n1: one\ntrue: t\nc: !!str 12\n"),
            json!({"a": {"k": "v"}, "b": {"k": "v"}, "1": "one", "true": "t", "c": "12"})
        );
    }

    #[test]
    fn empty_documents_are_none() {
        assert_eq!(decode_documents("# only a comment\n").unwrap(), None);
        assert_eq!(decode_documents("").unwrap(), None);
    }

    #[test]
    fn errors_use_go_yaml_words_and_lines() {
        assert_eq!(
            fail("metadata:\n  name: x\n  labels: a: b\n"),
            "yaml: line 3: mapping values are not allowed in this context"
        );
        assert_eq!(
            fail("a: b\nc: d\nc: e\n"),
            "yaml: unmarshal errors:\n  line 3: key \"c\" already set in map"
        );
        assert_eq!(
            fail("a: \"unclosed\n"),
            "yaml: line 2: found unexpected end of stream"
        );
        assert!(fail("a:\n\tb: c\n").ends_with("found character that cannot start any token"));
    }

    #[test]
    fn alias_bombs_are_refused() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..8 {
            let prev = i - 1;
            text.push_str(&format!("a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"));
        }
        assert!(fail(&text).contains("excessive aliasing"));
    }
}
