//! Small commands: `cordon`/`uncordon` (node schedulability), `top`
//! (which, as on a cluster without metrics-server, has no Metrics API),
//! `events`, `auth can-i`, and the answer for commands kubeplay does not
//! simulate.

use serde_json::Value;

use super::write::modify;
use super::{fail, get};
use crate::api::Kind;
use crate::kubectl::cli::Call;
use crate::shell::{done, CommandFuture, Ctx};

/// Sets `spec.unschedulable` of `name`; kubectl's line for it
/// (`node/minikube cordoned`, `already uncordoned`).
pub(super) fn set_schedulable(
    cluster: &mut crate::engine::Cluster,
    name: &str,
    cordon: bool,
) -> Result<String, String> {
    let (before, _) = modify(cluster, Kind::Node, "", name, |node| {
        if let Some(spec) = node.get_mut("spec").and_then(Value::as_object_mut) {
            spec.insert("unschedulable".into(), Value::Bool(cordon));
        }
        Ok(())
    })?;
    let was = before
        .pointer("/spec/unschedulable")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let verb = if cordon { "cordoned" } else { "uncordoned" };
    let already = if was == cordon { "already " } else { "" };
    Ok(format!("node/{name} {already}{verb}\n"))
}

fn schedulable(mut ctx: Ctx, call: &Call, cordon: bool) -> i32 {
    let Some(name) = call.args.first() else {
        return fail(&mut ctx, "USAGE: cordon NODE [flags]");
    };
    match ctx.with_world(|w| set_schedulable(&mut w.cluster, name, cordon)) {
        Ok(line) => {
            ctx.out(&line);
            0
        }
        Err(e) => fail(&mut ctx, &e),
    }
}

pub fn cordon(ctx: Ctx, call: Call) -> CommandFuture {
    done(schedulable(ctx, &call, true))
}

pub fn uncordon(ctx: Ctx, call: Call) -> CommandFuture {
    done(schedulable(ctx, &call, false))
}

pub fn top(mut ctx: Ctx, _call: Call) -> CommandFuture {
    done(fail(&mut ctx, "Metrics API not available"))
}

/// `kubectl events`: the event table, as `kubectl get events` prints it.
pub fn events(ctx: Ctx, mut call: Call) -> CommandFuture {
    call.args = vec!["events".to_string()];
    get::run(ctx, call)
}

/// `kubectl auth can-i`: minikube's user is cluster-admin, so always yes.
/// (kubectl's warnings for a cluster-scoped or unknown resource type are
/// not printed: see tests/oracle/DIVERGENCES.md.)
pub fn can_i(mut ctx: Ctx, _call: Call) -> CommandFuture {
    ctx.out("yes\n");
    done(0)
}

/// What the apiserver adds to the identity of a client certificate (since
/// v1.32): the SHA-256 of minikube's `client.crt` (this one stands for it).
pub const CREDENTIAL_ID: &str =
    "X509SHA256=d02c2c5b10fc3c1dc06793886e0ebe09543ebccbbe73d0f56315950e6b7dffc9";

pub fn whoami(mut ctx: Ctx, _call: Call) -> CommandFuture {
    ctx.out("ATTRIBUTE                                           VALUE\nUsername                                            minikube-user\nGroups                                              [system:masters system:authenticated]\nExtra: authentication.kubernetes.io/credential-id   [");
    ctx.out(CREDENTIAL_ID);
    ctx.out("]\n");
    done(0)
}

/// Commands of kubectl v1.37 that kubeplay does not simulate: one line
/// that says so, exit status 1.
pub fn unsupported(mut ctx: Ctx, call: Call) -> CommandFuture {
    done(fail(
        &mut ctx,
        &format!("kubeplay does not simulate \"{}\" yet", call.path),
    ))
}
