//! Flag parsing with spf13/pflag's rules, which kubectl inherits:
//! `--name=value`, `--name value`, `-n value`, `-nvalue`, `-n=value`,
//! bundled booleans (`-it`), flags anywhere among the arguments, and `--`
//! ending flags. Error texts are pflag's (`unknown flag: --foo`,
//! `flag needs an argument: --replicas`, `invalid argument "abc" for
//! "--replicas" flag: strconv.ParseInt: parsing "abc": invalid syntax`).

use std::collections::BTreeMap;

/// What values a flag takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Bool,
    Str,
    Int,
    /// Repeatable; each use adds a value (`-f a -f b`, `--from-literal`).
    StrArray,
    /// Repeatable, and each value may hold several comma-separated items (`-L a,b`).
    StrSlice,
}

/// One flag of a command (or a global one).
#[derive(Clone, Copy, Debug)]
pub struct Flag {
    pub long: &'static str,
    pub short: Option<char>,
    pub kind: Kind,
    /// The default as kubectl's help prints it (`false`, `-1`, `''`).
    pub default: &'static str,
    pub help: &'static str,
}

/// Parsed flags: every value given, by long name.
#[derive(Clone, Debug, Default)]
pub struct Flags {
    values: BTreeMap<&'static str, Vec<String>>,
    defaults: BTreeMap<&'static str, &'static str>,
}

impl Flags {
    /// Whether the user gave the flag at all.
    pub fn is_set(&self, long: &str) -> bool {
        self.values.contains_key(long)
    }

    /// The last value given, or the default.
    pub fn str(&self, long: &str) -> String {
        match self.values.get(long).and_then(|v| v.last()) {
            Some(v) => v.clone(),
            None => self
                .defaults
                .get(long)
                .map(|d| d.trim_matches('\'').to_string())
                .unwrap_or_default(),
        }
    }

    /// A string flag's value if the user gave one.
    pub fn opt(&self, long: &str) -> Option<String> {
        self.values.get(long).and_then(|v| v.last()).cloned()
    }

    pub fn bool(&self, long: &str) -> bool {
        self.str(long) == "true"
    }

    /// An int flag (already validated while parsing).
    pub fn int(&self, long: &str) -> i64 {
        self.str(long).parse().unwrap_or(0)
    }

    /// Every value of a repeatable flag.
    pub fn all(&self, long: &str) -> Vec<String> {
        self.values.get(long).cloned().unwrap_or_default()
    }
}

/// The result of parsing a command line.
#[derive(Clone, Debug, Default)]
pub struct Parsed {
    pub flags: Flags,
    pub args: Vec<String>,
    /// How many positional arguments came before `--` (cobra's `ArgsLenAtDash`).
    pub args_at_dash: Option<usize>,
    /// `-h` / `--help` was given.
    pub help: bool,
}

/// How pflag names a flag in "invalid argument" errors: `-r, --replicas`.
fn display_name(flag: &Flag) -> String {
    match flag.short {
        Some(c) => format!("-{c}, --{}", flag.long),
        None => format!("--{}", flag.long),
    }
}

