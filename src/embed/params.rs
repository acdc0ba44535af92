//! The playground's address parameters, read from a query string such as
//! `?lesson=scale&step=2&lang=ja&theme=dark&embed=1&id=docs-1`.
//!
//! | key | value | meaning |
//! | --- | --- | --- |
//! | `lesson` | a lesson id (`scale`) | open that lesson |
//! | `step` | `1`…[`STEP_MAX`] | at that step (1-based; needs `lesson`) |
//! | `lang` | a language tag (`ja`, `zh-TW`) | interface and lesson language |
//! | `theme` | `light` or `dark` | colour theme |
//! | `embed` | `1`/`true` or `0`/`false` | compact chrome for an embedded frame |
//! | `commands` | commands, one per line (`%0A`) | run before the learner starts |
//! | `id` | `[A-Za-z0-9_-]`, up to [`ID_CHARS_MAX`] | this instance's own storage keys |
//! | `origin` | `https://host[:port]` | the embedding page, for `postMessage` |
//!
//! Commands are separated by newlines only: a `;` belongs to the shell
//! (`for i in 1 2; do …; done` is one command). They are simulated
//! commands like any typed line; nothing here runs them.
//!
//! A bad value is ignored and produces one notice line saying which
//! parameter and why; the other parameters still apply. Unknown keys are
//! left alone silently (other features own them). This module must never
//! panic on any input, and never interpret a value as markup.

use super::{
    COMMAND_CHARS_MAX, ID_CHARS_MAX, NOTICES_MAX, ORIGIN_CHARS_MAX, PRESET_COMMANDS_MAX,
    QUERY_CHARS_MAX, STEP_MAX,
};
use crate::i18n::Lang;

/// The colour theme an address asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThemeParam {
    Light,
    Dark,
}

/// What an address asks of the playground, every value checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Params {
    pub lesson: Option<String>,
    /// 0-based (the address says `step=1` for the first step).
    pub step: Option<usize>,
    pub lang: Option<Lang>,
    pub theme: Option<ThemeParam>,
    /// Compact chrome: no page header, a smaller toolbar.
    pub embed: bool,
    /// Preset commands, in order, none empty.
    pub commands: Vec<String>,
    /// The instance id that keeps this playground's storage apart.
    pub id: Option<String>,
    /// The embedding page's origin (`scheme://host[:port]`).
    pub origin: Option<String>,
    /// One line per ignored value, ready for the terminal.
    pub notices: Vec<String>,
}

impl Params {
    /// Reads `search` (`location.search`, with or without its `?`).
    ///
    /// ```
    /// use kubeplay::embed::params::{Params, ThemeParam};
    /// let p = Params::parse("?lesson=scale&step=2&theme=dark&embed=1");
    /// assert_eq!(p.lesson.as_deref(), Some("scale"));
    /// assert_eq!(p.step, Some(1));
    /// assert_eq!(p.theme, Some(ThemeParam::Dark));
    /// assert!(p.embed && p.notices.is_empty());
    /// ```
    pub fn parse(search: &str) -> Params {
        let mut p = Params::default();
        let query = search.strip_prefix('?').unwrap_or(search);
        if query.chars().count() > QUERY_CHARS_MAX {
            p.notice(format!(
                "kubeplay: ignored the address's parameters: longer than {QUERY_CHARS_MAX} characters"
            ));
            return p;
        }
        let mut seen: Vec<&str> = Vec::new();
        let mut step_raw = None;
        for pair in query.split('&').filter(|s| !s.is_empty()) {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let Some(key) = KEYS.iter().copied().find(|k| *k == key) else {
                continue; // another feature's parameter, or none at all
            };
            if seen.contains(&key) {
                p.notice(format!(
                    "kubeplay: ignored a second {key}= in the address (the first one applies)"
                ));
                continue;
            }
            seen.push(key);
            let Some(value) = decode(raw) else {
                p.notice(format!(
                    "kubeplay: ignored {key}=: not valid percent-encoded UTF-8"
                ));
                continue;
            };
            if key == "step" {
                step_raw = Some(value);
                continue;
            }
            if let Err(why) = p.apply(key, &value) {
                p.notice(format!("kubeplay: ignored {key}={}: {why}", shown(&value)));
            }
        }
        if let Some(value) = step_raw {
            match (parse_step(&value), &p.lesson) {
                (Err(why), _) => {
                    p.notice(format!("kubeplay: ignored step={}: {why}", shown(&value)))
                }
                (Ok(_), None) => p.notice(format!(
                    "kubeplay: ignored step={}: it needs a lesson= parameter",
                    shown(&value)
                )),
                (Ok(step), Some(_)) => p.step = Some(step),
            }
        }
        p
    }

