//! The root component of one playground: owns the session (in a mutable
//! ref: cloning a big cluster on every change would be too slow) and the
//! UI state (one reducer), wires the driver hooks, history storage, the
//! toolbar, the cluster view and the editor, hands the language's words
//! down as a context, and lays out the page.
//!
//! Several playgrounds on one page are independent: nothing here is
//! global except an instance number used to keep element ids unique.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use super::driver::{self, use_frame_loop, use_runner};
use super::embed_bridge::{use_embed_bridge, Bridge};
use super::file_editor::FileEditorPanel;
use super::language::{self, LanguagePicker};
use super::layout::{self, PanelToggles, Panels};
use super::lesson_host::{use_lessons, LessonsConfig};
use super::lesson_panel::LessonPanel;
use super::observe::use_observer;
use super::screen::{NamesHandle, ScreenHandle};
use super::session_actions;
use super::session_controls::SessionControls;
use super::session_queue::SessionQueue;
use super::session_store::{self, use_session_saver};
use super::state::{Action, Completer, SessionView, Theme, UiState};
use super::terminal::{KeyPress, Terminal};
use super::toolbar::Toolbar;
use super::view::ClusterView;
use super::wait_hint::WaitHint;
use super::words::Words;
use crate::console::complete::word_context;
use crate::console::file_editor::Flavor;
use crate::console::live::{live_candidates, Candidates};
use crate::console::{Console, Key};
use crate::embed::message::{Event, Request as EmbedRequest};
use crate::embed::params::{Params, ThemeParam};
use crate::lesson::Request;
use crate::scene::links::Names;
use crate::session::Session;

