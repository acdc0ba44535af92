//! `curl` and `wget` over the simulated network, printing what curl 8 and
//! BusyBox wget print: the body, `-i`/`-I` headers, and their exact error
//! lines and exit codes (`curl: (7) Failed to connect to ... Couldn't
//! connect to server`). Used by `kubectl exec` inside pods and available
//! to the shell for the learner's own `curl`.

use super::network::{Client, NetError};
use super::Cluster;
use crate::apps::exec::ExecOutput;

/// Linux gives up on an unanswered SYN after about this long; curl's own
/// connect timeout (300 s) is longer.
const SYN_TIMEOUT_MS: u64 = 134_200;
/// "No route to host" comes back after ARP fails.
const NO_ROUTE_MS: u64 = 3_071;

/// A parsed `http://host:port/path`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Url {
    pub https: bool,
    pub host: String,
    pub port: u16,
    pub path: String,
}

/// Parses a URL as curl does (scheme optional, default port 80/443).
pub fn parse_url(text: &str) -> Option<Url> {
    let (https, rest) = if let Some(r) = text.strip_prefix("https://") {
        (true, r)
    } else if let Some(r) = text.strip_prefix("http://") {
        (false, r)
    } else if text.contains("://") {
        return None;
    } else {
        (false, text)
    };
    let (hostport, path) = match rest.find(['/', '?']) {
        Some(i) => (rest.get(..i)?, rest.get(i..)?.to_string()),
        None => (rest, "/".to_string()),
    };
    let path = if path.starts_with('?') {
        format!("/{path}")
    } else {
        path
    };
    let (host, port) = match hostport.rsplit_once(':') {
        Some((h, p)) => (h, p.parse().ok()?),
        None => (hostport, if https { 443 } else { 80 }),
    };
    let host = host.trim_matches(['[', ']']);
    if host.is_empty()
        || !host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-_".contains(c))
    {
        return None;
    }
    Some(Url {
        https,
        host: host.to_string(),
        port,
        path,
    })
}

struct Flags {
    silent: bool,
    show_error: bool,
    include: bool,
    head: bool,
    fail: bool,
    method: String,
    headers: Vec<(String, String)>,
    url: Option<String>,
    wget: bool,
}

fn parse_flags(argv: &[String]) -> Flags {
    let wget = argv.first().is_some_and(|a| a.ends_with("wget"));
    let mut f = Flags {
        silent: false,
        show_error: false,
        include: false,
        head: false,
        fail: false,
        method: "GET".into(),
        headers: vec![
            (
                "User-Agent".into(),
                if wget {
                    "Wget".into()
                } else {
                    "curl/8.5.0".into()
                },
            ),
            ("Accept".into(), "*/*".into()),
        ],
        url: None,
        wget,
    };
    let mut it = argv.iter().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "-s" | "--silent" | "-q" => f.silent = true,
            "-S" | "--show-error" => f.show_error = true,
            "-i" | "--include" => f.include = true,
            "-I" | "--head" => {
                f.head = true;
                f.method = "HEAD".into();
            }
            "-f" | "--fail" => f.fail = true,
            "-X" | "--request" => f.method = it.next().cloned().unwrap_or_default(),
            "-H" | "--header" => {
                if let Some((k, v)) = it.next().and_then(|h| h.split_once(':')) {
                    f.headers.push((k.trim().to_string(), v.trim().to_string()));
                }
            }
            "-o" | "--output" | "-O" | "-m" | "--max-time" | "--connect-timeout" | "-u"
            | "--user" | "-d" | "--data" => {
                if a == "-u" || a == "--user" {
                    f.headers
                        .push(("Authorization".into(), "Basic dXNlcjpwYXNzd29yZA==".into()));
                }
                it.next();
            }
            "-qO-" | "-O-" => f.silent = true,
            s if s.starts_with('-') => {}
            s => {
                if f.url.is_none() {
                    f.url = Some(s.to_string());
                }
            }
        }
    }
    f
}

