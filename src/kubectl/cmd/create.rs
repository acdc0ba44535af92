//! `kubectl create -f FILE` and the generators `create deployment`,
//! `create configmap` (`--from-literal`, `--from-file`) and `create
//! namespace`, with `--dry-run=client -o yaml` printing the object instead.

use serde_json::{json, Map, Value};

use super::files::{decode_sources, object_namespace, read_sources, with_source};
use super::write::{create, object_ref};
use super::{fail, namespace, usage_error};
use crate::kubectl::cli::Call;
use crate::kubectl::printers::output::{self, Output};
use crate::kubectl::resources;
use crate::shell::{done, CommandFuture, Ctx};

/// `kubectl create -f FILE…`
pub fn run(mut ctx: Ctx, call: Call) -> CommandFuture {
    if !call.args.is_empty() {
        let args = format!("[{}]", call.args.join(" "));
        return done(super::usage_error(
            &mut ctx,
            &call,
            &format!("Unexpected args: {args}"),
        ));
    }
    let filenames = call.flags.all("filename");
    if filenames.is_empty() {
        // v1.37 prints only the line, no longer the help.
        return done(fail(&mut ctx, "must specify one of -f and -k"));
    }
    let sources = match read_sources(&ctx, &filenames, call.flags.bool("recursive")) {
        Ok(s) => s,
        Err(e) => return done(fail(&mut ctx, &e)),
    };
    let flag_ns = call.flags.opt("namespace");
    let objects = decode_sources(&sources);
    if objects.is_empty() {
        return done(fail(&mut ctx, "no objects passed to create"));
    }
    let mut status = 0;
    for (source, item) in objects {
        let obj = match item {
            Ok(obj) => obj,
            Err(e) => return done(fail(&mut ctx, &e)),
        };
        let ns = match object_namespace(&obj, flag_ns.as_deref()) {
            Ok(ns) => ns,
            Err(e) => {
                status = fail(&mut ctx, &e);
                continue;
            }
        };
        match ctx.with_world(|w| create(&mut w.cluster, &ns, &obj)) {
            Ok(stored) => ctx.out(&format!("{} created\n", output::object_name(&stored))),
            Err(e) => status = fail(&mut ctx, &with_source(&e, "creating", &source)),
        }
    }
    done(status)
}

/// Prints the object for `--dry-run=client` (with `-o`), or creates it and
/// prints `KIND/NAME created`. `wrap` turns an API error into kubectl's text.
pub(super) fn create_or_print(
    ctx: &mut Ctx,
    call: &Call,
    mut obj: Value,
    wrap: impl Fn(&str) -> String,
) -> i32 {
    let dry_run = call.flags.str("dry-run");
    // With `-n` given, kubectl's generators write the namespace into the
    // object (`EnforceNamespace`), so `--dry-run=client -o yaml | kubectl
    // apply -f -` lands it there.
    let explicit = call.flags.str("namespace");
    let namespaced = obj
        .get("kind")
        .and_then(Value::as_str)
        .and_then(resources::by_kind)
        .is_some_and(|t| t.namespaced);
    if let (false, true, Some(meta)) = (
        explicit.is_empty(),
        namespaced,
        obj.get_mut("metadata").and_then(Value::as_object_mut),
    ) {
        meta.insert("namespace".into(), Value::String(explicit));
    }
    let out = match print_flags(ctx, call) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let name = output::object_name(&obj);
    if dry_run == "client" {
        return print_result(ctx, &out, &obj, &format!("{name} created (dry run)"));
    }
    let ns = namespace(call);
    // A server dry run is admitted and validated by a copy of the cluster,
    // which is then dropped; nothing was stored, so there is no resourceVersion.
    let server = dry_run == "server";
    let made = ctx.with_world(|w| match server {
        true => create(&mut w.cluster.clone(), &ns, &obj).map(|mut o| {
            if let Some(m) = o.get_mut("metadata").and_then(Value::as_object_mut) {
                m.remove("resourceVersion");
            }
            o
        }),
        false => create(&mut w.cluster, &ns, &obj),
    });
    let suffix = if server { " (server dry run)" } else { "" };
    match made {
        Ok(stored) => print_result(ctx, &out, &stored, &format!("{name} created{suffix}")),
        Err(e) => fail(ctx, &wrap(&e)),
    }
}

