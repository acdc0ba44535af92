//! Field errors and the name/label syntax checks of apimachinery, with
//! its exact wording. Per-kind rules live in `api/validate.rs`.

use std::fmt;

/// One validation failure, printed as the apiserver does:
/// `spec.replicas: Invalid value: -1: must be greater than or equal to 0`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub path: String,
    pub kind: FieldErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldErrorKind {
    /// `value` is already formatted the Go way (`-1`, `"Foo"`).
    Invalid {
        value: String,
        detail: String,
    },
    Required,
    /// `Required value: <why>`.
    RequiredWhy(String),
    /// `supported` are the allowed values, unquoted.
    Unsupported {
        value: String,
        supported: Vec<String>,
    },
    Forbidden(String),
    Duplicate(String),
    NotFound(String),
    TooLong(String),
}

impl FieldError {
    pub fn invalid(path: &str, value: impl Into<String>, detail: impl Into<String>) -> Self {
        FieldError {
            path: path.to_string(),
            kind: FieldErrorKind::Invalid {
                value: value.into(),
                detail: detail.into(),
            },
        }
    }

    pub fn required_msg(path: &str, why: &str) -> Self {
        FieldError {
            path: path.to_string(),
            kind: match why {
                "" => FieldErrorKind::Required,
                w => FieldErrorKind::RequiredWhy(w.into()),
            },
        }
    }

    pub fn required(path: &str) -> Self {
        FieldError {
            path: path.to_string(),
            kind: FieldErrorKind::Required,
        }
    }

    pub fn unsupported(path: &str, value: &str, supported: &[&str]) -> Self {
        FieldError {
            path: path.to_string(),
            kind: FieldErrorKind::Unsupported {
                value: quote(value),
                supported: supported.iter().map(|s| s.to_string()).collect(),
            },
        }
    }

    pub fn forbidden(path: &str, detail: impl Into<String>) -> Self {
        FieldError {
            path: path.to_string(),
            kind: FieldErrorKind::Forbidden(detail.into()),
        }
    }

    pub fn duplicate(path: &str, value: impl Into<String>) -> Self {
        FieldError {
            path: path.to_string(),
            kind: FieldErrorKind::Duplicate(value.into()),
        }
    }

