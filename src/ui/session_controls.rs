//! The toolbar's session group: Share (the link is copied and shown in a
//! read-only field, as text), Export (a JSON file) and Import (a file
//! input). The work is done by the callbacks `App` passes in. In a new
//! tab that continued the newest saved session, one line says so with a
//! choice: Continue (the line goes) or Start fresh (this tab starts over
//! with nothing saved; the continued session stays saved for its tab).
//! While the session cannot be saved, a line says so and why.

use yew::prelude::*;

use super::words::use_text;

#[derive(Properties, PartialEq)]
pub struct SessionControlsProps {
    /// The link made by the last Share, shown for copying by hand.
    pub share_url: Option<AttrValue>,
    /// This new tab continued a saved session of this many commands.
    #[prop_or_default]
    pub continued: Option<usize>,
    /// "Your work is not being saved: …", while that lasts.
    #[prop_or_default]
    pub not_saved: Option<AttrValue>,
    pub instance: u32,
    pub on_share: Callback<()>,
    pub on_export: Callback<()>,
    /// The picked file's input element (read by the callback).
    pub on_import: Callback<web_sys::HtmlInputElement>,
}

#[function_component(SessionControls)]
pub fn session_controls(p: &SessionControlsProps) -> Html {
    let t = use_text();
    let offered = use_state(|| p.continued.is_some());
    let click = |cb: &Callback<()>| {
        let cb = cb.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let onchange = {
        let on_import = p.on_import.clone();
        Callback::from(move |e: Event| on_import.emit(e.target_unchecked_into()))
    };
    let link_id = format!("kp-share-url-{}", p.instance);
    // Selecting the whole link on focus makes copying it by hand one key.
    let onfocus = Callback::from(|e: FocusEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        input.select();
    });
    html! {
        <div class="kp-group" role="group" aria-label={t.session_group}>
            <button type="button" class="kp-button kp-share" title={t.share_title}
                onclick={click(&p.on_share)}>
                { t.share }
            </button>
            <button type="button" class="kp-button kp-export" title={t.export_title}
                onclick={click(&p.on_export)}>
                { t.export }
            </button>
            // The file input sits inside its label, so the label is what
            // shows (styled as a button) and shows the input's focus.
            <label class="kp-button kp-import" title={t.import_title}>
                { t.import }
                <input class="kp-visually-hidden kp-import-file" type="file"
                    accept="application/json,.json" {onchange} />
            </label>
            if let Some(why) = p.not_saved.clone() {
                <p class="kp-offer kp-not-saved" role="alert">{ why }</p>
            }
            if let (true, Some(n)) = (*offered, p.continued) {
                <p class="kp-offer" role="status">
                    { t.continued(n) }
                    <button type="button" class="kp-button kp-keep"
                        onclick={let offered = offered.clone(); move |_| offered.set(false)}>
                        { t.keep_session }
                    </button>
                    <button type="button" class="kp-button kp-fresh"
                        onclick={|_| super::session_store::start_fresh()}>
                        { t.start_fresh }
                    </button>
                </p>
            }
            if let Some(url) = p.share_url.clone() {
                <label class="kp-visually-hidden" for={link_id.clone()}>{ t.share_link }</label>
                <input id={link_id} class="kp-share-url" type="text" readonly=true
                    value={url} {onfocus} />
            }
        </div>
    }
}
