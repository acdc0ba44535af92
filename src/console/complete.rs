//! Tab completion, the readline way: find the word under the cursor,
//! ask every [`CompletionSource`] for candidates, then complete a unique
//! match (plus a space), extend to the candidates' common prefix, or
//! hand back the candidates for listing in columns.
//!
//! Sources decide *what* can be completed (command names today; file
//! names, kubectl verbs, resource types, flags and live object names
//! later); this module decides *how*: word splitting, filtering, quoting
//! and layout. It must not know any command's grammar.

/// The most candidates gathered for one completion; more are dropped so a
/// source that lists 5,000 pods cannot stall a keystroke.
pub const COMPLETION_CANDIDATES_MAX: usize = 10_000;

/// From this many candidates on, readline asks before listing them
/// (its `completion-query-items`).
pub const COMPLETION_QUERY_ITEMS: usize = 100;

/// The word being completed and the command it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordContext {
    /// Earlier words of the current simple command (after the last `|`,
    /// `;`, `&&`, `(` …), quotes removed. Empty when the cursor is on the
    /// command name.
    pub words: Vec<String>,
    /// The part of the word under the cursor before the cursor, quotes
    /// removed.
    pub prefix: String,
    /// Char index in the line where that word starts (replacement start).
    pub start: usize,
}

/// Something that knows what a word may become.
pub trait CompletionSource {
    /// Adds candidates for `ctx`. A source may add words that do not start
    /// with `ctx.prefix`: the engine filters, sorts and removes repeats.
    fn candidates(&self, ctx: &WordContext, out: &mut Vec<String>);
}

/// Command names, offered where a command name goes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CommandNames(pub Vec<&'static str>);

impl CompletionSource for CommandNames {
    fn candidates(&self, ctx: &WordContext, out: &mut Vec<String>) {
        if ctx.words.is_empty() {
            out.extend(self.0.iter().map(|s| s.to_string()));
        }
    }
}

/// The outcome of one Tab.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Completion {
    /// Every candidate for the word, sorted, without repeats.
    pub candidates: Vec<String>,
    /// The line after completing (unchanged when there was nothing to add).
    pub line: String,
    /// The cursor after completing, in chars.
    pub cursor: usize,
}

/// Completes the word before `cursor` (a char index) in `line`.
///
/// Example: with candidates `help`, `history`, the word `h` extends to
/// nothing (both share only `h`), `he` becomes `help ` and `hi`
/// becomes `history `.
pub fn complete(line: &str, cursor: usize, sources: &[&dyn CompletionSource]) -> Completion {
    let chars: Vec<char> = line.chars().collect();
    let cursor = cursor.min(chars.len());
    let ctx = word_context(chars.get(..cursor).unwrap_or_default());
    let mut candidates = Vec::new();
    for source in sources {
        source.candidates(&ctx, &mut candidates);
        if candidates.len() > COMPLETION_CANDIDATES_MAX {
            break;
        }
    }
    candidates.retain(|c| c.starts_with(&ctx.prefix));
    crate::sorting::sort(&mut candidates);
    candidates.dedup();
    candidates.truncate(COMPLETION_CANDIDATES_MAX);

    let (head, tail) = chars.split_at(cursor);
    let head: String = head.iter().take(ctx.start).collect();
    let tail: String = tail.iter().collect();
    let insert = match candidates.as_slice() {
        [] => None,
        [only] => Some(format!("{}{}", escape(only), space_after(only))),
        many => {
            let common = common_prefix(many);
            (common.chars().count() > ctx.prefix.chars().count()).then(|| escape(&common))
        }
    };
    match insert {
        Some(insert) => {
            // A space already after the cursor is stepped over, not doubled.
            let tail = match insert.ends_with(' ') {
                true => tail.strip_prefix(' ').unwrap_or(&tail),
                false => &tail,
            };
            let cursor = head.chars().count() + insert.chars().count();
            Completion {
                candidates,
                line: format!("{head}{insert}{tail}"),
                cursor,
            }
        }
        None => Completion {
            candidates,
            line: line.to_string(),
            cursor,
        },
    }
}

