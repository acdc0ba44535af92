//! The shell built-ins added for issue 15 driven through a session as a
//! learner types them: aliases expand when a line is read (not on the line
//! that defines them), `source` runs a file in this shell a command at a
//! time, bounded nesting, `<(…)` files vanish after the line, `command -v`
//! and `type` know aliases, and the user is root.

use kubeplay::session::Session;
use kubeplay::shell::Chunk;

fn run(s: &mut Session, line: &str) -> (String, Option<i32>) {
    let poll = s.run(line);
    let text = poll
        .output
        .iter()
        .map(|c| match c {
            Chunk::Out(t) | Chunk::Err(t) => t.as_str(),
            Chunk::Clear => "",
        })
        .collect();
    (text, poll.finished)
}

#[test]
fn an_alias_works_from_the_next_line_on() {
    let mut s = Session::new(1);
    assert_eq!(
        run(&mut s, "alias k=kubectl; k version --client | head -1"),
        ("bash: k: command not found\n".to_string(), Some(0))
    );
    let (out, status) = run(&mut s, "k get ns default -o name");
    assert_eq!((out.as_str(), status), ("namespace/default\n", Some(0)));
    assert_eq!(run(&mut s, "type k").0, "k is aliased to `kubectl'\n");
    assert_eq!(run(&mut s, "command -v k").0, "alias k='kubectl'\n");
    // Still expanded on the line that removes it, as in bash.
    assert!(run(&mut s, "unalias k; k version --client")
        .0
        .starts_with("Client Version"));
    assert_eq!(run(&mut s, "k").0, "bash: k: command not found\n");
    // History keeps what was typed, not the expansion.
    assert!(s.history().iter().any(|l| l == "k get ns default -o name"));
}

#[test]
fn source_runs_a_file_in_this_shell() {
    let mut s = Session::new(1);
    run(
        &mut s,
        "printf 'X=1\\nalias hi=\"echo hello\"\\nhi $X\\ncd /tmp\\n' > /root/rc",
    );
    assert_eq!(
        run(&mut s, "source /root/rc"),
        ("hello 1\n".into(), Some(0))
    );
    assert_eq!(
        run(&mut s, "pwd; echo $X; hi"),
        ("/tmp\n1\nhello\n".into(), Some(0))
    );
    assert_eq!(
        run(&mut s, ". /nope"),
        ("bash: /nope: No such file or directory\n".into(), Some(1))
    );
    // A file that sources itself stops at the nesting limit, not the stack.
    run(&mut s, "echo '. /root/loop' > /root/loop");
    let (out, status) = run(&mut s, ". /root/loop");
    assert!(
        out.starts_with("kubeplay: source nested more than"),
        "{out}"
    );
    assert_eq!(status, Some(1));
    assert_eq!(run(&mut s, "echo still here").0, "still here\n");
}

#[test]
fn process_substitution_feeds_a_file_that_goes_away() {
    let mut s = Session::new(1);
    assert_eq!(run(&mut s, "cat <(echo a; echo b)").0, "a\nb\n");
    assert_eq!(
        run(&mut s, "source <(kubectl completion bash); echo $?").0,
        "0\n"
    );
    assert_eq!(run(&mut s, "ls /dev").0, "null\n");
}

#[test]
fn the_user_is_root() {
    let mut s = Session::new(1);
    assert_eq!(run(&mut s, "whoami").0, "root\n");
    assert_eq!(
        run(&mut s, "id").0,
        "uid=0(root) gid=0(root) groups=0(root)\n"
    );
    assert_eq!(
        run(&mut s, "echo -n s3cr3t | base64 | base64 -d").0,
        "s3cr3t"
    );
}
