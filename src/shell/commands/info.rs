//! Commands that describe the environment: `which`, `type` (aliases
//! first, as bash looks them up) and `date`
//! (the simulated clock, which is the cluster's wall clock).

use super::ls::{civil_date, unix_secs};
use super::Commands;
use crate::shell::ctx::{done, CommandFuture, Ctx};

/// Where a command "lives", as `which` and `type` report it: the
/// playground's programs sit in the usual directories, built-ins nowhere.
pub(super) fn location(table: &Commands, name: &str) -> Option<String> {
    const BUILTINS: &[&str] = &[
        "cd", "echo", "printf", "export", "unset", "set", "read", "test", "[", "true", "false",
        ":", "break", "continue", "exit", "help", "history", "pwd", "type", "alias", "unalias",
        "source", ".", "complete", "command",
    ];
    const LOCAL: &[&str] = &["kubectl", "minikube", "helm"];
    let spec = table.find(name)?;
    if BUILTINS.contains(&spec.name) {
        return None;
    }
    let dir = if LOCAL.contains(&spec.name) {
        "/usr/local/bin"
    } else {
        "/usr/bin"
    };
    Some(format!("{dir}/{}", spec.name))
}

fn is_builtin(table: &Commands, name: &str) -> bool {
    table.find(name).is_some() && location(table, name).is_none()
}

/// `which NAME…`: the path of each program; status 1 if any is missing.
pub fn which(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let table = ctx.with_world(|w| w.commands.clone());
    let mut status = 0;
    let mut out = String::new();
    for name in argv.iter().skip(1) {
        match location(&table, name) {
            Some(path) => out.push_str(&format!("{path}\n")),
            None => status = 1,
        }
    }
    ctx.out(&out);
    done(status)
}

/// `type NAME…`: whether each name is a builtin, a keyword or a program.
pub fn type_of(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    const KEYWORDS: &[&str] = &[
        "if", "then", "else", "elif", "fi", "for", "in", "do", "done", "while", "until", "{", "}",
        "!",
    ];
    let table = ctx.with_world(|w| w.commands.clone());
    let mut status = 0;
    for name in argv.iter().skip(1) {
        if let Some(value) = ctx.with_world(|w| w.aliases.get(name).cloned()) {
            ctx.out(&format!("{name} is aliased to `{value}'\n"));
        } else if KEYWORDS.contains(&name.as_str()) {
            ctx.out(&format!("{name} is a shell keyword\n"));
        } else if is_builtin(&table, name) {
            ctx.out(&format!("{name} is a shell builtin\n"));
        } else if let Some(path) = location(&table, name) {
            ctx.out(&format!("{name} is {path}\n"));
        } else {
            ctx.err(&format!("bash: type: {name}: not found\n"));
            status = 1;
        }
    }
    done(status)
}

/// `date [-u] [+FORMAT]`: the simulated time, in UTC.
pub fn date(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let mut format = "%a %b %e %H:%M:%S UTC %Y".to_string();
    for arg in argv.iter().skip(1) {
        match arg.as_str() {
            "-u" | "--utc" => {}
            f if f.starts_with('+') => format = f.get(1..).unwrap_or("").to_string(),
            other => {
                let problem = match other.strip_prefix('-') {
                    Some(o) => format!("invalid option -- '{}'", o.chars().next().unwrap_or('-')),
                    None => format!("invalid date ‘{other}’"),
                };
                ctx.err(&format!(
                    "date: {problem}\nTry 'date --help' for more information.\n"
                ));
                return done(1);
            }
        }
    }
    let secs = unix_secs(ctx.now_ms());
    ctx.out(&format!("{}\n", strftime(&format, secs)));
    done(0)
}

/// The `date` subset of strftime: `%Y %m %d %e %H %M %S %s %T %F %a %b %Z %%`.
fn strftime(format: &str, secs: u64) -> String {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let days = secs / 86_400;
    let (year, month, day) = civil_date(days);
    let (h, m, s) = (secs % 86_400 / 3600, secs % 3600 / 60, secs % 60);
    let mut out = String::new();
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('Y') => out.push_str(&year.to_string()),
            Some('m') => out.push_str(&format!("{month:02}")),
            Some('d') => out.push_str(&format!("{day:02}")),
            Some('e') => out.push_str(&format!("{day:>2}")),
            Some('H') => out.push_str(&format!("{h:02}")),
            Some('M') => out.push_str(&format!("{m:02}")),
            Some('S') => out.push_str(&format!("{s:02}")),
            Some('s') => out.push_str(&secs.to_string()),
            Some('T') => out.push_str(&format!("{h:02}:{m:02}:{s:02}")),
            Some('F') => out.push_str(&format!("{year}-{month:02}-{day:02}")),
            // 1970-01-01 was a Thursday, the first entry of DAYS.
            Some('a') => out.push_str(DAYS.get((days % 7) as usize).unwrap_or(&"Thu")),
            Some('b') => out.push_str(
                MONTHS
                    .get(month.saturating_sub(1) as usize)
                    .unwrap_or(&"Jan"),
            ),
            Some('Z') => out.push_str("UTC"),
            Some('%') => out.push('%'),
            Some(other) => {
                out.push('%');
                out.push(other);
            }
            None => out.push('%'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_format_like_gnu_date() {
        assert_eq!(
            strftime("%a %b %e %H:%M:%S UTC %Y", unix_secs(0)),
            "Mon Jan 12 09:04:37 UTC 2026"
        );
        assert_eq!(
            strftime("%F %T %%", unix_secs(0) + 86_400 * 40 + 3661),
            "2026-02-21 10:05:38 %"
        );
        assert_eq!(strftime("%s", 5), "5");
    }
}
