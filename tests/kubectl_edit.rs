//! `kubectl edit` through a whole session: a save the server refuses
//! reopens the editor with kubectl's reasons at the top, and saving the same
//! text again gives up as kubectl does. (An integration test because it
//! drives a `Session`, which sits above the kubectl layer.)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use kubeplay::session::Session;
use kubeplay::shell::Chunk;

fn said(chunks: &[Chunk]) -> String {
    chunks
        .iter()
        .map(|c| match c {
            Chunk::Out(t) | Chunk::Err(t) => t.as_str(),
            Chunk::Clear => "",
        })
        .collect()
}

#[test]
fn a_failed_save_reopens_the_file_with_the_reasons_then_the_same_text_gives_up() {
    let mut s = Session::new(1);
    s.run("kubectl create deployment web --image=nginx");
    s.submit("kubectl edit deploy web");
    assert!(s.poll().finished.is_none());
    let first = s.pending_edit().expect("the editor opens").content;
    let broken = first.replacen("  replicas: 1\n", "  replicas: -1\n", 1);
    assert_ne!(broken, first);
    s.finish_edit(Some(broken));
    let p = s.poll();
    assert!(p.finished.is_none(), "still editing");
    assert_eq!(
        said(&p.output),
        "error: deployments.apps \"web\" is invalid\n"
    );
    let again = s.pending_edit().expect("reopened").content;
    assert!(again.starts_with(
        "# Please edit the object below. Lines beginning with a '#' will be ignored,\n\
         # and an empty file will abort the edit. If an error occurs while saving this file will be\n\
         # reopened with the relevant failures.\n\
         #\n\
         # deployments.apps \"web\" was not valid:\n\
         # * spec.replicas: Invalid value: -1: must be greater than or equal to 0\n\
         #\n"
    ));
    assert!(again.contains("\n  replicas: -1\n"), "the edit is kept");
    // Unreadable YAML: a syntax error, reopened again.
    s.finish_edit(Some("kind: [\n".into()));
    s.poll();
    let third = s.pending_edit().expect("reopened").content;
    assert!(
        third.contains("\n# The edited file had a syntax error: "),
        "{third}"
    );
    // Saving the same text again: kubectl gives up, nothing changed.
    s.finish_edit(Some(third));
    let p = s.poll();
    assert_eq!(p.finished, Some(1));
    let out = said(&p.output);
    assert!(out.starts_with("A copy of your changes has been stored to \"/tmp/kubectl-edit-"));
    assert!(out.ends_with("error: Edit cancelled, no valid changes were saved.\n"));
    let p = s.run("kubectl get deploy web -o jsonpath={.spec.replicas}");
    assert_eq!(said(&p.output), "1");
}
