//! Fetches kubectl's help texts (`text/kubectl.json`, see
//! `kubectl::texts`) once the app has started, and says when they are in:
//! the runner holds queued commands until then, so a `--help` typed
//! while the file is on its way waits for it instead of printing nothing.
//! A failed fetch lets commands run anyway (`--help` then says the texts
//! could not be loaded).

use yew::prelude::*;

use super::lesson_fetch::fetch_text;
use crate::kubectl::texts;

/// True once the texts are installed or could not be had.
#[hook]
pub fn use_help_texts() -> bool {
    let settled = use_state(texts::loaded);
    {
        let settled = settled.clone();
        use_effect_with((), move |_| {
            if !*settled {
                wasm_bindgen_futures::spawn_local(async move {
                    // A failure leaves `--help` saying so (texts::MISSING).
                    let _ = fetch_text(texts::URL)
                        .await
                        .and_then(|t| texts::install(&t));
                    settled.set(true);
                });
            }
        });
    }
    *settled
}
