//! `Status` bodies, the apiserver's error answers: reason, code, message
//! and details, so kubectl prints its own `Error from server (…)` lines
//! (and, for `Invalid`, rebuilds `The Kind "x" is invalid: …` from the causes).

use serde_json::{json, Value};

use super::put;

use super::http::Response;
use crate::engine::errors::{ApiError, Reason};

/// The HTTP code of a reason, as `k8s.io/apimachinery` maps it.
fn code_of(reason: Reason) -> u16 {
    match reason {
        Reason::NotFound => 404,
        Reason::AlreadyExists | Reason::Conflict => 409,
        Reason::Invalid => 422,
        Reason::BadRequest => 400,
        Reason::Forbidden => 403,
    }
}

/// A failure `Status` with free-form details.
pub fn failure(code: u16, reason: &str, message: &str, details: Value) -> Response {
    let mut status = json!({
        "kind": "Status",
        "apiVersion": "v1",
        "metadata": {},
        "status": "Failure",
        "message": message,
        "reason": reason,
        "code": code,
    });
    if let (Some(map), false) = (status.as_object_mut(), details.is_null()) {
        map.insert("details".into(), details);
    }
    Response::json(code, &status)
}

/// The `Status` of an engine error about object `name` of `kind`
/// (`Deployment`), resource `plural` in `group`.
pub fn from_api_error(e: &ApiError, group: &str, plural: &str, kind: &str, name: &str) -> Response {
    let code = code_of(e.reason);
    let mut details = json!({"name": name, "kind": plural});
    if !group.is_empty() {
        put(&mut details, "group", json!(group));
    }
    if e.reason == Reason::Invalid {
        // kubectl prints `The <details.kind> "<name>" is invalid: ` and
        // one `<field>: <message>` per cause.
        put(&mut details, "kind", json!(kind));
        let causes: Vec<Value> = e
            .causes
            .iter()
            .map(|c| {
                let text = c.to_string();
                let message = text
                    .strip_prefix(&format!("{}: ", c.path))
                    .unwrap_or(&text)
                    .to_string();
                json!({"reason": "FieldValueInvalid", "message": message, "field": c.path})
            })
            .collect();
        put(&mut details, "causes", Value::Array(causes));
    }
    failure(code, e.reason(), &e.message, details)
}

/// `BadRequest` with `message`.
pub fn bad_request(message: &str) -> Response {
    failure(400, "BadRequest", message, Value::Null)
}

/// `NotFound` for a path the server does not serve (kubectl then says
/// `the server could not find the requested resource`).
pub fn not_found_path() -> Response {
    failure(
        404,
        "NotFound",
        "the server could not find the requested resource",
        json!({}),
    )
}

/// What the API mode answers for `exec`, `attach` and `port-forward`.
pub fn not_supported(what: &str) -> Response {
    failure(
        405,
        "MethodNotAllowed",
        &format!(
            "{what} is not supported by kubeplay's API mode; use the kubeplay terminal for it"
        ),
        Value::Null,
    )
}
