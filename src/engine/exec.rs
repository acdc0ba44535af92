//! `kubectl exec`: running commands in a running container, one at a time
//! ([`Cluster::exec`]) or as an interactive shell session
//! ([`Cluster::exec_shell`] then [`Cluster::exec_shell_line`] per typed
//! line). The container's side (files, builtins, error words) lives in
//! `apps::exec`; this module finds the container, refuses what the
//! kubelet refuses, and lends the network to `curl`/`wget`.

use std::collections::BTreeMap;

use super::errors::ApiError;
use super::limits::EXEC_OUTPUT_BYTES_MAX;
use super::network::Client;
use super::pods::{mounted_files, pick_container};
use super::Cluster;
use crate::api::Pod;
use crate::apps::exec::interactive::{self, ShellState};
use crate::apps::exec::{self, ExecCtx, ExecOutput};
use crate::apps::App;
use crate::engine::runtime::{schedule, waits_on_stdin, Step};

/// The container a command runs in, and what it sees.
struct Target {
    pod: Pod,
    app: App,
    env: super::runtime::Env,
    files: BTreeMap<String, String>,
}

impl Cluster {
    /// Finds a running container, or the error kubectl shows.
    fn exec_target(
        &self,
        namespace: &str,
        pod: &str,
        container: Option<&str>,
    ) -> Result<Target, ApiError> {
        let p = self.get::<Pod>(namespace, pod)?.clone();
        if p.status.phase == "Succeeded" || p.status.phase == "Failed" {
            return Err(ApiError::bad_request(format!(
                "cannot exec into a container in a completed pod; current phase is {}",
                p.status.phase
            )));
        }
        let i = pick_container(&p, container)?;
        let name = p
            .spec
            .containers
            .get(i)
            .map(|c| c.name.clone())
            .unwrap_or_default();
        let ctr = self
            .rt
            .pods
            .get(&p.metadata.uid)
            .and_then(|rt| rt.containers.get(i))
            .filter(|c| c.state.running.is_some() && self.node_running(&p.spec.node_name));
        let Some(ctr) = ctr else {
            return Err(ApiError::bad_request(format!(
                "unable to upgrade connection: container not found (\"{name}\")"
            )));
        };
        let app = ctr.image.as_ref().map_or(App::System, |img| img.app);
        let env = ctr.env.clone();
        let files = mounted_files(self, &p, i);
        Ok(Target {
            pod: p,
            app,
            env,
            files,
        })
    }

    /// Runs `f` with the container's view and a network for `curl`,
    /// then bounds what it printed.
    fn exec_with(
        &mut self,
        namespace: &str,
        target: &Target,
        cwd: &str,
        tty: bool,
        f: impl FnOnce(&ExecCtx<'_>, exec::Net<'_>) -> ExecOutput,
    ) -> ExecOutput {
        let ctx = ExecCtx {
            app: target.app,
            pod: &target.pod.metadata.name,
            namespace,
            env: &target.env,
            files: &target.files,
            now: self.now(),
            cwd,
            tty,
        };
        let client = Client::Pod {
            namespace: namespace.to_string(),
            name: target.pod.metadata.name.clone(),
        };
        let mut net = |args: &[String]| self.curl(&client, args);
        let mut out = f(&ctx, &mut net);
        truncate(&mut out.stdout, EXEC_OUTPUT_BYTES_MAX);
        truncate(&mut out.stderr, EXEC_OUTPUT_BYTES_MAX);
        out
    }

    /// `kubectl exec POD [-c C] -- ARGV`: runs a simple command in a
    /// running container. `curl`/`wget` go through the simulated network.
    pub fn exec(
        &mut self,
        namespace: &str,
        pod: &str,
        container: Option<&str>,
        argv: &[String],
    ) -> Result<ExecOutput, ApiError> {
        let target = self.exec_target(namespace, pod, container)?;
        let cwd = exec::workdir(target.app);
        Ok(self.exec_with(namespace, &target, cwd, false, |ctx, net| {
            exec::run(ctx, argv, net)
        }))
    }

