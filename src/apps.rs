//! The simulated container images: which images and tags exist (with
//! sizes and digests), and what each one does when it runs — the port it
//! listens on, what it answers over HTTP, the log lines it writes, how it
//! reacts to SIGTERM, and the simple commands `kubectl exec` can run in it.
//!
//! Registry: [`registry::resolve`] turns an image string into an
//! [`Image`] or the pull error a registry gives. Behaviour: [`App`].
//! HTTP: [`http::serve`]. Exec: [`exec::run`]. Nothing here knows about
//! the cluster; the engine passes in what an app may see (its pod name,
//! the time, its environment, mounted files).
//!
//! Shutdown on SIGTERM (graceful deletion), decided per image:
//! kubernetes-bootcamp runs `node` as PID 1 without a SIGTERM handler, so
//! it ignores the signal and is killed after the full grace period (30 s);
//! busybox `sleep` likewise; nginx (SIGQUIT graceful stop) exits in
//! ~0.2 s; tomcat in ~1.5 s; couchdb ~0.5 s; the udacity Go services at
//! once; CoreDNS after its 5 s lameduck.

pub mod exec;
pub mod files;
pub mod http;
pub mod logs;
pub mod perl;
pub mod registry;
pub mod shell;

/// What an image runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum App {
    /// kubernetes-bootcamp, answering `| v=1` or `| v=2`.
    Bootcamp(u8),
    /// nginx of the given version (`1.25.5`).
    Nginx(&'static str),
    Tomcat(&'static str),
    CouchDb(&'static str),
    Busybox,
    /// perl (Debian-based), running the command it is given.
    Perl,
    /// udacity/example-hello (version 1 or 2).
    UdacityHello(u8),
    UdacityAuth(u8),
    UdacityFrontend,
    UdacityMonolith,
    /// kubeplay/iot-server, the API server of the scale-out lesson.
    IotServer,
    CoreDns,
    /// agnhost (e2e test image); `liveness` answers /healthz 200 for 10 s, then 500.
    Agnhost,
    /// registry.k8s.io/goproxy, an HTTP proxy on 8080.
    GoProxy,
    /// polinux/stress: `stress --vm 1 --vm-bytes 150M` holds that much memory.
    Stress,
    /// etcd, apiserver, controller-manager, scheduler, kube-proxy, storage-provisioner.
    System,
}

/// A resolved image.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Image {
    /// Fully qualified reference (`docker.io/library/nginx:1.25`).
    pub reference: String,
    /// Repository without tag (`docker.io/library/nginx`).
    pub repo: String,
    pub tag: String,
    /// `sha256:...`
    pub digest: String,
    pub size_bytes: u64,
    pub app: App,
}

/// In a checkpoint an image is the reference it was pulled by; reading
/// resolves it again (the registry is a pure table), so `App`'s static
/// version texts need no decoding.
impl crate::json::ToJson for Image {
    fn to_json(&self) -> crate::json::Value {
        crate::json::Value::String(match self.tag.is_empty() {
            true => self.image_id(),
            false => self.reference.clone(),
        })
    }
}

impl crate::json::FromJson for Image {
    fn from_json(v: &crate::json::Value) -> Result<Self, crate::json::DecodeErr> {
        let text = String::from_json(v)?;
        registry::resolve(&text).map_err(|_| crate::json::DecodeErr::custom("unknown image"))
    }
    fn go_type() -> String {
        "string".into()
    }
}

impl Image {
    /// `repo@sha256:...`, the containerStatuses `imageID`.
    pub fn image_id(&self) -> String {
        format!("{}@{}", self.repo, self.digest)
    }
}

/// How a container's main process runs.
#[derive(Clone, Debug, PartialEq, Eq, crate::json::ToJson, crate::json::FromJson)]
pub struct RunPlan {
    /// `None`: runs until stopped (a server, or `sleep infinity`).
    pub exits_after_ms: Option<u64>,
    pub exit_code: i32,
    /// Lines it prints when it starts (fixed lines are not copied: every
    /// one of thousands of nginx pods logs the same entrypoint lines).
    pub logs: Vec<std::borrow::Cow<'static, str>>,
    /// True when it serves HTTP on the app's ports.
    pub serves: bool,
    /// Network commands (`wget -qO- web`) whose output the kubelet adds
    /// to `logs` when the process starts: the engine owns the network.
    pub fetches: Vec<Fetch>,
    /// Files its command creates and removes (`touch`, `rm`), by time.
    #[serde(default)]
    pub files: Vec<FileSpan>,
    /// Memory it holds while it runs (bytes; `stress --vm-bytes`).
    #[serde(default)]
    pub memory_bytes: u64,
    /// It was killed for using more memory than its limit.
    #[serde(default)]
    pub oom: bool,
}

/// A file the main command makes at `from_ms` after it starts and
/// removes at `until_ms` (never when `None`).
#[derive(Clone, Debug, PartialEq, Eq, crate::json::ToJson, crate::json::FromJson)]
pub struct FileSpan {
    pub path: String,
    pub from_ms: u64,
    pub until_ms: Option<u64>,
}

impl RunPlan {
    /// The files the command has made and not removed `ms` after it started.
    pub fn files_at(&self, ms: u64) -> impl Iterator<Item = &str> {
        self.files
            .iter()
            .filter(move |f| f.from_ms <= ms && f.until_ms.is_none_or(|u| ms < u))
            .map(|f| f.path.as_str())
    }
}

/// A network command of a main process.
#[derive(Clone, Debug, PartialEq, Eq, crate::json::ToJson, crate::json::FromJson)]
pub struct Fetch {
    /// Where its output goes among `RunPlan::logs`.
    pub at: usize,
    pub argv: Vec<String>,
    /// It is the process's last command, so its status is the exit code.
    pub last: bool,
}

impl App {
    /// TCP ports the app listens on.
    pub fn ports(self) -> &'static [u16] {
        match self {
            App::Bootcamp(_) | App::Tomcat(_) => &[8080],
            App::Nginx(_) => &[80],
            App::CouchDb(_) => &[5984],
            App::UdacityHello(_) | App::UdacityAuth(_) | App::UdacityMonolith => &[80, 81],
            App::UdacityFrontend => &[80, 443],
            App::IotServer => &[3000],
            App::Agnhost | App::GoProxy => &[8080],
            App::CoreDns => &[53, 8080, 8181, 9153],
            App::Busybox | App::Perl | App::System | App::Stress => &[],
        }
    }

    /// (ms until it exits, exit code) after SIGTERM; `None` if it ignores it.
    pub fn on_sigterm(self) -> Option<(u64, i32)> {
        match self {
            App::Bootcamp(_) | App::Busybox | App::Perl | App::Stress => None,
            App::Nginx(_) => Some((200, 0)),
            App::Tomcat(_) => Some((1_500, 143)),
            App::CouchDb(_) => Some((500, 0)),
            App::UdacityHello(_)
            | App::UdacityAuth(_)
            | App::UdacityMonolith
            | App::UdacityFrontend
            | App::Agnhost
            | App::GoProxy => Some((50, 2)),
            App::IotServer => Some((100, 0)),
            App::CoreDns => Some((5_000, 0)),
            App::System => Some((300, 0)),
        }
    }

    /// True when the image has `bash` (Debian-based images).
    pub fn has_bash(self) -> bool {
        matches!(
            self,
            App::Bootcamp(_) | App::Nginx(_) | App::Tomcat(_) | App::CouchDb(_) | App::Perl
        )
    }

    /// Environment variables the image itself sets (after PATH and HOSTNAME).
    pub fn image_env(self) -> Vec<(&'static str, String)> {
        match self {
            App::Bootcamp(_) => vec![
                ("NPM_CONFIG_LOGLEVEL", "info".into()),
                ("NODE_VERSION", "6.3.1".into()),
            ],
            App::Nginx(v) => vec![
                ("NGINX_VERSION", v.to_string()),
                ("NJS_VERSION", "0.8.4".into()),
                ("NJS_RELEASE", "3~bookworm".into()),
                ("PKG_RELEASE", "1~bookworm".into()),
            ],
            App::Tomcat(v) => vec![
                ("CATALINA_HOME", "/usr/local/tomcat".into()),
                ("TOMCAT_VERSION", v.to_string()),
                ("JAVA_HOME", "/opt/java/openjdk".into()),
            ],
            App::CouchDb(v) => vec![("COUCHDB_VERSION", v.to_string())],
            _ => vec![],
        }
    }

    /// How the main process runs, given the container's command and args.
    pub fn plan(
        self,
        command: &[String],
        args: &[String],
        env: &[(String, String)],
        pod: &str,
        started: crate::api::Time,
    ) -> RunPlan {
        if self == App::Stress {
            return stress(command.iter().chain(args));
        }
        // Control-plane images (kube-proxy, etcd, …) run their own
        // binaries whatever the command line says.
        let server = !matches!(self, App::Busybox | App::Perl)
            && (command.is_empty() || self == App::System);
        if let (App::CouchDb(v), true) = (self, server) {
            let has = |k: &str| env.iter().any(|(n, val)| n == k && !val.is_empty());
            let admin = has("COUCHDB_USER") && has("COUCHDB_PASSWORD");
            let old = v.starts_with('1') || v.starts_with('2');
            if !old && !admin {
                return RunPlan {
                    exits_after_ms: Some(400),
                    exit_code: 1,
                    logs: files::COUCHDB_ADMIN_PARTY
                        .lines()
                        .map(std::borrow::Cow::Borrowed)
                        .collect(),
                    serves: false,
                    fetches: vec![],
                    files: vec![],
                    memory_bytes: 0,
                    oom: false,
                };
            }
        }
        if server {
            return RunPlan {
                exits_after_ms: None,
                exit_code: 0,
                logs: logs::startup_logs(self, pod, started),
                serves: true,
                fetches: vec![],
                files: vec![],
                memory_bytes: 0,
                oom: false,
            };
        }
        let mut argv: Vec<String> = command.to_vec();
        argv.extend(args.iter().cloned());
        shell::plan_main(&argv, started)
    }
}

