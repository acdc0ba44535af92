//! The console driven like the browser drives it: keys, typed text and
//! pastes go in; effects and queued commands are applied to a scrollback
//! and a real [`Session`] through the same `output` functions the UI uses.

use super::*;
use crate::console::complete::CommandNames;
use crate::console::{output, shell_commands, Scrollback};

/// Command names for the completion tests: fixed, so the tests do not
/// change meaning when the shell learns new commands.
fn commands() -> CommandNames {
    CommandNames(vec!["clear", "echo", "help", "history"])
}
use crate::session::Session;

/// A terminal in miniature: console, session and screen.
struct Term {
    console: Console,
    session: Session,
    screen: Scrollback,
    /// Pretend a job is running: nothing leaves the queue.
    busy: bool,
    extra: CommandNames,
    bells: usize,
}

impl Term {
    fn new(history: &[&str]) -> Self {
        Term {
            console: Console::new(history.iter().map(|s| s.to_string()).collect()),
            session: Session::new(1),
            screen: Scrollback::default(),
            busy: false,
            extra: CommandNames::default(),
            bells: 0,
        }
    }

    fn apply(&mut self, effects: Vec<Effect>) {
        if effects.contains(&Effect::Interrupt) {
            let poll = self.session.interrupt();
            output::show_output(&mut self.screen, &poll);
            self.screen.interrupted();
            self.busy = false;
        }
        self.bells += effects.iter().filter(|e| **e == Effect::Bell).count();
        output::show_effects(&mut self.screen, &effects);
        self.run_queue();
    }

    /// What the UI's runner does: start waiting commands while idle.
    fn run_queue(&mut self) {
        while !self.busy {
            let Some(entry) = self.console.queued().next().cloned() else {
                break;
            };
            let entry = self.console.take_queued(entry.id).unwrap();
            output::show_started(&mut self.screen, &entry);
            let poll = self.session.run(&entry.command);
            output::show_output(&mut self.screen, &poll);
        }
    }

    fn key(&mut self, key: Key) {
        let names = commands();
        let sources: [&dyn CompletionSource; 2] = [&names, &self.extra];
        let env = Env {
            busy: self.busy,
            columns: 40,
            sources: &sources,
        };
        let effects = self.console.key(key, &env);
        self.apply(effects);
    }

    fn keys(&mut self, keys: &[Key]) {
        for &k in keys {
            self.key(k);
        }
    }

    /// Types text the way the browser does: inserted at the cursor, then
    /// the whole value and cursor reported.
    fn typed(&mut self, text: &str) {
        let mut value: Vec<char> = self.console.text().chars().collect();
        let at = self.console.cursor();
        value.splice(at..at, text.chars());
        let value: String = value.into_iter().collect();
        let cursor = editor::chars_to_utf16(&value, at + text.chars().count());
        let env = Env {
            busy: self.busy,
            columns: 40,
            sources: &[],
        };
        let effects = self.console.typed(&value, cursor, &env);
        self.apply(effects);
    }

    fn paste(&mut self, text: &str) {
        let env = Env {
            busy: self.busy,
            columns: 40,
            sources: &[],
        };
        let effects = self.console.paste(text, &env);
        self.apply(effects);
    }

    fn enter(&mut self, line: &str) {
        self.typed(line);
        self.key(Key::Enter);
    }

    /// Finished screen lines.
    fn lines(&self) -> Vec<String> {
        self.screen.lines().map(|l| l.text()).collect()
    }

    /// Prompt and input line with `|` at the cursor.
    fn input(&self) -> String {
        let mut text: Vec<char> = self.console.text().chars().collect();
        text.insert(self.console.cursor(), '|');
        format!(
            "{}{}",
            self.console.prompt(),
            text.into_iter().collect::<String>()
        )
    }
}

use super::super::editor;

#[test]
fn a_typed_line_runs_on_enter_and_its_output_follows() {
    let mut t = Term::new(&[]);
    t.enter("echo hello");
    assert_eq!(t.lines(), ["$ echo hello", "hello"]);
    assert_eq!(t.input(), "$ |");
    t.key(Key::Enter);
    assert_eq!(
        t.lines().last().map(String::as_str),
        Some("$ "),
        "an empty line shows its prompt"
    );
}

