//! `kubectl exec`: one command in a container (`exec POD -- env`), or an
//! interactive shell (`exec -it POD -- bash`) that reads typed lines at
//! the container's prompt through [`Ctx::read_terminal`] until `exit` or
//! Ctrl-D. Ctrl-C inside that shell stops only the line in progress, as
//! a real terminal attached to bash does.
//!
//! With input piped in (`echo ls | kubectl exec -i POD -- sh`) the shell
//! reads the pipe instead, without a prompt; `-t` then warns that stdin
//! is not a terminal, as kubectl does.
//!
//! Both run in the terminal's own parser and interpreter over the
//! container's files and programs ([`container`], [`programs`]).

pub mod container;
mod programs;

pub use container::CONTAINER_SHELLS_MAX;

use super::pods::pick_pod;
use super::{fail, namespace, usage_error};
use crate::apps::exec::interactive::{self, Flavour};
use crate::engine::exec::Container;
use crate::kubectl::cli::Call;
use crate::shell::scope::{run_in, Scope};
use crate::shell::{done, needs_more_input, CommandFuture, Ctx, TermInput};

/// Lines one interactive container shell reads before it ends, so even
/// a session fed forever (a paste, a script) terminates.
pub const EXEC_SHELL_LINES_MAX: usize = 10_000;

/// What kubectl says when `-t` is asked for but stdin is a pipe.
const NOT_A_TTY: &str = "Unable to use a TTY - input is not a terminal or the right kind of file\n";

pub fn exec(mut ctx: Ctx, call: Call) -> CommandFuture {
    let Some(pod_arg) = call.args.first().cloned() else {
        // A `Validate` error in kubectl v1.37: no usage line.
        return done(fail(
            &mut ctx,
            "pod, type/name or --filename must be specified",
        ));
    };
    if call.args_at_dash.is_none() && call.args.len() > 1 {
        return done(usage_error(
            &mut ctx,
            &call,
            "exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead",
        ));
    }
    let argv: Vec<String> = call.args.iter().skip(1).cloned().collect();
    if argv.is_empty() {
        // A plain `Validate` error in kubectl: no `See 'kubectl exec -h'` line.
        return done(fail(
            &mut ctx,
            "you must specify at least one command for the container",
        ));
    }
    let pod = match pick_pod(&mut ctx, &call, &pod_arg) {
        Ok(p) => p,
        Err(e) => return done(fail(&mut ctx, &e)),
    };
    let target = Target {
        ns: namespace(&call),
        pod,
        container: call.flags.opt("container"),
        tty: call.flags.bool("tty"),
    };
    let program = match argv.as_slice() {
        [one] if is_shell(one) => Some(one.clone()),
        _ => None,
    };
    let tty = target.tty;
    match program {
        Some(program) if call.flags.bool("stdin") => Box::pin(async move {
            match shell_session(&mut ctx, &target, &program, tty).await {
                Ok(code) => terminated(&mut ctx, code),
                Err(status) => status,
            }
        }),
        _ => Box::pin(async move { run_in_container(&mut ctx, &target, &argv).await }),
    }
}

/// `bash`, `sh`, `ash`, with or without a `/bin/` path.
fn is_shell(program: &str) -> bool {
    matches!(program.rsplit('/').next(), Some("bash" | "sh" | "ash"))
}

/// The container a session talks to.
pub(super) struct Target {
    pub(super) ns: String,
    pub(super) pod: String,
    pub(super) container: Option<String>,
    /// `-t`: a terminal is attached (`ls` prints columns).
    pub(super) tty: bool,
}

/// The running container `t` names, or the error kubectl prints.
fn find(ctx: &Ctx, t: &Target) -> Result<Container, String> {
    ctx.with_world(|w| w.cluster.container(&t.ns, &t.pod, t.container.as_deref()))
        .map_err(|e| e.kubectl_line())
}

