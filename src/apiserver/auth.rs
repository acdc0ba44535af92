//! The review endpoints `kubectl auth can-i` and `kubectl auth whoami`
//! post to: minikube's user is `minikube-user` in `system:masters`
//! (cluster-admin), so every access review is allowed, as the terminal's
//! `auth` commands answer. kubectl sends these as protobuf; the answer
//! does not depend on the body, so it is not decoded (the JSON response is
//! one kubectl accepts).

use serde_json::{json, Value};

use super::http::{Request, Response};
use crate::kubectl::cmd::node::CREDENTIAL_ID;

/// minikube's client certificate identity (its credential id is the
/// terminal's, so both print the same `whoami`).
const USER: &str = "minikube-user";
const GROUPS: [&str; 2] = ["system:masters", "system:authenticated"];

/// The answer to a review `POST`, or `None` for any other request.
pub fn review(req: &Request, path: &str) -> Option<Response> {
    if req.method != "POST" {
        return None;
    }
    let (group, kind) = match path {
        "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews" => {
            ("authorization.k8s.io", "SelfSubjectAccessReview")
        }
        "/apis/authorization.k8s.io/v1/selfsubjectrulesreviews" => {
            ("authorization.k8s.io", "SelfSubjectRulesReview")
        }
        "/apis/authentication.k8s.io/v1/selfsubjectreviews" => {
            ("authentication.k8s.io", "SelfSubjectReview")
        }
        _ => return None,
    };
    let status = match kind {
        "SelfSubjectAccessReview" => json!({"allowed": true}),
        // What cluster-admin's ClusterRole grants, as the apiserver lists it.
        "SelfSubjectRulesReview" => json!({
            "resourceRules": [{"verbs": ["*"], "apiGroups": ["*"], "resources": ["*"]}],
            "nonResourceRules": [{"verbs": ["*"], "nonResourceURLs": ["*"]}],
            "incomplete": false,
        }),
        _ => json!({"userInfo": {
            "username": USER,
            "groups": GROUPS,
            "extra": {"authentication.kubernetes.io/credential-id": [CREDENTIAL_ID]},
        }}),
    };
    let body: Value = json!({
        "kind": kind,
        "apiVersion": format!("{group}/v1"),
        "metadata": {"creationTimestamp": null},
        "spec": {},
        "status": status,
    });
    Some(Response::json(201, &body))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(path: &str) -> Request {
        Request {
            method: "POST".into(),
            path: path.into(),
            query: Vec::new(),
            accept: "application/json".into(),
            content_type: "application/vnd.kubernetes.protobuf".into(),
            body: b"k8s\0".to_vec(),
        }
    }

    #[test]
    fn reviews_allow_everything_and_name_minikubes_user() {
        let access = "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews";
        let allowed = review(&post(access), access).map(|r| r.body);
        let body: Value = serde_json::from_slice(&allowed.unwrap_or_default()).unwrap_or_default();
        assert_eq!(body["status"]["allowed"], true);
        let who = "/apis/authentication.k8s.io/v1/selfsubjectreviews";
        let answer = review(&post(who), who).map(|r| r.body);
        let body: Value = serde_json::from_slice(&answer.unwrap_or_default()).unwrap_or_default();
        assert_eq!(body["status"]["userInfo"]["username"], USER);
        let mut get = post(who);
        get.method = "GET".into();
        assert!(review(&get, who).is_none());
        assert!(review(&post("/api/v1/pods"), "/api/v1/pods").is_none());
    }
}
