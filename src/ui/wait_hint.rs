//! The dim line under a command that waits on simulated time, so the
//! terminal never looks frozen: while time is paused it says so with a
//! Resume button; when a command has printed nothing for a few seconds
//! while events are still scheduled (a graceful delete's 30 s, a slow
//! rollout), it points at Fast-forward.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::words::use_text;

/// Quiet wall time before a long wait mentions Fast-forward.
const LONG_WAIT_MS: u32 = 3000;

#[derive(Properties, PartialEq)]
pub struct WaitHintProps {
    /// A command runs and waits (not for typed input or the editor).
    pub waiting: bool,
    pub paused: bool,
    /// Events are scheduled: Fast-forward has something to do.
    pub scheduled: bool,
    /// Changes whenever the command prints (restarts the quiet timer).
    pub output_key: usize,
    pub on_resume: Callback<()>,
    pub on_fast_forward: Callback<()>,
}

#[function_component(WaitHint)]
pub fn wait_hint(p: &WaitHintProps) -> Html {
    let t = use_text();
    let quiet_long = use_state(|| false);
    {
        let quiet_long = quiet_long.clone();
        let deps = (p.waiting, p.paused, p.output_key);
        use_effect_with(deps, move |&(waiting, paused, _)| {
            quiet_long.set(false);
            let timer = (waiting && !paused)
                .then(|| Timeout::new(LONG_WAIT_MS, move || quiet_long.set(true)));
            move || drop(timer)
        });
    }
    let button = |label: &'static str, cb: &Callback<()>| {
        let cb = cb.clone();
        let onclick = Callback::from(move |e: MouseEvent| {
            // The terminal under the line would take the click as "focus
            // the prompt"; the button is enough.
            e.stop_propagation();
            cb.emit(());
        });
        html! { <button type="button" class="kp-button kp-wait-action" {onclick}>{ label }</button> }
    };
    let line = if !p.waiting {
        None
    } else if p.paused {
        Some((t.wait_paused, button(t.resume, &p.on_resume)))
    } else if p.scheduled && *quiet_long {
        Some((t.wait_long, button(t.fast_forward, &p.on_fast_forward)))
    } else {
        None
    };
    match line {
        Some((text, action)) => html! {
            <p class="kp-wait" role="status">{ text }{ " " }{ action }</p>
        },
        None => html! { <p class="kp-wait" role="status"></p> },
    }
}
