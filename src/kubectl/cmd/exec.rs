//! `kubectl exec`: one command in a container (`exec POD -- env`), or an
//! interactive shell (`exec -it POD -- bash`) that reads typed lines at
//! the container's prompt through [`Ctx::read_terminal`] until `exit` or
//! Ctrl-D. Ctrl-C inside that shell stops only the line in progress, as
//! a real terminal attached to bash does.
//!
//! With input piped in (`echo ls | kubectl exec -i POD -- sh`) the shell
//! reads the pipe instead, without a prompt; `-t` then warns that stdin
//! is not a terminal, as kubectl does.

use super::pods::pick_pod;
use super::{fail, namespace, usage_error};
use crate::apps::exec::interactive::ShellState;
use crate::kubectl::cli::Call;
use crate::shell::{done, CommandFuture, Ctx, TermInput};

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
    };
    let program = match argv.as_slice() {
        [one] if is_shell(one) => Some(one.clone()),
        _ => None,
    };
    let tty = call.flags.bool("tty");
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
}

/// Runs one command in the container; prints its output, waits its
/// duration, and answers with its exit code as kubectl does.
async fn run_in_container(ctx: &mut Ctx, t: &Target, argv: &[String]) -> i32 {
    let result = ctx.with_world(|w| w.cluster.exec(&t.ns, &t.pod, t.container.as_deref(), argv));
    let out = match result {
        Ok(o) => o,
        Err(e) => return fail(ctx, &e.kubectl_line()),
    };
    if let Some(e) = out.start_error {
        return fail(ctx, &e);
    }
    if out.duration_ms > 0 {
        ctx.sleep_ms(out.duration_ms).await;
    }
    ctx.out(&out.stdout);
    ctx.err(&out.stderr);
    terminated(ctx, out.exit_code)
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
    let started = ctx.with_world(|w| {
        w.cluster
            .exec_shell(&t.ns, &t.pod, t.container.as_deref(), program, tty)
    });
    let mut state = match started {
        Ok(Ok(state)) => state,
        Ok(Err(out)) => return Err(fail(ctx, &out.start_error.unwrap_or_default())),
        Err(e) => return Err(fail(ctx, &e.kubectl_line())),
    };
    let piped = ctx.stdin().map(str::to_string);
    if piped.is_some() && tty {
        ctx.err(NOT_A_TTY);
        state.tty = false;
    }
    let mut piped = piped.map(|text| {
        text.lines()
            .map(str::to_string)
            .collect::<Vec<_>>()
            .into_iter()
    });
    ctx.trap_interrupts(true);
    let mut status = None;
    for _ in 0..EXEC_SHELL_LINES_MAX {
        let input = match piped.as_mut() {
            Some(lines) => lines.next().map_or(TermInput::Eof, TermInput::Line),
            None => ctx.read_terminal(&state.prompt(&t.pod)).await,
        };
        status = match input {
            TermInput::Eof => {
                let said = state.end_of_input();
                ctx.err(&said);
                Some(state.status)
            }
            TermInput::Interrupt => {
                state.status = 130;
                None
            }
            TermInput::Line(line) => run_line(ctx, t, &mut state, &line).await,
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

/// Runs one typed line; `Some(status)` once the shell has ended.
async fn run_line(ctx: &mut Ctx, t: &Target, state: &mut ShellState, line: &str) -> Option<i32> {
    let result = ctx.with_world(|w| {
        w.cluster
            .exec_shell_line(&t.ns, &t.pod, t.container.as_deref(), state, line)
    });
    let Ok(out) = result else {
        // The container stopped under the session: the runtime killed
        // the shell with SIGKILL (128 + 9).
        return Some(137);
    };
    if out.duration_ms > 0 {
        ctx.sleep_ms(out.duration_ms).await;
        if ctx.take_interrupt() {
            state.status = 130;
            return None;
        }
    }
    ctx.out(&out.stdout);
    ctx.err(&out.stderr);
    state.exited
}
