//! A snapshot of what the cluster view draws, read from a [`Cluster`]:
//! the nodes, the learner's Deployments with their ReplicaSets, pods and
//! Services. System namespaces (`kube-*`) are left out: a fresh minikube's
//! control-plane pods would only crowd the picture of the learner's work.
//!
//! Colours: each ReplicaSet of a Deployment gets a colour by creation
//! order, so old and new revisions differ and a rolled-back ReplicaSet
//! keeps its colour (its revision number changes on `rollout undo`, its
//! pods do not).

use crate::api::{Deployment, Endpoints, Node, Pod, ReplicaSet, Service};
use crate::engine::Cluster;

/// How many revision colours the palette has (`kp-rev-0` … `kp-rev-5`).
pub const REVISION_COLOURS: usize = 6;

/// The most pods drawn; more are counted in [`Model::pods_hidden`]. The
/// engine allows thousands; the picture stays usable and fast this way.
pub const VIEW_PODS_MAX: usize = 500;

/// A node.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NodeView {
    pub name: String,
    /// `Ready`, `NotReady` or `Unknown`, as `kubectl get nodes` says, with
    /// `,SchedulingDisabled` when cordoned.
    pub status: String,
    /// Its machine is off (`minikube node stop`).
    pub stopped: bool,
}

/// A pod.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PodView {
    /// `namespace/name`.
    pub key: String,
    pub namespace: String,
    pub name: String,
    /// The name without its ReplicaSet's prefix (`xkt2r` of
    /// `web-5485cc6795-xkt2r`), or the whole name of a bare pod.
    pub short: String,
    /// "" until scheduled.
    pub node: String,
    pub ip: String,
    /// The first container's image.
    pub image: String,
    /// The STATUS column of `kubectl get pods`.
    pub status: String,
    pub ready: bool,
    pub restarts: i32,
    /// Key of the controlling ReplicaSet.
    pub owner: Option<String>,
    /// Revision colour of that ReplicaSet.
    pub colour: Option<usize>,
}

/// A ReplicaSet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RsView {
    pub key: String,
    pub name: String,
    /// Key of the owning Deployment.
    pub deployment: Option<String>,
    pub revision: i64,
    /// The image's last path segment with its tag (`kubernetes-bootcamp:v1`).
    pub image_tag: String,
    pub desired: i32,
    pub current: i32,
    pub ready: i32,
    pub colour: usize,
    /// The Deployment's current template.
    pub is_new: bool,
}

/// A Deployment and its ReplicaSets (keys, oldest first).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeploymentView {
    pub key: String,
    pub name: String,
    pub desired: i32,
    pub ready: i32,
    pub updated: i32,
    pub available: i32,
    pub replica_sets: Vec<String>,
}

/// A Service and the pods behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceView {
    pub key: String,
    pub name: String,
    /// `ClusterIP`, `NodePort`, `LoadBalancer`.
    pub type_: String,
    /// The first port as `kubectl get svc` shows it (`8080:31234/TCP`).
    pub port: String,
    /// Endpoint pod keys with their readiness, in address order.
    pub endpoints: Vec<(String, bool)>,
}

/// Everything the view draws.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Model {
    pub nodes: Vec<NodeView>,
    pub deployments: Vec<DeploymentView>,
    pub replica_sets: Vec<RsView>,
    pub pods: Vec<PodView>,
    pub services: Vec<ServiceView>,
    /// Pods not drawn because of [`VIEW_PODS_MAX`].
    pub pods_hidden: usize,
}

/// True for the namespaces the view shows.
pub fn shown_namespace(namespace: &str) -> bool {
    !namespace.starts_with("kube-")
}

fn key(namespace: &str, name: &str) -> String {
    format!("{namespace}/{name}")
}

/// `registry/path/name:tag` → `name:tag` (a digest is cut short).
///
/// Example: `gcr.io/google-samples/kubernetes-bootcamp:v1` →
/// `kubernetes-bootcamp:v1`.
pub fn image_tag(image: &str) -> String {
    let last = image.rsplit('/').next().unwrap_or(image);
    match last.split_once('@') {
        Some((name, digest)) => {
            let short: String = digest.chars().take(14).collect();
            format!("{name}@{short}…")
        }
        None => last.to_string(),
    }
}

