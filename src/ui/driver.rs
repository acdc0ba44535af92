//! The hooks that drive the session — the side effects the reducer must
//! not have: starting queued commands when the session is free, and the
//! animation-frame loop that moves simulated time while something is
//! scheduled. Both report back by dispatching actions.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::render::{request_animation_frame, AnimationFrame};
use yew::prelude::*;

use super::session_queue::SessionQueue;
use super::state::{Action, SessionView, UiState};
use crate::console::clock::{self, format_sim_time, Clock};
use crate::i18n::Text;
use crate::session::{Poll, Session, Submitted};

/// Where idle time is counted from: the page's monotonic clock (ms), the
/// simulated time then, and the speed then (0 while paused). Shared with
/// the toolbar's clock, which shows the idle time the next command will
/// add, so the clock moves smoothly while the frame loop sleeps.
#[derive(Clone, Default)]
pub struct IdleRef(pub Rc<RefCell<Option<(f64, u64, f64)>>>);

impl PartialEq for IdleRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl IdleRef {
    /// The simulated time the toolbar shows: the session's, or later by
    /// the idle time that has flowed since the reference point.
    pub fn shown(&self, now_ms: u64) -> u64 {
        match *self.0.borrow() {
            Some((wall, sim, rate)) if rate > 0.0 => {
                now_ms.max(sim + clock::idle_gap(wall_now_ms() - wall, rate, 0))
            }
            _ => now_ms,
        }
    }
}

/// The most queued commands started in one go. A long paste runs in
/// batches with a render between them, so the page keeps responding and
/// shows progress.
pub const RUN_BATCH_MAX: usize = 50;

/// Starts queued commands while the session is free: each is submitted
/// and polled once; a command that finishes at once lets the next start.
///
/// Before a command starts, the simulated time an idle spell should have
/// taken is added ([`clock::idle_gap`]): the frame loop sleeps while
/// nothing is scheduled, yet AGE columns must grow as on a real cluster.
/// The reference point restarts whenever the clock is paused, resumed or
/// changes speed, so paused minutes never count.
///
/// Nothing starts before `texts_ready` (kubectl's help texts are fetched
/// after the app starts; see `help_texts`): commands typed meanwhile wait
/// in the queue.
#[hook]
pub fn use_runner(
    session: Rc<RefCell<Session>>,
    state: UseReducerHandle<UiState>,
    texts_ready: bool,
) -> IdleRef {
    let front = state.console.queued().next().map(|e| e.id);
    let busy = state.session.busy;
    let idle = use_memo((), |_| IdleRef::default());
    let reference = Rc::clone(&idle.0);
    {
        let (reference, session) = (Rc::clone(&reference), Rc::clone(&session));
        let rate = if state.clock.is_paused() {
            0.0
        } else {
            state.clock.speed()
        };
        let deps = (state.clock.is_paused(), state.clock.speed_index());
        let dispatcher = state.dispatcher();
        use_effect_with(deps, move |_| {
            let Ok(mut s) = session.try_borrow_mut() else {
                return;
            };
            let now = wall_now_ms();
            // The idle time that flowed at the old speed is the cluster's
            // before the new speed (or the pause) starts: the clock never
            // jumps back when Pause is pressed.
            let old = *reference.borrow();
            if let Some((wall, sim, old_rate)) = old.filter(|r| r.2 > 0.0) {
                let gap = clock::idle_gap(now - wall, old_rate, s.now_ms().saturating_sub(sim));
                if gap > 0 {
                    let poll = clock::advance(&mut s, gap);
                    let view = SessionView::of(&s);
                    dispatcher.dispatch(Action::Advanced {
                        poll,
                        view,
                        status: None,
                    });
                }
            }
            *reference.borrow_mut() = Some((now, s.now_ms(), rate));
        });
    }
    let clock = state.clock.clone();
    use_effect_with((front, busy, texts_ready), move |_| {
        if busy || front.is_none() || !texts_ready {
            return;
        }
        let Ok(mut s) = session.try_borrow_mut() else {
            return;
        };
        let now = wall_now_ms();
        let point = *reference.borrow();
        if let (false, Some((wall, sim, _))) = (clock.is_paused(), point) {
            let gap = clock::idle_gap(now - wall, clock.speed(), s.now_ms().saturating_sub(sim));
            if gap > 0 {
                s.advance(gap);
            }
        }
        let mut ran = Vec::new();
        for entry in state.console.queued().take(RUN_BATCH_MAX) {
            if s.submit(&entry.command) == Submitted::Busy {
                break;
            }
            let poll = s.poll();
            let done = poll.finished.is_some();
            ran.push((entry.id, poll));
            if !done {
                break;
            }
        }
        // Time after this point is the frame loop's, until the next command.
        let rate = if clock.is_paused() {
            0.0
        } else {
            clock.speed()
        };
        *reference.borrow_mut() = Some((wall_now_ms(), s.now_ms(), rate));
        let view = SessionView::of(&s);
        drop(s);
        state.dispatch(Action::Started { ran, view });
    });
    (*idle).clone()
}

