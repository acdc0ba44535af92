//! Nodes as minikube makes them, and the `minikube node add|stop|start|delete`
//! operations. `minikube` is the control-plane node at 192.168.49.2; added
//! nodes are `minikube-m02`, `minikube-m03`, ... at .3, .4, ... with pod
//! CIDRs 10.244.1.0/24, 10.244.2.0/24, ...

use super::clock::Wake;
use super::errors::ApiError;
use super::limits::NODES_MAX;
use super::runtime::NodeRt;
use super::Cluster;
use crate::api::meta::{Condition, Probe};
use crate::api::node::{NodeAddress, NodeSystemInfo, Taint};
use crate::api::object::Kind;
use crate::api::quantity::Quantity;
use crate::api::{Node, ObjectMeta};
use std::collections::BTreeMap;

/// Kubernetes version the simulated cluster runs.
pub const KUBE_VERSION: &str = "v1.37.1";
/// How long a new or restarted node's kubelet takes to report Ready.
pub const NODE_BOOT_MS: u64 = 8_000;

/// The name of node number `index` (0 = `minikube`).
pub fn node_name(index: u32) -> String {
    if index == 0 {
        "minikube".to_string()
    } else {
        format!("minikube-m{:02}", index + 1)
    }
}

fn node_ip(index: u32) -> String {
    format!("192.168.49.{}", index + 2)
}

fn ready_conditions(c: &Cluster, ready: bool) -> Vec<Condition> {
    let now = Some(c.now());
    let mut list = vec![
        Condition::new(
            "MemoryPressure",
            "False",
            "KubeletHasSufficientMemory",
            "kubelet has sufficient memory available",
        ),
        Condition::new(
            "DiskPressure",
            "False",
            "KubeletHasNoDiskPressure",
            "kubelet has no disk pressure",
        ),
        Condition::new(
            "PIDPressure",
            "False",
            "KubeletHasSufficientPID",
            "kubelet has sufficient PID available",
        ),
        if ready {
            Condition::new(
                "Ready",
                "True",
                "KubeletReady",
                "kubelet is posting ready status",
            )
        } else {
            Condition::new(
                "Ready",
                "False",
                "KubeletNotReady",
                "container runtime status check may not have completed yet",
            )
        },
    ];
    for cond in &mut list {
        cond.last_heartbeat_time = now;
        cond.last_transition_time = now;
    }
    list
}

/// The labels minikube and the kubelet put on node `index`.
fn node_labels(index: u32, name: &str) -> BTreeMap<String, String> {
    let mut labels = BTreeMap::new();
    for (k, v) in [
        ("beta.kubernetes.io/arch", "amd64"),
        ("beta.kubernetes.io/os", "linux"),
        ("kubernetes.io/arch", "amd64"),
        ("kubernetes.io/os", "linux"),
        ("minikube.k8s.io/name", "minikube"),
        ("minikube.k8s.io/version", "v1.37.0"),
    ] {
        labels.insert(k.to_string(), v.to_string());
    }
    labels.insert("kubernetes.io/hostname".into(), name.to_string());
    labels.insert("minikube.k8s.io/primary".into(), (index == 0).to_string());
    if index == 0 {
        labels.insert(
            "node-role.kubernetes.io/control-plane".into(),
            String::new(),
        );
        labels.insert(
            "node.kubernetes.io/exclude-from-external-load-balancers".into(),
            String::new(),
        );
    }
    labels
}

fn node_annotations() -> BTreeMap<String, String> {
    let mut annotations = BTreeMap::new();
    annotations.insert(
        "kubeadm.alpha.kubernetes.io/cri-socket".into(),
        "unix:///run/containerd/containerd.sock".into(),
    );
    annotations.insert("node.alpha.kubernetes.io/ttl".into(), "0".into());
    annotations.insert(
        "volumes.kubernetes.io/controller-managed-attach-detach".into(),
        "true".into(),
    );
    annotations
}

/// A minikube node's capacity (= allocatable): 2 CPUs, ~3.7 GiB, 110 pods.
fn node_capacity() -> BTreeMap<String, Quantity> {
    let mut capacity = BTreeMap::new();
    for (k, v) in [
        ("cpu", "2"),
        ("ephemeral-storage", "61202244Ki"),
        ("hugepages-1Gi", "0"),
        ("hugepages-2Mi", "0"),
        ("memory", "3912864Ki"),
        ("pods", "110"),
    ] {
        capacity.insert(k.to_string(), Quantity(v.to_string()));
    }
    capacity
}

