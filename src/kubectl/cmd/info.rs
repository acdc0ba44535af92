//! Commands about the client and the cluster rather than its objects:
//! `version`, `cluster-info`, `api-resources`, `api-versions` and
//! `config view|current-context|get-contexts` (minikube's kubeconfig).

use serde_json::json;

use super::fail;
use crate::kubectl::cli::Call;
use crate::kubectl::printers::output;
use crate::kubectl::printers::tabwriter::{align_rows, TABLE};
use crate::kubectl::resources::RESOURCE_TYPES;
use crate::kubectl::yaml::to_yaml;
use crate::shell::{done, CommandFuture, Ctx};

/// The kubectl release kubeplay imitates.
pub const CLIENT_VERSION: &str = "v1.37.1";
const KUSTOMIZE_VERSION: &str = "v5.8.1";

fn server_version(ctx: &Ctx) -> String {
    ctx.with_world(|w| {
        w.cluster
            .list_objects(crate::api::Kind::Node, None)
            .first()
            .and_then(|n| {
                n.to_json()
                    .pointer("/status/nodeInfo/kubeletVersion")
                    .and_then(|v| v.as_str().map(str::to_string))
            })
            .unwrap_or_else(|| CLIENT_VERSION.to_string())
    })
}

/// The `version.Info` block, in Go's struct order (not alphabetical).
fn version_json(version: &str, indent: &str) -> String {
    let minor = version.split('.').nth(1).unwrap_or("37");
    format!(
        "{{\n{indent}  \"major\": \"1\",\n{indent}  \"minor\": \"{minor}\",\n{indent}  \"gitVersion\": \"{version}\",\n{indent}  \"gitCommit\": \"f78e722310e50bcaca9276be22276d9e91d91308\",\n{indent}  \"gitTreeState\": \"clean\",\n{indent}  \"buildDate\": \"2026-09-23T17:10:04Z\",\n{indent}  \"goVersion\": \"go1.26.8\",\n{indent}  \"compiler\": \"gc\",\n{indent}  \"platform\": \"linux/amd64\"\n{indent}}}"
    )
}

/// The `version.Info` of release `version` as JSON (also what the API
/// mode's `/version` answers).
pub fn version_info(version: &str) -> serde_json::Value {
    json!({"buildDate": "2026-09-23T17:10:04Z", "compiler": "gc", "gitCommit": "f78e722310e50bcaca9276be22276d9e91d91308", "gitTreeState": "clean", "gitVersion": version, "goVersion": "go1.26.8", "major": "1", "minor": version.split('.').nth(1).unwrap_or("37"), "platform": "linux/amd64"})
}

pub fn version(mut ctx: Ctx, call: Call) -> CommandFuture {
    let client_only = call.flags.bool("client");
    let server = (!client_only).then(|| server_version(&ctx));
    match call.flags.str("output").as_str() {
        "" => {
            let mut text = format!(
                "Client Version: {CLIENT_VERSION}\nKustomize Version: {KUSTOMIZE_VERSION}\n"
            );
            if let Some(s) = server {
                text.push_str(&format!("Server Version: {s}\n"));
            }
            ctx.out(&text);
        }
        "json" => {
            let mut text = format!(
                "{{\n  \"clientVersion\": {},\n  \"kustomizeVersion\": \"{KUSTOMIZE_VERSION}\"",
                version_json(CLIENT_VERSION, "  ")
            );
            if let Some(s) = server {
                text.push_str(&format!(
                    ",\n  \"serverVersion\": {}",
                    version_json(&s, "  ")
                ));
            }
            ctx.out(&(text + "\n}\n"));
        }
        "yaml" => {
            let info = version_info;
            let mut doc = json!({"clientVersion": info(CLIENT_VERSION), "kustomizeVersion": KUSTOMIZE_VERSION});
            if let (Some(s), Some(map)) = (server, doc.as_object_mut()) {
                map.insert("serverVersion".into(), info(&s));
            }
            // kubectl prints the YAML with Println: one blank line after it.
            ctx.out(&(to_yaml(&doc) + "\n"));
        }
        _ => return done(fail(&mut ctx, "--output must be 'yaml' or 'json'")),
    }
    done(0)
}

pub fn cluster_info(mut ctx: Ctx, call: Call) -> CommandFuture {
    if call.args.first().map(String::as_str) == Some("dump") {
        return done(fail(&mut ctx, "kubeplay does not simulate 'cluster-info dump'; use 'kubectl get' and 'kubectl describe' instead"));
    }
    let ip = ctx.with_world(|w| w.cluster.minikube_ip());
    ctx.out(&format!(
        "Kubernetes control plane is running at https://{ip}:8443\nCoreDNS is running at https://{ip}:8443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n"
    ));
    done(0)
}

