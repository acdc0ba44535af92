//! The resource part of `kubectl describe node`: the "Non-terminated
//! Pods" table (each pod's CPU and memory requests and limits, as a share
//! of the node's allocatable) and "Allocated resources" (their totals).
//!
//! Quantities print as Kubernetes' `Quantity.String()` does: a sum keeps
//! the style of its first term (`100m` + `250m` = `350m`; `70Mi` +
//! `100Mi` = `170Mi`; `128M` stays decimal), and percentages are
//! truncated, not rounded (170Mi of 3912864Ki is 4.44%, printed `4%`).

use serde_json::Value;

use crate::api::quantity::{parse_bytes, parse_cpu_millis};
use crate::kubectl::printers::columns::age_of;
use crate::kubectl::printers::describe::{DescribeWriter, LEVEL_0, LEVEL_1};
use crate::kubectl::printers::fields::{list, map, text};

/// A sum of quantities of one resource, in base units (millicores for
/// CPU, bytes otherwise), and whether it prints with binary suffixes.
#[derive(Clone, Copy, Default)]
struct Amount {
    value: u64,
    binary: Option<bool>,
}

impl Amount {
    fn add(&mut self, resource: &str, quantity: &str) {
        let parsed = if resource == "cpu" {
            parse_cpu_millis(quantity)
        } else {
            parse_bytes(quantity)
        };
        let Some(v) = parsed else { return };
        self.value = self.value.saturating_add(v);
        if self.binary.is_none() {
            self.binary = Some(quantity.trim_end().ends_with('i'));
        }
    }

    /// `Quantity.String()`: `750m`, `2`, `170Mi`, `128M`, `0`.
    fn show(self, resource: &str) -> String {
        let v = self.value;
        if v == 0 {
            return "0".into();
        }
        if resource == "cpu" {
            return if v.is_multiple_of(1000) {
                (v / 1000).to_string()
            } else {
                format!("{v}m")
            };
        }
        if self.binary == Some(true) && v >= 1024 {
            let units = ["Ki", "Mi", "Gi", "Ti", "Pi", "Ei"];
            let mut best = None;
            let mut scale = 1u64;
            for unit in units {
                scale = scale.saturating_mul(1024);
                if v.is_multiple_of(scale) {
                    best = Some(format!("{}{unit}", v / scale));
                }
            }
            if let Some(text) = best {
                return text;
            }
        }
        let units = ["k", "M", "G", "T", "P", "E"];
        let mut best = v.to_string();
        let mut scale = 1u64;
        for unit in units {
            scale = scale.saturating_mul(1000);
            if v.is_multiple_of(scale) {
                best = format!("{}{unit}", v / scale);
            }
        }
        best
    }

    /// `750m (37%)`: the amount and its truncated share of `of`.
    fn with_share(self, resource: &str, of: u64) -> String {
        let pct = if of == 0 {
            0
        } else {
            u128::from(self.value) * 100 / u128::from(of)
        };
        format!("{} ({pct}%)", self.show(resource))
    }
}

/// A pod's total request or limit of `resource` over its containers.
fn pod_amount(pod: &Value, field: &str, resource: &str) -> Amount {
    let mut total = Amount::default();
    for c in list(pod, &["spec", "containers"]) {
        if let Some(q) = map(c, &["resources", field])
            .and_then(|m| m.get(resource))
            .and_then(Value::as_str)
        {
            total.add(resource, q);
        }
    }
    total
}

/// The node's allocatable amount of `resource` in base units.
fn allocatable(node: &Value, resource: &str) -> u64 {
    let q = text(node, &["status", "allocatable", resource]);
    let q = if q.is_empty() {
        text(node, &["status", "capacity", resource])
    } else {
        q
    };
    let parsed = if resource == "cpu" {
        parse_cpu_millis(q)
    } else {
        parse_bytes(q)
    };
    parsed.unwrap_or(0)
}

/// "Non-terminated Pods" and "Allocated resources".
pub fn write(w: &mut DescribeWriter, node: &Value, pods: &[Value], now: i64) {
    let cpu = allocatable(node, "cpu");
    let memory = allocatable(node, "memory");
    w.write(
        LEVEL_0,
        &format!("Non-terminated Pods:\t({} in total)\n", pods.len()),
    );
    // kubectl leaves an empty column after Name, hence the double tab.
    w.write(
        LEVEL_1,
        "Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n",
    );
    w.write(
        LEVEL_1,
        "---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n",
    );
    for p in pods {
        w.write(
            LEVEL_1,
            &format!(
                "{}\t{}\t\t{}\t{}\t{}\t{}\t{}\n",
                text(p, &["metadata", "namespace"]),
                text(p, &["metadata", "name"]),
                pod_amount(p, "requests", "cpu").with_share("cpu", cpu),
                pod_amount(p, "limits", "cpu").with_share("cpu", cpu),
                pod_amount(p, "requests", "memory").with_share("memory", memory),
                pod_amount(p, "limits", "memory").with_share("memory", memory),
                age_of(p, now)
            ),
        );
    }
    w.write(
        LEVEL_0,
        "Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n",
    );
    w.write(LEVEL_1, "Resource\tRequests\tLimits\n");
    w.write(LEVEL_1, "--------\t--------\t------\n");
    let mut resources = vec![
        "cpu".to_string(),
        "memory".into(),
        "ephemeral-storage".into(),
    ];
    if let Some(alloc) = map(node, &["status", "allocatable"]) {
        resources.extend(
            alloc
                .keys()
                .filter(|k| k.starts_with("hugepages-"))
                .cloned(),
        );
    }
    for resource in &resources {
        let of = allocatable(node, resource);
        let (mut req, mut lim) = (Amount::default(), Amount::default());
        for p in pods {
            let r = pod_amount(p, "requests", resource);
            let l = pod_amount(p, "limits", resource);
            req.value = req.value.saturating_add(r.value);
            req.binary = req.binary.or(r.binary);
            lim.value = lim.value.saturating_add(l.value);
            lim.binary = lim.binary.or(l.binary);
        }
        w.write(
            LEVEL_1,
            &format!(
                "{resource}\t{}\t{}\n",
                req.with_share(resource, of),
                lim.with_share(resource, of)
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sum(resource: &str, parts: &[&str]) -> String {
        let mut a = Amount::default();
        for p in parts {
            a.add(resource, p);
        }
        a.show(resource)
    }

    #[test]
    fn sums_print_as_quantities_do() {
        assert_eq!(
            sum("cpu", &["100m", "250m", "200m", "100m", "100m"]),
            "750m"
        );
        assert_eq!(sum("cpu", &["500m", "0.5"]), "1");
        assert_eq!(sum("memory", &["70Mi", "100Mi"]), "170Mi");
        assert_eq!(sum("memory", &["128M"]), "128M");
        assert_eq!(sum("memory", &["1536Mi"]), "1536Mi");
        assert_eq!(sum("memory", &["1Gi", "1Gi"]), "2Gi");
        assert_eq!(sum("memory", &[]), "0");
    }

    #[test]
    fn shares_are_truncated() {
        let mut a = Amount::default();
        a.add("memory", "170Mi");
        let alloc = parse_bytes("3912864Ki").unwrap_or(0);
        assert_eq!(a.with_share("memory", alloc), "170Mi (4%)");
        let mut c = Amount::default();
        c.add("cpu", "750m");
        assert_eq!(c.with_share("cpu", 2000), "750m (37%)");
        assert_eq!(Amount::default().with_share("cpu", 0), "0 (0%)");
    }
}
