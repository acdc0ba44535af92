//! The programs of a container's shell: the terminal's built-ins the
//! image has too (`echo`, `cat`, `grep`, …, filtered by
//! `apps::exec::has_program`), and the rows here for what belongs to the
//! container — its host name and environment, `ps`, `which`, `wget`,
//! `curl` and `nslookup` over the cluster network and DNS, the shells
//! themselves (`sh -c '…'`), and the words of `cd` and `exit` in ash and dash.

use crate::apps::exec::{self as image, interactive::flavour};
use crate::engine::curl::{failure_text, parse_url};
use crate::engine::network::Client;
use crate::shell::commands::row;
use crate::shell::scope::{self, Dialect, Speech};
use crate::shell::{done, CommandFuture, CommandSpec, Commands, Ctx};

use super::container::{current, dialect, Current};

/// Shell builtins every container shell has (bash, dash and ash alike).
const BUILTINS: &[&str] = &[
    "echo", "printf", "export", "unset", "set", "read", "true", "false", ":", "test", "[", "break",
    "continue", "cd", "pwd", "alias", "unalias", "source", ".", "command", "exit", "type",
];

/// The rows that answer for the container itself.
const ROWS: &[CommandSpec] = &[
    row("hostname", "", hostname),
    row("env", "", env),
    row("printenv", "", env),
    row("ps", "", ps),
    row("uname", "", uname),
    row("which", "", which),
    row("wget", "", wget),
    row("curl", "", curl),
    row("nslookup", "", nslookup),
    row("node", "", banner),
    row("nginx", "", banner),
    row("sh", "", sh),
    row("ash", "", sh),
    row("bash", "", sh),
    row("cd", "", cd),
    row("exit", "", exit),
];

/// BusyBox applets that share the terminal's built-in but word their
/// errors as BusyBox does.
const BUSYBOX_WORDED: &[CommandSpec] = &[
    row("cat", "", busybox_words),
    row("ls", "", busybox_words),
    row("rm", "", busybox_words),
    row("mkdir", "", busybox_words),
];

/// True when a shell in the image runs `name`: a builtin or a program it has.
pub fn runs(app: crate::apps::App, name: &str) -> bool {
    BUILTINS.contains(&name) || image::has_program(app, name)
}

/// The command table of a container of `app`.
pub fn table(app: crate::apps::App) -> Commands {
    let busybox = image::is_busybox(app);
    let ours = |n: &str| {
        ROWS.iter().any(|r| r.name == n) || busybox && BUSYBOX_WORDED.iter().any(|r| r.name == n)
    };
    let table = Commands::builtins()
        .only(|n| runs(app, n) && !ours(n))
        .register("", ROWS);
    let table = if busybox {
        table.register("", BUSYBOX_WORDED)
    } else {
        table
    };
    table.only(|n| runs(app, n))
}

/// Runs the terminal's built-in of the same name, then prints its errors
/// in BusyBox's words (`cat: can't open 'x': No such file or directory`,
/// `ls: x: No such file or directory` with status 1).
fn busybox_words(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let name = argv.first().cloned().unwrap_or_default();
    let Some(spec) = Commands::builtins().find(&name) else {
        return done(127);
    };
    let (inner, errors) = ctx.capture_err();
    Box::pin(async move {
        let status = (spec.run)(inner, argv).await;
        let text = errors.take();
        let worded: String = text
            .lines()
            .map(|l| busybox_error(&name, l) + "\n")
            .collect();
        ctx.err(&worded);
        if name == "ls" && status == 2 {
            1
        } else {
            status
        }
    })
}

/// One GNU error line in BusyBox's words.
fn busybox_error(name: &str, line: &str) -> String {
    let Some(rest) = line.strip_prefix(&format!("{name}: ")) else {
        return line.to_string();
    };
    let quoted = |s: &str| {
        s.trim_matches(|c| c == '\'' || c == '‘' || c == '’')
            .to_string()
    };
    let split = |prefix: &str| {
        rest.strip_prefix(prefix)
            .and_then(|r| r.rsplit_once(": "))
            .map(|(path, why)| (quoted(path), why.to_string()))
    };
    match name {
        "cat" => match rest.rsplit_once(": ") {
            Some((_, "Is a directory")) => "cat: read error: Is a directory".to_string(),
            Some((path, why)) => format!("cat: can't open '{}': {why}", quoted(path)),
            None => line.to_string(),
        },
        "ls" => match split("cannot access ") {
            Some((path, why)) => format!("ls: {path}: {why}"),
            None => line.to_string(),
        },
        "rm" => match split("cannot remove ") {
            Some((path, why)) => format!("rm: can't remove '{path}': {why}"),
            None => line.to_string(),
        },
        "mkdir" => match split("cannot create directory ") {
            Some((path, why)) => format!("mkdir: can't create directory '{path}': {why}"),
            None => line.to_string(),
        },
        _ => line.to_string(),
    }
}