fn find_long<'a>(flags: &'a [&'a Flag], name: &str) -> Option<&'a Flag> {
    flags.iter().copied().find(|f| f.long == name)
}

fn find_short<'a>(flags: &'a [&'a Flag], c: char) -> Option<&'a Flag> {
    flags.iter().copied().find(|f| f.short == Some(c))
}

/// Parses `args` (after the command path) against the known `flags`.
pub fn parse(args: &[String], flags: &[&Flag]) -> Result<Parsed, String> {
    let mut parsed = Parsed::default();
    for f in flags {
        parsed.flags.defaults.insert(f.long, f.default);
    }
    let mut i = 0;
    while let Some(arg) = args.get(i) {
        i += 1;
        if arg == "--" {
            parsed.args_at_dash = Some(parsed.args.len());
            parsed.args.extend(args.iter().skip(i).cloned());
            break;
        }
        if let Some(long) = arg.strip_prefix("--") {
            let (name, inline) = match long.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (long, None),
            };
            if name == "help" {
                parsed.help = true;
                continue;
            }
            let Some(flag) = find_long(flags, name) else {
                return Err(format!("unknown flag: --{name}"));
            };
            let value = match (inline, flag.kind) {
                (Some(v), _) => v,
                (None, Kind::Bool) => "true".to_string(),
                (None, _) => match args.get(i) {
                    Some(next) => {
                        i += 1;
                        next.clone()
                    }
                    None => return Err(format!("flag needs an argument: --{name}")),
                },
            };
            set(&mut parsed.flags, flag, value)?;
        } else if arg.len() > 1 && arg.starts_with('-') {
            i = parse_shorthands(arg, args, i, flags, &mut parsed)?;
        } else {
            parsed.args.push(arg.clone());
        }
    }
    Ok(parsed)
}

/// `-it`, `-n ns`, `-nns`, `-n=ns`: returns the index of the next argument.
fn parse_shorthands(
    arg: &str,
    args: &[String],
    mut next: usize,
    flags: &[&Flag],
    parsed: &mut Parsed,
) -> Result<usize, String> {
    let body: Vec<char> = arg.chars().skip(1).collect();
    let mut j = 0;
    while let Some(&c) = body.get(j) {
        j += 1;
        if c == 'h' && find_short(flags, 'h').is_none() {
            parsed.help = true;
            continue;
        }
        let Some(flag) = find_short(flags, c) else {
            return Err(format!("unknown shorthand flag: '{c}' in {arg}"));
        };
        let rest: String = body.iter().skip(j).collect();
        if let Some(value) = rest.strip_prefix('=') {
            set(&mut parsed.flags, flag, value.to_string())?;
            return Ok(next);
        }
        if flag.kind == Kind::Bool {
            set(&mut parsed.flags, flag, "true".to_string())?;
            continue;
        }
        if !rest.is_empty() {
            set(&mut parsed.flags, flag, rest)?;
            return Ok(next);
        }
        match args.get(next) {
            Some(value) => {
                next += 1;
                set(&mut parsed.flags, flag, value.clone())?;
            }
            None => return Err(format!("flag needs an argument: '{c}' in {arg}")),
        }
    }
    Ok(next)
}

/// Validates and stores one value.
fn set(flags: &mut Flags, flag: &Flag, value: String) -> Result<(), String> {
    let invalid = |why: String| {
        format!(
            "invalid argument {value:?} for {:?} flag: {why}",
            display_name(flag)
        )
    };
    match flag.kind {
        Kind::Bool => {
            let normal = match value.as_str() {
                "1" | "t" | "T" | "true" | "TRUE" | "True" => "true",
                "0" | "f" | "F" | "false" | "FALSE" | "False" => "false",
                _ => {
                    return Err(invalid(format!(
                        "strconv.ParseBool: parsing {value:?}: invalid syntax"
                    )))
                }
            };
            flags.values.insert(flag.long, vec![normal.to_string()]);
        }
        Kind::Int => {
            if let Err(e) = value.parse::<i64>() {
                let why = if matches!(
                    e.kind(),
                    std::num::IntErrorKind::PosOverflow | std::num::IntErrorKind::NegOverflow
                ) {
                    "value out of range"
                } else {
                    "invalid syntax"
                };
                return Err(invalid(format!(
                    "strconv.ParseInt: parsing {value:?}: {why}"
                )));
            }
            flags.values.insert(flag.long, vec![value]);
        }
        Kind::Str => {
            flags.values.insert(flag.long, vec![value]);
        }
        Kind::StrArray => flags.values.entry(flag.long).or_default().push(value),
        Kind::StrSlice => {
            let entry = flags.values.entry(flag.long).or_default();
            entry.extend(
                value
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string),
            );
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPLICAS: Flag = Flag {
        long: "replicas",
        short: None,
        kind: Kind::Int,
        default: "0",
        help: "",
    };
    const NAMESPACE: Flag = Flag {
        long: "namespace",
        short: Some('n'),
        kind: Kind::Str,
        default: "''",
        help: "",
    };
    const STDIN: Flag = Flag {
        long: "stdin",
        short: Some('i'),
        kind: Kind::Bool,
        default: "false",
        help: "",
    };
    const TTY: Flag = Flag {
        long: "tty",
        short: Some('t'),
        kind: Kind::Bool,
        default: "false",
        help: "",
    };
    const FILE: Flag = Flag {
        long: "filename",
        short: Some('f'),
        kind: Kind::StrArray,
        default: "[]",
        help: "",
    };
    const ALL: &[&Flag] = &[&REPLICAS, &NAMESPACE, &STDIN, &TTY, &FILE];

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn pflag_forms() {
        let p = parse(
            &words("deploy/x --replicas=3 -n kube-system -it -f a.yaml -fb.yaml"),
            ALL,
        )
        .unwrap();
        assert_eq!(p.args, ["deploy/x"]);
        assert_eq!(p.flags.int("replicas"), 3);
        assert_eq!(p.flags.str("namespace"), "kube-system");
        assert!(p.flags.bool("stdin") && p.flags.bool("tty"));
        assert_eq!(p.flags.all("filename"), ["a.yaml", "b.yaml"]);
        let p = parse(&words("--replicas 4 pod -- env -n x"), ALL).unwrap();
        assert_eq!(
            (p.args.clone(), p.args_at_dash),
            (words("pod env -n x"), Some(1))
        );
        assert_eq!(
            parse(&words("-n=prod --stdin=false"), ALL)
                .unwrap()
                .flags
                .str("namespace"),
            "prod"
        );
        assert_eq!(
            parse(&words("-nprod"), ALL).unwrap().flags.str("namespace"),
            "prod"
        );
        assert!(parse(&words("x --help"), ALL).unwrap().help);
        assert_eq!(parse(&[], ALL).unwrap().flags.str("namespace"), "");
    }

    #[test]
    fn pflag_errors() {
        assert_eq!(
            parse(&words("--foo"), ALL).unwrap_err(),
            "unknown flag: --foo"
        );
        assert_eq!(
            parse(&words("-iz"), ALL).unwrap_err(),
            "unknown shorthand flag: 'z' in -iz"
        );
        assert_eq!(
            parse(&words("--replicas"), ALL).unwrap_err(),
            "flag needs an argument: --replicas"
        );
        assert_eq!(
            parse(&words("-n"), ALL).unwrap_err(),
            "flag needs an argument: 'n' in -n"
        );
        assert_eq!(parse(&words("--replicas=abc"), ALL).unwrap_err(), "invalid argument \"abc\" for \"--replicas\" flag: strconv.ParseInt: parsing \"abc\": invalid syntax");
        assert_eq!(parse(&words("--stdin=maybe"), ALL).unwrap_err(), "invalid argument \"maybe\" for \"-i, --stdin\" flag: strconv.ParseBool: parsing \"maybe\": invalid syntax");
        assert_eq!(parse(&words("--replicas=99999999999999999999"), ALL).unwrap_err(), "invalid argument \"99999999999999999999\" for \"--replicas\" flag: strconv.ParseInt: parsing \"99999999999999999999\": value out of range");
    }
}