/// A unique match is followed by a space, except names that expect more
/// right after them: a directory (`manifests/`) or a flag awaiting its
/// value (`--output=`).
fn space_after(candidate: &str) -> &'static str {
    if candidate.ends_with('/') || candidate.ends_with('=') {
        ""
    } else {
        " "
    }
}

/// The longest prefix shared by all `words` (at least one).
fn common_prefix(words: &[String]) -> String {
    let Some((first, rest)) = words.split_first() else {
        return String::new();
    };
    let mut len = first.len();
    for w in rest {
        len = first
            .char_indices()
            .zip(w.chars())
            .take_while(|((_, a), b)| a == b)
            .map(|((i, a), _)| i + a.len_utf8())
            .last()
            .unwrap_or(0)
            .min(len);
    }
    first.get(..len).unwrap_or_default().to_string()
}

/// Splits the text before the cursor into the current command's words.
/// Quotes and backslashes group and are removed; unquoted `|`, `;`, `&`,
/// `(`, `)`, `<`, `>` end a word, and all but the redirections start a
/// new command (so `$(kubectl get po` completes a command inside `$(`).
pub fn word_context(before: &[char]) -> WordContext {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut start = 0;
    let mut in_word = false;
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, &c) in before.iter().enumerate() {
        if !in_word && !c.is_whitespace() {
            in_word = true;
            start = i;
        }
        if escaped {
            word.push(c);
            escaped = false;
        } else if let Some(q) = quote {
            match c {
                _ if c == q => quote = None,
                '\\' if q == '"' => escaped = true,
                _ => word.push(c),
            }
        } else {
            match c {
                '\\' => escaped = true,
                '\'' | '"' => quote = Some(c),
                c if c.is_whitespace() || "|;&()<>".contains(c) => {
                    if in_word && !word.is_empty() && !(c == '(' && word == "$") {
                        words.push(std::mem::take(&mut word));
                    }
                    word.clear();
                    in_word = false;
                    if "|;&()".contains(c) {
                        words.clear();
                    }
                }
                c => word.push(c),
            }
        }
    }
    if !in_word {
        start = before.len();
    }
    WordContext {
        words,
        prefix: word,
        start,
    }
}

