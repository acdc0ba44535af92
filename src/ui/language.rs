//! The interface language: chosen by `?lang=` in the address, else the
//! choice remembered in localStorage (`kubeplay.lang.v1`), else the
//! browser's preference list, else English; the picker that changes and
//! remembers it; and the fetching of its words. Negotiation itself is
//! `i18n::Lang` (pure).
//!
//! Only English is compiled into the wasm; another language's words are
//! a file (`i18n::served`) fetched when first needed. The switch waits for
//! them, so the page never shows two languages at once: at start `ui::start`
//! fetches the wanted language before mounting the app (the static first
//! paint stays up meanwhile), and a language picked later is shown once
//! its file is in (the picker shows the pick, marked busy, until then).
//! A file that cannot be had keeps English and says so in one notice line.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use super::lesson_fetch::fetch_text;
use crate::i18n::{served, Lang};

/// Where the learner's choice of language is kept.
pub const LANG_KEY: &str = "kubeplay.lang.v1";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language wanted at start: `asked` (the address's `?lang=`), else the
/// remembered choice, else the browser's preferences, else English.
pub fn wanted(asked: Option<Lang>) -> Lang {
    asked
        .or_else(|| {
            storage()
                .and_then(|s| s.get_item(LANG_KEY).ok().flatten())
                .and_then(|tag| Lang::from_tag(&tag))
        })
        .unwrap_or_else(|| Lang::negotiate(browser_languages().iter().map(String::as_str)))
}

/// The language to start in: the wanted one if its words are at hand
/// (`ui::start` fetched them), else English.
pub fn initial(asked: Option<Lang>) -> Lang {
    Some(wanted(asked))
        .filter(|l| l.loaded())
        .unwrap_or_default()
}

/// Fetches and installs `lang`'s words (nothing to do when they are at
/// hand); the error says which file failed and why.
pub async fn fetch(lang: Lang) -> Result<(), String> {
    if lang.loaded() {
        return Ok(());
    }
    let json = fetch_text(&served::url(lang)).await?;
    served::install(lang, &json)
}

/// How long the start waits for the wanted language's words before it
/// starts in English (a stalled request must not keep the page from
/// starting).
pub const START_WAIT_MS: u32 = 5_000;

/// Calls `then` once `lang`'s words are at hand: at once when they are,
/// else when their file is in, or with the notice line when it could not
/// be had (failed, or not in within [`START_WAIT_MS`]).
pub fn when_ready(lang: Lang, then: impl FnOnce(Option<String>) + 'static) {
    if lang.loaded() {
        return then(None);
    }
    // Taken by whichever comes first: the file or the end of the wait.
    let then = Rc::new(RefCell::new(Some(then)));
    let once = move |failure: Option<String>| {
        let taken = then.borrow_mut().take();
        if let Some(then) = taken {
            then(failure.map(|why| not_loaded(lang, &why)));
        }
    };
    let once = Rc::new(once);
    let late = Rc::clone(&once);
    // Forgotten, not cancelled: once per page, and a no-op once the file won.
    gloo::timers::callback::Timeout::new(START_WAIT_MS, move || {
        let secs = START_WAIT_MS / 1000;
        late(Some(format!(
            "{}: no answer within {secs} s",
            served::url(lang)
        )));
    })
    .forget();
    wasm_bindgen_futures::spawn_local(async move { once(fetch(lang).await.err()) });
}

/// The notice line when `lang`'s words could not be had (in English: the
/// only words at hand).
pub fn not_loaded(lang: Lang, why: &str) -> String {
    format!(
        "kubeplay: {} could not be loaded ({why}); the interface stays in English",
        lang.native_name()
    )
}

/// `navigator.languages`, most preferred first.
fn browser_languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let list: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    match list.is_empty() {
        true => nav.language().into_iter().collect(),
        false => list,
    }
}

/// Remembers the learner's choice (a full or disabled store is ignored).
pub fn remember(lang: Lang) {
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, lang.tag());
    }
}

/// The language shown, the one picked and still on its way, and the
/// picker's handler.
pub struct Language {
    pub lang: Lang,
    pub pending: Option<Lang>,
    pub on_change: Callback<Lang>,
}

/// The playground's language: starts as [`initial`]; a pick whose words
/// are not at hand is fetched first and shown when they arrive (unless
/// the learner picked another meanwhile); a failed fetch calls
/// `on_failed` with the notice line and keeps the language shown.
#[hook]
pub fn use_language(asked: Option<Lang>, on_failed: Callback<String>) -> Language {
    let lang = use_state(move || initial(asked));
    let pending = use_state(|| None::<Lang>);
    // The latest pick, read when a file arrives.
    let latest = use_memo((), |_| Cell::new(None::<Lang>));
    let on_change = {
        let (lang, pending, latest) = (lang.clone(), pending.clone(), Rc::clone(&latest));
        Callback::from(move |picked: Lang| {
            latest.set(Some(picked));
            if picked.loaded() {
                remember(picked);
                pending.set(None);
                lang.set(picked);
                return;
            }
            pending.set(Some(picked));
            let (lang, pending, latest, on_failed) = (
                lang.clone(),
                pending.clone(),
                Rc::clone(&latest),
                on_failed.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let result = fetch(picked).await;
                if latest.get() != Some(picked) {
                    return;
                }
                pending.set(None);
                match result {
                    Ok(()) => {
                        remember(picked);
                        lang.set(picked);
                    }
                    Err(why) => on_failed.emit(not_loaded(picked, &why)),
                }
            });
        })
    };
    Language {
        lang: *lang,
        pending: *pending,
        on_change,
    }
}

#[derive(Properties, PartialEq)]
pub struct PickerProps {
    /// The language shown.
    pub lang: Lang,
    /// A language picked whose words are on their way.
    #[prop_or_default]
    pub pending: Option<Lang>,
    pub instance: u32,
    pub on_change: Callback<Lang>,
}

/// A labelled select listing every language in its own name.
#[function_component(LanguagePicker)]
pub fn language_picker(p: &PickerProps) -> Html {
    let id = format!("kp-lang-{}", p.instance);
    let shown = p.pending.unwrap_or(p.lang);
    let select = use_node_ref();
    {
        // The select shows `shown` even after the learner moved it: a
        // failed fetch moves it back.
        let select = select.clone();
        use_effect_with(shown, move |shown| {
            if let Some(s) = select.cast::<web_sys::HtmlSelectElement>() {
                s.set_value(shown.tag());
            }
        });
    }
    let onchange = {
        let on_change = p.on_change.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(lang) = Lang::from_tag(&select.value()) {
                on_change.emit(lang);
            }
        })
    };
    let options = Lang::ALL.iter().map(|l| {
        html! {
            <option value={l.tag()} lang={l.tag()} selected={*l == shown}>{ l.native_name() }</option>
        }
    });
    html! {
        <div class="kp-language">
            <label class="kp-label" for={id.clone()}>{ p.lang.text().language }</label>
            <select {id} ref={select} class="kp-select kp-language-select" aria-busy={p.pending.is_some().then_some("true")} {onchange}>{ for options }</select>
        </div>
    }
}
