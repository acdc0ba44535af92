//! Commands inside a container: how a container's own command runs
//! (`sleep 3600`, `sh -c "echo hi; sleep 5"`) and the simple commands
//! `kubectl exec` can run (`env`, `hostname`, `ls`, `cat server.js`,
//! `echo`, `sh -c "..."`). Network commands (`curl`, `wget`) are returned
//! to the engine, which owns the network.

use super::files::BOOTCAMP_SERVER_JS;
use super::shell::{split_script, split_words};
use super::App;
use crate::api::Time;
use std::collections::BTreeMap;

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
}

/// One step of running a command: done, or a network call for the engine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Done(ExecOutput),
    /// `curl`/`wget` with their arguments.
    Net(Vec<String>),
}

fn workdir(app: App) -> &'static str {
    match app {
        App::Tomcat(_) => "/usr/local/tomcat",
        App::CouchDb(_) => "/opt/couchdb",
        _ => "/",
    }
}

/// The files an image has, besides mounts: path → content.
fn image_file(ctx: &ExecCtx<'_>, path: &str) -> Option<String> {
    let p = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("{}/{path}", workdir(ctx.app).trim_end_matches('/'))
    };
    if let Some(f) = ctx.files.get(&p) {
        return Some(f.clone());
    }
    match (ctx.app, p.as_str()) {
        (App::Bootcamp(v), "/server.js") => Some(BOOTCAMP_SERVER_JS.replace("v=1", &format!("v={v}"))),
        (App::Nginx(v), "/usr/share/nginx/html/index.html") => Some(super::files::nginx_index(v)),
        (_, "/etc/hostname") => Some(format!("{}\n", ctx.pod)),
        (_, "/etc/resolv.conf") => Some(format!(
            "search {}.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n",
            ctx.namespace
        )),
        (_, "/etc/hosts") => Some("# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n".into()),
        _ => None,
    }
}

fn list_dir(ctx: &ExecCtx<'_>, dir: &str) -> Option<Vec<String>> {
    let dir = if dir == "." { workdir(ctx.app) } else { dir };
    let fixed: &[&str] = match (ctx.app, dir.trim_end_matches('/')) {
        (App::Bootcamp(_), "") => &[
            "bin",
            "boot",
            "core",
            "dev",
            "etc",
            "home",
            "lib",
            "lib64",
            "media",
            "mnt",
            "opt",
            "proc",
            "root",
            "run",
            "sbin",
            "server.js",
            "srv",
            "sys",
            "tmp",
            "usr",
            "var",
        ],
        (App::Busybox, "") => &[
            "bin", "dev", "etc", "home", "lib", "lib64", "proc", "root", "sys", "tmp", "usr", "var",
        ],
        (_, "") => &[
            "bin", "boot", "dev", "etc", "home", "lib", "lib64", "media", "mnt", "opt", "proc",
            "root", "run", "sbin", "srv", "sys", "tmp", "usr", "var",
        ],
        (App::Nginx(_), "/usr/share/nginx/html") => &["50x.html", "index.html"],
        (App::Tomcat(_), "/usr/local/tomcat") => &[
            "bin",
            "conf",
            "lib",
            "logs",
            "native-jni-lib",
            "temp",
            "webapps",
            "webapps.dist",
            "work",
        ],
        _ => &[],
    };
    let mut names: Vec<String> = fixed.iter().map(|s| s.to_string()).collect();
    let prefix = format!("{}/", dir.trim_end_matches('/'));
    for path in ctx.files.keys() {
        if let Some(rest) = path.strip_prefix(&prefix) {
            let first = rest.split('/').next().unwrap_or(rest).to_string();
            if !names.contains(&first) {
                names.push(first);
            }
        }
    }
    if names.is_empty() && !matches!(dir, "/tmp" | "/home" | "/mnt") {
        return None;
    }
    names.sort();
    Some(names)
}

fn expand(word: &str, env: &[(String, String)]) -> String {
    if let Some(name) = word.strip_prefix('$') {
        let name = name.trim_start_matches('{').trim_end_matches('}');
        return env
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default();
    }
    word.to_string()
}

