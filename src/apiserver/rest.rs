//! The resource endpoints: `/api/v1/…` and `/apis/GROUP/VERSION/…`,
//! namespaced or not, with the verbs kubectl uses — list (label and field
//! selectors, `limit`/`continue`, Table or JSON), get, create, update
//! (PUT), patch (merge and strategic), delete (propagation, grace
//! period) — and the `scale`, `status` and `log` subresources. Every
//! change goes through the same engine calls the terminal's kubectl makes.

use serde_json::{json, Value};

use super::put;

use super::http::{Request, Response};
use super::patch::{merge_patch, strategic_merge_patch};
use super::status::{bad_request, failure, from_api_error, not_found_path, not_supported};
use super::table::{table, wants_table};
use crate::api::Kind;
use crate::engine::write::{DeleteOptions, Propagation};
use crate::engine::Cluster;
use crate::kubectl::cmd::write::decode;
use crate::kubectl::resources::{ResourceType, RESOURCE_TYPES};
use crate::kubectl::target::{check_fields, engine_kind, list_json, Filter};

/// A parsed resource path.
pub struct Route {
    pub rt: &'static ResourceType,
    /// `None` for a list across all namespaces (or a cluster-scoped kind).
    pub namespace: Option<String>,
    pub name: Option<String>,
    pub sub: Option<String>,
}

/// Parses `/api/v1/namespaces/NS/pods/NAME/log` and friends; `None` when
/// the path names no served resource.
pub fn route(path: &str) -> Option<Route> {
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    let (group, version, rest) = match parts.as_slice() {
        ["api", v, rest @ ..] => ("", *v, rest),
        ["apis", g, v, rest @ ..] => (*g, *v, rest),
        _ => return None,
    };
    let (namespace, rest) = match rest {
        ["namespaces", ns, tail @ ..] if !tail.is_empty() => (Some(ns.to_string()), tail),
        _ => (None, rest),
    };
    let (plural, name, sub) = match rest {
        [p] => (*p, None, None),
        [p, n] => (*p, Some(n.to_string()), None),
        [p, n, s] => (*p, Some(n.to_string()), Some(s.to_string())),
        _ => return None,
    };
    let rt = RESOURCE_TYPES
        .iter()
        .find(|r| r.group == group && r.version == version && r.plural == plural)?;
    Some(Route {
        rt,
        namespace,
        name,
        sub,
    })
}

/// The simulated wall clock in Unix seconds (AGE cells).
fn now_secs(cluster: &Cluster) -> i64 {
    (cluster.now().unix_ms() / 1000) as i64
}

/// A collection's resourceVersion: the engine's change cursor.
pub fn list_version(cluster: &Cluster) -> String {
    cluster.change_cursor().to_string()
}

/// The `BadRequest` text kubectl's own messages embed, without its prefix.
fn strip_origin(message: &str) -> &str {
    message
        .strip_prefix("Error from server (BadRequest): ")
        .unwrap_or(message)
}

/// The objects a list request selects, or the apiserver's refusal.
pub fn select(cluster: &Cluster, req: &Request, route: &Route) -> Result<Vec<Value>, Response> {
    let labels = req.param("labelSelector").unwrap_or("");
    let fields = req.param("fieldSelector").unwrap_or("");
    let filter = Filter::parse(labels, fields).map_err(|e| bad_request(&e))?;
    check_fields(route.rt, &filter, labels, fields).map_err(|e| {
        // The apiserver says only this much; kubectl adds `Unable to find …`.
        let key = e
            .rsplit_once("field label not supported: ")
            .map_or("", |(_, k)| k);
        bad_request(&format!("field label not supported: {key}"))
    })?;
    let mut objects = list_json(cluster, route.rt, route.namespace.as_deref(), &filter);
    for obj in &mut objects {
        typed(obj, route.rt);
    }
    Ok(objects)
}

/// Sets `kind` and `apiVersion` where the engine's JSON leaves them empty
/// (kubectl's unstructured decoding refuses an object without them).
fn typed(obj: &mut Value, rt: &ResourceType) {
    let Some(map) = obj.as_object_mut() else {
        return;
    };
    let empty = |v: Option<&Value>| v.and_then(Value::as_str).is_none_or(str::is_empty);
    if empty(map.get("kind")) {
        map.insert("kind".into(), json!(rt.kind));
    }
    if empty(map.get("apiVersion")) {
        map.insert("apiVersion".into(), json!(rt.api_version()));
    }
}

