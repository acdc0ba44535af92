//! `kubectl rollout history` and `rollout undo`, both built on the
//! Deployment's ReplicaSets and their `deployment.kubernetes.io/revision`
//! annotations.

use serde_json::Value;

use crate::api::Kind;
use crate::engine::Cluster;
use crate::kubectl::cmd::write::{map_at, modify};
use crate::kubectl::describe::split_replica_sets;
use crate::kubectl::printers::describe::DescribeWriter;
use crate::kubectl::printers::fields::{at, list, text};
use crate::kubectl::printers::tabwriter::{align, DESCRIBE};

const REVISION: &str = "deployment.kubernetes.io/revision";
const CHANGE_CAUSE: &str = "kubernetes.io/change-cause";

/// The deployment's ReplicaSets (a StatefulSet's ControllerRevisions, as
/// `{metadata, spec: {template}}`) with their revision numbers, ascending.
pub fn revisions(cluster: &Cluster, deploy: &Value) -> Vec<(i64, Value)> {
    let ns = text(deploy, &["metadata", "namespace"]);
    let uid = text(deploy, &["metadata", "uid"]);
    if text(deploy, &["kind"]) == "StatefulSet" {
        let mut out: Vec<(i64, Value)> = cluster
            .list_objects(Kind::ControllerRevision, Some(ns))
            .iter()
            .map(|o| o.to_json())
            .filter(|r| owned_by(r, uid))
            .map(|r| {
                let mut template = at(&r, &["data", "spec", "template"])
                    .cloned()
                    .unwrap_or(Value::Null);
                if let Some(t) = template.as_object_mut() {
                    t.remove("$patch");
                }
                let meta = at(&r, &["metadata"]).cloned().unwrap_or(Value::Null);
                let v = serde_json::json!({"metadata": meta, "spec": {"template": template}});
                (crate::kubectl::printers::fields::int(&r, &["revision"]), v)
            })
            .collect();
        crate::sorting::sort_by_key(&mut out, |(r, _)| *r);
        return out;
    }
    let mut out: Vec<(i64, Value)> = cluster
        .list_objects(Kind::ReplicaSet, Some(ns))
        .iter()
        .map(|o| o.to_json())
        .filter(|rs| owned_by(rs, uid))
        .filter_map(|rs| {
            let rev = at(&rs, &["metadata", "annotations", REVISION])
                .and_then(Value::as_str)
                .and_then(|r| r.parse().ok())?;
            Some((rev, rs))
        })
        .collect();
    crate::sorting::sort_by_key(&mut out, |(r, _)| *r);
    out
}

fn owned_by(obj: &Value, uid: &str) -> bool {
    list(obj, &["metadata", "ownerReferences"])
        .iter()
        .any(|r| text(r, &["uid"]) == uid)
}

/// kubectl's `StatefulSetRollbacker`: the previous revision is the
/// second newest; the saved template is patched back in.
fn undo_stateful_set(
    cluster: &mut Cluster,
    sts: &Value,
    to_revision: i64,
    reference: &str,
) -> Result<String, String> {
    let revs = revisions(cluster, sts);
    if to_revision == 0 && revs.len() <= 1 {
        return Err("no last revision to roll back to".into());
    }
    let target = if to_revision == 0 {
        revs.iter().rev().nth(1)
    } else {
        revs.iter().find(|(r, _)| *r == to_revision)
    };
    let Some((_, target)) = target else {
        return Err(format!(
            "unable to find specified revision {to_revision} in history"
        ));
    };
    let template = at(target, &["spec", "template"])
        .cloned()
        .unwrap_or(Value::Null);
    if at(sts, &["spec", "template"]) == Some(&template) {
        return Ok(format!("{reference} skipped rollback (current template already matches revision {to_revision})"));
    }
    let (ns, name) = (
        text(sts, &["metadata", "namespace"]),
        text(sts, &["metadata", "name"]),
    );
    modify(cluster, Kind::StatefulSet, ns, name, |d| {
        if let Some(spec) = d.get_mut("spec").and_then(Value::as_object_mut) {
            spec.insert("template".into(), template);
        }
        Ok(())
    })?;
    Ok(format!("{reference} rolled back"))
}

/// The history table, or the one revision's pod template.
pub fn history(
    cluster: &Cluster,
    deploy: &Value,
    revision: i64,
    reference: &str,
) -> Result<String, String> {
    let revs = revisions(cluster, deploy);
    if revision > 0 {
        let Some((_, rs)) = revs.iter().find(|(r, _)| *r == revision) else {
            return Err("unable to find the specified revision".into());
        };
        let mut w = DescribeWriter::new();
        crate::kubectl::describe::pod_template_into(
            &mut w,
            at(rs, &["spec", "template"]).unwrap_or(&Value::Null),
        );
        return Ok(format!(
            "{reference} with revision #{revision}\n{}\n",
            w.finish_raw()
        ));
    }
    if revs.is_empty() {
        return Ok("No rollout history found.\n".to_string());
    }
    let mut table = String::from("REVISION\tCHANGE-CAUSE\n");
    for (rev, rs) in &revs {
        let cause = at(rs, &["metadata", "annotations", CHANGE_CAUSE])
            .and_then(Value::as_str)
            .unwrap_or("<none>");
        table.push_str(&format!("{rev}\t{cause}\n"));
    }
    Ok(format!("{reference} \n{}\n", align(&table, DESCRIBE)))
}

/// Rolls the deployment's template back to `to_revision` (0: the
/// previous one). Returns kubectl's message.
pub fn undo(
    cluster: &mut Cluster,
    deploy: &Value,
    to_revision: i64,
    reference: &str,
) -> Result<String, String> {
    if text(deploy, &["kind"]) == "StatefulSet" {
        return undo_stateful_set(cluster, deploy, to_revision, reference);
    }
    let name = text(deploy, &["metadata", "name"]).to_string();
    let ns = text(deploy, &["metadata", "namespace"]).to_string();
    if at(deploy, &["spec", "paused"])
        .and_then(Value::as_bool)
        .unwrap_or(false)
    {
        return Err("you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again".into());
    }
    let revs = revisions(cluster, deploy);
    let sets: Vec<Value> = revs.iter().map(|(_, rs)| rs.clone()).collect();
    let (_, current) = split_replica_sets(deploy, &sets);
    let current_rev = current
        .and_then(|c| revs.iter().find(|(_, rs)| rs == c))
        .map_or(0, |(r, _)| *r);
    let target = if to_revision > 0 {
        revs.iter()
            .find(|(r, _)| *r == to_revision)
            .ok_or_else(|| format!("unable to find specified revision {to_revision} in history"))?
    } else {
        revs.iter()
            .rev()
            .find(|(r, _)| *r < current_rev)
            .ok_or_else(|| format!("no rollout history found for deployment {name:?}"))?
    };
    if target.0 == current_rev {
        return Ok(format!(
            "{reference} skipped rollback (current template already matches revision {})",
            target.0
        ));
    }
    let mut template = at(&target.1, &["spec", "template"])
        .cloned()
        .unwrap_or(Value::Null);
    if let Some(labels) = map_at(&mut template, &["metadata", "labels"]) {
        labels.remove("pod-template-hash");
    }
    modify(cluster, Kind::Deployment, &ns, &name, |d| {
        if let Some(spec) = d.get_mut("spec").and_then(Value::as_object_mut) {
            spec.insert("template".into(), template);
        }
        Ok(())
    })?;
    Ok(format!("{reference} rolled back"))
}
