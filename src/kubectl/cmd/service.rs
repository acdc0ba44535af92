//! `kubectl create service clusterip|nodeport|loadbalancer|externalname
//! NAME`: the Service kubectl's generator builds (`--tcp=port[:target]`
//! ports named after the pair, `app=NAME` label and selector), printed
//! (`--dry-run=client -o …`) or created, with kubectl's errors.

use serde_json::{json, Map, Value};

use super::create::{bare, create_or_print};
use super::{fail, usage_error};
use crate::api::validation::{port_name_error, subdomain_error};
use crate::kubectl::cli::Call;
use crate::shell::{done, CommandFuture, Ctx};

/// `strconv.ParseUint(s, 10, 16)`'s error text.
fn parse_u16(s: &str) -> Result<u16, String> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("strconv.ParseUint: parsing {s:?}: invalid syntax"));
    }
    s.parse()
        .map_err(|_| format!("strconv.ParseUint: parsing {s:?}: value out of range"))
}

/// One `--tcp` value as a ServicePort.
fn port(spec: &str, node_port: i64) -> Result<Value, String> {
    let mut parts = spec.split(':');
    let port = parse_u16(parts.next().unwrap_or(""))?;
    let target = match parts.next() {
        None => json!(port),
        Some(t) => match t.parse::<i64>() {
            Ok(n) if (1..=65535).contains(&n) => json!(n),
            Ok(_) => return Err("must be between 1 and 65535, inclusive".into()),
            Err(_) => match port_name_error(t) {
                Some(e) => return Err(e),
                None => json!(t),
            },
        },
    };
    let mut p = Map::new();
    p.insert("name".into(), json!(spec.replace(':', "-")));
    if node_port != 0 {
        p.insert("nodePort".into(), json!(node_port));
    }
    p.insert("port".into(), json!(port));
    p.insert("protocol".into(), json!("TCP"));
    p.insert("targetPort".into(), target);
    Ok(Value::Object(p))
}

/// The four generators; the type is the subcommand's name.
pub fn create(mut ctx: Ctx, call: Call) -> CommandFuture {
    let ty = match call.path.rsplit(' ').next() {
        Some("nodeport") => "NodePort",
        Some("loadbalancer") => "LoadBalancer",
        Some("externalname") => "ExternalName",
        _ => "ClusterIP",
    };
    let [name] = call.args.as_slice() else {
        let msg = format!("exactly one NAME is required, got {}", call.args.len());
        return done(usage_error(&mut ctx, &call, &msg));
    };
    let external = call.flags.str("external-name");
    if ty == "ExternalName" && !call.flags.is_set("external-name") {
        return done(fail(&mut ctx, "required flag(s) \"external-name\" not set"));
    }
    let cluster_ip = call.flags.str("clusterip");
    let tcp: Vec<String> = call
        .flags
        .all("tcp")
        .iter()
        .flat_map(|v| v.split(',').map(str::to_string).collect::<Vec<_>>())
        .collect();
    let error = if cluster_ip == "None" && ty != "ClusterIP" {
        Some("ClusterIP=None can only be used with ClusterIP service type".to_string())
    } else if cluster_ip != "None" && tcp.is_empty() && ty != "ExternalName" {
        Some("at least one tcp port specifier must be provided".into())
    } else if ty == "ExternalName" && subdomain_error(&external).is_some() {
        Some(format!("invalid service external name {external}"))
    } else {
        None
    };
    if let Some(e) = error {
        return done(fail(&mut ctx, &e));
    }
    let node_port = call.flags.int("node-port").max(0);
    let ports: Result<Vec<Value>, String> = tcp.iter().map(|t| port(t, node_port)).collect();
    let ports = match ports {
        Ok(p) => p,
        Err(e) => return done(fail(&mut ctx, &e)),
    };
    let mut spec = Map::new();
    spec.insert("selector".into(), json!({ "app": name }));
    spec.insert("type".into(), json!(ty));
    if !ports.is_empty() {
        spec.insert("ports".into(), json!(ports));
    }
    if !external.is_empty() {
        spec.insert("externalName".into(), json!(external));
    }
    if !cluster_ip.is_empty() {
        spec.insert("clusterIP".into(), json!(cluster_ip));
    }
    let svc = json!({"apiVersion": "v1", "kind": "Service",
        "metadata": {"labels": {"app": name}, "name": name},
        "spec": spec, "status": {"loadBalancer": {}}});
    let code = create_or_print(&mut ctx, &call, svc, |e| {
        format!("failed to create {ty} service: {}", bare(e))
    });
    done(code)
}