fn not_found(route: &Route, name: &str) -> Response {
    failure(
        404,
        "NotFound",
        &format!("{} \"{name}\" not found", route.rt.qualified_plural()),
        json!({"name": name, "group": route.rt.group, "kind": route.rt.plural}),
    )
}

fn api_error(route: &Route, name: &str, e: &crate::engine::errors::ApiError) -> Response {
    from_api_error(e, route.rt.group, route.rt.plural, route.rt.kind, name)
}

fn kind_of(route: &Route, name: &str) -> Result<Kind, Response> {
    engine_kind(route.rt).ok_or_else(|| not_found(route, name))
}

fn get_object(cluster: &Cluster, route: &Route, name: &str) -> Result<Value, Response> {
    let kind = kind_of(route, name)?;
    let ns = route.namespace.as_deref().unwrap_or("");
    let mut obj = cluster
        .get_object(kind, ns, name)
        .map(|o| o.to_json())
        .map_err(|e| api_error(route, name, &e))?;
    typed(&mut obj, route.rt);
    Ok(obj)
}

fn body_json(req: &Request) -> Result<Value, Response> {
    serde_json::from_slice(&req.body).map_err(|e| {
        bad_request(&format!(
            "the body of the request was in an unknown format: {e}"
        ))
    })
}

/// Handles one resource request.
pub fn handle(cluster: &mut Cluster, req: &Request, route: &Route) -> Response {
    let mut resp = dispatch(cluster, req, route);
    if route.rt.kind == "Endpoints" {
        // What the apiserver sends since v1.33; kubectl prints it.
        resp.warning = Some(
            "v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice".into(),
        );
    }
    resp
}

fn dispatch(cluster: &mut Cluster, req: &Request, route: &Route) -> Response {
    let result = match (req.method.as_str(), &route.name, route.sub.as_deref()) {
        ("GET", None, _) => list(cluster, req, route),
        ("GET", Some(name), None) => {
            get_object(cluster, route, name).map(|obj| one(cluster, req, route, obj))
        }
        ("GET", Some(name), Some("status")) => {
            get_object(cluster, route, name).map(|o| Response::json(200, &o))
        }
        ("GET", Some(name), Some("scale")) => {
            get_object(cluster, route, name).map(|o| Response::json(200, &scale_of(&o)))
        }
        ("GET", Some(name), Some("log")) => logs(cluster, req, route, name),
        ("POST", None, None) => create(cluster, req, route, None),
        ("PUT", Some(name), None | Some("status")) => replace(cluster, req, route, name),
        ("PATCH", Some(name), None | Some("status")) => patch(cluster, req, route, name, false),
        ("PATCH" | "PUT", Some(name), Some("scale")) => patch(cluster, req, route, name, true),
        ("DELETE", Some(name), None) => delete(cluster, req, route, name),
        ("POST", Some(name), Some("eviction")) if route.rt.kind == "Pod" => {
            evict(cluster, req, route, name)
        }
        (_, Some(_), Some(sub @ ("exec" | "attach" | "portforward"))) => Err(not_supported(sub)),
        _ => Err(failure(
            405,
            "MethodNotAllowed",
            "the server does not allow this method on the requested resource",
            json!({}),
        )),
    };
    result.unwrap_or_else(|r| r)
}

fn one(cluster: &Cluster, req: &Request, route: &Route, obj: Value) -> Response {
    if wants_table(&req.accept) {
        let include = req.param("includeObject").unwrap_or("Metadata");
        return Response::json(
            200,
            &table(
                route.rt.kind,
                &[obj],
                now_secs(cluster),
                include,
                &list_version(cluster),
            ),
        );
    }
    Response::json(200, &obj)
}

fn list(cluster: &Cluster, req: &Request, route: &Route) -> Result<Response, Response> {
    let all = select(cluster, req, route)?;
    let start: usize = req
        .param("continue")
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let limit: usize = req
        .param("limit")
        .and_then(|l| l.parse().ok())
        .filter(|l| *l > 0)
        .unwrap_or(usize::MAX);
    let end = start.saturating_add(limit).min(all.len());
    let page = all.get(start.min(end)..end).unwrap_or(&[]);
    let mut metadata = json!({"resourceVersion": list_version(cluster)});
    if end < all.len() {
        put(&mut metadata, "continue", json!(end.to_string()));
        put(&mut metadata, "remainingItemCount", json!(all.len() - end));
    }
    if wants_table(&req.accept) {
        let include = req.param("includeObject").unwrap_or("Metadata");
        let mut t = table(route.rt.kind, page, now_secs(cluster), include, "");
        put(&mut t, "metadata", metadata);
        return Ok(Response::json(200, &t));
    }
    Ok(Response::json(
        200,
        &json!({
            "kind": format!("{}List", route.rt.kind),
            "apiVersion": route.rt.api_version(),
            "metadata": metadata,
            "items": page,
        }),
    ))
}

