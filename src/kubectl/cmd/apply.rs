//! `kubectl apply -f`: create what does not exist (recording the manifest
//! in the `kubectl.kubernetes.io/last-applied-configuration` annotation),
//! three-way merge what does (`configured`), and leave what matches alone
//! (`unchanged`). Objects made by `create` get kubectl's missing-annotation
//! warning first.

mod merge;

use serde_json::Value;

use super::fail;
use super::files::{decode_sources, object_namespace, read_sources, with_source};
use super::write::{create, map_at, update};
use crate::kubectl::cli::Call;
use crate::kubectl::printers::json::to_json_compact;
use crate::kubectl::printers::output::object_name;
use crate::kubectl::resources;
use crate::kubectl::target::engine_kind;
use crate::shell::{done, CommandFuture, Ctx};

/// The annotation where apply keeps the last manifest it applied.
pub const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";

pub fn run(mut ctx: Ctx, call: Call) -> CommandFuture {
    let filenames = call.flags.all("filename");
    if filenames.is_empty() {
        return done(fail(&mut ctx, "must specify one of -f and -k"));
    }
    let sources = match read_sources(&ctx, &filenames, call.flags.bool("recursive")) {
        Ok(s) => s,
        Err(e) => return done(fail(&mut ctx, &e)),
    };
    let flag_ns = call.flags.opt("namespace");
    let server_side = call.flags.bool("server-side");
    let objects = decode_sources(&sources);
    if objects.is_empty() {
        return done(fail(&mut ctx, "no objects passed to apply"));
    }
    let mut status = 0;
    let mut warned = false;
    for (source, item) in objects {
        let result = item.and_then(|obj| {
            if !warned && obj.get("kind").and_then(Value::as_str) == Some("Endpoints") {
                warned = true;
                ctx.err(&format!("Warning: {}\n", super::get::ENDPOINTS_DEPRECATED));
            }
            let ns = object_namespace(&obj, flag_ns.as_deref())?;
            apply_one(&mut ctx, &obj, &ns, &source, server_side)
        });
        match result {
            Ok(line) => ctx.out(&format!("{line}\n")),
            Err(e) => status = fail(&mut ctx, &e),
        }
    }
    done(status)
}

/// The manifest as apply records it: namespace filled in, its own
/// annotation removed, compact JSON plus a newline.
fn last_applied(obj: &Value, namespace: &str, namespaced: bool) -> String {
    let mut copy = obj.clone();
    if let Some(meta) = map_at(&mut copy, &["metadata"]) {
        if namespaced {
            meta.insert("namespace".into(), Value::String(namespace.to_string()));
        }
    }
    if let Some(annotations) = map_at(&mut copy, &["metadata", "annotations"]) {
        annotations.remove(LAST_APPLIED);
    }
    to_json_compact(&copy) + "\n"
}

fn apply_one(
    ctx: &mut Ctx,
    obj: &Value,
    ns: &str,
    source: &str,
    server_side: bool,
) -> Result<String, String> {
    let kind_name = obj.get("kind").and_then(Value::as_str).unwrap_or("");
    let rt = resources::by_kind(kind_name)
        .ok_or_else(|| format!("no matches for kind {kind_name:?}"))?;
    let kind = engine_kind(rt).ok_or_else(|| {
        format!(
            "the server could not find the requested resource (post {})",
            rt.plural
        )
    })?;
    let name = obj
        .pointer("/metadata/name")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let recorded = last_applied(obj, ns, rt.namespaced);
    let mut desired = obj.clone();
    if rt.namespaced {
        if let Some(meta) = map_at(&mut desired, &["metadata"]) {
            meta.insert("namespace".into(), Value::String(ns.to_string()));
        }
    }
    // Server-side apply keeps no last-applied annotation: the apiserver
    // merges the named fields in (field ownership is not simulated, every
    // apply wins as with --force-conflicts).
    if !server_side {
        if let Some(annotations) = map_at(&mut desired, &["metadata", "annotations"]) {
            annotations.insert(LAST_APPLIED.into(), Value::String(recorded.clone()));
        }
    }
    let live = ctx.with_world(|w| {
        w.cluster
            .get_object(kind, ns, &name)
            .ok()
            .map(|o| o.to_json())
    });
    let Some(live) = live else {
        let stored = ctx
            .with_world(|w| create(&mut w.cluster, ns, &desired))
            .map_err(|e| with_source(&e, "creating", source))?;
        let verb = if server_side {
            "serverside-applied"
        } else {
            "created"
        };
        return Ok(format!("{} {verb}", object_name(&stored)));
    };
    if server_side {
        let merged = merge::three_way(&live, None, &desired);
        let stored = if merged == live {
            live
        } else {
            ctx.with_world(|w| update(&mut w.cluster, &merged))
                .map_err(|e| with_source(&e, "patching", source))?
        };
        return Ok(format!("{} serverside-applied", object_name(&stored)));
    }
    let previous: Option<Value> = live
        .pointer(&format!(
            "/metadata/annotations/{}",
            LAST_APPLIED.replace('/', "~1")
        ))
        .and_then(Value::as_str)
        .and_then(|s| serde_json::from_str(s).ok());
    if previous.is_none() {
        ctx.err(&format!("Warning: resource {}/{name} is missing the {LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n", rt.plural));
    }
    let merged = merge::three_way(&live, previous.as_ref(), &desired);
    if merged == live {
        return Ok(format!("{} unchanged", object_name(&live)));
    }
    let stored = ctx
        .with_world(|w| update(&mut w.cluster, &merged))
        .map_err(|e| with_source(&e, "patching", source))?;
    // A Secret's `stringData` is never stored, so kubectl's patch always
    // carries it and the apply counts as `configured`.
    let verb = if stored.pointer("/metadata/resourceVersion")
        == live.pointer("/metadata/resourceVersion")
        && merged.get("stringData").is_none()
    {
        "unchanged"
    } else {
        "configured"
    };
    Ok(format!("{} {verb}", object_name(&stored)))
}