/// The fixed seed of a fresh sandbox, so every reader sees the same cluster.
const SANDBOX_SEED: u64 = 1;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// localStorage key of the command history.
    #[prop_or_else(|| browser::HISTORY_KEY_DEFAULT.into())]
    pub history_key: AttrValue,
    /// localStorage key of the lesson progress.
    #[prop_or_else(|| super::lesson_store::PROGRESS_KEY_DEFAULT.into())]
    pub progress_key: AttrValue,
    /// localStorage key of the saved session (replay log and settings).
    #[prop_or_else(|| super::session_store::SESSION_KEY_DEFAULT.into())]
    pub session_key: AttrValue,
    /// localStorage key of the panels shown (lesson panel, cluster view).
    #[prop_or_else(|| layout::LAYOUT_KEY_DEFAULT.into())]
    pub layout_key: AttrValue,
    /// Where `lessons/<lang>/…` files are fetched from.
    #[prop_or_else(|| super::LESSONS_BASE_DEFAULT.into())]
    pub lessons_base: AttrValue,
    /// Focus the prompt once mounted (the first playground of a page).
    #[prop_or(true)]
    pub autofocus: bool,
    /// What the page's address asks for (lesson, theme, compact chrome,
    /// preset commands …), already checked.
    #[prop_or_default]
    pub params: Rc<Params>,
    /// Typed into the static page's prompt before the app started.
    #[prop_or_default]
    pub early_input: AttrValue,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let boot = {
        let (key, per_tab) = (props.session_key.clone(), !props.params.embed);
        use_memo((), move |_| session_store::boot(&key, per_tab))
    };
    let session: Rc<RefCell<Session>> = {
        let boot = Rc::clone(&boot);
        use_mut_ref(move || {
            let mut s = Session::new(SANDBOX_SEED);
            let mut world = s.world_mut();
            world.replay_mut().set_page_url(&session_store::page_url());
            // Rebuilt once the lesson host has the catalog (see lesson_host).
            world.lesson_mut().request = boot
                .snapshot
                .clone()
                .map(|snap| Request::Restore(Rc::new(snap)));
            drop(world);
            s
        })
    };
    let instance = *use_state(super::next_instance);
    let state = {
        let key = props.history_key.clone();
        let asked = props.params.theme;
        let settings = boot.settings.clone();
        use_reducer(move || {
            // The address's theme, else the one saved, else the system's.
            let dark = asked
                .map(|t| t == ThemeParam::Dark)
                .or(settings.dark)
                .unwrap_or_else(|| browser::media_matches("(prefers-color-scheme: dark)"));
            let theme = if dark { Theme::Dark } else { Theme::Light };
            let motion = settings
                .reduced_motion
                .unwrap_or_else(|| browser::media_matches("(prefers-reduced-motion: reduce)"));
            let mut ui = UiState::new(browser::load_history(&key), theme, motion, Completer::new());
            if let Some(speed) = settings.speed {
                ui.clock.set_speed_index(speed);
            }
            ui
        })
    };
    let not_saved = use_session_saver(
        session.clone(),
        &boot,
        session_actions::settings_of(&state),
        state.dispatcher(),
    );
    let texts_ready = super::help_texts::use_help_texts();
    let idle = use_runner(session.clone(), state.clone(), texts_ready);
    let queue = {
        let session = session.clone();
        (*use_memo((), move |_| SessionQueue::new(session))).clone()
    };
    use_frame_loop(session.clone(), &state);
    let language = language::use_language(
        props.params.lang,
        act(&state.dispatcher(), |line| Action::Notices(vec![line])),
    );
    let lang = language.lang;
    let bridge = {
        let params = Rc::clone(&props.params);
        use_memo((), move |_| Bridge::new(&params))
    };
    let on_ready = {
        let bridge = Rc::clone(&bridge);
        Callback::from(move |lesson| bridge.post(&Event::Ready { lesson }))
    };
    let lessons = use_lessons(
        session.clone(),
        &state,
        LessonsConfig {
            lang,
            base: props.lessons_base.clone(),
            key: props.progress_key.clone(),
            boot: Rc::clone(&props.params),
            on_ready,
        },
    );
    let on_request = {
        let (d, reset) = (state.dispatcher(), lessons.reset.clone());
        Callback::from(move |request| match request {
            EmbedRequest::Run(line) => d.dispatch(Action::RunLine(line)),
            EmbedRequest::Reset => reset.emit(()),
        })
    };
    use_embed_bridge(bridge, session.clone(), &state, on_request);
    let text = lang.text();
    {
        let (key, console) = (props.history_key.clone(), state.console.clone());
        use_effect_with(console.history().revision(), move |_| {
            if console.history().revision() > 0 {
                browser::save_history(&key, console.history());
            }
        });
    }
    {
        let autofocus = props.autofocus;
        let early = props.early_input.clone();
        let (notices, boot, session, d) = (
            props.params.notices.clone(),
            Rc::clone(&boot),
            session.clone(),
            state.dispatcher(),
        );
        use_effect_with((), move |_| {
            if !notices.is_empty() {
                d.dispatch(Action::Notices(notices));
            }
            if autofocus {
                focus_first_input();
            }
            // Keys typed before the engine was ready: as if pasted now
            // (complete lines run, the rest waits at the prompt).
            if !early.is_empty() {
                d.dispatch(Action::Paste(early.to_string()));
            }
            session_actions::tell_notice(&boot, &session, text, &d);
            browser::mark_prompt_ready();
        });
    }
    let share_url = use_state(|| None::<AttrValue>);
    let panels = {
        let key = props.layout_key.clone();
        use_state(move || layout::load(&key, browser::media_matches(layout::PHONE_QUERY)))
    };
    let on_panels = {
        let (panels, key) = (panels.clone(), props.layout_key.clone());
        Callback::from(move |p: Panels| {
            layout::save(&key, p);
            panels.set(p);
        })
    };
    // A dragged lesson panel width, remembered with the panels; one
    // callback per layout, so the panel does not re-render with every frame.
    let on_lessons_width = {
        let on_panels = on_panels.clone();
        use_callback(*panels, move |w: u16, p: &Panels| {
            if p.lessons_width != Some(w) {
                on_panels.emit(Panels {
                    lessons_width: Some(w),
                    ..*p
                });
            }
        })
    };

    let observed = use_observer(session.clone(), state.session.changes);
    let names = {
        let model = Rc::clone(&observed.model);
        use_memo(observed.seq, move |_| Names::of(&model))
    };

    let on_key = {
        let (state, session, queue) = (state.clone(), session.clone(), queue.clone());
        Callback::from(move |press: KeyPress| {
            if !state.console.claims(press.key, press.selection) {
                return false;
            }
            let live = match press.key {
                Key::Tab => session
                    .try_borrow()
                    .map(|s| tab_candidates(&s, &state.console))
                    .unwrap_or_default(),
                _ => Candidates::default(),
            };
            // A running job waits for a typed line (a shell inside a
            // container): Enter sends the line to it, Ctrl-D on an empty
            // line ends its input; every other key edits the line as usual.
            if let Some(prompt) = state.session.input_prompt.clone() {
                let line = match press.key {
                    Key::Enter => Some(Some(state.console.text())),
                    Key::CtrlD if state.console.text().is_empty() => Some(None),
                    _ => None,
                };
                if let Some(line) = line {
                    driver::send_input(&queue, prompt, line, &state.dispatcher());
                    return true;
                }
            }
            if press.key == Key::Interrupt {
                let (d, columns) = (state.dispatcher(), press.columns);
                // Queued, not dropped, when the session is held (see
                // session_queue).
                queue.run(move |s| {
                    let busy = s.is_busy();
                    // Idle, this only sets `$?` to 130, as bash does; the
                    // console then echoes the discarded line with `^C`.
                    let poll = s.interrupt();
                    let view = SessionView::of(s);
                    Box::new(move || {
                        if busy {
                            d.dispatch(Action::Interrupted { poll, view });
                        } else {
                            d.dispatch(Action::Key {
                                key: Key::Interrupt,
                                columns,
                                live: Candidates::default(),
                            });
                        }
                    })
                });
                return true;
            }
            state.dispatch(Action::Key {
                key: press.key,
                columns: press.columns,
                live,
            });
            true
        })
    };
    let on_typed = act(&state.dispatcher(), |(text, cursor)| Action::Typed {
        text,
        cursor,
    });
    let on_paste = act(&state.dispatcher(), Action::Paste);

    let d = state.dispatcher();
    let on_step = {
        let (queue, d) = (queue.clone(), d.clone());
        Callback::from(move |()| driver::step(&queue, &d))
    };
    let on_fast_forward = {
        let (queue, d, queued) = (
            queue.clone(),
            d.clone(),
            state.console.queued().next().is_some(),
        );
        Callback::from(move |()| driver::fast_forward(&queue, queued, text, &d))
    };
    let on_share = {
        let (session, shown, d) = (session.clone(), share_url.clone(), d.clone());
        Callback::from(move |()| session_actions::on_share(&session, &shown, text, &d))
    };
    let on_export = {
        let (session, state) = (session.clone(), state.clone());
        Callback::from(move |()| {
            session_actions::on_export(&session, &state, text, &state.dispatcher())
        })
    };
    let on_import = {
        let (session, d) = (session.clone(), d.clone());
        let keys = session_actions::Keys {
            session: boot.key.clone().into(),
            history: props.history_key.clone(),
            progress: props.progress_key.clone(),
        };
        Callback::from(move |input| {
            session_actions::on_import(input, session.clone(), keys.clone(), text, d.clone())
        })
    };
    let editor = state.session.editing.then(|| editor(&queue, &d, instance));

    let console = &state.console;
    let classes = classes!(
        "kp-app",
        match state.theme {
            Theme::Light => "kp-theme-light",
            Theme::Dark => "kp-theme-dark",
        },
        state.reduced_motion.then_some("kp-reduced-motion"),
        props.params.embed.then_some("kp-embed"),
        (!panels.lessons).then_some("kp-no-lessons"),
        (!panels.view).then_some("kp-no-view"),
    );
    // Embedded, the page header gives way to the playground itself.
    let header = (!props.params.embed).then(|| {
        html! {
            <header class="kp-header">
                <h1 class="kp-title">{ "kubeplay" }</h1>
                <p class="kp-tagline">{ text.tagline }</p>
                <PanelToggles panels={*panels} on_change={on_panels.clone()} />
                <LanguagePicker {lang} pending={language.pending} {instance} on_change={language.on_change.clone()} />
            </header>
        }
    });
    html! {
        <ContextProvider<Words> context={Words(text)}>
        <div class={classes} lang={lang.tag()}>
            { for header }
            <Toolbar
                paused={state.clock.is_paused()}
                speed_index={state.clock.speed_index()}
                scheduled={state.session.scheduled}
                now_ms={state.session.now_ms}
                idle={idle.clone()}
                reduced_motion={state.reduced_motion}
                dark={state.theme == Theme::Dark}
                status={state.status.clone().map(AttrValue::from)}
                {instance}
                on_pause={act(&d, |()| Action::TogglePause)}
                on_speed={act(&d, Action::SetSpeed)}
                {on_step}
                on_fast_forward={on_fast_forward.clone()}
                on_motion={act(&d, |()| Action::ToggleMotion)}
                on_theme={act(&d, |()| Action::ToggleTheme)}
            >
                // Embedded there is no header: the toggles join the toolbar.
                if props.params.embed {
                    <PanelToggles panels={*panels} on_change={on_panels} />
                }
                <SessionControls
                    share_url={(*share_url).clone()}
                    continued={boot.continued}
                    not_saved={not_saved.map(|f| AttrValue::from(f.message(text)))}
                    {instance}
                    on_share={on_share}
                    on_export={on_export}
                    on_import={on_import}
                />
            </Toolbar>
            <div class="kp-body">
            <LessonPanel view={lessons.view} on={lessons.on}
                width={panels.lessons_width} on_width={on_lessons_width} />
            <main class="kp-workspace">
                <div class="kp-term-area">
                <Terminal
                    screen={ScreenHandle(state.screen.clone())}
                    prompt={state.session.input_prompt.clone().map_or_else(|| AttrValue::from(console.prompt()), AttrValue::from)}
                    text={AttrValue::from(console.text())}
                    cursor={console.cursor()}
                    busy={state.session.busy && state.session.input_prompt.is_none()}
                    typeahead={console.typeahead()}
                    {instance}
                    {on_key}
                    {on_typed}
                    {on_paste}
                    names={NamesHandle(names)}
                    on_link={act(&d, Action::Link)}
                >
                    <WaitHint
                        waiting={state.session.busy && state.session.input_prompt.is_none() && !state.session.editing}
                        paused={state.clock.is_paused()}
                        scheduled={state.session.scheduled}
                        output_key={Rc::as_ptr(&state.screen) as usize}
                        on_resume={act(&d, |()| Action::TogglePause)}
                        on_fast_forward={on_fast_forward.clone()}
                    />
                </Terminal>
                // A fixed slot: Yew matches unkeyed siblings from the end,
                // so an element coming and going beside the terminal would
                // rebuild the terminal (and lose the prompt's focus).
                <div class="kp-editor-slot">{ for editor }</div>
                </div>
                <ClusterView
                    observed={observed}
                    link={state.link.clone()}
                    reduced_motion={state.reduced_motion}
                    {instance}
                />
            </main>
            </div>
        </div>
        </ContextProvider<Words>>
    }
}

