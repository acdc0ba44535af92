//! The view's animation state across snapshots. Each pod is a sprite
//! whose position, size and opacity tween towards its slot in the newest
//! [`Layout`]: a new pod fades and grows in where it lands (the pending
//! lane, then glides onto its node when scheduled), a deleted one fades
//! out where it was, and the rest glide to their new places. Requests
//! travel as packets client → Service → pod; the pod flashes when one
//! arrives and counts it.
//!
//! With motion off (reduced motion) every change is instant: no tweens,
//! no travelling packets; a pod that answers is marked for a moment.
//! Times are the caller's milliseconds (the browser's frame clock).

use std::collections::{BTreeMap, VecDeque};

use super::layout::{Layout, Rect};
use super::model::{Model, PodView};
use super::tween::{progress, Curve, Point, Tween};

/// How long a pod takes to glide to a new slot, ms.
pub const MOVE_MS: f64 = 450.0;
/// How long a new pod takes to fade in, ms.
pub const APPEAR_MS: f64 = 350.0;
/// How long a deleted pod takes to fade out, ms.
pub const FADE_MS: f64 = 700.0;
/// How long a flash (request answered, pod turned ready) lasts, ms.
pub const FLASH_MS: f64 = 900.0;
/// How long a request takes per hop (client → Service, Service → pod), ms.
pub const HOP_MS: f64 = 420.0;
/// Delay between requests that arrived together (a curl loop), so they
/// travel one after the other instead of as one blob, ms.
pub const STAGGER_MS: f64 = 160.0;
/// Most requests in flight; older ones are dropped when more arrive.
pub const PACKETS_MAX: usize = 48;

/// Why a pod flashes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flash {
    /// It answered a request.
    Hit,
    /// It turned ready.
    Ready,
}

/// One pod's animation.
#[derive(Clone, Debug)]
struct Sprite {
    pod: PodView,
    x: Tween,
    y: Tween,
    w: Tween,
    h: Tween,
    scale: Tween,
    opacity: Tween,
    /// Deleted: fading out, then dropped.
    gone: bool,
    flash: Option<(f64, Flash)>,
    /// Requests answered and counted.
    hits: u32,
    /// Arrival times of requests still travelling here.
    arriving: VecDeque<f64>,
}

/// What one pod looks like at an instant.
#[derive(Clone, Debug, PartialEq)]
pub struct SpriteFrame<'a> {
    pub pod: &'a PodView,
    pub rect: Rect,
    pub scale: f64,
    pub opacity: f64,
    pub gone: bool,
    /// 0 (none) to 1 (just flashed), with why.
    pub flash: Option<(f64, Flash)>,
    pub hits: u32,
}

/// A request on its way.
#[derive(Clone, Debug)]
struct Packet {
    hops: Vec<Curve>,
    start: f64,
    /// Answered (a pod at the end), or refused (ends at the Service).
    ok: bool,
}

/// Where a request came from and went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    /// `None` for the learner's terminal, else the calling pod's key.
    pub from_pod: Option<String>,
    pub service: Option<String>,
    pub pod: Option<String>,
    pub ok: bool,
}

/// A request's dot at an instant.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PacketFrame {
    pub at: Point,
    pub ok: bool,
}

/// All sprites and packets.
#[derive(Clone, Debug, Default)]
pub struct Stage {
    sprites: BTreeMap<String, Sprite>,
    packets: VecDeque<Packet>,
    /// Reduced motion: everything instant.
    still: bool,
}

impl Stage {
    pub fn new(motion: bool) -> Stage {
        Stage {
            still: !motion,
            ..Stage::default()
        }
    }

    pub fn set_motion(&mut self, motion: bool) {
        self.still = !motion;
    }

    fn ms(&self, ms: f64) -> f64 {
        if self.still {
            0.0
        } else {
            ms
        }
    }

    /// Moves every sprite towards its place in `layout` (a new snapshot).
    pub fn update(&mut self, model: &Model, layout: &Layout, now: f64) {
        let (move_ms, appear_ms, fade_ms) =
            (self.ms(MOVE_MS), self.ms(APPEAR_MS), self.ms(FADE_MS));
        for pod in &model.pods {
            let Some(slot) = layout.pod(&pod.key) else {
                continue;
            };
            match self.sprites.get_mut(&pod.key) {
                Some(s) if !s.gone => {
                    s.x.retarget(slot.x, now, move_ms);
                    s.y.retarget(slot.y, now, move_ms);
                    s.w.retarget(slot.w, now, move_ms);
                    s.h.retarget(slot.h, now, move_ms);
                    if pod.ready && !s.pod.ready {
                        s.flash = Some((now, Flash::Ready));
                    }
                    s.pod = pod.clone();
                }
                _ => {
                    let appear = |from: f64, to: f64| Tween {
                        from,
                        to,
                        start: now,
                        duration: appear_ms,
                    };
                    self.sprites.insert(
                        pod.key.clone(),
                        Sprite {
                            pod: pod.clone(),
                            x: Tween::fixed(slot.x),
                            y: Tween::fixed(slot.y),
                            w: Tween::fixed(slot.w),
                            h: Tween::fixed(slot.h),
                            scale: appear(0.6, 1.0),
                            opacity: appear(0.0, 1.0),
                            gone: false,
                            flash: None,
                            hits: 0,
                            arriving: VecDeque::new(),
                        },
                    );
                }
            }
        }
        for (key, s) in self.sprites.iter_mut() {
            if !s.gone && layout.pod(key).is_none() {
                s.gone = true;
                s.opacity.retarget(0.0, now, fade_ms);
            }
        }
        self.prune(now);
    }

