//! Native transcript runner: `kubeplay [--seed N] [FILE|-]`.
//!
//! Runs each line of FILE (or standard input) as if typed into the
//! playground terminal and prints what the terminal shows. Used by scripts
//! and tests; see `kubeplay::transcript` for the exact rules.
//!
//! `kubeplay --lesson FILE…` verifies lesson files instead (see
//! `lessons/README.md` and `kubeplay::lesson::verify`).
//!
//! `kubeplay api --listen ADDR [--seed N]` serves the simulated cluster
//! through the Kubernetes REST API (see `kubeplay::apiserver`).

#[path = "kubeplay/lesson_check.rs"]
mod lesson_check;

use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage: kubeplay [--seed N] [FILE|-]\n       kubeplay [--seed N] --lesson FILE...\n       kubeplay api --listen HOST:PORT [--seed N]";

fn main() -> ExitCode {
    let mut seed = 1_u64;
    let mut path: Option<String> = None;
    let mut lessons: Option<Vec<String>> = None;
    let mut args = std::env::args().skip(1).peekable();
    let mut listen: Option<Option<String>> = None;
    if args.peek().map(String::as_str) == Some("api") {
        args.next();
        listen = Some(None);
    }
    while let Some(arg) = args.next() {
        if let Some(files) = lessons.as_mut() {
            files.push(arg);
        } else if arg == "--lesson" {
            lessons = Some(Vec::new());
        } else if arg == "--seed" {
            match args.next().and_then(|v| v.parse().ok()) {
                Some(v) => seed = v,
                None => return fail("--seed needs a whole number"),
            }
        } else if let Some(v) = arg.strip_prefix("--seed=") {
            match v.parse() {
                Ok(v) => seed = v,
                Err(_) => return fail("--seed needs a whole number"),
            }
        } else if let (Some(addr), "--listen") = (listen.as_mut(), arg.as_str()) {
            *addr = args.next();
        } else if let (Some(addr), Some(v)) = (listen.as_mut(), arg.strip_prefix("--listen=")) {
            *addr = Some(v.to_string());
        } else if arg == "-h" || arg == "--help" {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        } else if path.is_none() {
            path = Some(arg);
        } else {
            return fail(USAGE);
        }
    }
    if let Some(addr) = listen {
        let Some(addr) = addr.filter(|_| path.is_none() && lessons.is_none()) else {
            return fail(USAGE);
        };
        return serve_api(&addr, seed);
    }
    if let Some(files) = lessons {
        return match (files.is_empty(), path) {
            (false, None) => lesson_check::run(&files, seed),
            _ => fail(USAGE),
        };
    }
    let script = match path.as_deref() {
        None | Some("-") => {
            let mut s = String::new();
            match std::io::stdin().read_to_string(&mut s) {
                Ok(_) => s,
                Err(e) => return fail(&format!("cannot read standard input: {e}")),
            }
        }
        Some(p) => match std::fs::read_to_string(p) {
            Ok(s) => s,
            Err(e) => return fail(&format!("cannot read {p}: {e}")),
        },
    };
    print!("{}", kubeplay::transcript::run_script(seed, &script));
    ExitCode::SUCCESS
}

fn fail(msg: &str) -> ExitCode {
    eprintln!("kubeplay: {msg}");
    ExitCode::from(2)
}

/// `kubeplay api`: the REST front end exists only in native builds (it
/// needs sockets and threads), so a wasm32 build of this runner says so.
#[cfg(not(target_arch = "wasm32"))]
fn serve_api(addr: &str, seed: u64) -> ExitCode {
    match kubeplay::apiserver::serve(addr, seed) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&format!("cannot listen on {addr}: {e}")),
    }
}

#[cfg(target_arch = "wasm32")]
fn serve_api(_addr: &str, _seed: u64) -> ExitCode {
    fail("kubeplay api runs only in the native build")
}
