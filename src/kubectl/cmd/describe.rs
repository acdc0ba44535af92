//! `kubectl describe TYPE [NAME_PREFIX | -l label] | TYPE/NAME`: a listed
//! type prints every object (two blank lines between them); a name that
//! does not exist describes every object whose name starts with it (one
//! blank line after each), else it is the apiserver's NotFound.

use serde_json::Value;

use super::get::no_resources;
use super::{fail, namespace, now_secs};
use crate::kubectl::cli::Call;
use crate::kubectl::describe::describe;
use crate::kubectl::printers::describe::join_described;
use crate::kubectl::target::{engine_kind, get_json, list_json, name_of, parse_targets, Filter};
use crate::shell::{done, CommandFuture, Ctx};

pub fn run(mut ctx: Ctx, call: Call) -> CommandFuture {
    let code = describe_all(&mut ctx, &call);
    done(code)
}

fn describe_all(ctx: &mut Ctx, call: &Call) -> i32 {
    if call.args.is_empty() {
        // kubectl v1.37 says it in one `error:` line (get keeps its long form).
        return fail(ctx, "You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources.");
    }
    let targets = match parse_targets(&call.args) {
        Ok(t) => t,
        Err(e) => return fail(ctx, &e),
    };
    let filter = match Filter::parse(&call.flags.str("selector"), "") {
        Ok(f) => f,
        Err(e) => return fail(ctx, &e),
    };
    let all_namespaces = call.flags.bool("all-namespaces");
    let ns = namespace(call);
    let now = now_secs(ctx);
    let mut status = 0;
    let mut printed = false;
    for target in &targets {
        let Some(kind) = engine_kind(target.rt) else {
            if target.names.is_empty() {
                continue;
            }
            for name in &target.names {
                status = fail(
                    ctx,
                    &format!(
                        "Error from server (NotFound): {} {name:?} not found",
                        target.rt.qualified_plural()
                    ),
                );
            }
            continue;
        };
        if target.names.is_empty() {
            let texts: Vec<String> = ctx.with_world(|w| {
                let scope = if all_namespaces {
                    None
                } else {
                    Some(ns.as_str())
                };
                list_json(&w.cluster, target.rt, scope, &filter)
                    .iter()
                    .map(|o| describe(&w.cluster, kind, o, now))
                    .collect()
            });
            if !texts.is_empty() {
                let sep = if printed { "\n\n" } else { "" };
                ctx.out(&format!("{sep}{}", join_described(&texts, false)));
                printed = true;
            }
            continue;
        }
        for name in &target.names {
            let found = ctx.with_world(|w| match get_json(&w.cluster, target.rt, &ns, name) {
                Ok(obj) => Ok(vec![describe(&w.cluster, kind, &obj, now)]),
                Err(e) => {
                    let matches: Vec<Value> =
                        list_json(&w.cluster, target.rt, Some(&ns), &Filter::default())
                            .into_iter()
                            .filter(|o| name_of(o).starts_with(name.as_str()))
                            .collect();
                    if matches.is_empty() {
                        Err(e)
                    } else {
                        Ok(matches
                            .iter()
                            .map(|o| describe(&w.cluster, kind, o, now) + "\n")
                            .collect())
                    }
                }
            });
            match found {
                Ok(texts) => {
                    let sep = if printed { "\n\n" } else { "" };
                    ctx.out(&format!("{sep}{}", texts.concat()));
                    printed = true;
                }
                Err(e) => status = fail(ctx, &e),
            }
        }
    }
    if !printed && status == 0 {
        no_resources(ctx, (!all_namespaces).then_some(ns.as_str()));
    }
    status
}
