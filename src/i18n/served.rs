//! The interface languages other than English as files the page fetches
//! when a learner first needs one (`static/text/ui.<tag>.json`, which
//! trunk copies into `dist/text/`).
//!
//! The browser build compiles in English only: the four other tables are
//! ~16 KB gzip of the wasm that every first visit would download for a
//! language it mostly does not use. [`generate`] writes each file from the
//! native table, and a test fails when a file and its table disagree
//! (`KUBEPLAY_WRITE_TEXTS=1 cargo test --lib i18n::served` rewrites them).
//! The page fetches the chosen language's file (`ui::language`) and hands
//! it to [`install`]; from then on `Lang::text` answers with it. The
//! service worker caches the files, so the languages work offline after
//! the first visit.
//!
//! File layout: `{ "<field of Text>": "<words or template>" }`, every
//! field present.

use std::cell::RefCell;

use serde_json::Value;

use super::{Lang, Text};

/// The languages served as files (every one but English).
pub const SERVED: [Lang; 4] = [Lang::ZhTw, Lang::Ja, Lang::Ko, Lang::Es];

/// The most bytes [`install`] accepts (a file is ~20 KB).
pub const TEXT_BYTES_MAX: usize = 1 << 18;

/// Where the page serves `lang`'s words, relative to itself.
pub fn url(lang: Lang) -> String {
    format!("text/ui.{}.json", lang.tag())
}

thread_local! {
    /// The languages installed so far; each at most once, so at most the
    /// four of [`SERVED`] are ever kept.
    static INSTALLED: RefCell<Vec<(Lang, &'static Text)>> = const { RefCell::new(Vec::new()) };
}

/// The words installed for `lang`, if any.
pub(super) fn installed(lang: Lang) -> Option<&'static Text> {
    INSTALLED.with(|i| i.borrow().iter().find(|(l, _)| *l == lang).map(|(_, t)| *t))
}

/// Installs `lang`'s words from its served file; an error names what is
/// wrong with the file and installs nothing. A language already at hand
/// is left as it is.
pub fn install(lang: Lang, json: &str) -> Result<(), String> {
    if lang.loaded() {
        return Ok(());
    }
    let text = parse(json).map_err(|e| format!("{}: {e}", url(lang)))?;
    // Kept for the page's life (`Text` holds `&'static str`): once per
    // language, as the check above ensures.
    let text: &'static Text = Box::leak(Box::new(text));
    INSTALLED.with(|i| i.borrow_mut().push((lang, text)));
    Ok(())
}

/// A served file's words; an error names the first field missing.
fn parse(json: &str) -> Result<Text, String> {
    if json.len() > TEXT_BYTES_MAX {
        return Err(format!("larger than {TEXT_BYTES_MAX} bytes"));
    }
    let Value::Object(mut map) = serde_json::from_str(json).map_err(|e| e.to_string())? else {
        return Err("not a JSON object".to_string());
    };
    if let Some(name) = Text::NAMES
        .iter()
        .find(|name| !map.get(**name).is_some_and(Value::is_string))
    {
        return Err(format!("no text \"{name}\""));
    }
    Text::from_fields(|name| match map.remove(name) {
        Some(Value::String(s)) => Some(&*Box::leak(s.into_boxed_str())),
        _ => None,
    })
    .ok_or_else(|| "incomplete".to_string())
}

/// The file of `lang` as its native table says it (`None` for English,
/// which is not served).
#[cfg(not(target_arch = "wasm32"))]
pub fn generate(lang: Lang) -> Option<String> {
    use serde_json::Map;
    if !SERVED.contains(&lang) {
        return None;
    }
    let map: Map<String, Value> = lang
        .text()
        .fields()
        .into_iter()
        .map(|(name, words)| (name.to_string(), Value::String(words.to_string())))
        .collect();
    serde_json::to_string_pretty(&Value::Object(map))
        .ok()
        .map(|s| s + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each file the page fetches says what its table says. Run with
    /// `KUBEPLAY_WRITE_TEXTS=1` to rewrite them after changing a table.
    #[test]
    fn the_served_files_match_the_tables() {
        for lang in SERVED {
            let generated = generate(lang).expect("a served language");
            let path = format!("{}/static/{}", env!("CARGO_MANIFEST_DIR"), url(lang));
            if std::env::var_os("KUBEPLAY_WRITE_TEXTS").is_some() {
                std::fs::write(&path, &generated).expect("write");
            }
            let served = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                served == generated,
                "static/{} is out of date: run `KUBEPLAY_WRITE_TEXTS=1 cargo test --lib i18n::served`",
                url(lang)
            );
        }
        assert_eq!(generate(Lang::En), None);
    }

    #[test]
    fn a_served_file_reads_back_as_its_table() {
        for lang in SERVED {
            let file = generate(lang).expect("a served language");
            let text = parse(&file).expect("parses");
            assert_eq!(&text, lang.text(), "{}", lang.tag());
        }
    }

    #[test]
    fn a_file_that_is_not_a_whole_table_is_refused() {
        assert!(parse("[1, 2]").is_err());
        assert!(parse("{").is_err());
        let ja = generate(Lang::Ja).expect("served");
        let without = ja.replace("\"tagline\"", "\"tag_line\"");
        assert_eq!(
            parse(&without).err().as_deref(),
            Some("no text \"tagline\"")
        );
        let not_text = ja.replace(
            "\"tagline\": \"ブラウザーだけで動くKubernetesの練習場\"",
            "\"tagline\": 1",
        );
        assert_ne!(not_text, ja);
        assert!(parse(&not_text).is_err());
        assert!(
            install(Lang::Ja, "{}").is_ok(),
            "compiled in natively, nothing to install"
        );
    }
}
