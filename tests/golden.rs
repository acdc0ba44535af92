//! Golden transcripts: every `tests/golden/**/*.sh` script is run through
//! the same runner as `kubeplay FILE`, and the terminal text must equal the
//! `.txt` file beside it. Set `UPDATE_GOLDEN=1` to rewrite the expected
//! files after an intended change, then review the diff.
//!
//! A script may start with `# seed: N` to pick the cluster seed (default 1).

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

fn seed_of(script: &str) -> u64 {
    script
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("# seed:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(1)
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
        let actual = kubeplay::transcript::run_script(seed_of(&script), &script);
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
