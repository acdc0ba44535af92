//! Runs a script as if each line were typed into the terminal and renders
//! what the terminal would show. The native runner (`src/bin/kubeplay.rs`)
//! and the golden-transcript tests share this one function, so a golden
//! file is exactly what a learner sees.
//!
//! Rules:
//! - Each command is echoed as `$ <line>` followed by its output (stdout
//!   and stderr interleaved in the order produced).
//! - A command that is not finished at the end of its line (trailing `\`,
//!   open quote, heredoc, `for … do` without `done`) takes the next lines
//!   too, as the terminal's `> ` prompt does; they are echoed as `> <line>`.
//! - Lines starting with `#` and blank lines between commands are copied
//!   as they are, so a transcript keeps the script's structure.
//! - Each command runs to completion: simulated time jumps to its
//!   wake-ups and the cluster's timers. A command still waiting when the
//!   cluster has nothing left to do (`kubectl get pods -w`) is interrupted
//!   as Ctrl-C would: the transcript shows `^C` and `$?` is 130. An editor
//!   (`vim f`) is cancelled. `clear` prints nothing here.
//! - A command that waits for typed input (`kubectl exec -it POD -- bash`)
//!   gets the script's following lines, one per prompt, echoed after the
//!   prompt as a terminal shows them (`root@POD:/# ls`); comments and blank
//!   lines are typed too. At the end of the script it gets Ctrl-D.

use crate::session::Session;
use crate::shell::Chunk;

/// Runs every line of `script` in a fresh session seeded with `seed`.
pub fn run_script(seed: u64, script: &str) -> String {
    let mut session = Session::new(seed);
    run_in(&mut session, script)
}

/// Runs `script` in an existing session (set up by a test or lesson).
pub fn run_in(session: &mut Session, script: &str) -> String {
    run_marked(session, script, false)
}

/// [`run_script`], with `[exit N]` after every command line that ends with
/// a non-zero status (the differential suite compares exit codes too).
pub fn run_script_with_status(seed: u64, script: &str) -> String {
    run_marked(&mut Session::new(seed), script, true)
}

fn run_marked(session: &mut Session, script: &str, mark_status: bool) -> String {
    let mut out = String::new();
    let mut lines = script.lines();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        out.push_str("$ ");
        out.push_str(line);
        out.push('\n');
        let mut command = line.to_string();
        while session.needs_more_input(&command) {
            let Some(next) = lines.next() else { break };
            out.push_str("> ");
            out.push_str(next);
            out.push('\n');
            command.push('\n');
            command.push_str(next);
        }
        let typed = |_: &str| lines.next().map(str::to_string);
        let poll = session.run_with_input(&command, typed);
        for chunk in poll.output {
            match chunk {
                Chunk::Out(text) | Chunk::Err(text) => out.push_str(&text),
                Chunk::Clear => {}
            }
        }
        match poll.finished {
            Some(status) if mark_status && status != 0 => {
                out.push_str(&format!("[exit {status}]\n"));
            }
            _ => {}
        }
    }
    out
}

/// True for an age-like token: digits then a unit, repeated (`5s`, `10m`,
/// `3m12s`, `2d4h`). Golden and differential transcripts mask these.
pub fn is_age(token: &str) -> bool {
    let mut saw_digit = false;
    let mut groups = 0;
    for c in token.chars() {
        match c {
            '0'..='9' => saw_digit = true,
            's' | 'm' | 'h' | 'd' | 'y' if saw_digit => {
                saw_digit = false;
                groups += 1;
            }
            _ => return false,
        }
    }
    groups > 0 && !saw_digit
}

#[cfg(test)]
mod tests {
    #[test]
    fn commands_are_echoed_and_comments_kept() {
        let got = super::run_script(7, "# greet\necho hi\n\nnope\n");
        assert_eq!(
            got,
            "# greet\n$ echo hi\nhi\n\n$ nope\nbash: nope: command not found\n"
        );
    }

    #[test]
    fn continuation_lines_are_joined_and_echoed() {
        let got = super::run_script(1, "echo a \\\n  b\nfor i in 1 2\ndo echo $i\ndone\n");
        assert_eq!(
            got,
            "$ echo a \\\n>   b\na b\n$ for i in 1 2\n> do echo $i\n> done\n1\n2\n"
        );
    }
}
