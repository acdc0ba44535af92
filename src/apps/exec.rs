//! Commands inside a container: how a container's own command runs
//! (`sleep 3600`, `sh -c "echo hi; sleep 5"`) and the simple commands
//! `kubectl exec` can run (`env`, `hostname`, `ls`, `cat server.js`,
//! `echo`, `sh -c "..."`). Network commands (`curl`, `wget`) are returned
//! to the engine, which owns the network.

//! Commands inside a container: how a container's own command runs
//! (`sleep 3600`, `sh -c "echo hi; sleep 5"`), the simple commands
//! `kubectl exec` can run (`env`, `hostname`, `ls`, `cat server.js`,
//! `echo`, `sh -c "..."`) and, in [`interactive`], the shell a learner
//! types into (`kubectl exec -it POD -- bash`). Network commands (`curl`,
//! `wget`) go through a [`Net`] callback: the engine owns the network.

pub mod fs;
pub mod interactive;

use super::shell::{split_script, split_words_expanded};
use super::App;
use crate::api::Time;
use std::collections::BTreeMap;

pub use fs::workdir;

/// Output of an exec'd command.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExecOutput {
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
    /// Simulated time the command takes (`sleep 5` → 5000).
    pub duration_ms: u64,
    /// The runtime could not start the command at all (kubectl prints
    /// `error: <this>` and exits 1).
    pub start_error: Option<String>,
}

/// What a container sees when a command runs in it.
pub struct ExecCtx<'a> {
    pub app: App,
    pub pod: &'a str,
    pub namespace: &'a str,
    pub env: &'a [(String, String)],
    /// Mounted files (ConfigMap volumes, service-account token): path → content.
    pub files: &'a BTreeMap<String, String>,
    pub now: Time,
    /// The working directory relative paths start from.
    pub cwd: &'a str,
    /// True when a terminal is attached (`exec -t`): `ls` prints columns.
    pub tty: bool,
}

/// Runs a network command (`curl`, `wget` with their arguments) from the
/// container; the engine supplies it.
pub type Net<'n> = &'n mut dyn FnMut(&[String]) -> ExecOutput;

/// Runs `argv` in the container.
pub fn run(ctx: &ExecCtx<'_>, argv: &[String], net: Net<'_>) -> ExecOutput {
    let Some(cmd) = argv.first() else {
        return ExecOutput::default();
    };
    let name = cmd.rsplit('/').next().unwrap_or(cmd);
    let args: Vec<&str> = argv.iter().skip(1).map(String::as_str).collect();
    let has_curl = !matches!(
        ctx.app,
        App::Busybox | App::UdacityHello(_) | App::UdacityAuth(_)
    );
    match name {
        "sh" | "bash" | "ash" if name != "bash" || ctx.app.has_bash() => match args.as_slice() {
            ["-c", script, ..] => run_script(ctx, script, net),
            _ => ExecOutput::default(),
        },
        "ls" => fs::ls(ctx, &args),
        "cat" => fs::cat(ctx, &args),
        "curl" if has_curl => net(argv),
        "wget" => net(argv),
        _ => match basic(ctx, name, &args).or_else(|| info(ctx, name, &args)) {
            Some(out) => out,
            None => not_found(name),
        },
    }
}

/// Looks up an environment variable the way the container's shell sees it.
fn env_lookup<'e>(env: &'e [(String, String)]) -> impl Fn(&str) -> Option<String> + 'e {
    move |name| {
        env.iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }
}

fn stdout(text: String) -> Option<ExecOutput> {
    Some(ExecOutput {
        stdout: text,
        ..ExecOutput::default()
    })
}

fn status(code: i32) -> Option<ExecOutput> {
    Some(ExecOutput {
        exit_code: code,
        ..ExecOutput::default()
    })
}

/// Shell-ish commands every image has: env, hostname, echo, pwd, ...
fn basic(ctx: &ExecCtx<'_>, name: &str, args: &[&str]) -> Option<ExecOutput> {
    match name {
        "env" | "printenv" => match args.first() {
            Some(var) => match ctx.env.iter().find(|(k, _)| k == var) {
                Some((_, v)) => stdout(format!("{v}\n")),
                None => status(1),
            },
            None => stdout(ctx.env.iter().map(|(k, v)| format!("{k}={v}\n")).collect()),
        },
        "hostname" => stdout(format!("{}\n", ctx.pod)),
        "echo" => stdout(format!("{}\n", args.join(" "))),
        "pwd" => stdout(format!("{}\n", ctx.cwd)),
        "whoami" => stdout("root\n".into()),
        "id" => stdout("uid=0(root) gid=0(root) groups=0(root)\n".into()),
        "true" => status(0),
        "false" => status(1),
        "exit" => status(args.first().and_then(|n| n.parse().ok()).unwrap_or(0)),
        "sleep" => Some(ExecOutput {
            duration_ms: args
                .first()
                .and_then(|n| n.trim_end_matches('s').parse::<u64>().ok())
                .unwrap_or(0)
                .saturating_mul(1000),
            ..ExecOutput::default()
        }),
        _ => None,
    }
}

/// What busybox and coreutils `date` print: `Mon Jan 12 09:04:37 UTC 2026`.
pub fn date_line(now: crate::api::Time) -> String {
    let c = now.civil();
    // "Mon, 12 Jan 2026 ..." gives the weekday and month names.
    let http = super::http::http_date(now);
    let mut parts = http.split([',', ' ']).filter(|w| !w.is_empty());
    let day = parts.next().unwrap_or("Mon");
    let mon = parts.nth(1).unwrap_or("Jan");
    format!(
        "{day} {mon} {:2} {:02}:{:02}:{:02} UTC {}",
        c.day, c.hour, c.minute, c.second, c.year
    )
}

