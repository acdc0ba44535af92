//! Pieces every describer shares, written as kubectl's `describe.go`
//! writes them: multi-line labels and annotations, the pod template,
//! container blocks (ports, state, environment, mounts), volumes,
//! tolerations and the `Controlled By` owner.

use serde_json::Value;

use crate::kubectl::printers::age::{parse_rfc3339, rfc1123z};
use crate::kubectl::printers::describe::{DescribeWriter, LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3};
use crate::kubectl::printers::fields::{at, int, list, map, text};

/// Annotation values longer than this are cut (kubectl's `maxAnnotationLen`).
const ANNOTATION_LEN_MAX: usize = 140;

/// `Labels:` with one `k=v` per line, sorted; `<none>` when empty.
pub fn labels(
    w: &mut DescribeWriter,
    indent: &str,
    title: &str,
    obj_labels: Option<&serde_json::Map<String, Value>>,
) {
    let entries: Vec<String> = obj_labels.map_or_else(Vec::new, |m| {
        m.iter()
            .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or("")))
            .collect()
    });
    write_entries(w, indent, title, &entries);
}

fn write_entries(w: &mut DescribeWriter, indent: &str, title: &str, entries: &[String]) {
    match entries.split_first() {
        None => w.write(LEVEL_0, &format!("{indent}{title}:\t<none>\n")),
        Some((first, rest)) => {
            w.write(LEVEL_0, &format!("{indent}{title}:\t{first}\n"));
            for entry in rest {
                w.write(LEVEL_0, &format!("{indent}\t{entry}\n"));
            }
        }
    }
}

/// `Annotations:` as `key: value`, hiding kubectl's last-applied copy and
/// breaking long or multi-line values over several lines.
pub fn annotations(
    w: &mut DescribeWriter,
    indent: &str,
    title: &str,
    annotations: Option<&serde_json::Map<String, Value>>,
) {
    let shown: Vec<(&String, &str)> = annotations
        .map(|m| {
            m.iter()
                .filter(|(k, _)| k.as_str() != "kubectl.kubernetes.io/last-applied-configuration")
                .map(|(k, v)| (k, v.as_str().unwrap_or("")))
                .collect()
        })
        .unwrap_or_default();
    if shown.is_empty() {
        w.write(LEVEL_0, &format!("{indent}{title}:\t<none>\n"));
        return;
    }
    w.write(LEVEL_0, &format!("{indent}{title}:\t"));
    for (i, (key, value)) in shown.iter().enumerate() {
        if i > 0 {
            w.write(LEVEL_0, &format!("{indent}\t"));
        }
        let value = value.strip_suffix('\n').unwrap_or(value);
        if value.len() + key.len() + 2 > ANNOTATION_LEN_MAX || value.contains('\n') {
            w.write(LEVEL_0, &format!("{key}:\n"));
            for line in value.split('\n') {
                let short: String = if line.len() > ANNOTATION_LEN_MAX - 2 {
                    format!(
                        "{}...",
                        line.chars()
                            .take(ANNOTATION_LEN_MAX - 2)
                            .collect::<String>()
                    )
                } else {
                    line.to_string()
                };
                w.write(LEVEL_0, &format!("{indent}\t  {short}\n"));
            }
        } else {
            w.write(LEVEL_0, &format!("{key}: {value}\n"));
        }
    }
}

/// A timestamp field as RFC 1123Z, or `<unset>`.
pub fn time_field(obj: &Value, path: &[&str]) -> String {
    at(obj, path)
        .and_then(Value::as_str)
        .and_then(parse_rfc3339)
        .map_or("<unset>".to_string(), rfc1123z)
}

/// `ReplicaSet/web-5cc66bcc9b` for an object with a controller owner.
pub fn controller(obj: &Value) -> Option<String> {
    list(obj, &["metadata", "ownerReferences"])
        .iter()
        .find(|o| {
            o.get("controller")
                .and_then(Value::as_bool)
                .unwrap_or(false)
        })
        .map(|o| format!("{}/{}", text(o, &["kind"]), text(o, &["name"])))
}

