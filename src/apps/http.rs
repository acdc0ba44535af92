//! What each image answers over HTTP, and the log lines it writes while
//! starting and serving. Answers follow the real applications: the
//! bootcamp's one-line greeting (reference §8), nginx's welcome page (or
//! the proxy routes of a mounted `conf.d`), Tomcat's 404, CouchDB's JSON
//! banner, the udacity microservices' JSON.

use super::files;
use super::App;
use crate::api::Time;
use std::collections::BTreeMap;

/// An HTTP request as the app sees it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Request {
    pub method: String,
    /// Path with query (`/`, `/login?x=1`).
    pub path: String,
    pub headers: Vec<(String, String)>,
}

/// An HTTP response.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    /// `OK`, `Not Found`, ...
    pub reason: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

/// What the serving pod knows while answering.
pub struct ServeCtx<'a> {
    pub pod: &'a str,
    pub now: Time,
    /// This request's number on this container (1 for the first).
    pub request_no: u64,
    pub uptime_ms: u64,
    pub client_ip: &'a str,
    /// Files mounted from ConfigMaps: path → content.
    pub files: &'a BTreeMap<String, String>,
}

/// The app's reaction to a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Served {
    Reply {
        response: Response,
        log: Vec<String>,
    },
    /// Nothing listens on that port.
    Refused,
    /// nginx forwards to an upstream (host as written in its config).
    Proxy {
        host: String,
        port: u16,
        path: String,
    },
}

/// `Mon, 12 Jan 2026 09:05:00 GMT`
pub fn http_date(t: Time) -> String {
    let c = t.civil();
    let day = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        .get(c.weekday as usize)
        .copied()
        .unwrap_or("Mon");
    let mon = month(c.month);
    format!(
        "{day}, {:02} {mon} {} {:02}:{:02}:{:02} GMT",
        c.day, c.year, c.hour, c.minute, c.second
    )
}

pub(crate) fn month(m: u64) -> &'static str {
    [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .get(m.saturating_sub(1) as usize)
    .copied()
    .unwrap_or("Jan")
}

/// JavaScript's number printing for uptime seconds (446.976, 12.5, 3).
fn js_seconds(ms: u64) -> String {
    let s = format!("{}.{:03}", ms / 1000, ms % 1000);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        401 => "Unauthorized",
        404 => "Not Found",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        _ => "OK",
    }
}

fn reply(
    status: u16,
    ctype: &str,
    body: String,
    extra: Vec<(String, String)>,
    now: Time,
) -> Response {
    let mut headers = vec![
        ("Content-Type".to_string(), ctype.to_string()),
        ("Date".to_string(), http_date(now)),
    ];
    headers.extend(extra);
    headers.push(("Content-Length".into(), body.len().to_string()));
    Response {
        status,
        reason: reason(status).into(),
        headers,
        body,
    }
}

/// Answers `req` on `port`.
pub fn serve(app: App, port: u16, req: &Request, ctx: &ServeCtx<'_>) -> Served {
    if !app.ports().contains(&port) {
        return Served::Refused;
    }
    let now = ctx.now;
    let path = req.path.split('?').next().unwrap_or("/");
    let quiet = |response: Response| Served::Reply {
        response,
        log: vec![],
    };
    match app {
        App::Bootcamp(v) => bootcamp(v, ctx),
        App::Nginx(v) => nginx(v, req, ctx, path),
        App::Tomcat(v) => quiet(tomcat(v, path, now)),
        App::CouchDb(v) => quiet(couchdb(v, path, ctx)),
        App::UdacityHello(_) | App::UdacityAuth(_) | App::UdacityMonolith => {
            udacity(app, port, req, path, now)
        }
        App::IotServer => {
            let body = format!(
                "{{\"service\":\"iot-server\",\"pod\":\"{}\",\"status\":\"ok\"}}\n",
                ctx.pod
            );
            Served::Reply {
                response: reply(200, "application/json", body, vec![], now),
                log: vec![format!("GET {path} 200 from {}", ctx.client_ip)],
            }
        }
        App::UdacityFrontend => {
            let body = "<!DOCTYPE html>\n<html>\n<head><title>Frontend</title></head>\n<body>\n<h1>Frontend</h1>\n<p>Log in at /login, then visit /secure.</p>\n</body>\n</html>\n".to_string();
            quiet(reply(200, "text/html", body, vec![], now))
        }
        App::CoreDns => quiet(reply(
            200,
            "text/plain; charset=utf-8",
            "OK".into(),
            vec![],
            now,
        )),
        // agnhost `liveness`: healthy for its first 10 s (Go's mux 404s the rest).
        App::Agnhost => quiet(match path {
            "/healthz" if ctx.uptime_ms > 10_000 => {
                let s = js_seconds(ctx.uptime_ms);
                reply(
                    500,
                    "text/plain; charset=utf-8",
                    format!("error: {s}"),
                    vec![],
                    now,
                )
            }
            "/healthz" => reply(200, "text/plain; charset=utf-8", "ok".into(), vec![], now),
            _ => go_not_found(now),
        }),
        App::GoProxy => quiet(reply(
            500,
            "text/plain; charset=utf-8",
            "This is a proxy server. Does not respond to non-proxy requests.\n".into(),
            vec![],
            now,
        )),
        App::Busybox | App::Perl | App::System | App::Stress => Served::Refused,
    }
}

