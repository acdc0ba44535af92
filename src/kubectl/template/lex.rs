//! The lexer of Go's `text/template`, reproduced closely enough that its
//! error texts (`bad character U+005B '['`, `unclosed action`,
//! `unterminated quoted string`) and positions match what kubectl prints.
//!
//! Produces the whole item list up front (templates are short); an error
//! item ends the list, exactly where Go's lexer stops.

/// Item kinds, as in Go's `itemType`. Keywords sort after `Keyword`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Error,
    Bool,
    Char,
    CharConstant,
    Assign,
    Declare,
    Eof,
    Field,
    Identifier,
    LeftDelim,
    LeftParen,
    Number,
    Pipe,
    RawString,
    RightDelim,
    RightParen,
    Space,
    String,
    Text,
    Variable,
    Keyword,
    Block,
    Break,
    Continue,
    Dot,
    Define,
    Else,
    End,
    If,
    Nil,
    Range,
    Template,
    With,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub kind: Kind,
    /// Byte offset in the template text.
    pub pos: usize,
    pub val: String,
    /// 1-based line of the item's start.
    pub line: usize,
}

impl std::fmt::Display for Item {
    /// Go's `item.String()`, used in "unexpected X in Y" errors.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.kind {
            Kind::Eof => write!(f, "EOF"),
            Kind::Error => write!(f, "{}", self.val),
            k if k > Kind::Keyword => write!(f, "<{}>", self.val),
            _ if self.val.chars().count() > 10 => {
                let head: String = self.val.chars().take(10).collect();
                write!(f, "{}...", super::fmt::go_quote(&head))
            }
            _ => write!(f, "{}", super::fmt::go_quote(&self.val)),
        }
    }
}

const LEFT: &str = "{{";
const RIGHT: &str = "}}";
const LEFT_COMMENT: &str = "/*";
const RIGHT_COMMENT: &str = "*/";

/// Lexes the whole template.
pub fn lex(input: &str) -> Vec<Item> {
    let mut lx = Lexer {
        input,
        pos: 0,
        start: 0,
        line: 1,
        start_line: 1,
        items: Vec::new(),
        paren_depth: 0,
    };
    lx.run();
    lx.items
}

struct Lexer<'a> {
    input: &'a str,
    pos: usize,
    start: usize,
    line: usize,
    start_line: usize,
    items: Vec<Item>,
    paren_depth: usize,
}

