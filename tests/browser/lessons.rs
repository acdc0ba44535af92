//! Component tests of the lesson panel: the catalog, a step's prose
//! (Markdown as elements, never as HTML), the goal checklist with what
//! differs, hints, solution, explanation and the buttons' actions.

use std::cell::RefCell;
use std::rc::Rc;

use kubeplay::i18n::Lang;
use kubeplay::lesson::check::{Cmp, Op};
use kubeplay::lesson::eval::Marks;
use kubeplay::lesson::{parse_lesson, Active, CatalogEntry, Desk, Differs, Quantity};
use kubeplay::ui::{LessonAction, LessonPanel, LessonPanelProps, LessonView};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

use super::support::settle;

const LESSON: &str = "---
id: demo
title: Demo lesson
summary: Tiny.
minutes: 3
---

## Scale it

Run **four** copies <img src=x onerror=alert(1)>:

```sh
kubectl scale deploy/web --replicas=4
```

```yaml
kind: NotRunnable
```

```goals
- label: Four replicas are available
  check: deployment web available = 4
- label: Every Pod runs app:v2
  check: pods app=web all image app:v2
```

```hint
Use `kubectl scale`.
```

```hint
With `--replicas=4`.
```

```solution
kubectl scale deploy/web --replicas=4
```

```explain
Well **scaled**.
```

## Last

```goals
- label: Gone
  check: deployment web absent
```

```solution
kubectl delete deploy web
```
";

struct Mounted {
    host: Element,
    actions: Rc<RefCell<Vec<LessonAction>>>,
}

impl Mounted {
    fn text(&self, selector: &str) -> String {
        self.host
            .query_selector(selector)
            .unwrap()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.host.query_selector_all(selector).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .map(|n| n.dyn_into::<Element>().unwrap())
            .collect()
    }

    async fn click(&self, selector: &str, index: usize) {
        let el: HtmlElement = self.all(selector)[index].clone().dyn_into().unwrap();
        el.click();
        settle().await;
    }
}

fn catalog() -> Vec<CatalogEntry> {
    ["demo", "next"]
        .iter()
        .map(|id| CatalogEntry {
            id: id.to_string(),
            file: format!("{id}.md"),
            title: format!("Title {id}"),
            summary: "Summary".into(),
            minutes: 5,
            steps: 2,
        })
        .collect()
}

/// A desk with the demo lesson open at `step` and these goal results.
fn desk(step: usize, goals: Vec<Option<Differs>>, complete: bool, hints: usize) -> Desk {
    let mut desk = Desk {
        catalog: catalog(),
        ..Desk::default()
    };
    desk.active = Some(Active {
        lesson: Rc::new(parse_lesson(LESSON).unwrap()),
        step,
        hints_shown: hints,
        solution_shown: hints == 2,
        goals,
        complete,
        finished: false,
        marks: Marks::default(),
    });
    desk
}

async fn mount(desk: Desk, lang: Lang) -> Mounted {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let actions = Rc::new(RefCell::new(Vec::new()));
    let sink = actions.clone();
    let props = LessonPanelProps {
        view: LessonView {
            rev: (1, 1),
            lang,
            desk: Rc::new(desk),
            loading: false,
            error: None,
            notice: None,
        },
        on: yew::Callback::from(move |a| sink.borrow_mut().push(a)),
        width: None,
        on_width: yew::Callback::default(),
    };
    yew::Renderer::<LessonPanel>::with_root_and_props(host.clone(), props).render();
    settle().await;
    Mounted { host, actions }
}

#[wasm_bindgen_test]
async fn the_catalog_lists_lessons_with_progress_and_opens_one() {
    let mut d = Desk {
        catalog: catalog(),
        ..Desk::default()
    };
    d.progress.mark_done("demo", 0);
    d.progress.mark_done("demo", 1);
    let m = mount(d, Lang::En).await;
    let titles: Vec<String> = m
        .all(".kp-catalog-title")
        .iter()
        .filter_map(|e| e.text_content())
        .collect();
    assert_eq!(titles, ["Title demo", "Title next"]);
    assert_eq!(m.text(".kp-catalog-meta"), "5 min · 2 of 2 steps done");
    let labels: Vec<String> = m
        .all(".kp-catalog-open")
        .iter()
        .filter_map(|e| e.text_content())
        .collect();
    assert_eq!(labels, ["Review", "Start"]);
    m.click(".kp-catalog-open", 1).await;
    assert_eq!(*m.actions.borrow(), [LessonAction::Open("next".into())]);
}

#[wasm_bindgen_test]
async fn step_prose_is_elements_and_raw_html_stays_text() {
    let m = mount(desk(0, vec![None, None], false, 0), Lang::En).await;
    assert_eq!(m.text(".kp-lesson-step-title"), "Scale it");
    assert_eq!(m.text(".kp-lesson-body strong"), "four");
    assert!(
        m.all(".kp-lesson-body img").is_empty(),
        "markup in a lesson became an element"
    );
    assert!(m
        .text(".kp-lesson-body p")
        .contains("<img src=x onerror=alert(1)>"));
    // Only the sh block can be run; clicking sends its text to the terminal.
    assert_eq!(m.all(".kp-lesson-body .kp-lesson-run").len(), 1);
    assert_eq!(m.all(".kp-lesson-body pre").len(), 2);
    m.click(".kp-lesson-run", 0).await;
    assert_eq!(
        *m.actions.borrow(),
        [LessonAction::Run(
            "kubectl scale deploy/web --replicas=4".into()
        )]
    );
}

