//! What a container image has for the commands run in it: which
//! programs exist ([`has_program`], [`program_dir`]), what a few of them
//! print (`ps`, `uname`, `date`, version banners, `nslookup`'s answer),
//! its files ([`fs`]) and its shells ([`interactive`]: prompts and
//! flavours). The commands themselves run in the terminal's shell
//! interpreter over the container's files (`kubectl`'s exec code
//! registers them); the engine owns the network `wget`/`curl` use.

pub mod fs;
pub mod interactive;

use super::App;
use crate::api::Time;
use std::collections::BTreeMap;

pub use fs::workdir;

/// Output of a command run in a container (`curl`, `wget` over the
/// simulated network).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExecOutput {
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
    /// Simulated time the command takes (a connect timeout).
    pub duration_ms: u64,
}

/// What a container sees: its image, pod, environment and mounted files.
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
    /// True when a terminal is attached (`exec -t`).
    pub tty: bool,
}

/// The utilities every image with a shell has (coreutils, or BusyBox's
/// applets of the same names).
const CORE: &[&str] = &[
    "cat", "ls", "env", "printenv", "hostname", "sleep", "touch", "rm", "rmdir", "mkdir", "cp",
    "mv", "date", "id", "whoami", "true", "false", "echo", "printf", "pwd", "test", "[", "grep",
    "head", "tail", "wc", "sort", "uniq", "cut", "tr", "seq", "sed", "awk", "tee", "base64",
    "uname", "which", "sh",
];

/// True when the image has a shell (`sh`) at all: distroless control-plane
/// images and CoreDNS have none, nor any other program.
pub fn has_shell(app: App) -> bool {
    !matches!(app, App::CoreDns | App::System | App::GoProxy)
}

/// True when BusyBox provides the image's programs (busybox itself and
/// the Alpine-based images): `/bin/sh` is ash.
pub fn is_busybox(app: App) -> bool {
    matches!(
        app,
        App::Busybox
            | App::UdacityHello(_)
            | App::UdacityAuth(_)
            | App::UdacityFrontend
            | App::UdacityMonolith
            | App::IotServer
            | App::Agnhost
            | App::Stress
    )
}

/// True when the image has the program `name`.
pub fn has_program(app: App, name: &str) -> bool {
    if !has_shell(app) {
        return false;
    }
    let busybox = is_busybox(app);
    match name {
        "bash" => app.has_bash(),
        "ash" | "nslookup" => busybox,
        // Debian's slim images (nginx) leave out procps and wget.
        "ps" | "wget" => !matches!(app, App::Nginx(_)),
        "curl" => !matches!(
            app,
            App::Busybox | App::UdacityHello(_) | App::UdacityAuth(_)
        ),
        "node" => matches!(app, App::Bootcamp(_)),
        "nginx" => matches!(app, App::Nginx(_)),
        "perl" => app == App::Perl,
        _ => CORE.contains(&name),
    }
}

