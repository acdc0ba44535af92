//! The lesson runner as a learner drives it from the terminal: `lessons`,
//! `hint`, `solution`, `next` (and `--skip`), `reset`, `reset lesson`,
//! with requests carried out the way the browser does (`play::perform`,
//! and opening a lesson read from `lessons/en/`). Progress is recorded
//! only for steps the learner solved.

use std::rc::Rc;

use kubeplay::i18n::Lang;
use kubeplay::lesson::{catalog, parse_lesson, play, Request};
use kubeplay::session::Session;
use kubeplay::transcript::run_in;

struct Learner {
    s: Session,
}

impl Learner {
    fn new(lang: Lang) -> Learner {
        let mut s = Session::new(1);
        let dir = format!("{}/lessons/{}", env!("CARGO_MANIFEST_DIR"), lang.tag());
        let text = std::fs::read_to_string(format!("{dir}/catalog.json")).unwrap();
        {
            let mut w = s.world_mut();
            w.lesson_mut().lang = lang;
            w.lesson_mut().catalog = catalog::decode(&text).unwrap();
        }
        Learner { s }
    }

    /// Types `line`, then carries out what it asked of the host.
    fn type_line(&mut self, line: &str) -> String {
        let out = run_in(&mut self.s, line);
        let request = self.s.world_mut().lesson_mut().request.take();
        if let Some(request) = request {
            if let Some(Request::Open { id, step }) = play::perform(&mut self.s, request).unwrap() {
                let lang = self.s.world().lesson().lang;
                let entry = self.s.world().lesson().find(&id).unwrap().clone();
                let path = format!(
                    "{}/lessons/{}/{}",
                    env!("CARGO_MANIFEST_DIR"),
                    lang.tag(),
                    entry.file
                );
                let lesson = parse_lesson(&std::fs::read_to_string(path).unwrap()).unwrap();
                play::open(&mut self.s, Rc::new(lesson), step).unwrap();
            }
        }
        play::refresh(&mut self.s);
        out
    }

    /// Lets simulated time run until nothing is scheduled (bounded).
    fn wait(&mut self) {
        for _ in 0..10_000 {
            let Some(due) = self.s.next_wake_ms() else {
                break;
            };
            self.s.advance(due.saturating_sub(self.s.now_ms()));
            play::refresh(&mut self.s);
        }
    }

    fn step(&self) -> (String, usize) {
        let w = self.s.world();
        let a = w.lesson().active.as_ref().unwrap();
        (a.lesson.id.clone(), a.step)
    }

    fn done_steps(&self, id: &str) -> Vec<usize> {
        self.s
            .world()
            .lesson()
            .progress
            .of(id)
            .done
            .into_iter()
            .collect()
    }
}