    /// Applies one decoded parameter, or says why it is not acceptable.
    fn apply(&mut self, key: &str, value: &str) -> Result<(), String> {
        match key {
            "lesson" => self.lesson = Some(lesson_id(value)?),
            "lang" => {
                self.lang = Some(Lang::from_tag(value).ok_or_else(|| {
                    let tags: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
                    format!("expected one of {}", tags.join(", "))
                })?)
            }
            "theme" => {
                self.theme = Some(match value {
                    "light" => ThemeParam::Light,
                    "dark" => ThemeParam::Dark,
                    _ => return Err("expected light or dark".into()),
                })
            }
            "embed" => {
                self.embed = match value {
                    "1" | "true" | "" => true,
                    "0" | "false" => false,
                    _ => return Err("expected 1 or 0".into()),
                }
            }
            "commands" => self.commands = preset_commands(value)?,
            "id" => self.id = Some(instance_id(value)?),
            "origin" => self.origin = Some(origin(value)?),
            _ => {}
        }
        Ok(())
    }

    fn notice(&mut self, line: String) {
        match self.notices.len() {
            n if n + 1 < NOTICES_MAX => self.notices.push(line),
            n if n + 1 == NOTICES_MAX => self
                .notices
                .push("kubeplay: ignored more of the address's parameters".into()),
            _ => {}
        }
    }
}

/// The parameters this module owns; any other key is left alone.
const KEYS: [&str; 8] = [
    "lesson", "step", "lang", "theme", "embed", "commands", "id", "origin",
];

/// Characters of a value quoted in a notice.
const SHOWN_CHARS_MAX: usize = 40;

/// A value as a notice quotes it: escaped (no control character reaches
/// the terminal) and cut to [`SHOWN_CHARS_MAX`].
fn shown(value: &str) -> String {
    let cut: String = value.chars().take(SHOWN_CHARS_MAX).collect();
    let more = if value.chars().count() > SHOWN_CHARS_MAX {
        "…"
    } else {
        ""
    };
    format!("{cut:?}{more}")
}

/// Percent-decodes a query value (`+` is a space, as forms encode it);
/// `None` for a broken escape or bytes that are not UTF-8.
///
/// Worked example: `a%20b+c%E3%81%82` → bytes `a`, 0x20, `b`, 0x20, `c`,
/// 0xE3 0x81 0x82 → `"a b cあ"`.
pub fn decode(raw: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(raw.len());
    let mut it = raw.bytes();
    while let Some(b) = it.next() {
        match b {
            b'+' => bytes.push(b' '),
            b'%' => {
                let hi = hex(it.next()?)?;
                let lo = hex(it.next()?)?;
                bytes.push(hi * 16 + lo);
            }
            _ => bytes.push(b),
        }
    }
    String::from_utf8(bytes).ok()
}

