//! `kubectl create serviceaccount|quota|priorityclass|poddisruptionbudget|
//! role|clusterrole|rolebinding|clusterrolebinding`: kubectl builds these
//! objects on the client (`create_serviceaccount.go`, `create_quota.go`,
//! `create_role.go`, …), so `--dry-run=client -o yaml|json|name` prints
//! exactly what kubectl prints, after kubectl's own flag checks. kubeplay
//! does not simulate these kinds, so creating one says so.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use super::create::{create_or_print, print_flags};
use super::{fail, usage_error};
use crate::api::quantity::canonical;
use crate::api::selector::{Requirement, Selector};
use crate::kubectl::cli::Call;
use crate::kubectl::resources::{self, ResourceType};
use crate::shell::{done, CommandFuture, Ctx};

const RBAC: &str = "rbac.authorization.k8s.io";

/// One generator: its subcommand runs here; the object or kubectl's error.
pub fn run(mut ctx: Ctx, call: Call) -> CommandFuture {
    let sub = call.path.rsplit(' ').next().unwrap_or("");
    // Flag values pflag refuses, then cobra's required flags, come first.
    if let Some(e) = flag_error(&call, sub) {
        let path = &call.path;
        ctx.err(&format!("error: {e}\nSee '{path} --help' for usage.\n"));
        return done(1);
    }
    if sub == "clusterrolebinding" && !call.flags.is_set("clusterrole") {
        return done(fail(&mut ctx, "required flag(s) \"clusterrole\" not set"));
    }
    let [name] = call.args.as_slice() else {
        let msg = format!("exactly one NAME is required, got {}", call.args.len());
        return done(usage_error(&mut ctx, &call, &msg));
    };
    if let Err(code) = print_flags(&mut ctx, &call) {
        return done(code);
    }
    let meta = json!({ "name": name });
    let built = match sub {
        "serviceaccount" => {
            Ok(json!({"apiVersion": "v1", "kind": "ServiceAccount", "metadata": meta}))
        }
        "quota" => quota(&call, meta),
        "priorityclass" => Ok(priority_class(&call, meta)),
        "poddisruptionbudget" => pdb(&call, meta),
        "role" | "clusterrole" => role(&mut ctx, &call, sub == "clusterrole", meta),
        _ => binding(&call, sub == "rolebinding", meta),
    };
    let mut obj = match built {
        Ok(obj) => obj,
        // The RESTMapper's NoMatch error has no `error: ` prefix.
        Err(e) if e.starts_with("the server") => {
            ctx.err(&format!("{e}\n"));
            return done(1);
        }
        Err(e) => return done(fail(&mut ctx, &e)),
    };
    let kind = obj
        .get("kind")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    if call.flags.str("dry-run") != "client" {
        let msg = format!("kubeplay does not simulate {kind} objects yet; --dry-run=client -o yaml prints the object kubectl would create");
        return done(fail(&mut ctx, &msg));
    }
    // With `-n`, namespaced kinds carry the namespace (`EnforceNamespace`).
    let ns = call.flags.str("namespace");
    let namespaced = matches!(kind.as_str(), "Role" | "RoleBinding")
        || resources::by_kind(&kind).is_some_and(|t| t.namespaced);
    if let (false, true, Some(m)) = (
        ns.is_empty(),
        namespaced,
        obj.get_mut("metadata").and_then(Value::as_object_mut),
    ) {
        m.insert("namespace".into(), Value::String(ns));
    }
    done(create_or_print(&mut ctx, &call, obj, str::to_string))
}

/// pflag's refusal of `--value` (an `int32`) and `--aggregation-rule`
/// (a `key=value,…` map).
fn flag_error(call: &Call, sub: &str) -> Option<String> {
    let value = call.flags.str("value");
    if sub == "priorityclass" && value.parse::<i32>().is_err() {
        return Some(format!("invalid argument {value:?} for \"--value\" flag: strconv.ParseInt: parsing {value:?}: value out of range"));
    }
    aggregation(call).err()
}

fn aggregation(call: &Call) -> Result<Map<String, Value>, String> {
    let mut map = Map::new();
    for value in call.flags.all("aggregation-rule") {
        for pair in value.split(',').filter(|p| !p.is_empty()) {
            let Some((k, v)) = pair.split_once('=') else {
                return Err(format!("invalid argument {value:?} for \"--aggregation-rule\" flag: malformed pair, expect string=string"));
            };
            map.insert(k.trim().into(), json!(v.trim()));
        }
    }
    Ok(map)
}

