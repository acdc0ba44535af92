//! `--help` text in kubectl's layout (its cobra templates): description,
//! `Examples:`, `Available Commands:` or `Options:`, `Usage:`, and the
//! closing pointers to `kubectl options`.

use super::{Command, Group};
use crate::kubectl::texts::{CommandText, MISSING};

/// Help for one command (`kubectl scale --help`) at `path`, its words
/// from `kubectl::texts`.
pub fn help_text(cmd: &Command, path: &str) -> String {
    let Some(text) = CommandText::of(path) else {
        return MISSING.to_string();
    };
    // kubectl's own words, as the real v1.37 client prints them.
    if let Some(verbatim) = text.verbatim() {
        return verbatim.to_string();
    }
    let mut out = String::new();
    out.push_str(text.get("long").trim_end());
    out.push_str("\n\n");
    if !cmd.aliases.is_empty() {
        out.push_str(&format!(
            "Aliases:\n{}, {}\n\n",
            cmd.name,
            cmd.aliases.join(", ")
        ));
    }
    let examples = text.get("examples");
    if !examples.is_empty() {
        out.push_str("Examples:\n");
        out.push_str(examples.trim_end());
        out.push_str("\n\n");
    }
    if !cmd.subcommands.is_empty() {
        out.push_str("Available Commands:\n");
        let width = cmd
            .subcommands
            .iter()
            .map(|c| c.name.len())
            .max()
            .unwrap_or(0)
            .max(11)
            + 3;
        for sub in cmd.subcommands {
            let short = CommandText::of(&format!("{path} {}", sub.name));
            let short = short.as_ref().map_or("", |t| t.get("short"));
            out.push_str(&format!("  {:width$}{short}\n", sub.name));
        }
        out.push('\n');
    }
    if !cmd.flags.is_empty() || !cmd.later.is_empty() {
        out.push_str("Options:\n");
        out.push_str(&flag_list(cmd.flags.iter().chain(cmd.later), &text));
    }
    out.push_str(&format!("Usage:\n  {}\n\n", text.get("usage")));
    if !cmd.subcommands.is_empty() {
        out.push_str(&format!(
            "Use \"{path} <command> --help\" for more information about a given command.\n"
        ));
    }
    out.push_str("Use \"kubectl options\" for a list of global command-line options (applies to all commands).\n");
    out
}

/// `kubectl` alone: the grouped command list.
pub fn root_help(root: &Command) -> String {
    let Some(text) = CommandText::of(root.name) else {
        return MISSING.to_string();
    };
    if let Some(verbatim) = text.verbatim() {
        return verbatim.to_string();
    }
    let short = |cmd: &Command| {
        CommandText::of(&format!("{} {}", root.name, cmd.name))
            .map_or(String::new(), |t| t.get("short").to_string())
    };
    let mut out = String::from("kubectl controls the Kubernetes cluster manager.\n\n Find more information at: https://kubernetes.io/docs/reference/kubectl/\n\n");
    let groups = [
        (Group::Beginner, "Basic Commands (Beginner):"),
        (Group::Intermediate, "Basic Commands (Intermediate):"),
        (Group::Deploy, "Deploy Commands:"),
        (Group::Cluster, "Cluster Management Commands:"),
        (
            Group::Troubleshooting,
            "Troubleshooting and Debugging Commands:",
        ),
        (Group::Advanced, "Advanced Commands:"),
        (Group::Settings, "Settings Commands:"),
    ];
    for (group, title) in groups {
        out.push_str(title);
        out.push('\n');
        for cmd in root.subcommands.iter().filter(|c| c.group == group) {
            out.push_str(&format!("  {:16}{}\n", cmd.name, short(cmd)));
        }
        out.push('\n');
    }
    out.push_str("Subcommands provided by plugins:\n\nOther Commands:\n");
    for cmd in root.subcommands.iter().filter(|c| c.group == Group::Other) {
        out.push_str(&format!("  {:16}{}\n", cmd.name, short(cmd)));
    }
    out.push_str("\nUsage:\n  kubectl [flags] [options]\n\nUse \"kubectl <command> --help\" for more information about a given command.\nUse \"kubectl options\" for a list of global command-line options (applies to all commands).\n");
    out
}

/// Flags as pflag lists them: sorted by name (simulated or not), each as
/// `    -n, --name=default:` and its help (from `text`, the command's
/// words) on a tab-indented line.
pub fn flag_list<'a>(flags: impl Iterator<Item = &'a super::Flag>, text: &CommandText) -> String {
    let mut flags: Vec<&super::Flag> = flags.collect();
    crate::sorting::sort_by(&mut flags, |a, b| a.long.cmp(b.long));
    let mut out = String::new();
    for flag in flags {
        let name = match flag.short {
            Some(c) => format!("-{c}, --{}", flag.long),
            None => format!("--{}", flag.long),
        };
        out.push_str(&format!(
            "    {name}={}:\n\t{}\n\n",
            flag.default,
            text.flag(flag.long)
        ));
    }
    out
}