fn hex(b: u8) -> Option<u8> {
    char::from(b)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

fn is_id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// A lesson id: lower-case letters, digits and dashes, as the catalog uses.
fn lesson_id(value: &str) -> Result<String, String> {
    let ok = !value.is_empty()
        && value.chars().count() <= ID_CHARS_MAX
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    match ok {
        true => Ok(value.to_string()),
        false => Err(format!(
            "a lesson id is 1 to {ID_CHARS_MAX} of a-z, 0-9, - and _"
        )),
    }
}

/// An instance id, part of localStorage keys.
fn instance_id(value: &str) -> Result<String, String> {
    match !value.is_empty()
        && value.chars().count() <= ID_CHARS_MAX
        && value.chars().all(is_id_char)
    {
        true => Ok(value.to_string()),
        false => Err(format!(
            "an id is 1 to {ID_CHARS_MAX} of A-Z, a-z, 0-9, - and _"
        )),
    }
}

/// `step=N`, 1-based in the address, 0-based once read.
fn parse_step(value: &str) -> Result<usize, String> {
    let why = || format!("expected a step number from 1 to {STEP_MAX}");
    if value.is_empty() || !value.chars().all(|c| c.is_ascii_digit()) || value.len() > 3 {
        return Err(why());
    }
    match value.parse::<usize>() {
        Ok(n) if (1..=STEP_MAX).contains(&n) => Ok(n - 1),
        _ => Err(why()),
    }
}

/// Preset commands: one per line (a `\r` before a newline is dropped),
/// blank lines skipped, at most [`PRESET_COMMANDS_MAX`] lines of at most
/// [`COMMAND_CHARS_MAX`] characters, no control characters but tabs.
pub fn preset_commands(value: &str) -> Result<Vec<String>, String> {
    let lines: Vec<String> = value
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    if lines.len() > PRESET_COMMANDS_MAX {
        return Err(format!(
            "{} commands, more than the {PRESET_COMMANDS_MAX} allowed",
            lines.len()
        ));
    }
    for line in &lines {
        check_command(line)?;
    }
    Ok(lines)
}

/// One command line from outside (a preset or a `run` request): not
/// longer than [`COMMAND_CHARS_MAX`], no control characters but tabs.
pub fn check_command(line: &str) -> Result<(), String> {
    let n = line.chars().count();
    if n > COMMAND_CHARS_MAX {
        return Err(format!(
            "a command of {n} characters, more than the {COMMAND_CHARS_MAX} allowed"
        ));
    }
    if line.chars().any(|c| c.is_control() && c != '\t') {
        return Err("a command holds a control character".into());
    }
    Ok(())
}

/// A serialized origin, `http(s)://host[:port]` with nothing after it,
/// lower-cased as browsers report `event.origin`.
///
/// ```
/// use kubeplay::embed::params::origin;
/// assert_eq!(origin("https://Docs.Example.com").as_deref(), Ok("https://docs.example.com"));
/// assert!(origin("https://docs.example.com/page").is_err());
/// assert!(origin("javascript:alert(1)").is_err());
/// ```
pub fn origin(value: &str) -> Result<String, String> {
    let why = || "expected an origin such as https://docs.example.com".to_string();
    if value.chars().count() > ORIGIN_CHARS_MAX {
        return Err(why());
    }
    let lower = value.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .ok_or_else(why)?;
    let (host, port) = match rest.rsplit_once(':') {
        // `[::1]:8080` splits at its last colon; `[::1]` has no port.
        Some((h, p)) if !p.contains(']') => (h, Some(p)),
        _ => (rest, None),
    };
    let host_ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '[' | ']' | ':'));
    let port_ok =
        port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.chars().all(|c| c.is_ascii_digit()));
    match host_ok && port_ok {
        true => Ok(lower),
        false => Err(why()),
    }
}

/// The origin of a full URL (`document.referrer`), if it has one that
/// [`origin`] accepts: `https://docs.example.com/guide?x#y` →
/// `https://docs.example.com`.
pub fn origin_of_url(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = rest.get(..end)?;
    // `user:pass@host` is not part of an origin.
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    origin(&format!("{scheme}://{host}")).ok()
}
