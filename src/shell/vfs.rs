//! The virtual filesystem: a small in-memory tree of directories and text
//! files under `/`, with `/root` as home, `/tmp`, and `/dev/null`. Paths
//! here are absolute and normalised by the caller ([`normalize`]); the
//! shell resolves relative paths against its working directory first.
//!
//! Entries live in one `BTreeMap` keyed by absolute path, so a directory's
//! children are a contiguous, sorted range. Size is bounded by
//! [`FS_ENTRIES_MAX`] and [`FS_BYTES_MAX`]; exceeding either is
//! `No space left on device`, leaving the tree unchanged.

use std::collections::BTreeMap;
use std::fmt;

use super::limits::{FS_BYTES_MAX, FS_ENTRIES_MAX};

/// One entry of the tree.
#[derive(Clone, Debug, PartialEq, Eq, crate::json::ToJson, crate::json::FromJson)]
pub enum Node {
    Dir {
        mtime_ms: u64,
    },
    File {
        content: String,
        mtime_ms: u64,
    },
    /// `/dev/null`: reads as empty, swallows writes.
    Null,
}

impl Node {
    pub fn is_dir(&self) -> bool {
        matches!(self, Node::Dir { .. })
    }

    /// Size in bytes, as `ls -l` shows it (4096 for a directory).
    pub fn size(&self) -> usize {
        match self {
            Node::Dir { .. } => 4096,
            Node::File { content, .. } => content.len(),
            Node::Null => 0,
        }
    }

    pub fn mtime_ms(&self) -> u64 {
        match self {
            Node::Dir { mtime_ms } | Node::File { mtime_ms, .. } => *mtime_ms,
            Node::Null => 0,
        }
    }
}

/// Why a filesystem operation failed; `Display` is the libc wording that
/// bash and coreutils print after the path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FsError {
    NotFound,
    IsDir,
    NotDir,
    Exists,
    NotEmpty,
    NoSpace,
    /// Removing `/` or another path the playground needs.
    Busy,
}

impl fmt::Display for FsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FsError::NotFound => "No such file or directory",
            FsError::IsDir => "Is a directory",
            FsError::NotDir => "Not a directory",
            FsError::Exists => "File exists",
            FsError::NotEmpty => "Directory not empty",
            FsError::NoSpace => "No space left on device",
            FsError::Busy => "Device or resource busy",
        })
    }
}

/// The filesystem tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vfs {
    nodes: BTreeMap<String, Node>,
    bytes: usize,
}

impl Default for Vfs {
    fn default() -> Self {
        let mut nodes = BTreeMap::new();
        for dir in ["/", "/root", "/tmp", "/dev"] {
            nodes.insert(dir.to_string(), Node::Dir { mtime_ms: 0 });
        }
        nodes.insert("/dev/null".to_string(), Node::Null);
        Vfs { nodes, bytes: 0 }
    }
}

/// Joins `path` onto `cwd` (unless absolute) and removes `.`, `..` and
/// repeated slashes: `normalize("/root", "a/../b/./c")` is `/root/b/c`.
pub fn normalize(cwd: &str, path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    let joined = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("{cwd}/{path}")
    };
    for part in joined.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    format!("/{}", parts.join("/"))
}

/// The parent directory of an absolute, normalised path (`/` for `/`).
pub fn parent(path: &str) -> &str {
    match path.rfind('/') {
        Some(0) | None => "/",
        Some(i) => path.get(..i).unwrap_or("/"),
    }
}

/// The last component of a path (`/` for `/`).
pub fn base_name(path: &str) -> &str {
    match path.rfind('/') {
        Some(i) if path.len() > 1 => path.get(i + 1..).unwrap_or(path),
        _ => path,
    }
}

impl Vfs {
    pub fn get(&self, path: &str) -> Option<&Node> {
        self.nodes.get(path)
    }

    pub fn is_dir(&self, path: &str) -> bool {
        self.get(path).is_some_and(Node::is_dir)
    }

