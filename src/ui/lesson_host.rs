//! `use_lessons`: the side effects behind the lesson panel. It fetches
//! the catalog and lesson files of the current language, restores and
//! saves progress, carries out the desk's requests (open, reset, skip —
//! typed in the terminal or clicked), re-checks goals after every render
//! (so after each command and each frame of simulated time) and hands the
//! panel a fresh [`LessonView`] when something changed.
//!
//! It also boots the playground as its address asks (`lesson=`, `step=`,
//! then the preset `commands=`) once the catalog is known, and resets it
//! to that state when the embedding page asks.
//!
//! The lesson state itself lives in the session's world (`lesson::Desk`),
//! so the terminal commands and the panel always agree. Every session
//! borrow here is short and released before dispatching.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

mod boot;

use super::lesson_fetch::fetch_text;
use super::lesson_panel::{LessonAction, LessonView};
use super::lesson_store;
use super::state::{Action, SessionView, UiState};
use crate::embed::params::Params;
use crate::i18n::Lang;
use crate::lesson::desk::with_desk;
use crate::lesson::{catalog, commands, parse_lesson, play, Next, Request};
use crate::session::{Poll, Session};
use crate::share::Event;
use crate::shell::Chunk;

mod restore;

/// What the hook keeps between renders besides the desk.
#[derive(Default)]
struct Host {
    booted: bool,
    /// Fetches in flight.
    loading: usize,
    error: Option<String>,
    /// Saved progress was unreadable and was thrown away.
    notice: bool,
    /// Bumped when the fields above change.
    rev: u64,
    /// The progress text last written to storage.
    saved: String,
    /// A shared or saved session is being rebuilt (its lesson fetched).
    restoring: bool,
    shown: Option<(u64, u64, Lang)>,
    /// The step whose completion the terminal was last told of.
    announced: Option<(String, usize)>,
}

/// Everything an effect, a click or a finished fetch needs.
#[derive(Clone)]
struct Shared {
    session: Rc<RefCell<Session>>,
    host: Rc<RefCell<Host>>,
    view: UseStateHandle<LessonView>,
    dispatcher: UseReducerDispatcher<UiState>,
    base: AttrValue,
    key: AttrValue,
    /// What the address asks for at boot and after a reset.
    boot: Rc<Params>,
    /// Told when booting is done, with the open lesson and step.
    on_ready: Callback<Option<(String, usize)>>,
}

/// The panel's view and its action callback.
pub struct LessonsHandle {
    pub view: LessonView,
    pub on: Callback<LessonAction>,
    /// A fresh sandbox, then the address's lesson and commands again.
    pub reset: Callback<()>,
}

/// What the hook needs besides the session and the UI state.
pub struct LessonsConfig {
    pub lang: Lang,
    /// Where lesson files are fetched from.
    pub base: AttrValue,
    /// The localStorage key of the progress.
    pub key: AttrValue,
    pub boot: Rc<Params>,
    pub on_ready: Callback<Option<(String, usize)>>,
}

#[hook]
pub fn use_lessons(
    session: Rc<RefCell<Session>>,
    state: &UseReducerHandle<UiState>,
    config: LessonsConfig,
) -> LessonsHandle {
    let LessonsConfig {
        lang,
        base,
        key,
        boot,
        on_ready,
    } = config;
    let view = use_state(|| LessonView::empty(lang));
    let host = use_mut_ref(Host::default);
    let shared = Shared {
        session,
        host,
        view: view.clone(),
        dispatcher: state.dispatcher(),
        base,
        key,
        boot,
        on_ready,
    };
    {
        let shared = shared.clone();
        use_effect_with(lang, move |lang| shared.language(*lang));
    }
    {
        let shared = shared.clone();
        use_effect(move || shared.sync());
    }
    let reset = {
        let shared = shared.clone();
        Callback::from(move |()| shared.reset())
    };
    let on = Callback::from(move |action| shared.act(action));
    LessonsHandle {
        view: (*view).clone(),
        on,
        reset,
    }
}