#[test]
fn editing_keys_fix_a_line_before_it_runs() {
    let mut t = Term::new(&[]);
    t.typed("cho wrld");
    t.key(Key::Home);
    t.typed("e");
    t.key(Key::End);
    t.keys(&[Key::Left, Key::Left, Key::Left]);
    t.typed("o");
    assert_eq!(t.input(), "$ echo wo|rld");
    t.keys(&[Key::WordLeft, Key::KillWordForward]);
    assert_eq!(t.input(), "$ echo |");
    t.keys(&[Key::Yank, Key::Backspace, Key::Home, Key::Delete]);
    assert_eq!(
        t.input(),
        "$ |cho worl",
        "yank brought back the killed word"
    );
    t.keys(&[Key::End, Key::KillWordUnix]);
    assert_eq!(t.input(), "$ cho |");
    t.keys(&[Key::Left, Key::KillToEnd]);
    assert_eq!(t.input(), "$ cho|");
    t.keys(&[Key::KillToStart]);
    assert_eq!(t.input(), "$ |");
    t.keys(&[Key::Yank, Key::Left, Key::Right, Key::KillWordBack]);
    assert_eq!(t.input(), "$ |");
}

#[test]
fn up_and_down_browse_history_loaded_and_typed() {
    let mut t = Term::new(&["echo stored"]);
    t.enter("echo typed");
    t.typed("draft");
    t.key(Key::Up);
    assert_eq!(t.input(), "$ echo typed|");
    t.key(Key::Up);
    assert_eq!(t.input(), "$ echo stored|");
    t.key(Key::Up);
    assert_eq!(t.bells, 1, "nothing older");
    t.keys(&[Key::Down, Key::Down]);
    assert_eq!(t.input(), "$ draft|");
    assert_eq!(t.console.history().entries(), ["echo stored", "echo typed"]);
}

#[test]
fn ctrl_r_finds_an_old_command_and_enter_runs_it() {
    let mut t = Term::new(&["echo alpha", "echo beta", "help"]);
    t.key(Key::ReverseSearch);
    assert!(t.console.is_searching());
    for c in "echo".chars() {
        t.key(Key::Char(c));
    }
    assert_eq!(t.input(), "(reverse-i-search)`echo': |echo beta");
    t.key(Key::ReverseSearch);
    assert_eq!(t.input(), "(reverse-i-search)`echo': |echo alpha");
    t.key(Key::Enter);
    assert_eq!(t.lines(), ["$ echo alpha", "alpha"]);
    assert!(!t.console.is_searching());
    // Ctrl-R on an empty query repeats the last search.
    t.keys(&[Key::ReverseSearch, Key::ReverseSearch]);
    assert_eq!(t.input(), "(reverse-i-search)`echo': |echo alpha");
}

#[test]
fn ctrl_g_abandons_a_search_and_escape_keeps_the_match_for_editing() {
    let mut t = Term::new(&["echo alpha"]);
    t.typed("mine");
    t.keys(&[Key::ReverseSearch, Key::Char('a'), Key::Char('l')]);
    t.key(Key::Abort);
    assert_eq!(t.input(), "$ mine|");
    t.keys(&[Key::ReverseSearch, Key::Char('z')]);
    assert_eq!(t.input(), "(failed reverse-i-search)`z': mine|");
    t.key(Key::Backspace);
    t.keys(&[Key::Char('p'), Key::Escape]);
    assert_eq!(t.input(), "$ echo al|pha");
    t.keys(&[Key::ReverseSearch, Key::Char('h'), Key::End]);
    assert_eq!(
        t.input(),
        "$ echo alpha|",
        "a movement key ends the search and moves"
    );
}

#[test]
fn tab_completes_a_unique_command_and_lists_on_the_second_tab() {
    let mut t = Term::new(&[]);
    t.typed("he");
    t.key(Key::Tab);
    assert_eq!(t.input(), "$ help |");
    t.key(Key::Tab);
    assert_eq!(t.bells, 1, "nothing completes after `help `");
    let mut t = Term::new(&[]);
    t.typed("h");
    t.key(Key::Tab);
    assert_eq!((t.input(), t.bells), ("$ h|".to_string(), 1));
    t.key(Key::Tab);
    assert_eq!(t.lines(), ["$ h", "help     history"]);
    assert_eq!(t.input(), "$ h|", "the line stays for editing");
}

#[test]
fn after_tab_extends_a_prefix_it_takes_two_more_tabs_to_list() {
    let mut t = Term::new(&[]);
    t.extra = CommandNames(vec!["kubectl-a", "kubectl-b"]);
    t.typed("ku");
    t.key(Key::Tab);
    assert_eq!(t.input(), "$ kubectl-|");
    t.key(Key::Tab);
    assert!(t.lines().is_empty(), "readline rings the bell first");
    t.key(Key::Tab);
    assert_eq!(t.lines(), ["$ kubectl-", "kubectl-a  kubectl-b"]);
    t.typed("x");
    t.key(Key::Tab);
    assert_eq!(t.lines().len(), 2, "typing in between starts over");
}