pub fn api_resources(mut ctx: Ctx, call: Call) -> CommandFuture {
    let mut types: Vec<_> = RESOURCE_TYPES.iter().collect();
    crate::sorting::sort_by(&mut types, |a, b| {
        (a.group, a.plural).cmp(&(b.group, b.plural))
    });
    if let Some(ns) = call.flags.opt("namespaced") {
        let want = ns == "true";
        types.retain(|t| t.namespaced == want);
    }
    if let Some(group) = call.flags.opt("api-group") {
        types.retain(|t| t.group == group);
    }
    let format = call.flags.str("output");
    if format == "name" {
        let names: String = types
            .iter()
            .map(|t| {
                if t.group.is_empty() {
                    format!("{}\n", t.plural)
                } else {
                    format!("{}.{}\n", t.plural, t.group)
                }
            })
            .collect();
        ctx.out(&names);
        return done(0);
    }
    let wide = format == "wide";
    let mut rows = vec![["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"]
        .iter()
        .map(|s| s.to_string())
        .collect::<Vec<_>>()];
    if wide {
        if let Some(h) = rows.first_mut() {
            h.push("VERBS".into());
            h.push("CATEGORIES".into());
        }
    }
    for t in types {
        let mut row = vec![
            t.plural.to_string(),
            t.short.join(","),
            t.api_version(),
            t.namespaced.to_string(),
            t.kind.to_string(),
        ];
        if wide {
            row.push("create,delete,deletecollection,get,list,patch,update,watch".into());
            row.push(if t.in_all {
                "all".into()
            } else {
                String::new()
            });
        }
        rows.push(row);
    }
    ctx.out(&align_rows(&rows, TABLE, &mut Vec::new()));
    done(0)
}

pub fn api_versions(mut ctx: Ctx, _call: Call) -> CommandFuture {
    let mut versions: Vec<String> = RESOURCE_TYPES.iter().map(|t| t.api_version()).collect();
    crate::sorting::sort(&mut versions);
    versions.dedup();
    ctx.out(
        &versions
            .iter()
            .map(|v| format!("{v}\n"))
            .collect::<String>(),
    );
    done(0)
}

fn kubeconfig(ip: &str) -> serde_json::Value {
    let extension = |name: &str| json!([{"extension": {"last-update": "Mon, 12 Jan 2026 09:00:00 UTC", "provider": "minikube.sigs.k8s.io", "version": "v1.37.0"}, "name": name}]);
    json!({
        "apiVersion": "v1",
        "clusters": [{"cluster": {"certificate-authority": "/root/.minikube/ca.crt", "extensions": extension("cluster_info"), "server": format!("https://{ip}:8443")}, "name": "minikube"}],
        "contexts": [{"context": {"cluster": "minikube", "extensions": extension("context_info"), "namespace": "default", "user": "minikube"}, "name": "minikube"}],
        "current-context": "minikube",
        "kind": "Config",
        "preferences": {},
        "users": [{"name": "minikube", "user": {"client-certificate": "/root/.minikube/profiles/minikube/client.crt", "client-key": "/root/.minikube/profiles/minikube/client.key"}}]
    })
}

pub fn config_view(mut ctx: Ctx, call: Call) -> CommandFuture {
    let ip = ctx.with_world(|w| w.cluster.minikube_ip());
    let config = kubeconfig(&ip);
    let out = match output::choose(
        Some(&match call.flags.str("output") {
            o if o.is_empty() => "yaml".to_string(),
            o => o,
        }),
        call.flags.opt("template").as_deref(),
    ) {
        Ok(o) => o,
        Err(e) => return done(fail(&mut ctx, &e)),
    };
    match output::render(&out, &[config], true) {
        Ok(text) => ctx.out(&text),
        Err(e) => return done(fail(&mut ctx, &e.message)),
    }
    done(0)
}

pub fn current_context(mut ctx: Ctx, _call: Call) -> CommandFuture {
    ctx.out("minikube\n");
    done(0)
}

pub fn get_contexts(mut ctx: Ctx, call: Call) -> CommandFuture {
    if call.flags.str("output") == "name" {
        ctx.out("minikube\n");
        return done(0);
    }
    let rows = vec![
        ["CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"]
            .iter()
            .map(|s| s.to_string())
            .collect(),
        ["*", "minikube", "minikube", "minikube", "default"]
            .iter()
            .map(|s| s.to_string())
            .collect(),
    ];
    ctx.out(&align_rows(&rows, TABLE, &mut Vec::new()));
    done(0)
}
