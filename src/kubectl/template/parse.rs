//! The parser of Go's `text/template`, following `parse.go` step by step
//! so that errors carry Go's words and line numbers
//! (`template: output:1: function "foo" not defined`).
//!
//! `{{define}}`, `{{template}}` and `{{block}}` are not supported (kubectl
//! users pass one inline template); they are reported as unexpected.

use super::ast::{Arg, Branch, Command, Node, Number, Pipe};
use super::lex::{lex, Item, Kind};

/// The name kubectl gives its template; it appears in every error.
pub const TEMPLATE_NAME: &str = "output";
/// Deepest nesting of control structures and parentheses accepted.
pub const PARSE_DEPTH_MAX: usize = 100;

/// Functions kubectl's templates know: Go's builtins plus kubectl's own.
pub const FUNCTIONS: &[&str] = &[
    "and",
    "call",
    "html",
    "index",
    "slice",
    "js",
    "len",
    "not",
    "or",
    "print",
    "printf",
    "println",
    "urlquery",
    "eq",
    "ge",
    "gt",
    "le",
    "lt",
    "ne",
    "exists",
    "base64decode",
];

pub fn parse(text: &str) -> Result<Vec<Node>, String> {
    let mut p = Parser {
        items: lex(text),
        at: 0,
        vars: vec!["$".to_string()],
        range_depth: 0,
        depth: 0,
    };
    p.parse_body()
}

struct Parser {
    items: Vec<Item>,
    at: usize,
    vars: Vec<String>,
    range_depth: usize,
    depth: usize,
}

/// Where an item list stopped: at `{{end}}`, `{{else}}` or end of input.
enum Stop {
    End,
    Else,
    Eof,
}

type Parsed<T> = Result<T, String>;

impl Parser {
    fn next(&mut self) -> Item {
        let item = self.peek();
        if self.at < self.items.len() {
            self.at += 1;
        }
        item
    }

    fn peek(&self) -> Item {
        self.items
            .get(self.at)
            .or(self.items.last())
            .cloned()
            .unwrap_or(Item {
                kind: Kind::Eof,
                pos: 0,
                val: String::new(),
                line: 1,
            })
    }

    fn backup(&mut self) {
        self.at = self.at.saturating_sub(1);
    }

    fn next_non_space(&mut self) -> Item {
        loop {
            let item = self.next();
            if item.kind != Kind::Space {
                return item;
            }
        }
    }

    fn peek_non_space(&mut self) -> Item {
        let item = self.next_non_space();
        self.backup();
        item
    }

    /// Go's `errorf`: the line is that of the current token.
    fn error<T>(&self, message: String) -> Parsed<T> {
        let line = self
            .items
            .get(self.at.saturating_sub(1))
            .map_or(1, |i| i.line);
        Err(format!("template: {TEMPLATE_NAME}:{line}: {message}"))
    }

    fn unexpected<T>(&self, item: &Item, context: &str) -> Parsed<T> {
        if item.kind == Kind::Error {
            return self.error(item.val.clone());
        }
        self.error(format!("unexpected {item} in {context}"))
    }

    fn expect(&mut self, kind: Kind, context: &str) -> Parsed<Item> {
        let item = self.next_non_space();
        if item.kind != kind {
            return self.unexpected(&item, context);
        }
        Ok(item)
    }

    fn parse_body(&mut self) -> Parsed<Vec<Node>> {
        let (list, stop) = self.item_list()?;
        match stop {
            Stop::Eof => Ok(list),
            Stop::End => self.error("unexpected {{end}}".into()),
            Stop::Else => self.error("unexpected {{else}}".into()),
        }
    }

    fn item_list(&mut self) -> Parsed<(Vec<Node>, Stop)> {
        let mut list = Vec::new();
        loop {
            if self.peek_non_space().kind == Kind::Eof {
                return Ok((list, Stop::Eof));
            }
            match self.text_or_action()? {
                Step::Node(node) => list.push(node),
                Step::End => return Ok((list, Stop::End)),
                Step::Else => return Ok((list, Stop::Else)),
            }
        }
    }

    fn text_or_action(&mut self) -> Parsed<Step> {
        let item = self.next_non_space();
        match item.kind {
            Kind::Text => Ok(Step::Node(Node::Text(item.val))),
            Kind::LeftDelim => self.action(),
            _ => self.unexpected(&item, "input"),
        }
    }

