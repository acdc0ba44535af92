//! Executes a parsed template over JSON data with Go's semantics
//! (`exec.go`): missing keys print `<no value>`, a field of a non-map is an
//! error naming the Go type, pipelines pass their value as the last
//! argument, `range` walks maps in key order. Errors read
//! `template: output:1:3: executing "output" at <index .spec.ports0>: …`.

use serde_json::Value;

use super::ast::{Arg, Branch, Command, Node, Number, Pipe};

use super::fmt::print_value;
use super::funcs;
use super::parse::TEMPLATE_NAME;
use super::value::Val;

/// Evaluation steps one execution may take before it is stopped.
pub const EXEC_STEPS_MAX: usize = 1_000_000;
/// The most output one execution may write.
pub const OUTPUT_BYTES_MAX: usize = 4 * 1024 * 1024;

pub type Exec<T> = Result<T, String>;

enum Flow {
    Normal,
    Break,
    Continue,
}

pub struct State<'a> {
    text: &'a str,
    vars: Vec<(String, Val<'a>)>,
    out: String,
    steps: usize,
    /// Byte position and rendering of the node being evaluated.
    at: (usize, String),
}

pub fn execute(text: &str, nodes: &[Node], data: &Value) -> Exec<String> {
    let root = Val::C(data);
    let mut state = State {
        text,
        vars: vec![("$".to_string(), root.clone())],
        out: String::new(),
        steps: 0,
        at: (0, String::new()),
    };
    state.walk(&root, nodes)?;
    Ok(state.out)
}

impl<'a> State<'a> {
    pub fn at_node(&mut self, pos: usize, context: String) {
        self.at = (pos, context);
    }

    /// Go's `state.errorf`: location and context of the current node.
    pub fn error<T>(&self, message: impl std::fmt::Display) -> Exec<T> {
        let (pos, context) = &self.at;
        let before = self.text.get(..*pos).unwrap_or("");
        let line = 1 + before.matches('\n').count();
        let col = before.rfind('\n').map_or(*pos, |nl| pos - nl - 1);
        Err(format!("template: {TEMPLATE_NAME}:{line}:{col}: executing {TEMPLATE_NAME:?} at <{context}>: {message}"))
    }

    fn tick(&mut self) -> Exec<()> {
        self.steps += 1;
        if self.steps > EXEC_STEPS_MAX {
            return Err(format!(
                "template: {TEMPLATE_NAME}: execution stopped after {EXEC_STEPS_MAX} steps"
            ));
        }
        if self.out.len() > OUTPUT_BYTES_MAX {
            return Err(format!(
                "template: {TEMPLATE_NAME}: output exceeds {OUTPUT_BYTES_MAX} bytes"
            ));
        }
        Ok(())
    }

    fn walk(&mut self, dot: &Val<'a>, nodes: &'a [Node]) -> Exec<Flow> {
        for node in nodes {
            self.tick()?;
            match node {
                Node::Text(text) => self.out.push_str(text),
                Node::Action(pipe) => {
                    let value = self.pipeline(dot, pipe)?;
                    if pipe.decl.is_empty() {
                        self.out.push_str(&print_value(&value));
                    }
                }
                Node::If(branch) | Node::With(branch) => {
                    let is_with = matches!(node, Node::With(_));
                    match self.if_or_with(dot, branch, is_with)? {
                        Flow::Normal => {}
                        flow => return Ok(flow),
                    }
                }
                Node::Range(branch) => self.range(dot, branch)?,
                Node::Break => return Ok(Flow::Break),
                Node::Continue => return Ok(Flow::Continue),
            }
        }
        Ok(Flow::Normal)
    }

    fn if_or_with(&mut self, dot: &Val<'a>, b: &'a Branch, is_with: bool) -> Exec<Flow> {
        let mark = self.vars.len();
        let value = self.pipeline(dot, &b.pipe)?;
        let flow = if value.truth() {
            let inner = if is_with { value } else { dot.clone() };
            self.walk(&inner, &b.list)?
        } else if let Some(else_list) = &b.else_list {
            self.walk(dot, else_list)?
        } else {
            Flow::Normal
        };
        self.vars.truncate(mark);
        Ok(flow)
    }

