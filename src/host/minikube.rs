//! `minikube` as tutorials use it: `ip`, `service NAME [--url]`,
//! `status`, `version`, and `node add|stop|start|delete|list`, with
//! minikube v1.37's messages (emoji included) over the engine's nodes.

use serde_json::Value;

use crate::api::Kind;
use crate::shell::{done, CommandFuture, Ctx};

const VERSION: &str = "v1.37.0";

pub fn minikube(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let args: Vec<&str> = argv.iter().skip(1).map(String::as_str).collect();
    let code = match args.as_slice() {
        ["ip", ..] => {
            let ip = ctx.with_world(|w| w.cluster.minikube_ip());
            ctx.out(&format!("{ip}\n"));
            0
        }
        ["version", ..] => {
            ctx.out(&format!(
                "minikube version: {VERSION}\ncommit: 65318f4cfff9c12cc87ec9eb8f4cdd57b25047f3\n"
            ));
            0
        }
        ["status", ..] => status(&mut ctx),
        ["service", rest @ ..] => service(&mut ctx, rest),
        ["node", rest @ ..] => node(&mut ctx, rest),
        [] => {
            ctx.out("minikube provisions and manages local Kubernetes clusters optimized for development workflows.\n\nBasic Commands:\n  start            Starts a local Kubernetes cluster\n  status           Gets the status of a local Kubernetes cluster\n  stop             Stops a running local Kubernetes cluster\n  delete           Deletes a local Kubernetes cluster\n  dashboard        Access the Kubernetes dashboard running within the minikube cluster\n  pause            pause Kubernetes\n  unpause          unpause Kubernetes\n\nNetworking and Connectivity Commands:\n  service          Returns a URL to connect to a service\n  tunnel           Connect to LoadBalancer services\n\nAdvanced Commands:\n  node             Add, remove, or list additional nodes\n\nOther Commands:\n  ip               Retrieves the IP address of the specified node\n  version          Print the version of minikube\n\nUse \"minikube <command> --help\" for more information about a given command.\n");
            0
        }
        [other, ..] => {
            ctx.err(&format!("Error: unknown command \"{other}\" for \"minikube\"\nRun 'minikube --help' for usage.\n"));
            1
        }
    };
    done(code)
}

fn status(ctx: &mut Ctx) -> i32 {
    let nodes: Vec<(String, bool)> = ctx.with_world(|w| {
        w.cluster
            .node_names()
            .into_iter()
            .map(|n| {
                let running = w.cluster.node_running(&n);
                (n, running)
            })
            .collect()
    });
    let mut text = String::new();
    for (i, (name, running)) in nodes.iter().enumerate() {
        let state = if *running { "Running" } else { "Stopped" };
        if i == 0 {
            text.push_str(&format!("{name}\ntype: Control Plane\nhost: {state}\nkubelet: {state}\napiserver: {state}\nkubeconfig: Configured\n\n"));
        } else {
            text.push_str(&format!(
                "{name}\ntype: Worker\nhost: {state}\nkubelet: {state}\n\n"
            ));
        }
    }
    ctx.out(&text);
    if nodes.iter().all(|(_, r)| *r) {
        0
    } else {
        7
    }
}

/// `minikube service NAME [--url] [-n NS]`.
fn service(ctx: &mut Ctx, args: &[&str]) -> i32 {
    let mut url_only = false;
    let mut ns = "default".to_string();
    let mut name = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match *a {
            "--url" => url_only = true,
            "-n" | "--namespace" => ns = it.next().map_or(ns, |s| s.to_string()),
            s if s.starts_with("--namespace=") => {
                ns = s.trim_start_matches("--namespace=").to_string()
            }
            s if !s.starts_with('-') => name = Some(s.to_string()),
            _ => {}
        }
    }
    let Some(name) = name else {
        ctx.err("❌  Exiting due to MK_USAGE: You must specify a service name\n");
        return 1;
    };
    let found = ctx.with_world(|w| {
        w.cluster
            .get_object(Kind::Service, &ns, &name)
            .map(|o| (o.to_json(), w.cluster.minikube_ip()))
    });
    let Ok((svc, ip)) = found else {
        ctx.err(&format!("\n❌  Exiting due to SVC_NOT_FOUND: Service '{name}' was not found in '{ns}' namespace.\nYou may select another namespace by using 'minikube service {name} -n <namespace>'. Or list out all the services using 'minikube service list'\n\n"));
        return 1;
    };
    let ports: Vec<(i64, Value)> = svc
        .pointer("/spec/ports")
        .and_then(Value::as_array)
        .map(|ps| {
            ps.iter()
                .filter_map(|p| {
                    Some((
                        p.get("nodePort")?.as_i64()?,
                        p.get("targetPort").cloned().unwrap_or(Value::Null),
                    ))
                })
                .collect()
        })
        .unwrap_or_default();
    if ports.is_empty() {
        ctx.err(&format!("😿  service {ns}/{name} has no node port\n"));
        return 0;
    }
    let urls: Vec<String> = ports
        .iter()
        .map(|(p, _)| format!("http://{ip}:{p}"))
        .collect();
    if url_only {
        ctx.out(&urls.iter().map(|u| format!("{u}\n")).collect::<String>());
        return 0;
    }
    let target = |v: &Value| {
        v.as_i64()
            .map_or_else(|| v.as_str().unwrap_or("").to_string(), |n| n.to_string())
    };
    let rows: Vec<[String; 4]> = ports
        .iter()
        .zip(&urls)
        .map(|((_, t), u)| [ns.clone(), name.clone(), target(t), u.clone()])
        .collect();
    ctx.out(&table(&rows));
    ctx.out(&format!(
        "🎉  Opening service {ns}/{name} in default browser...\n"
    ));
    0
}