/// `Pod Template:` of a Deployment or ReplicaSet.
pub fn pod_template(w: &mut DescribeWriter, template: &Value) {
    w.write(LEVEL_0, "Pod Template:\n");
    // kubectl passes the indent as part of the title here ("  Labels"),
    // so continuation lines start at the tab (seen where no tabwriter
    // aligns them: `rollout history --revision`).
    labels(w, "", "  Labels", map(template, &["metadata", "labels"]));
    if map(template, &["metadata", "annotations"]).is_some_and(|m| !m.is_empty()) {
        annotations(
            w,
            "",
            "  Annotations",
            map(template, &["metadata", "annotations"]),
        );
    }
    let spec = at(template, &["spec"]).unwrap_or(&Value::Null);
    let account = text(spec, &["serviceAccountName"]);
    if !account.is_empty() {
        w.write(LEVEL_1, &format!("Service Account:\t{account}\n"));
    }
    if !list(spec, &["initContainers"]).is_empty() {
        containers(
            w,
            "Init Containers",
            list(spec, &["initContainers"]),
            &[],
            "  ",
        );
    }
    containers(w, "Containers", list(spec, &["containers"]), &[], "  ");
    volumes(w, list(spec, &["volumes"]), "  ");
    let class = text(spec, &["priorityClassName"]);
    if !class.is_empty() {
        w.write(LEVEL_1, &format!("Priority Class Name:\t{class}\n"));
    }
    labels(w, "  ", "Node-Selectors", map(spec, &["nodeSelector"]));
    tolerations(w, "  ", list(spec, &["tolerations"]));
}

/// The container blocks of a pod or pod template; `statuses` only for pods.
pub fn containers(
    w: &mut DescribeWriter,
    label: &str,
    containers: &[Value],
    statuses: &[Value],
    space: &str,
) {
    let none = if containers.is_empty() { " <none>" } else { "" };
    w.write(LEVEL_0, &format!("{space}{label}:{none}\n"));
    for c in containers {
        let name = text(c, &["name"]);
        let status = statuses.iter().find(|s| text(s, &["name"]) == name);
        let name_indent = if space.is_empty() { "" } else { " " };
        w.write(LEVEL_1, &format!("{name_indent}{name}:\n"));
        if let Some(s) = status {
            w.write(
                LEVEL_2,
                &format!("Container ID:\t{}\n", text(s, &["containerID"])),
            );
        }
        w.write(LEVEL_2, &format!("Image:\t{}\n", text(c, &["image"])));
        if let Some(s) = status {
            w.write(LEVEL_2, &format!("Image ID:\t{}\n", text(s, &["imageID"])));
        }
        ports(w, c);
        command_lines(w, c, "command", "Command");
        command_lines(w, c, "args", "Args");
        if let Some(s) = status {
            state(w, "State", at(s, &["state"]));
            if at(s, &["lastState", "terminated"]).is_some() {
                state(w, "Last State", at(s, &["lastState"]));
            }
            let ready = if s.get("ready").and_then(Value::as_bool).unwrap_or(false) {
                "True"
            } else {
                "False"
            };
            w.write(LEVEL_2, &format!("Ready:\t{ready}\n"));
            w.write(
                LEVEL_2,
                &format!("Restart Count:\t{}\n", int(s, &["restartCount"])),
            );
        }
        resources(w, c);
        for (title, field) in [
            ("Liveness", "livenessProbe"),
            ("Readiness", "readinessProbe"),
            ("Startup", "startupProbe"),
        ] {
            if let Some(p) = at(c, &[field]) {
                w.write(LEVEL_2, &format!("{title}:\t{}\n", probe(p)));
            }
        }
        environment(w, c);
        mounts(w, c);
    }
}

