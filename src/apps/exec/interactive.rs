//! The shell a learner types into inside a container
//! (`kubectl exec -it POD -- bash`): its prompt, its builtins (`cd`,
//! `exit`, `export`, assignments) and its error words, one typed line at
//! a time. Other commands run through [`super::run`] like any exec.
//!
//! Three shells exist in the simulated images: bash (Debian-based images
//! that ship it), dash (their `/bin/sh`) and BusyBox ash (busybox and
//! Alpine-style images). Each has its own prompt and "not found" words.

use super::{env_lookup, fs, run, ExecCtx, ExecOutput, Net};
use crate::apps::shell::{split_script, split_words_expanded};
use crate::apps::App;

/// Which shell is running.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavour {
    Bash,
    Dash,
    Ash,
}

/// The state of one interactive shell session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShellState {
    pub flavour: Flavour,
    /// A terminal is attached (`-t`): prompts, `exit` echoed, `ls` columns.
    pub tty: bool,
    pub cwd: String,
    oldpwd: Option<String>,
    /// `$?`.
    pub status: i32,
    /// Variables set in this shell (`export X=1`, `X=1`), later ones win.
    pub vars: Vec<(String, String)>,
    /// Lines read so far (dash and non-interactive bash number their errors).
    lines: u32,
    /// `Some(status)` once the shell has ended.
    pub exited: Option<i32>,
}

impl ShellState {
    /// Starts `program` (`bash`, `/bin/sh`, `ash`) in an image; `None`
    /// when the image has no such shell.
    pub fn start(app: App, program: &str, tty: bool) -> Option<ShellState> {
        let name = program.rsplit('/').next().unwrap_or(program);
        let flavour = match (name, app.has_bash()) {
            (_, _) if matches!(app, App::CoreDns | App::System) => return None,
            ("bash", true) => Flavour::Bash,
            ("sh", true) => Flavour::Dash,
            ("sh" | "ash", false) => Flavour::Ash,
            _ => return None,
        };
        Some(ShellState {
            flavour,
            tty,
            cwd: fs::workdir(app).to_string(),
            oldpwd: None,
            status: 0,
            vars: Vec::new(),
            lines: 0,
            exited: None,
        })
    }

    /// The prompt before each line: `root@POD:/# ` (bash), `# ` (dash),
    /// `/ # ` (ash); none without a terminal.
    pub fn prompt(&self, pod: &str) -> String {
        if !self.tty {
            return String::new();
        }
        let dir = match self.cwd.strip_prefix("/root") {
            Some("") => "~".to_string(),
            Some(rest) if rest.starts_with('/') => format!("~{rest}"),
            _ => self.cwd.clone(),
        };
        match self.flavour {
            Flavour::Bash => format!("root@{pod}:{dir}# "),
            Flavour::Dash => "# ".into(),
            Flavour::Ash => format!("{dir} # "),
        }
    }

    /// Ctrl-D: the shell ends with its last status. Returns what it
    /// prints after the prompt (bash says `exit`).
    pub fn end_of_input(&mut self) -> String {
        self.exited = Some(self.status);
        match (self.tty, self.flavour) {
            (false, _) => String::new(),
            (true, Flavour::Bash) => "exit\n".into(),
            (true, _) => "\n".into(),
        }
    }

    /// "not found" in this shell's words.
    fn not_found(&self, name: &str) -> String {
        match (self.flavour, self.tty) {
            (Flavour::Bash, true) => format!("bash: {name}: command not found\n"),
            (Flavour::Bash, false) => {
                format!("bash: line {}: {name}: command not found\n", self.lines)
            }
            (Flavour::Dash, _) => format!("sh: {}: {name}: not found\n", self.lines),
            (Flavour::Ash, _) => format!("sh: {name}: not found\n"),
        }
    }
}

