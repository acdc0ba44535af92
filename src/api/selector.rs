//! Label selectors: the string form kubectl's `-l` accepts
//! (`a=b,c!=d,e in (x,y),f notin (z),g,!h`) and the structured
//! `LabelSelector` (`matchLabels` + `matchExpressions`) of Deployments,
//! ReplicaSets and Services. Parsing errors use the apimachinery words.

use super::meta::StringMap;
use crate::json::{FromJson, ToJson};
use std::fmt;

/// One requirement of a selector.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Requirement {
    Equals(String, String),
    NotEquals(String, String),
    In(String, Vec<String>),
    NotIn(String, Vec<String>),
    Exists(String),
    DoesNotExist(String),
}

impl Requirement {
    /// True when `labels` satisfy this requirement.
    pub fn matches(&self, labels: &StringMap) -> bool {
        match self {
            Requirement::Equals(k, v) => labels.get(k) == Some(v),
            Requirement::NotEquals(k, v) => labels.get(k) != Some(v),
            Requirement::In(k, vs) => labels.get(k).is_some_and(|x| vs.contains(x)),
            Requirement::NotIn(k, vs) => labels.get(k).is_none_or(|x| !vs.contains(x)),
            Requirement::Exists(k) => labels.contains_key(k),
            Requirement::DoesNotExist(k) => !labels.contains_key(k),
        }
    }

    fn key(&self) -> &str {
        match self {
            Requirement::Equals(k, _)
            | Requirement::NotEquals(k, _)
            | Requirement::In(k, _)
            | Requirement::NotIn(k, _)
            | Requirement::Exists(k)
            | Requirement::DoesNotExist(k) => k,
        }
    }
}

/// A parsed selector: all requirements must hold. Empty matches everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selector {
    pub requirements: Vec<Requirement>,
}

impl Selector {
    /// The selector that matches everything.
    pub fn everything() -> Self {
        Selector::default()
    }

    /// Parses kubectl's `-l` syntax.
    ///
    /// ```
    /// use kubeplay::api::selector::Selector;
    /// let s = Selector::parse("app=web,tier in (a,b),!legacy").unwrap();
    /// let labels = [("app".to_string(), "web".to_string()), ("tier".into(), "a".into())].into();
    /// assert!(s.matches(&labels));
    /// ```
    pub fn parse(text: &str) -> Result<Selector, String> {
        let mut reqs = Vec::new();
        for part in split_top_level(text)? {
            let part = part.trim();
            if part.is_empty() {
                continue;
            }
            reqs.push(parse_requirement(part)?);
        }
        // The apiserver sorts requirements by key; keep that order for String form.
        crate::sorting::sort_by(&mut reqs, |a, b| a.key().cmp(b.key()));
        Ok(Selector { requirements: reqs })
    }

    /// True when every requirement holds for `labels`.
    pub fn matches(&self, labels: &StringMap) -> bool {
        self.requirements.iter().all(|r| r.matches(labels))
    }

    /// True when this selector has no requirement.
    pub fn is_empty(&self) -> bool {
        self.requirements.is_empty()
    }

    /// A selector requiring every `key=value` of `map`.
    pub fn from_map(map: &StringMap) -> Self {
        Selector {
            requirements: map
                .iter()
                .map(|(k, v)| Requirement::Equals(k.clone(), v.clone()))
                .collect(),
        }
    }
}

impl fmt::Display for Selector {
    /// The canonical string form (`app=web,tier in (a,b)`), as
    /// `metav1.FormatLabelSelector` prints.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self
            .requirements
            .iter()
            .map(|r| match r {
                Requirement::Equals(k, v) => format!("{k}={v}"),
                Requirement::NotEquals(k, v) => format!("{k}!={v}"),
                Requirement::In(k, vs) => format!("{k} in ({})", vs.join(",")),
                Requirement::NotIn(k, vs) => format!("{k} notin ({})", vs.join(",")),
                Requirement::Exists(k) => k.clone(),
                Requirement::DoesNotExist(k) => format!("!{k}"),
            })
            .collect();
        f.write_str(&parts.join(","))
    }
}

/// Splits on commas that are not inside parentheses.
fn split_top_level(text: &str) -> Result<Vec<&str>, String> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(text.get(start..i).unwrap_or(""));
                start = i + 1;
            }
            _ => {}
        }
        if !(0..=1).contains(&depth) {
            return Err(format!("unable to parse requirement: found '{c}'"));
        }
    }
    parts.push(text.get(start..).unwrap_or(""));
    Ok(parts)
}

fn parse_requirement(part: &str) -> Result<Requirement, String> {
    if let Some(key) = part.strip_prefix('!') {
        let key = key.trim();
        check_key(key)?;
        return Ok(Requirement::DoesNotExist(key.to_string()));
    }
    for (op, neg) in [("!=", true), ("==", false), ("=", false)] {
        if let Some((k, v)) = part.split_once(op) {
            let (k, v) = (k.trim(), v.trim());
            check_key(k)?;
            check_value(v)?;
            return Ok(if neg {
                Requirement::NotEquals(k.into(), v.into())
            } else {
                Requirement::Equals(k.into(), v.into())
            });
        }
    }
    let words: Vec<&str> = part.splitn(2, char::is_whitespace).collect();
    match words.as_slice() {
        [key] => {
            check_key(key)?;
            Ok(Requirement::Exists((*key).to_string()))
        }
        [key, rest] => parse_set(key, rest.trim()),
        _ => Err("found '', expected: identifier".to_string()),
    }
}