/// A probe as kubectl's `DescribeProbe` words it:
/// `exec [cat /tmp/healthy] delay=5s timeout=1s period=5s successThreshold=1 failureThreshold=3`.
fn probe(p: &Value) -> String {
    let attrs = format!(
        "delay={}s timeout={}s period={}s successThreshold={} failureThreshold={}",
        int(p, &["initialDelaySeconds"]),
        int(p, &["timeoutSeconds"]),
        int(p, &["periodSeconds"]),
        int(p, &["successThreshold"]),
        int(p, &["failureThreshold"])
    );
    let port = |v: Option<&Value>| match v {
        Some(Value::String(s)) => s.clone(),
        Some(v) => v.to_string(),
        None => String::new(),
    };
    if let Some(e) = at(p, &["exec"]) {
        let argv: Vec<&str> = list(e, &["command"])
            .iter()
            .filter_map(Value::as_str)
            .collect();
        format!("exec [{}] {attrs}", argv.join(" "))
    } else if let Some(h) = at(p, &["httpGet"]) {
        let scheme = text(h, &["scheme"]).to_ascii_lowercase();
        let port = port(h.get("port"));
        let host = match (text(h, &["host"]), port.is_empty()) {
            (host, true) => host.to_string(),
            (host, false) if host.contains(':') => format!("[{host}]:{port}"),
            (host, false) => format!("{host}:{port}"),
        };
        format!("http-get {scheme}://{host}{} {attrs}", text(h, &["path"]))
    } else if let Some(t) = at(p, &["tcpSocket"]) {
        format!(
            "tcp-socket {}:{} {attrs}",
            text(t, &["host"]),
            port(t.get("port"))
        )
    } else {
        format!("unknown {attrs}")
    }
}

fn ports(w: &mut DescribeWriter, c: &Value) {
    let ports = list(c, &["ports"]);
    // `80/TCP`, and since v1.36 the port's name after it: `53/UDP (dns)`.
    let port = |p: &Value, field: &str| {
        let proto = match text(p, &["protocol"]) {
            "" => "TCP",
            s => s,
        };
        match text(p, &["name"]) {
            "" => format!("{}/{proto}", int(p, &[field])),
            name => format!("{}/{proto} ({name})", int(p, &[field])),
        }
    };
    let container: Vec<String> = ports.iter().map(|p| port(p, "containerPort")).collect();
    let host: Vec<String> = ports.iter().map(|p| port(p, "hostPort")).collect();
    let (key, value) = if container.len() > 1 {
        ("Ports", container.join(", "))
    } else {
        (
            "Port",
            container
                .first()
                .cloned()
                .unwrap_or_else(|| "<none>".into()),
        )
    };
    w.write(LEVEL_2, &format!("{key}:\t{value}\n"));
    let (key, value) = if host.len() > 1 {
        ("Host Ports", host.join(", "))
    } else {
        (
            "Host Port",
            host.first().cloned().unwrap_or_else(|| "<none>".into()),
        )
    };
    w.write(LEVEL_2, &format!("{key}:\t{value}\n"));
}

fn command_lines(w: &mut DescribeWriter, c: &Value, field: &str, title: &str) {
    let items = list(c, &[field]);
    if items.is_empty() {
        return;
    }
    w.write(LEVEL_2, &format!("{title}:\n"));
    for item in items {
        for line in item.as_str().unwrap_or("").split('\n') {
            w.write(LEVEL_3, &format!("{line}\n"));
        }
    }
}

/// `State: Running` / `Waiting` (+ Reason) / `Terminated` (+ details).
fn state(w: &mut DescribeWriter, title: &str, state: Option<&Value>) {
    let state = state.unwrap_or(&Value::Null);
    if let Some(running) = at(state, &["running"]) {
        w.write(LEVEL_2, &format!("{title}:\tRunning\n"));
        w.write(
            LEVEL_3,
            &format!("Started:\t{}\n", time_field(running, &["startedAt"])),
        );
    } else if let Some(t) = at(state, &["terminated"]) {
        w.write(LEVEL_2, &format!("{title}:\tTerminated\n"));
        for (key, field) in [("Reason", "reason"), ("Message", "message")] {
            if !text(t, &[field]).is_empty() {
                w.write(LEVEL_3, &format!("{key}:\t{}\n", text(t, &[field])));
            }
        }
        w.write(LEVEL_3, &format!("Exit Code:\t{}\n", int(t, &["exitCode"])));
        if int(t, &["signal"]) > 0 {
            w.write(LEVEL_3, &format!("Signal:\t{}\n", int(t, &["signal"])));
        }
        w.write(
            LEVEL_3,
            &format!("Started:\t{}\n", time_field(t, &["startedAt"])),
        );
        w.write(
            LEVEL_3,
            &format!("Finished:\t{}\n", time_field(t, &["finishedAt"])),
        );
    } else {
        w.write(LEVEL_2, &format!("{title}:\tWaiting\n"));
        let reason = text(state, &["waiting", "reason"]);
        if !reason.is_empty() {
            w.write(LEVEL_3, &format!("Reason:\t{reason}\n"));
        }
    }
}

