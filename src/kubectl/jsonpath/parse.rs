//! The parser of kubectl's JSONPath dialect (client-go `util/jsonpath`):
//! text with `{…}` actions holding fields, `[i]`, `[a:b:c]`, `[*]`, unions
//! `[a,b]`, filters `[?(@.x=="y")]`, `..` recursion, quoted text and the
//! `range` / `end` keywords. Error texts are client-go's.

/// A node of a parsed template.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Text(String),
    /// One `{…}` action (or a union member / filter operand).
    List(Vec<Node>),
    Field(String),
    Wildcard,
    Recursive,
    /// `[start:end:step]`; each bound may be absent.
    Array([Param; 3]),
    Filter {
        left: Vec<Node>,
        op: String,
        right: Vec<Node>,
    },
    Union(Vec<Vec<Node>>),
    Identifier(String),
    Int(i64),
    Float(f64),
    Bool(bool),
}

/// One slice bound, as client-go's `ParamsEntry`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Param {
    pub value: i64,
    pub known: bool,
    /// `[i]` is `[i:i+1]`: the end is derived from the start.
    pub derived: bool,
}

/// Deepest nesting of unions and filters accepted.
pub const JSONPATH_DEPTH_MAX: usize = 50;

pub fn parse(text: &str) -> Result<Vec<Node>, String> {
    Parser {
        input: text,
        pos: 0,
        depth: 0,
    }
    .parse_text()
}

