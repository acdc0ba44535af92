//! `minikube` as tutorials use it: `ip`, `service NAME [--url]`,
//! `status`, `version`, `start` (of the running profile), `--help`, and
//! `node add|stop|start|delete|list`, with
//! minikube v1.37's messages (emoji included) over the engine's nodes.

use serde_json::Value;

use crate::api::Kind;
use crate::shell::{done, CommandFuture, Ctx};

const VERSION: &str = "v1.37.0";

/// What each node prints once its container runs (`start`, `node add|start`).
const PREPARING: &str = "🐳  Preparing Kubernetes v1.37.1 on Docker 28.4.0 ...\n";
const VERIFYING: &str = "🔎  Verifying Kubernetes components...\n";

/// `minikube --help` as v1.37.0 prints it (kubectl's grouped templates).
const HELP: &str = "minikube provisions and manages local Kubernetes clusters optimized for development workflows.

Basic Commands:
  start            Starts a local Kubernetes cluster
  status           Gets the status of a local Kubernetes cluster
  stop             Stops a running local Kubernetes cluster
  delete           Deletes a local Kubernetes cluster
  dashboard        Access the Kubernetes dashboard running within the minikube cluster
  pause            pause Kubernetes
  unpause          unpause Kubernetes

Images Commands:
  docker-env       Provides instructions to point your terminal's docker-cli to the Docker Engine inside minikube. (Useful for building docker images directly inside minikube)
  podman-env       Configure environment to use minikube's Podman service
  cache            Manage cache for images
  image            Manage images

Configuration and Management Commands:
  addons           Enable or disable a minikube addon
  config           Modify persistent configuration values
  profile          Get or list the current profiles (clusters)
  update-context   Update kubeconfig in case of an IP or port change

Networking and Connectivity Commands:
  service          Returns a URL to connect to a service
  tunnel           Connect to LoadBalancer services

Advanced Commands:
  mount            Mounts the specified directory into minikube
  ssh              Log into the minikube environment (for debugging)
  kubectl          Run a kubectl binary matching the cluster version
  node             Add, remove, or list additional nodes
  cp               Copy the specified file into minikube

Troubleshooting Commands:
  ssh-key          Retrieve the ssh identity key path of the specified node
  ssh-host         Retrieve the ssh host key of the specified node
  ip               Retrieves the IP address of the specified node
  logs             Returns logs to debug a local Kubernetes cluster
  update-check     Print current and latest version number
  version          Print the version of minikube
  options          Show a list of global command-line options (applies to all commands).

Other Commands:
  completion       Generate command completion for a shell
  license          Outputs the licenses of dependencies to a directory

Use \"minikube <command> --help\" for more information about a given command.
";

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
        ["start", rest @ ..] => start(&mut ctx, rest),
        [] | ["help" | "--help" | "-h", ..] => {
            ctx.out(HELP);
            0
        }
        // A command real minikube has: say plainly that it is not simulated.
        [other, ..]
            if HELP
                .lines()
                .any(|l| l.split_whitespace().next() == Some(other)) =>
        {
            ctx.err(&format!("\n❌  Exiting due to MK_UNIMPLEMENTED: kubeplay does not simulate \"minikube {other}\"\n\n"));
            16
        }
        [other, ..] => {
            ctx.err(&format!("Error: unknown command \"{other}\" for \"minikube\"\nRun 'minikube --help' for usage.\n"));
            14
        }
    };
    done(code)
}

/// `minikube start` on the profile that already exists: v1.37's lines for
/// each node (restarting the stopped ones); `--nodes` cannot change an
/// existing cluster, and real minikube warns so too.
fn start(ctx: &mut Ctx, args: &[&str]) -> i32 {
    let mut text = format!("😄  minikube {VERSION} on Ubuntu 22.04\n✨  Using the docker driver based on existing profile\n");
    if args
        .iter()
        .any(|a| matches!(*a, "-n" | "--nodes") || a.starts_with("--nodes="))
    {
        ctx.out(&text);
        text.clear();
        ctx.err("❗  You cannot change the number of nodes for an existing minikube cluster. Please use 'minikube node add' to add nodes to an existing cluster.\n");
    }
    let nodes = ctx.with_world(|w| {
        let names = w.cluster.node_names();
        names
            .into_iter()
            .map(|n| {
                let ran = w.cluster.node_running(&n) || w.cluster.node_start(&n).is_err();
                let ip = w.cluster.node_ip(&n).unwrap_or_default();
                (n, ran, ip)
            })
            .collect::<Vec<_>>()
    });
    let mut no_proxy: Vec<&str> = Vec::new();
    for (i, (name, ran, ip)) in nodes.iter().enumerate() {
        let role = if i == 0 {
            "primary control-plane"
        } else {
            "worker"
        };
        let sep = if i == 0 { "" } else { "\n" };
        text.push_str(&format!("{sep}👍  Starting \"{name}\" {role} node in \"minikube\" cluster\n🚜  Pulling base image v0.0.48 ...\n"));
        text.push_str(&match ran {
            true => format!("🏃  Updating the running docker \"{name}\" container ...\n"),
            false => format!("🔄  Restarting existing docker container for \"{name}\" ...\n"),
        });
        // minikube adds each started node's IP to NO_PROXY for the next ones.
        let env = no_proxy.join(",");
        if !env.is_empty() {
            text.push_str(&format!(
                "🌐  Found network options:\n    ▪ NO_PROXY={env}\n"
            ));
        }
        text.push_str(PREPARING);
        if !env.is_empty() {
            text.push_str(&format!("    ▪ env NO_PROXY={env}\n"));
        }
        text.push_str(VERIFYING);
        if i == 0 {
            text.push_str("    ▪ Using image gcr.io/k8s-minikube/storage-provisioner:v5\n🌟  Enabled addons: storage-provisioner, default-storageclass\n");
        }
        no_proxy.push(ip);
    }
    text.push_str("🏄  Done! kubectl is now configured to use \"minikube\" cluster and \"default\" namespace by default\n");
    ctx.out(&text);
    0
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
            format!("😄  Adding node {short} to cluster minikube as [worker]\n👍  Starting \"{name}\" worker node in \"minikube\" cluster\n🚜  Pulling base image v0.0.48 ...\n🔥  Creating docker container (CPUs=2, Memory=2200MB) ...\n{PREPARING}{VERIFYING}🏄  Successfully added {short} to minikube!\n")
        }),
        ["list", ..] => Ok(ctx.with_world(|w| w.cluster.node_names().iter().map(|n| format!("{n}\t{}\n", w.cluster.node_ip(n).unwrap_or_default())).collect())),
        ["stop", name, ..] => {
            let full = full_name(name);
            ctx.with_world(|w| w.cluster.node_stop(&full)).map(|()| format!("✋  Stopping node \"{full}\"  ...\n🛑  Powering off \"{full}\" via SSH ...\n🛑  Successfully stopped node {full}\n"))
        }
        ["start", name, ..] => {
            let full = full_name(name);
            ctx.with_world(|w| w.cluster.node_start(&full)).map(|()| format!("👍  Starting \"{full}\" worker node in \"minikube\" cluster\n🔄  Restarting existing docker container for \"{full}\" ...\n{PREPARING}{VERIFYING}😄  Successfully started node {full}!\n"))
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
