//! Session tests for typing into a running command: the container shell
//! of `kubectl exec -it`, `read` at the terminal, Ctrl-C and Ctrl-D there,
//! and the runner feeding typed lines.

use super::*;

fn text(chunks: &[Chunk]) -> String {
    chunks
        .iter()
        .map(|c| match c {
            Chunk::Out(t) | Chunk::Err(t) => t.clone(),
            Chunk::Clear => String::new(),
        })
        .collect()
}

/// A session with one ready nginx pod, and that pod's name.
fn with_pod() -> (Session, String) {
    let mut s = Session::new(3);
    s.run("kubectl run web --image=nginx; sleep 30");
    (s, "web".to_string())
}

#[test]
fn a_container_shell_reads_typed_lines_until_ctrl_d() {
    let (mut s, pod) = with_pod();
    assert_eq!(s.input_prompt(), None);
    s.submit("kubectl exec -it web -- bash");
    let p = s.poll();
    assert_eq!((text(&p.output), p.finished), (String::new(), None));
    let prompt = format!("root@{pod}:/# ");
    assert_eq!(s.input_prompt().as_deref(), Some(prompt.as_str()));
    assert_eq!(
        s.next_wake_ms(),
        None,
        "a shell at its prompt needs no frames"
    );
    s.send_input("hostname");
    let p = s.poll();
    assert_eq!((text(&p.output), p.finished), (format!("{pod}\n"), None));
    s.send_input("cd /usr");
    assert_eq!(s.input_prompt().as_deref(), Some("root@web:/usr# "));
    s.end_input();
    let p = s.poll();
    assert_eq!((text(&p.output), p.finished), ("exit\n".into(), Some(0)));
    assert_eq!(s.input_prompt(), None);
    assert!(!s.is_busy());
}

#[test]
fn ctrl_c_in_a_container_shell_stops_only_the_line() {
    let (mut s, _) = with_pod();
    s.submit("kubectl exec -it web -- bash");
    s.poll();
    let p = s.interrupt();
    assert_eq!((text(&p.output), p.finished), ("^C\n".into(), None));
    assert!(s.input_prompt().is_some());
    s.send_input("echo $?");
    assert_eq!(text(&s.poll().output), "130\n");
    let before = s.now_ms();
    s.send_input("sleep 100; echo late");
    assert_eq!(s.input_prompt(), None, "the shell is busy sleeping");
    s.advance(5_000);
    let p = s.interrupt();
    assert_eq!((text(&p.output), p.finished), ("^C\n".into(), None));
    assert!(s.input_prompt().is_some());
    assert_eq!(s.now_ms(), before + 5_000);
    s.send_input("exit 4");
    let p = s.poll();
    assert_eq!(
        (text(&p.output), p.finished),
        (
            "exit\ncommand terminated with exit code 4\n".into(),
            Some(4)
        )
    );
}

#[test]
fn read_at_the_terminal_waits_and_ctrl_c_ends_it() {
    let mut s = Session::new(1);
    s.submit("read -p 'name? ' who; echo \"hi $who\"");
    s.poll();
    assert_eq!(s.input_prompt().as_deref(), Some("name? "));
    s.send_input("ada");
    let p = s.poll();
    assert_eq!((text(&p.output), p.finished), ("hi ada\n".into(), Some(0)));
    s.submit("read x");
    s.poll();
    let p = s.interrupt();
    assert_eq!(p.finished, Some(130), "bash's read does not trap Ctrl-C");
    assert_eq!(s.input_prompt(), None);
}

#[test]
fn input_is_ignored_when_nothing_waits_for_it() {
    let mut s = Session::new(1);
    s.send_input("ls");
    s.end_input();
    s.submit("sleep 5");
    s.send_input("ls");
    assert_eq!(s.input_prompt(), None);
    assert_eq!(
        s.run("echo $?").output,
        vec![Chunk::Err("kubeplay: a command is still running\n".into())]
    );
}

#[test]
fn the_runner_types_lines_at_the_prompt_and_ctrl_d_ends_it() {
    let (mut s, pod) = with_pod();
    let mut typed = vec!["pwd", "nope"].into_iter();
    let p = s.run_with_input("kubectl exec -it web -- bash", |_| {
        typed.next().map(str::to_string)
    });
    let prompt = format!("root@{pod}:/# ");
    assert_eq!(
        text(&p.output),
        format!(
            "{prompt}pwd\n/\n{prompt}nope\nbash: nope: command not found\n{prompt}exit\ncommand terminated with exit code 127\n"
        )
    );
    assert_eq!(p.finished, Some(127));
    assert_eq!(
        text(&s.run("kubectl exec -it web -- bash").output),
        format!("{prompt}exit\n")
    );
}
