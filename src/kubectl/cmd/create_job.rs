//! `kubectl create job NAME --image=I [-- CMD…]`, `create job NAME
//! --from=cronjob/C` and `create cronjob NAME --image=I --schedule=S
//! [--restart=P] [-- CMD…]`, built as kubectl's `create_job.go` and
//! `create_cronjob.go` build them (container named after the Job,
//! restartPolicy Never, or OnFailure for a CronJob).

use serde_json::{json, Value};

use super::create::{bare, create_or_print};
use super::{fail, namespace, usage_error};
use crate::api::Kind;
use crate::kubectl::cli::Call;
use crate::shell::{done, CommandFuture, Ctx};

/// NAME (exactly one, before `--`) and the command after `--`.
fn name_and_command<'a>(ctx: &mut Ctx, call: &'a Call) -> Result<(&'a str, &'a [String]), i32> {
    let at = call.args_at_dash.unwrap_or(call.args.len());
    let (names, command) = call.args.split_at(at.min(call.args.len()));
    match names {
        [name] => Ok((name, command)),
        _ => Err(usage_error(
            ctx,
            call,
            &format!("exactly one NAME is required, got {}", names.len()),
        )),
    }
}

/// The pod template both generators write.
fn template(name: &str, image: &str, command: &[String], restart: &str) -> Value {
    let mut container = json!({"image": image, "name": name, "resources": {}});
    if let (false, Some(c)) = (command.is_empty(), container.as_object_mut()) {
        c.insert("command".into(), json!(command));
    }
    json!({"metadata": {}, "spec": {"containers": [container], "restartPolicy": restart}})
}

fn wrap(kind: &'static str) -> impl Fn(&str) -> String {
    move |e| format!("failed to create {kind}: {}", bare(e))
}

pub fn job(mut ctx: Ctx, call: Call) -> CommandFuture {
    let (name, command) = match name_and_command(&mut ctx, &call) {
        Ok(x) => x,
        Err(code) => return done(code),
    };
    let (image, from) = (call.flags.str("image"), call.flags.str("from"));
    if image.is_empty() == from.is_empty() {
        return done(fail(&mut ctx, "either --image or --from must be specified"));
    }
    if !command.is_empty() && !from.is_empty() {
        return done(fail(&mut ctx, "cannot specify --from and command"));
    }
    let job = if from.is_empty() {
        json!({"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": name},
            "spec": {"template": template(name, &image, command, "Never")}, "status": {}})
    } else {
        match from_cronjob(&ctx, &call, name, &from) {
            Ok(job) => job,
            Err(e) => return done(fail(&mut ctx, &e)),
        }
    };
    done(create_or_print(&mut ctx, &call, job, wrap("job")))
}

/// A Job from a CronJob's template, marked as started by hand.
fn from_cronjob(ctx: &Ctx, call: &Call, name: &str, from: &str) -> Result<Value, String> {
    let (kind, cj_name) = from.split_once('/').unwrap_or(("", from));
    let rt = crate::kubectl::resources::lookup(kind)
        .ok_or_else(|| format!("the server doesn't have a resource type {kind:?}"))?;
    if rt.kind != "CronJob" {
        return Err(format!("unknown object type *v1.{}", rt.kind));
    }
    let ns = namespace(call);
    let cj = ctx
        .with_world(|w| w.cluster.get_object(Kind::CronJob, &ns, cj_name))
        .map_err(|e| e.kubectl_line())?
        .to_json();
    let t = cj
        .pointer("/spec/jobTemplate")
        .cloned()
        .unwrap_or(Value::Null);
    let mut annotations = json!({"cronjob.kubernetes.io/instantiate": "manual"});
    if let (Some(a), Some(from)) = (
        annotations.as_object_mut(),
        t.pointer("/metadata/annotations")
            .and_then(Value::as_object),
    ) {
        a.extend(from.clone());
    }
    let mut meta = json!({"annotations": annotations, "name": name, "ownerReferences": [{
        "apiVersion": "batch/v1", "controller": true, "kind": "CronJob",
        "name": cj_name, "uid": cj.pointer("/metadata/uid").cloned().unwrap_or(Value::Null)}]});
    if let (Some(labels), Some(m)) = (t.pointer("/metadata/labels"), meta.as_object_mut()) {
        m.insert("labels".into(), labels.clone());
    }
    let spec = t.get("spec").cloned().unwrap_or(json!({}));
    Ok(
        json!({"apiVersion": "batch/v1", "kind": "Job", "metadata": meta, "spec": spec, "status": {}}),
    )
}

pub fn cronjob(mut ctx: Ctx, call: Call) -> CommandFuture {
    let (image, schedule) = (call.flags.str("image"), call.flags.str("schedule"));
    let missing: Vec<&str> = [("image", &image), ("schedule", &schedule)]
        .into_iter()
        .filter(|(_, v)| v.is_empty())
        .map(|(f, _)| f)
        .collect();
    if !missing.is_empty() {
        let list: Vec<String> = missing.iter().map(|f| format!("{f:?}")).collect();
        let msg = format!("required flag(s) {} not set", list.join(", "));
        return done(fail(&mut ctx, &msg));
    }
    let (name, command) = match name_and_command(&mut ctx, &call) {
        Ok(x) => x,
        Err(code) => return done(code),
    };
    let restart = match call.flags.str("restart") {
        r if r.is_empty() => "OnFailure".to_string(),
        r => r,
    };
    let cj = json!({"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": name},
        "spec": {"jobTemplate": {"metadata": {"name": name},
            "spec": {"template": template(name, &image, command, &restart)}},
            "schedule": schedule},
        "status": {}});
    done(create_or_print(&mut ctx, &call, cj, wrap("cronjob")))
}
