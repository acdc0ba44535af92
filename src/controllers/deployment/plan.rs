//! The Deployment controller's arithmetic as pure functions over plain
//! numbers (after `rolling.go`, `sync.go` and `deployment/util`): how far
//! the new ReplicaSet may grow, which old ReplicaSets shrink by how much,
//! and how a resize is shared out proportionally. Each returns a plan —
//! ordered `(ReplicaSet, new size)` steps — that [`super::rolling`] and
//! [`super::scaling`] apply with one write per step, in order (a
//! ReplicaSet may appear twice: once when its unhealthy pods go, once
//! when its healthy ones do, as `reconcileOldReplicaSets` scales it twice).
//!
//! maxSurge / maxUnavailable are resolved by
//! [`crate::api::Deployment::fenceposts`] (surge rounds up, unavailable
//! down, both 0 becomes unavailable 1); this file's tests pin that too.

use crate::api::workload::{DESIRED_REPLICAS_ANNOTATION, MAX_REPLICAS_ANNOTATION};
use crate::api::{ReplicaSet, Time};

/// Which ReplicaSet a step scales.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    New,
    /// Index into the old ReplicaSets as passed in.
    Old(usize),
}

/// One ReplicaSet as the arithmetic sees it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rs {
    /// `spec.replicas`.
    pub replicas: i32,
    /// `status.availableReplicas`.
    pub available: i32,
    /// The `desired-replicas` annotation, as written.
    pub desired_annotation: String,
    /// The `max-replicas` annotation, when it parses.
    pub max_replicas: Option<i64>,
    /// Creation time and name: the age order (older first).
    pub age: (Option<Time>, String),
}

impl Rs {
    /// The numbers of a ReplicaSet that the arithmetic reads.
    pub fn of(rs: &ReplicaSet) -> Rs {
        Rs {
            replicas: rs.replicas(),
            available: rs.status.available_replicas,
            desired_annotation: rs
                .metadata
                .annotation(DESIRED_REPLICAS_ANNOTATION)
                .to_string(),
            max_replicas: rs.metadata.annotation(MAX_REPLICAS_ANNOTATION).parse().ok(),
            age: (rs.metadata.creation_timestamp, rs.metadata.name.clone()),
        }
    }
}

/// `NewRSNewReplicas` for RollingUpdate: the size the new ReplicaSet may
/// reach now without more than `desired + surge` pods in all.
pub fn new_rs_new_replicas(desired: i32, surge: i64, current_total: i64, new: i32) -> i32 {
    let max_total = i64::from(desired) + surge;
    if current_total >= max_total {
        return new;
    }
    let up = (max_total - current_total).min(i64::from(desired - new));
    new + i32::try_from(up).unwrap_or(0)
}

/// `reconcileNewReplicaSet`: the size to scale the new ReplicaSet to, or
/// `None` when it already has `desired`.
pub fn reconcile_new(desired: i32, surge: i64, current_total: i64, new: i32) -> Option<i32> {
    if new == desired {
        return None;
    }
    if new > desired {
        return Some(desired);
    }
    Some(new_rs_new_replicas(desired, surge, current_total, new))
}

