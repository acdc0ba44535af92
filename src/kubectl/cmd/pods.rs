//! Commands that talk to containers: `kubectl logs` (`-f`, `--tail`,
//! `deploy/x`) and `kubectl port-forward`. `kubectl exec` lives in
//! `exec.rs`, `kubectl run` in `run.rs`.

use serde_json::Value;

use super::{fail, namespace, usage_error};
use crate::kubectl::cli::Call;
use crate::kubectl::printers::fields::text;
use crate::kubectl::target::{list_json, parse_targets, Filter};
use crate::shell::{done, CommandFuture, Ctx};

/// The pod a `logs`/`exec` argument names: `POD`, `pod/POD`, or a
/// workload (`deploy/x`) whose first pod is used, with kubectl's notice.
pub(super) fn pick_pod(ctx: &mut Ctx, call: &Call, arg: &str) -> Result<String, String> {
    if !arg.contains('/') {
        return Ok(arg.to_string());
    }
    let targets = parse_targets(&[arg.to_string()])?;
    let Some(t) = targets.first() else {
        return Err("no pod".into());
    };
    let name = t.names.first().cloned().unwrap_or_default();
    if t.rt.kind == "Pod" {
        return Ok(name);
    }
    let ns = namespace(call);
    let owner =
        ctx.with_world(|w| crate::kubectl::target::get_json(&w.cluster, t.rt, &ns, &name))?;
    let selector = owner
        .pointer("/spec/selector/matchLabels")
        .or_else(|| owner.pointer("/spec/selector"))
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let text_sel: Vec<String> = selector
        .iter()
        .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or("")))
        .collect();
    let filter = Filter::parse(&text_sel.join(","), "")?;
    let pods = ctx.with_world(|w| {
        crate::kubectl::resources::lookup("pods")
            .map(|rt| list_json(&w.cluster, rt, Some(&ns), &filter))
            .unwrap_or_default()
    });
    let first = pods
        .first()
        .map(|p| text(p, &["metadata", "name"]).to_string())
        .ok_or_else(|| format!("pods for {} not found", arg))?;
    if pods.len() > 1 {
        ctx.err(&format!("Found {} pods, using pod/{first}\n", pods.len()));
    }
    Ok(first)
}

/// `kubectl logs -l app=x`: the last lines (10 by default) of every matching pod.
fn logs_by_selector(ctx: &mut Ctx, call: &Call, selector: &str) -> i32 {
    let filter = match Filter::parse(selector, "") {
        Ok(f) => f,
        Err(e) => return fail(ctx, &e),
    };
    let ns = namespace(call);
    let pods = ctx.with_world(|w| {
        crate::kubectl::resources::lookup("pods")
            .map(|rt| list_json(&w.cluster, rt, Some(&ns), &filter))
            .unwrap_or_default()
    });
    if pods.is_empty() {
        ctx.err(&format!("No resources found in {ns} namespace.\n"));
        return 0;
    }
    let tail = if call.flags.is_set("tail") {
        call.flags.int("tail")
    } else {
        10
    };
    let mut status = 0;
    for pod in &pods {
        let name = text(pod, &["metadata", "name"]).to_string();
        match ctx.with_world(|w| {
            w.cluster
                .logs(&ns, &name, call.flags.opt("container").as_deref(), false)
                .map_err(|e| e.kubectl_line())
        }) {
            Ok(lines) => {
                let skip = if tail >= 0 {
                    lines.len().saturating_sub(tail as usize)
                } else {
                    0
                };
                let text: String = lines
                    .iter()
                    .skip(skip)
                    .map(|l| format!("{}\n", l.text))
                    .collect();
                ctx.out(&text);
            }
            Err(e) => status = fail(ctx, &e),
        }
    }
    status
}

