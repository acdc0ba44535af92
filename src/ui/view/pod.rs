//! One pod in the picture: a card (icon, short name, status words), a
//! chip (icon) or a dot, coloured by status, striped by revision, with a
//! ring when it flashes and a count of the requests it answered. A keyed
//! component with cheap props, so a frame re-renders only pods that move.
//!
//! Geometry goes in SVG attributes (`transform`, `x`, `width`), never in
//! `style`, so a strict Content-Security-Policy is no obstacle.

use yew::prelude::*;

use crate::scene::layout::{fit, PodSize};
use crate::scene::stage::Flash;
use crate::scene::status::{Icon, Phase};

#[derive(Properties, PartialEq, Clone)]
pub struct PodProps {
    /// The `data-key` (`pod:namespace/name`).
    pub dom_key: AttrValue,
    pub name: AttrValue,
    pub short: AttrValue,
    pub words: AttrValue,
    /// kubectl's STATUS, for tests and tools (`data-status`).
    pub status: AttrValue,
    pub label: AttrValue,
    pub phase: PhaseClass,
    pub colour: Option<usize>,
    pub size: SizeClass,
    /// Position and size in tenths of a pixel (cheap to compare).
    pub x: i32,
    pub y: i32,
    pub w: i32,
    pub h: i32,
    /// Scale and opacity in hundredths.
    pub scale: i32,
    pub opacity: i32,
    /// Flash strength in hundredths, and why.
    pub flash: Option<(i32, FlashKind)>,
    pub hits: u32,
    pub selected: bool,
    pub gone: bool,
    /// Its node is stopped or not ready: greyed out.
    pub dimmed: bool,
}

/// `Phase` with `PartialEq` for props.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct PhaseClass(pub Phase);
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct SizeClass(pub PodSize);
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct FlashKind(pub Flash);

fn tenths(v: i32) -> String {
    format!("{:.1}", v as f64 / 10.0)
}

#[function_component(PodGlyph)]
pub fn pod_glyph(p: &PodProps) -> Html {
    let words = crate::ui::words::use_text();
    let (w, h) = (p.w as f64 / 10.0, p.h as f64 / 10.0);
    let s = p.scale as f64 / 100.0;
    // Grow from the centre: move there, scale, move back.
    let transform = format!(
        "translate({} {}) translate({:.1} {:.1}) scale({s:.2}) translate({:.1} {:.1})",
        tenths(p.x),
        tenths(p.y),
        w / 2.0,
        h / 2.0,
        -w / 2.0,
        -h / 2.0
    );
    let class = classes!(
        "kp-pod",
        p.phase.0.class(),
        p.colour.map(|c| format!("kp-rev-{c}")),
        match p.size.0 {
            PodSize::Card => "kp-pod-card",
            PodSize::Chip => "kp-pod-chip",
            PodSize::Dot => "kp-pod-dot",
        },
        p.selected.then_some("kp-selected"),
        p.gone.then_some("kp-gone"),
        p.dimmed.then_some("kp-dimmed"),
        p.phase.0.is_failure().then_some("kp-failing"),
    );
    let opacity = format!("{:.2}", p.opacity as f64 / 100.0);
    let radius = match p.size.0 {
        PodSize::Card => 6.0,
        PodSize::Chip => 5.0,
        PodSize::Dot => 3.0,
    };
    html! {
        <g class={class} {transform} {opacity} data-key={p.dom_key.clone()}
            data-status={p.status.clone()} data-hits={p.hits.to_string()}
            role="img" aria-label={p.label.clone()}>
            <rect class="kp-pod-box" width={format!("{w:.1}")} height={format!("{h:.1}")}
                rx={radius.to_string()} />
            { body(p, w, h, words.detail_hits) }
            { flash(p, w, h, radius) }
        </g>
    }
}