fn parse_set(key: &str, rest: &str) -> Result<Requirement, String> {
    check_key(key)?;
    let (op, values) = if let Some(v) = rest.strip_prefix("notin") {
        ("notin", v)
    } else if let Some(v) = rest.strip_prefix("in") {
        ("in", v)
    } else {
        let word = rest.split_whitespace().next().unwrap_or("");
        return Err(format!(
            "found '{word}', expected: in, notin, =, ==, !=, gt, lt"
        ));
    };
    let values = values.trim();
    let inner = values
        .strip_prefix('(')
        .and_then(|v| v.strip_suffix(')'))
        .ok_or_else(|| format!("found '{values}', expected: '('"))?;
    let mut list: Vec<String> = Vec::new();
    for v in inner.split(',') {
        let v = v.trim();
        check_value(v)?;
        list.push(v.to_string());
    }
    crate::sorting::sort(&mut list);
    list.dedup();
    Ok(if op == "in" {
        Requirement::In(key.into(), list)
    } else {
        Requirement::NotIn(key.into(), list)
    })
}

fn check_key(key: &str) -> Result<(), String> {
    super::validation::label_key_error(key)
        .map_or(Ok(()), |e| Err(format!("invalid label key \"{key}\": {e}")))
}

fn check_value(v: &str) -> Result<(), String> {
    super::validation::label_value_error(v).map_or(Ok(()), |e| {
        Err(format!("invalid label value: \"{v}\": at key: {e}"))
    })
}

/// `spec.selector` of workloads: `matchLabels` and `matchExpressions`.
#[derive(Clone, Debug, Default, PartialEq, ToJson, FromJson)]
#[serde(rename_all = "camelCase")]
pub struct LabelSelector {
    #[serde(default, skip_serializing_if = "StringMap::is_empty")]
    pub match_labels: StringMap,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub match_expressions: Vec<LabelSelectorRequirement>,
}

/// One `matchExpressions` entry.
#[derive(Clone, Debug, Default, PartialEq, ToJson, FromJson)]
pub struct LabelSelectorRequirement {
    pub key: String,
    pub operator: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
}

impl LabelSelector {
    /// A selector of `matchLabels` only.
    pub fn from_labels(labels: &StringMap) -> Self {
        LabelSelector {
            match_labels: labels.clone(),
            match_expressions: Vec::new(),
        }
    }

    /// Converts to a [`Selector`]; an unknown operator is an error in the
    /// apiserver's words.
    pub fn to_selector(&self) -> Result<Selector, String> {
        let mut s = Selector::from_map(&self.match_labels);
        for e in &self.match_expressions {
            let r = match e.operator.as_str() {
                "In" => Requirement::In(e.key.clone(), e.values.clone()),
                "NotIn" => Requirement::NotIn(e.key.clone(), e.values.clone()),
                "Exists" => Requirement::Exists(e.key.clone()),
                "DoesNotExist" => Requirement::DoesNotExist(e.key.clone()),
                op => return Err(format!("{op:?} is not a valid label selector operator")),
            };
            s.requirements.push(r);
        }
        crate::sorting::sort_by(&mut s.requirements, |a, b| a.key().cmp(b.key()));
        Ok(s)
    }

    /// True when `labels` match. An unusable selector matches nothing,
    /// as the controllers treat it.
    pub fn matches(&self, labels: &StringMap) -> bool {
        self.to_selector().is_ok_and(|s| s.matches(labels))
    }

    /// True when neither labels nor expressions are given.
    pub fn is_empty(&self) -> bool {
        self.match_labels.is_empty() && self.match_expressions.is_empty()
    }

    /// `app=x,pod-template-hash=y`, as `kubectl get -o wide` prints it.
    pub fn format(&self) -> String {
        match self.to_selector() {
            Ok(s) if !s.is_empty() => s.to_string(),
            Ok(_) => "<none>".to_string(),
            Err(_) => "<error>".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(pairs: &[(&str, &str)]) -> StringMap {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn every_operator_matches_like_kubectl() {
        let l = labels(&[("app", "web"), ("tier", "front"), ("env", "prod")]);
        let cases = [
            ("app=web", true),
            ("app==web", true),
            ("app!=web", false),
            ("app!=db", true),
            ("tier in (front,back)", true),
            ("tier notin (front)", false),
            ("missing notin (x)", true),
            ("env", true),
            ("!env", false),
            ("!missing", true),
            ("app=web,env=prod", true),
            ("app=web,env=dev", false),
            ("", true),
        ];
        for (text, want) in cases {
            let s = Selector::parse(text).unwrap();
            assert_eq!(s.matches(&l), want, "{text}");
        }
    }

    #[test]
    fn bad_selectors_are_errors() {
        for text in ["a in x", "tier foo (a)", "a=b)", "-bad=x", "a=(b"] {
            assert!(Selector::parse(text).is_err(), "{text}");
        }
    }

    #[test]
    fn structured_selectors_convert_and_print() {
        let sel = LabelSelector {
            match_labels: labels(&[("app", "web")]),
            match_expressions: vec![LabelSelectorRequirement {
                key: "tier".into(),
                operator: "In".into(),
                values: vec!["a".into(), "b".into()],
            }],
        };
        assert_eq!(sel.format(), "app=web,tier in (a,b)");
        assert!(sel.matches(&labels(&[("app", "web"), ("tier", "b")])));
        assert!(!sel.matches(&labels(&[("app", "web")])));
    }
}
