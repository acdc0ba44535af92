//! The cluster view beside the terminal: an SVG picture of the nodes,
//! Deployments → ReplicaSets → pods, Services with arrows to their
//! endpoints, and requests travelling; a details line under it; and a
//! hidden live region narrating changes for screen readers.
//!
//! Why SVG: positions go in attributes (no inline styles, so a strict
//! CSP holds), arrows and travelling dots are natural there, and one
//! element tree scales from 4 pods to 200 without layout work by the
//! browser. Motion is computed in Rust ([`crate::scene::stage`]) and
//! drawn frame by frame while something moves; the loop stops when
//! nothing does. The picture reads [`Observed`] snapshots from props and
//! never touches the session.

mod details;
mod draw;
mod pod;

use std::cell::RefCell;
use std::rc::Rc;

use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::browser::use_resize;
use super::observe::Observed;
use super::words::use_text;
use crate::scene::columns::Column;
use crate::scene::layout::{layout, Layout};
use crate::scene::links::{Names, RefKind};
use crate::scene::narrate::Narrator;
use crate::scene::stage::{SpriteFrame, Stage};
use crate::scene::status::{status_words, Phase};
use crate::scene::Model;
use details::Focus;
use pod::{FlashKind, PhaseClass, PodGlyph, PodProps, SizeClass};

/// Something clicked in the terminal that the view should show.
#[derive(Clone, Debug, PartialEq)]
pub enum Link {
    /// The name of a live object.
    Name(String),
    /// A column header of a `kubectl get` table.
    Column(String, Column),
}

#[derive(Properties, PartialEq)]
pub struct ViewProps {
    pub observed: Observed,
    /// The latest link, numbered so that clicking the same name again counts.
    pub link: Option<(Link, u64)>,
    pub reduced_motion: bool,
    pub instance: u32,
}

/// The `data-key` of a drawn object: its kind and key.
pub fn dom_key(kind: RefKind, key: &str) -> String {
    let prefix = match kind {
        RefKind::Pod => "pod",
        RefKind::ReplicaSet => "rs",
        RefKind::Deployment => "deploy",
        RefKind::Service => "svc",
        RefKind::Node => "node",
    };
    format!("{prefix}:{key}")
}

fn perf_now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// The snapshot, width and motion setting the stage last took in.
#[derive(Clone, Copy, PartialEq)]
struct Applied {
    seq: u64,
    width: i64,
    motion: bool,
}

