//! What the resource arguments of a command name, resolved the way
//! kubectl's resource builder does: `TYPE`, `TYPE NAME...`,
//! `TYPE1,TYPE2 NAME`, `all`, and `TYPE/NAME ...`, with its errors
//! (`the server doesn't have a resource type "foos"`, the "no need to
//! specify a resource type as a separate argument" complaint).
//!
//! Fetching objects as JSON, filtered by label and field selectors, is
//! here too, so every command reads the cluster the same way.

use serde_json::Value;

use crate::api::selector::Selector;
use crate::api::{Kind, Object};
use crate::engine::Cluster;
use crate::kubectl::printers::fields::{at, text};
use crate::kubectl::resources::{self, ResourceType, RESOURCE_TYPES};

/// One resource type requested, with the names asked for (none: all).
#[derive(Clone, Debug)]
pub struct Target {
    pub rt: &'static ResourceType,
    pub names: Vec<String>,
}

/// Resolves resource arguments. `allow_all` lets `all` expand to its category.
pub fn parse_targets(args: &[String]) -> Result<Vec<Target>, String> {
    if args.iter().any(|a| a.contains('/')) {
        let mut targets: Vec<Target> = Vec::new();
        for arg in args {
            let Some((ty, name)) = arg.split_once('/') else {
                return Err("there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'".into());
            };
            if ty.is_empty() || name.is_empty() || name.contains('/') {
                return Err(
                    "arguments in resource/name form must have a single resource and name".into(),
                );
            }
            let rt = lookup(ty)?;
            match targets.last_mut() {
                Some(last) if std::ptr::eq(last.rt, rt) => last.names.push(name.to_string()),
                _ => targets.push(Target {
                    rt,
                    names: vec![name.to_string()],
                }),
            }
        }
        return Ok(targets);
    }
    let Some((types, names)) = args.split_first() else {
        return Ok(Vec::new());
    };
    let mut targets = Vec::new();
    for ty in types.split(',').filter(|t| !t.is_empty()) {
        if ty == "all" {
            targets.extend(
                RESOURCE_TYPES
                    .iter()
                    .filter(|rt| rt.in_all)
                    .map(|rt| Target {
                        rt,
                        names: names.to_vec(),
                    }),
            );
        } else {
            targets.push(Target {
                rt: lookup(ty)?,
                names: names.to_vec(),
            });
        }
    }
    Ok(targets)
}

fn lookup(ty: &str) -> Result<&'static ResourceType, String> {
    resources::lookup(ty).ok_or_else(|| format!("the server doesn't have a resource type {ty:?}"))
}

/// The builder's complaint when no resource was named at all.
pub const NO_RESOURCES: &str = "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

/// What selects the objects of a type given without names: `-l`, a
/// field selector, or `--all`.
pub struct Selection<'a> {
    pub labels: &'a str,
    pub fields: &'a str,
    pub all: bool,
}

/// Named objects, or every object in `ns` of the types given without
/// names that the selection matches (kubectl's builder for verbs acting
/// on many objects: `delete`, `label`, `scale`, `wait` …). A type without
/// names and without a selection is an error.
pub fn named_or_selected(
    cluster: &Cluster,
    args: &[String],
    ns: &str,
    selection: &Selection<'_>,
) -> Result<Vec<(&'static ResourceType, String)>, String> {
    let targets = parse_targets(args)?;
    if targets.is_empty() {
        return Err(NO_RESOURCES.into());
    }
    let mut out = Vec::new();
    for t in targets {
        if !t.names.is_empty() {
            out.extend(t.names.into_iter().map(|n| (t.rt, n)));
            continue;
        }
        if selection.labels.is_empty() && selection.fields.is_empty() && !selection.all {
            return Err("resource(s) were provided, but no name was specified".into());
        }
        let filter = Filter::parse(selection.labels, selection.fields)?;
        let found = list_json(cluster, t.rt, Some(ns), &filter);
        out.extend(found.iter().map(|o| (t.rt, name_of(o).to_string())));
    }
    Ok(out)
}

/// Every (type, name) pair; a type given without names is an error.
pub fn named(args: &[String]) -> Result<Vec<(&'static ResourceType, String)>, String> {
    let targets = parse_targets(args)?;
    if targets.is_empty() {
        return Err(NO_RESOURCES.into());
    }
    let mut out = Vec::new();
    for t in targets {
        if t.names.is_empty() {
            return Err("resource(s) were provided, but no name was specified".into());
        }
        out.extend(t.names.into_iter().map(|n| (t.rt, n)));
    }
    Ok(out)
}