/// The running container (set by the exec code before any line runs).
fn here(ctx: &Ctx) -> Option<Current> {
    ctx.with_world(|w| current(w).cloned())
}

fn client(c: &Current) -> Client {
    Client::Pod {
        namespace: c.namespace.clone(),
        name: c.pod.clone(),
    }
}

fn hostname(mut ctx: Ctx, _: Vec<String>) -> CommandFuture {
    if let Some(c) = here(&ctx) {
        ctx.out(&format!("{}\n", c.pod));
    }
    done(0)
}

/// `env`, `printenv [NAME]…` (BusyBox's: no options): exported variables, the runtime's order first.
fn env(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let order = here(&ctx).map(|c| c.env_names).unwrap_or_default();
    let vars: Vec<(String, String)> = ctx.with_world(|w| {
        w.environment()
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    });
    if argv.len() > 1 && argv.first().is_some_and(|a| a == "printenv") {
        let names = argv.get(1..).unwrap_or_default();
        return done(crate::shell::commands::print_named(&mut ctx, names));
    }
    // The runtime's variables in its order, then the shell's own (sorted).
    let known = order
        .iter()
        .filter_map(|n| vars.iter().find(|(k, _)| k == n));
    let added = vars.iter().filter(|(k, _)| !order.contains(k));
    let text: String = known
        .chain(added)
        .map(|(k, v)| format!("{k}={v}\n"))
        .collect();
    ctx.out(&text);
    done(0)
}

fn ps(mut ctx: Ctx, _: Vec<String>) -> CommandFuture {
    if let Some(c) = here(&ctx) {
        ctx.out(&image::ps(c.app));
    }
    done(0)
}

fn uname(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    if let Some(c) = here(&ctx) {
        ctx.out(&image::uname(&c.pod, argv.get(1).map(String::as_str)));
    }
    done(0)
}

/// `node --version`, `nginx -v`.
fn banner(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    if let Some(c) = here(&ctx) {
        let (out, err) = image::version(c.app, argv.first().map_or("", String::as_str));
        ctx.out(&out);
        ctx.err(&err);
    }
    done(0)
}

/// `which NAME…`: where the image keeps each program; 1 if one is missing.
fn which(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let Some(c) = here(&ctx) else {
        return done(1);
    };
    let mut status = 0;
    for name in argv.iter().skip(1) {
        if image::has_program(c.app, name) {
            ctx.out(&format!("{}/{name}\n", image::program_dir(c.app, name)));
        } else {
            status = 1;
        }
    }
    done(status)
}

/// `curl …` from inside the pod.
fn curl(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let Some(c) = here(&ctx) else {
        return done(1);
    };
    let out = ctx.with_world(|w| w.cluster.curl(&client(&c), &argv));
    Box::pin(async move {
        if out.duration_ms > 0 {
            ctx.sleep_ms(out.duration_ms).await;
        }
        ctx.out(&out.stdout);
        ctx.err(&out.stderr);
        out.exit_code
    })
}

/// BusyBox `wget`'s options this playground reads.
#[derive(Default)]
struct WgetArgs {
    quiet: bool,
    /// `-O FILE`; `-` is standard output.
    output: Option<String>,
    spider: bool,
    timeout_s: Option<u64>,
    url: Option<String>,
}

fn wget_args(argv: &[String]) -> WgetArgs {
    let mut a = WgetArgs::default();
    let mut it = argv.iter().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--spider" => a.spider = true,
            "-q" | "--quiet" => a.quiet = true,
            "-O" | "-T" => {
                let value = it.next().cloned();
                if arg == "-O" {
                    a.output = value;
                } else {
                    a.timeout_s = value.and_then(|v| v.parse().ok());
                }
            }
            s if s.starts_with("--") => {}
            s if s.starts_with('-') => {
                // Bundled short options: `-qO-`, `-qO file`, `-T5`.
                let flags = s.get(1..).unwrap_or("");
                for (i, f) in flags.char_indices() {
                    let rest = flags.get(i + 1..).unwrap_or("");
                    match f {
                        'q' => a.quiet = true,
                        'O' | 'T' => {
                            let value = if rest.is_empty() {
                                it.next().cloned()
                            } else {
                                Some(rest.to_string())
                            };
                            if f == 'O' {
                                a.output = value;
                            } else {
                                a.timeout_s = value.and_then(|v| v.parse().ok());
                            }
                            break;
                        }
                        _ => {}
                    }
                }
            }
            s => a.url = a.url.clone().or_else(|| Some(s.to_string())),
        }
    }
    a
}

