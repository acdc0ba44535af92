//! Small built-ins: `sleep`, `read`, `true`/`false`/`:`, `break`/
//! `continue`, `exit`, `clear`, `history`.

use crate::shell::ctx::{done, CommandFuture, Ctx};
use crate::shell::input::TermInput;
use crate::shell::job::Control;
use crate::shell::limits::SLEEP_SECONDS_MAX;

pub fn ok(_: Ctx, _: Vec<String>) -> CommandFuture {
    done(0)
}

pub fn fail(_: Ctx, _: Vec<String>) -> CommandFuture {
    done(1)
}

/// `sleep N[smhd]…`: waits the sum in simulated time.
pub fn sleep(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let args = argv.get(1..).unwrap_or_default();
    if args.is_empty() {
        ctx.err("sleep: missing operand\nTry 'sleep --help' for more information.\n");
        return done(1);
    }
    let mut total_ms: f64 = 0.0;
    for arg in args {
        match duration_ms(arg) {
            Some(ms) => total_ms += ms,
            None => {
                if let Some(c) = arg.strip_prefix('-').and_then(|r| r.chars().next()) {
                    ctx.err(&format!(
                        "sleep: invalid option -- '{c}'\nTry 'sleep --help' for more information.\n"
                    ));
                } else {
                    ctx.err(&format!(
                        "sleep: invalid time interval ‘{arg}’\nTry 'sleep --help' for more information.\n"
                    ));
                }
                return done(1);
            }
        }
    }
    let cap = (SLEEP_SECONDS_MAX * 1000) as f64;
    // Rounded to whole simulated milliseconds: `sleep 0.0005` is 1 ms.
    let ms = total_ms.min(cap).ceil() as u64;
    Box::pin(async move {
        ctx.sleep_ms(ms).await;
        0
    })
}

/// `1`, `0.5`, `2m`, `1h`, `infinity` in milliseconds.
fn duration_ms(arg: &str) -> Option<f64> {
    if arg == "infinity" || arg == "inf" {
        return Some(f64::MAX);
    }
    let (number, unit) = match arg.char_indices().last() {
        Some((i, c @ ('s' | 'm' | 'h' | 'd'))) => (arg.get(..i)?, c),
        _ => (arg, 's'),
    };
    if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    let seconds: f64 = number.parse().ok()?;
    let factor = match unit {
        'm' => 60.0,
        'h' => 3600.0,
        'd' => 86400.0,
        _ => 1.0,
    };
    Some(seconds * factor * 1000.0)
}

/// `read [-r] [-p PROMPT] [NAME…]`: one input line into variables (the
/// last takes the rest; `REPLY` when no name is given), from piped input,
/// or typed at the terminal (which shows PROMPT) when nothing is piped in.
/// Status 1 at the end of input.
pub fn read(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let mut raw = false;
    let mut prompt = String::new();
    let mut names = Vec::new();
    let mut args = argv.iter().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-r" => raw = true,
            "-p" => match args.next() {
                Some(p) => prompt = p.clone(),
                None => {
                    ctx.err("bash: read: -p: option requires an argument\nread: usage: read [-r] [-p prompt] [name ...]\n");
                    return done(2);
                }
            },
            a if a.starts_with('-') => {
                ctx.err(&format!(
                    "bash: read: {a}: invalid option\nread: usage: read [-r] [-p prompt] [name ...]\n"
                ));
                return done(2);
            }
            a => names.push(a.to_string()),
        }
    }
    if names.is_empty() {
        names.push("REPLY".into());
    }
    if !ctx.stdin_is_terminal() {
        let line = ctx.read_line();
        return done(assign_read(&ctx, line, raw, &names));
    }
    Box::pin(async move {
        let line = match ctx.read_terminal(&prompt).await {
            TermInput::Line(line) => Some(line),
            TermInput::Eof | TermInput::Interrupt => None,
        };
        assign_read(&ctx, line, raw, &names)
    })
}

/// Splits a line read by `read` over `names` (the last takes the rest);
/// status 1 at end of input.
fn assign_read(ctx: &Ctx, line: Option<String>, raw: bool, names: &[String]) -> i32 {
    let status = i32::from(line.is_none());
    let mut line = line.unwrap_or_default();
    if !raw {
        line = line
            .replace("\\\\", "\u{0}")
            .replace('\\', "")
            .replace('\u{0}', "\\");
    }
    let mut rest = line.trim_start_matches([' ', '\t']);
    ctx.with_world(|w| {
        let count = names.len();
        for (i, name) in names.iter().enumerate() {
            let value = if i + 1 == count {
                rest.trim_end_matches([' ', '\t']).to_string()
            } else {
                let end = rest.find([' ', '\t']).unwrap_or(rest.len());
                let (word, tail) = rest.split_at(end);
                rest = tail.trim_start_matches([' ', '\t']);
                word.to_string()
            };
            w.set_var(name, value);
        }
    });
    status
}

pub fn break_loop(ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    loop_control(ctx, argv, Control::Break)
}

pub fn continue_loop(ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    loop_control(ctx, argv, Control::Continue)
}

fn loop_control(mut ctx: Ctx, argv: Vec<String>, make: fn(u32) -> Control) -> CommandFuture {
    let name = argv.first().cloned().unwrap_or_default();
    let levels = match argv.get(1) {
        None => 1,
        Some(n) => match n.parse::<u32>() {
            Ok(n) if n > 0 => n,
            Ok(_) => {
                ctx.err(&format!("bash: {name}: {n}: loop count out of range\n"));
                return done(1);
            }
            Err(_) => {
                ctx.err(&format!("bash: {name}: {n}: numeric argument required\n"));
                return done(128);
            }
        },
    };
    if ctx.job.loop_depth.get() == 0 {
        ctx.err(&format!(
            "bash: {name}: only meaningful in a `for', `while', or `until' loop\n"
        ));
        return done(0);
    }
    let levels = levels.min(u32::try_from(ctx.job.loop_depth.get()).unwrap_or(u32::MAX));
    ctx.job.control.set(make(levels));
    done(0)
}

/// `exit [N]`: leaves a subshell (`( … exit 3 )`), or ends the command
/// line with status N (default `$?`). The playground's terminal stays open.
pub fn exit(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let status = match argv.get(1) {
        None => ctx.with_world(|w| w.last_status),
        Some(n) => match n.parse::<i64>() {
            Ok(n) => i32::from(n.rem_euclid(256) as u8),
            Err(_) => {
                ctx.err(&format!("bash: exit: {n}: numeric argument required\n"));
                2
            }
        },
    };
    ctx.job.control.set(Control::Exit(status));
    done(status)
}

pub fn clear(mut ctx: Ctx, _: Vec<String>) -> CommandFuture {
    ctx.clear_screen();
    done(0)
}

/// `history [N]` lists the last N (default all) entries; `history -c` clears.
pub fn history(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    match argv.get(1).map(String::as_str) {
        Some("-c") => {
            ctx.with_world(|w| w.history.clear());
            return done(0);
        }
        Some(n) if n.parse::<usize>().is_err() => {
            ctx.err(&format!("bash: history: {n}: numeric argument required\n"));
            return done(1);
        }
        _ => {}
    }
    let last = argv.get(1).and_then(|n| n.parse::<usize>().ok());
    let text: String = ctx.with_world(|w| {
        let skip = last.map_or(0, |n| w.history.len().saturating_sub(n));
        w.history
            .iter()
            .enumerate()
            .skip(skip)
            .map(|(i, line)| format!("{:>5}  {line}\n", i + 1))
            .collect()
    });
    ctx.out(&text);
    done(0)
}
