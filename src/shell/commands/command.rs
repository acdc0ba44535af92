//! `command`: `command -v NAME` (how bash would run NAME: an alias's
//! definition, a builtin's name, a program's path), `command -V NAME`
//! (as `type` says it), and `command NAME ARGS` (run NAME, skipping aliases).

use super::alias::line as alias_line;
use crate::shell::ctx::{done, CommandFuture, Ctx};

pub fn command(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let mut args = argv.iter().skip(1).peekable();
    let (mut short, mut verbose) = (false, false);
    while let Some(opt) = args.next_if(|a| a.starts_with('-') && a.len() > 1) {
        if opt == "--" {
            break;
        }
        for c in opt.chars().skip(1) {
            match c {
                'v' => short = true,
                'V' => verbose = true,
                'p' => {}
                _ => {
                    ctx.err(&format!(
                        "bash: command: -{c}: invalid option\ncommand: usage: command [-pVv] command [arg ...]\n"
                    ));
                    return done(2);
                }
            }
        }
    }
    let rest: Vec<String> = args.cloned().collect();
    if verbose {
        let mut type_argv = vec!["type".to_string()];
        type_argv.extend(rest);
        return super::info::type_of(ctx, type_argv);
    }
    if short {
        let mut status = 0;
        let table = ctx.with_world(|w| w.commands.clone());
        for name in &rest {
            let alias = ctx.with_world(|w| w.aliases.get(name).cloned());
            match (alias, super::info::location(&table, name)) {
                (Some(value), _) => ctx.out(&alias_line(name, &value)),
                (None, Some(path)) => ctx.out(&format!("{path}\n")),
                (None, None) if table.find(name).is_some() => ctx.out(&format!("{name}\n")),
                (None, None) => status = 1,
            }
        }
        return done(status);
    }
    let Some(name) = rest.first() else {
        return done(0);
    };
    let spec = ctx.with_world(|w| w.commands.find(name));
    match spec {
        Some(spec) => (spec.run)(ctx, rest),
        None => {
            ctx.err(&format!("bash: {name}: command not found\n"));
            done(127)
        }
    }
}