/// `reconcileOldReplicaSets`: scale-down steps for `olds` (oldest first).
/// First pods that are not available go (up to what availability
/// allows), then healthy ones while at least `desired - max_unavailable`
/// stay available.
pub fn reconcile_old(
    desired: i32,
    max_unavailable: i64,
    olds: &[Rs],
    new: &Rs,
) -> Vec<(Which, i32)> {
    let old_pods: i64 = olds.iter().map(|r| i64::from(r.replicas)).sum();
    if old_pods == 0 {
        return Vec::new();
    }
    let all_pods = old_pods + i64::from(new.replicas);
    let min_available = i64::from(desired) - max_unavailable;
    let new_unavailable = i64::from(new.replicas - new.available);
    let max_scaled_down = all_pods - min_available - new_unavailable;
    if max_scaled_down <= 0 {
        return Vec::new();
    }
    let mut sizes: Vec<i32> = olds.iter().map(|r| r.replicas).collect();
    let mut steps = Vec::new();
    // cleanupUnhealthyReplicas
    let mut total = 0i64;
    for (i, rs) in olds.iter().enumerate() {
        if total >= max_scaled_down {
            break;
        }
        let Some(size) = sizes.get_mut(i) else { break };
        if *size == 0 {
            continue;
        }
        let unhealthy = i64::from(*size - rs.available);
        if unhealthy <= 0 {
            continue;
        }
        let n = (max_scaled_down - total).min(unhealthy);
        *size -= i32::try_from(n).unwrap_or(0);
        steps.push((Which::Old(i), *size));
        total += n;
    }
    // scaleDownOldReplicaSetsForRollingUpdate
    let available: i64 = olds
        .iter()
        .chain(std::iter::once(new))
        .map(|r| i64::from(r.available))
        .sum();
    if available <= min_available {
        return steps;
    }
    let budget = available - min_available;
    let mut total = 0i64;
    for (i, size) in sizes.iter_mut().enumerate() {
        if total >= budget {
            break;
        }
        if *size == 0 {
            continue;
        }
        let n = i64::from(*size).min(budget - total);
        *size -= i32::try_from(n).unwrap_or(0);
        steps.push((Which::Old(i), *size));
        total += n;
    }
    steps
}

/// `scale` in `sync.go`: the steps that bring a Deployment's ReplicaSets
/// to `want` replicas without a rollout. `status_replicas` is the
/// Deployment's `status.replicas` (the fallback for a missing
/// `max-replicas` annotation).
pub fn scale(
    want: i32,
    recreate: bool,
    surge: i64,
    status_replicas: i32,
    new: Option<&Rs>,
    olds: &[Rs],
) -> Vec<(Which, i32)> {
    let active_old = olds.iter().filter(|r| r.replicas > 0).count();
    let new_active = new.is_some_and(|r| r.replicas > 0);
    // Only one active (or none): it takes the full count.
    if active_old + usize::from(new_active) <= 1 {
        if new_active || (active_old == 0 && new.is_some()) {
            return vec![(Which::New, want)];
        }
        let target = if active_old == 1 {
            olds.iter().position(|r| r.replicas > 0)
        } else {
            // The newest old one (the last of equal maxima, as max_by_key).
            olds.iter()
                .enumerate()
                .max_by_key(|(_, r)| &r.age)
                .map(|(i, _)| i)
        };
        return target.map(|i| (Which::Old(i), want)).into_iter().collect();
    }
    let saturated = new.is_some_and(|r| {
        r.replicas == want && r.desired_annotation == want.to_string() && r.available == want
    });
    if saturated {
        return olds
            .iter()
            .enumerate()
            .filter(|(_, r)| r.replicas > 0)
            .map(|(i, _)| (Which::Old(i), 0))
            .collect();
    }
    if recreate {
        return Vec::new();
    }
    proportional(want, surge, status_replicas, new, olds)
}

/// Proportional scaling: every active ReplicaSet grows or shrinks in
/// proportion to its share of `max-replicas`; the rounding leftover goes
/// to the first in order (largest; ties newer first when growing, older
/// first when shrinking).
fn proportional(
    want: i32,
    surge: i64,
    status_replicas: i32,
    new: Option<&Rs>,
    olds: &[Rs],
) -> Vec<(Which, i32)> {
    let mut all: Vec<(Which, &Rs)> = olds
        .iter()
        .enumerate()
        .filter(|(_, r)| r.replicas > 0)
        .map(|(i, r)| (Which::Old(i), r))
        .collect();
    if let Some(n) = new.filter(|r| r.replicas > 0) {
        all.push((Which::New, n));
    }
    let current: i64 = all.iter().map(|(_, r)| i64::from(r.replicas)).sum();
    let allowed = if want > 0 { i64::from(want) + surge } else { 0 };
    let to_add = allowed - current;
    crate::sorting::sort_by(&mut all, |(_, a), (_, b)| {
        let age = a.age.cmp(&b.age);
        b.replicas
            .cmp(&a.replicas)
            .then(if to_add > 0 { age.reverse() } else { age })
    });
    let mut added = 0i64;
    let mut sizes: Vec<i64> = Vec::with_capacity(all.len());
    for (_, rs) in &all {
        let p = if to_add != 0 {
            proportion(want, surge, status_replicas, rs, to_add, added)
        } else {
            0
        };
        sizes.push(i64::from(rs.replicas) + p);
        added += p;
    }
    if let Some(first) = sizes.first_mut() {
        if to_add != 0 {
            *first = (*first + to_add - added).max(0);
        }
    }
    all.into_iter()
        .zip(sizes)
        .map(|((w, _), size)| (w, i32::try_from(size).unwrap_or(0)))
        .collect()
}

