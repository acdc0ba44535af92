//! `awk [-F SEP] [-v VAR=VALUE] 'PROGRAM' [FILE…]`: the awk people type on
//! one line — `'{print $1}'`, `'{print $NF}'`, `-F: '{print $2}'`,
//! `'NR>1 {print $1, $3}'`, `'/Running/ {n++} END {print n}'`. Values are
//! awk's strings-or-numbers; numbers print like `%.6g`.

mod lex;
mod parse;
mod value;

use std::collections::BTreeMap;

use super::args::{inputs, lines, Spec};
use super::echo;
use super::regex;
use crate::shell::ctx::{done, CommandFuture, Ctx};
use parse::{Expr, Program, Stmt};
use value::{arith, split_fields, Val, AWK_FIELDS_MAX};

const SPEC: Spec = Spec {
    name: "awk",
    flags: "",
    valued: "Fvf",
    long: &[("field-separator", 'F'), ("assign", 'v')],
};

pub fn awk(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let mut opts = match SPEC.parse(argv.get(1..).unwrap_or_default()) {
        Ok(o) => o,
        Err(msg) => {
            ctx.err(&msg.replace(
                "Try 'awk --help' for more information.\n",
                "usage: awk [-F fs][-v var=value][prog | -f progfile][file ...]\n",
            ));
            return done(2);
        }
    };
    if opts.operands.is_empty() {
        ctx.err("usage: awk [-F fs][-v var=value][prog | -f progfile][file ...]\n");
        return done(2);
    }
    let source = opts.operands.remove(0);
    let program = match parse::parse(&source) {
        Ok(p) => p,
        Err(at) => {
            let first_line = source.lines().next().unwrap_or("");
            let caret = " ".repeat(at.min(first_line.chars().count()));
            ctx.err(&format!(
                "awk: cmd. line:1: {first_line}\nawk: cmd. line:1: {caret}^ syntax error\n"
            ));
            return done(2);
        }
    };
    let mut rt = Runtime::default();
    rt.vars.insert(
        "FS".into(),
        Val::Str(opts.value('F').map_or(" ".into(), unescape_fs)),
    );
    rt.vars.insert("OFS".into(), Val::Str(" ".into()));
    for (c, v) in &opts.values {
        if let ('v', Some((name, value))) = (c, v.split_once('=')) {
            rt.vars
                .insert(name.to_string(), Val::StrNum(value.to_string()));
        }
    }
    let mut status = 0;
    let mut out = String::new();
    rt.run_block(&program.begin, &mut out);
    if !program.rules.is_empty() || !program.end.is_empty() {
        for input in inputs(&ctx, "awk", &opts.operands) {
            match input.text {
                Ok(text) => {
                    for line in lines(&text) {
                        rt.record(line, &program, &mut out);
                    }
                }
                Err(_) => {
                    ctx.err(&format!(
                        "awk: cannot open \"{}\" (No such file or directory)\n",
                        input.name
                    ));
                    status = 2;
                }
            }
        }
    }
    rt.run_block(&program.end, &mut out);
    ctx.out(&out);
    done(status)
}

/// `-F '\t'` means a tab; `-Ft` too, as in POSIX awk.
fn unescape_fs(fs: &str) -> String {
    match fs {
        "\\t" | "t" => "\t".into(),
        other => other.to_string(),
    }
}

#[derive(Default)]
struct Runtime {
    vars: BTreeMap<String, Val>,
    fields: Vec<String>,
    record: String,
    nr: usize,
    next: bool,
}

impl Runtime {
    fn record(&mut self, line: &str, program: &Program, out: &mut String) {
        self.nr += 1;
        self.set_record(line.to_string());
        self.next = false;
        for (pattern, body) in &program.rules {
            let selected = match pattern {
                None => true,
                Some(p) => self.eval(p).truthy(),
            };
            if selected {
                self.run_block(body, out);
            }
            if self.next {
                break;
            }
        }
    }

    fn set_record(&mut self, record: String) {
        let fs = self.vars.get("FS").map_or(" ".to_string(), Val::text);
        self.fields = split_fields(&record, &fs);
        self.record = record;
    }

    fn run_block(&mut self, body: &[Stmt], out: &mut String) {
        for stmt in body {
            if self.next {
                return;
            }
            match stmt {
                Stmt::Print(args) => {
                    let ofs = self.vars.get("OFS").map_or(" ".into(), Val::text);
                    let text = if args.is_empty() {
                        self.record.clone()
                    } else {
                        args.iter()
                            .map(|a| self.eval(a).text())
                            .collect::<Vec<_>>()
                            .join(&ofs)
                    };
                    out.push_str(&text);
                    out.push('\n');
                }
                Stmt::Printf(args) => {
                    let values: Vec<String> = args.iter().map(|a| self.eval(a).text()).collect();
                    if let Some((format, rest)) = values.split_first() {
                        out.push_str(&echo::format_once(format, rest, &mut 0).0);
                    }
                }
                Stmt::Expr(e) => {
                    self.eval(e);
                }
                Stmt::Next => self.next = true,
                Stmt::If(cond, yes, no) => {
                    if self.eval(cond).truthy() {
                        self.run_block(yes, out);
                    } else {
                        self.run_block(no, out);
                    }
                }
            }
        }
    }

