//! How a container's main command behaves over time (`sleep 5`,
//! `sh -c "echo hi; exit 3"`, `sleep infinity`), planned when it starts:
//! word splitting with quotes and scripts split on `;`/`&&`/newlines are
//! enough for that. Commands run *in* a container (`kubectl exec`) use
//! the terminal's own shell instead.

use super::RunPlan;

/// Splits a shell line into words (quotes and backslashes honoured).
pub fn split_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut quote: Option<char> = None;
    let mut chars = line.chars();
    while let Some(ch) = chars.next() {
        match (quote, ch) {
            (Some(q), c) if c == q => quote = None,
            (Some('"'), '\\') => cur.extend(chars.next()),
            (Some(_), c) => cur.push(c),
            (None, '\'' | '"') => {
                quote = Some(ch);
                in_word = true;
            }
            (None, '\\') => {
                cur.extend(chars.next());
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            (None, c) => {
                cur.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(cur);
    }
    words
}

/// Splits a script into (command, joined-by-&&) parts on `;`, `&&` and newlines.
pub fn split_script(script: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    for stmt in script.split([';', '\n']) {
        let parts: Vec<&str> = stmt.split("&&").collect();
        for (i, p) in parts.iter().enumerate() {
            if !p.trim().is_empty() {
                out.push((p.trim().to_string(), i > 0));
            }
        }
    }
    out
}

/// How a container whose command is `argv` runs as its main process.
pub fn plan_main(argv: &[String], started: crate::api::Time) -> RunPlan {
    let mut plan = RunPlan {
        exits_after_ms: Some(100),
        exit_code: 0,
        logs: vec![],
        serves: false,
        fetches: vec![],
        files: vec![],
        memory_bytes: 0,
        oom: false,
    };
    let script = match argv.first().map(|s| s.rsplit('/').next().unwrap_or(s)) {
        None => return plan,
        Some("perl") => return super::perl::plan(argv),
        Some("sh" | "bash" | "ash") => match argv.get(1).map(String::as_str) {
            Some("-c") => argv.get(2).cloned().unwrap_or_default(),
            _ => return plan,
        },
        Some(_) => argv.join(" "),
    };
    let mut total = 100u64;
    let commands = split_script(&script);
    let count = commands.len();
    for (n, (cmd, _)) in commands.into_iter().enumerate() {
        let words = split_words(&cmd);
        match words.first().map(String::as_str) {
            Some("while" | "until") | Some("tail")
                if cmd.contains("true") || cmd.contains("-f") =>
            {
                plan.exits_after_ms = None;
                return plan;
            }
            Some("sleep") => match words.get(1).map(String::as_str) {
                Some("infinity") | None => {
                    plan.exits_after_ms = None;
                    return plan;
                }
                Some(n) => {
                    total += n
                        .trim_end_matches('s')
                        .parse::<u64>()
                        .unwrap_or(0)
                        .saturating_mul(1000)
                }
            },
            Some("echo") => plan
                .logs
                .push(words.get(1..).unwrap_or(&[]).join(" ").into()),
            Some("exit") => {
                plan.exit_code = words.get(1).and_then(|n| n.parse().ok()).unwrap_or(0);
                break;
            }
            Some("date") => plan.logs.push(super::exec::date_line(started).into()),
            Some("wget" | "curl" | "nslookup") => plan.fetches.push(super::Fetch {
                at: plan.logs.len(),
                argv: words.clone(),
                last: n + 1 == count,
            }),
            // The files a probe (`cat /tmp/healthy`) looks for.
            Some("touch") => {
                for path in words.iter().skip(1).filter(|w| !w.starts_with('-')) {
                    plan.files.push(super::FileSpan {
                        path: path.clone(),
                        from_ms: total,
                        until_ms: None,
                    });
                }
            }
            Some("rm") => {
                for f in &mut plan.files {
                    if f.until_ms.is_none() && words.iter().skip(1).any(|w| *w == f.path) {
                        f.until_ms = Some(total);
                    }
                }
            }
            Some("true" | "hostname" | "env" | "printenv" | "do" | "done") => {}
            Some(other) => {
                plan.logs.push(format!("sh: {other}: not found").into());
                plan.exit_code = 127;
            }
            None => {}
        }
    }
    plan.exits_after_ms = Some(total);
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    fn main(line: &str) -> RunPlan {
        plan_main(&split_words(line), crate::api::Time(0))
    }

    #[test]
    fn main_processes_plan_their_lifetime() {
        assert_eq!(main("sleep 5").exits_after_ms, Some(5100));
        assert_eq!(main("sleep infinity").exits_after_ms, None);
        assert_eq!(main("sh -c 'echo hi; exit 3'").exit_code, 3);
        assert_eq!(main("sh -c 'echo hi; exit 3'").logs, vec!["hi"]);
        assert_eq!(
            plan_main(&[], crate::api::Time(0)).exits_after_ms,
            Some(100)
        );
        let fetch = main("sh -c 'echo a; wget -qO- web'");
        assert_eq!(fetch.logs, vec!["a"]);
        let at = fetch
            .fetches
            .first()
            .map(|f| (f.at, f.last, f.argv.join(" ")));
        assert_eq!(at, Some((1, true, "wget -qO- web".into())));
    }

    #[test]
    fn main_processes_make_and_remove_files() {
        let p = main("sh -c 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600'");
        assert_eq!(p.exits_after_ms, Some(630_100));
        assert_eq!(p.logs, Vec::<std::borrow::Cow<str>>::new());
        assert_eq!(p.files_at(29_000).collect::<Vec<_>>(), vec!["/tmp/healthy"]);
        assert_eq!(p.files_at(30_100).count(), 0);
    }
}
