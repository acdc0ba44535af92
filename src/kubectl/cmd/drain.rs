//! `kubectl drain NODE…`: cordon, then sort the node's pods as kubectl's
//! drain filters do (DaemonSet-managed, mirror, emptyDir, no controller;
//! `--ignore-daemonsets`, `--delete-emptydir-data`, `--force`), evict the
//! rest (`--disable-eviction`: delete) with `--grace-period`, and wait on
//! the simulated clock (`--timeout`) until each is gone. Lines and errors
//! are kubectl's: `evicting pod ns/x`, `pod/x evicted`, `node/n drained`,
//! `Warning: ignoring DaemonSet-managed Pods: …`, `cannot delete …`.
//! PodDisruptionBudgets are not simulated, so no eviction is refused.

use serde_json::Value;

use super::node::set_schedulable;
use super::wait::go_duration_ms;
use super::{fail, usage_error};
use crate::api::Kind;
use crate::engine::errors::Reason;
use crate::engine::write::{DeleteOptions, Propagation};
use crate::kubectl::cli::Call;
use crate::kubectl::resources::lookup;
use crate::kubectl::target::{list_json, Filter};
use crate::shell::{done, CommandFuture, Ctx};

/// How long a drain without `--timeout` waits at most (a week of simulated time).
const DRAIN_WAIT_MS_MAX: u64 = 7 * 24 * 3600 * 1000;
/// Drain polls the pods it evicted once a second, as kubectl does.
const POLL_MS: u64 = 1000;

/// What the user allowed.
struct Opts {
    force: bool,
    ignore_ds: bool,
    empty_dir: bool,
    evict: bool,
    grace: Option<i64>,
    /// `--dry-run=client`: say what would happen, change nothing.
    dry: bool,
}

/// A filter's verdict: delete the pod?, and a warning or error message.
enum Verdict {
    Ok,
    Skip,
    Warn(bool, String),
    Error(String),
}

fn text<'a>(pod: &'a Value, path: &str) -> &'a str {
    pod.pointer(path).and_then(Value::as_str).unwrap_or("")
}

/// kubectl's filters in order; the first that keeps a pod decides,
/// otherwise the last one's verdict stands (so an emptyDir warning is lost).
fn classify(pod: &Value, o: &Opts, daemonset_exists: impl Fn(&str, &str) -> bool) -> Verdict {
    let finished = matches!(text(pod, "/status/phase"), "Succeeded" | "Failed");
    let owner = pod
        .pointer("/metadata/ownerReferences")
        .and_then(Value::as_array)
        .and_then(|refs| {
            refs.iter()
                .find(|r| r.get("controller").and_then(Value::as_bool) == Some(true))
        });
    let ns = text(pod, "/metadata/namespace");
    let ds =
        owner.filter(|r| text(r, "/kind") == "DaemonSet" && text(r, "/apiVersion") == "apps/v1");
    if let (Some(r), false) = (ds, finished) {
        let name = text(r, "/name");
        if !daemonset_exists(ns, name) {
            let e = format!("daemonsets.apps {name:?} not found");
            return match o.force {
                true => Verdict::Warn(true, e),
                false => Verdict::Error(e),
            };
        }
        return match o.ignore_ds {
            true => Verdict::Warn(false, "ignoring DaemonSet-managed Pods".into()),
            false => {
                Verdict::Error("DaemonSet-managed Pods (use --ignore-daemonsets to ignore)".into())
            }
        };
    }
    if pod
        .pointer("/metadata/annotations/kubernetes.io~1config.mirror")
        .is_some()
    {
        return Verdict::Skip;
    }
    let empty_dir = pod
        .pointer("/spec/volumes")
        .and_then(Value::as_array)
        .is_some_and(|vs| vs.iter().any(|v| v.get("emptyDir").is_some()));
    if empty_dir && !finished && !o.empty_dir {
        return Verdict::Error(
            "Pods with local storage (use --delete-emptydir-data to override)".into(),
        );
    }
    if finished || owner.is_some() {
        return Verdict::Ok;
    }
    match o.force {
        true => Verdict::Warn(true, "deleting Pods that declare no controller".into()),
        false => Verdict::Error("Pods that declare no controller (use --force to override)".into()),
    }
}

/// `msg: ns/a, ns/b` per message, in the order first met.
fn grouped(items: &[(String, String)]) -> Vec<String> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for (msg, pod) in items {
        match out.iter_mut().find(|(m, _)| m == msg) {
            Some((_, pods)) => pods.push(pod.clone()),
            None => out.push((msg.clone(), vec![pod.clone()])),
        }
    }
    out.into_iter()
        .map(|(m, pods)| format!("{m}: {}", pods.join(", ")))
        .collect()
}

/// An error list as Go's aggregate prints it: one message, or `[a, b]`.
fn aggregate(errs: &[String]) -> String {
    match errs {
        [one] => one.clone(),
        _ => format!("[{}]", errs.join(", ")),
    }
}

