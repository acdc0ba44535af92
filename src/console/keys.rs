//! The keys the terminal understands, and how a browser key event names
//! them. Mapping is pure (DOM names in, [`Key`] out) so it is tested
//! natively and the UI only forwards `event.key`, `event.code` and the
//! modifier flags.
//!
//! Anything mapped to `None` is left to the browser: typing, IME
//! composition, Cmd/Meta shortcuts (copy, paste, select all on a Mac) and
//! Shift-Tab, which moves focus out of the terminal.

/// A key (or chord) with a readline meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// Enter, Ctrl-J, Ctrl-M: run the line.
    Enter,
    /// Tab: complete.
    Tab,
    /// Escape: ends a search; a Tab right after it leaves the terminal.
    Escape,
    /// ↑, Ctrl-P: previous history entry.
    Up,
    /// ↓, Ctrl-N: next history entry.
    Down,
    /// ←, Ctrl-B.
    Left,
    /// →, Ctrl-F.
    Right,
    /// Alt-B, Ctrl-←.
    WordLeft,
    /// Alt-F, Ctrl-→.
    WordRight,
    /// Home, Ctrl-A.
    Home,
    /// End, Ctrl-E.
    End,
    /// Backspace, Ctrl-H.
    Backspace,
    /// Delete.
    Delete,
    /// Ctrl-U.
    KillToStart,
    /// Ctrl-K.
    KillToEnd,
    /// Ctrl-W.
    KillWordUnix,
    /// Alt-Backspace.
    KillWordBack,
    /// Alt-D.
    KillWordForward,
    /// Ctrl-Y.
    Yank,
    /// Ctrl-C: interrupt the job, or discard the line.
    Interrupt,
    /// Ctrl-D: delete under the cursor (bash would log out on an empty line).
    CtrlD,
    /// Ctrl-G: abort a search.
    Abort,
    /// Ctrl-L.
    ClearScreen,
    /// Ctrl-R.
    ReverseSearch,
    /// A printable character (only claimed while searching).
    Char(char),
}

/// Modifier keys held during a key event.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Modifiers {
    pub ctrl: bool,
    pub alt: bool,
    pub meta: bool,
    pub shift: bool,
}

/// Maps a DOM key event (`key`, `code`, modifiers) to a [`Key`].
///
/// Letters with Ctrl or Alt are read from `key` when it is a Latin letter
/// and from the physical `code` otherwise, so Ctrl-A works on a Russian
/// layout and Alt-B on a Mac (where `key` is `∫`).
pub fn from_dom(key: &str, code: &str, m: Modifiers) -> Option<Key> {
    if m.meta {
        return None;
    }
    if m.ctrl && !m.alt {
        if m.shift {
            return None;
        }
        return match key {
            "ArrowLeft" => Some(Key::WordLeft),
            "ArrowRight" => Some(Key::WordRight),
            _ => ctrl_letter(letter(key, code)?),
        };
    }
    if m.alt && !m.ctrl {
        return match key {
            "Backspace" => Some(Key::KillWordBack),
            "ArrowLeft" => Some(Key::WordLeft),
            "ArrowRight" => Some(Key::WordRight),
            _ => match letter(key, code)? {
                'b' => Some(Key::WordLeft),
                'f' => Some(Key::WordRight),
                'd' => Some(Key::KillWordForward),
                _ => None,
            },
        };
    }
    if m.ctrl || m.alt {
        return None;
    }
    Some(match key {
        "Enter" => Key::Enter,
        "Tab" if !m.shift => Key::Tab,
        "Escape" => Key::Escape,
        "ArrowUp" => Key::Up,
        "ArrowDown" => Key::Down,
        "ArrowLeft" => Key::Left,
        "ArrowRight" => Key::Right,
        "Home" => Key::Home,
        "End" => Key::End,
        "Backspace" => Key::Backspace,
        "Delete" => Key::Delete,
        _ => {
            let mut chars = key.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if !c.is_control() => Key::Char(c),
                _ => return None,
            }
        }
    })
}

fn ctrl_letter(c: char) -> Option<Key> {
    Some(match c {
        'a' => Key::Home,
        'b' => Key::Left,
        'c' => Key::Interrupt,
        'd' => Key::CtrlD,
        'e' => Key::End,
        'f' => Key::Right,
        'g' => Key::Abort,
        'h' => Key::Backspace,
        'j' | 'm' => Key::Enter,
        'k' => Key::KillToEnd,
        'l' => Key::ClearScreen,
        'n' => Key::Down,
        'p' => Key::Up,
        'r' => Key::ReverseSearch,
        'u' => Key::KillToStart,
        'w' => Key::KillWordUnix,
        'y' => Key::Yank,
        _ => return None,
    })
}

