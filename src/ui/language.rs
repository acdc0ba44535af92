//! The interface language: chosen by `?lang=` in the address, else the
//! choice remembered in localStorage (`kubeplay.lang.v1`), else the
//! browser's preference list, else English; and the picker that changes
//! and remembers it. Negotiation itself is `i18n::Lang` (pure).

use yew::prelude::*;

use crate::i18n::Lang;

/// Where the learner's choice of language is kept.
pub const LANG_KEY: &str = "kubeplay.lang.v1";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language to start in: `asked` (the address's `?lang=`), else the
/// remembered choice, else the browser's preferences, else English.
pub fn initial(asked: Option<Lang>) -> Lang {
    asked
        .or_else(|| {
            storage()
                .and_then(|s| s.get_item(LANG_KEY).ok().flatten())
                .and_then(|tag| Lang::from_tag(&tag))
        })
        .unwrap_or_else(|| Lang::negotiate(browser_languages().iter().map(String::as_str)))
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

#[derive(Properties, PartialEq)]
pub struct PickerProps {
    pub lang: Lang,
    pub instance: u32,
    pub on_change: Callback<Lang>,
}

/// A labelled select listing every language in its own name.
#[function_component(LanguagePicker)]
pub fn language_picker(p: &PickerProps) -> Html {
    let id = format!("kp-lang-{}", p.instance);
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
            <option value={l.tag()} lang={l.tag()} selected={*l == p.lang}>{ l.native_name() }</option>
        }
    });
    html! {
        <div class="kp-language">
            <label class="kp-label" for={id.clone()}>{ p.lang.text().language }</label>
            <select {id} class="kp-select kp-language-select" {onchange}>{ for options }</select>
        </div>
    }
}
