//! The StatefulSet arithmetic as a pure function (after
//! `stateful_set_control.go`'s `updateStatefulSet`): which pods to create
//! or delete this round, given each ordinal's pod. `OrderedReady` does one
//! thing at a time and waits for every lower pod to be Running and Ready;
//! `Parallel` creates and deletes all at once. A rolling update replaces
//! the highest ordinal not at the update revision, down to the partition.

/// What the controller sees of the pod at one ordinal.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Slot {
    pub ordinal: i32,
    pub failed: bool,
    pub terminating: bool,
    /// Running and Ready.
    pub healthy: bool,
    /// At the update revision.
    pub updated: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Create(i32),
    Delete(i32),
}

pub struct Input<'a> {
    pub replicas: i32,
    pub parallel: bool,
    /// `RollingUpdate` (else `OnDelete`).
    pub rolling: bool,
    pub partition: i32,
    /// The existing pods, any order.
    pub pods: &'a [Slot],
}

/// This round's steps, in order.
pub fn plan(i: &Input<'_>) -> Vec<Step> {
    let ordered = !i.parallel;
    let at = |ord: i32| i.pods.iter().find(|p| p.ordinal == ord);
    let mut steps = Vec::new();
    for ord in 0..i.replicas.max(0) {
        let waits = match at(ord) {
            None => {
                steps.push(Step::Create(ord));
                true
            }
            Some(p) if p.failed && !p.terminating => {
                steps.push(Step::Delete(ord));
                true
            }
            Some(p) => p.terminating || !p.healthy,
        };
        if waits && ordered {
            return steps;
        }
    }
    let mut condemned: Vec<&Slot> = i.pods.iter().filter(|p| p.ordinal >= i.replicas).collect();
    crate::sorting::sort_by_key(&mut condemned, |p| -p.ordinal);
    for p in condemned {
        if !p.terminating {
            steps.push(Step::Delete(p.ordinal));
        }
        if ordered {
            return steps;
        }
    }
    if !i.rolling || !steps.is_empty() {
        return steps;
    }
    for ord in (i.partition.max(0)..i.replicas).rev() {
        let Some(p) = at(ord) else {
            return steps;
        };
        if !p.updated && !p.terminating {
            steps.push(Step::Delete(ord));
            return steps;
        }
        if !p.healthy || p.terminating {
            return steps;
        }
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slot(ordinal: i32, healthy: bool, updated: bool) -> Slot {
        Slot {
            ordinal,
            healthy,
            updated,
            ..Slot::default()
        }
    }

    fn run(replicas: i32, parallel: bool, partition: i32, pods: &[Slot]) -> Vec<Step> {
        plan(&Input {
            replicas,
            parallel,
            rolling: true,
            partition,
            pods,
        })
    }

    #[test]
    fn ordered_ready_creates_one_pod_after_the_last_is_ready() {
        assert_eq!(run(3, false, 0, &[]), vec![Step::Create(0)]);
        assert_eq!(run(3, false, 0, &[slot(0, false, true)]), vec![]);
        assert_eq!(
            run(3, false, 0, &[slot(0, true, true)]),
            vec![Step::Create(1)]
        );
        assert_eq!(
            run(3, true, 0, &[]),
            vec![Step::Create(0), Step::Create(1), Step::Create(2)]
        );
    }

    #[test]
    fn scaling_down_deletes_the_highest_ordinal_first() {
        let pods = [
            slot(0, true, true),
            slot(1, true, true),
            slot(2, true, true),
        ];
        assert_eq!(run(1, false, 0, &pods), vec![Step::Delete(2)]);
        assert_eq!(
            run(1, true, 0, &pods),
            vec![Step::Delete(2), Step::Delete(1)]
        );
        let mut dying = pods;
        dying[2].terminating = true;
        assert_eq!(run(1, false, 0, &dying), vec![]);
    }

    #[test]
    fn rolling_update_goes_down_to_the_partition() {
        let old = [
            slot(0, true, false),
            slot(1, true, false),
            slot(2, true, false),
        ];
        assert_eq!(run(3, false, 0, &old), vec![Step::Delete(2)]);
        let mut half = old;
        half[2] = slot(2, true, true);
        assert_eq!(run(3, false, 0, &half), vec![Step::Delete(1)]);
        assert_eq!(run(3, false, 2, &half), vec![]);
        half[2].healthy = false;
        assert_eq!(run(3, true, 0, &half), vec![]);
        let on_delete = plan(&Input {
            replicas: 3,
            parallel: false,
            rolling: false,
            partition: 0,
            pods: &old,
        });
        assert_eq!(on_delete, vec![]);
    }

    #[test]
    fn a_failed_pod_is_deleted_to_be_recreated() {
        let mut pods = [slot(0, false, true)];
        pods[0].failed = true;
        assert_eq!(run(1, false, 0, &pods), vec![Step::Delete(0)]);
    }
}