/// A node object for machine `index`.
pub fn build_node(c: &mut Cluster, index: u32, ready: bool) -> Node {
    let name = node_name(index);
    let (labels, annotations, capacity) = (
        node_labels(index, &name),
        node_annotations(),
        node_capacity(),
    );
    let cidr = format!("10.244.{index}.0/24");
    let mut node = Node {
        metadata: ObjectMeta {
            name: name.clone(),
            labels,
            annotations,
            ..ObjectMeta::default()
        },
        ..Node::default()
    };
    node.spec.pod_cidr = cidr.clone();
    node.spec.pod_cidrs = vec![cidr];
    if !ready {
        node.spec.taints.push(Taint {
            effect: "NoSchedule".into(),
            key: "node.kubernetes.io/not-ready".into(),
            time_added: None,
            value: String::new(),
        });
    }
    node.status.addresses = vec![
        NodeAddress {
            address: node_ip(index),
            type_: "InternalIP".into(),
        },
        NodeAddress {
            address: name,
            type_: "Hostname".into(),
        },
    ];
    node.status.allocatable = capacity.clone();
    node.status.capacity = capacity;
    node.status.conditions = ready_conditions(c, ready);
    node.status.daemon_endpoints = Some(serde_json::json!({"kubeletEndpoint": {"Port": 10250}}));
    node.status.node_info = NodeSystemInfo {
        architecture: "amd64".into(),
        boot_id: c.rng.uuid(),
        container_runtime_version: "containerd://1.7.27".into(),
        kernel_version: "5.15.0-1057-azure".into(),
        kube_proxy_version: String::new(),
        kubelet_version: KUBE_VERSION.into(),
        machine_id: c.rng.hex(32),
        operating_system: "linux".into(),
        os_image: "Ubuntu 22.04.5 LTS".into(),
        system_uuid: c.rng.uuid(),
    };
    node
}

impl Cluster {
    /// Creates machine `index` and its Node object; `ready` skips the boot wait.
    pub(crate) fn add_machine(&mut self, index: u32, ready: bool) -> Result<String, ApiError> {
        let node = build_node(self, index, ready);
        let name = node.metadata.name.clone();
        self.rt.nodes.insert(
            name.clone(),
            NodeRt {
                index,
                running: true,
                last_heartbeat: self.t,
                images: crate::sorting::insert_all(
                    crate::apps::registry::PRELOADED
                        .iter()
                        .map(|s| s.to_string()),
                ),
                ..NodeRt::default()
            },
        );
        let node = self.create_inner("", node)?;
        self.node_boot_events(&node);
        super::boot::add_node_daemons(self, &name);
        if !ready {
            self.after(
                NODE_BOOT_MS,
                Wake::NodeReady {
                    node: name.clone(),
                    token: 0,
                },
            );
        }
        Ok(name)
    }

    /// What `kubectl get events` shows for a node that just joined.
    fn node_boot_events(&mut self, node: &Node) {
        let name = node.metadata.name.clone();
        let r = super::events::reference(node, "");
        let kubelet = [
            ("Starting", "Starting kubelet.".to_string()),
            (
                "NodeHasSufficientMemory",
                format!("Node {name} status is now: NodeHasSufficientMemory"),
            ),
            (
                "NodeHasNoDiskPressure",
                format!("Node {name} status is now: NodeHasNoDiskPressure"),
            ),
            (
                "NodeHasSufficientPID",
                format!("Node {name} status is now: NodeHasSufficientPID"),
            ),
            (
                "NodeAllocatableEnforced",
                "Updated Node Allocatable limit across pods".to_string(),
            ),
        ];
        for (reason, message) in kubelet {
            let note = super::events::Note {
                type_: "Normal",
                reason,
                message,
                component: "kubelet",
                host: &name,
            };
            self.record(r.clone(), note);
        }
        let message = format!("Node {name} event: Registered Node {name} in Controller");
        self.record(
            r.clone(),
            super::events::Note {
                type_: "Normal",
                reason: "RegisteredNode",
                message,
                component: "node-controller",
                host: "",
            },
        );
        self.record(
            r,
            super::events::Note {
                type_: "Normal",
                reason: "Starting",
                message: String::new(),
                component: "kube-proxy",
                host: &name,
            },
        );
    }

    /// Names of all nodes, sorted.
    pub fn node_names(&self) -> Vec<String> {
        self.store
            .nodes()
            .list(None)
            .map(|n| n.metadata.name.clone())
            .collect()
    }

    /// The InternalIP of a node.
    pub fn node_ip(&self, name: &str) -> Option<String> {
        self.store
            .nodes()
            .get("", name)
            .map(|n| n.internal_ip().to_string())
    }

    /// `minikube ip`: the control-plane node's address.
    pub fn minikube_ip(&self) -> String {
        self.node_ip("minikube").unwrap_or_else(|| node_ip(0))
    }

    /// True when the node's machine is on (false after `minikube node stop`).
    pub fn node_running(&self, name: &str) -> bool {
        self.rt.nodes.get(name).is_some_and(|n| n.running)
    }