impl Model {
    /// Reads the view's snapshot from the cluster.
    pub fn of(cluster: &Cluster) -> Model {
        let mut model = Model {
            nodes: nodes(cluster),
            ..Model::default()
        };
        for d in cluster.list::<Deployment>(None) {
            if shown_namespace(&d.metadata.namespace) {
                add_deployment(cluster, d, &mut model);
            }
        }
        for rs in cluster.list::<ReplicaSet>(None) {
            let k = key(&rs.metadata.namespace, &rs.metadata.name);
            if shown_namespace(&rs.metadata.namespace) && model.replica_set(&k).is_none() {
                model.replica_sets.push(rs_view(rs, None, 0, false));
            }
        }
        let mut pods: Vec<&Pod> = cluster
            .list::<Pod>(None)
            .into_iter()
            .filter(|p| shown_namespace(&p.metadata.namespace))
            .collect();
        // A StatefulSet's pods in ordinal order (web-2 before web-10).
        crate::sorting::sort_by_key(&mut pods, |p| {
            let m = &p.metadata;
            let set = m.controller_ref().filter(|o| o.kind == "StatefulSet");
            let ordinal = set.and_then(|o| crate::api::statefulset::ordinal(&o.name, &m.name));
            match (set, ordinal) {
                (Some(o), Some(n)) => (m.namespace.clone(), o.name.clone(), n),
                _ => (m.namespace.clone(), m.name.clone(), -1),
            }
        });
        model.pods_hidden = pods.len().saturating_sub(VIEW_PODS_MAX);
        for p in pods.into_iter().take(VIEW_PODS_MAX) {
            let view = pod_view(p, &model);
            model.pods.push(view);
        }
        model.services = services(cluster);
        model
    }

    pub fn pod(&self, key: &str) -> Option<&PodView> {
        self.pods.iter().find(|p| p.key == key)
    }

    pub fn replica_set(&self, key: &str) -> Option<&RsView> {
        self.replica_sets.iter().find(|r| r.key == key)
    }

    /// Pods on `node` ("" for the unscheduled), in list order.
    pub fn pods_on<'a>(&'a self, node: &'a str) -> impl Iterator<Item = &'a PodView> + 'a {
        self.pods.iter().filter(move |p| p.node == node)
    }
}

fn nodes(cluster: &Cluster) -> Vec<NodeView> {
    cluster
        .list::<Node>(None)
        .into_iter()
        .map(|n| NodeView {
            name: n.metadata.name.clone(),
            status: match n.spec.unschedulable {
                true => format!("{},SchedulingDisabled", n.ready_status()),
                false => n.ready_status().to_string(),
            },
            stopped: !cluster.node_running(&n.metadata.name),
        })
        .collect()
}

fn add_deployment(cluster: &Cluster, d: &Deployment, model: &mut Model) {
    let ns = &d.metadata.namespace;
    let dkey = key(ns, &d.metadata.name);
    let Ok((new, old)) = cluster.deployment_replicasets(ns, &d.metadata.name) else {
        return;
    };
    let mut owned: Vec<&ReplicaSet> = old.into_iter().chain(new).collect();
    // Colour by creation order: stable across rollbacks.
    crate::sorting::sort_by(&mut owned, |a, b| {
        (a.metadata.creation_timestamp, &a.metadata.name)
            .cmp(&(b.metadata.creation_timestamp, &b.metadata.name))
    });
    let new_name = new.map(|r| r.metadata.name.as_str());
    let mut keys = Vec::new();
    for (i, rs) in owned.iter().enumerate() {
        let is_new = Some(rs.metadata.name.as_str()) == new_name;
        let view = rs_view(rs, Some(&dkey), i % REVISION_COLOURS, is_new);
        keys.push(view.key.clone());
        model.replica_sets.push(view);
    }
    // Shown oldest revision first, so the new one is on the right.
    crate::sorting::sort_by_key(&mut keys, |k| {
        model.replica_set(k).map_or(0, |r| r.revision)
    });
    model.deployments.push(DeploymentView {
        key: dkey,
        name: d.metadata.name.clone(),
        desired: d.replicas(),
        ready: d.status.ready_replicas,
        updated: d.status.updated_replicas,
        available: d.status.available_replicas,
        replica_sets: keys,
    });
}

fn rs_view(rs: &ReplicaSet, deployment: Option<&str>, colour: usize, is_new: bool) -> RsView {
    let image = rs
        .spec
        .template
        .spec
        .containers
        .first()
        .map_or("", |c| c.image.as_str());
    RsView {
        key: key(&rs.metadata.namespace, &rs.metadata.name),
        name: rs.metadata.name.clone(),
        deployment: deployment.map(str::to_string),
        revision: rs.revision(),
        image_tag: image_tag(image),
        desired: rs.spec.replicas.unwrap_or(1),
        current: rs.status.replicas,
        ready: rs.status.ready_replicas,
        colour,
        is_new,
    }
}