/// The `autoscaling/v1` Scale of a workload.
fn scale_of(obj: &Value) -> Value {
    let meta = obj.get("metadata").cloned().unwrap_or_else(|| json!({}));
    let selector = obj
        .pointer("/spec/selector/matchLabels")
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or("")))
                .collect::<Vec<_>>()
                .join(",")
        })
        .unwrap_or_default();
    json!({
        "kind": "Scale",
        "apiVersion": "autoscaling/v1",
        "metadata": {
            "name": meta.get("name"),
            "namespace": meta.get("namespace"),
            "uid": meta.get("uid"),
            "resourceVersion": meta.get("resourceVersion"),
            "creationTimestamp": meta.get("creationTimestamp"),
        },
        "spec": {"replicas": obj.pointer("/spec/replicas").cloned().unwrap_or(json!(0))},
        "status": {
            "replicas": obj.pointer("/status/replicas").cloned().unwrap_or(json!(0)),
            "selector": selector,
        },
    })
}

fn logs(cluster: &Cluster, req: &Request, route: &Route, name: &str) -> Result<Response, Response> {
    let ns = route.namespace.as_deref().unwrap_or("default");
    let previous = req.param("previous") == Some("true");
    let lines = cluster
        .logs(ns, name, req.param("container"), previous)
        .map_err(|e| api_error(route, name, &e))?;
    let stamps = req.param("timestamps") == Some("true");
    let skip = req
        .param("tailLines")
        .and_then(|t| t.parse::<usize>().ok())
        .map_or(0, |t| lines.len().saturating_sub(t));
    let text: String = lines.iter().skip(skip).map(|l| l.render(stamps)).collect();
    Ok(Response {
        code: 200,
        content_type: "text/plain".into(),
        body: text.into_bytes(),
        warning: None,
    })
}

fn dry_run(req: &Request) -> bool {
    req.param("dryRun") == Some("All")
}

fn create(
    cluster: &mut Cluster,
    req: &Request,
    route: &Route,
    body: Option<Value>,
) -> Result<Response, Response> {
    let mut value = match body {
        Some(v) => v,
        None => body_json(req)?,
    };
    let name = value
        .pointer("/metadata/name")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let ns = route.namespace.clone().unwrap_or_default();
    if let (Some(meta), true) = (
        value.get_mut("metadata").and_then(Value::as_object_mut),
        route.rt.namespaced,
    ) {
        meta.entry("namespace").or_insert_with(|| json!(ns));
    }
    let obj = decode(&value).map_err(|e| bad_request(strip_origin(&e)))?;
    if dry_run(req) {
        let mut scratch = cluster.clone();
        return scratch
            .create_object(&ns, obj)
            .map(|o| Response::json(201, &o.to_json()))
            .map_err(|e| api_error(route, &name, &e));
    }
    cluster
        .create_object(&ns, obj)
        .map(|o| Response::json(201, &o.to_json()))
        .map_err(|e| api_error(route, &name, &e))
}

fn store(
    cluster: &mut Cluster,
    req: &Request,
    route: &Route,
    name: &str,
    value: &Value,
) -> Result<Response, Response> {
    let obj = decode(value).map_err(|e| bad_request(strip_origin(&e)))?;
    if dry_run(req) {
        let mut scratch = cluster.clone();
        return scratch
            .update_object(obj)
            .map(|o| Response::json(200, &o.to_json()))
            .map_err(|e| api_error(route, name, &e));
    }
    cluster
        .update_object(obj)
        .map(|o| Response::json(200, &o.to_json()))
        .map_err(|e| api_error(route, name, &e))
}

fn replace(
    cluster: &mut Cluster,
    req: &Request,
    route: &Route,
    name: &str,
) -> Result<Response, Response> {
    let value = body_json(req)?;
    get_object(cluster, route, name)?;
    store(cluster, req, route, name, &value)
}

