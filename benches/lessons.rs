//! Lesson replay benchmark: prints figures, asserts nothing about speed.
//!
//! `cargo bench --bench lessons` replays every English lesson (setup, then
//! each step's solution until its goals hold, as `tests/lessons.rs` does)
//! and prints, per lesson, the simulated time the replay covers and the
//! wall-clock time it took on this machine (best of five), plus the cost
//! of reopening each lesson at its last step (what a reload does).

use std::rc::Rc;
use std::time::{Duration, Instant};

use kubeplay::lesson::{parse_lesson, play, verify::verify, Lesson};
use kubeplay::session::Session;

const RUNS: usize = 5;

fn lessons() -> Vec<Lesson> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/en");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("lessons/en")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| parse_lesson(&std::fs::read_to_string(p).expect("read")).expect("parse"))
        .collect()
}

fn best(mut f: impl FnMut()) -> Duration {
    (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    println!(
        "{:<14} {:>6} {:>12} {:>12} {:>14}",
        "lesson", "steps", "simulated", "replay", "reopen at last"
    );
    let (mut sim_total, mut wall_total) = (0, Duration::ZERO);
    for lesson in lessons() {
        let lesson = Rc::new(lesson);
        let report = verify(Rc::clone(&lesson), 1).expect("replay");
        assert!(report.ok(), "{} does not solve itself", lesson.id);
        let wall = best(|| {
            verify(Rc::clone(&lesson), 1).expect("replay");
        });
        let last = lesson.steps.len() - 1;
        let reopen = best(|| {
            let mut s = Session::new(1);
            play::open(&mut s, Rc::clone(&lesson), last).expect("open");
        });
        sim_total += report.sim_ms();
        wall_total += wall;
        println!(
            "{:<14} {:>6} {:>10.1} s {:>9.1} ms {:>11.1} ms",
            lesson.id,
            lesson.steps.len(),
            report.sim_ms() as f64 / 1000.0,
            wall.as_secs_f64() * 1000.0,
            reopen.as_secs_f64() * 1000.0
        );
    }
    println!(
        "{:<14} {:>6} {:>10.1} s {:>9.1} ms",
        "all",
        "",
        sim_total as f64 / 1000.0,
        wall_total.as_secs_f64() * 1000.0
    );
}
