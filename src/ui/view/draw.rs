//! The picture around the pods: Deployments with their ReplicaSets,
//! your terminal and the Services, the arrows to endpoints, the nodes,
//! the lane of pods not scheduled yet, and requests in flight. Plain
//! functions from the layout to SVG; text is always a text node.

use yew::prelude::*;

use super::dom_key;
use crate::i18n::Text;
use crate::scene::layout::{
    fit, fit_image, shown_replica_sets, wrap, ArrowEnd, Layout, Rect, CHAR_PX,
};
use crate::scene::links::RefKind;
use crate::scene::model::{Model, RsView};
use crate::scene::stage::PacketFrame;
use crate::scene::status::Phase;

fn f(v: f64) -> String {
    format!("{v:.1}")
}

fn selected_class(selected: &[String], key: &str) -> Option<&'static str> {
    selected.iter().any(|k| k == key).then_some("kp-selected")
}

/// A box with a title and a smaller second line.
fn labelled_box(r: Rect, class: Classes, key: String, title: &str, meta: &str) -> Html {
    html! {
        <g class={class} data-key={key}>
            <rect class="kp-box" x={f(r.x)} y={f(r.y)} width={f(r.w)} height={f(r.h)} rx="6" />
            <text class="kp-box-title" x={f(r.x + 9.0)} y={f(r.y + 16.0)}>{ fit(title, r.w - 16.0) }</text>
            <text class="kp-box-meta" x={f(r.x + 9.0)} y={f(r.y + 31.0)}>{ fit(meta, r.w - 16.0) }</text>
        </g>
    }
}

pub fn deployments(model: &Model, layout: &Layout, text: &Text, selected: &[String]) -> Html {
    layout
        .deployments
        .iter()
        .filter_map(|b| {
            let d = model.deployments.iter().find(|d| d.key == b.key)?;
            let key = dom_key(RefKind::Deployment, &d.key);
            let meta = format!("Deployment · {}", text.replicas_ready(d.ready, d.desired));
            let chips = shown_replica_sets(model, d)
                .into_iter()
                .zip(&b.replica_sets)
                .map(|(rs, (_, r))| replica_set(model, rs, *r, text, selected));
            Some(html! {
                <g class={classes!("kp-deploy", selected_class(selected, &key))} data-key={key.clone()}>
                    <text class="kp-box-title" x={f(b.rect.x)} y={f(b.rect.y + 13.0)}>
                        { fit(&d.name, title_room(b.rect.w, &meta)) }
                    </text>
                    <text class="kp-box-meta" x={f(b.rect.x + b.rect.w)} y={f(b.rect.y + 13.0)} text-anchor="end">
                        { meta }
                    </text>
                    { for chips }
                </g>
            })
        })
        .collect()
}

/// Room for a Deployment's (bold) name beside its right-aligned meta
/// text, so the two never overlap however narrow the view. Bold glyphs
/// run about 15% wider than [`CHAR_PX`] assumes.
///
/// Example: a 250 px box with `Deployment · 1/1 ready` (22 characters,
/// 145 px) leaves 95 px, counted as 81 px of plain text: 12 characters.
fn title_room(box_w: f64, meta: &str) -> f64 {
    let meta_px = meta.chars().count() as f64 * CHAR_PX;
    ((box_w - meta_px - 10.0) * 0.85).max(CHAR_PX * 4.0)
}

/// A ReplicaSet chip: image tag, revision and readiness (or the reason
/// its pods fail), and a bar of ready pods over desired ones.
fn replica_set(model: &Model, rs: &RsView, r: Rect, text: &Text, selected: &[String]) -> Html {
    let key = dom_key(RefKind::ReplicaSet, &rs.key);
    let failing = model
        .pods
        .iter()
        .filter(|p| p.owner.as_deref() == Some(rs.key.as_str()))
        .find(|p| Phase::of_pod(p).is_failure());
    let line2 = match failing {
        Some(p) => format!("⚠ {}", p.status),
        None => format!(
            "{} · {}",
            text.revision(rs.revision),
            text.replicas_ready(rs.ready, rs.desired)
        ),
    };
    let class = classes!(
        "kp-rs",
        format!("kp-rev-{}", rs.colour),
        rs.is_new.then_some("kp-rs-new"),
        (rs.current == 0 && rs.desired == 0).then_some("kp-rs-empty"),
        failing.is_some().then_some("kp-failing"),
        selected_class(selected, &key),
    );
    let bar_w = r.w - 18.0;
    let share = |n: i32| match rs.desired.max(rs.current) {
        0 => 0.0,
        total => bar_w * (n.max(0) as f64 / total as f64).min(1.0),
    };
    html! {
        <g class={class} data-key={key}>
            <rect class="kp-box" x={f(r.x)} y={f(r.y)} width={f(r.w)} height={f(r.h)} rx="5" />
            <rect class="kp-rev-stripe" x={f(r.x)} y={f(r.y)} width="4" height={f(r.h)} rx="2" />
            <text class="kp-rs-image" x={f(r.x + 10.0)} y={f(r.y + 13.0)}>{ fit_image(&rs.image_tag, r.w - 16.0) }</text>
            <text class="kp-rs-meta" x={f(r.x + 10.0)} y={f(r.y + 26.0)}>{ fit(&line2, r.w - 16.0) }</text>
            <rect class="kp-bar-track" x={f(r.x + 10.0)} y={f(r.y + r.h - 6.0)} width={f(bar_w)} height="3" rx="1.5" />
            <rect class="kp-bar-current" x={f(r.x + 10.0)} y={f(r.y + r.h - 6.0)} width={f(share(rs.current))} height="3" rx="1.5" />
            <rect class="kp-bar-ready" x={f(r.x + 10.0)} y={f(r.y + r.h - 6.0)} width={f(share(rs.ready))} height="3" rx="1.5" />
        </g>
    }
}