/// BusyBox's progress line: name, percentage, bar, size, ETA.
fn progress(name: &str, bytes: usize) -> String {
    format!(
        "{name:<20} 100% |{}| {bytes:>5}  0:00:00 ETA\n",
        "*".repeat(32)
    )
}

/// BusyBox `wget`: `-qO-`, `-O FILE`, `-T SECONDS`, `--spider`, over the
/// cluster network and DNS.
fn wget(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let Some(c) = here(&ctx) else {
        return done(1);
    };
    let a = wget_args(&argv);
    let Some(text) = a.url.clone() else {
        ctx.err("BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n");
        return done(1);
    };
    let Some(url) = parse_url(&text) else {
        ctx.err(&format!("wget: bad address '{text}'\n"));
        return done(1);
    };
    let headers = [
        ("User-Agent".to_string(), "Wget".to_string()),
        ("Connection".to_string(), "close".to_string()),
    ];
    let method = if a.spider { "HEAD" } else { "GET" };
    let reply = ctx.with_world(|w| {
        let ip = w.cluster.lookup(&client(&c), &url.host);
        let reply = w.cluster.http(
            &client(&c),
            method,
            &url.host,
            url.port,
            &url.path,
            &headers,
        );
        (ip.unwrap_or_default(), reply)
    });
    Box::pin(async move {
        let (ip, reply) = reply;
        let connecting = format!("Connecting to {} ({ip}:{})\n", url.host, url.port);
        let response = match reply {
            Err(e) => {
                let (_, msg, ms) = failure_text(&e, &url, true);
                let limit = a.timeout_s.map_or(ms, |s| s.saturating_mul(1000).min(ms));
                if limit > 0 {
                    ctx.sleep_ms(limit).await;
                }
                if !a.quiet && !msg.contains("bad address") {
                    ctx.err(&connecting);
                }
                let timed_out = a.timeout_s.is_some_and(|s| s.saturating_mul(1000) < ms);
                ctx.err(&if timed_out {
                    "wget: download timed out\n".to_string()
                } else {
                    format!("{msg}\n")
                });
                return 1;
            }
            Ok(reply) => reply.response,
        };
        if !a.quiet {
            ctx.err(&connecting);
        }
        if response.status >= 400 {
            ctx.err(&format!(
                "wget: server returned error: HTTP/1.1 {} {}\n",
                response.status, response.reason
            ));
            return 1;
        }
        if a.spider {
            if !a.quiet {
                ctx.err("remote file exists\n");
            }
            return 0;
        }
        let body = response.body;
        let file = a.output.clone().unwrap_or_else(|| {
            let name = url.path.rsplit('/').next().unwrap_or("");
            let name = name.split('?').next().unwrap_or("");
            if name.is_empty() { "index.html" } else { name }.to_string()
        });
        if file == "-" {
            if !a.quiet {
                ctx.err("writing to stdout\n");
            }
            ctx.out(&body);
            if !a.quiet {
                ctx.err(&progress("-", body.len()));
                ctx.err("written to stdout\n");
            }
            return 0;
        }
        let written = ctx.with_world(|w| w.write_file(&file, &body));
        if let Err(e) = written {
            ctx.err(&format!("wget: can't open '{file}': {e}\n"));
            return 1;
        }
        if !a.quiet {
            ctx.err(&format!("saving to '{file}'\n"));
            ctx.err(&progress(&file, body.len()));
            ctx.err(&format!("'{file}' saved\n"));
        }
        0
    })
}

/// BusyBox `nslookup NAME`: the cluster DNS's answer.
fn nslookup(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let Some(c) = here(&ctx) else {
        return done(1);
    };
    let Some(name) = argv.get(1).cloned() else {
        ctx.err("BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n\nQuery DNS about HOST\n\nQUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,srv,any\n");
        return done(1);
    };
    let ip = ctx.with_world(|w| w.cluster.lookup(&client(&c), &name).ok());
    let o = image::nslookup(&name, &c.namespace, ip.as_deref());
    ctx.out(&o.stdout);
    done(o.exit_code)
}

