//! Reading `-f` sources: files and directories of the virtual filesystem
//! (a directory means its `.json`, `.yaml` and `.yml` files, sorted; `-R`
//! descends), `-` for standard input, and a few well-known example URLs
//! that tutorials apply (served from copies bundled here). Then decoding
//! them into objects with kubectl's errors.

use serde_json::Value;

use crate::kubectl::manifest::{check_type_meta, decode_stream};
use crate::kubectl::resources;
use crate::shell::Ctx;

/// Files one `-f` may expand to.
pub const SOURCE_FILES_MAX: usize = 200;

/// Example manifests tutorials apply by URL, bundled so they work offline.
const KNOWN_URLS: &[(&str, &str)] = &[
    (
        "https://k8s.io/examples/controllers/nginx-deployment.yaml",
        NGINX_DEPLOYMENT,
    ),
    (
        "https://kubernetes.io/examples/controllers/nginx-deployment.yaml",
        NGINX_DEPLOYMENT,
    ),
    (
        "https://k8s.io/examples/application/deployment.yaml",
        APP_DEPLOYMENT,
    ),
    (
        "https://k8s.io/examples/service/nginx-service.yaml",
        NGINX_SERVICE,
    ),
    ("https://k8s.io/examples/controllers/job.yaml", PI_JOB),
    (
        "https://kubernetes.io/examples/controllers/job.yaml",
        PI_JOB,
    ),
    (
        "https://k8s.io/examples/application/job/cronjob.yaml",
        HELLO_CRONJOB,
    ),
    (
        "https://kubernetes.io/examples/application/job/cronjob.yaml",
        HELLO_CRONJOB,
    ),
    (
        "https://k8s.io/examples/pods/probe/exec-liveness.yaml",
        EXEC_LIVENESS,
    ),
    (
        "https://k8s.io/examples/pods/probe/http-liveness.yaml",
        HTTP_LIVENESS,
    ),
    (
        "https://k8s.io/examples/pods/probe/tcp-liveness-readiness.yaml",
        TCP_LIVENESS,
    ),
    (
        "https://k8s.io/examples/pods/resource/memory-request-limit.yaml",
        MEMORY_DEMO,
    ),
    (
        "https://k8s.io/examples/pods/resource/memory-request-limit-2.yaml",
        MEMORY_DEMO_2,
    ),
];

/// The examples of "Assign Memory Resources to Containers and Pods".
const MEMORY_DEMO: &str = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: memory-demo\n  namespace: mem-example\nspec:\n  containers:\n  - name: memory-demo-ctr\n    image: polinux/stress\n    resources:\n      requests:\n        memory: \"100Mi\"\n      limits:\n        memory: \"200Mi\"\n    command: [\"stress\"]\n    args: [\"--vm\", \"1\", \"--vm-bytes\", \"150M\", \"--vm-hang\", \"1\"]\n";
const MEMORY_DEMO_2: &str = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: memory-demo-2\n  namespace: mem-example\nspec:\n  containers:\n  - name: memory-demo-2-ctr\n    image: polinux/stress\n    resources:\n      requests:\n        memory: \"50Mi\"\n      limits:\n        memory: \"100Mi\"\n    command: [\"stress\"]\n    args: [\"--vm\", \"1\", \"--vm-bytes\", \"250M\", \"--vm-hang\", \"1\"]\n";

/// The probe examples of "Configure Liveness, Readiness and Startup Probes".
const EXEC_LIVENESS: &str = "apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    test: liveness\n  name: liveness-exec\nspec:\n  containers:\n  - name: liveness\n    image: registry.k8s.io/busybox:1.27.2\n    args:\n    - /bin/sh\n    - -c\n    - touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600\n    livenessProbe:\n      exec:\n        command:\n        - cat\n        - /tmp/healthy\n      initialDelaySeconds: 5\n      periodSeconds: 5\n";
const HTTP_LIVENESS: &str = "apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    test: liveness\n  name: liveness-http\nspec:\n  containers:\n  - name: liveness\n    image: registry.k8s.io/e2e-test-images/agnhost:2.40\n    args:\n    - liveness\n    livenessProbe:\n      httpGet:\n        path: /healthz\n        port: 8080\n        httpHeaders:\n        - name: Custom-Header\n          value: Awesome\n      initialDelaySeconds: 3\n      periodSeconds: 3\n";
const TCP_LIVENESS: &str = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: goproxy\n  labels:\n    app.kubernetes.io/name: goproxy\nspec:\n  containers:\n  - name: goproxy\n    image: registry.k8s.io/goproxy:0.1\n    ports:\n    - containerPort: 8080\n    readinessProbe:\n      tcpSocket:\n        port: 8080\n      initialDelaySeconds: 15\n      periodSeconds: 10\n    livenessProbe:\n      tcpSocket:\n        port: 8080\n      initialDelaySeconds: 15\n      periodSeconds: 10\n";

