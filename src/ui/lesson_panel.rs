//! The lesson panel beside the terminal: the catalog when no lesson is
//! open; otherwise the lesson's title, a progress bar, the step's text,
//! its goal checklist (each unmet goal says what differs), revealed hints,
//! the solution, the explanation once the step is done, and the buttons
//! hint / show solution / reset step / reset lesson / next. It only
//! renders [`LessonView`] and reports clicks as [`LessonAction`]s; the
//! host hook (`lesson_host`) does the work.

use std::rc::Rc;

use yew::prelude::*;

use super::layout::use_lessons_width;
use super::lesson_catalog::catalog;
use super::lesson_markdown::{blocks, runnable};
use crate::i18n::{Lang, Text};
use crate::lesson::{Active, Desk, Step};

/// What the panel shows: a snapshot of the session's lesson desk plus
/// the host's own state (loading, errors, notices).
#[derive(Clone, Debug)]
pub struct LessonView {
    /// Changes whenever anything below does (compared instead of the desk).
    pub rev: (u64, u64),
    pub lang: Lang,
    pub desk: Rc<Desk>,
    pub loading: bool,
    pub error: Option<String>,
    /// A one-off message (saved progress was unreadable).
    pub notice: Option<&'static str>,
}

impl PartialEq for LessonView {
    fn eq(&self, other: &Self) -> bool {
        self.rev == other.rev && self.lang == other.lang
    }
}

impl LessonView {
    pub fn empty(lang: Lang) -> Self {
        LessonView {
            rev: (0, 0),
            lang,
            desk: Rc::default(),
            loading: true,
            error: None,
            notice: None,
        }
    }
}

/// A click in the panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LessonAction {
    Open(String),
    Close,
    Hint,
    Solution,
    ResetStep,
    ResetLesson,
    Next,
    Skip,
    /// Run these commands in the terminal (a ` ```sh ` block).
    Run(String),
    DismissNotice,
}

#[derive(Properties, PartialEq)]
pub struct LessonPanelProps {
    pub view: LessonView,
    pub on: Callback<LessonAction>,
    /// The width the learner last dragged the panel to (CSS px).
    #[prop_or_default]
    pub width: Option<u16>,
    /// A new dragged width.
    #[prop_or_default]
    pub on_width: Callback<u16>,
}

#[function_component(LessonPanel)]
pub fn lesson_panel(p: &LessonPanelProps) -> Html {
    let t = p.view.lang.text();
    let panel = use_node_ref();
    use_lessons_width(&panel, p.width, p.on_width.clone());
    // A click that moves the learner (Start, Next, Skip, All lessons) asks
    // for the focus to follow: to the new step's heading, the lesson's
    // title or the catalog's, once they are drawn. Moves typed in the
    // terminal (`next`) leave the focus at the prompt.
    let follow = use_mut_ref(|| false);
    let on = {
        let (on, follow) = (p.on.clone(), follow.clone());
        Callback::from(move |action: LessonAction| {
            if matches!(
                action,
                LessonAction::Open(_)
                    | LessonAction::Next
                    | LessonAction::Skip
                    | LessonAction::Close
            ) {
                *follow.borrow_mut() = true;
            }
            on.emit(action);
        })
    };
    let active = p.view.desk.active.as_ref();
    let place = active.map(|a| (a.lesson.id.clone(), a.step));
    {
        let (panel, follow) = (panel.clone(), follow.clone());
        use_effect_with(place.clone(), move |place| {
            if std::mem::take(&mut *follow.borrow_mut()) {
                let target = match place {
                    Some((_, 0)) | None => ".kp-lesson-title, .kp-lessons-title",
                    Some(_) => ".kp-lesson-step-title",
                };
                focus_quietly(&panel, target);
            }
        });
    }
    {
        // The step's completion (its explanation and Next) scrolls into
        // the panel's view: below the fold it went unnoticed.
        let complete = active.is_some_and(|a| a.complete);
        let panel = panel.clone();
        use_effect_with((place, complete), move |(_, complete)| {
            if *complete {
                reveal(&panel, ".kp-lesson-actions");
            }
        });
    }
    let p = &LessonPanelProps {
        view: p.view.clone(),
        on,
        width: p.width,
        on_width: p.on_width.clone(),
    };
    let notice = p.view.notice.map(|n| {
        html! {
            <p class="kp-lesson-notice" role="status">
                { n }
                <button type="button" class="kp-button kp-lesson-dismiss" aria-label="OK"
                    onclick={emit(&p.on, LessonAction::DismissNotice)}>{ "OK" }</button>
            </p>
        }
    });
    let error = p.view.error.as_ref().map(|e| {
        html! { <p class="kp-lesson-error" role="alert">{ t.load_failed(e) }</p> }
    });
    let body = match p.view.desk.active.as_ref() {
        Some(active) => lesson(active, &p.view.desk, t, &p.on),
        None => catalog(&p.view, t, &p.on),
    };
    html! {
        <aside class="kp-lessons" aria-label={t.lessons} ref={panel}>
            { for notice }
            { for error }
            { body }
        </aside>
    }
}