fn fail(o: &mut ExecOutput, f: &Flags, code: i32, msg: String) {
    o.exit_code = if f.wget { 1 } else { code };
    if f.wget {
        o.stderr.push_str(&format!("{msg}\n"));
    } else if !f.silent || f.show_error {
        o.stderr.push_str(&format!("curl: ({code}) {msg}\n"));
    }
}

/// (exit code, message, time taken) of a failed connection, in curl's
/// or BusyBox wget's words.
pub fn failure_text(e: &NetError, url: &Url, wget: bool) -> (i32, String, u64) {
    let (host, port) = (&url.host, url.port);
    let (code, why, ms) = match e {
        NetError::CouldNotResolve(h) => {
            let msg = if wget {
                format!("wget: bad address '{h}'")
            } else {
                format!("Could not resolve host: {h}")
            };
            return (6, msg, 0);
        }
        NetError::Refused { .. } => (7, "Connection refused", 0),
        NetError::NoRoute { .. } => (7, "No route to host", NO_ROUTE_MS),
        NetError::Timeout { .. } => (28, "Connection timed out", SYN_TIMEOUT_MS),
    };
    let msg = if wget {
        format!("wget: can't connect to remote host ({host}): {why}")
    } else if code == 28 || why == "No route to host" {
        format!("Failed to connect to {host} port {port} after {ms} ms: {why}")
    } else {
        format!("Failed to connect to {host} port {port} after {ms} ms: Couldn't connect to server")
    };
    (code, msg, ms)
}

/// Prints a response: status line and headers with `-i`/`-I`, then the body.
fn render(o: &mut ExecOutput, f: &Flags, r: &crate::apps::http::Response) {
    o.duration_ms = 5;
    if f.fail && r.status >= 400 {
        fail(
            o,
            f,
            22,
            format!("The requested URL returned error: {}", r.status),
        );
        return;
    }
    if f.include || f.head {
        o.stdout
            .push_str(&format!("HTTP/1.1 {} {}\r\n", r.status, r.reason));
        for (k, v) in &r.headers {
            o.stdout.push_str(&format!("{k}: {v}\r\n"));
        }
        o.stdout.push_str("\r\n");
    }
    if !f.head {
        o.stdout.push_str(&r.body);
    }
}

impl Cluster {
    /// Runs `curl ...` or `wget ...` (`argv[0]` included) as `client`.
    pub fn curl(&mut self, client: &Client, argv: &[String]) -> ExecOutput {
        let f = parse_flags(argv);
        let mut o = ExecOutput::default();
        let Some(text) = f.url.clone() else {
            o.exit_code = 2;
            o.stderr = "curl: try 'curl --help' or 'curl --manual' for more information\n".into();
            return o;
        };
        let Some(url) = parse_url(&text) else {
            fail(&mut o, &f, 3, "URL rejected: Bad hostname".into());
            return o;
        };
        match self.http(
            client, &f.method, &url.host, url.port, &url.path, &f.headers,
        ) {
            Err(e) => {
                let (code, msg, ms) = failure_text(&e, &url, f.wget);
                o.duration_ms = ms;
                fail(&mut o, &f, code, msg);
            }
            Ok(_) if url.https => fail(
                &mut o,
                &f,
                35,
                "OpenSSL/3.0.13: error:0A00010B:SSL routines::wrong version number".into(),
            ),
            Ok(reply) => render(&mut o, &f, &reply.response),
        }
        o
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_parse_like_curl() {
        assert_eq!(
            parse_url("192.168.49.2:30820"),
            Some(Url {
                https: false,
                host: "192.168.49.2".into(),
                port: 30820,
                path: "/".into()
            })
        );
        assert_eq!(
            parse_url("http://localhost:8080/x?y=1").map(|u| u.path),
            Some("/x?y=1".into())
        );
        assert_eq!(parse_url("https://a").map(|u| u.port), Some(443));
        assert_eq!(parse_url("http://:80"), None);
        assert_eq!(parse_url("ftp://x"), None);
    }
}
