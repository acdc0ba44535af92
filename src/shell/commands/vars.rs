//! Variable built-ins: `export`, `unset`, `env`, `printenv`.

use crate::shell::ctx::{done, CommandFuture, Ctx};
use crate::shell::parse::is_name;

/// `export [-n] [NAME[=VALUE]]…`; without names, lists exported variables
/// as bash does (`declare -x NAME="value"`).
pub fn export(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let mut args = argv.get(1..).unwrap_or_default();
    let mut unexport = false;
    while let Some(first) = args.first() {
        match first.as_str() {
            "-p" => {}
            "-n" => unexport = true,
            "--" => {}
            f if f.starts_with('-') => {
                ctx.err(&format!(
                    "bash: export: {f}: invalid option\nexport: usage: export [-fn] [name[=value] ...] or export -p\n"
                ));
                return done(2);
            }
            _ => break,
        }
        args = args.get(1..).unwrap_or_default();
    }
    if args.is_empty() {
        let text: String = ctx.with_world(|w| {
            w.environment()
                .into_iter()
                .map(|(k, v)| format!("declare -x {k}=\"{}\"\n", escape_double(v)))
                .collect()
        });
        ctx.out(&text);
        return done(0);
    }
    let mut status = 0;
    for arg in args {
        let (name, value) = match arg.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (arg.as_str(), None),
        };
        if !is_name(name) {
            ctx.err(&format!("bash: export: `{arg}': not a valid identifier\n"));
            status = 1;
            continue;
        }
        ctx.with_world(|w| {
            if unexport {
                if let Some(v) = value.clone() {
                    w.set_var(name, v);
                }
                if let Some(var) = w.vars.get_mut(name) {
                    var.exported = false;
                }
            } else {
                w.export(name, value);
            }
        });
    }
    done(status)
}

/// Escapes `"`, `\`, `$` and backtick as `declare -p` shows values.
fn escape_double(value: &str) -> String {
    let mut out = String::new();
    for c in value.chars() {
        if matches!(c, '"' | '\\' | '$' | '`') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `unset [-v] NAME…`.
pub fn unset(ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    for arg in argv.iter().skip(1) {
        if arg == "-v" || arg == "-f" {
            continue;
        }
        ctx.with_world(|w| w.unset(arg));
    }
    done(0)
}

/// `env [NAME=VALUE]… [COMMAND ARGS…]`: lists the environment (with the
/// given additions), or runs a command with them.
pub fn env(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let mut extra: Vec<(String, String)> = Vec::new();
    let mut rest = argv.get(1..).unwrap_or_default();
    while let Some((name, value)) = rest.first().and_then(|a| a.split_once('=')) {
        extra.push((name.to_string(), value.to_string()));
        rest = rest.get(1..).unwrap_or_default();
    }
    if let Some(first) = rest.first() {
        if first.starts_with('-') {
            ctx.err(&format!(
                "env: invalid option -- '{}'\nTry 'env --help' for more information.\n",
                first.trim_start_matches('-').chars().next().unwrap_or('-')
            ));
            return done(125);
        }
        return run_with(ctx, extra, rest.to_vec());
    }
    let mut vars: std::collections::BTreeMap<String, String> = ctx.with_world(|w| {
        crate::sorting::insert_all(
            w.environment()
                .into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string())),
        )
    });
    vars.extend(extra);
    let text: String = vars.iter().map(|(k, v)| format!("{k}={v}\n")).collect();
    ctx.out(&text);
    done(0)
}

/// `printenv [NAME]…` as GNU coreutils words it: no names lists what
/// `env` lists; otherwise each set variable's value on its own line.
pub fn printenv(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let names = argv.get(1..).unwrap_or_default();
    match names.first().filter(|a| a.len() > 1 && a.starts_with('-')) {
        Some(f) => {
            let f = f.trim_start_matches('-');
            ctx.err(&format!(
                "printenv: invalid option -- '{f}'\nTry 'printenv --help' for more information.\n"
            ));
            done(2)
        }
        None if names.is_empty() => env(ctx, argv),
        None => done(print_named(&mut ctx, names)),
    }
}

/// `printenv NAME…` (GNU and BusyBox alike): prints the value of each
/// exported NAME on its own line; status 1 when any of them is unset.
pub fn print_named(ctx: &mut Ctx, names: &[String]) -> i32 {
    let (text, missing) = ctx.with_world(|w| {
        let vars = w.environment();
        let found: Vec<_> = names
            .iter()
            .filter_map(|n| vars.iter().find(|(k, _)| k == n))
            .map(|(_, v)| format!("{v}\n"))
            .collect();
        (found.concat(), found.len() < names.len())
    });
    ctx.out(&text);
    i32::from(missing)
}

/// Runs `argv` with `extra` variables exported for its duration.
fn run_with(mut ctx: Ctx, extra: Vec<(String, String)>, argv: Vec<String>) -> CommandFuture {
    let name = argv.first().cloned().unwrap_or_default();
    let Some(spec) = ctx.with_world(|w| w.commands.find(&name)) else {
        ctx.err(&format!("env: ‘{name}’: No such file or directory\n"));
        return done(127);
    };
    let saved = ctx.with_world(|w| {
        extra
            .into_iter()
            .map(|(k, v)| {
                let old = w.vars.get(&k).cloned();
                w.export(&k, Some(v));
                (k, old)
            })
            .collect::<Vec<_>>()
    });
    let inner = ctx.fork();
    Box::pin(async move {
        let status = (spec.run)(inner, argv).await;
        ctx.with_world(|w| {
            for (k, old) in saved.into_iter().rev() {
                match old {
                    Some(var) => {
                        w.vars.insert(k, var);
                    }
                    None => w.unset(&k),
                }
            }
        });
        status
    })
}

/// `set`: without arguments lists every variable (`NAME=value`, quoted
/// when needed). Shell options (`-e`, `-u`, `-x`, `-o pipefail`, …) are
/// accepted and ignored: the playground runs one command line at a time.
pub fn set(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let args = argv.get(1..).unwrap_or_default();
    if args.is_empty() {
        let text: String = ctx.with_world(|w| {
            w.vars
                .iter()
                .map(|(k, v)| format!("{k}={}\n", quote_value(&v.value)))
                .collect()
        });
        ctx.out(&text);
        return done(0);
    }
    for arg in args {
        let flags = arg.strip_prefix('-').or_else(|| arg.strip_prefix('+'));
        match flags {
            Some(f) if f.chars().all(|c| "abefhkmnptuvxBCEHPTo-".contains(c)) => {}
            None if ["pipefail", "errexit", "nounset", "xtrace", "vi", "emacs"]
                .contains(&arg.as_str()) => {}
            _ => {
                ctx.err(&format!(
                    "bash: set: {arg}: invalid option\nset: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n"
                ));
                return done(2);
            }
        }
    }
    done(0)
}

/// Quotes a value as `set` prints it: plain when safe, else in `'…'`.
fn quote_value(value: &str) -> String {
    let safe = !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "@%+=:,./-_".contains(c));
    if safe {
        value.to_string()
    } else {
        format!("'{}'", value.replace('\'', "'\\''"))
    }
}