    fn action(&mut self) -> Parsed<Step> {
        let item = self.next_non_space();
        match item.kind {
            Kind::Else => return self.else_control(),
            Kind::End => {
                self.expect(Kind::RightDelim, "end")?;
                return Ok(Step::End);
            }
            Kind::If => return Ok(Step::Node(Node::If(self.control("if")?))),
            Kind::Range => return Ok(Step::Node(Node::Range(self.control("range")?))),
            Kind::With => return Ok(Step::Node(Node::With(self.control("with")?))),
            Kind::Break | Kind::Continue => return self.loop_control(&item),
            Kind::Block | Kind::Define | Kind::Template => {
                return self.unexpected(&item, "command")
            }
            _ => {}
        }
        self.backup();
        Ok(Step::Node(Node::Action(
            self.pipeline("command", Kind::RightDelim)?,
        )))
    }

    fn loop_control(&mut self, item: &Item) -> Parsed<Step> {
        let word = if item.kind == Kind::Break {
            "break"
        } else {
            "continue"
        };
        let next = self.next_non_space();
        if next.kind != Kind::RightDelim {
            return self.unexpected(&next, &format!("{{{{{word}}}}}"));
        }
        if self.range_depth == 0 {
            return self.error(format!("{{{{{word}}}}} outside {{{{range}}}}"));
        }
        Ok(Step::Node(if item.kind == Kind::Break {
            Node::Break
        } else {
            Node::Continue
        }))
    }

    fn else_control(&mut self) -> Parsed<Step> {
        let peek = self.peek_non_space();
        // "{{else if …}}" and "{{else with …}}" are "{{else}}{{if …}}".
        if matches!(peek.kind, Kind::If | Kind::With) {
            return Ok(Step::Else);
        }
        self.expect(Kind::RightDelim, "else")?;
        Ok(Step::Else)
    }

    fn control(&mut self, context: &str) -> Parsed<Branch> {
        self.depth += 1;
        if self.depth > PARSE_DEPTH_MAX {
            return self.error(format!("max nesting depth ({PARSE_DEPTH_MAX}) exceeded"));
        }
        let vars = self.vars.len();
        let pipe = self.pipeline(context, Kind::RightDelim)?;
        if context == "range" {
            self.range_depth += 1;
        }
        let (list, stop) = self.item_list()?;
        if context == "range" {
            self.range_depth -= 1;
        }
        let else_list = match stop {
            Stop::Eof => return self.error("unexpected EOF".into()),
            Stop::End => None,
            Stop::Else => Some(self.else_body(context)?),
        };
        self.vars.truncate(vars);
        self.depth -= 1;
        Ok(Branch {
            pipe,
            list,
            else_list,
        })
    }

    fn else_body(&mut self, context: &str) -> Parsed<Vec<Node>> {
        let chained = (context == "if" && self.peek_non_space().kind == Kind::If)
            || (context == "with" && self.peek_non_space().kind == Kind::With);
        if chained {
            self.next_non_space();
            let inner = self.control(context)?;
            // Only one {{end}} closes the whole chain.
            return Ok(vec![if context == "if" {
                Node::If(inner)
            } else {
                Node::With(inner)
            }]);
        }
        let (list, stop) = self.item_list()?;
        match stop {
            Stop::End => Ok(list),
            Stop::Else => self.error("expected end; found {{else}}".into()),
            Stop::Eof => self.error("unexpected EOF".into()),
        }
    }

    fn pipeline(&mut self, context: &str, end: Kind) -> Parsed<Pipe> {
        let start = self.peek_non_space();
        let mut pipe = Pipe {
            pos: start.pos,
            is_assign: false,
            decl: Vec::new(),
            cmds: Vec::new(),
        };
        self.declarations(&mut pipe, context)?;
        loop {
            let item = self.next_non_space();
            match item.kind {
                k if k == end => {
                    self.check_pipeline(&pipe, context)?;
                    return Ok(pipe);
                }
                Kind::Bool
                | Kind::CharConstant
                | Kind::Dot
                | Kind::Field
                | Kind::Identifier
                | Kind::Number
                | Kind::Nil
                | Kind::RawString
                | Kind::String
                | Kind::Variable
                | Kind::LeftParen => {
                    self.backup();
                    let cmd = self.command()?;
                    pipe.cmds.push(cmd);
                }
                _ => return self.unexpected(&item, context),
            }
        }
    }

