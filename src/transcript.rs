//! Runs a script as if each line were typed into the terminal and renders
//! what the terminal would show. The native runner (`src/bin/kubeplay.rs`)
//! and the golden-transcript tests share this one function, so a golden
//! file is exactly what a learner sees.
//!
//! Rules: each command line is echoed as `$ <line>` followed by its output
//! (stdout and stderr interleaved in the order produced). Lines starting
//! with `#` and blank lines are copied as they are, so a transcript keeps
//! the script's structure. `clear` prints nothing here.

use crate::session::Session;
use crate::shell::Chunk;

/// Runs every line of `script` in a fresh session seeded with `seed`.
pub fn run_script(seed: u64, script: &str) -> String {
    let mut session = Session::new(seed);
    let mut out = String::new();
    for line in script.lines() {
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        out.push_str("$ ");
        out.push_str(line);
        out.push('\n');
        for chunk in session.run(line).output {
            match chunk {
                Chunk::Out(text) | Chunk::Err(text) => out.push_str(&text),
                Chunk::Clear => {}
            }
        }
    }
    out
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
}
