//! `test EXPR` and `[ EXPR ]`: string, integer and file checks, `!`, `-a`,
//! `-o` and parentheses, with bash's messages (status 2 on errors).

use crate::shell::ctx::{done, CommandFuture, Ctx};
use crate::shell::world::World;

/// Nesting of `!` and parentheses one expression may use.
const TEST_DEPTH_MAX: usize = 32;

pub fn test(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let name = argv.first().cloned().unwrap_or_default();
    let mut args: Vec<String> = argv.into_iter().skip(1).collect();
    if name == "[" {
        if args.last().map(String::as_str) != Some("]") {
            ctx.err("bash: [: missing `]'\n");
            return done(2);
        }
        args.pop();
    }
    let result = ctx.with_world(|w| {
        let mut eval = Eval {
            args: &args,
            pos: 0,
            world: w,
            depth: 0,
        };
        eval.run()
    });
    match result {
        Ok(true) => done(0),
        Ok(false) => done(1),
        Err(msg) => {
            ctx.err(&format!("bash: {name}: {msg}\n"));
            done(2)
        }
    }
}

struct Eval<'a> {
    args: &'a [String],
    pos: usize,
    world: &'a World,
    depth: usize,
}

const BINARY: &[&str] = &[
    "=", "==", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge",
];

impl Eval<'_> {
    fn arg(&self, i: usize) -> Option<&str> {
        self.args.get(self.pos + i).map(String::as_str)
    }

    fn remaining(&self) -> usize {
        self.args.len().saturating_sub(self.pos)
    }

    /// POSIX fixes the meaning of up to three arguments by count; longer
    /// expressions use the `-o`/`-a`/`!` grammar.
    fn run(&mut self) -> Result<bool, String> {
        let result = match self.remaining() {
            0 => Ok(false),
            1 => Ok(self.arg(0).is_some_and(|s| !s.is_empty())),
            2 if self.arg(0) == Some("!") => Ok(self.arg(1).is_none_or(str::is_empty)),
            2 => self.unary(self.arg(0).unwrap_or(""), self.arg(1).unwrap_or("")),
            3 if self.arg(1).is_some_and(|op| BINARY.contains(&op)) => binary(
                self.arg(0).unwrap_or(""),
                self.arg(1).unwrap_or(""),
                self.arg(2).unwrap_or(""),
            ),
            _ => {
                let value = self.or()?;
                if self.remaining() > 0 {
                    return Err("too many arguments".into());
                }
                Ok(value)
            }
        };
        self.pos = self.args.len();
        result
    }

    fn or(&mut self) -> Result<bool, String> {
        let mut value = self.and()?;
        while self.arg(0) == Some("-o") {
            self.pos += 1;
            value |= self.and()?;
        }
        Ok(value)
    }

    fn and(&mut self) -> Result<bool, String> {
        let mut value = self.not()?;
        while self.arg(0) == Some("-a") {
            self.pos += 1;
            value &= self.not()?;
        }
        Ok(value)
    }

    fn not(&mut self) -> Result<bool, String> {
        self.depth += 1;
        if self.depth > TEST_DEPTH_MAX {
            return Err("expression nested too deeply".into());
        }
        let value = if self.arg(0) == Some("!") {
            self.pos += 1;
            !self.not()?
        } else {
            self.primary()?
        };
        self.depth -= 1;
        Ok(value)
    }

    fn primary(&mut self) -> Result<bool, String> {
        let Some(first) = self.arg(0).map(str::to_string) else {
            return Err("argument expected".into());
        };
        if first == "(" {
            self.pos += 1;
            let value = self.or()?;
            if self.arg(0) != Some(")") {
                return Err("`)' expected".into());
            }
            self.pos += 1;
            return Ok(value);
        }
        if let Some(op) = self
            .arg(1)
            .filter(|op| BINARY.contains(op))
            .map(str::to_string)
        {
            let right = self.arg(2).map(str::to_string);
            if let Some(right) = right {
                self.pos += 3;
                return binary(&first, &op, &right);
            }
        }
        if first.starts_with('-') && first.len() == 2 {
            if let Some(operand) = self.arg(1).map(str::to_string) {
                self.pos += 2;
                return self.unary(&first, &operand);
            }
        }
        self.pos += 1;
        Ok(!first.is_empty())
    }

    fn unary(&self, op: &str, operand: &str) -> Result<bool, String> {
        let node = || self.world.fs.get(&self.world.abs_path(operand));
        Ok(match op {
            "-z" => operand.is_empty(),
            "-n" => !operand.is_empty(),
            "-e" | "-a" | "-r" | "-w" => node().is_some(),
            "-f" => node().is_some_and(|n| !n.is_dir()),
            "-d" => node().is_some_and(|n| n.is_dir()),
            "-s" => node().is_some_and(|n| n.size() > 0),
            "-x" => node().is_some_and(|n| n.is_dir()),
            "-v" => self.world.var(operand).is_some(),
            _ => return Err(format!("{op}: unary operator expected")),
        })
    }
}

fn binary(a: &str, op: &str, b: &str) -> Result<bool, String> {
    let int = |s: &str| {
        s.trim()
            .parse::<i64>()
            .map_err(|_| format!("{s}: integer expression expected"))
    };
    Ok(match op {
        "=" | "==" => a == b,
        "!=" => a != b,
        "<" => a < b,
        ">" => a > b,
        "-eq" => int(a)? == int(b)?,
        "-ne" => int(a)? != int(b)?,
        "-lt" => int(a)? < int(b)?,
        "-le" => int(a)? <= int(b)?,
        "-gt" => int(a)? > int(b)?,
        "-ge" => int(a)? >= int(b)?,
        _ => return Err(format!("{op}: binary operator expected")),
    })
}
