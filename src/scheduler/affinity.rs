//! Node affinity and inter-pod (anti-)affinity over plain data, after
//! kube-scheduler's NodeAffinity and InterPodAffinity plugins: required
//! terms filter, preferred terms score. A pod's `spec.affinity` is read as
//! the JSON it was written in (the engine keeps it verbatim).

use crate::api::meta::StringMap;
use crate::api::selector::LabelSelector;
use crate::json::FromJson;
use serde_json::Value;

/// One pod (anti-)affinity term: which pods, in which namespaces
/// (`None`: all), counted per topology domain.
#[derive(Clone, Debug)]
pub(crate) struct Term {
    selector: Option<LabelSelector>,
    namespaces: Option<Vec<String>>,
    pub topology_key: String,
    pub weight: i64,
}

impl Term {
    /// `term` written in a pod of namespace `ns`; `weight` for preferred terms.
    fn parse(term: &Value, ns: &str, weight: i64) -> Term {
        let listed: Vec<String> = term
            .get("namespaces")
            .and_then(|n| FromJson::from_json(n).ok())
            .unwrap_or_default();
        // `namespaceSelector: {}` means every namespace; other namespace
        // selectors are not simulated and add nothing to the list.
        let all = term
            .get("namespaceSelector")
            .and_then(Value::as_object)
            .is_some_and(|m| m.is_empty());
        Term {
            selector: term
                .get("labelSelector")
                .and_then(|s| FromJson::from_json(s).ok()),
            namespaces: match (
                all,
                listed.is_empty() && term.get("namespaceSelector").is_none(),
            ) {
                (true, _) => None,
                (false, true) => Some(vec![ns.to_string()]),
                (false, false) => Some(listed),
            },
            topology_key: term
                .get("topologyKey")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
            weight,
        }
    }

    /// Does a pod of namespace `ns` with `labels` fall under this term?
    pub fn matches(&self, ns: &str, labels: &StringMap) -> bool {
        self.namespaces
            .as_ref()
            .is_none_or(|list| list.iter().any(|n| n == ns))
            && self.selector.as_ref().is_some_and(|s| s.matches(labels))
    }
}

/// The (anti-)affinity of one pod, parsed once per scheduling attempt.
#[derive(Clone, Debug, Default)]
pub(crate) struct PodAffinity {
    pub affinity: Vec<Term>,
    pub anti: Vec<Term>,
    pub preferred: Vec<Term>,
    pub preferred_anti: Vec<Term>,
}

fn terms(aff: Option<&Value>, kind: &str, required: bool, ns: &str) -> Vec<Term> {
    let key = match required {
        true => "requiredDuringSchedulingIgnoredDuringExecution",
        false => "preferredDuringSchedulingIgnoredDuringExecution",
    };
    let list = aff
        .and_then(|a| a.pointer(&format!("/{kind}/{key}")))
        .and_then(Value::as_array);
    list.into_iter()
        .flatten()
        .map(|t| match required {
            true => Term::parse(t, ns, 0),
            false => Term::parse(
                t.get("podAffinityTerm").unwrap_or(&Value::Null),
                ns,
                t.get("weight").and_then(Value::as_i64).unwrap_or(0),
            ),
        })
        .collect()
}