const PI_JOB: &str = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: pi\nspec:\n  template:\n    spec:\n      containers:\n      - name: pi\n        image: perl:5.34.0\n        command: [\"perl\",  \"-Mbignum=bpi\", \"-wle\", \"print bpi(2000)\"]\n      restartPolicy: Never\n  backoffLimit: 4\n";
const HELLO_CRONJOB: &str = "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: hello\nspec:\n  schedule: \"* * * * *\"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n          - name: hello\n            image: busybox:1.28\n            imagePullPolicy: IfNotPresent\n            command:\n            - /bin/sh\n            - -c\n            - date; echo Hello from the Kubernetes cluster\n          restartPolicy: OnFailure\n";

const NGINX_DEPLOYMENT: &str = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: nginx-deployment\n  labels:\n    app: nginx\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: nginx\n  template:\n    metadata:\n      labels:\n        app: nginx\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:1.14.2\n        ports:\n        - containerPort: 80\n";
const APP_DEPLOYMENT: &str = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: nginx-deployment\nspec:\n  selector:\n    matchLabels:\n      app: nginx\n  replicas: 2 # tells deployment to run 2 pods matching the template\n  template:\n    metadata:\n      labels:\n        app: nginx\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:1.14.2\n        ports:\n        - containerPort: 80\n";
const NGINX_SERVICE: &str = "apiVersion: v1\nkind: Service\nmetadata:\n  name: my-nginx-svc\n  labels:\n    app: nginx\nspec:\n  type: LoadBalancer\n  ports:\n  - port: 80\n  selector:\n    app: nginx\n";

/// (source name as kubectl shows it, text) for every `-f` value.
pub fn read_sources(
    ctx: &Ctx,
    filenames: &[String],
    recursive: bool,
) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for name in filenames {
        if name == "-" {
            out.push(("STDIN".to_string(), ctx.stdin().unwrap_or("").to_string()));
            continue;
        }
        if name.starts_with("http://") || name.starts_with("https://") {
            match KNOWN_URLS.iter().find(|(url, _)| url == name) {
                Some((_, text)) => out.push((name.clone(), text.to_string())),
                None => {
                    return Err(format!(
                    "unable to read URL {name:?}, server reported 404 Not Found, status code=404"
                ))
                }
            }
            continue;
        }
        ctx.with_world(|w| read_path(w, name, recursive, &mut out))?;
        if out.len() > SOURCE_FILES_MAX {
            return Err(format!(
                "too many files under {name:?} (more than {SOURCE_FILES_MAX})"
            ));
        }
    }
    Ok(out)
}

fn read_path(
    w: &crate::shell::World,
    name: &str,
    recursive: bool,
    out: &mut Vec<(String, String)>,
) -> Result<(), String> {
    let abs = w.abs_path(name);
    if w.fs.get(&abs).is_none() {
        return Err(format!("the path {name:?} does not exist"));
    }
    if !w.fs.is_dir(&abs) {
        let text = w.fs.read(&abs).map_err(|e| format!("open {name}: {e}"))?;
        out.push((name.to_string(), text.to_string()));
        return Ok(());
    }
    let mut files: Vec<String> = if recursive {
        w.fs.walk(&abs).into_iter().map(str::to_string).collect()
    } else {
        w.fs.list(&abs)
            .map_err(|e| format!("{name}: {e}"))?
            .into_iter()
            .filter(|(_, node)| !node.is_dir())
            .map(|(n, _)| format!("{}/{n}", abs.trim_end_matches('/')))
            .collect()
    };
    files.retain(|f| {
        [".json", ".yaml", ".yml"]
            .iter()
            .any(|ext| f.ends_with(ext))
            && !w.fs.is_dir(f)
    });
    crate::sorting::sort(&mut files);
    let prefix = name.trim_end_matches('/');
    for file in files {
        let text = w.fs.read(&file).map_err(|e| format!("open {file}: {e}"))?;
        let shown = match file.strip_prefix(abs.trim_end_matches('/')) {
            Some(rest) => format!("{prefix}{rest}"),
            None => file.clone(),
        };
        out.push((shown, text.to_string()));
    }
    Ok(())
}

/// Objects of all sources in order; an error stops the list where it
/// happened (kubectl acts on the objects before it).
pub fn decode_sources(sources: &[(String, String)]) -> Vec<(String, Result<Value, String>)> {
    let mut out = Vec::new();
    for (source, text) in sources {
        for item in decode_stream(source, text) {
            let item = item.and_then(|obj| {
                check_type_meta(source, &obj)
                    .and_then(|()| check_mapping(source, &obj))
                    .map(|()| obj)
            });
            let stop = item.is_err();
            out.push((source.clone(), item));
            if stop {
                return out;
            }
        }
    }
    out
}

/// kubectl's REST mapping: the kind must be served in that apiVersion.
fn check_mapping(source: &str, obj: &Value) -> Result<(), String> {
    let kind = obj.get("kind").and_then(Value::as_str).unwrap_or("");
    let version = obj.get("apiVersion").and_then(Value::as_str).unwrap_or("");
    if resources::by_kind(kind).is_some_and(|rt| rt.api_version() == version) {
        return Ok(());
    }
    let name = obj
        .pointer("/metadata/name")
        .and_then(Value::as_str)
        .unwrap_or("");
    let ns = obj
        .pointer("/metadata/namespace")
        .and_then(Value::as_str)
        .unwrap_or("");
    Err(format!("resource mapping not found for name: {name:?} namespace: {ns:?} from {source:?}: no matches for kind {kind:?} in version {version:?}\nensure CRDs are installed first"))
}

/// Puts `error when creating "f.yaml": ` into an apiserver error line.
pub fn with_source(line: &str, verb: &str, source: &str) -> String {
    if let Some(rest) = line.strip_prefix("Error from server (") {
        if let Some((reason, message)) = rest.split_once("): ") {
            return format!(
                "Error from server ({reason}): error when {verb} {source:?}: {message}"
            );
        }
    }
    line.to_string()
}

/// The namespace an object from a file goes to, or kubectl's mismatch error.
pub fn object_namespace(obj: &Value, flag: Option<&str>) -> Result<String, String> {
    let own = obj
        .pointer("/metadata/namespace")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty());
    match (own, flag) {
        (Some(o), Some(f)) if o != f => Err(format!("the namespace from the provided object {o:?} does not match the namespace {f:?}. You must pass '--namespace={o}' to perform this operation.")),
        (Some(o), _) => Ok(o.to_string()),
        (None, Some(f)) => Ok(f.to_string()),
        (None, None) => Ok("default".to_string()),
    }
}
