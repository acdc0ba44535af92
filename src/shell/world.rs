//! [`World`]: everything a session remembers — the cluster, and the shell
//! state around it (variables, files, working directory, history, the
//! editor request). It is shared by the session and its running job as
//! `Rc<RefCell<World>>` and borrowed only between awaits.
//!
//! Lessons read it to check goals (`world.var("NODE_PORT")`,
//! `world.read_file("deploy.yaml")`), so reading is plain method calls.
//! What the layers above keep here (the lesson desk, the replay log) sits
//! in [`Extensions`], typed by those layers: the shell never looks inside.

use std::any::Any;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use super::commands::Commands;
use super::limits::{HISTORY_LINES_MAX, VARS_BYTES_MAX, VARS_MAX};
use super::scope::Speech;
use super::vfs::{self, FsError, Vfs};
use crate::engine::Cluster;

mod checkpoint;

/// The home directory, where a session starts.
pub const HOME: &str = "/root";

/// A shell variable.
#[derive(Clone, Debug, PartialEq, Eq, crate::json::ToJson, crate::json::FromJson)]
pub struct Var {
    pub value: String,
    /// Exported variables are passed to commands and listed by `env`.
    pub exported: bool,
}

/// A request to open the editor on a file (`vim FILE`, `kubectl edit`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditRequest {
    /// The path as the user typed it (for the editor's title).
    pub path: String,
    /// The file's current content ("" for a new file).
    pub content: String,
}

/// Where an edit stands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) enum EditSlot {
    #[default]
    Idle,
    /// The editor is open; `abs` is where the result will be saved.
    Open { request: EditRequest, abs: String },
    /// The user answered: `Some(text)` saved, `None` cancelled.
    Answered { abs: String, saved: Option<String> },
}

/// State that a layer above the shell keeps in the world — so its
/// commands, which see only the world, and the session share one value —
/// one slot per type. The lesson layer keeps its `Desk` here and `share`
/// its `ReplayLog`, each with accessors on `World` in its own module.
#[derive(Default)]
pub struct Extensions(Vec<Box<dyn Any>>);

impl Extensions {
    /// The value of type `T`, if one was put in.
    pub fn get<T: Any>(&self) -> Option<&T> {
        self.0.iter().find_map(|b| b.downcast_ref::<T>())
    }

    /// The value of type `T`, put in by `make` when there is none yet.
    pub fn get_or_insert_with<T: Any>(&mut self, make: impl FnOnce() -> T) -> &mut T {
        if !self.0.iter().any(|b| b.is::<T>()) {
            self.0.push(Box::new(make()));
        }
        self.0
            .iter_mut()
            .find_map(|b| b.downcast_mut::<T>())
            .unwrap_or_else(|| unreachable!("a slot of this type was just put in"))
    }

    /// Puts `value` in, replacing any value of its type.
    pub fn insert<T: Any>(&mut self, value: T) {
        self.0.retain(|b| !b.is::<T>());
        self.0.push(Box::new(value));
    }
}

impl fmt::Debug for Extensions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Extensions({} slots)", self.0.len())
    }
}

/// The whole state of one playground session.
#[derive(Debug)]
pub struct World {
    pub cluster: Cluster,
    /// Shell variables by name (`$?` is [`World::last_status`]).
    pub vars: BTreeMap<String, Var>,
    /// Exit status of the last command (`$?`).
    pub last_status: i32,
    pub fs: Vfs,
    /// The working directory, absolute.
    pub cwd: String,
    /// Commands typed, oldest first, bounded by [`HISTORY_LINES_MAX`].
    pub history: Vec<String>,
    /// `alias NAME=VALUE` definitions, expanded when a line is read.
    pub aliases: BTreeMap<String, String>,
    /// How many `source` commands are running inside each other.
    pub(crate) source_depth: usize,
    pub(crate) edit: EditSlot,
    /// Names given to `export` while unset: exported once they get a value.
    export_pending: BTreeSet<String>,
    /// Set when a variable was refused for exceeding [`VARS_MAX`] or
    /// [`VARS_BYTES_MAX`]; the running command line stops with it.
    pub(crate) limit_error: Option<String>,
    /// State of the generator behind `$RANDOM` (seeded, so replayable).
    random_state: u64,
    /// The commands this world runs: the built-ins, plus what the session
    /// registers (kubectl, curl, minikube, lessons, share).
    pub commands: Commands,
    /// What the layers above keep in the world: the lesson desk
    /// (`World::lesson`) and the replay log (`World::replay`).
    pub ext: Extensions,
    /// Whose words errors are in (bash here; a container's `sh` while
    /// one of its lines runs, see [`super::scope`]).
    pub speech: Speech,
}