fn pod_view(p: &Pod, model: &Model) -> PodView {
    let ns = &p.metadata.namespace;
    let owner = p
        .metadata
        .controller_ref()
        .filter(|o| o.kind == "ReplicaSet")
        .map(|o| key(ns, &o.name));
    let colour = owner
        .as_deref()
        .and_then(|k| model.replica_set(k))
        .map(|r| r.colour);
    // A Job's or StatefulSet's pods have no box around them: they keep
    // their full name.
    let short = p
        .metadata
        .controller_ref()
        .filter(|o| o.kind != "Job" && o.kind != "StatefulSet")
        .and_then(|o| p.metadata.name.strip_prefix(&format!("{}-", o.name)))
        .unwrap_or(&p.metadata.name)
        .to_string();
    PodView {
        key: key(ns, &p.metadata.name),
        namespace: ns.clone(),
        name: p.metadata.name.clone(),
        short,
        node: p.spec.node_name.clone(),
        ip: p.status.pod_ip.clone(),
        image: p
            .spec
            .containers
            .first()
            .map_or(String::new(), |c| c.image.clone()),
        status: p.display_status(),
        ready: p.is_ready(),
        restarts: p.restarts(),
        owner,
        colour,
    }
}

fn services(cluster: &Cluster) -> Vec<ServiceView> {
    cluster
        .list::<Service>(None)
        .into_iter()
        .filter(|s| shown_namespace(&s.metadata.namespace) && s.spec.selector.is_some())
        .map(|s| {
            let ns = &s.metadata.namespace;
            let port = s
                .spec
                .ports
                .first()
                .map_or(String::new(), |p| match p.node_port {
                    0 => format!("{}/{}", p.port, p.protocol),
                    n => format!("{}:{}/{}", p.port, n, p.protocol),
                });
            ServiceView {
                key: key(ns, &s.metadata.name),
                name: s.metadata.name.clone(),
                type_: s.spec.type_.clone(),
                port,
                endpoints: endpoints(cluster, ns, &s.metadata.name),
            }
        })
        .collect()
}

