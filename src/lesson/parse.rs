//! Lesson file text → [`Lesson`], or the first problem with its 1-based
//! line number, worded for the instructor who wrote the file.
//!
//! Layout: YAML front matter between two `---` lines; then steps, each a
//! `## Title` heading followed by Markdown prose and the fenced blocks
//! ` ```goals `, ` ```hint ` (any number), ` ```solution ` and
//! ` ```explain `. The goals block is read line by line (see
//! [`parse_goals`]) rather than as YAML, so a check may hold `: ` or
//! quotes without escaping. Nothing here runs a check or a command.

use super::check;
use super::fields;
use super::format::{Goal, Lesson, Setup, SetupFile, Step};
use super::limits::{
    COMMANDS_MAX, GOALS_PER_STEP_MAX, HINTS_PER_STEP_MAX, LESSON_BYTES_MAX, SETUP_FILES_MAX,
    SETUP_NODES_MAX, STEPS_MAX,
};
use super::markdown::{self, fence_close, fence_open};

/// A problem in a lesson file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line, 0 when the problem is the file as a whole.
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            0 => write!(f, "{}", self.message),
            n => write!(f, "line {n}: {}", self.message),
        }
    }
}

fn err<T>(line: usize, message: impl Into<String>) -> Result<T, ParseError> {
    Err(ParseError {
        line,
        message: message.into(),
    })
}

/// The front matter's fields.
struct FrontMatter {
    id: String,
    title: String,
    summary: String,
    minutes: u32,
    setup: Setup,
}

/// Reads a whole lesson file.
pub fn parse_lesson(text: &str) -> Result<Lesson, ParseError> {
    if text.len() > LESSON_BYTES_MAX {
        return err(
            0,
            format!("the file is larger than {LESSON_BYTES_MAX} bytes"),
        );
    }
    let lines: Vec<&str> = text.lines().collect();
    if lines.first().map(|l| l.trim_end()) != Some("---") {
        return err(
            1,
            "a lesson starts with a `---` line, its front matter, and another `---` line",
        );
    }
    let Some(close) = lines.iter().skip(1).position(|l| l.trim_end() == "---") else {
        return err(1, "the front matter is not closed by a `---` line");
    };
    let close = close + 1;
    let matter = front_matter(lines.get(1..close).unwrap_or(&[]))?;
    let steps = parse_steps(&lines, close + 1)?;
    Ok(Lesson {
        id: matter.id,
        title: matter.title,
        summary: matter.summary,
        minutes: matter.minutes,
        setup: matter.setup,
        steps,
    })
}

fn front_matter(lines: &[&str]) -> Result<FrontMatter, ParseError> {
    let text = lines.join("\n");
    let value = crate::kubectl::yaml::decode_documents(&text)
        .map_err(|e| ParseError {
            // The front matter starts on line 2 of the file.
            line: e.line.max(1) + 1,
            message: format!("front matter: {}", e.message),
        })?
        .unwrap_or(serde_json::Value::Null);
    read_matter(&value).map_err(|message| ParseError { line: 1, message })
}

const WHAT: &str = "front matter";

fn read_matter(value: &serde_json::Value) -> Result<FrontMatter, String> {
    let map = fields::object(value, WHAT)?;
    fields::only(map, &["id", "title", "summary", "minutes", "setup"], WHAT)?;
    let id = fields::text(map, "id", WHAT)?;
    let title = fields::text(map, "title", WHAT)?;
    for (field, value) in [("id", &id), ("title", &title)] {
        if value.trim().is_empty() {
            return Err(format!("{WHAT}: `{field}` is empty"));
        }
    }
    if !id
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(format!("{WHAT}: `id` may hold only a-z, 0-9 and `-`"));
    }
    let minutes = fields::number(map, "minutes", 1_000, WHAT)?
        .ok_or_else(|| format!("{WHAT}: `minutes` is missing"))?;
    let setup = match map.get("setup") {
        None | Some(serde_json::Value::Null) => Setup {
            nodes: 1,
            ..Setup::default()
        },
        Some(v) => setup(v)?,
    };
    Ok(FrontMatter {
        id,
        summary: fields::text(map, "summary", WHAT)?,
        title,
        minutes: u32::try_from(minutes).unwrap_or(0),
        setup,
    })
}