/// Runs one typed line (commands split on `;`, `&&` and newlines).
pub fn run_line(ctx: &ExecCtx<'_>, state: &mut ShellState, line: &str, net: Net<'_>) -> ExecOutput {
    state.lines = state.lines.saturating_add(1);
    let mut total = ExecOutput::default();
    for (cmd, chained) in split_script(line) {
        if chained && state.status != 0 {
            continue;
        }
        let o = run_command(ctx, state, &cmd, net);
        total.stdout.push_str(&o.stdout);
        total.stderr.push_str(&o.stderr);
        total.duration_ms = total.duration_ms.saturating_add(o.duration_ms);
        state.status = o.exit_code;
        total.exit_code = o.exit_code;
        if state.exited.is_some() {
            break;
        }
    }
    total
}

fn run_command(ctx: &ExecCtx<'_>, state: &mut ShellState, cmd: &str, net: Net<'_>) -> ExecOutput {
    let mut env = ctx.env.to_vec();
    env.extend(state.vars.iter().cloned());
    let status = state.status.to_string();
    let base = env_lookup(&env);
    let lookup = |name: &str| match name {
        "?" => Some(status.clone()),
        "PWD" => Some(state.cwd.clone()),
        _ => base(name),
    };
    let words = split_words_expanded(cmd, &lookup);
    let Some(name) = words.first().cloned() else {
        return ExecOutput::default();
    };
    let args: Vec<&str> = words.iter().skip(1).map(String::as_str).collect();
    let cwd = state.cwd.clone();
    let inner = ExecCtx {
        app: ctx.app,
        pod: ctx.pod,
        namespace: ctx.namespace,
        env: &env,
        files: ctx.files,
        now: ctx.now,
        cwd: &cwd,
        tty: state.tty,
    };
    match name.as_str() {
        "exit" => exit(state, &args),
        "cd" => cd(&inner, state, &args),
        "export" if args.is_empty() => declare(&env),
        "export" => {
            for arg in &args {
                assign(state, arg);
            }
            ExecOutput::default()
        }
        word if args.is_empty() && is_assignment(word) => {
            assign(state, word);
            ExecOutput::default()
        }
        _ => {
            let mut o = run(&inner, &words, net);
            if o.start_error.take().is_some() {
                o.stderr = state.not_found(&name);
                o.exit_code = 127;
            }
            o
        }
    }
}

fn exit(state: &mut ShellState, args: &[&str]) -> ExecOutput {
    let mut o = ExecOutput::default();
    if state.tty && state.flavour == Flavour::Bash {
        o.stderr.push_str("exit\n");
    }
    let code = match args.first() {
        None => state.status,
        Some(n) => match n.parse::<i64>() {
            // Exit statuses are a byte: `exit 256` is 0, `exit -1` is 255.
            Ok(v) => v.rem_euclid(256) as i32,
            Err(_) => {
                o.stderr
                    .push_str(&format!("bash: exit: {n}: numeric argument required\n"));
                2
            }
        },
    };
    state.exited = Some(code);
    o.exit_code = code;
    o
}

fn cd(ctx: &ExecCtx<'_>, state: &mut ShellState, args: &[&str]) -> ExecOutput {
    let mut o = ExecOutput::default();
    let target = match args.first() {
        None => "/root".to_string(),
        Some(&"-") => match &state.oldpwd {
            Some(old) => {
                o.stdout = format!("{old}\n");
                old.clone()
            }
            None => {
                o.stderr = "bash: cd: OLDPWD not set\n".into();
                o.exit_code = 1;
                return o;
            }
        },
        Some(dir) => fs::resolve(&state.cwd, dir),
    };
    if fs::is_dir(ctx, &target) {
        state.oldpwd = Some(std::mem::replace(&mut state.cwd, target));
        return o;
    }
    let shown = args.first().copied().unwrap_or("/root");
    let why = if fs::exists(ctx, &target) {
        "Not a directory"
    } else {
        "No such file or directory"
    };
    o.stdout.clear();
    o.stderr = match state.flavour {
        Flavour::Bash => format!("bash: cd: {shown}: {why}\n"),
        Flavour::Dash => format!("sh: {}: cd: can't cd to {shown}\n", state.lines),
        Flavour::Ash => format!("sh: cd: can't cd to {shown}: {why}\n"),
    };
    o.exit_code = if state.flavour == Flavour::Dash { 2 } else { 1 };
    o
}

