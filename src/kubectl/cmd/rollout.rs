//! `kubectl rollout status|history|undo|restart|pause|resume` for
//! Deployments (status, history, undo and restart for StatefulSets too),
//! with kubectl's messages (`deployment.apps/x rolled back`,
//! `… paused`, `error: deployments.apps "x" is not paused`).

mod history;
mod status;

use serde_json::Value;

use super::write::{map_at, modify, object_ref};
use super::{fail, namespace};
use crate::api::Kind;
use crate::kubectl::cli::Call;
use crate::kubectl::resources::ResourceType;
use crate::kubectl::target::named;
use crate::shell::{done, CommandFuture, Ctx};

/// Resolves the one Deployment (or, with `sts`, StatefulSet) a rollout command names.
fn workload(
    ctx: &mut Ctx,
    call: &Call,
    sts: bool,
) -> Result<(&'static ResourceType, Value, Kind), i32> {
    if call.args.is_empty() && call.flags.all("filename").is_empty() {
        return Err(fail(ctx, "required resource not specified"));
    }
    let targets = named(&call.args).map_err(|e| fail(ctx, &e))?;
    let Some((rt, name)) = targets.into_iter().next() else {
        return Err(fail(ctx, "required resource not specified"));
    };
    let kind = match rt.kind {
        "Deployment" => Kind::Deployment,
        "StatefulSet" if sts => Kind::StatefulSet,
        _ => Kind::Node,
    };
    if kind == Kind::Node {
        return Err(fail(
            ctx,
            &format!(
                "no rollbacker has been implemented for {{\"{}\" \"{}\"}}",
                rt.group, rt.kind
            ),
        ));
    }
    let ns = namespace(call);
    ctx.with_world(|w| {
        w.cluster
            .get_object(kind, &ns, &name)
            .map(|o| (rt, o.to_json(), kind))
    })
    .map_err(|e| fail(ctx, &e.kubectl_line()))
}

fn name_of(d: &Value) -> String {
    d.pointer("/metadata/name")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string()
}

pub fn status(mut ctx: Ctx, call: Call) -> CommandFuture {
    let (_, first, kind) = match workload(&mut ctx, &call, true) {
        Ok(d) => d,
        Err(code) => return done(code),
    };
    let watch = call.flags.opt("watch").is_none_or(|w| w == "true");
    let timeout_ms = parse_duration_ms(&call.flags.str("timeout"));
    let ns = namespace(&call);
    let name = name_of(&first);
    Box::pin(async move {
        let deadline = timeout_ms.map(|t| ctx.now_ms().saturating_add(t));
        let mut last_rv = String::new();
        loop {
            let current =
                ctx.with_world(|w| w.cluster.get_object(kind, &ns, &name).map(|o| o.to_json()));
            let d = match current {
                Ok(d) => d,
                Err(e) => return fail(&mut ctx, &e.kubectl_line()),
            };
            let rv = d
                .pointer("/metadata/resourceVersion")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            if rv != last_rv {
                last_rv = rv;
                let line = match kind {
                    Kind::StatefulSet => status::stateful_set_line(&d),
                    _ => status::status_line(&d),
                };
                match line {
                    Ok((line, finished)) => {
                        ctx.out(&line);
                        if finished || !watch {
                            return 0;
                        }
                    }
                    Err(e) => return fail(&mut ctx, &e),
                }
            }
            if deadline.is_some_and(|t| ctx.now_ms() >= t) {
                return fail(&mut ctx, "timed out waiting for the condition");
            }
            if ctx.stopped() {
                return 130;
            }
            match deadline {
                Some(t) => ctx.next_step_until(t).await,
                None => ctx.next_step().await,
            }
        }
    })
}

/// A Go duration (`30s`, `5m`, `1m30s`, `0`) in milliseconds; 0 or
/// unreadable means no timeout. Example: `1m30s` is 60,000 + 30,000.
pub(super) fn parse_duration_ms(text: &str) -> Option<u64> {
    let mut rest = text;
    let mut total: u64 = 0;
    while !rest.is_empty() {
        let digits = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        let (number, tail) = rest.split_at(digits);
        let n: u64 = number.parse().ok()?;
        let unit_len = tail
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(tail.len());
        let (unit, tail) = tail.split_at(unit_len);
        let factor = match unit {
            "ms" => 1,
            "s" | "" => 1000,
            "m" => 60_000,
            "h" => 3_600_000,
            _ => return None,
        };
        total = total.saturating_add(n.saturating_mul(factor));
        rest = tail;
    }
    (total > 0).then_some(total)
}