/// Runs `argv` in the container.
pub fn run(ctx: &ExecCtx<'_>, argv: &[String]) -> Step {
    let Some(cmd) = argv.first() else {
        return Step::Done(ExecOutput::default());
    };
    let name = cmd.rsplit('/').next().unwrap_or(cmd);
    let out = |stdout: String| {
        Step::Done(ExecOutput {
            stdout,
            ..ExecOutput::default()
        })
    };
    let args: Vec<&str> = argv.iter().skip(1).map(String::as_str).collect();
    match name {
        "sh" | "bash" | "ash" if name != "bash" || ctx.app.has_bash() => match args.as_slice() {
            ["-c", script, ..] => run_script(ctx, script),
            _ => Step::Done(ExecOutput::default()),
        },
        "env" | "printenv" => match args.first() {
            Some(var) => match ctx.env.iter().find(|(k, _)| k == var) {
                Some((_, v)) => out(format!("{v}\n")),
                None => Step::Done(ExecOutput {
                    exit_code: 1,
                    ..ExecOutput::default()
                }),
            },
            None => out(ctx.env.iter().map(|(k, v)| format!("{k}={v}\n")).collect()),
        },
        "hostname" => out(format!("{}\n", ctx.pod)),
        "echo" => out(format!("{}\n", args.join(" "))),
        "pwd" => out(format!("{}\n", workdir(ctx.app))),
        "whoami" => out("root\n".into()),
        "id" => out("uid=0(root) gid=0(root) groups=0(root)\n".into()),
        "true" => out(String::new()),
        "false" => Step::Done(ExecOutput {
            exit_code: 1,
            ..ExecOutput::default()
        }),
        "exit" => Step::Done(ExecOutput {
            exit_code: args.first().and_then(|n| n.parse().ok()).unwrap_or(0),
            ..ExecOutput::default()
        }),
        "date" => {
            let c = ctx.now.civil();
            let day = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
                .get(c.weekday as usize)
                .copied()
                .unwrap_or("Mon");
            let date = super::http::http_date(ctx.now);
            let mon = date.split(' ').nth(2).unwrap_or("Jan");
            out(format!(
                "{day} {mon} {:2} {:02}:{:02}:{:02} UTC {}\n",
                c.day, c.hour, c.minute, c.second, c.year
            ))
        }
        "uname" => out(match args.first().copied() {
            Some("-a") => format!(
                "Linux {} 5.15.0-1057-azure #65-Ubuntu SMP x86_64 GNU/Linux\n",
                ctx.pod
            ),
            Some("-r") => "5.15.0-1057-azure\n".into(),
            Some("-n") => format!("{}\n", ctx.pod),
            Some("-m") => "x86_64\n".into(),
            _ => "Linux\n".into(),
        }),
        "sleep" => Step::Done(ExecOutput {
            duration_ms: args
                .first()
                .and_then(|n| n.trim_end_matches('s').parse::<u64>().ok())
                .unwrap_or(0)
                .saturating_mul(1000),
            ..ExecOutput::default()
        }),
        "ls" => ls(ctx, &args),
        "cat" => cat(ctx, &args),
        "node" if matches!(ctx.app, App::Bootcamp(_)) => out("v6.3.1\n".into()),
        "nginx" => match ctx.app {
            App::Nginx(v) => Step::Done(ExecOutput {
                stderr: format!("nginx version: nginx/{v}\n"),
                ..ExecOutput::default()
            }),
            _ => not_found(name),
        },
        "ps" => out(format!(
            "PID   USER     TIME  COMMAND\n    1 root      0:00 {}\n",
            main_command(ctx.app)
        )),
        "curl"
            if !matches!(
                ctx.app,
                App::Busybox | App::UdacityHello(_) | App::UdacityAuth(_)
            ) =>
        {
            Step::Net(argv.to_vec())
        }
        "wget" => Step::Net(argv.to_vec()),
        _ => not_found(name),
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

fn not_found(name: &str) -> Step {
    Step::Done(ExecOutput {
        exit_code: 1,
        start_error: Some(format!(
            "Internal error occurred: error executing command in container: failed to exec in container: failed to start exec: OCI runtime exec failed: exec failed: unable to start container process: exec: \"{name}\": executable file not found in $PATH: unknown"
        )),
        ..ExecOutput::default()
    })
}

fn ls(ctx: &ExecCtx<'_>, args: &[&str]) -> Step {
    let dirs: Vec<&str> = args
        .iter()
        .copied()
        .filter(|a| !a.starts_with('-'))
        .collect();
    let dirs = if dirs.is_empty() { vec!["."] } else { dirs };
    let mut stdout = String::new();
    let mut stderr = String::new();
    for d in &dirs {
        match list_dir(ctx, d) {
            Some(names) => {
                if dirs.len() > 1 {
                    stdout.push_str(&format!("{d}:\n"));
                }
                for n in names {
                    stdout.push_str(&n);
                    stdout.push('\n');
                }
            }
            None if image_file(ctx, d).is_some() => stdout.push_str(&format!("{d}\n")),
            None => stderr.push_str(&format!(
                "ls: cannot access '{d}': No such file or directory\n"
            )),
        }
    }
    let exit_code = if stderr.is_empty() { 0 } else { 2 };
    Step::Done(ExecOutput {
        stdout,
        stderr,
        exit_code,
        ..ExecOutput::default()
    })
}

fn cat(ctx: &ExecCtx<'_>, args: &[&str]) -> Step {
    let mut o = ExecOutput::default();
    for f in args {
        match image_file(ctx, f) {
            Some(text) => o.stdout.push_str(&text),
            None if list_dir(ctx, f).is_some() => {
                o.stderr.push_str(&format!("cat: {f}: Is a directory\n"));
                o.exit_code = 1;
            }
            None => {
                o.stderr
                    .push_str(&format!("cat: {f}: No such file or directory\n"));
                o.exit_code = 1;
            }
        }
    }
    Step::Done(o)
}

fn run_script(ctx: &ExecCtx<'_>, script: &str) -> Step {
    let mut total = ExecOutput::default();
    for (cmd, chained) in split_script(script) {
        if chained && total.exit_code != 0 {
            continue;
        }
        let words: Vec<String> = split_words(&cmd)
            .iter()
            .map(|w| expand(w, ctx.env))
            .collect();
        match run(ctx, &words) {
            Step::Net(argv) => return Step::Net(argv),
            Step::Done(o) => {
                total.stdout.push_str(&o.stdout);
                total.stderr.push_str(&o.stderr);
                total.duration_ms += o.duration_ms;
                total.exit_code = o.exit_code;
                if o.start_error.is_some() {
                    let name = words.first().cloned().unwrap_or_default();
                    total
                        .stderr
                        .push_str(&format!("sh: 1: {name}: not found\n"));
                    total.exit_code = 127;
                }
            }
        }
    }
    Step::Done(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx<'a>(files: &'a BTreeMap<String, String>, env: &'a [(String, String)]) -> ExecCtx<'a> {
        ExecCtx {
            app: App::Bootcamp(1),
            pod: "kb-1",
            namespace: "default",
            env,
            files,
            now: Time(1_768_208_677_000),
        }
    }

    fn done(s: Step) -> ExecOutput {
        match s {
            Step::Done(o) => o,
            Step::Net(_) => panic!("network"),
        }
    }

    #[test]
    fn simple_commands_answer_like_the_image() {
        let files = BTreeMap::new();
        let env = vec![("HOSTNAME".to_string(), "kb-1".to_string())];
        let c = ctx(&files, &env);
        let argv = |s: &str| split_words(s);
        assert_eq!(done(run(&c, &argv("hostname"))).stdout, "kb-1\n");
        assert!(done(run(&c, &argv("ls"))).stdout.contains("server.js\n"));
        assert!(done(run(&c, &argv("cat server.js")))
            .stdout
            .starts_with("var http = require('http');"));
        assert_eq!(
            done(run(&c, &argv("sh -c 'echo $HOSTNAME && false && echo no'"))).stdout,
            "kb-1\n"
        );
        assert!(done(run(&c, &argv("frobnicate"))).start_error.is_some());
        assert_eq!(
            run(&c, &argv("curl http://localhost:8080")),
            Step::Net(argv("curl http://localhost:8080"))
        );
        assert_eq!(done(run(&c, &argv("cat /nope"))).exit_code, 1);
    }
}