impl World {
    /// A fresh world: a new cluster, `/root` as home and working directory,
    /// and the environment a login shell would have.
    pub fn new(seed: u64) -> World {
        let mut world = World {
            cluster: Cluster::new(seed),
            vars: BTreeMap::new(),
            last_status: 0,
            fs: Vfs::default(),
            cwd: HOME.to_string(),
            history: Vec::new(),
            aliases: BTreeMap::new(),
            source_depth: 0,
            edit: EditSlot::Idle,
            export_pending: BTreeSet::new(),
            limit_error: None,
            random_state: seed ^ 0x9E37_79B9_7F4A_7C15,
            commands: Commands::builtins(),
            ext: Extensions::default(),
            speech: Speech::default(),
        };
        for (name, value) in [
            ("HOME", HOME),
            ("HOSTNAME", "controlplane"),
            ("LANG", "C.UTF-8"),
            (
                "PATH",
                "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            ),
            ("PWD", HOME),
            ("SHELL", "/bin/bash"),
            ("TERM", "xterm-256color"),
            ("USER", "root"),
        ] {
            world.export(name, Some(value.to_string()));
        }
        world
    }

    /// A variable's value; unset variables are `None`.
    pub fn var(&self, name: &str) -> Option<&str> {
        self.vars.get(name).map(|v| v.value.as_str())
    }

    /// Sets a variable, keeping its exported flag.
    /// A value that would pass the variable limits is stored; otherwise
    /// nothing changes and the running command line is stopped.
    pub fn set_var(&mut self, name: &str, value: String) {
        if !self.admits(name, &value) {
            return;
        }
        match self.vars.get_mut(name) {
            Some(var) => var.value = value,
            None => {
                let exported = self.export_pending.remove(name);
                self.vars.insert(name.to_string(), Var { value, exported });
            }
        }
    }

    /// Whether storing `value` in `name` keeps within the variable limits;
    /// records the refusal when not. Totals are only summed for large
    /// values: small ones are bounded by the count limit already.
    fn admits(&mut self, name: &str, value: &str) -> bool {
        let old = self.vars.get(name).map(|v| v.value.len());
        if old.is_none() && self.vars.len() >= VARS_MAX {
            self.limit_error = Some(format!("kubeplay: too many variables (limit {VARS_MAX})\n"));
            return false;
        }
        if value.len() > 1024 {
            let total: usize = self.vars.values().map(|v| v.value.len()).sum();
            if total - old.unwrap_or(0) + value.len() > VARS_BYTES_MAX {
                self.limit_error = Some(format!(
                    "kubeplay: variables would hold more than {} KiB\n",
                    VARS_BYTES_MAX / 1024
                ));
                return false;
            }
        }
        true
    }

    /// Marks a variable exported, optionally setting it (`export X[=v]`).
    pub fn export(&mut self, name: &str, value: Option<String>) {
        if value.is_none() && !self.vars.contains_key(name) {
            self.export_pending.insert(name.to_string());
            return;
        }
        if !self.admits(name, value.as_deref().unwrap_or("")) {
            return;
        }
        let var = self.vars.entry(name.to_string()).or_insert(Var {
            value: String::new(),
            exported: true,
        });
        var.exported = true;
        if let Some(value) = value {
            var.value = value;
        }
    }

    pub fn unset(&mut self, name: &str) {
        self.vars.remove(name);
        self.export_pending.remove(name);
    }

    /// Exported variables, sorted by name (what `env` prints).
    pub fn environment(&self) -> Vec<(&str, &str)> {
        self.vars
            .iter()
            .filter(|(_, v)| v.exported)
            .map(|(k, v)| (k.as_str(), v.value.as_str()))
            .collect()
    }

    /// Resolves `path` against the working directory (and `~`).
    pub fn abs_path(&self, path: &str) -> String {
        let home = self.var("HOME").unwrap_or(HOME);
        if path == "~" {
            return vfs::normalize("/", home);
        }
        if let Some(rest) = path.strip_prefix("~/") {
            return vfs::normalize(home, rest);
        }
        vfs::normalize(&self.cwd, path)
    }

    /// A file's content, `path` relative to the working directory.
    pub fn read_file(&self, path: &str) -> Result<String, FsError> {
        self.fs.read(&self.abs_path(path)).map(str::to_string)
    }

    /// Writes a file (creating or replacing it), relative to the working
    /// directory; its parent directory must exist.
    pub fn write_file(&mut self, path: &str, content: &str) -> Result<(), FsError> {
        let abs = self.abs_path(path);
        let now = self.cluster.now_ms();
        self.fs.write(&abs, content, false, now)
    }

    /// Creates a directory and its parents (`mkdir -p`), for lesson setup.
    pub fn make_dirs(&mut self, path: &str) -> Result<(), FsError> {
        let abs = self.abs_path(path);
        let now = self.cluster.now_ms();
        self.fs.mkdir(&abs, true, now)
    }

    /// Records a typed command in the history.
    pub fn remember(&mut self, line: &str) {
        if self.history.len() >= HISTORY_LINES_MAX {
            self.history.remove(0);
        }
        self.history.push(line.to_string());
    }

    /// The next `$RANDOM` value, 0..=32767 (xorshift64*, seeded by the session).
    pub fn next_random(&mut self) -> u16 {
        let mut x = self.random_state;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.random_state = x;
        let mixed = x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 49;
        u16::try_from(mixed & 0x7fff).unwrap_or(0)
    }

    /// The names `export` marked before they had a value.
    pub(crate) fn export_pending_mut(&mut self) -> &mut BTreeSet<String> {
        &mut self.export_pending
    }

    /// The editor request waiting for the UI, if any.
    pub fn pending_edit(&self) -> Option<&EditRequest> {
        match &self.edit {
            EditSlot::Open { request, .. } => Some(request),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_set_export_and_unset() {
        let mut w = World::new(1);
        w.set_var("A", "1".into());
        assert_eq!(w.var("A"), Some("1"));
        assert!(!w.environment().iter().any(|(k, _)| *k == "A"));
        w.export("A", None);
        assert!(w.environment().contains(&("A", "1")));
        w.unset("A");
        assert_eq!(w.var("A"), None);
        w.export("B", None);
        assert!(!w.environment().iter().any(|(k, _)| *k == "B"));
        w.set_var("B", "2".into());
        assert!(w.environment().contains(&("B", "2")));
    }

    #[test]
    fn variable_limits_refuse_and_report() {
        let mut w = World::new(1);
        let mut i = 0;
        while w.vars.len() < VARS_MAX {
            w.set_var(&format!("V{i}"), "x".into());
            i += 1;
        }
        assert!(w.limit_error.is_none());
        w.set_var("ONE_MORE", "x".into());
        assert_eq!(w.var("ONE_MORE"), None);
        assert!(w.limit_error.take().is_some());
        w.set_var("V1", "y".into());
        assert_eq!(w.var("V1"), Some("y"));
        let big = "b".repeat(VARS_BYTES_MAX / 2 + 1);
        w.set_var("V2", big.clone());
        w.set_var("V3", big);
        assert_eq!(w.var("V3"), Some("x"));
        assert!(w.limit_error.is_some());
    }

    #[test]
    fn paths_resolve_against_cwd_and_home() {
        let mut w = World::new(1);
        w.cwd = "/tmp".into();
        assert_eq!(w.abs_path("x"), "/tmp/x");
        assert_eq!(w.abs_path("~/x"), "/root/x");
        assert_eq!(w.abs_path("~"), "/root");
        w.write_file("f.yaml", "a: 1\n").unwrap();
        assert_eq!(w.read_file("/tmp/f.yaml").unwrap(), "a: 1\n");
    }

    #[test]
    fn random_is_seeded_and_in_range() {
        let mut a = World::new(3);
        let mut b = World::new(3);
        let xs: Vec<u16> = (0..50).map(|_| a.next_random()).collect();
        let ys: Vec<u16> = (0..50).map(|_| b.next_random()).collect();
        assert_eq!(xs, ys);
        assert!(xs.iter().all(|x| *x <= 32767));
        assert!(xs.iter().collect::<std::collections::BTreeSet<_>>().len() > 40);
    }
}