    fn field(&self, i: usize) -> Val {
        if i == 0 {
            return Val::StrNum(self.record.clone());
        }
        Val::StrNum(self.fields.get(i - 1).cloned().unwrap_or_default())
    }

    fn var(&self, name: &str) -> Val {
        match name {
            "NR" | "FNR" => Val::Num(self.nr as f64),
            "NF" => Val::Num(self.fields.len() as f64),
            _ => self
                .vars
                .get(name)
                .cloned()
                .unwrap_or(Val::StrNum(String::new())),
        }
    }

    fn assign(&mut self, target: &Expr, value: Val) {
        match target {
            Expr::Var(name) => {
                self.vars.insert(name.clone(), value);
            }
            Expr::Field(index) => {
                let i = self.eval(index).num().max(0.0) as usize;
                if i == 0 {
                    self.set_record(value.text());
                    return;
                }
                if i > AWK_FIELDS_MAX {
                    return;
                }
                if self.fields.len() < i {
                    self.fields.resize(i, String::new());
                }
                if let Some(slot) = self.fields.get_mut(i - 1) {
                    *slot = value.text();
                }
                let ofs = self.vars.get("OFS").map_or(" ".into(), Val::text);
                self.record = self.fields.join(&ofs);
            }
            _ => {}
        }
    }

    fn eval(&mut self, e: &Expr) -> Val {
        match e {
            Expr::Num(n) => Val::Num(*n),
            Expr::Str(s) => Val::Str(s.clone()),
            Expr::Regex(re) => Val::Num(f64::from(u8::from(re.is_match(&self.record)))),
            Expr::Field(i) => {
                let i = self.eval(i).num();
                self.field(if i < 0.0 { 0 } else { i as usize })
            }
            Expr::Var(name) => self.var(name),
            Expr::Assign(target, op, value) => {
                let v = self.eval(value);
                let new = match *op {
                    "=" => v,
                    op => {
                        let old = self.eval(target).num();
                        Val::Num(arith(op.trim_end_matches('='), old, v.num()))
                    }
                };
                self.assign(target, new.clone());
                new
            }
            Expr::Incr(target, step, post) => {
                let old = self.eval(target).num();
                self.assign(target, Val::Num(old + step));
                Val::Num(if *post { old } else { old + step })
            }
            Expr::Neg(e) => Val::Num(-self.eval(e).num()),
            Expr::Not(e) => Val::Num(f64::from(u8::from(!self.eval(e).truthy()))),
            Expr::Concat(a, b) => Val::Str(self.eval(a).text() + &self.eval(b).text()),
            Expr::Match(a, b, negate) => {
                let text = self.eval(a).text();
                let hit = match &**b {
                    Expr::Regex(re) => re.is_match(&text),
                    other => {
                        let pattern = self.eval(other).text();
                        regex::compile(&pattern, true, false).is_ok_and(|re| re.is_match(&text))
                    }
                };
                Val::Num(f64::from(u8::from(hit != *negate)))
            }
            Expr::Cond(c, a, b) => {
                if self.eval(c).truthy() {
                    self.eval(a)
                } else {
                    self.eval(b)
                }
            }
            Expr::Binary(op, a, b) => self.binary(op, a, b),
            Expr::Call(name, args) => self.call(name, args),
        }
    }

    fn binary(&mut self, op: &str, a: &Expr, b: &Expr) -> Val {
        if op == "&&" {
            let r = self.eval(a).truthy() && self.eval(b).truthy();
            return Val::Num(f64::from(u8::from(r)));
        }
        if op == "||" {
            let r = self.eval(a).truthy() || self.eval(b).truthy();
            return Val::Num(f64::from(u8::from(r)));
        }
        let (x, y) = (self.eval(a), self.eval(b));
        let cmp = if x.numeric() && y.numeric() {
            x.num().partial_cmp(&y.num())
        } else {
            Some(x.text().cmp(&y.text()))
        };
        let truth = |ok: bool| Val::Num(f64::from(u8::from(ok)));
        use std::cmp::Ordering::*;
        match op {
            "==" => truth(cmp == Some(Equal)),
            "!=" => truth(cmp != Some(Equal)),
            "<" => truth(cmp == Some(Less)),
            "<=" => truth(matches!(cmp, Some(Less | Equal))),
            ">" => truth(cmp == Some(Greater)),
            ">=" => truth(matches!(cmp, Some(Greater | Equal))),
            op => Val::Num(arith(op, x.num(), y.num())),
        }
    }

