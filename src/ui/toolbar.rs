//! The controls above the terminal: time (pause/resume, speed, step,
//! fast-forward, the simulated clock), reduced motion and the theme, and
//! whatever groups the app adds (the session's share/export/import).
//! Every control is a labelled native button or select, so keyboards and
//! screen readers get them for free.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::driver::IdleRef;
use super::words::use_text;
use crate::console::clock::{format_sim_time, SPEED_LABELS};

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub paused: bool,
    pub speed_index: usize,
    /// Something is scheduled: step and fast-forward have work to do.
    pub scheduled: bool,
    pub now_ms: u64,
    /// The idle time not yet added to the session (see [`IdleRef`]).
    pub idle: IdleRef,
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
    /// More groups (the session's Share, Export, Import).
    #[prop_or_default]
    pub children: Html,
}

#[function_component(Toolbar)]
pub fn toolbar(p: &ToolbarProps) -> Html {
    let t = use_text();
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
        <section class="kp-toolbar" aria-label={t.controls}>
            <div class="kp-group" role="group" aria-label={t.simulated_time}>
                <button type="button" class="kp-button" onclick={click(&p.on_pause)}>
                    { if p.paused { t.resume } else { t.pause } }
                </button>
                <label class="kp-label" for={speed_id.clone()}>{ t.speed }</label>
                <select id={speed_id} class="kp-select" {onchange}>{ for options }</select>
                <button type="button" class="kp-button" disabled={!p.scheduled}
                    title={t.step_title} onclick={click(&p.on_step)}>
                    { t.step }
                </button>
                <button type="button" class="kp-button" disabled={!p.scheduled}
                    title={t.fast_forward_title} onclick={click(&p.on_fast_forward)}>
                    { t.fast_forward }
                </button>
                <span class="kp-clock">
                    <span class="kp-visually-hidden">{ t.simulated_time }{ " " }</span>
                    <SimTime now_ms={p.now_ms} idle={p.idle.clone()} ticking={!p.paused && !p.scheduled} />
                    { if p.paused { t.paused_suffix } else { "" } }
                </span>
            </div>
            <div class="kp-group kp-display" role="group" aria-label={t.display}>
                <button type="button" class="kp-button" aria-pressed={p.reduced_motion.to_string()}
                    onclick={click(&p.on_motion)}>
                    { t.reduce_motion }
                </button>
                <button type="button" class="kp-button" aria-pressed={p.dark.to_string()}
                    onclick={click(&p.on_theme)}>
                    { t.dark_theme }
                </button>
            </div>
            { p.children.clone() }
            <p class="kp-status" role="status">{ p.status.clone().unwrap_or_default() }</p>
        </section>
    }
}

/// How often the clock is redrawn while time flows with nothing scheduled
/// (the frame loop then sleeps): a tenth of a second, the clock's unit.
const IDLE_TICK_MS: u32 = 100;

#[derive(Properties, PartialEq)]
struct SimTimeProps {
    now_ms: u64,
    idle: IdleRef,
    /// Time flows but no frame loop runs: redraw on a timer.
    ticking: bool,
}

/// The simulated clock. While the cluster sits idle it keeps counting the
/// idle time the next command will add, so it never stands still while
/// AGE grows, then jumps.
///
/// Cheap by design, as every playground on a page has one: the timer
/// re-renders only this `<time>`, and only when its text changes
/// (`use_state_eq`); it stops while the page is hidden.
#[function_component(SimTime)]
fn sim_time(p: &SimTimeProps) -> Html {
    let shown = format_sim_time(p.idle.shown(p.now_ms));
    let text = use_state_eq(|| shown.clone());
    let visible = use_page_visible();
    {
        let text = text.clone();
        let idle = p.idle.clone();
        let deps = (p.ticking && visible, p.now_ms, shown.clone());
        use_effect_with(deps, move |(ticking, now_ms, shown)| {
            // What was just drawn, so the timer compares with it.
            text.set(shown.clone());
            let now_ms = *now_ms;
            let timer = ticking.then(|| {
                gloo::timers::callback::Interval::new(IDLE_TICK_MS, move || {
                    text.set(format_sim_time(idle.shown(now_ms)));
                })
            });
            move || drop(timer)
        });
    }
    html! { <time>{ shown }</time> }
}

/// Whether the page is shown (`document.hidden` is false), re-rendering
/// the caller when that changes: a hidden tab's clock need not tick.
#[hook]
fn use_page_visible() -> bool {
    let visible = use_state_eq(page_visible);
    {
        let visible = visible.clone();
        use_effect_with((), move |_| {
            let listener = Closure::<dyn Fn()>::new(move || visible.set(page_visible()));
            let document = web_sys::window().and_then(|w| w.document());
            if let Some(d) = &document {
                let _ = d.add_event_listener_with_callback(
                    "visibilitychange",
                    listener.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(d) = &document {
                    let _ = d.remove_event_listener_with_callback(
                        "visibilitychange",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    *visible
}

fn page_visible() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_none_or(|d| !d.hidden())
}
