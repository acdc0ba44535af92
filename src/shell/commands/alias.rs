//! `alias` and `unalias`, with bash's output and error texts. The table
//! lives in `World::aliases`; `shell::alias` expands it when a line is read.

use crate::shell::alias::valid_name;
use crate::shell::ctx::{done, CommandFuture, Ctx};
use crate::shell::limits::ALIASES_MAX;

/// `alias NAME='VALUE'`, quoted as bash prints it (`'` becomes `'\''`).
pub fn line(name: &str, value: &str) -> String {
    format!("alias {name}='{}'\n", value.replace('\'', "'\\''"))
}

/// `alias [-p] [NAME[=VALUE] …]`: define, print one, or list all.
pub fn alias(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let mut args = argv.iter().skip(1).peekable();
    let mut list = argv.len() == 1;
    while let Some(opt) = args.next_if(|a| a.starts_with('-') && a.len() > 1) {
        match opt.as_str() {
            "-p" => list = true,
            "--" => break,
            _ => {
                ctx.err(&format!(
                    "bash: alias: {}: invalid option\nalias: usage: alias [-p] [name[=value] ... ]\n",
                    opt.get(..2).unwrap_or(opt)
                ));
                return done(2);
            }
        }
    }
    if list {
        let all = ctx.with_world(|w| {
            w.aliases
                .iter()
                .map(|(k, v)| line(k, v))
                .collect::<String>()
        });
        ctx.out(&all);
    }
    let mut status = 0;
    for arg in args {
        match arg.split_once('=') {
            Some((name, value)) if valid_name(name) => {
                let added = ctx.with_world(|w| {
                    if w.aliases.len() >= ALIASES_MAX && !w.aliases.contains_key(name) {
                        return false;
                    }
                    w.aliases.insert(name.to_string(), value.to_string());
                    true
                });
                if !added {
                    ctx.err(&format!(
                        "bash: alias: {name}: too many aliases (kubeplay keeps {ALIASES_MAX})\n"
                    ));
                    status = 1;
                }
            }
            Some((name, _)) => {
                ctx.err(&format!("bash: alias: `{name}': invalid alias name\n"));
                status = 1;
            }
            None => match ctx.with_world(|w| w.aliases.get(arg).cloned()) {
                Some(value) => ctx.out(&line(arg, &value)),
                None => {
                    ctx.err(&format!("bash: alias: {arg}: not found\n"));
                    status = 1;
                }
            },
        }
    }
    done(status)
}

/// `unalias [-a] NAME…`: forget aliases.
pub fn unalias(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    const USAGE: &str = "unalias: usage: unalias [-a] name [name ...]\n";
    let mut args = argv.iter().skip(1).peekable();
    let mut all = false;
    while let Some(opt) = args.next_if(|a| a.starts_with('-') && a.len() > 1) {
        match opt.as_str() {
            "-a" => all = true,
            "--" => break,
            _ => {
                ctx.err(&format!(
                    "bash: unalias: {}: invalid option\n{USAGE}",
                    opt.get(..2).unwrap_or(opt)
                ));
                return done(2);
            }
        }
    }
    if all {
        ctx.with_world(|w| w.aliases.clear());
        return done(0);
    }
    let names: Vec<&String> = args.collect();
    if names.is_empty() {
        ctx.err(USAGE);
        return done(2);
    }
    let mut status = 0;
    for name in names {
        if ctx
            .with_world(|w| w.aliases.remove(name.as_str()))
            .is_none()
        {
            ctx.err(&format!("bash: unalias: {name}: not found\n"));
            status = 1;
        }
    }
    done(status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listing_quotes_like_bash() {
        assert_eq!(line("k", "kubectl"), "alias k='kubectl'\n");
        assert_eq!(line("a", "it's"), "alias a='it'\\''s'\n");
    }
}
