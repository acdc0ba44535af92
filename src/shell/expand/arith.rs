//! `$((…))` and `((…))` arithmetic on 64-bit integers, as bash does it:
//! `+ - * / % **`, comparisons, `&& || !`, bit operators, `?:`,
//! parentheses, variables by bare name (unset or non-numeric is 0), and
//! assignments (`x = 1`, `x += 2`, `i++`, `--i`). Overflow wraps like
//! bash; division by zero is bash's error.

/// How deeply parentheses and unary operators may nest.
const ARITH_DEPTH_MAX: usize = 64;

/// How arithmetic reads and writes shell variables.
pub struct Vars<'a> {
    pub get: &'a dyn Fn(&str) -> Option<String>,
    pub set: &'a dyn Fn(&str, i64),
}

/// Evaluates `expr` over `vars`. Errors read like
/// bash's: the expression, the problem, and the text from the offending
/// token on (`1 / 0 : division by 0 (error token is "0 ")`).
pub fn eval(expr: &str, vars: &Vars<'_>) -> Result<i64, String> {
    let expr = expr.trim_start();
    let (tokens, offsets) = tokenize(expr)?;
    let mut p = Eval {
        tokens,
        offsets,
        pos: 0,
        vars,
        expr,
        depth: 0,
    };
    if p.tokens.is_empty() {
        return Ok(0);
    }
    let value = p.assignment()?;
    if p.pos < p.tokens.len() {
        return Err(p.error_at(p.pos, "syntax error in expression"));
    }
    Ok(value)
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Num(i64),
    Name(String),
    Op(&'static str),
}

/// Operators, longest first so `**` wins over `*`.
const OPS: &[&str] = &[
    "**", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "++", "--", "+=", "-=", "*=", "/=", "+",
    "-", "*", "/", "%", "<", ">", "!", "~", "&", "|", "^", "?", ":", "(", ")", "=",
];

/// The tokens of `expr` and the byte offset where each starts.
fn tokenize(expr: &str) -> Result<(Vec<Tok>, Vec<usize>), String> {
    let chars: Vec<char> = expr.chars().collect();
    let mut tokens = Vec::new();
    let mut offsets = Vec::new();
    let mut i = 0;
    let byte = |i: usize| chars.iter().take(i).map(|c| c.len_utf8()).sum::<usize>();
    while let Some(&c) = chars.get(i) {
        if !c.is_whitespace() {
            offsets.push(byte(i));
        }
        if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_digit() {
            let start = i;
            while chars.get(i).is_some_and(|c| c.is_ascii_alphanumeric()) {
                i += 1;
            }
            let text: String = chars.get(start..i).unwrap_or_default().iter().collect();
            tokens.push(Tok::Num(number(&text).ok_or_else(|| {
                format!("{text}: value too great for base (error token is \"{text}\")")
            })?));
        } else if c.is_ascii_alphabetic() || c == '_' {
            let start = i;
            while chars
                .get(i)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '_')
            {
                i += 1;
            }
            tokens.push(Tok::Name(
                chars.get(start..i).unwrap_or_default().iter().collect(),
            ));
        } else {
            let rest: String = chars.get(i..).unwrap_or_default().iter().collect();
            let Some(op) = OPS.iter().find(|op| rest.starts_with(**op)) else {
                return Err(format!(
                    "{expr}: syntax error: invalid arithmetic operator (error token is \"{rest}\")"
                ));
            };
            tokens.push(Tok::Op(op));
            i += op.chars().count();
        }
    }
    Ok((tokens, offsets))
}

/// Decimal, `0x` hex or leading-zero octal, as bash reads integers.
fn number(text: &str) -> Option<i64> {
    if let Some(hex) = text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        return i64::from_str_radix(hex, 16).ok();
    }
    if text.len() > 1 && text.starts_with('0') {
        return i64::from_str_radix(text.get(1..)?, 8).ok();
    }
    text.parse().ok()
}

struct Eval<'a> {
    tokens: Vec<Tok>,
    offsets: Vec<usize>,
    pos: usize,
    vars: &'a Vars<'a>,
    expr: &'a str,
    depth: usize,
}

/// Binary operators by precedence level, loosest first.
const LEVELS: &[&[&str]] = &[
    &["||"],
    &["&&"],
    &["|"],
    &["^"],
    &["&"],
    &["==", "!="],
    &["<", "<=", ">", ">="],
    &["<<", ">>"],
    &["+", "-"],
    &["*", "/", "%"],
];

