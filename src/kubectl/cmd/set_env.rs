//! `kubectl set env (TYPE NAME | TYPE/NAME) KEY=VALUE … KEY- …` (also
//! `-e KEY=VALUE`): sets and removes environment variables in the pod
//! template's containers (`-c` picks them by name, with `*`/`?`
//! wildcards), `--overwrite=false` refuses to change a value, and
//! `--list` prints the result without saving it. Messages are kubectl's
//! (`deployment.apps/web env updated`; nothing when nothing changed).

use serde_json::{json, Value};

use super::scale::pod_spec_path;
use super::write::{kind_or_not_found, modify, object_ref};
use super::{fail, namespace};
use crate::kubectl::cli::Call;
use crate::kubectl::target::{get_json, named};
use crate::shell::{done, CommandFuture, Ctx};

/// `KEY=VALUE` sets, `KEY-` removes.
#[derive(Debug)]
struct Changes {
    set: Vec<(String, String)>,
    remove: Vec<String>,
}

/// kubectl's "not a valid key name" for an environment variable name.
pub(super) fn env_name_error(name: &str) -> Option<String> {
    let mut chars = name.chars();
    let ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '-' | '.' | '_'))
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'));
    (!ok).then(|| format!("{name:?} is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')"))
}

fn parse_env(specs: &[String]) -> Result<Changes, String> {
    let mut changes = Changes {
        set: Vec::new(),
        remove: Vec::new(),
    };
    for spec in specs {
        if let Some((key, value)) = spec.split_once('=') {
            if let Some(e) = env_name_error(key) {
                return Err(e);
            }
            changes.set.push((key.to_string(), value.to_string()));
        } else if let Some(key) = spec.strip_suffix('-') {
            changes.remove.push(key.to_string());
        } else {
            return Err(format!("unknown environment variable: {spec}"));
        }
    }
    Ok(changes)
}

/// `filepath.Match` with `*` and `?` (what `-c` accepts).
fn glob(pattern: &[char], name: &[char]) -> bool {
    match (pattern.split_first(), name.split_first()) {
        (None, None) => true,
        (Some(('*', rest)), _) => {
            glob(rest, name) || name.split_first().is_some_and(|(_, n)| glob(pattern, n))
        }
        (Some(('?', rest)), Some((_, n))) => glob(rest, n),
        (Some((p, rest)), Some((c, n))) if p == c => glob(rest, n),
        _ => false,
    }
}

