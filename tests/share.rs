//! Share links and restore: a session driven the way the browser drives it
//! (commands submitted, simulated time in uneven frame-sized slices, idle
//! time, Ctrl-C, the editor, typed input) and its replay from the link
//! show the same pods, names, IPs, clock and history.

use std::path::Path;
use std::rc::Rc;

use kubeplay::lesson::markdown::Block;
use kubeplay::lesson::{parse_lesson, play, Lesson};
use kubeplay::session::Session;
use kubeplay::share::{decode_link, encode_link, replay, Snapshot};

const SEED: u64 = 1;

/// Frame lengths in simulated ms (16 ms frames at various speeds).
const FRAMES: [u64; 5] = [16, 33, 4, 128, 67];

/// A learner at the browser: each command runs while frames go by.
struct Learner {
    s: Session,
    frame: usize,
}

impl Learner {
    fn new(s: Session) -> Self {
        Learner { s, frame: 0 }
    }

    fn tick(&mut self) {
        let dt = FRAMES[self.frame % FRAMES.len()];
        self.frame += 1;
        self.s.advance(dt);
        let _ = self.s.poll();
    }

    /// Types `line` and lets frames pass until it ends (or `max_ms` passed).
    fn type_line(&mut self, line: &str, max_ms: u64) {
        self.s.submit(line);
        let end = self.s.now_ms() + max_ms;
        while self.s.poll().finished.is_none() && self.s.now_ms() < end {
            if self.s.pending_edit().is_some() || self.s.input_prompt().is_some() {
                return;
            }
            self.tick();
        }
    }

    fn idle(&mut self, ms: u64) {
        let end = self.s.now_ms() + ms;
        while self.s.now_ms() < end {
            self.tick();
        }
    }
}

fn text(poll: kubeplay::session::Poll) -> String {
    poll.output
        .iter()
        .map(|c| match c {
            kubeplay::shell::Chunk::Out(t) | kubeplay::shell::Chunk::Err(t) => t.as_str(),
            kubeplay::shell::Chunk::Clear => "",
        })
        .collect()
}

/// What a learner would compare: pods with IPs and nodes, and the clock.
fn observed(s: &mut Session) -> String {
    let now = s.now_ms();
    let pods = text(s.run("kubectl get pods -o wide"));
    let names = text(s.run(
        "kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name} {.status.podIP}{\"\\n\"}{end}'",
    ));
    format!("{now}\n{pods}{names}")
}

/// The link's way back: encode, decode, replay into a fresh sandbox.
fn replayed_sandbox(snap: &Snapshot) -> Session {
    let link = encode_link(snap).unwrap();
    let back = decode_link(&link).unwrap();
    assert_eq!(&back, snap);
    let mut s = Session::new(back.seed);
    let r = replay(&mut s, &back);
    assert_eq!(r.diverged, 0, "every event applied as recorded");
    s
}

#[test]
fn a_learners_session_and_its_replay_show_the_same_pods() {
    let mut l = Learner::new(Session::new(SEED));
    l.idle(2_000);
    l.type_line(
        "kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1",
        60_000,
    );
    l.idle(9_000);
    l.type_line(
        "kubectl scale deployments/kubernetes-bootcamp --replicas=4",
        60_000,
    );
    l.type_line("sleep 3", 60_000);
    l.type_line("kubectl get pods -o wide", 60_000);
    l.type_line(
        "kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=jocatalin/kubernetes-bootcamp:v10",
        60_000,
    );
    l.idle(1_500);
    // rollout status waits on a rollout that cannot finish: Ctrl-C it.
    l.type_line(
        "kubectl rollout status deployments/kubernetes-bootcamp",
        4_000,
    );
    let _ = l.s.interrupt();
    l.type_line(
        "kubectl rollout undo deployments/kubernetes-bootcamp",
        60_000,
    );
    l.idle(12_345);
    l.type_line("kubectl get pods -w", 3_000);
    let _ = l.s.interrupt();
    // The editor: write a file, save it.
    l.type_line("vim notes.txt", 1_000);
    l.idle(700);
    l.s.finish_edit(Some("scaled to 4, v10 rolled back\n".into()));
    let _ = l.s.poll();
    // A shell inside a pod: typed lines, then Ctrl-D.
    let pod = text(l.s.run("kubectl get pods -o name"))
        .lines()
        .next()
        .unwrap()
        .to_string();
    l.type_line(&format!("kubectl exec -ti {pod} -- bash"), 1_000);
    assert!(l.s.input_prompt().is_some());
    l.idle(300);
    l.s.send_input("echo inside > /tmp/x");
    l.idle(300);
    l.s.end_input();
    let _ = l.s.poll();
    l.idle(4_321);

    let snap = l.s.snapshot();
    assert!(snap.entries.len() >= 14, "{snap:?}");
    let mut back = replayed_sandbox(&snap);
    assert_eq!(back.now_ms(), l.s.now_ms());
    assert_eq!(back.history(), l.s.history());
    assert_eq!(
        back.world().read_file("notes.txt").ok(),
        l.s.world().read_file("notes.txt").ok()
    );
    let before = observed(&mut l.s);
    assert!(before.contains("kubernetes-bootcamp-"), "{before}");
    assert_eq!(observed(&mut back), before);
}