fn quota(call: &Call, meta: Value) -> Result<Value, String> {
    let mut spec = Map::new();
    let (hard, scopes) = (call.flags.str("hard"), call.flags.str("scopes"));
    if !hard.is_empty() {
        let mut list = Map::new();
        for statement in hard.split(',') {
            let parts: Vec<&str> = statement.split('=').collect();
            let [key, value] = parts.as_slice() else {
                return Err(format!(
                    "Invalid argument syntax {statement}, expected <resource>=<value>"
                ));
            };
            list.insert((*key).into(), json!(canonical(value)?));
        }
        spec.insert("hard".into(), Value::Object(list));
    }
    if !scopes.is_empty() {
        let list: Vec<&str> = scopes.split(',').collect();
        if list.contains(&"") {
            return Err("invalid resource quota scope \"\"".into());
        }
        spec.insert("scopes".into(), json!(list));
    }
    Ok(
        json!({"apiVersion": "v1", "kind": "ResourceQuota", "metadata": meta, "spec": spec, "status": {}}),
    )
}

fn priority_class(call: &Call, meta: Value) -> Value {
    let mut pc = json!({"apiVersion": "scheduling.k8s.io/v1", "kind": "PriorityClass", "metadata": meta,
        "value": call.flags.int("value"), "preemptionPolicy": call.flags.str("preemption-policy")});
    let description = call.flags.str("description");
    if let Some(m) = pc.as_object_mut() {
        if call.flags.bool("global-default") {
            m.insert("globalDefault".into(), json!(true));
        }
        if !description.is_empty() {
            m.insert("description".into(), json!(description));
        }
    }
    pc
}

fn pdb(call: &Call, meta: Value) -> Result<Value, String> {
    let (selector, min, max) = (
        call.flags.str("selector"),
        call.flags.str("min-available"),
        call.flags.str("max-unavailable"),
    );
    if selector.is_empty() {
        return Err("a selector must be specified".into());
    }
    let (field, value) = match (min.is_empty(), max.is_empty()) {
        (true, true) => {
            return Err("one of min-available or max-unavailable must be specified".into())
        }
        (false, false) => {
            return Err("min-available and max-unavailable cannot be both specified".into())
        }
        (false, true) => ("min-available", min),
        (true, false) => ("max-unavailable", max),
    };
    // `^[0-9]+%?$`
    let digits = value.strip_suffix('%').unwrap_or(&value);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("invalid format specified for {field}"));
    }
    let key = if field == "min-available" {
        "minAvailable"
    } else {
        "maxUnavailable"
    };
    // `intstr.Parse`: an int32 if it is one, else the string.
    let amount = value.parse::<i32>().map_or(json!(value), |n| json!(n));
    let mut spec = Map::new();
    spec.insert(key.into(), amount);
    spec.insert("selector".into(), label_selector(&selector)?);
    Ok(
        json!({"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": meta, "spec": spec,
        "status": {"disruptionsAllowed": 0, "currentHealthy": 0, "desiredHealthy": 0, "expectedPods": 0}}),
    )
}

/// `metav1.ParseToLabelSelector`: `=` and `==` become `matchLabels`.
fn label_selector(text: &str) -> Result<Value, String> {
    let parsed = Selector::parse(text)
        .map_err(|e| format!("couldn't parse the selector string {text:?}: {e}"))?;
    let (mut labels, mut exprs) = (Map::new(), Vec::new());
    for r in parsed.requirements {
        let (key, op, values) = match r {
            Requirement::Equals(k, v) => {
                labels.insert(k, json!(v));
                continue;
            }
            Requirement::NotEquals(..) => {
                return Err("\"!=\" is not a valid label selector operator".into())
            }
            Requirement::In(k, v) => (k, "In", v),
            Requirement::NotIn(k, v) => (k, "NotIn", v),
            Requirement::Exists(k) => (k, "Exists", vec![]),
            Requirement::DoesNotExist(k) => (k, "DoesNotExist", vec![]),
        };
        let mut e = json!({"key": key, "operator": op});
        if let (false, Some(m)) = (values.is_empty(), e.as_object_mut()) {
            m.insert("values".into(), json!(values));
        }
        exprs.push(e);
    }
    let mut selector = Map::new();
    if !labels.is_empty() {
        selector.insert("matchLabels".into(), Value::Object(labels));
    }
    if !exprs.is_empty() {
        selector.insert("matchExpressions".into(), Value::Array(exprs));
    }
    Ok(Value::Object(selector))
}

