//! The lesson catalog inside the lesson panel: every lesson with its
//! title, summary, minutes and progress, and a Start / Continue / Review
//! button. Renders only; clicks become `LessonAction::Open`.

use yew::prelude::*;

use super::lesson_panel::{emit, LessonAction, LessonView};
use crate::i18n::Text;

/// The catalog (or a loading line until it has arrived).
pub fn catalog(view: &LessonView, t: &'static Text, on: &Callback<LessonAction>) -> Html {
    let desk = &view.desk;
    let items = desk.catalog.iter().map(|e| {
        let p = desk.progress.of(&e.id);
        let done = p.done.len().min(e.steps);
        let (label, state) = match (done, e.steps) {
            (d, n) if n > 0 && d >= n => (t.review_lesson, "kp-catalog-done"),
            (0, _) if p.step == 0 => (t.start_lesson, "kp-catalog-new"),
            _ => (t.continue_lesson, "kp-catalog-started"),
        };
        let minutes =
            (e.minutes > 0).then(|| html! { <span>{ t.minutes(e.minutes) }{ " · " }</span> });
        html! {
            <li class={classes!("kp-catalog-item", state)}>
                <h3 class="kp-catalog-title">{ e.title.clone() }</h3>
                <p class="kp-catalog-summary">{ e.summary.clone() }</p>
                <p class="kp-catalog-meta">{ for minutes }{ t.steps_done(done, e.steps) }</p>
                <button type="button" class="kp-button kp-catalog-open"
                    aria-label={format!("{label}: {}", e.title)}
                    onclick={emit(on, LessonAction::Open(e.id.clone()))}>{ label }</button>
            </li>
        }
    });
    let loading = (view.loading && desk.catalog.is_empty())
        .then(|| html! { <p class="kp-lessons-loading">{ t.loading }</p> });
    html! {
        <div class="kp-catalog">
            <h2 class="kp-lessons-title" tabindex="-1">{ t.lessons }</h2>
            <p class="kp-lessons-intro">{ t.lessons_intro }</p>
            { for loading }
            <ol class="kp-catalog-list">{ for items }</ol>
        </div>
    }
}