    fn range(&mut self, dot: &Val<'a>, b: &'a Branch) -> Exec<()> {
        let mark = self.vars.len();
        let value = self.pipeline(dot, &b.pipe)?;
        let body_mark = self.vars.len();
        let items: Vec<(Val<'a>, Val<'a>)> = match &value {
            Val::C(Value::Array(items)) | Val::J(Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(i, v)| (Val::Int(i as i64), Val::J(v)))
                .collect(),
            Val::C(Value::Object(map)) | Val::J(Value::Object(map)) => map
                .iter()
                .map(|(k, v)| (Val::Str(k.clone()), Val::J(v)))
                .collect(),
            Val::Int(n) => {
                if b.pipe.decl.len() > 1 {
                    return self.error(format!(
                        "can't use {n} to iterate over more than one variable"
                    ));
                }
                (0..*n).map(|i| (Val::Int(i), Val::Int(i))).collect()
            }
            Val::Invalid => Vec::new(),
            other => return self.error(format!("range can't iterate over {}", print_value(other))),
        };
        let ran = !items.is_empty();
        for (index, elem) in items {
            self.tick()?;
            self.set_range_vars(&b.pipe, index, elem.clone());
            let flow = self.walk(&elem, &b.list)?;
            self.vars.truncate(body_mark);
            if matches!(flow, Flow::Break) {
                break;
            }
        }
        if !ran {
            if let Some(else_list) = &b.else_list {
                self.walk(dot, else_list)?;
            }
        }
        self.vars.truncate(mark);
        Ok(())
    }

    /// With one variable it receives the element; with two, index and element.
    fn set_range_vars(&mut self, pipe: &Pipe, index: Val<'a>, elem: Val<'a>) {
        match pipe.decl.as_slice() {
            [] => {}
            [only] => self.set_var(only, elem),
            [first, second, ..] => {
                self.set_var(first, index);
                self.set_var(second, elem);
            }
        }
    }

    fn set_var(&mut self, name: &str, value: Val<'a>) {
        if let Some(slot) = self.vars.iter_mut().rev().find(|(n, _)| n == name) {
            slot.1 = value;
        }
    }

