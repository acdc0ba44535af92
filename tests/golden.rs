//! Golden transcripts: every `tests/golden/**/*.sh` script is run through
//! the same runner as `kubeplay FILE`, and the terminal text must equal the
//! `.txt` file beside it. Set `UPDATE_GOLDEN=1` to rewrite the expected
//! files after an intended change, then review the diff.
//!
//! Header comments (before the first command) may set:
//! - `# seed: N` — the cluster seed (default 1);
//! - `# normalise: ages` — replace every age-like token (`5s`, `3m12s`,
//!   `2d4h`) with `?`s of the same width, for transcripts whose ages are
//!   not the point. Simulated time is deterministic, so most scripts keep
//!   their real ages and catch timing changes.

use std::fs;
use std::path::{Path, PathBuf};

fn scripts(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            scripts(&path, out);
        } else if path.extension().is_some_and(|e| e == "sh") {
            out.push(path);
        }
    }
}

/// The value of a `# key: value` header comment.
fn header<'a>(script: &'a str, key: &str) -> Option<&'a str> {
    script
        .lines()
        .take_while(|l| l.starts_with('#') || l.trim().is_empty())
        .find_map(|l| {
            l.strip_prefix('#')?
                .trim()
                .strip_prefix(key)?
                .strip_prefix(':')
        })
        .map(str::trim)
}

fn seed_of(script: &str) -> u64 {
    header(script, "seed")
        .and_then(|v| v.parse().ok())
        .unwrap_or(1)
}

use kubeplay::transcript::is_age;

/// Masks age-like tokens, keeping every column where it was.
fn normalise_ages(text: &str) -> String {
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        let mut token = String::new();
        for c in line.chars() {
            if c.is_whitespace() {
                out.push_str(&mask(&token));
                token.clear();
                out.push(c);
            } else {
                token.push(c);
            }
        }
        out.push_str(&mask(&token));
    }
    out
}

fn mask(token: &str) -> String {
    if is_age(token) {
        "?".repeat(token.len())
    } else {
        token.to_string()
    }
}

#[test]
fn age_normalisation_masks_only_ages() {
    assert_eq!(
        normalise_ages("web-1   1/1   Running   0   3m12s\nsleep 5s 10 m5 5\n"),
        "web-1   1/1   Running   0   ?????\nsleep ?? 10 m5 5\n"
    );
    assert_eq!(
        header("# seed: 7\n# normalise: ages\necho", "normalise"),
        Some("ages")
    );
    assert_eq!(seed_of("# x\n# seed: 7\necho"), 7);
}

#[test]
fn golden_transcripts_match() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut files = Vec::new();
    scripts(&dir, &mut files);
    files.sort();
    assert!(
        !files.is_empty(),
        "no golden scripts under {}",
        dir.display()
    );
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for script_path in files {
        let script = fs::read_to_string(&script_path).unwrap_or_default();
        let mut actual = kubeplay::transcript::run_script(seed_of(&script), &script);
        if header(&script, "normalise") == Some("ages") {
            actual = normalise_ages(&actual);
        }
        let expected_path = script_path.with_extension("txt");
        if update {
            fs::write(&expected_path, &actual)
                .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
            continue;
        }
        let expected = fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            failures.push(format!(
                "--- {} (expected)\n{expected}\n+++ actual\n{actual}",
                expected_path.display()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "golden transcripts differ (UPDATE_GOLDEN=1 to accept):\n{}",
        failures.join("\n")
    );
}