    fn call(&mut self, name: &str, args: &[Expr]) -> Val {
        let vals: Vec<Val> = args.iter().map(|a| self.eval(a)).collect();
        let s = |i: usize| vals.get(i).map(Val::text).unwrap_or_default();
        let n = |i: usize| vals.get(i).map_or(0.0, Val::num);
        match name {
            "length" if vals.is_empty() => Val::Num(self.record.chars().count() as f64),
            "length" => Val::Num(s(0).chars().count() as f64),
            // ASCII letters only, as mawk and busybox awk do (gawk would
            // also map other letters); keeps Unicode case tables out of the wasm.
            "toupper" => Val::Str(s(0).to_ascii_uppercase()),
            "tolower" => Val::Str(s(0).to_ascii_lowercase()),
            "int" => Val::Num(n(0).trunc()),
            "index" => Val::Num(
                s(0).find(&s(1))
                    .map_or(0, |i| s(0).get(..i).map_or(0, |p| p.chars().count()) + 1)
                    as f64,
            ),
            "substr" => {
                let text: Vec<char> = s(0).chars().collect();
                let start = n(1).round() as i64;
                let len = if vals.len() > 2 {
                    n(2).round() as i64
                } else {
                    text.len() as i64 + 1
                };
                let from = start.max(1);
                let to = start.saturating_add(len).min(text.len() as i64 + 1);
                let picked: String = (from..to)
                    .filter_map(|i| text.get(usize::try_from(i - 1).ok()?))
                    .collect();
                Val::Str(picked)
            }
            _ => Val::Str(String::new()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_awk(program: &str, fs: &str, input: &str) -> String {
        let prog = parse::parse(program).unwrap_or_else(|at| panic!("{program}: error at {at}"));
        let mut rt = Runtime::default();
        rt.vars.insert("FS".into(), Val::Str(fs.into()));
        rt.vars.insert("OFS".into(), Val::Str(" ".into()));
        let mut out = String::new();
        rt.run_block(&prog.begin, &mut out);
        for line in lines(input) {
            rt.record(line, &prog, &mut out);
        }
        rt.run_block(&prog.end, &mut out);
        out
    }

    const PODS: &str = "NAME READY STATUS\nweb-1 1/1 Running\nweb-2 0/1 Pending\n";

    #[test]
    fn printing_fields() {
        assert_eq!(run_awk("{print $1}", " ", PODS), "NAME\nweb-1\nweb-2\n");
        assert_eq!(
            run_awk("{print $NF}", " ", PODS),
            "STATUS\nRunning\nPending\n"
        );
        assert_eq!(
            run_awk("NR>1 {print $1, $3}", " ", PODS),
            "web-1 Running\nweb-2 Pending\n"
        );
        assert_eq!(run_awk("{print $1\":\"$2}", " ", "a b\n"), "a:b\n");
        assert_eq!(run_awk("{print $2}", ":", "a:b:c\n"), "b\n");
        assert_eq!(run_awk("{print $(NF-1)}", " ", "a b c\n"), "b\n");
        assert_eq!(run_awk("{ print }", " ", "x y\n"), "x y\n");
    }

    #[test]
    fn patterns_counters_and_end() {
        assert_eq!(run_awk("/Running/", " ", PODS), "web-1 1/1 Running\n");
        assert_eq!(
            run_awk("$3 == \"Pending\" {print $1}", " ", PODS),
            "web-2\n"
        );
        assert_eq!(run_awk("$3 ~ /Run/ {n++} END {print n}", " ", PODS), "1\n");
        assert_eq!(
            run_awk("{s += $1} END {print s, s/2}", " ", "1\n2\n"),
            "3 1.5\n"
        );
        assert_eq!(run_awk("BEGIN {print \"start\"}", " ", ""), "start\n");
        assert_eq!(
            run_awk(
                "NR==2 {print toupper($3); next} {print length($1)}",
                " ",
                PODS
            ),
            "4\nRUNNING\n5\n"
        );
        assert_eq!(
            run_awk(
                "{if ($2 == \"1/1\") print \"ok\"; else print \"no\"}",
                " ",
                PODS
            ),
            "no\nok\nno\n"
        );
    }

    #[test]
    fn bad_programs_are_errors() {
        assert!(parse::parse("{print $1").is_err());
        assert!(parse::parse("{print (}").is_err());
        assert!(parse::parse(&"(".repeat(500)).is_err());
    }
}
