//! How yaml.v2 writes one scalar: which style it picks (plain, 'single',
//! "double", literal `|`) and how each style is written, folding long
//! lines at a space past column 80.
//!
//! A string is plain unless it would read back as something else (`"1"`,
//! `"true"`, `""`, timestamps) or contains characters that plain YAML
//! cannot hold (`: `, ` #`, a leading `-`…); strings with a newline use the
//! literal style. The analysis mirrors libyaml's `analyze_scalar`.

use super::emitter::{Ctx, Emitter, BEST_INDENT, BEST_WIDTH};
use super::resolve::{is_base60_float, resolve_plain, Resolved};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Style {
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
}

/// What libyaml's scalar analysis found out about a value.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Analysis {
    pub multiline: bool,
    block_plain_allowed: bool,
    single_quoted_allowed: bool,
    block_allowed: bool,
}

/// libyaml's `is_printable`: note that tabs and characters outside the
/// Basic Multilingual Plane are *not* printable, so they force quoting.
fn printable(c: char) -> bool {
    let u = c as u32;
    u == 0x0A
        || (0x20..=0x7E).contains(&u)
        || (0xA0..=0xD7FF).contains(&u)
        || ((0xE000..=0xFFFD).contains(&u) && u != 0xFEFF)
}

fn is_break(c: char) -> bool {
    matches!(c, '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn is_blank(c: Option<char>) -> bool {
    matches!(c, Some(' ' | '\t'))
}

pub(super) fn analyze(value: &str) -> Analysis {
    if value.is_empty() {
        return Analysis {
            multiline: false,
            block_plain_allowed: true,
            single_quoted_allowed: true,
            block_allowed: false,
        };
    }
    let chars: Vec<char> = value.chars().collect();
    let mut flags = Flags {
        indicators: value.starts_with("---") || value.starts_with("..."),
        ..Flags::default()
    };
    let mut preceded_by_whitespace = true;
    let (mut previous_space, mut previous_break) = (false, false);
    let last = chars.len() - 1;
    for (i, &c) in chars.iter().enumerate() {
        let followed_by_whitespace = i == last || is_blank(chars.get(i + 1).copied());
        flags.indicators |=
            block_indicator(c, i == 0, followed_by_whitespace, preceded_by_whitespace);
        flags.special |= !printable(c);
        if c == ' ' {
            flags.leading_or_trailing |= i == 0 || i == last;
            flags.trailing_space |= i == last;
            flags.break_space |= previous_break;
            (previous_space, previous_break) = (true, false);
        } else if is_break(c) {
            flags.line_breaks = true;
            flags.leading_or_trailing |= i == 0 || i == last;
            flags.space_break |= previous_space;
            (previous_space, previous_break) = (false, true);
        } else {
            (previous_space, previous_break) = (false, false);
        }
        preceded_by_whitespace = matches!(c, ' ' | '\t' | '\0') || is_break(c);
    }
    let plain = !(flags.leading_or_trailing
        || flags.break_space
        || flags.space_break
        || flags.special
        || flags.line_breaks
        || flags.indicators);
    Analysis {
        multiline: flags.line_breaks,
        block_plain_allowed: plain,
        single_quoted_allowed: !(flags.break_space || flags.space_break || flags.special),
        block_allowed: !(flags.trailing_space || flags.space_break || flags.special),
    }
}

#[derive(Default)]
struct Flags {
    indicators: bool,
    special: bool,
    line_breaks: bool,
    leading_or_trailing: bool,
    trailing_space: bool,
    break_space: bool,
    space_break: bool,
}

/// Whether `c` makes a plain scalar impossible in block context.
fn block_indicator(c: char, first: bool, followed_by_ws: bool, preceded_by_ws: bool) -> bool {
    if first {
        match c {
            '#' | ',' | '[' | ']' | '{' | '}' | '&' | '*' | '!' | '|' | '>' | '\'' | '"' | '%'
            | '@' | '`' => true,
            '?' | ':' | '-' => followed_by_ws,
            _ => false,
        }
    } else {
        match c {
            ':' => followed_by_ws,
            '#' => preceded_by_ws,
            _ => false,
        }
    }
}

impl Emitter {
    /// A string value or key, styled as yaml.v2's `stringv` would.
    pub(super) fn string(&mut self, s: &str, ctx: Ctx) {
        let can_use_plain = resolve_plain(s) == Resolved::Str && !is_base60_float(s);
        let style = if s.contains('\n') {
            Style::Literal
        } else if can_use_plain {
            Style::Plain
        } else {
            Style::DoubleQuoted
        };
        self.scalar(s, style, ctx);
    }

    /// Emits a scalar, possibly downgrading the requested style as
    /// libyaml's `select_scalar_style` does.
    pub(super) fn scalar(&mut self, value: &str, requested: Style, ctx: Ctx) {
        let facts = analyze(value);
        let mut style = requested;
        if ctx.simple_key && facts.multiline {
            style = Style::DoubleQuoted;
        }
        if style == Style::Plain
            && (!facts.block_plain_allowed || (value.is_empty() && ctx.simple_key))
        {
            style = Style::SingleQuoted;
        }
        if style == Style::SingleQuoted && !facts.single_quoted_allowed {
            style = Style::DoubleQuoted;
        }
        if style == Style::Literal && (!facts.block_allowed || ctx.simple_key) {
            style = Style::DoubleQuoted;
        }
        self.increase_indent(true, false);
        let allow_breaks = !ctx.simple_key;
        match style {
            Style::Plain => self.write_plain(value, allow_breaks),
            Style::SingleQuoted => self.write_single_quoted(value, allow_breaks),
            Style::DoubleQuoted => self.write_double_quoted(value, allow_breaks),
            Style::Literal => self.write_literal(value),
        }
        self.pop_indent();
    }

    /// Folding rule shared by all flow styles: at a single space, once the
    /// line is already past the preferred width.
    fn should_fold(&self, allow_breaks: bool, spaces: bool) -> bool {
        allow_breaks && !spaces && self.column > BEST_WIDTH
    }

    fn write_plain(&mut self, value: &str, allow_breaks: bool) {
        if !self.whitespace {
            self.put(' ');
        }
        let chars: Vec<char> = value.chars().collect();
        let mut spaces = false;
        for (i, &c) in chars.iter().enumerate() {
            if c == ' ' {
                if self.should_fold(allow_breaks, spaces) && chars.get(i + 1) != Some(&' ') {
                    self.write_indent();
                } else {
                    self.put(c);
                }
                spaces = true;
            } else {
                self.put(c);
                self.indention = false;
                spaces = false;
            }
        }
        self.whitespace = false;
        self.indention = false;
    }

    fn write_single_quoted(&mut self, value: &str, allow_breaks: bool) {
        self.write_indicator("'", true, false, false);
        let chars: Vec<char> = value.chars().collect();
        let mut spaces = false;
        for (i, &c) in chars.iter().enumerate() {
            let inner = i > 0 && i + 1 < chars.len();
            if c == ' ' {
                if self.should_fold(allow_breaks, spaces) && inner && chars.get(i + 1) != Some(&' ')
                {
                    self.write_indent();
                } else {
                    self.put(c);
                }
                spaces = true;
            } else {
                if c == '\'' {
                    self.put('\'');
                }
                self.put(c);
                self.indention = false;
                spaces = false;
            }
        }
        self.write_indicator("'", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_double_quoted(&mut self, value: &str, allow_breaks: bool) {
        self.write_indicator("\"", true, false, false);
        let chars: Vec<char> = value.chars().collect();
        let mut spaces = false;
        for (i, &c) in chars.iter().enumerate() {
            if !printable(c) || c == '\u{FEFF}' || is_break(c) || c == '"' || c == '\\' {
                self.put('\\');
                for e in escape(c).chars() {
                    self.put(e);
                }
                spaces = false;
            } else if c == ' ' {
                if self.should_fold(allow_breaks, spaces) && i > 0 && i + 1 < chars.len() {
                    self.write_indent();
                    if chars.get(i + 1) == Some(&' ') {
                        self.put('\\');
                    }
                } else {
                    self.put(c);
                }
                spaces = true;
            } else {
                self.put(c);
                spaces = false;
            }
        }
        self.write_indicator("\"", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_literal(&mut self, value: &str) {
        self.write_indicator("|", true, false, false);
        if value.starts_with([' ', '\n', '\r', '\u{85}', '\u{2028}', '\u{2029}']) {
            let hint = char::from_digit(BEST_INDENT as u32, 10).unwrap_or('2');
            self.write_indicator(&hint.to_string(), false, false, false);
        }
        let chars: Vec<char> = value.chars().collect();
        let ends_with_break = chars.last().copied().is_some_and(is_break);
        let two_breaks =
            chars.len() >= 2 && chars.get(chars.len() - 2).copied().is_some_and(is_break);
        if !ends_with_break {
            self.write_indicator("-", false, false, false);
        } else if chars.len() == 1 || two_breaks {
            self.write_indicator("+", false, false, false);
        }
        self.put_break();
        self.indention = true;
        self.whitespace = true;
        let mut breaks = true;
        for &c in &chars {
            if is_break(c) {
                self.put_break();
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                self.put(c);
                self.indention = false;
                breaks = false;
            }
        }
    }
}

/// The escape after `\` in a double-quoted scalar.
fn escape(c: char) -> String {
    match c {
        '\0' => "0".into(),
        '\u{7}' => "a".into(),
        '\u{8}' => "b".into(),
        '\t' => "t".into(),
        '\n' => "n".into(),
        '\u{b}' => "v".into(),
        '\u{c}' => "f".into(),
        '\r' => "r".into(),
        '\u{1b}' => "e".into(),
        '"' => "\"".into(),
        '\\' => "\\".into(),
        '\u{85}' => "N".into(),
        '\u{a0}' => "_".into(),
        '\u{2028}' => "L".into(),
        '\u{2029}' => "P".into(),
        c if (c as u32) <= 0xFF => format!("x{:02X}", c as u32),
        c if (c as u32) <= 0xFFFF => format!("u{:04X}", c as u32),
        c => format!("U{:08X}", c as u32),
    }
}
