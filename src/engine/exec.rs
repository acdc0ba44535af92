//! The container side of `kubectl exec` and attached shells: finding a
//! running container and what a command in it sees ([`Cluster::container`]:
//! image, environment, mounted files, identity), and the stdin of a
//! container started with `-i`. The commands run in the shell interpreter
//! over that view (`kubectl`'s exec code); `curl`/`wget` go through
//! [`Cluster::curl`], names through [`Cluster::lookup`].

use std::collections::BTreeMap;

use super::errors::ApiError;
use super::network::{Client, NetError};
use super::pods::{mounted_files, pick_container};
use super::Cluster;
use crate::api::Pod;
use crate::apps::App;
use crate::engine::runtime::{schedule, waits_on_stdin, Step};

/// A running container as a command in it sees it.
#[derive(Clone, Debug)]
pub struct Container {
    pub app: App,
    pub pod: String,
    pub namespace: String,
    pub env: Vec<(String, String)>,
    /// Mounted files (ConfigMap and Secret volumes, the service-account token).
    pub files: BTreeMap<String, String>,
    /// The files its main command makes and removes (`touch /tmp/healthy;
    /// sleep 30; rm -f /tmp/healthy`), each with whether it is there now.
    pub made: Vec<(String, bool)>,
    /// Names this run of the container: pod uid, container, restart count.
    /// A restarted container is a new one with fresh files.
    pub key: String,
}

impl Cluster {
    /// Finds a running container, or the error kubectl shows.
    pub fn container(
        &self,
        namespace: &str,
        pod: &str,
        container: Option<&str>,
    ) -> Result<Container, ApiError> {
        let p = self.get::<Pod>(namespace, pod)?;
        if p.status.phase == "Succeeded" || p.status.phase == "Failed" {
            return Err(ApiError::bad_request(format!(
                "cannot exec into a container in a completed pod; current phase is {}",
                p.status.phase
            )));
        }
        let i = pick_container(p, container)?;
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
        // The files its main command made by now (`touch /tmp/healthy`).
        let mut files = mounted_files(self, p, i);
        let ran = self.now().0.saturating_sub(ctr.started_unix_ms);
        let made = ctr.plan.iter().flat_map(|plan| {
            plan.files.iter().map(|f| {
                let there = plan.files_at(ran).any(|p| p == f.path);
                (f.path.clone(), there)
            })
        });
        let made: Vec<(String, bool)> = made.collect();
        for (path, _) in made.iter().filter(|(_, there)| *there) {
            files.entry(path.clone()).or_default();
        }
        Ok(Container {
            app: ctr.image.as_ref().map_or(App::System, |img| img.app),
            pod: p.metadata.name.clone(),
            namespace: namespace.to_string(),
            env: ctr.env.to_vec(),
            files,
            made,
            key: format!("{}/{name}/{}", p.metadata.uid, ctr.restarts),
        })
    }

    /// A name as a pod's resolver answers it (cluster DNS, then the
    /// node names): the IP, or why not.
    pub fn lookup(&self, client: &Client, host: &str) -> Result<String, NetError> {
        self.resolve_host(client, host)
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