impl Shared {
    /// On mount and on every language change: the desk speaks `lang`, the
    /// catalog is fetched, an open lesson is swapped for its translation,
    /// and on the first run the saved progress is restored.
    fn language(&self, lang: Lang) {
        if let Ok(mut s) = self.session.try_borrow_mut() {
            s.world_mut().lesson_mut().lang = lang;
        }
        let first = !std::mem::replace(&mut self.host.borrow_mut().booted, true);
        if first {
            let (progress, corrupt) = lesson_store::load(&self.key);
            if let Ok(mut s) = self.session.try_borrow_mut() {
                s.world_mut().lesson_mut().progress = progress;
            }
            let mut host = self.host.borrow_mut();
            host.notice = corrupt;
            host.rev += 1;
        }
        let me = self.clone();
        self.spawn(async move {
            let url = format!("{}{}/catalog.json", me.base, lang.tag());
            let entries = fetch_text(&url).await.and_then(|t| catalog::decode(&t));
            let translate = {
                let Ok(mut s) = me.session.try_borrow_mut() else {
                    return;
                };
                let mut world = s.world_mut();
                if world.lesson().lang != lang {
                    return; // another language was picked meanwhile
                }
                match entries {
                    Ok(entries) => world.lesson_mut().catalog = entries,
                    Err(e) => me.fail(e),
                }
                world.lesson_mut().revision += 1;
                world.lesson().active.as_ref().map(|a| a.lesson.id.clone())
            };
            match translate {
                Some(id) => me.translate(id).await,
                None if first => me.boot(true).await,
                None => {}
            }
        });
    }

