//! The lesson file format: a minimal file reads into the expected parts,
//! and every kind of mistake an instructor can make is reported with the
//! line it is on and what was expected.

use kubeplay::lesson::check::{Check, DeployTest, Presence};
use kubeplay::lesson::markdown::Block;
use kubeplay::lesson::parse_lesson;

const GOOD: &str = "---
id: demo
title: Demo
summary: A tiny lesson.
minutes: 3
setup:
  nodes: 2
  commands:
    - kubectl create deployment web --image=nginx
  files:
    - path: a/b.yaml
      content: |
        kind: x
        ---
        kind: y
---

## First step

Some **prose** and a command:

```sh
kubectl get pods
```

```yaml
not: runnable
```

```goals
- label: \"Quoted: label\"
  check: deployment web exists
- label: The file says replicas: 3
  check: file a/b.yaml contains \"kind: y\"
```

```hint
First hint.
```

```hint
Second hint.
```

```solution
kubectl scale deployment web \\
  --replicas=2
```

```explain
Done.
```

## Free step

Nothing to check here.
";

#[test]
fn a_well_formed_lesson_reads_into_its_parts() {
    let lesson = parse_lesson(GOOD).unwrap();
    assert_eq!((lesson.id.as_str(), lesson.minutes), ("demo", 3));
    assert_eq!(lesson.setup.nodes, 2);
    assert_eq!(lesson.setup.files[0].content, "kind: x\n---\nkind: y\n");
    assert_eq!(lesson.steps.len(), 2);
    let step = &lesson.steps[0];
    assert_eq!((step.title.as_str(), step.line), ("First step", 18));
    assert_eq!(step.goals[0].label, "Quoted: label");
    assert_eq!(
        step.goals[0].check,
        Check::Deployment("web".into(), DeployTest::Presence(Presence::Exists))
    );
    assert_eq!(step.goals[1].label, "The file says replicas: 3");
    assert_eq!(step.goals[1].line, 34);
    assert_eq!(step.hints.len(), 2);
    assert_eq!(
        step.solution_commands(),
        ["kubectl scale deployment web \\\n  --replicas=2"]
    );
    let runnable: Vec<bool> = step.body.iter().map(Block::is_runnable).collect();
    assert_eq!(runnable, [false, true, false]);
    assert!(lesson.steps[1].goals.is_empty());
}

/// Replaces `from` with `to` in the good lesson and expects `error`.
fn broken(from: &str, to: &str, error: &str) {
    assert!(GOOD.contains(from), "{from:?} is not in the sample");
    let text = GOOD.replacen(from, to, 1);
    match parse_lesson(&text) {
        Ok(_) => panic!("accepted a lesson with {to:?} for {from:?}"),
        Err(e) => assert_eq!(e.to_string(), error, "for {to:?}"),
    }
}

#[test]
fn mistakes_are_reported_with_their_line() {
    let cases: &[(&str, &str, &str)] = &[
        ("---\nid: demo", "id: demo", "line 1: a lesson starts with a `---` line, its front matter, and another `---` line"),
        ("kind: y\n---\n", "kind: y\n\n", "line 1: the front matter is not closed by a `---` line"),
        ("minutes: 3", "minutes: [3", "line 6: front matter: illegal placement of ':' indicator"),
        ("minutes: 3", "minutes: three", "line 1: front matter: `minutes` must be a whole number from 0 to 1000"),
        ("title: Demo\n", "", "line 1: front matter: `title` is missing"),
        ("minutes: 3", "minutes: 3\ncolour: red", "line 1: front matter: unknown field `colour`; expected one of `id`, `title`, `summary`, `minutes`, `setup`"),
        ("id: demo", "id: Demo Lesson", "line 1: front matter: `id` may hold only a-z, 0-9 and `-`"),
        ("nodes: 2", "nodes: 0", "line 1: front matter: setup: `nodes` must be 1 to 10"),
        ("\n## First step", "\nStray text.\n## First step", "line 18: text before the first step: every step starts with a `## Title` line"),
        ("## First step", "## ", "line 18: a step needs a title after `## `"),
        ("```explain\nDone.\n```", "```explain\nDone.", "line 50: the ```explain block is not closed"),
        ("```hint\nFirst hint.\n```", "```goals\n```", "line 37: a second ```goals block in one step"),
        ("  check: deployment web exists", "  check: deployment web existz", "line 32: check: unknown Deployment test `existz`; expected exists, absent, rolled-back, image, replicas, available, ready or updated"),
        ("  check: deployment web exists", "  chek: deployment web exists", "line 32: unknown key `chek` in a goal (use `label` and `check`)"),
        ("  check: deployment web exists\n", "", "line 31: this goal has no `check: …`"),
        ("- label: \"Quoted: label\"\n", "-label: x\n", "line 31: expected `- label: …` starting a goal, or an indented `check: …`"),
        ("  check: deployment web exists", "  label: twice", "line 32: a second `label` in one goal"),
        ("```solution\nkubectl scale deployment web \\\n  --replicas=2\n```", "", "line 18: step \"First step\" has goals but no ```solution block"),
        ("## First step", "# Only a title", "line 18: text before the first step: every step starts with a `## Title` line"),
    ];
    for (from, to, error) in cases {
        broken(from, to, error);
    }
}

#[test]
fn a_lesson_without_steps_or_too_big_is_refused() {
    let head = GOOD.split("\n## ").next().unwrap();
    assert_eq!(
        parse_lesson(head).unwrap_err().to_string(),
        "line 16: the lesson has no steps (`## Title` lines)"
    );
    let huge = format!("{GOOD}{}", "x".repeat(300_000));
    assert_eq!(
        parse_lesson(&huge).unwrap_err().to_string(),
        "the file is larger than 262144 bytes"
    );
}

#[test]
fn arbitrary_text_never_panics() {
    let pieces = [
        "---",
        "## ",
        "```goals",
        "```",
        "- label: x",
        "  check: pods a=b >= 1",
        "`",
        "**",
        "[",
        "\n",
        "id: x",
        "~~~",
    ];
    let mut seed = 7_u64;
    for _ in 0..3_000 {
        let mut text = String::new();
        for _ in 0..(seed % 40) {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            if seed & 1 == 0 {
                text.push('\n');
            }
        }
        let _ = parse_lesson(&text);
    }
}
