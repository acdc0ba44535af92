//! Lexer and parser of the awk subset: `BEGIN`/`END` blocks, rules with
//! an expression or `/regex/` pattern, `print`, `printf`, `next`, `if`,
//! assignments, and expressions with awk's precedence (concatenation by
//! juxtaposition included). No loops, arrays or user functions.

use regex_lite::Regex;

use super::lex::{lex, Tok};
use crate::shell::commands::regex;

/// Expression nesting the parser accepts.
const AWK_DEPTH_MAX: usize = 64;

#[derive(Clone, Debug)]
pub enum Expr {
    Num(f64),
    Str(String),
    /// `/re/` alone: matches `$0`.
    Regex(Regex),
    Field(Box<Expr>),
    Var(String),
    Assign(Box<Expr>, &'static str, Box<Expr>),
    /// `x++`/`++x` style: the target, the step, and whether the old value is the result.
    Incr(Box<Expr>, f64, bool),
    Neg(Box<Expr>),
    Not(Box<Expr>),
    Binary(&'static str, Box<Expr>, Box<Expr>),
    Concat(Box<Expr>, Box<Expr>),
    Match(Box<Expr>, Box<Expr>, bool),
    Cond(Box<Expr>, Box<Expr>, Box<Expr>),
    Call(String, Vec<Expr>),
}

#[derive(Clone, Debug)]
pub enum Stmt {
    Print(Vec<Expr>),
    Printf(Vec<Expr>),
    Expr(Expr),
    Next,
    If(Expr, Vec<Stmt>, Vec<Stmt>),
}

#[derive(Default)]
pub struct Program {
    pub begin: Vec<Stmt>,
    pub rules: Vec<(Option<Expr>, Vec<Stmt>)>,
    pub end: Vec<Stmt>,
}

/// Parses a program; the error is the character offset it stopped at
/// (the caller renders gawk's caret message).
pub fn parse(src: &str) -> Result<Program, usize> {
    let toks = lex(src)?;
    let mut p = Parser {
        toks,
        pos: 0,
        depth: 0,
    };
    p.program().map_err(|_| src.chars().count())
}

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
    depth: usize,
}

type R<T> = Result<T, ()>;

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }

    fn is_op(&self, op: &str) -> bool {
        matches!(self.peek(), Some(Tok::Op(o)) if *o == op)
    }

    fn eat(&mut self, op: &str) -> bool {
        let hit = self.is_op(op);
        if hit {
            self.pos += 1;
        }
        hit
    }

    fn expect(&mut self, op: &str) -> R<()> {
        if self.eat(op) {
            Ok(())
        } else {
            Err(())
        }
    }

    fn skip_terminators(&mut self) {
        while matches!(self.peek(), Some(Tok::Newline) | Some(Tok::Op(";"))) {
            self.pos += 1;
        }
    }

    fn program(&mut self) -> R<Program> {
        let mut prog = Program::default();
        loop {
            self.skip_terminators();
            match self.peek().cloned() {
                None => return Ok(prog),
                Some(Tok::Name(n)) if n == "BEGIN" || n == "END" => {
                    self.pos += 1;
                    let body = self.block()?;
                    if n == "BEGIN" {
                        prog.begin.extend(body)
                    } else {
                        prog.end.extend(body)
                    }
                }
                Some(Tok::Op("{")) => {
                    let body = self.block()?;
                    prog.rules.push((None, body));
                }
                Some(_) => {
                    let pattern = self.expr()?;
                    let body = if self.is_op("{") {
                        self.block()?
                    } else {
                        vec![Stmt::Print(Vec::new())]
                    };
                    prog.rules.push((Some(pattern), body));
                }
            }
        }
    }

    fn block(&mut self) -> R<Vec<Stmt>> {
        self.expect("{")?;
        let mut body = Vec::new();
        loop {
            self.skip_terminators();
            if self.eat("}") {
                return Ok(body);
            }
            body.push(self.statement()?);
        }
    }

    fn statement(&mut self) -> R<Stmt> {
        if self.is_op("{") {
            let body = self.block()?;
            return Ok(Stmt::If(Expr::Num(1.0), body, Vec::new()));
        }
        match self.peek().cloned() {
            Some(Tok::Name(n)) if n == "print" || n == "printf" => {
                self.pos += 1;
                let parens = self.is_op("(") && self.print_list_in_parens();
                if parens {
                    self.pos += 1;
                }
                let mut args = Vec::new();
                if !(self.at_statement_end() || parens && self.is_op(")")) {
                    args.push(self.ternary()?);
                    while self.eat(",") {
                        args.push(self.ternary()?);
                    }
                }
                if parens {
                    self.expect(")")?;
                }
                Ok(if n == "print" {
                    Stmt::Print(args)
                } else {
                    Stmt::Printf(args)
                })
            }
            Some(Tok::Name(n)) if n == "next" => {
                self.pos += 1;
                Ok(Stmt::Next)
            }
            Some(Tok::Name(n)) if n == "if" => {
                self.pos += 1;
                self.expect("(")?;
                let cond = self.expr()?;
                self.expect(")")?;
                self.skip_newlines();
                let yes = self.body()?;
                let save = self.pos;
                self.skip_terminators();
                let no = if matches!(self.peek(), Some(Tok::Name(n)) if n == "else") {
                    self.pos += 1;
                    self.skip_newlines();
                    self.body()?
                } else {
                    self.pos = save;
                    Vec::new()
                };
                Ok(Stmt::If(cond, yes, no))
            }
            _ => Ok(Stmt::Expr(self.expr()?)),
        }
    }

    fn body(&mut self) -> R<Vec<Stmt>> {
        if self.is_op("{") {
            self.block()
        } else {
            Ok(vec![self.statement()?])
        }
    }

    fn skip_newlines(&mut self) {
        while self.peek() == Some(&Tok::Newline) {
            self.pos += 1;
        }
    }

    /// `print (a, b)`: the parentheses hold the whole list only when the
    /// matching `)` ends the statement.
    fn print_list_in_parens(&self) -> bool {
        let mut depth = 0;
        for (i, t) in self.toks.iter().enumerate().skip(self.pos) {
            match t {
                Tok::Op("(") => depth += 1,
                Tok::Op(")") => {
                    depth -= 1;
                    if depth == 0 {
                        return matches!(
                            self.toks.get(i + 1),
                            None | Some(Tok::Newline) | Some(Tok::Op(";" | "}"))
                        );
                    }
                }
                _ => {}
            }
        }
        false
    }

    fn at_statement_end(&self) -> bool {
        matches!(
            self.peek(),
            None | Some(Tok::Newline) | Some(Tok::Op(";" | "}"))
        )
    }

    fn expr(&mut self) -> R<Expr> {
        self.depth += 1;
        if self.depth > AWK_DEPTH_MAX {
            return Err(());
        }
        let e = self.ternary();
        self.depth -= 1;
        e
    }

    fn ternary(&mut self) -> R<Expr> {
        let cond = self.or()?;
        if let Some(op) = ["=", "+=", "-=", "*=", "/=", "%="]
            .into_iter()
            .find(|op| self.is_op(op))
        {
            if matches!(cond, Expr::Var(_) | Expr::Field(_)) {
                self.pos += 1;
                let value = self.expr()?;
                return Ok(Expr::Assign(Box::new(cond), op, Box::new(value)));
            }
        }
        if !self.eat("?") {
            return Ok(cond);
        }
        let yes = self.expr()?;
        self.expect(":")?;
        let no = self.expr()?;
        Ok(Expr::Cond(Box::new(cond), Box::new(yes), Box::new(no)))
    }

    fn or(&mut self) -> R<Expr> {
        let mut left = self.and()?;
        while self.eat("||") {
            let right = self.and()?;
            left = Expr::Binary("||", Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn and(&mut self) -> R<Expr> {
        let mut left = self.matching()?;
        while self.eat("&&") {
            let right = self.matching()?;
            left = Expr::Binary("&&", Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn matching(&mut self) -> R<Expr> {
        let mut left = self.relational()?;
        loop {
            let negate = if self.eat("~") {
                false
            } else if self.eat("!~") {
                true
            } else {
                break;
            };
            let right = self.relational()?;
            left = Expr::Match(Box::new(left), Box::new(right), negate);
        }
        Ok(left)
    }

    fn relational(&mut self) -> R<Expr> {
        let left = self.concat()?;
        for op in ["==", "!=", "<=", ">=", "<", ">"] {
            if self.eat(op) {
                let right = self.concat()?;
                return Ok(Expr::Binary(op, Box::new(left), Box::new(right)));
            }
        }
        Ok(left)
    }

    fn starts_operand(&self) -> bool {
        matches!(
            self.peek(),
            Some(Tok::Num(_) | Tok::Str(_) | Tok::Name(_) | Tok::Re(_))
                | Some(Tok::Op("$" | "(" | "!" | "++" | "--"))
        ) && !matches!(self.peek(), Some(Tok::Name(n)) if n == "else")
    }

    fn concat(&mut self) -> R<Expr> {
        let mut left = self.additive()?;
        while self.starts_operand() && !self.is_op("!") {
            let right = self.additive()?;
            left = Expr::Concat(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn additive(&mut self) -> R<Expr> {
        let mut left = self.multiplicative()?;
        while let Some(op) = ["+", "-"].into_iter().find(|op| self.is_op(op)) {
            self.pos += 1;
            let right = self.multiplicative()?;
            left = Expr::Binary(op, Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn multiplicative(&mut self) -> R<Expr> {
        let mut left = self.unary()?;
        while let Some(op) = ["*", "/", "%"].into_iter().find(|op| self.is_op(op)) {
            self.pos += 1;
            let right = self.unary()?;
            left = Expr::Binary(op, Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn unary(&mut self) -> R<Expr> {
        self.depth += 1;
        if self.depth > AWK_DEPTH_MAX {
            return Err(());
        }
        let e = if self.eat("!") {
            self.unary().map(|e| Expr::Not(Box::new(e)))
        } else if self.eat("-") {
            self.unary().map(|e| Expr::Neg(Box::new(e)))
        } else if self.eat("+") {
            self.unary()
        } else {
            self.power()
        };
        self.depth -= 1;
        e
    }

    fn power(&mut self) -> R<Expr> {
        let base = self.postfix()?;
        if self.eat("^") {
            let exp = self.unary()?;
            return Ok(Expr::Binary("^", Box::new(base), Box::new(exp)));
        }
        Ok(base)
    }

    fn postfix(&mut self) -> R<Expr> {
        for (op, step) in [("++", 1.0), ("--", -1.0)] {
            if self.eat(op) {
                let target = self.primary()?;
                return Ok(Expr::Incr(Box::new(target), step, false));
            }
        }
        let e = self.primary()?;
        for (op, step) in [("++", 1.0), ("--", -1.0)] {
            if matches!(e, Expr::Var(_) | Expr::Field(_)) && self.eat(op) {
                return Ok(Expr::Incr(Box::new(e), step, true));
            }
        }
        Ok(e)
    }

    fn primary(&mut self) -> R<Expr> {
        let tok = self.peek().cloned().ok_or(())?;
        self.pos += 1;
        match tok {
            Tok::Num(n) => Ok(Expr::Num(n)),
            Tok::Str(s) => Ok(Expr::Str(s)),
            Tok::Re(r) => Ok(Expr::Regex(
                regex::compile(&r, true, false).map_err(|_| ())?,
            )),
            Tok::Op("$") => {
                self.depth += 1;
                let e = self.postfix_free_primary();
                self.depth -= 1;
                Ok(Expr::Field(Box::new(e?)))
            }
            Tok::Op("(") => {
                let e = self.expr()?;
                self.expect(")")?;
                Ok(e)
            }
            Tok::Name(name) if self.is_op("(") => {
                self.pos += 1;
                let mut args = Vec::new();
                if !self.eat(")") {
                    args.push(self.expr()?);
                    while self.eat(",") {
                        args.push(self.expr()?);
                    }
                    self.expect(")")?;
                }
                Ok(Expr::Call(name, args))
            }
            Tok::Name(name) => Ok(Expr::Var(name)),
            _ => Err(()),
        }
    }

    /// The operand of `$`: a number, a variable, `(expr)` or another `$`.
    fn postfix_free_primary(&mut self) -> R<Expr> {
        if self.depth > AWK_DEPTH_MAX {
            return Err(());
        }
        if self.eat("-") {
            return self.primary().map(|e| Expr::Neg(Box::new(e)));
        }
        self.primary()
    }
}