fn body(p: &PodProps, w: f64, h: f64, hits_label: &str) -> Html {
    match p.size.0 {
        PodSize::Card => html! {
            <>
                <rect class="kp-rev-stripe" width="4" height={format!("{h:.1}")} rx="2" />
                <g transform="translate(9 12)">{ icon(p.phase.0.icon()) }</g>
                <text class="kp-pod-name" x="31" y="17">{ fit(&p.short, w - 62.0) }</text>
                <text class="kp-pod-words" x="31" y="31">{ fit(&p.words, w - 34.0) }</text>
                { hits(p, w, hits_label) }
            </>
        },
        PodSize::Chip => html! {
            <>
                <rect class="kp-rev-stripe" y={format!("{:.1}", h - 3.0)} width={format!("{w:.1}")} height="3" />
                <g transform="translate(3 2.5)">{ icon(p.phase.0.icon()) }</g>
            </>
        },
        PodSize::Dot => Html::default(),
    }
}

fn hits(p: &PodProps, w: f64, label: &str) -> Html {
    if p.hits == 0 {
        return Html::default();
    }
    html! {
        <text class="kp-pod-hits" x={format!("{:.1}", w - 6.0)} y="14" text-anchor="end">
            // The badge explains itself under the pointer (and to screen readers).
            <title>{ format!("{label}: {}", p.hits) }</title>
            { format!("×{}", p.hits) }
        </text>
    }
}

fn flash(p: &PodProps, w: f64, h: f64, radius: f64) -> Html {
    let Some((strength, why)) = p.flash else {
        return Html::default();
    };
    let class = match why.0 {
        Flash::Hit => "kp-flash kp-flash-hit",
        Flash::Ready => "kp-flash kp-flash-ready",
    };
    // The ring grows a little as it fades.
    let grow = (1.0 - strength as f64 / 100.0) * 4.0 + 1.5;
    html! {
        <rect class={class} x={format!("{:.1}", -grow)} y={format!("{:.1}", -grow)}
            width={format!("{:.1}", w + 2.0 * grow)} height={format!("{:.1}", h + 2.0 * grow)}
            rx={format!("{:.1}", radius + grow)} opacity={format!("{:.2}", strength as f64 / 100.0)} />
    }
}

/// A status icon in a 16×16 box: shapes differ, not only colours.
pub fn icon(icon: Icon) -> Html {
    let ring = html! { <circle class="kp-ic-ring" cx="8" cy="8" r="6.5" /> };
    match icon {
        Icon::Hollow => html! { <circle class="kp-ic-ring kp-ic-dashed" cx="8" cy="8" r="6.5" /> },
        Icon::Quarter => {
            html! { <>{ ring }<path class="kp-ic-fill" d="M8 8V1.5A6.5 6.5 0 0 1 14.5 8Z" /></> }
        }
        Icon::Half => {
            html! { <>{ ring }<path class="kp-ic-fill" d="M8 1.5A6.5 6.5 0 0 1 8 14.5Z" /></> }
        }
        Icon::Check => html! {
            <><circle class="kp-ic-disc" cx="8" cy="8" r="7" /><path class="kp-ic-mark" d="M4.6 8.3 7 10.7 11.4 5.6" /></>
        },
        Icon::Minus => html! { <>{ ring }<path class="kp-ic-line" d="M4.8 8H11.2" /></> },
        Icon::Bang => html! {
            <><path class="kp-ic-disc" d="M8 1 15.2 14.2H.8Z" /><path class="kp-ic-mark" d="M8 5.8V9.6M8 11.6V11.8" /></>
        },
        Icon::Loop => html! {
            <><circle class="kp-ic-disc" cx="8" cy="8" r="7" /><path class="kp-ic-mark" d="M11 8A3 3 0 1 1 9.8 5.6M10 3.4 9.8 5.6 12 5.9" /></>
        },
        Icon::Square => {
            html! { <rect class="kp-ic-disc" x="2" y="2" width="12" height="12" rx="2.5" /> }
        }
        Icon::Question => html! {
            <>{ ring }<path class="kp-ic-line" d="M6.1 6.2A1.9 1.9 0 1 1 8 8.1V9.3M8 11.3V11.5" /></>
        },
    }
}
