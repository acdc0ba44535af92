//! Never lose a learner's work, natively: a session of 5,000 commands
//! (Deployments created, scaled, rolled out and rolled back, objects and
//! files edited in the editor, variables set) saved as the browser saves it
//! (`share::store::Saved` → text → `Saved::decode`) and restored as the
//! browser restores it (`share::replay::restore`) shows the same
//! `kubectl get all -A -o yaml`, history, variables, files and clock.
//! Its replay log is compacted on the way (the production path,
//! `Session::submit`, with the threshold lowered from 18,000 events to
//! [`COMPACT_EVERY`] so 5,000 commands cross it several times), so the
//! reload loads a checkpoint of the world and replays only what followed.
//! Prints the figures the issue asks for: the checkpoint and saved sizes,
//! the decode time and the restore time (figures, never asserted: the
//! machine varies).

use std::time::Instant;

use kubeplay::session::Session;
use kubeplay::share::replay::restore;
use kubeplay::share::store::Saved;
use kubeplay::share::Snapshot;
use kubeplay::shell::Chunk;

const SEED: u64 = 1;

/// Frame lengths in simulated ms, as the browser's frame loop slices time
/// at its faster speeds (uneven, so replay cannot lean on the slicing).
const FRAMES: [u64; 4] = [160, 330, 670, 1_280];

/// How many commands the long session types.
const COMMANDS: usize = 5_000;

/// How many Deployments it cycles through.
const APPS: usize = 6;

/// Events after which the long session's log is compacted (production:
/// `share::limits::COMPACT_ENTRIES_AT`, 18,000).
const COMPACT_EVERY: usize = 1_000;

fn text(output: &[Chunk]) -> String {
    output
        .iter()
        .map(|c| match c {
            Chunk::Out(t) | Chunk::Err(t) => t.as_str(),
            Chunk::Clear => "",
        })
        .collect()
}

/// A learner at the browser: commands run while frames go by.
struct Learner {
    s: Session,
    frame: usize,
}

impl Learner {
    fn tick(&mut self) {
        let dt = FRAMES[self.frame % FRAMES.len()];
        self.frame += 1;
        self.s.advance(dt);
        let _ = self.s.poll();
    }

    /// Types `line`; frames pass until it ends, the editor opens, or
    /// `max_ms` passed (then Ctrl-C).
    fn type_line(&mut self, line: &str, max_ms: u64) {
        self.s.submit(line);
        let end = self.s.now_ms() + max_ms;
        while self.s.poll().finished.is_none() {
            if self.s.pending_edit().is_some() {
                return;
            }
            if self.s.now_ms() >= end {
                let _ = self.s.interrupt();
                return;
            }
            self.tick();
        }
    }

    /// Saves the editor's text after `change` (or cancels when it gives
    /// nothing), then lets the command finish.
    fn edit(&mut self, change: impl Fn(&str) -> Option<String>) {
        let Some(request) = self.s.pending_edit() else {
            return;
        };
        self.tick();
        self.s.finish_edit(change(&request.content));
        for _ in 0..200 {
            if self.s.poll().finished.is_some() {
                return;
            }
            self.tick();
        }
    }
}

/// The `i`-th command of the long session and what the editor does with
/// it, if it opens one: every family a learner uses over a long day.
fn step(l: &mut Learner, i: usize) {
    let app = format!("app{}", i % APPS);
    match i % 25 {
        0 => l.type_line(
            &format!("kubectl create deployment {app} --image=nginx --replicas=2"),
            30_000,
        ),
        1 => l.type_line(
            &format!(
                "kubectl set image deployment/{app} nginx=nginx:1.{}",
                i % 27
            ),
            5_000,
        ),
        2 => l.type_line(&format!("kubectl rollout status deployment/{app}"), 20_000),
        3 => l.type_line(
            &format!("kubectl scale deployment {app} --replicas={}", 1 + i % 3),
            5_000,
        ),
        4 => {
            l.type_line(&format!("kubectl edit deployment {app}"), 5_000);
            l.edit(|yaml| Some(yaml.replacen("replicas: ", "replicas: 1", 1)));
        }
        5 => {
            l.type_line("vim notes.txt", 5_000);
            l.edit(|old| Some(format!("{old}note {i}\n")));
        }
        6 => l.type_line(&format!("kubectl rollout undo deployment/{app}"), 5_000),
        7 => l.type_line(&format!("echo line {i} >> log.txt"), 5_000),
        8 => l.type_line("sed -i 's/line/LINE/' log.txt", 5_000),
        9 => l.type_line(
            &format!("kubectl label deployment {app} round={} --overwrite", i % 7),
            5_000,
        ),
        10 => l.type_line("kubectl get pods -o wide", 5_000),
        11 => {
            l.type_line(&format!("kubectl edit deployment {app}"), 5_000);
            // Closed without saving: "Edit cancelled, no changes made."
            l.edit(|_| None);
        }
        12 => l.type_line(&format!("kubectl expose deployment {app} --port=80"), 5_000),
        13 => l.type_line("kubectl get all", 5_000),
        14 => l.type_line("sleep 2", 5_000),
        15 if i % 100 == 15 => l.type_line(&format!("kubectl delete deployment {app}"), 30_000),
        16 => l.type_line("kubectl get pods -w", 1_500),
        _ => l.type_line(&format!("export V={i}"), 5_000),
    }
}

