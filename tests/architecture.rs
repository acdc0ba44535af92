//! Architecture invariants, checked over the source tree (see ARCHITECTURE.md):
//!
//! 1. Only `src/ui/`, `src/ui.rs` and `src/main.rs` may name browser crates
//!    (yew, web-sys, gloo, js-sys, wasm-bindgen).
//! 2. Outside the UI, nothing reads a wall clock or an unseeded random
//!    number, and nothing iterates a randomly seeded `HashMap`/`HashSet`:
//!    the core must give the same result for the same seed and inputs.
//! 3. Every source file opens with a `//!` paragraph saying what it owns.
//! 4. No test is switched off with `#[ignore]`.
//! 5. Dependencies go one way: every `crate::` (or `super::`) path in
//!    `src/` names only units of a lower layer of [`LAYERS`], or a unit of
//!    the same layer along a declared [`SIDEWAYS`] edge (a DAG). So no two
//!    units ever name each other.
//!
//! Each rule is a row of [`RULES`]; the checkers are unit-tested on made-up
//! text below, so a rule that can never fire would fail here too.

use std::fs;
use std::path::{Path, PathBuf};

/// One forbidden pattern: where it applies, what it matches, and why.
struct Rule {
    name: &'static str,
    needles: &'static [&'static str],
    applies_to: fn(&str) -> bool,
}

fn is_ui(path: &str) -> bool {
    path.starts_with("src/ui/") || path == "src/ui.rs" || path == "src/main.rs"
}

fn outside_ui(path: &str) -> bool {
    path.starts_with("src/") && !is_ui(path)
}

fn everywhere(_: &str) -> bool {
    true
}

const RULES: &[Rule] = &[
    Rule {
        name: "browser crates are used only in src/ui",
        needles: &["yew::", "web_sys", "gloo", "js_sys", "wasm_bindgen"],
        applies_to: outside_ui,
    },
    Rule {
        name: "the core never reads a wall clock",
        needles: &[
            "Instant::now",
            "SystemTime",
            "Date::now",
            "performance.now",
            "UNIX_EPOCH",
        ],
        applies_to: outside_ui,
    },
    Rule {
        name: "the core never uses unseeded randomness or random iteration order",
        needles: &[
            "thread_rng",
            "rand::random",
            "getrandom",
            "RandomState",
            "HashMap",
            "HashSet",
        ],
        applies_to: outside_ui,
    },
    Rule {
        name: "no test is switched off",
        needles: &["#[ignore"],
        applies_to: everywhere,
    },
];

/// Returns `path:line: rule` for every violation in `text`.
fn violations(path: &str, text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (no, line) in text.lines().enumerate() {
        let code = line.trim_start();
        // Comments may talk about the forbidden things; only code counts.
        if code.starts_with("//") {
            continue;
        }
        for rule in RULES.iter().filter(|r| (r.applies_to)(path)) {
            if rule.needles.iter().any(|n| code.contains(n)) {
                found.push(format!("{path}:{}: {}", no + 1, rule.name));
            }
        }
    }
    if path.ends_with(".rs") && !text.trim_start().starts_with("//!") {
        found.push(format!(
            "{path}:1: every source file opens with a //! paragraph"
        ));
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn source_tree_keeps_the_architecture_invariants() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("tests"), &mut files);
    assert!(files.len() > 5, "found too few source files: {files:?}");
    let mut all = Vec::new();
    for file in files {
        let rel = file
            .strip_prefix(root)
            .unwrap_or(&file)
            .to_string_lossy()
            .replace('\\', "/");
        // This file necessarily spells out the forbidden patterns.
        if rel == "tests/architecture.rs" {
            continue;
        }
        let text = fs::read_to_string(&file).unwrap_or_default();
        all.extend(violations(&rel, &text));
    }
    assert!(
        all.is_empty(),
        "architecture invariants broken:\n{}",
        all.join("\n")
    );
}

