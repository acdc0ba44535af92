//! `kubectl rollout status`: print the rollout's state each time the
//! Deployment changes, until it has rolled out (exit 0), its progress
//! deadline passes or `--timeout` expires (exit 1). Messages are kubectl's
//! `rollout_status.go` words; identical lines repeat, as they do for real.

use serde_json::Value;

use crate::kubectl::printers::fields::{at, int, list, text};

/// One evaluation: the line to print, whether the rollout is done, or the error.
pub fn status_line(d: &Value) -> Result<(String, bool), String> {
    let name = text(d, &["metadata", "name"]);
    if int(d, &["metadata", "generation"]) > int(d, &["status", "observedGeneration"]) {
        return Ok((
            "Waiting for deployment spec update to be observed...\n".into(),
            false,
        ));
    }
    let timed_out = list(d, &["status", "conditions"]).iter().any(|c| {
        text(c, &["type"]) == "Progressing" && text(c, &["reason"]) == "ProgressDeadlineExceeded"
    });
    if timed_out {
        return Err(format!(
            "deployment {name:?} exceeded its progress deadline"
        ));
    }
    let desired = at(d, &["spec", "replicas"]).map_or(1, |_| int(d, &["spec", "replicas"]));
    let (replicas, updated, available) = (
        int(d, &["status", "replicas"]),
        int(d, &["status", "updatedReplicas"]),
        int(d, &["status", "availableReplicas"]),
    );
    if updated < desired {
        return Ok((format!("Waiting for deployment {name:?} rollout to finish: {updated} out of {desired} new replicas have been updated...\n"), false));
    }
    if replicas > updated {
        return Ok((format!("Waiting for deployment {name:?} rollout to finish: {} old replicas are pending termination...\n", replicas - updated), false));
    }
    if available < updated {
        return Ok((format!("Waiting for deployment {name:?} rollout to finish: {available} of {updated} updated replicas are available...\n"), false));
    }
    Ok((
        format!("deployment {name:?} successfully rolled out\n"),
        true,
    ))
}

/// kubectl's `StatefulSetStatusViewer`.
pub fn stateful_set_line(s: &Value) -> Result<(String, bool), String> {
    if text(s, &["spec", "updateStrategy", "type"]) != "RollingUpdate" {
        return Err("rollout status is only available for RollingUpdate strategy type".into());
    }
    let observed = int(s, &["status", "observedGeneration"]);
    if observed == 0 || int(s, &["metadata", "generation"]) > observed {
        return Ok((
            "Waiting for statefulset spec update to be observed...\n".into(),
            false,
        ));
    }
    let desired = int(s, &["spec", "replicas"]);
    let ready = int(s, &["status", "readyReplicas"]);
    if ready < desired {
        return Ok((
            format!("Waiting for {} pods to be ready...\n", desired - ready),
            false,
        ));
    }
    let updated = int(s, &["status", "updatedReplicas"]);
    if let Some(p) = at(s, &["spec", "updateStrategy", "rollingUpdate", "partition"]) {
        let want = desired - p.as_i64().unwrap_or(0);
        if updated < want {
            return Ok((format!("Waiting for partitioned roll out to finish: {updated} out of {want} new pods have been updated...\n"), false));
        }
        return Ok((
            format!("partitioned roll out complete: {updated} new pods have been updated...\n"),
            true,
        ));
    }
    let (current, update) = (
        text(s, &["status", "currentRevision"]),
        text(s, &["status", "updateRevision"]),
    );
    if update != current {
        return Ok((format!("waiting for statefulset rolling update to complete {updated} pods at revision {update}...\n"), false));
    }
    let n = int(s, &["status", "currentReplicas"]);
    Ok((
        format!("statefulset rolling update complete {n} pods at revision {current}...\n"),
        true,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn deploy(gen: i64, observed: i64, replicas: i64, updated: i64, available: i64) -> Value {
        json!({"metadata": {"name": "web", "generation": gen}, "spec": {"replicas": 4},
            "status": {"observedGeneration": observed, "replicas": replicas, "updatedReplicas": updated, "availableReplicas": available}})
    }

    #[test]
    fn messages_follow_the_rollout() {
        assert_eq!(
            status_line(&deploy(2, 1, 4, 4, 4)).unwrap().0,
            "Waiting for deployment spec update to be observed...\n"
        );
        assert_eq!(status_line(&deploy(2, 2, 5, 2, 3)).unwrap().0, "Waiting for deployment \"web\" rollout to finish: 2 out of 4 new replicas have been updated...\n");
        assert_eq!(status_line(&deploy(2, 2, 5, 4, 4)).unwrap().0, "Waiting for deployment \"web\" rollout to finish: 1 old replicas are pending termination...\n");
        assert_eq!(status_line(&deploy(2, 2, 4, 4, 3)).unwrap().0, "Waiting for deployment \"web\" rollout to finish: 3 of 4 updated replicas are available...\n");
        assert_eq!(
            status_line(&deploy(2, 2, 4, 4, 4)).unwrap(),
            ("deployment \"web\" successfully rolled out\n".into(), true)
        );
    }
}