/// Where the image keeps a program (`which` prints it): BusyBox links
/// every applet in `/bin`; Debian keeps them in `/usr/bin` (`/bin` is a
/// link to it), nginx in `/usr/sbin`.
pub fn program_dir(app: App, name: &str) -> &'static str {
    match (app, name) {
        _ if is_busybox(app) => "/bin",
        (App::Nginx(_), "nginx") => "/usr/sbin",
        (App::Bootcamp(_), "node") => "/usr/local/bin",
        _ => "/usr/bin",
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

/// `uname [-a|-r|-n|-m]`.
pub fn uname(pod: &str, flag: Option<&str>) -> String {
    match flag {
        Some("-a") => {
            format!("Linux {pod} 5.15.0-1057-azure #65-Ubuntu SMP x86_64 GNU/Linux\n")
        }
        Some("-r") => "5.15.0-1057-azure\n".into(),
        Some("-n") => format!("{pod}\n"),
        Some("-m") => "x86_64\n".into(),
        _ => "Linux\n".into(),
    }
}

/// A version banner (`node --version`, `nginx -v`): (stdout, stderr).
pub fn version(app: App, name: &str) -> (String, String) {
    match (app, name) {
        (App::Bootcamp(_), "node") => ("v6.3.1\n".into(), String::new()),
        (App::Nginx(v), "nginx") => (String::new(), format!("nginx version: nginx/{v}\n")),
        _ => (String::new(), String::new()),
    }
}

/// `ps` as the image's procps or BusyBox prints it: its main process.
pub fn ps(app: App) -> String {
    format!(
        "PID   USER     TIME  COMMAND\n    1 root      0:00 {}\n",
        main_command(app)
    )
}

/// The cluster DNS server every pod's resolver asks (kube-dns).
pub const DNS_SERVER: &str = "10.96.0.10";

/// BusyBox `nslookup NAME` in `namespace`: the server, then the address
/// the cluster DNS gave (`ip`) under the name the search path found
/// (`NAME.NAMESPACE.svc.cluster.local` first), or `NXDOMAIN` (exit 1).
pub fn nslookup(name: &str, namespace: &str, ip: Option<&str>) -> ExecOutput {
    let mut o = ExecOutput {
        stdout: format!("Server:\t\t{DNS_SERVER}\nAddress:\t{DNS_SERVER}:53\n\n"),
        ..ExecOutput::default()
    };
    let fqdn = match name.trim_end_matches('.').matches('.').count() {
        _ if name.ends_with(".cluster.local") || ip == Some(name) => name.to_string(),
        0 => format!("{name}.{namespace}.svc.cluster.local"),
        1 => format!("{name}.svc.cluster.local"),
        2 if name.ends_with(".svc") => format!("{name}.cluster.local"),
        _ => name.to_string(),
    };
    match ip {
        Some(ip) => o
            .stdout
            .push_str(&format!("Name:\t{fqdn}\nAddress: {ip}\n\n")),
        None => {
            o.stdout
                .push_str(&format!("** server can't find {name}: NXDOMAIN\n\n"));
            o.exit_code = 1;
        }
    }
    o
}

/// The runtime's answer to a program the image does not have.
pub fn not_found(name: &str) -> String {
    format!("Internal error occurred: error executing command in container: failed to exec in container: failed to start exec: OCI runtime exec failed: exec failed: unable to start container process: exec: \"{name}\": executable file not found in $PATH: unknown")
}

/// What an exec probe's command answers in a container whose files
/// `exists` knows: (exit code, output). The commands probes use run here
/// (`cat`, `test`/`[`, `ls`, `true`, `false`, `exit`), alone or in an
/// `sh -c` script; other programs the image has are taken to succeed,
/// and a program it lacks fails as the runtime or the shell says.
pub fn probe(app: App, argv: &[String], exists: &dyn Fn(&str) -> bool) -> (i32, String) {
    let name = argv.first().map_or("", String::as_str);
    let base = name.rsplit('/').next().unwrap_or(name);
    if !has_program(app, base) {
        let why = format!("OCI runtime exec failed: exec failed: unable to start container process: exec: \"{name}\": executable file not found in $PATH: unknown");
        return (126, why);
    }
    let script = match (base, argv.get(1).map(String::as_str)) {
        ("sh" | "bash" | "ash", Some("-c")) => argv.get(2).cloned().unwrap_or_default(),
        _ => return probe_command(app, argv, exists),
    };
    let mut out = (0, String::new());
    for (cmd, and) in super::shell::split_script(&script) {
        if and && out.0 != 0 {
            continue;
        }
        let words = super::shell::split_words(&cmd);
        if words.first().map(String::as_str) == Some("exit") {
            out.0 = words.get(1).and_then(|n| n.parse().ok()).unwrap_or(out.0);
            break;
        }
        let (code, text) = match words.first() {
            Some(w) if !has_program(app, w) => (127, format!("sh: {w}: not found\n")),
            _ => probe_command(app, &words, exists),
        };
        out = (code, out.1 + &text);
    }
    out
}

fn probe_command(app: App, words: &[String], exists: &dyn Fn(&str) -> bool) -> (i32, String) {
    let bb = is_busybox(app);
    let args: Vec<&String> = words
        .iter()
        .skip(1)
        .filter(|w| !w.starts_with('-'))
        .collect();
    let missing = args
        .iter()
        .find(|f| !exists(f.as_str()) && f.as_str() != "]");
    match (words.first().map(String::as_str), missing) {
        (Some("false"), _) => (1, String::new()),
        (Some("cat"), Some(f)) if bb => (
            1,
            format!("cat: can't open '{f}': No such file or directory\n"),
        ),
        (Some("cat"), Some(f)) => (1, format!("cat: {f}: No such file or directory\n")),
        (Some("ls"), Some(f)) if bb => (1, format!("ls: {f}: No such file or directory\n")),
        (Some("ls"), Some(f)) => (
            2,
            format!("ls: cannot access '{f}': No such file or directory\n"),
        ),
        (Some("ls"), None) => (0, args.iter().map(|f| format!("{f}\n")).collect()),
        (Some("test" | "["), Some(_)) => (1, String::new()),
        _ => (0, String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn images_have_their_own_programs() {
        assert!(has_program(App::Busybox, "wget"));
        assert!(has_program(App::Busybox, "nslookup"));
        assert!(!has_program(App::Busybox, "bash"));
        assert!(!has_program(App::Busybox, "curl"));
        assert!(!has_program(App::Nginx("1.25.5"), "ps"));
        assert!(has_program(App::Nginx("1.25.5"), "bash"));
        assert!(has_program(App::Bootcamp(1), "ps"));
        assert!(!has_program(App::CoreDns, "sh"));
        assert_eq!(program_dir(App::Busybox, "wget"), "/bin");
    }

    #[test]
    fn nslookup_prints_the_server_then_the_answer() {
        let o = nslookup("web", "default", Some("10.96.4.5"));
        assert_eq!(
            o.stdout,
            "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tweb.default.svc.cluster.local\nAddress: 10.96.4.5\n\n"
        );
        assert_eq!(nslookup("nope", "default", None).exit_code, 1);
        let other = nslookup("web.prod", "default", Some("10.96.4.6")).stdout;
        assert!(other.contains("Name:\tweb.prod.svc.cluster.local\n"));
    }

    #[test]
    fn probes_see_the_files_the_command_made() {
        let argv = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        let none = |_: &str| false;
        let healthy = |f: &str| f == "/tmp/healthy";
        let cat = argv("cat /tmp/healthy");
        assert_eq!(probe(App::Busybox, &cat, &healthy), (0, String::new()));
        assert_eq!(
            probe(App::Busybox, &cat, &none),
            (
                1,
                "cat: can't open '/tmp/healthy': No such file or directory\n".into()
            )
        );
        assert_eq!(
            probe(App::Nginx("1.25.5"), &cat, &none).1,
            "cat: /tmp/healthy: No such file or directory\n"
        );
        let sh = vec![
            "sh".into(),
            "-c".into(),
            "test -e /tmp/healthy && exit 0; exit 3".into(),
        ];
        assert_eq!(probe(App::Busybox, &sh, &healthy).0, 0);
        assert_eq!(probe(App::Busybox, &sh, &none).0, 3);
        let missing = probe(App::Busybox, &argv("pgrep nginx"), &none);
        assert_eq!(missing.0, 126);
        assert!(missing
            .1
            .contains("exec: \"pgrep\": executable file not found in $PATH"));
    }
}
