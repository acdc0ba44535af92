//! `kubectl replace -f FILE`: each object in the files replaces the stored
//! one whole (a PUT; without a `resourceVersion` in the file kubectl sends
//! the current one, so only a stale one in the file conflicts), printing
//! `deployment.apps/web replaced`. `--force` deletes the objects instead,
//! waits until they are gone and creates them from the files again.

use serde_json::Value;

use super::create::print_result;
use super::delete::{propagation, remove, victims};
use super::fail;
use super::files::{decode_sources, object_namespace, read_sources, with_source};
use super::write::{create, update};
use crate::engine::write::DeleteOptions;
use crate::kubectl::cli::Call;
use crate::kubectl::printers::output::{self, Output};
use crate::shell::{done, CommandFuture, Ctx};

pub fn run(mut ctx: Ctx, call: Call) -> CommandFuture {
    let force = call.flags.bool("force");
    let grace = call.flags.int("grace-period");
    let dry_run = call.flags.str("dry-run");
    // Complete's filename check comes before Validate's.
    let refusal = if call.flags.all("filename").is_empty() {
        Some("must specify one of -f and -k")
    } else if grace >= 0 && !force {
        Some("--grace-period must have --force specified")
    } else if call.flags.is_set("timeout") && !force {
        Some("--timeout must have --force specified")
    } else if force && dry_run != "none" {
        Some("--dry-run can not be used when --force is set")
    } else {
        None
    };
    if let Some(e) = refusal {
        return done(fail(&mut ctx, e));
    }
    let out = match output::choose(
        call.flags.opt("output").as_deref(),
        call.flags.opt("template").as_deref(),
    ) {
        Ok(o) => o,
        Err(e) => return done(fail(&mut ctx, &e)),
    };
    let objects = match read_sources(
        &ctx,
        &call.flags.all("filename"),
        call.flags.bool("recursive"),
    ) {
        Ok(sources) => decode_sources(&sources),
        Err(e) => return done(fail(&mut ctx, &e)),
    };
    if !force {
        let mut status = 0;
        for (source, item) in objects {
            status |= replace_one(&mut ctx, &call, &out, &source, item, &dry_run);
        }
        return done(status);
    }
    let doomed = match victims(&ctx, &call) {
        Ok(v) => v,
        Err(e) => return done(fail(&mut ctx, &e)),
    };
    // kubectl turns --grace-period=0 into 1 here and always waits.
    let opts = DeleteOptions {
        grace_period_seconds: (grace >= 0).then_some(grace.max(1)),
        propagation: propagation(&call),
    };
    Box::pin(async move {
        let status = remove(&mut ctx, doomed, opts, true, true).await;
        if status != 0 {
            return status;
        }
        let mut count = 0;
        for (source, item) in objects {
            let made = item.and_then(|obj| {
                let ns = object_namespace(&obj, call.flags.opt("namespace").as_deref())?;
                ctx.with_world(|w| create(&mut w.cluster, &ns, &obj))
            });
            match made {
                Ok(stored) => {
                    count += 1;
                    let line = format!("{} replaced", output::object_name(&stored));
                    print_result(&mut ctx, &out, &stored, &line);
                }
                Err(e) => return fail(&mut ctx, &with_source(&e, "creating", &source)),
            }
        }
        if count == 0 {
            return fail(&mut ctx, "no objects passed to replace");
        }
        0
    })
}

/// Replaces one object from a file (or prints it for a client dry run).
fn replace_one(
    ctx: &mut Ctx,
    call: &Call,
    out: &Output,
    source: &str,
    item: Result<Value, String>,
    dry_run: &str,
) -> i32 {
    let mut obj = match item {
        Ok(obj) => obj,
        Err(e) => return fail(ctx, &e),
    };
    let ns = match object_namespace(&obj, call.flags.opt("namespace").as_deref()) {
        Ok(ns) => ns,
        Err(e) => return fail(ctx, &e),
    };
    let name = output::object_name(&obj);
    if dry_run == "client" {
        return print_result(ctx, out, &obj, &format!("{name} replaced (dry run)"));
    }
    if let Some(meta) = obj.get_mut("metadata").and_then(Value::as_object_mut) {
        meta.entry("namespace").or_insert(Value::String(ns));
    }
    let server = dry_run == "server";
    let result = ctx.with_world(|w| match server {
        true => update(&mut w.cluster.clone(), &obj),
        false => update(&mut w.cluster, &obj),
    });
    let suffix = if server { " (server dry run)" } else { "" };
    match result {
        Ok(stored) => print_result(ctx, out, &stored, &format!("{name} replaced{suffix}")),
        Err(e) => fail(ctx, &with_source(&e, "replacing", source)),
    }
}
