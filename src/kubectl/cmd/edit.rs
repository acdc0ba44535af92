//! `kubectl edit TYPE/NAME`: the object's YAML goes to a temporary file
//! (under kubectl's comment header), the editor opens it, and a saved,
//! changed file is sent back: `deployment.apps/x edited`. An unchanged or
//! cancelled edit prints `Edit cancelled, no changes made.` A save that
//! fails (unreadable YAML, an invalid object) reopens the editor with the
//! reasons as comments under the header, as kubectl does; saving the same
//! text again gives up (`Edit cancelled, no valid changes were saved.`).

use serde_json::Value;

use super::write::{kind_or_not_found, update};
use super::{fail, namespace};
use crate::kubectl::cli::Call;
use crate::kubectl::printers::output::object_name;
use crate::kubectl::target::named;
use crate::kubectl::yaml::{decode_documents, to_yaml};
use crate::shell::{done, CommandFuture, Ctx};

const HEADER: &str = "# Please edit the object below. Lines beginning with a '#' will be ignored,\n# and an empty file will abort the edit. If an error occurs while saving this file will be\n# reopened with the relevant failures.\n#\n";

pub fn run(mut ctx: Ctx, call: Call) -> CommandFuture {
    let targets = match named(&call.args) {
        Ok(t) => t,
        Err(e) => return done(fail(&mut ctx, &e)),
    };
    let Some((rt, name)) = targets.into_iter().next() else {
        return done(0);
    };
    let ns = namespace(&call);
    let live = kind_or_not_found(rt, &name).and_then(|kind| {
        ctx.with_world(|w| {
            w.cluster
                .get_object(kind, &ns, &name)
                .map(|o| o.to_json())
                .map_err(|e| e.kubectl_line())
        })
    });
    let live = match live {
        Ok(v) => v,
        Err(e) => return done(fail(&mut ctx, &e)),
    };
    let original = format!("{HEADER}{}", to_yaml(&live));
    let path = format!("/tmp/kubectl-edit-{}.yaml", short_id(&name));
    if let Err(e) = write_temp(&mut ctx, &path, &original) {
        return done(fail(&mut ctx, &e));
    }
    let resource = match rt.group {
        "" => rt.plural.to_string(),
        group => format!("{}.{group}", rt.plural),
    };
    Box::pin(async move {
        // The body of the last attempt that failed: the same body saved
        // again means the learner gave up (kubectl's containsError loop).
        let mut failed: Option<String> = None;
        for _ in 0..EDIT_ROUNDS_MAX {
            let saved = ctx.edit(&path).await;
            let text = ctx.with_world(|w| w.read_file(&path).unwrap_or_default());
            let body = strip_comments(&text);
            if failed.as_deref() == Some(body.as_str()) {
                ctx.err(&format!(
                    "A copy of your changes has been stored to \"{path}\"\n"
                ));
                return fail(
                    &mut ctx,
                    "error: Edit cancelled, no valid changes were saved.",
                );
            }
            ctx.with_world(|w| {
                let _ = w.fs.remove(&w.abs_path(&path), false);
            });
            let unchanged = body.trim() == strip_comments(&original).trim();
            if !saved || unchanged || body.trim().is_empty() {
                ctx.out("Edit cancelled, no changes made.\n");
                return 0;
            }
            let result = match decode_documents(&body) {
                Ok(v) => ctx
                    .with_world(|w| update(&mut w.cluster, &v.unwrap_or(Value::Null)))
                    .map_err(|e| reason(&resource, &name, &e)),
                Err(e) => Err((None, syntax_error(&e.to_string()))),
            };
            let (said, why) = match result {
                Ok(stored) => {
                    ctx.out(&format!("{} edited\n", object_name(&stored)));
                    return 0;
                }
                Err(e) => e,
            };
            // As kubectl: say what failed, then reopen the file with the
            // reasons under the header.
            if let Some(line) = said {
                ctx.err(&format!("{line}\n"));
            }
            let again = format!("{HEADER}{why}{body}");
            if let Err(e) = write_temp(&mut ctx, &path, &again) {
                return fail(&mut ctx, &e);
            }
            failed = Some(body);
        }
        fail(
            &mut ctx,
            "error: Edit cancelled, no valid changes were saved.",
        )
    })
}

/// The most times one `kubectl edit` reopens its file after a failed save.
pub const EDIT_ROUNDS_MAX: usize = 50;

/// The file without its comment lines (what kubectl sends back).
fn strip_comments(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect()
}

fn write_temp(ctx: &mut Ctx, path: &str, text: &str) -> Result<(), String> {
    ctx.with_world(|w| {
        let _ = w.make_dirs("/tmp");
        w.write_file(path, text)
    })
    .map_err(|e| format!("{path}: {e}"))
}

/// kubectl's reopen header for a file it could not read as an object.
fn syntax_error(e: &str) -> String {
    let e = e.strip_prefix("error: ").unwrap_or(e);
    format!(
        "# The edited file had a syntax error: {}\n#\n",
        comment_lines(e)
    )
}

/// What a failed update prints and the header lines it reopens with:
/// an invalid object gets `error: deployments.apps "x" is invalid` and one
/// `# * cause` line per cause; anything else counts as unreadable.
fn reason(resource: &str, name: &str, e: &str) -> (Option<String>, String) {
    let Some((_, causes)) = e.split_once(" is invalid: ") else {
        return (None, syntax_error(e));
    };
    let causes: String = causes
        .lines()
        .map(|c| c.trim().trim_start_matches("* "))
        .filter(|c| !c.is_empty())
        .map(|c| format!("# * {}\n", comment_lines(c)))
        .collect();
    (
        Some(format!("error: {resource} \"{name}\" is invalid")),
        format!("# {resource} \"{name}\" was not valid:\n{causes}#\n"),
    )
}

/// A message's later lines stay comments (kubectl's hashOnLineBreak).
fn comment_lines(s: &str) -> String {
    s.replace('\n', "\n# ")
}

/// A stable number for the temp file name (kubectl uses a random one).
fn short_id(name: &str) -> u32 {
    name.bytes().fold(2_166_136_261u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(16_777_619)
    }) % 9_999_991
}