/// The checks of a generator's `Complete`: `--dry-run`'s value, then the
/// printer `-o` asks for.
pub(super) fn print_flags(ctx: &mut Ctx, call: &Call) -> Result<Output, i32> {
    let dry_run = call.flags.str("dry-run");
    if dry_run != "none" && dry_run != "client" && dry_run != "server" {
        return Err(fail(
            ctx,
            &format!(
                "Invalid dry-run value ({dry_run}). Must be \"none\", \"server\", or \"client\"."
            ),
        ));
    }
    output::choose(
        call.flags.opt("output").as_deref(),
        call.flags.opt("template").as_deref(),
    )
    .map_err(|e| fail(ctx, &e))
}

pub(super) fn print_result(ctx: &mut Ctx, out: &Output, obj: &Value, message: &str) -> i32 {
    if out.is_table() {
        ctx.out(&format!("{message}\n"));
        return 0;
    }
    // kubectl's generators hold the object as a typed Go value.
    if matches!(out, Output::Json) {
        ctx.out(&crate::kubectl::printers::json::to_json_pretty_typed(obj));
        return 0;
    }
    match output::render(out, std::slice::from_ref(obj), true) {
        Ok(text) => {
            ctx.out(&text);
            0
        }
        Err(e) => {
            ctx.out(&e.stdout);
            fail(ctx, &e.message)
        }
    }
}

/// Strips `Error from server (X): ` for generators that wrap the message.
pub(super) fn bare(line: &str) -> String {
    line.split_once("): ")
        .filter(|_| line.starts_with("Error from server ("))
        .map_or(line.to_string(), |(_, m)| m.to_string())
}

/// `kubectl create deployment NAME --image=IMAGE [--replicas=N] [--port=P]`
pub fn deployment(mut ctx: Ctx, call: Call) -> CommandFuture {
    let [name] = call.args.as_slice() else {
        return done(usage_error(
            &mut ctx,
            &call,
            &format!("exactly one NAME is required, got {}", call.args.len()),
        ));
    };
    let images = call.flags.all("image");
    if images.is_empty() {
        return done(fail(&mut ctx, "required flag(s) \"image\" not set"));
    }
    let containers: Vec<Value> = images
        .iter()
        .map(|image| json!({"image": image, "name": container_name(image), "resources": {}}))
        .collect();
    let mut deploy = json!({
        "apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": {"labels": {"app": name}, "name": name},
        "spec": {"replicas": call.flags.int("replicas"), "selector": {"matchLabels": {"app": name}}, "strategy": {},
            "template": {"metadata": {"labels": {"app": name}}, "spec": {"containers": containers}}},
        "status": {}
    });
    let port = call.flags.int("port");
    if port >= 0 {
        if let Some(first) = deploy
            .pointer_mut("/spec/template/spec/containers/0")
            .and_then(Value::as_object_mut)
        {
            first.insert("ports".into(), json!([{"containerPort": port}]));
        }
    }
    let code = create_or_print(&mut ctx, &call, deploy, |e| {
        format!("failed to create deployment: {}", bare(e))
    });
    done(code)
}

/// The container name `create deployment` derives from an image:
/// `gcr.io/google-samples/kubernetes-bootcamp:v1` → `kubernetes-bootcamp`.
pub fn container_name(image: &str) -> String {
    let last = image.rsplit('/').next().unwrap_or(image);
    let base = last.split(['@']).next().unwrap_or(last);
    let base = base.split(':').next().unwrap_or(base);
    if base.contains(['_', '.']) {
        // kubectl adds 5 random characters; a hash keeps it reproducible.
        const ALPHABET: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
        let mut h: u32 = 2_166_136_261;
        for b in image.bytes() {
            h = (h ^ u32::from(b)).wrapping_mul(16_777_619);
        }
        let suffix: String = (0..5)
            .map(|i| {
                ALPHABET
                    .get(((h >> (i * 5)) % 27) as usize)
                    .map_or('b', |&c| c as char)
            })
            .collect();
        return format!("{}-{suffix}", base.replace(['_', '.'], "-"));
    }
    base.to_string()
}