    fn declarations(&mut self, pipe: &mut Pipe, context: &str) -> Parsed<()> {
        loop {
            let v = self.peek_non_space();
            if v.kind != Kind::Variable {
                return Ok(());
            }
            let at_variable = self.at;
            self.next_non_space();
            let next = self.peek_non_space();
            match next.kind {
                Kind::Assign | Kind::Declare => {
                    pipe.is_assign = next.kind == Kind::Assign;
                    self.next_non_space();
                    if pipe.is_assign && !self.vars.contains(&v.val) {
                        return self.error(format!("undefined variable {:?}", v.val));
                    }
                    pipe.decl.push(v.val.clone());
                    self.vars.push(v.val);
                    return Ok(());
                }
                Kind::Char if next.val == "," => {
                    self.next_non_space();
                    pipe.decl.push(v.val.clone());
                    self.vars.push(v.val);
                    if context == "range" && pipe.decl.len() < 2 {
                        match self.peek_non_space().kind {
                            Kind::Variable | Kind::RightDelim | Kind::RightParen => continue,
                            _ => return self.error("range can only initialize variables".into()),
                        }
                    }
                    return self.error(format!("too many declarations in {context}"));
                }
                _ => {
                    // Not a declaration: put the variable back.
                    self.at = at_variable;
                    return Ok(());
                }
            }
        }
    }

    fn check_pipeline(&self, pipe: &Pipe, context: &str) -> Parsed<()> {
        if pipe.cmds.is_empty() {
            return self.error(format!("missing value for {context}"));
        }
        for (i, cmd) in pipe.cmds.iter().enumerate().skip(1) {
            if matches!(
                cmd.args.first(),
                Some(
                    Arg::Bool(..)
                        | Arg::Dot(_)
                        | Arg::Nil(_)
                        | Arg::Number { .. }
                        | Arg::Str { .. }
                )
            ) {
                return self.error(format!(
                    "non executable command in pipeline stage {}",
                    i + 1
                ));
            }
        }
        Ok(())
    }

    fn command(&mut self) -> Parsed<Command> {
        let mut cmd = Command {
            pos: self.peek_non_space().pos,
            args: Vec::new(),
        };
        loop {
            self.peek_non_space();
            if let Some(operand) = self.operand()? {
                cmd.args.push(operand);
            }
            let item = self.next();
            match item.kind {
                Kind::Space => continue,
                Kind::RightDelim | Kind::RightParen => self.backup(),
                Kind::Pipe => {}
                _ => return self.unexpected(&item, "operand"),
            }
            break;
        }
        if cmd.args.is_empty() {
            return self.error("empty command".into());
        }
        Ok(cmd)
    }

    fn operand(&mut self) -> Parsed<Option<Arg>> {
        let Some(node) = self.term()? else {
            return Ok(None);
        };
        if self.peek().kind != Kind::Field {
            return Ok(Some(node));
        }
        let pos = self.peek().pos;
        let mut fields = Vec::new();
        while self.peek().kind == Kind::Field {
            let item = self.next();
            fields.push(item.val.trim_start_matches('.').to_string());
        }
        Ok(Some(match node {
            Arg::Field { pos, mut idents } => {
                idents.extend(fields);
                Arg::Field { pos, idents }
            }
            Arg::Variable { pos, mut idents } => {
                idents.extend(fields);
                Arg::Variable { pos, idents }
            }
            Arg::Bool(..) | Arg::Str { .. } | Arg::Number { .. } | Arg::Nil(_) | Arg::Dot(_) => {
                return self.error(format!("unexpected . after term {:?}", node.to_string()));
            }
            other => Arg::Chain {
                pos,
                node: Box::new(other),
                fields,
            },
        }))
    }

    fn term(&mut self) -> Parsed<Option<Arg>> {
        let item = self.next_non_space();
        let arg = match item.kind {
            Kind::Identifier => {
                if !FUNCTIONS.contains(&item.val.as_str()) {
                    return self.error(format!("function {:?} not defined", item.val));
                }
                Arg::Ident {
                    pos: item.pos,
                    name: item.val,
                }
            }
            Kind::Dot => Arg::Dot(item.pos),
            Kind::Nil => Arg::Nil(item.pos),
            Kind::Variable => self.variable(&item)?,
            Kind::Field => Arg::Field {
                pos: item.pos,
                idents: vec![item.val.trim_start_matches('.').to_string()],
            },
            Kind::Bool => Arg::Bool(item.pos, item.val == "true"),
            Kind::CharConstant | Kind::Number => self.number(&item)?,
            Kind::LeftParen => {
                self.depth += 1;
                if self.depth > PARSE_DEPTH_MAX {
                    return self.error(format!("max nesting depth ({PARSE_DEPTH_MAX}) exceeded"));
                }
                let pipe = self.pipeline("parenthesized pipeline", Kind::RightParen)?;
                self.depth -= 1;
                Arg::Pipe(Box::new(pipe))
            }
            Kind::String | Kind::RawString => match super::fmt::go_unquote(&item.val) {
                Some(text) => Arg::Str {
                    pos: item.pos,
                    quoted: item.val,
                    text,
                },
                None => return self.error(format!("invalid syntax: {}", item.val)),
            },
            _ => {
                self.backup();
                return Ok(None);
            }
        };
        Ok(Some(arg))
    }

