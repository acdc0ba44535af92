//! Read-only questions other modules ask the cluster in Kubernetes terms:
//! a Deployment's new and old ReplicaSets (for `describe`, `rollout
//! history` and `undo`), the pods a workload or Service selects, whether
//! the cluster has settled, and lesson-facing facts (rollbacks done).

use super::errors::ApiError;
use super::Cluster;
use crate::api::object::Kind;
use crate::api::{Deployment, Pod, PodTemplateSpec, ReplicaSet, Selector, Service};
use crate::json::ToJson;

/// Templates equal once `pod-template-hash` is ignored (how a Deployment
/// recognises its current ReplicaSet).
pub fn same_template(a: &PodTemplateSpec, b: &PodTemplateSpec) -> bool {
    let mut a = a.clone();
    let mut b = b.clone();
    a.metadata.labels.remove("pod-template-hash");
    b.metadata.labels.remove("pod-template-hash");
    a.to_json() == b.to_json()
}

impl Cluster {
    /// The ReplicaSets a Deployment controls: the new one (its template is
    /// the Deployment's) and the old ones, oldest revision first.
    pub fn deployment_replicasets(
        &self,
        namespace: &str,
        name: &str,
    ) -> Result<(Option<&ReplicaSet>, Vec<&ReplicaSet>), ApiError> {
        let d = self.get::<Deployment>(namespace, name)?;
        let mut owned: Vec<&ReplicaSet> = self
            .store
            .replicasets()
            .list(Some(namespace))
            .filter(|r| {
                r.metadata
                    .controller_ref()
                    .is_some_and(|o| o.uid == d.metadata.uid)
            })
            .collect();
        crate::sorting::sort_by_key(&mut owned, |r| {
            (r.revision(), r.metadata.creation_timestamp)
        });
        let new = owned
            .iter()
            .position(|r| same_template(&r.spec.template, &d.spec.template))
            .map(|i| owned.remove(i));
        Ok((new, owned))
    }

    /// The pods a Deployment, ReplicaSet or Service selects (sorted by name).
    pub fn selected_pods(
        &self,
        kind: Kind,
        namespace: &str,
        name: &str,
    ) -> Result<Vec<&Pod>, ApiError> {
        let sel = match kind {
            Kind::Deployment => self
                .get::<Deployment>(namespace, name)?
                .spec
                .selector
                .as_ref()
                .and_then(|s| s.to_selector().ok()),
            Kind::ReplicaSet => self
                .get::<ReplicaSet>(namespace, name)?
                .spec
                .selector
                .as_ref()
                .and_then(|s| s.to_selector().ok()),
            Kind::Service => self
                .get::<Service>(namespace, name)?
                .spec
                .selector
                .as_ref()
                .map(Selector::from_map),
            Kind::Pod => return Ok(vec![self.get::<Pod>(namespace, name)?]),
            other => {
                return Err(ApiError::bad_request(format!(
                    "cannot select pods of a {}",
                    other.name()
                )))
            }
        };
        let Some(sel) = sel.filter(|s| !s.is_empty()) else {
            return Ok(Vec::new());
        };
        Ok(self
            .store
            .pods()
            .list(Some(namespace))
            .filter(|p| sel.matches(&p.metadata.labels))
            .collect())
    }

    /// How many times a Deployment went back to an older ReplicaSet
    /// (what `kubectl rollout undo` causes).
    pub fn rollbacks(&self, namespace: &str, name: &str) -> u32 {
        self.rt
            .rollbacks
            .get(&(namespace.to_string(), name.to_string()))
            .copied()
            .unwrap_or(0)
    }

    /// True when nothing is in transition: no pod is being created,
    /// started or terminated, and no controller work is queued. Pods stuck
    /// in a back-off or unschedulable count as settled (they wait for a change).
    pub fn is_settled(&self) -> bool {
        self.work.is_empty()
            && self.store.pods().list(None).all(|p| {
                let status = p.display_status();
                match status.as_str() {
                    "Terminating" | "ContainerCreating" => false,
                    "Running" => {
                        p.is_ready()
                            || p.spec
                                .containers
                                .iter()
                                .any(|c| c.readiness_probe.is_some())
                    }
                    "Pending" => p.spec.node_name.is_empty(),
                    _ => true,
                }
            })
    }
}