    /// Every entry by absolute path (a checkpoint of the world keeps them).
    pub(crate) fn entries(&self) -> &BTreeMap<String, Node> {
        &self.nodes
    }

    /// A tree from saved entries; the bytes used are counted again.
    pub(crate) fn from_entries(nodes: BTreeMap<String, Node>) -> Vfs {
        let bytes = nodes
            .values()
            .filter(|n| matches!(n, Node::File { .. }))
            .map(Node::size)
            .sum();
        Vfs { nodes, bytes }
    }

    /// Bytes of file content held.
    pub fn bytes_used(&self) -> usize {
        self.bytes
    }

    /// Number of entries (files and directories).
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// A file's content.
    pub fn read(&self, path: &str) -> Result<&str, FsError> {
        match self.get(path) {
            Some(Node::File { content, .. }) => Ok(content),
            Some(Node::Null) => Ok(""),
            Some(Node::Dir { .. }) => Err(FsError::IsDir),
            None => Err(self.missing_reason(path)),
        }
    }

    /// `NotDir` when some ancestor is a file, else `NotFound`.
    fn missing_reason(&self, path: &str) -> FsError {
        let mut at = parent(path);
        loop {
            match self.get(at) {
                Some(Node::Dir { .. }) => return FsError::NotFound,
                Some(_) => return FsError::NotDir,
                None if at == "/" => return FsError::NotFound,
                None => at = parent(at),
            }
        }
    }

    /// The names in a directory, sorted, with their nodes.
    pub fn list(&self, dir: &str) -> Result<Vec<(&str, &Node)>, FsError> {
        match self.get(dir) {
            Some(Node::Dir { .. }) => {}
            Some(_) => return Err(FsError::NotDir),
            None => return Err(self.missing_reason(dir)),
        }
        let prefix = if dir == "/" {
            "/".to_string()
        } else {
            format!("{dir}/")
        };
        Ok(self
            .nodes
            .range(prefix.clone()..)
            .take_while(|(k, _)| k.starts_with(&prefix))
            .filter_map(|(k, v)| {
                let rest = k.get(prefix.len()..)?;
                (!rest.is_empty() && !rest.contains('/')).then_some((rest, v))
            })
            .collect())
    }

    /// Writes (or with `append`, extends) a file, creating it if needed.
    pub fn write(
        &mut self,
        path: &str,
        text: &str,
        append: bool,
        now_ms: u64,
    ) -> Result<(), FsError> {
        let old_len = match self.get(path) {
            Some(Node::Null) => return Ok(()),
            Some(Node::Dir { .. }) => return Err(FsError::IsDir),
            Some(Node::File { content, .. }) => content.len(),
            None => {
                self.check_parent(path)?;
                if self.nodes.len() >= FS_ENTRIES_MAX {
                    return Err(FsError::NoSpace);
                }
                0
            }
        };
        let new_len = if append {
            old_len + text.len()
        } else {
            text.len()
        };
        if self.bytes - old_len + new_len > FS_BYTES_MAX {
            return Err(FsError::NoSpace);
        }
        self.bytes = self.bytes - old_len + new_len;
        let entry = self.nodes.entry(path.to_string()).or_insert(Node::File {
            content: String::new(),
            mtime_ms: now_ms,
        });
        if let Node::File { content, mtime_ms } = entry {
            if !append {
                content.clear();
            }
            content.push_str(text);
            *mtime_ms = now_ms;
        }
        Ok(())
    }

    /// Creates a file if missing, else updates its time (`touch`).
    pub fn touch(&mut self, path: &str, now_ms: u64) -> Result<(), FsError> {
        match self.nodes.get_mut(path) {
            Some(Node::File { mtime_ms, .. } | Node::Dir { mtime_ms }) => {
                *mtime_ms = now_ms;
                Ok(())
            }
            Some(Node::Null) => Ok(()),
            None => self.write(path, "", true, now_ms),
        }
    }

    fn check_parent(&self, path: &str) -> Result<(), FsError> {
        match self.get(parent(path)) {
            Some(Node::Dir { .. }) => Ok(()),
            Some(_) => Err(FsError::NotDir),
            None => Err(FsError::NotFound),
        }
    }

