//! `kubectl completion SHELL`. The terminal completes kubectl by itself,
//! so the bash script kubeplay prints is the real script's last step only
//! (registering `__start_kubectl` for `kubectl`); that keeps the usual
//! setup lines working — `source <(kubectl completion bash)`, and
//! `complete -o default -F __start_kubectl k` for an alias — without
//! shipping the 16 KB original. Other shells are not simulated.

use super::{fail, usage_error};
use crate::kubectl::cli::Call;
use crate::shell::{done, CommandFuture, Ctx};

const BASH: &str =
    "# bash completion V2 for kubectl                            -*- shell-script -*-

# kubeplay: Tab completion for kubectl is built into this terminal, so this
# script only registers it, as the last lines of the real script do.
complete -o default -F __start_kubectl kubectl

# ex: ts=4 sw=4 et filetype=sh
";

pub fn completion(mut ctx: Ctx, call: Call) -> CommandFuture {
    let status = match call.args.as_slice() {
        [] => usage_error(&mut ctx, &call, "Shell not specified."),
        [_, _, ..] => usage_error(
            &mut ctx,
            &call,
            "Too many arguments. Expected only the shell type.",
        ),
        [shell] if shell == "bash" => {
            ctx.out(BASH);
            0
        }
        [shell] if matches!(shell.as_str(), "zsh" | "fish" | "powershell") => fail(
            &mut ctx,
            &format!("kubeplay does not simulate \"kubectl completion {shell}\" yet"),
        ),
        [shell] => usage_error(
            &mut ctx,
            &call,
            &format!("Unsupported shell type {shell:?}."),
        ),
    };
    done(status)
}
