//! `kubectl taint nodes NAME key[=value]:Effect … key[:Effect]-`: taints
//! given first, then the node's others (a taint is its key and effect);
//! `--overwrite` replaces one with the same key and effect, `--all` takes
//! every node. Words and errors are kubectl's (`node/minikube tainted`,
//! `untainted`, `modified`, `invalid taint spec: …`, `taint "k" not found`).

use serde_json::Value;

use super::write::modify;
use super::{fail, usage_error};
use crate::api::node::Taint;
use crate::api::validation::{label_key_error, label_value_error};
use crate::api::Kind;
use crate::json::{FromJson, ToJson};
use crate::kubectl::cli::Call;
use crate::kubectl::resources::lookup;
use crate::shell::{done, CommandFuture, Ctx};

const EFFECTS: [&str; 3] = ["NoSchedule", "PreferNoSchedule", "NoExecute"];

fn taint_of(key: &str, value: &str, effect: &str) -> Taint {
    Taint {
        key: key.into(),
        value: value.into(),
        effect: effect.into(),
        time_added: None,
    }
}

/// One spec (`k=v:NoSchedule`, `k:NoExecute`, `k`) as kubectl's `parseTaint` reads it.
fn parse_one(spec: &str) -> Result<Taint, String> {
    let invalid = |why: &str| format!("invalid taint spec: {spec}{why}");
    let parts: Vec<&str> = spec.split(':').collect();
    let (key, value, effect) = match parts.as_slice() {
        [key] => (*key, "", ""),
        [kv, effect] => {
            if !EFFECTS.contains(effect) {
                return Err(format!(
                    "invalid taint effect: {effect}, unsupported taint effect"
                ));
            }
            let kv: Vec<&str> = kv.split('=').collect();
            match kv.as_slice() {
                [k] => (*k, "", *effect),
                [k, v] => {
                    if let Some(e) = label_value_error(v) {
                        return Err(invalid(&format!(", {e}")));
                    }
                    (*k, *v, *effect)
                }
                _ => return Err(invalid("")),
            }
        }
        _ => return Err(invalid("")),
    };
    if let Some(e) = label_key_error(key) {
        return Err(invalid(&format!(", {e}")));
    }
    Ok(taint_of(key, value, effect))
}

/// (taints to add, taints to remove) from the change arguments.
fn parse(specs: &[&String]) -> Result<(Vec<Taint>, Vec<Taint>), String> {
    let (mut add, mut remove) = (Vec::<Taint>::new(), Vec::new());
    for spec in specs {
        if let Some(rest) = spec.strip_suffix('-') {
            let t = parse_one(rest)?;
            remove.push(taint_of(&t.key, "", &t.effect));
            continue;
        }
        let t = parse_one(spec)?;
        if t.effect.is_empty() {
            return Err(format!("invalid taint spec: {spec}"));
        }
        if add.iter().any(|a| a.key == t.key && a.effect == t.effect) {
            return Err(format!(
                "duplicated taints with the same key and effect: {}",
                go_taint(&t)
            ));
        }
        add.push(t);
    }
    Ok((add, remove))
}

/// Go's `%v` of a `Taint` struct.
fn go_taint(t: &Taint) -> String {
    format!("{{{} {} {} <nil>}}", t.key, t.value, t.effect)
}

/// `key=value:Effect` as `Taint.ToString` writes it.
fn text(t: &Taint) -> String {
    let kv = if t.value.is_empty() {
        t.key.clone()
    } else {
        format!("{}={}", t.key, t.value)
    };
    if t.effect.is_empty() {
        kv
    } else {
        format!("{kv}:{}", t.effect)
    }
}

/// The node's new taints and kubectl's word for the change.
fn apply(
    old: &[Taint],
    node: &str,
    add: &[Taint],
    remove: &[Taint],
    overwrite: bool,
) -> Result<(Vec<Taint>, &'static str), String> {
    let same = |a: &Taint, b: &Taint| a.key == b.key && a.effect == b.effect;
    if !overwrite {
        let exists: Vec<&str> = add
            .iter()
            .filter(|t| old.iter().any(|o| same(t, o)))
            .map(|t| t.key.as_str())
            .collect();
        if !exists.is_empty() {
            return Err(format!(
                "node {node} already has {} taint(s) with same effect(s) and --overwrite is false",
                exists.join(",")
            ));
        }
    }
    let mut new = add.to_vec();
    new.extend(
        old.iter()
            .filter(|o| !add.iter().any(|t| same(t, o)))
            .cloned(),
    );
    let added = new.len() != old.len();
    let mut removed = false;
    for r in remove {
        let before = new.len();
        new.retain(|t| !(t.key == r.key && (r.effect.is_empty() || t.effect == r.effect)));
        removed = new.len() != before;
        if !removed {
            return Err(format!("taint {:?} not found", text(r)));
        }
    }
    let word = match (added && removed) || overwrite {
        true => "modified",
        false if added => "tainted",
        false => "untainted",
    };
    Ok((new, word))
}

