//! `kubectl expose deployment/NAME --type=NodePort --port 8080`: build a
//! Service from a Deployment, ReplicaSet, Pod or Service — its selector,
//! its labels (unless `--labels`), ports from `--port` or the containers —
//! and create it: `service/NAME exposed`.

use serde_json::{json, Map, Value};

use super::create::print_result;
use super::write::{create, kind_or_not_found};
use super::{fail, namespace};
use crate::kubectl::cli::Call;
use crate::kubectl::printers::fields::{at, list, map};
use crate::kubectl::printers::output;
use crate::kubectl::target::named;
use crate::shell::{done, CommandFuture, Ctx};

/// The longest service name (a DNS label).
const SERVICE_NAME_MAX: usize = 63;

pub fn run(mut ctx: Ctx, call: Call) -> CommandFuture {
    let code = expose(&mut ctx, &call);
    done(code)
}

fn expose(ctx: &mut Ctx, call: &Call) -> i32 {
    let targets = match named(&call.args) {
        Ok(t) => t,
        Err(e) => return fail(ctx, &e),
    };
    let ns = namespace(call);
    let mut status = 0;
    for (rt, name) in targets {
        let source = kind_or_not_found(rt, &name).and_then(|kind| {
            ctx.with_world(|w| {
                w.cluster
                    .get_object(kind, &ns, &name)
                    .map(|o| o.to_json())
                    .map_err(|e| e.kubectl_line())
            })
        });
        let source = match source {
            Ok(s) => s,
            Err(e) => {
                status = fail(ctx, &e);
                continue;
            }
        };
        let service = match build_service(call, rt.kind, &name, &source) {
            Ok(s) => s,
            Err(e) => {
                status = fail(ctx, &e);
                continue;
            }
        };
        let out = match output::choose(
            call.flags.opt("output").as_deref(),
            call.flags.opt("template").as_deref(),
        ) {
            Ok(o) => o,
            Err(e) => return fail(ctx, &e),
        };
        let dry_run = call.flags.str("dry-run");
        let shown = service
            .pointer("/metadata/name")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        if dry_run == "client" {
            // Printed as built, never sent (found by the differential suite:
            // the service used to be created).
            let mut printed = service.clone();
            if let Some(map) = printed.as_object_mut() {
                map.insert("status".into(), json!({"loadBalancer": {}}));
            }
            let code = print_result(
                ctx,
                &out,
                &printed,
                &format!("service/{shown} exposed (dry run)"),
            );
            status = status.max(code);
            continue;
        }
        let server_dry_run = dry_run == "server";
        let created = ctx.with_world(|w| {
            if server_dry_run {
                create(&mut w.cluster.clone(), &ns, &service)
            } else {
                create(&mut w.cluster, &ns, &service)
            }
        });
        match created {
            Ok(stored) => {
                let name = stored
                    .pointer("/metadata/name")
                    .and_then(Value::as_str)
                    .unwrap_or("");
                let suffix = if server_dry_run {
                    " (server dry run)"
                } else {
                    ""
                };
                let code = print_result(
                    ctx,
                    &out,
                    &stored,
                    &format!("service/{name} exposed{suffix}"),
                );
                status = status.max(code);
            }
            Err(e) => status = fail(ctx, &e),
        }
    }
    status
}

