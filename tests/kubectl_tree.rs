//! kubeplay's kubectl knows every command, subcommand and flag of kubectl
//! v1.37 (`tests/kubectl_tree_v1.37.txt`, generated from the real client's
//! `--help` and `kubectl options`): each resolves, `--help` lists the real
//! subcommands and flags, and a flag or command kubeplay does not simulate
//! says so instead of "unknown".

use kubeplay::kubectl::cli::{resolve, Command, Flag, Group, Kind, Resolved};
use kubeplay::kubectl::commands::{GLOBALS, ROOT};
use kubeplay::session::Session;
use kubeplay::shell::Chunk;

struct Row {
    path: Vec<String>,
    subcommands: Vec<String>,
    flags: Vec<String>,
}

fn reference() -> (Vec<Row>, Vec<String>) {
    let text = std::fs::read_to_string("tests/kubectl_tree_v1.37.txt").expect("reference file");
    let mut rows = Vec::new();
    let mut options = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let mut cols = line.split('\t');
        let (path, subs, flags) = (
            cols.next().unwrap_or(""),
            cols.next().unwrap_or(""),
            cols.next().unwrap_or(""),
        );
        let list = |s: &str| -> Vec<String> {
            s.split(',')
                .filter(|x| !x.is_empty())
                .map(str::to_string)
                .collect()
        };
        if path == "options" {
            options = list(flags);
            continue;
        }
        rows.push(Row {
            path: path.split(' ').map(str::to_string).collect(),
            subcommands: list(subs),
            flags: list(flags),
        });
    }
    (rows, options)
}

fn find<'a>(path: &[String]) -> &'a Command {
    let mut command = &ROOT;
    for name in path.iter().skip(1) {
        command = command
            .subcommands
            .iter()
            .find(|c| c.name == name)
            .unwrap_or_else(|| panic!("kubeplay lacks {}", path.join(" ")));
    }
    command
}

fn all_flags(command: &Command) -> Vec<&'static Flag> {
    command.flags.iter().chain(command.later).collect()
}

#[test]
fn every_command_subcommand_and_flag_of_v1_37_is_known() {
    let (rows, options) = reference();
    assert!(rows.len() > 100, "{} commands", rows.len());
    for row in &rows {
        let command = find(&row.path);
        // `help`, `options` and `alpha` exist but `kubectl --help` hides them.
        let subs: Vec<&str> = command
            .subcommands
            .iter()
            .filter(|c| row.path.len() > 1 || c.group != Group::None)
            .map(|c| c.name)
            .collect();
        assert_eq!(
            subs,
            row.subcommands,
            "subcommands of {}",
            row.path.join(" ")
        );
        let flags = all_flags(command);
        for flag in &row.flags {
            assert!(
                flags.iter().any(|f| f.long == flag),
                "{} lacks --{flag}",
                row.path.join(" ")
            );
        }
    }
    for option in &options {
        assert!(
            GLOBALS.iter().chain(ROOT.later).any(|f| f.long == option),
            "global --{option} missing"
        );
    }
}

/// A value that parses for `flag`.
fn value_for(flag: &Flag) -> &'static str {
    match flag.kind {
        Kind::Bool => "true",
        Kind::Int => "1",
        _ => "x",
    }
}

#[test]
fn no_real_flag_is_unknown_and_help_lists_them_all() {
    let (rows, options) = reference();
    for row in &rows {
        let command = find(&row.path);
        let words: Vec<String> = row.path.iter().skip(1).cloned().collect();
        let mut help_argv = words.clone();
        help_argv.push("--help".into());
        let Resolved::Help(help) = resolve(&ROOT, GLOBALS, &help_argv) else {
            panic!("{} --help is not help", row.path.join(" "));
        };
        for sub in &row.subcommands {
            assert!(
                help.contains(&format!("\n  {sub} ")),
                "{sub} not in help of {}",
                row.path.join(" ")
            );
        }
        for flag in all_flags(command)
            .into_iter()
            .chain(GLOBALS)
            .chain(ROOT.later)
            .filter(|f| {
                row.flags.iter().any(|r| r == f.long) || options.iter().any(|o| o == f.long)
            })
        {
            if row.flags.iter().any(|r| r == flag.long) {
                assert!(
                    help.contains(&format!("--{}=", flag.long)),
                    "--{} not in help of {}",
                    flag.long,
                    row.path.join(" ")
                );
            }
            let mut argv = words.clone();
            argv.push(format!("--{}={}", flag.long, value_for(flag)));
            if let Resolved::Error(text) = resolve(&ROOT, GLOBALS, &argv) {
                assert!(
                    !text.contains("unknown flag") && !text.contains("unknown command"),
                    "{argv:?}: {text}"
                );
            }
        }
    }
}

fn run(session: &mut Session, line: &str) -> (String, Option<i32>) {
    let poll = session.run(line);
    let text = poll
        .output
        .iter()
        .map(|c| match c {
            Chunk::Out(t) | Chunk::Err(t) => t.as_str(),
            _ => "",
        })
        .collect();
    (text, poll.finished)
}

#[test]
fn unsimulated_commands_and_flags_say_so_in_one_line() {
    let mut s = Session::new(1);
    for (line, want) in [
        (
            "kubectl create quota q --hard=pods=2",
            "error: kubeplay does not simulate ResourceQuota objects yet; --dry-run=client -o yaml prints the object kubectl would create\n",
        ),
        (
            "kubectl create role r --verb=get --resource=pods --save-config --dry-run=client -o yaml",
            "error: kubeplay does not simulate the --save-config flag of \"kubectl create role\" yet\n",
        ),
        (
            "kubectl create secret generic db --from-literal=a=b --append-hash",
            "error: kubeplay does not simulate the --append-hash flag of \"kubectl create secret generic\" yet\n",
        ),
        (
            "kubectl get pods --raw=/api",
            "error: kubeplay does not simulate the --raw flag of \"kubectl get\" yet\n",
        ),
        (
            "kubectl get pods --as-uid 5",
            "error: kubeplay does not simulate the --as-uid flag of \"kubectl get\" yet\n",
        ),
        (
            "kubectl proxy --port=8001",
            "error: kubeplay does not simulate \"kubectl proxy\" yet\n",
        ),
    ] {
        assert_eq!(run(&mut s, line), (want.to_string(), Some(1)), "{line}");
    }
    // The hidden commands answer as kubectl's do.
    assert_eq!(
        run(&mut s, "kubectl help get").0,
        run(&mut s, "kubectl get --help").0
    );
    let (options, status) = run(&mut s, "kubectl options");
    assert!(
        options
            .starts_with("The following options can be passed to any command:\n\n    --as='':\n"),
        "{options}"
    );
    assert_eq!(status, Some(0));
    assert!(run(&mut s, "kubectl help nope")
        .0
        .starts_with("Unknown help topic [`nope`]\n\n\nBasic Commands (Beginner):\n"));
    // Typos keep kubectl's own words.
    assert_eq!(
        run(&mut s, "kubectl get pods --chunk-sise=10").0,
        "error: unknown flag: --chunk-sise\nSee 'kubectl get --help' for usage.\n"
    );
    assert_eq!(
        run(&mut s, "kubectl create secret opaque x").0,
        "error: unknown command \"opaque x\"\nSee 'kubectl create secret -h' for help and examples\n"
    );
}