    fn variable(&self, item: &Item) -> Parsed<Arg> {
        if !self.vars.contains(&item.val) {
            return self.error(format!("undefined variable {:?}", item.val));
        }
        Ok(Arg::Variable {
            pos: item.pos,
            idents: vec![item.val.clone()],
        })
    }

    fn number(&self, item: &Item) -> Parsed<Arg> {
        let value = if item.kind == Kind::CharConstant {
            super::fmt::go_unquote(&item.val).and_then(|s| {
                let mut chars = s.chars();
                let c = chars.next()?;
                chars
                    .next()
                    .is_none()
                    .then_some(Number::Int(i64::from(u32::from(c))))
            })
        } else {
            parse_number(&item.val)
        };
        match value {
            Some(value) => Ok(Arg::Number {
                pos: item.pos,
                text: item.val.clone(),
                value,
            }),
            None if item.kind == Kind::CharConstant => {
                self.error(format!("malformed character constant: {}", item.val))
            }
            None => self.error(format!("illegal number syntax: {:?}", item.val)),
        }
    }
}

enum Step {
    Node(Node),
    End,
    Else,
}

/// Go's number constant rules: ints in any base-0 syntax, else floats.
fn parse_number(text: &str) -> Option<Number> {
    let clean = text.replace('_', "");
    let (negative, body) = match clean.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, clean.strip_prefix('+').unwrap_or(&clean)),
    };
    let lower = body.to_ascii_lowercase();
    let radix = |prefix: &str, base: u32| {
        lower
            .strip_prefix(prefix)
            .and_then(|d| i64::from_str_radix(d, base).ok())
    };
    let int = radix("0x", 16)
        .or_else(|| radix("0o", 8))
        .or_else(|| radix("0b", 2))
        .or_else(|| {
            if body.len() > 1 && body.starts_with('0') && body.bytes().all(|b| b.is_ascii_digit()) {
                body.get(1..).and_then(|d| i64::from_str_radix(d, 8).ok())
            } else if body.bytes().all(|b| b.is_ascii_digit()) {
                body.parse().ok()
            } else {
                None
            }
        });
    if let Some(i) = int {
        return Some(Number::Int(if negative { -i } else { i }));
    }
    if lower.starts_with("0x") || lower.ends_with('i') {
        return None;
    }
    let f: f64 = body.parse().ok()?;
    Some(Number::Float(if negative { -f } else { f }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        parse(text).unwrap_err()
    }

    #[test]
    fn parses_the_tutorial_templates() {
        assert!(parse("{{(index .spec.ports 0).nodePort}}").is_ok());
        assert!(parse(r#"{{range .items}}{{.metadata.name}}{{"\n"}}{{end}}"#).is_ok());
        assert!(parse(r#"{{range $i, $e := .items}}{{if eq $i 0}}x{{else if gt $i 2}}y{{else}}z{{end}}{{end}}"#).is_ok());
        assert!(parse(
            "{{with .spec}}{{.replicas}}{{end}} {{- /* note */ -}} {{.x | printf \"%v\"}}"
        )
        .is_ok());
    }

    #[test]
    fn errors_match_go() {
        assert_eq!(
            err("{{.spec.ports[0]}}"),
            "template: output:1: bad character U+005B '['"
        );
        assert_eq!(
            err("{{foo .x}}"),
            "template: output:1: function \"foo\" not defined"
        );
        assert_eq!(
            err("{{range .items}}"),
            "template: output:1: unexpected EOF"
        );
        assert_eq!(err("a\n{{end}}"), "template: output:2: unexpected {{end}}");
        assert_eq!(err("{{}}"), "template: output:1: missing value for command");
        assert_eq!(
            err("{{$x}}"),
            "template: output:1: undefined variable \"$x\""
        );
        assert_eq!(err("{{.a"), "template: output:1: unclosed action");
        assert_eq!(
            err("{{.a | 3}}"),
            "template: output:1: non executable command in pipeline stage 2"
        );
        assert_eq!(
            err("{{break}}"),
            "template: output:1: {{break}} outside {{range}}"
        );
    }

    #[test]
    fn numbers_are_typed_like_go_constants() {
        assert_eq!(parse_number("30820"), Some(Number::Int(30820)));
        assert_eq!(parse_number("0x1F"), Some(Number::Int(31)));
        assert_eq!(parse_number("-1.5"), Some(Number::Float(-1.5)));
        assert_eq!(parse_number("1e3"), Some(Number::Float(1000.0)));
        assert_eq!(parse_number("1i"), None);
    }
}