/// Each value once, in the order first given.
fn unique(values: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in values {
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// What discovery maps `--resource=NAME[.GROUP]` to.
fn mapped(resource: &str, group: &str) -> Option<&'static ResourceType> {
    resources::lookup(resource).filter(|rt| group.is_empty() || rt.group == group)
}

/// The verbs `create role` accepts on some resources only.
fn special(verb: &str) -> Option<&'static [(&'static str, &'static str)]> {
    Some(match verb {
        "use" => &[
            ("policy", "podsecuritypolicies"),
            ("extensions", "podsecuritypolicies"),
        ],
        "bind" | "escalate" => &[(RBAC, "roles"), (RBAC, "clusterroles")],
        "impersonate" => &[
            ("", "users"),
            ("", "serviceaccounts"),
            ("", "groups"),
            ("authentication.k8s.io", "userextras"),
        ],
        _ => return None,
    })
}

const RESOURCE_VERBS: &[&str] = &[
    "*",
    "get",
    "delete",
    "list",
    "create",
    "update",
    "patch",
    "watch",
    "proxy",
    "deletecollection",
    "use",
    "bind",
    "escalate",
    "impersonate",
];
const NON_RESOURCE_VERBS: &[&str] = &[
    "*", "get", "post", "put", "delete", "patch", "head", "options",
];

/// `create role` and `create clusterrole`: one rule per API group.
fn role(ctx: &mut Ctx, call: &Call, cluster: bool, meta: Value) -> Result<Value, String> {
    let mut verbs = Vec::new();
    for v in call.flags.all("verb") {
        if v == "*" {
            verbs = vec![v];
            break;
        }
        if !verbs.contains(&v) {
            verbs.push(v);
        }
    }
    // `resource[.group][/subresource]`; a bare `*` stands for everything.
    let mut targets: Vec<(String, String, String)> = Vec::new();
    for r in call.flags.all("resource") {
        let (main, sub) = r.split_once('/').unwrap_or((&r, ""));
        let (resource, group) = main.split_once('.').unwrap_or((main, ""));
        let target = (resource.to_string(), group.to_string(), sub.to_string());
        if r == "*" {
            targets = vec![target];
            break;
        }
        targets.push(target);
    }
    let names = unique(call.flags.all("resource-name"));
    let urls = unique(call.flags.all("non-resource-url"));
    let aggregation = aggregation(call)?;
    let kind = if cluster { "ClusterRole" } else { "Role" };
    if !aggregation.is_empty() {
        if !(urls.is_empty() && verbs.is_empty() && targets.is_empty() && names.is_empty()) {
            return Err("aggregation rule must be specified without nonResourceURLs, verbs, resources or resourceNames".into());
        }
        return Ok(
            json!({"apiVersion": format!("{RBAC}/v1"), "kind": kind, "metadata": meta, "rules": null,
            "aggregationRule": {"clusterRoleSelectors": [{"matchLabels": aggregation}]}}),
        );
    }
    if verbs.is_empty() {
        return Err("at least one verb must be specified".into());
    }
    if !cluster || !targets.is_empty() {
        for v in verbs
            .iter()
            .filter(|v| !RESOURCE_VERBS.contains(&v.as_str()))
        {
            ctx.err(&format!("Warning: '{v}' is not a standard resource verb\n"));
        }
    }
    if targets.is_empty() && (!cluster || urls.is_empty()) {
        return Err(match cluster {
            true => "one of resource or nonResourceURL must be specified",
            false => "at least one resource must be specified",
        }
        .into());
    }
    if !targets.is_empty() {
        check_resources(&targets, &verbs)?;
    }
    if !urls.is_empty() {
        if let Some(v) = verbs
            .iter()
            .find(|v| !NON_RESOURCE_VERBS.contains(&v.as_str()))
        {
            return Err(format!("invalid verb: '{v}' for nonResourceURL"));
        }
        for url in urls.iter().filter(|u| *u != "*") {
            if !url.starts_with('/') {
                return Err("nonResourceURL should start with /".into());
            }
            let mut head = url.chars();
            head.next_back();
            if head.as_str().contains('*') {
                return Err(
                    "nonResourceURL only supports wildcard matches when '*' is at the end".into(),
                );
            }
        }
    }
    let mut groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (resource, group, sub) in &targets {
        let (mut plural, group) = mapped(resource, group)
            .map_or((resource.clone(), group.clone()), |rt| {
                (rt.plural.into(), rt.group.into())
            });
        if !sub.is_empty() {
            plural = format!("{plural}/{sub}");
        }
        let list = groups.entry(group).or_default();
        if !list.contains(&plural) {
            list.push(plural);
        }
    }
    let mut rules: Vec<Value> = groups
        .into_iter()
        .map(|(group, resources)| {
            let mut rule = json!({"verbs": verbs, "apiGroups": [group], "resources": resources});
            if let (false, Some(m)) = (names.is_empty(), rule.as_object_mut()) {
                m.insert("resourceNames".into(), json!(names));
            }
            rule
        })
        .collect();
    if !urls.is_empty() {
        rules.push(json!({"verbs": verbs, "nonResourceURLs": urls}));
    }
    Ok(json!({"apiVersion": format!("{RBAC}/v1"), "kind": kind, "metadata": meta, "rules": rules}))
}