/// What Go's `http.ServeMux` answers for a path it has no handler for.
fn go_not_found(now: Time) -> Response {
    let body = "404 page not found\n".into();
    reply(404, "text/plain; charset=utf-8", body, vec![], now)
}

/// server.js: one line of text, and one log line per request.
fn bootcamp(v: u8, ctx: &ServeCtx<'_>) -> Served {
    let body = format!(
        "Hello Kubernetes bootcamp! | Running on: {} | v={v}\n",
        ctx.pod
    );
    let mut r = reply(
        200,
        "text/plain",
        body,
        vec![("Connection".into(), "keep-alive".into())],
        ctx.now,
    );
    // Node writes the body in chunks: no Content-Length.
    r.headers.retain(|(k, _)| k != "Content-Length");
    let log = format!(
        "Running On: {} | Total Requests: {} | App Uptime: {} seconds | Log Time: {}",
        ctx.pod,
        ctx.request_no,
        js_seconds(ctx.uptime_ms),
        ctx.now.iso_millis()
    );
    Served::Reply {
        response: r,
        log: vec![log],
    }
}

/// Tomcat 8.0 still shipped its welcome app; newer images answer 404.
fn tomcat(v: &str, path: &str, now: Time) -> Response {
    let (status, body) = if v.starts_with("8.0") && path == "/" {
        (200, format!("<!DOCTYPE html>\n<html lang=\"en\">\n    <head>\n        <meta charset=\"UTF-8\" />\n        <title>Apache Tomcat/{v}</title>\n    </head>\n    <body>\n        <h2>If you're seeing this, you've successfully installed Tomcat. Congratulations!</h2>\n    </body>\n</html>\n"))
    } else {
        (404, files::tomcat_404(v))
    };
    let mut r = reply(
        status,
        "text/html;charset=utf-8",
        body,
        vec![("Content-Language".into(), "en".into())],
        now,
    );
    r.headers.push(("Connection".into(), "keep-alive".into()));
    r
}

/// CouchDB's JSON banner on `/`, a JSON error elsewhere.
fn couchdb(v: &str, path: &str, ctx: &ServeCtx<'_>) -> Response {
    let (status, body) = if path == "/" {
        (200, format!("{{\"couchdb\":\"Welcome\",\"version\":\"{v}\",\"git_sha\":\"6e5ad2a5c\",\"uuid\":\"{}\",\"features\":[\"access-ready\",\"partitioned\",\"pluggable-storage-engines\",\"reshard\",\"scheduler\"],\"vendor\":{{\"name\":\"The Apache Software Foundation\"}}}}\n", couch_uuid(ctx.pod)))
    } else {
        (
            404,
            "{\"error\":\"not_found\",\"reason\":\"Database does not exist.\"}\n".to_string(),
        )
    };
    let extra = vec![
        ("Cache-Control".into(), "must-revalidate".into()),
        ("Server".into(), format!("CouchDB/{v} (Erlang OTP/25)")),
    ];
    reply(status, "application/json", body, extra, ctx.now)
}

fn couch_uuid(seed: &str) -> String {
    let mut h: u64 = 0x9e37_79b9_7f4a_7c15;
    for b in seed.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}{:016x}", h.rotate_left(17) ^ 0x5bd1_e995)
}

