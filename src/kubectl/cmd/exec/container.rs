//! A container's shell: a [`Scope`] the terminal's interpreter runs in,
//! with the container's environment, working directory and files. The
//! files are kept in the world for the container's life (the image's
//! files, copied in on first use, then whatever its commands write);
//! each exec starts a new process, so variables and `cd` do not last.
//! A restarted container is a new one (its key has the restart count),
//! so its files start afresh.
//!
//! [`Current`] tells the container's programs (`hostname`, `wget`, …)
//! which container they run in while one of its lines runs.

use crate::apps::exec::{fs, interactive::Flavour, ExecCtx};
use crate::apps::App;
use crate::engine::exec::Container;
use crate::json::{FromJson, ToJson, Value};
use crate::shell::scope::{Dialect, Scope, Speech};
use crate::shell::vfs::{parent, Node, Vfs};
use crate::shell::{Ctx, World};
use std::collections::BTreeMap;

use super::programs;

/// Containers whose files the world keeps; the least recently used is
/// forgotten past this (its files start afresh if it is used again).
pub const CONTAINER_SHELLS_MAX: usize = 16;

/// The container whose command is running, for its programs.
#[derive(Clone, Debug)]
pub struct Current {
    pub app: App,
    pub pod: String,
    pub namespace: String,
    /// The container's environment names in the order the runtime set
    /// them (`env` lists them so).
    pub env_names: Vec<String>,
    /// The shell reading lines interactively, if one is (`exit` says `exit` in bash).
    pub flavour: Option<Flavour>,
    pub tty: bool,
}

/// The kept filesystems, most recently used last.
#[derive(Default)]
struct Files(Vec<(String, Vfs)>);

/// The kept container filesystems as JSON, for a checkpoint of the world
/// (what a container wrote must outlive a compacted log, as it outlives a
/// replayed one).
pub fn checkpoint(w: &World) -> Value {
    let kept = w.ext.get::<Files>().map_or(&[][..], |f| &f.0[..]);
    let entries: Vec<(&String, &BTreeMap<String, Node>)> =
        kept.iter().map(|(k, fs)| (k, fs.entries())).collect();
    entries.to_json()
}

/// Puts a checkpoint's container filesystems back (`null`: none kept).
pub fn restore(w: &mut World, v: &Value) -> Result<(), String> {
    let mut kept =
        Vec::<(String, BTreeMap<String, Node>)>::from_json(v).map_err(|e| e.to_string())?;
    let extra = kept.len().saturating_sub(CONTAINER_SHELLS_MAX);
    kept.drain(..extra);
    let files = kept
        .into_iter()
        .map(|(k, entries)| (k, Vfs::from_entries(entries)))
        .collect();
    w.ext.insert(Files(files));
    Ok(())
}

/// The world's slot for the running container's identity.
pub fn current(w: &World) -> Option<&Current> {
    w.ext.get::<Option<Current>>().and_then(Option::as_ref)
}

/// The dialect a shell flavour speaks: bash without a terminal numbers its lines.
pub fn dialect(flavour: Flavour, tty: bool) -> Dialect {
    match (flavour, tty) {
        (Flavour::Bash, true) => Dialect::Bash,
        (Flavour::Bash, false) => Dialect::BashScript,
        (Flavour::Dash, _) => Dialect::Dash,
        (Flavour::Ash, _) => Dialect::Ash,
    }
}

/// The image's `/bin/sh`.
pub fn sh_flavour(app: App) -> Flavour {
    if crate::apps::exec::is_busybox(app) {
        Flavour::Ash
    } else {
        Flavour::Dash
    }
}

/// A new process's shell in the container, speaking `flavour` (the
/// image's `sh` when `None`), over the container's kept files.
pub fn open(ctx: &Ctx, c: &Container, flavour: Option<Flavour>, tty: bool) -> Scope {
    ctx.with_world(|w| {
        let kept = w.ext.get_or_insert_with(Files::default);
        let fs = match kept.0.iter().position(|(k, _)| *k == c.key) {
            // What the main command made or removed since lasts too.
            Some(i) => {
                let mut fs = kept.0.remove(i).1;
                for (path, there) in &c.made {
                    let _ = match (*there, fs.read(path).is_ok()) {
                        (true, false) => fs.write(path, "", false, 0),
                        (false, true) => fs.remove(path, false),
                        _ => Ok(()),
                    };
                }
                fs
            }
            None => image_files(c, w.cluster.now()),
        };
        let mut scope = Scope::new(programs::table(c.app), fs, fs::workdir(c.app), &c.env);
        scope.speech = Speech {
            dialect: dialect(flavour.unwrap_or_else(|| sh_flavour(c.app)), tty),
            line: 0,
            tty,
        };
        keep(w, c, scope.fs.clone());
        scope
    })
}

/// Marks `c` as the running container, for its programs, until [`close`].
pub fn mark(ctx: &Ctx, c: &Container, flavour: Option<Flavour>, tty: bool) {
    ctx.with_world(|w| {
        w.ext.insert(Some(Current {
            app: c.app,
            pod: c.pod.clone(),
            namespace: c.namespace.clone(),
            env_names: c.env.iter().map(|(k, _)| k.clone()).collect(),
            flavour,
            tty,
        }))
    });
}

/// After a command: keeps what it did to the container's files.
pub fn close(ctx: &Ctx, c: &Container, scope: &Scope) {
    ctx.with_world(|w| {
        w.ext.insert::<Option<Current>>(None);
        keep(w, c, scope.fs.clone());
    });
}

fn keep(w: &mut World, c: &Container, fs: Vfs) {
    let kept = w.ext.get_or_insert_with(Files::default);
    kept.0.retain(|(k, _)| *k != c.key);
    if kept.0.len() >= CONTAINER_SHELLS_MAX {
        kept.0.remove(0);
    }
    kept.0.push((c.key.clone(), fs));
}

/// The image's files as a filesystem.
fn image_files(c: &Container, now: crate::api::Time) -> Vfs {
    let view = ExecCtx {
        app: c.app,
        pod: &c.pod,
        namespace: &c.namespace,
        env: &c.env,
        files: &c.files,
        now,
        cwd: "/",
        tty: false,
    };
    let mut vfs = Vfs::default();
    for (path, content) in fs::tree(&view) {
        // Entries past the filesystem's limits are left out, as a full disk would.
        let _ = vfs.mkdir(parent(&path), true, 0);
        let _ = match content {
            Some(text) => vfs.write(&path, &text, false, 0),
            None => vfs.mkdir(&path, true, 0),
        };
    }
    vfs
}

/// `argv` as one shell command line, every word single-quoted.
pub fn quoted(argv: &[String]) -> String {
    argv.iter()
        .map(|a| format!("'{}'", a.replace('\'', r"'\''")))
        .collect::<Vec<_>>()
        .join(" ")
}