/// minikube's boxed table: `|-----|` rules, left-aligned text, right-aligned port.
fn table(rows: &[[String; 4]]) -> String {
    let headers = ["NAMESPACE", "NAME", "TARGET PORT", "URL"];
    let mut widths: Vec<usize> = headers.iter().map(|h| h.len() + 2).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count() + 2);
        }
    }
    let rule: String = widths
        .iter()
        .map(|w| format!("|{}", "-".repeat(*w)))
        .collect::<String>()
        + "|\n";
    let center = |s: &str, w: usize| {
        let left = (w - s.len()) / 2;
        format!("{}{s}{}", " ".repeat(left), " ".repeat(w - s.len() - left))
    };
    let mut out = rule.clone();
    out.push_str(
        &widths
            .iter()
            .zip(headers)
            .map(|(w, h)| format!("|{}", center(h, *w)))
            .collect::<String>(),
    );
    out.push_str("|\n");
    out.push_str(&rule);
    for row in rows {
        for (i, (w, cell)) in widths.iter().zip(row).enumerate() {
            let inner = w - 2;
            if i == 2 {
                out.push_str(&format!("| {cell:>inner$} "));
            } else {
                out.push_str(&format!("| {cell:<inner$} "));
            }
        }
        out.push_str("|\n");
    }
    out.push_str(&rule);
    out
}

/// `m02` or `minikube-m02` → `minikube-m02`.
fn full_name(name: &str) -> String {
    if name.starts_with("minikube") {
        name.to_string()
    } else {
        format!("minikube-{name}")
    }
}

fn short_name(name: &str) -> &str {
    name.strip_prefix("minikube-").unwrap_or(name)
}

fn node(ctx: &mut Ctx, args: &[&str]) -> i32 {
    let result = match args {
        ["add", ..] => ctx.with_world(|w| w.cluster.node_add()).map(|name| {
            let short = short_name(&name).to_string();
            format!("😄  Adding node {short} to cluster minikube as [worker]\n👍  Starting \"{name}\" worker node in \"minikube\" cluster\n🚜  Pulling base image v0.0.48 ...\n🔥  Creating docker container (CPUs=2, Memory=2200MB) ...\n🐳  Preparing Kubernetes v1.37.1 on Docker 28.4.0 ...\n🔎  Verifying Kubernetes components...\n🏄  Successfully added {short} to minikube!\n")
        }),
        ["list", ..] => Ok(ctx.with_world(|w| w.cluster.node_names().iter().map(|n| format!("{n}\t{}\n", w.cluster.node_ip(n).unwrap_or_default())).collect())),
        ["stop", name, ..] => {
            let full = full_name(name);
            ctx.with_world(|w| w.cluster.node_stop(&full)).map(|()| format!("✋  Stopping node \"{full}\"  ...\n🛑  Powering off \"{full}\" via SSH ...\n🛑  Successfully stopped node {full}\n"))
        }
        ["start", name, ..] => {
            let full = full_name(name);
            ctx.with_world(|w| w.cluster.node_start(&full)).map(|()| format!("👍  Starting \"{full}\" worker node in \"minikube\" cluster\n🔄  Restarting existing docker container for \"{full}\" ...\n🐳  Preparing Kubernetes v1.37.1 on Docker 28.4.0 ...\n🔎  Verifying Kubernetes components...\n😄  Successfully started node {full}!\n"))
        }
        ["delete", name, ..] => {
            let full = full_name(name);
            let short = short_name(&full).to_string();
            ctx.with_world(|w| w.cluster.node_delete(&full)).map(|()| format!("🔥  Deleting node {short} from cluster minikube\n✋  Stopping node \"{full}\"  ...\n🛑  Powering off \"{full}\" via SSH ...\n🔥  Deleting \"{full}\" in docker ...\n💀  Node {short} was successfully deleted.\n"))
        }
        _ => {
            ctx.err("Operations on nodes\n\nAvailable Commands:\n  add           Adds a node to the given cluster.\n  delete        Deletes a node from a cluster.\n  list          List nodes.\n  start         Starts a node.\n  stop          Stops a node in a cluster.\n\nUsage:\n  minikube node [flags] [options]\n");
            return 1;
        }
    };
    match result {
        Ok(text) => {
            ctx.out(&text);
            0
        }
        Err(e) => {
            ctx.err(&format!(
                "\n❌  Exiting due to GUEST_NODE_RETRIEVE: retrieving node: {}\n\n",
                e.message
            ));
            1
        }
    }
}
