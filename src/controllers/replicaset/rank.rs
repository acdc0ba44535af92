//! Which pods a ReplicaSet deletes first when it has too many: a pure
//! ranking over plain pod data (after `controller.ActivePodsWithRanks`
//! in `pkg/controller/controller_utils.go`). The controller only reads
//! the answer and deletes.
//!
//! Order, first deleted first: unassigned before assigned; `Pending`
//! before `Unknown` before `Running`; not ready before ready; pods on
//! nodes crowded with this ReplicaSet's pods before lonely ones; ready
//! for less time before ready for longer; more restarts before fewer;
//! newer before older; then namespace and name, so the order never
//! depends on the store's iteration order.

use crate::api::{Pod, Time};

/// Indices into `active` of the `n` pods to delete first, in order.
pub fn pods_to_delete(active: &[&Pod], now: Time, n: usize) -> Vec<usize> {
    // Pods per node name: a list, as a cluster has few nodes, and a map
    // type of its own would cost the wasm its B-tree code.
    let mut per_node: Vec<(&str, i64)> = Vec::new();
    for p in active {
        let node = p.spec.node_name.as_str();
        if let Some(slot) = per_node.iter_mut().find(|(n, _)| *n == node) {
            slot.1 += 1;
        } else {
            per_node.push((node, 1));
        }
    }
    let mut ranked: Vec<_> = active
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let assigned = !p.spec.node_name.is_empty();
            let phase = match p.status.phase.as_str() {
                "Pending" => 0,
                "Unknown" => 1,
                _ => 2,
            };
            let colocated = if assigned {
                per_node
                    .iter()
                    .find(|(n, _)| *n == p.spec.node_name)
                    .map_or(0, |(_, count)| *count)
            } else {
                0
            };
            let ready_for = p.ready_since().map_or(0, |t| now.0.saturating_sub(t.0));
            let age = p
                .metadata
                .creation_timestamp
                .map_or(0, |t| now.0.saturating_sub(t.0));
            let key = (
                assigned,
                phase,
                p.is_ready(),
                -colocated,
                ready_for,
                -i64::from(p.restarts()),
                age,
            );
            (key, &p.metadata.namespace, &p.metadata.name, i)
        })
        .collect();
    crate::sorting::sort(&mut ranked);
    ranked.into_iter().take(n).map(|(.., i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::pod::ContainerStatus;
    use crate::api::Condition;

    const NOW: u64 = 100_000_000;

    /// A pod as the cases describe it; times are seconds before NOW.
    struct P {
        name: &'static str,
        node: &'static str,
        phase: &'static str,
        ready_for_s: Option<u64>,
        restarts: i32,
        age_s: u64,
    }

    const BASE: P = P {
        name: "",
        node: "n1",
        phase: "Running",
        ready_for_s: Some(60),
        restarts: 0,
        age_s: 120,
    };

    fn pod(p: &P) -> Pod {
        let mut pod = Pod::default();
        pod.metadata.namespace = "default".into();
        pod.metadata.name = p.name.into();
        pod.metadata.creation_timestamp = Some(Time(NOW - p.age_s * 1000));
        pod.spec.node_name = p.node.into();
        pod.status.phase = p.phase.into();
        let mut ready = Condition::new("Ready", "False", "", "");
        if let Some(s) = p.ready_for_s {
            ready = Condition::new("Ready", "True", "", "");
            ready.last_transition_time = Some(Time(NOW - s * 1000));
        }
        pod.status.conditions.push(ready);
        pod.status.container_statuses.push(ContainerStatus {
            restart_count: p.restarts,
            ..ContainerStatus::default()
        });
        pod
    }

    /// Names in deletion order, all of them ranked.
    fn order(pods: &[P]) -> Vec<&'static str> {
        let built: Vec<Pod> = pods.iter().map(pod).collect();
        let refs: Vec<&Pod> = built.iter().collect();
        pods_to_delete(&refs, Time(NOW), pods.len())
            .into_iter()
            .filter_map(|i| pods.get(i).map(|p| p.name))
            .collect()
    }

    #[test]
    fn ranking_table() {
        // (case, pods in store order, expected deletion order)
        let cases: Vec<(&str, Vec<P>, Vec<&str>)> = vec![
            (
                "unassigned before assigned",
                vec![
                    P { name: "a", ..BASE },
                    P {
                        name: "b",
                        node: "",
                        phase: "Pending",
                        ready_for_s: None,
                        ..BASE
                    },
                ],
                vec!["b", "a"],
            ),
            (
                "Pending before Unknown before Running",
                vec![
                    P {
                        name: "run",
                        node: "n1",
                        ..BASE
                    },
                    P {
                        name: "unk",
                        node: "n2",
                        phase: "Unknown",
                        ..BASE
                    },
                    P {
                        name: "pend",
                        node: "n3",
                        phase: "Pending",
                        ..BASE
                    },
                ],
                vec!["pend", "unk", "run"],
            ),
            (
                "not ready before ready",
                vec![
                    P {
                        name: "ready",
                        node: "n1",
                        ..BASE
                    },
                    P {
                        name: "unready",
                        node: "n2",
                        ready_for_s: None,
                        ..BASE
                    },
                ],
                vec!["unready", "ready"],
            ),
            (
                "crowded node before lonely node",
                vec![
                    P {
                        name: "lonely",
                        node: "n1",
                        ..BASE
                    },
                    P {
                        name: "crowd1",
                        node: "n2",
                        ..BASE
                    },
                    P {
                        name: "crowd2",
                        node: "n2",
                        ..BASE
                    },
                ],
                vec!["crowd1", "crowd2", "lonely"],
            ),
            (
                "ready for less time first",
                vec![
                    P {
                        name: "long",
                        node: "n1",
                        ready_for_s: Some(600),
                        ..BASE
                    },
                    P {
                        name: "short",
                        node: "n2",
                        ready_for_s: Some(5),
                        ..BASE
                    },
                ],
                vec!["short", "long"],
            ),
            (
                "more restarts first",
                vec![
                    P {
                        name: "calm",
                        node: "n1",
                        ..BASE
                    },
                    P {
                        name: "crashy",
                        node: "n2",
                        restarts: 7,
                        ..BASE
                    },
                ],
                vec!["crashy", "calm"],
            ),
            (
                "newer first",
                vec![
                    P {
                        name: "old",
                        node: "n1",
                        age_s: 900,
                        ..BASE
                    },
                    P {
                        name: "new",
                        node: "n2",
                        age_s: 10,
                        ..BASE
                    },
                ],
                vec!["new", "old"],
            ),
            (
                "a full tie falls back to the name",
                vec![
                    P {
                        name: "z",
                        node: "n1",
                        ..BASE
                    },
                    P {
                        name: "m",
                        node: "n2",
                        ..BASE
                    },
                ],
                vec!["m", "z"],
            ),
            (
                "phase outranks readiness and restarts",
                vec![
                    P {
                        name: "pend",
                        node: "n1",
                        phase: "Pending",
                        ready_for_s: Some(1),
                        ..BASE
                    },
                    P {
                        name: "run",
                        node: "n2",
                        ready_for_s: None,
                        restarts: 9,
                        ..BASE
                    },
                ],
                vec!["pend", "run"],
            ),
            (
                "restarts outrank age",
                vec![
                    P {
                        name: "young",
                        node: "n1",
                        age_s: 1,
                        ..BASE
                    },
                    P {
                        name: "restarted",
                        node: "n2",
                        restarts: 1,
                        age_s: 5000,
                        ..BASE
                    },
                ],
                vec!["restarted", "young"],
            ),
        ];
        for (case, pods, want) in cases {
            assert_eq!(order(&pods), want, "{case}");
        }
    }

    #[test]
    fn takes_only_n() {
        let pods = [
            P { name: "a", ..BASE },
            P {
                name: "b",
                node: "",
                phase: "Pending",
                ready_for_s: None,
                ..BASE
            },
            P {
                name: "c",
                ready_for_s: None,
                ..BASE
            },
        ];
        let built: Vec<Pod> = pods.iter().map(pod).collect();
        let refs: Vec<&Pod> = built.iter().collect();
        assert_eq!(pods_to_delete(&refs, Time(NOW), 2), vec![1, 2]);
        assert_eq!(pods_to_delete(&refs, Time(NOW), 0), Vec::<usize>::new());
        assert_eq!(pods_to_delete(&[], Time(NOW), 3), Vec::<usize>::new());
    }
}
