//! Editor key tests, data-driven: keys in, text with `|` at the cursor out.

use super::*;

const MANIFEST: &str = "spec:\n  replicas: 1\n  template: x\n";

/// Keys written compactly: plain characters, `<Esc>`, `<CR>`, `<BS>`,
/// `<C-o>`, `<Left>` …; `typed` text goes through the browser path.
fn keys(ed: &mut FileEditor, spec: &str) -> Outcome {
    let mut last = Outcome::Handled;
    let mut rest = spec;
    while let Some(c) = rest.chars().next() {
        let (key, len) = if c == '<' {
            let end = rest.find('>').unwrap();
            let name = &rest[1..end];
            let key = match name {
                "Esc" => EdKey::Esc,
                "CR" => EdKey::Enter,
                "BS" => EdKey::Backspace,
                "Left" => EdKey::Left,
                "Right" => EdKey::Right,
                "Up" => EdKey::Up,
                "Down" => EdKey::Down,
                n if n.starts_with("C-") => EdKey::Ctrl(n.chars().nth(2).unwrap()),
                n => panic!("unknown key {n}"),
            };
            (key, end + 1)
        } else {
            (EdKey::Char(c), c.len_utf8())
        };
        rest = &rest[len..];
        last = ed.key(key);
        if last == Outcome::Pass {
            // The browser inserts the character at the cursor.
            if let EdKey::Char(ch) = key {
                let mut text: Vec<char> = ed.text().chars().collect();
                text.insert(ed.cursor(), ch);
                let cursor = ed.cursor() + 1;
                ed.typed(&text.iter().collect::<String>(), cursor);
            }
        }
    }
    last
}

fn shown(ed: &FileEditor) -> String {
    let mut t: Vec<char> = ed.text().chars().collect();
    t.insert(ed.cursor(), '|');
    t.into_iter().collect()
}

#[test]
fn vi_normal_mode_commands_edit_the_buffer() {
    let cases = [
        ("jw", "spec:\n|  replicas: 1\n  template: x\n"),
        ("j$x", "spec:\n  replicas:| \n  template: x\n"),
        ("j$xa3<Esc>", "spec:\n  replicas: |3\n  template: x\n"),
        ("j$r7", "spec:\n  replicas: |7\n  template: x\n"),
        ("jA2<Esc>", "spec:\n  replicas: 1|2\n  template: x\n"),
        ("jdd", "spec:\n  |template: x\n"),
        ("jddu", "spec:\n|  replicas: 1\n  template: x\n"),
        ("Gkdd", "spec:\n  |template: x\n"),
        ("G$r9", "spec:\n  replicas: 1\n  template: |9\n"),
        ("ox<Esc>", "spec:\n|x\n  replicas: 1\n  template: x\n"),
        ("Ox<Esc>", "|x\nspec:\n  replicas: 1\n  template: x\n"),
        ("llllx", "spe|c\n  replicas: 1\n  template: x\n"),
        ("jjlllhk", "spec:\n  |replicas: 1\n  template: x\n"),
        (
            "<Down><Right><Right><Up>",
            "sp|ec:\n  replicas: 1\n  template: x\n",
        ),
        ("jjggia<Esc>", "|aspec:\n  replicas: 1\n  template: x\n"),
        ("jI-<Esc>", "spec:\n  |-replicas: 1\n  template: x\n"),
    ];
    for (spec, want) in cases {
        let mut ed = FileEditor::new(Flavor::Vi, "hello.yaml", MANIFEST);
        keys(&mut ed, spec);
        assert_eq!(shown(&ed), want, "keys {spec}");
    }
}

#[test]
fn vi_quits_and_saves_as_vim_does() {
    let mut ed = FileEditor::new(Flavor::Vi, "hello.yaml", MANIFEST);
    assert_eq!(
        keys(&mut ed, ":q<CR>"),
        Outcome::Close(None),
        "unchanged: nothing written"
    );

    let mut ed = FileEditor::new(Flavor::Vi, "hello.yaml", MANIFEST);
    keys(&mut ed, "j$xa3<Esc>");
    assert_eq!(keys(&mut ed, ":q<CR>"), Outcome::Handled);
    assert_eq!(
        ed.status(),
        "E37: No write since last change (add ! to override)"
    );
    let want = MANIFEST.replace("replicas: 1", "replicas: 3");
    assert_eq!(keys(&mut ed, ":wq<CR>"), Outcome::Close(Some(want.clone())));

    let mut ed = FileEditor::new(Flavor::Vi, "hello.yaml", MANIFEST);
    keys(&mut ed, "j$r3:w<CR>");
    assert_eq!(ed.status(), "\"hello.yaml\" 3L, 34B written");
    assert!(!ed.modified());
    keys(&mut ed, "x");
    assert_eq!(
        keys(&mut ed, ":q!<CR>"),
        Outcome::Close(Some(want.clone())),
        "what was written stays written"
    );
    assert_eq!(ed.cancel(), Outcome::Close(Some(want)));

    let mut ed = FileEditor::new(Flavor::Vi, "f", "a");
    assert_eq!(keys(&mut ed, ":wat<CR>"), Outcome::Handled);
    assert_eq!(ed.status(), "E492: Not an editor command: wat");
    assert_eq!(keys(&mut ed, ":qq<BS><CR>"), Outcome::Close(None));
    let mut ed = FileEditor::new(Flavor::Vi, "f", "a");
    assert_eq!(keys(&mut ed, "xZZ"), Outcome::Close(Some(String::new())));
}

