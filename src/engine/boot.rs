//! A fresh minikube, built at boot through the same API the learner
//! uses: the four namespaces, the nodes, `service/kubernetes` at
//! 10.96.0.1:443, kube-dns at 10.96.0.10, `configmap/kube-root-ca.crt` in
//! every namespace, CoreDNS as a Deployment, and the static/daemon pods
//! `kubectl get pods -A` shows on a real minikube.

use super::Cluster;
use crate::api::daemonset::DaemonSet;
use crate::api::meta::OwnerReference;
use crate::api::object::Resource;
use crate::api::pod::{Container, ContainerPort, ResourceRequirements, Toleration};
use crate::api::quantity::{IntOrString, Quantity};
use crate::api::selector::LabelSelector;
use crate::api::service::{EndpointAddress, EndpointPort, EndpointSubset};
use crate::api::{
    ConfigMap, Deployment, Endpoints, Namespace, ObjectMeta, Pod, Service, ServicePort,
};
use std::collections::BTreeMap;

fn labels(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    crate::sorting::insert_all(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())))
}

/// Builds the cluster at internal time 0.
pub fn boot(c: &mut Cluster) {
    for ns in ["default", "kube-node-lease", "kube-public", "kube-system"] {
        let _ = c.create_inner(
            "",
            Namespace {
                metadata: ObjectMeta::named("", ns),
                ..Namespace::default()
            },
        );
    }
    c.rt.kube_proxy_uid = c.rng.uuid();
    let nodes = c.config.nodes.clamp(1, super::limits::NODES_MAX);
    for i in 0..nodes {
        let _ = c.add_machine(i as u32, true);
    }
    system_services(c);
    system_configmaps(c);
    kube_proxy_daemonset(c);
    for (name, image, cpu) in [
        ("etcd", "registry.k8s.io/etcd:3.6.5-0", "100m"),
        (
            "kube-apiserver",
            "registry.k8s.io/kube-apiserver:v1.37.1",
            "250m",
        ),
        (
            "kube-controller-manager",
            "registry.k8s.io/kube-controller-manager:v1.37.1",
            "200m",
        ),
        (
            "kube-scheduler",
            "registry.k8s.io/kube-scheduler:v1.37.1",
            "100m",
        ),
    ] {
        let node_uid = c
            .store
            .nodes()
            .get("", "minikube")
            .map(|n| n.metadata.uid.clone())
            .unwrap_or_default();
        let owner = OwnerReference {
            api_version: "v1".into(),
            kind: "Node".into(),
            name: "minikube".into(),
            uid: node_uid,
            controller: Some(true),
            block_owner_deletion: None,
        };
        let mut pod = system_pod(
            &format!("{name}-minikube"),
            name,
            image,
            "minikube",
            Some(owner),
        );
        pod.metadata.labels = labels(&[("component", name), ("tier", "control-plane")]);
        // A static pod's API object is the kubelet's mirror of its manifest
        // file; `kubectl drain` skips pods carrying `config.mirror`.
        let hash = format!("{:016x}{:016x}", fnv(name, 0), fnv(name, 1));
        pod.metadata.annotations = labels(&[
            ("kubernetes.io/config.hash", &hash),
            ("kubernetes.io/config.mirror", &hash),
            ("kubernetes.io/config.source", "file"),
        ]);
        if let Some(ctr) = pod.spec.containers.first_mut() {
            ctr.resources
                .requests
                .insert("cpu".into(), Quantity(cpu.into()));
            if name == "etcd" {
                ctr.resources
                    .requests
                    .insert("memory".into(), Quantity("100Mi".into()));
            }
        }
        let _ = c.create_inner("kube-system", pod);
    }
    let mut sp = system_pod(
        "storage-provisioner",
        "storage-provisioner",
        "gcr.io/k8s-minikube/storage-provisioner:v5",
        "minikube",
        None,
    );
    sp.metadata.labels = labels(&[
        ("addonmanager.kubernetes.io/mode", "Reconcile"),
        ("integration-test", "storage-provisioner"),
    ]);
    sp.spec.service_account_name = "storage-provisioner".into();
    let _ = c.create_inner("kube-system", sp);
    coredns(c);
    storage_class(c);
    c.reconcile();
}

