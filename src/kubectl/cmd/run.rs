//! `kubectl run NAME --image=IMAGE [-- ARGS]`: a bare pod, printed or
//! created; and with `-i` (`--attach`) the attached session kubectl opens
//! once the pod runs: a container prompt for a shell (`-it … -- sh`),
//! else the container's output as it comes. `--rm` deletes the pod after
//! the session; `--restart=Never` returns the container's exit code.

use serde_json::{json, Map, Value};

use super::exec::{shell_session, Target};
use super::rollout::parse_duration_ms;
use super::write::create;
use super::{fail, namespace};
use crate::api::Pod;
use crate::kubectl::cli::Call;
use crate::shell::{done, CommandFuture, Ctx};

/// How long an attach waits for the pod to run by default
/// (`--pod-running-timeout`), in simulated ms.
const POD_RUNNING_TIMEOUT_MS: u64 = 60_000;

/// The pod `kubectl run` sends, as JSON (field order as kubectl's).
fn pod_manifest(call: &Call, name: &str, image: &str, attach: bool) -> Result<Value, String> {
    let mut labels = Map::new();
    match call.flags.opt("labels") {
        Some(text) => {
            for pair in text.split(',').filter(|p| !p.is_empty()) {
                let Some((k, v)) = pair.split_once('=') else {
                    return Err(format!("invalid label spec: {pair}"));
                };
                labels.insert(k.into(), Value::String(v.into()));
            }
        }
        None => {
            labels.insert("run".into(), Value::String(name.to_string()));
        }
    }
    let mut container = Map::new();
    let rest: Vec<Value> = call.args.iter().skip(1).map(|a| json!(a)).collect();
    if !rest.is_empty() {
        let field = if call.flags.bool("command") {
            "command"
        } else {
            "args"
        };
        container.insert(field.into(), Value::Array(rest));
    }
    let env: Vec<Value> = call
        .flags
        .all("env")
        .iter()
        .filter_map(|e| e.split_once('='))
        .map(|(k, v)| json!({"name": k, "value": v}))
        .collect();
    if !env.is_empty() {
        container.insert("env".into(), Value::Array(env));
    }
    container.insert("image".into(), json!(image));
    container.insert("name".into(), json!(name));
    let port = call.flags.str("port");
    if !port.is_empty() {
        let port: u16 = port
            .parse()
            .map_err(|_| "--port must be a number".to_string())?;
        container.insert("ports".into(), json!([{"containerPort": port}]));
    }
    container.insert("resources".into(), json!({}));
    if call.flags.bool("stdin") {
        container.insert("stdin".into(), json!(true));
        if attach && !call.flags.bool("leave-stdin-open") {
            container.insert("stdinOnce".into(), json!(true));
        }
    }
    if call.flags.bool("tty") {
        container.insert("tty".into(), json!(true));
    }
    Ok(
        json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"labels": labels, "name": name},
        "spec": {"containers": [container], "dnsPolicy": "ClusterFirst", "restartPolicy": restart_policy(call)}, "status": {}}),
    )
}

fn restart_policy(call: &Call) -> String {
    match call.flags.str("restart") {
        r if r.is_empty() => "Always".to_string(),
        r => r,
    }
}

/// kubectl's checks before anything is sent, in its order.
fn validate(call: &Call, attach: bool) -> Result<(), String> {
    if call.flags.bool("tty") && !call.flags.bool("stdin") {
        return Err("-i/--stdin is required for containers with -t/--tty=true".into());
    }
    if !attach && call.flags.bool("rm") {
        return Err("--rm should only be used for attached containers".into());
    }
    let dry_run = call.flags.str("dry-run");
    if attach && !dry_run.is_empty() && dry_run != "none" {
        return Err("--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)".into());
    }
    Ok(())
}

