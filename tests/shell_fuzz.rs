//! Arbitrary input never panics and never hangs: a seeded generator
//! builds thousands of command lines from shell fragments (quotes,
//! substitutions, loops, redirections, text tools, junk) and runs each
//! to completion in a session. `Session::run` is bounded by the shell's
//! limits, so a hang would show up as this test never finishing; the
//! output of every line must also stay within the job output limit.

use kubeplay::session::Session;
use kubeplay::shell::limits::JOB_OUTPUT_BYTES_MAX;
use kubeplay::shell::Chunk;

/// Fragments a line is built from: real syntax, half syntax, and noise.
const FRAGMENTS: &[&str] = &[
    "echo",
    "a",
    "b c",
    "'",
    "\"",
    "$(",
    ")",
    "`",
    "{",
    "}",
    "(",
    "((",
    "))",
    ";",
    "&&",
    "||",
    "|",
    "&",
    ">",
    ">>",
    "<",
    "<<",
    "<<-",
    "<<<",
    "EOF",
    "'EOF'",
    "\n",
    "\\",
    "\\\n",
    "$",
    "${",
    "${X:-",
    "${#X}",
    "${X%",
    "${X/a/b}",
    "${X:1:2}",
    "$'\\t'",
    "#",
    "for",
    "i",
    "in",
    "do",
    "done",
    "while",
    "until",
    "true",
    "false",
    "if",
    "then",
    "else",
    "elif",
    "fi",
    "$((",
    "1",
    "+",
    "*",
    "/",
    "0",
    "i++",
    "grep",
    "-E",
    "-v",
    "-c",
    "(",
    "sed",
    "s/a/b/g",
    "-i",
    "awk",
    "'{print $1}'",
    "'NR>1'",
    "sort",
    "-n",
    "uniq",
    "-c",
    "head",
    "-n",
    "tail",
    "cut",
    "-d:",
    "-f2",
    "wc",
    "-l",
    "tr",
    "a-z",
    "seq",
    "10",
    "1000000",
    "sleep",
    "0.1",
    "2",
    "cat",
    "ls",
    "-l",
    "-R",
    "x",
    "=",
    "X=",
    "X=1",
    "export",
    "unset",
    "env",
    "set",
    "read",
    "[",
    "]",
    "-eq",
    "-f",
    "test",
    "2>&1",
    "/dev/null",
    "~",
    "*",
    "?",
    "[a-z]",
    "break",
    "continue",
    "vim",
    "nano",
    "mkdir",
    "-p",
    "rm",
    "-rf",
    "/",
    "..",
    "cd",
    "-",
    "touch",
    "cp",
    "mv",
    "tee",
    "printf",
    "%s\\n",
    "history",
    "clear",
    "help",
    "{1..5}",
    "{a,b}",
    "case",
    "esac",
    "f()",
    "!",
    "$?",
    "$RANDOM",
    "$SECONDS",
    "ü",
    "日本",
    "\t",
    "  ",
    "kubectl",
    "get",
    "pods",
    "-w",
];

/// A small xorshift generator, so every run tests the same lines.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn line(rng: &mut Rng) -> String {
    let mut out = String::new();
    for _ in 0..1 + rng.below(14) {
        match rng.below(10) {
            0 => out.push(char::from_u32(32 + rng.below(95) as u32).unwrap_or('x')),
            1 => out.push_str(&"x".repeat(rng.below(40))),
            _ => out.push_str(FRAGMENTS[rng.below(FRAGMENTS.len())]),
        }
        if rng.below(3) > 0 {
            out.push(' ');
        }
    }
    out
}

fn output_len(chunks: &[Chunk]) -> usize {
    chunks
        .iter()
        .map(|c| match c {
            Chunk::Out(t) | Chunk::Err(t) => t.len(),
            Chunk::Clear => 0,
        })
        .sum()
}

/// Rounds of 50 lines; `KUBEPLAY_FUZZ_ROUNDS` raises it for a longer hunt.
fn rounds() -> u64 {
    std::env::var("KUBEPLAY_FUZZ_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200)
}

#[test]
fn arbitrary_lines_never_panic_or_hang() {
    let mut rng = Rng(0x5eed_cafe_f00d_d00d);
    for round in 0..rounds() {
        let mut session = Session::new(round);
        session
            .world_mut()
            .write_file("x", "a b\nc d\n")
            .expect("seed file");
        for _ in 0..50 {
            let text = line(&mut rng);
            let _ = session.needs_more_input(&text);
            let poll = session.run(&text);
            assert!(poll.finished.is_some(), "{text:?} did not finish");
            // The limit message itself may follow the last allowed bytes.
            assert!(
                output_len(&poll.output) <= JOB_OUTPUT_BYTES_MAX + 200,
                "{text:?} printed too much"
            );
            assert!(!session.is_busy());
        }
    }
}

#[test]
fn the_time_driven_path_never_panics_either() {
    let mut rng = Rng(42);
    let mut session = Session::new(9);
    for _ in 0..1000 {
        let text = line(&mut rng);
        session.submit(&text);
        for step in 0..50_u64 {
            let poll = session.poll();
            if poll.finished.is_some() {
                break;
            }
            if session.pending_edit().is_some() {
                session.finish_edit(Some("edited\n".into()));
            }
            session.advance(1 + step * 37);
        }
        session.interrupt();
        assert!(!session.is_busy());
    }
}

/// The same lines typed into a busybox and an nginx container's shell
/// (piped in, and into an interactive session cut by Ctrl-C) never panic
/// or hang, and never leave the container's state in the terminal.
#[test]
fn lines_in_a_container_shell_never_panic_or_leak() {
    let mut rng = Rng(0xc0de_5eed);
    let mut session = Session::new(3);
    session.run(
        "kubectl run bb --image=busybox -- sleep 3600; kubectl run ng --image=nginx; sleep 40",
    );
    for round in 0..rounds() / 4 {
        let pod = if round % 2 == 0 { "bb" } else { "ng" };
        let script: String = (0..5).map(|_| line(&mut rng) + "\n").collect();
        session
            .world_mut()
            .write_file("s", &script)
            .expect("script");
        let poll = session.run(&format!("kubectl exec -i {pod} -- sh < s"));
        assert!(poll.finished.is_some(), "{script:?} did not finish");
        session.submit(&format!("kubectl exec -it {pod} -- sh"));
        for text in script.lines() {
            session.send_input(text);
            session.advance(500);
        }
        session.interrupt();
        session.end_input();
        for _ in 0..20 {
            if !session.is_busy() {
                break;
            }
            session.interrupt();
            session.advance(1_000);
        }
        session.poll();
        let w = session.world_mut();
        assert_eq!(w.cwd, "/root", "after {script:?}");
        assert_eq!(w.var("HOME"), Some("/root"));
        assert!(w.commands.find("kubectl").is_some());
        assert_eq!(w.speech, Default::default());
    }
}
