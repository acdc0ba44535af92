//! `kubectl wait --for=…` over the kinds kubeplay stores: `condition=NAME
//! [=VALUE]` (names comma-separated, compared case-insensitively, stale
//! conditions — observedGeneration below generation — ignored), `delete`,
//! `create`, `jsonpath=EXPR[=VALUE]`; several `--for` must all hold.
//! Objects are named (`deploy/web`, `pods a b`) or selected (`-l`, `--all`);
//! `--timeout` (default 30s, 0: check once, negative: a week) runs on the
//! simulated clock. Messages are kubectl's (`deployment.apps/web condition
//! met`, `timed out waiting for the condition on deployments/web`).

use serde_json::Value;

use super::write::object_ref;
use super::{fail, namespace};
use crate::kubectl::cli::Call;
use crate::kubectl::jsonpath::{print_text, Found, JsonPath};
use crate::kubectl::printers::output::relaxed_jsonpath;
use crate::kubectl::resources::ResourceType;
use crate::kubectl::target::{get_json, named_or_selected, Selection};
use crate::shell::{done, CommandFuture, Ctx};

/// A week: what a negative `--timeout` means.
const WEEK_MS: u64 = 7 * 24 * 3600 * 1000;

/// One `--for` condition.
enum Cond {
    Delete,
    Create,
    Condition {
        names: Vec<String>,
        status: String,
    },
    JsonPath {
        path: JsonPath,
        value: Option<String>,
    },
}

fn parse_cond(text: &str) -> Result<Cond, String> {
    if text.eq_ignore_ascii_case("delete") {
        return Ok(Cond::Delete);
    }
    if text.eq_ignore_ascii_case("create") {
        return Ok(Cond::Create);
    }
    if let Some(rest) = text.strip_prefix("condition=") {
        let (names, status) = rest.split_once('=').unwrap_or((rest, "true"));
        return Ok(Cond::Condition {
            names: names.split(',').map(str::to_string).collect(),
            status: status.to_string(),
        });
    }
    if let Some(rest) = text.strip_prefix("jsonpath=") {
        let parts = split_jsonpath_input(rest);
        let (expr, value) = match parts.as_slice() {
            [expr] => (expr.clone(), None),
            [expr, value] => {
                let value = value.trim_matches(|c| c == '\'' || c == '"');
                if value.is_empty() {
                    return Err("jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3".into());
                }
                (expr.clone(), Some(value.to_string()))
            }
            _ => return Err("jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'".into()),
        };
        if expr.is_empty() {
            return Err("jsonpath expression cannot be empty".into());
        }
        let path = JsonPath::parse(&relaxed_jsonpath(&expr)?)?;
        return Ok(Cond::JsonPath { path, value });
    }
    Err(format!("unrecognized condition: {text:?}"))
}

/// Splits on single `=`; `==` stays inside a part (a filter's comparison).
fn split_jsonpath_input(input: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '=' {
            if chars.peek() == Some(&'=') {
                chars.next();
                if let Some(last) = parts.last_mut() {
                    last.push_str("==");
                }
                continue;
            }
            parts.push(String::new());
        } else if let Some(last) = parts.last_mut() {
            last.push(c);
        }
    }
    parts
}

/// Whether a condition holds for `obj` (`None`: the object does not exist).
fn holds(cond: &Cond, obj: Option<&Value>) -> bool {
    let Some(obj) = obj else {
        return matches!(cond, Cond::Delete);
    };
    match cond {
        Cond::Delete => false,
        Cond::Create => true,
        Cond::Condition { names, status } => condition_holds(obj, names, status),
        Cond::JsonPath { path, value } => {
            let Ok(results) = path.find_results(obj) else {
                return false;
            };
            match (results.first().map(Vec::as_slice), value) {
                (Some([_]), None) => true,
                // kubectl does not compare maps or lists with a value.
                (Some([Found::J(Value::Object(_) | Value::Array(_))]), Some(_)) => false,
                (Some([one]), Some(want)) => print_text(one).trim() == want.trim(),
                _ => false,
            }
        }
    }
}

fn condition_holds(obj: &Value, names: &[String], status: &str) -> bool {
    let generation = obj.pointer("/metadata/generation").and_then(Value::as_i64);
    let conditions = obj
        .pointer("/status/conditions")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default();
    for c in conditions {
        let kind = c.get("type").and_then(Value::as_str).unwrap_or("");
        if !names.iter().any(|n| n.eq_ignore_ascii_case(kind)) {
            continue;
        }
        let Some(value) = c.get("status").and_then(Value::as_str) else {
            continue;
        };
        let observed = c
            .get("observedGeneration")
            .or_else(|| obj.pointer("/status/observedGeneration"))
            .and_then(Value::as_i64);
        if let (Some(generation), Some(observed)) = (generation, observed) {
            if observed < generation {
                return false;
            }
        }
        return value.eq_ignore_ascii_case(status);
    }
    false
}

/// A Go duration (`30s`, `1m30s`, `1.5h`, `-1s`, `0`) in milliseconds.
pub(super) fn go_duration_ms(text: &str) -> Option<i64> {
    let (negative, mut rest) = match text.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    if rest == "0" {
        return Some(0);
    }
    let mut total = 0f64;
    while !rest.is_empty() {
        let end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        let number: f64 = rest.get(..end)?.parse().ok()?;
        rest = rest.get(end..)?;
        let unit_end = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let factor = match rest.get(..unit_end)? {
            "ns" => 0.000_001,
            "us" | "µs" => 0.001,
            "ms" => 1.0,
            "s" => 1000.0,
            "m" => 60_000.0,
            "h" => 3_600_000.0,
            _ => return None,
        };
        total += number * factor;
        rest = rest.get(unit_end..)?;
    }
    let ms = total.ceil().min(i64::MAX as f64) as i64;
    Some(if negative { -ms } else { ms })
}