/// Commands that describe the system: date, uname, ps, versions.
fn info(ctx: &ExecCtx<'_>, name: &str, args: &[&str]) -> Option<ExecOutput> {
    match name {
        "date" => stdout(format!("{}\n", date_line(ctx.now))),
        "uname" => stdout(match args.first().copied() {
            Some("-a") => format!(
                "Linux {} 5.15.0-1057-azure #65-Ubuntu SMP x86_64 GNU/Linux\n",
                ctx.pod
            ),
            Some("-r") => "5.15.0-1057-azure\n".into(),
            Some("-n") => format!("{}\n", ctx.pod),
            Some("-m") => "x86_64\n".into(),
            _ => "Linux\n".into(),
        }),
        "node" if matches!(ctx.app, App::Bootcamp(_)) => stdout("v6.3.1\n".into()),
        "nginx" => match ctx.app {
            App::Nginx(v) => Some(ExecOutput {
                stderr: format!("nginx version: nginx/{v}\n"),
                ..ExecOutput::default()
            }),
            _ => None,
        },
        "ps" => stdout(format!(
            "PID   USER     TIME  COMMAND\n    1 root      0:00 {}\n",
            main_command(ctx.app)
        )),
        _ => None,
    }
}

fn main_command(app: App) -> &'static str {
    match app {
        App::Bootcamp(_) => "node server.js",
        App::Nginx(_) => "nginx: master process nginx -g daemon off;",
        App::Tomcat(_) => {
            "/opt/java/openjdk/bin/java ... org.apache.catalina.startup.Bootstrap start"
        }
        App::CouchDb(_) => "/opt/couchdb/bin/../erts/bin/beam.smp",
        App::Busybox => "sh",
        _ => "/app",
    }
}

/// The runtime's answer to a program the image does not have.
pub fn not_found(name: &str) -> ExecOutput {
    ExecOutput {
        exit_code: 1,
        start_error: Some(format!(
            "Internal error occurred: error executing command in container: failed to exec in container: failed to start exec: OCI runtime exec failed: exec failed: unable to start container process: exec: \"{name}\": executable file not found in $PATH: unknown"
        )),
        ..ExecOutput::default()
    }
}

/// `sh -c SCRIPT`: each command in turn (`;`, `&&`, newlines), output
/// gathered in order; a missing program in dash's words (`sh: 1: x: not found`).
fn run_script(ctx: &ExecCtx<'_>, script: &str, net: Net<'_>) -> ExecOutput {
    let mut total = ExecOutput::default();
    let lookup = env_lookup(ctx.env);
    for (cmd, chained) in split_script(script) {
        if chained && total.exit_code != 0 {
            continue;
        }
        let words = split_words_expanded(&cmd, &lookup);
        let o = run(ctx, &words, net);
        total.stdout.push_str(&o.stdout);
        total.stderr.push_str(&o.stderr);
        total.duration_ms = total.duration_ms.saturating_add(o.duration_ms);
        total.exit_code = o.exit_code;
        if o.start_error.is_some() {
            let name = words.first().cloned().unwrap_or_default();
            total
                .stderr
                .push_str(&format!("sh: 1: {name}: not found\n"));
            total.exit_code = 127;
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::apps::shell::split_words;

    fn ctx<'a>(files: &'a BTreeMap<String, String>, env: &'a [(String, String)]) -> ExecCtx<'a> {
        ExecCtx {
            app: App::Bootcamp(1),
            pod: "kb-1",
            namespace: "default",
            env,
            files,
            now: Time(1_768_208_677_000),
            cwd: "/",
            tty: false,
        }
    }

    /// Runs a command line; network calls answer with their argv joined.
    fn run_line(c: &ExecCtx<'_>, line: &str) -> ExecOutput {
        let mut net = |argv: &[String]| ExecOutput {
            stdout: format!("net: {}\n", argv.join(" ")),
            ..ExecOutput::default()
        };
        run(c, &split_words(line), &mut net)
    }

    #[test]
    fn simple_commands_answer_like_the_image() {
        let files = BTreeMap::new();
        let env = vec![("HOSTNAME".to_string(), "kb-1".to_string())];
        let c = ctx(&files, &env);
        assert_eq!(run_line(&c, "hostname").stdout, "kb-1\n");
        assert!(run_line(&c, "ls").stdout.contains("server.js\n"));
        assert!(run_line(&c, "cat server.js")
            .stdout
            .starts_with("var http = require('http');"));
        assert_eq!(
            run_line(&c, "sh -c 'echo $HOSTNAME && false && echo no'").stdout,
            "kb-1\n"
        );
        assert!(run_line(&c, "frobnicate").start_error.is_some());
        assert_eq!(
            run_line(&c, "curl http://localhost:8080").stdout,
            "net: curl http://localhost:8080\n"
        );
        assert_eq!(run_line(&c, "cat /nope").exit_code, 1);
    }

    #[test]
    fn a_script_keeps_output_before_and_after_a_network_call() {
        let files = BTreeMap::new();
        let c = ctx(&files, &[]);
        let o = run_line(&c, "sh -c 'echo a; curl localhost:8080; echo b'");
        assert_eq!(o.stdout, "a\nnet: curl localhost:8080\nb\n");
    }
}
