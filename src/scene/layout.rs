//! Where everything goes, for a view `width` pixels wide. Top to bottom:
//! the Deployments with their ReplicaSets side by side (oldest revision
//! left), then your terminal (the client) beside the Services, then the
//! nodes holding their pods, then the pods nobody has scheduled yet (at
//! the bottom, so the nodes never move when that lane comes and goes).
//! Arrows run from each Service down to its endpoints.
//!
//! Calm at any count: pods are cards (name and status words) while every
//! region holds at most [`CARD_PODS_MAX`], chips (icon only) up to
//! [`CHIP_PODS_MAX`], dots beyond; a Service with more than
//! [`ARROWS_PER_SERVICE_MAX`] endpoints gets one arrow per node, labelled
//! with a count, instead of a fan of lines.

use std::collections::BTreeMap;

use super::model::{DeploymentView, Model, PodView, RsView};
use super::tween::{Curve, Point};

/// Margin around the picture and between sections, px.
pub const PAD: f64 = 12.0;
const GAP: f64 = 10.0;
const SECTION_GAP: f64 = 16.0;
/// Room left between the Services and the nodes for the arrows to bend.
const ARROW_GAP: f64 = 22.0;
const TITLE_H: f64 = 20.0;
const RS_H: f64 = 36.0;
const RS_W_MAX: f64 = 190.0;
const DEPLOY_W_MIN: f64 = 250.0;
const SVC_H: f64 = 40.0;
const SVC_W: f64 = 176.0;
const CLIENT_W: f64 = 120.0;
const NODE_W_MIN: f64 = 250.0;
const NODE_HEADER_H: f64 = 26.0;
const NODE_PAD: f64 = 8.0;
const NODE_EMPTY_H: f64 = 40.0;

/// Most pods in one region for cards; more make chips.
pub const CARD_PODS_MAX: usize = 12;
/// Most pods in one region for chips; more make dots.
pub const CHIP_PODS_MAX: usize = 120;
/// Most arrows from one Service to single pods; more are bundled per node.
pub const ARROWS_PER_SERVICE_MAX: usize = 12;
/// Most ReplicaSets shown per Deployment: the new one, old ones still
/// holding pods, and the latest empty one for context.
pub const RS_SHOWN_MAX: usize = 4;

/// A rectangle in view pixels.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub const fn new(x: f64, y: f64, w: f64, h: f64) -> Rect {
        Rect { x, y, w, h }
    }

    pub fn center(&self) -> Point {
        Point::new(self.x + self.w / 2.0, self.y + self.h / 2.0)
    }

    pub fn top(&self) -> Point {
        Point::new(self.x + self.w / 2.0, self.y)
    }

    pub fn bottom(&self) -> Point {
        Point::new(self.x + self.w / 2.0, self.y + self.h)
    }
}

/// How pods are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PodSize {
    /// Icon, short name and status words.
    Card,
    /// Icon only.
    Chip,
    /// A coloured square.
    Dot,
}

impl PodSize {
    /// Width, height and the gap between pods, px.
    pub fn dims(self) -> (f64, f64, f64) {
        match self {
            PodSize::Card => (140.0, 40.0, 6.0),
            PodSize::Chip => (22.0, 22.0, 4.0),
            PodSize::Dot => (12.0, 12.0, 3.0),
        }
    }

    fn for_count(most: usize, inner_w: f64) -> PodSize {
        let card_fits = inner_w >= PodSize::Card.dims().0;
        match most {
            n if n <= CARD_PODS_MAX && card_fits => PodSize::Card,
            n if n <= CHIP_PODS_MAX => PodSize::Chip,
            _ => PodSize::Dot,
        }
    }
}

/// A Deployment's cell: its title line and its ReplicaSets' chips.
#[derive(Clone, Debug, PartialEq)]
pub struct DeployBox {
    pub key: String,
    pub rect: Rect,
    pub replica_sets: Vec<(String, Rect)>,
}

/// Where a Service's arrow ends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArrowEnd {
    Pod(String),
    /// A node, standing for this many endpoints on it.
    Node(String, usize),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Arrow {
    pub service: String,
    pub end: ArrowEnd,
    pub curve: Curve,
    /// False for not-ready endpoints (drawn dashed).
    pub ready: bool,
}