#[test]
fn a_hundred_candidates_ask_before_listing() {
    let names: Vec<&'static str> = (0..150)
        .map(|i| &*Box::leak(format!("cmd{i:03}").into_boxed_str()))
        .collect();
    let mut t = Term::new(&[]);
    t.extra = CommandNames(names);
    t.typed("cmd");
    t.keys(&[Key::Tab, Key::Tab]);
    assert_eq!(
        t.lines(),
        ["$ cmd", "Display all 150 possibilities? (y or n)"]
    );
    t.key(Key::Char('x'));
    assert_eq!(
        t.lines().len(),
        2,
        "other keys ring the bell and keep asking"
    );
    t.key(Key::Char('y'));
    assert_eq!(t.lines().len(), 2 + 150_usize.div_ceil(40 / 8 - 1));
    t.keys(&[Key::Tab, Key::Tab, Key::Char('n')]);
    assert_eq!(
        t.lines().last().unwrap(),
        "Display all 150 possibilities? (y or n)"
    );
    assert_eq!(t.input(), "$ cmd|");
}

#[test]
fn a_trailing_backslash_continues_the_command_on_the_next_line() {
    let mut t = Term::new(&[]);
    t.enter("echo one \\");
    assert_eq!(t.lines(), ["$ echo one \\"]);
    assert_eq!(t.input(), "> |");
    t.enter("  two");
    assert_eq!(t.lines(), ["$ echo one \\", ">   two", "one two"]);
    assert_eq!(t.console.history().entries(), ["echo one   two"]);
}

#[test]
fn a_multi_line_paste_runs_line_by_line_and_keeps_the_unfinished_last_line() {
    let mut t = Term::new(&[]);
    t.typed("XY");
    t.key(Key::Left);
    t.paste("echo a\r\necho b \\\n  c\necho ");
    assert_eq!(
        t.lines(),
        [
            "$ Xecho a",
            "bash: Xecho: command not found",
            "$ echo b \\",
            ">   c",
            "b c"
        ]
    );
    assert_eq!(t.input(), "$ echo |Y");
}

#[test]
fn lines_pasted_while_a_job_runs_wait_and_are_shown_as_typeahead() {
    let mut t = Term::new(&[]);
    t.busy = true;
    t.paste("echo 1\necho 2 \\\nand\necho 3");
    assert!(t.lines().is_empty(), "nothing echoes while the job runs");
    let ahead: Vec<String> = t
        .console
        .typeahead()
        .iter()
        .map(|e| format!("{}{}", e.prompt, e.text))
        .collect();
    assert_eq!(ahead, ["$ echo 1", "$ echo 2 \\", "> and"]);
    t.busy = false;
    t.run_queue();
    assert_eq!(
        t.lines(),
        ["$ echo 1", "1", "$ echo 2 \\", "> and", "2 and"]
    );
    assert_eq!(t.input(), "$ echo 3|");
}

#[test]
fn ctrl_c_discards_the_line_or_interrupts_the_job_and_its_typeahead() {
    let mut t = Term::new(&[]);
    t.typed("half typed");
    t.key(Key::Interrupt);
    assert_eq!(t.lines(), ["$ half typed^C"]);
    t.enter("echo a \\");
    t.typed("b");
    t.key(Key::Interrupt);
    assert_eq!(t.lines(), ["$ half typed^C", "$ echo a \\", "> b^C"]);
    assert_eq!(t.input(), "$ |");
    t.busy = true;
    t.paste("echo queued\nmore");
    t.key(Key::Interrupt);
    assert_eq!(t.lines().last().unwrap(), "^C");
    assert_eq!(t.console.queued().count(), 0, "typeahead is flushed");
    assert_eq!(t.input(), "$ |");
}

#[test]
fn ctrl_l_clears_the_screen_but_not_the_line() {
    let mut t = Term::new(&[]);
    t.enter("echo x");
    t.typed("keep");
    t.key(Key::ClearScreen);
    assert!(t.lines().is_empty());
    assert_eq!(t.input(), "$ keep|");
}

#[test]
fn ctrl_d_deletes_forward_and_does_nothing_on_an_empty_line() {
    let mut t = Term::new(&[]);
    t.key(Key::CtrlD);
    assert_eq!(t.bells, 1);
    t.typed("ab");
    t.keys(&[Key::Home, Key::CtrlD]);
    assert_eq!(t.input(), "$ |b");
}