/// minikube's default StorageClass `standard` (its storage-provisioner
/// addon). Stored directly, with a uid derived from its name and no
/// resourceVersion of its own: no draw from the seeded rng and no version
/// bump, so every later name, uid and version stays as it was before
/// storage was simulated.
fn storage_class(c: &mut Cluster) {
    use crate::api::storage::{StorageClass, DEFAULT_CLASS, HOSTPATH};
    let mut meta = ObjectMeta::named("", "standard");
    meta.labels = labels(&[("addonmanager.kubernetes.io/mode", "EnsureExists")]);
    meta.annotations = labels(&[
        ("kubectl.kubernetes.io/last-applied-configuration", "{\"apiVersion\":\"storage.k8s.io/v1\",\"kind\":\"StorageClass\",\"metadata\":{\"annotations\":{\"storageclass.kubernetes.io/is-default-class\":\"true\"},\"labels\":{\"addonmanager.kubernetes.io/mode\":\"EnsureExists\"},\"name\":\"standard\"},\"provisioner\":\"k8s.io/minikube-hostpath\"}\n"),
        (DEFAULT_CLASS, "true"),
    ]);
    let (a, b) = (fnv("standard", 2), fnv("standard", 3));
    meta.uid = format!(
        "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
        a >> 32,
        a & 0xffff,
        (a >> 16) & 0xfff,
        b & 0xfff,
        b >> 16
    );
    meta.creation_timestamp = Some(c.now());
    meta.resource_version = c.store.resource_version.to_string();
    let mut obj = StorageClass {
        metadata: meta,
        provisioner: HOSTPATH.into(),
        ..StorageClass::default()
    }
    .into_object();
    crate::api::defaults::apply_defaults(&mut obj);
    obj.set_type_meta();
    c.store.put_object(obj);
}

/// FNV-1a of `text` from a seed: a stable stand-in for the kubelet's
/// manifest hash (no draw from the seeded rng, which would move every
/// later name).
pub fn fnv(text: &str, seed: u64) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325 ^ seed, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn system_pod(
    name: &str,
    container: &str,
    image: &str,
    node: &str,
    owner: Option<OwnerReference>,
) -> Pod {
    let mut pod = Pod {
        metadata: ObjectMeta::named("kube-system", name),
        ..Pod::default()
    };
    pod.metadata.owner_references.extend(owner);
    pod.spec.host_network = true;
    pod.spec.node_name = node.into();
    pod.spec.priority_class_name = "system-node-critical".into();
    pod.spec.priority = Some(2_000_001_000);
    pod.spec.tolerations.push(Toleration {
        effect: "NoExecute".into(),
        operator: "Exists".into(),
        ..Toleration::default()
    });
    pod.spec.containers.push(Container {
        name: container.into(),
        image: image.into(),
        ..Container::default()
    });
    pod
}

/// kube-proxy's DaemonSet, stored directly with the uid its pods already
/// name as owner (so booting draws nothing more from the seeded rng).
fn kube_proxy_daemonset(c: &mut Cluster) {
    let l = labels(&[("k8s-app", "kube-proxy")]);
    let mut ds = DaemonSet {
        metadata: ObjectMeta::named("kube-system", "kube-proxy"),
        ..DaemonSet::default()
    };
    ds.metadata.uid = c.rt.kube_proxy_uid.clone();
    ds.metadata.creation_timestamp = Some(c.now());
    ds.metadata.generation = 1;
    ds.metadata.labels = l.clone();
    ds.metadata.annotations.insert(
        "deprecated.daemonset.template.generation".into(),
        "1".into(),
    );
    ds.spec.selector = Some(LabelSelector::from_labels(&l));
    ds.spec.template.metadata.labels = l;
    let t = &mut ds.spec.template.spec;
    t.host_network = true;
    t.priority_class_name = "system-node-critical".into();
    t.service_account_name = "kube-proxy".into();
    t.node_selector = labels(&[("kubernetes.io/os", "linux")]);
    t.tolerations.push(Toleration {
        operator: "Exists".into(),
        ..Toleration::default()
    });
    t.containers.push(Container {
        name: "kube-proxy".into(),
        image: KUBE_PROXY_IMAGE.into(),
        command: vec![
            "/usr/local/bin/kube-proxy".into(),
            "--config=/var/lib/kube-proxy/config.conf".into(),
            "--hostname-override=$(NODE_NAME)".into(),
        ],
        ..Container::default()
    });
    let mut obj = ds.into_object();
    crate::api::defaults::apply_defaults(&mut obj);
    if let Some(mut ds) = DaemonSet::from_object(obj) {
        // Stored without the create path, so it needs its type meta here
        // (`get ds -o yaml` showed `kind: ""`; found by the differential suite).
        ds.set_type_meta();
        c.put(ds);
    }
}