#[test]
fn a_job_still_running_when_shared_is_running_after_replay() {
    let mut l = Learner::new(Session::new(SEED));
    l.type_line("kubectl create deployment web --image=nginx", 60_000);
    l.type_line("sleep 100", 2_000);
    assert!(l.s.is_busy());
    let mut back = replayed_sandbox(&l.s.snapshot());
    assert!(back.is_busy());
    back.advance(100_000);
    assert!(back.poll().finished.is_some());
}

#[test]
fn the_same_commands_a_different_pace_give_a_different_clock() {
    let mut a = Learner::new(Session::new(SEED));
    a.type_line("kubectl create deployment web --image=nginx", 60_000);
    a.idle(5_000);
    let mut b = Learner::new(Session::new(SEED));
    b.type_line("kubectl create deployment web --image=nginx", 60_000);
    b.idle(65_000);
    let (sa, sb) = (a.s.snapshot(), b.s.snapshot());
    assert_ne!(sa, sb);
    assert_ne!(
        observed(&mut replayed_sandbox(&sa)),
        observed(&mut replayed_sandbox(&sb))
    );
}

fn lesson(file: &str) -> Lesson {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("lessons/en")
        .join(file);
    parse_lesson(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Every `sh` block line of a step, joined where a command continues.
fn step_commands(s: &Session, step: &kubeplay::lesson::Step) -> Vec<String> {
    let mut out = Vec::new();
    for block in &step.body {
        let Block::Code { info, text } = block else {
            continue;
        };
        if info != "sh" {
            continue;
        }
        let mut pending = String::new();
        for line in text.lines() {
            if !pending.is_empty() {
                pending.push('\n');
            }
            pending.push_str(line);
            if !s.needs_more_input(&pending) {
                out.push(std::mem::take(&mut pending));
            }
        }
    }
    out
}

#[test]
fn lesson_04_walked_through_replays_from_a_short_link() {
    let lesson = Rc::new(lesson("04-scale.md"));
    let mut s = Session::new(SEED);
    play::open(&mut s, Rc::clone(&lesson), 0).unwrap();
    let mut l = Learner::new(s);
    for (k, step) in lesson.steps.iter().enumerate() {
        for command in step_commands(&l.s, step) {
            l.idle(3_000);
            l.type_line(&command, 60_000);
        }
        l.idle(2_000);
        if k + 1 < lesson.steps.len() {
            kubeplay::share::replay::next_step(&mut l.s);
        }
    }
    let snap = l.s.snapshot();
    let link = encode_link(&snap).unwrap();
    let plain: usize = snap
        .entries
        .iter()
        .map(|e| e.event.text().map_or(0, str::len) + 1)
        .sum();
    println!(
        "lesson 04 walked through: {} events, {} commands, {plain} bytes typed, share payload {} chars",
        snap.entries.len(),
        snap.commands(),
        link.len()
    );
    assert!(
        link.len() < plain,
        "the link is shorter than what was typed"
    );

    let back = decode_link(&link).unwrap();
    let at = back.lesson.clone().unwrap();
    assert_eq!((at.id.as_str(), at.step), ("scale", 0));
    let mut r = Session::new(back.seed);
    play::open(&mut r, Rc::clone(&lesson), at.step).unwrap();
    let done = replay(&mut r, &back);
    assert_eq!(done.diverged, 0);
    assert_eq!(done.commands, snap.commands());
    let step = |s: &Session| s.world().lesson().active.as_ref().map(|a| a.step);
    assert_eq!(step(&r), step(&l.s));
    assert_eq!(r.world().var("NODE_PORT"), l.s.world().var("NODE_PORT"));
    assert_eq!(observed(&mut r), observed(&mut l.s));
}

#[test]
fn replay_rebuilds_its_own_log() {
    let mut l = Learner::new(Session::new(SEED));
    l.type_line("kubectl run p --image=nginx", 60_000);
    l.idle(1_000);
    let snap = l.s.snapshot();
    let back = replayed_sandbox(&snap);
    assert_eq!(
        back.snapshot(),
        snap,
        "a restored session can be shared again"
    );
}
