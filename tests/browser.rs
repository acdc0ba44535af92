//! Component tests in headless Chromium (`wasm-bindgen-test`): mount the
//! real app into a fresh element, type and press keys on the terminal as
//! the browser delivers them, and read the DOM.
//! Native `cargo test` skips this file; `scripts/test.sh` runs it with
//! `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

#[path = "browser/crash.rs"]
mod crash;
#[path = "browser/editor.rs"]
mod editor;
#[path = "browser/embed.rs"]
mod embed;
#[path = "browser/support.rs"]
mod support;
#[path = "browser/view.rs"]
mod view;

#[path = "browser/queue.rs"]
mod queue;

#[path = "browser/lessons.rs"]
mod lessons;

#[path = "browser/language.rs"]
mod language;

use support::{fresh_key, mount, storage};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn terminal_shows_a_prompt_ready_to_type() {
    let pg = mount(&fresh_key("prompt")).await;
    assert_eq!(pg.prompt(), "$ ");
    assert_eq!(pg.value(), "|");
}

#[wasm_bindgen_test]
async fn typed_command_and_its_output_appear() {
    let pg = mount(&fresh_key("typed")).await;
    pg.run("echo hello from wasm").await;
    assert_eq!(pg.lines(), ["$ echo hello from wasm", "hello from wasm"]);
    assert_eq!(pg.value(), "|", "input is cleared after Enter");
}

#[wasm_bindgen_test]
async fn markup_typed_by_the_user_stays_text() {
    let pg = mount(&fresh_key("markup")).await;
    // Quoted, as bash needs it: unquoted `<` and `>` are redirections.
    pg.run("echo '<b id=injected>bold</b><img src=x onerror=alert(1)>'")
        .await;
    assert!(
        pg.host.query_selector("#injected").unwrap().is_none(),
        "user text became markup"
    );
    assert!(pg.host.query_selector("img").unwrap().is_none());
    assert!(pg
        .lines()
        .contains(&"<b id=injected>bold</b><img src=x onerror=alert(1)>".to_string()));
}

#[wasm_bindgen_test]
async fn readline_editing_keys_change_the_line() {
    let pg = mount(&fresh_key("editing")).await;
    pg.type_text("cho wrld").await;
    assert!(
        pg.press("a", true).await,
        "Ctrl-A is taken from the browser"
    );
    pg.type_text("e").await;
    assert_eq!(pg.value(), "e|cho wrld");
    pg.press("e", true).await;
    for _ in 0..3 {
        pg.press("ArrowLeft", false).await;
    }
    pg.type_text("o").await;
    assert_eq!(pg.value(), "echo wo|rld");
    pg.press("ArrowRight", false).await;
    pg.press("k", true).await;
    assert_eq!(pg.value(), "echo wor|");
    pg.press("Home", false).await;
    pg.press("Delete", false).await;
    pg.press("End", false).await;
    pg.press("Backspace", false).await;
    assert_eq!(pg.value(), "cho wo|");
    pg.press("w", true).await;
    assert_eq!(pg.value(), "cho |");
    pg.press("u", true).await;
    assert_eq!(pg.value(), "|");
    pg.press("y", true).await;
    assert_eq!(pg.value(), "cho |", "Ctrl-Y yanks the last kill");
    assert!(
        !pg.press("x", false).await,
        "plain typing is left to the browser"
    );
}

#[wasm_bindgen_test]
async fn history_is_browsed_with_arrows_and_survives_a_reload() {
    let key = fresh_key("history");
    let pg = mount(&key).await;
    pg.run("echo one").await;
    pg.run("echo two").await;
    pg.type_text("draft").await;
    pg.press("ArrowUp", false).await;
    assert_eq!(pg.value(), "echo two|");
    pg.press("ArrowUp", false).await;
    assert_eq!(pg.value(), "echo one|");
    pg.press("ArrowDown", false).await;
    pg.press("ArrowDown", false).await;
    assert_eq!(pg.value(), "draft|");

    let reloaded = mount(&key).await;
    reloaded.press("ArrowUp", false).await;
    assert_eq!(
        reloaded.value(),
        "echo two|",
        "history came back from storage"
    );
}

#[wasm_bindgen_test]
async fn corrupt_stored_history_gives_a_fresh_start() {
    let key = fresh_key("corrupt");
    storage()
        .set_item(&key, "kubeplay-history 1\nbroken \\x escape")
        .unwrap();
    let pg = mount(&key).await;
    pg.press("ArrowUp", false).await;
    assert_eq!(pg.value(), "|");
    pg.run("echo works").await;
    assert_eq!(pg.lines(), ["$ echo works", "works"]);
    assert_eq!(
        storage().get_item(&key).unwrap().as_deref(),
        Some("kubeplay-history 1\necho works")
    );
}

#[wasm_bindgen_test]
async fn ctrl_r_searches_history_and_enter_runs_the_match() {
    let pg = mount(&fresh_key("search")).await;
    pg.run("echo alpha").await;
    pg.run("help").await;
    pg.press("r", true).await;
    pg.press("a", false).await;
    pg.press("l", false).await;
    assert_eq!(pg.prompt(), "(reverse-i-search)`al': ");
    assert_eq!(pg.value(), "echo |alpha");
    pg.press("Enter", false).await;
    assert_eq!(pg.lines().last().map(String::as_str), Some("alpha"));
    assert_eq!(pg.prompt(), "$ ");
}

