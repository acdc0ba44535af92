//! `kubectl edit TYPE/NAME`: the object's YAML goes to a temporary file
//! (under kubectl's comment header), the editor opens it, and a saved,
//! changed file is sent back: `deployment.apps/x edited`. An unchanged or
//! cancelled edit prints `Edit cancelled, no changes made.`

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
    let written = ctx.with_world(|w| {
        let _ = w.make_dirs("/tmp");
        w.write_file(&path, &original)
    });
    if let Err(e) = written {
        return done(fail(&mut ctx, &format!("{path}: {e}")));
    }
    Box::pin(async move {
        let saved = ctx.edit(&path).await;
        let text = ctx.with_world(|w| w.read_file(&path).unwrap_or_default());
        ctx.with_world(|w| {
            let _ = w.fs.remove(&w.abs_path(&path), false);
        });
        let body: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .map(|l| format!("{l}\n"))
            .collect();
        let unchanged = body.trim()
            == original
                .lines()
                .filter(|l| !l.starts_with('#'))
                .collect::<Vec<_>>()
                .join("\n")
                .trim();
        if !saved || unchanged || body.trim().is_empty() {
            ctx.out("Edit cancelled, no changes made.\n");
            return 0;
        }
        let edited = match decode_documents(&body) {
            Ok(Some(v)) => v,
            Ok(None) => Value::Null,
            Err(e) => return fail(&mut ctx, &format!("error: {e}")),
        };
        match ctx.with_world(|w| update(&mut w.cluster, &edited)) {
            Ok(stored) => {
                ctx.out(&format!("{} edited\n", object_name(&stored)));
                0
            }
            Err(e) => fail(&mut ctx, &e),
        }
    })
}

/// A stable number for the temp file name (kubectl uses a random one).
fn short_id(name: &str) -> u32 {
    name.bytes().fold(2_166_136_261u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(16_777_619)
    }) % 9_999_991
}