fn endpoints(cluster: &Cluster, namespace: &str, name: &str) -> Vec<(String, bool)> {
    let Ok(ep) = cluster.get::<Endpoints>(namespace, name) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for subset in &ep.subsets {
        let ready = subset.addresses.iter().map(|a| (a, true));
        let not_ready = subset.not_ready_addresses.iter().map(|a| (a, false));
        for (a, is_ready) in ready.chain(not_ready) {
            if let Some(r) = a.target_ref.as_ref().filter(|r| r.kind == "Pod") {
                let k = key(namespace, &r.name);
                if !out.iter().any(|(x, _)| x == &k) {
                    out.push((k, is_ready));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Session;

    fn settled(lines: &[&str]) -> Session {
        let mut s = Session::new(1);
        for line in lines {
            s.run(line);
        }
        s.run("sleep 60");
        s
    }

    #[test]
    fn a_fresh_sandbox_has_one_node_and_nothing_else() {
        let mut s = Session::new(1);
        let m = Model::of(&s.world().cluster);
        assert_eq!(m.nodes.len(), 1);
        assert_eq!(m.nodes[0].name, "minikube");
        assert_eq!(m.nodes[0].status, "Ready");
        assert!(m.pods.is_empty(), "system pods are not drawn");
        assert!(m.services.is_empty(), "service/kubernetes has no selector");
        s.run("kubectl cordon minikube");
        let m = Model::of(&s.world().cluster);
        assert_eq!(m.nodes[0].status, "Ready,SchedulingDisabled");
    }

    #[test]
    fn a_scaled_deployment_shows_its_pods_on_the_node_with_the_rs_colour() {
        let s = settled(&[
            "kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1",
            "kubectl expose deployment/kubernetes-bootcamp --type=NodePort --port 8080",
            "kubectl scale deployments/kubernetes-bootcamp --replicas=4",
        ]);
        let m = Model::of(&s.world().cluster);
        assert_eq!(m.pods.len(), 4);
        assert!(m.pods.iter().all(|p| p.ready && p.node == "minikube"));
        assert!(m.pods.iter().all(|p| p.colour == Some(0)));
        assert!(
            m.pods.iter().all(|p| p.short.len() == 5),
            "{:?}",
            m.pods[0].short
        );
        let d = &m.deployments[0];
        assert_eq!((d.desired, d.ready), (4, 4));
        let rs = m.replica_set(&d.replica_sets[0]).unwrap();
        assert_eq!(rs.image_tag, "kubernetes-bootcamp:v1");
        assert!(rs.is_new);
        let svc = &m.services[0];
        assert_eq!(svc.type_, "NodePort");
        assert_eq!(svc.endpoints.len(), 4);
        assert!(svc.port.starts_with("8080:3"));
    }

    #[test]
    fn a_stateful_sets_pods_come_in_ordinal_order_by_name() {
        let s = settled(&[
            "kubectl create service clusterip nginx --clusterip=None",
            "printf 'apiVersion: apps/v1\\nkind: StatefulSet\\nmetadata:\\n  name: web\\nspec:\\n  replicas: 11\\n  podManagementPolicy: Parallel\\n  selector:\\n    matchLabels:\\n      app: web\\n  template:\\n    metadata:\\n      labels:\\n        app: web\\n    spec:\\n      containers:\\n      - name: nginx\\n        image: nginx\\n' | kubectl apply -f -",
            "sleep 30",
        ]);
        let m = Model::of(&s.world().cluster);
        let names: Vec<&str> = m.pods.iter().map(|p| p.short.as_str()).collect();
        let want: Vec<String> = (0..11).map(|i| format!("web-{i}")).collect();
        assert_eq!(names, want);
    }

    #[test]
    fn a_finished_job_shows_its_completed_pod_by_name() {
        let s = settled(&[
            "kubectl create job hello --image=busybox -- echo hi",
            "sleep 30",
        ]);
        let m = Model::of(&s.world().cluster);
        assert_eq!(m.pods.len(), 1);
        let p = &m.pods[0];
        assert!(
            p.name.starts_with("hello-") && p.short == p.name,
            "{}",
            p.short
        );
        assert_eq!((p.status.as_str(), p.owner.as_deref()), ("Completed", None));
        use crate::scene::status::Phase;
        assert_eq!(Phase::of_pod(p), Phase::Completed);
    }

    #[test]
    fn a_rollout_gives_the_new_replicaset_the_next_colour_and_undo_keeps_colours() {
        let mut s = settled(&[
            "kubectl create deployment web --image=gcr.io/google-samples/kubernetes-bootcamp:v1",
            "kubectl set image deployment/web kubernetes-bootcamp=jocatalin/kubernetes-bootcamp:v2",
        ]);
        let m = Model::of(&s.world().cluster);
        let d = &m.deployments[0];
        let tags: Vec<(String, usize, bool)> = d
            .replica_sets
            .iter()
            .map(|k| m.replica_set(k).unwrap())
            .map(|r| (r.image_tag.clone(), r.colour, r.is_new))
            .collect();
        assert_eq!(
            tags,
            [
                ("kubernetes-bootcamp:v1".to_string(), 0, false),
                ("kubernetes-bootcamp:v2".to_string(), 1, true)
            ]
        );
        s.run("kubectl rollout undo deployment/web");
        s.run("sleep 60");
        let m = Model::of(&s.world().cluster);
        let v1 = m
            .replica_sets
            .iter()
            .find(|r| r.image_tag.ends_with(":v1"))
            .unwrap();
        assert!(v1.is_new && v1.colour == 0 && v1.revision == 3);
        assert!(m.pods.iter().all(|p| p.colour == Some(0)));
    }

    #[test]
    fn after_a_rollback_every_revision_stays_in_the_picture() {
        let mut s = settled(&[
            "kubectl create deployment web --image=gcr.io/google-samples/kubernetes-bootcamp:v1",
            "kubectl set image deployment/web kubernetes-bootcamp=jocatalin/kubernetes-bootcamp:v2",
            "sleep 60",
            "kubectl set image deployment/web kubernetes-bootcamp=gcr.io/google-samples/kubernetes-bootcamp:v10",
        ]);
        s.run("kubectl rollout undo deployment/web");
        s.run("sleep 60");
        let m = Model::of(&s.world().cluster);
        let shown: Vec<(String, i64, i32, bool)> =
            crate::scene::layout::shown_replica_sets(&m, &m.deployments[0])
                .into_iter()
                .map(|r| (r.image_tag.clone(), r.revision, r.desired, r.is_new))
                .collect();
        let tag = |t: &str| format!("kubernetes-bootcamp:{t}");
        assert_eq!(
            shown,
            [
                (tag("v1"), 1, 0, false),
                (tag("v10"), 3, 0, false),
                (tag("v2"), 4, 1, true)
            ]
        );
    }

    #[test]
    fn image_tags_keep_the_last_path_segment() {
        assert_eq!(image_tag("nginx"), "nginx");
        assert_eq!(image_tag("a/b/c:1.0"), "c:1.0");
        assert_eq!(
            image_tag("nginx@sha256:0123456789abcdef0123"),
            "nginx@sha256:0123456…"
        );
    }
}
