//! `ls [-1aAlh] [PATH…]`: names in GNU's column layout on the terminal
//! (one per line into a pipe or file), or the long format with `-l`.
//! Times come from the simulated clock: session time 0 is
//! `engine::SESSION_START_UNIX_MS`, the cluster's own clock.

use super::args::Spec;
use crate::listing::{columns, TERMINAL_COLUMNS};
use crate::shell::ctx::{done, CommandFuture, Ctx};
use crate::shell::vfs::{self, Node};
use crate::shell::world::World;

const SPEC: Spec = Spec {
    name: "ls",
    flags: "1aAlhdR",
    valued: "",
    long: &[("all", 'a'), ("almost-all", 'A'), ("human-readable", 'h')],
};

pub fn ls(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let Some(opts) = SPEC.parse_argv(&mut ctx, &argv) else {
        return done(2);
    };
    let operands = if opts.operands.is_empty() {
        vec![".".to_string()]
    } else {
        opts.operands.clone()
    };
    let terminal = ctx.stdout_is_terminal();
    let (text, errors, status) = ctx.with_world(|w| {
        let mut files = Vec::new();
        let mut dirs = Vec::new();
        let mut errors = String::new();
        for name in &operands {
            let abs = w.abs_path(name);
            match w.fs.get(&abs) {
                None => errors.push_str(&format!(
                    "ls: cannot access '{name}': No such file or directory\n"
                )),
                Some(node) if node.is_dir() && !opts.has('d') => dirs.push((name.clone(), abs)),
                Some(node) => files.push(Entry::new(name, node)),
            }
        }
        let status = if errors.is_empty() { 0 } else { 2 };
        let listing = Listing {
            long: opts.has('l'),
            terminal,
        };
        let mut blocks = Vec::new();
        if !files.is_empty() {
            blocks.push(listing.render(&files, false));
        }
        let recursive = opts.has('R');
        let headed = operands.len() > 1 || recursive;
        if recursive {
            dirs = with_subdirectories(w, dirs);
        }
        for (name, abs) in &dirs {
            let entries = dir_entries(w, abs, opts.has('a'), opts.has('A') || opts.has('a'));
            let body = listing.render(&entries, true);
            blocks.push(if headed {
                format!("{name}:\n{body}")
            } else {
                body
            });
        }
        (blocks.join("\n"), errors, status)
    });
    ctx.err(&errors);
    ctx.out(&text);
    done(status)
}

/// `-R`: each directory followed by all directories below it, depth
/// first, named as the user would reach them (`a`, `a/b`, `a/b/c`).
fn with_subdirectories(w: &World, dirs: Vec<(String, String)>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (name, abs) in dirs {
        let below: Vec<(String, String)> =
            w.fs.walk(&abs)
                .into_iter()
                .filter(|path| w.fs.is_dir(path))
                .map(|path| {
                    let rel = path.get(abs.len()..).unwrap_or("").trim_start_matches('/');
                    (
                        format!("{}/{rel}", name.trim_end_matches('/')),
                        path.to_string(),
                    )
                })
                .collect();
        out.push((name, abs));
        out.extend(below);
    }
    out
}

/// One name to show and what it is.
struct Entry {
    name: String,
    dir: bool,
    size: usize,
    mtime_ms: u64,
    links: usize,
}

impl Entry {
    fn new(name: &str, node: &Node) -> Entry {
        Entry {
            name: name.to_string(),
            dir: node.is_dir(),
            size: node.size(),
            mtime_ms: node.mtime_ms(),
            links: if node.is_dir() { 2 } else { 1 },
        }
    }
}

/// A directory's entries, sorted, with `.` and `..` when `dots`.
fn dir_entries(w: &World, abs: &str, dots: bool, hidden: bool) -> Vec<Entry> {
    let mut entries = Vec::new();
    if dots {
        for (name, path) in [(".", abs.to_string()), ("..", vfs::parent(abs).to_string())] {
            if let Some(node) = w.fs.get(&path) {
                entries.push(Entry::new(name, node));
            }
        }
    }
    for (name, node) in w.fs.list(abs).unwrap_or_default() {
        if name.starts_with('.') && !hidden {
            continue;
        }
        let mut entry = Entry::new(name, node);
        if node.is_dir() {
            let child = vfs::normalize(abs, name);
            entry.links +=
                w.fs.list(&child)
                    .map(|l| l.iter().filter(|(_, n)| n.is_dir()).count())
                    .unwrap_or(0);
        }
        entries.push(entry);
    }
    entries
}

struct Listing {
    long: bool,
    terminal: bool,
}

impl Listing {
    fn render(&self, entries: &[Entry], with_total: bool) -> String {
        if self.long {
            return long_format(entries, with_total);
        }
        let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
        if !self.terminal {
            return names.iter().map(|n| format!("{n}\n")).collect();
        }
        columns(&names, TERMINAL_COLUMNS)
    }
}

/// `-l`: mode, links, owner, group, size, date, name; a `total` line
/// first for directories (1 KiB blocks, 4 per started 4 KiB).
fn long_format(entries: &[Entry], with_total: bool) -> String {
    let size_width = entries
        .iter()
        .map(|e| e.size.to_string().len())
        .max()
        .unwrap_or(1);
    let link_width = entries
        .iter()
        .map(|e| e.links.to_string().len())
        .max()
        .unwrap_or(1);
    let mut out = String::new();
    if with_total {
        let blocks: usize = entries.iter().map(|e| e.size.div_ceil(4096) * 4).sum();
        out.push_str(&format!("total {blocks}\n"));
    }
    for e in entries {
        let mode = if e.dir { "drwxr-xr-x" } else { "-rw-r--r--" };
        out.push_str(&format!(
            "{mode} {:>link_width$} root root {:>size_width$} {} {}\n",
            e.links,
            e.size,
            ls_date(e.mtime_ms),
            e.name
        ));
    }
    out
}

/// Unix seconds at session time `ms`, on the cluster's wall clock.
pub fn unix_secs(ms: u64) -> u64 {
    crate::engine::SESSION_START_UNIX_MS.saturating_add(ms) / 1000
}

/// `Jan 12 09:04` for a simulated time.
fn ls_date(ms: u64) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let secs = unix_secs(ms);
    let (_, month, day) = civil_date(secs / 86_400);
    let name = MONTHS
        .get(month.saturating_sub(1) as usize)
        .unwrap_or(&"Jan");
    format!(
        "{name} {day:>2} {:02}:{:02}",
        secs % 86_400 / 3600,
        secs % 3600 / 60
    )
}

/// Days since 1970-01-01 to (year, month 1-12, day 1-31), by Howard
/// Hinnant's civil-from-days method: 2026-01-01 is day 20454.
pub(super) fn civil_date(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_civil() {
        assert_eq!(civil_date(20_454), (2026, 1, 1));
        assert_eq!(civil_date(0), (1970, 1, 1));
        assert_eq!(ls_date(0), "Jan 12 09:04");
        assert_eq!(ls_date(90_061_000), "Jan 13 10:05");
    }
}
