//! `$((…))` arithmetic on 64-bit integers, as bash does it: `+ - * / %
//! **`, comparisons, `&& || !`, bit operators, `?:`, parentheses, and
//! variables by bare name (unset or non-numeric is 0). Overflow wraps like
//! bash; division by zero is bash's error. Assignments (`i++`, `x=1`) are
//! not supported and say so.

/// How deeply parentheses and unary operators may nest.
const ARITH_DEPTH_MAX: usize = 64;

/// Evaluates `expr`, looking variables up with `var`.
pub fn eval(expr: &str, var: &dyn Fn(&str) -> Option<String>) -> Result<i64, String> {
    let tokens = tokenize(expr)?;
    let mut p = Eval {
        tokens,
        pos: 0,
        var,
        expr,
        depth: 0,
    };
    if p.tokens.is_empty() {
        return Ok(0);
    }
    let value = p.ternary()?;
    match p.tokens.get(p.pos) {
        None => Ok(value),
        Some(t) => Err(p.error(&format!(
            "syntax error in expression (error token is \"{}\")",
            t.text(&p.tokens, p.pos)
        ))),
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Num(i64),
    Name(String),
    Op(&'static str),
}

impl Tok {
    fn text(&self, all: &[Tok], from: usize) -> String {
        all.get(from..)
            .unwrap_or_default()
            .iter()
            .map(|t| match t {
                Tok::Num(n) => n.to_string(),
                Tok::Name(s) => s.clone(),
                Tok::Op(o) => (*o).to_string(),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Operators, longest first so `**` wins over `*`.
const OPS: &[&str] = &[
    "**", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "++", "--", "+=", "-=", "*=", "/=", "+",
    "-", "*", "/", "%", "<", ">", "!", "~", "&", "|", "^", "?", ":", "(", ")", "=",
];

fn tokenize(expr: &str) -> Result<Vec<Tok>, String> {
    let chars: Vec<char> = expr.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
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
                    "{}: syntax error: invalid arithmetic operator (error token is \"{rest}\")",
                    expr.trim()
                ));
            };
            tokens.push(Tok::Op(op));
            i += op.chars().count();
        }
    }
    Ok(tokens)
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
    pos: usize,
    var: &'a dyn Fn(&str) -> Option<String>,
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
        format!("{}: {what}", self.expr.trim())
    }

    fn peek_op(&self) -> Option<&'static str> {
        match self.tokens.get(self.pos) {
            Some(Tok::Op(op)) => Some(op),
            _ => None,
        }
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
            let right = self.binary(level + 1)?;
            left = self.apply(op, left, right)?;
        }
        Ok(left)
    }

    fn apply(&self, op: &str, a: i64, b: i64) -> Result<i64, String> {
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
            "/" | "%" if b == 0 => {
                return Err(self.error(&format!("division by 0 (error token is \"{b}\")")))
            }
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
            return Err(self.error("exponent less than 0 (error token is \"0\")"));
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
                if matches!(
                    self.peek_op(),
                    Some("=" | "++" | "--" | "+=" | "-=" | "*=" | "/=")
                ) {
                    return Err(self.error(
                        "assignment in $((…)) is not supported in kubeplay; use X=$((X+1))",
                    ));
                }
                let value = (self.var)(&name).unwrap_or_default();
                Ok(number(value.trim()).unwrap_or(0))
            }
            Some(Tok::Op("-")) => Ok(self.unary()?.wrapping_neg()),
            Some(Tok::Op("+")) => self.unary(),
            Some(Tok::Op("!")) => Ok(i64::from(self.unary()? == 0)),
            Some(Tok::Op("~")) => Ok(!self.unary()?),
            Some(Tok::Op("(")) => {
                let value = self.ternary()?;
                if self.peek_op() != Some(")") {
                    return Err(self.error("missing `)' (error token is \"\")"));
                }
                self.pos += 1;
                Ok(value)
            }
            Some(Tok::Op("++" | "--")) => {
                Err(self.error("assignment in $((…)) is not supported in kubeplay; use X=$((X+1))"))
            }
            Some(Tok::Op(op)) => Err(self.error(&format!(
                "syntax error: operand expected (error token is \"{}\")",
                Tok::Op(op).text(&self.tokens, self.pos - 1)
            ))),
            None => Err(self.error("syntax error: operand expected (error token is \"\")")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::eval;

    fn calc(expr: &str) -> Result<i64, String> {
        eval(expr, &|name| match name {
            "i" => Some("4".into()),
            "s" => Some("abc".into()),
            _ => None,
        })
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
            calc("1 / 0"),
            Err("1 / 0: division by 0 (error token is \"0\")".into())
        );
        assert_eq!(
            calc("1 +"),
            Err("1 +: syntax error: operand expected (error token is \"\")".into())
        );
        assert!(calc("i++").unwrap_err().contains("not supported"));
        assert!(calc(&"(".repeat(500)).is_err());
    }
}
