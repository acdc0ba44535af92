//! Session tests: the submit/poll contract, time, interrupts, the edit
//! protocol, and that output does not depend on how time is sliced.

use super::*;

fn text(chunks: &[Chunk]) -> String {
    chunks
        .iter()
        .map(|c| match c {
            Chunk::Out(t) | Chunk::Err(t) => t.clone(),
            Chunk::Clear => "<clear>".into(),
        })
        .collect()
}

#[test]
fn a_line_runs_and_finishes_with_its_status() {
    let mut s = Session::new(1);
    assert_eq!(s.submit("echo hi"), Submitted::Started);
    assert!(s.is_busy());
    assert_eq!(
        s.poll(),
        Poll {
            output: vec![Chunk::Out("hi\n".into())],
            finished: Some(0)
        }
    );
    assert!(!s.is_busy());
}

#[test]
fn a_second_line_waits_for_the_first() {
    let mut s = Session::new(1);
    s.submit("echo one");
    assert_eq!(s.submit("echo two"), Submitted::Busy);
    s.poll();
    assert_eq!(s.submit("echo two"), Submitted::Started);
}

#[test]
fn time_moves_only_when_advanced() {
    let mut s = Session::new(1);
    s.run("echo x");
    assert_eq!(s.now_ms(), 0);
    s.advance(1500);
    assert_eq!(s.now_ms(), 1500);
}

#[test]
fn sleep_streams_output_as_time_passes() {
    let mut s = Session::new(1);
    s.submit("echo a; sleep 2; echo b");
    assert_eq!(text(&s.poll().output), "a\n");
    assert_eq!(s.next_wake_ms(), Some(2000));
    s.advance(1999);
    let p = s.poll();
    assert_eq!((text(&p.output), p.finished), (String::new(), None));
    s.advance(1);
    let p = s.poll();
    assert_eq!((text(&p.output), p.finished), ("b\n".into(), Some(0)));
}

/// Runs `line`, advancing time in the given slices until it finishes.
fn sliced(line: &str, slices: &[u64]) -> (String, u64) {
    let mut s = Session::new(3);
    s.submit(line);
    let mut out = String::new();
    for dt in slices.iter().cycle().take(100_000) {
        let p = s.poll();
        out.push_str(&text(&p.output));
        if p.finished.is_some() {
            return (out, s.now_ms());
        }
        s.advance(*dt);
    }
    panic!("{line:?} did not finish")
}

#[test]
fn output_is_identical_however_time_is_sliced() {
    let line = "for i in 1 2 3; do echo tick $i $SECONDS; sleep 0.7; done; \
                while [ $SECONDS -lt 5 ]; do sleep 0.3; done; echo end $SECONDS";
    let reference = sliced(line, &[10_000]);
    assert_eq!(reference.0, "tick 1 0\ntick 2 0\ntick 3 1\nend 5\n");
    for slices in [&[1][..], &[16, 17], &[333], &[1000, 1, 250], &[7, 5000]] {
        assert_eq!(sliced(line, slices).0, reference.0, "slices {slices:?}");
    }
}

#[test]
fn interrupt_stops_the_job_like_ctrl_c() {
    let mut s = Session::new(1);
    s.submit("echo start; sleep 100; echo never");
    s.poll();
    let p = s.interrupt();
    assert_eq!(text(&p.output), "^C\n");
    assert_eq!(p.finished, Some(130));
    assert!(!s.is_busy());
    assert_eq!(text(&s.run("echo $?").output), "130\n");
}

#[test]
fn a_runaway_loop_stays_interruptible_and_stops_at_its_limit() {
    let mut s = Session::new(1);
    s.submit("while true; do echo y; done");
    let first = s.poll();
    assert!(
        first.finished.is_none(),
        "the loop must yield before finishing"
    );
    assert!(s.is_busy());
    let p = s.interrupt();
    assert_eq!(p.finished, Some(130));
    let done = s.run("while true; do :; done");
    assert!(text(&done.output).contains("loop stopped after"));
    assert_eq!(done.finished, Some(1));
}

#[test]
fn a_computing_job_holds_time_still() {
    let mut s = Session::new(1);
    s.submit("for i in $(seq 1 2000); do :; done; echo $SECONDS");
    s.poll();
    s.advance(60_000);
    assert_eq!(s.now_ms(), 0);
    let out = s.run_rest();
    assert_eq!(out, "0\n");
}