/// The whole picture's geometry.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    pub size: PodSize,
    pub deployments: Vec<DeployBox>,
    pub client: Option<Rect>,
    pub services: Vec<(String, Rect)>,
    /// The lane of pods not scheduled yet.
    pub pending: Option<Rect>,
    pub nodes: Vec<(String, Rect)>,
    pub pods: BTreeMap<String, Rect>,
    pub arrows: Vec<Arrow>,
}

impl Layout {
    pub fn pod(&self, key: &str) -> Option<Rect> {
        self.pods.get(key).copied()
    }

    pub fn service(&self, key: &str) -> Option<Rect> {
        self.services
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, r)| *r)
    }

    pub fn node(&self, name: &str) -> Option<Rect> {
        self.nodes.iter().find(|(n, _)| n == name).map(|(_, r)| *r)
    }
}

/// The ReplicaSets of `d` the view shows, oldest revision first.
///
/// Every revision stays in the picture, the emptied old ones as faded
/// chips (`rev 1 · 0/0`), so a rollout and its undo read as a story
/// (v1 → v2 → v10 → back to v2) instead of ending when the old
/// ReplicaSet scales to zero. Past [`RS_SHOWN_MAX`] the oldest empty
/// revisions give way first; busy ones (pods or a target) stay.
pub fn shown_replica_sets<'a>(model: &'a Model, d: &DeploymentView) -> Vec<&'a RsView> {
    let mut shown: Vec<&RsView> = d
        .replica_sets
        .iter()
        .filter_map(|k| model.replica_set(k))
        .collect();
    crate::sorting::sort_by_key(&mut shown, |r| r.revision);
    let busy = |r: &RsView| r.is_new || r.current > 0 || r.desired > 0;
    // Bounded: each pass removes one of at most `shown.len()` entries.
    while shown.len() > RS_SHOWN_MAX {
        let drop = shown.iter().position(|r| !busy(r)).unwrap_or(0);
        shown.remove(drop);
    }
    shown
}

/// Average width of one character of the view's small text, px, for
/// cutting labels to fit (SVG text neither wraps nor clips).
pub const CHAR_PX: f64 = 6.6;

/// `text` cut with an ellipsis to fit `px`.
///
/// Example: 66 px hold 10 characters, so `kubernetes-bootcamp:v1`
/// becomes `kubernete…`.
pub fn fit(text: &str, px: f64) -> String {
    let max = (px / CHAR_PX).floor().max(1.0) as usize;
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{cut}…")
}

/// `text` on at most `lines` lines of `px` each, broken between words
/// (inside a word only when one word is wider than a line, as CJK text
/// without spaces is); what still does not fit ends the last line with an
/// ellipsis.
///
/// Example: the empty cluster's hint in a 300 px node becomes two lines
/// instead of `No pods yet. Create a Deployment and its pods a…`.
pub fn wrap(text: &str, px: f64, lines: usize) -> Vec<String> {
    let max = (px / CHAR_PX).floor().max(1.0) as usize;
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let mut word = word.to_string();
        loop {
            let joined = if line.is_empty() {
                word.chars().count()
            } else {
                line.chars().count() + 1 + word.chars().count()
            };
            if joined <= max {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(&word);
                break;
            }
            if line.is_empty() {
                // One word wider than a line: break it.
                let head: String = word.chars().take(max).collect();
                word = word.chars().skip(max).collect();
                out.push(head);
            } else {
                out.push(std::mem::take(&mut line));
            }
            if out.len() >= lines {
                break;
            }
        }
        if out.len() >= lines {
            break;
        }
    }
    if !line.is_empty() && out.len() < lines {
        out.push(line);
    }
    let shown: usize = out.iter().map(|l| l.chars().count() + 1).sum();
    if shown < text.chars().count() + 1 {
        if let Some(last) = out.last_mut() {
            *last = fit(&format!("{last} …"), max as f64 * CHAR_PX);
            if !last.ends_with('…') {
                last.push('…');
            }
        }
    }
    out
}

/// An image reference cut to fit `px` from the front, so the tag — what
/// tells two revisions apart — always shows.
///
/// Example: 66 px hold 10 characters, so `kubernetes-bootcamp:v2`
/// becomes `…otcamp:v2` (nine characters and the ellipsis).
pub fn fit_image(image: &str, px: f64) -> String {
    let max = (px / CHAR_PX).floor().max(1.0) as usize;
    let n = image.chars().count();
    if n <= max {
        return image.to_string();
    }
    let tail: String = image.chars().skip(n + 1 - max).collect();
    format!("…{tail}")
}

