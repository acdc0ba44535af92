//! The Endpoints controller: for each Service with a selector, the IPs of
//! the matching pods — ready ones in `addresses`, others in
//! `notReadyAddresses`; terminating pods are left out — with each Service
//! port resolved to the pod's target port (named ports looked up in the
//! pod's containers). Addresses are sorted by IP, as kubectl shows them.

use crate::api::quantity::IntOrString;
use crate::api::service::{EndpointAddress, EndpointPort, EndpointSubset, ObjectReference};
use crate::api::{Endpoints, ObjectMeta, Pod, Selector, Service};
use crate::engine::network::ip_key;
use crate::engine::store::Key;
use crate::engine::Cluster;
use crate::json::ToJson;
use std::collections::BTreeMap;

/// (port name, resolved port, protocol) of one Service port for one pod.
type PortKey = (String, i32, String);

pub fn sync(c: &mut Cluster, key: &Key) {
    let Some(svc) = c.store.services().get(&key.0, &key.1).cloned() else {
        if c.store
            .endpoints()
            .get(&key.0, &key.1)
            .is_some_and(|e| e.metadata.name != "kubernetes")
        {
            c.remove::<Endpoints>(&key.0, &key.1);
        }
        return;
    };
    let Some(selector) = svc.spec.selector.clone().filter(|s| !s.is_empty()) else {
        return;
    };
    let sel = Selector::from_map(&selector);
    // Skip the rebuild when nothing an address shows has changed: a digest
    // of (ip, node, name, uid, ready, ports) over the matching pods.
    let digest = digest_of(c, &svc, &sel, &key.0);
    if c.rt.endpoint_digests.get(key) == Some(&digest)
        && c.store.endpoints().get(&key.0, &key.1).is_some()
    {
        return;
    }
    c.rt.endpoint_digests.insert(key.clone(), digest);
    // Pods grouped by their resolved ports: (ready, not ready) addresses.
    type Addresses = (Vec<EndpointAddress>, Vec<EndpointAddress>);
    let mut groups: BTreeMap<Vec<PortKey>, Addresses> = BTreeMap::new();
    for p in c.store.pods().list(Some(&key.0)) {
        if !sel.matches(&p.metadata.labels)
            || p.status.pod_ip.is_empty()
            || p.metadata.deletion_timestamp.is_some()
        {
            continue;
        }
        let Some(ports) = resolve_ports(&svc, p) else {
            continue;
        };
        let addr = EndpointAddress {
            ip: p.status.pod_ip.clone(),
            node_name: Some(p.spec.node_name.clone()).filter(|n| !n.is_empty()),
            target_ref: Some(ObjectReference {
                kind: "Pod".into(),
                name: p.metadata.name.clone(),
                namespace: p.metadata.namespace.clone(),
                uid: p.metadata.uid.clone(),
                ..ObjectReference::default()
            }),
        };
        let entry = groups.entry(ports).or_default();
        if p.is_ready() {
            entry.0.push(addr);
        } else {
            entry.1.push(addr);
        }
    }
    let subsets: Vec<EndpointSubset> = groups
        .into_iter()
        .map(|(ports, (mut ready, mut not_ready))| {
            crate::sorting::sort_by_key(&mut ready, |a| ip_key(&a.ip));
            crate::sorting::sort_by_key(&mut not_ready, |a| ip_key(&a.ip));
            EndpointSubset {
                addresses: ready,
                not_ready_addresses: not_ready,
                ports: ports
                    .into_iter()
                    .map(|(name, port, protocol)| EndpointPort {
                        name,
                        port,
                        protocol,
                    })
                    .collect(),
            }
        })
        .collect();
    write(c, &svc, subsets);
}

/// FNV-1a over what the Endpoints of `svc` would show.
fn digest_of(c: &Cluster, svc: &Service, sel: &Selector, ns: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for b in bytes.iter().chain(&[0xff]) {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    let mut text = String::new();
    svc.spec.ports.write_json(&mut text);
    feed(text.as_bytes());
    feed(svc.metadata.labels.to_json().to_string().as_bytes());
    for p in c.store.pods().list(Some(ns)) {
        if !sel.matches(&p.metadata.labels)
            || p.status.pod_ip.is_empty()
            || p.metadata.deletion_timestamp.is_some()
        {
            continue;
        }
        for part in [
            &p.status.pod_ip,
            &p.spec.node_name,
            &p.metadata.name,
            &p.metadata.uid,
        ] {
            feed(part.as_bytes());
        }
        feed(&[u8::from(p.is_ready())]);
        for ctr in &p.spec.containers {
            for port in &ctr.ports {
                feed(port.name.as_bytes());
                feed(&port.container_port.to_le_bytes());
            }
        }
    }
    h
}

fn resolve_ports(svc: &Service, p: &Pod) -> Option<Vec<PortKey>> {
    let mut out = Vec::new();
    for sp in &svc.spec.ports {
        let port = match &sp.target_port {
            None => sp.port,
            Some(IntOrString::Int(n)) => i32::try_from(*n).ok()?,
            Some(IntOrString::Str(name)) => p
                .spec
                .containers
                .iter()
                .flat_map(|c| c.ports.iter())
                .find(|cp| &cp.name == name)
                .map(|cp| cp.container_port)?,
        };
        out.push((sp.name.clone(), port, sp.protocol.clone()));
    }
    Some(out)
}

fn write(c: &mut Cluster, svc: &Service, subsets: Vec<EndpointSubset>) {
    let (ns, name) = (&svc.metadata.namespace, &svc.metadata.name);
    // Compare in place: cloning thousands of addresses for nothing is costly.
    let unchanged = c
        .store
        .endpoints()
        .get(ns, name)
        .map(|ep| ep.subsets == subsets && ep.metadata.labels == svc.metadata.labels);
    match unchanged {
        Some(true) => {}
        Some(false) => {
            let Some(mut ep) = c.store.endpoints().get(ns, name).cloned() else {
                return;
            };
            ep.subsets = subsets;
            ep.metadata.labels = svc.metadata.labels.clone();
            let now = c.now().rfc3339();
            ep.metadata.annotations.insert(
                "endpoints.kubernetes.io/last-change-trigger-time".into(),
                now,
            );
            c.put(ep);
        }
        None => {
            let ep = Endpoints {
                metadata: ObjectMeta {
                    labels: svc.metadata.labels.clone(),
                    ..ObjectMeta::named(ns, name)
                },
                subsets,
                ..Endpoints::default()
            };
            let _ = c.create_inner(ns, ep);
        }
    }
}
