//! The parse tree of a Go template, with Go's `String()` rendering of each
//! node, which execution errors quote (`executing "output" at <index
//! .spec.ports0>: …`).

use std::fmt;

/// A node of a template body.
#[derive(Clone, Debug)]
pub enum Node {
    Text(String),
    Action(Pipe),
    If(Branch),
    Range(Branch),
    With(Branch),
    Break,
    Continue,
}

/// `{{if}}`, `{{range}}` and `{{with}}`: a pipeline, a body, an else body.
#[derive(Clone, Debug)]
pub struct Branch {
    pub pipe: Pipe,
    pub list: Vec<Node>,
    pub else_list: Option<Vec<Node>>,
}

/// A pipeline, possibly declaring or assigning variables.
#[derive(Clone, Debug)]
pub struct Pipe {
    pub pos: usize,
    pub is_assign: bool,
    pub decl: Vec<String>,
    pub cmds: Vec<Command>,
}

/// One stage of a pipeline: an operand or a function call with arguments.
#[derive(Clone, Debug)]
pub struct Command {
    pub pos: usize,
    pub args: Vec<Arg>,
}

/// A number constant, typed as Go's `idealConstant` would type it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    Int(i64),
    Float(f64),
}

#[derive(Clone, Debug)]
pub enum Arg {
    /// `.a.b`
    Field {
        pos: usize,
        idents: Vec<String>,
    },
    /// `$x.a.b`; `idents[0]` is the variable name with its `$`.
    Variable {
        pos: usize,
        idents: Vec<String>,
    },
    Dot(usize),
    Nil(usize),
    Bool(usize, bool),
    Number {
        pos: usize,
        text: String,
        value: Number,
    },
    Str {
        pos: usize,
        quoted: String,
        text: String,
    },
    /// A function name.
    Ident {
        pos: usize,
        name: String,
    },
    /// A parenthesized pipeline.
    Pipe(Box<Pipe>),
    /// `(pipeline).field.field`
    Chain {
        pos: usize,
        node: Box<Arg>,
        fields: Vec<String>,
    },
}

impl Arg {
    pub fn pos(&self) -> usize {
        match self {
            Arg::Field { pos, .. }
            | Arg::Variable { pos, .. }
            | Arg::Number { pos, .. }
            | Arg::Str { pos, .. }
            | Arg::Ident { pos, .. }
            | Arg::Chain { pos, .. } => *pos,
            Arg::Dot(pos) | Arg::Nil(pos) | Arg::Bool(pos, _) => *pos,
            Arg::Pipe(pipe) => pipe.pos,
        }
    }
}

impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Arg::Field { idents, .. } => {
                for ident in idents {
                    write!(f, ".{ident}")?;
                }
                Ok(())
            }
            Arg::Variable { idents, .. } => write!(f, "{}", idents.join(".")),
            Arg::Dot(_) => write!(f, "."),
            Arg::Nil(_) => write!(f, "nil"),
            Arg::Bool(_, b) => write!(f, "{b}"),
            Arg::Number { text, .. } => write!(f, "{text}"),
            Arg::Str { quoted, .. } => write!(f, "{quoted}"),
            Arg::Ident { name, .. } => write!(f, "{name}"),
            Arg::Pipe(pipe) => write!(f, "{pipe}"),
            Arg::Chain { node, fields, .. } => {
                match node.as_ref() {
                    Arg::Pipe(pipe) => write!(f, "({pipe})")?,
                    other => write!(f, "{other}")?,
                }
                for field in fields {
                    write!(f, ".{field}")?;
                }
                Ok(())
            }
        }
    }
}

impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, arg) in self.args.iter().enumerate() {
            if i > 0 {
                write!(f, " ")?;
            }
            match arg {
                Arg::Pipe(pipe) => write!(f, "({pipe})")?,
                other => write!(f, "{other}")?,
            }
        }
        Ok(())
    }
}

impl fmt::Display for Pipe {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.decl.is_empty() {
            let op = if self.is_assign { "=" } else { ":=" };
            write!(f, "{} {op} ", self.decl.join(", "))?;
        }
        for (i, cmd) in self.cmds.iter().enumerate() {
            if i > 0 {
                write!(f, " | ")?;
            }
            write!(f, "{cmd}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Node {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Node::Text(text) => write!(f, "{}", super::fmt::go_quote(text)),
            Node::Action(pipe) => write!(f, "{{{{{pipe}}}}}"),
            Node::If(b) => write_branch(f, "if", b),
            Node::Range(b) => write_branch(f, "range", b),
            Node::With(b) => write_branch(f, "with", b),
            Node::Break => write!(f, "{{{{break}}}}"),
            Node::Continue => write!(f, "{{{{continue}}}}"),
        }
    }
}

fn write_branch(f: &mut fmt::Formatter<'_>, name: &str, b: &Branch) -> fmt::Result {
    write!(f, "{{{{{name} {}}}}}", b.pipe)?;
    for node in &b.list {
        write!(f, "{node}")?;
    }
    if let Some(else_list) = &b.else_list {
        write!(f, "{{{{else}}}}")?;
        for node in else_list {
            write!(f, "{node}")?;
        }
    }
    write!(f, "{{{{end}}}}")
}
