//! kubectl's discovery view of the cluster: every resource type a v1.37
//! cluster serves that a learner is likely to name, with plural, singular
//! and short names, group, version and scope. Used to resolve `po`,
//! `deploy`, `deployments.apps`, `svc/x`, to prefix names (`deployment.apps/x`)
//! and to print `api-resources`.
//!
//! Types the simulator does not model still resolve (a fresh cluster has no
//! StatefulSets either), so `kubectl get statefulsets` answers "No resources
//! found" rather than "the server doesn't have a resource type".

/// One row of the discovery table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResourceType {
    pub kind: &'static str,
    pub plural: &'static str,
    pub singular: &'static str,
    pub short: &'static [&'static str],
    pub group: &'static str,
    pub version: &'static str,
    pub namespaced: bool,
    /// In the `all` category (`kubectl get all`).
    pub in_all: bool,
}

impl ResourceType {
    /// `apps/v1`, or `v1` for the core group.
    pub fn api_version(&self) -> String {
        if self.group.is_empty() {
            self.version.to_string()
        } else {
            format!("{}/{}", self.group, self.version)
        }
    }

    /// `deployment.apps`, `pod`: the prefix of `kind/name` in output.
    pub fn kind_group(&self) -> String {
        let kind = self.kind.to_ascii_lowercase();
        if self.group.is_empty() {
            kind
        } else {
            format!("{kind}.{}", self.group)
        }
    }

    /// `deployments.apps`, `pods`: the resource as API errors name it.
    pub fn qualified_plural(&self) -> String {
        if self.group.is_empty() {
            self.plural.to_string()
        } else {
            format!("{}.{}", self.plural, self.group)
        }
    }
}

macro_rules! rt {
    ($kind:expr, $plural:expr, $singular:expr, [$($short:expr),*], $group:expr, $version:expr, $ns:expr, $all:expr) => {
        ResourceType { kind: $kind, plural: $plural, singular: $singular, short: &[$($short),*], group: $group, version: $version, namespaced: $ns, in_all: $all }
    };
}

/// The resource types, in `kubectl get all` order first (pods, services,
/// daemonsets, deployments, replicasets, statefulsets, hpa, cronjobs, jobs),
/// then alphabetically as `api-resources` lists the rest by group.
pub const RESOURCE_TYPES: &[ResourceType] = &[
    rt!("Pod", "pods", "pod", ["po"], "", "v1", true, true),
    rt!(
        "ReplicationController",
        "replicationcontrollers",
        "replicationcontroller",
        ["rc"],
        "",
        "v1",
        true,
        true
    ),
    rt!(
        "Service",
        "services",
        "service",
        ["svc"],
        "",
        "v1",
        true,
        true
    ),
    rt!(
        "DaemonSet",
        "daemonsets",
        "daemonset",
        ["ds"],
        "apps",
        "v1",
        true,
        true
    ),
    rt!(
        "Deployment",
        "deployments",
        "deployment",
        ["deploy"],
        "apps",
        "v1",
        true,
        true
    ),
    rt!(
        "ReplicaSet",
        "replicasets",
        "replicaset",
        ["rs"],
        "apps",
        "v1",
        true,
        true
    ),
    rt!(
        "StatefulSet",
        "statefulsets",
        "statefulset",
        ["sts"],
        "apps",
        "v1",
        true,
        true
    ),
    rt!(
        "HorizontalPodAutoscaler",
        "horizontalpodautoscalers",
        "horizontalpodautoscaler",
        ["hpa"],
        "autoscaling",
        "v2",
        true,
        true
    ),
    rt!(
        "CronJob",
        "cronjobs",
        "cronjob",
        ["cj"],
        "batch",
        "v1",
        true,
        true
    ),
    rt!("Job", "jobs", "job", [], "batch", "v1", true, true),
    rt!("Binding", "bindings", "binding", [], "", "v1", true, false),
    rt!(
        "ComponentStatus",
        "componentstatuses",
        "componentstatus",
        ["cs"],
        "",
        "v1",
        false,
        false
    ),
    rt!(
        "ConfigMap",
        "configmaps",
        "configmap",
        ["cm"],
        "",
        "v1",
        true,
        false
    ),
    rt!(
        "Endpoints",
        "endpoints",
        "endpoints",
        ["ep"],
        "",
        "v1",
        true,
        false
    ),
    rt!("Event", "events", "event", ["ev"], "", "v1", true, false),
    rt!(
        "LimitRange",
        "limitranges",
        "limitrange",
        ["limits"],
        "",
        "v1",
        true,
        false
    ),
    rt!(
        "Namespace",
        "namespaces",
        "namespace",
        ["ns"],
        "",
        "v1",
        false,
        false
    ),
    rt!("Node", "nodes", "node", ["no"], "", "v1", false, false),
    rt!(
        "PersistentVolumeClaim",
        "persistentvolumeclaims",
        "persistentvolumeclaim",
        ["pvc"],
        "",
        "v1",
        true,
        false
    ),
    rt!(
        "PersistentVolume",
        "persistentvolumes",
        "persistentvolume",
        ["pv"],
        "",
        "v1",
        false,
        false
    ),
    rt!(
        "PodTemplate",
        "podtemplates",
        "podtemplate",
        [],
        "",
        "v1",
        true,
        false
    ),
    rt!(
        "ResourceQuota",
        "resourcequotas",
        "resourcequota",
        ["quota"],
        "",
        "v1",
        true,
        false
    ),
    rt!("Secret", "secrets", "secret", [], "", "v1", true, false),
    rt!(
        "ServiceAccount",
        "serviceaccounts",
        "serviceaccount",
        ["sa"],
        "",
        "v1",
        true,
        false
    ),
    rt!(
        "ControllerRevision",
        "controllerrevisions",
        "controllerrevision",
        [],
        "apps",
        "v1",
        true,
        false
    ),
    rt!(
        "EndpointSlice",
        "endpointslices",
        "endpointslice",
        [],
        "discovery.k8s.io",
        "v1",
        true,
        false
    ),
    rt!(
        "Ingress",
        "ingresses",
        "ingress",
        ["ing"],
        "networking.k8s.io",
        "v1",
        true,
        false
    ),
    rt!(
        "NetworkPolicy",
        "networkpolicies",
        "networkpolicy",
        ["netpol"],
        "networking.k8s.io",
        "v1",
        true,
        false
    ),
    rt!(
        "PodDisruptionBudget",
        "poddisruptionbudgets",
        "poddisruptionbudget",
        ["pdb"],
        "policy",
        "v1",
        true,
        false
    ),
    rt!(
        "StorageClass",
        "storageclasses",
        "storageclass",
        ["sc"],
        "storage.k8s.io",
        "v1",
        false,
        false
    ),
];