fn setup(value: &serde_json::Value) -> Result<Setup, String> {
    const WHAT: &str = "front matter: setup";
    let map = fields::object(value, WHAT)?;
    fields::only(map, &["nodes", "commands", "files"], WHAT)?;
    let nodes = fields::number(map, "nodes", SETUP_NODES_MAX as u64, WHAT)?.unwrap_or(1);
    if nodes == 0 {
        return Err(format!("{WHAT}: `nodes` must be 1 to {SETUP_NODES_MAX}"));
    }
    let commands = fields::texts(map, "commands", WHAT)?;
    let files = fields::list(map, "files", WHAT)?
        .iter()
        .map(|f| {
            const WHAT: &str = "front matter: setup.files";
            let file = fields::object(f, WHAT)?;
            fields::only(file, &["path", "content"], WHAT)?;
            Ok(SetupFile {
                path: fields::text(file, "path", WHAT)?,
                content: fields::text(file, "content", WHAT)?,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    if commands.len() > COMMANDS_MAX || files.len() > SETUP_FILES_MAX {
        return Err(format!(
            "{WHAT}: at most {COMMANDS_MAX} commands and {SETUP_FILES_MAX} files"
        ));
    }
    Ok(Setup {
        nodes: usize::try_from(nodes).unwrap_or(1),
        commands,
        files,
    })
}

/// The steps from line index `from` (0-based) on.
fn parse_steps(lines: &[&str], from: usize) -> Result<Vec<Step>, ParseError> {
    let mut steps = Vec::new();
    let mut i = from;
    while let Some(line) = lines.get(i) {
        if let Some(title) = line.strip_prefix("## ") {
            if steps.len() >= STEPS_MAX {
                return err(i + 1, format!("more than {STEPS_MAX} steps"));
            }
            let (step, next) = parse_step(lines, i, title.trim())?;
            steps.push(step);
            i = next;
        } else if line.trim().is_empty() {
            i += 1;
        } else {
            return err(
                i + 1,
                "text before the first step: every step starts with a `## Title` line",
            );
        }
    }
    if steps.is_empty() {
        return err(lines.len(), "the lesson has no steps (`## Title` lines)");
    }
    Ok(steps)
}

/// One step whose heading is at index `at`; returns it and the index of
/// the next step's heading (or the end).
fn parse_step(lines: &[&str], at: usize, title: &str) -> Result<(Step, usize), ParseError> {
    if title.is_empty() {
        return err(at + 1, "a step needs a title after `## `");
    }
    let mut step = Step {
        title: title.to_string(),
        line: at + 1,
        body: Vec::new(),
        goals: Vec::new(),
        hints: Vec::new(),
        solution: Vec::new(),
        explain: Vec::new(),
    };
    let mut prose: Vec<&str> = Vec::new();
    let (mut seen_goals, mut seen_solution, mut seen_explain) = (false, false, false);
    let mut i = at + 1;
    while let Some(line) = lines.get(i) {
        if line.starts_with("## ") {
            break;
        }
        let Some((marker, info)) = fence_open(line) else {
            prose.push(line);
            i += 1;
            continue;
        };
        let open = i;
        let end = (i + 1..lines.len())
            .find(|&k| lines.get(k).is_some_and(|l| fence_close(l, marker)))
            .ok_or_else(|| ParseError {
                line: open + 1,
                message: format!("the {marker}{info} block is not closed"),
            })?;
        let inner = lines.get(open + 1..end).unwrap_or(&[]);
        let once = |seen: &mut bool| match std::mem::replace(seen, true) {
            true => err(
                open + 1,
                format!("a second {marker}{info} block in one step"),
            ),
            false => Ok(()),
        };
        match info {
            "goals" => {
                once(&mut seen_goals)?;
                step.goals = parse_goals(inner, open + 2)?;
            }
            "hint" => {
                if step.hints.len() >= HINTS_PER_STEP_MAX {
                    return err(
                        open + 1,
                        format!("more than {HINTS_PER_STEP_MAX} hints in one step"),
                    );
                }
                step.hints.push(markdown::parse(&inner.join("\n")));
            }
            "solution" => {
                once(&mut seen_solution)?;
                step.solution = solution(inner, open + 2)?;
            }
            "explain" => {
                once(&mut seen_explain)?;
                step.explain = markdown::parse(&inner.join("\n"));
            }
            _ => prose.extend(lines.get(open..=end).unwrap_or(&[])),
        }
        i = end + 1;
    }
    if !step.goals.is_empty() && step.solution.is_empty() {
        return err(
            at + 1,
            format!("step \"{title}\" has goals but no ```solution block"),
        );
    }
    step.body = markdown::parse(&prose.join("\n"));
    Ok((step, i))
}

fn solution(inner: &[&str], first_line: usize) -> Result<Vec<String>, ParseError> {
    let lines: Vec<String> = inner
        .iter()
        .map(|l| l.trim_end().to_string())
        .filter(|l| !l.trim().is_empty())
        .collect();
    if lines.len() > COMMANDS_MAX {
        return err(
            first_line,
            format!("more than {COMMANDS_MAX} solution lines"),
        );
    }
    Ok(lines)
}

/// Reads a goals block: items of the form
///
/// ```text
/// - label: Four replicas are available
///   check: deployment web available = 4
/// ```
///
/// Each value is the rest of its line, so it needs no YAML quoting; a
/// value wrapped whole in `"…"` or `'…'` loses the quotes, as in YAML.
/// `first_line` is the 1-based file line of the block's first line.
pub fn parse_goals(inner: &[&str], first_line: usize) -> Result<Vec<Goal>, ParseError> {
    let mut goals = Vec::new();
    let mut current: Option<PartialGoal> = None;
    for (k, raw) in inner.iter().enumerate() {
        let line = first_line + k;
        if raw.trim().is_empty() || raw.trim_start().starts_with('#') {
            continue;
        }
        let entry = if let Some(rest) = raw.strip_prefix("- ") {
            if let Some(done) = current.take() {
                goals.push(finish_goal(done)?);
            }
            current = Some((line, None, None));
            rest
        } else if raw.starts_with(' ') && current.is_some() {
            raw.trim_start()
        } else {
            return err(
                line,
                "expected `- label: …` starting a goal, or an indented `check: …`",
            );
        };
        let Some((key, value)) = entry.split_once(':') else {
            return err(
                line,
                format!(
                    "expected `label: …` or `check: …`, found `{}`",
                    entry.trim()
                ),
            );
        };
        let value = unquote(value.trim()).to_string();
        let Some((_, label, check)) = current.as_mut() else {
            return err(line, "expected `- label: …` starting a goal");
        };
        match key.trim() {
            "label" if label.is_none() => *label = Some(value),
            "check" if check.is_none() => *check = Some((line, value)),
            "label" | "check" => {
                return err(line, format!("a second `{}` in one goal", key.trim()))
            }
            other => {
                return err(
                    line,
                    format!("unknown key `{other}` in a goal (use `label` and `check`)"),
                )
            }
        }
    }
    if let Some(done) = current.take() {
        goals.push(finish_goal(done)?);
    }
    if goals.len() > GOALS_PER_STEP_MAX {
        return err(
            first_line,
            format!("more than {GOALS_PER_STEP_MAX} goals in one step"),
        );
    }
    Ok(goals)
}

type PartialGoal = (usize, Option<String>, Option<(usize, String)>);

fn finish_goal((line, label, check): PartialGoal) -> Result<Goal, ParseError> {
    let Some(label) = label.filter(|l| !l.is_empty()) else {
        return err(line, "this goal has no `label: …`");
    };
    let Some((check_line, source)) = check else {
        return err(line, "this goal has no `check: …`");
    };
    let check = check::parse(&source).map_err(|message| ParseError {
        line: check_line,
        message: format!("check: {message}"),
    })?;
    Ok(Goal {
        label,
        source,
        check,
        line: check_line,
    })
}

/// `"text"` or `'text'` → `text`; anything else as it is.
fn unquote(value: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = value.strip_prefix(q).and_then(|v| v.strip_suffix(q)) {
            if !inner.contains(q) {
                return inner;
            }
        }
    }
    value
}