/// `stress --vm N --vm-bytes B …`: its hogs run until stopped, the vm
/// workers holding N × B (suffixes K, M, G are powers of 1024, as stress reads them).
fn stress<'a>(argv: impl Iterator<Item = &'a String>) -> RunPlan {
    let argv: Vec<&String> = argv.collect();
    let value = |flag: &str| {
        argv.iter()
            .position(|a| *a == flag)
            .and_then(|i| argv.get(i + 1))
            .map_or("", |v| v.as_str())
    };
    let count = |flag: &str| value(flag).parse::<u64>().unwrap_or(0);
    let bytes = value("--vm-bytes");
    let (digits, unit) = bytes.split_at(
        bytes
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(bytes.len()),
    );
    let scale = match unit.to_ascii_lowercase().as_str() {
        "k" => 1 << 10,
        "m" => 1 << 20,
        "g" => 1 << 30,
        _ => 1,
    };
    let per_vm = digits
        .parse::<u64>()
        .map_or(256 << 20, |n| n.saturating_mul(scale));
    let line = format!(
        "stress: info: [1] dispatching hogs: {} cpu, {} io, {} vm, {} hdd",
        count("--cpu"),
        count("--io"),
        count("--vm"),
        count("--hdd")
    );
    RunPlan {
        exits_after_ms: None,
        exit_code: 0,
        logs: vec![line.into()],
        serves: false,
        fetches: vec![],
        files: vec![],
        memory_bytes: per_vm.saturating_mul(count("--vm")),
        oom: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stress_holds_what_its_arguments_ask() {
        let argv = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        let plan = App::Stress.plan(
            &argv("stress"),
            &argv("--vm 1 --vm-bytes 250M --vm-hang 1"),
            &[],
            "p",
            crate::api::Time(0),
        );
        assert_eq!(plan.memory_bytes, 250 << 20);
        assert_eq!(plan.exits_after_ms, None);
        assert_eq!(
            plan.logs,
            vec!["stress: info: [1] dispatching hogs: 0 cpu, 0 io, 1 vm, 0 hdd"]
        );
        let two = App::Stress.plan(
            &[],
            &argv("--vm 2 --vm-bytes 64k --cpu 1"),
            &[],
            "p",
            crate::api::Time(0),
        );
        assert_eq!(two.memory_bytes, 2 * (64 << 10));
    }
}