/// The engine's kind for a resource type, if the simulator stores it.
pub fn engine_kind(rt: &ResourceType) -> Option<Kind> {
    Kind::from_kind_name(rt.kind)
}

/// Label and field selectors of a list request.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub labels: Selector,
    pub fields: Vec<(String, bool, String)>,
}

impl Filter {
    /// Parses `-l` and `--field-selector` values.
    pub fn parse(labels: &str, fields: &str) -> Result<Filter, String> {
        let labels = Selector::parse(labels)?;
        let mut parsed = Vec::new();
        for part in fields.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (key, negate, value) = if let Some((k, v)) = part.split_once("!=") {
                (k, true, v)
            } else if let Some((k, v)) = part.split_once("==") {
                (k, false, v)
            } else if let Some((k, v)) = part.split_once('=') {
                (k, false, v)
            } else {
                return Err(format!(
                    "invalid selector: '{fields}'; can't understand '{part}'"
                ));
            };
            parsed.push((key.trim().to_string(), negate, value.trim().to_string()));
        }
        Ok(Filter {
            labels,
            fields: parsed,
        })
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty() && self.fields.is_empty()
    }

    /// Whether an object's JSON passes the field selector.
    pub fn fields_match(&self, obj: &Value) -> bool {
        self.fields
            .iter()
            .all(|(k, negate, v)| (field_value(obj, k).as_deref() == Some(v.as_str())) != *negate)
    }

    /// Whether a stored object passes: labels read typed; the object is
    /// serialised only when a field selector needs a path.
    pub fn matches(&self, obj: &Object) -> bool {
        self.labels.matches(&obj.meta().labels)
            && (self.fields.is_empty() || self.fields_match(&obj.to_json()))
    }
}

/// The fields the apiserver lets you select on, per kind.
fn supported_fields(kind: &str) -> &'static [&'static str] {
    match kind {
        "Pod" => &[
            "spec.nodeName",
            "spec.restartPolicy",
            "spec.schedulerName",
            "spec.serviceAccountName",
            "spec.hostNetwork",
            "status.phase",
            "status.podIP",
            "status.podIPs",
            "status.nominatedNodeName",
        ],
        "Node" => &["spec.unschedulable"],
        "Event" => &[
            "involvedObject.kind",
            "involvedObject.namespace",
            "involvedObject.name",
            "involvedObject.uid",
            "involvedObject.apiVersion",
            "involvedObject.resourceVersion",
            "involvedObject.fieldPath",
            "reason",
            "reportingComponent",
            "source",
            "type",
        ],
        "ReplicaSet" => &["status.replicas"],
        "Namespace" => &["status.phase"],
        _ => &[],
    }
}

fn field_value(obj: &Value, key: &str) -> Option<String> {
    let path: Vec<&str> = key.split('.').collect();
    let path: Vec<&str> = if key == "source" {
        vec!["source", "component"]
    } else {
        path
    };
    // The apiserver's field sets hold every supported field, empty when
    // unset: `involvedObject.namespace=` selects a node's events.
    match at(obj, &path).unwrap_or(&Value::Null) {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::Null => Some(String::new()),
        _ => None,
    }
}

/// Checks field-selector keys against what the kind supports, with the
/// apiserver's `BadRequest` text.
pub fn check_fields(
    rt: &ResourceType,
    filter: &Filter,
    label_text: &str,
    field_text: &str,
) -> Result<(), String> {
    for (key, _, _) in &filter.fields {
        let common = key == "metadata.name" || key == "metadata.namespace";
        if !common && !supported_fields(rt.kind).contains(&key.as_str()) {
            return Err(format!(
                "Error from server (BadRequest): Unable to find \"{}/{}, Resource={}\" that match label selector \"{label_text}\", field selector \"{field_text}\": field label not supported: {key}",
                rt.group, rt.version, rt.plural
            ));
        }
    }
    Ok(())
}