#[wasm_bindgen_test]
async fn unmet_goals_say_what_differs_and_next_becomes_skip() {
    let stale = Differs::StaleImages {
        stale: 2,
        total: 4,
        image: "app:v1".into(),
    };
    let short = Differs::Number {
        what: Quantity::Available,
        actual: 3,
        want: Cmp { op: Op::Eq, n: 4 },
    };
    let m = mount(desk(0, vec![Some(short), Some(stale)], false, 0), Lang::En).await;
    let differs: Vec<String> = m
        .all(".kp-goal-differs")
        .iter()
        .filter_map(|e| e.text_content())
        .collect();
    assert_eq!(
        differs,
        [
            "available replicas: 3 (goal: 4)",
            "2 of 4 Pods still run app:v1"
        ]
    );
    assert!(m.all(".kp-goal-met").is_empty());
    assert_eq!(
        m.text(".kp-lesson-stepno"),
        "Step 1 of 2 · 0 of 2 steps done"
    );
    assert!(
        m.all(".kp-lesson-explain").is_empty(),
        "no explanation before the goals hold"
    );
    assert_eq!(m.text(".kp-lesson-next"), "Skip step");
    m.click(".kp-lesson-next", 0).await;
    m.click(".kp-lesson-actions .kp-button", 0).await; // Hint
    m.click(".kp-lesson-actions .kp-button", 2).await; // Reset step
    m.click(".kp-lesson-actions .kp-button", 3).await; // Reset lesson
    assert_eq!(
        *m.actions.borrow(),
        [
            LessonAction::Skip,
            LessonAction::Hint,
            LessonAction::ResetStep,
            LessonAction::ResetLesson
        ]
    );
}

#[wasm_bindgen_test]
async fn a_complete_step_ticks_every_goal_and_explains() {
    let m = mount(desk(0, vec![None, None], true, 0), Lang::En).await;
    assert_eq!(m.all(".kp-goal-met").len(), 2);
    assert_eq!(m.text(".kp-lesson-explain strong"), "scaled");
    assert_eq!(m.text(".kp-lesson-next"), "Next step");
    m.click(".kp-lesson-next", 0).await;
    assert_eq!(*m.actions.borrow(), [LessonAction::Next]);
    let last = mount(desk(1, vec![None], true, 0), Lang::En).await;
    assert_eq!(last.text(".kp-lesson-next"), "Finish lesson");
}

#[wasm_bindgen_test]
async fn hints_and_solution_are_revealed_progressively() {
    let one = mount(desk(0, vec![None, None], false, 1), Lang::En).await;
    assert_eq!(one.all(".kp-lesson-hint").len(), 1);
    assert_eq!(one.text(".kp-lesson-hint h4"), "Hint 1 of 2");
    let hint_button: web_sys::HtmlButtonElement = one.all(".kp-lesson-actions .kp-button")[0]
        .clone()
        .dyn_into()
        .unwrap();
    assert!(!hint_button.disabled());
    let both = mount(desk(0, vec![None, None], false, 2), Lang::En).await;
    assert_eq!(both.all(".kp-lesson-hint").len(), 2);
    let buttons = both.all(".kp-lesson-actions .kp-button");
    for i in [0, 1] {
        let b: web_sys::HtmlButtonElement = buttons[i].clone().dyn_into().unwrap();
        assert!(
            b.disabled(),
            "button {i} stays enabled once everything is shown"
        );
    }
    assert_eq!(
        both.text(".kp-lesson-solution code"),
        "kubectl scale deploy/web --replicas=4"
    );
}

#[wasm_bindgen_test]
async fn the_panel_speaks_the_learners_language() {
    // Japanese is not compiled into the wasm: the page fetches this file.
    kubeplay::i18n::served::install(Lang::Ja, include_str!("../../static/text/ui.ja.json"))
        .unwrap();
    let m = mount(desk(0, vec![None, None], false, 0), Lang::Ja).await;
    assert_eq!(
        m.text(".kp-lesson-stepno"),
        "ステップ 1/2 · 2ステップ中0ステップ完了"
    );
    assert_eq!(m.text(".kp-lesson-next"), "ステップを飛ばす");
    assert_eq!(m.text(".kp-lesson-back"), "← レッスン一覧");
}

/// A click event with `detail` (1 for a click, 2 for the second click of
/// a double click, as the browser numbers them).
fn click_with_detail(el: &Element, detail: i32) {
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_detail(detail);
    let ev = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    el.dispatch_event(&ev).unwrap();
}

#[wasm_bindgen_test]
async fn the_second_click_of_a_double_click_on_next_is_dropped() {
    let m = mount(desk(0, vec![None], true, 0), Lang::En).await;
    let next = m.all(".kp-lesson-next")[0].clone();
    assert_eq!(next.text_content().unwrap(), "Next step");
    click_with_detail(&next, 1);
    click_with_detail(&next, 2);
    settle().await;
    assert_eq!(*m.actions.borrow(), vec![LessonAction::Next]);
}

#[wasm_bindgen_test]
async fn code_blocks_keep_every_token_whole() {
    let m = mount(desk(0, vec![None], false, 0), Lang::En).await;
    let tokens: Vec<String> = m
        .all(".kp-lesson-pre .kp-tok")
        .iter()
        .filter_map(|e| e.text_content())
        .collect();
    assert!(tokens.contains(&"deploy/web".to_string()), "{tokens:?}");
    assert!(tokens.contains(&"--replicas=4".to_string()), "{tokens:?}");
    assert!(tokens.iter().all(|t| !t.contains(' ')));
    assert_eq!(
        m.text(".kp-lesson-code .kp-lesson-pre"),
        "kubectl scale deploy/web --replicas=4"
    );
}