const KUBE_PROXY_IMAGE: &str = "registry.k8s.io/kube-proxy:v1.37.1";

/// The per-node daemon pods (kube-proxy), as its DaemonSet would create them.
pub fn add_node_daemons(c: &mut Cluster, node: &str) {
    let owner = OwnerReference {
        api_version: "apps/v1".into(),
        kind: "DaemonSet".into(),
        name: "kube-proxy".into(),
        uid: c.rt.kube_proxy_uid.clone(),
        controller: Some(true),
        block_owner_deletion: Some(true),
    };
    let mut pod = system_pod("", "kube-proxy", KUBE_PROXY_IMAGE, node, Some(owner));
    pod.metadata.generate_name = "kube-proxy-".into();
    pod.spec.node_selector = labels(&[("kubernetes.io/os", "linux")]);
    pod.metadata.labels = labels(&[
        ("controller-revision-hash", "7c4b8f7d6c"),
        ("k8s-app", "kube-proxy"),
        ("pod-template-generation", "1"),
    ]);
    let _ = c.create_inner("kube-system", pod);
}

fn system_services(c: &mut Cluster) {
    let mut k = Service {
        metadata: ObjectMeta::named("default", "kubernetes"),
        ..Service::default()
    };
    k.metadata.labels = labels(&[("component", "apiserver"), ("provider", "kubernetes")]);
    k.spec.cluster_ip = "10.96.0.1".into();
    k.spec.ports.push(ServicePort {
        name: "https".into(),
        port: 443,
        target_port: Some(IntOrString::Int(8443)),
        ..ServicePort::default()
    });
    let _ = c.create_inner("default", k);
    let mut dns = Service {
        metadata: ObjectMeta::named("kube-system", "kube-dns"),
        ..Service::default()
    };
    dns.metadata.labels = labels(&[
        ("k8s-app", "kube-dns"),
        ("kubernetes.io/cluster-service", "true"),
        ("kubernetes.io/name", "CoreDNS"),
    ]);
    dns.metadata.annotations = labels(&[
        ("prometheus.io/port", "9153"),
        ("prometheus.io/scrape", "true"),
    ]);
    dns.spec.cluster_ip = "10.96.0.10".into();
    dns.spec.selector = Some(labels(&[("k8s-app", "kube-dns")]));
    for (name, port, proto) in [
        ("dns", 53, "UDP"),
        ("dns-tcp", 53, "TCP"),
        ("metrics", 9153, "TCP"),
    ] {
        dns.spec.ports.push(ServicePort {
            name: name.into(),
            port,
            protocol: proto.into(),
            target_port: Some(IntOrString::Int(i64::from(port))),
            ..ServicePort::default()
        });
    }
    let _ = c.create_inner("kube-system", dns);
    let ep = Endpoints {
        metadata: ObjectMeta {
            labels: labels(&[("endpointslice.kubernetes.io/skip-mirror", "true")]),
            ..ObjectMeta::named("default", "kubernetes")
        },
        subsets: vec![EndpointSubset {
            addresses: vec![EndpointAddress {
                ip: "192.168.49.2".into(),
                node_name: None,
                target_ref: None,
            }],
            not_ready_addresses: vec![],
            ports: vec![EndpointPort {
                name: "https".into(),
                port: 8443,
                protocol: "TCP".into(),
            }],
        }],
        ..Endpoints::default()
    };
    let _ = c.create_inner("default", ep);
}