/// The new env list of one container: removals dropped, values replaced
/// in place, new names appended in the order given.
fn updated_env(existing: &[Value], changes: &Changes) -> Vec<Value> {
    let name_of = |e: &Value| {
        e.get("name")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    let mut out: Vec<Value> = Vec::new();
    for e in existing {
        let name = name_of(e);
        if changes.remove.contains(&name) {
            continue;
        }
        match changes.set.iter().rev().find(|(k, _)| *k == name) {
            Some((k, v)) => out.push(json!({"name": k, "value": v})),
            None => out.push(e.clone()),
        }
    }
    for (k, v) in &changes.set {
        if changes.remove.contains(k) {
            continue;
        }
        match out.iter_mut().find(|e| name_of(e) == *k) {
            Some(slot) => *slot = json!({"name": k, "value": v}),
            None => out.push(json!({"name": k, "value": v})),
        }
    }
    out
}

/// `# NAME from configmap x, key y` for a `valueFrom` reference.
fn reference(from: &Value) -> String {
    let field = |a: &str, b: &str| {
        from.pointer(&format!("/{a}/{b}"))
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    if from.get("configMapKeyRef").is_some() {
        format!(
            "configmap {}, key {}",
            field("configMapKeyRef", "name"),
            field("configMapKeyRef", "key")
        )
    } else if from.get("secretKeyRef").is_some() {
        format!(
            "secret {}, key {}",
            field("secretKeyRef", "name"),
            field("secretKeyRef", "key")
        )
    } else if from.get("fieldRef").is_some() {
        format!("field path {}", field("fieldRef", "fieldPath"))
    } else if from.get("resourceFieldRef").is_some() {
        format!("resource {}", field("resourceFieldRef", "resource"))
    } else {
        "invalid valueFrom".to_string()
    }
}

/// Applies `changes` to the containers `-c` picks; returns `--list` text
/// and warnings.
fn apply(
    spec: &mut Value,
    kind: &str,
    name: &str,
    selector: &str,
    changes: &Changes,
    overwrite: bool,
) -> Result<(String, String), String> {
    let pattern: Vec<char> = selector.chars().collect();
    let mut listing = String::new();
    let mut matched = false;
    if let Some(containers) = spec.get_mut("containers").and_then(Value::as_array_mut) {
        for c in containers.iter_mut() {
            let cname = c
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            if !glob(&pattern, &cname.chars().collect::<Vec<_>>()) {
                continue;
            }
            matched = true;
            let existing: Vec<Value> = c
                .get("env")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            if !overwrite {
                for (k, v) in &changes.set {
                    let current = existing
                        .iter()
                        .find(|e| e.get("name").and_then(Value::as_str) == Some(k));
                    if let Some(cur) = current {
                        let old = cur.get("value").and_then(Value::as_str).unwrap_or("");
                        if old != v {
                            return Err(format!(
                                "'{k}' already has a value ({old}), and --overwrite is false"
                            ));
                        }
                    }
                }
            }
            let env = updated_env(&existing, changes);
            listing.push_str(&format!("# {kind} {name}, container {cname}\n"));
            for e in &env {
                let ename = e.get("name").and_then(Value::as_str).unwrap_or("");
                match e.get("valueFrom") {
                    Some(from) => {
                        listing.push_str(&format!("# {ename} from {}\n", reference(from)))
                    }
                    None => listing.push_str(&format!(
                        "{ename}={}\n",
                        e.get("value").and_then(Value::as_str).unwrap_or("")
                    )),
                }
            }
            if let Some(map) = c.as_object_mut() {
                if env.is_empty() {
                    map.remove("env");
                } else {
                    map.insert("env".into(), Value::Array(env));
                }
            }
        }
    }
    let warning = if matched {
        String::new()
    } else {
        format!("warning: {kind}/{name} does not have any containers matching {selector:?}\n")
    };
    Ok((listing, warning))
}

pub fn set_env(mut ctx: Ctx, call: Call) -> CommandFuture {
    // Resources come first, then the KEY=VALUE / KEY- arguments.
    let is_env = |a: &String| a.contains('=') || a.ends_with('-');
    let split = call.args.iter().position(is_env).unwrap_or(call.args.len());
    let (resources, env_args) = call.args.split_at(split);
    if env_args.iter().any(|a| !is_env(a)) {
        return done(fail(
            &mut ctx,
            &format!(
                "all resources must be specified before environment changes: {}",
                call.args.join(" ")
            ),
        ));
    }
    if resources.is_empty() {
        return done(fail(
            &mut ctx,
            "one or more resources must be specified as <resource> <name> or <resource>/<name>",
        ));
    }
    let mut specs = call.flags.all("env");
    specs.extend(env_args.iter().cloned());
    let changes = match parse_env(&specs) {
        Ok(c) => c,
        Err(e) => return done(fail(&mut ctx, &e)),
    };
    let targets = match named(resources) {
        Ok(t) => t,
        Err(e) => return done(fail(&mut ctx, &e)),
    };
    let selector = call.flags.str("containers");
    let selector = if selector.is_empty() {
        "*".to_string()
    } else {
        selector
    };
    let overwrite = call.flags.opt("overwrite").is_none_or(|v| v == "true");
    let list = call.flags.bool("list");
    let ns = namespace(&call);
    let mut status = 0;
    for (rt, name) in targets {
        let path = pod_spec_path(rt);
        let kind = match kind_or_not_found(rt, &name) {
            Ok(k) => k,
            Err(e) => {
                status = fail(&mut ctx, &e);
                continue;
            }
        };
        if list {
            let result = ctx
                .with_world(|w| get_json(&w.cluster, rt, &ns, &name))
                .and_then(|mut obj| {
                    let spec = obj.pointer_mut(path).ok_or("unable to find containers")?;
                    apply(spec, rt.kind, &name, &selector, &changes, overwrite)
                });
            match result {
                Ok((listing, warning)) => {
                    ctx.err(&warning);
                    ctx.out(&listing);
                }
                Err(e) => status = fail(&mut ctx, &e),
            }
            continue;
        }
        let mut warning = String::new();
        let result = ctx.with_world(|w| {
            modify(&mut w.cluster, kind, &ns, &name, |obj| {
                let spec = obj.pointer_mut(path).ok_or("unable to find containers")?;
                warning = apply(spec, rt.kind, &name, &selector, &changes, overwrite)?.1;
                Ok(())
            })
        });
        ctx.err(&warning);
        match result {
            Ok((before, after)) if before.pointer(path) != after.pointer(path) => {
                ctx.out(&format!("{} env updated\n", object_ref(rt, &name)));
            }
            Ok(_) => {}
            // The builder's lookup fails before any patch is computed.
            Err(e) if e.starts_with("Error from server (NotFound)") => status = fail(&mut ctx, &e),
            Err(e) => status = fail(&mut ctx, &format!("{}/{name} {e}", rt.plural)),
        }
    }
    done(status)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn env_changes_keep_order_and_replace_in_place() {
        let existing = vec![
            json!({"name": "A", "value": "1"}),
            json!({"name": "B", "value": "2"}),
        ];
        let changes = parse_env(&words("B=3 C=4 A-")).unwrap();
        assert_eq!(
            updated_env(&existing, &changes),
            [
                json!({"name": "B", "value": "3"}),
                json!({"name": "C", "value": "4"})
            ]
        );
        assert_eq!(
            parse_env(&words("X")).err(),
            Some("unknown environment variable: X".into())
        );
        assert!(parse_env(&words("1X=a"))
            .unwrap_err()
            .starts_with("\"1X\" is not a valid key name"));
    }

    #[test]
    fn container_wildcards() {
        let m = |p: &str, n: &str| {
            glob(
                &p.chars().collect::<Vec<_>>(),
                &n.chars().collect::<Vec<_>>(),
            )
        };
        assert!(m("*", "nginx") && m("ng*", "nginx") && m("n?inx", "nginx"));
        assert!(!m("side*", "nginx"));
    }
}