/// A callback that emits `action` on click.
pub fn emit(on: &Callback<LessonAction>, action: LessonAction) -> Callback<MouseEvent> {
    let on = on.clone();
    Callback::from(move |_: MouseEvent| on.emit(action.clone()))
}

/// Like [`emit`], for the button that changes under the pointer (Next
/// step becomes Skip step): the second click of a double click is
/// dropped, so it never skips a step the learner has not seen.
fn single_click(on: &Callback<LessonAction>, action: LessonAction) -> Callback<MouseEvent> {
    let on = on.clone();
    Callback::from(move |e: MouseEvent| {
        if e.detail() <= 1 {
            on.emit(action.clone());
            return;
        }
        // The second press focused the button again (now Skip step):
        // give the focus back to the step's heading, where the first put it.
        let heading = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|t| t.closest(".kp-lesson").ok().flatten())
            .and_then(|l| l.query_selector(".kp-lesson-step-title").ok().flatten())
            .and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok());
        if let Some(h) = heading {
            let _ = h.focus();
        }
    })
}

/// Focuses the first element matching `selector` inside the panel (only
/// after a click in the panel, so an embedding page never jumps to its
/// frame on its own).
fn focus_quietly(panel: &NodeRef, selector: &str) {
    if let Some(el) = find(panel, selector) {
        let _ = el.focus();
    }
}

fn find(panel: &NodeRef, selector: &str) -> Option<web_sys::HtmlElement> {
    panel
        .cast::<web_sys::Element>()?
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
}

/// Scrolls the panel (only the panel) so the element matching `selector`
/// is in view.
fn reveal(panel: &NodeRef, selector: &str) {
    let (Some(scroller), Some(el)) = (panel.cast::<web_sys::HtmlElement>(), find(panel, selector))
    else {
        return;
    };
    let (outer, inner) = (
        scroller.get_bounding_client_rect(),
        el.get_bounding_client_rect(),
    );
    let below = inner.bottom() - outer.bottom();
    let above = outer.top() - inner.top();
    if below > 0.0 {
        scroller.set_scroll_top(scroller.scroll_top() + below.ceil() as i32 + 8);
    } else if above > 0.0 {
        scroller.set_scroll_top(scroller.scroll_top() - above.ceil() as i32);
    }
}

fn lesson(a: &Active, desk: &Desk, t: &'static Text, on: &Callback<LessonAction>) -> Html {
    let total = a.lesson.steps.len();
    let done = desk.progress.of(&a.lesson.id).done.len().min(total);
    let run = on.reform(LessonAction::Run);
    let Some(step) = a.current() else {
        return Html::default();
    };
    html! {
        <div class="kp-lesson">
            <div class="kp-lesson-head">
                <button type="button" class="kp-button kp-lesson-back"
                    onclick={emit(on, LessonAction::Close)}>{ "← " }{ t.all_lessons }</button>
                <h2 class="kp-lesson-title" tabindex="-1">{ a.lesson.title.clone() }</h2>
                <progress class="kp-lesson-progress" max={total.to_string()} value={done.to_string()}
                    aria-label={t.lesson_progress}>{ t.steps_done(done, total) }</progress>
                <p class="kp-lesson-stepno">{ t.step_of(a.step + 1, total) }
                    { " · " }{ t.steps_done(done, total) }</p>
            </div>
            <h3 class="kp-lesson-step-title" tabindex="-1">{ step.title.clone() }</h3>
            <div class="kp-lesson-body">{ blocks(&step.body, t, &run) }</div>
            { goals(a, step, t) }
            { help(a, step, t, &run) }
            { actions(a, step, desk, t, on) }
        </div>
    }
}