/// Runs one command in the container, as the runtime starts it (no
/// shell around it), and answers with its exit code as kubectl does.
async fn run_in_container(ctx: &mut Ctx, t: &Target, argv: &[String]) -> i32 {
    let c = match find(ctx, t) {
        Ok(c) => c,
        Err(e) => return fail(ctx, &e),
    };
    let program = argv
        .first()
        .map_or("", |a| a.rsplit('/').next().unwrap_or(a));
    // Shell keywords and builtins are no files the runtime could start.
    if !crate::apps::exec::has_program(c.app, program) {
        return fail(ctx, &crate::apps::exec::not_found(program));
    }
    let tty = t.tty;
    let mut scope = container::open(ctx, &c, None, tty);
    scope.speech.line = 1;
    container::mark(ctx, &c, None, tty);
    let mut words = argv.to_vec();
    if let Some(first) = words.first_mut() {
        *first = program.to_string();
    }
    let ran = run_in(ctx, &mut scope, &container::quoted(&words)).await;
    container::close(ctx, &c, &scope);
    terminated(ctx, ran.status)
}

/// kubectl's last word on a remote command that failed.
fn terminated(ctx: &mut Ctx, code: i32) -> i32 {
    if code != 0 {
        ctx.err(&format!("command terminated with exit code {code}\n"));
    }
    code
}

/// An interactive shell in the container: prompt, typed line, output,
/// until `exit`, Ctrl-D or the container going away. Returns the shell's
/// exit status, or `Err(status)` once an error was printed (it could not
/// start, or the line limit ended it).
pub(super) async fn shell_session(
    ctx: &mut Ctx,
    t: &Target,
    program: &str,
    tty: bool,
) -> Result<i32, i32> {
    let c = find(ctx, t).map_err(|e| fail(ctx, &e))?;
    let name = program.rsplit('/').next().unwrap_or(program);
    let Some(flavour) = interactive::flavour(c.app, program) else {
        return Err(fail(ctx, &crate::apps::exec::not_found(name)));
    };
    let piped = ctx.stdin().map(str::to_string);
    let mut tty = tty;
    if piped.is_some() && tty {
        ctx.err(NOT_A_TTY);
        tty = false;
    }
    let mut piped = piped.map(|text| {
        text.lines()
            .map(str::to_string)
            .collect::<Vec<_>>()
            .into_iter()
    });
    let mut scope = container::open(ctx, &c, Some(flavour), tty);
    ctx.trap_interrupts(true);
    let mut status = None;
    let mut pending = String::new();
    let mut last = 0;
    for _ in 0..EXEC_SHELL_LINES_MAX {
        let prompt = if pending.is_empty() {
            interactive::prompt(flavour, tty, &t.pod, &scope.cwd)
        } else if tty {
            "> ".to_string()
        } else {
            String::new()
        };
        let input = match piped.as_mut() {
            Some(lines) => lines.next().map_or(TermInput::Eof, TermInput::Line),
            None => ctx.read_terminal(&prompt).await,
        };
        status = match input {
            TermInput::Eof => {
                ctx.err(match (tty, flavour) {
                    (false, _) => "",
                    (true, Flavour::Bash) => "exit\n",
                    (true, _) => "\n",
                });
                Some(last)
            }
            TermInput::Interrupt => {
                pending.clear();
                last = 130;
                scope.last_status = 130;
                None
            }
            TermInput::Line(line) => {
                pending.push_str(&line);
                pending.push('\n');
                if needs_more_input(&pending) {
                    continue;
                }
                let text = std::mem::take(&mut pending);
                match run_line(ctx, t, &mut scope, flavour, &text).await {
                    Ok((code, false)) => {
                        last = code;
                        None
                    }
                    Ok((code, true)) => Some(code),
                    // The container stopped under the session: the runtime
                    // killed the shell with SIGKILL (128 + 9).
                    Err(()) => Some(137),
                }
            }
        };
        if status.is_some() {
            break;
        }
    }
    ctx.trap_interrupts(false);
    let Some(code) = status else {
        ctx.err(&format!(
            "kubeplay: the container shell ended after {EXEC_SHELL_LINES_MAX} lines\n"
        ));
        return Err(1);
    };
    Ok(code)
}

/// Runs one typed line in the container's shell: `(status, exited)`, or
/// `Err` when the container is gone.
async fn run_line(
    ctx: &mut Ctx,
    t: &Target,
    scope: &mut Scope,
    flavour: Flavour,
    line: &str,
) -> Result<(i32, bool), ()> {
    let c = find(ctx, t).map_err(|_| ())?;
    container::mark(ctx, &c, Some(flavour), scope.speech.tty);
    scope.speech.line = scope.speech.line.saturating_add(1);
    let ran = run_in(ctx, scope, line).await;
    container::close(ctx, &c, scope);
    Ok((ran.status, ran.exited))
}
