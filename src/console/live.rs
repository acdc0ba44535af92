//! Completion candidates that depend on the live session: kubectl's verbs,
//! types, flags and object names (from [`crate::kubectl::complete`] over
//! the cluster), and file paths of the virtual filesystem.
//!
//! The UI asks for them when Tab is pressed (it holds the session) and
//! hands them to the console inside the key's action, as a
//! [`Candidates`] source, so the console's reducer stays pure.

use crate::kubectl;
use crate::shell::World;

use super::complete::{CompletionSource, WordContext};

/// Candidates gathered from the session for one Tab.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Candidates(pub Vec<String>);

impl CompletionSource for Candidates {
    fn candidates(&self, _ctx: &WordContext, out: &mut Vec<String>) {
        out.extend(self.0.iter().cloned());
    }
}

/// Flags whose value is a file name.
const FILE_FLAGS: [&str; 2] = ["-f", "--filename"];

/// What the word under the cursor may become, given the session.
pub fn live_candidates(world: &World, ctx: &WordContext) -> Vec<String> {
    let Some((command, args)) = ctx.words.split_first() else {
        return Vec::new();
    };
    let after_file_flag = args
        .last()
        .is_some_and(|a| FILE_FLAGS.contains(&a.as_str()));
    // An alias of kubectl (`alias k=kubectl`, `alias kgp='kubectl get pods'`)
    // completes as its expansion would, as `complete -F __start_kubectl k` does.
    let mut words: Vec<String> = match world.aliases.get(command.as_str()) {
        Some(value) => value.split_whitespace().map(str::to_string).collect(),
        None => vec![command.clone()],
    };
    if words.first().map(String::as_str) == Some("kubectl") && !after_file_flag {
        words.remove(0);
        words.extend(args.iter().cloned());
        words.push(ctx.prefix.clone());
        return kubectl::complete(Some(&world.cluster), &words);
    }
    paths(world, &ctx.prefix)
}

/// Paths starting with `prefix`, relative as typed; directories end in `/`.
/// Hidden names only when the typed name starts with a dot.
///
/// Example: in `/root` holding `deployments/auth.yaml`, `dep` gives
/// `deployments/` and `deployments/a` gives `deployments/auth.yaml`.
pub fn paths(world: &World, prefix: &str) -> Vec<String> {
    let (dir, partial) = match prefix.rfind('/') {
        Some(i) => (
            prefix.get(..=i).unwrap_or(""),
            prefix.get(i + 1..).unwrap_or(""),
        ),
        None => ("", prefix),
    };
    let abs = world.abs_path(if dir.is_empty() { "." } else { dir });
    let Ok(entries) = world.fs.list(&abs) else {
        return Vec::new();
    };
    entries
        .into_iter()
        .filter(|(name, _)| name.starts_with(partial))
        .filter(|(name, _)| partial.starts_with('.') || !name.starts_with('.'))
        .map(|(name, node)| {
            let slash = if node.is_dir() { "/" } else { "" };
            format!("{dir}{name}{slash}")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::console::complete::{complete, word_context};
    use crate::session::Session;

    fn tab(s: &Session, line: &str) -> (String, Vec<String>) {
        let chars: Vec<char> = line.chars().collect();
        let ctx = word_context(&chars);
        let live = Candidates(live_candidates(&s.world(), &ctx));
        let c = complete(line, chars.len(), &[&live]);
        (c.line, c.candidates)
    }

    #[test]
    fn kubectl_words_and_live_object_names_complete() {
        let mut s = Session::new(1);
        s.run("kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1");
        assert_eq!(tab(&s, "kubectl sc").0, "kubectl scale ");
        assert_eq!(
            tab(&s, "kubectl get deploy").1,
            ["deploy", "deployment", "deployments"]
        );
        assert_eq!(
            tab(&s, "kubectl describe deployment kub").0,
            "kubectl describe deployment kubernetes-bootcamp "
        );
        assert_eq!(
            tab(&s, "kubectl scale deployments/k").0,
            "kubectl scale deployments/kubernetes-bootcamp "
        );
        assert!(tab(&s, "kubectl get pods --sel")
            .0
            .starts_with("kubectl get pods --selector"));
    }

    #[test]
    fn kubectl_aliases_complete_as_kubectl() {
        let mut s = Session::new(1);
        s.run("alias k=kubectl kgd='kubectl get deployments'");
        s.run("kubectl create deployment web --image=nginx");
        assert_eq!(tab(&s, "k sc").0, "k scale ");
        assert_eq!(tab(&s, "kgd w").0, "kgd web ");
        assert!(tab(&s, "kgd --sel").0.starts_with("kgd --selector"));
    }

    #[test]
    fn file_paths_complete_from_the_virtual_filesystem() {
        let mut s = Session::new(1);
        s.run("mkdir -p deployments && echo x > deployments/auth.yaml && echo y > .hidden");
        assert_eq!(tab(&s, "cat dep").0, "cat deployments/");
        assert_eq!(tab(&s, "cat deployments/a").0, "cat deployments/auth.yaml ");
        assert_eq!(
            tab(&s, "kubectl apply -f deployments/").0,
            "kubectl apply -f deployments/auth.yaml "
        );
        assert!(tab(&s, "cat ").1.iter().all(|c| !c.starts_with('.')));
        assert_eq!(tab(&s, "cat .h").0, "cat .hidden ");
        assert!(tab(&s, "cat nothing/x").1.is_empty());
        assert!(
            tab(&s, "ech").1.is_empty(),
            "command names come from another source"
        );
    }
}