    /// `minikube node add`: a new worker, NotReady for `NODE_BOOT_MS`,
    /// then Ready. Returns its name.
    pub fn node_add(&mut self) -> Result<String, ApiError> {
        if self.store.nodes().len() >= NODES_MAX {
            return Err(ApiError::forbidden(format!(
                "the playground runs at most {NODES_MAX} nodes"
            )));
        }
        let index = (1..)
            .take(NODES_MAX)
            .find(|i| !self.rt.nodes.values().any(|n| n.index == *i))
            .unwrap_or(NODES_MAX as u32);
        let name = self.add_machine(index, false)?;
        self.reconcile();
        Ok(name)
    }

    /// `minikube node stop NAME`: the machine goes off. Its kubelet stops
    /// reporting, so after the node-monitor grace period the node turns
    /// `Unknown`/NotReady, its pods stop receiving traffic, and after the
    /// eviction timeout they are deleted and replaced elsewhere.
    pub fn node_stop(&mut self, name: &str) -> Result<(), ApiError> {
        self.get::<Node>("", name)?;
        let grace = self.config.node_monitor_grace_ms;
        let Some(rt) = self.rt.nodes.get_mut(name) else {
            return Err(ApiError::not_found(Kind::Node, name));
        };
        if !rt.running {
            return Ok(());
        }
        rt.running = false;
        rt.token += 1;
        rt.pulling.clear();
        let token = rt.token;
        self.changes.push(
            self.t.saturating_sub(self.session_start),
            super::changes::Change::NodeStatus {
                name: name.to_string(),
                status: "Stopped".into(),
            },
        );
        self.after(
            grace,
            Wake::NodeMonitor {
                node: name.to_string(),
                token,
            },
        );
        Ok(())
    }

    /// `minikube node start NAME`: the machine boots and its kubelet
    /// reports Ready after `NODE_BOOT_MS`, restarting the pods it still has.
    pub fn node_start(&mut self, name: &str) -> Result<(), ApiError> {
        self.get::<Node>("", name)?;
        let Some(rt) = self.rt.nodes.get_mut(name) else {
            return Err(ApiError::not_found(Kind::Node, name));
        };
        if rt.running {
            return Ok(());
        }
        rt.running = true;
        rt.token += 1;
        let token = rt.token;
        self.after(
            NODE_BOOT_MS,
            Wake::NodeReady {
                node: name.to_string(),
                token,
            },
        );
        Ok(())
    }

    /// `minikube node delete NAME`: the node and its pods go at once (pod
    /// garbage collection force-deletes pods of a missing node).
    pub fn node_delete(&mut self, name: &str) -> Result<(), ApiError> {
        self.get::<Node>("", name)?;
        if name == "minikube" {
            return Err(ApiError::forbidden(
                "cannot delete the control-plane node \"minikube\"",
            ));
        }
        self.rt.nodes.remove(name);
        self.delete_inner(Kind::Node, "", name, Default::default())?;
        self.reconcile();
        Ok(())
    }

    /// Sets a node's Ready condition (and the matching taints).
    pub(crate) fn set_node_ready(&mut self, name: &str, status: &str) {
        let Some(mut node) = self.store.nodes().get("", name).cloned() else {
            return;
        };
        let now = self.now();
        let (reason, message) = match status {
            "True" => ("KubeletReady", "kubelet is posting ready status"),
            "Unknown" => ("NodeStatusUnknown", "Kubelet stopped posting node status."),
            _ => (
                "KubeletNotReady",
                "container runtime status check may not have completed yet",
            ),
        };
        for cond in &mut node.status.conditions {
            let (st, rs, msg) = if cond.type_ == "Ready" {
                (status, reason, message)
            } else if status == "Unknown" {
                (
                    "Unknown",
                    "NodeStatusUnknown",
                    "Kubelet stopped posting node status.",
                )
            } else {
                (
                    cond.status.as_str(),
                    cond.reason.as_str(),
                    cond.message.as_str(),
                )
            };
            let (st, rs, msg) = (st.to_string(), rs.to_string(), msg.to_string());
            if cond.status != st {
                cond.last_transition_time = Some(now);
            }
            if status != "Unknown" {
                cond.last_heartbeat_time = Some(now);
            }
            cond.status = st;
            cond.reason = rs;
            cond.message = msg;
            cond.last_probe_time = Probe::Absent;
        }
        node.spec
            .taints
            .retain(|t| !t.key.starts_with("node.kubernetes.io/"));
        let key = match status {
            "True" => None,
            "Unknown" => Some("node.kubernetes.io/unreachable"),
            _ => Some("node.kubernetes.io/not-ready"),
        };
        if let Some(k) = key {
            for effect in ["NoSchedule", "NoExecute"] {
                if effect == "NoExecute" && status != "Unknown" {
                    continue;
                }
                node.spec.taints.push(Taint {
                    effect: effect.into(),
                    key: k.into(),
                    time_added: (effect == "NoExecute").then_some(now),
                    value: String::new(),
                });
            }
        }
        self.put(node);
    }
}