pub fn run(mut ctx: Ctx, call: Call) -> CommandFuture {
    // `--image` is a required flag, checked (by cobra) before the name.
    let image = call.flags.str("image");
    if image.is_empty() {
        return done(fail(&mut ctx, "required flag(s) \"image\" not set"));
    }
    let Some(name) = call
        .args
        .first()
        .cloned()
        .filter(|_| call.args_at_dash != Some(0))
    else {
        // kubectl v1.37 prints it without the usage line.
        return done(fail(&mut ctx, "NAME is required for run"));
    };
    let attach = match call.flags.opt("attach") {
        Some(a) => a == "true",
        None => call.flags.bool("stdin"),
    };
    let pod =
        match validate(&call, attach).and_then(|()| pod_manifest(&call, &name, &image, attach)) {
            Ok(pod) => pod,
            Err(e) => return done(fail(&mut ctx, &e)),
        };
    if call.flags.str("dry-run") == "client" {
        let out =
            crate::kubectl::printers::output::choose(call.flags.opt("output").as_deref(), None);
        return match out {
            Ok(o) if !o.is_table() => {
                let text =
                    crate::kubectl::printers::output::render(&o, &[pod], true).unwrap_or_default();
                ctx.out(&text);
                done(0)
            }
            Ok(_) => {
                ctx.out(&format!("pod/{name} created (dry run)\n"));
                done(0)
            }
            Err(e) => done(fail(&mut ctx, &e)),
        };
    }
    let ns = namespace(&call);
    if call.flags.str("dry-run") == "server" {
        // Validated as a create would be, never stored (it used to be
        // created; found by the differential suite).
        if let Err(e) = ctx.with_world(|w| create(&mut w.cluster.clone(), &ns, &pod)) {
            return done(fail(&mut ctx, &e));
        }
        ctx.out(&format!("pod/{name} created (server dry run)\n"));
        return done(0);
    }
    if let Err(e) = ctx.with_world(|w| create(&mut w.cluster, &ns, &pod)) {
        return done(fail(&mut ctx, &e));
    }
    if !attach {
        ctx.out(&format!("pod/{name} created\n"));
        return done(0);
    }
    let target = Target {
        ns,
        pod: name,
        container: None,
        tty: call.flags.bool("tty"),
    };
    Box::pin(async move { attached(&mut ctx, &call, &target).await })
}

/// What a pod looks like to an attaching kubectl.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PodState {
    Gone,
    Waiting,
    RunningReady,
    Completed,
}

fn pod_state(ctx: &Ctx, t: &Target) -> PodState {
    ctx.with_world(|w| {
        let Ok(pod) = w.cluster.get::<Pod>(&t.ns, &t.pod) else {
            return PodState::Gone;
        };
        let ready = pod
            .status
            .conditions
            .iter()
            .any(|c| c.type_ == "Ready" && c.status == "True");
        match pod.status.phase.as_str() {
            "Succeeded" | "Failed" => PodState::Completed,
            "Running" if ready => PodState::RunningReady,
            _ => PodState::Waiting,
        }
    })
}

/// Waits (up to the deadline) until `done` holds for the pod's state.
async fn wait_for(
    ctx: &Ctx,
    t: &Target,
    deadline: u64,
    done: fn(PodState) -> bool,
) -> Result<PodState, String> {
    loop {
        let state = pod_state(ctx, t);
        if state == PodState::Gone {
            return Err("Error from server (NotFound): pods \"\" not found".into());
        }
        if done(state) {
            return Ok(state);
        }
        if ctx.now_ms() >= deadline || ctx.stopped() {
            return Err("timed out waiting for the condition".into());
        }
        ctx.next_step_until(deadline).await;
    }
}

