//! What the GNU-style tools share: option parsing (`-ivc`, `-n 5`,
//! `-n5`, `--lines=5`, `--` and operands in any position) with coreutils'
//! error wording, and reading input from files or standard input.

use crate::shell::ctx::Ctx;

/// Parsed options: flags seen (in order, repeats kept), valued options
/// and operands.
#[derive(Debug, Default)]
pub struct Opts {
    pub flags: Vec<char>,
    pub values: Vec<(char, String)>,
    pub operands: Vec<String>,
}

impl Opts {
    pub fn has(&self, flag: char) -> bool {
        self.flags.contains(&flag)
    }

    /// The last value given for a valued option.
    pub fn value(&self, opt: char) -> Option<&str> {
        self.values
            .iter()
            .rev()
            .find(|(c, _)| *c == opt)
            .map(|(_, v)| v.as_str())
    }
}

/// The options a command accepts: boolean flags, flags taking a value,
/// and long names mapped to their short letter.
pub struct Spec {
    pub name: &'static str,
    pub flags: &'static str,
    pub valued: &'static str,
    pub long: &'static [(&'static str, char)],
}

impl Spec {
    /// Parses `args` (without the command name). The error is the text
    /// to print, ending with coreutils' "Try '… --help'" line.
    pub fn parse(&self, args: &[String]) -> Result<Opts, String> {
        let mut opts = Opts::default();
        let mut iter = args.iter();
        while let Some(arg) = iter.next() {
            if arg == "--" {
                opts.operands.extend(iter.by_ref().cloned());
                break;
            }
            if let Some(long) = arg.strip_prefix("--") {
                self.long_option(long, &mut iter, &mut opts)?;
            } else if arg.len() > 1 && arg.starts_with('-') {
                self.short_options(arg, &mut iter, &mut opts)?;
            } else {
                opts.operands.push(arg.clone());
            }
        }
        Ok(opts)
    }

    fn long_option(
        &self,
        long: &str,
        iter: &mut std::slice::Iter<'_, String>,
        opts: &mut Opts,
    ) -> Result<(), String> {
        let (name, inline) = match long.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (long, None),
        };
        let Some((_, short)) = self.long.iter().find(|(l, _)| *l == name) else {
            return Err(self.fail(&format!("unrecognized option '--{long}'")));
        };
        if self.valued.contains(*short) {
            let value = match inline {
                Some(v) => v,
                None => iter
                    .next()
                    .cloned()
                    .ok_or_else(|| self.fail(&format!("option '--{name}' requires an argument")))?,
            };
            opts.values.push((*short, value));
        } else {
            opts.flags.push(*short);
        }
        Ok(())
    }

    fn short_options(
        &self,
        arg: &str,
        iter: &mut std::slice::Iter<'_, String>,
        opts: &mut Opts,
    ) -> Result<(), String> {
        for (i, c) in arg.char_indices().skip(1) {
            if self.valued.contains(c) {
                let rest = arg.get(i + c.len_utf8()..).unwrap_or("");
                let value = if rest.is_empty() {
                    iter.next().cloned().ok_or_else(|| {
                        self.fail(&format!("option requires an argument -- '{c}'"))
                    })?
                } else {
                    rest.to_string()
                };
                opts.values.push((c, value));
                return Ok(());
            }
            if !self.flags.contains(c) {
                return Err(self.fail(&format!("invalid option -- '{c}'")));
            }
            opts.flags.push(c);
        }
        Ok(())
    }

    /// Parses the arguments after the command name, printing the error
    /// and returning `None` when they are wrong.
    pub fn parse_argv(&self, ctx: &mut Ctx, argv: &[String]) -> Option<Opts> {
        self.parse_or_report(ctx, argv.get(1..).unwrap_or_default())
    }

    /// Parses `args`, printing the error and returning `None` when they are wrong.
    pub fn parse_or_report(&self, ctx: &mut Ctx, args: &[String]) -> Option<Opts> {
        match self.parse(args) {
            Ok(opts) => Some(opts),
            Err(msg) => {
                ctx.err(&msg);
                None
            }
        }
    }

    /// `NAME: problem` plus the pointer to `--help`.
    pub fn fail(&self, problem: &str) -> String {
        format!(
            "{0}: {problem}\nTry '{0} --help' for more information.\n",
            self.name
        )
    }
}

/// One input of a text tool: its name and content, or the error to print.
pub struct Input {
    pub name: String,
    pub text: Result<String, String>,
}

/// The inputs named by `operands` (`-` or none means standard input).
/// File errors read `CMD: NAME: reason` as coreutils prints them.
pub fn inputs(ctx: &Ctx, cmd: &str, operands: &[String]) -> Vec<Input> {
    if operands.is_empty() {
        return vec![stdin_input(ctx)];
    }
    operands
        .iter()
        .map(|name| {
            if name == "-" {
                return stdin_input(ctx);
            }
            Input {
                name: name.clone(),
                text: ctx
                    .with_world(|w| w.read_file(name))
                    .map_err(|e| format!("{cmd}: {name}: {e}\n")),
            }
        })
        .collect()
}

fn stdin_input(ctx: &Ctx) -> Input {
    Input {
        name: "(standard input)".into(),
        text: Ok(ctx.stdin().unwrap_or("").to_string()),
    }
}

/// The lines of `text` without their newlines (a final newline does not
/// make an extra empty line).
pub fn lines(text: &str) -> Vec<&str> {
    let body = text.strip_suffix('\n').unwrap_or(text);
    if body.is_empty() && text.is_empty() {
        return Vec::new();
    }
    body.split('\n').collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: Spec = Spec {
        name: "head",
        flags: "qv",
        valued: "n",
        long: &[("lines", 'n'), ("quiet", 'q')],
    };

    fn args(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn short_long_and_operands_in_any_order() {
        let o = SPEC
            .parse(&args(&["f", "-qn", "3", "--lines=4", "g", "--", "-v"]))
            .unwrap();
        assert!(o.has('q'));
        assert_eq!(o.value('n'), Some("4"));
        assert_eq!(o.operands, args(&["f", "g", "-v"]));
        assert_eq!(SPEC.parse(&args(&["-n5"])).unwrap().value('n'), Some("5"));
        assert_eq!(SPEC.parse(&args(&["-"])).unwrap().operands, args(&["-"]));
    }

    #[test]
    fn errors_use_coreutils_words() {
        assert_eq!(
            SPEC.parse(&args(&["-z"])).unwrap_err(),
            "head: invalid option -- 'z'\nTry 'head --help' for more information.\n"
        );
        assert!(SPEC
            .parse(&args(&["-n"]))
            .unwrap_err()
            .starts_with("head: option requires an argument -- 'n'"));
        assert!(SPEC
            .parse(&args(&["--nope"]))
            .unwrap_err()
            .starts_with("head: unrecognized option '--nope'"));
    }

    #[test]
    fn lines_ignore_the_final_newline() {
        assert_eq!(lines("a\nb\n"), vec!["a", "b"]);
        assert_eq!(lines("a\n\n"), vec!["a", ""]);
        assert!(lines("").is_empty());
        assert_eq!(lines("\n"), vec![""]);
    }
}