fn build_service(call: &Call, kind: &str, name: &str, source: &Value) -> Result<Value, String> {
    let selector: Map<String, Value> = match kind {
        "Deployment" | "ReplicaSet" | "StatefulSet" => {
            if !list(source, &["spec", "selector", "matchExpressions"]).is_empty() {
                return Err("couldn't convert expressions - \"matchExpressions\" to map-based selector format".into());
            }
            map(source, &["spec", "selector", "matchLabels"])
                .cloned()
                .unwrap_or_default()
        }
        "Pod" => map(source, &["metadata", "labels"])
            .cloned()
            .unwrap_or_default(),
        "Service" => map(source, &["spec", "selector"])
            .cloned()
            .unwrap_or_default(),
        other => return Err(format!("cannot expose a {other}")),
    };
    let selector = match call.flags.opt("selector") {
        Some(text) => pairs(&text)?,
        None => selector,
    };
    if selector.is_empty() {
        return Err(format!("couldn't retrieve selectors via --selector flag or introspection: the {} has no labels", kind.to_ascii_lowercase()));
    }
    let labels = match call.flags.opt("labels") {
        Some(text) => pairs(&text)?,
        None => map(source, &["metadata", "labels"])
            .cloned()
            .unwrap_or_default(),
    };
    let ports = ports(call, kind, source)?;
    let service_name: String = call
        .flags
        .opt("name")
        .unwrap_or_else(|| name.to_string())
        .chars()
        .take(SERVICE_NAME_MAX)
        .collect();
    let mut spec = Map::new();
    spec.insert("ports".into(), Value::Array(ports));
    spec.insert("selector".into(), Value::Object(selector));
    if let Some(kind) = call.flags.opt("type") {
        spec.insert("type".into(), Value::String(kind));
    }
    for (flag, field) in [
        ("cluster-ip", "clusterIP"),
        ("load-balancer-ip", "loadBalancerIP"),
        ("session-affinity", "sessionAffinity"),
    ] {
        if let Some(v) = call.flags.opt(flag) {
            spec.insert(field.into(), Value::String(v));
        }
    }
    if let Some(ips) = call.flags.opt("external-ip") {
        spec.insert(
            "externalIPs".into(),
            Value::Array(
                ips.split(',')
                    .map(|s| Value::String(s.to_string()))
                    .collect(),
            ),
        );
    }
    let mut metadata = Map::new();
    metadata.insert("name".into(), Value::String(service_name));
    if !labels.is_empty() {
        metadata.insert("labels".into(), Value::Object(labels));
    }
    Ok(json!({"apiVersion": "v1", "kind": "Service", "metadata": metadata, "spec": spec}))
}

/// The service ports: `--port` (and `--target-port`), or one per
/// container port of the exposed object.
fn ports(call: &Call, kind: &str, source: &Value) -> Result<Vec<Value>, String> {
    let protocol = call
        .flags
        .opt("protocol")
        .unwrap_or_else(|| "TCP".to_string());
    let target = call.flags.opt("target-port");
    let target_value = |port: i64| match &target {
        Some(t) => t
            .parse::<i64>()
            .map_or_else(|_| Value::String(t.clone()), Value::from),
        None => Value::from(port),
    };
    if let Some(text) = call.flags.opt("port") {
        let port: i64 = text.parse().map_err(|_| format!("invalid port {text:?}"))?;
        return Ok(vec![
            json!({"port": port, "protocol": protocol, "targetPort": target_value(port)}),
        ]);
    }
    let spec = match kind {
        "Pod" => at(source, &["spec"]),
        "Service" => return Ok(list(source, &["spec", "ports"]).to_vec()),
        _ => at(source, &["spec", "template", "spec"]),
    };
    let container_ports: Vec<(i64, String)> = spec
        .map(|s| list(s, &["containers"]))
        .unwrap_or(&[])
        .iter()
        .flat_map(|c| list(c, &["ports"]).iter())
        .map(|p| {
            (
                p.get("containerPort").and_then(Value::as_i64).unwrap_or(0),
                p.get("protocol")
                    .and_then(Value::as_str)
                    .unwrap_or("TCP")
                    .to_string(),
            )
        })
        .collect();
    if container_ports.is_empty() {
        return Err("couldn't find port via --port flag or introspection".into());
    }
    let many = container_ports.len() > 1;
    Ok(container_ports
        .iter()
        .enumerate()
        .map(|(i, (port, proto))| {
            let mut p = Map::new();
            if many {
                p.insert("name".into(), Value::String(format!("port-{}", i + 1)));
            }
            p.insert("port".into(), Value::from(*port));
            p.insert("protocol".into(), Value::String(proto.clone()));
            p.insert("targetPort".into(), target_value(*port));
            Value::Object(p)
        })
        .collect())
}

/// `a=b,c=d` into a JSON map.
fn pairs(text: &str) -> Result<Map<String, Value>, String> {
    let mut out = Map::new();
    for part in text.split(',').filter(|p| !p.is_empty()) {
        let (k, v) = part
            .split_once('=')
            .ok_or_else(|| format!("invalid label spec: {part}"))?;
        out.insert(k.to_string(), Value::String(v.to_string()));
    }
    Ok(out)
}