#[function_component(ClusterView)]
pub fn cluster_view(props: &ViewProps) -> Html {
    let text = use_text();
    let scroller = use_node_ref();
    let width = use_width(&scroller);
    let tick = use_state(|| 0u32);
    let stage = use_mut_ref(|| Stage::new(!props.reduced_motion));
    let applied = use_mut_ref(|| None::<Applied>);
    let narrator = use_mut_ref(Narrator::default);
    let announcement = use_state(String::new);
    let hover = use_state(|| None::<String>);
    let chosen = use_state(|| Focus::None);
    let marked = use_state(Vec::<String>::new);

    let model = Rc::clone(&props.observed.model);
    let layout = {
        let model = Rc::clone(&model);
        use_memo((props.observed.seq, width as i64), move |_| {
            layout(&model, width)
        })
    };
    let now = perf_now();
    take_in(props, &layout, &stage, &applied, &narrator, width, now);
    let animating = {
        let mut st = stage.borrow_mut();
        st.prune(now);
        st.animating(now)
    };
    use_frame_loop(animating, &tick);
    use_narration(&narrator, &announcement, &tick, text);
    use_link(props, &model, &chosen, &marked, &scroller);

    let st = stage.borrow();
    let sprites = st.sprites(now);
    let hits_of = |key: &str| {
        sprites
            .iter()
            .find(|s| s.pod.key == key)
            .map_or(0, |s| s.hits)
    };
    let focus = match (&*hover, &*chosen) {
        (Some(key), _) => Focus::Pod(key.clone(), hits_of(key)),
        (None, Focus::Pod(key, _)) => Focus::Pod(key.clone(), hits_of(key)),
        (None, other) => other.clone(),
    };
    let down: Vec<&str> = model
        .nodes
        .iter()
        .filter(|n| n.stopped || !n.status.starts_with("Ready"))
        .map(|n| n.name.as_str())
        .collect();
    let pods = sprites
        .iter()
        .map(|s| pod_props(s, layout.size, text, &marked, &down))
        .map(|p| {
            let key = p.dom_key.to_string();
            html! { <PodGlyph {key} ..p /> }
        });
    let packets = draw::packets(&st.packets(now));
    let handlers = Handlers::new(&layout, &hover, &chosen, &marked);
    let help_id = format!("kp-view-help-{}", props.instance);
    let hidden = (model.pods_hidden > 0).then(|| {
        html! { <p class="kp-details-text kp-muted">{ text.pods_hidden(model.pods_hidden) }</p> }
    });
    html! {
        <section class="kp-view" aria-label={text.cluster_view}>
            <div class="kp-view-scroll" ref={scroller}>
                <svg class="kp-scene" width={format!("{:.0}", layout.width)} height={format!("{:.0}", layout.height)}
                    viewBox={format!("0 0 {:.0} {:.0}", layout.width, layout.height)}
                    role="group" tabindex="0" aria-label={text.cluster_view} aria-describedby={help_id.clone()}
                    onclick={handlers.click} onmouseover={handlers.over} onmouseleave={handlers.leave}
                    onkeydown={handlers.key}>
                    <g class="kp-layer-regions">
                        { draw::nodes(&model, &layout, text, &marked) }
                        { draw::deployments(&model, &layout, text, &marked) }
                        { draw::services(&model, &layout, text, &marked) }
                    </g>
                    <g class="kp-layer-arrows">{ draw::arrows(&layout, text) }</g>
                    <g class="kp-layer-pods">{ for pods }</g>
                    <g class="kp-layer-packets">{ packets }</g>
                </svg>
            </div>
            <div class="kp-details">
                { details::details(&focus, &model, text) }
                { for hidden }
            </div>
            <p id={help_id} class="kp-visually-hidden">{ text.cluster_view_help }</p>
            <p class="kp-visually-hidden" role="status" aria-live="polite" aria-label={text.cluster_changes}>
                { (*announcement).clone() }
            </p>
        </section>
    }
}

/// Feeds a new snapshot (or width, or motion setting) to the stage, and
/// the snapshot's requests and sentences, once.
fn take_in(
    props: &ViewProps,
    layout: &Layout,
    stage: &RefCell<Stage>,
    applied: &RefCell<Option<Applied>>,
    narrator: &RefCell<Narrator>,
    width: f64,
    now: f64,
) {
    let next = Applied {
        seq: props.observed.seq,
        width: width as i64,
        motion: !props.reduced_motion,
    };
    let before = *applied.borrow();
    if before == Some(next) {
        return;
    }
    *applied.borrow_mut() = Some(next);
    let mut st = stage.borrow_mut();
    st.set_motion(next.motion);
    st.update(&props.observed.model, layout, now);
    if before.is_none_or(|b| b.seq != next.seq) {
        for (i, r) in props.observed.requests.iter().enumerate() {
            st.request(r, layout, now, i);
        }
        let mut n = narrator.borrow_mut();
        for (subject, said) in props.observed.says.iter() {
            n.push(subject.clone(), said.clone());
        }
    }
}

