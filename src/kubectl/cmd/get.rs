//! `kubectl get`: list or fetch objects and print them as tables (one per
//! resource type, `kind/` prefixes when several types are shown, a blank
//! line between tables) or with any `-o` printer. Missing names are
//! reported after the output; an empty list says `No resources found in
//! default namespace.` on stderr with exit 0. `-w` streams (see `watch.rs`).

mod watch;

use serde_json::Value;

use super::{fail, namespace, now_secs, resource_required};
use crate::api::Object;
use crate::kubectl::cli::Call;
use crate::kubectl::jsonpath::JsonPath;
use crate::kubectl::printers::columns::{table_def, TableDef};
use crate::kubectl::printers::output::{self, Output};
use crate::kubectl::printers::table::{header_cells, object_cells, TableOptions};
use crate::kubectl::printers::tabwriter::{align_rows, TABLE};
use crate::kubectl::resources::ResourceType;
use crate::kubectl::target::{
    check_fields, get_object, list_objects, parse_targets, Filter, Target,
};
use crate::shell::{done, CommandFuture, Ctx};

/// Objects found for one requested type (as `fetch` read them), in request order.
pub struct Group<T> {
    pub rt: &'static ResourceType,
    pub objects: Vec<T>,
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

/// The warning the apiserver sends with every request on v1 Endpoints
/// (since v1.33); kubectl prints it once per command.
pub const ENDPOINTS_DEPRECATED: &str =
    "v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice";

pub fn run(mut ctx: Ctx, call: Call) -> CommandFuture {
    let request = match prepare(&mut ctx, &call) {
        Ok(r) => r,
        Err(code) => return done(code),
    };
    if request.targets.iter().any(|t| t.rt.kind == "Endpoints") {
        ctx.err(&format!("Warning: {ENDPOINTS_DEPRECATED}\n"));
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
    let mut kinds = Vec::new();
    for t in &targets {
        if !kinds.contains(&t.rt.kind) {
            kinds.push(t.rt.kind);
        }
    }
    let distinct_types = kinds.len();
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

/// Fetches every target: the groups found and the errors for missing
/// names. Each stored object is read in place by `f` (a table row, a
/// JSON copy, a clone) while the cluster is borrowed.
pub fn fetch<T>(
    ctx: &Ctx,
    request: &Request,
    mut f: impl FnMut(&'static ResourceType, &Object) -> T,
) -> (Vec<Group<T>>, Vec<String>) {
    let mut groups: Vec<Group<T>> = Vec::new();
    let errors = visit(ctx, request, &mut |rt, obj| match obj {
        None => groups.push(Group {
            rt,
            objects: Vec::new(),
        }),
        Some(obj) => {
            if let Some(g) = groups.last_mut() {
                g.objects.push(f(rt, obj));
            }
        }
    });
    (groups, errors)
}

/// Calls `f(rt, None)` as each target starts, then `f(rt, Some(object))`
/// for each object found (one compiled copy whatever `fetch` makes of
/// them); returns the NotFound lines of missing names.
fn visit(
    ctx: &Ctx,
    request: &Request,
    f: &mut dyn FnMut(&'static ResourceType, Option<&Object>),
) -> Vec<String> {
    ctx.with_world(|w| {
        let ns = request.namespace.as_deref();
        let mut errors = Vec::new();
        for t in &request.targets {
            let rt = t.rt;
            f(rt, None);
            if t.names.is_empty() {
                for obj in list_objects(&w.cluster, rt, ns, &request.filter) {
                    f(rt, Some(obj));
                }
                continue;
            }
            for name in &t.names {
                match get_object(&w.cluster, rt, ns.unwrap_or("default"), name) {
                    Ok(obj) => f(rt, Some(obj)),
                    Err(e) => errors.push(e),
                }
            }
        }
        errors
    })
}

/// `--sort-by=.metadata.name`: the (relaxed) JSONPath whose value orders
/// each type's objects.
fn sort_path(sort_by: Option<&str>) -> Result<Option<JsonPath>, String> {
    sort_by
        .map(|s| JsonPath::parse(&output::relaxed_jsonpath(s)?))
        .transpose()
}

/// What `--sort-by` compares: the number the path finds, else its text.
type SortKey = (Option<f64>, String);

fn sort_key(path: &JsonPath, obj: &Value) -> SortKey {
    let text = path.execute(obj).unwrap_or_default();
    (text.parse::<f64>().ok(), text)
}

/// Orders each type's items by their keys, numbers numerically, text as text.
fn sort_groups<T>(groups: &mut [Group<(SortKey, T)>]) {
    for g in groups.iter_mut() {
        crate::sorting::sort_by(&mut g.objects, |(a, _), (b, _)| match (a.0, b.0) {
            (Some(x), Some(y)) => x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal),
            _ => a.1.cmp(&b.1),
        });
    }
}

/// The table options of one type's table.
fn table_options(request: &Request, rt: &ResourceType) -> TableOptions {
    TableOptions {
        with_namespace: request.table.with_namespace && rt.namespaced,
        ..request.table.clone()
    }
}

/// The tables of every type, one after another (a blank line between):
/// each row read from the stored object, JSON built only for `--sort-by`.
fn print_tables(
    ctx: &Ctx,
    request: &Request,
    sort: Option<&JsonPath>,
    now: i64,
) -> (String, bool, Vec<String>) {
    // The columns and options of the type being read, kept between rows.
    let mut current: Option<(&ResourceType, TableDef, TableOptions, String)> = None;
    let (mut groups, errors) = fetch(ctx, request, |rt, obj| {
        let key = sort.map(|p| sort_key(p, &obj.to_json()));
        let (_, def, opts, kind_group) = match current.take() {
            Some(c) if std::ptr::eq(c.0, rt) => current.insert(c),
            _ => current.insert((
                rt,
                table_def(rt.kind),
                table_options(request, rt),
                rt.kind_group(),
            )),
        };
        let cells = object_cells(def, rt.kind, kind_group, obj, opts, now);
        (key.unwrap_or_default(), cells)
    });
    if sort.is_some() {
        sort_groups(&mut groups);
    }
    let found = groups.iter().any(|g| !g.objects.is_empty());
    let mut text = String::new();
    for g in merge_consecutive(groups) {
        if g.objects.is_empty() {
            continue;
        }
        let opts = table_options(request, g.rt);
        let mut rows = Vec::with_capacity(g.objects.len() + 1);
        if !opts.no_headers {
            rows.push(header_cells(g.rt.kind, &opts));
        }
        rows.extend(g.objects.into_iter().map(|(_, cells)| cells));
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(&align_rows(&rows, TABLE, &mut Vec::new()));
    }
    (text, found, errors)
}

fn print_once(ctx: &mut Ctx, request: &Request) -> i32 {
    let sort = match sort_path(request.sort_by.as_deref()) {
        Ok(sort) => sort,
        Err(e) => return fail(ctx, &e),
    };
    let now = now_secs(ctx);
    let (found, errors) = if request.output.is_table() {
        let (text, found, errors) = print_tables(ctx, request, sort.as_ref(), now);
        ctx.out(&text);
        (found, errors)
    } else {
        let (mut groups, errors) = fetch(ctx, request, |_, obj| {
            let json = obj.to_json();
            (
                sort.as_ref()
                    .map(|p| sort_key(p, &json))
                    .unwrap_or_default(),
                json,
            )
        });
        if sort.is_some() {
            sort_groups(&mut groups);
        }
        let found = groups.iter().any(|g| !g.objects.is_empty());
        if found || errors.is_empty() {
            let objects: Vec<Value> = groups
                .into_iter()
                .flat_map(|g| g.objects.into_iter().map(|(_, o)| o))
                .collect();
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
        (found, errors)
    };
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
fn merge_consecutive<T>(groups: Vec<Group<T>>) -> Vec<Group<T>> {
    let mut out: Vec<Group<T>> = Vec::new();
    for g in groups {
        match out.last_mut() {
            Some(last) if std::ptr::eq(last.rt, g.rt) => last.objects.extend(g.objects),
            _ => out.push(g),
        }
    }
    out
}
