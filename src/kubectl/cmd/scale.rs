//! `kubectl scale` (every form: `deployments/x --replicas=4`,
//! `--replicas=3 deploy/x`, `deployment x --replicas=2`) and
//! `kubectl set image` (`deployments/x c=image`, `*=image`).

use serde_json::Value;

use super::write::{kind_or_not_found, map_at, modify, object_ref};
use super::{fail, namespace};
use crate::kubectl::cli::Call;
use crate::kubectl::resources::ResourceType;
use crate::kubectl::target::{named, named_or_selected, Selection};
use crate::shell::{done, CommandFuture, Ctx};

pub fn scale(mut ctx: Ctx, call: Call) -> CommandFuture {
    if !call.flags.is_set("replicas") {
        return done(fail(&mut ctx, "required flag(s) \"replicas\" not set"));
    }
    let replicas = call.flags.int("replicas");
    if replicas < 0 {
        // kubectl returns this from `Validate`, so `CheckErr` adds `error: `
        // (`fail` would keep a message starting with `The ` as it is).
        ctx.err("error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n");
        return done(1);
    }
    let expected = call.flags.int("current-replicas");
    let ns = namespace(&call);
    let labels = call.flags.str("selector");
    let selection = Selection {
        labels: &labels,
        fields: "",
        all: call.flags.bool("all"),
    };
    let targets =
        match ctx.with_world(|w| named_or_selected(&w.cluster, &call.args, &ns, &selection)) {
            Ok(t) => t,
            Err(e) => return done(fail(&mut ctx, &e)),
        };
    let mut status = 0;
    for (rt, name) in targets {
        let result = kind_or_not_found(rt, &name).and_then(|kind| {
            ctx.with_world(|w| {
                modify(&mut w.cluster, kind, &ns, &name, |obj| {
                    // The `--current-replicas` precondition (was ignored;
                    // found by the differential suite).
                    let current = obj
                        .pointer("/spec/replicas")
                        .and_then(Value::as_i64)
                        .unwrap_or(1);
                    if expected >= 0 && expected != current {
                        return Err(format!("Expected replicas to be {expected}, was {current}"));
                    }
                    // v1.37 patches any kind this way; the server's strict
                    // decoding refuses `spec.replicas` where a kind has none.
                    let spec = map_at(obj, &["spec"]);
                    if let Some(spec) = spec {
                        spec.insert("replicas".into(), Value::from(replicas));
                    }
                    Ok(())
                })
            })
        });
        match result {
            Ok(_) => ctx.out(&format!("{} scaled\n", object_ref(rt, &name))),
            Err(e) => status = fail(&mut ctx, &e),
        }
    }
    done(status)
}

/// Where a kind keeps its pod spec.
pub(super) fn pod_spec_path(rt: &ResourceType) -> &'static str {
    if rt.kind == "Pod" {
        "/spec"
    } else {
        "/spec/template/spec"
    }
}

pub fn set_image(mut ctx: Ctx, call: Call) -> CommandFuture {
    let (updates, resources): (Vec<String>, Vec<String>) =
        call.args.iter().cloned().partition(|a| a.contains('='));
    if call.flags.is_set("record") {
        ctx.err("Flag --record has been deprecated, --record will be removed in the future\n");
    }
    if call.args.is_empty() {
        return done(fail(&mut ctx, "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'"));
    }
    if updates.is_empty() {
        return done(fail(&mut ctx, "at least one image update is required"));
    }
    let mut images: Vec<(String, String)> = Vec::new();
    for u in &updates {
        match u.split_once('=') {
            Some((c, i)) if !c.is_empty() && !i.is_empty() => {
                images.push((c.to_string(), i.to_string()))
            }
            _ => return done(fail(&mut ctx, &format!("invalid image {u}"))),
        }
    }
    let targets = match named(&resources) {
        Ok(t) => t,
        Err(e) => return done(fail(&mut ctx, &e)),
    };
    let ns = namespace(&call);
    let mut status = 0;
    for (rt, name) in targets {
        let path = pod_spec_path(rt);
        let result = kind_or_not_found(rt, &name).and_then(|kind| {
            ctx.with_world(|w| {
                modify(&mut w.cluster, kind, &ns, &name, |obj| {
                    apply_images(obj, path, &images)
                })
            })
        });
        match result {
            Ok((before, after)) => {
                if before.pointer(path) != after.pointer(path) {
                    ctx.out(&format!("{} image updated\n", object_ref(rt, &name)));
                }
            }
            Err(e) => status = fail(&mut ctx, &e),
        }
    }
    done(status)
}

/// Sets `container=image` pairs in a pod spec; `*` means every container.
fn apply_images(obj: &mut Value, path: &str, images: &[(String, String)]) -> Result<(), String> {
    let Some(spec) = obj.pointer_mut(path) else {
        return Err("unable to find containers".into());
    };
    for (container, image) in images {
        let mut found = false;
        for list in ["initContainers", "containers"] {
            if let Some(items) = spec.get_mut(list).and_then(Value::as_array_mut) {
                for c in items.iter_mut() {
                    if container == "*"
                        || c.get("name").and_then(Value::as_str) == Some(container.as_str())
                    {
                        if let Some(map) = c.as_object_mut() {
                            map.insert("image".into(), Value::String(image.clone()));
                        }
                        found = true;
                    }
                }
            }
        }
        if !found {
            return Err(format!("unable to find container named {container:?}"));
        }
    }
    Ok(())
}