    /// Starts a request's journey (or, with motion off, just marks the pod).
    /// `nth` staggers requests that arrived in the same batch.
    pub fn request(&mut self, req: &Request, layout: &Layout, now: f64, nth: usize) {
        let start = now + self.ms(STAGGER_MS) * nth as f64;
        let origin = match &req.from_pod {
            Some(k) => self.sprites.get(k).map(|s| rect_now(s, now).center()),
            None => layout.client.map(|c| c.center()),
        };
        let service = req.service.as_deref().and_then(|k| layout.service(k));
        let target = req.pod.as_deref().and_then(|k| layout.pod(k));
        let mut hops = Vec::new();
        if let (Some(o), Some(s)) = (origin, service) {
            hops.push(Curve {
                a: o,
                b: s.center(),
            });
        }
        match (target, service, origin) {
            (Some(t), Some(s), _) if req.ok => hops.push(Curve {
                a: s.bottom(),
                b: t.top(),
            }),
            (Some(t), None, Some(o)) if req.ok => hops.push(Curve { a: o, b: t.top() }),
            _ => {}
        }
        let arrival = start + self.ms(HOP_MS) * hops.len() as f64;
        if let Some(s) = req.pod.as_deref().and_then(|k| self.sprites.get_mut(k)) {
            if req.ok {
                s.arriving.push_back(arrival);
            }
        }
        if !self.still && !hops.is_empty() {
            if self.packets.len() >= PACKETS_MAX {
                self.packets.pop_front();
            }
            self.packets.push_back(Packet {
                hops,
                start,
                ok: req.ok,
            });
        }
        self.prune(now);
    }

    /// Drops finished packets and faded sprites; counts arrived requests.
    pub fn prune(&mut self, now: f64) {
        let hop = self.ms(HOP_MS);
        self.packets
            .retain(|p| now < p.start + hop * p.hops.len() as f64);
        self.sprites.retain(|_, s| !s.gone || s.opacity.moving(now));
        for s in self.sprites.values_mut() {
            while s.arriving.front().is_some_and(|&t| t <= now) {
                if let Some(t) = s.arriving.pop_front() {
                    s.hits += 1;
                    s.flash = Some((t, Flash::Hit));
                }
            }
        }
    }

    /// Every sprite at `now`, in key order.
    pub fn sprites(&self, now: f64) -> Vec<SpriteFrame<'_>> {
        let flash_ms = FLASH_MS;
        self.sprites
            .values()
            .map(|s| SpriteFrame {
                pod: &s.pod,
                rect: rect_now(s, now),
                scale: s.scale.at(now),
                opacity: s.opacity.at(now),
                gone: s.gone,
                flash: s.flash.and_then(|(start, why)| {
                    let p = progress(start, flash_ms, now);
                    let strength = if self.still { 1.0 } else { 1.0 - p };
                    (now >= start && p < 1.0).then_some((strength, why))
                }),
                hits: s.hits,
            })
            .collect()
    }

    /// Requests in flight at `now`.
    pub fn packets(&self, now: f64) -> Vec<PacketFrame> {
        let hop = self.ms(HOP_MS);
        self.packets
            .iter()
            .filter(|p| now >= p.start)
            .filter_map(|p| {
                let t = (now - p.start) / hop;
                let i = t.floor() as usize;
                p.hops.get(i).map(|c| PacketFrame {
                    at: c.at(super::tween::ease(t - i as f64)),
                    ok: p.ok || i + 1 < p.hops.len(),
                })
            })
            .collect()
    }

    /// True while anything still moves, fades, travels or flashes.
    pub fn animating(&self, now: f64) -> bool {
        !self.packets.is_empty()
            || self.sprites.values().any(|s| {
                s.x.moving(now)
                    || s.y.moving(now)
                    || s.w.moving(now)
                    || s.h.moving(now)
                    || s.opacity.moving(now)
                    || s.scale.moving(now)
                    || !s.arriving.is_empty()
                    || s.flash.is_some_and(|(t, _)| now < t + FLASH_MS)
            })
    }
}

fn rect_now(s: &Sprite, now: f64) -> Rect {
    Rect::new(s.x.at(now), s.y.at(now), s.w.at(now), s.h.at(now))
}

#[cfg(test)]
mod tests;