/// Resolves what a user typed (`po`, `pods`, `Pod`, `deployments.apps`,
/// `deployment.v1.apps`) to a resource type.
pub fn lookup(name: &str) -> Option<&'static ResourceType> {
    let lower = super::printers::case::lower_for_match(name);
    let (resource, group) = match lower.split_once('.') {
        Some((r, rest)) => {
            // `deployment.v1.apps` names a version too; drop it.
            let group = match rest.split_once('.') {
                Some((v, g))
                    if v.starts_with('v')
                        && v.get(1..2)
                            .is_some_and(|d| d.chars().all(|c| c.is_ascii_digit())) =>
                {
                    g.to_string()
                }
                _ => rest.to_string(),
            };
            (r.to_string(), Some(group))
        }
        None => (lower.clone(), None),
    };
    RESOURCE_TYPES.iter().find(|rt| {
        let name_matches = rt.plural == resource
            || rt.singular == resource
            || rt.short.contains(&resource.as_str())
            || rt.kind.to_ascii_lowercase() == resource;
        let group_matches = group
            .as_deref()
            .is_none_or(|g| g == rt.group || (rt.group.is_empty() && g.is_empty()));
        name_matches && group_matches
    })
}

/// The resource type of an object's kind (`Deployment` → deployments).
pub fn by_kind(kind: &str) -> Option<&'static ResourceType> {
    RESOURCE_TYPES.iter().find(|rt| rt.kind == kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_resolve_like_kubectl() {
        for (typed, kind) in [
            ("po", "Pod"),
            ("pods", "Pod"),
            ("Pod", "Pod"),
            ("deploy", "Deployment"),
            ("deployments.apps", "Deployment"),
            ("deployment.v1.apps", "Deployment"),
            ("svc", "Service"),
            ("ep", "Endpoints"),
            ("ev", "Event"),
            ("no", "Node"),
            ("cm", "ConfigMap"),
            ("ns", "Namespace"),
            ("rs", "ReplicaSet"),
        ] {
            assert_eq!(lookup(typed).map(|r| r.kind), Some(kind), "{typed}");
        }
        assert_eq!(lookup("foos"), None);
        assert_eq!(lookup("deployments.batch"), None);
    }

    #[test]
    fn prefixes_and_qualified_names() {
        let deploy = by_kind("Deployment").unwrap();
        assert_eq!(
            (
                deploy.kind_group(),
                deploy.qualified_plural(),
                deploy.api_version()
            ),
            (
                "deployment.apps".into(),
                "deployments.apps".into(),
                "apps/v1".into()
            )
        );
        let pod = by_kind("Pod").unwrap();
        assert_eq!(
            (pod.kind_group(), pod.qualified_plural(), pod.api_version()),
            ("pod".into(), "pods".into(), "v1".into())
        );
    }
}
