//! Row cells for Services, Endpoints, Nodes, Events, ConfigMaps and
//! Namespaces, following kubectl's server-side printers (`printService`'s
//! EXTERNAL-IP and PORT(S) rules, `formatEndpoints`' "+ N more...", node
//! roles from `node-role.kubernetes.io/*` labels, event source text).

use super::typed_age;
use crate::api::object::Object;
use crate::api::service::{EndpointSubset, Service, ServicePort};
use crate::api::time::Time;
use crate::kubectl::printers::age::{human_duration, unix_secs};
use crate::kubectl::printers::fields::format_label_map;

/// LoadBalancer addresses longer than this are cut to `…` unless wide.
const LOAD_BALANCER_WIDTH: usize = 16;
/// `formatEndpoints` shows this many addresses, then "+ N more...".
const ENDPOINTS_SHOWN_MAX: usize = 3;

/// `printService`: TYPE, CLUSTER-IP, EXTERNAL-IP, PORT(S) (and, wide,
/// SELECTOR).
pub fn service_row(obj: &Object, now: i64, wide: bool) -> Vec<String> {
    let Object::Service(svc) = obj else {
        return default_row(obj, now, wide);
    };
    let kind = svc.type_name();
    let cluster_ip = svc.spec.cluster_ips.first().unwrap_or(&svc.spec.cluster_ip);
    let cluster_ip = if cluster_ip.is_empty() {
        "<none>"
    } else {
        cluster_ip
    };
    let mut row = vec![
        svc.metadata.name.clone(),
        kind.to_string(),
        cluster_ip.to_string(),
        external_ip(svc, kind, wide),
        port_string(&svc.spec.ports),
        typed_age(&svc.metadata, now),
    ];
    if wide {
        row.push(match &svc.spec.selector {
            Some(selector) => format_label_map(selector),
            None => "<none>".to_string(),
        });
    }
    row
}

fn external_ip(svc: &Service, kind: &str, wide: bool) -> String {
    let external = &svc.spec.external_ips;
    match kind {
        "ClusterIP" | "NodePort" => {
            if external.is_empty() {
                "<none>".to_string()
            } else {
                external.join(",")
            }
        }
        "LoadBalancer" => {
            let ingress: Vec<&str> = svc
                .status
                .load_balancer
                .ingress
                .iter()
                .map(|i| {
                    if i.ip.is_empty() {
                        i.hostname.as_str()
                    } else {
                        i.ip.as_str()
                    }
                })
                .filter(|s| !s.is_empty())
                .collect();
            let mut lb = ingress.join(",");
            if !wide && lb.chars().count() > LOAD_BALANCER_WIDTH {
                lb = lb.chars().take(LOAD_BALANCER_WIDTH - 3).collect::<String>() + "...";
            }
            let mut all: Vec<String> = if lb.is_empty() {
                Vec::new()
            } else {
                lb.split(',').map(str::to_string).collect()
            };
            all.extend(external.iter().cloned());
            if all.is_empty() {
                "<pending>".to_string()
            } else {
                all.join(",")
            }
        }
        "ExternalName" => svc.spec.external_name.clone(),
        _ => "<unknown>".to_string(),
    }
}

/// `8080:30820/TCP,443/TCP`, or `<none>`.
pub fn port_string(ports: &[ServicePort]) -> String {
    let ports: Vec<String> = ports
        .iter()
        .map(|p| {
            let protocol = match p.protocol.as_str() {
                "" => "TCP",
                proto => proto,
            };
            match p.node_port {
                0 => format!("{}/{protocol}", p.port),
                node_port => format!("{}:{node_port}/{protocol}", p.port),
            }
        })
        .collect();
    if ports.is_empty() {
        "<none>".to_string()
    } else {
        ports.join(",")
    }
}

pub fn endpoints_row(obj: &Object, now: i64, wide: bool) -> Vec<String> {
    let Object::Endpoints(ep) = obj else {
        return default_row(obj, now, wide);
    };
    vec![
        ep.metadata.name.clone(),
        format_endpoints(&ep.subsets),
        typed_age(&ep.metadata, now),
    ]
}

/// `10.244.0.8:8080,10.244.0.9:8080,10.244.0.10:8080 + 1 more...`
pub fn format_endpoints(subsets: &[EndpointSubset]) -> String {
    if subsets.is_empty() {
        return "<none>".to_string();
    }
    let mut shown = Vec::new();
    let mut count = 0;
    for subset in subsets {
        let addresses = &subset.addresses;
        if subset.ports.is_empty() {
            count += addresses.len();
            shown.extend(
                addresses
                    .iter()
                    .map(|a| a.ip.clone())
                    .take(ENDPOINTS_SHOWN_MAX.saturating_sub(shown.len())),
            );
            continue;
        }
        for port in &subset.ports {
            count += addresses.len();
            for a in addresses {
                if shown.len() == ENDPOINTS_SHOWN_MAX {
                    break;
                }
                let ip = &a.ip;
                let host = if ip.contains(':') {
                    format!("[{ip}]")
                } else {
                    ip.to_string()
                };
                shown.push(format!("{host}:{}", port.port));
            }
        }
    }
    let joined = shown.join(",");
    if count > ENDPOINTS_SHOWN_MAX {
        format!("{joined} + {} more...", count - ENDPOINTS_SHOWN_MAX)
    } else {
        joined
    }
}