#[test]
fn vi_shows_its_mode() {
    let mut ed = FileEditor::new(Flavor::Vi, "f", "a");
    assert_eq!(ed.status(), "");
    keys(&mut ed, "i");
    assert_eq!(ed.status(), "-- INSERT --");
    assert_eq!(
        ed.key(EdKey::Char('z')),
        Outcome::Pass,
        "typing is the browser's"
    );
    keys(&mut ed, "<Esc>:w");
    assert_eq!(ed.status(), ":w");
    keys(&mut ed, "<Esc>");
    assert_eq!(ed.mode(), &Mode::Normal);
}

#[test]
fn nano_writes_with_ctrl_o_and_asks_before_leaving_unsaved() {
    let mut ed = FileEditor::new(Flavor::Nano, "f", "a\n");
    assert_eq!(ed.mode(), &Mode::Insert);
    assert_eq!(keys(&mut ed, "<C-x>"), Outcome::Close(None));
    keys(&mut ed, "b");
    assert_eq!(keys(&mut ed, "<C-x>"), Outcome::Handled);
    assert!(ed.status().starts_with("Save modified buffer?"));
    keys(&mut ed, "<C-c>");
    assert_eq!(ed.status(), "[ Cancelled ]");
    keys(&mut ed, "<C-o>");
    assert_eq!(ed.status(), "[ Wrote 1 lines ]");
    assert_eq!(keys(&mut ed, "<C-x>"), Outcome::Close(Some("ba\n".into())));
    let mut ed = FileEditor::new(Flavor::Nano, "f", "a\n");
    keys(&mut ed, "b<C-x>");
    assert_eq!(keys(&mut ed, "y"), Outcome::Close(Some("ba\n".into())));
    let mut ed = FileEditor::new(Flavor::Nano, "f", "a\n");
    keys(&mut ed, "b<C-x>");
    assert_eq!(keys(&mut ed, "n"), Outcome::Close(None));
}

#[test]
fn the_flavor_follows_the_command() {
    assert_eq!(
        Flavor::of_command("nano deployments/hello.yaml"),
        Flavor::Nano
    );
    assert_eq!(Flavor::of_command("vim hello.yaml"), Flavor::Vi);
    assert_eq!(
        Flavor::of_command("kubectl edit deployment/hello"),
        Flavor::Vi
    );
    assert_eq!(Flavor::of_command("echo nanotech; vi x"), Flavor::Vi);
}

#[test]
fn bad_keys_on_an_empty_buffer_do_nothing_harmful() {
    let mut ed = FileEditor::new(Flavor::Vi, "f", "");
    keys(&mut ed, "xddhjkl$0Gggu<Left><Right><Up><Down>dxgZq");
    assert_eq!(shown(&ed), "|");
    let long = ":".to_string() + &"w".repeat(COMMAND_CHARS_MAX + 50);
    keys(&mut ed, &long);
    assert_eq!(ed.status().chars().count(), COMMAND_CHARS_MAX + 1);
}

#[test]
fn vi_searches_with_slash_and_n_instead_of_inserting_the_pattern() {
    // `/image` used to fall through to `i` (insert) and type "mage".
    let mut ed = FileEditor::new(Flavor::Vi, "d.yaml", "a: image\nb: x\nc: image\n");
    keys(&mut ed, "/image<CR>");
    assert_eq!(shown(&ed), "a: |image\nb: x\nc: image\n");
    assert_eq!(ed.status(), "/image");
    keys(&mut ed, "n");
    assert_eq!(shown(&ed), "a: image\nb: x\nc: |image\n");
    keys(&mut ed, "n");
    assert_eq!(shown(&ed), "a: |image\nb: x\nc: image\n");
    assert_eq!(ed.status(), "search hit BOTTOM, continuing at TOP");
    keys(&mut ed, "N");
    assert_eq!(shown(&ed), "a: image\nb: x\nc: |image\n");
    keys(&mut ed, "/nope<CR>");
    assert_eq!(ed.status(), "E486: Pattern not found: nope");
    assert!(!ed.modified(), "searching never edits");
    let mut ed = FileEditor::new(Flavor::Vi, "f", "abc");
    keys(&mut ed, "n");
    assert_eq!(ed.status(), "E35: No previous regular expression");
    keys(&mut ed, "/b<Esc>");
    assert_eq!(shown(&ed), "|abc", "Esc abandons the search");
}