impl PodAffinity {
    /// From a pod's `spec.affinity` (absent: none).
    pub fn of(affinity: Option<&Value>, ns: &str) -> PodAffinity {
        PodAffinity {
            affinity: terms(affinity, "podAffinity", true, ns),
            anti: terms(affinity, "podAntiAffinity", true, ns),
            preferred: terms(affinity, "podAffinity", false, ns),
            preferred_anti: terms(affinity, "podAntiAffinity", false, ns),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.affinity.is_empty()
            && self.anti.is_empty()
            && self.preferred.is_empty()
            && self.preferred_anti.is_empty()
    }
}

/// One `nodeSelectorTerms` requirement (or a `matchFields` one on the name).
fn requirement_holds(req: &Value, value: Option<&str>) -> bool {
    let values: Vec<&str> = req
        .get("values")
        .and_then(Value::as_array)
        .map(|v| v.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let number = |s: &str| s.parse::<i64>().ok();
    let compare = |ord: std::cmp::Ordering| match (
        value.and_then(number),
        values.first().and_then(|v| number(v)),
    ) {
        (Some(have), Some(bound)) => have.cmp(&bound) == ord,
        _ => false,
    };
    match req.get("operator").and_then(Value::as_str).unwrap_or("") {
        "In" => value.is_some_and(|v| values.contains(&v)),
        "NotIn" => value.is_none_or(|v| !values.contains(&v)),
        "Exists" => value.is_some(),
        "DoesNotExist" => value.is_none(),
        "Gt" => compare(std::cmp::Ordering::Greater),
        "Lt" => compare(std::cmp::Ordering::Less),
        _ => false,
    }
}

/// A node selector term: every expression and field requirement holds
/// (a term with neither matches no node).
fn term_matches(term: &Value, labels: &StringMap, name: &str) -> bool {
    let list = |k: &str| {
        term.get(k)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let (exprs, fields) = (list("matchExpressions"), list("matchFields"));
    if exprs.is_empty() && fields.is_empty() {
        return false;
    }
    exprs.iter().all(|r| {
        let key = r.get("key").and_then(Value::as_str).unwrap_or("");
        requirement_holds(r, labels.get(key).map(String::as_str))
    }) && fields.iter().all(|r| {
        let on_name = r.get("key").and_then(Value::as_str) == Some("metadata.name");
        requirement_holds(r, on_name.then_some(name))
    })
}

/// Required node affinity: any of the `nodeSelectorTerms` matches (none given: all nodes fit).
pub(crate) fn node_fits(affinity: Option<&Value>, labels: &StringMap, name: &str) -> bool {
    let required = affinity.and_then(|a| {
        a.pointer("/nodeAffinity/requiredDuringSchedulingIgnoredDuringExecution/nodeSelectorTerms")
    });
    match required.and_then(Value::as_array) {
        Some(terms) => terms.iter().any(|t| term_matches(t, labels, name)),
        None => true,
    }
}

/// Preferred node affinity: the summed weights of the terms a node matches.
pub(crate) fn node_score(affinity: Option<&Value>, labels: &StringMap, name: &str) -> i64 {
    affinity
        .and_then(|a| a.pointer("/nodeAffinity/preferredDuringSchedulingIgnoredDuringExecution"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|t| {
            t.get("preference")
                .is_some_and(|p| term_matches(p, labels, name))
        })
        .filter_map(|t| t.get("weight").and_then(Value::as_i64))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn labels(pairs: &[(&str, &str)]) -> StringMap {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn node_selector_operators() {
        let node = labels(&[("disktype", "ssd"), ("cores", "8")]);
        // (operator, key, values, holds)
        let cases = [
            ("In", "disktype", vec!["ssd", "nvme"], true),
            ("In", "disktype", vec!["hdd"], false),
            ("NotIn", "disktype", vec!["hdd"], true),
            ("NotIn", "missing", vec!["x"], true),
            ("NotIn", "disktype", vec!["ssd"], false),
            ("Exists", "disktype", vec![], true),
            ("Exists", "missing", vec![], false),
            ("DoesNotExist", "missing", vec![], true),
            ("DoesNotExist", "disktype", vec![], false),
            ("Gt", "cores", vec!["4"], true),
            ("Gt", "cores", vec!["8"], false),
            ("Lt", "cores", vec!["16"], true),
            ("Lt", "disktype", vec!["16"], false),
            ("Gt", "missing", vec!["1"], false),
        ];
        for (op, key, values, holds) in cases {
            let aff = json!({"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {
                "nodeSelectorTerms": [{"matchExpressions": [{"key": key, "operator": op, "values": values}]}]}}});
            assert_eq!(node_fits(Some(&aff), &node, "n1"), holds, "{op} {key}");
        }
    }

    #[test]
    fn node_terms_are_ored_and_fields_name_the_node() {
        let node = labels(&[("zone", "a")]);
        let aff = json!({"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
            {"matchExpressions": [{"key": "zone", "operator": "In", "values": ["b"]}]},
            {"matchFields": [{"key": "metadata.name", "operator": "In", "values": ["n1"]}]}]}}});
        assert!(node_fits(Some(&aff), &node, "n1"));
        assert!(!node_fits(Some(&aff), &node, "n2"));
        let empty = json!({"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [{}]}}});
        assert!(!node_fits(Some(&empty), &node, "n1"));
        assert!(node_fits(None, &node, "n1"));
        let preferred = json!({"nodeAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [
            {"weight": 1, "preference": {"matchExpressions": [{"key": "zone", "operator": "In", "values": ["a"]}]}},
            {"weight": 50, "preference": {"matchExpressions": [{"key": "zone", "operator": "Exists"}]}},
            {"weight": 7, "preference": {"matchExpressions": [{"key": "gpu", "operator": "Exists"}]}}]}});
        assert_eq!(node_score(Some(&preferred), &node, "n1"), 51);
    }

    #[test]
    fn pod_terms_match_namespaces_and_labels() {
        let aff = json!({"podAntiAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [
            {"labelSelector": {"matchLabels": {"app": "web"}}, "topologyKey": "kubernetes.io/hostname"}]},
            "podAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [{"weight": 10, "podAffinityTerm":
            {"labelSelector": {"matchExpressions": [{"key": "app", "operator": "Exists"}]}, "namespaceSelector": {}, "topologyKey": "zone"}}]}});
        let p = PodAffinity::of(Some(&aff), "default");
        assert_eq!(
            (p.anti.len(), p.preferred.len(), p.affinity.len()),
            (1, 1, 0)
        );
        let web = labels(&[("app", "web")]);
        assert!(p.anti[0].matches("default", &web));
        assert!(!p.anti[0].matches("other", &web));
        assert!(!p.anti[0].matches("default", &labels(&[("app", "db")])));
        assert!(p.preferred[0].matches("other", &web));
        assert_eq!(p.preferred[0].weight, 10);
        // No labelSelector: the term matches no pod.
        let none = Term::parse(&json!({"topologyKey": "zone"}), "default", 0);
        assert!(!none.matches("default", &web));
    }
}