/// `printNode`: STATUS (Ready/NotReady/Unknown, SchedulingDisabled),
/// ROLES, AGE, VERSION (and, wide, addresses and node info).
pub fn node_row(obj: &Object, now: i64, wide: bool) -> Vec<String> {
    let Object::Node(node) = obj else {
        return default_row(obj, now, wide);
    };
    let mut status: Vec<&str> = node
        .status
        .conditions
        .iter()
        .filter(|c| c.type_ == "Ready")
        .take(1)
        .map(|c| {
            if c.status == "True" {
                "Ready"
            } else {
                "NotReady"
            }
        })
        .collect();
    if status.is_empty() {
        status.push("Unknown");
    }
    if node.spec.unschedulable {
        status.push("SchedulingDisabled");
    }
    let labels = node.metadata.labels.iter();
    let info = &node.status.node_info;
    let mut row = vec![
        node.metadata.name.clone(),
        status.join(","),
        node_roles(labels.map(|(k, v)| (k.as_str(), v.as_str()))),
        typed_age(&node.metadata, now),
        info.kubelet_version.clone(),
    ];
    if wide {
        let address = |kind: &str| {
            node.status
                .addresses
                .iter()
                .find(|a| a.type_ == kind)
                .map_or("<none>".to_string(), |a| a.address.clone())
        };
        let known = |v: &str| match v {
            "" => "<unknown>".to_string(),
            v => v.to_string(),
        };
        row.extend([
            address("InternalIP"),
            address("ExternalIP"),
            known(&info.os_image),
            known(&info.kernel_version),
            known(&info.container_runtime_version),
        ]);
    }
    row
}

/// Roles from `node-role.kubernetes.io/<role>` and `kubernetes.io/role`
/// labels.
pub fn node_roles<'a>(labels: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    let mut roles: Vec<String> = Vec::new();
    for (key, value) in labels {
        if let Some(role) = key.strip_prefix("node-role.kubernetes.io/") {
            roles.push(role.to_string());
        } else if key == "kubernetes.io/role" {
            roles.push(value.to_string());
        }
    }
    roles.retain(|r| !r.is_empty());
    crate::sorting::sort(&mut roles);
    roles.dedup();
    if roles.is_empty() {
        "<none>".to_string()
    } else {
        roles.join(",")
    }
}

/// `printEvent`: LAST SEEN, TYPE, REASON, OBJECT, MESSAGE (and, wide,
/// SUBOBJECT, SOURCE, FIRST SEEN, COUNT, NAME).
pub fn event_row(obj: &Object, now: i64, wide: bool) -> Vec<String> {
    let Object::Event(ev) = obj else {
        return default_row(obj, now, wide);
    };
    let age = |t: Option<Time>| match t {
        Some(t) => human_duration(now - unix_secs(t)),
        None => "<unknown>".to_string(),
    };
    let first = age(ev.first_timestamp.or(ev.event_time));
    let last = match ev.last_timestamp {
        Some(t) => age(Some(t)),
        None => first.clone(),
    };
    let count = match ev.count {
        0 => 1,
        n => n,
    };
    // An Event may name any kind text; kubectl lower-cases it with Unicode.
    let kind = crate::kubectl::printers::case::lower(&ev.involved_object.kind);
    let target = match ev.involved_object.name.as_str() {
        "" => kind,
        name => format!("{kind}/{name}"),
    };
    let message = ev.message.trim().to_string();
    let (ty, reason) = (ev.type_.clone(), ev.reason.clone());
    if !wide {
        return vec![last, ty, reason, target, message];
    }
    let component = first_non_empty(&ev.source.component, &ev.reporting_component);
    let host = first_non_empty(&ev.source.host, &ev.reporting_instance);
    let source = match (component, host) {
        ("", _) => String::new(),
        (c, "") => c.to_string(),
        (c, h) => format!("{c}, {h}"),
    };
    vec![
        last,
        ty,
        reason,
        target,
        ev.involved_object.field_path.clone(),
        source,
        message,
        first,
        count.to_string(),
        ev.metadata.name.clone(),
    ]
}

fn first_non_empty<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.is_empty() {
        b
    } else {
        a
    }
}