/// The Latin letter a chord names: from `key` if it is one, else from the
/// physical key (`KeyA` … `KeyZ`).
fn letter(key: &str, code: &str) -> Option<char> {
    let mut chars = key.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_ascii_alphabetic() {
            return Some(c.to_ascii_lowercase());
        }
    }
    let c = code.strip_prefix("Key")?.chars().next()?;
    c.is_ascii_alphabetic().then(|| c.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    const NONE: Modifiers = Modifiers {
        ctrl: false,
        alt: false,
        meta: false,
        shift: false,
    };
    const CTRL: Modifiers = Modifiers { ctrl: true, ..NONE };
    const ALT: Modifiers = Modifiers { alt: true, ..NONE };
    const SHIFT: Modifiers = Modifiers {
        shift: true,
        ..NONE
    };
    const META: Modifiers = Modifiers { meta: true, ..NONE };

    #[test]
    fn dom_key_events_map_to_readline_keys() {
        let cases: &[(&str, &str, Modifiers, Option<Key>)] = &[
            ("Enter", "Enter", NONE, Some(Key::Enter)),
            ("Tab", "Tab", NONE, Some(Key::Tab)),
            ("Tab", "Tab", SHIFT, None),
            ("ArrowUp", "ArrowUp", NONE, Some(Key::Up)),
            ("ArrowDown", "ArrowDown", NONE, Some(Key::Down)),
            ("ArrowLeft", "ArrowLeft", NONE, Some(Key::Left)),
            ("ArrowRight", "ArrowRight", NONE, Some(Key::Right)),
            ("Home", "Home", NONE, Some(Key::Home)),
            ("End", "End", NONE, Some(Key::End)),
            ("Backspace", "Backspace", NONE, Some(Key::Backspace)),
            ("Delete", "Delete", NONE, Some(Key::Delete)),
            ("Escape", "Escape", NONE, Some(Key::Escape)),
            ("a", "KeyA", CTRL, Some(Key::Home)),
            ("e", "KeyE", CTRL, Some(Key::End)),
            ("u", "KeyU", CTRL, Some(Key::KillToStart)),
            ("k", "KeyK", CTRL, Some(Key::KillToEnd)),
            ("w", "KeyW", CTRL, Some(Key::KillWordUnix)),
            ("y", "KeyY", CTRL, Some(Key::Yank)),
            ("c", "KeyC", CTRL, Some(Key::Interrupt)),
            ("l", "KeyL", CTRL, Some(Key::ClearScreen)),
            ("r", "KeyR", CTRL, Some(Key::ReverseSearch)),
            ("p", "KeyP", CTRL, Some(Key::Up)),
            ("n", "KeyN", CTRL, Some(Key::Down)),
            ("g", "KeyG", CTRL, Some(Key::Abort)),
            ("d", "KeyD", CTRL, Some(Key::CtrlD)),
            ("A", "KeyA", CTRL, Some(Key::Home)),
            ("ф", "KeyA", CTRL, Some(Key::Home)),
            ("ArrowLeft", "ArrowLeft", CTRL, Some(Key::WordLeft)),
            ("b", "KeyB", ALT, Some(Key::WordLeft)),
            ("∫", "KeyB", ALT, Some(Key::WordLeft)),
            ("f", "KeyF", ALT, Some(Key::WordRight)),
            ("d", "KeyD", ALT, Some(Key::KillWordForward)),
            ("Backspace", "Backspace", ALT, Some(Key::KillWordBack)),
            ("x", "KeyX", NONE, Some(Key::Char('x'))),
            ("X", "KeyX", SHIFT, Some(Key::Char('X'))),
            ("é", "KeyE", NONE, Some(Key::Char('é'))),
            ("c", "KeyC", META, None),
            ("v", "KeyV", CTRL, None),
            (
                "C",
                "KeyC",
                Modifiers {
                    shift: true,
                    ..CTRL
                },
                None,
            ),
            ("Unidentified", "", NONE, None),
            ("Process", "KeyA", NONE, None),
            ("Shift", "ShiftLeft", SHIFT, None),
            ("F5", "F5", NONE, None),
        ];
        for (key, code, m, want) in cases {
            assert_eq!(from_dom(key, code, *m), *want, "{key} {code} {m:?}");
        }
    }
}