/// kubectl v1.37's `logs` words a missing object its own way:
/// `error: error from server (NotFound): pods "x" not found in namespace "default"`.
fn logs_not_found(message: String, ns: &str) -> String {
    match message.strip_prefix("Error from server (NotFound): ") {
        Some(rest) => format!("error from server (NotFound): {rest} in namespace \"{ns}\""),
        None => message,
    }
}

pub fn logs(mut ctx: Ctx, call: Call) -> CommandFuture {
    let selector = call.flags.str("selector");
    if call.args.is_empty() && !selector.is_empty() {
        return done(logs_by_selector(&mut ctx, &call, &selector));
    }
    let Some(arg) = call.args.first().cloned() else {
        return done(usage_error(&mut ctx, &call, "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command"));
    };
    let ns = namespace(&call);
    let pod = match pick_pod(&mut ctx, &call, &arg) {
        Ok(p) => p,
        Err(e) => return done(fail(&mut ctx, &logs_not_found(e, &ns))),
    };
    let container = call
        .flags
        .opt("container")
        .or_else(|| call.args.get(1).cloned());
    let previous = call.flags.bool("previous");
    let stamps = call.flags.bool("timestamps");
    let read = move |ctx: &Ctx| {
        ctx.with_world(|w| {
            w.cluster
                .logs(&ns, &pod, container.as_deref(), previous)
                .map_err(|e| e.kubectl_line())
        })
    };
    let lines = match read(&ctx) {
        Ok(l) => l,
        Err(e) => return done(fail(&mut ctx, &logs_not_found(e, &namespace(&call)))),
    };
    let tail = call.flags.int("tail");
    let skip = if tail >= 0 {
        lines.len().saturating_sub(tail as usize)
    } else {
        0
    };
    let render = move |l: &crate::engine::runtime::LogLine| l.render(stamps);
    let first: String = lines.iter().skip(skip).map(&render).collect();
    ctx.out(&first);
    if !call.flags.bool("follow") {
        return done(0);
    }
    Box::pin(async move {
        let mut seen = lines.len();
        loop {
            ctx.next_step().await;
            if ctx.stopped() {
                return 130;
            }
            match read(&ctx) {
                Ok(now) => {
                    let fresh: String = now.iter().skip(seen).map(&render).collect();
                    seen = seen.max(now.len());
                    ctx.out(&fresh);
                }
                Err(_) => return 0,
            }
        }
    })
}

pub fn port_forward(mut ctx: Ctx, call: Call) -> CommandFuture {
    let (Some(target), ports) = (
        call.args.first().cloned(),
        call.args.get(1..).unwrap_or(&[]).to_vec(),
    ) else {
        return done(usage_error(
            &mut ctx,
            &call,
            "TYPE/NAME and list of ports are required for port-forward",
        ));
    };
    if ports.is_empty() {
        return done(usage_error(
            &mut ctx,
            &call,
            "TYPE/NAME and list of ports are required for port-forward",
        ));
    }
    let arg = if target.contains('/') {
        target.clone()
    } else {
        format!("pod/{target}")
    };
    let found = parse_targets(&[arg]).and_then(|t| {
        let t = t
            .into_iter()
            .next()
            .ok_or_else(|| "no resource".to_string())?;
        let name = t.names.first().cloned().unwrap_or_default();
        let ns = namespace(&call);
        ctx.with_world(|w| crate::kubectl::target::get_json(&w.cluster, t.rt, &ns, &name))
    });
    if let Err(e) = found {
        return done(fail(&mut ctx, &e));
    }
    for spec in &ports {
        let (local, remote) = spec
            .split_once(':')
            .map_or((spec.as_str(), spec.as_str()), |(l, r)| {
                (if l.is_empty() { r } else { l }, r)
            });
        ctx.out(&format!("Forwarding from 127.0.0.1:{local} -> {remote}\nForwarding from [::1]:{local} -> {remote}\n"));
    }
    Box::pin(async move {
        loop {
            ctx.next_step().await;
            if ctx.stopped() {
                return 130;
            }
        }
    })
}