/// `validateResource`: every resource is known to discovery, and verbs
/// such as `bind` name the resources they apply to.
fn check_resources(targets: &[(String, String, String)], verbs: &[String]) -> Result<(), String> {
    for (resource, group, _) in targets {
        if resource.is_empty() {
            return Err("resource must be specified if apiGroup/subresource specified".into());
        }
        if resource == "*" {
            return Ok(());
        }
        let found = mapped(resource, group);
        let (plural, grp) = found.map_or((resource.as_str(), group.as_str()), |rt| {
            (rt.plural, rt.group)
        });
        let mut allowed = false;
        for v in verbs {
            if let Some(pairs) = special(v) {
                if !pairs.contains(&(grp, plural)) {
                    return Err(format!(
                        "can not perform '{v}' on '{plural}' in group '{grp}'"
                    ));
                }
                allowed = true;
            }
        }
        if found.is_none() && !allowed {
            let in_group = match group.is_empty() {
                true => String::new(),
                false => format!(" in group {group:?}"),
            };
            return Err(format!(
                "the server doesn't have a resource type {resource:?}{in_group}"
            ));
        }
    }
    Ok(())
}

/// `create rolebinding` and `create clusterrolebinding`.
fn binding(call: &Call, namespaced: bool, meta: Value) -> Result<Value, String> {
    let (role, cluster_role) = (call.flags.str("role"), call.flags.str("clusterrole"));
    if namespaced && role.is_empty() == cluster_role.is_empty() {
        return Err("exactly one of clusterrole or role must be specified".into());
    }
    let role_ref = match role.is_empty() {
        false => json!({"apiGroup": RBAC, "kind": "Role", "name": role}),
        true => json!({"apiGroup": RBAC, "kind": "ClusterRole", "name": cluster_role}),
    };
    let mut subjects: Vec<Value> = Vec::new();
    for (flag, kind) in [("user", "User"), ("group", "Group")] {
        for name in call.flags.all(flag) {
            subjects.push(json!({"kind": kind, "apiGroup": RBAC, "name": name}));
        }
    }
    for sa in call.flags.all("serviceaccount") {
        let parts: Vec<&str> = sa.split(':').collect();
        let [ns, name] = parts.as_slice() else {
            return Err("serviceaccount must be <namespace>:<name>".into());
        };
        if ns.is_empty() || name.is_empty() {
            return Err("serviceaccount must be <namespace>:<name>".into());
        }
        subjects.push(json!({"kind": "ServiceAccount", "name": name, "namespace": ns}));
    }
    let kind = if namespaced {
        "RoleBinding"
    } else {
        "ClusterRoleBinding"
    };
    let mut obj = json!({"apiVersion": format!("{RBAC}/v1"), "kind": kind, "metadata": meta, "roleRef": role_ref});
    if let (false, Some(m)) = (subjects.is_empty(), obj.as_object_mut()) {
        m.insert("subjects".into(), Value::Array(subjects));
    }
    Ok(obj)
}