#[test]
fn checker_flags_each_kind_of_violation() {
    assert_eq!(
        violations(
            "src/engine/clock.rs",
            "//! Clock.\nlet t = std::time::Instant::now();\n"
        ),
        vec!["src/engine/clock.rs:2: the core never reads a wall clock"]
    );
    assert_eq!(
        violations("src/shell.rs", "//! Shell.\nuse yew::prelude::*;\n"),
        vec!["src/shell.rs:2: browser crates are used only in src/ui"]
    );
    assert_eq!(
        violations("src/engine/store.rs", "//! Store.\nuse std::collections::HashMap;\n"),
        vec!["src/engine/store.rs:2: the core never uses unseeded randomness or random iteration order"]
    );
    assert_eq!(
        violations("tests/x.rs", "//! X.\n#[ignore]\nfn t() {}\n"),
        vec!["tests/x.rs:2: no test is switched off"]
    );
    assert_eq!(
        violations("src/x.rs", "fn main() {}\n"),
        vec!["src/x.rs:1: every source file opens with a //! paragraph"]
    );
}

#[test]
fn checker_allows_the_ui_and_comments() {
    assert!(violations(
        "src/ui/app.rs",
        "//! App.\nuse yew::prelude::*;\nlet t = js_sys::Date::now();\n"
    )
    .is_empty());
    assert!(violations(
        "src/engine/clock.rs",
        "//! Clock.\n// Never call Instant::now here.\n"
    )
    .is_empty());
}

// ----- one direction -----

/// The layers, lowest first (drawn in ARCHITECTURE.md, "Layers"). A unit
/// is a top-level module, or a submodule that sits higher than its parent
/// (the lesson and replay host drives a `Session`, which the rest of
/// `lesson` and `share` must not know). A file belongs to the longest unit
/// its module path starts with.
const LAYERS: &[(&str, &[&str])] = &[
    ("base", &["sorting", "listing", "i18n", "json"]),
    ("objects", &["api"]),
    ("images", &["apps"]),
    ("engine core", &["engine"]),
    ("control plane", &["scheduler", "controllers"]),
    ("shell", &["shell"]),
    ("commands", &["kubectl", "host", "lesson", "share"]),
    ("session", &["session"]),
    ("front ends", &["console", "scene", "embed", "transcript"]),
    (
        "lesson and replay host",
        &[
            "lesson::play",
            "lesson::verify",
            "share::replay",
            "share::store",
        ],
    ),
    // The native-only REST front end (`kubeplay api`) and the browser UI
    // both sit on top; neither names the other.
    ("servers", &["apiserver", "ui"]),
];

/// Allowed edges inside one layer: `(from, to)`.
const SIDEWAYS: &[(&str, &str)] = &[
    ("controllers", "scheduler"),
    ("lesson", "kubectl"),
    ("lesson", "share"),
    ("lesson::verify", "lesson::play"),
    ("share::replay", "lesson::play"),
];

fn layer_of(unit: &str) -> Option<usize> {
    LAYERS.iter().position(|(_, units)| units.contains(&unit))
}

/// The unit a module path (`["lesson", "play", "Thing"]`) falls in.
fn unit_of(path: &[&str]) -> Option<&'static str> {
    let mut best: Option<&'static str> = None;
    for (_, units) in LAYERS {
        for &unit in *units {
            let parts: Vec<&str> = unit.split("::").collect();
            if path.len() >= parts.len()
                && path.iter().zip(&parts).all(|(a, b)| a == b)
                && best.is_none_or(|b| b.len() < unit.len())
            {
                best = Some(unit);
            }
        }
    }
    best
}

/// `src/lesson/play.rs` → `["lesson", "play"]`; `None` outside `src/`
/// or for the crate roots (`lib.rs`, `main.rs`, `bin/`), which sit on top.
fn module_path(file: &str) -> Option<Vec<String>> {
    let rel = file.strip_prefix("src/")?.strip_suffix(".rs")?;
    let mut parts: Vec<String> = rel.split('/').map(str::to_string).collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    match parts.first().map(String::as_str) {
        None | Some("lib" | "main" | "bin") => None,
        _ => Some(parts),
    }
}

