//! `curl` on the learner's machine, through the simulated network: node
//! IPs and NodePorts, ClusterIPs, `host01`/`minikube` names. Options a
//! tutorial uses: `-s -S -i -I -v -f -X -H -d -o -m -w --connect-timeout`.
//! Errors are curl 8's (`curl: (7) Failed to connect to … Couldn't connect
//! to server`), with its exit codes; a connection that hangs takes
//! simulated time.

use crate::engine::network::{Client, HttpReply, NetError};
use crate::shell::{done, CommandFuture, Ctx};

const USER_AGENT: &str = "curl/8.5.0";
const TRY_HELP: &str = "curl: try 'curl --help' or 'curl --manual' for more information\n";
/// How long an unanswered connect takes without `-m` (Linux SYN retries).
const CONNECT_TIMEOUT_DEFAULT_MS: u64 = 133_134;
/// How long "No route to host" takes to come back.
const NO_ROUTE_MS: u64 = 3_071;

#[derive(Debug, Default)]
struct Opts {
    silent: bool,
    show_error: bool,
    include: bool,
    head: bool,
    verbose: bool,
    fail: bool,
    method: Option<String>,
    headers: Vec<(String, String)>,
    output: Option<String>,
    max_time_s: Option<u64>,
    write_out: Option<String>,
    url: Option<String>,
}

/// Options that take a value, by short and long name.
fn value_option(name: &str) -> Option<&'static str> {
    Some(match name {
        "-X" | "--request" => "method",
        "-H" | "--header" => "header",
        "-o" | "--output" => "output",
        "-m" | "--max-time" | "--connect-timeout" => "time",
        "-d" | "--data" | "--data-raw" | "--data-binary" => "data",
        "-w" | "--write-out" => "write",
        "-A" | "--user-agent" | "-u" | "--user" | "-e" | "--referer" => "ignored",
        _ => return None,
    })
}

fn parse(argv: &[String]) -> Result<Opts, String> {
    let mut o = Opts::default();
    let mut args = argv.iter().skip(1);
    while let Some(arg) = args.next() {
        if let Some(kind) = value_option(arg) {
            let value = args
                .next()
                .ok_or_else(|| format!("curl: option {arg}: requires parameter\n{TRY_HELP}"))?;
            set_value(&mut o, kind, value)?;
            continue;
        }
        match arg.as_str() {
            "--silent" => o.silent = true,
            "--show-error" => o.show_error = true,
            "--include" => o.include = true,
            "--head" => o.head = true,
            "--verbose" => o.verbose = true,
            "--fail" => o.fail = true,
            "--location" | "--insecure" | "--compressed" | "-L" | "-k" => {}
            s if s.starts_with("--") => {
                return Err(format!("curl: option {s}: is unknown\n{TRY_HELP}"))
            }
            s if s.starts_with('-') && s.len() > 1 => {
                for c in s.chars().skip(1) {
                    match c {
                        's' => o.silent = true,
                        'S' => o.show_error = true,
                        'i' => o.include = true,
                        'I' => o.head = true,
                        'v' => o.verbose = true,
                        'f' => o.fail = true,
                        'L' | 'k' => {}
                        other => {
                            return Err(format!("curl: option -{other}: is unknown\n{TRY_HELP}"))
                        }
                    }
                }
            }
            url => o.url = Some(url.to_string()),
        }
    }
    Ok(o)
}

fn set_value(o: &mut Opts, kind: &str, value: &str) -> Result<(), String> {
    match kind {
        "method" => o.method = Some(value.to_string()),
        "header" => {
            if let Some((k, v)) = value.split_once(':') {
                o.headers.push((k.trim().to_string(), v.trim().to_string()));
            }
        }
        "output" => o.output = Some(value.to_string()),
        "time" => o.max_time_s = Some(value.parse::<f64>().map_err(|_| format!("curl: option --max-time: expected a proper numerical parameter\n{TRY_HELP}"))?.ceil() as u64),
        "data" if o.method.is_none() => o.method = Some("POST".to_string()),
        "write" => o.write_out = Some(value.to_string()),
        _ => {}
    }
    Ok(())
}

/// `host`, `port`, `path` of `http://host:port/path` (scheme optional).
fn split_url(url: &str) -> Result<(String, u16, String), String> {
    let rest = url.strip_prefix("http://").unwrap_or(url);
    if rest.starts_with("https://") {
        return Err(
            "curl: (35) OpenSSL/3.0.13: error:0A00010B:SSL routines::wrong version number\n".into(),
        );
    }
    let (authority, path) = match rest.find('/') {
        Some(i) => (rest.get(..i).unwrap_or(""), rest.get(i..).unwrap_or("/")),
        None => (rest, "/"),
    };
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) => (h, p.parse::<u16>().map_err(|_| "curl: (3) URL rejected: Port number was not a decimal number between 0 and 65535\n".to_string())?),
        None => (authority, 80),
    };
    if host.is_empty() {
        return Err("curl: (3) URL rejected: No host part in the URL\n".into());
    }
    Ok((host.to_string(), port, path.to_string()))
}