fn goals(a: &Active, step: &Step, t: &'static Text) -> Html {
    if step.goals.is_empty() {
        return Html::default();
    }
    let items = step.goals.iter().enumerate().map(|(i, goal)| {
        let differs = a.goals.get(i).cloned().flatten();
        let met = a.complete || (a.goals.len() == step.goals.len() && differs.is_none());
        let detail = differs
            .filter(|_| !met)
            .map(|d| html! { <span class="kp-goal-differs">{ t.differs(&d) }</span> });
        html! {
            <li class={classes!("kp-goal", met.then_some("kp-goal-met"))}>
                <span class="kp-goal-mark" aria-hidden="true">{ if met { "✓" } else { "○" } }</span>
                <span class="kp-goal-text">
                    <span class="kp-goal-label">{ goal.label.clone() }</span>
                    <span class="kp-visually-hidden">{ " — " }{ if met { t.goal_met } else { t.goal_open } }</span>
                    { for detail }
                </span>
            </li>
        }
    });
    html! {
        <section class="kp-lesson-goals" aria-label={t.goals}>
            <h4 class="kp-lesson-subhead">{ t.goals }</h4>
            <ul class="kp-goal-list" aria-live="polite">{ for items }</ul>
        </section>
    }
}

/// Revealed hints, the solution once asked for, the explanation once done.
fn help(a: &Active, step: &Step, t: &'static Text, run: &Callback<String>) -> Html {
    let hints = step
        .hints
        .iter()
        .take(a.hints_shown)
        .enumerate()
        .map(|(i, h)| {
            html! {
                <div class="kp-lesson-hint">
                    <h4 class="kp-lesson-subhead">{ t.hint_title(i + 1, step.hints.len()) }</h4>
                    { blocks(h, t, run) }
                </div>
            }
        });
    let solution = a.solution_shown.then(|| {
        html! {
            <div class="kp-lesson-solution">
                <h4 class="kp-lesson-subhead">{ t.solution }</h4>
                { runnable(&step.solution.join("\n"), t, run) }
            </div>
        }
    });
    let explain = a.complete.then(|| {
        html! {
            <div class="kp-lesson-explain" role="status">
                <h4 class="kp-lesson-subhead">{ "✓ " }{ t.step_complete }</h4>
                { blocks(&step.explain, t, run) }
            </div>
        }
    });
    let finished = a
        .finished
        .then(|| html! { <p class="kp-lesson-done" role="status">{ t.lesson_complete }</p> });
    html! { <>{ for hints }{ for solution }{ for explain }{ for finished }</> }
}

fn actions(
    a: &Active,
    step: &Step,
    desk: &Desk,
    t: &'static Text,
    on: &Callback<LessonAction>,
) -> Html {
    let last = a.step + 1 >= a.lesson.steps.len();
    let ready = a.complete || step.goals.is_empty();
    let has_next_lesson = desk
        .catalog
        .iter()
        .position(|e| e.id == a.lesson.id)
        .is_some_and(|i| i + 1 < desk.catalog.len());
    let (label, action, enabled) = match (a.finished, ready, last) {
        (true, _, _) => (t.next_lesson, LessonAction::Next, has_next_lesson),
        (false, true, true) => (t.finish_lesson, LessonAction::Next, true),
        (false, true, false) => (t.next_step, LessonAction::Next, true),
        (false, false, _) => (t.skip_step, LessonAction::Skip, true),
    };
    let no_hint = a.hints_shown >= step.hints.len();
    let no_solution = step.solution.is_empty() || a.solution_shown;
    html! {
        <div class="kp-lesson-actions">
            <button type="button" class="kp-button" disabled={no_hint}
                onclick={emit(on, LessonAction::Hint)}>{ t.hint }</button>
            <button type="button" class="kp-button" disabled={no_solution}
                onclick={emit(on, LessonAction::Solution)}>{ t.show_solution }</button>
            <button type="button" class="kp-button"
                onclick={emit(on, LessonAction::ResetStep)}>{ t.reset_step }</button>
            <button type="button" class="kp-button"
                onclick={emit(on, LessonAction::ResetLesson)}>{ t.reset_lesson }</button>
            <button type="button" class={classes!("kp-button", "kp-lesson-next", ready.then_some("kp-lesson-ready"))}
                disabled={!enabled} onclick={single_click(on, action)}>{ label }</button>
        </div>
    }
}
