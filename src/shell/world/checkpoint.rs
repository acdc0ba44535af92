//! A checkpoint of the world: the cluster's (`engine::checkpoint`) and
//! the shell's state around it — variables, `$?`, files, working
//! directory, history, aliases, names waiting to be exported and the
//! `$RANDOM` generator. Taken between commands, so no editor is open, no
//! `source` runs and no limit error waits; the command table and the
//! layers' slots (`ext`) are the session's and stay as they are.

use std::collections::{BTreeMap, BTreeSet};

use crate::json::{FromJson, ToJson};
use serde_json::Value;

use super::{Var, World};
use crate::shell::vfs::{Node, Vfs};

#[derive(ToJson, FromJson)]
struct Shell {
    vars: BTreeMap<String, Var>,
    last_status: i32,
    files: BTreeMap<String, Node>,
    cwd: String,
    history: Vec<String>,
    aliases: BTreeMap<String, String>,
    export_pending: BTreeSet<String>,
    random_state: u64,
}

impl World {
    /// The world as JSON: `{"cluster": …, "shell": …}`.
    pub fn checkpoint(&self) -> Value {
        let shell = Shell {
            vars: self.vars.clone(),
            last_status: self.last_status,
            files: self.fs.entries().clone(),
            cwd: self.cwd.clone(),
            history: self.history.clone(),
            aliases: self.aliases.clone(),
            export_pending: self.export_pending.clone(),
            random_state: self.random_state,
        };
        let mut doc = serde_json::Map::new();
        doc.insert("cluster".into(), self.cluster.checkpoint());
        doc.insert("shell".into(), shell.to_json());
        Value::Object(doc)
    }

    /// Replaces the cluster and shell state with a checkpoint's; on an
    /// error nothing changes.
    pub fn load_checkpoint(&mut self, mut doc: Value) -> Result<(), String> {
        let mut part = |key: &str| doc.get_mut(key).map(Value::take).unwrap_or_default();
        let shell = Shell::from_json(&part("shell")).map_err(|e| e.to_string())?;
        let mut cluster = self.cluster.clone();
        cluster.load_checkpoint(part("cluster"))?;
        self.cluster = cluster;
        self.vars = shell.vars;
        self.last_status = shell.last_status;
        self.fs = Vfs::from_entries(shell.files);
        self.cwd = shell.cwd;
        self.history = shell.history;
        self.aliases = shell.aliases;
        self.export_pending = shell.export_pending;
        self.random_state = shell.random_state;
        Ok(())
    }
}
