//! `kubectl get`: list or fetch objects and print them as tables (one per
//! resource type, `kind/` prefixes when several types are shown, a blank
//! line between tables) or with any `-o` printer. Missing names are
//! reported after the output; an empty list says `No resources found in
//! default namespace.` on stderr with exit 0. `-w` streams (see `watch.rs`).

mod watch;

use serde_json::Value;

use super::{fail, namespace, now_secs, resource_required};
use crate::kubectl::cli::Call;
use crate::kubectl::printers::output::{self, Output};
use crate::kubectl::printers::table::{print_table, TableOptions};
use crate::kubectl::resources::ResourceType;
use crate::kubectl::target::{check_fields, get_json, list_json, parse_targets, Filter, Target};
use crate::shell::{done, CommandFuture, Ctx};

/// Objects found for one requested type, in request order.
pub struct Group {
    pub rt: &'static ResourceType,
    pub objects: Vec<Value>,
}

/// Everything `get` needs once flags are understood.
pub struct Request {
    pub targets: Vec<Target>,
    pub output: Output,
    pub filter: Filter,
    pub namespace: Option<String>,
    pub table: TableOptions,
    pub sort_by: Option<String>,
}

pub fn run(mut ctx: Ctx, call: Call) -> CommandFuture {
    let request = match prepare(&mut ctx, &call) {
        Ok(r) => r,
        Err(code) => return done(code),
    };
    if request.targets.iter().any(|t| t.rt.kind == "Endpoints") {
        // Since v1.33 the apiserver warns on every read of v1 Endpoints.
        ctx.err("Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n");
    }
    if call.flags.bool("watch") || call.flags.bool("watch-only") {
        return watch::run(ctx, call, request);
    }
    let code = print_once(&mut ctx, &request);
    done(code)
}

/// Parses flags and arguments; prints the error and returns its exit code on failure.
fn prepare(ctx: &mut Ctx, call: &Call) -> Result<Request, i32> {
    let output = output::choose_for_get(
        call.flags.opt("output").as_deref(),
        call.flags.opt("template").as_deref(),
    )
    .map_err(|e| fail(ctx, &e))?;
    if call.args.is_empty() {
        return Err(resource_required(ctx, call, "get"));
    }
    let targets = parse_targets(&call.args).map_err(|e| fail(ctx, &e))?;
    let label_text = call.flags.str("selector");
    let field_text = call.flags.str("field-selector");
    let filter = Filter::parse(&label_text, &field_text).map_err(|e| fail(ctx, &e))?;
    if !filter.is_empty() && targets.iter().any(|t| !t.names.is_empty()) {
        return Err(fail(
            ctx,
            "name cannot be provided when a selector is specified",
        ));
    }
    for t in &targets {
        check_fields(t.rt, &filter, &label_text, &field_text).map_err(|e| fail(ctx, &e))?;
    }
    let all_namespaces = call.flags.bool("all-namespaces");
    let distinct_types = targets
        .iter()
        .map(|t| t.rt.kind)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let table = TableOptions {
        wide: matches!(output, Output::Table { wide: true }),
        show_labels: call.flags.bool("show-labels"),
        label_columns: call.flags.all("label-columns"),
        with_kind: distinct_types > 1 || call.flags.bool("show-kind"),
        with_namespace: all_namespaces,
        no_headers: call.flags.bool("no-headers"),
    };
    Ok(Request {
        targets,
        output,
        filter,
        namespace: (!all_namespaces).then(|| namespace(call)),
        table,
        sort_by: call.flags.opt("sort-by").filter(|s| !s.is_empty()),
    })
}

