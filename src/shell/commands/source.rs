//! `source FILE` and `. FILE`: run a file's commands in this shell, so its
//! variables, aliases and `cd` stay. Like bash, the file is read one
//! complete command at a time, so an alias it defines works on its later
//! lines. Nesting is bounded by `SOURCE_DEPTH_MAX` (a file sourcing itself).

use std::cell::Cell;
use std::rc::Rc;

use crate::shell::ctx::{done, CommandFuture, Ctx};
use crate::shell::exec::Interp;
use crate::shell::limits::SOURCE_DEPTH_MAX;
use crate::shell::parse;
use crate::shell::vfs::FsError;

pub fn source(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    let name = argv.first().map_or("source", String::as_str).to_string();
    let Some(file) = argv.get(1).cloned() else {
        ctx.err(&format!(
            "bash: {name}: filename argument required\n{name}: usage: {name} filename [arguments]\n"
        ));
        return done(2);
    };
    let text = match ctx.with_world(|w| w.read_file(&file)) {
        Ok(text) => text,
        Err(FsError::IsDir) => {
            ctx.err(&format!("bash: {name}: {file}: is a directory\n"));
            return done(1);
        }
        Err(e) => {
            ctx.err(&format!("bash: {file}: {e}\n"));
            return done(1);
        }
    };
    let depth = ctx.with_world(|w| w.source_depth);
    if depth >= SOURCE_DEPTH_MAX {
        ctx.job.stop(
            format!("kubeplay: source nested more than {SOURCE_DEPTH_MAX} deep\n"),
            1,
        );
        return done(1);
    }
    Box::pin(async move {
        ctx.with_world(|w| w.source_depth += 1);
        let status = run(&mut ctx, &file, &text).await;
        ctx.with_world(|w| w.source_depth = w.source_depth.saturating_sub(1));
        status
    })
}

/// Runs `text` one complete command at a time, expanding aliases as each is read.
async fn run(ctx: &mut Ctx, file: &str, text: &str) -> i32 {
    let mut status = 0;
    let mut pending = String::new();
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    for (no, line) in lines.iter().enumerate() {
        pending.push_str(line);
        let last = no + 1 == lines.len();
        if !last && parse::needs_more_input(&pending) {
            continue;
        }
        let chunk = std::mem::take(&mut pending);
        if chunk.trim().is_empty() {
            continue;
        }
        let chunk = ctx.with_world(|w| crate::shell::alias::expand(&chunk, &w.aliases));
        let script = match parse::parse(&chunk) {
            Ok(script) => script,
            Err(e) => {
                ctx.err(&format!("bash: {file}: line {}: {}\n", no + 1, e.message()));
                status = 2;
                continue;
            }
        };
        let interp = Interp {
            world: ctx.world.clone(),
            job: ctx.job.clone(),
            script: Rc::new(script),
            last_substitution: Cell::new(None),
        };
        status = interp.run_list(&interp.script.list, &ctx.io).await;
        if ctx.job.stopped() || ctx.job.interrupted() {
            break;
        }
    }
    status
}
