//! The language picker when the picked language's words are a file the
//! page must fetch (`i18n::served`): a file at hand switches the page at
//! once; one that cannot be fetched keeps English and says so once.

use kubeplay::i18n::{served, Lang};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use super::support::{fresh_key, mount, settle, storage};

const LANG_KEY: &str = "kubeplay.lang.v1";

/// Picks `tag` in the playground's language select, as a learner does.
fn pick(pg: &super::support::Pg, tag: &str) -> web_sys::HtmlSelectElement {
    let select: web_sys::HtmlSelectElement = pg
        .find(".kp-language-select")
        .expect("a language picker")
        .dyn_into()
        .unwrap();
    select.set_value(tag);
    let change = web_sys::Event::new("change").unwrap();
    select.dispatch_event(&change).unwrap();
    select
}

#[wasm_bindgen_test]
async fn a_language_whose_file_cannot_be_fetched_keeps_english_and_says_so() {
    let pg = mount(&fresh_key("lang-missing")).await;
    assert!(!Lang::Ko.loaded(), "Korean is not compiled into the wasm");
    let select = pick(&pg, "ko");
    // The test server has no text/ui.ko.json: wait for its answer.
    for _ in 0..200 {
        if !pg.lines().is_empty() {
            break;
        }
        yew::platform::time::sleep(std::time::Duration::from_millis(10)).await;
        settle().await;
    }
    let lines = pg.lines();
    assert_eq!(lines.len(), 1, "one notice: {lines:?}");
    assert!(
        lines[0].starts_with("kubeplay: 한국어 could not be loaded (text/ui.ko.json: ")
            && lines[0].ends_with("); the interface stays in English"),
        "{lines:?}"
    );
    assert_eq!(select.value(), "en", "the picker shows the language shown");
    assert_eq!(
        pg.find(".kp-app").unwrap().get_attribute("lang").as_deref(),
        Some("en")
    );
    assert_eq!(
        pg.find(".kp-tagline")
            .and_then(|t| t.text_content())
            .as_deref(),
        Some("A Kubernetes playground that runs entirely in your browser")
    );
    assert_eq!(
        storage().get_item(LANG_KEY).unwrap(),
        None,
        "not remembered"
    );
}

#[wasm_bindgen_test]
async fn a_language_whose_words_are_at_hand_switches_at_once_and_is_remembered() {
    served::install(Lang::Es, include_str!("../../static/text/ui.es.json")).unwrap();
    let pg = mount(&fresh_key("lang-es")).await;
    pick(&pg, "es");
    settle().await;
    let remembered = storage().get_item(LANG_KEY).unwrap();
    storage().remove_item(LANG_KEY).unwrap();
    assert_eq!(
        pg.find(".kp-app").unwrap().get_attribute("lang").as_deref(),
        Some("es")
    );
    assert_eq!(
        pg.find(".kp-language label")
            .and_then(|t| t.text_content())
            .as_deref(),
        Some("Idioma")
    );
    assert_eq!(remembered.as_deref(), Some("es"));
}