struct Parser<'a> {
    input: &'a str,
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn rest(&self) -> &str {
        self.input.get(self.pos..).unwrap_or("")
    }

    fn next(&mut self) -> Option<char> {
        let c = self.rest().chars().next()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn parse_text(&mut self) -> Result<Vec<Node>, String> {
        let mut nodes = Vec::new();
        while !self.rest().is_empty() {
            match self.rest().find('{') {
                Some(0) => {
                    self.pos += 1;
                    nodes.push(Node::List(self.parse_action()?));
                }
                Some(at) => {
                    nodes.push(Node::Text(self.rest().get(..at).unwrap_or("").to_string()));
                    self.pos += at;
                }
                None => {
                    nodes.push(Node::Text(self.rest().to_string()));
                    self.pos = self.input.len();
                }
            }
        }
        Ok(nodes)
    }

    /// Parses the inside of `{…}` up to and including the `}`.
    fn parse_action(&mut self) -> Result<Vec<Node>, String> {
        let mut cur = Vec::new();
        loop {
            let rest = self.rest();
            if rest.starts_with('}') {
                self.pos += 1;
                return Ok(cur);
            }
            if rest.starts_with("[?(") {
                cur.push(self.parse_filter()?);
                continue;
            }
            if rest.starts_with("..") {
                if cur.last() == Some(&Node::Recursive) {
                    return Err("invalid multiple recursive descent".into());
                }
                self.pos += 2;
                cur.push(Node::Recursive);
                if self.peek().is_some_and(is_alphanumeric) {
                    cur.push(self.parse_field());
                }
                continue;
            }
            match self.next() {
                None | Some('\r' | '\n') => return Err("unclosed action".into()),
                Some(' ' | '@' | '$') => {}
                Some('[') => cur.push(self.parse_array()?),
                Some(q @ ('"' | '\'')) => cur.push(Node::Text(self.parse_quote(q)?)),
                Some('.') => cur.push(self.parse_field()),
                Some(c) if c == '+' || c == '-' || c.is_ascii_digit() => {
                    self.pos -= c.len_utf8();
                    cur.push(self.parse_number()?);
                }
                Some(c) if is_alphanumeric(c) => {
                    self.pos -= c.len_utf8();
                    cur.push(self.parse_identifier());
                }
                Some(c) => {
                    return Err(format!(
                        "unrecognized character in action: {}",
                        crate::kubectl::template::unicode_plus(c)
                    ))
                }
            }
        }
    }

    fn parse_identifier(&mut self) -> Node {
        let start = self.pos;
        while self.peek().is_some_and(|c| !is_terminator(c)) {
            self.next();
        }
        let word = self.input.get(start..self.pos).unwrap_or("");
        match word {
            "true" => Node::Bool(true),
            "false" => Node::Bool(false),
            _ => Node::Identifier(word.to_string()),
        }
    }

    /// After a `.`: a field name (backslash escapes a terminator) or `*`.
    fn parse_field(&mut self) -> Node {
        let mut name = String::new();
        while let Some(c) = self.peek() {
            if c == '\\' {
                self.next();
                if let Some(escaped) = self.next() {
                    name.push(escaped);
                }
                continue;
            }
            if is_terminator(c) {
                break;
            }
            name.push(c);
            self.next();
        }
        if name == "*" {
            Node::Wildcard
        } else {
            Node::Field(name)
        }
    }

    fn parse_number(&mut self) -> Result<Node, String> {
        let start = self.pos;
        if matches!(self.peek(), Some('+' | '-')) {
            self.next();
        }
        while self.peek().is_some_and(|c| c == '.' || c.is_ascii_digit()) {
            self.next();
        }
        let text = self.input.get(start..self.pos).unwrap_or("");
        if let Ok(i) = text.parse::<i64>() {
            return Ok(Node::Int(i));
        }
        text.parse::<f64>()
            .map(Node::Float)
            .map_err(|_| format!("cannot parse number {text}"))
    }

    fn parse_array(&mut self) -> Result<Node, String> {
        let start = self.pos;
        loop {
            match self.next() {
                None | Some('\n') => return Err("unterminated array".into()),
                Some(']') => break,
                Some(_) => {}
            }
        }
        let inner = self.input.get(start..self.pos - 1).unwrap_or("");
        let inner = if inner == "*" { ":" } else { inner };
        let parts: Vec<&str> = inner.split(',').collect();
        if parts.len() > 1 {
            return self.union(&parts);
        }
        if let Some(key) = inner
            .strip_prefix('\'')
            .and_then(|k| k.strip_suffix('\''))
            .filter(|k| !k.contains('\''))
        {
            return Ok(Node::List(self.sub_action(&format!(".{key}"))?));
        }
        slice_params(inner).map(Node::Array)
    }

    fn union(&mut self, parts: &[&str]) -> Result<Node, String> {
        let mut members = Vec::new();
        for part in parts {
            members.push(self.sub_action(&format!("[{}]", part.trim_matches(' ')))?);
        }
        Ok(Node::Union(members))
    }

    /// Parses `text` as if it were the inside of its own `{…}` action.
    fn sub_action(&self, text: &str) -> Result<Vec<Node>, String> {
        if self.depth >= JSONPATH_DEPTH_MAX {
            return Err("jsonpath nesting is too deep".into());
        }
        let wrapped = format!("{text}}}");
        let mut sub = Parser {
            input: &wrapped,
            pos: 0,
            depth: self.depth + 1,
        };
        let nodes = sub.parse_action()?;
        if !sub.rest().is_empty() {
            return Err(format!("invalid array index {text}"));
        }
        Ok(nodes)
    }

    fn parse_filter(&mut self) -> Result<Node, String> {
        self.pos += 3;
        let start = self.pos;
        let (mut begin, mut end) = (false, false);
        let mut pair = '"';
        let mut prev = ' ';
        loop {
            let Some(c) = self.next() else {
                return Err("unterminated filter".into());
            };
            match c {
                '\n' => return Err("unterminated filter".into()),
                '"' | '\'' if !begin => {
                    begin = true;
                    pair = c;
                }
                c if (c == '"' || c == '\'') && c == pair && prev != '\\' => end = true,
                ')' if begin == end => break,
                _ => {}
            }
            prev = c;
        }
        if self.next() != Some(']') {
            return Err("unclosed array expect ]".into());
        }
        let text = self.input.get(start..self.pos - 2).unwrap_or("");
        match split_comparison(text) {
            None => Ok(Node::Filter {
                left: self.sub_action(text)?,
                op: "exists".into(),
                right: Vec::new(),
            }),
            Some((left, op, right)) => Ok(Node::Filter {
                left: self.sub_action(left)?,
                op: op.to_string(),
                right: self.sub_action(right)?,
            }),
        }
    }

    fn parse_quote(&mut self, quote: char) -> Result<String, String> {
        let start = self.pos - 1;
        let mut prev = quote;
        loop {
            match self.next() {
                None | Some('\n') => return Err("unterminated quoted string".into()),
                Some(c) if c == quote && prev != '\\' => break,
                Some(c) => prev = c,
            }
        }
        let raw = self.input.get(start..self.pos).unwrap_or("");
        crate::kubectl::template::go_unquote(raw)
            .ok_or_else(|| format!("unquote string {raw} error invalid syntax"))
    }
}

