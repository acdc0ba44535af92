//! A checkpoint restores exactly what replaying from the seed gives.
//! Random sessions of commands (create, scale, set image, rollout undo,
//! delete, sleep, export, alias, files, patch/label/annotate, `sed -i`)
//! run three ways: straight from the seed; with the replay log compacted
//! every few events on the production path (`Session::submit`), then
//! saved and restored as the browser does (`Saved` → text →
//! `replay::restore`); and forked at a random point into a fresh session
//! loaded from a checkpoint (`session::checkpoint`), both continuing with
//! the same tail. All must agree on every command's output, then on
//! `kubectl get all -A -o yaml`, `kubectl get sts,pvc,pv,controllerrevisions -A -o yaml`, events, files, variables, aliases,
//! history, the clock, `$RANDOM` and the next generated pod names and IPs.

use std::rc::Rc;

use kubeplay::session::{checkpoint, Session};
use kubeplay::share::replay::restore;
use kubeplay::share::store::Saved;
use kubeplay::shell::Chunk;
use proptest::prelude::*;

const SEED: u64 = 7;

const MENU: [&str; 26] = [
    "kubectl create deployment web --image=nginx --replicas=2",
    "kubectl create deployment api --image=gcr.io/google-samples/kubernetes-bootcamp:v1",
    "kubectl scale deployment web --replicas=4",
    "kubectl scale deployment api --replicas=3",
    "kubectl set image deployment/web nginx=nginx:1.27",
    "kubectl set image deployment/api kubernetes-bootcamp=jocatalin/kubernetes-bootcamp:v2",
    "kubectl set image deployment/api kubernetes-bootcamp=gcr.io/google-samples/kubernetes-bootcamp:v10",
    "kubectl rollout undo deployment/web",
    "kubectl rollout undo deployment/api",
    "kubectl rollout status deployment/web",
    "kubectl delete pod -l app=web --wait=false",
    "kubectl delete deployment api",
    "kubectl expose deployment web --port=80",
    "kubectl patch deployment web -p '{\"spec\":{\"replicas\":1}}'",
    "kubectl label deployment web tier=front --overwrite",
    "kubectl annotate deployment web note=$RANDOM --overwrite",
    "sleep 7",
    "export R=$RANDOM; echo $R >> seen.txt",
    "alias k=kubectl; k get pods -o wide",
    "sed -i 's/1/one/' seen.txt; mkdir -p d; cp seen.txt d/",
    "kubectl run solo --image=busybox -- sleep 5",
    "curl -s $(kubectl get svc web -o jsonpath='{.spec.clusterIP}') | head -3",
    // A StatefulSet with a claim per pod: ControllerRevisions, claims and
    // dynamically provisioned volumes, pvc-protection, ordered pods.
    STS,
    "kubectl scale sts db --replicas=3",
    "kubectl delete pod db-0 --wait=false; kubectl get pvc",
    "kubectl delete sts db --wait=false; kubectl delete pvc --all --wait=false",
];

const STS: &str = "kubectl apply -f - <<'Y'\napiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  clusterIP: None\n  selector:\n    app: db\n  ports:\n  - port: 80\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  serviceName: db\n  replicas: 2\n  selector:\n    matchLabels:\n      app: db\n  template:\n    metadata:\n      labels:\n        app: db\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:1.27\n        volumeMounts:\n        - name: data\n          mountPath: /data\n  volumeClaimTemplates:\n  - metadata:\n      name: data\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources:\n        requests:\n          storage: 1Gi\nY";

fn text(output: &[Chunk]) -> String {
    output
        .iter()
        .map(|c| match c {
            Chunk::Out(t) | Chunk::Err(t) => t.as_str(),
            Chunk::Clear => "",
        })
        .collect()
}

/// Idle time, then the command run to completion; what it printed.
fn act(s: &mut Session, (pick, idle_ms): (usize, u64)) -> String {
    s.advance(idle_ms);
    let _ = s.poll();
    let line = MENU.get(pick % MENU.len()).copied().unwrap_or("true");
    format!("$ {line}\n{}", text(&s.run(line).output))
}

