//! `kubeplay --lesson FILE…`: parses each lesson file, replays it in the
//! engine (setup, then every step's solution) and prints which goals held
//! before and after; a translation (`lessons/<lang>/NAME.md` beside
//! `lessons/en/NAME.md`) is also compared with English. Exits 1 when any
//! file fails, 2 when one cannot be read.

use std::path::Path;
use std::process::ExitCode;
use std::rc::Rc;

use kubeplay::i18n::Lang;
use kubeplay::lesson::parse_lesson;
use kubeplay::lesson::verify::{compare_translation, render, verify};

pub fn run(files: &[String], seed: u64) -> ExitCode {
    let mut failed = false;
    for file in files {
        let text = match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("kubeplay: cannot read {file}: {e}");
                return ExitCode::from(2);
            }
        };
        match check_one(file, &text, seed) {
            Ok(report) => print!("{report}"),
            Err(report) => {
                print!("{report}");
                failed = true;
            }
        }
    }
    match failed {
        true => ExitCode::from(1),
        false => ExitCode::SUCCESS,
    }
}

/// The report for one file: `Ok` when it passes.
fn check_one(file: &str, text: &str, seed: u64) -> Result<String, String> {
    let lesson =
        parse_lesson(text).map_err(|e| format!("{file}:{e}\n").replacen(":line ", ":", 1))?;
    let lang = language_of(file);
    let mut out = format!("{file}\n");
    if let Some(en_file) = english_original(file) {
        let en_text = std::fs::read_to_string(&en_file)
            .map_err(|e| format!("{out}cannot read {en_file} to compare: {e}\n"))?;
        let en = parse_lesson(&en_text).map_err(|e| format!("{out}{en_file}: {e}\n"))?;
        compare_translation(&en, &lesson).map_err(|e| format!("{out}translation: {e}\n"))?;
        out.push_str(&format!("translation matches {en_file}\n"));
    }
    let report = verify(Rc::new(lesson), seed).map_err(|e| format!("{out}{e}\n"))?;
    out.push_str(&render(&report, lang.text()));
    match report.ok() {
        true => Ok(out),
        false => Err(out),
    }
}

/// The language of `lessons/<tag>/NAME.md` (English otherwise).
fn language_of(file: &str) -> Lang {
    Path::new(file)
        .parent()
        .and_then(|d| d.file_name())
        .and_then(|d| Lang::from_tag(&d.to_string_lossy()))
        .unwrap_or_default()
}

/// `lessons/en/NAME.md` for a translation at `lessons/<tag>/NAME.md`.
fn english_original(file: &str) -> Option<String> {
    if language_of(file) == Lang::En {
        return None;
    }
    let path = Path::new(file);
    let dir = path.parent()?.parent()?;
    let en = dir.join("en").join(path.file_name()?);
    Some(en.to_string_lossy().into_owned())
}
