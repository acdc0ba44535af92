//! The commands `kubectl --help` does not list: `kubectl help [COMMAND…]`
//! (the command's `--help`, or cobra's "Unknown help topic"), `kubectl
//! options` (the global flags) and `kubectl alpha` (empty in v1.37).

use crate::kubectl::cli::{flag_list, resolve, root_help, Call, Resolved};
use crate::kubectl::commands::{GLOBALS, ROOT};
use crate::kubectl::texts::{CommandText, MISSING};
use crate::shell::{done, CommandFuture, Ctx};

pub fn help(mut ctx: Ctx, call: Call) -> CommandFuture {
    let mut argv = call.args.clone();
    argv.push("--help".into());
    let text = match resolve(&ROOT, GLOBALS, &argv) {
        Resolved::Help(text) => text,
        _ => {
            let topics: Vec<String> = call.args.iter().map(|a| format!("`{a}`")).collect();
            let usage = root_help(&ROOT);
            let groups = usage
                .find("Basic Commands")
                .map_or("", |i| usage.get(i..).unwrap_or(""));
            format!("Unknown help topic [{}]\n\n\n{groups}", topics.join(" "))
        }
    };
    ctx.out(&text);
    done(0)
}

pub fn options(mut ctx: Ctx, _call: Call) -> CommandFuture {
    let Some(words) = CommandText::of(ROOT.name) else {
        ctx.out(MISSING);
        return done(0);
    };
    if let Some(listing) = CommandText::of("options") {
        if let Some(verbatim) = listing.verbatim() {
            ctx.out(verbatim);
            return done(0);
        }
    }
    let mut text = String::from("The following options can be passed to any command:\n\n");
    text.push_str(&flag_list(GLOBALS.iter().chain(ROOT.later), &words));
    ctx.out(&text);
    done(0)
}

pub fn alpha(mut ctx: Ctx, _call: Call) -> CommandFuture {
    ctx.out("No alpha commands are available in this version of kubectl\n");
    done(0)
}
