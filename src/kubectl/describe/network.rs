//! `kubectl describe service` (per-port `Port`/`TargetPort`/`NodePort`
//! and `Endpoints` lines, traffic policies) and `describe endpoints`.

use serde_json::Value;

use super::common::{annotations, labels};
use crate::kubectl::printers::describe::{DescribeWriter, LEVEL_0, LEVEL_1};
use crate::kubectl::printers::fields::{at, format_labels, int, list, map, text};

/// The Endpoints line shows this many addresses, then "+ N more...".
const ENDPOINTS_SHOWN_MAX: usize = 3;

/// `endpoints`: the service's Endpoints object, if it has one.
pub fn describe_service(
    svc: &Value,
    endpoints: Option<&Value>,
    events: &[Value],
    now: i64,
) -> String {
    let mut w = DescribeWriter::new();
    w.write(
        LEVEL_0,
        &format!("Name:\t{}\n", text(svc, &["metadata", "name"])),
    );
    w.write(
        LEVEL_0,
        &format!("Namespace:\t{}\n", text(svc, &["metadata", "namespace"])),
    );
    labels(&mut w, "", "Labels", map(svc, &["metadata", "labels"]));
    annotations(
        &mut w,
        "",
        "Annotations",
        map(svc, &["metadata", "annotations"]),
    );
    w.write(
        LEVEL_0,
        &format!(
            "Selector:\t{}\n",
            format_labels(map(svc, &["spec", "selector"]))
        ),
    );
    let kind = match text(svc, &["spec", "type"]) {
        "" => "ClusterIP",
        t => t,
    };
    w.write(LEVEL_0, &format!("Type:\t{kind}\n"));
    if let Some(policy) = at(svc, &["spec", "ipFamilyPolicy"]).and_then(Value::as_str) {
        w.write(LEVEL_0, &format!("IP Family Policy:\t{policy}\n"));
    }
    let families: Vec<&str> = list(svc, &["spec", "ipFamilies"])
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let none = |l: Vec<&str>| match l.join(",") {
        s if s.is_empty() => "<none>".to_string(),
        s => s,
    };
    w.write(LEVEL_0, &format!("IP Families:\t{}\n", none(families)));
    w.write(
        LEVEL_0,
        &format!("IP:\t{}\n", text(svc, &["spec", "clusterIP"])),
    );
    let ips: Vec<&str> = list(svc, &["spec", "clusterIPs"])
        .iter()
        .filter_map(Value::as_str)
        .collect();
    w.write(LEVEL_0, &format!("IPs:\t{}\n", none(ips)));
    let external: Vec<&str> = list(svc, &["spec", "externalIPs"])
        .iter()
        .filter_map(Value::as_str)
        .collect();
    if !external.is_empty() {
        w.write(LEVEL_0, &format!("External IPs:\t{}\n", external.join(",")));
    }
    let external_name = text(svc, &["spec", "externalName"]);
    if !external_name.is_empty() {
        w.write(LEVEL_0, &format!("External Name:\t{external_name}\n"));
    }
    let ingress: Vec<String> = list(svc, &["status", "loadBalancer", "ingress"])
        .iter()
        .map(|i| {
            format!(
                "{} (VIP)",
                if text(i, &["ip"]).is_empty() {
                    text(i, &["hostname"])
                } else {
                    text(i, &["ip"])
                }
            )
        })
        .collect();
    if !ingress.is_empty() {
        w.write(
            LEVEL_0,
            &format!("LoadBalancer Ingress:\t{}\n", ingress.join(", ")),
        );
    }
    for port in list(svc, &["spec", "ports"]) {
        port_lines(&mut w, port, endpoints);
    }
    w.write(
        LEVEL_0,
        &format!(
            "Session Affinity:\t{}\n",
            or(text(svc, &["spec", "sessionAffinity"]), "None")
        ),
    );
    if kind == "NodePort" || kind == "LoadBalancer" {
        w.write(
            LEVEL_0,
            &format!(
                "External Traffic Policy:\t{}\n",
                or(text(svc, &["spec", "externalTrafficPolicy"]), "Cluster")
            ),
        );
    }
    if let Some(policy) = at(svc, &["spec", "internalTrafficPolicy"]).and_then(Value::as_str) {
        w.write(LEVEL_0, &format!("Internal Traffic Policy:\t{policy}\n"));
    }
    w.events(events, now);
    w.finish()
}

