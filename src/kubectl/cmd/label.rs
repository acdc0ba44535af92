//! `kubectl label` and `kubectl annotate`: `key=value` adds or changes,
//! `key-` removes; a changed value needs `--overwrite`. Objects are named
//! (`pods x`, `pod/x`) or selected (`-l`, `--all`). Messages are kubectl's
//! (`pod/x labeled`, `not labeled`, `unlabeled`, `annotated`).

use serde_json::Value;

use super::write::{kind_or_not_found, map_at, modify, object_ref};
use super::{fail, namespace};
use crate::kubectl::cli::Call;
use crate::kubectl::resources::ResourceType;
use crate::kubectl::target::{named_or_selected, Selection};
use crate::shell::{done, CommandFuture, Ctx};

/// Which metadata map a command edits, and its words.
struct Which {
    field: &'static str,
    done: &'static str,
    not_done: &'static str,
    removed: &'static str,
    noun: &'static str,
}

const LABELS: Which = Which {
    field: "labels",
    done: "labeled",
    not_done: "not labeled",
    removed: "unlabeled",
    noun: "label",
};
const ANNOTATIONS: Which = Which {
    field: "annotations",
    done: "annotated",
    not_done: "not annotated",
    removed: "annotated",
    noun: "annotation",
};

pub fn label(ctx: Ctx, call: Call) -> CommandFuture {
    done(edit(ctx, &call, &LABELS))
}

pub fn annotate(ctx: Ctx, call: Call) -> CommandFuture {
    done(edit(ctx, &call, &ANNOTATIONS))
}

fn edit(mut ctx: Ctx, call: &Call, which: &Which) -> i32 {
    let (changes, resources): (Vec<String>, Vec<String>) = call
        .args
        .iter()
        .cloned()
        .partition(|a| a.contains('=') || (a.ends_with('-') && !a.contains('/')));
    if call.args.is_empty() {
        return fail(
            &mut ctx,
            "one or more resources must be specified as <resource> <name> or <resource>/<name>",
        );
    }
    if changes.is_empty() {
        return fail(
            &mut ctx,
            &format!("at least one {} update is required", which.noun),
        );
    }
    let (mut set, mut remove) = (Vec::new(), Vec::new());
    for c in &changes {
        match c.split_once('=') {
            Some((k, v)) => set.push((k.to_string(), v.to_string())),
            None => remove.push(c.trim_end_matches('-').to_string()),
        }
    }
    let targets = match selected(&ctx, call, &resources) {
        Ok(t) => t,
        Err(e) => return fail(&mut ctx, &e),
    };
    let ns = namespace(call);
    let overwrite = call.flags.bool("overwrite");
    let mut status = 0;
    for (rt, name) in targets {
        let result = kind_or_not_found(rt, &name).and_then(|kind| {
            ctx.with_world(|w| {
                modify(&mut w.cluster, kind, &ns, &name, |obj| {
                    let map = map_at(obj, &["metadata", which.field]).ok_or("metadata is not an object")?;
                    for (k, v) in &set {
                        if let Some(old) = map.get(k).and_then(Value::as_str) {
                            if old != v && !overwrite {
                                return Err(if which.field == "labels" {
                                    format!("'{k}' already has a value ({old}), and --overwrite is false")
                                } else {
                                    format!("--overwrite is false but found the following declared annotation(s): '{k}' already has a value ({old})")
                                });
                            }
                        }
                        map.insert(k.clone(), Value::String(v.clone()));
                    }
                    for k in &remove {
                        map.remove(k);
                    }
                    Ok(())
                })
            })
        });
        match result {
            Ok((before, after)) => {
                let missing: Vec<&String> = remove
                    .iter()
                    .filter(|k| {
                        before
                            .pointer(&format!(
                                "/metadata/{}/{}",
                                which.field,
                                k.replace('/', "~1")
                            ))
                            .is_none()
                    })
                    .collect();
                for k in missing {
                    ctx.out(&format!("{} {k:?} not found.\n", which.noun));
                }
                let count = |v: &Value| {
                    v.pointer(&format!("/metadata/{}", which.field))
                        .and_then(Value::as_object)
                        .map_or(0, |m| m.len())
                };
                let msg = if before == after {
                    which.not_done
                } else if !overwrite && count(&after) < count(&before) {
                    which.removed
                } else {
                    which.done
                };
                ctx.out(&format!("{} {msg}\n", object_ref(rt, &name)));
            }
            Err(e) => status = fail(&mut ctx, &e),
        }
    }
    status
}

/// Named objects, or every object of the types matched by `-l` / `--all`.
fn selected(
    ctx: &Ctx,
    call: &Call,
    resources: &[String],
) -> Result<Vec<(&'static ResourceType, String)>, String> {
    let (labels, ns) = (call.flags.str("selector"), namespace(call));
    let selection = Selection {
        labels: &labels,
        fields: "",
        all: call.flags.bool("all"),
    };
    ctx.with_world(|w| named_or_selected(&w.cluster, resources, &ns, &selection))
}