#[test]
fn a_learner_walks_the_first_lesson_from_the_terminal() {
    let mut l = Learner::new(Lang::En);
    let list = l.type_line("lessons");
    assert!(
        list.starts_with("$ lessons\nLessons:\n   1   0/3  Deploy your first app (8 min)\n"),
        "{list}"
    );
    assert!(list.contains("   9   0/1  Free sandbox\n"), "{list}");
    assert_eq!(
        l.type_line("hint"),
        "$ hint\nNo lesson is open. Type `lessons` to see them.\n"
    );

    let opened = l.type_line("lessons 1");
    assert_eq!(
        opened,
        "$ lessons 1\nOpening the lesson \u{201c}Deploy your first app\u{201d}…\n"
    );
    assert_eq!(l.step(), ("deploy".into(), 0));

    assert_eq!(
        l.type_line("hint"),
        "$ hint\nHint 1 of 2:\nThe command is `kubectl create deployment NAME --image=IMAGE`.\n"
    );
    l.type_line("hint");
    let again = l.type_line("hint");
    assert!(
        again.ends_with("That was the last hint; `solution` shows the answer.\n"),
        "{again}"
    );

    let early = l.type_line("next");
    assert_eq!(
        early,
        "$ next\nNot every goal is reached yet:\n  ✗ A Deployment named kubernetes-bootcamp exists — there is no Deployment named kubernetes-bootcamp\n  ✗ Its one replica is available — there is no Deployment named kubernetes-bootcamp\nType `next --skip` to move on anyway; the cluster is then set up as the next step expects.\n"
    );
    let solution = l.type_line("solution");
    assert_eq!(
        solution,
        "$ solution\nSolution:\n  kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1\n"
    );
    l.type_line("kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1");
    l.wait();
    assert_eq!(l.done_steps("deploy"), [0]);
    assert_eq!(l.type_line("next"), "$ next\nStep 2 of 3: Meet the Pod\n");

    // Skipping replays the solutions but does not count as solved.
    assert_eq!(
        l.type_line("next --skip"),
        "$ next --skip\nSkipping: setting the cluster up for the next step…\n"
    );
    assert_eq!(l.step(), ("deploy".into(), 2));
    assert_eq!(l.done_steps("deploy"), [0]);
    let pod = l.s.world().var("POD_NAME").map(str::to_string);
    assert!(
        pod.is_some_and(|p| p.starts_with("kubernetes-bootcamp-")),
        "the skip ran step 2's solution"
    );

    // Reset step: the learner's damage is undone.
    l.type_line("kubectl delete deployment kubernetes-bootcamp");
    l.type_line("reset");
    assert_eq!(l.step(), ("deploy".into(), 2));
    let pods = l.type_line("kubectl get deployments -o name");
    assert!(
        pods.contains("deployment.apps/kubernetes-bootcamp"),
        "{pods}"
    );

    // Solve the last step, finish, and go on to the next lesson.
    l.type_line("kubectl delete pod \"$POD_NAME\"");
    l.wait();
    assert_eq!(l.done_steps("deploy"), [0, 2]);
    assert!(l.type_line("next").contains("Lesson complete. Well done!"));
    assert!(l
        .type_line("lessons")
        .contains("   1 ▶ 2/3  Deploy your first app"));
    l.type_line("next");
    assert_eq!(l.step(), ("explore".into(), 0));

    // Reopening a lesson goes back to the step its progress names.
    l.type_line("lessons deploy");
    assert_eq!(l.step(), ("deploy".into(), 2));
}

#[test]
fn reset_lesson_starts_again_and_forgets_progress() {
    let mut l = Learner::new(Lang::En);
    l.type_line("lessons scale");
    assert_eq!(l.step(), ("scale".into(), 0));
    l.type_line("kubectl scale deployments/kubernetes-bootcamp --replicas=4");
    l.wait();
    l.type_line("next");
    assert_eq!(l.step(), ("scale".into(), 1));
    assert_eq!(l.done_steps("scale"), [0]);
    assert_eq!(
        l.type_line("reset lesson"),
        "$ reset lesson\nStarting the lesson again…\n"
    );
    assert_eq!(l.step(), ("scale".into(), 0));
    assert!(l.done_steps("scale").is_empty());
    let deploy =
        l.type_line("kubectl get deploy kubernetes-bootcamp -o jsonpath='{.spec.replicas}'");
    assert!(deploy.ends_with("\n1"), "{deploy:?}");
}

#[test]
fn commands_answer_in_the_learners_language_and_refuse_bad_arguments() {
    let mut l = Learner::new(Lang::Ja);
    assert!(l.type_line("lessons").contains("アプリをスケールする"));
    let unknown = l.type_line("lessons 42");
    assert!(!unknown.contains("there is no lesson"), "{unknown}");
    l.type_line("lessons update");
    assert!(l.type_line("next").contains("✗"), "open goals are listed");
    for (line, err) in [
        ("next now", "usage: next [--skip]"),
        ("reset everything", "usage: reset [lesson]"),
        ("lessons a b", "usage: lessons [NUMBER|ID]"),
    ] {
        assert!(l.type_line(line).contains(err), "{line}");
        assert_eq!(l.s.world().last_status, 2, "{line}");
    }
}