    pub fn not_found(path: &str, value: impl Into<String>) -> Self {
        FieldError {
            path: path.to_string(),
            kind: FieldErrorKind::NotFound(value.into()),
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = &self.path;
        match &self.kind {
            FieldErrorKind::Invalid { value, detail } => {
                write!(f, "{p}: Invalid value: {value}: {detail}")
            }
            FieldErrorKind::Required => write!(f, "{p}: Required value"),
            FieldErrorKind::RequiredWhy(why) => write!(f, "{p}: Required value: {why}"),
            FieldErrorKind::Unsupported { value, supported } => {
                let list: Vec<String> = supported.iter().map(|s| quote(s)).collect();
                write!(
                    f,
                    "{p}: Unsupported value: {value}: supported values: {}",
                    list.join(", ")
                )
            }
            FieldErrorKind::Forbidden(d) => write!(f, "{p}: Forbidden: {d}"),
            FieldErrorKind::Duplicate(v) => write!(f, "{p}: Duplicate value: {v}"),
            FieldErrorKind::NotFound(v) => write!(f, "{p}: Not found: {v}"),
            FieldErrorKind::TooLong(d) => write!(f, "{p}: Too long: {d}"),
        }
    }
}

/// Go's `%q` for plain text.
pub fn quote(s: &str) -> String {
    format!("{s:?}")
}

const QUALIFIED_NAME_MSG: &str = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const LABEL_VALUE_MSG: &str = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
/// The DNS-1123 subdomain rule, as apimachinery words it.
pub const SUBDOMAIN_MSG: &str = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
/// The DNS-1123 label rule.
pub const LABEL_MSG: &str = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
/// The DNS-1035 label rule (Service names).
pub const DNS1035_MSG: &str = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

fn alnum(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

fn qualified_name_part_ok(s: &str) -> bool {
    let first_last = s.chars().next().is_some_and(alnum) && s.chars().last().is_some_and(alnum);
    first_last
        && s.chars()
            .all(|c| alnum(c) || c == '-' || c == '_' || c == '.')
}

/// Why `key` is not a valid label key, or `None`.
pub fn label_key_error(key: &str) -> Option<String> {
    let (prefix, name) = match key.split_once('/') {
        Some((p, n)) => (Some(p), n),
        None => (None, key),
    };
    if let Some(p) = prefix {
        if p.is_empty() {
            return Some("prefix part must be non-empty".into());
        }
        if let Some(e) = subdomain_error(p) {
            return Some(format!("prefix part {e}"));
        }
    }
    if name.is_empty() {
        return Some("name part must be non-empty".into());
    }
    if name.len() > 63 {
        return Some("name part must be no more than 63 characters".into());
    }
    (!qualified_name_part_ok(name)).then(|| QUALIFIED_NAME_MSG.to_string())
}

/// Why `v` is not a valid label value, or `None`.
pub fn label_value_error(v: &str) -> Option<String> {
    if v.len() > 63 {
        return Some("must be no more than 63 characters".into());
    }
    (!v.is_empty() && !qualified_name_part_ok(v)).then(|| LABEL_VALUE_MSG.to_string())
}

fn label_ok(s: &str) -> bool {
    let edge = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit();
    s.chars().next().is_some_and(edge)
        && s.chars().last().is_some_and(edge)
        && s.chars().all(|c| edge(c) || c == '-')
}

/// Why `s` is not a DNS-1123 subdomain (most object names), or `None`.
pub fn subdomain_error(s: &str) -> Option<String> {
    if s.len() > 253 {
        return Some("must be no more than 253 characters".into());
    }
    (!s.split('.').all(label_ok)).then(|| SUBDOMAIN_MSG.to_string())
}

/// Why `s` is not a DNS-1123 label (namespace and container names), or `None`.
pub fn dns_label_error(s: &str) -> Option<String> {
    if s.len() > 63 {
        return Some("must be no more than 63 characters".into());
    }
    (!label_ok(s)).then(|| LABEL_MSG.to_string())
}

/// Why `s` is not a DNS-1035 label (Service names), or `None`.
pub fn dns1035_error(s: &str) -> Option<String> {
    if s.len() > 63 {
        return Some("must be no more than 63 characters".into());
    }
    let ok = label_ok(s) && s.chars().next().is_some_and(|c| c.is_ascii_lowercase());
    (!ok).then(|| DNS1035_MSG.to_string())
}

/// Why `s` is not an IANA service name (port names), or `None`.
pub fn port_name_error(s: &str) -> Option<String> {
    if s.len() > 15 {
        return Some("must be no more than 15 characters".into());
    }
    if !s
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Some(
            "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)".into(),
        );
    }
    if s.contains("--") {
        return Some("must not contain consecutive hyphens".into());
    }
    if s.starts_with('-') || s.ends_with('-') {
        return Some("must not begin or end with a hyphen".into());
    }
    (!s.chars().any(|c| c.is_ascii_lowercase()))
        .then(|| "must contain at least one letter (a-z)".into())
}

/// True for a dotted IPv4 address.
pub fn is_ipv4(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 3 && p.parse::<u8>().is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_errors_print_like_the_apiserver() {
        let e = FieldError::invalid("spec.replicas", "-1", "must be greater than or equal to 0");
        assert_eq!(
            e.to_string(),
            "spec.replicas: Invalid value: -1: must be greater than or equal to 0"
        );
        let e = FieldError::unsupported("spec.type", "Foo", &["ClusterIP", "NodePort"]);
        assert_eq!(
            e.to_string(),
            "spec.type: Unsupported value: \"Foo\": supported values: \"ClusterIP\", \"NodePort\""
        );
    }

    #[test]
    fn names_and_labels_follow_apimachinery() {
        assert_eq!(subdomain_error("web-1.example"), None);
        assert!(subdomain_error("Web").is_some());
        assert!(dns1035_error("1abc").is_some());
        assert_eq!(dns_label_error("abc-1"), None);
        assert_eq!(label_key_error("app.kubernetes.io/name"), None);
        assert!(label_key_error("-x").is_some());
        assert_eq!(label_value_error(""), None);
        assert!(label_value_error("a b").is_some());
        assert_eq!(port_name_error("http"), None);
        assert!(port_name_error("8080").is_some());
        assert!(is_ipv4("192.168.1.1") && !is_ipv4("300.1.1.1"));
    }
}