fn nginx(v: &str, req: &Request, ctx: &ServeCtx<'_>, path: &str) -> Served {
    if let Some((host, port)) = nginx_route(ctx.files, path) {
        return Served::Proxy {
            host,
            port,
            path: req.path.clone(),
        };
    }
    // What a pod wrote under the document root (a volume mounted there).
    let file = if path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    };
    let written = ctx.files.get(&format!("/usr/share/nginx/html{file}"));
    let (status, body) = if let Some(body) = written {
        (200, body.clone())
    } else if path == "/" || path == "/index.html" {
        (200, files::nginx_index(v))
    } else {
        (404, files::nginx_error("404 Not Found", v))
    };
    let ctype = "text/html";
    let mut extra = vec![("Server".to_string(), format!("nginx/{v}"))];
    if status == 200 {
        extra.push((
            "Last-Modified".into(),
            "Tue, 02 Dec 2025 10:12:43 GMT".into(),
        ));
        extra.push(("ETag".into(), format!("\"692ebb5b-{:x}\"", body.len())));
        extra.push(("Accept-Ranges".into(), "bytes".into()));
    }
    extra.push(("Connection".into(), "keep-alive".into()));
    let mut r = reply(status, ctype, body, extra, ctx.now);
    // nginx sends Server first.
    crate::sorting::sort_by_key(&mut r.headers, |(k, _)| k != "Server");
    let log = nginx_access_log(ctx, req, status, r.body.len());
    Served::Reply {
        response: r,
        log: vec![log],
    }
}

/// One access-log line in nginx's `combined` format.
pub fn nginx_access_log(ctx: &ServeCtx<'_>, req: &Request, status: u16, bytes: usize) -> String {
    let c = ctx.now.civil();
    let agent = req
        .headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("user-agent"))
        .map_or("-", |(_, v)| v.as_str());
    format!(
        "{} - - [{:02}/{}/{:04}:{:02}:{:02}:{:02} +0000] \"{} {} HTTP/1.1\" {status} {bytes} \"-\" \"{agent}\" \"-\"",
        ctx.client_ip,
        c.day,
        month(c.month),
        c.year,
        c.hour,
        c.minute,
        c.second,
        req.method,
        req.path
    )
}