fn or<'a>(value: &'a str, default: &'a str) -> &'a str {
    if value.is_empty() {
        default
    } else {
        value
    }
}

fn port_lines(w: &mut DescribeWriter, port: &Value, endpoints: Option<&Value>) {
    let name = or(text(port, &["name"]), "<unset>");
    let proto = or(text(port, &["protocol"]), "TCP");
    w.write(
        LEVEL_0,
        &format!("Port:\t{name}\t{}/{proto}\n", int(port, &["port"])),
    );
    let target = match at(port, &["targetPort"]) {
        Some(Value::String(s)) => s.clone(),
        Some(v) => v.to_string(),
        None => int(port, &["port"]).to_string(),
    };
    w.write(LEVEL_0, &format!("TargetPort:\t{target}/{proto}\n"));
    if int(port, &["nodePort"]) != 0 {
        w.write(
            LEVEL_0,
            &format!("NodePort:\t{name}\t{}/{proto}\n", int(port, &["nodePort"])),
        );
    }
    w.write(
        LEVEL_0,
        &format!(
            "Endpoints:\t{}\n",
            endpoint_text(endpoints, text(port, &["name"]))
        ),
    );
}

/// Ready `ip:port` pairs for the port named `port_name`: `<none>` without
/// an Endpoints object, empty when it has no ready address.
fn endpoint_text(endpoints: Option<&Value>, port_name: &str) -> String {
    let Some(ep) = endpoints else {
        return "<none>".to_string();
    };
    let mut all = Vec::new();
    for subset in list(ep, &["subsets"]) {
        let ports = list(subset, &["ports"]);
        let port = ports
            .iter()
            .find(|p| text(p, &["name"]) == port_name)
            .or(ports.first());
        let Some(port) = port else { continue };
        for addr in list(subset, &["addresses"]) {
            all.push(format!("{}:{}", text(addr, &["ip"]), int(port, &["port"])));
        }
    }
    let shown: Vec<&String> = all.iter().take(ENDPOINTS_SHOWN_MAX).collect();
    let mut text = shown
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(",");
    if all.len() > ENDPOINTS_SHOWN_MAX {
        text.push_str(&format!(" + {} more...", all.len() - ENDPOINTS_SHOWN_MAX));
    }
    text
}

pub fn describe_endpoints(ep: &Value, events: &[Value], now: i64) -> String {
    let mut w = DescribeWriter::new();
    w.write(
        LEVEL_0,
        &format!("Name:\t{}\n", text(ep, &["metadata", "name"])),
    );
    w.write(
        LEVEL_0,
        &format!("Namespace:\t{}\n", text(ep, &["metadata", "namespace"])),
    );
    labels(&mut w, "", "Labels", map(ep, &["metadata", "labels"]));
    annotations(
        &mut w,
        "",
        "Annotations",
        map(ep, &["metadata", "annotations"]),
    );
    w.write(LEVEL_0, "Subsets:\n");
    for subset in list(ep, &["subsets"]) {
        let ready: Vec<&str> = list(subset, &["addresses"])
            .iter()
            .map(|a| text(a, &["ip"]))
            .collect();
        let not_ready: Vec<&str> = list(subset, &["notReadyAddresses"])
            .iter()
            .map(|a| text(a, &["ip"]))
            .collect();
        w.write(
            LEVEL_1,
            &format!(
                "Addresses:\t{}\n",
                if ready.is_empty() {
                    "<none>".to_string()
                } else {
                    ready.join(",")
                }
            ),
        );
        w.write(
            LEVEL_1,
            &format!(
                "NotReadyAddresses:\t{}\n",
                if not_ready.is_empty() {
                    "<none>".to_string()
                } else {
                    not_ready.join(",")
                }
            ),
        );
        w.write(
            LEVEL_1,
            "Ports:\n    Name\tPort\tProtocol\n    ----\t----\t--------\n",
        );
        for p in list(subset, &["ports"]) {
            w.write(
                LEVEL_1,
                &format!(
                    "  {}\t{}\t{}\n",
                    or(text(p, &["name"]), "<unset>"),
                    int(p, &["port"]),
                    or(text(p, &["protocol"]), "TCP")
                ),
            );
        }
        w.write(LEVEL_0, "\n");
    }
    w.events(events, now);
    w.finish()
}
