//! Architecture invariants, checked over the source tree (see ARCHITECTURE.md):
//!
//! 1. Only `src/ui/`, `src/ui.rs` and `src/main.rs` may name browser crates
//!    (yew, web-sys, gloo, js-sys, wasm-bindgen).
//! 2. Outside the UI, nothing reads a wall clock or an unseeded random
//!    number, and nothing iterates a randomly seeded `HashMap`/`HashSet`:
//!    the core must give the same result for the same seed and inputs.
//! 3. Every source file opens with a `//!` paragraph saying what it owns.
//! 4. No test is switched off with `#[ignore]`.
//!
//! Each rule is a row of [`RULES`]; the checker is unit-tested on made-up
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