fn resources(w: &mut DescribeWriter, c: &Value) {
    for (title, field) in [("Limits", "limits"), ("Requests", "requests")] {
        if let Some(values) = map(c, &["resources", field]).filter(|m| !m.is_empty()) {
            w.write(LEVEL_2, &format!("{title}:\n"));
            for (name, q) in values {
                let q = q.as_str().map_or_else(|| q.to_string(), str::to_string);
                w.write(LEVEL_3, &format!("{name}:\t{q}\n"));
            }
        }
    }
}

/// `Optional: false` of a reference to a ConfigMap or Secret.
fn optional(r: &Value) -> bool {
    r.get("optional").and_then(Value::as_bool).unwrap_or(false)
}

fn environment(w: &mut DescribeWriter, c: &Value) {
    let from = list(c, &["envFrom"]);
    if !from.is_empty() {
        w.write(LEVEL_2, "Environment Variables from:\n");
    }
    for f in from {
        let (r, kind) = match at(f, &["configMapRef"]) {
            Some(r) => (r, "ConfigMap"),
            None => (at(f, &["secretRef"]).unwrap_or(&Value::Null), "Secret"),
        };
        let prefix = match text(f, &["prefix"]) {
            "" => String::new(),
            p => format!(" with prefix '{p}'"),
        };
        let (name, opt) = (text(r, &["name"]), optional(r));
        w.write(
            LEVEL_3,
            &format!("{name}\t{kind}{prefix}\tOptional: {opt}\n"),
        );
    }
    let env = list(c, &["env"]);
    if env.is_empty() {
        w.write(LEVEL_2, "Environment:\t<none>\n");
        return;
    }
    w.write(LEVEL_2, "Environment:\n");
    for e in env {
        let value = match at(e, &["valueFrom"]) {
            Some(from) if at(from, &["configMapKeyRef"]).is_some() => {
                let r = at(from, &["configMapKeyRef"]).unwrap_or(&Value::Null);
                format!(
                    "<set to the key '{}' of config map '{}'>\tOptional: {}",
                    text(r, &["key"]),
                    text(r, &["name"]),
                    optional(r)
                )
            }
            Some(from) if at(from, &["secretKeyRef"]).is_some() => {
                let r = at(from, &["secretKeyRef"]).unwrap_or(&Value::Null);
                format!(
                    "<set to the key '{}' in secret '{}'>\tOptional: {}",
                    text(r, &["key"]),
                    text(r, &["name"]),
                    optional(r)
                )
            }
            Some(from) if at(from, &["fieldRef"]).is_some() => format!(
                " ({}:{})",
                text(from, &["fieldRef", "apiVersion"]),
                text(from, &["fieldRef", "fieldPath"])
            ),
            Some(_) => "<set from a source>".to_string(),
            None => text(e, &["value"]).to_string(),
        };
        w.write(LEVEL_3, &format!("{}:\t{value}\n", text(e, &["name"])));
    }
}

fn mounts(w: &mut DescribeWriter, c: &Value) {
    let mut mounts: Vec<&Value> = list(c, &["volumeMounts"]).iter().collect();
    if mounts.is_empty() {
        w.write(LEVEL_2, "Mounts:\t<none>\n");
        return;
    }
    w.write(LEVEL_2, "Mounts:\n");
    crate::sorting::sort_by_key(&mut mounts, |m| text(m, &["mountPath"]).to_string());
    for m in mounts {
        let mode = if m.get("readOnly").and_then(Value::as_bool).unwrap_or(false) {
            "ro"
        } else {
            "rw"
        };
        w.write(
            LEVEL_3,
            &format!(
                "{} from {} ({mode})\n",
                text(m, &["mountPath"]),
                text(m, &["name"])
            ),
        );
    }
}