pub fn curl(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let opts = match parse(&argv) {
        Ok(o) => o,
        Err(e) => {
            ctx.err(&e);
            return done(2);
        }
    };
    let Some(url) = opts.url.clone() else {
        ctx.err(TRY_HELP);
        return done(2);
    };
    let (host, port, path) = match split_url(&url) {
        Ok(parts) => parts,
        Err(e) => {
            if !opts.silent || opts.show_error {
                ctx.err(&e);
            }
            return done(3);
        }
    };
    let method = opts
        .method
        .clone()
        .unwrap_or_else(|| if opts.head { "HEAD" } else { "GET" }.to_string());
    let result = ctx.with_world(|w| {
        w.cluster
            .http(&Client::Host, &method, &host, port, &path, &opts.headers)
    });
    Box::pin(async move {
        match result {
            Ok(reply) => answer(&mut ctx, &opts, &host, port, &method, &path, &reply),
            Err(e) => failure(&mut ctx, &opts, &host, e).await,
        }
    })
}

#[allow(clippy::too_many_arguments)]
fn answer(
    ctx: &mut Ctx,
    o: &Opts,
    host: &str,
    port: u16,
    method: &str,
    path: &str,
    reply: &HttpReply,
) -> i32 {
    let r = &reply.response;
    let head = format!(
        "HTTP/1.1 {} {}\n{}",
        r.status,
        r.reason,
        r.headers
            .iter()
            .map(|(k, v)| format!("{k}: {v}\n"))
            .collect::<String>()
    );
    if o.verbose {
        let ip = &reply.ip;
        let mut v = format!("*   Trying {ip}:{port}...\n* Connected to {host} ({ip}) port {port}\n> {method} {path} HTTP/1.1\n> Host: {host}:{port}\n> User-Agent: {USER_AGENT}\n> Accept: */*\n> \n");
        v.extend(head.lines().map(|l| format!("< {l}\n")));
        v.push_str("< \n");
        ctx.err(&v);
    }
    if o.fail && r.status >= 400 {
        if !o.silent || o.show_error {
            ctx.err(&format!(
                "curl: (22) The requested URL returned error: {}\n",
                r.status
            ));
        }
        return 22;
    }
    let mut out = String::new();
    if o.include || o.head {
        out.push_str(&head);
        out.push('\n');
    }
    if !o.head && method != "HEAD" {
        out.push_str(&r.body);
    }
    match &o.output {
        Some(file) if file != "-" => {
            if let Err(e) = ctx.with_world(|w| w.write_file(file, &out)) {
                ctx.err(&format!(
                    "curl: (23) Failure writing output to destination: {e}\n"
                ));
                return 23;
            }
        }
        _ => ctx.out(&out),
    }
    if o.verbose {
        ctx.err(&format!("* Connection #0 to host {host} left intact\n"));
    }
    if let Some(fmt) = &o.write_out {
        let text = fmt
            .replace("%{http_code}", &r.status.to_string())
            .replace("%{response_code}", &r.status.to_string())
            .replace("%{remote_ip}", &reply.ip)
            .replace("%{remote_port}", &port.to_string())
            .replace("%{size_download}", &r.body.len().to_string())
            .replace("\\n", "\n");
        ctx.out(&text);
    }
    0
}

async fn failure(ctx: &mut Ctx, o: &Opts, host: &str, e: NetError) -> i32 {
    let (message, code, wait_ms) = match e {
        NetError::CouldNotResolve(h) => (format!("Could not resolve host: {h}"), 6, 0),
        NetError::Refused { ip, port } => (format!("Failed to connect to {ip} port {port} after 0 ms: Couldn't connect to server"), 7, 0),
        NetError::NoRoute { ip, port } => (format!("Failed to connect to {ip} port {port} after {NO_ROUTE_MS} ms: No route to host"), 7, NO_ROUTE_MS),
        NetError::Timeout { ip, port } => match o.max_time_s {
            Some(s) => (format!("Connection timed out after {} milliseconds", s * 1000 + 1), 28, s * 1000),
            None => (format!("Failed to connect to {ip} port {port} after {CONNECT_TIMEOUT_DEFAULT_MS} ms: Couldn't connect to server"), 28, CONNECT_TIMEOUT_DEFAULT_MS),
        },
    };
    if o.verbose {
        ctx.err(&format!("* Could not connect to {host}\n"));
    }
    if wait_ms > 0 {
        ctx.sleep_ms(wait_ms).await;
    }
    if !o.silent || o.show_error {
        ctx.err(&format!("curl: ({code}) {message}\n"));
    }
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_split_like_curl() {
        assert_eq!(
            split_url("192.168.49.2:30820").unwrap(),
            ("192.168.49.2".into(), 30820, "/".into())
        );
        assert_eq!(
            split_url("http://host01:8080/healthz").unwrap(),
            ("host01".into(), 8080, "/healthz".into())
        );
        assert_eq!(
            split_url("http://10.96.0.1").unwrap(),
            ("10.96.0.1".into(), 80, "/".into())
        );
        assert!(split_url("http://:80/").is_err());
        assert!(split_url("1.2.3.4:abc").is_err());
    }

    #[test]
    fn options_parse_like_curl() {
        let argv: Vec<String> = ["curl", "-sI", "-H", "X: y", "-m", "2", "host01:80"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let o = parse(&argv).unwrap();
        assert!(o.silent && o.head);
        assert_eq!(
            (o.max_time_s, o.url.as_deref(), o.headers.len()),
            (Some(2), Some("host01:80"), 1)
        );
        let bad: Vec<String> = ["curl", "--nope", "x"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            parse(&bad).unwrap_err(),
            format!("curl: option --nope: is unknown\n{TRY_HELP}")
        );
    }
}
