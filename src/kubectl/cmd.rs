//! The kubectl command handlers, one module per command family, and the
//! helpers they share: namespace and clock lookups, and kubectl's ways of
//! failing (`error: …` with exit 1, usage errors with their `See '… -h'`
//! pointer).

pub mod apply;
pub mod completion;
pub mod create;
pub mod create_job;
pub mod create_kinds;
pub mod delete;
pub mod describe;
pub mod drain;
pub mod edit;
pub mod exec;
pub mod explain;
pub mod expose;
pub mod files;
pub mod get;
pub mod info;
pub mod label;
pub mod meta;
pub mod node;
pub mod patch;
pub mod pods;
pub mod replace;
pub mod rollout;
pub mod run;
pub mod scale;
pub mod secret;
pub mod service;
pub mod set_env;
pub mod taint;
pub mod wait;
pub mod write;

use crate::kubectl::cli::Call;
use crate::shell::Ctx;

/// The namespace a command acts in: `-n`, else `default`.
pub fn namespace(call: &Call) -> String {
    match call.flags.str("namespace") {
        ns if ns.is_empty() => "default".to_string(),
        ns => ns,
    }
}

/// The simulated wall clock in Unix seconds (for AGE columns).
pub fn now_secs(ctx: &Ctx) -> i64 {
    ctx.with_world(|w| (w.cluster.now().unix_ms() / 1000) as i64)
}

/// `error: MSG` on stderr, exit status 1 (kubectl's `checkErr`). A message
/// that already names its origin (`Error from server …`) is printed as is.
pub fn fail(ctx: &mut Ctx, message: &str) -> i32 {
    let message = message.trim_end_matches('\n');
    if message.starts_with("Error from server")
        || message.starts_with("error: ")
        || message.starts_with("The ")
    {
        ctx.err(&format!("{message}\n"));
    } else {
        ctx.err(&format!("error: {message}\n"));
    }
    1
}

/// A usage error: `error: MSG` plus `See 'kubectl get -h' for help and examples`.
pub fn usage_error(ctx: &mut Ctx, call: &Call, message: &str) -> i32 {
    ctx.err(&format!(
        "error: {message}\nSee '{} -h' for help and examples\n",
        call.path
    ));
    1
}

/// The "You must specify the type of resource" error of get/describe/….
pub fn resource_required(ctx: &mut Ctx, call: &Call, verb: &str) -> i32 {
    ctx.err(&format!(
        "You must specify the type of resource to {verb}. Use \"kubectl api-resources\" for a complete list of supported resources.\n\n"
    ));
    usage_error(ctx, call, "Required resource not specified.\nUse \"kubectl explain <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).")
}