impl Lexer<'_> {
    fn rest(&self) -> &str {
        self.input.get(self.pos..).unwrap_or("")
    }

    fn next(&mut self) -> Option<char> {
        let c = self.rest().chars().next()?;
        self.pos += c.len_utf8();
        if c == '\n' {
            self.line += 1;
        }
        Some(c)
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn backup(&mut self, c: char) {
        self.pos -= c.len_utf8();
        if c == '\n' {
            self.line -= 1;
        }
    }

    fn emit(&mut self, kind: Kind) {
        let val = self
            .input
            .get(self.start..self.pos)
            .unwrap_or("")
            .to_string();
        self.items.push(Item {
            kind,
            pos: self.start,
            val,
            line: self.start_line,
        });
        self.start = self.pos;
        self.start_line = self.line;
    }

    fn ignore(&mut self) {
        self.start = self.pos;
        self.start_line = self.line;
    }

    fn error(&mut self, message: String) {
        self.items.push(Item {
            kind: Kind::Error,
            pos: self.start,
            val: message,
            line: self.start_line,
        });
    }

    fn skip(&mut self, n: usize) {
        for _ in 0..n {
            self.next();
        }
    }

    fn run(&mut self) {
        loop {
            let Some(at) = self.rest().find(LEFT) else {
                self.pos = self.input.len();
                self.line = 1 + self.input.matches('\n').count();
                if self.pos > self.start {
                    self.emit(Kind::Text);
                }
                self.emit_eof();
                return;
            };
            let trim = self.rest().get(at + 2..).is_some_and(|r| {
                r.starts_with("- ")
                    || r.starts_with("-\t")
                    || r.starts_with("-\r")
                    || r.starts_with("-\n")
            });
            self.skip_bytes(at);
            if self.pos > self.start {
                let mut text_end = self.pos;
                if trim {
                    let text = self.input.get(self.start..self.pos).unwrap_or("");
                    text_end = self.start + text.trim_end_matches([' ', '\t', '\r', '\n']).len();
                }
                let save = self.pos;
                self.pos = text_end;
                if self.pos > self.start {
                    self.emit(Kind::Text);
                }
                self.pos = save;
                self.ignore();
            }
            if !self.left_delim(trim) {
                return;
            }
        }
    }

    /// Advances by `n` bytes of plain text, counting lines.
    fn skip_bytes(&mut self, n: usize) {
        let chunk = self.rest().get(..n).unwrap_or("");
        self.line += chunk.matches('\n').count();
        self.pos += n;
    }

    fn emit_eof(&mut self) {
        self.items.push(Item {
            kind: Kind::Eof,
            pos: self.pos,
            val: String::new(),
            line: self.line,
        });
    }

    /// Lexes `{{` and the action after it; false when lexing must stop.
    fn left_delim(&mut self, trim: bool) -> bool {
        self.skip(LEFT.len());
        let after_marker = if trim { 2 } else { 0 };
        if self
            .rest()
            .get(after_marker..)
            .is_some_and(|r| r.starts_with(LEFT_COMMENT))
        {
            self.skip(after_marker);
            self.ignore();
            return self.comment();
        }
        self.emit(Kind::LeftDelim);
        self.skip(after_marker);
        self.ignore();
        self.paren_depth = 0;
        self.inside_action()
    }

    fn comment(&mut self) -> bool {
        let Some(end) = self.rest().find(RIGHT_COMMENT) else {
            self.error("unclosed comment".into());
            return false;
        };
        self.skip_bytes(end + RIGHT_COMMENT.len());
        let (trim, delim) = self.at_right_delim();
        if !delim {
            self.error("comment ends before closing delimiter".into());
            return false;
        }
        self.skip(if trim { 3 } else { 2 });
        if trim {
            self.trim_leading_space();
        }
        self.ignore();
        true
    }

    /// Is the input at `}}` or ` -}}`? Returns (trim marker, delimiter).
    fn at_right_delim(&self) -> (bool, bool) {
        let r = self.rest();
        if r.starts_with(RIGHT) {
            return (false, true);
        }
        let trimmed = [" -}}", "\t-}}", "\r-}}", "\n-}}"]
            .iter()
            .any(|p| r.starts_with(p));
        (trimmed, trimmed)
    }

    fn trim_leading_space(&mut self) {
        while let Some(c) = self.peek() {
            if !matches!(c, ' ' | '\t' | '\r' | '\n') {
                break;
            }
            self.next();
        }
    }

    fn right_delim(&mut self, trim: bool) -> bool {
        if trim {
            self.skip(2);
            self.ignore();
        }
        self.skip(RIGHT.len());
        self.emit(Kind::RightDelim);
        if trim {
            self.trim_leading_space();
            self.ignore();
        }
        true
    }

    fn inside_action(&mut self) -> bool {
        loop {
            let (trim, delim) = self.at_right_delim();
            if delim && self.paren_depth == 0 {
                return self.right_delim(trim);
            }
            let Some(c) = self.next() else {
                self.error("unclosed action".into());
                return false;
            };
            let ok = match c {
                ' ' | '\t' | '\r' | '\n' => self.space(),
                '=' => {
                    self.emit(Kind::Assign);
                    true
                }
                ':' => {
                    if self.next() != Some('=') {
                        self.error("expected :=".into());
                        return false;
                    }
                    self.emit(Kind::Declare);
                    true
                }
                '|' => {
                    self.emit(Kind::Pipe);
                    true
                }
                '"' => self.quote(),
                '`' => self.raw_quote(),
                '$' => self.variable(),
                '\'' => self.char_constant(),
                '.' => self.dot_or_field(),
                '+' | '-' | '0'..='9' => {
                    self.backup(c);
                    self.number()
                }
                '(' => {
                    self.emit(Kind::LeftParen);
                    self.paren_depth += 1;
                    true
                }
                ')' => {
                    if self.paren_depth == 0 {
                        self.error(format!("unexpected right paren {}", unicode_plus(c)));
                        return false;
                    }
                    self.paren_depth -= 1;
                    self.emit(Kind::RightParen);
                    true
                }
                c if (0x21..0x7F).contains(&(c as u32)) && !c.is_alphanumeric() && c != '_' => {
                    self.emit(Kind::Char);
                    true
                }
                c if c.is_alphanumeric() || c == '_' => {
                    self.backup(c);
                    self.identifier()
                }
                c => {
                    self.error(format!("bad character {}", unicode_plus(c)));
                    false
                }
            };
            if !ok {
                return false;
            }
        }
    }

    fn space(&mut self) -> bool {
        while let Some(c) = self.peek() {
            if !matches!(c, ' ' | '\t' | '\r' | '\n') {
                break;
            }
            // A space followed by "-}}" belongs to the trim marker.
            if self.rest().get(1..).is_some_and(|r| r.starts_with("-}}")) {
                break;
            }
            self.next();
        }
        self.emit(Kind::Space);
        true
    }

    fn identifier(&mut self) -> bool {
        while let Some(c) = self.peek() {
            if !(c.is_alphanumeric() || c == '_') {
                break;
            }
            self.next();
        }
        if !self.at_terminator() {
            let c = self.peek().unwrap_or(' ');
            self.error(format!("bad character {}", unicode_plus(c)));
            return false;
        }
        let word = self.input.get(self.start..self.pos).unwrap_or("");
        let kind = match word {
            "block" => Kind::Block,
            "break" => Kind::Break,
            "continue" => Kind::Continue,
            "define" => Kind::Define,
            "else" => Kind::Else,
            "end" => Kind::End,
            "if" => Kind::If,
            "range" => Kind::Range,
            "nil" => Kind::Nil,
            "template" => Kind::Template,
            "with" => Kind::With,
            "true" | "false" => Kind::Bool,
            _ => Kind::Identifier,
        };
        self.emit(kind);
        true
    }

    /// Go's `atTerminator`: what may follow an identifier or field.
    fn at_terminator(&self) -> bool {
        match self.peek() {
            None => true,
            Some(' ' | '\t' | '\r' | '\n' | '.' | ',' | '|' | ':' | ')' | '(') => true,
            _ => self.rest().starts_with(RIGHT),
        }
    }

    fn variable(&mut self) -> bool {
        if self.at_terminator() {
            self.emit(Kind::Variable);
            return true;
        }
        self.field_or_variable(Kind::Variable)
    }

    fn dot_or_field(&mut self) -> bool {
        if let Some(c) = self.peek() {
            if c.is_ascii_digit() {
                self.backup('.');
                return self.number();
            }
        }
        if self.at_terminator() {
            self.emit(Kind::Dot);
            return true;
        }
        self.field_or_variable(Kind::Field)
    }

    fn field_or_variable(&mut self, kind: Kind) -> bool {
        while let Some(c) = self.peek() {
            if !(c.is_alphanumeric() || c == '_') {
                break;
            }
            self.next();
        }
        if !self.at_terminator() {
            let c = self.peek().unwrap_or(' ');
            self.error(format!("bad character {}", unicode_plus(c)));
            return false;
        }
        self.emit(kind);
        true
    }

    fn quote(&mut self) -> bool {
        loop {
            match self.next() {
                Some('\\') => {
                    if matches!(self.next(), None | Some('\n')) {
                        self.error("unterminated quoted string".into());
                        return false;
                    }
                }
                None | Some('\n') => {
                    self.error("unterminated quoted string".into());
                    return false;
                }
                Some('"') => break,
                Some(_) => {}
            }
        }
        self.emit(Kind::String);
        true
    }

    fn raw_quote(&mut self) -> bool {
        loop {
            match self.next() {
                None => {
                    self.error("unterminated raw quoted string".into());
                    return false;
                }
                Some('`') => break,
                Some(_) => {}
            }
        }
        self.emit(Kind::RawString);
        true
    }

    fn char_constant(&mut self) -> bool {
        loop {
            match self.next() {
                Some('\\') => {
                    if matches!(self.next(), None | Some('\n')) {
                        self.error("unterminated character constant".into());
                        return false;
                    }
                }
                None | Some('\n') => {
                    self.error("unterminated character constant".into());
                    return false;
                }
                Some('\'') => break,
                Some(_) => {}
            }
        }
        self.emit(Kind::CharConstant);
        true
    }

    /// Scans something that looks like a number; the parser validates it.
    fn number(&mut self) -> bool {
        if matches!(self.peek(), Some('+' | '-')) {
            self.next();
        }
        let mut digits = "0123456789_";
        if self.rest().starts_with('0') {
            self.next();
            match self.peek() {
                Some('x' | 'X') => {
                    self.next();
                    digits = "0123456789abcdefABCDEF_";
                }
                Some('o' | 'O') => {
                    self.next();
                    digits = "01234567_";
                }
                Some('b' | 'B') => {
                    self.next();
                    digits = "01_";
                }
                _ => {}
            }
        }
        self.accept_run(digits);
        if self.peek() == Some('.') {
            self.next();
            self.accept_run(digits);
        }
        if digits.len() == 11 && matches!(self.peek(), Some('e' | 'E')) {
            self.next();
            if matches!(self.peek(), Some('+' | '-')) {
                self.next();
            }
            self.accept_run("0123456789_");
        }
        if digits.len() == 23 && matches!(self.peek(), Some('p' | 'P')) {
            self.next();
            if matches!(self.peek(), Some('+' | '-')) {
                self.next();
            }
            self.accept_run("0123456789_");
        }
        if self.peek() == Some('i') {
            self.next();
        }
        if self.peek().is_some_and(|c| c.is_alphanumeric()) {
            self.next();
            let text = self
                .input
                .get(self.start..self.pos)
                .unwrap_or("")
                .to_string();
            self.error(format!(
                "bad number syntax: {}",
                super::fmt::go_quote(&text)
            ));
            return false;
        }
        self.emit(Kind::Number);
        true
    }

    fn accept_run(&mut self, valid: &str) {
        while let Some(c) = self.peek() {
            if !valid.contains(c) {
                break;
            }
            self.next();
        }
    }
}