    /// Runs `f` with the loading count raised, then renders.
    fn spawn(&self, f: impl std::future::Future<Output = ()> + 'static) {
        self.bump(|h| h.loading += 1);
        let me = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            f.await;
            me.bump(|h| h.loading = h.loading.saturating_sub(1));
            me.sync();
        });
    }

    fn bump(&self, f: impl FnOnce(&mut Host)) {
        let mut host = self.host.borrow_mut();
        f(&mut host);
        host.rev += 1;
    }

    fn fail(&self, error: String) {
        self.bump(|h| h.error = Some(error));
    }

    /// Fetches and parses lesson `id` of the desk's language.
    async fn fetch_lesson(&self, id: &str) -> Option<crate::lesson::Lesson> {
        let (file, lang) = {
            let s = self.session.try_borrow().ok()?;
            let world = s.world();
            let desk = world.lesson();
            (desk.find(id)?.file.clone(), desk.lang)
        };
        let url = format!("{}{}/{file}", self.base, lang.tag());
        match fetch_text(&url).await.map(|t| parse_lesson(&t)) {
            Ok(Ok(lesson)) => Some(lesson),
            Ok(Err(e)) => {
                self.fail(format!("{url}: {e}"));
                None
            }
            Err(e) => {
                self.fail(e);
                None
            }
        }
    }

    /// Opens lesson `id` at `step` in a fresh world.
    async fn open(&self, id: String, step: usize) {
        let Some(lesson) = self.fetch_lesson(&id).await else {
            return;
        };
        self.replace_world(|s| play::open(s, Rc::new(lesson), step));
    }

    /// Swaps the open lesson for its text in the current language.
    async fn translate(&self, id: String) {
        let Some(lesson) = self.fetch_lesson(&id).await else {
            return;
        };
        if let Ok(mut s) = self.session.try_borrow_mut() {
            s.world_mut().lesson_mut().translate(Rc::new(lesson));
        }
    }

    /// Stops a running command, runs `f` (which replaces the world), and
    /// tells the terminal where the learner now is.
    fn replace_world(&self, f: impl FnOnce(&mut Session) -> Result<(), play::PlayError>) {
        let Ok(mut s) = self.session.try_borrow_mut() else {
            return;
        };
        if s.is_busy() {
            let poll = s.interrupt();
            let view = SessionView::of(&s);
            self.dispatcher.dispatch(Action::Interrupted { poll, view });
        }
        let result = f(&mut s);
        let header = {
            let w = s.world();
            let desk = w.lesson();
            let title = desk.active.as_ref().map_or("", |a| a.lesson.title.as_str());
            format!(
                "# {title} — {}",
                commands::step_header(desk, desk.lang.text())
            )
        };
        let view = SessionView::of(&s);
        drop(s);
        if let Err(e) = result {
            self.fail(e.to_string());
        }
        let poll = Poll {
            output: vec![Chunk::Out(header)],
            finished: None,
        };
        self.dispatcher.dispatch(Action::Advanced {
            poll,
            view,
            status: None,
        });
    }

    /// After every render: carry out a pending request, re-check goals,
    /// save progress, and refresh the panel if anything changed.
    fn sync(&self) {
        let request = {
            let Ok(mut s) = self.session.try_borrow_mut() else {
                return;
            };
            if s.is_busy() {
                None
            } else {
                self.take_request(&mut s)
            }
        };
        match request {
            Some(Request::Restore(snap)) => self.restore(snap),
            Some(Request::Open { id, step }) => {
                let me = self.clone();
                self.spawn(async move { me.open(id, step).await });
            }
            Some(request) => self.replace_world(|s| play::perform(s, request).map(|_| ())),
            None => {}
        }
        let Ok(mut s) = self.session.try_borrow_mut() else {
            return;
        };
        with_desk(&mut s.world_mut(), |desk, world| desk.refresh(world));
        let busy = s.is_busy();
        let world = s.world();
        let desk = world.lesson();
        let mut host = self.host.borrow_mut();
        // A step just completed: one line in the terminal, where the
        // learner is looking, once the command that did it has ended.
        let done = desk
            .active
            .as_ref()
            .filter(|a| a.complete && !a.finished)
            .filter(|a| a.current().is_some_and(|step| !step.goals.is_empty()))
            .map(|a| (a.lesson.id.clone(), a.step));
        let announce = (!busy && done.is_some() && host.announced != done).then(|| {
            host.announced = done;
            desk.lang.text().step_done_line
        });
        if let Some(line) = announce {
            self.dispatcher.dispatch(Action::Note(line.to_string()));
        }
        let progress = desk.progress.encode();
        if progress != host.saved {
            lesson_store::save(&self.key, &desk.progress);
            host.saved = progress;
        }
        let key = (desk.revision, host.rev, desk.lang);
        if host.shown == Some(key) {
            return;
        }
        host.shown = Some(key);
        let view = LessonView {
            rev: (desk.revision, host.rev),
            lang: desk.lang,
            desk: Rc::new(desk.clone()),
            loading: host.loading > 0,
            error: host.error.clone(),
            notice: host.notice.then_some(desk.lang.text().progress_reset),
        };
        drop(host);
        drop(world);
        drop(s);
        self.view.set(view);
    }

    /// A click in the panel.
    fn act(&self, action: LessonAction) {
        let dismiss = action == LessonAction::DismissNotice;
        if let LessonAction::Run(text) = action {
            self.dispatcher.dispatch(Action::Paste(format!("{text}\n")));
            return;
        }
        let open = {
            let Ok(mut s) = self.session.try_borrow_mut() else {
                return;
            };
            let mut world = s.world_mut();
            let now = world.cluster.now_ms();
            let (open, event) = with_desk(&mut world, |desk, world| match action {
                LessonAction::Open(id) => (Some((desk.resume_step(&id), id)), None),
                LessonAction::Close => {
                    let was_open = desk.active.is_some();
                    desk.close();
                    (None, was_open.then_some(Event::Close))
                }
                LessonAction::Hint => {
                    desk.hint();
                    (None, None)
                }
                LessonAction::Solution => {
                    desk.show_solution();
                    (None, None)
                }
                LessonAction::ResetStep | LessonAction::ResetLesson | LessonAction::Skip => {
                    desk.ask(match action {
                        LessonAction::ResetStep => Request::ResetStep,
                        LessonAction::ResetLesson => Request::ResetLesson,
                        _ => Request::Skip,
                    });
                    (None, None)
                }
                LessonAction::Next => match desk.next(world) {
                    Next::NextLesson(Some(id)) => (Some((desk.resume_step(&id), id)), None),
                    Next::Advanced | Next::Finished => (None, Some(Event::Next)),
                    _ => (None, None),
                },
                LessonAction::DismissNotice | LessonAction::Run(_) => (None, None),
            });
            // The panel's moves are part of the session a link rebuilds.
            if let Some(event) = event {
                world.replay_mut().record(now, event);
            }
            open
        };
        if dismiss {
            self.bump(|h| h.notice = false);
        }
        match open {
            Some((step, id)) => {
                self.bump(|h| h.error = None);
                let me = self.clone();
                self.spawn(async move { me.open(id, step).await });
            }
            None => {
                // Resets and skips wait for a free session: interrupt now.
                self.interrupt_for_request();
                self.sync();
            }
        }
    }

    /// A reset or skip clicked while a command runs stops the command.
    fn interrupt_for_request(&self) {
        let Ok(mut s) = self.session.try_borrow_mut() else {
            return;
        };
        if s.is_busy() && s.world().lesson().request.is_some() {
            let poll = s.interrupt();
            let view = SessionView::of(&s);
            drop(s);
            self.dispatcher.dispatch(Action::Interrupted { poll, view });
        }
    }
}