/// Columns of at least `min_w` that fit in `inner_w`, at most `n`.
fn columns(inner_w: f64, min_w: f64, n: usize) -> usize {
    let fit = ((inner_w + GAP) / (min_w + GAP)).floor().max(1.0) as usize;
    fit.min(n.max(1))
}

/// Lays out `model` for a view `width` pixels wide.
pub fn layout(model: &Model, width: f64) -> Layout {
    let width = width.max(200.0);
    let inner = width - 2.0 * PAD;
    let node_cols = columns(inner, NODE_W_MIN, model.nodes.len());
    let node_w = (inner - GAP * (node_cols as f64 - 1.0)) / node_cols as f64;
    let most = model
        .nodes
        .iter()
        .map(|n| model.pods_on(&n.name).count())
        .chain(std::iter::once(model.pods_on("").count()))
        .max()
        .unwrap_or(0);
    let size = PodSize::for_count(most, node_w.min(inner) - 2.0 * NODE_PAD);
    let mut out = Layout {
        width,
        height: 0.0,
        size,
        deployments: Vec::new(),
        client: None,
        services: Vec::new(),
        pending: None,
        nodes: Vec::new(),
        pods: BTreeMap::new(),
        arrows: Vec::new(),
    };
    let mut y = PAD;
    y = place_deployments(model, inner, y, &mut out);
    y = place_services(model, inner, y, &mut out);
    y = place_nodes(model, node_cols, node_w, y, &mut out);
    y = place_pending(model, inner, y, &mut out);
    out.height = y + PAD;
    out.arrows = arrows(model, &out);
    out
}

fn place_deployments(model: &Model, inner: f64, mut y: f64, out: &mut Layout) -> f64 {
    let n = model.deployments.len();
    if n == 0 {
        return y;
    }
    let cols = columns(inner, DEPLOY_W_MIN, n);
    let cell_w = (inner - GAP * (cols as f64 - 1.0)) / cols as f64;
    let cell_h = TITLE_H + RS_H;
    for (i, d) in model.deployments.iter().enumerate() {
        let (col, row) = (i % cols, i / cols);
        let x = PAD + col as f64 * (cell_w + GAP);
        let top = y + row as f64 * (cell_h + GAP);
        let shown = shown_replica_sets(model, d);
        let k = shown.len().max(1) as f64;
        let chip_w = ((cell_w - 8.0 * (k - 1.0)) / k).min(RS_W_MAX);
        let replica_sets = shown
            .iter()
            .enumerate()
            .map(|(j, r)| {
                let rx = x + j as f64 * (chip_w + 8.0);
                (r.key.clone(), Rect::new(rx, top + TITLE_H, chip_w, RS_H))
            })
            .collect();
        out.deployments.push(DeployBox {
            key: d.key.clone(),
            rect: Rect::new(x, top, cell_w, cell_h),
            replica_sets,
        });
    }
    let rows = n.div_ceil(cols) as f64;
    y += rows * (cell_h + GAP) - GAP + SECTION_GAP;
    y
}

fn place_services(model: &Model, inner: f64, y: f64, out: &mut Layout) -> f64 {
    if model.services.is_empty() && model.pods.is_empty() {
        return y;
    }
    out.client = Some(Rect::new(PAD, y, CLIENT_W, SVC_H));
    let start = PAD + CLIENT_W + GAP * 2.0;
    let avail = (PAD + inner - start).max(SVC_W);
    let per_row = ((avail + GAP) / (SVC_W + GAP)).floor().max(1.0) as usize;
    let svc_w = ((avail - GAP * (per_row as f64 - 1.0)) / per_row as f64).min(SVC_W * 1.3);
    for (i, s) in model.services.iter().enumerate() {
        let (col, row) = (i % per_row, i / per_row);
        let x = start + col as f64 * (svc_w + GAP);
        let top = y + row as f64 * (SVC_H + GAP);
        out.services
            .push((s.key.clone(), Rect::new(x, top, svc_w, SVC_H)));
    }
    let rows = model.services.len().div_ceil(per_row).max(1) as f64;
    y + rows * (SVC_H + GAP) - GAP + ARROW_GAP
}