/// Backslash-escapes the characters the shell would otherwise treat
/// specially, so a completed name means the same once parsed.
pub fn escape(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if c.is_whitespace() || "\\'\"$`|&;()<>*?[]{}!#".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Lays `items` out in columns like readline: as many columns of width
/// (longest + 2) as fit in `width`, filled top to bottom.
///
/// Example: 5 items of up to 6 chars in 40 columns: columns are 8 wide,
/// 40 / 8 = 5 fit exactly, readline leaves one free (4), so 2 rows.
pub fn columns(items: &[String], width: usize) -> Vec<String> {
    let longest = items.iter().map(|s| s.chars().count()).max().unwrap_or(0);
    let col = longest + 2;
    let mut per_row = width / col;
    if per_row != 1 && per_row * col == width {
        per_row -= 1;
    }
    let per_row = per_row.max(1);
    let rows = items.len().div_ceil(per_row);
    (0..rows)
        .map(|r| {
            let mut line = String::new();
            for item in items.iter().skip(r).step_by(rows.max(1)).take(per_row) {
                line.push_str(item);
                let pad = col.saturating_sub(item.chars().count());
                line.extend(std::iter::repeat_n(' ', pad));
            }
            line.trim_end().to_string()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A source offering fixed words after a given command (or as
    /// command names when `after` is empty).
    struct Fixed {
        after: &'static str,
        words: &'static [&'static str],
    }

    impl CompletionSource for Fixed {
        fn candidates(&self, ctx: &WordContext, out: &mut Vec<String>) {
            let first = ctx.words.first().map(String::as_str).unwrap_or("");
            if first == self.after {
                out.extend(self.words.iter().map(|s| s.to_string()));
            }
        }
    }

    const COMMANDS: Fixed = Fixed {
        after: "",
        words: &["help", "history", "echo", "clear", "kubectl"],
    };
    const KUBECTL: Fixed = Fixed {
        after: "kubectl",
        words: &[
            "get",
            "pods",
            "pod",
            "poddisruptionbudgets",
            "--output=",
            "my file",
        ],
    };

    /// Completes the `|`-marked line and returns it re-marked.
    fn tab(marked: &str) -> (String, Vec<String>) {
        let cursor = marked.chars().position(|c| c == '|').unwrap();
        let line = marked.replacen('|', "", 1);
        let c = complete(&line, cursor, &[&COMMANDS, &KUBECTL]);
        let mut shown: Vec<char> = c.line.chars().collect();
        shown.insert(c.cursor, '|');
        (shown.into_iter().collect(), c.candidates)
    }

    #[test]
    fn a_unique_match_completes_with_a_space() {
        assert_eq!(tab("he|").0, "help |");
        assert_eq!(tab("kub|").0, "kubectl |");
        assert_eq!(tab("kubectl g|").0, "kubectl get |");
        assert_eq!(tab("echo a; hi|").0, "echo a; history |");
        assert_eq!(tab("kubectl get $(kub|").0, "kubectl get $(kubectl |");
    }

    #[test]
    fn several_matches_extend_to_their_common_prefix() {
        let (line, candidates) = tab("kubectl get p|");
        assert_eq!(line, "kubectl get pod|");
        assert_eq!(candidates, ["pod", "poddisruptionbudgets", "pods"]);
        let (line, candidates) = tab("h|");
        assert_eq!(line, "h|", "nothing to add");
        assert_eq!(candidates, ["help", "history"]);
    }

    #[test]
    fn nothing_matches_nothing_changes() {
        let (line, candidates) = tab("kubectl zz|");
        assert_eq!(line, "kubectl zz|");
        assert!(candidates.is_empty());
        assert_eq!(tab("nosuch |").1, Vec::<String>::new());
    }

    #[test]
    fn completion_works_in_the_middle_of_a_line() {
        assert_eq!(tab("he| pods").0, "help |pods");
        assert_eq!(tab("he|lp").0, "help |lp");
    }

    #[test]
    fn flags_awaiting_a_value_get_no_space_and_odd_names_are_escaped() {
        assert_eq!(tab("kubectl --o|").0, "kubectl --output=|");
        assert_eq!(tab("kubectl my|").0, "kubectl my\\ file |");
        assert_eq!(tab("kubectl 'my f|").0, "kubectl my\\ file |");
    }

    #[test]
    fn an_empty_word_lists_everything_for_its_position() {
        let (line, candidates) = tab("|");
        assert_eq!(line, "|");
        assert_eq!(candidates.len(), 5);
        assert_eq!(tab("kubectl |").1.len(), 6);
    }

    #[test]
    fn words_are_split_like_the_shell_splits_them() {
        let ctx = |s: &str| word_context(&s.chars().collect::<Vec<_>>());
        let c = ctx("kubectl get  \"my pod\" x\\ y");
        assert_eq!(c.words, ["kubectl", "get", "my pod"]);
        assert_eq!((c.prefix.as_str(), c.start), ("x y", 22));
        let c = ctx("a | kubectl ");
        assert_eq!(
            (c.words.clone(), c.prefix.as_str(), c.start),
            (vec!["kubectl".to_string()], "", 12)
        );
        let c = ctx("cat > fi");
        assert_eq!(c.words, ["cat"]);
        assert_eq!(c.prefix, "fi");
    }

    #[test]
    fn columns_fill_top_to_bottom_like_readline() {
        let items: Vec<String> = ["apply", "create", "delete", "get", "scale"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            columns(&items, 40),
            ["apply   delete  scale", "create  get"],
            "40 / 8 fits exactly, so one column fewer"
        );
        assert_eq!(
            columns(&items, 80),
            ["apply   create  delete  get     scale"]
        );
        assert_eq!(columns(&items, 3).len(), 5, "narrow: one per row");
        assert!(columns(&[], 80).is_empty());
    }

    #[test]
    fn common_prefix_respects_multibyte_characters() {
        let words = ["日本a", "日本b"].map(String::from);
        assert_eq!(common_prefix(&words), "日本");
    }
}