/// Everything a learner could look at, then what comes next: new pods'
/// names and IPs, `$RANDOM`.
fn observed(s: &mut Session) -> String {
    let mut out = format!("{} ms\n", s.now_ms());
    for line in [
        "kubectl get all -A -o yaml",
        "kubectl get sts,pvc,pv,controllerrevisions -A -o yaml",
        "kubectl get events -A",
        "kubectl get pods -A -o wide",
        "ls -lR; cat seen.txt",
        "env; alias; pwd; echo $?",
        "history | tail -5",
        "kubectl create deployment next --image=nginx --replicas=3",
        "kubectl run probe --image=nginx",
        "sleep 20",
        "kubectl get pods -o wide; echo $RANDOM $RANDOM",
        "kubectl get events --sort-by=.lastTimestamp | tail -5",
    ] {
        out.push_str(&format!("$ {line}\n{}", text(&s.run(line).output)));
    }
    out
}

/// The first line where `got` and `want` part, with a little context
/// (whole transcripts are too long to read in a failure).
fn first_difference(got: &str, want: &str) -> Option<String> {
    let (g, w): (Vec<&str>, Vec<&str>) = (got.lines().collect(), want.lines().collect());
    let i = (0..g.len().max(w.len())).find(|&i| g.get(i) != w.get(i))?;
    let from = i.saturating_sub(8);
    Some(format!(
        "line {i}\n--- got\n{}\n--- want\n{}",
        g.get(from..(i + 3).min(g.len()))
            .unwrap_or_default()
            .join("\n"),
        w.get(from..(i + 3).min(w.len()))
            .unwrap_or_default()
            .join("\n"),
    ))
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(16),
        max_shrink_iters: 100,
        ..ProptestConfig::default()
    })]

    #[test]
    fn a_checkpoint_restores_what_replay_from_the_seed_gives(
        actions in proptest::collection::vec((0usize..MENU.len(), 0u64..30_000), 2..30),
        cut in 0usize..30,
        every in 1usize..8,
    ) {
        let cut = cut % actions.len();
        // Compacts at least once: a command finds `every` events logged.
        let every = 1 + every % (actions.len() - 1);
        let mut seeded = Session::new(SEED);
        let mut compacted = Session::new(SEED);
        compacted.world_mut().replay_mut().set_compaction(every, usize::MAX);
        let mut forked = None;
        for (i, &a) in actions.iter().enumerate() {
            if i == cut {
                let base: Rc<str> = checkpoint::take(&seeded.world()).into();
                let mut fork = Session::new(SEED ^ 1);
                let loaded = checkpoint::load(&mut fork, &base, None);
                prop_assert_eq!(loaded, Ok(()));
                forked = Some(fork);
            }
            let want = act(&mut seeded, a);
            let got = act(&mut compacted, a);
            prop_assert!(got == want, "compacted, command {}: {}", i, first_difference(&got, &want).unwrap_or_default());
            if let Some(fork) = forked.as_mut() {
                let got = act(fork, a);
                prop_assert!(got == want, "forked at {}, command {}: {}", cut, i, first_difference(&got, &want).unwrap_or_default());
            }
        }
        prop_assert!(compacted.world().replay().base().is_some(), "compaction happened");
        let doc = Saved { snapshot: Some(compacted.snapshot()), ..Saved::default() }.encode().unwrap();
        let snap = Saved::decode(&doc).unwrap().snapshot.unwrap();
        let mut restored = Session::new(SEED);
        let r = restore(&mut restored, &snap, None).unwrap();
        prop_assert_eq!(r.diverged, 0);

        let mut replayed = Session::new(SEED);
        let r = restore(&mut replayed, &seeded.snapshot(), None).unwrap();
        prop_assert_eq!(r.diverged, 0);

        // The whole state too, to the millisecond (what a later command
        // could see even if nothing printed shows it yet).
        let world = checkpoint::take(&seeded.world());
        let mut fork = forked.unwrap();
        for (name, s) in [("replayed from the seed", &replayed), ("compacted", &compacted), ("restored", &restored), ("forked", &fork)] {
            prop_assert!(checkpoint::take(&s.world()) == world, "{}: the checkpoints differ", name);
        }
        let want = observed(&mut seeded);
        for (name, s) in [("replayed from the seed", &mut replayed), ("compacted", &mut compacted), ("restored", &mut restored), ("forked", &mut fork)] {
            let got = observed(s);
            prop_assert!(got == want, "{}: {}", name, first_difference(&got, &want).unwrap_or_default());
        }
    }
}