/// Every object of a type in `namespace` (all namespaces: `None`) that
/// passes `filter`, as stored (typed, not copied), in the apiserver's list order.
pub fn list_objects<'a>(
    cluster: &'a Cluster,
    rt: &ResourceType,
    namespace: Option<&str>,
    filter: &Filter,
) -> Vec<&'a Object> {
    let Some(kind) = engine_kind(rt) else {
        return Vec::new();
    };
    let ns = if rt.namespaced { namespace } else { None };
    cluster
        .objects_of(kind, ns)
        .filter(|o| filter.matches(o))
        .collect()
}

/// [`list_objects`] as JSON, for the commands that print or edit JSON.
pub fn list_json(
    cluster: &Cluster,
    rt: &ResourceType,
    namespace: Option<&str>,
    filter: &Filter,
) -> Vec<Value> {
    list_objects(cluster, rt, namespace, filter)
        .into_iter()
        .map(Object::to_json)
        .collect()
}

/// One stored object (typed, not copied), or the apiserver's NotFound line.
pub fn get_object<'a>(
    cluster: &'a Cluster,
    rt: &ResourceType,
    namespace: &str,
    name: &str,
) -> Result<&'a Object, String> {
    let not_found = || {
        format!(
            "Error from server (NotFound): {} {name:?} not found",
            rt.qualified_plural()
        )
    };
    let kind = engine_kind(rt).ok_or_else(not_found)?;
    cluster
        .object(kind, namespace, name)
        .map_err(|e| e.kubectl_line())
}

/// One object as JSON, or the apiserver's NotFound line.
pub fn get_json(
    cluster: &Cluster,
    rt: &ResourceType,
    namespace: &str,
    name: &str,
) -> Result<Value, String> {
    get_object(cluster, rt, namespace, name).map(Object::to_json)
}

/// The object's name, for messages.
pub fn name_of(obj: &Value) -> &str {
    text(obj, &["metadata", "name"])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn resource_arguments_resolve_like_the_builder() {
        let t = parse_targets(&args("pods,svc,deploy")).unwrap();
        assert_eq!(
            t.iter().map(|t| t.rt.kind).collect::<Vec<_>>(),
            ["Pod", "Service", "Deployment"]
        );
        let t = parse_targets(&args("deployments/a services/b deploy/c")).unwrap();
        assert_eq!(
            t.iter()
                .map(|t| (t.rt.kind, t.names.len()))
                .collect::<Vec<_>>(),
            [("Deployment", 1), ("Service", 1), ("Deployment", 1)]
        );
        let t = parse_targets(&args("deploy,svc web")).unwrap();
        assert!(t.iter().all(|t| t.names == ["web"]));
        assert_eq!(
            parse_targets(&args("all"))
                .unwrap()
                .first()
                .map(|t| t.rt.kind),
            Some("Pod")
        );
        assert_eq!(
            parse_targets(&args("foos")).unwrap_err(),
            "the server doesn't have a resource type \"foos\""
        );
        assert!(parse_targets(&args("pods pod/x"))
            .unwrap_err()
            .starts_with("there is no need"));
        assert_eq!(
            parse_targets(&args("pod/")).unwrap_err(),
            "arguments in resource/name form must have a single resource and name"
        );
    }

    #[test]
    fn field_selectors() {
        let f = Filter::parse("", "status.phase=Pending,metadata.name!=b").unwrap();
        let pod = |name: &str, phase: &str| {
            Object::from_json(&serde_json::json!({"kind": "Pod", "metadata": {"name": name}, "status": {"phase": phase}}))
                .unwrap()
        };
        assert!(f.matches(&pod("a", "Pending")));
        assert!(!f.matches(&pod("b", "Pending")));
        assert!(!f.matches(&pod("a", "Running")));
        // An unset field is empty, as in the apiserver's field sets
        // (`describe node` asks for `involvedObject.namespace=`).
        let unscheduled = Filter::parse("", "spec.nodeName=").unwrap();
        assert!(unscheduled.matches(&pod("a", "Pending")));
        let scheduled = Filter::parse("", "spec.nodeName!=").unwrap();
        assert!(!scheduled.matches(&pod("a", "Pending")));
        let pods = resources::lookup("pods").unwrap();
        let bad = Filter::parse("", "foo=bar").unwrap();
        assert_eq!(
            check_fields(pods, &bad, "", "foo=bar").unwrap_err(),
            "Error from server (BadRequest): Unable to find \"/v1, Resource=pods\" that match label selector \"\", field selector \"foo=bar\": field label not supported: foo"
        );
    }
}