pub fn history(mut ctx: Ctx, call: Call) -> CommandFuture {
    let (rt, d, _) = match workload(&mut ctx, &call, true) {
        Ok(d) => d,
        Err(code) => return done(code),
    };
    let reference = object_ref(rt, &name_of(&d));
    match ctx
        .with_world(|w| history::history(&w.cluster, &d, call.flags.int("revision"), &reference))
    {
        Ok(text) => {
            ctx.out(&text);
            done(0)
        }
        Err(e) => done(fail(&mut ctx, &e)),
    }
}

pub fn undo(mut ctx: Ctx, call: Call) -> CommandFuture {
    let (rt, d, _) = match workload(&mut ctx, &call, true) {
        Ok(d) => d,
        Err(code) => return done(code),
    };
    let reference = object_ref(rt, &name_of(&d));
    let applied = d
        .pointer("/metadata/annotations/kubectl.kubernetes.io~1last-applied-configuration")
        .is_some();
    let warning = format!("Warning: resource {}/{} was previously managed with 'kubectl apply'. Rolling back will not update the kubectl.kubernetes.io/last-applied-configuration annotation, which may cause unexpected behavior on future 'kubectl apply' operations. Consider using 'kubectl apply' with your previous configuration file instead.\n", rt.plural, name_of(&d));
    // The StatefulSet rollbacker warns before it looks at the history; the
    // Deployment one only when it rolls back.
    let sts = rt.kind == "StatefulSet";
    if applied && sts {
        ctx.err(&warning);
    }
    match ctx.with_world(|w| {
        history::undo(
            &mut w.cluster,
            &d,
            call.flags.int("to-revision"),
            &reference,
        )
    }) {
        Ok(line) => {
            if applied && !sts && line.ends_with("rolled back") {
                ctx.err(&warning);
            }
            ctx.out(&format!("{line}\n"));
            done(0)
        }
        Err(e) => done(fail(&mut ctx, &e)),
    }
}

/// pause / resume / restart: one change to the Deployment and its message.
fn change(mut ctx: Ctx, call: &Call, verb: &str) -> i32 {
    let (rt, d, kind) = match workload(&mut ctx, call, true) {
        Ok(d) => d,
        Err(code) => return code,
    };
    if kind == Kind::StatefulSet && verb != "restarted" {
        let what = if verb == "paused" {
            "pausing"
        } else {
            "resuming"
        };
        let e = format!(
            "{} {:?} {what} is not supported",
            rt.qualified_plural(),
            name_of(&d)
        );
        return fail(&mut ctx, &e);
    }
    let name = name_of(&d);
    let ns = namespace(call);
    let paused = d
        .pointer("/spec/paused")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let quoted = format!("{} {name:?}", rt.qualified_plural());
    let refusal = match verb {
        "paused" if paused => Some(format!("{quoted} is already paused")),
        "resumed" if !paused => Some(format!("{quoted} is not paused")),
        "restarted" if paused => Some(format!(
            "{quoted} can't restart paused deployment (run rollout resume first)"
        )),
        _ => None,
    };
    if let Some(e) = refusal {
        return fail(&mut ctx, &e);
    }
    let now = ctx.with_world(|w| w.cluster.now().rfc3339());
    let result = ctx.with_world(|w| {
        modify(&mut w.cluster, kind, &ns, &name, |obj| {
            match verb {
                "restarted" => {
                    let annotations = map_at(obj, &["spec", "template", "metadata", "annotations"])
                        .ok_or("bad template")?;
                    annotations.insert(
                        "kubectl.kubernetes.io/restartedAt".into(),
                        Value::String(now),
                    );
                }
                _ => {
                    let spec = map_at(obj, &["spec"]).ok_or("bad spec")?;
                    spec.insert("paused".into(), Value::Bool(verb == "paused"));
                }
            }
            Ok(())
        })
    });
    match result {
        Ok(_) => {
            ctx.out(&format!("{} {verb}\n", object_ref(rt, &name)));
            0
        }
        Err(e) => fail(&mut ctx, &e),
    }
}

pub fn pause(ctx: Ctx, call: Call) -> CommandFuture {
    done(change(ctx, &call, "paused"))
}

pub fn resume(ctx: Ctx, call: Call) -> CommandFuture {
    done(change(ctx, &call, "resumed"))
}

pub fn restart(ctx: Ctx, call: Call) -> CommandFuture {
    done(change(ctx, &call, "restarted"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn go_durations_read_as_milliseconds() {
        use super::parse_duration_ms as d;
        assert_eq!(d("30s"), Some(30_000));
        assert_eq!(d("1m0s"), Some(60_000));
        assert_eq!(d("1h30m"), Some(5_400_000));
        assert_eq!(d("250ms"), Some(250));
        assert_eq!(d("90"), Some(90_000));
        assert_eq!(d("0"), None);
        assert_eq!(d("5x"), None);
        assert_eq!(d("m"), None);
    }
}
