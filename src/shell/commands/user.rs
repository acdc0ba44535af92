//! `whoami` and `id`: the learner machine's user is root (the prompt's
//! `$USER` and `$HOME=/root`), as on a minikube host driven as root.

use super::args::Spec;
use crate::shell::ctx::{done, CommandFuture, Ctx};

pub fn whoami(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let spec = Spec {
        name: "whoami",
        flags: "",
        valued: "",
        long: &[],
    };
    let Some(opts) = spec.parse_argv(&mut ctx, &argv) else {
        return done(1);
    };
    if let Some(extra) = opts.operands.first() {
        ctx.err(&spec.fail(&format!("extra operand ‘{extra}’")));
        return done(1);
    }
    ctx.out("root\n");
    done(0)
}

/// `id [-u|-g|-G] [-n] [USER]`: root's ids.
pub fn id(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let spec = Spec {
        name: "id",
        flags: "ugGnr",
        valued: "",
        long: &[
            ("user", 'u'),
            ("group", 'g'),
            ("groups", 'G'),
            ("name", 'n'),
            ("real", 'r'),
        ],
    };
    let Some(opts) = spec.parse_argv(&mut ctx, &argv) else {
        return done(1);
    };
    if let Some(user) = opts.operands.iter().find(|u| *u != "root" && *u != "0") {
        ctx.err(&format!("id: ‘{user}’: no such user\n"));
        return done(1);
    }
    let picked = ['u', 'g', 'G'].iter().filter(|c| opts.has(**c)).count();
    if picked > 1 {
        ctx.err("id: cannot print \"only\" of more than one choice\n");
        return done(1);
    }
    let name = opts.has('n');
    let line = if picked == 0 {
        if name {
            ctx.err("id: cannot print only names or real IDs in default format\n");
            return done(1);
        }
        "uid=0(root) gid=0(root) groups=0(root)"
    } else if name {
        "root"
    } else {
        "0"
    };
    ctx.out(&format!("{line}\n"));
    done(0)
}