/// `GetProportion`: this ReplicaSet's share of `to_add`, bounded by what
/// is left.
fn proportion(
    want: i32,
    surge: i64,
    status_replicas: i32,
    rs: &Rs,
    to_add: i64,
    added: i64,
) -> i64 {
    if rs.replicas == 0 || to_add == added {
        return 0;
    }
    let fraction = if want == 0 {
        -i64::from(rs.replicas)
    } else {
        let target = i64::from(want) + surge;
        let annotated = rs.max_replicas.unwrap_or(i64::from(status_replicas));
        if annotated <= 0 {
            0
        } else {
            // round(rs * target / annotated), half away from zero.
            let num = i64::from(rs.replicas) * target;
            (2 * num + annotated) / (2 * annotated) - i64::from(rs.replicas)
        }
    };
    let allowed = to_add - added;
    if to_add > 0 {
        fraction.min(allowed)
    } else {
        fraction.max(allowed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::quantity::IntOrString;
    use crate::api::workload::RollingUpdate;
    use crate::api::Deployment;

    fn int_or_pct(s: &str) -> IntOrString {
        match s.parse() {
            Ok(i) => IntOrString::Int(i),
            Err(_) => IntOrString::Str(s.into()),
        }
    }

    #[test]
    fn fenceposts_table() {
        // (maxSurge, maxUnavailable, replicas, strategy) → (surge, unavailable); "" = unset
        let cases = [
            ("", "", 4, "RollingUpdate", (1, 1)),
            ("", "", 10, "RollingUpdate", (3, 2)),
            ("25%", "25%", 1, "RollingUpdate", (1, 0)),
            ("0%", "0%", 10, "RollingUpdate", (0, 1)),
            ("0", "0", 10, "RollingUpdate", (0, 1)),
            ("50%", "0%", 1, "RollingUpdate", (1, 0)),
            ("30%", "30%", 10, "RollingUpdate", (3, 3)),
            ("33%", "33%", 10, "RollingUpdate", (4, 3)),
            ("1", "1", 3, "RollingUpdate", (1, 1)),
            ("100%", "100%", 3, "RollingUpdate", (3, 3)),
            ("3", "20", 5, "RollingUpdate", (3, 5)),
            ("", "", 0, "RollingUpdate", (0, 1)),
            ("", "", 6, "Recreate", (0, 6)),
        ];
        for (surge, unavailable, replicas, strategy, want) in cases {
            let mut d = Deployment::default();
            d.spec.replicas = Some(replicas);
            d.spec.strategy.type_ = strategy.into();
            d.spec.strategy.rolling_update = Some(RollingUpdate {
                max_surge: (!surge.is_empty()).then(|| int_or_pct(surge)),
                max_unavailable: (!unavailable.is_empty()).then(|| int_or_pct(unavailable)),
            });
            assert_eq!(
                d.fenceposts(),
                want,
                "maxSurge {surge:?} maxUnavailable {unavailable:?} replicas {replicas} {strategy}"
            );
        }
    }

    #[test]
    fn reconcile_new_table() {
        // (case, replicas, maxSurge, old pods, new pods, expected new size)
        let cases = [
            ("no surge, old at full size: wait", 10, 0, 10, 0, Some(0)),
            ("surge 2 over a full old RS", 10, 2, 10, 0, Some(2)),
            ("room left by a smaller old RS", 10, 2, 5, 0, Some(7)),
            ("surge already used", 10, 2, 10, 2, Some(2)),
            ("never above replicas", 10, 5, 0, 8, Some(10)),
            ("too big after a scale-down", 10, 2, 2, 11, Some(10)),
            ("already at replicas", 10, 2, 3, 10, None),
            ("scaled to zero", 0, 0, 0, 3, Some(0)),
        ];
        for (case, replicas, surge, old, new, want) in cases {
            assert_eq!(
                reconcile_new(replicas, surge, old + i64::from(new), new),
                want,
                "{case}"
            );
        }
    }

    fn rs(replicas: i32, available: i32) -> Rs {
        Rs {
            replicas,
            available,
            ..Rs::default()
        }
    }

    /// (case, replicas, maxUnavailable, olds, new, expected (old index, size) steps)
    type OldCase = (
        &'static str,
        i32,
        i64,
        Vec<(i32, i32)>,
        (i32, i32),
        Vec<(usize, i32)>,
    );

    #[test]
    fn reconcile_old_table() {
        // (case, replicas, maxUnavailable, olds (replicas, available),
        //  new (replicas, available), expected steps as (old index, size))
        let cases: Vec<OldCase> = vec![
            (
                "maxUnavailable 0: nothing may go",
                10,
                0,
                vec![(10, 10)],
                (0, 0),
                vec![],
            ),
            (
                "healthy old RS loses maxUnavailable",
                10,
                2,
                vec![(10, 10)],
                (0, 0),
                vec![(0, 8)],
            ),
            (
                "unhealthy pods go first",
                10,
                2,
                vec![(10, 8)],
                (0, 0),
                vec![(0, 8)],
            ),
            (
                "unhealthy then healthy",
                10,
                3,
                vec![(10, 9)],
                (0, 0),
                vec![(0, 9), (0, 7)],
            ),
            (
                "new RS unavailable blocks",
                10,
                2,
                vec![(8, 8)],
                (2, 0),
                vec![],
            ),
            (
                "new RS available frees room",
                10,
                2,
                vec![(8, 8)],
                (4, 4),
                vec![(0, 4)],
            ),
            ("no old pods", 10, 2, vec![(0, 0)], (10, 10), vec![]),
            (
                "oldest first",
                10,
                2,
                vec![(3, 3), (7, 7)],
                (2, 2),
                vec![(0, 0), (1, 6)],
            ),
            (
                "unhealthy bounded by maxScaledDown",
                10,
                2,
                vec![(4, 2), (6, 4)],
                (2, 0),
                vec![(0, 2)],
            ),
            (
                "unhealthy across several, then healthy oldest first",
                10,
                4,
                vec![(4, 2), (6, 4)],
                (2, 2),
                vec![(0, 2), (1, 4), (0, 0)],
            ),
            (
                "worked example, step 2 (4 replicas, 25%)",
                4,
                1,
                vec![(4, 4)],
                (1, 0),
                vec![(0, 3)],
            ),
        ];
        for (case, replicas, unavailable, olds, new, want) in cases {
            let olds: Vec<Rs> = olds.into_iter().map(|(r, a)| rs(r, a)).collect();
            let got = reconcile_old(replicas, unavailable, &olds, &rs(new.0, new.1));
            let want: Vec<(Which, i32)> =
                want.into_iter().map(|(i, n)| (Which::Old(i), n)).collect();
            assert_eq!(got, want, "{case}");
        }
    }

    /// An RS last scaled to `max` total (`max-replicas`), born at second `born`.
    fn scaled(replicas: i32, max: Option<i64>, born: u64) -> Rs {
        Rs {
            replicas,
            available: replicas,
            max_replicas: max,
            age: (Some(Time(born * 1000)), format!("rs-{born}")),
            ..Rs::default()
        }
    }

    #[test]
    fn scale_table() {
        use Which::{New, Old};
        let saturated = Rs {
            desired_annotation: "5".into(),
            ..scaled(5, Some(6), 9)
        };
        // (case, want, recreate, surge, status.replicas, new, olds, steps)
        type Case = (
            &'static str,
            i32,
            bool,
            i64,
            i32,
            Option<Rs>,
            Vec<Rs>,
            Vec<(Which, i32)>,
        );
        let cases: Vec<Case> = vec![
            (
                "only the new RS: 10 -> 12",
                12,
                false,
                3,
                10,
                Some(scaled(10, Some(13), 9)),
                vec![],
                vec![(New, 12)],
            ),
            (
                "only the new RS: 10 -> 5",
                5,
                false,
                2,
                10,
                Some(scaled(10, Some(13), 9)),
                vec![scaled(0, None, 1)],
                vec![(New, 5)],
            ),
            (
                "new RS at zero, olds at zero",
                3,
                false,
                1,
                0,
                Some(scaled(0, None, 9)),
                vec![scaled(0, None, 1)],
                vec![(New, 3)],
            ),
            (
                "one active old RS takes it all",
                7,
                false,
                2,
                4,
                None,
                vec![scaled(0, None, 1), scaled(4, Some(5), 2)],
                vec![(Old(1), 7)],
            ),
            (
                "none active, no new: the newest old",
                2,
                false,
                1,
                0,
                None,
                vec![scaled(0, None, 1), scaled(0, None, 3), scaled(0, None, 2)],
                vec![(Old(1), 2)],
            ),
            ("nothing at all", 2, false, 1, 0, None, vec![], vec![]),
            (
                "saturated new RS: olds go to 0",
                5,
                false,
                1,
                8,
                Some(saturated),
                vec![scaled(3, Some(6), 1), scaled(0, None, 2)],
                vec![(Old(0), 0)],
            ),
            (
                "Recreate never scales proportionally",
                8,
                true,
                0,
                6,
                Some(scaled(3, Some(6), 9)),
                vec![scaled(3, Some(6), 1)],
                vec![],
            ),
            (
                "worked example: 10 -> 15, old 8 new 5",
                15,
                false,
                4,
                13,
                Some(scaled(5, Some(13), 9)),
                vec![scaled(8, Some(13), 1)],
                vec![(Old(0), 12), (New, 7)],
            ),
            (
                "proportional scale down: 10 -> 5, old 8 new 5",
                5,
                false,
                2,
                13,
                Some(scaled(5, Some(13), 9)),
                vec![scaled(8, Some(13), 1)],
                vec![(Old(0), 4), (New, 3)],
            ),
            (
                "growing: the leftover goes to the newest of equals",
                4,
                false,
                0,
                3,
                Some(scaled(1, Some(3), 9)),
                vec![scaled(1, Some(3), 1), scaled(1, Some(3), 2)],
                vec![(New, 2), (Old(1), 1), (Old(0), 1)],
            ),
            (
                "shrinking: the leftover comes from the oldest of equals",
                2,
                false,
                0,
                3,
                Some(scaled(1, Some(3), 9)),
                vec![scaled(1, Some(3), 1), scaled(1, Some(3), 2)],
                vec![(Old(0), 0), (Old(1), 1), (New, 1)],
            ),
            (
                "to zero: everything goes",
                0,
                false,
                0,
                6,
                Some(scaled(2, Some(6), 9)),
                vec![scaled(4, Some(6), 1)],
                vec![(Old(0), 0), (New, 0)],
            ),
            (
                "missing max-replicas falls back to status.replicas",
                20,
                false,
                0,
                10,
                Some(scaled(4, None, 9)),
                vec![scaled(6, None, 1)],
                vec![(Old(0), 12), (New, 8)],
            ),
            (
                "unchanged total: sizes kept",
                10,
                false,
                3,
                13,
                Some(scaled(5, Some(13), 9)),
                vec![scaled(8, Some(13), 1)],
                vec![(Old(0), 8), (New, 5)],
            ),
        ];
        for (case, want, recreate, surge, status, new, olds, steps) in cases {
            assert_eq!(
                scale(want, recreate, surge, status, new.as_ref(), &olds),
                steps,
                "{case}"
            );
        }
    }
}
