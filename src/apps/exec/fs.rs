//! The files and directories a container image has: a few fixed entries
//! per image plus the files the pod mounts (ConfigMap volumes, the
//! service-account token). [`tree`] lists them all; the container's
//! shell copies them into its own filesystem when the container first
//! runs a command, and what it writes there lasts as long as the container.

use super::ExecCtx;
use crate::apps::files::BOOTCAMP_SERVER_JS;
use crate::apps::App;

/// The image's working directory (its `WORKDIR`), where a shell starts.
pub fn workdir(app: App) -> &'static str {
    match app {
        App::Tomcat(_) => "/usr/local/tomcat",
        App::CouchDb(_) => "/opt/couchdb",
        _ => "/",
    }
}

/// `path` made absolute against `cwd`, with `.`, `..` and repeated
/// slashes folded away: `resolve("/usr/local", "../bin/")` is `/usr/bin`.
pub fn resolve(cwd: &str, path: &str) -> String {
    let joined = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("{cwd}/{path}")
    };
    let mut parts: Vec<&str> = Vec::new();
    for part in joined.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}", parts.join("/"))
}

/// The files an image has (mounts first): absolute path → content.
fn image_file(ctx: &ExecCtx<'_>, abs: &str) -> Option<String> {
    if let Some(f) = ctx.files.get(abs) {
        return Some(f.clone());
    }
    match (ctx.app, abs) {
        (App::Bootcamp(v), "/server.js") => Some(BOOTCAMP_SERVER_JS.replace("v=1", &format!("v={v}"))),
        (App::Nginx(v), "/usr/share/nginx/html/index.html") => Some(crate::apps::files::nginx_index(v)),
        (App::Nginx(_), "/usr/share/nginx/html/50x.html") => Some(crate::apps::files::NGINX_50X.into()),
        (App::Nginx(_) | App::Perl, "/etc/os-release") => Some(crate::apps::files::DEBIAN_12_OS_RELEASE.into()),
        (app, "/etc/passwd") => Some(format!(
            "root:x:0:0:root:/root:{}\n",
            if app.has_bash() { "/bin/bash" } else { "/bin/sh" }
        )),
        (_, "/etc/hostname") => Some(format!("{}\n", ctx.pod)),
        (_, "/etc/resolv.conf") => Some(format!(
            "search {}.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n",
            ctx.namespace
        )),
        (_, "/etc/hosts") => Some("# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n".into()),
        _ => None,
    }
}

const DEBIAN_ROOT: &[&str] = &[
    "bin", "boot", "dev", "etc", "home", "lib", "lib64", "media", "mnt", "opt", "proc", "root",
    "run", "sbin", "srv", "sys", "tmp", "usr", "var",
];