impl Eval<'_> {
    fn error(&self, what: &str) -> String {
        format!("{}: {what}", self.expr)
    }

    /// An error naming the text from token `index` on (the last token
    /// when the expression ended early, as bash reports it).
    fn error_at(&self, index: usize, what: &str) -> String {
        let at = self
            .offsets
            .get(index)
            .or(self.offsets.last())
            .copied()
            .unwrap_or(0);
        let rest = self.expr.get(at..).unwrap_or("");
        format!("{}: {what} (error token is \"{rest}\")", self.expr)
    }

    fn peek_op(&self) -> Option<&'static str> {
        match self.tokens.get(self.pos) {
            Some(Tok::Op(op)) => Some(op),
            _ => None,
        }
    }

    /// `name = expr` and the compound forms, right to left; else a ternary.
    fn assignment(&mut self) -> Result<i64, String> {
        const ASSIGN: &[&str] = &["=", "+=", "-=", "*=", "/=", "%="];
        let target = match (self.tokens.get(self.pos), self.tokens.get(self.pos + 1)) {
            (Some(Tok::Name(name)), Some(Tok::Op(op))) if ASSIGN.contains(op) => {
                Some((name.clone(), *op))
            }
            _ => None,
        };
        let Some((name, op)) = target else {
            return self.ternary();
        };
        self.pos += 2;
        let right_at = self.pos;
        let value = self.assignment()?;
        let result = match op.strip_suffix('=').unwrap_or("") {
            "" => value,
            binary => self.apply(binary, self.read(&name), value, right_at)?,
        };
        (self.vars.set)(&name, result);
        Ok(result)
    }

    fn read(&self, name: &str) -> i64 {
        let value = (self.vars.get)(name).unwrap_or_default();
        number(value.trim()).unwrap_or(0)
    }

    fn ternary(&mut self) -> Result<i64, String> {
        let cond = self.binary(0)?;
        if self.peek_op() != Some("?") {
            return Ok(cond);
        }
        self.pos += 1;
        let yes = self.ternary()?;
        if self.peek_op() != Some(":") {
            return Err(self.error("expected `:' for conditional expression"));
        }
        self.pos += 1;
        let no = self.ternary()?;
        Ok(if cond != 0 { yes } else { no })
    }

    fn binary(&mut self, level: usize) -> Result<i64, String> {
        let Some(ops) = LEVELS.get(level) else {
            return self.power();
        };
        let mut left = self.binary(level + 1)?;
        while let Some(op) = self.peek_op().filter(|op| ops.contains(op)) {
            self.pos += 1;
            let right_at = self.pos;
            let right = self.binary(level + 1)?;
            left = self.apply(op, left, right, right_at)?;
        }
        Ok(left)
    }

    fn apply(&self, op: &str, a: i64, b: i64, right_at: usize) -> Result<i64, String> {
        Ok(match op {
            "||" => i64::from(a != 0 || b != 0),
            "&&" => i64::from(a != 0 && b != 0),
            "|" => a | b,
            "^" => a ^ b,
            "&" => a & b,
            "==" => i64::from(a == b),
            "!=" => i64::from(a != b),
            "<" => i64::from(a < b),
            "<=" => i64::from(a <= b),
            ">" => i64::from(a > b),
            ">=" => i64::from(a >= b),
            "<<" => a.wrapping_shl(u32::try_from(b & 63).unwrap_or(0)),
            ">>" => a.wrapping_shr(u32::try_from(b & 63).unwrap_or(0)),
            "+" => a.wrapping_add(b),
            "-" => a.wrapping_sub(b),
            "*" => a.wrapping_mul(b),
            "/" | "%" if b == 0 => return Err(self.error_at(right_at, "division by 0")),
            "/" => a.wrapping_div(b),
            "%" => a.wrapping_rem(b),
            _ => 0,
        })
    }

    /// `**` binds tighter than `*` and groups to the right.
    fn power(&mut self) -> Result<i64, String> {
        let base = self.unary()?;
        if self.peek_op() != Some("**") {
            return Ok(base);
        }
        self.pos += 1;
        let exp = self.power()?;
        if exp < 0 {
            return Err(self.error_at(self.pos.saturating_sub(1), "exponent less than 0"));
        }
        Ok(base.wrapping_pow(u32::try_from(exp).unwrap_or(u32::MAX)))
    }

    fn unary(&mut self) -> Result<i64, String> {
        self.depth += 1;
        if self.depth > ARITH_DEPTH_MAX {
            return Err(self.error("expression nested too deeply"));
        }
        let result = self.unary_inner();
        self.depth -= 1;
        result
    }

    fn unary_inner(&mut self) -> Result<i64, String> {
        let token = self.tokens.get(self.pos).cloned();
        self.pos += 1;
        match token {
            Some(Tok::Num(n)) => Ok(n),
            Some(Tok::Name(name)) => {
                let value = self.read(&name);
                let step = match self.peek_op() {
                    Some("++") => 1,
                    Some("--") => -1,
                    _ => return Ok(value),
                };
                self.pos += 1;
                (self.vars.set)(&name, value.wrapping_add(step));
                Ok(value)
            }
            Some(Tok::Op("-")) => Ok(self.unary()?.wrapping_neg()),
            Some(Tok::Op("+")) => self.unary(),
            Some(Tok::Op("!")) => Ok(i64::from(self.unary()? == 0)),
            Some(Tok::Op("~")) => Ok(!self.unary()?),
            Some(Tok::Op("(")) => {
                let value = self.assignment()?;
                if self.peek_op() != Some(")") {
                    return Err(self.error_at(self.pos, "missing `)'"));
                }
                self.pos += 1;
                Ok(value)
            }
            Some(Tok::Op(op @ ("++" | "--"))) => {
                let Some(Tok::Name(name)) = self.tokens.get(self.pos).cloned() else {
                    return Err(
                        self.error_at(self.pos.saturating_sub(1), "syntax error: operand expected")
                    );
                };
                self.pos += 1;
                let value = self
                    .read(&name)
                    .wrapping_add(if op == "++" { 1 } else { -1 });
                (self.vars.set)(&name, value);
                Ok(value)
            }
            Some(Tok::Op(_)) => Err(self.error_at(self.pos - 1, "syntax error: operand expected")),
            None => Err(self.error_at(self.pos, "syntax error: operand expected")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::eval;

    use super::Vars;
    use std::cell::RefCell;
    use std::collections::BTreeMap;

    fn calc_with(expr: &str, store: &RefCell<BTreeMap<String, String>>) -> Result<i64, String> {
        let get = |name: &str| store.borrow().get(name).cloned();
        let set = |name: &str, v: i64| {
            store.borrow_mut().insert(name.to_string(), v.to_string());
        };
        eval(
            expr,
            &Vars {
                get: &get,
                set: &set,
            },
        )
    }

    fn calc(expr: &str) -> Result<i64, String> {
        let store = RefCell::new(BTreeMap::from([
            ("i".to_string(), "4".to_string()),
            ("s".to_string(), "abc".to_string()),
        ]));
        calc_with(expr, &store)
    }

    #[test]
    fn assignments_write_variables() {
        let store = RefCell::new(BTreeMap::new());
        assert_eq!(calc_with("x = 4", &store), Ok(4));
        assert_eq!(calc_with("x += 2", &store), Ok(6));
        assert_eq!(calc_with("x++", &store), Ok(6));
        assert_eq!(calc_with("++x", &store), Ok(8));
        assert_eq!(calc_with("y = x *= 2", &store), Ok(16));
        assert_eq!(store.borrow().get("y").map(String::as_str), Some("16"));
        assert_eq!(calc_with("x--", &store), Ok(16));
        assert_eq!(store.borrow().get("x").map(String::as_str), Some("15"));
    }

    #[test]
    fn arithmetic_follows_bash_precedence() {
        assert_eq!(calc("1 + 2 * 3"), Ok(7));
        assert_eq!(calc("(1 + 2) * 3"), Ok(9));
        assert_eq!(calc("2 ** 3 ** 2"), Ok(512));
        assert_eq!(calc("i + 1"), Ok(5));
        assert_eq!(calc("s + unset"), Ok(0));
        assert_eq!(calc("-7 / 2"), Ok(-3));
        assert_eq!(calc("-7 % 3"), Ok(-1));
        assert_eq!(calc("i > 3 && i < 5"), Ok(1));
        assert_eq!(calc("i == 4 ? 10 : 20"), Ok(10));
        assert_eq!(calc("010 + 0x10"), Ok(24));
        assert_eq!(calc(""), Ok(0));
        assert_eq!(calc("9223372036854775807 + 1"), Ok(i64::MIN));
    }

    #[test]
    fn errors_read_like_bash() {
        assert_eq!(
            calc(" 1 / 0 "),
            Err("1 / 0 : division by 0 (error token is \"0 \")".into())
        );
        assert_eq!(
            calc(" 1 + "),
            Err("1 + : syntax error: operand expected (error token is \"+ \")".into())
        );
        assert_eq!(
            calc("1 2"),
            Err("1 2: syntax error in expression (error token is \"2\")".into())
        );
        assert!(calc(&"(".repeat(500)).is_err());
    }
}
