//! `kubectl get -w`: print the table, then one row per change as
//! simulated time moves (a new object, a changed resourceVersion, or a
//! deletion, which prints the object's last state), keeping the column
//! widths of what was already printed, until interrupted.

use std::collections::BTreeMap;

use super::{fetch, Request};
use crate::api::Object;
use crate::kubectl::cli::Call;
use crate::kubectl::cmd::{fail, now_secs};
use crate::kubectl::printers::output;
use crate::kubectl::printers::table::{table_rows, TableOptions};
use crate::kubectl::printers::tabwriter::{align_rows, TABLE};
use crate::shell::{done, CommandFuture, Ctx};

/// What identifies an object across polls, and what says it changed.
type Seen = BTreeMap<(String, String), (String, Object)>;

pub fn run(mut ctx: Ctx, call: Call, request: Request) -> CommandFuture {
    let (groups, errors) = fetch(&ctx, &request, |_, o| o.clone());
    if let Some(e) = errors.first() {
        return done(fail(&mut ctx, e));
    }
    let infos = request
        .targets
        .iter()
        .map(|t| t.names.len().max(1))
        .sum::<usize>();
    if infos != 1 {
        return done(fail(&mut ctx, &format!("watch is only supported on individual resources and resource collections, but {infos} resources were found")));
    }
    let Some(group) = groups.into_iter().next() else {
        return done(0);
    };
    Box::pin(async move {
        let rt = group.rt;
        let opts = TableOptions {
            with_namespace: request.table.with_namespace && rt.namespaced,
            ..request.table.clone()
        };
        let mut widths = Vec::new();
        let mut seen = remember(&group.objects);
        let mut header_done = false;
        if !call.flags.bool("watch-only") {
            header_done = emit(
                &mut ctx,
                &request,
                rt.kind,
                &rt.kind_group(),
                &group.objects,
                &opts,
                &mut widths,
                header_done,
            );
            if group.objects.is_empty() && request.output.is_table() {
                super::no_resources(&mut ctx, request.namespace.as_deref());
            }
        }
        loop {
            ctx.next_step().await;
            if ctx.stopped() {
                return 130;
            }
            let (groups, _) = fetch(&ctx, &request, |_, o| o.clone());
            let current = remember(
                &groups
                    .into_iter()
                    .flat_map(|g| g.objects)
                    .collect::<Vec<_>>(),
            );
            let mut changed: Vec<Object> = Vec::new();
            for (key, (rv, obj)) in &current {
                if seen.get(key).map(|(old, _)| old) != Some(rv) {
                    changed.push(obj.clone());
                }
            }
            for (key, (_, obj)) in &seen {
                if !current.contains_key(key) {
                    changed.push(obj.clone());
                }
            }
            seen = current;
            if !changed.is_empty() {
                header_done = emit(
                    &mut ctx,
                    &request,
                    rt.kind,
                    &rt.kind_group(),
                    &changed,
                    &opts,
                    &mut widths,
                    header_done,
                );
            }
        }
    })
}

fn remember(objects: &[Object]) -> Seen {
    crate::sorting::insert_all(objects.iter().map(|o| {
        let meta = o.meta();
        let key = (meta.namespace.clone(), meta.name.clone());
        (key, (meta.resource_version.clone(), o.clone()))
    }))
}

/// Prints rows (the header only the first time); returns whether the
/// header has been printed.
#[allow(clippy::too_many_arguments)]
fn emit(
    ctx: &mut Ctx,
    request: &Request,
    kind: &str,
    kind_group: &str,
    objects: &[Object],
    opts: &TableOptions,
    widths: &mut Vec<usize>,
    header_done: bool,
) -> bool {
    if objects.is_empty() {
        return header_done;
    }
    if !request.output.is_table() {
        for obj in objects {
            match output::render(&request.output, &[obj.to_json()], true) {
                Ok(text) => ctx.out(&text),
                Err(e) => ctx.out(&e.stdout),
            }
        }
        return true;
    }
    let now = now_secs(ctx);
    let opts = TableOptions {
        no_headers: opts.no_headers || header_done,
        ..opts.clone()
    };
    let rows = table_rows(kind, kind_group, objects, &opts, now);
    ctx.out(&align_rows(&rows, TABLE, widths));
    true
}
