//! Field splitting: after parameter, command and arithmetic expansion, the
//! unquoted results are split at IFS characters into separate words, while
//! literal and quoted text only joins the word it is part of. `"$X"` keeps
//! an empty value as one empty word; unquoted `$X` that is empty vanishes.

/// A run of expanded text and how it was quoted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seg {
    pub text: String,
    /// Quoted text is neither split nor globbed.
    pub quoted: bool,
    /// The result of an unquoted expansion: split at IFS characters.
    pub split: bool,
}

/// One resulting word: its text, and the same text as a glob pattern
/// (quoted metacharacters escaped with `\`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Field {
    pub text: String,
    pub pattern: String,
}

impl Field {
    fn push(&mut self, c: char, quoted: bool) {
        self.text.push(c);
        if quoted && matches!(c, '*' | '?' | '[' | '\\') || !quoted && c == '\\' {
            self.pattern.push('\\');
        }
        self.pattern.push(c);
    }
}

/// Splits expanded segments into fields at the characters of `ifs`.
pub fn split(segs: &[Seg], ifs: &str) -> Vec<Field> {
    let mut fields = Vec::new();
    let mut current: Option<Field> = None;
    for seg in segs {
        if seg.split && !seg.quoted {
            for c in seg.text.chars() {
                if ifs.contains(c) {
                    if let Some(f) = current.take() {
                        fields.push(f);
                    }
                } else {
                    current.get_or_insert_with(Field::default).push(c, false);
                }
            }
        } else {
            let field = current.get_or_insert_with(Field::default);
            for c in seg.text.chars() {
                field.push(c, seg.quoted);
            }
        }
    }
    fields.extend(current);
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(text: &str, quoted: bool, split: bool) -> Seg {
        Seg {
            text: text.into(),
            quoted,
            split,
        }
    }

    fn texts(segs: &[Seg]) -> Vec<String> {
        split(segs, " \t\n").into_iter().map(|f| f.text).collect()
    }

    #[test]
    fn unquoted_expansions_split_and_quoted_do_not() {
        assert_eq!(texts(&[seg(" a  b ", false, true)]), vec!["a", "b"]);
        assert_eq!(texts(&[seg(" a  b ", true, false)]), vec![" a  b "]);
        assert_eq!(
            texts(&[seg("x", false, false), seg("1 2", false, true)]),
            vec!["x1", "2"]
        );
    }

    #[test]
    fn empty_values_vanish_unless_quoted() {
        assert!(texts(&[seg("", false, true)]).is_empty());
        assert_eq!(texts(&[seg("", true, false)]), vec![""]);
    }

    #[test]
    fn quoted_metacharacters_are_escaped_in_the_pattern() {
        let f = split(&[seg("*", true, false), seg("*", false, false)], " ");
        assert_eq!(f[0].pattern, "\\**");
        assert_eq!(f[0].text, "**");
    }
}