/// `sh -c SCRIPT`, `bash -c …`, or `sh` reading a script piped in: a
/// child shell of the image's flavour.
fn sh(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let program = argv.first().cloned().unwrap_or_default();
    let app = here(&ctx).map(|c| c.app);
    let Some(flavour) = app.and_then(|app| flavour(app, &program)) else {
        return done(127);
    };
    let script = match argv.get(1).map(String::as_str) {
        Some("-c") => argv.get(2).cloned().unwrap_or_default(),
        _ => ctx.stdin().unwrap_or_default().to_string(),
    };
    let speech = Speech {
        dialect: dialect(flavour, false),
        line: 1,
        tty: ctx.with_world(|w| w.speech.tty),
    };
    Box::pin(async move { scope::child(&mut ctx, &script, speech).await.status })
}

/// `cd` in ash and dash words (bash's `cd` is the terminal's own).
fn cd(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let speech = ctx.with_world(|w| w.speech);
    let builtin = Commands::builtins().find("cd").map(|c| c.run);
    let missing = argv
        .get(1)
        .filter(|dir| *dir != "-" && !ctx.with_world(|w| w.fs.is_dir(&w.abs_path(dir))))
        .cloned();
    match (speech.dialect, missing) {
        (Dialect::Ash, Some(dir)) => {
            let exists = ctx.with_world(|w| w.fs.get(&w.abs_path(&dir)).is_some());
            let why = if exists {
                "Not a directory"
            } else {
                "No such file or directory"
            };
            ctx.err(&format!("sh: cd: can't cd to {dir}: {why}\n"));
            done(1)
        }
        (Dialect::Dash, Some(dir)) => {
            ctx.err(&format!("{}cd: can't cd to {dir}\n", speech.prefix()));
            done(2)
        }
        _ => match builtin {
            Some(run) => run(ctx, argv),
            None => done(1),
        },
    }
}

/// `exit`: interactive bash says `exit` first.
fn exit(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let bash_tty = here(&ctx)
        .is_some_and(|c| c.tty && c.flavour == Some(crate::apps::exec::interactive::Flavour::Bash));
    if bash_tty && ctx.with_world(|w| w.speech.dialect == Dialect::Bash) {
        ctx.err("exit\n");
    }
    match Commands::builtins().find("exit") {
        Some(spec) => (spec.run)(ctx, argv),
        None => done(0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> WgetArgs {
        let argv: Vec<String> = line.split(' ').map(String::from).collect();
        wget_args(&argv)
    }

    #[test]
    fn wget_reads_busybox_options() {
        let a = args("wget -qO- http://web");
        assert!(a.quiet);
        assert_eq!(a.output.as_deref(), Some("-"));
        assert_eq!(a.url.as_deref(), Some("http://web"));
        let b = args("wget -T 5 --spider -O /tmp/x web:8080/a");
        assert_eq!(b.timeout_s, Some(5));
        assert!(b.spider);
        assert_eq!(b.output.as_deref(), Some("/tmp/x"));
        assert_eq!(b.url.as_deref(), Some("web:8080/a"));
    }

    #[test]
    fn busybox_words_its_errors() {
        let cases = [
            (
                "cat",
                "cat: /x: No such file or directory",
                "cat: can't open '/x': No such file or directory",
            ),
            (
                "cat",
                "cat: /etc: Is a directory",
                "cat: read error: Is a directory",
            ),
            (
                "ls",
                "ls: cannot access '/x': No such file or directory",
                "ls: /x: No such file or directory",
            ),
            (
                "rm",
                "rm: cannot remove 'x': No such file or directory",
                "rm: can't remove 'x': No such file or directory",
            ),
            (
                "mkdir",
                "mkdir: cannot create directory ‘a/b’: No such file or directory",
                "mkdir: can't create directory 'a/b': No such file or directory",
            ),
            (
                "ls",
                "ls: invalid option -- 'z'",
                "ls: invalid option -- 'z'",
            ),
        ];
        for (name, gnu, busybox) in cases {
            assert_eq!(busybox_error(name, gnu), busybox);
        }
    }

    #[test]
    fn images_run_their_own_programs() {
        let busybox = table(crate::apps::App::Busybox);
        assert!(busybox.find("wget").is_some());
        assert!(busybox.find("nslookup").is_some());
        assert!(busybox.find("bash").is_none());
        assert!(busybox.find("kubectl").is_none());
        let nginx = table(crate::apps::App::Nginx("1.25.5"));
        assert!(nginx.find("ps").is_none());
        assert!(nginx.find("head").is_some());
        assert!(nginx.find("bash").is_some());
    }
}