/// Publishes `kube-root-ca.crt` into a namespace, as the root CA publisher does.
pub fn publish_root_ca(c: &mut Cluster, ns: &str) {
    let body: String = (0..16)
        .map(|_| {
            c.rng.string_from(
                b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
                64,
            ) + "\n"
        })
        .collect();
    let mut cm = ConfigMap {
        metadata: ObjectMeta::named(ns, "kube-root-ca.crt"),
        ..ConfigMap::default()
    };
    cm.metadata.annotations.insert("kubernetes.io/description".into(), "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.".into());
    cm.data.insert(
        "ca.crt".into(),
        format!("-----BEGIN CERTIFICATE-----\n{body}-----END CERTIFICATE-----\n"),
    );
    let _ = c.create_inner(ns, cm);
}

fn system_configmaps(c: &mut Cluster) {
    let corefile = ".:53 {\n    log\n    errors\n    health {\n       lameduck 5s\n    }\n    ready\n    kubernetes cluster.local in-addr.arpa ip6.arpa {\n       pods insecure\n       fallthrough in-addr.arpa ip6.arpa\n       ttl 30\n    }\n    prometheus :9153\n    hosts {\n       192.168.49.1 host.minikube.internal\n       fallthrough\n    }\n    forward . /etc/resolv.conf {\n       max_concurrent 1000\n    }\n    cache 30 {\n       disable success cluster.local\n       disable denial cluster.local\n    }\n    loop\n    reload\n    loadbalance\n}\n";
    for (ns, name, key, value) in [
        ("kube-system", "coredns", "Corefile", corefile),
        ("kube-system", "kube-proxy", "config.conf", "apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nclusterCIDR: 10.244.0.0/16\nmode: \"\"\n"),
        ("kube-system", "kubeadm-config", "ClusterConfiguration", "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nkubernetesVersion: v1.37.1\nnetworking:\n  dnsDomain: cluster.local\n  podSubnet: 10.244.0.0/16\n  serviceSubnet: 10.96.0.0/12\n"),
        ("kube-system", "kubelet-config", "kubelet", "apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nclusterDNS:\n- 10.96.0.10\nclusterDomain: cluster.local\n"),
        ("kube-public", "cluster-info", "kubeconfig", "apiVersion: v1\nclusters:\n- cluster:\n    server: https://control-plane.minikube.internal:8443\n  name: \"\"\nkind: Config\n"),
    ] {
        let mut cm = ConfigMap {
            metadata: ObjectMeta::named(ns, name),
            ..ConfigMap::default()
        };
        cm.data.insert(key.into(), value.into());
        let _ = c.create_inner(ns, cm);
    }
}

fn coredns(c: &mut Cluster) {
    let l = labels(&[("k8s-app", "kube-dns")]);
    let mut d = Deployment {
        metadata: ObjectMeta::named("kube-system", "coredns"),
        ..Deployment::default()
    };
    d.metadata.labels = l.clone();
    d.spec.selector = Some(LabelSelector::from_labels(&l));
    d.spec.template.metadata.labels = l;
    let t = &mut d.spec.template.spec;
    t.priority_class_name = "system-cluster-critical".into();
    t.service_account_name = "coredns".into();
    t.dns_policy = "Default".into();
    let mut resources = ResourceRequirements::default();
    resources
        .requests
        .insert("cpu".into(), Quantity("100m".into()));
    resources
        .requests
        .insert("memory".into(), Quantity("70Mi".into()));
    resources
        .limits
        .insert("memory".into(), Quantity("170Mi".into()));
    t.containers.push(Container {
        name: "coredns".into(),
        image: "registry.k8s.io/coredns/coredns:v1.12.1".into(),
        args: vec!["-conf".into(), "/etc/coredns/Corefile".into()],
        ports: [
            ("dns", 53, "UDP"),
            ("dns-tcp", 53, "TCP"),
            ("metrics", 9153, "TCP"),
        ]
        .iter()
        .map(|(n, p, proto)| ContainerPort {
            container_port: *p,
            name: (*n).into(),
            protocol: (*proto).into(),
            ..ContainerPort::default()
        })
        .collect(),
        resources,
        ..Container::default()
    });
    let _ = c.create_inner("kube-system", d);
}