/// Runs the frame loop while time flows and something is scheduled:
/// every frame advances the session by the frame's duration × speed and
/// dispatches what the running job printed. Changing the speed restarts
/// the loop with the new clock; pausing or running out of scheduled
/// events stops it (dropping the frame handle cancels it).
#[hook]
pub fn use_frame_loop(session: Rc<RefCell<Session>>, state: &UseReducerHandle<UiState>) {
    let active = state.session.scheduled && !state.clock.is_paused();
    let clock = state.clock.clone();
    let dispatcher = state.dispatcher();
    use_effect_with((active, clock.speed_index()), move |_| {
        let slot: Rc<RefCell<Option<AnimationFrame>>> = Rc::default();
        if active {
            schedule(Rc::clone(&slot), None, clock, session, dispatcher);
        }
        move || drop(slot.borrow_mut().take())
    });
}

fn schedule(
    slot: Rc<RefCell<Option<AnimationFrame>>>,
    last_ms: Option<f64>,
    mut clock: Clock,
    session: Rc<RefCell<Session>>,
    dispatcher: UseReducerDispatcher<UiState>,
) {
    let next_slot = Rc::clone(&slot);
    let frame = request_animation_frame(move |now_ms| {
        let Ok(mut s) = session.try_borrow_mut() else {
            // Never expected (nothing holds the session across frames);
            // try again next frame rather than let the loop die.
            schedule(next_slot, last_ms, clock, session, dispatcher);
            return;
        };
        let wall = last_ms.map_or(0.0, |last| now_ms - last);
        let dt = clock.frame(wall);
        let poll = if dt > 0 {
            clock::advance(&mut s, dt)
        } else {
            Poll::default()
        };
        let view = SessionView::of(&s);
        drop(s);
        let scheduled = view.scheduled;
        dispatcher.dispatch(Action::Advanced {
            poll,
            view,
            status: None,
        });
        if scheduled {
            schedule(next_slot, Some(now_ms), clock, session, dispatcher);
        }
    });
    *slot.borrow_mut() = Some(frame);
}

/// The single-step button: advance to the next scheduled event.
pub fn step(queue: &SessionQueue, dispatcher: &UseReducerDispatcher<UiState>) {
    let dispatcher = dispatcher.clone();
    queue.run(move |s| {
        let poll = clock::step(s).unwrap_or_default();
        let view = SessionView::of(s);
        Box::new(move || {
            dispatcher.dispatch(Action::Advanced {
                poll,
                view,
                status: None,
            })
        })
    });
}

/// The fast-forward button: run events until nothing is scheduled, within
/// the clock's limits; says so when a limit stopped it.
pub fn fast_forward(
    queue: &SessionQueue,
    queued: bool,
    text: &'static Text,
    dispatcher: &UseReducerDispatcher<UiState>,
) {
    let dispatcher = dispatcher.clone();
    queue.run(move |s| {
        let ff = clock::fast_forward(s, queued);
        let view = SessionView::of(s);
        let status = (!ff.settled && view.scheduled)
            .then(|| text.fast_forward_stopped(&format_sim_time(ff.advanced_ms)));
        Box::new(move || {
            dispatcher.dispatch(Action::Advanced {
                poll: ff.poll,
                view,
                status,
            })
        })
    });
}

/// Answers the editor (`Some(text)` saves) and shows what the waiting
/// command printed then (`deployment.apps/x edited`, `Edit cancelled …`).
pub fn finish_edit(
    queue: &SessionQueue,
    saved: Option<String>,
    dispatcher: &UseReducerDispatcher<UiState>,
) {
    let dispatcher = dispatcher.clone();
    queue.run(move |s| {
        s.finish_edit(saved);
        let poll = s.poll();
        let view = SessionView::of(s);
        Box::new(move || {
            dispatcher.dispatch(Action::Advanced {
                poll,
                view,
                status: None,
            })
        })
    });
}

/// Sends the line at a running job's prompt (Enter), or end of input
/// (Ctrl-D on an empty line, `line` = `None`), and shows the answer.
pub fn send_input(
    queue: &SessionQueue,
    prompt: Rc<str>,
    line: Option<String>,
    dispatcher: &UseReducerDispatcher<UiState>,
) {
    let dispatcher = dispatcher.clone();
    queue.run(move |s| {
        match &line {
            Some(l) => s.send_input(l),
            None => s.end_input(),
        }
        let poll = s.poll();
        let view = SessionView::of(s);
        Box::new(move || {
            dispatcher.dispatch(Action::InputSent {
                prompt,
                line,
                poll,
                view,
            })
        })
    });
}

/// The page's monotonic clock in ms (`performance.now()`), 0 without one.
fn wall_now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