/// The objects to wait for: named ones, or those `-l`/`--all` select now.
/// With `skip_missing` (waiting for deletion), a named object that is
/// already gone is left out, as kubectl's builder ignores its NotFound.
fn objects(
    ctx: &Ctx,
    call: &Call,
    ns: &str,
    skip_missing: bool,
) -> Result<Vec<(&'static ResourceType, String)>, String> {
    let labels = call.flags.str("selector");
    let selection = Selection {
        labels: &labels,
        fields: "",
        all: call.flags.bool("all"),
    };
    let mut found =
        ctx.with_world(|w| named_or_selected(&w.cluster, &call.args, ns, &selection))?;
    if skip_missing {
        found.retain(|(rt, name)| ctx.with_world(|w| get_json(&w.cluster, rt, ns, name).is_ok()));
    }
    Ok(found)
}

pub fn wait(mut ctx: Ctx, call: Call) -> CommandFuture {
    let fors = call.flags.all("for");
    if fors.is_empty() {
        return done(fail(&mut ctx, "unrecognized condition: []"));
    }
    let mut conds = Vec::new();
    for text in &fors {
        match parse_cond(text) {
            Ok(c) => conds.push(c),
            Err(e) => return done(fail(&mut ctx, &e)),
        }
    }
    let timeout_text = call.flags.str("timeout");
    let Some(timeout_ms) = go_duration_ms(&timeout_text) else {
        ctx.err(&format!(
            "error: invalid argument {timeout_text:?} for \"--timeout\" flag: time: invalid duration {timeout_text:?}\nSee '{} --help' for usage.\n",
            call.path
        ));
        return done(1);
    };
    let timeout_ms = u64::try_from(timeout_ms).unwrap_or(WEEK_MS);
    let ns = namespace(&call);
    let for_delete = conds.iter().any(|c| matches!(c, Cond::Delete));
    let for_create = conds.iter().any(|c| matches!(c, Cond::Create));
    let objects = match objects(&ctx, &call, &ns, for_delete && !for_create) {
        Ok(o) => o,
        Err(e) => return done(fail(&mut ctx, &e)),
    };
    Box::pin(async move {
        let deadline = ctx.now_ms().saturating_add(timeout_ms);
        let mut visited = 0;
        for (rt, name) in objects {
            let fetch = |ctx: &Ctx| ctx.with_world(|w| get_json(&w.cluster, rt, &ns, &name));
            visited += 1;
            loop {
                let current = fetch(&ctx);
                if conds.iter().all(|c| holds(c, current.as_ref().ok())) {
                    ctx.out(&format!("{} condition met\n", object_ref(rt, &name)));
                    break;
                }
                if let Err(e) = &current {
                    if !for_delete && !for_create {
                        return fail(&mut ctx, e);
                    }
                }
                if timeout_ms == 0 {
                    return fail(
                        &mut ctx,
                        &format!("condition not met for {}/{name}", rt.plural),
                    );
                }
                if ctx.now_ms() >= deadline {
                    return fail(
                        &mut ctx,
                        &format!(
                            "timed out waiting for the condition on {}/{name}",
                            rt.plural
                        ),
                    );
                }
                if ctx.stopped() {
                    return 130;
                }
                ctx.next_step_until(deadline).await;
            }
        }
        if visited == 0 && !for_delete {
            return fail(&mut ctx, "no matching resources found");
        }
        0
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_as_go_reads_them() {
        assert_eq!(go_duration_ms("30s"), Some(30_000));
        assert_eq!(go_duration_ms("1m30s"), Some(90_000));
        assert_eq!(go_duration_ms("1.5h"), Some(5_400_000));
        assert_eq!(go_duration_ms("0"), Some(0));
        assert_eq!(go_duration_ms("-1s"), Some(-1000));
        assert_eq!(go_duration_ms("abc"), None);
        assert_eq!(go_duration_ms("10"), None);
    }

    #[test]
    fn conditions_parse_with_kubectl_errors() {
        assert!(matches!(parse_cond("Delete"), Ok(Cond::Delete)));
        assert!(
            matches!(parse_cond("condition=Ready=false"), Ok(Cond::Condition { status, .. }) if status == "false")
        );
        assert_eq!(
            parse_cond("foo").err(),
            Some("unrecognized condition: \"foo\"".into())
        );
        assert_eq!(
            parse_cond("jsonpath=").err(),
            Some("jsonpath expression cannot be empty".into())
        );
        assert!(parse_cond("jsonpath={.a}=").is_err());
        assert_eq!(
            split_jsonpath_input("{.items[?(@.a==\"b\")].c}=x"),
            ["{.items[?(@.a==\"b\")].c}", "x"]
        );
    }

    #[test]
    fn stale_conditions_do_not_count() {
        let obj = serde_json::json!({
            "metadata": {"generation": 2},
            "status": {"observedGeneration": 1, "conditions": [{"type": "Available", "status": "True"}]}
        });
        assert!(!condition_holds(&obj, &["available".into()], "true"));
        let obj = serde_json::json!({
            "metadata": {"generation": 2},
            "status": {"observedGeneration": 2, "conditions": [{"type": "Available", "status": "True"}]}
        });
        assert!(condition_holds(&obj, &["available".into()], "true"));
    }
}