fn patch(
    cluster: &mut Cluster,
    req: &Request,
    route: &Route,
    name: &str,
    scale: bool,
) -> Result<Response, Response> {
    let patch = body_json(req)?;
    let ct = req.content_type.as_str();
    if ct.starts_with("application/apply-patch") && !scale {
        return server_side_apply(cluster, req, route, name, patch);
    }
    let mut obj = get_object(cluster, route, name)?;
    let result = if scale {
        // A Scale patch changes only spec.replicas of the workload.
        let mut s = scale_of(&obj);
        merge_patch(&mut s, &patch).map_err(|e| bad_request(&e))?;
        if let Some(r) = s.pointer("/spec/replicas") {
            if let Some(spec) = obj.get_mut("spec") {
                put(spec, "replicas", r.clone());
            }
        }
        Ok(())
    } else if ct.starts_with("application/merge-patch+json") {
        merge_patch(&mut obj, &patch)
    } else if ct.starts_with("application/strategic-merge-patch+json") {
        strategic_merge_patch(&mut obj, &patch)
    } else if ct.starts_with("application/json-patch+json") {
        crate::kubectl::cmd::patch::json_patch(&mut obj, &patch)
    } else {
        return Err(failure(415, "UnsupportedMediaType", &format!("the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json (got {ct})"), json!({})));
    };
    result.map_err(|e| bad_request(&e))?;
    let stored = store(cluster, req, route, name, &obj)?;
    if scale {
        let after: Value = serde_json::from_slice(&stored.body).unwrap_or(Value::Null);
        return Ok(Response::json(200, &scale_of(&after)));
    }
    Ok(stored)
}

/// `kubectl apply --server-side`: the body is the whole intended object
/// (JSON, sent as `application/apply-patch+yaml`). Missing, it is created;
/// present, the fields it names are merged in. Field ownership is not
/// tracked: every apply wins, as with `--force-conflicts`.
fn server_side_apply(
    cluster: &mut Cluster,
    req: &Request,
    route: &Route,
    name: &str,
    intent: Value,
) -> Result<Response, Response> {
    match get_object(cluster, route, name) {
        Ok(mut obj) => {
            merge_patch(&mut obj, &intent).map_err(|e| bad_request(&e))?;
            store(cluster, req, route, name, &obj)
        }
        Err(missing) if missing.code == 404 => create(cluster, req, route, Some(intent)),
        Err(other) => Err(other),
    }
}

fn delete(
    cluster: &mut Cluster,
    req: &Request,
    route: &Route,
    name: &str,
) -> Result<Response, Response> {
    let kind = kind_of(route, name)?;
    let body: Value = if req.body.is_empty() {
        json!({})
    } else {
        body_json(req)?
    };
    let propagation = body
        .get("propagationPolicy")
        .and_then(Value::as_str)
        .or(req.param("propagationPolicy"));
    let opts = DeleteOptions {
        grace_period_seconds: body
            .get("gracePeriodSeconds")
            .and_then(Value::as_i64)
            .or_else(|| req.param("gracePeriodSeconds").and_then(|g| g.parse().ok())),
        propagation: match propagation {
            Some("Orphan") => Propagation::Orphan,
            Some("Foreground") => Propagation::Foreground,
            _ => Propagation::Background,
        },
    };
    let ns = route.namespace.as_deref().unwrap_or("");
    if dry_run(req) {
        return get_object(cluster, route, name).map(|o| Response::json(200, &o));
    }
    cluster
        .delete(kind, ns, name, opts)
        .map(|o| Response::json(200, &o.to_json()))
        .map_err(|e| api_error(route, name, &e))
}

/// `POST …/pods/NAME/eviction` (policy/v1 `Eviction`): a graceful delete
/// with the eviction's `deleteOptions` (no PodDisruptionBudget is stored,
/// so none refuses it), answered with the apiserver's `201` Status.
fn evict(
    cluster: &mut Cluster,
    req: &Request,
    route: &Route,
    name: &str,
) -> Result<Response, Response> {
    let body = body_json(req)?;
    let opts = DeleteOptions {
        grace_period_seconds: body
            .pointer("/deleteOptions/gracePeriodSeconds")
            .and_then(Value::as_i64),
        propagation: Propagation::Background,
    };
    let ns = route.namespace.as_deref().unwrap_or("");
    let dry = body
        .pointer("/deleteOptions/dryRun/0")
        .and_then(Value::as_str)
        == Some("All");
    if !dry && !dry_run(req) {
        cluster
            .delete(Kind::Pod, ns, name, opts)
            .map_err(|e| api_error(route, name, &e))?;
    }
    Ok(Response::json(
        201,
        &json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Success", "code": 201}),
    ))
}

/// Answers a path under `/api` or `/apis` that is not a resource path.
pub fn unknown() -> Response {
    not_found_path()
}
