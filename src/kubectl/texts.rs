//! kubectl's help texts (each command's short and long description,
//! examples, usage line and flag help) and `kubectl explain`'s
//! descriptions as data, outside the wasm.
//!
//! The command tables in `commands/` keep the words in their source, but
//! the browser build drops them while the tables are evaluated
//! (`cli::native_text`): a learner's first command never prints help, and
//! ~12 KB gzip of text would delay every first visit. `generate` writes
//! them from the native tables into `static/text/kubectl.json`, which
//! trunk copies into `dist/text/`; the page fetches that file after it
//! starts and hands it to [`install`] (the service worker caches it, so
//! the playground still helps offline). The native build reads the same
//! file, compiled in, so every golden and oracle test checks its words;
//! a test fails when the file and the tables disagree.
//!
//! File layout: `{ "<command path>": { "short", "help" } }` where kubectl
//! v1.37.1's own `--help` text is known (`help`, verbatim, from
//! `tests/kubectl_help_v1.37.json`, written by `scripts/kubectl-help.py`
//! from the real client; `kubectl options` too), else `{ "short", "long",
//! "examples", "usage", "flags": { "<long name>": "<help>" } }`; the root
//! (`kubectl`) also holds the global flags; `explain <Kind>` entries hold
//! a kind's `description` and its `top` and `spec` fields' descriptions.

use std::cell::RefCell;
use std::rc::Rc;

use serde_json::Value;

/// Where the page serves the file, relative to itself.
pub const URL: &str = "text/kubectl.json";

/// The most bytes [`install`] accepts (the file is ~120 KB).
pub const TEXT_BYTES_MAX: usize = 1 << 20;

/// What `--help` prints when the texts could not be had (the page failed
/// to fetch them).
pub const MISSING: &str =
    "kubeplay: kubectl's help texts could not be loaded (network error); reload the page to try again\n";

thread_local! {
    static TEXTS: RefCell<Option<Rc<Value>>> = const { RefCell::new(None) };
}

/// Installs the texts the page fetched; an error names what is wrong with
/// the file and leaves the texts as they were.
pub fn install(json: &str) -> Result<(), String> {
    if json.len() > TEXT_BYTES_MAX {
        return Err(format!("{URL}: larger than {TEXT_BYTES_MAX} bytes"));
    }
    let value: Value = serde_json::from_str(json).map_err(|e| format!("{URL}: {e}"))?;
    if !value.is_object() {
        return Err(format!("{URL}: not a JSON object"));
    }
    TEXTS.with(|t| *t.borrow_mut() = Some(Rc::new(value)));
    Ok(())
}

/// Whether the texts are at hand (always in the native build).
pub fn loaded() -> bool {
    texts().is_some()
}

#[cfg(not(target_arch = "wasm32"))]
fn texts() -> Option<Rc<Value>> {
    if let Some(t) = TEXTS.with(|t| t.borrow().clone()) {
        return Some(t);
    }
    install(include_str!("../../static/text/kubectl.json")).ok()?;
    TEXTS.with(|t| t.borrow().clone())
}

#[cfg(target_arch = "wasm32")]
fn texts() -> Option<Rc<Value>> {
    TEXTS.with(|t| t.borrow().clone())
}

/// The help words of one command, found by its path (`kubectl create
/// deployment`); missing words are empty.
pub struct CommandText {
    entry: Value,
}

impl CommandText {
    /// The texts of the command at `path`, or `None` while the file is not
    /// loaded.
    pub fn of(path: &str) -> Option<CommandText> {
        let texts = texts()?;
        Some(CommandText {
            entry: texts.get(path).cloned().unwrap_or(Value::Null),
        })
    }

    /// `short`, `long`, `examples` or `usage`.
    pub fn get(&self, field: &str) -> &str {
        self.entry.get(field).and_then(Value::as_str).unwrap_or("")
    }

    /// kubectl's own `--help` text of the command, verbatim, if known
    /// (possibly empty: `kubectl options --help` prints nothing).
    pub fn verbatim(&self) -> Option<&str> {
        self.entry.get("help").and_then(Value::as_str)
    }

    /// The help of the flag `--long` here.
    pub fn flag(&self, long: &str) -> &str {
        self.in_map("flags", long)
    }

    /// The text under `key` in the entry's map `map` (a flag's help, an
    /// `explain` field's description).
    pub fn in_map(&self, map: &str, key: &str) -> &str {
        self.entry
            .get(map)
            .and_then(|f| f.get(key))
            .and_then(Value::as_str)
            .unwrap_or("")
    }
}

/// The file's contents as the native command tables say them.
#[cfg(not(target_arch = "wasm32"))]
pub fn generate() -> Result<String, String> {
    use super::cli::{Command, Flag};
    use super::commands::{GLOBALS, ROOT};
    use serde_json::Map;

    fn walk(
        cmd: &Command,
        path: &str,
        extra: &[Flag],
        out: &mut Map<String, Value>,
    ) -> Result<(), String> {
        let mut flags = Map::new();
        for f in cmd.flags.iter().chain(cmd.later).chain(extra) {
            if let Some(Value::String(old)) = flags.get(f.long) {
                if old != f.help {
                    return Err(format!("{path}: --{} has two helps", f.long));
                }
            }
            flags.insert(f.long.to_string(), Value::String(f.help.to_string()));
        }
        let mut entry = Map::new();
        for (key, text) in [
            ("short", cmd.short),
            ("long", cmd.long),
            ("examples", cmd.examples),
            ("usage", cmd.usage),
        ] {
            if !text.is_empty() {
                entry.insert(key.to_string(), Value::String(text.to_string()));
            }
        }
        if !flags.is_empty() {
            entry.insert("flags".to_string(), Value::Object(flags));
        }
        out.insert(path.to_string(), Value::Object(entry));
        for sub in cmd.subcommands {
            walk(sub, &format!("{path} {}", sub.name), &[], out)?;
        }
        Ok(())
    }
    let mut out = Map::new();
    walk(&ROOT, ROOT.name, GLOBALS, &mut out)?;
    // kubectl v1.37.1's own help, verbatim (scripts/kubectl-help.py): where
    // a command has it, its composed parts are not needed.
    let verbatim: Map<String, Value> =
        serde_json::from_str(include_str!("../../tests/kubectl_help_v1.37.json"))
            .map_err(|e| format!("tests/kubectl_help_v1.37.json: {e}"))?;
    for (path, help) in verbatim {
        let entry = out.entry(path).or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(entry) = entry {
            entry.retain(|key, _| key == "short");
            entry.insert("help".to_string(), help);
        }
    }
    out.extend(super::cmd::explain::text_entries());
    serde_json::to_string_pretty(&Value::Object(out))
        .map(|s| s + "\n")
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The file the page fetches says what the tables say. Run with
    /// `KUBEPLAY_WRITE_TEXTS=1` to rewrite it after changing a table.
    #[test]
    fn the_served_file_matches_the_command_tables() {
        let generated = generate().expect("tables");
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/static/text/kubectl.json");
        if std::env::var_os("KUBEPLAY_WRITE_TEXTS").is_some() {
            std::fs::write(path, &generated).expect("write");
        }
        let served = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            served == generated,
            "static/text/kubectl.json is out of date: run `KUBEPLAY_WRITE_TEXTS=1 cargo test --lib kubectl::texts`"
        );
    }

    #[test]
    fn install_rejects_what_is_not_a_text_table() {
        assert!(install("[1, 2]").is_err());
        assert!(install("{").is_err());
        assert!(CommandText::of("kubectl get")
            .is_some_and(|t| t.get("short") == "Display one or many resources"));
    }
}