fn pod_props(
    s: &SpriteFrame,
    size: crate::scene::PodSize,
    text: &crate::i18n::Text,
    marked: &[String],
    down_nodes: &[&str],
) -> PodProps {
    let p = s.pod;
    let key = dom_key(RefKind::Pod, &p.key);
    let words = status_words(p, text);
    let tenths = |v: f64| (v * 10.0).round() as i32;
    PodProps {
        selected: marked.contains(&key),
        dom_key: key.into(),
        name: p.name.clone().into(),
        short: p.short.clone().into(),
        label: text.pod_label(&p.name, &words).into(),
        words: words.into(),
        status: p.status.clone().into(),
        phase: PhaseClass(Phase::of_pod(p)),
        colour: p.colour,
        size: SizeClass(size),
        x: tenths(s.rect.x),
        y: tenths(s.rect.y),
        w: tenths(s.rect.w),
        h: tenths(s.rect.h),
        scale: (s.scale * 100.0).round() as i32,
        opacity: (s.opacity * 100.0).round() as i32,
        flash: s
            .flash
            .map(|(v, why)| ((v * 100.0).round() as i32, FlashKind(why))),
        hits: s.hits,
        gone: s.gone,
        dimmed: !p.node.is_empty() && down_nodes.contains(&p.node.as_str()),
    }
}

/// The `data-key` of the drawn object under an event's target.
fn key_under(e: &Event) -> Option<String> {
    e.target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| el.closest("[data-key]").ok().flatten())
        .and_then(|el| el.get_attribute("data-key"))
}

/// The picture's mouse and keyboard handlers.
struct Handlers {
    click: Callback<MouseEvent>,
    over: Callback<MouseEvent>,
    leave: Callback<MouseEvent>,
    key: Callback<KeyboardEvent>,
}

impl Handlers {
    fn new(
        layout: &Layout,
        hover: &UseStateHandle<Option<String>>,
        chosen: &UseStateHandle<Focus>,
        marked: &UseStateHandle<Vec<String>>,
    ) -> Handlers {
        let choose = {
            let (chosen, marked) = (chosen.clone(), marked.clone());
            move |dkey: Option<String>| match dkey.as_deref().and_then(parse_dom_key) {
                Some((RefKind::Pod, key)) => {
                    chosen.set(Focus::Pod(key, 0));
                    marked.set(dkey.into_iter().collect());
                }
                Some((kind, key)) => {
                    chosen.set(Focus::Object(kind, key));
                    marked.set(dkey.into_iter().collect());
                }
                None => {
                    chosen.set(Focus::None);
                    marked.set(Vec::new());
                }
            }
        };
        // Pods in reading order, for the arrow keys.
        let mut order: Vec<(i64, i64, String)> = layout
            .pods
            .iter()
            .map(|(k, r)| (r.y as i64, r.x as i64, k.clone()))
            .collect();
        crate::sorting::sort(&mut order);
        let order: Vec<String> = order.into_iter().map(|(_, _, k)| k).collect();
        let click = {
            let choose = choose.clone();
            Callback::from(move |e: MouseEvent| choose(key_under(&e)))
        };
        let over = {
            let hover = hover.clone();
            Callback::from(move |e: MouseEvent| {
                let pod = key_under(&e)
                    .as_deref()
                    .and_then(parse_dom_key)
                    .filter(|(k, _)| *k == RefKind::Pod)
                    .map(|(_, key)| key);
                if *hover != pod {
                    hover.set(pod);
                }
            })
        };
        let leave = {
            let hover = hover.clone();
            Callback::from(move |_: MouseEvent| hover.set(None))
        };
        let key = {
            let chosen = chosen.clone();
            Callback::from(move |e: KeyboardEvent| {
                let current = match &*chosen {
                    Focus::Pod(k, _) => order.iter().position(|o| o == k),
                    _ => None,
                };
                let step: isize = match e.key().as_str() {
                    "ArrowRight" | "ArrowDown" => 1,
                    "ArrowLeft" | "ArrowUp" => -1,
                    "Escape" => {
                        choose(None);
                        return;
                    }
                    _ => return,
                };
                e.prevent_default();
                let n = order.len() as isize;
                if n == 0 {
                    return;
                }
                let next = match current {
                    Some(i) => (i as isize + step).rem_euclid(n),
                    None if step > 0 => 0,
                    None => n - 1,
                };
                if let Some(k) = order.get(next as usize) {
                    choose(Some(dom_key(RefKind::Pod, k)));
                }
            })
        };
        Handlers {
            click,
            over,
            leave,
            key,
        }
    }
}

