//! `kubectl delete`: by name (`pod x`, `deployments/a services/b`), by
//! selector (`-l`, `--all`) or by file (`-f`). Each deletion prints
//! `pod "x" deleted from default namespace`; then, as kubectl's `--wait`
//! does, the command blocks until the objects are really gone (a pod
//! terminates gracefully), as simulated time passes.

use crate::api::Kind;
use crate::engine::write::{DeleteOptions, Propagation};
use crate::kubectl::cli::Call;
use crate::kubectl::cmd::files::{decode_sources, object_namespace, read_sources};
use crate::kubectl::cmd::{fail, namespace};
use crate::kubectl::resources::{self, ResourceType};
use crate::kubectl::target::{engine_kind, name_of, named_or_selected, Selection};
use crate::shell::{done, CommandFuture, Ctx};

/// How long `--wait` waits for deletions, in simulated seconds.
const WAIT_SECONDS_MAX: u64 = 600;

/// One object to delete.
pub(super) struct Victim {
    rt: &'static ResourceType,
    namespace: String,
    name: String,
}

pub fn run(mut ctx: Ctx, call: Call) -> CommandFuture {
    let victims = match victims(&ctx, &call) {
        Ok(v) => v,
        Err(e) => return done(fail(&mut ctx, &e)),
    };
    if victims.is_empty() {
        ctx.out("No resources found\n");
        return done(0);
    }
    let grace = grace_period(&call);
    if grace == Some(0) {
        ctx.err("Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n");
    }
    let opts = DeleteOptions {
        grace_period_seconds: grace,
        propagation: propagation(&call),
    };
    let wait = call.flags.opt("wait").is_none_or(|w| w == "true");
    Box::pin(async move { remove(&mut ctx, victims, opts, wait, false).await })
}

/// `--cascade`'s propagation policy.
pub(super) fn propagation(call: &Call) -> Propagation {
    match call.flags.str("cascade").as_str() {
        "orphan" | "false" => Propagation::Orphan,
        "foreground" => Propagation::Foreground,
        _ => Propagation::Background,
    }
}

/// Deletes each victim, printing kubectl's line, then (with `wait`) blocks
/// until they are gone as simulated time passes. `ignore_not_found` skips
/// objects already gone silently (`replace --force`).
pub(super) async fn remove(
    ctx: &mut Ctx,
    victims: Vec<Victim>,
    opts: DeleteOptions,
    wait: bool,
    ignore_not_found: bool,
) -> i32 {
    let mut status = 0;
    // (kind, namespace, name, uid): the object is gone when nothing of
    // that uid is left (a StatefulSet makes its pod again under the name).
    let mut waiting: Vec<(Kind, String, String, String)> = Vec::new();
    for v in victims {
        let not_found = format!(
            "Error from server (NotFound): {} {:?} not found",
            v.rt.qualified_plural(),
            v.name
        );
        let Some(kind) = engine_kind(v.rt) else {
            if !ignore_not_found {
                status = fail(ctx, &not_found);
            }
            continue;
        };
        match ctx.with_world(|w| w.cluster.delete(kind, &v.namespace, &v.name, opts)) {
            Ok(obj) => {
                let uid = obj.meta().uid.clone();
                let verb = if opts.grace_period_seconds == Some(0) {
                    "force deleted"
                } else {
                    "deleted"
                };
                let place = if v.rt.namespaced {
                    format!(" from {} namespace", v.namespace)
                } else {
                    String::new()
                };
                ctx.out(&format!(
                    "{} {:?} {verb}{place}\n",
                    v.rt.kind_group(),
                    v.name
                ));
                waiting.push((kind, v.namespace, v.name, uid));
            }
            Err(e) if ignore_not_found && e.kubectl_line() == not_found => {}
            Err(e) => status = fail(ctx, &e.kubectl_line()),
        }
    }
    if !wait || waiting.is_empty() {
        return status;
    }
    let deadline = ctx.now_ms().saturating_add(WAIT_SECONDS_MAX * 1000);
    while ctx.now_ms() < deadline && !ctx.stopped() {
        let remaining = ctx.with_world(|w| {
            waiting
                .iter()
                .filter(|(k, ns, n, uid)| {
                    w.cluster
                        .get_object(*k, ns, n)
                        .is_ok_and(|o| o.meta().uid == *uid)
                })
                .count()
        });
        if remaining == 0 {
            break;
        }
        ctx.next_step_until(deadline).await;
    }
    status
}

fn grace_period(call: &Call) -> Option<i64> {
    if call.flags.bool("force") && !call.flags.is_set("grace-period") {
        return Some(0);
    }
    if call.flags.bool("now") {
        return Some(1);
    }
    match call.flags.int("grace-period") {
        g if g < 0 => None,
        g => Some(g),
    }
}

/// What the arguments, `-l`/`--all` or `-f` name.
pub(super) fn victims(ctx: &Ctx, call: &Call) -> Result<Vec<Victim>, String> {
    let ns = namespace(call);
    let files = call.flags.all("filename");
    if !files.is_empty() {
        let sources = read_sources(ctx, &files, call.flags.bool("recursive"))?;
        let mut out = Vec::new();
        for (_, item) in decode_sources(&sources) {
            let obj = item?;
            let kind = obj
                .get("kind")
                .and_then(serde_json::Value::as_str)
                .unwrap_or("");
            let rt =
                resources::by_kind(kind).ok_or_else(|| format!("no matches for kind {kind:?}"))?;
            let namespace = object_namespace(&obj, call.flags.opt("namespace").as_deref())?;
            out.push(Victim {
                rt,
                namespace,
                name: name_of(&obj).to_string(),
            });
        }
        return Ok(out);
    }
    let (labels, fields) = (call.flags.str("selector"), call.flags.str("field-selector"));
    let selection = Selection {
        labels: &labels,
        fields: &fields,
        all: call.flags.bool("all"),
    };
    let found = ctx.with_world(|w| named_or_selected(&w.cluster, &call.args, &ns, &selection))?;
    Ok(found
        .into_iter()
        .map(|(rt, name)| Victim {
            rt,
            namespace: ns.clone(),
            name,
        })
        .collect())
}
