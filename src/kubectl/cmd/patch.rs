//! `kubectl patch (TYPE NAME | TYPE/NAME) -p PATCH [--type
//! strategic|merge|json]` (or `--patch-file`): the patch is YAML or JSON,
//! applied by `kubectl::patch`; the result goes through the normal write
//! path (validation, admission), and kubectl says `deployment.apps/web
//! patched` or `… patched (no change)`.

use serde_json::Value;

use super::write::{kind_or_not_found, modify, object_ref};
use super::{fail, namespace};
use crate::kubectl::cli::Call;
use crate::kubectl::patch::{json_patch, merge_patch, strategic_merge_patch, PatchError};
use crate::kubectl::target::named;
use crate::kubectl::yaml::decode_documents;
use crate::shell::{done, CommandFuture, Ctx};

pub fn patch(mut ctx: Ctx, call: Call) -> CommandFuture {
    let kind = call.flags.str("type");
    let kind = if kind.is_empty() {
        "strategic".to_string()
    } else {
        kind
    };
    if !matches!(kind.as_str(), "json" | "merge" | "strategic") {
        return done(fail(
            &mut ctx,
            &format!("--type must be one of [json merge strategic], not {kind:?}"),
        ));
    }
    let (inline, file) = (call.flags.opt("patch"), call.flags.opt("patch-file"));
    let text = match (inline, file) {
        (Some(_), Some(_)) => {
            return done(fail(
                &mut ctx,
                "cannot specify --patch and --patch-file together",
            ))
        }
        (None, None) => {
            return done(fail(
                &mut ctx,
                "must specify --patch or --patch-file containing the contents of the patch",
            ))
        }
        (Some(text), None) => text,
        (None, Some(path)) => match ctx.with_world(|w| w.read_file(&path)) {
            Ok(text) => text,
            Err(_) => {
                return done(fail(
                    &mut ctx,
                    &format!("unable to read patch file: open {path}: no such file or directory"),
                ))
            }
        },
    };
    let targets = match named(&call.args) {
        Ok(t) => t,
        Err(e) => return done(fail(&mut ctx, &e)),
    };
    let patch = match decode_documents(&text) {
        Ok(Some(v)) => v,
        Ok(None) => Value::Null,
        Err(e) => {
            return done(fail(
                &mut ctx,
                &format!("unable to parse {text:?}: error converting YAML to JSON: {e}"),
            ))
        }
    };
    let ns = namespace(&call);
    let mut status = 0;
    for (rt, name) in targets {
        let engine_kind = match kind_or_not_found(rt, &name) {
            Ok(k) => k,
            Err(e) => {
                status = fail(&mut ctx, &e);
                continue;
            }
        };
        let changed = std::cell::Cell::new(true);
        let result = ctx.with_world(|w| {
            modify(&mut w.cluster, engine_kind, &ns, &name, |obj| {
                let original = obj.clone();
                apply(&kind, obj, &patch)?;
                changed.set(*obj != original);
                Ok(())
            })
        });
        match result {
            Ok(_) => {
                let note = if changed.get() { "" } else { " (no change)" };
                ctx.out(&format!("{} patched{note}\n", object_ref(rt, &name)));
            }
            Err(e) => status = fail(&mut ctx, &e),
        }
    }
    done(status)
}

/// Applies `patch` of the given `--type` to `obj`, in kubectl's words: the
/// server's refusal of a malformed patch, or "The request is invalid" when
/// a JSON patch operation does not apply.
fn apply(kind: &str, obj: &mut Value, patch: &Value) -> Result<(), String> {
    let result = match kind {
        "json" => json_patch(obj, patch),
        "merge" => merge_patch(obj, patch),
        _ => strategic_merge_patch(obj, patch),
    };
    result.map_err(|e| match e {
        PatchError::BadRequest(m) => format!("Error from server (BadRequest): {m}"),
        PatchError::Invalid(_) => "The request is invalid".to_string(),
    })
}