#[wasm_bindgen_test]
async fn tab_completes_and_a_second_tab_lists_candidates() {
    let pg = mount(&fresh_key("complete")).await;
    pg.type_text("hel").await;
    assert!(
        pg.press("Tab", false).await,
        "Tab completes instead of moving focus"
    );
    assert_eq!(pg.value(), "help |");
    pg.press("u", true).await;
    pg.type_text("h").await;
    pg.press("Tab", false).await;
    pg.press("Tab", false).await;
    let lines = pg.lines();
    assert_eq!(lines.first().map(String::as_str), Some("$ h"));
    let listed: Vec<&str> = lines
        .get(1)
        .map(|l| l.split_whitespace().collect())
        .unwrap_or_default();
    assert_eq!(
        listed,
        ["head", "help", "hint", "history"],
        "second Tab lists every h… command"
    );
    assert_eq!(pg.value(), "h|");
    pg.press("Escape", false).await;
    assert!(
        !pg.press("Tab", false).await,
        "Escape then Tab leaves the terminal"
    );
}

#[wasm_bindgen_test]
async fn ctrl_c_discards_the_line_and_ctrl_l_clears_the_screen() {
    let pg = mount(&fresh_key("ctrlc")).await;
    pg.type_text("half typed").await;
    pg.press("c", true).await;
    assert_eq!(pg.lines(), ["$ half typed^C"]);
    assert_eq!(pg.value(), "|");
    pg.type_text("kept").await;
    pg.press("l", true).await;
    assert!(pg.lines().is_empty());
    assert_eq!(pg.value(), "kept|", "Ctrl-L keeps the line being typed");
}

#[wasm_bindgen_test]
async fn clear_command_empties_the_scrollback() {
    let pg = mount(&fresh_key("clear")).await;
    pg.run("echo one").await;
    pg.run("clear").await;
    assert!(
        pg.lines().is_empty(),
        "scrollback after clear: {:?}",
        pg.lines()
    );
}

#[wasm_bindgen_test]
async fn a_pasted_script_runs_line_by_line_with_continuations() {
    let pg = mount(&fresh_key("paste")).await;
    pg.paste("echo first\r\necho second \\\n  part\necho unfinished")
        .await;
    assert_eq!(
        pg.lines(),
        [
            "$ echo first",
            "first",
            "$ echo second \\",
            ">   part",
            "second part"
        ]
    );
    assert_eq!(pg.value(), "echo unfinished|");
}

#[wasm_bindgen_test]
async fn the_phone_key_row_sends_tab_arrows_and_ctrl_c() {
    let pg = mount(&fresh_key("keyrow")).await;
    pg.run("echo tapped").await;
    pg.tap_key("Previous command").await;
    assert_eq!(pg.value(), "echo tapped|");
    pg.tap_key("Ctrl-C: interrupt").await;
    assert_eq!(
        pg.lines().last().map(String::as_str),
        Some("$ echo tapped^C")
    );
    pg.type_text("hel").await;
    pg.tap_key("Tab: complete").await;
    assert_eq!(pg.value(), "help |");
}

#[wasm_bindgen_test]
async fn two_playgrounds_on_one_page_are_independent() {
    let a = mount(&fresh_key("two-a")).await;
    let b = mount(&fresh_key("two-b")).await;
    a.run("echo only in a").await;
    assert_eq!(a.lines().len(), 2);
    assert!(b.lines().is_empty());
    let id_a = a
        .host
        .query_selector(".kp-input")
        .unwrap()
        .unwrap()
        .get_attribute("aria-describedby");
    let id_b = b
        .host
        .query_selector(".kp-input")
        .unwrap()
        .unwrap()
        .get_attribute("aria-describedby");
    assert_ne!(id_a, id_b, "element ids must be unique on the page");
}

#[wasm_bindgen_test]
async fn new_output_adds_lines_without_rebuilding_old_ones_or_the_prompt() {
    let pg = mount(&fresh_key("stable")).await;
    pg.run("echo first").await;
    let first = pg
        .host
        .query_selector(".kp-scrollback .kp-line")
        .unwrap()
        .unwrap();
    let input = pg.input();
    pg.run("echo -n partial").await;
    pg.run("echo next").await;
    let still = pg
        .host
        .query_selector(".kp-scrollback .kp-line")
        .unwrap()
        .unwrap();
    assert!(
        first.is_same_node(Some(&still)),
        "the first line was rebuilt"
    );
    assert!(
        input.is_same_node(Some(&pg.input())),
        "the textarea was rebuilt"
    );
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element();
    assert!(
        active.is_some_and(|a| a.is_same_node(Some(&input))),
        "the prompt lost focus"
    );
    assert_eq!(
        pg.lines()[3],
        "partial$ echo next",
        "the prompt follows unfinished output"
    );
}