/// The fixed entries of a directory the image itself has.
fn fixed_entries(app: App, abs: &str) -> Option<&'static [&'static str]> {
    Some(match (app, abs) {
        (App::Bootcamp(_), "/") => &[
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
        (App::Busybox, "/") => &[
            "bin", "dev", "etc", "home", "lib", "lib64", "proc", "root", "sys", "tmp", "usr", "var",
        ],
        (_, "/") => DEBIAN_ROOT,
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
        (App::Nginx(_) | App::Perl, "/etc") => {
            &["hostname", "hosts", "os-release", "passwd", "resolv.conf"]
        }
        (_, "/etc") => &["hostname", "hosts", "passwd", "resolv.conf"],
        (_, "/usr") => &["bin", "lib", "local", "sbin", "share"],
        (_, "/var") => &["cache", "lib", "log", "run", "tmp"],
        (_, "/root" | "/tmp" | "/home" | "/mnt") => &[],
        _ => return None,
    })
}

/// The sorted entries of directory `abs`, or `None` when it is not one.
fn list_dir(ctx: &ExecCtx<'_>, abs: &str) -> Option<Vec<String>> {
    let fixed = fixed_entries(ctx.app, abs);
    let mut found = fixed.is_some();
    let mut names: Vec<String> = fixed
        .unwrap_or_default()
        .iter()
        .map(|s| s.to_string())
        .collect();
    let prefix = format!("{}/", abs.trim_end_matches('/'));
    for path in ctx.files.keys() {
        if let Some(rest) = path.strip_prefix(&prefix) {
            found = true;
            let first = rest.split('/').next().unwrap_or(rest).to_string();
            if !names.contains(&first) {
                names.push(first);
            }
        }
    }
    if !found && !listed_in_parent(ctx, abs) {
        return None;
    }
    crate::sorting::sort(&mut names);
    Some(names)
}

/// True for a directory its parent's fixed listing names (`/proc`, `/srv`):
/// it exists, though the playground shows it empty.
fn listed_in_parent(ctx: &ExecCtx<'_>, abs: &str) -> bool {
    let Some((parent, name)) = abs.rsplit_once('/') else {
        return false;
    };
    let parent = if parent.is_empty() { "/" } else { parent };
    !name.is_empty()
        && image_file(ctx, abs).is_none()
        && fixed_entries(ctx.app, parent).is_some_and(|names| names.contains(&name))
}

/// True when `abs` is a directory of the container.
pub fn is_dir(ctx: &ExecCtx<'_>, abs: &str) -> bool {
    list_dir(ctx, abs).is_some()
}

/// True when `abs` is a file or directory of the container.
pub fn exists(ctx: &ExecCtx<'_>, abs: &str) -> bool {
    image_file(ctx, abs).is_some() || is_dir(ctx, abs)
}

/// Files the images have outside their fixed directory listings.
const KNOWN_FILES: &[&str] = &[
    "/server.js",
    "/usr/share/nginx/html/index.html",
    "/usr/share/nginx/html/50x.html",
];

/// Every entry of the container's filesystem, parents before children:
/// (absolute path, `Some(content)` for a file or `None` for a directory).
/// Bounded by [`TREE_ENTRIES_MAX`].
pub fn tree(ctx: &ExecCtx<'_>) -> Vec<(String, Option<String>)> {
    let home = workdir(ctx.app).to_string();
    let mut out: Vec<(String, Option<String>)> = vec![(home.clone(), None)];
    let mut dirs = vec!["/".to_string()];
    if home != "/" {
        dirs.push(home);
    }
    while let Some(dir) = dirs.pop() {
        for name in list_dir(ctx, &dir).unwrap_or_default() {
            if out.len() >= TREE_ENTRIES_MAX {
                return out;
            }
            let abs = resolve(&dir, &name);
            match image_file(ctx, &abs) {
                Some(text) => out.push((abs, Some(text))),
                None => {
                    out.push((abs.clone(), None));
                    dirs.push(abs);
                }
            }
        }
    }
    for path in KNOWN_FILES {
        if let Some(text) = image_file(ctx, path).filter(|_| !out.iter().any(|(p, _)| p == path)) {
            out.push((path.to_string(), Some(text)));
        }
    }
    out
}

/// The most entries [`tree`] lists (the shell's filesystem holds 2,000).
pub const TREE_ENTRIES_MAX: usize = 1_000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_resolve_against_the_working_directory() {
        assert_eq!(resolve("/usr/local", "../bin/"), "/usr/bin");
        assert_eq!(resolve("/", ".."), "/");
        assert_eq!(resolve("/root", "/etc//hosts"), "/etc/hosts");
        assert_eq!(resolve("/", "server.js"), "/server.js");
    }

    #[test]
    fn a_terminal_ls_fills_columns_top_to_bottom() {
        let names: Vec<&str> = fixed_entries(App::Bootcamp(1), "/")
            .unwrap_or_default()
            .to_vec();
        assert_eq!(
            crate::listing::columns(&names, 80),
            "bin   core  etc   lib    media  opt   root  sbin       srv  tmp  var\n\
             boot  dev   home  lib64  mnt    proc  run   server.js  sys  usr\n"
        );
    }
}