/// The pods to remove from `node` (ns, name, uid), or the filters' errors.
/// Warnings go to stderr as kubectl's warning printer writes them.
fn pods_to_delete(
    ctx: &mut Ctx,
    node: &str,
    o: &Opts,
    selector: &str,
) -> Result<Vec<(String, String, String)>, Vec<String>> {
    let verdicts: Vec<(Value, Verdict)> = ctx.with_world(|w| {
        let filter = Filter::parse(selector, &format!("spec.nodeName={node}")).unwrap_or_default();
        let pods = lookup("pods")
            .map(|rt| list_json(&w.cluster, rt, None, &filter))
            .unwrap_or_default();
        pods.into_iter()
            .map(|p| {
                let exists =
                    |ns: &str, n: &str| w.cluster.get_object(Kind::DaemonSet, ns, n).is_ok();
                let v = classify(&p, o, exists);
                (p, v)
            })
            .collect()
    });
    let (mut keep, mut warnings, mut errors) = (Vec::new(), Vec::new(), Vec::new());
    for (pod, verdict) in verdicts {
        let id = format!(
            "{}/{}",
            text(&pod, "/metadata/namespace"),
            text(&pod, "/metadata/name")
        );
        let delete = match verdict {
            Verdict::Ok => true,
            Verdict::Skip => false,
            Verdict::Warn(delete, msg) => {
                warnings.push((msg, id));
                delete
            }
            Verdict::Error(msg) => {
                errors.push((msg, id));
                false
            }
        };
        if delete {
            keep.push((
                text(&pod, "/metadata/namespace").to_string(),
                text(&pod, "/metadata/name").to_string(),
                text(&pod, "/metadata/uid").to_string(),
            ));
        }
    }
    if !errors.is_empty() {
        let errs = grouped(&errors);
        return Err(errs
            .into_iter()
            .map(|e| format!("cannot delete {e}"))
            .collect());
    }
    if !warnings.is_empty() {
        ctx.err(&format!("Warning: {}\n", grouped(&warnings).join("; ")));
    }
    Ok(keep)
}

/// Evicts (or deletes) the node's pods and waits until they are gone;
/// `Err` holds the errors and whether kubectl reports them as an aggregate.
async fn drain_node(
    ctx: &mut Ctx,
    node: &str,
    o: &Opts,
    selector: &str,
    deadline: u64,
) -> Result<(), (Vec<String>, bool)> {
    let pods = pods_to_delete(ctx, node, o, selector).map_err(|e| (e, true))?;
    if o.dry {
        for (ns, name, _) in pods {
            ctx.out(&format!("evicting pod {ns}/{name} (dry run)\n"));
        }
        return Ok(());
    }
    let mut pending = Vec::new();
    for (ns, name, uid) in pods {
        if o.evict {
            ctx.out(&format!("evicting pod {ns}/{name}\n"));
        }
        let opts = DeleteOptions {
            grace_period_seconds: o.grace,
            propagation: Propagation::Background,
        };
        match ctx.with_world(|w| w.cluster.delete(Kind::Pod, &ns, &name, opts)) {
            Ok(_) => pending.push((ns, name, uid)),
            // An eviction of a pod already gone is done, without a word.
            Err(e) if e.reason == Reason::NotFound && o.evict => {}
            Err(e) if e.reason == Reason::NotFound => pending.push((ns, name, uid)),
            Err(e) => {
                return Err((
                    vec![format!(
                        "error when evicting pods/{name:?} -n {ns:?}: {}",
                        e.message
                    )],
                    true,
                ))
            }
        }
    }
    let verb = if o.evict { "evicted" } else { "deleted" };
    loop {
        let gone: Vec<bool> = ctx.with_world(|w| {
            pending
                .iter()
                .map(|(ns, name, uid)| {
                    w.cluster.get_object(Kind::Pod, ns, name).map_or(true, |p| {
                        p.to_json().pointer("/metadata/uid").and_then(Value::as_str) != Some(uid)
                    })
                })
                .collect()
        });
        let mut still = Vec::new();
        for (pod, gone) in pending.into_iter().zip(gone) {
            match gone {
                true => ctx.out(&format!("pod/{} {verb}\n", pod.1)),
                false => still.push(pod),
            }
        }
        pending = still;
        if pending.is_empty() {
            return Ok(());
        }
        if ctx.now_ms() >= deadline {
            let errs = match o.evict {
                true => pending
                    .iter()
                    .map(|(ns, name, _)| format!("error when waiting for pod {name:?} in namespace {ns:?} to terminate: context deadline exceeded"))
                    .collect(),
                false => vec!["context deadline exceeded".to_string()],
            };
            // kubectl lists what is left on the node before giving up.
            if let Ok(left) = pods_to_delete(ctx, node, o, selector) {
                if !left.is_empty() {
                    ctx.err(&format!(
                        "There are pending pods in node {node:?} when an error occurred: {}\n",
                        aggregate(&errs)
                    ));
                    for (_, name, _) in left {
                        ctx.err(&format!("pod/{name}\n"));
                    }
                }
            }
            return Err((errs, o.evict));
        }
        if ctx.stopped() {
            return Err((Vec::new(), false));
        }
        let wake = ctx.now_ms().saturating_add(POLL_MS).min(deadline);
        ctx.sleep_ms(wake.saturating_sub(ctx.now_ms())).await;
    }
}

