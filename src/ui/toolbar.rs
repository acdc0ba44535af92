//! The controls above the terminal: time (pause/resume, speed, step,
//! fast-forward, the simulated clock), reduced motion and the theme.
//! Every control is a labelled native button or select, so keyboards and
//! screen readers get them for free.

use yew::prelude::*;

use crate::console::clock::{format_sim_time, SPEED_LABELS};

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub paused: bool,
    pub speed_index: usize,
    /// Something is scheduled: step and fast-forward have work to do.
    pub scheduled: bool,
    pub now_ms: u64,
    pub reduced_motion: bool,
    pub dark: bool,
    pub status: Option<AttrValue>,
    pub instance: u32,
    pub on_pause: Callback<()>,
    pub on_speed: Callback<usize>,
    pub on_step: Callback<()>,
    pub on_fast_forward: Callback<()>,
    pub on_motion: Callback<()>,
    pub on_theme: Callback<()>,
}

#[function_component(Toolbar)]
pub fn toolbar(p: &ToolbarProps) -> Html {
    let click = |cb: &Callback<()>| {
        let cb = cb.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let onchange = {
        let on_speed = p.on_speed.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(index) = select.value().parse::<usize>() {
                on_speed.emit(index);
            }
        })
    };
    let speed_id = format!("kp-speed-{}", p.instance);
    let options = SPEED_LABELS.iter().enumerate().map(|(i, &label)| {
        html! { <option value={i.to_string()} selected={i == p.speed_index}>{ label }</option> }
    });
    html! {
        <section class="kp-toolbar" aria-label="Controls">
            <div class="kp-group" role="group" aria-label="Simulated time">
                <button type="button" class="kp-button" onclick={click(&p.on_pause)}>
                    { if p.paused { "Resume" } else { "Pause" } }
                </button>
                <label class="kp-label" for={speed_id.clone()}>{ "Speed" }</label>
                <select id={speed_id} class="kp-select" {onchange}>{ for options }</select>
                <button type="button" class="kp-button" disabled={!p.scheduled}
                    title="Advance to the next scheduled event" onclick={click(&p.on_step)}>
                    { "Step" }
                </button>
                <button type="button" class="kp-button" disabled={!p.scheduled}
                    title="Run until nothing more is scheduled" onclick={click(&p.on_fast_forward)}>
                    { "Fast-forward" }
                </button>
                <span class="kp-clock">
                    <span class="kp-visually-hidden">{ "Simulated time " }</span>
                    <time>{ format_sim_time(p.now_ms) }</time>
                    { if p.paused { " (paused)" } else { "" } }
                </span>
            </div>
            <div class="kp-group" role="group" aria-label="Display">
                <button type="button" class="kp-button" aria-pressed={p.reduced_motion.to_string()}
                    onclick={click(&p.on_motion)}>
                    { "Reduce motion" }
                </button>
                <button type="button" class="kp-button" aria-pressed={p.dark.to_string()}
                    onclick={click(&p.on_theme)}>
                    { "Dark theme" }
                </button>
            </div>
            <p class="kp-status" role="status">{ p.status.clone().unwrap_or_default() }</p>
        </section>
    }
}
