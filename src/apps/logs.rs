//! The log lines each image writes when it starts (what `kubectl logs`
//! shows before any request): the bootcamp's start line, nginx's
//! entrypoint and notices, Tomcat's catalina lines, and so on.

use super::http::month;
use super::App;
use crate::api::Time;
use std::borrow::Cow;

/// Log lines an app writes when it starts. Fixed text is borrowed, not
/// copied: thousands of nginx pods each log the same entrypoint lines.
pub fn startup_logs(app: App, pod: &str, at: Time) -> Vec<Cow<'static, str>> {
    match app {
        App::Nginx(v)
            if !(v.starts_with("1.14") || v.starts_with("1.7") || v.starts_with("1.9")) =>
        {
            nginx(v, at)
        }
        _ => made_lines(app, pod, at)
            .into_iter()
            .map(Cow::Owned)
            .collect(),
    }
}

/// nginx's entrypoint lines, then its notices stamped with the start time.
fn nginx(v: &str, at: Time) -> Vec<Cow<'static, str>> {
    let c = at.civil();
    let stamp = format!(
        "{:04}/{:02}/{:02} {:02}:{:02}:{:02}",
        c.year, c.month, c.day, c.hour, c.minute, c.second
    );
    let mut l: Vec<Cow<'static, str>> = [
        "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
        "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/",
        "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
        "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf",
        "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf",
        "/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh",
        "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh",
        "/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh",
        "/docker-entrypoint.sh: Configuration complete; ready for start up",
    ]
    .into_iter()
    .map(Cow::Borrowed)
    .collect();
    for msg in [
        "using the \"epoll\" event method".to_string(),
        format!("nginx/{v}"),
        "built by gcc 12.2.0 (Debian 12.2.0-14)".into(),
        "OS: Linux 5.15.0-1057-azure".into(),
        "getrlimit(RLIMIT_NOFILE): 1048576:1048576".into(),
        "start worker processes".into(),
        "start worker process 29".into(),
        "start worker process 30".into(),
    ] {
        l.push(format!("{stamp} [notice] 1#1: {msg}").into());
    }
    l
}

/// The startup lines of the other apps (each made for this instance).
fn made_lines(app: App, pod: &str, at: Time) -> Vec<String> {
    let c = at.civil();
    match app {
        App::Bootcamp(_) => vec![format!("Kubernetes Bootcamp App Started At: {} | Running On:  {pod} ", at.iso_millis()), String::new()],
        App::Nginx(_) => vec![],
        App::Tomcat(v) => {
            let stamp = format!("{:02}-{}-{:04} {:02}:{:02}:{:02}.{:03}", c.day, month(c.month), c.year, c.hour, c.minute, c.second, c.millis);
            vec![
                format!("{stamp} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/{v}"),
                format!("{stamp} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log OS Name:               Linux"),
                format!("{stamp} INFO [main] org.apache.coyote.AbstractProtocol.init Initializing ProtocolHandler [\"http-nio-8080\"]"),
                format!("{stamp} INFO [main] org.apache.catalina.core.StandardService.startInternal Starting service [Catalina]"),
                format!("{stamp} INFO [main] org.apache.coyote.AbstractProtocol.start Starting ProtocolHandler [\"http-nio-8080\"]"),
                format!("{stamp} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [812] milliseconds"),
            ]
        }
        App::CouchDb(v) => vec![format!("[notice] {} couchdb@127.0.0.1 <0.254.0> -------- Apache CouchDB {v} is starting.", at.iso_millis()), format!("[info] {} couchdb@127.0.0.1 <0.254.0> -------- Apache CouchDB has started on http://any:5984/", at.iso_millis())],
        App::UdacityHello(_) | App::UdacityAuth(_) | App::UdacityMonolith => vec![
            format!("{:04}/{:02}/{:02} {:02}:{:02}:{:02} Starting server...", c.year, c.month, c.day, c.hour, c.minute, c.second),
            format!("{:04}/{:02}/{:02} {:02}:{:02}:{:02} HTTP service listening on 0.0.0.0:80", c.year, c.month, c.day, c.hour, c.minute, c.second),
            format!("{:04}/{:02}/{:02} {:02}:{:02}:{:02} Health service listening on 0.0.0.0:81", c.year, c.month, c.day, c.hour, c.minute, c.second),
            format!("{:04}/{:02}/{:02} {:02}:{:02}:{:02} Started successfully.", c.year, c.month, c.day, c.hour, c.minute, c.second),
        ],
        App::IotServer => vec![format!("iot-server listening on :3000 (pod {pod})")],
        App::CoreDns => vec![".:53".into(), "[INFO] plugin/reload: Running configuration SHA512 = 2d0e6c3c8d46f6a2".into(), "CoreDNS-1.12.1".into(), "linux/amd64, go1.24.1, 707c7c1".into()],
        App::UdacityFrontend | App::Busybox | App::Perl | App::System | App::Agnhost | App::GoProxy | App::Stress => vec![],
    }
}
