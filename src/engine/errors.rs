//! Typed API errors whose `Display` is the apiserver's message, with the
//! `reason` kubectl prints (`Error from server (NotFound): ...`).

use crate::api::object::Kind;
use crate::api::validation::FieldError;
use std::fmt;

/// The `reason` of a failed API call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    NotFound,
    AlreadyExists,
    Invalid,
    Conflict,
    BadRequest,
    Forbidden,
}

impl Reason {
    /// `NotFound`, `AlreadyExists`, ...
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::NotFound => "NotFound",
            Reason::AlreadyExists => "AlreadyExists",
            Reason::Invalid => "Invalid",
            Reason::Conflict => "Conflict",
            Reason::BadRequest => "BadRequest",
            Reason::Forbidden => "Forbidden",
        }
    }
}

/// A failed API call. Nothing was changed when one is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiError {
    pub reason: Reason,
    /// The message, as kubectl shows it after `Error from server (...): `
    /// (for `Invalid`: the whole `The Kind "x" is invalid: ...` text).
    pub message: String,
    /// Field errors of an `Invalid` error.
    pub causes: Vec<FieldError>,
}

impl ApiError {
    fn new(reason: Reason, message: String) -> Self {
        ApiError {
            reason,
            message,
            causes: Vec::new(),
        }
    }

    /// `deployments.apps "x" not found`
    pub fn not_found(kind: Kind, name: &str) -> Self {
        Self::new(
            Reason::NotFound,
            format!("{} \"{name}\" not found", kind.qualified_resource()),
        )
    }

    /// `deployments.apps "x" already exists`
    pub fn already_exists(kind: Kind, name: &str) -> Self {
        Self::new(
            Reason::AlreadyExists,
            format!("{} \"{name}\" already exists", kind.qualified_resource()),
        )
    }

    /// `The Deployment "x" is invalid: spec.replicas: Invalid value: -1: ...`
    /// (several causes: one `* cause` line each, as kubectl prints).
    pub fn invalid(kind: Kind, name: &str, causes: Vec<FieldError>) -> Self {
        let head = format!("The {} \"{name}\" is invalid: ", kind.name());
        let message = match causes.as_slice() {
            [one] => format!("{head}{one}"),
            many => {
                let lines: Vec<String> = many.iter().map(|c| format!("* {c}")).collect();
                format!("{head}\n{}", lines.join("\n"))
            }
        };
        ApiError {
            reason: Reason::Invalid,
            message,
            causes,
        }
    }

    /// The optimistic-concurrency failure of an update with a stale resourceVersion.
    pub fn conflict(kind: Kind, name: &str) -> Self {
        Self::new(
            Reason::Conflict,
            format!(
                "Operation cannot be fulfilled on {} \"{name}\": the object has been modified; please apply your changes to the latest version and try again",
                kind.qualified_resource()
            ),
        )
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(Reason::BadRequest, message.into())
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(Reason::Forbidden, message.into())
    }

    /// The reason word (`NotFound`).
    pub fn reason(&self) -> &'static str {
        self.reason.as_str()
    }

    /// Exactly what kubectl prints on stderr for this error:
    /// `Error from server (NotFound): pods "x" not found`, or the bare
    /// `The Deployment "x" is invalid: ...` for `Invalid`.
    pub fn kubectl_line(&self) -> String {
        match self.reason {
            Reason::Invalid => self.message.clone(),
            r => format!("Error from server ({}): {}", r.as_str(), self.message),
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ApiError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_the_apiservers() {
        assert_eq!(
            ApiError::not_found(Kind::Deployment, "x").kubectl_line(),
            "Error from server (NotFound): deployments.apps \"x\" not found"
        );
        assert_eq!(
            ApiError::already_exists(Kind::Service, "web").to_string(),
            "services \"web\" already exists"
        );
        let e = ApiError::invalid(
            Kind::Deployment,
            "x",
            vec![FieldError::invalid(
                "spec.replicas",
                "-1",
                "must be greater than or equal to 0",
            )],
        );
        assert_eq!(
            e.to_string(),
            "The Deployment \"x\" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0"
        );
        let two = ApiError::invalid(
            Kind::Pod,
            "p",
            vec![
                FieldError::required("spec.containers"),
                FieldError::required("metadata.name"),
            ],
        );
        assert_eq!(
            two.to_string(),
            "The Pod \"p\" is invalid: \n* spec.containers: Required value\n* metadata.name: Required value"
        );
    }
}