    pub fn pipeline(&mut self, dot: &Val<'a>, pipe: &'a Pipe) -> Exec<Val<'a>> {
        let mut value = Val::Invalid;
        let mut has_final = false;
        for cmd in &pipe.cmds {
            value = self
                .command(dot, cmd, has_final.then_some(value))?
                .concrete();
            has_final = true;
        }
        for name in &pipe.decl {
            if pipe.is_assign {
                self.set_var(name, value.clone());
            } else {
                self.vars.push((name.clone(), value.clone()));
            }
        }
        Ok(value)
    }

    fn command(&mut self, dot: &Val<'a>, cmd: &'a Command, last: Option<Val<'a>>) -> Exec<Val<'a>> {
        self.tick()?;
        let Some(first) = cmd.args.first() else {
            return self.error("empty command");
        };
        match first {
            Arg::Field { pos, idents } => {
                self.at_node(*pos, first.to_string());
                self.field_chain(dot.clone(), idents, cmd.args.get(1..).unwrap_or(&[]), last)
            }
            Arg::Chain { pos, node, fields } => {
                self.at_node(*pos, first.to_string());
                let receiver = self.arg(dot, node)?;
                self.at_node(*pos, first.to_string());
                self.field_chain(receiver, fields, cmd.args.get(1..).unwrap_or(&[]), last)
            }
            Arg::Variable { pos, idents } => {
                self.at_node(*pos, first.to_string());
                let value = self.var_value(idents.first().map_or("$", String::as_str));
                match idents.get(1..) {
                    Some(rest) if !rest.is_empty() => {
                        self.field_chain(value, rest, cmd.args.get(1..).unwrap_or(&[]), last)
                    }
                    _ => {
                        self.not_a_function(cmd, &last)?;
                        Ok(value)
                    }
                }
            }
            Arg::Ident { pos, name } => {
                self.at_node(*pos, name.clone());
                let at = (cmd.pos, cmd.to_string());
                funcs::call(self, dot, name, at, cmd.args.get(1..).unwrap_or(&[]), last)
            }
            Arg::Pipe(pipe) => {
                self.not_a_function(cmd, &last)?;
                self.pipeline(dot, pipe)
            }
            other => {
                self.at_node(other.pos(), other.to_string());
                self.not_a_function(cmd, &last)?;
                self.constant(dot, other)
            }
        }
    }

    fn not_a_function(&self, cmd: &Command, last: &Option<Val<'a>>) -> Exec<()> {
        if cmd.args.len() > 1 || last.is_some() {
            let first = cmd
                .args
                .first()
                .map(ToString::to_string)
                .unwrap_or_default();
            return self.error(format!("can't give argument to non-function {first}"));
        }
        Ok(())
    }

    fn constant(&self, dot: &Val<'a>, arg: &Arg) -> Exec<Val<'a>> {
        Ok(match arg {
            Arg::Bool(_, b) => Val::Bool(*b),
            Arg::Dot(_) => dot.clone(),
            Arg::Nil(_) => return self.error("nil is not a command"),
            Arg::Number {
                value: Number::Int(i),
                ..
            } => Val::Int(*i),
            Arg::Number {
                value: Number::Float(f),
                ..
            } => Val::Float(*f),
            Arg::Str { text, .. } => Val::Str(text.clone()),
            _ => Val::Invalid,
        })
    }

    /// Evaluates an argument of a function or the head of a chain.
    pub fn arg(&mut self, dot: &Val<'a>, arg: &'a Arg) -> Exec<Val<'a>> {
        match arg {
            Arg::Field { pos, idents } => {
                self.at_node(*pos, arg.to_string());
                self.field_chain(dot.clone(), idents, &[], None)
            }
            Arg::Variable { pos, idents } => {
                self.at_node(*pos, arg.to_string());
                let value = self.var_value(idents.first().map_or("$", String::as_str));
                match idents.get(1..) {
                    Some(rest) if !rest.is_empty() => self.field_chain(value, rest, &[], None),
                    _ => Ok(value),
                }
            }
            Arg::Chain { pos, node, fields } => {
                if matches!(node.as_ref(), Arg::Nil(_)) {
                    self.at_node(*pos, arg.to_string());
                    return self.error(format!("indirection through explicit nil in {arg}"));
                }
                let receiver = self.arg(dot, node)?;
                self.at_node(*pos, arg.to_string());
                self.field_chain(receiver, fields, &[], None)
            }
            Arg::Pipe(pipe) => self.pipeline(dot, pipe),
            Arg::Ident { pos, name } => {
                self.at_node(*pos, name.clone());
                funcs::call(self, dot, name, (*pos, name.clone()), &[], None)
            }
            Arg::Nil(_) => Ok(Val::NilLit),
            other => self.constant(dot, other),
        }
    }

    fn var_value(&self, name: &str) -> Val<'a> {
        self.vars
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map_or(Val::Invalid, |(_, v)| v.clone())
    }

    fn field_chain(
        &mut self,
        mut receiver: Val<'a>,
        idents: &[String],
        args: &'a [Arg],
        last: Option<Val<'a>>,
    ) -> Exec<Val<'a>> {
        let count = idents.len();
        for (i, name) in idents.iter().enumerate() {
            let is_last = i + 1 == count;
            let has_args = is_last && (!args.is_empty() || last.is_some());
            receiver = self.field(receiver, name, has_args)?;
        }
        Ok(receiver)
    }

    /// One `.name` step: a map lookup, or Go's error for anything else.
    fn field(&self, receiver: Val<'a>, name: &str, has_args: bool) -> Exec<Val<'a>> {
        match &receiver {
            Val::Invalid => Ok(Val::Invalid),
            Val::J(Value::Null) | Val::NilLit => self.error(format!(
                "nil pointer evaluating {}.{name}",
                receiver.slot_type()
            )),
            Val::J(Value::Object(map)) | Val::C(Value::Object(map)) => {
                if has_args {
                    return self.error(format!("{name} is not a method but has arguments"));
                }
                Ok(map.get(name).map_or(Val::Invalid, Val::J))
            }
            other => self.error(format!(
                "can't evaluate field {name} in type {}",
                other.slot_type()
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::Template;
    use serde_json::json;

    fn run(template: &str) -> Result<String, String> {
        let data = json!({
            "kind": "Service",
            "metadata": {"name": "web", "labels": {"app": "web", "tier": "front"}, "deletionTimestamp": null},
            "spec": {"ports": [{"nodePort": 30820, "port": 8080}], "replicas": 3},
            "items": [{"metadata": {"name": "a"}, "status": {"phase": "Pending"}}, {"metadata": {"name": "b"}, "status": {"phase": "Running"}}]
        });
        Template::parse(template)?.execute(&data)
    }

    #[test]
    fn tutorial_templates() {
        assert_eq!(run("{{(index .spec.ports 0).nodePort}}").unwrap(), "30820");
        assert_eq!(
            run(r#"{{range .items}}{{.metadata.name}}{{"\n"}}{{end}}"#).unwrap(),
            "a\nb\n"
        );
    }

    #[test]
    fn missing_and_null_print_no_value() {
        assert_eq!(
            run("{{.nope}}|{{.nope.deeper}}|{{.metadata.deletionTimestamp}}").unwrap(),
            "<no value>|<no value>|<no value>"
        );
        assert_eq!(
            run("{{.metadata.labels}}").unwrap(),
            "map[app:web tier:front]"
        );
        assert_eq!(
            run("{{.spec.ports}}").unwrap(),
            "[map[nodePort:30820 port:8080]]"
        );
    }

    #[test]
    fn control_flow_and_variables() {
        assert_eq!(
            run(r#"{{range $i, $e := .items}}{{$i}}={{$e.metadata.name}} {{end}}"#).unwrap(),
            "0=a 1=b "
        );
        assert_eq!(
            run(r#"{{range $k, $v := .metadata.labels}}{{$k}}:{{$v}};{{end}}"#).unwrap(),
            "app:web;tier:front;"
        );
        assert_eq!(
            run(r#"{{if eq .kind "Service"}}svc{{else if eq .kind "Pod"}}pod{{else}}?{{end}}"#)
                .unwrap(),
            "svc"
        );
        assert_eq!(
            run(r#"{{with .spec}}{{.replicas}}{{end}}{{with .nope}}x{{else}}none{{end}}"#).unwrap(),
            "3none"
        );
        assert_eq!(run(r#"{{range .items}}{{if eq .status.phase "Running"}}{{break}}{{end}}{{.metadata.name}}{{end}}"#).unwrap(), "a");
        assert_eq!(
            run(r#"{{$n := len .items}}{{$n}} {{$n = 5}}{{$n}}"#).unwrap(),
            "2 5"
        );
        assert_eq!(
            run(r#"{{range .nope}}x{{else}}empty{{end}}"#).unwrap(),
            "empty"
        );
        assert_eq!(
            run(r#"{{.metadata.name | printf "%s!"}} {{printf "%v-%d" .spec.replicas 7}}"#)
                .unwrap(),
            "web! 3-7"
        );
    }

    #[test]
    fn execution_errors_match_go() {
        assert_eq!(run("{{(index .spec.ports0).nodePort}}").unwrap_err(), "template: output:1:3: executing \"output\" at <index .spec.ports0>: error calling index: index of untyped nil");
        assert_eq!(run("{{.metadata.name.foo}}").unwrap_err(), "template: output:1:2: executing \"output\" at <.metadata.name.foo>: can't evaluate field foo in type interface {}");
        assert_eq!(run("{{.spec.ports 0}}").unwrap_err(), "template: output:1:2: executing \"output\" at <.spec.ports>: ports is not a method but has arguments");
        assert_eq!(run("{{if eq .spec.replicas 3}}x{{end}}").unwrap_err(), "template: output:1:5: executing \"output\" at <eq .spec.replicas 3>: error calling eq: incompatible types for comparison");
        assert_eq!(run("{{range .kind}}x{{end}}").unwrap_err(), "template: output:1:8: executing \"output\" at <.kind>: range can't iterate over Service");
        assert_eq!(run("{{index .spec.ports 5}}").unwrap_err(), "template: output:1:2: executing \"output\" at <index .spec.ports 5>: error calling index: index out of range: 5");
    }
}