/// Go's `%#U`: `U+005B '['`.
pub fn unicode_plus(c: char) -> String {
    format!("U+{:04X} '{c}'", c as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<Kind> {
        lex(text).into_iter().map(|i| i.kind).collect()
    }

    #[test]
    fn actions_and_text() {
        use Kind::*;
        assert_eq!(
            kinds("a{{(index .spec.ports 0).nodePort}}b"),
            vec![
                Text, LeftDelim, LeftParen, Identifier, Space, Field, Field, Space, Number,
                RightParen, Field, RightDelim, Text, Eof
            ]
        );
        assert_eq!(
            kinds(r#"{{range .items}}{{"\n"}}{{end}}"#),
            vec![
                LeftDelim, Range, Space, Field, RightDelim, LeftDelim, String, RightDelim,
                LeftDelim, End, RightDelim, Eof
            ]
        );
    }

    #[test]
    fn errors_stop_lexing_with_go_words() {
        let items = lex("{{.spec.ports[0]}}");
        let last = items.last().unwrap();
        assert_eq!(
            (last.kind, last.val.as_str()),
            (Kind::Error, "bad character U+005B '['")
        );
        assert_eq!(lex("{{.a").last().unwrap().val, "unclosed action");
        assert_eq!(
            lex("{{\"abc}}").last().unwrap().val,
            "unterminated quoted string"
        );
    }

    #[test]
    fn trim_markers_remove_adjacent_space() {
        let items = lex("a  {{- .x -}}  b");
        let texts: Vec<&str> = items
            .iter()
            .filter(|i| i.kind == Kind::Text)
            .map(|i| i.val.as_str())
            .collect();
        assert_eq!(texts, vec!["a", "b"]);
    }
}