/// DATA counts `data` and `binaryData` keys.
pub fn configmap_row(obj: &Object, now: i64, wide: bool) -> Vec<String> {
    let Object::ConfigMap(cm) = obj else {
        return default_row(obj, now, wide);
    };
    let data = cm.data.len() + cm.binary_data.len();
    vec![
        cm.metadata.name.clone(),
        data.to_string(),
        typed_age(&cm.metadata, now),
    ]
}

/// TYPE and DATA (keys of `data`; `stringData` is folded in on write).
pub fn secret_row(obj: &Object, now: i64, wide: bool) -> Vec<String> {
    let Object::Secret(s) = obj else {
        return default_row(obj, now, wide);
    };
    vec![
        s.metadata.name.clone(),
        s.type_.clone(),
        s.data.len().to_string(),
        typed_age(&s.metadata, now),
    ]
}

pub fn namespace_row(obj: &Object, now: i64, wide: bool) -> Vec<String> {
    let Object::Namespace(ns) = obj else {
        return default_row(obj, now, wide);
    };
    vec![
        ns.metadata.name.clone(),
        ns.status.phase.clone(),
        typed_age(&ns.metadata, now),
    ]
}

/// kubectl's default printer: NAME and AGE.
pub fn default_row(obj: &Object, now: i64, _wide: bool) -> Vec<String> {
    vec![obj.meta().name.clone(), typed_age(obj.meta(), now)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::FromJson;
    use serde_json::json;

    #[test]
    fn services_print_ports_and_external_ips() {
        let service = |v: serde_json::Value| {
            let mut v = v;
            v["apiVersion"] = json!("v1");
            v["kind"] = json!("Service");
            v["metadata"] = json!({"name": "web"});
            Object::from_json(&v).unwrap()
        };
        let svc = service(
            json!({"spec": {"type": "NodePort", "clusterIP": "10.97.183.51", "ports": [{"port": 8080, "nodePort": 30820, "protocol": "TCP"}], "selector": {"app": "web"}}}),
        );
        assert_eq!(
            service_row(&svc, 0, true)[1..6],
            [
                "NodePort",
                "10.97.183.51",
                "<none>",
                "8080:30820/TCP",
                "<unknown>"
            ]
        );
        assert_eq!(service_row(&svc, 0, true)[6], "app=web");
        let lb = service(
            json!({"spec": {"type": "LoadBalancer", "clusterIPs": ["10.1.2.3"], "ports": [{"port": 80}]}}),
        );
        assert_eq!(service_row(&lb, 0, false)[3], "<pending>");
        let lb = service(
            json!({"spec": {"type": "LoadBalancer"}, "status": {"loadBalancer": {"ingress": [{"hostname": "a-very-long-hostname.example.com"}]}}}),
        );
        assert_eq!(service_row(&lb, 0, false)[3], "a-very-long-h...");
        assert_eq!(service_row(&lb, 0, false)[4], "<none>");
    }

    #[test]
    fn endpoints_show_three_then_more() {
        let ep = json!([{"addresses": [{"ip": "10.0.0.1"}, {"ip": "10.0.0.2"}, {"ip": "10.0.0.3"}, {"ip": "10.0.0.4"}], "ports": [{"port": 8080}]}]);
        let ep = Vec::<EndpointSubset>::from_json(&ep).unwrap();
        assert_eq!(
            format_endpoints(&ep),
            "10.0.0.1:8080,10.0.0.2:8080,10.0.0.3:8080 + 1 more..."
        );
        assert_eq!(format_endpoints(&[]), "<none>");
    }

    #[test]
    fn nodes_and_events() {
        let node = json!({"apiVersion": "v1", "kind": "Node", "metadata": {"name": "minikube", "labels": {"node-role.kubernetes.io/control-plane": ""}},
            "spec": {"unschedulable": true},
            "status": {"conditions": [{"type": "Ready", "status": "True"}], "nodeInfo": {"kubeletVersion": "v1.37.1"}}});
        let node = Object::from_json(&node).unwrap();
        assert_eq!(
            node_row(&node, 0, false)[1..3],
            ["Ready,SchedulingDisabled", "control-plane"]
        );
        let ev = json!({"apiVersion": "v1", "kind": "Event", "metadata": {"name": "p.1"}, "type": "Normal", "reason": "Pulled", "message": " done ", "count": 2,
            "involvedObject": {"kind": "Pod", "name": "p", "fieldPath": "spec.containers{c}"}, "source": {"component": "kubelet", "host": "minikube"},
            "firstTimestamp": "1970-01-01T00:00:00Z", "lastTimestamp": "1970-01-01T00:00:50Z"});
        let ev = Object::from_json(&ev).unwrap();
        assert_eq!(
            event_row(&ev, 60, false),
            vec!["10s", "Normal", "Pulled", "pod/p", "done"]
        );
        assert_eq!(
            event_row(&ev, 60, true)[4..],
            [
                "spec.containers{c}",
                "kubelet, minikube",
                "done",
                "60s",
                "2",
                "p.1"
            ]
        );
    }
}