/// The attached session: wait for the pod, talk to it, clean up.
async fn attached(ctx: &mut Ctx, call: &Call, t: &Target) -> i32 {
    let timeout =
        parse_duration_ms(&call.flags.str("pod-running-timeout")).unwrap_or(POD_RUNNING_TIMEOUT_MS);
    let deadline = ctx.now_ms().saturating_add(timeout);
    let ready = wait_for(ctx, t, deadline, |s| s != PodState::Waiting).await;
    let ran = ready.is_ok();
    let mut status = match ready {
        Ok(PodState::Completed) => {
            print_logs(ctx, t, 0);
            0
        }
        Ok(_) => session(ctx, call, t).await,
        Err(e) => fail(ctx, &e),
    };
    let restart = restart_policy(call);
    if ran && !call.flags.bool("leave-stdin-open") && restart != "Always" {
        let deadline = ctx.now_ms().saturating_add(timeout);
        // OnFailure restarts a failed container, so only success completes it.
        status = match wait_for(ctx, t, deadline, |s| s == PodState::Completed).await {
            Ok(_) => exit_code(ctx, t),
            Err(e) => fail(ctx, &e),
        };
    }
    if call.flags.bool("rm") {
        let deleted = ctx.with_world(|w| {
            w.cluster
                .delete(crate::api::Kind::Pod, &t.ns, &t.pod, Default::default())
        });
        if deleted.is_ok() {
            ctx.out(&format!(
                "pod \"{}\" deleted from {} namespace\n",
                t.pod, t.ns
            ));
        }
    }
    status
}

/// Talks to the running container: a prompt for a shell waiting on its
/// stdin, else its output until it ends (Ctrl-C stops watching).
async fn session(ctx: &mut Ctx, call: &Call, t: &Target) -> i32 {
    if !call.flags.bool("quiet") {
        ctx.err("All commands and output from this session will be recorded in container logs, including credentials and sensitive information passed through the command prompt.\nIf you don't see a command prompt, try pressing enter.\n");
    }
    let shell = ctx.with_world(|w| w.cluster.stdin_shell(&t.ns, &t.pod));
    let tty = call.flags.bool("tty");
    let Some(program) = shell else {
        return follow_output(ctx, t).await;
    };
    let code = match shell_session(ctx, t, &program, tty).await {
        Ok(code) => code,
        Err(status) => return status,
    };
    ctx.with_world(|w| w.cluster.close_stdin(&t.ns, &t.pod, None, code));
    if tty && call.flags.bool("stdin") && !call.flags.bool("quiet") {
        ctx.out(&format!(
            "Session ended, resume using 'kubectl attach {0} -c {0} -i -t' command when the pod is running\n",
            t.pod
        ));
    }
    0
}

/// Prints the container's log from line `from`; returns how many lines it has.
fn print_logs(ctx: &mut Ctx, t: &Target, from: usize) -> usize {
    let lines = ctx
        .with_world(|w| w.cluster.logs(&t.ns, &t.pod, None, false))
        .unwrap_or_default();
    let text: String = lines
        .iter()
        .skip(from)
        .map(|l| format!("{}\n", l.text))
        .collect();
    ctx.out(&text);
    lines.len()
}

/// Streams new log lines until the pod stops running.
async fn follow_output(ctx: &mut Ctx, t: &Target) -> i32 {
    let mut seen = 0;
    loop {
        seen = print_logs(ctx, t, seen);
        if pod_state(ctx, t) != PodState::RunningReady || ctx.stopped() {
            return 0;
        }
        ctx.next_step().await;
    }
}

/// `--restart=Never`: the container's exit code, with kubectl's error
/// when it failed.
fn exit_code(ctx: &mut Ctx, t: &Target) -> i32 {
    let terminated = ctx.with_world(|w| {
        let pod = w.cluster.get::<Pod>(&t.ns, &t.pod).ok()?;
        let state = pod
            .status
            .container_statuses
            .first()?
            .state
            .terminated
            .clone()?;
        Some((pod.status.phase.clone(), state.exit_code, state.reason))
    });
    match terminated {
        Some((phase, code, reason)) if phase == "Failed" && code != 0 => {
            ctx.err(&format!(
                "error: pod {}/{} terminated ({reason})\n",
                t.ns, t.pod
            ));
            code
        }
        Some((phase, _, _)) if phase == "Failed" => fail(
            ctx,
            &format!("pod {}/{} failed with unknown exit code", t.ns, t.pod),
        ),
        _ => 0,
    }
}
