//! Interpolation for the view's animations: points, easing, tweens over
//! the caller's clock (milliseconds), and the curve a Service's arrow and
//! a request follow.

/// A point in view pixels.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    pub const fn new(x: f64, y: f64) -> Point {
        Point { x, y }
    }

    pub fn lerp(self, to: Point, t: f64) -> Point {
        Point::new(lerp(self.x, to.x, t), lerp(self.y, to.y, t))
    }
}

pub fn lerp(a: f64, b: f64, t: f64) -> f64 {
    a + (b - a) * t
}

/// Ease in and out (cubic): slow start, fast middle, slow end.
///
/// Example: 0 → 0, 0.25 → 0.0625, 0.5 → 0.5, 0.75 → 0.9375, 1 → 1.
pub fn ease(t: f64) -> f64 {
    let t = t.clamp(0.0, 1.0);
    if t < 0.5 {
        4.0 * t * t * t
    } else {
        1.0 - (-2.0 * t + 2.0).powi(3) / 2.0
    }
}

/// Progress of an animation that started at `start` and lasts `duration`
/// ms, at `now`: 0 before, 1 after (and at once for a zero duration).
pub fn progress(start: f64, duration: f64, now: f64) -> f64 {
    if duration <= 0.0 {
        return 1.0;
    }
    ((now - start) / duration).clamp(0.0, 1.0)
}

/// A value moving from `from` to `to` between `start` and `start + duration`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tween {
    pub from: f64,
    pub to: f64,
    pub start: f64,
    pub duration: f64,
}

impl Tween {
    /// A value that stays at `v`.
    pub fn fixed(v: f64) -> Tween {
        Tween {
            from: v,
            to: v,
            start: 0.0,
            duration: 0.0,
        }
    }

    pub fn at(&self, now: f64) -> f64 {
        lerp(
            self.from,
            self.to,
            ease(progress(self.start, self.duration, now)),
        )
    }

    /// Retargets to `to` from wherever it is at `now`; a tween already
    /// heading to `to` is left alone (so repeated snapshots do not restart it).
    pub fn retarget(&mut self, to: f64, now: f64, duration: f64) {
        if self.to == to {
            return;
        }
        *self = Tween {
            from: self.at(now),
            to,
            start: now,
            duration,
        };
    }

    pub fn moving(&self, now: f64) -> bool {
        self.from != self.to && now < self.start + self.duration
    }
}

/// The vertical S-curve from `a` down (or up) to `b` used for arrows:
/// a cubic Bézier whose control points sit halfway in height.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Curve {
    pub a: Point,
    pub b: Point,
}

impl Curve {
    fn controls(&self) -> (Point, Point) {
        let mid = (self.a.y + self.b.y) / 2.0;
        (Point::new(self.a.x, mid), Point::new(self.b.x, mid))
    }

    /// The point at `t` in 0..=1.
    pub fn at(&self, t: f64) -> Point {
        let t = t.clamp(0.0, 1.0);
        let (c1, c2) = self.controls();
        let u = 1.0 - t;
        let (w0, w1, w2, w3) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
        Point::new(
            w0 * self.a.x + w1 * c1.x + w2 * c2.x + w3 * self.b.x,
            w0 * self.a.y + w1 * c1.y + w2 * c2.y + w3 * self.b.y,
        )
    }

    /// SVG path data (`M … C …`), rounded to a tenth of a pixel.
    pub fn path(&self) -> String {
        let (c1, c2) = self.controls();
        format!(
            "M{:.1} {:.1}C{:.1} {:.1} {:.1} {:.1} {:.1} {:.1}",
            self.a.x, self.a.y, c1.x, c1.y, c2.x, c2.y, self.b.x, self.b.y
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easing_starts_and_ends_still_and_is_symmetric() {
        assert_eq!(ease(0.0), 0.0);
        assert_eq!(ease(1.0), 1.0);
        assert_eq!(ease(0.5), 0.5);
        assert!((ease(0.25) - 0.0625).abs() < 1e-12);
        assert!((ease(0.25) + ease(0.75) - 1.0).abs() < 1e-12);
        assert_eq!(ease(-3.0), 0.0);
        assert_eq!(ease(7.0), 1.0);
    }

    #[test]
    fn a_tween_moves_then_rests_and_retargets_from_where_it_is() {
        let mut t = Tween {
            from: 0.0,
            to: 100.0,
            start: 1000.0,
            duration: 400.0,
        };
        assert_eq!(t.at(900.0), 0.0);
        assert_eq!(t.at(1200.0), 50.0);
        assert_eq!(t.at(2000.0), 100.0);
        assert!(t.moving(1200.0) && !t.moving(1400.0));
        t.retarget(0.0, 1200.0, 400.0);
        assert_eq!(t.at(1200.0), 50.0, "no jump when retargeted mid-way");
        assert_eq!(t.at(1600.0), 0.0);
        let before = t;
        t.retarget(0.0, 1500.0, 400.0);
        assert_eq!(t, before, "same target: not restarted");
    }

    #[test]
    fn zero_durations_jump_at_once() {
        assert_eq!(progress(10.0, 0.0, 0.0), 1.0);
        let t = Tween {
            from: 1.0,
            to: 2.0,
            start: 5.0,
            duration: 0.0,
        };
        assert_eq!(t.at(5.0), 2.0);
    }

    #[test]
    fn curves_join_their_ends() {
        let c = Curve {
            a: Point::new(10.0, 0.0),
            b: Point::new(110.0, 100.0),
        };
        assert_eq!(c.at(0.0), c.a);
        assert_eq!(c.at(1.0), c.b);
        assert_eq!(c.at(0.5), Point::new(60.0, 50.0));
        assert_eq!(c.path(), "M10.0 0.0C10.0 50.0 110.0 50.0 110.0 100.0");
    }
}