/// client-go's `^([^!<>=]+)([!<>=]+)(.+?)$` on a filter's text.
fn split_comparison(text: &str) -> Option<(&str, &str, &str)> {
    let op_start = text.find(['!', '<', '>', '='])?;
    if op_start == 0 {
        return None;
    }
    let after = text.get(op_start..)?;
    let op_len = after
        .find(|c: char| !matches!(c, '!' | '<' | '>' | '='))
        .unwrap_or(after.len());
    let (op, right) = after.split_at(op_len);
    if right.is_empty() {
        return None;
    }
    Some((text.get(..op_start)?, op, right))
}

/// `[i]`, `[a:b]`, `[a:b:c]` and their empty bounds.
fn slice_params(text: &str) -> Result<[Param; 3], String> {
    let parts: Vec<&str> = text.split(':').collect();
    let valid = parts.len() <= 3
        && parts.iter().all(|p| {
            p.strip_prefix('-')
                .unwrap_or(p)
                .bytes()
                .all(|b| b.is_ascii_digit())
        });
    if !valid {
        return Err(format!("invalid array index {text}"));
    }
    let mut params = [Param::default(); 3];
    for (i, slot) in params.iter_mut().enumerate() {
        match parts.get(i) {
            Some(p) if !p.is_empty() => {
                slot.known = true;
                slot.value = p
                    .parse()
                    .map_err(|_| format!("array index {p} is not a number"))?;
            }
            Some(_) => {}
            None if i == 1 => {
                let start = parts
                    .first()
                    .and_then(|p| p.parse::<i64>().ok())
                    .unwrap_or(0);
                *slot = Param {
                    value: start.saturating_add(1),
                    known: true,
                    derived: true,
                };
            }
            None => {}
        }
    }
    Ok(params)
}

fn is_terminator(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\r' | '\n' | '.' | ',' | '[' | ']' | '$' | '@' | '{' | '}'
    )
}

fn is_alphanumeric(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_kubectl_expressions() {
        assert_eq!(
            parse("{.items[*].metadata.name}").unwrap(),
            vec![Node::List(vec![
                Node::Field("items".into()),
                Node::Array([Param::default(); 3]),
                Node::Field("metadata".into()),
                Node::Field("name".into()),
            ])]
        );
        assert!(parse(r#"{range .items[*]}{.metadata.name}{"\n"}{end}"#).is_ok());
        assert!(parse(r#"{.status.conditions[?(@.type=="Ready")].status}"#).is_ok());
        assert!(parse("{.spec.template.spec.containers[0].image}").is_ok());
        assert!(parse("{.metadata.labels['app\\.kubernetes\\.io/name']}").is_ok());
        assert!(parse("{.items[0,1].metadata.name}").is_ok());
    }

    #[test]
    fn errors_use_client_go_words() {
        assert_eq!(parse("{.items[0}").unwrap_err(), "unterminated array");
        assert_eq!(parse("{.a").unwrap_err(), "unclosed action");
        assert_eq!(parse("{.items[x]}").unwrap_err(), "invalid array index x");
        assert_eq!(
            parse("{#}").unwrap_err(),
            "unrecognized character in action: U+0023 '#'"
        );
    }
}