/// Places `pods` in rows inside `area` (its x, y and w), returning the
/// height they take.
fn place_pods(pods: &[&PodView], size: PodSize, area: Rect, out: &mut Layout) -> f64 {
    let (w, h, gap) = size.dims();
    let per_row = ((area.w + gap) / (w + gap)).floor().max(1.0) as usize;
    let mut sorted: Vec<&&PodView> = pods.iter().collect();
    // Revisions side by side: old ReplicaSets' pods first, then the new.
    crate::sorting::sort_by(&mut sorted, |a, b| {
        (a.colour, &a.name).cmp(&(b.colour, &b.name))
    });
    for (i, p) in sorted.iter().enumerate() {
        let (col, row) = (i % per_row, i / per_row);
        let rect = Rect::new(
            area.x + col as f64 * (w + gap),
            area.y + row as f64 * (h + gap),
            w,
            h,
        );
        out.pods.insert(p.key.clone(), rect);
    }
    let rows = pods.len().div_ceil(per_row) as f64;
    (rows * (h + gap) - gap).max(0.0)
}

fn place_pending(model: &Model, inner: f64, y: f64, out: &mut Layout) -> f64 {
    let pending: Vec<&PodView> = model.pods_on("").collect();
    if pending.is_empty() {
        return y;
    }
    let y = y + SECTION_GAP;
    let area = Rect::new(
        PAD + NODE_PAD,
        y + NODE_HEADER_H,
        inner - 2.0 * NODE_PAD,
        0.0,
    );
    let h = place_pods(&pending, out.size, area, out);
    let rect = Rect::new(PAD, y, inner, NODE_HEADER_H + h + NODE_PAD);
    out.pending = Some(rect);
    y + rect.h
}

fn place_nodes(model: &Model, cols: usize, node_w: f64, y: f64, out: &mut Layout) -> f64 {
    let mut bottom = y;
    for (r, row) in model.nodes.chunks(cols.max(1)).enumerate() {
        let top = if r == 0 { y } else { bottom + GAP };
        let mut heights = Vec::new();
        for (c, node) in row.iter().enumerate() {
            let x = PAD + c as f64 * (node_w + GAP);
            let pods: Vec<&PodView> = model.pods_on(&node.name).collect();
            let area = Rect::new(
                x + NODE_PAD,
                top + NODE_HEADER_H,
                node_w - 2.0 * NODE_PAD,
                0.0,
            );
            let h = match pods.is_empty() {
                true => NODE_EMPTY_H,
                false => place_pods(&pods, out.size, area, out) + NODE_PAD,
            };
            heights.push(NODE_HEADER_H + h);
            out.nodes
                .push((node.name.clone(), Rect::new(x, top, node_w, 0.0)));
        }
        // Nodes in one row share the tallest height.
        let tallest = heights.iter().copied().fold(0.0, f64::max);
        let n = out.nodes.len();
        for (_, rect) in out.nodes.iter_mut().skip(n - row.len()) {
            rect.h = tallest;
        }
        bottom = top + tallest;
    }
    bottom
}

fn arrows(model: &Model, out: &Layout) -> Vec<Arrow> {
    let mut arrows = Vec::new();
    for s in &model.services {
        let Some(from) = out.service(&s.key) else {
            continue;
        };
        let drawn: Vec<&(String, bool)> = s
            .endpoints
            .iter()
            .filter(|(k, _)| out.pods.contains_key(k))
            .collect();
        if drawn.len() <= ARROWS_PER_SERVICE_MAX {
            for (k, ready) in drawn {
                if let Some(to) = out.pod(k) {
                    arrows.push(Arrow {
                        service: s.key.clone(),
                        end: ArrowEnd::Pod(k.clone()),
                        curve: Curve {
                            a: from.bottom(),
                            b: to.top(),
                        },
                        ready: *ready,
                    });
                }
            }
            continue;
        }
        // Keyed by an owned name: the scheduler's map of the same type
        // shares its B-tree code in the wasm (a `&str` key would not).
        let mut per_node: BTreeMap<String, (usize, bool)> = BTreeMap::new();
        for (k, ready) in drawn {
            if let Some(p) = model.pod(k) {
                let e = per_node.entry(p.node.clone()).or_insert((0, false));
                e.0 += 1;
                e.1 |= *ready;
            }
        }
        for (node, (count, ready)) in per_node {
            if let Some(to) = out.node(&node) {
                arrows.push(Arrow {
                    service: s.key.clone(),
                    end: ArrowEnd::Node(node, count),
                    curve: Curve {
                        a: from.bottom(),
                        b: to.top(),
                    },
                    ready,
                });
            }
        }
    }
    arrows
}

#[cfg(test)]
mod tests;