/// What a learner would compare after a reload.
fn observed(s: &mut Session) -> String {
    let now = s.now_ms();
    let all = text(&s.run("kubectl get all -A -o yaml").output);
    let rest = text(
        &s.run("echo $V; cat log.txt notes.txt | tail -3; pwd")
            .output,
    );
    format!("{now}\n{all}{rest}")
}

#[test]
fn a_session_with_1000_pods_is_small_and_restores_the_same_pods() {
    let mut l = Learner {
        s: Session::new(SEED),
        frame: 0,
    };
    l.type_line(
        "kubectl create deployment big --image=nginx --replicas=1000",
        5_000,
    );
    l.type_line("kubectl rollout status deployment/big", 600_000);
    // The next command finds the log full: the world is checkpointed
    // with its 1,000 pods running.
    l.s.world_mut().replay_mut().set_compaction(2, usize::MAX);
    l.type_line("kubectl scale deployment big --replicas=990", 5_000);
    let base = l.s.snapshot().base.expect("the log was compacted");
    let t = Instant::now();
    let again = kubeplay::session::checkpoint::take(&l.s.world());
    let take_ms = t.elapsed().as_secs_f64() * 1e3;
    assert!(again.len() > 1_000, "a checkpoint of 990 pods");
    let doc = Saved {
        snapshot: Some(l.s.snapshot()),
        ..Saved::default()
    }
    .encode()
    .unwrap();
    let t = Instant::now();
    let snap = Saved::decode(&doc).unwrap().snapshot.unwrap();
    let decode_ms = t.elapsed().as_secs_f64() * 1e3;
    let t = Instant::now();
    let mut restored = Session::new(SEED);
    restore(&mut restored, &snap, None).unwrap();
    let restore_ms = t.elapsed().as_secs_f64() * 1e3;
    let pods = "kubectl get pods -o wide --no-headers";
    let before = text(&l.s.run(pods).output);
    assert_eq!(before.lines().count(), 990);
    assert_eq!(text(&restored.run(pods).output), before);
    println!(
        "1,000 pods: checkpoint {} bytes (taken in {take_ms:.0} ms); saved document {} bytes; decode {decode_ms:.0} ms; \
         restore (load the checkpoint, replay 1 command) {restore_ms:.0} ms",
        base.len(),
        doc.len()
    );
}

#[test]
fn a_session_of_5000_commands_is_saved_and_restored_exactly() {
    let started = Instant::now();
    let mut l = Learner {
        s: Session::new(SEED),
        frame: 0,
    };
    l.s.world_mut()
        .replay_mut()
        .set_compaction(COMPACT_EVERY, usize::MAX);
    let mut compactions = 0;
    for i in 0..COMMANDS {
        let before = l.s.world().replay().base().cloned();
        step(&mut l, i);
        if l.s.world().replay().base() != before.as_ref() {
            compactions += 1;
        }
    }
    let typed_s = started.elapsed().as_secs_f64();
    let snap = l.s.snapshot();
    assert!(!l.s.world().replay().overflowed());
    let base = snap.base.clone().expect("the log was compacted");
    assert!(compactions >= 4, "{compactions} compactions");
    // The tail replays the commands since the last checkpoint only.
    assert!(snap.entries.len() <= COMPACT_EVERY + 10);
    assert!(snap.commands() < COMMANDS, "{} commands", snap.commands());

    // Saved as the browser saves it, read back as it reads it.
    let doc = Saved {
        snapshot: Some(snap.clone()),
        ..Saved::default()
    }
    .encode()
    .unwrap();
    let t = Instant::now();
    let back = Saved::decode(&doc).unwrap();
    let decode_ms = t.elapsed().as_secs_f64() * 1e3;
    let back: Snapshot = back.snapshot.unwrap();
    assert_eq!(back, snap);

    let t = Instant::now();
    let mut restored = Session::new(SEED);
    let r = restore(&mut restored, &back, None).unwrap();
    let restore_s = t.elapsed().as_secs_f64();
    assert_eq!(r.diverged, 0, "every event applied as recorded");
    assert_eq!(r.commands, snap.commands());

    assert_eq!(restored.history().len(), l.s.history().len());
    assert_eq!(restored.history(), l.s.history());
    assert_eq!(restored.now_ms(), l.s.now_ms());
    let before = observed(&mut l.s);
    assert!(before.contains("kind: Deployment"), "{before:.400}");
    assert!(before.contains("nginx:1."), "rollouts happened");
    assert_eq!(observed(&mut restored), before);
    // The last command was `export V=4999`: the state after the 5,000th.
    assert_eq!(
        text(&restored.run("echo $V").output),
        format!("{}\n", COMMANDS - 1)
    );
    println!(
        "long session: {COMMANDS} commands, {compactions} compactions, {} simulated s; \
         checkpoint {} bytes + a tail of {} commands ({} events); saved document {} bytes; \
         typed in {typed_s:.1} s; decode {decode_ms:.1} ms; restore {restore_s:.2} s",
        l.s.now_ms() / 1000,
        base.len(),
        snap.commands(),
        snap.entries.len(),
        doc.len(),
    );
}

