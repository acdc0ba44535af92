//! What the learner has done, lesson by lesson: the step they are on,
//! the steps whose goals they reached, and which lesson is open. The
//! browser keeps it under a versioned localStorage key as the JSON made
//! here; anything unreadable decodes to an error, and the UI starts
//! afresh with a message. Pure data: no storage access here.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use super::fields;
use super::limits::{LESSONS_MAX, STEPS_MAX};

/// The format version inside the stored JSON (the key carries it too).
pub const PROGRESS_VERSION: u32 = 1;

/// One lesson's progress.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LessonProgress {
    /// The step the learner is on (0-based).
    pub step: usize,
    /// Steps whose goals were all reached.
    pub done: BTreeSet<usize>,
}

/// Every lesson's progress, and the lesson open now.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub current: Option<String>,
    lessons: BTreeMap<String, LessonProgress>,
    /// Bumped on every change, so a host knows when to save.
    pub revision: u64,
}

/// Why saved progress could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgressError(pub String);

impl Progress {
    /// The progress of lesson `id` (empty if never started).
    pub fn of(&self, id: &str) -> LessonProgress {
        self.lessons.get(id).cloned().unwrap_or_default()
    }

    /// Records that the learner is on `step` of `id`.
    pub fn set_step(&mut self, id: &str, step: usize) {
        let changed = {
            let entry = self.entry(id);
            std::mem::replace(&mut entry.step, step) != step
        };
        if changed {
            self.revision += 1;
        }
    }

    /// Records that the goals of `step` of `id` were reached.
    pub fn mark_done(&mut self, id: &str, step: usize) {
        if step < STEPS_MAX && self.entry(id).done.insert(step) {
            self.revision += 1;
        }
    }

    /// Records which lesson is open (`None`: the catalog).
    pub fn set_current(&mut self, id: Option<&str>) {
        if self.current.as_deref() != id {
            self.current = id.map(str::to_string);
            self.revision += 1;
        }
    }

    /// Forgets everything about lesson `id`.
    pub fn forget(&mut self, id: &str) {
        if self.lessons.remove(id).is_some() {
            self.revision += 1;
        }
    }

    fn entry(&mut self, id: &str) -> &mut LessonProgress {
        // Beyond the bound the oldest-named entry makes room: progress is
        // a convenience, never a reason to refuse a lesson.
        if !self.lessons.contains_key(id) && self.lessons.len() >= LESSONS_MAX {
            let first = self.lessons.keys().next().cloned();
            if let Some(first) = first {
                self.lessons.remove(&first);
            }
        }
        self.lessons.entry(id.to_string()).or_default()
    }

    /// The stored form:
    /// `{"version":1,"current":"deploy","lessons":{"deploy":{"step":2,"done":[0,1]}}}`.
    pub fn encode(&self) -> String {
        let mut lessons = Map::new();
        for (id, p) in &self.lessons {
            let mut entry = Map::new();
            entry.insert("step".into(), Value::from(p.step));
            let done = p.done.iter().map(|s| Value::from(*s)).collect();
            entry.insert("done".into(), Value::Array(done));
            lessons.insert(id.clone(), Value::Object(entry));
        }
        let mut root = Map::new();
        root.insert("version".into(), Value::from(PROGRESS_VERSION));
        if let Some(id) = &self.current {
            root.insert("current".into(), Value::from(id.as_str()));
        }
        root.insert("lessons".into(), Value::Object(lessons));
        Value::Object(root).to_string()
    }

    /// Reads the stored form; anything malformed, of another version or
    /// out of bounds is an error (the caller starts afresh).
    pub fn decode(text: &str) -> Result<Progress, ProgressError> {
        let value: Value = serde_json::from_str(text).map_err(|e| ProgressError(e.to_string()))?;
        read(&value).map_err(ProgressError)
    }
}

const WHAT: &str = "saved progress";

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn read(value: &Value) -> Result<Progress, String> {
    let root = fields::object(value, WHAT)?;
    fields::only(root, &["version", "current", "lessons"], WHAT)?;
    let version = fields::number(root, "version", u64::from(u32::MAX), WHAT)?;
    if version != Some(u64::from(PROGRESS_VERSION)) {
        return Err(format!("{WHAT}: version {version:?}"));
    }
    let current = match root.get("current") {
        None | Some(Value::Null) => None,
        Some(Value::String(id)) if valid_id(id) => Some(id.clone()),
        Some(_) => return Err(format!("{WHAT}: bad `current`")),
    };
    let empty = Map::new();
    let lessons_map = match root.get("lessons") {
        None => &empty,
        Some(v) => fields::object(v, WHAT)?,
    };
    if lessons_map.len() > LESSONS_MAX {
        return Err(format!("{WHAT}: more than {LESSONS_MAX} lessons"));
    }
    let mut lessons = BTreeMap::new();
    for (id, entry) in lessons_map {
        let entry = fields::object(entry, WHAT)?;
        fields::only(entry, &["step", "done"], WHAT)?;
        let step = fields::number(entry, "step", STEPS_MAX as u64 - 1, WHAT)?.unwrap_or(0);
        let mut done = BTreeSet::new();
        for v in fields::list(entry, "done", WHAT)? {
            let s = v.as_u64().filter(|s| *s < STEPS_MAX as u64);
            done.insert(s.ok_or_else(|| format!("{WHAT}: bad `done`"))? as usize);
        }
        if !valid_id(id) {
            return Err(format!("{WHAT}: bad lesson id"));
        }
        lessons.insert(
            id.clone(),
            LessonProgress {
                step: step as usize,
                done,
            },
        );
    }
    Ok(Progress {
        current,
        lessons,
        revision: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_round_trips_through_its_stored_form() {
        let mut p = Progress::default();
        p.set_current(Some("deploy"));
        p.set_step("deploy", 2);
        p.mark_done("deploy", 0);
        p.mark_done("deploy", 1);
        let text = p.encode();
        assert_eq!(
            text,
            r#"{"current":"deploy","lessons":{"deploy":{"done":[0,1],"step":2}},"version":1}"#
        );
        let back = Progress::decode(&text).unwrap();
        assert_eq!(back.of("deploy").done.len(), 2);
        assert_eq!(back.current.as_deref(), Some("deploy"));
    }

    #[test]
    fn corrupt_or_foreign_data_is_an_error_not_a_panic() {
        for bad in [
            "",
            "{",
            "null",
            "[1,2]",
            r#"{"version":2,"lessons":{}}"#,
            r#"{"version":1,"lessons":{"x":{"step":99999,"done":[]}}}"#,
            r#"{"version":1,"lessons":{"X Y":{"step":0,"done":[]}}}"#,
            r#"{"version":1,"current":"<script>","lessons":{}}"#,
            r#"{"version":1,"lessons":{"a":{"step":-1,"done":[]}}}"#,
            r#"{"version":1,"extra":true}"#,
        ] {
            assert!(Progress::decode(bad).is_err(), "accepted {bad:?}");
        }
    }

    #[test]
    fn changes_bump_the_revision_and_repeats_do_not() {
        let mut p = Progress::default();
        p.mark_done("a", 0);
        let r = p.revision;
        p.mark_done("a", 0);
        p.set_step("a", 0);
        assert_eq!(p.revision, r);
        p.set_step("a", 1);
        assert_eq!(p.revision, r + 1);
    }
}