/// `Volumes:` with the kinds a tutorial meets (configMap, projected, emptyDir).
pub fn volumes(w: &mut DescribeWriter, volumes: &[Value], space: &str) {
    if volumes.is_empty() {
        w.write(LEVEL_0, &format!("{space}Volumes:\t<none>\n"));
        return;
    }
    w.write(LEVEL_0, &format!("{space}Volumes:\n"));
    let name_indent = if space.is_empty() { "" } else { " " };
    for v in volumes {
        w.write(LEVEL_1, &format!("{name_indent}{}:\n", text(v, &["name"])));
        if let Some(cm) = at(v, &["configMap"]) {
            let optional = optional(cm);
            w.write(LEVEL_2, &format!("Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t{}\n    Optional:\t{optional}\n", text(cm, &["name"])));
        } else if let Some(s) = at(v, &["secret"]) {
            let optional = optional(s);
            w.write(LEVEL_2, &format!("Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t{}\n    Optional:\t{optional}\n", text(s, &["secretName"])));
        } else if at(v, &["projected"]).is_some() {
            w.write(
                LEVEL_2,
                "Type:\tProjected (a volume that contains injected data from multiple sources)\n",
            );
            for source in list(v, &["projected", "sources"]) {
                if let Some(token) = at(source, &["serviceAccountToken"]) {
                    w.write(
                        LEVEL_2,
                        &format!(
                            "TokenExpirationSeconds:\t{}\n",
                            int(token, &["expirationSeconds"])
                        ),
                    );
                } else if let Some(cm) = at(source, &["configMap"]) {
                    w.write(
                        LEVEL_2,
                        &format!("ConfigMapName:\t{}\n", text(cm, &["name"])),
                    );
                    let optional = cm.get("optional").and_then(Value::as_bool).unwrap_or(false);
                    w.write(LEVEL_2, &format!("Optional:\t{optional}\n"));
                } else if at(source, &["downwardAPI"]).is_some() {
                    w.write(LEVEL_2, "DownwardAPI:\ttrue\n");
                }
            }
        } else if let Some(claim) = at(v, &["persistentVolumeClaim"]) {
            let read_only = claim
                .get("readOnly")
                .and_then(Value::as_bool)
                .unwrap_or(false);
            w.write(LEVEL_2, &format!("Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t{}\n    ReadOnly:\t{read_only}\n", text(claim, &["claimName"])));
        } else if let Some(host) = at(v, &["hostPath"]) {
            let kind = at(host, &["type"]).map_or("<none>", |t| t.as_str().unwrap_or(""));
            w.write(LEVEL_2, &format!("Type:\tHostPath (bare host directory volume)\n    Path:\t{}\n    HostPathType:\t{kind}\n", text(host, &["path"])));
        } else if let Some(dir) = at(v, &["emptyDir"]) {
            w.write(LEVEL_2, &format!("Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t{}\n    SizeLimit:\t<unset>\n", text(dir, &["medium"])));
        } else {
            w.write(LEVEL_2, "Type:\t<unknown>\n");
        }
    }
}

/// `Tolerations:` one per line (`node.kubernetes.io/not-ready:NoExecute op=Exists for 300s`).
pub fn tolerations(w: &mut DescribeWriter, indent: &str, tolerations: &[Value]) {
    let entries: Vec<String> = tolerations
        .iter()
        .map(|t| {
            let mut s = text(t, &["key"]).to_string();
            let (value, effect) = (text(t, &["value"]), text(t, &["effect"]));
            if !value.is_empty() {
                s.push_str(&format!("={value}"));
            }
            if !effect.is_empty() {
                s.push_str(&format!(":{effect}"));
            }
            if text(t, &["operator"]) == "Exists" && value.is_empty() {
                s.push_str(if s.is_empty() {
                    "op=Exists"
                } else {
                    " op=Exists"
                });
            }
            if let Some(secs) = at(t, &["tolerationSeconds"]).and_then(Value::as_i64) {
                s.push_str(&format!(" for {secs}s"));
            }
            s
        })
        .collect();
    write_entries(w, indent, "Tolerations", &entries);
}