/// `export` alone: every variable as bash lists it.
fn declare(env: &[(String, String)]) -> ExecOutput {
    let mut vars: Vec<&(String, String)> = env.iter().collect();
    crate::sorting::sort_by(&mut vars, |a, b| a.0.cmp(&b.0));
    vars.dedup_by(|a, b| a.0 == b.0);
    ExecOutput {
        stdout: vars
            .iter()
            .map(|(k, v)| format!("declare -x {k}=\"{v}\"\n"))
            .collect(),
        ..ExecOutput::default()
    }
}

fn is_assignment(word: &str) -> bool {
    word.split_once('=').is_some_and(|(name, _)| {
        !name.is_empty()
            && !name.starts_with(|c: char| c.is_ascii_digit())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}

fn assign(state: &mut ShellState, word: &str) {
    if let Some((name, value)) = word.split_once('=').filter(|_| is_assignment(word)) {
        state.vars.retain(|(k, _)| k != name);
        state.vars.push((name.to_string(), value.to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Time;
    use std::collections::BTreeMap;

    fn session(app: App, program: &str, lines: &[&str]) -> (ShellState, Vec<String>) {
        let files = BTreeMap::new();
        let env = vec![("HOSTNAME".to_string(), "kb-1".to_string())];
        let ctx = ExecCtx {
            app,
            pod: "kb-1",
            namespace: "default",
            env: &env,
            files: &files,
            now: Time(1_768_208_677_000),
            cwd: "/",
            tty: true,
        };
        let mut state = ShellState::start(app, program, true).expect("shell");
        let mut net = |_: &[String]| ExecOutput::default();
        let mut shown = Vec::new();
        for line in lines {
            let o = run_line(&ctx, &mut state, line, &mut net);
            shown.push(format!(
                "{}{line}\n{}{}",
                state.prompt("kb-1"),
                o.stdout,
                o.stderr
            ));
        }
        (state, shown)
    }

    #[test]
    fn bash_keeps_its_directory_variables_and_status() {
        let (state, shown) = session(
            App::Bootcamp(1),
            "bash",
            &[
                "cd /etc",
                "X=1; export Y=2",
                "echo $X $Y $HOSTNAME",
                "nope",
                "echo $?",
                "cd /nope",
                "exit 3",
            ],
        );
        assert_eq!(
            shown.get(2).map(String::as_str),
            Some("root@kb-1:/etc# echo $X $Y $HOSTNAME\n1 2 kb-1\n")
        );
        assert_eq!(
            shown.get(3).map(String::as_str),
            Some("root@kb-1:/etc# nope\nbash: nope: command not found\n")
        );
        assert_eq!(
            shown.get(4).map(String::as_str),
            Some("root@kb-1:/etc# echo $?\n127\n")
        );
        assert!(shown
            .get(5)
            .is_some_and(|s| s.ends_with("bash: cd: /nope: No such file or directory\n")));
        assert!(shown.get(6).is_some_and(|s| s.ends_with("exit\n")));
        assert_eq!(state.exited, Some(3));
    }

    #[test]
    fn each_shell_has_its_prompt_and_words() {
        let (_, ash) = session(App::Busybox, "sh", &["cd", "nope"]);
        assert_eq!(
            ash.get(1).map(String::as_str),
            Some("~ # nope\nsh: nope: not found\n")
        );
        let (_, dash) = session(App::Nginx("1.25.5"), "sh", &["nope"]);
        assert_eq!(
            dash.first().map(String::as_str),
            Some("# nope\nsh: 1: nope: not found\n")
        );
        assert!(ShellState::start(App::Busybox, "bash", true).is_none());
        assert!(ShellState::start(App::CoreDns, "sh", true).is_none());
        let mut bash = ShellState::start(App::Tomcat("10"), "/bin/bash", true).expect("bash");
        assert_eq!(bash.prompt("t"), "root@t:/usr/local/tomcat# ");
        assert_eq!(bash.end_of_input(), "exit\n");
        assert_eq!(bash.exited, Some(0));
    }
}
