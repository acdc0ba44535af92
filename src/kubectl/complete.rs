//! Tab completion data for the terminal: what may come next after the
//! words already typed on a `kubectl` line — verbs and subcommands,
//! resource type names, flags of the command at hand, and (given a
//! cluster) object names, also in `TYPE/NAME` form.

use crate::engine::Cluster;
use crate::kubectl::cli::Command;
use crate::kubectl::commands::{GLOBALS, ROOT};
use crate::kubectl::resources::{self, RESOURCE_TYPES};
use crate::kubectl::target::{engine_kind, list_json, name_of, Filter};

/// Everything that can be completed without looking at the cluster.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Vocabulary {
    pub verbs: Vec<&'static str>,
    pub resource_types: Vec<&'static str>,
    pub flags: Vec<String>,
}

/// kubectl's verbs, every resource type name (plural, singular, short)
/// and every flag (`--output`, `-o`), each list sorted.
pub fn vocabulary() -> Vocabulary {
    let mut verbs: Vec<&'static str> = ROOT.subcommands.iter().map(|c| c.name).collect();
    crate::sorting::sort(&mut verbs);
    let mut types: Vec<&'static str> = RESOURCE_TYPES
        .iter()
        .flat_map(|r| {
            std::iter::once(r.plural)
                .chain(std::iter::once(r.singular))
                .chain(r.short.iter().copied())
        })
        .collect();
    crate::sorting::sort(&mut types);
    types.dedup();
    let mut flags: Vec<String> = Vec::new();
    collect_flags(&ROOT, &mut flags);
    flags.extend(GLOBALS.iter().map(|f| format!("--{}", f.long)));
    crate::sorting::sort(&mut flags);
    flags.dedup();
    Vocabulary {
        verbs,
        resource_types: types,
        flags,
    }
}

fn collect_flags(cmd: &Command, out: &mut Vec<String>) {
    for f in cmd.flags {
        out.push(format!("--{}", f.long));
        if let Some(c) = f.short {
            out.push(format!("-{c}"));
        }
    }
    for sub in cmd.subcommands {
        collect_flags(sub, out);
    }
}

/// Candidates for the last word of `words` (the words after `kubectl`;
/// the last one is the partial word, possibly empty). With a cluster,
/// object names of the default namespace are offered after a type.
pub fn complete(cluster: Option<&Cluster>, words: &[String]) -> Vec<String> {
    let (partial, before) = match words.split_last() {
        Some((last, rest)) => (last.as_str(), rest),
        None => ("", &[][..]),
    };
    let mut cmd = &ROOT;
    let mut positional: Vec<&str> = Vec::new();
    for w in before.iter().filter(|w| !w.starts_with('-')) {
        match cmd
            .subcommands
            .iter()
            .find(|c| c.name == w.as_str() || c.aliases.contains(&w.as_str()))
        {
            Some(sub) if positional.is_empty() => cmd = sub,
            _ => positional.push(w),
        }
    }
    let mut out: Vec<String> = if partial.starts_with('-') {
        cmd.flags
            .iter()
            .chain(GLOBALS)
            .map(|f| format!("--{}", f.long))
            .collect()
    } else if !cmd.subcommands.is_empty() && positional.is_empty() {
        cmd.subcommands.iter().map(|c| c.name.to_string()).collect()
    } else if let Some((ty, _)) = partial.split_once('/') {
        objects(cluster, ty)
            .into_iter()
            .map(|n| format!("{ty}/{n}"))
            .collect()
    } else if positional.is_empty() {
        RESOURCE_TYPES
            .iter()
            .flat_map(|r| [r.plural.to_string(), r.singular.to_string()])
            .chain(
                RESOURCE_TYPES
                    .iter()
                    .flat_map(|r| r.short.iter().map(|s| s.to_string())),
            )
            .collect()
    } else {
        positional
            .first()
            .map(|ty| objects(cluster, ty))
            .unwrap_or_default()
    };
    out.retain(|c| c.starts_with(partial));
    crate::sorting::sort(&mut out);
    out.dedup();
    out
}

fn objects(cluster: Option<&Cluster>, ty: &str) -> Vec<String> {
    let (Some(cluster), Some(rt)) = (cluster, resources::lookup(ty)) else {
        return Vec::new();
    };
    if engine_kind(rt).is_none() {
        return Vec::new();
    }
    list_json(cluster, rt, Some("default"), &Filter::default())
        .iter()
        .map(|o| name_of(o).to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        let mut w: Vec<String> = s.split(' ').map(str::to_string).collect();
        if s.is_empty() {
            w = vec![String::new()];
        }
        w
    }

    #[test]
    fn completes_verbs_types_flags_and_names() {
        assert!(complete(None, &words("ge")).contains(&"get".to_string()));
        assert_eq!(complete(None, &words("rollout st")), ["status"]);
        assert!(complete(None, &words("get dep")).contains(&"deployments".to_string()));
        assert!(complete(None, &words("get pods --sh")).contains(&"--show-labels".to_string()));
        let cluster = Cluster::new(1);
        assert!(complete(Some(&cluster), &words("get svc ku")).contains(&"kubernetes".to_string()));
        assert!(complete(Some(&cluster), &words("describe svc/k"))
            .contains(&"svc/kubernetes".to_string()));
        let v = vocabulary();
        assert!(
            v.verbs.contains(&"get")
                && v.resource_types.contains(&"deploy")
                && v.flags.contains(&"--output".to_string())
        );
    }
}