    /// `kubectl exec -it POD -- bash`: starts an interactive `program`
    /// (`bash`, `sh`, …) in the container. `Ok(Err(output))` when the
    /// image has no such shell: the runtime's start error, as for any
    /// missing program.
    pub fn exec_shell(
        &mut self,
        namespace: &str,
        pod: &str,
        container: Option<&str>,
        program: &str,
        tty: bool,
    ) -> Result<Result<ShellState, ExecOutput>, ApiError> {
        let target = self.exec_target(namespace, pod, container)?;
        if let Some(state) = ShellState::start(target.app, program, tty) {
            return Ok(Ok(state));
        }
        let out = exec::not_found(program.rsplit('/').next().unwrap_or(program));
        Ok(Err(out))
    }

    /// Runs one typed line in a shell started by [`Cluster::exec_shell`].
    /// Fails when the container stopped meanwhile (the session is over).
    pub fn exec_shell_line(
        &mut self,
        namespace: &str,
        pod: &str,
        container: Option<&str>,
        state: &mut ShellState,
        line: &str,
    ) -> Result<ExecOutput, ApiError> {
        let target = self.exec_target(namespace, pod, container)?;
        let cwd = state.cwd.clone();
        let tty = state.tty;
        Ok(self.exec_with(namespace, &target, &cwd, tty, |ctx, net| {
            interactive::run_line(ctx, state, line, net)
        }))
    }
}

impl Cluster {
    /// The shell (`sh`, `bash`) a pod's first container runs with its
    /// stdin open (`kubectl run -it … -- sh`), if it does and that stdin
    /// was not closed by an earlier attach.
    pub fn stdin_shell(&self, namespace: &str, pod: &str) -> Option<String> {
        let p = self.store.pods().get(namespace, pod)?;
        let spec = p.spec.containers.first()?;
        let ctr = self.rt.pods.get(&p.metadata.uid)?.containers.first()?;
        let app = ctr.image.as_ref().map_or(App::System, |img| img.app);
        if !waits_on_stdin(spec, app) || ctr.stdin_closed {
            return None;
        }
        let program = spec.command.iter().chain(&spec.args).next();
        Some(program.cloned().unwrap_or_else(|| "sh".into()))
    }

    /// The end of the first attach to a `stdinOnce` container
    /// (`kubectl run -it … -- sh`, then `exit N`): its stdin closes, so a
    /// shell reading it exits with `code`, and restarts of it end at once.
    pub fn close_stdin(&mut self, namespace: &str, pod: &str, container: Option<&str>, code: i32) {
        let Some(p) = self.store.pods().get(namespace, pod).cloned() else {
            return;
        };
        let Ok(i) = pick_container(&p, container) else {
            return;
        };
        let Some(spec) = p.spec.containers.get(i) else {
            return;
        };
        let uid = p.metadata.uid.clone();
        let Some(ctr) = self
            .rt
            .pods
            .get_mut(&uid)
            .and_then(|rt| rt.containers.get_mut(i))
        else {
            return;
        };
        let app = ctr.image.as_ref().map_or(App::System, |img| img.app);
        if !waits_on_stdin(spec, app) || ctr.stdin_closed {
            return;
        }
        ctr.stdin_closed = true;
        let restarts = ctr.restarts;
        let Some(plan) = ctr.plan.as_mut().filter(|_| ctr.state.running.is_some()) else {
            return;
        };
        plan.exit_code = code;
        schedule(self, &uid, 0, Step::Exit(i, restarts));
    }
}

/// Cuts `s` to at most `max` bytes on a character boundary.
fn truncate(s: &mut String, max: usize) {
    if s.len() > max {
        let cut = (0..=max)
            .rev()
            .find(|i| s.is_char_boundary(*i))
            .unwrap_or(0);
        s.truncate(cut);
    }
}