    /// Creates a directory; with `parents`, also its missing ancestors
    /// and no error if it exists (`mkdir -p`).
    pub fn mkdir(&mut self, path: &str, parents: bool, now_ms: u64) -> Result<(), FsError> {
        match self.get(path) {
            Some(Node::Dir { .. }) if parents => return Ok(()),
            Some(_) => return Err(FsError::Exists),
            None => {}
        }
        if parents && path != "/" {
            self.mkdir(parent(path), true, now_ms)?;
        } else {
            self.check_parent(path)?;
        }
        if self.nodes.len() >= FS_ENTRIES_MAX {
            return Err(FsError::NoSpace);
        }
        self.nodes
            .insert(path.to_string(), Node::Dir { mtime_ms: now_ms });
        Ok(())
    }

    /// Removes a file, or a directory (its contents too with `recursive`).
    pub fn remove(&mut self, path: &str, recursive: bool) -> Result<(), FsError> {
        if matches!(path, "/" | "/dev" | "/dev/null") {
            return Err(FsError::Busy);
        }
        match self.get(path) {
            None => return Err(self.missing_reason(path)),
            Some(Node::Dir { .. }) => {
                let children = self.list(path)?.len();
                if !recursive {
                    return Err(FsError::IsDir);
                }
                if children > 0 {
                    let prefix = format!("{path}/");
                    let doomed: Vec<String> = self
                        .nodes
                        .range(prefix.clone()..)
                        .take_while(|(k, _)| k.starts_with(&prefix))
                        .map(|(k, _)| k.clone())
                        .collect();
                    for key in doomed {
                        self.drop_entry(&key);
                    }
                }
            }
            Some(_) => {}
        }
        self.drop_entry(path);
        Ok(())
    }

    /// Removes an empty directory (`rmdir`).
    pub fn remove_empty_dir(&mut self, path: &str) -> Result<(), FsError> {
        match self.get(path) {
            Some(Node::Dir { .. }) if self.list(path)?.is_empty() => self.remove(path, true),
            Some(Node::Dir { .. }) => Err(FsError::NotEmpty),
            Some(_) => Err(FsError::NotDir),
            None => Err(self.missing_reason(path)),
        }
    }

    fn drop_entry(&mut self, key: &str) {
        if let Some(Node::File { content, .. }) = self.nodes.remove(key) {
            self.bytes -= content.len();
        }
    }

    /// Moves a file or a whole directory to `to`, which must not exist
    /// and whose parent must (`mv`). Moving a directory into itself fails.
    pub fn rename(&mut self, from: &str, to: &str) -> Result<(), FsError> {
        if matches!(from, "/" | "/dev" | "/dev/null") {
            return Err(FsError::Busy);
        }
        if self.get(from).is_none() {
            return Err(self.missing_reason(from));
        }
        if self.get(to).is_some() {
            return Err(FsError::Exists);
        }
        if to.starts_with(&format!("{from}/")) {
            return Err(FsError::Busy);
        }
        self.check_parent(to)?;
        let mut moved: Vec<String> = self.walk(from).into_iter().map(str::to_string).collect();
        moved.insert(0, from.to_string());
        for key in moved {
            if let Some(node) = self.nodes.remove(&key) {
                let new_key = format!("{to}{}", key.get(from.len()..).unwrap_or(""));
                self.nodes.insert(new_key, node);
            }
        }
        Ok(())
    }

    /// Every path under `dir` (not `dir` itself), sorted: for globs and `ls -R`.
    pub fn walk(&self, dir: &str) -> Vec<&str> {
        let prefix = if dir == "/" {
            "/".to_string()
        } else {
            format!("{dir}/")
        };
        self.nodes
            .range(prefix.clone()..)
            .take_while(|(k, _)| k.starts_with(&prefix))
            .map(|(k, _)| k.as_str())
            .collect()
    }
}

#[cfg(test)]
mod tests;