/// One learner action of a random session: a command (by index into
/// [`MENU`]), typed after `idle_ms` of simulated idle time, and whether
/// Ctrl-C follows it after `wait_ms`.
type Action = (usize, u64, u64, bool);

/// What random sessions are made of: every family whose state a reload
/// must bring back (objects, rollouts, files, variables, `$RANDOM`, the
/// clock, a job still running, the editor).
const MENU: [&str; 14] = [
    "kubectl create deployment web --image=nginx --replicas=2",
    "kubectl scale deployment web --replicas=4",
    "kubectl set image deployment/web nginx=nginx:1.27",
    "kubectl rollout undo deployment/web",
    "kubectl rollout status deployment/web",
    "kubectl delete pod -l app=web --wait=false",
    "kubectl expose deployment web --port=80",
    "export R=$RANDOM",
    "echo $R >> seen.txt",
    "kubectl get pods -w",
    "sleep 30",
    "vim seen.txt",
    "kubectl run solo --image=busybox -- sleep 5",
    "cd /tmp",
];

fn random_session(actions: &[Action]) -> Session {
    let mut l = Learner {
        s: Session::new(SEED),
        frame: 0,
    };
    for &(pick, idle_ms, wait_ms, interrupt) in actions {
        let end = l.s.now_ms() + idle_ms;
        while l.s.now_ms() < end {
            l.tick();
        }
        let line = MENU.get(pick % MENU.len()).copied().unwrap_or("true");
        l.type_line(line, wait_ms.max(1));
        if l.s.pending_edit().is_some() {
            l.edit(|old| Some(format!("{old}edited\n")));
        } else if interrupt && l.s.is_busy() {
            let _ = l.s.interrupt();
        }
    }
    l.s
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(12),
        max_shrink_iters: 200,
        ..proptest::prelude::ProptestConfig::default()
    })]

    /// A random session saved and restored as the browser does it is the
    /// same session: cluster, files, variables, history, clock.
    #[test]
    fn a_saved_random_session_restores_exactly(
        actions in proptest::collection::vec(
            (0usize..MENU.len(), 0u64..20_000, 0u64..15_000, proptest::bool::ANY),
            1..24,
        )
    ) {
        let mut original = random_session(&actions);
        let doc = Saved { snapshot: Some(original.snapshot()), ..Saved::default() }.encode().unwrap();
        let snap = Saved::decode(&doc).unwrap().snapshot.unwrap();
        let mut restored = Session::new(SEED);
        let r = restore(&mut restored, &snap, None).unwrap();
        proptest::prop_assert_eq!(r.diverged, 0);
        proptest::prop_assert_eq!(restored.history(), original.history());
        proptest::prop_assert_eq!(restored.is_busy(), original.is_busy());
        if original.is_busy() {
            let _ = original.interrupt();
            let _ = restored.interrupt();
        }
        proptest::prop_assert_eq!(observed(&mut restored), observed(&mut original));
        let state = "echo $R $RANDOM; cat seen.txt; pwd";
        proptest::prop_assert_eq!(text(&restored.run(state).output), text(&original.run(state).output));
    }
}

#[test]
fn files_written_in_a_container_outlive_a_compacted_log() {
    let mut l = Learner {
        s: Session::new(SEED),
        frame: 0,
    };
    l.type_line("kubectl run web --image=nginx", 5_000);
    l.type_line("sleep 30", 40_000);
    l.type_line(
        "kubectl exec web -- sh -c 'echo kept > /tmp/note; echo more >> /tmp/note'",
        5_000,
    );
    // The next command finds the log full: it is compacted into a
    // checkpoint, and only what follows is replayed on restore.
    l.s.world_mut().replay_mut().set_compaction(2, usize::MAX);
    l.type_line("kubectl get pods", 5_000);
    let snap = l.s.snapshot();
    assert!(snap.base.is_some(), "the log was compacted");
    let mut restored = Session::new(SEED);
    restore(&mut restored, &snap, None).unwrap();
    let read = "kubectl exec web -- cat /tmp/note";
    assert_eq!(text(&l.s.run(read).output), "kept\nmore\n");
    assert_eq!(text(&restored.run(read).output), "kept\nmore\n");
}