/// The upstream a mounted nginx config sends `path` to: the longest
/// matching `location` prefix with a `proxy_pass`, through `upstream` blocks.
pub fn nginx_route(files: &BTreeMap<String, String>, path: &str) -> Option<(String, u16)> {
    let conf: String = files
        .iter()
        .filter(|(p, _)| p.starts_with("/etc/nginx/conf.d/") && p.ends_with(".conf"))
        .map(|(_, c)| c.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let words: Vec<&str> = conf
        .split(|c: char| c.is_whitespace() || c == ';')
        .filter(|w| !w.is_empty())
        .collect();
    // (name, server): a later block of the same name wins. A list, not a
    // map: a config names few upstreams, and a map type of its own costs
    // the wasm its B-tree code.
    let mut upstreams: Vec<(&str, &str)> = Vec::new();
    let mut routes: Vec<(&str, &str)> = Vec::new();
    let mut i = 0;
    while let Some(w) = words.get(i) {
        match *w {
            "upstream" => {
                if let (Some(name), Some(&"{"), Some(&"server"), Some(addr)) = (
                    words.get(i + 1),
                    words.get(i + 2),
                    words.get(i + 3),
                    words.get(i + 4),
                ) {
                    upstreams.push((name, addr));
                }
            }
            "location" => {
                if let (Some(prefix), Some(&"{")) = (words.get(i + 1), words.get(i + 2)) {
                    let body_end = words
                        .iter()
                        .skip(i + 3)
                        .position(|w| *w == "}")
                        .map_or(words.len(), |p| p + i + 3);
                    if let Some(pp) = words
                        .get(i + 3..body_end)
                        .and_then(|b| b.iter().position(|w| *w == "proxy_pass"))
                    {
                        if let Some(target) = words.get(i + 4 + pp) {
                            routes.push((prefix, target));
                        }
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    let (_, target) = routes
        .iter()
        .filter(|(p, _)| path.starts_with(*p))
        .max_by_key(|(p, _)| p.len())?;
    let target = target.trim_start_matches("http://").trim_end_matches('/');
    let target = upstreams
        .iter()
        .rev()
        .find(|(name, _)| *name == target)
        .map_or(target, |(_, addr)| *addr);
    let (host, port) = match target.rsplit_once(':') {
        Some((h, p)) => (h, p.parse().ok()?),
        None => (target, 80),
    };
    Some((host.to_string(), port))
}

fn udacity(app: App, port: u16, req: &Request, path: &str, now: Time) -> Served {
    let json = "application/json";
    let r = if port == 81 {
        match path {
            "/healthz" | "/readiness" => {
                reply(200, "text/plain; charset=utf-8", String::new(), vec![], now)
            }
            _ => go_not_found(now),
        }
    } else {
        let authed = req
            .headers
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case("authorization"));
        match (app, path) {
            (App::UdacityAuth(_) | App::UdacityMonolith, "/login") if authed => reply(200, json, "{\"token\":\"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJlbWFpbCI6InVzZXJAZXhhbXBsZS5jb20iLCJleHAiOjE3NjgzMDg0MDB9.kubeplay\"}\n".into(), vec![], now),
            (App::UdacityAuth(_) | App::UdacityMonolith, "/login") => reply(401, "text/plain; charset=utf-8", "authorization failed\n".into(), vec![], now),
            (App::UdacityHello(_) | App::UdacityMonolith, "/secure") if authed => reply(200, json, "{\"message\":\"Hello\"}\n".into(), vec![], now),
            (App::UdacityHello(_) | App::UdacityMonolith, "/secure") => reply(401, "text/plain; charset=utf-8", "authorization failed\n".into(), vec![], now),
            (App::UdacityHello(_) | App::UdacityMonolith, "/") => reply(200, json, "{\"message\":\"Hello\"}\n".into(), vec![], now),
            _ => reply(404, "text/plain; charset=utf-8", "404 page not found\n".into(), vec![], now),
        }
    };
    let c = now.civil();
    let log = format!(
        "{:04}/{:02}/{:02} {:02}:{:02}:{:02} {} {} {}",
        c.year, c.month, c.day, c.hour, c.minute, c.second, req.method, req.path, r.status
    );
    Served::Reply {
        response: r,
        log: vec![log],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bootcamp_answers_and_logs_like_server_js() {
        let files = BTreeMap::new();
        let ctx = ServeCtx {
            pod: "kb-1",
            now: Time(1_768_208_677_448),
            request_no: 2,
            uptime_ms: 446_976,
            client_ip: "10.244.0.1",
            files: &files,
        };
        let req = Request {
            method: "GET".into(),
            path: "/".into(),
            headers: vec![],
        };
        let Served::Reply { response, log } = serve(App::Bootcamp(2), 8080, &req, &ctx) else {
            panic!()
        };
        assert_eq!(
            response.body,
            "Hello Kubernetes bootcamp! | Running on: kb-1 | v=2\n"
        );
        assert_eq!(log, vec!["Running On: kb-1 | Total Requests: 2 | App Uptime: 446.976 seconds | Log Time: 2026-01-12T09:04:37.448Z"]);
        assert_eq!(serve(App::Bootcamp(1), 80, &req, &ctx), Served::Refused);
        assert_eq!(files::nginx_index("1.25.5").len(), 615);
        assert_eq!(files::nginx_index("1.14.2").len(), 612);
    }

    #[test]
    fn nginx_follows_a_mounted_proxy_config() {
        let mut files = BTreeMap::new();
        files.insert("/etc/nginx/conf.d/frontend.conf".to_string(), "upstream hello {\n server hello.default.svc.cluster.local;\n}\nupstream auth {\n server auth.default.svc.cluster.local;\n}\nserver {\n listen 80;\n location / {\n proxy_pass http://hello;\n }\n location /login {\n proxy_pass http://auth;\n }\n}\n".to_string());
        assert_eq!(
            nginx_route(&files, "/login"),
            Some(("auth.default.svc.cluster.local".into(), 80))
        );
        assert_eq!(
            nginx_route(&files, "/"),
            Some(("hello.default.svc.cluster.local".into(), 80))
        );
        assert_eq!(
            http_date(Time(1_768_208_677_000)),
            "Mon, 12 Jan 2026 09:04:37 GMT"
        );
    }
}