/// Fetches every target: the groups found and the errors for missing names.
pub fn fetch(ctx: &Ctx, request: &Request) -> (Vec<Group>, Vec<String>) {
    ctx.with_world(|w| {
        let ns = request.namespace.as_deref();
        let mut groups = Vec::new();
        let mut errors = Vec::new();
        for t in &request.targets {
            if t.names.is_empty() {
                groups.push(Group {
                    rt: t.rt,
                    objects: list_json(&w.cluster, t.rt, ns, &request.filter),
                });
                continue;
            }
            let mut objects = Vec::new();
            for name in &t.names {
                match get_json(&w.cluster, t.rt, ns.unwrap_or("default"), name) {
                    Ok(obj) => objects.push(obj),
                    Err(e) => errors.push(e),
                }
            }
            groups.push(Group { rt: t.rt, objects });
        }
        (groups, errors)
    })
}

/// `--sort-by=.metadata.name`: orders each type's objects by the value
/// the (relaxed) JSONPath finds, numbers numerically, text as text.
fn sort_groups(groups: &mut [Group], sort_by: &str) -> Result<(), String> {
    let path = crate::kubectl::jsonpath::JsonPath::parse(&output::relaxed_jsonpath(sort_by)?)?;
    for g in groups.iter_mut() {
        let mut keyed: Vec<(Option<f64>, String, Value)> = g
            .objects
            .drain(..)
            .map(|o| {
                let text = path.execute(&o).unwrap_or_default();
                (text.parse::<f64>().ok(), text, o)
            })
            .collect();
        crate::sorting::sort_by(&mut keyed, |a, b| match (a.0, b.0) {
            (Some(x), Some(y)) => x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal),
            _ => a.1.cmp(&b.1),
        });
        g.objects = keyed.into_iter().map(|(_, _, o)| o).collect();
    }
    Ok(())
}

fn print_once(ctx: &mut Ctx, request: &Request) -> i32 {
    let (mut groups, errors) = fetch(ctx, request);
    if let Some(sort_by) = request.sort_by.as_deref() {
        if let Err(e) = sort_groups(&mut groups, sort_by) {
            return fail(ctx, &e);
        }
    }
    let now = now_secs(ctx);
    let found = groups.iter().any(|g| !g.objects.is_empty());
    if request.output.is_table() {
        let mut text = String::new();
        for g in merge_consecutive(groups) {
            let opts = TableOptions {
                with_namespace: request.table.with_namespace && g.rt.namespaced,
                ..request.table.clone()
            };
            let table = print_table(g.rt.kind, &g.rt.kind_group(), &g.objects, &opts, now);
            if !table.is_empty() && !text.is_empty() {
                text.push('\n');
            }
            text.push_str(&table);
        }
        ctx.out(&text);
    } else if found || errors.is_empty() {
        let objects: Vec<Value> = groups.into_iter().flat_map(|g| g.objects).collect();
        let single =
            request.targets.len() == 1 && request.targets.iter().all(|t| t.names.len() == 1);
        match output::render(&request.output, &objects, single) {
            Ok(text) => ctx.out(&text),
            Err(e) => {
                ctx.out(&e.stdout);
                return fail(ctx, &e.message);
            }
        }
    }
    for e in &errors {
        ctx.err(&format!("{e}\n"));
    }
    if !errors.is_empty() {
        return 1;
    }
    let listed = request.targets.iter().all(|t| t.names.is_empty());
    if !found && listed && request.output.is_table() {
        // Only namespaced types are looked for "in" a namespace.
        let namespaced = request.targets.iter().any(|t| t.rt.namespaced);
        no_resources(ctx, request.namespace.as_deref().filter(|_| namespaced));
    }
    0
}

/// `No resources found in default namespace.` (or without a namespace for `-A`).
pub fn no_resources(ctx: &mut Ctx, namespace: Option<&str>) {
    match namespace {
        Some(ns) => ctx.err(&format!("No resources found in {ns} namespace.\n")),
        None => ctx.err("No resources found\n"),
    }
}

/// Consecutive groups of the same type print as one table.
fn merge_consecutive(groups: Vec<Group>) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    for g in groups {
        match out.last_mut() {
            Some(last) if std::ptr::eq(last.rt, g.rt) => last.objects.extend(g.objects),
            _ => out.push(g),
        }
    }
    out
}