pub fn drain(mut ctx: Ctx, call: Call) -> CommandFuture {
    if call.args.is_empty() {
        return done(usage_error(&mut ctx, &call, "USAGE: drain NODE [flags]"));
    }
    let selector = call.flags.str("pod-selector");
    if Filter::parse(&selector, "").is_err() {
        return done(fail(
            &mut ctx,
            "--pod-selector=<pod_selector> must be a valid label selector",
        ));
    }
    let timeout = call.flags.str("timeout");
    let Some(timeout_ms) = go_duration_ms(&timeout) else {
        return done(fail(&mut ctx, &format!("invalid argument {timeout:?} for \"--timeout\" flag: time: invalid duration {timeout:?}\nSee 'kubectl drain --help' for usage.")));
    };
    let dry_run = call.flags.str("dry-run");
    match dry_run.as_str() {
        "none" | "client" => {}
        "server" => {
            return done(fail(
                &mut ctx,
                "kubeplay does not simulate --dry-run=server of \"kubectl drain\" yet",
            ))
        }
        _ => {
            return done(fail(
                &mut ctx,
                &format!(
                "Invalid dry-run value ({dry_run}). Must be \"none\", \"server\", or \"client\"."
            ),
            ))
        }
    }
    let grace = call.flags.int("grace-period");
    let o = Opts {
        force: call.flags.bool("force"),
        ignore_ds: call.flags.bool("ignore-daemonsets"),
        empty_dir: call.flags.bool("delete-emptydir-data"),
        evict: !call.flags.bool("disable-eviction"),
        grace: (grace >= 0).then_some(grace),
        dry: dry_run == "client",
    };
    let dry = if o.dry { " (dry run)" } else { "" };
    let nodes = call.args.clone();
    if let Some(e) = ctx.with_world(|w| {
        nodes
            .iter()
            .find_map(|n| w.cluster.get_object(Kind::Node, "", n).err())
    }) {
        return done(fail(&mut ctx, &e.kubectl_line()));
    }
    for node in &nodes {
        let cordoned = ctx.with_world(|w| match o.dry {
            true => w
                .cluster
                .get_object(Kind::Node, "", node)
                .map(|n| {
                    let was =
                        n.to_json().pointer("/spec/unschedulable") == Some(&Value::Bool(true));
                    format!(
                        "node/{node} {}cordoned\n",
                        if was { "already " } else { "" }
                    )
                })
                .map_err(|e| e.kubectl_line()),
            false => set_schedulable(&mut w.cluster, node, true),
        });
        match cordoned {
            Ok(line) => ctx.out(&format!("{}{dry}\n", line.trim_end())),
            Err(e) => ctx.err(&format!("error: unable to cordon node {node:?}: {e}\n")),
        }
    }
    Box::pin(async move {
        let limit = match timeout_ms {
            t if t > 0 => t as u64,
            _ => DRAIN_WAIT_MS_MAX,
        };
        let deadline = ctx.now_ms().saturating_add(limit);
        let mut fatal: Vec<(Vec<String>, bool)> = Vec::new();
        let mut remaining = Vec::new();
        for node in &nodes {
            match drain_node(&mut ctx, node, &o, &selector, deadline).await {
                Ok(()) => ctx.out(&format!("node/{node} drained{dry}\n")),
                Err((errs, _)) if errs.is_empty() => return 130,
                Err((errs, agg)) => {
                    ctx.err(&format!("error: unable to drain node {node:?} due to error: {}, continuing command...\n", aggregate(&errs)));
                    fatal.push((errs, agg));
                    remaining.push(node);
                }
            }
        }
        if remaining.is_empty() {
            return 0;
        }
        ctx.err("There are pending nodes to be drained:\n");
        for node in remaining {
            ctx.err(&format!(" {node}\n"));
        }
        // kubectl's CheckErr: one node's aggregate prints one error a line
        // (no `error: ` prefix); a plain error gets the prefix.
        match fatal.as_slice() {
            [(errs, true)] => ctx.err(&errs.iter().map(|e| format!("{e}\n")).collect::<String>()),
            [(errs, false)] => ctx.err(&format!("error: {}\n", aggregate(errs))),
            many => ctx.err(
                &many
                    .iter()
                    .map(|(e, _)| format!("{}\n", aggregate(e)))
                    .collect::<String>(),
            ),
        }
        1
    })
}