fn run(mut ctx: Ctx, call: &Call) -> i32 {
    let is_change = |s: &String| s.contains('=') || s.contains(':') || s.ends_with('-');
    let split = call
        .args
        .iter()
        .position(is_change)
        .unwrap_or(call.args.len());
    let (resources, changes) = call.args.split_at(split);
    let changes: Vec<&String> = changes.iter().collect();
    if let Some(stray) = changes.iter().find(|c| !is_change(c)) {
        return fail(
            &mut ctx,
            &format!("all resources must be specified before taint changes: {stray}"),
        );
    }
    let Some((ty, names)) = resources.split_first() else {
        return fail(
            &mut ctx,
            "one or more resources must be specified as <resource> <name>",
        );
    };
    if changes.is_empty() {
        return fail(&mut ctx, "at least one taint update is required");
    }
    let (add, remove) = match parse(&changes) {
        Ok(p) => p,
        Err(e) => return usage_error(&mut ctx, call, &e),
    };
    let ty = crate::kubectl::printers::case::lower_for_match(ty);
    match lookup(&ty) {
        None => {
            return fail(
                &mut ctx,
                &format!("the server doesn't have a resource type {ty:?}"),
            )
        }
        Some(rt) if rt.kind != "Node" => {
            return fail(
                &mut ctx,
                &format!("invalid resource type {ty}, only node types are supported"),
            )
        }
        Some(_) => {}
    }
    let conflicts: Vec<String> = remove
        .iter()
        .filter(|r| {
            add.iter()
                .any(|a| a.key == r.key && (r.effect.is_empty() || a.effect == r.effect))
        })
        .map(|r| format!("{}={}", r.key, r.effect))
        .collect();
    if !conflicts.is_empty() {
        return fail(
            &mut ctx,
            &format!(
                "can not both modify and remove the following taint(s) in the same command: {}",
                conflicts.join(", ")
            ),
        );
    }
    let all = call.flags.bool("all");
    if !all && names.is_empty() {
        return fail(
            &mut ctx,
            "at least one resource name must be specified since 'all' parameter is not set",
        );
    }
    let names: Vec<String> = match all {
        true => ctx.with_world(|w| w.cluster.node_names()),
        false => names.to_vec(),
    };
    let overwrite = call.flags.bool("overwrite");
    let mut status = 0;
    for name in names {
        let mut word = "";
        let result = ctx.with_world(|w| {
            modify(&mut w.cluster, Kind::Node, "", &name, |node| {
                let old: Vec<Taint> = node
                    .pointer("/spec/taints")
                    .and_then(|t| FromJson::from_json(t).ok())
                    .unwrap_or_default();
                let (new, w) = apply(&old, &name, &add, &remove, overwrite)?;
                word = w;
                let new = new.to_json();
                if let Some(spec) = node.get_mut("spec").and_then(Value::as_object_mut) {
                    spec.insert("taints".into(), new);
                }
                Ok(())
            })
        });
        match result {
            Ok(_) => ctx.out(&format!("node/{name} {word}\n")),
            Err(e) => status = fail(&mut ctx, &e),
        }
    }
    status
}

pub fn taint(ctx: Ctx, call: Call) -> CommandFuture {
    done(run(ctx, &call))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs_parse_as_kubectl_parses_them() {
        let t = parse_one("dedicated=gpu:NoSchedule").ok();
        assert_eq!(t, Some(taint_of("dedicated", "gpu", "NoSchedule")));
        assert_eq!(parse_one("k").ok(), Some(taint_of("k", "", "")));
        assert_eq!(
            parse_one("k=v:Never").err().as_deref(),
            Some("invalid taint effect: Never, unsupported taint effect")
        );
        assert_eq!(
            parse_one("a=b=c:NoSchedule").err().as_deref(),
            Some("invalid taint spec: a=b=c:NoSchedule")
        );
        assert!(parse_one("-bad:NoSchedule")
            .err()
            .is_some_and(|e| e.starts_with("invalid taint spec: -bad:NoSchedule, name part")));
        let k = "k".to_string();
        assert_eq!(parse(&[&k]).err().as_deref(), Some("invalid taint spec: k"));
    }

    #[test]
    fn changes_keep_order_and_words() {
        let old = vec![taint_of("a", "1", "NoSchedule")];
        let add = vec![taint_of("b", "2", "NoExecute")];
        let (new, word) = apply(&old, "n", &add, &[], false).unwrap_or_default();
        assert_eq!(word, "tainted");
        assert_eq!(new, vec![add[0].clone(), old[0].clone()]);
        let rm = vec![taint_of("a", "", "")];
        let (new, word) = apply(&old, "n", &[], &rm, false).unwrap_or_default();
        assert_eq!((new.len(), word), (0, "untainted"));
        assert_eq!(
            apply(&old, "n", &[], &[taint_of("z", "", "NoSchedule")], false).err(),
            Some("taint \"z:NoSchedule\" not found".into())
        );
        assert_eq!(
            apply(&old, "n", &[taint_of("a", "2", "NoSchedule")], &[], false).err(),
            Some(
                "node n already has a taint(s) with same effect(s) and --overwrite is false".into()
            )
        );
        let (new, word) =
            apply(&old, "n", &[taint_of("a", "2", "NoSchedule")], &[], true).unwrap_or_default();
        assert_eq!((new.len(), word), (1, "modified"));
    }
}
