//! Every lesson proves itself: each English lesson file is set up and
//! replayed headlessly — before its solution a step's goals must not all
//! hold, after it (and at most `GOAL_WAIT_MS_MAX` of simulated time) they
//! must. Every translation must match English in setup, steps, checks,
//! solutions and shell blocks, and so is replayed too. The catalog files
//! the browser fetches must match the lessons (`UPDATE_CATALOG=1 cargo
//! test --test lessons` rewrites them; review the diff).

use std::path::{Path, PathBuf};
use std::rc::Rc;

use kubeplay::i18n::Lang;
use kubeplay::lesson::verify::{compare_translation, render, verify};
use kubeplay::lesson::{catalog, parse_lesson, CatalogEntry, Lesson};

fn lessons_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons")
}

/// The lesson files of one language, sorted by name, parsed.
fn load(lang: Lang) -> Vec<(String, Lesson)> {
    let dir = lessons_dir().join(lang.tag());
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".md"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let text = std::fs::read_to_string(dir.join(&name)).unwrap();
            let lesson = parse_lesson(&text)
                .unwrap_or_else(|e| panic!("lessons/{}/{name}: {e}", lang.tag()));
            (name, lesson)
        })
        .collect()
}

#[test]
fn every_lesson_in_every_language_solves_itself() {
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        for (name, lesson) in load(lang) {
            let report = verify(Rc::new(lesson), 1)
                .unwrap_or_else(|e| panic!("lessons/{}/{name}: {e}", lang.tag()));
            if !report.ok() {
                failures.push(format!(
                    "lessons/{}/{name}\n{}",
                    lang.tag(),
                    render(&report, lang.text())
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_lessons_exist_with_ids_matching_their_file_names() {
    let en = load(Lang::En);
    let ids: Vec<&str> = en.iter().map(|(_, l)| l.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "deploy",
            "explore",
            "expose",
            "scale",
            "update",
            "loadbalance",
            "iot",
            "microservices",
            "sandbox",
            "jobs",
            "config",
            "drain"
        ]
    );
    for (name, lesson) in &en {
        let stem = name.trim_end_matches(".md");
        assert!(
            stem.split_once('-')
                .is_some_and(|(n, id)| n.len() == 2 && id == lesson.id),
            "{name} should be NN-{}.md",
            lesson.id
        );
    }
}

#[test]
fn translations_match_english_in_everything_but_words() {
    let en = load(Lang::En);
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let tr = load(lang);
        let names = |v: &[(String, Lesson)]| v.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
        assert_eq!(names(&tr), names(&en), "files of lessons/{}", lang.tag());
        for ((name, a), (_, b)) in en.iter().zip(&tr) {
            if let Err(e) = compare_translation(a, b) {
                panic!("lessons/{}/{name}: {e}", lang.tag());
            }
            for (sa, sb) in a.steps.iter().zip(&b.steps) {
                assert_eq!(
                    sb.explain.is_empty(),
                    sa.explain.is_empty(),
                    "lessons/{}/{name}: step \"{}\" explanation",
                    lang.tag(),
                    sb.title
                );
            }
        }
    }
}

#[test]
fn catalog_files_match_the_lessons() {
    let update = std::env::var_os("UPDATE_CATALOG").is_some();
    for lang in Lang::ALL {
        let entries: Vec<CatalogEntry> = load(lang)
            .iter()
            .map(|(name, lesson)| CatalogEntry::of(name, lesson))
            .collect();
        let want = catalog::encode(&entries);
        let path = lessons_dir().join(lang.tag()).join("catalog.json");
        if update {
            std::fs::write(&path, &want).unwrap();
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(
            have,
            want,
            "{} is stale: run UPDATE_CATALOG=1 cargo test --test lessons",
            path.display()
        );
        assert_eq!(catalog::decode(&have).unwrap(), entries);
    }
}
