//! The list of lessons in one language — id, file, title, summary,
//! minutes and number of steps — as the small JSON file the browser
//! fetches first (`lessons/<lang>/catalog.json`), so it never downloads
//! every lesson to show the list. `tests/lessons.rs` checks each file
//! matches the lessons beside it (`UPDATE_CATALOG=1` rewrites them).

use super::fields;
use super::format::Lesson;
use super::limits::LESSONS_MAX;

/// One row of the catalog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogEntry {
    pub id: String,
    /// File name inside `lessons/<lang>/`.
    pub file: String,
    pub title: String,
    pub summary: String,
    pub minutes: u32,
    pub steps: usize,
}

impl CatalogEntry {
    /// The row for `lesson`, read from `file`.
    pub fn of(file: &str, lesson: &Lesson) -> CatalogEntry {
        CatalogEntry {
            id: lesson.id.clone(),
            file: file.to_string(),
            title: lesson.title.clone(),
            summary: lesson.summary.clone(),
            minutes: lesson.minutes,
            steps: lesson.steps.len(),
        }
    }
}

/// The catalog file's text (pretty JSON, one field a line in the order
/// above, newline at the end: what `serde_json::to_string_pretty` wrote).
pub fn encode(entries: &[CatalogEntry]) -> String {
    let q = |s: &str| serde_json::Value::from(s).to_string();
    let rows: Vec<String> = entries
        .iter()
        .map(|e| {
            format!(
                "    {{\n      \"id\": {},\n      \"file\": {},\n      \"title\": {},\n      \"summary\": {},\n      \"minutes\": {},\n      \"steps\": {}\n    }}",
                q(&e.id),
                q(&e.file),
                q(&e.title),
                q(&e.summary),
                e.minutes,
                e.steps
            )
        })
        .collect();
    if rows.is_empty() {
        return "{\n  \"lessons\": []\n}\n".into();
    }
    format!("{{\n  \"lessons\": [\n{}\n  ]\n}}\n", rows.join(",\n"))
}

/// Reads a catalog file; a file name must be a plain `NN-name.md`.
pub fn decode(text: &str) -> Result<Vec<CatalogEntry>, String> {
    const WHAT: &str = "catalog";
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let root = fields::object(&value, WHAT)?;
    fields::only(root, &["lessons"], WHAT)?;
    let items = fields::list(root, "lessons", WHAT)?;
    if items.len() > LESSONS_MAX {
        return Err(format!("more than {LESSONS_MAX} lessons"));
    }
    let plain = |f: &str| {
        f.ends_with(".md")
            && f.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.' || c == '_')
            && !f.contains("..")
    };
    items
        .iter()
        .map(|item| {
            let e = fields::object(item, WHAT)?;
            fields::only(
                e,
                &["id", "file", "title", "summary", "minutes", "steps"],
                WHAT,
            )?;
            let file = fields::text(e, "file", WHAT)?;
            if !plain(&file) {
                return Err(format!("bad file name {file:?}"));
            }
            Ok(CatalogEntry {
                id: fields::text(e, "id", WHAT)?,
                file,
                title: fields::text(e, "title", WHAT)?,
                summary: fields::text(e, "summary", WHAT)?,
                minutes: fields::number(e, "minutes", 1_000, WHAT)?.unwrap_or(0) as u32,
                steps: fields::number(e, "steps", 1_000, WHAT)?.unwrap_or(0) as usize,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_round_trips_and_refuses_paths_outside_its_folder() {
        let entry = CatalogEntry {
            id: "deploy".into(),
            file: "01-deploy.md".into(),
            title: "Deploy".into(),
            summary: "S".into(),
            minutes: 8,
            steps: 3,
        };
        let text = encode(std::slice::from_ref(&entry));
        assert_eq!(decode(&text).unwrap(), vec![entry.clone()]);
        let evil = text.replace("01-deploy.md", "../../secret.md");
        assert!(decode(&evil).is_err());
        assert!(decode("{\"lessons\": 3}").is_err());
    }
}