/// Blanks `//` comments (keeping offsets), so only code is read.
fn strip_comments(text: &str) -> String {
    text.lines()
        .map(|line| match line.find("//") {
            Some(i) => format!("{}{}", &line[..i], " ".repeat(line.len() - i)),
            None => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Expands a path written after `crate::` at the start of `rest` into
/// the full paths it names: `a::b::C` → [a::b::C]; `{a::b, c::{d, e}}` →
/// [a::b, c::d, c::e].
fn expand_paths(rest: &str) -> Vec<Vec<String>> {
    let rest = rest.trim_start();
    if let Some(inner) = rest.strip_prefix('{') {
        let mut depth = 0usize;
        let mut items = Vec::new();
        let mut cur = String::new();
        for c in inner.chars() {
            match c {
                '{' => {
                    depth += 1;
                    cur.push(c);
                }
                '}' if depth == 0 => break,
                '}' => {
                    depth -= 1;
                    cur.push(c);
                }
                ',' if depth == 0 => items.push(std::mem::take(&mut cur)),
                _ => cur.push(c),
            }
        }
        items.push(cur);
        return items
            .iter()
            .filter(|i| !i.trim().is_empty())
            .flat_map(|i| expand_paths(i))
            .collect();
    }
    let ident: String = rest.chars().take_while(|&c| is_ident(c)).collect();
    if ident.is_empty() {
        return Vec::new();
    }
    let after = &rest[ident.len()..];
    match after.trim_start().strip_prefix("::") {
        Some(tail) => {
            let inner = expand_paths(tail);
            if inner.is_empty() {
                return vec![vec![ident]];
            }
            inner
                .into_iter()
                .map(|mut p| {
                    p.insert(0, ident.clone());
                    p
                })
                .collect()
        }
        None => vec![vec![ident]],
    }
}

/// Returns `path:line: from -> to (crate::…)` for every reference in a
/// file of `src/` that goes against [`LAYERS`] and [`SIDEWAYS`].
fn layer_violations(file: &str, text: &str) -> Vec<String> {
    let Some(me) = module_path(file) else {
        return Vec::new();
    };
    let me_ref: Vec<&str> = me.iter().map(String::as_str).collect();
    let Some(from) = unit_of(&me_ref) else {
        return vec![format!(
            "{file}:1: module `{}` has no place in LAYERS",
            me.join("::")
        )];
    };
    let code = strip_comments(text);
    let mut found = Vec::new();
    for (start, _) in code
        .match_indices("crate::")
        .chain(code.match_indices("super::"))
    {
        if code[..start].chars().next_back().is_some_and(is_ident) {
            continue;
        }
        let mut rest = &code[start..];
        let mut base: Vec<String> = Vec::new();
        if rest.starts_with("crate::") {
            rest = &rest["crate::".len()..];
        } else {
            // `super::` from a file's module climbs to its parent; inline
            // `mod tests` blocks read one level off, which stays in the unit.
            base = me.clone();
            while let Some(r) = rest.strip_prefix("super::") {
                base.pop();
                rest = r;
            }
        }
        for tail in expand_paths(rest) {
            let full: Vec<&str> = base.iter().chain(&tail).map(String::as_str).collect();
            let Some(to) = unit_of(&full) else { continue };
            if to == from || allowed(from, to) {
                continue;
            }
            let line = code[..start].matches('\n').count() + 1;
            found.push(format!(
                "{file}:{line}: `{from}` must not name `{to}` (`{}`)",
                full.join("::")
            ));
        }
    }
    found
}

fn allowed(from: &str, to: &str) -> bool {
    match (layer_of(from), layer_of(to)) {
        (Some(a), Some(b)) if b < a => true,
        (Some(a), Some(b)) if a == b => SIDEWAYS.contains(&(from, to)),
        _ => false,
    }
}

#[test]
fn dependencies_go_one_way() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    assert!(files.len() > 50, "found too few source files: {files:?}");
    let mut broken = Vec::new();
    for file in files {
        let rel = file
            .strip_prefix(root)
            .unwrap_or(&file)
            .to_string_lossy()
            .replace('\\', "/");
        let text = fs::read_to_string(&file).unwrap_or_default();
        broken.extend(layer_violations(&rel, &text));
    }
    assert!(
        broken.is_empty(),
        "imports against the layer order (see ARCHITECTURE.md, Layers):\n{}",
        broken.join("\n")
    );
}

#[test]
fn every_top_level_module_has_a_layer_and_sideways_is_a_dag() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lib = fs::read_to_string(root.join("src/lib.rs")).unwrap_or_default();
    let mods: Vec<&str> = lib
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub mod "))
        .map(|l| l.trim_end_matches(';'))
        .collect();
    assert!(
        mods.len() > 10,
        "read too few modules from lib.rs: {mods:?}"
    );
    for m in mods {
        assert!(layer_of(m).is_some(), "module `{m}` has no place in LAYERS");
    }
    for &(from, to) in SIDEWAYS {
        assert!(
            layer_of(from).is_some() && layer_of(from) == layer_of(to),
            "SIDEWAYS edge {from} -> {to} must join two units of one layer"
        );
        // Following the edges from `to` must never come back to `from`.
        let mut seen = vec![to];
        let mut i = 0;
        while let Some(&u) = seen.get(i) {
            assert_ne!(u, from, "SIDEWAYS has a cycle through {from} -> {to}");
            for &(a, b) in SIDEWAYS {
                if a == u && !seen.contains(&b) {
                    seen.push(b);
                }
            }
            i += 1;
        }
    }
}

#[test]
fn layer_checker_flags_upward_sideways_and_grouped_imports() {
    let msgs = layer_violations;
    // Upward, in a plain path.
    assert_eq!(
        msgs("src/api/pod.rs", "//! Pod.\nuse crate::engine::Cluster;\n"),
        vec!["src/api/pod.rs:2: `api` must not name `engine` (`engine::Cluster`)"]
    );
    // Upward, inside a grouped import spread over lines.
    assert_eq!(
        msgs(
            "src/shell/commands.rs",
            "//! T.\nuse crate::{\n    sorting::sort,\n    lesson::{commands, Desk},\n};\n"
        ),
        vec![
            "src/shell/commands.rs:2: `shell` must not name `lesson` (`lesson::commands`)",
            "src/shell/commands.rs:2: `shell` must not name `lesson` (`lesson::Desk`)",
        ]
    );
    // Sideways without a declared edge, and against a declared one.
    assert_eq!(
        msgs(
            "src/kubectl/cmd.rs",
            "//! C.\nfn f() { crate::host::curl(); }\n"
        ),
        vec!["src/kubectl/cmd.rs:2: `kubectl` must not name `host` (`host::curl`)"]
    );
    assert_eq!(
        msgs("src/kubectl/cmd.rs", "//! C.\nuse crate::lesson::Desk;\n"),
        vec!["src/kubectl/cmd.rs:2: `kubectl` must not name `lesson` (`lesson::Desk`)"]
    );
    // A unit that sits above its parent, reached through `super::`.
    assert_eq!(
        msgs("src/lesson/desk.rs", "//! D.\nuse super::play::open;\n"),
        vec!["src/lesson/desk.rs:2: `lesson` must not name `lesson::play` (`lesson::play::open`)"]
    );
    // Downward, declared sideways, own unit, comments and other crates pass.
    assert!(msgs(
        "src/lesson/play.rs",
        "//! P.\nuse crate::{session::Session, lesson::Desk, kubectl::run};\nuse super::desk::Next;\n// crate::ui::x\nuse kubeplay_crate::ui;\n"
    )
    .is_empty());
    // A new top-level module must be given a layer.
    assert_eq!(
        msgs("src/rest.rs", "//! R.\n"),
        vec!["src/rest.rs:1: module `rest` has no place in LAYERS"]
    );
}