#[test]
fn giant_pastes_are_refused_and_the_queue_is_bounded() {
    let mut t = Term::new(&[]);
    t.paste(&"echo x\n".repeat(paste::PASTE_LINES_MAX + 1));
    assert_eq!(
        t.lines(),
        ["kubeplay: paste refused: 1001 lines is more than the 1000 a paste may hold"]
    );
    t.paste(&"y".repeat(INPUT_CHARS_MAX + 1));
    assert!(t
        .lines()
        .last()
        .unwrap()
        .contains("a line of 16385 characters"));
    t.busy = true;
    for _ in 0..2 {
        t.paste(&"echo q\n".repeat(QUEUE_ENTRIES_MAX / 2 + 1));
    }
    assert_eq!(t.console.queued().count(), QUEUE_ENTRIES_MAX);
    assert!(
        t.lines().last().unwrap().contains("were dropped")
            || t.lines().last().unwrap().contains("was dropped")
    );
}

#[test]
fn the_browser_keeps_plain_typing_and_selections_to_itself() {
    let mut t = Term::new(&["echo a"]);
    assert!(!t.console.claims(Key::Char('a'), false));
    assert!(t.console.claims(Key::Up, false));
    assert!(t.console.claims(Key::Interrupt, false));
    assert!(
        !t.console.claims(Key::Interrupt, true),
        "Ctrl-C copies a selection"
    );
    assert!(!t.console.claims(Key::Backspace, true));
    t.key(Key::Escape);
    assert!(
        !t.console.claims(Key::Tab, false),
        "Escape then Tab leaves the terminal"
    );
    t.key(Key::Tab);
    assert!(t.console.claims(Key::Tab, false), "only once");
    t.key(Key::ReverseSearch);
    assert!(
        t.console.claims(Key::Char('a'), false),
        "search takes typed characters"
    );
}

#[test]
fn a_line_break_typed_on_a_phone_keyboard_runs_the_line() {
    let mut t = Term::new(&[]);
    t.typed("echo phone\n");
    assert_eq!(t.lines(), ["$ echo phone", "phone"]);
    assert_eq!(t.input(), "$ |");
}

#[test]
fn the_shells_own_commands_are_offered_for_completion() {
    let names = shell_commands();
    for name in ["help", "clear", "history"] {
        assert!(names.0.contains(&name), "{name} missing from {:?}", names.0);
    }
}

#[test]
fn a_line_typed_at_a_container_prompt_goes_to_the_job_not_the_queue() {
    let mut t = Term::new(&[]);
    t.enter("kubectl run web --image=nginx");
    t.session.run("sleep 10");
    t.session.submit("kubectl exec -ti web -- bash");
    let poll = t.session.poll();
    assert_eq!(poll.finished, None);
    let prompt = t.session.input_prompt().expect("bash waits for a line");
    assert_eq!(prompt, "root@web:/# ");
    t.typed("echo $HOSTNAME");
    let line = t.console.take_input_line();
    assert_eq!(line, "echo $HOSTNAME");
    assert_eq!(t.input(), "$ |", "the input is cleared");
    assert!(t.console.queued().next().is_none(), "nothing queued");
    output::show_input(&mut t.screen, &prompt, &line);
    t.session.send_input(&line);
    output::show_output(&mut t.screen, &t.session.poll());
    assert_eq!(
        t.lines()[t.lines().len() - 2..],
        ["root@web:/# echo $HOSTNAME", "web"]
    );
    t.key(Key::Up);
    assert_eq!(
        t.input(),
        "$ kubectl run web --image=nginx|",
        "not in the history"
    );
}

#[test]
fn a_line_run_from_outside_keeps_what_the_learner_is_typing() {
    let mut t = Term::new(&[]);
    t.typed("kubectl get");
    t.key(Key::Left);
    let effects = t.console.run_line("echo from-the-page", t.busy);
    t.apply(effects);
    assert_eq!(t.lines(), ["$ echo from-the-page", "from-the-page"]);
    assert_eq!(t.input(), "$ kubectl ge|t");

    let effects = t.console.run_line("echo 'open", t.busy);
    t.apply(effects);
    assert_eq!(
        t.lines().last().map(String::as_str),
        Some("kubeplay: ignored a command from the embedding page: it is not one complete line: echo 'open")
    );
    assert_eq!(t.input(), "$ kubectl ge|t");
}
