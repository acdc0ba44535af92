//! `share`: prints a link that rebuilds this session (see `codec`). The
//! page address comes from the world's [`ReplayLog::page_url`] (set by
//! the browser UI); without one (the native runner) only the fragment is
//! printed.
//!
//! [`ReplayLog::page_url`]: super::ReplayLog

use super::codec::{encode_link, ShareError};
use super::log::{Event, Snapshot};
use crate::shell::commands::{row, CommandSpec};
use crate::shell::ctx::{done, CommandFuture, Ctx};

/// The `share` row registered into the shell's command table.
pub const SHELL_COMMANDS: &[CommandSpec] = &[row(
    "share",
    "print a link that opens this session as it is now",
    share,
)];

/// `share`: the link on stdout, or why there is none on stderr (status 1).
pub fn share(mut ctx: Ctx, argv: Vec<String>) -> CommandFuture {
    if argv.len() > 1 {
        ctx.err("usage: share\n");
        return done(2);
    }
    let result = ctx.with_world(|w| {
        let now = w.cluster.now_ms();
        match w.replay().overflowed() {
            true => Err("this session is too long to share".to_string()),
            false => encode_link(&without_itself(w.replay().snapshot(now)))
                .map(|payload| format!("{}#s={payload}", w.replay().page_url()))
                .map_err(|e| match e {
                    ShareError::TooLong { .. } | ShareError::Compacted => {
                        format!("this session is {e}")
                    }
                    e => format!("this session {e}"),
                }),
        }
    });
    match result {
        Ok(url) => {
            ctx.out(&format!("{url}\n"));
            done(0)
        }
        Err(why) => {
            ctx.err(&format!("share: {why}\n"));
            done(1)
        }
    }
}

/// The snapshot without the `share` line that is running now (it would
/// only print a stale link when replayed); its time stays in the end gap.
fn without_itself(mut snap: Snapshot) -> Snapshot {
    let last = snap.entries.last();
    if last.is_some_and(|e| matches!(&e.event, Event::Run(l) if l.trim() == "share")) {
        if let Some(e) = snap.entries.pop() {
            snap.end_gap_ms = snap.end_gap_ms.saturating_add(e.gap_ms);
        }
    }
    snap
}