fn parse_dom_key(dkey: &str) -> Option<(RefKind, String)> {
    let (prefix, key) = dkey.split_once(':')?;
    let kind = match prefix {
        "pod" => RefKind::Pod,
        "rs" => RefKind::ReplicaSet,
        "deploy" => RefKind::Deployment,
        "svc" => RefKind::Service,
        "node" => RefKind::Node,
        _ => return None,
    };
    Some((kind, key.to_string()))
}

/// The view's width in pixels, kept current by a `ResizeObserver`.
#[hook]
fn use_width(node: &NodeRef) -> f64 {
    let width = use_state(|| 0.0f64);
    let on_resize = {
        let width = width.clone();
        Callback::from(move |el: Element| {
            let w = el.client_width() as f64;
            if w > 0.0 && (*width - w).abs() >= 1.0 {
                width.set(w);
            }
        })
    };
    use_resize(node, on_resize);
    *width
}

/// Re-renders on every animation frame while `active`.
#[hook]
fn use_frame_loop(active: bool, tick: &UseStateHandle<u32>) {
    let tick = tick.clone();
    use_effect_with((active, *tick), move |(active, _)| {
        let frame: Option<AnimationFrame> =
            active.then(|| request_animation_frame(move |_| tick.set(tick.wrapping_add(1))));
        move || drop(frame)
    });
}

/// Announces waiting sentences when the throttle allows, and wakes up
/// for the next one.
#[hook]
fn use_narration(
    narrator: &Rc<RefCell<Narrator>>,
    announcement: &UseStateHandle<String>,
    tick: &UseStateHandle<u32>,
    text: &'static crate::i18n::Text,
) {
    let timer = use_mut_ref(|| None::<Timeout>);
    let (narrator, announcement, tick) = (narrator.clone(), announcement.clone(), tick.clone());
    use_effect(move || {
        let now = perf_now();
        let mut n = narrator.borrow_mut();
        if let Some(said) = n.take(now, text) {
            announcement.set(said);
        }
        if n.is_waiting() && timer.borrow().is_none() {
            let wait = (n.next_at(now) - now).max(0.0).ceil() as u32;
            let (slot, tick) = (timer.clone(), tick.clone());
            *timer.borrow_mut() = Some(Timeout::new(wait, move || {
                slot.borrow_mut().take();
                tick.set(tick.wrapping_add(1));
            }));
        }
    });
}

/// Shows what the terminal linked to: marks the objects and brings the
/// first into view.
#[hook]
fn use_link(
    props: &ViewProps,
    model: &Rc<Model>,
    chosen: &UseStateHandle<Focus>,
    marked: &UseStateHandle<Vec<String>>,
    scroller: &NodeRef,
) {
    let (chosen, marked, model) = (chosen.clone(), marked.clone(), Rc::clone(model));
    let scroller = scroller.clone();
    use_effect_with(props.link.clone(), move |link| {
        match link.as_ref().map(|(l, _)| l) {
            Some(Link::Name(name)) => {
                let names = Names::of(&model);
                let targets = names.get(name);
                let keys: Vec<String> = targets.iter().map(|(k, key)| dom_key(*k, key)).collect();
                match targets.first() {
                    Some((RefKind::Pod, key)) => chosen.set(Focus::Pod(key.clone(), 0)),
                    Some((kind, key)) => chosen.set(Focus::Object(*kind, key.clone())),
                    None => {}
                }
                if let Some(first) = keys.first() {
                    scroll_to(&scroller, first);
                }
                marked.set(keys);
            }
            Some(Link::Column(header, col)) => chosen.set(Focus::Column(header.clone(), *col)),
            None => {}
        }
    });
}

/// Scrolls the view (not the page, where it can help it) to an object.
fn scroll_to(scroller: &NodeRef, dkey: &str) {
    // Object names are DNS names, but quote defensively all the same.
    let quoted = dkey.replace('\\', "\\\\").replace('"', "\\\"");
    let el = scroller.cast::<Element>().and_then(|s| {
        s.query_selector(&format!("[data-key=\"{quoted}\"]"))
            .ok()
            .flatten()
    });
    if let Some(el) = el {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
