//! A command that fails leaves the shell's state as it was: variables,
//! files and the working directory (only `$?` and the history move).

use kubeplay::session::Session;
use kubeplay::shell::vfs::Vfs;
use kubeplay::shell::Var;
use std::collections::BTreeMap;

/// What a failing command must not change.
#[derive(Debug, PartialEq)]
struct Snapshot {
    vars: BTreeMap<String, Var>,
    fs: Vfs,
    cwd: String,
}

fn snapshot(session: &Session) -> Snapshot {
    let world = session.world();
    Snapshot {
        vars: world.vars.clone(),
        fs: world.fs.clone(),
        cwd: world.cwd.clone(),
    }
}

fn prepared() -> Session {
    let mut s = Session::new(1);
    for line in [
        "mkdir -p manifests/old",
        "echo 'replicas: 1' > manifests/deploy.yaml",
        "export NODE_PORT=31000",
        "X=keep",
    ] {
        assert_eq!(s.run(line).finished, Some(0), "setup {line}");
    }
    s
}

#[test]
fn failing_commands_change_nothing() {
    let failing = [
        "nope",
        "cd nowhere",
        "cd manifests/deploy.yaml",
        "mkdir manifests",
        "mkdir a/b/c",
        "rm missing",
        "rm manifests",
        "rmdir manifests",
        "cp missing x",
        "cp manifests y",
        "mv missing z",
        "mv manifests manifests/old/inner",
        "touch nodir/file",
        "echo hi > nodir/file",
        "echo hi > manifests",
        "cat < missing",
        "sed -i 's/1/3' manifests/deploy.yaml",
        "sed -i 's/1/3/' missing.yaml",
        "sed -i 'k' manifests/deploy.yaml",
        "export 1x=2",
        "X=changed nope",
        "NODE_PORT=1 false",
        "for i in; do",
        "echo $((1/0)); X=after",
        "echo ${X^^}",
        "X=1 ; )",
        "grep -E '(' manifests/deploy.yaml",
        "awk '{print' manifests/deploy.yaml",
        "test 1 -eq x",
        "vim manifests",
        "ls -z",
        "sleep abc",
    ];
    for line in failing {
        let mut s = prepared();
        let before = snapshot(&s);
        let poll = s.run(line);
        assert_ne!(poll.finished, Some(0), "{line:?} should fail");
        assert_eq!(snapshot(&s), before, "{line:?} changed the shell state");
    }
}

#[test]
fn a_cancelled_edit_changes_nothing() {
    let mut s = prepared();
    let before = snapshot(&s);
    s.submit("vim manifests/deploy.yaml");
    s.poll();
    s.finish_edit(None);
    assert_eq!(s.poll().finished, Some(0));
    assert_eq!(snapshot(&s), before);
}