/// `kubectl create configmap NAME [--from-literal=k=v] [--from-file=[key=]path]`
pub fn configmap(mut ctx: Ctx, call: Call) -> CommandFuture {
    let [name] = call.args.as_slice() else {
        return done(usage_error(
            &mut ctx,
            &call,
            &format!("exactly one NAME is required, got {}", call.args.len()),
        ));
    };
    let (literals, files, env_files) = (
        call.flags.all("from-literal"),
        call.flags.all("from-file"),
        call.flags.all("from-env-file"),
    );
    if !env_files.is_empty() && (!files.is_empty() || !literals.is_empty()) {
        return done(fail(
            &mut ctx,
            "from-env-file cannot be combined with from-file or from-literal",
        ));
    }
    let mut data = Map::new();
    for literal in literals {
        let Some((key, value)) = literal.split_once('=').filter(|(k, _)| !k.is_empty()) else {
            return done(fail(
                &mut ctx,
                &format!("invalid literal source {literal}, expected key=value"),
            ));
        };
        if data
            .insert(key.to_string(), Value::String(value.to_string()))
            .is_some()
        {
            return done(fail(&mut ctx, &format!("cannot add key {key:?}, another key by that name already exists in Data for ConfigMap {name:?}")));
        }
    }
    for source in files {
        if let Err(e) = add_file_source(&ctx, &source, &mut data) {
            return done(fail(&mut ctx, &e));
        }
    }
    let from_env = ctx.with_world(|w| {
        super::secret::add_env_files(w, &env_files, "config", &mut |k, v| {
            match data.insert(k.into(), Value::String(v.into())) {
                Some(_) => Err(format!("cannot add key {k:?}, another key by that name already exists in Data for ConfigMap {name:?}")),
                None => Ok(()),
            }
        })
    });
    if let Err(e) = from_env {
        return done(fail(&mut ctx, &e));
    }
    let mut cm = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name}});
    // `data` is `omitempty` in Go: a ConfigMap without keys has none.
    if let (false, Some(map)) = (data.is_empty(), cm.as_object_mut()) {
        map.insert("data".into(), Value::Object(data));
    }
    let code = create_or_print(&mut ctx, &call, cm, |e| {
        format!("failed to create configmap: {}", bare(e))
    });
    done(code)
}

/// One `--from-file` value: a file (key = its base name, or `key=path`) or
/// every regular file of a directory.
fn add_file_source(ctx: &Ctx, source: &str, data: &mut Map<String, Value>) -> Result<(), String> {
    let (key, path) = match source.split_once('=') {
        Some((k, p)) => (Some(k.to_string()), p.to_string()),
        None => (None, source.to_string()),
    };
    ctx.with_world(|w| {
        let abs = w.abs_path(&path);
        if w.fs.get(&abs).is_none() {
            return Err(format!("error reading {path}: no such file or directory"));
        }
        let files: Vec<(String, String)> = if w.fs.is_dir(&abs) {
            let entries = w.fs.list(&abs).map_err(|e| e.to_string())?;
            entries
                .into_iter()
                .filter(|(_, n)| !n.is_dir())
                .map(|(n, _)| (n.to_string(), format!("{}/{n}", abs.trim_end_matches('/'))))
                .collect()
        } else {
            let base = abs.rsplit('/').next().unwrap_or(&abs).to_string();
            vec![(key.clone().unwrap_or(base), abs.clone())]
        };
        for (k, file) in files {
            let text = w.fs.read(&file).map_err(|e| e.to_string())?;
            if data
                .insert(k.clone(), Value::String(text.to_string()))
                .is_some()
            {
                return Err(format!(
                    "cannot add key {k:?}, another key by that name already exists in Data"
                ));
            }
        }
        Ok(())
    })
}

/// `kubectl create namespace NAME`
pub fn namespace_cmd(mut ctx: Ctx, call: Call) -> CommandFuture {
    let [name] = call.args.as_slice() else {
        return done(usage_error(
            &mut ctx,
            &call,
            &format!("exactly one NAME is required, got {}", call.args.len()),
        ));
    };
    let ns = json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}, "spec": {}, "status": {}});
    let code = create_or_print(&mut ctx, &call, ns, |e| e.to_string());
    done(code)
}

/// `deployment.apps/NAME` style reference, for other commands' messages.
pub fn reference(kind: &str, name: &str) -> String {
    resources::by_kind(kind).map_or_else(
        || format!("{}/{name}", kind.to_ascii_lowercase()),
        |rt| object_ref(rt, name),
    )
}