impl Session {
    /// Test helper: polls (advancing 1 s whenever waiting) until the job ends.
    fn run_rest(&mut self) -> String {
        let mut out = String::new();
        for _ in 0..100_000 {
            let p = self.poll();
            out.push_str(&text(&p.output));
            if p.finished.is_some() {
                return out;
            }
            self.advance(1000);
        }
        panic!("job did not finish")
    }
}

#[test]
fn run_cancels_an_editor_and_continues() {
    let mut s = Session::new(1);
    s.world_mut().write_file("x", "1\n").unwrap();
    let p = s.run("vim x; echo after");
    assert_eq!((text(&p.output), p.finished), ("after\n".into(), Some(0)));
}

#[test]
fn the_edit_protocol_saves_or_cancels() {
    let mut s = Session::new(1);
    s.world_mut().write_file("d.yaml", "replicas: 1\n").unwrap();
    s.submit("vi d.yaml && cat d.yaml");
    assert!(s.poll().finished.is_none());
    assert_eq!(
        s.pending_edit(),
        Some(EditRequest {
            path: "d.yaml".into(),
            content: "replicas: 1\n".into()
        })
    );
    assert_eq!(s.next_wake_ms(), None);
    s.finish_edit(Some("replicas: 3\n".into()));
    assert_eq!(s.pending_edit(), None);
    let p = s.poll();
    assert_eq!(
        (text(&p.output), p.finished),
        ("replicas: 3\n".into(), Some(0))
    );

    s.submit("nano new.txt");
    s.poll();
    s.finish_edit(None);
    assert_eq!(s.poll().finished, Some(0));
    assert!(s.world().read_file("new.txt").is_err());
}

#[test]
fn interrupting_an_edit_closes_the_editor() {
    let mut s = Session::new(1);
    s.submit("vim f");
    s.poll();
    assert!(s.pending_edit().is_some());
    s.interrupt();
    assert!(s.pending_edit().is_none());
}

#[test]
fn history_is_kept_and_bounded() {
    let mut s = Session::new(1);
    s.run("echo a");
    s.run("   ");
    s.run("history");
    assert_eq!(s.history(), &["echo a".to_string(), "history".to_string()]);
    for i in 0..crate::shell::limits::HISTORY_LINES_MAX + 5 {
        s.run(&format!("echo {i}"));
    }
    assert_eq!(s.history().len(), crate::shell::limits::HISTORY_LINES_MAX);
}

#[test]
fn idle_interrupt_sets_the_status() {
    let mut s = Session::new(1);
    assert_eq!(s.interrupt(), Poll::default());
    assert_eq!(text(&s.run("echo $?").output), "130\n");
}

#[test]
fn needs_more_input_follows_the_parser() {
    let s = Session::new(1);
    assert!(s.needs_more_input("cat <<EOF"));
    assert!(!s.needs_more_input("echo ok"));
}

#[test]
fn a_giant_line_is_refused_before_parsing() {
    let mut s = Session::new(1);
    let long = format!("echo {}", "x".repeat(crate::shell::limits::LINE_BYTES_MAX));
    let p = s.run(&long);
    assert!(text(&p.output).starts_with("bash: command too long"));
    assert_eq!(p.finished, Some(2));
}

#[test]
fn printing_too_much_stops_the_job() {
    let mut s = Session::new(1);
    let p = s.run("while true; do printf '%0200d\\n' 1; done");
    let out = text(&p.output);
    assert!(out.ends_with("kubeplay: command stopped: it printed more than 1024 KiB\n"));
    assert!(out.len() <= crate::shell::limits::JOB_OUTPUT_BYTES_MAX + 100);
    assert_eq!(p.finished, Some(1));
}

#[test]
fn the_filesystem_refuses_to_grow_past_its_limit() {
    let mut s = Session::new(1);
    let p = s.run("for i in $(seq 1 50); do seq 1 30000 > f$i; done; ls | wc -l");
    assert!(text(&p.output).contains("No space left on device"));
    assert!(s.world().fs.bytes_used() <= crate::shell::limits::FS_BYTES_MAX);
}