/// The session's completion candidates for the word before the cursor.
fn tab_candidates(session: &Session, console: &Console) -> Candidates {
    let before: Vec<char> = console.text().chars().take(console.cursor()).collect();
    let ctx = word_context(&before);
    Candidates(live_candidates(&session.world(), &ctx))
}

/// The editor over the terminal, for the command waiting on it. Which
/// editor: nano when the line ran `nano` (or `kubectl edit` with
/// `KUBE_EDITOR`/`EDITOR` set to nano), else vi.
fn editor(queue: &SessionQueue, d: &UseReducerDispatcher<UiState>, instance: u32) -> Html {
    let Ok(s) = queue.session().try_borrow() else {
        return Html::default();
    };
    let Some(request) = s.pending_edit() else {
        return Html::default();
    };
    let line = s.history().last().cloned().unwrap_or_default();
    let world = s.world();
    let kube_editor = world
        .var("KUBE_EDITOR")
        .or(world.var("EDITOR"))
        .unwrap_or("");
    let nano = Flavor::of_command(&line) == Flavor::Nano
        || (line.contains("kubectl") && Flavor::of_command(kube_editor) == Flavor::Nano);
    drop(world);
    drop(s);
    let on_close = {
        let (queue, d) = (queue.clone(), d.clone());
        Callback::from(move |saved: Option<String>| {
            driver::finish_edit(&queue, saved, &d);
            focus_input(instance);
        })
    };
    html! {
        <FileEditorPanel key={editor_key(&request.path, &request.content)} request={Rc::new(request.clone())} {nano} {on_close} {instance} />
    }
}

/// The editor's identity: its file and what it opened with, so a file
/// reopened with new text (`kubectl edit` after a failed save, with the
/// error at the top) is a fresh editor, not the old buffer.
fn editor_key(path: &str, content: &str) -> String {
    let hash = content.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{path}#{hash:x}")
}

/// Gives the focus back to this playground's prompt.
fn focus_input(instance: u32) {
    let input = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&super::terminal::input_id(instance)));
    if let Some(el) =
        input.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        let _ = el.focus();
    }
}

/// Focuses this page's first prompt without scrolling the page to it.
fn focus_first_input() {
    let input = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".kp-input").ok().flatten());
    if let Some(el) =
        input.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        let _ = el.focus();
    }
}

/// A callback that dispatches the action `f` makes of its input.
fn act<IN: 'static>(
    d: &UseReducerDispatcher<UiState>,
    f: impl Fn(IN) -> Action + 'static,
) -> Callback<IN> {
    d.to_callback().reform(f)
}