pub fn services(model: &Model, layout: &Layout, text: &Text, selected: &[String]) -> Html {
    let client = layout.client.map(|r| {
        html! {
            <g class="kp-client">
                <rect class="kp-box" x={f(r.x)} y={f(r.y)} width={f(r.w)} height={f(r.h)} rx="6" />
                <text class="kp-client-prompt" x={f(r.x + 9.0)} y={f(r.y + 25.0)}>{ "$_" }</text>
                <text class="kp-box-meta" x={f(r.x + 28.0)} y={f(r.y + 25.0)}>{ fit(text.client, r.w - 32.0) }</text>
            </g>
        }
    });
    let boxes = layout.services.iter().filter_map(|(k, r)| {
        let s = model.services.iter().find(|s| &s.key == k)?;
        let key = dom_key(RefKind::Service, k);
        let class = classes!("kp-svc", selected_class(selected, &key));
        let meta = format!("{} {}", s.type_, s.port);
        Some(labelled_box(*r, class, key, &s.name, &meta))
    });
    html! { <>{ for client }{ for boxes }</> }
}

pub fn arrows(layout: &Layout, text: &Text) -> Html {
    layout
        .arrows
        .iter()
        .map(|a| {
            let class = classes!("kp-arrow", (!a.ready).then_some("kp-arrow-notready"));
            let label = match &a.end {
                ArrowEnd::Node(_, n) => html! {
                    <text class="kp-arrow-label" x={f(a.curve.b.x + 6.0)} y={f(a.curve.b.y - 6.0)}>
                        { text.endpoint_count(*n) }
                    </text>
                },
                ArrowEnd::Pod(_) => Html::default(),
            };
            html! {
                <g class={class}>
                    <path d={a.curve.path()} />
                    <circle class="kp-arrow-end" cx={f(a.curve.b.x)} cy={f(a.curve.b.y)} r="2.5" />
                    { label }
                </g>
            }
        })
        .collect()
}

pub fn nodes(model: &Model, layout: &Layout, text: &Text, selected: &[String]) -> Html {
    let nodes = layout.nodes.iter().filter_map(|(name, r)| {
        let n = model.nodes.iter().find(|n| &n.name == name)?;
        let key = dom_key(RefKind::Node, name);
        let down = n.stopped || !n.status.starts_with("Ready");
        let cordoned = n.status.ends_with(",SchedulingDisabled");
        let status = if n.stopped {
            format!("{} · {}", n.status, text.node_stopped)
        } else {
            n.status.clone()
        };
        let empty = model.pods_on(name).next().is_none().then(|| {
            let hint = if model.pods.is_empty() && model.nodes.len() == 1 {
                text.sandbox_empty
            } else {
                text.node_empty
            };
            // Wrapped, not cut: the hint is the first thing a learner reads.
            let lines = wrap(hint, r.w - 20.0, 2).into_iter().enumerate().map(|(i, l)| {
                html! { <tspan x={f(r.x + 12.0)} y={f(r.y + 44.0 + 14.0 * i as f64)}>{ l }</tspan> }
            });
            html! { <text class="kp-empty">{ for lines }</text> }
        });
        let class = classes!(
            "kp-node",
            down.then_some("kp-node-down"),
            cordoned.then_some("kp-node-cordoned"),
            selected_class(selected, &key)
        );
        Some(html! {
            <g class={class} data-key={key}>
                <rect class="kp-node-box" x={f(r.x)} y={f(r.y)} width={f(r.w)} height={f(r.h)} rx="8" />
                <text class="kp-node-title" x={f(r.x + 10.0)} y={f(r.y + 17.0)}>{ fit(name, r.w * 0.6) }</text>
                <text class="kp-node-status" x={f(r.x + r.w - 10.0)} y={f(r.y + 17.0)} text-anchor="end">{ status }</text>
                { for empty }
            </g>
        })
    });
    let pending = layout.pending.map(|r| {
        html! {
            <g class="kp-pending">
                <rect class="kp-node-box" x={f(r.x)} y={f(r.y)} width={f(r.w)} height={f(r.h)} rx="8" />
                <text class="kp-node-title" x={f(r.x + 10.0)} y={f(r.y + 17.0)}>{ text.pending_lane }</text>
            </g>
        }
    });
    html! { <>{ for nodes }{ for pending }</> }
}

pub fn packets(packets: &[PacketFrame]) -> Html {
    packets
        .iter()
        .map(|p| {
            let class = classes!("kp-packet", (!p.ok).then_some("kp-packet-failed"));
            html! { <circle class={class} cx={f(p.at.x)} cy={f(p.at.y)} r="4.5" /> }
        })
        .collect()
}
